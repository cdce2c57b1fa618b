"""The play service: start or resume an attempt, show its moment, take and record a decision, debrief.
Every front end plays through it. No pygame here."""

from .debrief import Competency, Debrief, verdict
from .service import BUNDLED, Attempt, PlayService
from .views import MIN_DWELL_SECONDS, Comfort, Feedback, Moment, Said

__all__ = [
    "BUNDLED",
    "MIN_DWELL_SECONDS",
    "Attempt",
    "Comfort",
    "Competency",
    "Debrief",
    "Feedback",
    "Moment",
    "PlayService",
    "Said",
    "verdict",
]
