"""Regenerate every SVG asset (portraits, backgrounds, icons) in one go.

    python assets/src/make_all.py
    SDL_VIDEODRIVER=dummy python assets/src/contact_sheet.py    # then look at /tmp/art/*.png
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_backgrounds  # noqa: E402
import make_icons  # noqa: E402
import make_portraits  # noqa: E402


def main() -> int:
    for mod in (make_portraits, make_backgrounds, make_icons):
        mod.main([])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
