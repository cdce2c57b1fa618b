"""The kit as one HTML file with print CSS (A4, black and white), and as a PDF where Chromium is installed."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from .kit import Kit, TestPage
from .kit_words import WORDS

CHROMIUM = Path("/usr/bin/chromium")
HEADLESS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-pdf-header-footer",
]


class KitPrintError(RuntimeError):
    """Chromium could not print the kit to PDF."""


def pages(kit: Kit) -> list[tuple[str, object]]:
    """The printed pages in order, each as (kind, what it shows); each becomes one A4 sheet."""
    key = [
        TestPage(
            kind,
            sc.title.get(kit.language),
            tuple(q for t in kit.tests if t.kind == kind for q in t.questions),
        )
        for kind, sc in (("pre", kit.pre), ("post", kit.post))
    ]
    return (
        [("plan", None), ("safety", None)]
        + [("card", sheet) for sheet in kit.cards]
        + [("phrases", page) for page in kit.phrases]
        + [("directory", None)]
        + [("test", page) for page in kit.tests]
        + [("key", key)]
    )


def render_html(kit: Kit) -> str:
    """The whole kit as an HTML page; every text from the scenarios is escaped."""
    env = Environment(
        loader=PackageLoader("game.workshop", "templates"), autoescape=select_autoescape(["html"])
    )
    return env.get_template("kit.html").render(kit=kit, w=WORDS[kit.language], pages=pages(kit))


def chromium() -> Path | None:
    """Debian's Chromium, when installed."""
    return CHROMIUM if CHROMIUM.is_file() else None


def print_pdf(html: Path, pdf: Path, browser: Path, timeout: float = 120) -> None:
    """Print an HTML file to PDF with headless Chromium (its own throwaway profile)."""
    profile = tempfile.mkdtemp(prefix="modo-ninez-kit-")
    try:
        done = subprocess.run(
            [
                str(browser),
                *HEADLESS,
                f"--user-data-dir={profile}",
                f"--print-to-pdf={pdf}",
                html.resolve().as_uri(),
            ],
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise KitPrintError(str(exc)) from None
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    if done.returncode != 0 or not pdf.is_file():
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise KitPrintError(lines[-1] if lines else f"exit code {done.returncode}, no PDF")


def write_kit(kit: Kit, folder: Path, pdf: bool = True) -> list[Path]:
    """Write the kit's HTML (and its PDF when asked and Chromium is present) into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    html = folder / f"kit-taller-{kit.language}.html"
    html.write_text(render_html(kit), encoding="utf-8")
    written = [html]
    browser = chromium() if pdf else None
    if browser is not None:
        target = html.with_suffix(".pdf")
        print_pdf(html, target, browser)
        written.append(target)
    return written
