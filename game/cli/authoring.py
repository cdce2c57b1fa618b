"""The authoring commands: new, translations, stats."""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .. import paths
from .common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, _, fail, opened, parse_since, reports_errors, say
from .records import data_dir_option

if TYPE_CHECKING:
    from ..authoring.texts import TextFile
    from ..scenario.model import Scenario


def register(sub: argparse._SubParsersAction) -> None:
    """Add the new, translations and stats sub-commands."""
    new = sub.add_parser("new", help=_("write a starter scenario that validates, with comments that teach"))
    new.add_argument(
        "id", help=_("the scenario id, also the file name: lowercase letters, digits, '_' and '-'")
    )
    new.add_argument("--folder", type=Path, help=_("where to write it (default: the current folder)"))
    new.add_argument(
        "--lang", choices=["es", "en"], default="es", help=_("language of the comments (default es)")
    )
    new.set_defaults(run=cmd_new)

    words = sub.add_parser(
        "translations", help=_("list missing or stale English; export it for a translator and import it back")
    )
    words.add_argument(
        "scenarios",
        nargs="*",
        metavar="SCENARIO",
        help=_("scenario files (default: the bundled scenarios and your own)"),
    )
    action = words.add_mutually_exclusive_group()
    action.add_argument(
        "--export",
        type=Path,
        metavar="FILE",
        help=_("write every text of one scenario to FILE.csv or FILE.po for a translator"),
    )
    action.add_argument(
        "--import",
        dest="import_from",
        type=Path,
        metavar="FILE",
        help=_("take the translated English of FILE.csv or FILE.po into the scenario"),
    )
    action.add_argument(
        "--mark-current",
        action="store_true",
        help=_("record that the English matches the Spanish as it is now (writes en_from)"),
    )
    words.add_argument(
        "--id",
        dest="ids",
        action="append",
        metavar="TEXT_ID",
        help=_("with --mark-current: only this text, e.g. states.llegada.text (repeatable)"),
    )
    words.set_defaults(run=cmd_translations)

    chosen = sub.add_parser(
        "stats",
        parents=[data_dir_option()],
        help=_("what officers chose in a scenario: choices, competencies lost, endings (from the records)"),
    )
    chosen.add_argument(
        "scenario", help=_("a scenario file, or the id of a scenario in the scenarios folder")
    )
    chosen.add_argument(
        "--since",
        type=parse_since,
        metavar="DATE",
        help=_("attempts started on or after this date or time (local), e.g. 2025-03-01"),
    )
    chosen.add_argument("--format", choices=["text", "json"], default="text")
    chosen.add_argument(
        "--lang", choices=["es", "en"], default="es", help=_("language of the scenario's texts")
    )
    chosen.set_defaults(run=cmd_stats)


def cmd_new(args: argparse.Namespace) -> int:
    """Write the starter scenario and say what to do next."""
    from ..authoring.starter import StarterError, write_starter

    try:
        path = write_starter(args.id, args.folder, args.lang)
    except StarterError as exc:
        fail("new", str(exc))
        return EXIT_USAGE
    except OSError as exc:
        fail("new", _("cannot write there: {reason}").format(reason=exc))
        return EXIT_PROBLEMS
    say(_("wrote {path}").format(path=path))
    say(
        _("next: edit it, then `{command} validate {path}` and `{command} play --text {path}`").format(
            path=path, command=paths.command()
        )
    )
    return EXIT_OK


def cmd_translations(args: argparse.Namespace) -> int:
    """List, export, import or mark; exit 1 when a file has
    problems or (listing) English is missing or stale."""
    from ..authoring import exchange, translations
    from ..authoring.texts import read_texts

    if (args.export or args.import_from) and len(args.scenarios) != 1:
        fail("translations", _("--export and --import take one scenario file"))
        return EXIT_USAGE
    if args.ids and not args.mark_current:
        fail("translations", _("--id goes with --mark-current"))
        return EXIT_USAGE
    from ..scenario import scenario_files

    named = args.scenarios or [str(f) for folder in paths.scenario_folders() for f in scenario_files(folder)]
    files = [read_texts(name) for name in named]
    broken = [p for tf in files if tf.entries is None for p in tf.problems]
    for problem in broken:
        say(problem, err=True)
    if broken:
        return EXIT_PROBLEMS
    try:
        if args.export:
            count = exchange.export(files[0], args.export)
            say(_("wrote {count} text(s) to {path}").format(count=count, path=args.export))
            return EXIT_OK
        if args.import_from:
            return _import(files[0], args.import_from)
        if args.mark_current:
            for tf in files:
                marked = translations.mark_current(tf, args.ids)
                say(
                    _("{path}: marked {count} English text(s) as current").format(
                        path=tf.path, count=len(marked)
                    )
                )
            return EXIT_OK
    except exchange.ExchangeError as exc:
        fail("translations", exc.told(_))
        return EXIT_PROBLEMS
    except (translations.TranslationError, OSError) as exc:
        fail("translations", str(exc))
        return EXIT_PROBLEMS
    return _list(files)


