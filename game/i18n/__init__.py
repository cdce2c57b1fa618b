"""Screen strings through gettext: English message ids, Spanish first for players.

Catalogues live in game/i18n/locale/<lang>/LC_MESSAGES/modo_ninez.mo (compiled from .po by
`pybabel compile -d game/i18n/locale -D modo_ninez`).
"""

from __future__ import annotations

import gettext
from functools import lru_cache
from pathlib import Path
from typing import Callable

DOMAIN = "modo_ninez"
LOCALE_DIR = Path(__file__).parent / "locale"
DEFAULT_LANGUAGE = "es"


@lru_cache(maxsize=None)
def translator(language: str = DEFAULT_LANGUAGE) -> Callable[[str], str]:
    """The gettext function for a language; English (the message ids) when no catalogue exists."""
    catalogue = gettext.translation(DOMAIN, LOCALE_DIR, languages=[language], fallback=True)
    return catalogue.gettext
