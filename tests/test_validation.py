"""Every check of the validator, each on inline YAML: the message and the line it points at."""

from __future__ import annotations

from itertools import pairwise

import pytest
from conftest import MINIMAL

from game.scenario import ScenarioError, bundled_catalog, load_scenario, validate
from game.scenario.problems import ERROR, WARNING


def problems(write_yaml, text):
    """The format's problems (the teaching rules, which these small files break, have their own tests)."""
    report = validate(write_yaml(text))
    return [(p.line, p.severity, p.message) for p in report.problems if not p.teaching]


def line_of(text, needle, nth=0):
    lines = [i + 1 for i, ln in enumerate(text.splitlines()) if needle in ln]
    return lines[nth]


def only(found, severity=ERROR):
    return [f for f in found if f[1] == severity]


def test_minimal_is_valid(write_yaml):
    report = validate(write_yaml(MINIMAL))
    assert [p for p in report.problems if not p.teaching] == []
    assert report.scenario.analysis.path_count == 4


def test_unknown_target_names_line_and_nearest(write_yaml):
    text = MINIMAL.replace("to: final_bueno", "to: final_buen")
    found = problems(write_yaml, text)
    assert found == [
        (
            line_of(text, "to: final_buen"),
            ERROR,
            "choice 'explicar' goes to unknown state 'final_buen' (did you mean 'final_bueno'?)",
        )
    ]


def test_yaml_syntax_error_is_located(write_yaml):
    text = MINIMAL.replace('title: {es: "Prueba", en: "Test"}', 'title: {es: "Prueba", en: "Test"')
    ((line, severity, message),) = problems(write_yaml, text)
    assert severity == ERROR and message.startswith("YAML syntax:")
    assert line >= line_of(text, "title:")


def test_duplicate_keys(write_yaml):
    text = MINIMAL.replace("  medio:\n", "  medio:\n    speaker: nina\n    speaker: narrator\n")
    found = only(problems(write_yaml, text))
    assert (
        line_of(text, "speaker: narrator"),
        ERROR,
        f"duplicate key 'speaker' (first at line {line_of(text, 'speaker: nina')}); only one may stay",
    ) in found


def test_unknown_field_suggests_the_right_one(write_yaml):
    text = MINIMAL.replace('child_sees: {es: "Ya sé', 'child_see: {es: "Ya sé')
    found = only(problems(write_yaml, text))
    assert (
        line_of(text, "child_see:"),
        ERROR,
        "unknown field 'child_see' (did you mean 'child_sees'?)",
    ) in found
    assert any(m == "missing required field 'child_sees'" for _, _, m in found)


def test_unquoted_no_becomes_a_clear_hint(write_yaml):
    text = MINIMAL.replace('text: {es: "Le explico.", en: "I explain."}', 'text: {es: No, en: "No"}')
    ((line, _, message),) = only(problems(write_yaml, text))
    assert line == line_of(text, "es: No,")
    assert "expected text for 'es', got false" in message and 'quotes, e.g. "No"' in message


def test_score_out_of_range(write_yaml):
    text = MINIMAL.replace("score: {safety: 2}", "score: {safety: 5}")
    ((line, _, message),) = only(problems(write_yaml, text))
    assert line == line_of(text, "score: {safety: 5}")
    assert message == "must be at most 3 for 'safety'"


def test_unsafe_ids(write_yaml):
    text = MINIMAL.replace("id: agacharse", "id: Agacharse Ya")
    ((line, _, message),) = only(problems(write_yaml, text))
    assert line == line_of(text, "id: Agacharse Ya")
    assert "'Agacharse Ya' is not a safe name" in message


def test_unsafe_state_key_points_at_the_key(write_yaml):
    text = MINIMAL.replace("  medio:\n", "  Medio:\n").replace("to: medio", "to: Medio")
    found = only(problems(write_yaml, text))
    assert (line_of(text, "  Medio:"), ERROR) in [(line, s) for line, s, m in found]


def test_unreachable_state_and_ending(write_yaml):
    text = (
        MINIMAL
        + """\
  suelto:
    text: {es: "Nadie llega aquí.", en: "Nobody gets here."}
    choices:
      - id: ir
        text: {es: "Ir.", en: "Go."}
        to: final_olvidado
        score: {safety: 1}
        feedback: {es: "x", en: "x"}
        child_sees: {es: "x", en: "x"}
  final_olvidado:
    ending: mixed
    text: {es: "Fin.", en: "End."}
"""
    )
    found = problems(write_yaml, text)
    assert (line_of(text, "  suelto:"), WARNING, "state 'suelto' is unreachable from 'inicio'") in found
    assert (
        line_of(text, "  final_olvidado:"),
        WARNING,
        "ending 'final_olvidado' is never reached from 'inicio'",
    ) in found
    assert validate(write_yaml(text)).scenario is not None  # warnings do not stop play


