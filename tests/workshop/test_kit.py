"""The printable workshop kit: built from the bundled scenarios, escaped, and printed by a real Chromium."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
from pathlib import Path

import pytest

from game import paths
from game.scenario import Text, bundled_catalog
from game.scenario.library import load_library
from game.workshop.kit import AGE_GROUPS, best_choice, build_kit, worst_choice
from game.workshop.kit_print import chromium, pages, render_html, write_kit

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def scenarios():
    return [r.scenario for r in load_library([paths.scenarios_dir()], bundled_catalog()) if r.scenario]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_every_scenario_has_cards_with_what_the_child_sees(scenarios):
    kit = build_kit(scenarios, "es")
    titles = {sheet.title for sheet in kit.cards}
    assert titles == {sc.title.es for sc in scenarios}
    for sheet in kit.cards:
        assert sheet.moments and all(
            m.best_sees and m.worst_sees and m.best != m.worst for m in sheet.moments
        )


def test_phrase_bank_has_each_age_group_from_the_choices(scenarios):
    kit = build_kit(scenarios, "en")
    assert {page.age_group for page in kit.phrases} == set(AGE_GROUPS)
    spoken = " ".join(c.text.en or "" for sc in scenarios for st in sc.states.values() for c in st.choices)
    for page in kit.phrases:
        for phrase in page.say + page.avoid:
            assert phrase.text in spoken and phrase.why
    spanish = build_kit(scenarios, "es")
    said = [p.text for page in spanish.phrases for p in page.say + page.avoid]
    assert said and not [text for text in said if re.search(r"\b(señora|usted)\b", text, re.IGNORECASE)]


def test_pre_and_post_tests_are_a_matched_pair_with_a_key(scenarios):
    kit = build_kit(scenarios, "es")
    assert kit.pre.id != kit.post.id and kit.pre.age_group == kit.post.age_group
    first = next(t for t in kit.tests if t.kind == "pre").questions[0]
    start = kit.pre.states[kit.pre.start]
    assert first.situation == start.text.es
    assert first.points == tuple(sum(c.score.values()) for c in start.choices)
    assert (
        max(first.points) == sum(best_choice(start).score.values()) > sum(worst_choice(start).score.values())
    )
    chosen = build_kit(scenarios, "es", pre="vino-sola", post="su-propia-voz")
    assert (chosen.pre.id, chosen.post.id) == ("vino-sola", "su-propia-voz")


def test_scenario_text_is_escaped(scenarios):
    sc = scenarios[0]
    hostile = dataclasses.replace(sc, title=Text("<script>alert(1)</script> & «x»", "<b>x</b>"))
    html = render_html(build_kit([hostile, *scenarios[1:]], "es"))
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; «x»" in html


def test_command_writes_the_html_and_refuses_an_unknown_scenario(tmp_path):
    def run(*args):
        return subprocess.run(
            [sys.executable, "-m", "game", "kit", *args],
            check=False,
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
        )

    done = run(str(tmp_path / "kit"), "--lang", "en", "--no-pdf")
    assert done.returncode == 0, done.stderr
    html = (tmp_path / "kit" / "kit-taller-en.html").read_text(encoding="utf-8")
    assert "Role-reversal cards" in html and "@page { size: A4" in html
    bad = run(str(tmp_path / "other"), "--pre", "no-such-scenario", "--no-pdf")
    assert bad.returncode == 1 and "no-such-scenario" in bad.stderr and "Traceback" not in bad.stderr


@pytest.mark.skipif(chromium() is None, reason="needs Debian's chromium (/usr/bin/chromium)")
def test_printed_pdf_has_one_page_per_sheet_and_nothing_cut(scenarios, tmp_path):
    from pypdf import PdfReader

    kit = build_kit(scenarios, "es")
    html, pdf = write_kit(kit, tmp_path)
    laid_out = pages(kit)
    assert html.read_text(encoding="utf-8").count('<section class="page ') == len(laid_out)
    printed = [page.extract_text() for page in PdfReader(pdf).pages]
    assert len(printed) == len(laid_out), "a sheet overflowed onto another page"
    for number, ((kind, item), text) in enumerate(zip(laid_out, printed, strict=True), 1):
        assert f"pág. {number}/{len(laid_out)}" in text
        if kind == "card":
            for moment in item.moments:  # every card's texts printed whole on its own sheet
                for part in (moment.situation, moment.best_sees, moment.worst_sees):
                    assert squash(part) in squash(text), (number, part)
