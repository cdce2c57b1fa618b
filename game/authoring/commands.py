"""The authoring commands of `python -m game`: new, translations, stats."""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from .. import paths
from ..records.commands import opened, reports_errors, parse_since
from ..scenario import bundled_catalog, load_scenario
from ..scenario.model import Scenario
from ..scenario.schema import SAFE_ID_PATTERN
from . import exchange, stats, translations
from .starter import StarterError, default_folder, write_starter
from .texts import CURRENT, MISSING, STALE, UNCHECKED, TextFile, read_texts

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def register(parser: argparse.ArgumentParser, subparsers: argparse._SubParsersAction) -> None:
    """Add the new, translations and stats sub-commands (after the records commands: stats reads records)."""
    new = subparsers.add_parser("new", help="write a starter scenario that validates, with comments that teach")
    new.add_argument("id", help="the scenario id, also the file name: lowercase letters, digits, '_' and '-'")
    new.add_argument("--folder", type=Path, help=f"where to write it (default: {default_folder()})")
    new.add_argument("--lang", choices=["es", "en"], default="es", help="language of the comments (default es)")

    words = subparsers.add_parser(
        "translations", help="list missing or stale English; export it for a translator and import it back")
    words.add_argument("scenarios", nargs="+", metavar="SCENARIO", help="scenario files")
    action = words.add_mutually_exclusive_group()
    action.add_argument("--export", type=Path, metavar="FILE",
                        help="write every text of one scenario to FILE.csv or FILE.po for a translator")
    action.add_argument("--import", dest="import_from", type=Path, metavar="FILE",
                        help="take the translated English of FILE.csv or FILE.po into the scenario")
    action.add_argument("--mark-current", action="store_true",
                        help="record that the English matches the Spanish as it is now (writes en_from)")
    words.add_argument("--id", dest="ids", action="append", metavar="TEXT_ID",
                       help="with --mark-current: only this text, e.g. states.llegada.text (repeatable)")

    chosen = subparsers.add_parser("stats", help="what officers chose in a scenario: choices, competencies lost, "
                                                 "endings (from the records)")
    chosen.add_argument("scenario", help="a scenario file, or the id of a scenario in the scenarios folder")
    chosen.add_argument("--since", type=parse_since, metavar="DATE",
                        help="attempts started on or after this date or time (local), e.g. 2025-03-01")
    chosen.add_argument("--format", choices=["text", "json"], default="text")
    chosen.add_argument("--lang", choices=["es", "en"], default="es", help="language of the scenario's texts")
    chosen.add_argument("--data-dir", metavar="FOLDER", default=argparse.SUPPRESS,
                        help="the records folder (default: $MODO_NINEZ_DATA_DIR, else the user's data folder)")


def cmd_new(args: argparse.Namespace) -> int:
    """Write the starter scenario and say what to do next."""
    try:
        path = write_starter(args.id, args.folder, args.lang)
    except StarterError as exc:
        print(f"modo-ninez new: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        print(f"modo-ninez new: cannot write there: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"wrote {path}")
    print(f"next: edit it, then `python -m game validate {path}` and `python -m game play --text {path}`")
    return EXIT_OK


def cmd_translations(args: argparse.Namespace) -> int:
    """List, export, import or mark; exit 1 when a file has problems or (listing) English is missing or stale."""
    if (args.export or args.import_from) and len(args.scenarios) != 1:
        print("modo-ninez translations: --export and --import take one scenario file", file=sys.stderr)
        return EXIT_USAGE
    if args.ids and not args.mark_current:
        print("modo-ninez translations: --id goes with --mark-current", file=sys.stderr)
        return EXIT_USAGE
    files = [read_texts(name) for name in args.scenarios]
    broken = [p for tf in files if tf.entries is None for p in tf.problems]
    for problem in broken:
        print(problem, file=sys.stderr)
    if broken:
        return EXIT_PROBLEMS
    try:
        if args.export:
            count = exchange.export(files[0], args.export)
            print(f"wrote {count} text(s) to {args.export}")
            return EXIT_OK
        if args.import_from:
            return _import(files[0], args.import_from)
        if args.mark_current:
            for tf in files:
                marked = translations.mark_current(tf, args.ids)
                print(f"{tf.path}: marked {len(marked)} English text(s) as current")
            return EXIT_OK
    except (exchange.ExchangeError, translations.TranslationError, OSError) as exc:
        print(f"modo-ninez translations: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    return _list(files)


def _list(files: list[TextFile]) -> int:
    waiting = 0
    for tf in files:
        for entry in translations.todo(tf) if "en" in tf.languages else []:
            line, column = tf.doc.locate(entry.where + (("en",) if entry.status == STALE else ()))
            print(f"{tf.path}:{line}:{column}: {entry.status}: {entry.id}")
        counts = {status: 0 for status in (MISSING, STALE, CURRENT, UNCHECKED)}
        for entry in tf.entries:
            counts[entry.status] += 1
        wanted = "en" in tf.languages  # a Spanish-only scenario misses no English
        waiting += (counts[MISSING] if wanted else 0) + counts[STALE]
        print(f"{tf.path}: {len(tf.entries)} text(s): " + ", ".join(f"{n} {s}" for s, n in counts.items())
              + ("" if wanted else " (a Spanish-only scenario: languages lists no en)"))
    return EXIT_PROBLEMS if waiting else EXIT_OK


def _import(tf: TextFile, source: Path) -> int:
    rows, scenario_id = exchange.read(source)
    if scenario_id and scenario_id != tf.scenario_id:
        print(f"modo-ninez translations: {source} was exported from '{scenario_id}', not '{tf.scenario_id}'",
              file=sys.stderr)
        return EXIT_PROBLEMS
    result = translations.import_rows(tf, rows)
    print(f"{tf.path}: {len(result.updated)} English text(s) updated, {len(result.confirmed)} confirmed; "
          f"{len(result.not_ready)} left out (empty, fuzzy, or stale and unchanged)")
    if result.unknown:
        print(f"  {len(result.unknown)} id(s) not in this scenario, ignored: {_some(result.unknown)}")
    if result.spanish_changed:
        print(f"  {len(result.spanish_changed)} text(s) changed in Spanish after the export and stay stale: "
              f"{_some(result.spanish_changed)}")
    return EXIT_OK


def _some(ids: list[str], shown: int = 5) -> str:
    return ", ".join(ids[:shown]) + (" ..." if len(ids) > shown else "")


@reports_errors
def cmd_stats(args: argparse.Namespace) -> int:
    """Print what officers chose in one scenario."""
    scenario = _scenario(args.scenario)
    if scenario is None:
        print(f"modo-ninez stats: no scenario file or scenario id '{args.scenario}'", file=sys.stderr)
        return EXIT_USAGE
    with opened(args) as store:
        found = stats.collect(store, scenario, args.since)
    if args.format == "json":
        json.dump(stats.as_json(found, scenario, args.lang), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        names = {pid: p.name.get(args.lang) for pid, p in bundled_catalog().principles.items()}
        sys.stdout.write(stats.as_text(found, scenario, names, args.lang))
    return EXIT_OK


def _scenario(name: str) -> Scenario | None:
    """A scenario file, else the scenario of that id in the folders the game reads."""
    path = Path(name)
    if path.is_file():
        return load_scenario(path)
    if re.fullmatch(SAFE_ID_PATTERN, name):
        for folder in reversed(paths.scenario_folders()):
            if (folder / f"{name}.yaml").is_file():
                return load_scenario(folder / f"{name}.yaml")
    return None


HANDLERS = {"new": cmd_new, "translations": cmd_translations, "stats": cmd_stats}
