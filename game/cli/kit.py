"""The `kit` command: the printable workshop kit (HTML
with print CSS, and a PDF where Chromium is installed)."""

from __future__ import annotations

import argparse
from pathlib import Path

from .. import paths
from .common import EXIT_OK, EXIT_PROBLEMS, _, fail, say


def register(sub: argparse._SubParsersAction) -> None:
    """Add the kit sub-command."""
    kit = sub.add_parser(
        "kit", help=_("write the printable workshop kit (HTML, and PDF where Chromium is installed)")
    )
    kit.add_argument("outdir", type=Path, help=_("the folder to write into"))
    kit.add_argument(
        "--lang", choices=["es", "en"], default="es", help=_("language of the kit (default: es)")
    )
    kit.add_argument("--pre", metavar="ID", help=_("the pre-test scenario (default: a matched pair)"))
    kit.add_argument("--post", metavar="ID", help=_("the post-test scenario (default: a matched pair)"))
    kit.add_argument("--no-pdf", action="store_true", help=_("write only the HTML"))
    kit.set_defaults(run=cmd_kit)


def cmd_kit(args: argparse.Namespace) -> int:
    """Build the kit from the bundled scenarios and write it."""
    from ..scenario import bundled_catalog
    from ..scenario.library import load_library
    from ..workshop.kit import build_kit
    from ..workshop.kit_print import KitPrintError, write_kit

    reports = load_library([paths.scenarios_dir()], bundled_catalog())
    scenarios = [r.scenario for r in reports if r.scenario]
    try:
        kit = build_kit(scenarios, args.lang, args.pre, args.post)
    except KeyError as exc:
        fail(
            "kit",
            _("there is no scenario {id}; the bundled ones are: {ids}").format(
                id=exc.args[0], ids=", ".join(sc.id for sc in scenarios)
            ),
        )
        return EXIT_PROBLEMS
    try:
        written = write_kit(kit, args.outdir, pdf=not args.no_pdf)
    except OSError as exc:
        fail("kit", _("cannot write {path}: {reason}").format(path=args.outdir, reason=exc.strerror))
        return EXIT_PROBLEMS
    except KitPrintError as exc:
        fail(
            "kit",
            _("the PDF could not be printed ({reason}); the HTML is in {path}").format(
                reason=exc, path=args.outdir
            ),
        )
        return EXIT_PROBLEMS
    for path in written:
        say(_("wrote {path}").format(path=path))
    return EXIT_OK
