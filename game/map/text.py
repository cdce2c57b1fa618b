"""A scenario's state graph as Mermaid or Graphviz DOT text, endings marked."""

from __future__ import annotations

from ..scenario import Scenario
from ..scenario.model import describe

_ENDING_STYLE = {"good": "#8fd18f", "mixed": "#f5d36b", "poor": "#ef8f8f"}


def to_mermaid(scenario: Scenario) -> str:
    """A Mermaid stateDiagram-v2; endings go to [*] and carry their quality."""
    lines = ["stateDiagram-v2", f"    [*] --> {_mid(scenario.start)}"]
    for sid, state in scenario.states.items():
        if state.ending:
            lines.append(f"    {_mid(sid)} : {sid} ({state.ending})")
            lines.append(f"    {_mid(sid)} --> [*]")
        for choice in state.choices:
            lines.append(f"    {_mid(sid)} --> {_mid(choice.to)} : {choice.id} {_total(choice.score)}")
        for step in state.route:
            lines.append(f"    {_mid(sid)} --> {_mid(step.to)} : {describe(step.when)}")
    for quality, colour in _ENDING_STYLE.items():
        lines.append(f"    classDef {quality} fill:{colour}")
        members = [_mid(s) for s, st in scenario.states.items() if st.ending == quality]
        if members:
            lines.append(f"    class {','.join(members)} {quality}")
    return "\n".join(lines) + "\n"


def to_dot(scenario: Scenario) -> str:
    """A Graphviz digraph; endings are double octagons coloured by quality."""
    lines = [
        f'digraph "{scenario.id}" {{',
        "    rankdir=LR;",
        "    node [shape=box, style=rounded];",
        f'    __start [shape=point]; __start -> "{scenario.start}";',
    ]
    for sid, state in scenario.states.items():
        if state.ending:
            lines.append(
                f'    "{sid}" [shape=doubleoctagon, style=filled, '
                f'fillcolor="{_ENDING_STYLE[state.ending]}", label="{sid}\\n({state.ending})"];'
            )
        if state.route:
            lines.append(f'    "{sid}" [shape=diamond, label="{sid}"];')
        for choice in state.choices:
            label = f"{choice.id} {_total(choice.score)}".strip()
            lines.append(f'    "{sid}" -> "{choice.to}" [label="{label}"];')
        for step in state.route:
            lines.append(f'    "{sid}" -> "{step.to}" [label="{describe(step.when)}", style=dashed];')
    lines.append("}")
    return "\n".join(lines) + "\n"


def _mid(state_id: str) -> str:
    return state_id.replace("-", "_")


def _total(score) -> str:
    total = sum(score.values())
    return f"({total:+d})" if score else ""
