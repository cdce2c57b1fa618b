"""The command line, run as a real process: validate, play --text, map, schema."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import MINIMAL

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "scenarios" / "sala-de-espera.yaml"


def run(*args, stdin=""):
    return subprocess.run(
        [sys.executable, "-m", "game", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


def test_help_lists_commands():
    result = run("--help")
    assert result.returncode == 0
    for command in ("play", "validate", "map", "schema"):
        assert command in result.stdout


def test_validate_bundled_scenarios_exits_zero():
    result = run("validate", "scenarios")
    assert result.returncode == 0, result.stdout
    assert " 0 error(s)" in result.stdout.splitlines()[-1]


def test_validate_typo_exits_one_with_location(write_yaml):
    path = write_yaml(MINIMAL.replace("to: final_bueno", "to: final_buen"))
    result = run("validate", str(path))
    assert result.returncode == 1
    line = next(i + 1 for i, ln in enumerate(path.read_text().splitlines()) if "final_buen\n" in ln + "\n")
    assert (
        f"{path}:{line}:13: error: choice 'explicar' goes to unknown state 'final_buen' "
        "(did you mean 'final_bueno'?)" in result.stdout
    )
    assert result.stdout.splitlines()[-1] == "1 file(s), 0 state(s): 1 error(s), 0 warning(s)"


def test_validate_json(write_yaml):
    path = write_yaml(MINIMAL.replace('en: "Good."}', "}", 1))
    result = run("validate", "--format", "json", str(path))
    data = json.loads(result.stdout)
    assert result.returncode == 0 and data["errors"] == 0
    assert [p["message"] for p in data["problems"] if "rule" not in p] == [
        "missing English translation (en:)"
    ]
    assert {p["rule"] for p in data["problems"] if "rule" in p} >= {"pedagogy/decisions", "pedagogy/quality"}
    assert data["warnings"] == len(data["problems"])


def test_validate_usage_error():
    assert run("validate", "no/such/file.yaml").returncode == 2


def test_validate_with_no_path_checks_the_bundled_and_the_users_own(tmp_path, monkeypatch, capsys):
    from game.cli import main

    own = tmp_path / "mine"
    own.mkdir()
    (own / "roto.yaml").write_text("id: roto\n", encoding="utf-8")
    monkeypatch.setenv("MODO_NINEZ_SCENARIOS", str(own))
    assert main(["validate", "--lang", "en"]) == 1
    out = capsys.readouterr().out
    assert "roto.yaml" in out
    bundled = len(list((ROOT / "scenarios").glob("*.yaml"))) - 1
    assert out.splitlines()[-1].startswith(f"{bundled + 1} file(s)")


def test_play_text_to_an_ending():
    result = run("play", "--text", str(EXAMPLE), stdin="1\n" * 40)
    assert result.returncode == 0, result.stderr
    assert "Fin:" in result.stdout or "End:" in result.stdout
    assert "Seguridad" in result.stdout and "/" in result.stdout


def test_play_text_in_english_and_bad_input():
    result = run("play", "--text", str(EXAMPLE), "--lang", "en", stdin="x\n9\n1\n")
    assert result.returncode == 0
    assert "Type the number of a choice, from 1 to" in result.stdout
    assert "There is no choice 9" in result.stdout
    assert "Input ended" in result.stdout


def test_play_invalid_scenario_reports_problems(write_yaml):
    path = write_yaml(MINIMAL.replace("to: final_bueno", "to: nowhere"))
    result = run("play", "--text", str(path), stdin="1\n")
    assert result.returncode == 1
    assert "goes to unknown state 'nowhere'" in result.stderr
    assert "Traceback" not in result.stderr


def test_map_formats():
    mermaid = run("map", str(EXAMPLE)).stdout
    assert mermaid.startswith("stateDiagram-v2") and "--> [*]" in mermaid
    dot = run("map", str(EXAMPLE), "--format", "dot").stdout
    assert dot.startswith('digraph "sala-de-espera"') and "doubleoctagon" in dot


def test_committed_schema_is_current(tmp_path):
    out = tmp_path / "schema.json"
    assert run("schema", "--output", str(out)).returncode == 0
    committed = (ROOT / "schema" / "scenario.schema.json").read_text(encoding="utf-8")
    assert out.read_text(encoding="utf-8") == committed
    schema = json.loads(committed)
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    assert "$defs" not in json.dumps(schema)


def test_every_bundled_file_names_the_schema():
    for path in (ROOT / "scenarios").glob("*.yaml"):
        if path.name != "principles.yaml":
            assert path.read_text(encoding="utf-8").startswith(
                "# yaml-language-server: $schema=../schema/scenario.schema.json\n"
            ), path


def test_readme_example_scenario_is_valid(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("```yaml\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "mi-escenario.yaml"
    path.write_text(block, encoding="utf-8")
    result = run("validate", "--format", "json", str(path))
    assert result.returncode == 0, result.stdout
    data = json.loads(result.stdout)
    assert data["errors"] == 0
    # a three-state example of the format: only the guide's rules for a whole scenario are not met
    assert {p["rule"] for p in data["problems"]} == {
        "pedagogy/quality",
        "pedagogy/last_choice",
        "pedagogy/decisions",
    }


def test_committed_trainer_pages_are_current():
    for lang, name in (("es", "scenarios.md"), ("en", "scenarios.en.md")):
        result = run("trainer-notes", "--lang", lang)
        assert result.returncode == 0
        assert result.stdout == (ROOT / "docs" / name).read_text(encoding="utf-8"), f"regenerate docs/{name}"


def test_validate_speaks_spanish_when_asked(write_yaml):
    path = write_yaml(MINIMAL.replace("to: final_bueno", "to: final_buen"))
    result = run("validate", "--lang", "es", str(path))
    assert result.returncode == 1
    assert "¿quiso decir 'final_bueno'?" in result.stdout
    assert result.stdout.splitlines()[-1] == "1 archivo(s), 0 estado(s): 1 error(es), 0 aviso(s)"