def test_state_with_no_way_out(write_yaml):
    text = MINIMAL.replace(
        """  final_malo:
    ending: poor
""",
        """  final_malo:
""",
    )
    found = only(problems(write_yaml, text))
    assert (
        line_of(text, "  final_malo:"),
        ERROR,
        "state 'final_malo' has no way out: give it choices, or mark it 'ending: good|mixed|poor'",
    ) in found


def test_ending_with_choices(write_yaml):
    text = MINIMAL.replace(
        """  medio:
""",
        """  medio:
    ending: mixed
""",
    )
    found = only(problems(write_yaml, text))
    assert (
        line_of(text, "ending: mixed"),
        ERROR,
        "ending 'medio' has choices; an ending is where play stops",
    ) in found


def test_duplicate_choice_ids(write_yaml):
    text = MINIMAL.replace("id: mostrador", "id: agacharse")
    found = only(problems(write_yaml, text))
    assert found == [
        (
            line_of(text, "id: agacharse", 1),
            ERROR,
            f"choice id 'agacharse' is used twice in state 'inicio' (first at line "
            f"{line_of(text, '- id: agacharse')})",
        )
    ]


def test_undeclared_and_unknown_principles(write_yaml):
    text = MINIMAL.replace("principles: [safety, trust]", "principles: [safety, trust, safty]").replace(
        "score: {trust: 2}", "score: {trust: 2, voice: 1}"
    )
    found = problems(write_yaml, text)
    assert (
        line_of(text, "principles:"),
        ERROR,
        "principle 'safty' is not in principles.yaml (did you mean 'safety'?)",
    ) in found
    assert (
        line_of(text, "voice: 1"),
        ERROR,
        "principle 'voice' is not declared in this scenario's principles",
    ) in found


def test_declared_principle_never_scored_is_a_warning(write_yaml):
    text = MINIMAL.replace("principles: [safety, trust]", "principles: [safety, trust, voice]")
    assert problems(write_yaml, text) == [
        (line_of(text, "principles:"), WARNING, "principle 'voice' is declared but no choice scores it")
    ]


def test_missing_translation_is_a_warning(write_yaml):
    text = MINIMAL.replace(
        'feedback: {es: "Mejor en privado.", en: "Better in private."}', 'feedback: {es: "Mejor en privado."}'
    )
    assert problems(write_yaml, text) == [
        (line_of(text, 'feedback: {es: "Mejor'), WARNING, "missing English translation (en:)")
    ]


def test_unknown_portrait_background_speaker_and_character(write_yaml):
    text = (
        MINIMAL.replace("portrait: girl_school", "portrait: girl_scool")
        .replace("background: office", "background: ofice")
        .replace("  medio:\n", "  medio:\n    speaker: nena\n    child: {who: nena}\n")
    )
    found = only(problems(write_yaml, text))
    assert (
        line_of(text, "portrait:"),
        ERROR,
        "unknown portrait 'girl_scool' (did you mean 'girl_school'?)",
    ) in found
    assert (
        line_of(text, "background: ofice"),
        ERROR,
        "unknown background 'ofice' (did you mean 'office'?)",
    ) in found
    assert (
        line_of(text, "speaker: nena"),
        ERROR,
        "unknown speaker 'nena'; use narrator, officer or a character id (did you mean 'nina'?)",
    ) in found
    assert (line_of(text, "who: nena"), ERROR, "unknown character 'nena' (did you mean 'nina'?)") in found


def test_unknown_variable(write_yaml):
    text = MINIMAL.replace("add: {comfort: 10}", "add: {confort: 10}")
    found = only(problems(write_yaml, text))
    assert found == [
        (
            line_of(text, "confort"),
            ERROR,
            "unknown variable 'confort'; declare it under variables: (did you mean 'comfort'?)",
        )
    ]


def test_cycle_names_its_states(write_yaml):
    text = MINIMAL.replace("to: final_malo", "to: inicio")
    found = only(problems(write_yaml, text))
    assert found == [
        (
            line_of(text, "  inicio:"),
            ERROR,
            "scenarios move forward, but these states form a cycle: inicio -> medio -> inicio",
        )
    ]


def test_condition_that_leaves_play_stuck(write_yaml):
    text = MINIMAL.replace(
        "        to: final_bueno\n", "        to: final_bueno\n        when: {comfort: {at_least: 55}}\n"
    ).replace("        to: final_malo\n", "        to: final_malo\n        when: {comfort: {at_least: 55}}\n")
    found = only(problems(write_yaml, text))
    assert found == [
        (
            line_of(text, "  medio:"),
            ERROR,
            "play gets stuck in 'medio': no choice's 'when' holds when comfort=40",
        )
    ]


def test_start_must_exist(write_yaml):
    text = MINIMAL.replace("start: inicio", "start: inico")
    found = only(problems(write_yaml, text))
    assert found == [
        (line_of(text, "start: inico"), ERROR, "start state 'inico' does not exist (did you mean 'inicio'?)")
    ]


def test_every_problem_of_a_file_at_once(write_yaml):
    text = (
        MINIMAL.replace("to: final_bueno", "to: final_buen")
        .replace("portrait: girl_school", "portrait: nope")
        .replace("score: {safety: 2}", "score: {safty: 2}")
    )
    assert len(only(problems(write_yaml, text))) == 3


