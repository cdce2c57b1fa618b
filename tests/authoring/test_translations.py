"""The translation workflow: missing and stale English found, hashes and English written back in
place (comments and layout kept), and CSV and PO round trips on copies of bundled scenarios."""

from __future__ import annotations

import csv
import re

import pytest
import yaml
from conftest import MINIMAL, format_problems
from hypothesis import given
from hypothesis import strategies as st

from game.authoring import exchange, translations
from game.authoring.texts import CURRENT, MISSING, STALE, UNCHECKED, read_texts
from game.authoring.yamledit import quote
from game.cli import main
from game.scenario import validate
from game.scenario.schema import source_hash

EN_FROM = re.compile(r'(, en_from: "[0-9a-f]{6}"|\n *en_from: "[0-9a-f]{6}"(?=\r?\n))')


def statuses(path):
    return {e.id: e.status for e in read_texts(path).entries}


def unchecked(path):
    """The bundled copy without its fingerprints, as a scenario whose English was never checked."""
    path.write_text(EN_FROM.sub("", path.read_text(encoding="utf-8")), encoding="utf-8")
    return path


def test_statuses_on_inline_yaml(write_yaml):
    text = MINIMAL.replace(
        'title: {es: "Prueba", en: "Test"}',
        f'title: {{es: "Prueba", en: "Test", en_from: "{source_hash("Prueba")}"}}',
    )
    text = text.replace(
        'summary: {es: "Una prueba.", en: "A test."}',
        f'summary: {{es: "Una prueba nueva.", en: "A test.", en_from: "{source_hash("Una prueba.")}"}}',
    )
    text = text.replace(
        'feedback: {es: "No prometa eso.", en: "Don\'t promise that."}', 'feedback: {es: "No prometa eso."}'
    )
    found = statuses(write_yaml(text))
    assert found["title"] == CURRENT
    assert found["summary"] == STALE
    assert found["states.medio.choices.prometer.feedback"] == MISSING
    assert found["states.inicio.choices.agacharse.child_sees"] == UNCHECKED
    assert list(found)[:3] == ["title", "summary", "states.inicio.text"]  # file order


def test_validate_warns_at_the_english_of_a_stale_text(write_yaml):
    stale = source_hash("Nina llega sola.")  # the English was written for an older Spanish
    path = write_yaml(
        MINIMAL.replace(
            'text: {es: "Nina llega.", en: "Nina arrives."}',
            f'text:\n      es: "Nina llega."\n      en: "Nina arrives."\n      en_from: "{stale}"',
        )
    )
    problems = format_problems(validate(path))
    assert len(problems) == 1
    line = path.read_text(encoding="utf-8").splitlines().index('      en: "Nina arrives."') + 1
    assert (problems[0].line, problems[0].column, problems[0].severity) == (line, 11, "warning")
    assert "the Spanish changed after this English was written" in problems[0].message


def test_a_spacing_change_is_not_a_change_of_spanish():
    assert source_hash("Nina  llega.\n") == source_hash(" Nina llega.")
    assert source_hash("Nina llega.") != source_hash("Nina llegó.")
    assert source_hash("cañón") == source_hash("can\u0303o\u0301n")  # the same letters, composed or not


def test_a_hand_written_hash_must_look_like_one(write_yaml):
    path = write_yaml(MINIMAL.replace('en: "Test"}', 'en: "Test", en_from: 123456}'))
    assert validate(path).errors


def test_mark_current_on_a_bundled_copy_adds_only_hashes_and_keeps_comments(bundled_copy):
    path = unchecked(bundled_copy())
    original = path.read_text(encoding="utf-8")
    commented = original.replace("states:\n", "# Los estados\nstates:  # todos\n", 1).replace(
        "    choices:\n", "    choices:  # tres\n      # la primera\n", 1
    )
    path.write_text(commented, encoding="utf-8")
    assert main(["translations", "--mark-current", str(path)]) == 0
    marked = path.read_text(encoding="utf-8")
    assert (
        "# Los estados\nstates:  # todos\n" in marked
        and "    choices:  # tres\n      # la primera\n" in marked
    )
    assert EN_FROM.sub("", marked) == commented  # nothing else changed, byte for byte
    assert set(statuses(path).values()) == {CURRENT}
    assert format_problems(validate(path)) == []
    assert main(["translations", "--mark-current", str(path)]) == 0
    assert path.read_text(encoding="utf-8") == marked  # a second run changes nothing


