"""Workshop mode, headless: a room votes at each decision, teams take turns, pre/post tests, reports."""

from .group import GroupRun, Tie, resume_run, start_run

__all__ = ["GroupRun", "Tie", "resume_run", "start_run"]
