"""Builds the frozen playable model from validated pydantic objects."""

from __future__ import annotations

from . import model as m
from . import schema as s


def text(t: s.Text) -> m.Text:
    """A model Text from a validated one."""
    return m.Text(t.es, t.en)


def choice(c: s.Choice) -> m.Choice:
    """A model Choice; conditions become one Condition per variable."""
    return m.Choice(
        id=c.id,
        text=text(c.text),
        to=c.to,
        feedback=text(c.feedback),
        child_sees=text(c.child_sees),
        score=m.frozen_map(dict(c.score)),
        when=conditions(c.when),
        set=m.frozen_map(dict(c.set)),
        add=m.frozen_map(dict(c.add)),
    )


def conditions(when: dict[str, s.Condition] | None) -> tuple[m.Condition, ...]:
    """One model Condition per variable."""
    return tuple(
        m.Condition(name, cond.at_least, cond.at_most, cond.equals) for name, cond in (when or {}).items()
    )


def states(sc: s.Scenario) -> dict[str, m.State]:
    """Every state of the scenario; a route state gets an empty text (it is never shown)."""
    return {
        sid: m.State(
            id=sid,
            text=text(st.text) if st.text else m.Text(""),
            speaker=st.speaker,
            child=m.Presence(st.child.who, st.child.mood) if st.child else None,
            background=st.background or "",
            choices=tuple(choice(c) for c in st.choices),
            ending=st.ending,
            discussion=text(st.discussion) if st.discussion else None,
            trainer_note=text(st.trainer_note) if st.trainer_note else None,
            route=tuple(m.RouteStep(r.to, conditions(r.when)) for r in st.route or ()),
        )
        for sid, st in sc.states.items()
    }


def scenario(sc: s.Scenario, built_states: dict[str, m.State], source: str) -> m.Scenario:
    """The playable Scenario, without its analysis (the loader adds it)."""
    notes = None
    if sc.trainer:
        notes = m.TrainerNotes(
            text(sc.trainer.premise),
            tuple(map(text, sc.trainer.goals)),
            tuple(map(text, sc.trainer.key_points)),
            tuple(map(text, sc.trainer.legal_basis)),
        )
    return m.Scenario(
        id=sc.id,
        version=sc.version,
        languages=tuple(sc.languages),
        title=text(sc.title),
        summary=text(sc.summary),
        age_group=sc.age_group,
        duration_minutes=sc.duration_minutes,
        principles=tuple(sc.principles),
        characters=m.frozen_map(
            {cid: m.Character(cid, c.name, c.portrait, c.role, c.age) for cid, c in sc.characters.items()}
        ),
        variables=m.frozen_map(
            {vid: m.Variable(vid, v.start, v.min, v.max) for vid, v in sc.variables.items()}
        ),
        background=sc.background,
        start=sc.start,
        states=m.frozen_map(built_states),
        analysis=None,
        trainer=notes,
        source=source,
    )
