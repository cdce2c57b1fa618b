"""Play: a Session over a scenario, driven the same way by every front end. No pygame here."""

from .session import ChoiceNotAvailable, Session, SnapshotError
from .views import Figure, Node, Option, Outcome, PrincipleScore, Score, Step

__all__ = [
    "ChoiceNotAvailable",
    "Figure",
    "Node",
    "Option",
    "Outcome",
    "PrincipleScore",
    "Score",
    "Session",
    "SnapshotError",
    "Step",
]
