"""The graph and reference checks run after the schema: one function per kind of problem."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from pydantic import BaseModel

from . import schema as s
from .analysis import find_cycle, reachable
from .messages import N_, _
from .model import NARRATOR, OFFICER, State
from .problems import WARNING, DataPath, did_you_mean
from .yamlsource import Document

LANGUAGE_NAMES = {"en": N_("English"), "es": N_("Spanish")}


def run_all(
    doc: Document,
    sc: s.Scenario,
    graph: Mapping[str, State],
    principles: set[str],
    portraits: set[str],
    backgrounds: set[str],
) -> bool:
    """Run every check; `graph` is the same states as the playable model. True when analysable."""
    check_languages(doc, sc)
    check_translations(doc, sc)
    check_stale_translations(doc, sc)
    check_principles(doc, sc, principles)
    check_characters(doc, sc, portraits)
    check_backgrounds(doc, sc, backgrounds)
    variables_ok = check_variables(doc, sc)
    check_choice_ids(doc, sc)
    check_state_kinds(doc, sc)
    targets_ok = check_targets(doc, sc)
    if not (variables_ok and targets_ok):
        return False
    cycle = find_cycle(graph, sc.start)
    if cycle:
        doc.error(
            ("states", ("key", cycle[0])),
            _("scenarios move forward, but these states form a cycle: {cycle}").format(cycle=summary(cycle)),
        )
        return False
    check_reachability(doc, sc, graph)
    return True


def summary(ids: list[str], keep: int = 8) -> str:
    """States joined by arrows; a long list keeps its first and last few around a count of the rest."""
    if len(ids) <= 2 * keep:
        return " -> ".join(ids)
    return (
        " -> ".join(ids[:keep])
        + _(" -> … ({count} more) … -> ").format(count=len(ids) - 2 * keep)
        + " -> ".join(ids[-keep:])
    )


def check_languages(doc: Document, sc: s.Scenario) -> None:
    """Spanish comes first and must be declared; a language must not be listed twice."""
    if "es" not in sc.languages:
        doc.error(("languages",), _("Spanish (es) must be one of the languages"))
    if len(set(sc.languages)) != len(sc.languages):
        doc.error(("languages",), _("a language is listed twice"))


def check_translations(doc: Document, sc: s.Scenario) -> None:
    """Every text has every declared language (a missing one is a warning: Spanish is shown)."""
    wanted = [lang for lang in sc.languages if lang != "es"]
    for where, text in texts(sc):
        for lang in wanted:
            if getattr(text, lang) is None:
                doc.error(
                    where,
                    _("missing {language} translation ({code}:)").format(
                        language=_(LANGUAGE_NAMES.get(lang, lang)), code=lang
                    ),
                    WARNING,
                )


def check_stale_translations(doc: Document, sc: s.Scenario) -> None:
    """An English text whose `en_from` no longer matches its Spanish was translated from older Spanish."""
    for where, text in texts(sc):
        if text.en is not None and text.en_from is not None and text.en_from != s.source_hash(text.es):
            doc.error(
                where + ("en",),
                _(
                    "the Spanish changed after this English was written: update the "
                    "English, then run `python -m game translations --mark-current` on "
                    "this file"
                ),
                WARNING,
            )


def texts(node: BaseModel, where: DataPath = ()) -> Iterator[tuple[DataPath, s.Text]]:
    """Every Text in a validated model, with its data path such as ('states', 'x', 'text')."""
    if isinstance(node, s.Text):
        yield where, node
        return
    for name in type(node).model_fields:
        value = getattr(node, name)
        if isinstance(value, BaseModel):
            yield from texts(value, where + (name,))
        elif isinstance(value, dict):
            for key, item in value.items():
                if isinstance(item, BaseModel):
                    yield from texts(item, where + (name, key))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, BaseModel):
                    yield from texts(item, where + (name, index))


def check_principles(doc: Document, sc: s.Scenario, known: set[str]) -> None:
    """Principles exist in the rubric; scores use declared principles; each declared one is scored."""
    declared = set(sc.principles)
    for index, pid in enumerate(sc.principles):
        if pid not in known:
            doc.error(
                ("principles", index),
                _("principle '{id}' is not in principles.yaml").format(id=pid) + did_you_mean(pid, known),
            )
    if len(declared) != len(sc.principles):
        doc.error(("principles",), _("a principle is listed twice"))
    scored: set[str] = set()
    for sid, state in sc.states.items():
        for index, choice in enumerate(state.choices):
            for pid in choice.score:
                scored.add(pid)
                if pid not in declared:
                    doc.error(
                        ("states", sid, "choices", index, "score", ("key", pid)),
                        _("principle '{id}' is not declared in this scenario's principles").format(id=pid)
                        + did_you_mean(pid, declared),
                    )
    for index, pid in enumerate(sc.principles):
        if pid in known and pid not in scored:
            doc.error(
                ("principles", index),
                _("principle '{id}' is declared but no choice scores it").format(id=pid),
                WARNING,
            )


def check_characters(doc: Document, sc: s.Scenario, portraits: set[str]) -> None:
    """Portraits exist; speakers and shown characters are declared."""
    for cid, character in sc.characters.items():
        if character.portrait not in portraits:
            doc.error(
                ("characters", cid, "portrait"),
                _("unknown portrait '{name}'").format(name=character.portrait)
                + did_you_mean(character.portrait, portraits),
            )
    people = set(sc.characters)
    for sid, state in sc.states.items():
        if state.speaker not in people | {NARRATOR, OFFICER}:
            doc.error(
                ("states", sid, "speaker"),
                _("unknown speaker '{name}'; use narrator, officer or a character id").format(
                    name=state.speaker
                )
                + did_you_mean(state.speaker, people),
            )
        if state.child and state.child.who not in people:
            doc.error(
                ("states", sid, "child", "who"),
                _("unknown character '{name}'").format(name=state.child.who)
                + did_you_mean(state.child.who, people),
            )


def check_backgrounds(doc: Document, sc: s.Scenario, backgrounds: set[str]) -> None:
    """Every background named exists in the asset manifest."""
    places = [(("background",), sc.background)] + [
        (("states", sid, "background"), st.background) for sid, st in sc.states.items() if st.background
    ]
    for where, name in places:
        if name not in backgrounds:
            doc.error(
                where, _("unknown background '{name}'").format(name=name) + did_you_mean(name, backgrounds)
            )


def check_variables(doc: Document, sc: s.Scenario) -> bool:
    """Conditions and changes name declared variables; returns False when one does not."""
    ok = True
    declared = set(sc.variables)
    for sid, state in sc.states.items():
        uses = [
            (("choices", index, field), getattr(choice, field))
            for index, choice in enumerate(state.choices)
            for field in ("when", "set", "add")
        ]
        uses += [(("route", index, "when"), step.when or {}) for index, step in enumerate(state.route or ())]
        for where, names in uses:
            for name in names:
                if name not in declared:
                    doc.error(
                        ("states", sid) + where + (("key", name),),
                        _("unknown variable '{name}'; declare it under variables:").format(name=name)
                        + did_you_mean(name, declared),
                    )
                    ok = False
    return ok


def check_choice_ids(doc: Document, sc: s.Scenario) -> None:
    """Choice ids are unique within their state."""
    for sid, state in sc.states.items():
        first: dict[str, int] = {}
        for index, choice in enumerate(state.choices):
            if choice.id in first:
                line, _column = doc.locate(("states", sid, "choices", first[choice.id]))
                doc.error(
                    ("states", sid, "choices", index, "id"),
                    _("choice id '{id}' is used twice in state '{state}' (first at line {line})").format(
                        id=choice.id, state=sid, line=line
                    ),
                )
            else:
                first[choice.id] = index


def check_state_kinds(doc: Document, sc: s.Scenario) -> None:
    """Endings have no choices; every other state has a way out; a route state is only its route."""
    for sid, state in sc.states.items():
        if state.route:
            check_route(doc, sid, state)
            continue
        if state.text is None:
            doc.error(
                ("states", ("key", sid)),
                _("state '{id}' has no 'text': give it text:, or make it a route state with route:").format(
                    id=sid
                ),
            )
        if state.ending and state.choices:
            doc.error(
                ("states", sid, "ending"),
                _("ending '{id}' has choices; an ending is where play stops").format(id=sid),
            )
        if not state.ending and not state.choices:
            doc.error(
                ("states", ("key", sid)),
                _(
                    "state '{id}' has no way out: give it choices, or mark it 'ending: good|mixed|poor'"
                ).format(id=sid),
            )


def check_route(doc: Document, sid: str, state: s.State) -> None:
    """A route state shows nothing; every step but the last has a `when`, the last has none (the default)."""
    for name in s.ROUTE_EXCLUDES:
        if name in state.model_fields_set:
            doc.error(
                ("states", sid, ("key", name)),
                _(
                    "route state '{id}' cannot have '{field}': play passes through it without showing "
                    "anything; put it in the states the route leads to"
                ).format(id=sid, field=name),
            )
    steps = state.route or []
    for index, step in enumerate(steps[:-1]):
        if not step.when:
            doc.error(
                ("states", sid, "route", index),
                _(
                    "route step {n} of '{id}' has no 'when': only the last step may lack one (it is the "
                    "default), so the steps after it would never be taken"
                ).format(n=index + 1, id=sid),
            )
    if steps[-1].when:
        doc.error(
            ("states", sid, "route", len(steps) - 1, "when"),
            _(
                "the last route step of '{id}' must have no 'when': it is the default, taken when no other "
                "step's 'when' holds"
            ).format(id=sid),
        )


def check_targets(doc: Document, sc: s.Scenario) -> bool:
    """The start and every choice's target exist; returns False when one does not."""
    ok = True
    known = set(sc.states)
    if sc.start not in known:
        doc.error(
            ("start",),
            _("start state '{id}' does not exist").format(id=sc.start) + did_you_mean(sc.start, known),
        )
        ok = False
    for sid, state in sc.states.items():
        for index, choice in enumerate(state.choices):
            if choice.to not in known:
                doc.error(
                    ("states", sid, "choices", index, "to"),
                    _("choice '{id}' goes to unknown state '{target}'").format(id=choice.id, target=choice.to)
                    + did_you_mean(choice.to, known),
                )
                ok = False
        for index, step in enumerate(state.route or ()):
            if step.to not in known:
                doc.error(
                    ("states", sid, "route", index, "to"),
                    _("route step {n} of '{id}' goes to unknown state '{target}'").format(
                        n=index + 1, id=sid, target=step.to
                    )
                    + did_you_mean(step.to, known),
                )
                ok = False
    return ok


def check_reachability(doc: Document, sc: s.Scenario, graph: Mapping[str, State]) -> None:
    """States and endings no path reaches from the start; at least one ending is reachable."""
    seen = reachable(graph, sc.start)
    for sid, state in sc.states.items():
        if sid in seen:
            continue
        if state.ending:
            doc.error(
                ("states", ("key", sid)),
                _("ending '{id}' is never reached from '{start}'").format(id=sid, start=sc.start),
                WARNING,
            )
        else:
            doc.error(
                ("states", ("key", sid)),
                _("state '{id}' is unreachable from '{start}'").format(id=sid, start=sc.start),
                WARNING,
            )
    if not any(sc.states[sid].ending for sid in seen):
        doc.error(("start",), _("no ending can be reached from the start"))
