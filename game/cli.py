"""The command line: play, validate, map, schema, and the records commands report, sync, config."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Sequence

from . import __version__, paths
from .authoring import commands as authoring_commands
from .records import commands as records_commands
from .scenario import ScenarioError, bundled_catalog, scenario_files, validate
from .scenario import messages
from .scenario.problems import ERROR, WARNING

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with one sub-command per task."""
    parser = argparse.ArgumentParser(
        prog="modo-ninez",
        description="Policía en Modo Niñez: a training game for receiving children at police stations.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    play = sub.add_parser("play", help="open the game (the default), or play one scenario (--text: in a terminal)")
    play.add_argument("scenario", nargs="?", help="a scenario file to play straight away (needed with --text)")
    play.add_argument("--text", action="store_true", help="play in the terminal, reading choice numbers")
    play.add_argument("--lang", choices=["es", "en"], help="language (default: es, or the game's setting)")
    play.add_argument("--size", type=_size, default=(1280, 720), metavar="WxH", help="window size (default 1280x720)")
    play.add_argument("--watch", action="store_true",
                      help="reload the scenario when its file is saved, showing problems on screen (authors)")
    play.add_argument("--start-at", metavar="STATE", help="begin at this state instead of the start (authors)")
    play.add_argument("--first-frame", type=Path, metavar="PNG",
                      help="draw the first screen into this PNG file and exit (a start-up check)")

    shots = sub.add_parser("screenshots", help="render every screen to PNG files (no display needed)")
    shots.add_argument("outdir", help="the folder to write into")
    shots.add_argument("--size", type=_size, default=(1280, 720), metavar="WxH", help="window size (default 1280x720)")
    shots.add_argument("--lang", choices=["es", "en"], default="es")
    shots.add_argument("--workshop", action="store_true", help="the facilitator's screens instead")

    check = sub.add_parser("validate", help="check scenario files and report every problem")
    check.add_argument("paths", nargs="+", help="scenario files or folders")
    check.add_argument("--format", choices=["text", "json"], default="text")
    check.add_argument("--lang", choices=["es", "en"],
                       help="language of the messages (default: MODO_NINEZ_LANG, else the system's)")

    graph = sub.add_parser("map", help="the scenario's state graph: Mermaid or DOT text, or an SVG or PNG picture")
    graph.add_argument("scenario", help="a scenario file")
    graph.add_argument("--format", choices=["mermaid", "dot", "svg", "png"], default="mermaid")
    graph.add_argument("--output", type=Path, metavar="FILE", help="write here (needed for png; default stdout)")
    graph.add_argument("--lang", choices=["es", "en"], default="es", help="language of the card texts")

    notes = sub.add_parser("trainer-notes", help="write the facilitators' page of the bundled scenarios (Markdown)")
    notes.add_argument("--lang", choices=["es", "en"], default="es")
    notes.add_argument("--output", type=Path, metavar="FILE", help="write here (default stdout)")

    schema = sub.add_parser("schema", help="write the scenario JSON Schema (draft-07)")
    schema.add_argument("--output", default=str(paths.schema_path()), help="where to write it ('-' for stdout)")

    records_commands.register(parser, sub)
    authoring_commands.register(parser, sub)
    report = sub.choices["report"]
    report.add_argument("--workshop", type=int, metavar="ID",
                        help="a workshop's report instead: HTML (default, --format csv for the votes)")
    report.add_argument("--lang", choices=["es", "en"], default="es", help="language of a workshop report")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*(argv or sys.argv[1:]), "play"])
    try:
        return _COMMANDS[args.command](args)
    except ScenarioError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the output was piped to a program that stopped reading (e.g. `head`)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def cmd_validate(args: argparse.Namespace) -> int:
    """Validate files and folders; exit 0 if valid (warnings allowed), 1 if problems, 2 on bad usage."""
    files: list[Path] = []
    for name in args.paths:
        path = Path(name)
        if path.is_dir():
            files.extend(scenario_files(path))
        elif path.is_file():
            files.append(path)
        else:
            print(f"modo-ninez validate: no such file or folder: {name}", file=sys.stderr)
            return EXIT_USAGE
    messages.use(args.lang)
    catalog = bundled_catalog()
    reports = [validate(f, catalog) for f in files]
    problems = [p for r in reports for p in r.problems]
    errors = sum(p.severity == ERROR for p in problems)
    warnings = sum(p.severity == WARNING for p in problems)
    if args.format == "json":
        json.dump({"files": len(files), "errors": errors, "warnings": warnings,
                   "problems": [p.as_dict() for p in problems]}, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for problem in problems:
            print(problem)
        states = sum(len(r.scenario.states) for r in reports if r.scenario)
        print(messages._("{files} file(s), {states} state(s): {errors} error(s), {warnings} warning(s)").format(
            files=len(files), states=states, errors=errors, warnings=warnings))
    return EXIT_PROBLEMS if errors else EXIT_OK


def cmd_play(args: argparse.Namespace) -> int:
    """Open the game window, or play a scenario in the terminal with --text."""
    from .scenario import load_scenario

    if args.text:
        from .textplay import play_text

        if not args.scenario:
            print("modo-ninez play --text: name a scenario file", file=sys.stderr)
            return EXIT_USAGE
        scenario = load_scenario(_existing(args.scenario))
        return play_text(scenario, bundled_catalog(), args.lang or "es", sys.stdin, sys.stdout)
    from .ui.launch import run_game

    if args.watch:
        if not args.scenario:
            print("modo-ninez play --watch: name a scenario file", file=sys.stderr)
            return EXIT_USAGE
        return run_game(args.data_dir, args.size, args.lang, None, args.first_frame,
                        watch=_existing(args.scenario), start_at=args.start_at)
    scenario = load_scenario(_existing(args.scenario)) if args.scenario else None
    return run_game(args.data_dir, args.size, args.lang, scenario, args.first_frame, start_at=args.start_at)


def cmd_screenshots(args: argparse.Namespace) -> int:
    """Render every scene headless into a folder."""
    from .ui.screenshots import take_screenshots, take_workshop_screenshots

    take = take_workshop_screenshots if args.workshop else take_screenshots
    for path in take(Path(args.outdir), args.size, args.lang):
        print(path)
    return EXIT_OK


def cmd_map(args: argparse.Namespace) -> int:
    """Write the state graph as Mermaid, DOT, SVG or PNG."""
    from .scenario import load_scenario

    scenario = load_scenario(_existing(args.scenario))
    if args.format == "png":
        if not args.output:
            print("modo-ninez map: --format png needs --output FILE", file=sys.stderr)
            return EXIT_USAGE
        from .ui.mapexport import save_png

        save_png(scenario, args.lang, args.output)
        print(f"wrote {args.output}")
        return EXIT_OK
    if args.format == "svg":
        from .mapsvg import to_svg

        text = to_svg(scenario, args.lang)
    else:
        from .graph_text import to_dot, to_mermaid

        text = to_mermaid(scenario) if args.format == "mermaid" else to_dot(scenario)
    return _emit(text, args.output)


def cmd_trainer_notes(args: argparse.Namespace) -> int:
    """Write the facilitators' page from the bundled scenarios."""
    from .authoring.trainer_page import render
    from .scenario.library import load_library

    catalog = bundled_catalog()
    reports = load_library([paths.scenarios_dir()], catalog)
    return _emit(render([r.scenario for r in reports if r.scenario], catalog.principles, args.lang), args.output)


def cmd_schema(args: argparse.Namespace) -> int:
    """Write the JSON Schema generated from the scenario model."""
    from .scenario.jsonschema import scenario_schema

    text = json.dumps(scenario_schema(), ensure_ascii=False, indent=2) + "\n"
    return _emit(text, None if args.output == "-" else Path(args.output))


def _emit(text: str, output: Path | None) -> int:
    """Write a command's text to a file (saying so) or to standard output."""
    if output is None:
        sys.stdout.write(text)
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
        print(f"wrote {output}")
    return EXIT_OK


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT such as 1280x720, got {text!r}") from None
    if w < 320 or h < 240:
        raise argparse.ArgumentTypeError("the window must be at least 320x240")
    return w, h


def _existing(name: str) -> Path:
    path = Path(name)
    if not path.is_file():
        raise SystemExit(f"modo-ninez: no such scenario file: {name}")
    return path


def cmd_report(args: argparse.Namespace) -> int:
    """The records report, or with --workshop the workshop's one-page report."""
    if args.workshop is None:
        return records_commands.HANDLERS["report"](args)
    from .workshop.export import write_workshop_report

    return write_workshop_report(args)


_COMMANDS = {"play": cmd_play, "validate": cmd_validate, "map": cmd_map, "schema": cmd_schema,
             "screenshots": cmd_screenshots, "trainer-notes": cmd_trainer_notes,
             **records_commands.HANDLERS, "report": cmd_report, **authoring_commands.HANDLERS}
