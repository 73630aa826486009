"""Input and output models of the ``xai`` models, one module each:
``grok_imagine_image``, ``grok_imagine_image_2_0``, ``grok_imagine_video``.

Import a model's module to use its classes, e.g.
``from cfai.models.xai import grok_imagine_image``.
"""
