"""Core figures for synthetic scenarios of 100, 1,000 and 10,000 states: load + validate + analyse
beside two floors measured on the same file (libyaml's compose with the garbage collector off, and
libyaml's event parse alone), peak memory per phase (parse, whole validation, and validation of a
copy with errors and warnings), Session start, the time per choice at random, and the time per choice
along one long path (its first and last thousand choices: flat means no cost grows with the path).

Run: python benchmarks/bench_core.py [SIZES...]
Each size is measured in a fresh process so peak memory is its own.
"""

from __future__ import annotations

import copy
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]


def _best_of(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def _peak_mb() -> float:
    """This process's peak resident memory (VmHWM; unlike ru_maxrss it is not inherited on fork)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _reset_peak() -> None:
    """Start a new peak from the current resident memory (Linux: clear_refs 5), so each phase has its own."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def _phase(fn):
    """(seconds, peak resident MB, result) of one call, the peak counted from the call's start."""
    import gc

    gc.collect()
    _reset_peak()
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, _peak_mb(), result


def _floors(text: str) -> tuple[float, float, float]:
    """Seconds for compose (collector on), compose (collector off) and the event parse alone (off)."""
    import gc

    import yaml

    def events() -> None:
        loader = yaml.CSafeLoader(text)
        try:
            for _event in iter(loader.get_event, None):
                pass
        finally:
            loader.dispose()

    composed = _best_of(lambda: yaml.compose(text, Loader=yaml.CSafeLoader), 2)
    gc.disable()
    try:
        return composed, _best_of(lambda: yaml.compose(text, Loader=yaml.CSafeLoader), 2), _best_of(events, 2)
    finally:
        gc.enable()


def _per_choice(scenario, rng: random.Random, count: int = 5000) -> float:
    """Milliseconds per choice taken at random, sessions restarted at each ending."""
    from game.engine import Session

    choices, elapsed = 0, 0.0
    while choices < count:
        session = Session(scenario)
        while not session.finished:
            pick = rng.choice(session.choices).id
            t0 = time.perf_counter()
            session.choose(pick)
            elapsed += time.perf_counter() - t0
            choices += 1
    return elapsed / choices * 1000


def _long_path(scenario) -> tuple[int, float, float]:
    """Along the longest path (always the first choice): its
    length, ms per choice of the first and last 1,000."""
    from game.engine import Session

    session = Session(scenario)
    times = []
    while not session.finished and session.choices:
        pick = session.choices[0].id
        t0 = time.perf_counter()
        session.choose(pick)
        times.append(time.perf_counter() - t0)
    window = max(1, min(1000, len(times) // 2))
    return len(times), sum(times[:window]) / window * 1000, sum(times[-window:]) / window * 1000


def with_problems(data: dict, rng: random.Random) -> dict:
    """A copy with errors and warnings in about one state in a hundred: unknown targets, missing English."""
    data = copy.deepcopy(data)
    for sid, state in data["states"].items():
        if rng.random() < 0.01 and state.get("choices"):
            state["choices"][0]["to"] = sid + "_nowhere"
        if rng.random() < 0.01:
            state["text"].pop("en", None)
    return data


def measure(path: Path, broken: Path) -> dict:
    """Measure one file in this process: our pipeline first (for its peak memory), then the floors."""
    from game.engine import Session
    from game.scenario import bundled_catalog, validate
    from game.scenario.yamlsource import read_document

    catalog = bundled_catalog()
    validate(broken, catalog)  # the models built and every module loaded before anything is measured
    rss_start = _peak_mb()
    parse_s, parse_mb, _doc = _phase(lambda: read_document(path))
    del _doc
    full, full_mb, report = _phase(lambda: validate(path, catalog))
    assert report.scenario is not None and not [p for p in report.problems if not p.teaching], (
        report.problems[:3]
    )
    broken_s, broken_mb, broken_report = _phase(lambda: validate(broken, catalog))
    problems = broken_report.problems
    composed, composed_nogc, events = _floors(path.read_text(encoding="utf-8"))
    scenario = report.scenario
    start = time.perf_counter()
    sessions = 200
    for _ in range(sessions):
        Session(scenario)
    session_ms = (time.perf_counter() - start) / sessions * 1000
    length, first_ms, last_ms = _long_path(scenario)
    return {
        "states": len(scenario.states),
        "bytes": path.stat().st_size,
        "compose_s": composed,
        "compose_nogc_s": composed_nogc,
        "events_s": events,
        "parse_s": parse_s,
        "parse_mb": parse_mb,
        "load_validate_analyse_s": full,
        "peak_rss_mb": full_mb,
        "rss_start_mb": rss_start,
        "problems_s": broken_s,
        "problems_mb": broken_mb,
        "problems": len(problems),
        "errors": sum(p.severity == "error" for p in problems),
        "session_ms": session_ms,
        "choice_ms": _per_choice(scenario, random.Random(2)),
        "path_length": length,
        "path_first_ms": first_ms,
        "path_last_ms": last_ms,
        "paths": scenario.analysis.path_count,
    }


def main(argv: list[str]) -> None:
    """Measure each size in a child process and print two tables."""
    if argv[:1] == ["--one"]:
        print(json.dumps(measure(Path(argv[1]), Path(argv[2]))))
        return
    import yaml
    from scenario_factory import synthetic

    sizes = [int(a) for a in argv] or [100, 1000, 10000]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            data = synthetic(size, seed=1)
            path, broken = Path(tmp) / str(size) / "sintetico.yaml", Path(tmp) / f"{size}b" / "sintetico.yaml"
            path.parent.mkdir()  # a scenario's id is its file name
            broken.parent.mkdir()
            path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
            broken.write_text(
                yaml.safe_dump(with_problems(data, random.Random(size)), allow_unicode=True), encoding="utf-8"
            )
            out = subprocess.run(
                [sys.executable, __file__, "--one", str(path), str(broken)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            rows.append(json.loads(out))
    print(
        "Validation (seconds; ratios against the floors measured on the same file; goal: within 2.5x of "
        "compose with the collector off, under 250 MB)"
    )
    print(
        f"{'states':>7} {'MB':>6} {'compose':>8} {'gc off':>7} {'events':>7} {'ours':>7} {'/gc off':>8} "
        f"{'/events':>8} {'with problems':>14} {'/gc off':>8}"
    )
    for r in rows:
        print(
            f"{r['states']:>7} {r['bytes'] / 1e6:>6.2f} {r['compose_s']:>8.3f} {r['compose_nogc_s']:>7.3f} "
            f"{r['events_s']:>7.3f} {r['load_validate_analyse_s']:>7.3f} "
            f"{r['load_validate_analyse_s'] / r['compose_nogc_s']:>7.2f}x "
            f"{r['load_validate_analyse_s'] / r['events_s']:>7.2f}x "
            f"{r['problems_s']:>7.3f} ({r['errors']:>3} e) {r['problems_s'] / r['compose_nogc_s']:>7.2f}x"
        )
    print()
    print("Peak resident memory per phase (MB, each from its own start; the process holds 'start' before)")
    print(f"{'states':>7} {'start':>7} {'parse':>7} {'validate':>9} {'with problems':>14}")
    for r in rows:
        print(
            f"{r['states']:>7} {r['rss_start_mb']:>7.1f} {r['parse_mb']:>7.1f} {r['peak_rss_mb']:>9.1f} "
            f"{r['problems_mb']:>14.1f}"
        )
    print()
    print("Play (ms; goal: a choice within 1.5x of 0.10-0.12 ms, flat along a path)")
    print(f"{'states':>7} {'session':>8} {'choice':>8} {'path':>6} {'first 1k':>9} {'last 1k':>8}")
    for r in rows:
        print(
            f"{r['states']:>7} {r['session_ms']:>8.3f} {r['choice_ms']:>8.4f} {r['path_length']:>6} "
            f"{r['path_first_ms']:>9.4f} {r['path_last_ms']:>8.4f}"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
