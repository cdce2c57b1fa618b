"""Commands about scenario files: validate, map, schema, trainer-notes."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .. import paths
from . import language
from .common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, _, emit, fail, load, say

if TYPE_CHECKING:
    from ..scenario import Report


def register(sub: argparse._SubParsersAction) -> None:
    """Add the validate, map, schema and trainer-notes sub-commands."""
    check = sub.add_parser("validate", help=_("check scenario files and report every problem"))
    check.add_argument(
        "paths",
        nargs="*",
        help=_("scenario files or folders (default: the bundled scenarios and your own, {folder})").format(
            folder=paths.user_scenarios_dir()
        ),
    )
    check.add_argument("--format", choices=["text", "json"], default="text")
    check.add_argument(
        "--strict",
        action="store_true",
        help=_("treat warnings (the guide's teaching rules, missing translations) as errors"),
    )
    check.add_argument(
        "--lang",
        choices=["es", "en"],
        help=_("language of the messages (default: MODO_NINEZ_LANG, else the system's)"),
    )
    check.set_defaults(run=cmd_validate)

    graph = sub.add_parser(
        "map", help=_("the scenario's state graph: Mermaid or DOT text, or an SVG or PNG picture")
    )
    graph.add_argument("scenario", help=_("a scenario file"))
    graph.add_argument("--format", choices=["mermaid", "dot", "svg", "png"], default="mermaid")
    graph.add_argument(
        "--output", type=Path, metavar="FILE", help=_("write here (needed for png; default stdout)")
    )
    graph.add_argument("--lang", choices=["es", "en"], default="es", help=_("language of the card texts"))
    graph.set_defaults(run=cmd_map)

    notes = sub.add_parser(
        "trainer-notes", help=_("write the facilitators' page of the bundled scenarios (Markdown)")
    )
    notes.add_argument("--lang", choices=["es", "en"], default="es")
    notes.add_argument("--output", type=Path, metavar="FILE", help=_("write here (default stdout)"))
    notes.set_defaults(run=cmd_trainer_notes)

    schema = sub.add_parser("schema", help=_("write the scenario JSON Schema (draft-07)"))
    schema.add_argument(
        "--output",
        default="scenario.schema.json",
        help=_("where to write it ('-' for stdout; default: scenario.schema.json here)"),
    )
    schema.set_defaults(run=cmd_schema)


def cmd_validate(args: argparse.Namespace) -> int:
    """Validate files and folders; exit 0 if valid (warnings allowed), 1 if problems, 2 on bad usage."""
    from ..scenario import bundled_catalog, messages, scenario_files, validate
    from ..scenario.library import check_unique_ids

    files: list[Path] = []
    named = args.paths or [str(folder) for folder in paths.scenario_folders() if folder.is_dir()]
    for name in named:
        path = Path(name)
        if path.is_dir():
            files.extend(scenario_files(path))
        elif path.is_file():
            files.append(path)
        else:
            fail("validate", _("no such file or folder: {name}").format(name=name))
            return EXIT_USAGE
    if not args.paths:  # as the game lists them: your own file replaces a bundled one of the same name
        files = list({path.name: path for path in files}.values())
    messages.use(args.lang or language.current())
    try:
        catalog = bundled_catalog()
        reports = [validate(f, catalog) for f in files]
        check_unique_ids(reports)
        return _report(reports, args.format, args.strict)
    finally:
        messages.use(None)


def _report(reports: list[Report], fmt: str, strict: bool = False) -> int:
    """Print every problem and a summary line (or the JSON document); exit 1 when there are errors (with
    `strict`, every warning is one)."""
    from dataclasses import replace

    from ..scenario import messages
    from ..scenario.problems import ERROR, WARNING

    problems = [p for r in reports for p in r.problems]
    if strict:
        problems = [replace(p, severity=ERROR) for p in problems]
    errors = sum(p.severity == ERROR for p in problems)
    warnings = sum(p.severity == WARNING for p in problems)
    if fmt == "json":
        json.dump(
            {
                "files": len(reports),
                "errors": errors,
                "warnings": warnings,
                "problems": [p.as_dict() for p in problems],
            },
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        print()
    else:
        for problem in problems:
            say(problem)
        states = sum(len(r.scenario.states) for r in reports if r.scenario)
        say(
            messages._("{files} file(s), {states} state(s): {errors} error(s), {warnings} warning(s)").format(
                files=len(reports), states=states, errors=errors, warnings=warnings
            )
        )
    return EXIT_PROBLEMS if errors else EXIT_OK


def cmd_map(args: argparse.Namespace) -> int:
    """Write the state graph as Mermaid, DOT, SVG or PNG."""
    scenario = load(args.scenario)
    if args.format == "png":
        if not args.output:
            fail("map", _("--format png needs --output FILE"))
            return EXIT_USAGE
        from ..ui.mapdraw import save_png

        save_png(scenario, args.lang, args.output)
        say(_("wrote {path}").format(path=args.output))
        return EXIT_OK
    if args.format == "svg":
        from ..map.svg import to_svg

        text = to_svg(scenario, args.lang)
    else:
        from ..map.text import to_dot, to_mermaid

        text = to_mermaid(scenario) if args.format == "mermaid" else to_dot(scenario)
    return emit(text, args.output)


def cmd_trainer_notes(args: argparse.Namespace) -> int:
    """Write the facilitators' page from the bundled scenarios."""
    from ..authoring.trainer_page import render
    from ..scenario import bundled_catalog
    from ..scenario.library import load_library

    catalog = bundled_catalog()
    reports = load_library([paths.scenarios_dir()], catalog)
    return emit(
        render([r.scenario for r in reports if r.scenario], catalog.principles, args.lang), args.output
    )


def cmd_schema(args: argparse.Namespace) -> int:
    """Write the JSON Schema generated from the scenario model."""
    from ..scenario.jsonschema import scenario_schema

    text = json.dumps(scenario_schema(), ensure_ascii=False, indent=2) + "\n"
    return emit(text, None if args.output == "-" else Path(args.output))
