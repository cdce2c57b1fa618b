"""A preferences file with a setting of the wrong type or range: that setting goes back to its default, the
game starts and says so once; the others are kept."""

from __future__ import annotations

import json

import pytest

from game import preferences


@pytest.mark.parametrize(
    "raw, reset",
    [
        ({"text_size": "2"}, ["text_size"]),
        ({"text_size": 9}, ["text_size"]),
        ({"text_size": True}, ["text_size"]),
        ({"language": "qu"}, ["language"]),
        ({"high_contrast": "yes"}, ["high_contrast"]),
        ({"fullscreen": 1}, ["fullscreen"]),
        ({"text_size": 2, "colour": "red"}, []),
        ([1, 2], ["*"]),
    ],
)
def test_a_wrong_setting_is_reset_alone_and_named(tmp_path, raw, reset):
    path = tmp_path / "preferences.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    prefs, names = preferences.read(path)
    assert names == reset
    for name in ("text_size", "language", "high_contrast", "fullscreen"):
        given = raw.get(name) if isinstance(raw, dict) else None
        expected = getattr(preferences.Preferences(), name) if name in reset or given is None else given
        assert getattr(prefs, name) == expected
    assert prefs.text_scale in preferences.TEXT_SIZES


def test_the_game_starts_with_a_malformed_preference_and_says_so(start, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "preferences.json").write_text('{"text_size": "2", "high_contrast": true}', encoding="utf-8")
    app, _pilot = start(data=data)
    assert app.prefs.text_size == 1 and app.prefs.high_contrast is True
    assert any("set back to their defaults" in text or "valores" in text for text, _ in app._notices)
    assert json.loads((data / "preferences.json").read_text(encoding="utf-8"))["text_size"] == 1