def test_mark_current_one_text_by_id(bundled_copy, capsys):
    path = unchecked(bundled_copy())
    assert (
        main(["translations", "--mark-current", "--id", "states.llegada.choices.celular.feedback", str(path)])
        == 0
    )
    found = statuses(path)
    assert found["states.llegada.choices.celular.feedback"] == CURRENT
    assert list(found.values()).count(CURRENT) == 1
    assert main(["translations", "--mark-current", "--id", "states.nada.text", str(path)]) == 1
    assert "no text with id states.nada.text" in capsys.readouterr().err


def test_listing_reports_missing_and_stale_and_exits_one(bundled_copy, capsys):
    path = bundled_copy()
    translations.mark_current(read_texts(path))
    text = path.read_text(encoding="utf-8")
    text = text.replace('es: "La sala de espera"', 'es: "La sala de espera del sábado"')  # Spanish edited
    text = re.sub(
        r'\n +en: "Mum said \\"okay\\"[^\n]*\n +en_from: "[0-9a-f]{6}"', "", text
    )  # English removed
    path.write_text(text, encoding="utf-8")
    assert main(["translations", str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    column = text.splitlines()[4].index('"The waiting room"') + 1
    assert out[0] == f"{path}:5:{column}: stale: title"  # where validate warns: at the English
    assert re.fullmatch(
        rf"{re.escape(str(path))}:\d+:\d+: missing: states\.llegada\.choices\.sala_ninos\.child_sees", out[1]
    )
    total = len(read_texts(path).entries)
    assert out[2].endswith(f": {total} text(s): 1 missing, 1 stale, {total - 2} current, 0 unchecked")
    assert main(["translations", "scenarios/vino-sola.yaml"]) == 0


def _rows(path):
    with open(path, encoding="utf-8-sig", newline="") as source:
        return list(csv.DictReader(source))


def test_csv_round_trip_on_a_bundled_copy(bundled_copy, tmp_path, capsys):
    path = bundled_copy()
    translations.mark_current(read_texts(path))
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        "Lucía se esconde detrás de su pierna.", "Lucía se esconde detrás de su mamá."
    )  # stale
    text = text.replace("Hay mucha gente.", "Hay muchísima gente.")  # stale too
    path.write_text(text.replace("\nid: ", "\n# revisado por Carmen\nid: ", 1), encoding="utf-8")
    sheet = tmp_path / "sala.csv"
    assert main(["translations", str(path), "--export", str(sheet)]) == 0
    rows = _rows(sheet)
    assert list(rows[0]) == ["id", "status", "es", "en"] and len(rows) == len(read_texts(path).entries) > 150
    by_id = {r["id"]: r for r in rows}
    assert by_id["states.llegada.text"]["status"] == STALE
    assert by_id["states.llegada.choices.mostrador.child_sees"]["status"] == STALE
    by_id["states.llegada.text"]["en"] = by_id["states.llegada.text"]["en"].replace(
        "behind her leg", "behind her mum"
    )
    by_id["title"]["en"] = "The Waiting Room"
    by_id["states.llegada.choices.mostrador.child_sees"]["status"] = "current"  # reviewed: still right
    with open(sheet, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.DictWriter(out, ["id", "status", "es", "en"])
        writer.writeheader()
        writer.writerows(rows)
    before = path.read_text(encoding="utf-8")
    assert main(["translations", str(path), "--import", str(sheet)]) == 0
    assert "2 English text(s) updated, 1 confirmed" in capsys.readouterr().out
    after = path.read_text(encoding="utf-8")
    assert "\n# revisado por Carmen\nid: " in after
    assert 'title: {es: "La sala de espera", en: "The Waiting Room", en_from: "' in after
    assert "Lucía hides behind her mum." in after
    assert len(after.splitlines()) == len(before.splitlines())
    assert set(statuses(path).values()) == {CURRENT}
    assert format_problems(validate(path)) == []


def test_a_stale_row_left_as_it_was_is_not_imported(bundled_copy, tmp_path):
    path = bundled_copy()
    translations.mark_current(read_texts(path))
    path.write_text(
        path.read_text(encoding="utf-8").replace("Hay mucha gente.", "Hay muchísima gente."), encoding="utf-8"
    )
    sheet = tmp_path / "sala.csv"
    exchange.export(read_texts(path), sheet)
    result = translations.import_rows(read_texts(path), exchange.read(sheet)[0])
    assert result.updated == result.confirmed == []
    assert result.not_ready == ["states.llegada.choices.mostrador.child_sees"]
    assert statuses(path)["states.llegada.choices.mostrador.child_sees"] == STALE


def test_po_round_trip_fills_a_missing_english_and_keeps_fuzzy_ones_stale(bundled_copy, tmp_path):
    path = bundled_copy("vino-sola.yaml")
    translations.mark_current(read_texts(path))
    text = path.read_text(encoding="utf-8")
    text = re.sub(r'\n +en: "[^\n]*"\n +en_from: "[0-9a-f]{6}"', "", text, count=1)  # one English gone
    path.write_text(text, encoding="utf-8")
    tf = read_texts(path)
    missing = next(e for e in tf.entries if e.status == MISSING)
    edited = next(e for e in tf.entries if e.id.endswith(".feedback") and not set('"\\') & set(e.es))
    path.write_text(text.replace(edited.es, edited.es + " Sin prisa."), encoding="utf-8")  # now stale
    catalogue = tmp_path / "vino-sola.po"
    assert main(["translations", str(path), "--export", str(catalogue)]) == 0
    po = catalogue.read_text(encoding="utf-8")
    assert f'#, fuzzy\nmsgctxt "{edited.id}"' in po
    po = po.replace(
        f'msgctxt "{missing.id}"\nmsgid {exchange._po_quote(missing.es)}\nmsgstr ""',
        f'msgctxt "{missing.id}"\nmsgid {exchange._po_quote(missing.es)}\nmsgstr "A \\"new\\"\\nEnglish"',
    )
    catalogue.write_text(po, encoding="utf-8")
    assert main(["translations", str(path), "--import", str(catalogue)]) == 0
    found = {e.id: e for e in read_texts(path).entries}
    assert found[missing.id].en == 'A "new"\nEnglish' and found[missing.id].status == CURRENT
    assert found[edited.id].status == STALE  # still fuzzy in the PO: not taken
    assert [p.severity for p in format_problems(validate(path))] == ["warning"]

    catalogue.write_text(
        po.replace(f'#, fuzzy\nmsgctxt "{edited.id}"', f'msgctxt "{edited.id}"'), encoding="utf-8"
    )
    assert main(["translations", str(path), "--import", str(catalogue)]) == 0  # reviewed: fuzzy removed
    assert statuses(path)[edited.id] == CURRENT
    assert format_problems(validate(path)) == []


def test_spanish_edited_after_the_export_stays_stale(bundled_copy, tmp_path, capsys):
    path = bundled_copy()
    sheet = tmp_path / "sala.csv"
    exchange.export(read_texts(path), sheet)
    path.write_text(
        path.read_text(encoding="utf-8").replace('es: "La sala de espera"', 'es: "La sala"'), encoding="utf-8"
    )
    rows = _rows(sheet)
    rows[0]["en"] = "The waiting room (revised)"
    with open(sheet, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.DictWriter(out, ["id", "status", "es", "en"])
        writer.writeheader()
        writer.writerows(rows)
    assert main(["translations", str(path), "--import", str(sheet)]) == 0
    assert "1 text(s) changed in Spanish after the export and stay stale: title" in capsys.readouterr().out
    assert statuses(path)["title"] == STALE


def test_a_po_from_another_scenario_is_refused(bundled_copy, tmp_path, capsys):
    catalogue = tmp_path / "otro.po"
    exchange.export(read_texts(bundled_copy("vino-sola.yaml")), catalogue)
    path = bundled_copy()
    before = path.read_bytes()
    assert main(["translations", str(path), "--import", str(catalogue)]) == 1
    assert "was exported from 'vino-sola', not 'sala-de-espera'" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_the_po_file_reads_in_babel(bundled_copy, tmp_path):
    pofile = pytest.importorskip("babel.messages.pofile")
    catalogue = tmp_path / "sala.po"
    tf = read_texts(bundled_copy())
    exchange.export(tf, catalogue)
    with open(catalogue, "rb") as source:
        read = pofile.read_po(source)
    messages = [m for m in read if m.id]
    assert len(messages) == len(tf.entries)
    assert {m.context for m in messages} == {e.id for e in tf.entries}


@pytest.mark.parametrize(
    "layout, expected",
    [
        (
            "t:\n  es: |\n    Hola\n    mundo\n\n  en: |\n    Hi\nx: 1\n",
            't:\n  es: |\n    Hola\n    mundo\n\n  en: "New"\n  en_from: "abc123"\nx: 1\n',
        ),
        (
            't: {es: "Hola",\n    en: "Hi"}  # saludo\nx: 1\n',
            't: {es: "Hola",\n    en: "New", en_from: "abc123"}  # saludo\nx: 1\n',
        ),
        (
            't:\r\n  es: "Hola"  # nota\r\n',
            't:\r\n  es: "Hola"  # nota\r\n  en: "New"\r\n  en_from: "abc123"\r\n',
        ),
        ('t:\n  es: "Hola"', 't:\n  es: "Hola"\n  en: "New"\n  en_from: "abc123"'),
        ("- es: Hola\n  en: ~\n", '- es: Hola\n  en: "New"\n  en_from: "abc123"\n'),
    ],
)
def test_fields_are_set_in_place_whatever_the_layout(layout, expected):
    from game.authoring.yamledit import set_fields
    from game.scenario.yamlsource import Document, parse_bytes

    doc = parse_bytes(layout.encode(), Document("t.yaml"))
    where = (0,) if layout.startswith("-") else ("t",)
    assert set_fields(doc, {where: {"en": "New", "en_from": "abc123"}}) == expected


def test_a_file_with_a_byte_order_mark_keeps_it(bundled_copy):
    path = bundled_copy()
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    translations.mark_current(read_texts(path))
    assert path.read_bytes().startswith(b"\xef\xbb\xbf# yaml-language-server")
    assert format_problems(validate(path)) == []


@given(st.text())
def test_quote_reads_back_as_the_same_text(text):
    assert yaml.safe_load("k: " + quote(text))["k"] == text


def test_a_csv_saved_with_semicolons_reads_the_same(bundled_copy, tmp_path):
    tf = read_texts(bundled_copy())
    sheet = tmp_path / "sala.csv"
    exchange.export(tf, sheet)
    rows = _rows(sheet)
    with open(sheet, "w", encoding="utf-8-sig", newline="") as out:  # as a Spanish-language Excel saves it
        writer = csv.DictWriter(out, ["id", "status", "es", "en"], delimiter=";")
        writer.writeheader()
        writer.writerows(rows)
    assert [(r.id, r.es, r.en, r.status) for r in exchange.read(sheet)[0]] == [
        (r["id"], r["es"], r["en"], r["status"]) for r in rows
    ]


def test_a_csv_saved_by_excel_in_windows_1252_reads_the_same(bundled_copy, tmp_path):
    tf = read_texts(bundled_copy())
    sheet = tmp_path / "sala.csv"
    exchange.export(tf, sheet)
    rows = [
        r
        for r in _rows(sheet)
        if all(ch.encode("cp1252", "ignore").decode("cp1252") == ch for ch in r["es"] + r["en"])
    ]
    assert any("ñ" in r["es"] or "á" in r["es"] for r in rows)
    with open(sheet, "w", encoding="cp1252", newline="") as out:  # no byte-order mark, Windows-1252, `;`
        writer = csv.DictWriter(out, ["id", "status", "es", "en"], delimiter=";")
        writer.writeheader()
        writer.writerows(rows)
    assert [(r.id, r.es, r.en) for r in exchange.read(sheet)[0]] == [
        (r["id"], r["es"], r["en"]) for r in rows
    ]


def test_a_malformed_row_is_named_by_its_line_and_nothing_is_written(bundled_copy, tmp_path, capsys):
    path = bundled_copy()
    sheet = tmp_path / "sala.csv"
    exchange.export(read_texts(path), sheet)
    lines = sheet.read_text(encoding="utf-8-sig").splitlines()
    lines[3] = lines[3] + ',"una celda de más"'
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    before = path.read_bytes()
    assert main(["translations", str(path), "--import", str(sheet)]) == 1
    assert "line 4: 5 cells where the header has 4" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_a_control_character_in_a_translation_is_refused(bundled_copy, tmp_path, capsys):
    path = bundled_copy()
    sheet = tmp_path / "sala.csv"
    exchange.export(read_texts(path), sheet)
    rows = _rows(sheet)
    rows[2]["en"] = "Hola\x00mundo"
    with open(sheet, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.DictWriter(out, ["id", "status", "es", "en"])
        writer.writeheader()
        writer.writerows(rows)
    before = path.read_bytes()
    assert main(["translations", str(path), "--import", str(sheet)]) == 1
    assert f"line 4: the text of '{rows[2]['id']}' holds a control character" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_an_import_keeps_the_file_as_it_was(bundled_copy, tmp_path):
    path = bundled_copy()
    before = path.read_bytes()
    sheet = tmp_path / "sala.csv"
    exchange.export(read_texts(path), sheet)
    rows = _rows(sheet)
    rows[0]["en"] = rows[0]["en"] + " (revised)"
    with open(sheet, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.DictWriter(out, ["id", "status", "es", "en"])
        writer.writeheader()
        writer.writerows(rows)
    assert main(["translations", str(path), "--import", str(sheet)]) == 0
    assert path.read_bytes() != before
    assert translations.backup(path).read_bytes() == before


def test_a_spanish_only_scenario_misses_no_english(write_yaml, capsys):
    path = write_yaml(re.sub(r', en: "[^"]*"', "", MINIMAL).replace("languages: [es, en]", "languages: [es]"))
    assert format_problems(validate(path)) == []
    assert main(["translations", str(path)]) == 0
    assert "(a Spanish-only scenario: languages lists no en)" in capsys.readouterr().out
