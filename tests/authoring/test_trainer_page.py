"""The facilitators' page shows a scenario's legal basis."""

from __future__ import annotations

from conftest import MINIMAL

from game.authoring.trainer_page import render
from game.scenario import bundled_catalog, validate

TRAINER = """\
trainer:
  premise: {es: "Una niña llega.", en: "A girl arrives."}
  legal_basis:
    - {es: "Entrevista única (Ley 30364, art. 19)", en: "Single interview (Law 30364, art. 19)"}
    - {es: "Interés superior del niño", en: "Best interests of the child"}
"""


def test_the_page_lists_the_legal_basis_in_each_language(write_yaml):
    report = validate(write_yaml(MINIMAL.replace("background: office\n", "background: office\n" + TRAINER)))
    assert not report.errors, report.errors
    principles = bundled_catalog().principles
    spanish = render([report.scenario], principles, "es")
    assert "**Base legal**\n\n- Entrevista única (Ley 30364, art. 19)\n- Interés superior del niño\n" in spanish
    english = render([report.scenario], principles, "en")
    assert "**Legal basis**\n\n- Single interview (Law 30364, art. 19)\n- Best interests of the child\n" in english


def test_without_legal_basis_the_page_has_no_such_heading(write_yaml):
    report = validate(write_yaml(MINIMAL.replace("background: office\n", "background: office\n" + TRAINER.split(
        "  legal_basis:")[0])))
    assert "Base legal" not in render([report.scenario], bundled_catalog().principles, "es")
