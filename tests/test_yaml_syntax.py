"""YAML syntax mistakes: one message each, on the line to
fix, with a hint; in Spanish, none of libyaml's English."""

from __future__ import annotations

import pytest
from conftest import MINIMAL

from game.cli import main
from game.scenario import validate

# (what the author did, the text, the line and column to fix, words of the hint)
MISTAKES = [
    (
        "tab",
        MINIMAL.replace('    text: {es: "Nina llega."', '\ttext: {es: "Nina llega."'),
        "\ttext:",
        1,
        "a tab in the indentation",
    ),
    (
        "indented too far",
        MINIMAL.replace("    child: {who: nina, mood: scared}", "      child: {who: nina, mood: scared}", 1),
        "      child:",
        1,
        "indented more than the line above",
    ),
    (
        "indentation slip",
        MINIMAL.replace("    child: {who: nina, mood: scared}", "   child: {who: nina, mood: scared}", 1),
        "   child:",
        1,
        "indentation slip: this line has 3 space(s)",
    ),
    (
        "colon in text",
        MINIMAL.replace('summary: {es: "Una prueba.", en: "A test."}', "summary: Nina dice: hola"),
        "summary:",
        10,
        "put the text in quotes",
    ),
    (
        "colon in text, braces",
        MINIMAL.replace('{es: "Una prueba.", en: "A test."}', '{es: "Una.", en: Nina: hi}'),
        "summary:",
        27,
        "put the text in quotes",
    ),
    (
        "missing colon",
        MINIMAL.replace("background: office", "background office"),
        "background office",
        11,
        "a ':' is missing after 'background'",
    ),
    (
        "missing colon, block below",
        MINIMAL.replace("  inicio:\n", "  inicio\n"),
        "  inicio",
        9,
        "a ':' is missing after 'inicio'",
    ),
    (
        "unclosed quote",
        MINIMAL.replace('summary: {es: "Una prueba.", en: "A test."}', 'summary: "Una prueba.'),
        "summary:",
        10,
        'this quote (") is never closed',
    ),
    (
        "unclosed brace",
        MINIMAL.replace('title: {es: "Prueba", en: "Test"}', 'title: {es: "Prueba", en: "Test"'),
        "title:",
        8,
        "this '{' is never closed",
    ),
    (
        "text after a quote",
        MINIMAL.replace('title: {es: "Prueba", en: "Test"}', 'title: "Prueba" de hoy'),
        "title:",
        17,
        "text after the closing quote",
    ),
    (
        "control character",
        MINIMAL.replace("Nina llega.", "Nina\x01 llega."),
        "Nina\x01",
        21,
        "control character",
    ),
]


def _line(text: str, needle: str) -> int:
    return next(i + 1 for i, line in enumerate(text.splitlines()) if needle in line)


@pytest.mark.parametrize(
    "text, needle, column, hint", [m[1:] for m in MISTAKES], ids=[m[0] for m in MISTAKES]
)
def test_one_message_on_the_line_to_fix(write_yaml, text, needle, column, hint):
    problems = validate(write_yaml(text)).problems
    assert len(problems) == 1, [str(p) for p in problems]
    (problem,) = problems
    assert (problem.line, problem.column) == (_line(text, needle), column), str(problem)
    assert problem.message.startswith("YAML syntax: ") and hint in problem.message


# libyaml's words for these mistakes, none of which may reach a trainer
PARSER_ENGLISH = [
    "found character",
    "cannot start any token",
    "while scanning",
    "while parsing",
    "mapping values",
    "did not find expected",
    "could not find expected",
    "end of stream",
    "block mapping",
    "token",
]


@pytest.mark.parametrize(
    "text, needle, column, hint", [m[1:] for m in MISTAKES], ids=[m[0] for m in MISTAKES]
)
def test_in_spanish_with_file_line_and_column(write_yaml, capsys, text, needle, column, hint):
    path = write_yaml(text)
    assert main(["validate", "--lang", "es", str(path)]) == 1
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith(f"{path}:{_line(text, needle)}:{column}: error: sintaxis YAML: "), first
    assert not [words for words in PARSER_ENGLISH if words in first]
    assert hint not in first  # the hint is in Spanish too


def test_a_tab_in_spanish_names_the_tab(write_yaml, capsys):
    path = write_yaml(MISTAKES[0][1])
    main(["--lang", "es", "validate", str(path)])
    assert "tabulación" in capsys.readouterr().out
