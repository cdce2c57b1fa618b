"""Core figures: load + validate + analyse, peak memory, Session start and time per choice,
against libyaml's compose alone (the floor), for synthetic scenarios of 100, 1,000 and 10,000 states.

Run: python benchmarks/bench_core.py [SIZES...]
Each size is measured in a fresh process so peak memory is its own.
"""

from __future__ import annotations

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


def measure(path: Path) -> dict:
    """Measure one file in this process: our pipeline first (for its peak memory), then the floor."""
    import gc

    import yaml

    from game.engine import Session
    from game.scenario import bundled_catalog, validate

    catalog = bundled_catalog()
    rss_before = _peak_mb()
    start = time.perf_counter()
    report = validate(path, catalog)
    full = time.perf_counter() - start
    rss_after = _peak_mb()
    assert report.scenario is not None and not [p for p in report.problems if not p.teaching], report.problems[:3]
    text = path.read_text(encoding="utf-8")
    floor = _best_of(lambda: yaml.compose(text, Loader=yaml.CSafeLoader), 2)
    gc.disable()
    floor_nogc = _best_of(lambda: yaml.compose(text, Loader=yaml.CSafeLoader), 2)
    gc.enable()
    scenario = report.scenario
    start = time.perf_counter()
    sessions = 200
    for _ in range(sessions):
        Session(scenario)
    session_ms = (time.perf_counter() - start) / sessions * 1000
    rng = random.Random(2)
    choices, elapsed = 0, 0.0
    while choices < 5000:
        session = Session(scenario)
        while not session.finished:
            pick = rng.choice(session.choices).id
            t0 = time.perf_counter()
            session.choose(pick)
            elapsed += time.perf_counter() - t0
            choices += 1
    return {
        "states": len(scenario.states), "bytes": path.stat().st_size, "compose_s": floor,
        "compose_nogc_s": floor_nogc, "load_validate_analyse_s": full, "ratio": full / floor,
        "peak_rss_mb": rss_after, "rss_before_mb": rss_before,
        "session_ms": session_ms, "choice_ms": elapsed / choices * 1000,
        "paths": scenario.analysis.path_count, "fewest_decisions": scenario.analysis.fewest_decisions,
    }


def main(argv: list[str]) -> None:
    """Measure each size in a child process and print a table."""
    if argv[:1] == ["--one"]:
        print(json.dumps(measure(Path(argv[1]))))
        return
    import yaml

    from scenario_factory import synthetic

    sizes = [int(a) for a in argv] or [100, 1000, 10000]
    print(f"{'states':>7} {'MB':>6} {'compose s':>10} {'(gc off)':>9} {'load+check s':>13} {'ratio':>6} "
          f"{'RSS MB':>7} {'(start)':>8} {'session ms':>11} {'choice ms':>10}")
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            path = Path(tmp) / str(size) / "sintetico.yaml"  # a scenario's id is its file name
            path.parent.mkdir()
            path.write_text(yaml.safe_dump(synthetic(size, seed=1), allow_unicode=True), encoding="utf-8")
            out = subprocess.run([sys.executable, __file__, "--one", str(path)], capture_output=True,
                                 text=True, check=True).stdout
            r = json.loads(out)
            print(f"{r['states']:>7} {r['bytes'] / 1e6:>6.2f} {r['compose_s']:>10.3f} {r['compose_nogc_s']:>9.3f} "
                  f"{r['load_validate_analyse_s']:>13.3f} {r['ratio']:>6.2f} {r['peak_rss_mb']:>7.1f} "
                  f"{r['rss_before_mb']:>8.1f} {r['session_ms']:>11.3f} {r['choice_ms']:>10.4f}")


if __name__ == "__main__":
    main(sys.argv[1:])
