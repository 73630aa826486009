"""Input and output models of the ``google`` models, one module each:
``gemini_2_5_flash``, ``gemini_2_5_flash_lite``, ``gemini_2_5_pro``, ``gemini_3_flash``,
``gemini_3_1_flash_lite``, ``gemini_3_1_flash_tts``, ``gemini_3_1_pro``, ``gemini_3_5_flash``,
``gemini_3_5_flash_lite``, ``gemini_3_6_flash``, ``gemini_3_7_flash``, ``gemini_3_8_flash``,
``gemini_3_8_flash_lite_tts``, ``gemini_3_8_flash_tts``, ``gemini_omni_1_1_flash``,
``gemini_omni_flash``, ``imagen_4``, ``nano_banana``, ``nano_banana_2``, ``veo_3``, ``veo_3_fast``,
``veo_3_1``.

Import a model's module to use its classes, e.g.
``from cfai.models.google import gemini_2_5_flash``.
"""
