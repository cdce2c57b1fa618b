"""Commands that play or show the game: play (window or terminal) and screenshots."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..preferences import TEXT_SIZES
from .common import EXIT_OK, EXIT_USAGE, _, existing, fail, say, window_size


def register(sub: argparse._SubParsersAction) -> None:
    """Add the play and screenshots sub-commands."""
    play = sub.add_parser(
        "play", help=_("open the game (the default), or play one scenario (--text: in a terminal)")
    )
    play.add_argument(
        "scenario", nargs="?", help=_("a scenario file to play straight away (needed with --text)")
    )
    play.add_argument("--text", action="store_true", help=_("play in the terminal, reading choice numbers"))
    play.add_argument("--lang", choices=["es", "en"], help=_("language (default: es, or the game's setting)"))
    play.add_argument(
        "--size",
        type=window_size,
        default=(1280, 720),
        metavar="WxH",
        help=_("window size (default 1280x720)"),
    )
    play.add_argument(
        "--watch",
        action="store_true",
        help=_("reload the scenario when its file is saved, showing problems on screen (authors)"),
    )
    play.add_argument(
        "--start-at", metavar="STATE", help=_("begin at this state instead of the start (authors)")
    )
    play.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="VAR=N",
        help=_("with --text: start with a declared variable at this value, e.g. comfort=70 (authors)"),
    )
    play.add_argument(
        "--no-record",
        action="store_true",
        help=_("do not record this play (an author's draft); every play is recorded otherwise"),
    )
    play.add_argument(
        "--first-frame",
        type=Path,
        metavar="PNG",
        help=_("draw the first screen into this PNG file and exit (a start-up check)"),
    )
    play.set_defaults(run=cmd_play)

    shots = sub.add_parser("screenshots", help=_("render every screen to PNG files (no display needed)"))
    shots.add_argument("outdir", help=_("the folder to write into"))
    shots.add_argument(
        "--size",
        type=window_size,
        default=(1280, 720),
        metavar="WxH",
        help=_("window size (default 1280x720)"),
    )
    shots.add_argument("--lang", choices=["es", "en"], default="es")
    shots.add_argument("--workshop", action="store_true", help=_("the facilitator's screens instead"))
    shots.add_argument(
        "--text-size",
        type=int,
        choices=range(1, len(TEXT_SIZES) + 1),
        metavar="1-4",
        help=_("text size setting, 1 (smallest) to 4 (very large)"),
    )
    shots.add_argument("--high-contrast", action="store_true", help=_("the high-contrast theme"))
    shots.set_defaults(run=cmd_screenshots)


def cmd_play(args: argparse.Namespace) -> int:
    """Open the game window, or play a scenario in the terminal with --text."""
    if args.text:
        from ..textplay import run_text

        if not args.scenario:
            fail("play --text", _("name a scenario file"))
            return EXIT_USAGE
        return run_text(
            existing(args.scenario),
            args.lang or "es",
            args.data_dir,
            args.start_at,
            args.set,
            not args.no_record,
        )
    from ..ui.launch import run_game

    if args.watch:
        if not args.scenario:
            fail("play --watch", _("name a scenario file"))
            return EXIT_USAGE
        return run_game(
            args.data_dir,
            args.size,
            args.lang,
            None,
            args.first_frame,
            watch=existing(args.scenario),
            start_at=args.start_at,
        )
    chosen = existing(args.scenario) if args.scenario else None
    return run_game(
        args.data_dir,
        args.size,
        args.lang,
        chosen,
        args.first_frame,
        start_at=args.start_at,
        record=not args.no_record,
    )


def cmd_screenshots(args: argparse.Namespace) -> int:
    """Render every scene headless into a folder."""
    from ..ui.screenshots import take_screenshots, take_workshop_screenshots

    take = take_workshop_screenshots if args.workshop else take_screenshots
    text_size = None if args.text_size is None else args.text_size - 1
    for path in take(Path(args.outdir), args.size, args.lang, text_size, args.high_contrast):
        say(path)
    return EXIT_OK
