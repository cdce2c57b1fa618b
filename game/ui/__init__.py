"""The pygame presentation: scenes, widgets, theme, text layout, art. Only this package imports pygame."""

import os

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
# The game draws in software and presents the window's own surface. Left to itself, SDL on Linux opens a
# hidden OpenGL window once to ask the driver's vendor, which maps Mesa and LLVM (about 65 MB resident
# on a PC without a graphics card) for the rest of the run; "0" presents through X11 shared memory instead.
os.environ.setdefault("SDL_FRAMEBUFFER_ACCELERATION", "0")
