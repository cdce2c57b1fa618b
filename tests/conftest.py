"""Shared fixtures: a minimal valid scenario as text, and a writer for inline YAML files."""

from __future__ import annotations

import os
import tempfile
import textwrap

import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
# A trainer's own scenarios folder that tests never share with the PC's user.
os.environ.setdefault("MODO_NINEZ_SCENARIOS", os.path.join(os.path.dirname(__file__), ".no-user-scenarios"))
os.environ.setdefault(
    "MODO_NINEZ_DATA_DIR", tempfile.mkdtemp(prefix="modo-ninez-tests-")
)  # plays are recorded
os.environ["MODO_NINEZ_LANG"] = (
    "en"  # validation messages are asserted in English (Spanish has its own tests)
)

MINIMAL = """\
id: prueba
version: 1
languages: [es, en]
title: {es: "Prueba", en: "Test"}
summary: {es: "Una prueba.", en: "A test."}
age_group: school
duration_minutes: 5
principles: [safety, trust]
characters:
  nina: {name: "Nina", age: 8, portrait: girl_school}
variables:
  comfort: {start: 50}
background: office
start: inicio
states:
  inicio:
    text: {es: "Nina llega.", en: "Nina arrives."}
    child: {who: nina, mood: scared}
    choices:
      - id: agacharse
        text: {es: "Me agacho.", en: "I crouch."}
        to: medio
        score: {safety: 2}
        add: {comfort: 10}
        feedback: {es: "Bien.", en: "Good."}
        child_sees: {es: "Es de mi tamaño.", en: "She is my size."}
      - id: mostrador
        text: {es: "Hablo en el mostrador.", en: "I talk at the counter."}
        to: medio
        score: {safety: -2}
        add: {comfort: -10}
        feedback: {es: "Mejor en privado.", en: "Better in private."}
        child_sees: {es: "Hay mucha gente.", en: "So many people."}
  medio:
    text: {es: "Nina pregunta qué pasará.", en: "Nina asks what will happen."}
    choices:
      - id: explicar
        text: {es: "Le explico.", en: "I explain."}
        to: final_bueno
        score: {trust: 2}
        feedback: {es: "Bien.", en: "Good."}
        child_sees: {es: "Ya sé qué sigue.", en: "Now I know what's next."}
      - id: prometer
        text: {es: "Le prometo que nadie sabrá.", en: "I promise nobody will know."}
        to: final_malo
        score: {trust: -2}
        feedback: {es: "No prometa eso.", en: "Don't promise that."}
        child_sees: {es: "¿De verdad?", en: "Really?"}
  final_bueno:
    ending: good
    text: {es: "Nina está tranquila.", en: "Nina is calm."}
  final_malo:
    ending: poor
    text: {es: "Nina se va confundida.", en: "Nina leaves confused."}
"""


def format_problems(report) -> list:
    """A report's problems but the teaching rules' (tests of other features use small or bundled files that
    need not keep those; tests/test_pedagogy.py checks them)."""
    return [p for p in report.problems if not p.teaching]


@pytest.fixture
def write_yaml(tmp_path):
    """Write YAML text to a file and return its path."""

    def write(text: str, name: str = "prueba.yaml"):
        path = tmp_path / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    return write
