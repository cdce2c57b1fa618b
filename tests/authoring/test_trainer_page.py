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
    assert (
        "**Base legal**\n\n- Entrevista única (Ley 30364, art. 19)\n- Interés superior del niño\n" in spanish
    )
    english = render([report.scenario], principles, "en")
    assert (
        "**Legal basis**\n\n- Single interview (Law 30364, art. 19)\n- Best interests of the child\n"
        in english
    )


def test_without_legal_basis_the_page_has_no_such_heading(write_yaml):
    report = validate(
        write_yaml(
            MINIMAL.replace(
                "background: office\n", "background: office\n" + TRAINER.split("  legal_basis:")[0]
            )
        )
    )
    assert "Base legal" not in render([report.scenario], bundled_catalog().principles, "es")


HOSTILE = '<script>alert("x")</script> **no** [link](http://e.example) `code` &amp; #1 |a|'


def _page(write_yaml, premise: str, title: str) -> tuple[list[str], str]:
    """The page of one scenario rendered by a real CommonMark parser: its HTML tags and its text."""
    from html.parser import HTMLParser

    from markdown_it import MarkdownIt

    trainer = TRAINER.replace("Una niña llega.", premise.replace('"', '\\"'))
    text = MINIMAL.replace('title: {es: "Prueba"', 'title: {es: "' + title.replace('"', '\\"') + '"')
    report = validate(write_yaml(text.replace("background: office\n", "background: office\n" + trainer)))
    assert not report.errors, report.errors

    class Page(HTMLParser):
        def __init__(self):
            super().__init__()
            self.tags, self.text = [], []

        def handle_starttag(self, tag, attrs):
            self.tags.append(tag)

        def handle_data(self, data):
            self.text.append(data)

    page = Page()
    page.feed(MarkdownIt().render(render([report.scenario], bundled_catalog().principles, "es")))
    return page.tags, "".join(page.text)


def test_scenario_texts_show_as_written_never_as_markup(write_yaml):
    plain_tags, _ = _page(write_yaml, "Una niña llega.", "Prueba")
    tags, shown = _page(write_yaml, HOSTILE + "\\n# Título falso", "<img src=x onerror=alert(1)> *Prueba*")
    assert tags == plain_tags  # no element of the texts' own
    assert HOSTILE + " # Título falso" in shown and "<img src=x onerror=alert(1)> *Prueba*" in shown
