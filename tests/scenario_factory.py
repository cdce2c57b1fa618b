"""Builds synthetic valid scenario data (forward-only graphs) for property tests and benchmarks."""

from __future__ import annotations

import random

PRINCIPLES = ["safety", "trust", "voice", "protection"]


def _text(label: str) -> dict:
    return {"es": f"{label} (es)", "en": f"{label} (en)"}


def synthetic(states: int, seed: int = 0, choices: int = 3, conditions: bool = True) -> dict:
    """A scenario of `states` states: decisions point only forward, the last fifth are endings."""
    rng = random.Random(seed)
    n_endings = max(1, states // 5)
    n_decisions = states - n_endings
    ids = [f"s{i}" for i in range(states)]
    table: dict[str, dict] = {}
    for i in range(n_decisions):
        options = []
        for k in range(rng.randint(2, choices)):
            # the first choice walks the spine (every state reachable), the second leaves for an
            # ending (every ending reachable), others jump forward a little
            if k == 0:
                target = i + 1
            elif k == 1:
                target = n_decisions + i % n_endings
            else:
                target = min(states - 1, i + 1 + int(rng.expovariate(0.5)))
            option = {
                "id": f"c{k}",
                "text": _text(f"choice {i}.{k}"),
                "to": ids[target],
                "score": {p: rng.randint(-3, 3) for p in rng.sample(PRINCIPLES, rng.randint(1, 2))},
                "feedback": _text("feedback"),
                "child_sees": _text("child"),
                "add": {"comfort": rng.choice([-10, 0, 10])},
            }
            if conditions and k > 0 and rng.random() < 0.2:
                option["when"] = {"comfort": {"at_least": rng.choice([30, 50, 60])}}
            options.append(option)
        if not any("when" not in o for o in options):
            options[0].pop("when", None)
        table[ids[i]] = {"text": _text(f"state {i}"), "choices": options}
    for i in range(n_decisions, states):
        table[ids[i]] = {"text": _text(f"ending {i}"), "ending": rng.choice(["good", "mixed", "poor"])}
    return {
        "id": "sintetico",
        "version": 1,
        "languages": ["es", "en"],
        "title": _text("title"),
        "summary": _text("summary"),
        "age_group": "school",
        "duration_minutes": 10,
        "principles": PRINCIPLES,
        "characters": {"nina": {"name": "Nina", "portrait": "girl_school"}},
        "variables": {"comfort": {"start": 50}},
        "background": "office",
        "start": "s0",
        "states": table,
    }
