"""A seeded mutator over the bundled scenarios, and the harness that checks validate's promise on each
mutant: a file `validate` accepts is played (random walks through the engine) and drawn (the real game,
headless, driven by the pilot) without an exception. Used by tests/test_fuzz.py and benchmarks/bench_fuzz.py.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from game import paths
from game.engine import Session
from game.scenario import bundled_catalog, scenario_files, validate

POISON = ["\0", "\x1b[2J", "\u2028", "\r", "\n" * 13, "x" * 101, "\ud800"]  # validate must refuse these
ODD = ["👧🏽 ", "<b>hola</b> ", "{0} %s {x} ", "\u202eal revés ", "ñ̃̃ ", "\t", "\n" * 12, "palabra" * 14, "«»"]


def _pick_dict(rng: random.Random, data: dict, kind: str) -> tuple[str, dict] | None:
    states = data.get("states") if isinstance(data.get("states"), dict) else {}
    items = [(sid, st) for sid, st in states.items() if isinstance(st, dict)]
    if kind == "choice":
        items = [(sid, c) for sid, st in items for c in st.get("choices") or [] if isinstance(c, dict)]
    return rng.choice(items) if items else None


def _texts(node, out: list) -> list:
    """Every {es:, en:} mapping in the data, to poison one."""
    if isinstance(node, dict):
        if "es" in node:
            out.append(node)
        for value in node.values():
            _texts(value, out)
    elif isinstance(node, list):
        for value in node:
            _texts(value, out)
    return out


def mutate(data: dict, rng: random.Random) -> str:
    """Change the scenario data in place in one random way; returns what was done."""
    state_ids = list(data.get("states") or {})
    what = rng.choice(
        [
            "retarget",
            "when",
            "effect",
            "text",
            "odd_text",
            "delete",
            "ending",
            "route",
            "bounds",
            "type",
            "id",
            "art",
            "choices",
            "start",
        ]
    )
    picked_state = _pick_dict(rng, data, "state")
    picked_choice = _pick_dict(rng, data, "choice")
    if what == "retarget" and picked_choice:
        picked_choice[1]["to"] = rng.choice(state_ids + ["nowhere"])
    elif what == "when" and picked_choice:
        picked_choice[1]["when"] = {
            "comfort": {rng.choice(["at_least", "at_most", "equals"]): rng.randint(-10, 120)}
        }
    elif what == "effect" and picked_choice:
        picked_choice[1][rng.choice(["add", "set"])] = {"comfort": rng.randint(-200, 200)}
    elif what in ("text", "odd_text"):
        texts = _texts(data, [])
        if texts:
            target = rng.choice(texts)
            lang = rng.choice(["es", "en"])
            extra = rng.choice(POISON if what == "text" else ODD)
            old = target.get(lang) if isinstance(target.get(lang), str) else ""
            cut = rng.randint(0, len(old))
            target[lang] = old[:cut] + extra + old[cut:]
    elif what == "delete":
        node = (picked_choice or picked_state or (None, data))[1]
        if node:
            node.pop(rng.choice(list(node)), None)
    elif what == "ending" and picked_state:
        picked_state[1]["ending"] = rng.choice(["good", "mixed", "poor", "great"])
        if rng.random() < 0.5:
            picked_state[1].pop("choices", None)
    elif what == "route" and picked_state and state_ids:
        steps = [
            {"when": {"comfort": {"at_least": rng.randint(0, 100)}}, "to": rng.choice(state_ids)}
            for _ in range(rng.randint(0, 2))
        ] + [{"to": rng.choice(state_ids)}]
        data["states"][picked_state[0]] = {"route": steps}
    elif what == "bounds":
        data["variables"] = {
            "comfort": {
                "start": rng.randint(-5, 105),
                "min": rng.randint(-5, 30),
                "max": rng.randint(60, 105),
            }
        }
    elif what == "type":
        node = (picked_choice or picked_state or (None, data))[1]
        if node:
            node[rng.choice(list(node))] = rng.choice([None, 7, [], {}, True, "texto"])
    elif what == "id":
        data["id"] = rng.choice(["otro", data.get("id"), "Mal Id", 5])
    elif what == "art" and picked_state:
        picked_state[1][rng.choice(["background", "speaker"])] = rng.choice(
            ["office", "front_desk", "nadie", "officer"]
        )
        picked_state[1]["child"] = {
            "who": rng.choice(list(data.get("characters") or {"x": 0})),
            "mood": rng.choice(["calm", "scared", "furious"]),
        }
    elif what == "choices" and picked_state:
        choices = picked_state[1].get("choices")
        if isinstance(choices, list) and choices:
            rng.choice(
                [lambda: rng.shuffle(choices), lambda: choices.append(dict(choices[0])), choices.clear]
            )()
    elif what == "start":
        data["start"] = rng.choice(state_ids + ["nowhere"])
    return what


@dataclass
class Counts:
    """What a fuzz run did: mutants made, accepted by validate, played through the engine, drawn."""

    cases: int = 0
    valid: int = 0
    played: int = 0
    drawn: int = 0
    kinds: dict = field(default_factory=dict)

    def __str__(self) -> str:
        return f"cases {self.cases}, valid {self.valid}, played {self.played}, drawn {self.drawn}"


def mutants(cases: int, seed: int, folder: Path):
    """(path, mutations) of `cases` mutants of the bundled scenarios, each written as YAML in `folder`."""
    sources = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in scenario_files(paths.scenarios_dir())]
    for case in range(cases):
        rng = random.Random(seed * 1_000_003 + case)
        data = json.loads(
            json.dumps(rng.choice(sources))
        )  # a deep copy with no shared nodes (no YAML aliases)
        done = [mutate(data, rng) for _ in range(rng.randint(1, 3))]
        name = data["id"] if isinstance(data.get("id"), str) and data["id"].isascii() else f"case{case}"
        path = folder / f"{name}.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
        yield path, done, rng


def walk(scenario, rng: random.Random, language: str) -> Session:
    """Play from the start to an ending with random choices; raises if play gets stuck."""
    session = Session(scenario, language)
    for _ in range(10_000):
        if session.finished:
            return session
        options = session.choices
        if not options:
            raise AssertionError(f"{scenario.id}: stuck in {session.state_id} though validate accepted it")
        session.choose(rng.choice(options).id)
    raise AssertionError(f"{scenario.id}: no ending after 10,000 choices")


def draw(app, pilot, scenario, rng: random.Random) -> None:
    """Play the scenario in the real game (headless) with random keys, to the debrief and the replay."""
    from types import SimpleNamespace

    import pygame

    from game.play import PlayService
    from game.ui.scenes.play import PlayScene

    plays = PlayService([SimpleNamespace(scenario=scenario, path="")], None, app.catalog)  # type: ignore[list-item]
    app.replace(PlayScene(app, plays.start(scenario.id, app.language, record=False)))
    pilot.step()
    for _ in range(500):
        if not app.stack or type(pilot.scene).__name__ != "PlayScene":
            break
        options = pilot.scene.attempt.moment.choices
        if options:
            pilot.press(pygame.K_1 + rng.randrange(min(len(options), 9)))
        pilot.press(pygame.K_RETURN)
    for _ in range(3):  # the debrief, then the replay and back
        if not app.stack:
            break
        pilot.press(pygame.K_RETURN)
        pilot.step()


def run(cases: int, seed: int, folder: Path, app=None, pilot=None) -> Counts:
    """Validate every mutant; play the valid ones (two walks, one per language) and draw them (when an app
    is given). Any exception escapes: it is the bug this harness looks for."""
    counts = Counts()
    catalog = bundled_catalog()
    for path, done, rng in mutants(cases, seed, folder):
        counts.cases += 1
        for kind in done:
            counts.kinds[kind] = counts.kinds.get(kind, 0) + 1
        report = validate(path, catalog)
        path.unlink()
        if report.scenario is None:
            continue
        counts.valid += 1
        for language in ("es", "en"):
            walk(report.scenario, rng, language)
        counts.played += 1
        if app is not None:
            draw(app, pilot, report.scenario, rng)
            counts.drawn += 1
    return counts
