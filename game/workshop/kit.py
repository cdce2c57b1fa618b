"""The printable workshop kit, as data: role-reversal cards, the phrase bank, the paper pre/post test.

Everything comes from the scenario library (the validated models, never the YAML). Long sections are
cut into pages by a text budget, so each printed sheet holds what the HTML puts on it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from ..scenario import Choice, Scenario, State

AGE_GROUPS = ("early", "school", "adolescent")
CARD_BUDGET = 3400  # characters of card text one A4 sheet holds with its boxes
PHRASE_BUDGET = 1900  # per column
TEST_BUDGET = 2700
QUOTES = {"es": re.compile(r"«([^»]{20,})»"), "en": re.compile(r"\"([^\"]{20,})\"")}
# The phrase bank keeps what is said to the child: the Spanish quote speaks to "tú", and not to an adult
# ("usted", "señora") or a colleague.
TO_ADULTS = re.compile(r"\b(señora?|señorita|usted|colega|su hij[oa])\b", re.IGNORECASE)
TO_CHILD = re.compile(
    r"\b(tú|tu|tus|te|ti|contigo|estás|eres|quieres|puedes|tienes|vas|sabes|dime|cuéntame|mira)\b",
    re.IGNORECASE,
)
T = TypeVar("T")


@dataclass(frozen=True)
class Moment:
    """A key moment for officers to act out: the situation, a good and a poor answer, what the child felt."""

    situation: str
    best: str
    best_sees: str
    worst: str
    worst_sees: str

    @property
    def size(self) -> int:
        """Characters printed, for the page budget: the two answers stand side by side, so the longer counts
        twice, as a full-width line would."""
        return len(self.situation) + 2 * max(
            len(self.best) + len(self.best_sees), len(self.worst) + len(self.worst_sees)
        )


@dataclass(frozen=True)
class CardSheet:
    """One printed sheet of role-reversal cards for a scenario (a long scenario takes several)."""

    title: str
    child: str
    age_group: str
    moments: tuple[Moment, ...]
    part: int
    parts: int


@dataclass(frozen=True)
class Phrase:
    """A phrase from a scenario's choices, and why (the first sentence of the choice's feedback)."""

    text: str
    why: str


@dataclass(frozen=True)
class PhrasePage:
    """Part of the phrase bank for one age group."""

    age_group: str
    say: tuple[Phrase, ...]
    avoid: tuple[Phrase, ...]


@dataclass(frozen=True)
class Question:
    """A decision of the test scenario: the situation and the options, with the points of each (the key)."""

    number: int
    situation: str
    options: tuple[str, ...]
    points: tuple[int, ...]


@dataclass(frozen=True)
class TestPage:
    """A page of the paper pre-test or post-test."""

    kind: str  # "pre" or "post"
    title: str
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class Kit:
    """Every generated part of the kit, in one language."""

    language: str
    cards: tuple[CardSheet, ...]
    phrases: tuple[PhrasePage, ...]
    tests: tuple[TestPage, ...]
    pre: Scenario
    post: Scenario


def build_kit(
    scenarios: Sequence[Scenario], language: str = "es", pre: str | None = None, post: str | None = None
) -> Kit:
    """The kit from these scenarios; `pre`/`post` name the test scenarios (default: a matched pair)."""
    by_id = {sc.id: sc for sc in scenarios}
    for wanted in (pre, post):
        if wanted is not None and wanted not in by_id:
            raise KeyError(wanted)
    first, second = test_pair(scenarios)
    pre_sc, post_sc = by_id[pre or first], by_id[post or second]
    cards = tuple(sheet for sc in scenarios for sheet in card_sheets(sc, language))
    phrases = tuple(page for age in AGE_GROUPS for page in phrase_pages(scenarios, age, language))
    tests = test_pages(pre_sc, "pre", language) + test_pages(post_sc, "post", language)
    return Kit(language, cards, phrases, tests, pre_sc, post_sc)


def best_choice(state: State) -> Choice:
    """The choice with the highest sum of score deltas (the first on a tie)."""
    return max(state.choices, key=lambda c: sum(c.score.values()))


def worst_choice(state: State) -> Choice:
    """The choice with the lowest sum of score deltas (the first on a tie)."""
    return min(state.choices, key=lambda c: sum(c.score.values()))


def key_states(scenario: Scenario) -> list[State]:
    """The decisions a facilitator marked (a question or a note for the room), else those of the best path."""
    marked = [st for st in scenario.states.values() if st.choices and (st.discussion or st.trainer_note)]
    return marked or best_path(scenario)


def best_path(scenario: Scenario) -> list[State]:
    """The decisions met by always taking the best choice (conditions and routes are not followed)."""
    path, state = [], scenario.states.get(scenario.start)
    while state is not None and state.choices and state not in path:
        path.append(state)
        state = scenario.states.get(best_choice(state).to)
    return path


def card_sheets(scenario: Scenario, language: str) -> list[CardSheet]:
    """The scenario's key moments as role-reversal cards, cut into sheets."""
    moments = []
    for state in key_states(scenario):
        good, poor = best_choice(state), worst_choice(state)
        moments.append(
            Moment(
                state.text.get(language),
                good.text.get(language),
                good.child_sees.get(language),
                poor.text.get(language),
                poor.child_sees.get(language),
            )
        )
    groups = paginate(moments, lambda m: m.size + 450, CARD_BUDGET)
    child = next((c for c in scenario.characters.values() if c.role == "child"), None)
    name = f"{child.name}, {child.age}" if child and child.age is not None else (child.name if child else "")
    return [
        CardSheet(scenario.title.get(language), name, scenario.age_group, tuple(group), n, len(groups))
        for n, group in enumerate(groups, 1)
    ]


