"""The pygame presentation: scenes, widgets, theme, text layout, art. Only this package imports pygame."""

import os

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
