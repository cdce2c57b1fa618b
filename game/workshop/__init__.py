"""Workshop mode, headless: a room votes at each decision, teams take turns, pre/post tests, reports."""

from .group import GroupRun, Tie

__all__ = ["GroupRun", "Tie"]
