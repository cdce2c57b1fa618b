"""Settings for sending results: the LRS and the xAPI options, from a TOML file and the environment.

The file (see `datadir.config_path`) looks like:

    [lrs]
    endpoint = "https://lrs.example.org/xAPI/"
    username = "station-12"
    password = "..."

    [xapi]
    activity_base = "https://modo-ninez.example/xapi"
    names = false

Every setting can also come from a variable named MODO_NINEZ_<SECTION>_<KEY> (for example
MODO_NINEZ_LRS_PASSWORD), which wins over the file. The password is never printed or logged.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from . import datadir
from .errors import ConfigError

ENV_PREFIX = "MODO_NINEZ_"
# A placeholder the project owns; a trainer sets the organisation's own base once, before rollout.
DEFAULT_ACTIVITY_BASE = "https://modo-ninez.example/xapi"
_TRUE, _FALSE = {"1", "true", "yes", "on"}, {"0", "false", "no", "off"}


@dataclass(frozen=True)
class LrsSettings:
    """Where statements go and how to log in (HTTP Basic)."""

    endpoint: str = ""
    username: str = ""
    password: str = field(default="", repr=False)
    timeout: float = 10.0

    @property
    def configured(self) -> bool:
        """True when an endpoint is set (credentials are then required too)."""
        return bool(self.endpoint)


@dataclass(frozen=True)
class XapiSettings:
    """How statements name things: the activity id base, and whether actors carry names."""

    activity_base: str = DEFAULT_ACTIVITY_BASE
    names: bool = False


@dataclass(frozen=True)
class Config:
    """All settings, with the file they came from and the variables that overrode it."""

    path: Path
    file_found: bool
    lrs: LrsSettings = LrsSettings()
    xapi: XapiSettings = XapiSettings()
    from_environment: tuple[str, ...] = ()


_SECTIONS: dict[str, Any] = {"lrs": LrsSettings, "xapi": XapiSettings}


def load_config(
    path: str | os.PathLike[str] | None = None, environ: Mapping[str, str] | None = None
) -> Config:
    """Read the settings file (if any), apply environment overrides, and check the result."""
    path = Path(path) if path else datadir.config_path()
    environ = os.environ if environ is None else environ
    raw: dict[str, Any] = {}
    found = path.is_file()
    if found:
        try:
            with path.open("rb") as fh:
                raw = tomllib.load(fh)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: not valid TOML: {exc}") from None
        except OSError as exc:
            raise ConfigError(f"{path}: cannot be read: {exc.strerror}") from None
    _reject_unknown(raw, path)
    values: dict[str, dict[str, Any]] = {name: dict(raw.get(name, {})) for name in _SECTIONS}
    applied = []
    for section, cls in _SECTIONS.items():
        for key in cls.__dataclass_fields__:
            name = f"{ENV_PREFIX}{section}_{key}".upper()
            if environ.get(name, "") != "":
                values[section][key] = _from_env(name, environ[name], cls.__dataclass_fields__[key].type)
                applied.append(name)
    lrs = LrsSettings(**{k: _typed(path, "lrs", k, v) for k, v in values["lrs"].items()})
    xapi = XapiSettings(**{k: _typed(path, "xapi", k, v) for k, v in values["xapi"].items()})
    _check(path, lrs, xapi)
    return Config(path, found, lrs, xapi, tuple(applied))


def _reject_unknown(raw: Mapping[str, Any], path: Path) -> None:
    for section, body in raw.items():
        if section not in _SECTIONS or not isinstance(body, dict):
            raise ConfigError(
                f"{path}: unknown section [{section}]; known: " + ", ".join(f"[{s}]" for s in _SECTIONS)
            )
        known = _SECTIONS[section].__dataclass_fields__
        for key in body:
            if key not in known:
                raise ConfigError(
                    f"{path}: unknown setting '{key}' in [{section}]; known: {', '.join(known)}"
                )


def _from_env(name: str, text: str, kind: str) -> Any:
    if kind == "bool":
        if text.strip().lower() in _TRUE | _FALSE:
            return text.strip().lower() in _TRUE
        raise ConfigError(f"{name} must be true or false, not {text!r}")
    if kind == "float":
        try:
            return float(text)
        except ValueError:
            raise ConfigError(f"{name} must be a number of seconds, not {text!r}") from None
    return text


def _typed(path: Path, section: str, key: str, value: Any) -> Any:
    kind = _SECTIONS[section].__dataclass_fields__[key].type
    ok = {
        "str": isinstance(value, str),
        "bool": isinstance(value, bool),
        "float": isinstance(value, (int, float)) and not isinstance(value, bool),
    }[kind]
    if not ok:
        shown = "a value" if key == "password" else repr(value)
        wanted = {"str": "text in quotes", "bool": "true or false", "float": "a number"}[kind]
        raise ConfigError(f"{path}: [{section}] {key} must be {wanted}, not {shown}")
    return float(value) if kind == "float" else value


def _check(path: Path, lrs: LrsSettings, xapi: XapiSettings) -> None:
    for where, url in (("[lrs] endpoint", lrs.endpoint), ("[xapi] activity_base", xapi.activity_base)):
        if not url:
            continue
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ConfigError(f"{path}: {where} must be an http:// or https:// address")
        if parts.username or parts.password:
            raise ConfigError(
                f"{path}: {where} must not hold a user name or password; "
                "put them in [lrs] username and password"
            )
    if lrs.endpoint and not (lrs.username and lrs.password):
        raise ConfigError(f"{path}: [lrs] endpoint is set, so [lrs] username and password are needed too")
    if lrs.timeout <= 0:
        raise ConfigError(f"{path}: [lrs] timeout must be more than 0 seconds")
