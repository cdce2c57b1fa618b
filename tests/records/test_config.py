"""Settings: the TOML file, environment variables over it, clear errors, and a password never shown."""

from __future__ import annotations

import pytest

from game.records import ConfigError, load_config
from game.records.config import DEFAULT_ACTIVITY_BASE

from .helpers import run_game

SECRET = "s3cr3t-Contraseña"
FILE = f"""
[lrs]
endpoint = "https://lrs.example.org/xAPI/"
username = "comisaria-12"
password = "{SECRET}"

[xapi]
names = true
"""


def test_no_file_means_defaults_and_no_lrs(tmp_path):
    config = load_config(tmp_path / "missing.toml", {})
    assert not config.file_found and not config.lrs.configured
    assert config.xapi.activity_base == DEFAULT_ACTIVITY_BASE and config.xapi.names is False


def test_the_file_is_read_and_variables_win_over_it(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text(FILE, encoding="utf-8")
    config = load_config(
        path,
        {"MODO_NINEZ_LRS_USERNAME": "otra", "MODO_NINEZ_XAPI_NAMES": "no", "MODO_NINEZ_LRS_TIMEOUT": "2.5"},
    )
    assert config.lrs.configured
    assert (config.lrs.endpoint, config.lrs.username, config.lrs.password) == (
        "https://lrs.example.org/xAPI/",
        "otra",
        SECRET,
    )
    assert config.lrs.timeout == 2.5 and config.xapi.names is False
    assert set(config.from_environment) == {
        "MODO_NINEZ_LRS_USERNAME",
        "MODO_NINEZ_XAPI_NAMES",
        "MODO_NINEZ_LRS_TIMEOUT",
    }
    assert SECRET not in repr(config)


@pytest.mark.parametrize(
    "text, message",
    [
        ("[lrs\nendpoint = 1", "not valid TOML"),
        ("[lrs]\npasword = 'x'", "unknown setting 'pasword' in \\[lrs\\]"),
        ("[ldap]\nx = 1", "unknown section \\[ldap\\]"),
        ("[xapi]\nnames = 'yes'", "names must be true or false"),
        ("[lrs]\nendpoint = 'ftp://x'\nusername = 'a'\npassword = 'b'", "http:// or https://"),
        ("[lrs]\nendpoint = 'https://u:p@lrs.example.org/'\nusername = 'a'\npassword = 'b'", "must not hold"),
        ("[lrs]\nendpoint = 'https://lrs.example.org/'", "username and password are needed"),
        ("[lrs]\npassword = 12345", "password must be text in quotes, not a value"),
    ],
)
def test_mistakes_are_named_with_the_file(tmp_path, text, message):
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as caught:
        load_config(path, {})
    assert str(path) in str(caught.value)
    assert "12345" not in str(caught.value)


def test_a_bad_variable_is_named(tmp_path):
    with pytest.raises(ConfigError, match="MODO_NINEZ_XAPI_NAMES must be true or false"):
        load_config(tmp_path / "none.toml", {"MODO_NINEZ_XAPI_NAMES": "maybe"})


def test_the_config_command_shows_where_things_are_but_never_the_password(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text(FILE, encoding="utf-8")
    done = run_game("--data-dir", str(tmp_path / "data"), "config", env={"MODO_NINEZ_CONFIG": str(path)})
    assert done.returncode == 0, done.stderr
    assert f"Settings file:   {path}" in done.stdout
    assert str(tmp_path / "data" / "records.sqlite3") in done.stdout
    assert "https://lrs.example.org/xAPI/" in done.stdout and "comisaria-12" in done.stdout
    assert "set (never shown)" in done.stdout and "Names in xAPI:   on" in done.stdout
    assert SECRET not in done.stdout + done.stderr


def test_the_example_settings_file_is_valid(tmp_path):
    done = run_game("config", "--example")
    path = tmp_path / "config.toml"
    path.write_text(done.stdout, encoding="utf-8")
    config = load_config(path, {})
    assert config.lrs.configured and config.xapi.activity_base == DEFAULT_ACTIVITY_BASE
