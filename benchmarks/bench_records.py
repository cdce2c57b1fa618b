"""Records figures: time to record one decision (commit and flush included), and to export 10,000 attempts.

Run: python benchmarks/bench_records.py [--attempts N] [--folder DIR]
The records file is made in DIR (default: a temporary folder on the disk holding /tmp), so the
figures are for that disk. Targets: a decision under 5 ms; a 10,000-attempt export under 2 s.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from game import paths  # noqa: E402
from game.engine import Session  # noqa: E402
from game.records import AttemptFilter, Store  # noqa: E402
from game.records.config import Config  # noqa: E402
from game.records.export import write_csv, write_json  # noqa: E402
from game.scenario import load_scenario  # noqa: E402


def _play(store: Store, player: int, scenario, round_: int, times: list[float] | None = None) -> None:
    session = Session(scenario)
    attempt = store.start_attempt(player, session)
    while not session.finished:
        outcome = session.choose((len(session.history) + round_) % len(session.choices) + 1)
        start = time.perf_counter()
        store.record_decision(attempt, outcome, 4.0, session)
        if times is not None:
            times.append(time.perf_counter() - start)


def _ms(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[int(len(ordered) * 0.95)]
    return (f"median {statistics.median(ordered) * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms, "
            f"max {ordered[-1] * 1000:.2f} ms over {len(ordered)}")


def bench_decisions(folder: Path, scenario, attempts: int = 300) -> None:
    """record_decision with the store's setting (synchronous=FULL), then with NORMAL for comparison."""
    config = Config(folder / "none.toml", False)
    for mode in ("FULL", "NORMAL"):
        with Store.open(folder / f"decisions-{mode.lower()}", config) as store:
            store._conn.execute(f"PRAGMA synchronous={mode}")  # FULL is what Store.open sets
            player = store.create_player("Rosa", station="Comisaría Yarinacocha")
            times: list[float] = []
            for round_ in range(attempts):
                _play(store, player.id, scenario, round_, times)
        print(f"record_decision, synchronous={mode:<6}: {_ms(times)}")


def bench_export(folder: Path, scenario, attempts: int) -> None:
    """Fill a store with finished attempts through the API, then time the report writers."""
    config = Config(folder / "none.toml", False)
    with Store.open(folder / "export", config) as store:
        store._conn.execute("PRAGMA synchronous=OFF")  # only to fill it faster; the export only reads
        players = [store.create_player(f"Oficial {n}", badge=str(10000 + n), station="Comisaría Ñaña").id
                   for n in range(50)]
        start = time.perf_counter()
        for round_ in range(attempts):
            _play(store, players[round_ % len(players)], scenario, round_)
        print(f"filled {attempts:,} attempts in {time.perf_counter() - start:.1f} s")
        path = store.path
    print(f"records file: {path.stat().st_size / 1e6:.1f} MB")
    start = time.perf_counter()
    store = Store.open(path.parent, config)
    print(f"Store.open (quick_check included): {(time.perf_counter() - start) * 1000:.0f} ms")
    with store:
        decisions = sum(a.decisions for a in store.attempts())
        for label, write in (("CSV, one row per attempt", lambda out: write_csv(store, out, AttemptFilter())),
                             ("CSV, one row per decision",
                              lambda out: write_csv(store, out, AttemptFilter(), "decisions")),
                             ("JSON, attempts with decisions", lambda out: write_json(store, out, AttemptFilter()))):
            out = io.StringIO()
            start = time.perf_counter()
            rows = write(out)
            took = time.perf_counter() - start
            print(f"export {label:<30}: {took:.2f} s ({rows:,} rows, {len(out.getvalue()) / 1e6:.1f} MB)")
    print(f"({decisions:,} decisions in the {attempts:,} attempts)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--attempts", type=int, default=10_000)
    parser.add_argument("--folder", type=Path)
    args = parser.parse_args()
    scenario = load_scenario(paths.scenarios_dir() / "sala-de-espera.yaml")
    with tempfile.TemporaryDirectory(dir=args.folder) as folder:
        print(f"records in {folder}; Python {sys.version.split()[0]}")
        bench_decisions(Path(folder), scenario)
        bench_export(Path(folder), scenario, args.attempts)


if __name__ == "__main__":
    main()