def phrase_pages(scenarios: Iterable[Scenario], age_group: str, language: str) -> list[PhrasePage]:
    """What to say and what not to say with children of one age group, from the scenarios' choices."""
    say: dict[str, Phrase] = {}
    avoid: dict[str, Phrase] = {}
    for sc in scenarios:
        if sc.age_group != age_group:
            continue
        for state in sc.states.values():
            if not state.choices:
                continue
            for choice, bucket in ((best_choice(state), say), (worst_choice(state), avoid)):
                spanish = QUOTES["es"].findall(choice.text.es)
                if TO_ADULTS.search(choice.text.es) or not any(TO_CHILD.search(q) for q in spanish):
                    continue
                for quote in QUOTES[language].findall(choice.text.get(language)):
                    bucket.setdefault(
                        quote.strip(), Phrase(quote.strip(), first_sentence(choice.feedback.get(language)))
                    )

    def size(p: Phrase) -> int:
        """A phrase's room on a page, in characters."""
        return len(p.text) + len(p.why) + 60

    says, avoids = paginate(say.values(), size, PHRASE_BUDGET), paginate(avoid.values(), size, PHRASE_BUDGET)
    count = max(len(says), len(avoids))
    says += [[]] * (count - len(says))
    avoids += [[]] * (count - len(avoids))
    return [PhrasePage(age_group, tuple(a), tuple(b)) for a, b in zip(says, avoids, strict=True)]


def test_pair(scenarios: Sequence[Scenario]) -> tuple[str, str]:
    """A pre-test and a post-test of the same difficulty: the two scenarios of one age group that share
    the most competencies (ties: the earliest)."""
    best: tuple[int, str, str] | None = None
    for i, a in enumerate(scenarios):
        for b in scenarios[i + 1 :]:
            if a.age_group == b.age_group:
                shared = len(set(a.principles) & set(b.principles))
                if best is None or shared > best[0]:
                    best = (shared, a.id, b.id)
    if best is None:
        raise ValueError("the kit's pre/post test needs two scenarios of the same age group")
    return best[1], best[2]


def test_pages(scenario: Scenario, kind: str, language: str) -> tuple[TestPage, ...]:
    """The decisions of the scenario's best path as a paper test, with each option's points for the key."""
    questions = [
        Question(
            n,
            st.text.get(language),
            tuple(c.text.get(language) for c in st.choices),
            tuple(sum(c.score.values()) for c in st.choices),
        )
        for n, st in enumerate(best_path(scenario), 1)
    ]

    def size(q: Question) -> int:
        """A question's room on a page, in characters."""
        return len(q.situation) + sum(len(o) + 40 for o in q.options) + 80

    return tuple(
        TestPage(kind, scenario.title.get(language), tuple(group))
        for group in paginate(questions, size, TEST_BUDGET)
    )


def first_sentence(text: str) -> str:
    """The text up to its first full stop (the reason, not the "Good:" before it)."""
    match = re.search(r"[.!?](\s|$)", text)
    return text[: match.start() + 1] if match else text


def paginate(items: Iterable[T], size: Callable[[T], int], budget: int) -> list[list[T]]:
    """Items in order, cut into groups whose sizes add up to at most `budget` (an item never splits)."""
    groups: list[list[T]] = []
    used = budget
    for item in items:
        weight = size(item)
        if used + weight > budget:
            groups.append([])
            used = 0
        groups[-1].append(item)
        used += weight
    return groups
