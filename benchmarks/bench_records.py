"""Records figures: bytes per decision at rest, the cost of one decision along a path of any length, the CSV
export beside plain sqlite3 + csv on the same file, and Store.open with each level of checking.

Run: python benchmarks/bench_records.py [--attempts N] [--path-length N] [--folder DIR]
The records file is made in DIR (default: a temporary folder on the disk holding /tmp), so the
figures are for that disk. Goals: at most 300 bytes per decision (no LRS configured, so every
statement waits); a decision's cost flat along the path; the CSV within 1.5x of plain sqlite3 + csv.
"""

from __future__ import annotations

import argparse
import csv
import io
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from scenario_factory import synthetic  # noqa: E402

from game import paths  # noqa: E402
from game.engine import Session  # noqa: E402
from game.records import AttemptFilter, Store  # noqa: E402
from game.records.config import Config  # noqa: E402
from game.records.export import write_csv  # noqa: E402
from game.scenario import load_scenario  # noqa: E402


def _play(store: Store, player: int, scenario, round_: int, times: list[float] | None = None) -> int:
    session = Session(scenario)
    attempt = store.start_attempt(player, session)
    while not session.finished:
        outcome = session.choose((len(session.history) + round_) % len(session.choices) + 1)
        start = time.perf_counter()
        store.record_decision(attempt, outcome, 4.0, session)
        if times is not None:
            times.append(time.perf_counter() - start)
    return len(session.history)


def _ms(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[int(len(ordered) * 0.95)]
    return f"median {statistics.median(ordered) * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms over {len(ordered)}"


def _folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.iterdir() if p.is_file())


def bench_bytes(folder: Path, scenario, config: Config) -> None:
    """Decisions recorded as a station records them (each attempt opening and closing the store)."""
    for target in (200, 2000):
        data = folder / f"bytes-{target}"
        decisions = round_ = 0
        while decisions < target:
            with Store.open(data, config) as store:
                players = store.players() or [store.create_player("Rosa", station="Comisaría Yarinacocha")]
                decisions += _play(store, players[0].id, scenario, round_)
                waiting = store.outbox_status().waiting
            round_ += 1
        size = _folder_bytes(data)
        print(
            f"records folder after {decisions:,} decisions ({round_} attempts, {waiting:,} statements "
            f"waiting, no LRS): {size:,} bytes = {size / decisions:.0f} bytes per decision"
        )


def bench_path(folder: Path, config: Config, length: int) -> None:
    """record_decision at the start and at the end of one long path (synthetic scenario, its spine)."""
    file = folder / "camino" / "sintetico.yaml"  # the id synthetic scenarios have
    file.parent.mkdir()
    file.write_text(
        yaml.safe_dump(synthetic(length + length // 4, seed=3, conditions=False), allow_unicode=True),
        encoding="utf-8",
    )
    scenario = load_scenario(file)
    with Store.open(folder / "path", config) as store:
        session = Session(scenario)
        attempt = store.start_attempt(store.create_player("Rosa").id, session)
        times = []
        while not session.finished:
            outcome = session.choose(1)  # the spine: the longest path
            start = time.perf_counter()
            store.record_decision(attempt, outcome, 4.0, session)
            times.append(time.perf_counter() - start)
    first, last = times[:200], times[-200:]
    print(
        f"record_decision along one path of {len(times):,} decisions: first 200 {_ms(first)}; "
        f"last 200 {_ms(last)} (ratio {statistics.median(last) / statistics.median(first):.2f})"
    )


def bench_export(folder: Path, scenario, config: Config, attempts: int) -> None:
    """Fill a store through the API, then the decisions CSV beside plain sqlite3 + csv, and Store.open."""
    with Store.open(folder / "export", config) as store:
        store._conn.execute("PRAGMA synchronous=OFF")  # only to fill it faster; the export only reads
        players = [
            store.create_player(f"Oficial {n}", badge=str(10000 + n), station="Comisaría Ñaña").id
            for n in range(50)
        ]
        start = time.perf_counter()
        decisions = sum(_play(store, players[n % len(players)], scenario, n) for n in range(attempts))
        print(
            f"filled {attempts:,} attempts ({decisions:,} decisions) in {time.perf_counter() - start:.1f} s; "
            f"file {store.path.stat().st_size / 1e6:.1f} MB = {store.path.stat().st_size / decisions:.0f} "
            "bytes per decision"
        )
        path = store.path

    def plain() -> int:
        conn = sqlite3.connect(path)
        rows = conn.execute(
            "SELECT a.id, p.id, p.nickname, p.station, a.scenario_id, a.scenario_version, d.number, "
            "d.state, d.choice, d.seconds, d.made, d.deltas FROM decisions d "
            "JOIN attempts a ON a.id = d.attempt_id JOIN players p ON p.id = a.player_id "
            "ORDER BY d.attempt_id, d.number"
        )
        out = io.StringIO()
        csv.writer(out).writerows(rows)
        conn.close()
        return out.tell()

    def ours() -> int:
        with Store.open(path.parent, config) as store:
            out = io.StringIO()
            write_csv(store, out, AttemptFilter(), "decisions")
            return out.tell()

    figures = {}
    for name, run in (("plain sqlite3 + csv", plain), ("report --rows decisions", ours)):
        best = min(_timed(run) for _ in range(3))
        figures[name] = best
        print(f"CSV of {decisions:,} decisions, {name:<24}: {best:.2f} s (best of 3)")
    ratio = figures["report --rows decisions"] / figures["plain sqlite3 + csv"]
    print(f"CSV ratio (ours / plain sqlite3 + csv): {ratio:.2f}x")
    for label, check, unclean in (
        ("clean shutdown (header and schema)", False, False),
        ("after an unclean shutdown (quick_check)", False, True),
        ("on request, check=True (integrity_check)", True, False),
    ):
        mark = Path(f"{path}-check")
        if unclean:
            mark.touch()  # what damage seen in use, or a log left behind, asks for
        start = time.perf_counter()
        Store.open(path.parent, config, check=check).close()
        print(f"Store.open, {label:<42}: {(time.perf_counter() - start) * 1000:.0f} ms")


def _timed(run) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--attempts", type=int, default=10_000)
    parser.add_argument("--path-length", type=int, default=2_000)
    parser.add_argument("--folder", type=Path)
    args = parser.parse_args()
    scenario = load_scenario(paths.scenarios_dir() / "sala-de-espera.yaml")
    with tempfile.TemporaryDirectory(dir=args.folder) as name:
        folder = Path(name)
        config = Config(folder / "none.toml", False)
        print(f"records in {folder}; Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}")
        bench_bytes(folder, scenario, config)
        bench_path(folder, config, args.path_length)
        bench_export(folder, scenario, config, args.attempts)


if __name__ == "__main__":
    main()
