"""`new`: a starter scenario that validates as written, that an author can grow, and that is never
written over an existing file or under an unsafe name."""

from __future__ import annotations

import io

import pytest

from game import paths
from game.cli import main
from game.play import PlayService
from game.scenario import bundled_catalog, load_scenario, validate
from game.textplay import play_text

REAL_ROOT = paths.project_root()
# The starter is a six-state sketch to grow: it has fewer than the guide's six decisions on a path, and its
# endings follow the last choice. Every other rule, of the format or of the guide, it keeps.
SKETCH = {"pedagogy/decisions", "pedagogy/last_choice"}


def problems(report) -> list[str]:
    return [str(p) for p in report.problems if p.rule not in SKETCH]


@pytest.mark.parametrize("lang", ["es", "en"])
def test_new_writes_a_scenario_that_validates_without_a_warning(tmp_path, capsys, lang):
    folder = tmp_path / "escenarios"
    assert main(["new", "mi-escenario", "--folder", str(folder), "--lang", lang]) == 0
    path = folder / "mi-escenario.yaml"
    assert (
        f"{'escrito' if lang == 'es' else 'wrote'} {path}" in capsys.readouterr().out
    )  # --lang: the CLI's too
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[0].startswith("# yaml-language-server: $schema=")
    assert (folder / text.splitlines()[0].split("=", 1)[1]).resolve() == paths.schema_path().resolve()
    assert ("# Escenario inicial" if lang == "es" else "# Starter scenario") in text
    assert problems(validate(path)) == []
    scenario = load_scenario(path)
    assert scenario.id == "mi-escenario" and scenario.languages == ("es", "en")
    assert {scenario.states[s].ending for s in scenario.analysis.endings} == {"good", "mixed", "poor"}
    assert scenario.analysis.total.best == sum(b.best for b in scenario.analysis.bounds.values())


def test_new_writes_into_the_current_folder_with_the_bundled_modeline(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["new", "patio"]) == 0
    path = tmp_path / "patio.yaml"
    assert path.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=")
    schema = path.read_text(encoding="utf-8").splitlines()[0].split("$schema=")[1]
    assert (tmp_path / schema).resolve() == paths.schema_path().resolve()
    assert problems(validate(path, bundled_catalog(REAL_ROOT))) == []


def test_the_starter_plays_to_an_ending_in_a_terminal(tmp_path):
    main(["new", "juego", "--folder", str(tmp_path)])
    out = io.StringIO()
    catalog = bundled_catalog()
    service = PlayService([validate(tmp_path / "juego.yaml", catalog)], None, catalog)
    play_text(service.start("juego", "es"), {}, io.StringIO("1\n2\n"), out)
    assert "Fin: un buen final." in out.getvalue()


def test_an_author_adds_a_choice_and_a_state_and_it_still_validates(tmp_path):
    main(["new", "crecer", "--folder", str(tmp_path)])
    path = tmp_path / "crecer.yaml"
    text = path.read_text(encoding="utf-8")
    choice = """\
      - id: ofrecer_agua
        text: {es: "Le ofrezco agua y le pregunto dónde quiere sentarse.",
               en: "I offer her water and ask where she'd like to sit."}
        to: pausa
        score: {safety: 1, trust: 1}
        feedback: {es: "Bien: una elección pequeña y real le devuelve algo de control.",
                   en: "Good: a small, real choice gives her back some control."}
        child_sees: {es: "Puedo elegir la silla azul.", en: "I can pick the blue chair."}
"""
    state = """\
  pausa:
    text: {es: "Nina toma agua despacio y mira la puerta.",
           en: "Nina sips the water slowly and looks at the door."}
    child: {who: nina, mood: calm}
    choices:
      - id: seguir
        text: {es: "Espero a que ella hable primero.", en: "I wait for her to speak first."}
        to: final_bueno
        score: {trust: 1}
        feedback: {es: "Esperar sin apurarla le dice que su tiempo importa.",
                   en: "Waiting without rushing her tells her that her time matters."}
        child_sees: {es: "No me apura. Ahora sí le cuento.", en: "She isn't rushing me. Now I'll tell her."}
"""
    anchor = "  oficina:\n"
    decision = text.index("    choices:\n", text.index(anchor)) + len("    choices:\n")
    text = text[:decision] + choice + text[decision:]
    text = text.replace(anchor, state + anchor, 1)
    path.write_text(text, encoding="utf-8")
    report = validate(path)
    assert [str(p) for p in report.problems if not p.teaching] == []  # the added choice is a sketch too
    assert report.scenario.states["oficina"].choices[0].id == "ofrecer_agua"
    assert "pausa" in report.scenario.states


def test_new_refuses_to_write_over_a_file(tmp_path, capsys):
    path = tmp_path / "existe.yaml"
    path.write_text("mine\n", encoding="utf-8")
    assert main(["new", "existe", "--folder", str(tmp_path)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == "mine\n"


@pytest.mark.parametrize(
    "unsafe, hint",
    [
        ("Mi Escenario", "mi-escenario"),
        ("../../etc/passwd", "etc-passwd"),
        ("sala--espera", "sala-espera"),
        ("1-sala", "sala"),
        ("ñandú", "nandu"),
        ("con espacio/", "con-espacio"),
        ("x" * 65, "x" * 64),
        ("", ""),
        ("-", ""),
        ("principles", ""),
    ],
)
def test_new_refuses_an_unsafe_id_and_suggests_one(tmp_path, capsys, unsafe, hint):
    assert main(["new", unsafe, "--folder", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("modo-ninez new: ") and ("reserved" in err or "cannot be a scenario id" in err)
    assert (f"for example '{hint}'" in err) == bool(hint)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["con", "nul", "com1", "lpt9", "aux"])
def test_a_windows_device_name_is_refused(name, tmp_path, capsys):
    assert main(["new", name, "--folder", str(tmp_path)]) == 2
    assert "device name on Windows" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
