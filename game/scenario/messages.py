"""The language of validation messages: Spanish or English, from the caller, MODO_NINEZ_LANG, or the
system locale. Trainers read Spanish; tools and tests may ask for English.

The strings share the game's gettext catalogue (game/i18n/locale); this module only reads it (and the
environment's language from game.i18n), so the content layer imports nothing else of ours.
"""

from __future__ import annotations

from ..i18n import system_language, translator

_chosen: list[str] = []


def use(language: str | None) -> None:
    """Write messages in this language ("es" or "en"); None goes back to the environment's choice."""
    _chosen[:] = [language] if language in ("es", "en") else []


def language() -> str:
    """The language messages are written in now."""
    if _chosen:
        return _chosen[0]
    return system_language()


def _(text: str) -> str:
    """A message in the current language (English when no translation exists)."""
    return translator(language())(text)


def N_(text: str) -> str:
    """Mark a string for the catalogue where it is defined; `_` translates it where it is shown."""
    return text
