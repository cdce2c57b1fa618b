"""The language of validation messages: Spanish or English, from the caller, MODO_NINEZ_LANG, or the
system locale. Trainers read Spanish; tools and tests may ask for English.

The strings share the game's gettext catalogue (game/i18n/locale); this module only reads it, so the
content layer still imports nothing else of ours.
"""

from __future__ import annotations

import gettext
import locale
import os
from functools import lru_cache
from pathlib import Path

LOCALE_DIR = Path(__file__).resolve().parent.parent / "i18n" / "locale"
_chosen: list[str] = []


def use(language: str | None) -> None:
    """Write messages in this language ("es" or "en"); None goes back to the environment's choice."""
    _chosen[:] = [language] if language in ("es", "en") else []


def language() -> str:
    """The language messages are written in now."""
    if _chosen:
        return _chosen[0]
    wanted = os.environ.get("MODO_NINEZ_LANG") or os.environ.get("LC_ALL") or os.environ.get("LANG") or ""
    if not wanted:
        wanted = (locale.getlocale()[0] or "")
    return "es" if wanted.lower().startswith(("es", "spanish")) else "en"


@lru_cache(maxsize=2)
def _catalogue(lang: str) -> gettext.NullTranslations:
    return gettext.translation("modo_ninez", LOCALE_DIR, languages=[lang], fallback=True)


def _(text: str) -> str:
    """A message in the current language (English when no translation exists)."""
    return _catalogue(language()).gettext(text)


def N_(text: str) -> str:
    """Mark a string for the catalogue where it is defined; `_` translates it where it is shown."""
    return text