def _list(files: list[TextFile]) -> int:
    from ..authoring import translations
    from ..authoring.texts import CURRENT, MISSING, STALE, UNCHECKED

    status_words = {
        MISSING: _("missing"),
        STALE: _("stale"),
        CURRENT: _("current"),
        UNCHECKED: _("unchecked"),
    }
    waiting = 0
    for tf in files:
        for entry in translations.todo(tf) if "en" in tf.languages else []:
            line, column = tf.doc.locate(entry.where + (("en",) if entry.status == STALE else ()))
            say(f"{tf.path}:{line}:{column}: {status_words[entry.status]}: {entry.id}")
        counts = {status: 0 for status in status_words}
        for entry in tf.entries or []:
            counts[entry.status] += 1
        wanted = "en" in tf.languages  # a Spanish-only scenario misses no English
        waiting += (counts[MISSING] if wanted else 0) + counts[STALE]
        say(
            _("{path}: {count} text(s): ").format(path=tf.path, count=len(tf.entries or []))
            + ", ".join(f"{n} {status_words[s]}" for s, n in counts.items())
            + ("" if wanted else " " + _("(a Spanish-only scenario: languages lists no en)"))
        )
    return EXIT_PROBLEMS if waiting else EXIT_OK


def _import(tf: TextFile, source: Path) -> int:
    from ..authoring import exchange, translations

    rows, scenario_id = exchange.read(source)
    if scenario_id and scenario_id != tf.scenario_id:
        fail(
            "translations",
            _("{source} was exported from '{exported}', not '{scenario}'").format(
                source=source, exported=scenario_id, scenario=tf.scenario_id
            ),
        )
        return EXIT_PROBLEMS
    result = translations.import_rows(tf, rows)
    say(
        _(
            "{path}: {updated} English text(s) updated, {confirmed} confirmed; "
            "{left} left out (empty, fuzzy, or stale and unchanged)"
        ).format(
            path=tf.path,
            updated=len(result.updated),
            confirmed=len(result.confirmed),
            left=len(result.not_ready),
        )
    )
    if result.unknown:
        say(
            "  "
            + _("{count} id(s) not in this scenario, ignored: {ids}").format(
                count=len(result.unknown), ids=_some(result.unknown)
            )
        )
    if result.spanish_changed:
        say(
            "  "
            + _("{count} text(s) changed in Spanish after the export and stay stale: {ids}").format(
                count=len(result.spanish_changed), ids=_some(result.spanish_changed)
            )
        )
    return EXIT_OK


def _some(ids: list[str], shown: int = 5) -> str:
    return ", ".join(ids[:shown]) + (" ..." if len(ids) > shown else "")


@reports_errors
def cmd_stats(args: argparse.Namespace) -> int:
    """Print what officers chose in one scenario."""
    from ..authoring import stats
    from ..scenario import bundled_catalog

    scenario = _scenario(args.scenario)
    if scenario is None:
        fail("stats", _("no scenario file or scenario id '{name}'").format(name=args.scenario))
        return EXIT_USAGE
    with opened(args) as store:
        found = stats.collect(store, scenario, args.since)
    if args.format == "json":
        json.dump(stats.as_json(found, scenario, args.lang), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        names = {pid: p.name.get(args.lang) for pid, p in bundled_catalog().principles.items()}
        sys.stdout.write(stats.as_text(found, scenario, names, args.lang, _))
    return EXIT_OK


def _scenario(name: str) -> Scenario | None:
    """A scenario file, else the scenario of that id in the folders the game reads."""
    from ..scenario import load_scenario
    from ..scenario.schema import SAFE_ID_PATTERN

    path = Path(name)
    if path.is_file():
        return load_scenario(path)
    if re.fullmatch(SAFE_ID_PATTERN, name):
        for folder in reversed(paths.scenario_folders()):
            if (folder / f"{name}.yaml").is_file():
                return load_scenario(folder / f"{name}.yaml")
    return None
