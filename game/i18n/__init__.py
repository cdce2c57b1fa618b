"""Screen strings through gettext: English message ids, Spanish first for players.

Catalogues live in game/i18n/locale/<lang>/LC_MESSAGES/modo_ninez.mo (compiled from .po by
`pybabel compile -d game/i18n/locale -D modo_ninez`).
"""

from __future__ import annotations

import gettext
import locale
import os
from collections.abc import Callable
from functools import cache
from pathlib import Path

DOMAIN = "modo_ninez"
LOCALE_DIR = Path(__file__).parent / "locale"
DEFAULT_LANGUAGE = "es"


@cache
def translator(language: str = DEFAULT_LANGUAGE) -> Callable[[str], str]:
    """The gettext function for a language; English (the message ids) when no catalogue exists."""
    catalogue = gettext.translation(DOMAIN, LOCALE_DIR, languages=[language], fallback=True)
    return catalogue.gettext


def system_language() -> str:
    """The language the environment asks for: MODO_NINEZ_LANG, else the system locale; "es" or "en"."""
    wanted = os.environ.get("MODO_NINEZ_LANG") or os.environ.get("LC_ALL") or os.environ.get("LANG") or ""
    if not wanted:
        wanted = locale.getlocale()[0] or ""
    return "es" if wanted.lower().startswith(("es", "spanish")) else "en"