@pytest.mark.parametrize(
    "raw, message",
    [
        (b"", "file is empty"),
        (b"# only a comment\n", "file is empty"),
        (b"- a\n- b\n", "the top level must be a mapping of fields (name: value)"),
        (b"just text\n", "the top level must be a mapping of fields (name: value)"),
        (b"id: \xff\xfe\n", "file is not UTF-8 text; save it as UTF-8"),
        (
            b"a: !!python/object/apply:os.system ['echo hi']\n",
            "tag tag:yaml.org,2002:python/object/apply:os.system is not allowed in scenarios",
        ),
        (b"a: &x 1\nb: *x\n", "aliases (*x) are not allowed in scenarios; repeat the text instead"),
        (b"a: 1\n<<: {b: 2}\n", "merge keys (<<) are not allowed in scenarios"),
    ],
)
def test_hostile_and_malformed_files(tmp_path, raw, message):
    path = tmp_path / "x.yaml"
    path.write_bytes(raw)
    report = validate(path)
    assert report.scenario is None
    assert any(p.message == message for p in report.problems), report.problems


def test_non_utf8_points_at_the_byte(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_bytes(b"id: prueba\ntitle: ni\xf1o\n")
    (problem,) = validate(path).problems
    assert (problem.line, problem.column) == (2, 10)


def test_billion_laughs_fails_fast(tmp_path):
    rows = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in pairwise("abcdefghi"):
        rows.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    path = tmp_path / "lol.yaml"
    path.write_text("\n".join(rows) + "\n")
    report = validate(path)
    assert report.scenario is None
    assert report.problems[0].message.startswith("aliases (*a) are not allowed")


def test_size_limit(tmp_path, monkeypatch):
    import game.scenario.yamlsource as ys

    monkeypatch.setattr(ys, "MAX_BYTES", 100)
    path = tmp_path / "big.yaml"
    path.write_text("a: " + "x" * 200 + "\n")
    (problem,) = validate(path).problems
    assert "the limit is 100" in problem.message


def test_a_huge_file_fails_before_it_is_read(tmp_path):
    import tracemalloc

    path = tmp_path / "huge.yaml"
    with open(path, "wb") as file:
        file.truncate(1_500_000_000)  # sparse: 1.5 GB on paper, nothing on disk
    catalog = bundled_catalog()
    tracemalloc.start()
    try:
        (problem,) = validate(path, catalog).problems
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "file is 1,500,000,000 bytes; the limit is 8,388,608" in problem.message
    assert peak < 2_000_000


def test_load_scenario_raises_with_every_problem(write_yaml):
    path = write_yaml(MINIMAL.replace("to: final_bueno", "to: nowhere"))
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    assert "goes to unknown state 'nowhere'" in str(caught.value)
    assert caught.value.problems[0].path == str(path)


def test_messages_in_spanish_for_trainers(write_yaml):
    from game.scenario import messages

    text = MINIMAL.replace("to: final_bueno", "to: final_buen").replace(
        "principles: [safety, trust]", "principles: [safety, trust, voice]"
    )
    messages.use("es")
    try:
        found = problems(write_yaml, text)
    finally:
        messages.use(None)
    assert (
        line_of(text, "to: final_buen"),
        ERROR,
        "la elección 'explicar' lleva a un estado que no existe: 'final_buen' (¿quiso decir 'final_bueno'?)",
    ) in found
    assert (
        line_of(text, "principles:"),
        WARNING,
        "la competencia 'voice' está declarada pero ninguna elección la puntúa",
    ) in found


@pytest.mark.parametrize(
    "inserted, message",
    [
        ("\\0", 'control character U+0000 after "Nina "'),
        ("\\x1b[31m", 'control character U+001B after "Nina "'),
        ("\\u2028", 'control character U+2028 after "Nina "'),
        ("\\n" * 13, "13 line breaks in one text, at most 12"),
        ("x" * 101, "a word of 107 characters without spaces"),  # with the "llega." it joins
    ],
)
def test_a_text_the_game_cannot_draw_is_an_error_on_its_line(write_yaml, inserted, message):
    text = MINIMAL.replace('text: {es: "Nina llega."', f'text: {{es: "Nina {inserted}llega."')
    found = only(problems(write_yaml, text))
    assert [line for line, _, m in found if message in m] == [line_of(text, "Nina " + inserted[:2])], found


def test_twelve_line_breaks_and_tabs_are_fine(write_yaml):
    text = MINIMAL.replace('text: {es: "Nina llega."', 'text: {es: "Nina\\tllega.' + "\\n" * 12 + '"')
    assert only(problems(write_yaml, text)) == []


def test_a_character_name_is_checked_too(write_yaml):
    found = only(problems(write_yaml, MINIMAL.replace('name: "Nina"', 'name: "Ni\\0na"')))
    assert [line for line, _, m in found if "U+0000" in m] == [line_of(MINIMAL, 'name: "Nina"')]
