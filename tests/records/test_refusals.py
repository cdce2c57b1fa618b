"""An LRS that refuses: statements are kept (for `sync --retry-refused`), `sync` says so with a non-zero
exit, and nothing the LRS answers is stored or logged with the credentials in it."""

from __future__ import annotations

import base64
import json
import logging
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from game import cli
from game.engine import Session
from game.records import Store
from game.records.config import Config, LrsSettings

from .helpers import play

PASSWORD = "Contraseña-secreta-4321"


class Echoing(BaseHTTPRequestHandler):
    """Answers 400 to every request, sending the request back (its Authorization header included)."""

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        echo = f"Bad request. You sent: {self.headers} {body.decode('utf-8', 'replace')}".encode()
        self.send_response(400)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(echo)))
        self.end_headers()
        self.wfile.write(echo)

    do_PUT = do_POST

    def log_message(self, *args) -> None:
        pass


@contextmanager
def echoing_lrs() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Echoing)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/xAPI/"
    finally:
        server.shutdown()
        server.server_close()


def _secrets(username: str) -> list[str]:
    token = base64.b64encode(f"{username}:{PASSWORD}".encode()).decode()
    return [PASSWORD, token, json.dumps(PASSWORD)[1:-1]]


def _everything_on_disk(folder) -> str:
    return "".join(
        p.read_bytes().decode("latin-1") + p.read_bytes().decode("utf-8", "replace")
        for p in folder.iterdir()
        if p.is_file()
    )


def _play(store, scenario) -> tuple[int, int]:
    player = store.create_player("Rosa")
    session = Session(scenario)
    attempt = store.start_attempt(player.id, session)
    play(store, attempt, session, [1, 1])
    return attempt, 3


def test_an_lrs_refusing_everything_keeps_every_statement_and_stores_no_secret(
    tmp_path, scenario, ralph, caplog, capsys, monkeypatch
):
    caplog.set_level(logging.DEBUG)
    data = tmp_path / "data"
    with echoing_lrs() as endpoint:
        config = Config(
            tmp_path / "c.toml", False, LrsSettings(endpoint, "estacion-12", PASSWORD, timeout=5.0)
        )
        with Store.open(data, config) as store:
            attempt, events = _play(store, scenario)
            result = store.sync()
            assert (result.sent, result.refused, result.waiting) == (0, 0, events)
            assert "refused every statement" in result.problem and "HTTP 400" in result.problem
            assert store.outbox_status().refused == 0  # nothing given up on: it was the LRS, not them
            assert store.start_background_sync(interval=0.05)
            registration = store.attempt(attempt).registration
        for name, value in (("ENDPOINT", endpoint), ("USERNAME", "estacion-12"), ("PASSWORD", PASSWORD)):
            monkeypatch.setenv(f"MODO_NINEZ_LRS_{name}", value)
        assert cli.main(["--data-dir", str(data), "sync"]) == 1
    shown = capsys.readouterr()
    assert "refused every statement" in shown.err and f"{events} wait" in shown.out
    for secret in _secrets("estacion-12"):
        assert secret not in caplog.text and secret not in shown.out + shown.err
        assert secret not in _everything_on_disk(data)
    assert "You sent" in caplog.text or "You sent" in shown.err  # the answer itself was logged, scrubbed
    # Pointed at a working LRS, everything goes.
    with Store.open(data, ralph.config(tmp_path)) as store:
        assert store.sync().sent == events
    assert len(ralph.stored(registration)) == events


def test_refused_statements_wait_for_retry_refused_and_sync_says_so(
    tmp_path, scenario, ralph, capsys, monkeypatch
):
    data = tmp_path / "data"
    with Store.open(data, ralph.config(tmp_path)) as store:
        attempt, events = _play(store, scenario)
        registration = store.attempt(attempt).registration
    taken = str(uuid.uuid5(uuid.UUID(registration), "decision/2"))
    ralph.post(
        {
            "id": taken,
            "actor": {"mbox": "mailto:otro@example.org"},
            "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"},
            "object": {"id": "https://example.org/otra-cosa"},
        }
    )
    for name, value in (
        ("ENDPOINT", ralph.endpoint),
        ("USERNAME", ralph.username),
        ("PASSWORD", ralph.password),
    ):
        monkeypatch.setenv(f"MODO_NINEZ_LRS_{name}", value)
    assert cli.main(["--data-dir", str(data), "sync"]) == 1
    shown = capsys.readouterr()
    assert "1 refused" in shown.out and "--retry-refused" in shown.err
    assert cli.main(["--data-dir", str(data), "sync"]) == 1  # still kept, still said
    assert "0 statement(s)" in capsys.readouterr().out
    assert (
        cli.main(["--data-dir", str(data), "sync", "--retry-refused"]) == 1
    )  # tried again: the LRS still says no
    assert "409" in capsys.readouterr().err  # alone, it cannot tell the statement from the LRS: it waits
    with Store.open(data, ralph.config(tmp_path)) as store:
        status = store.outbox_status()
        assert (status.waiting, status.refused) == (1, 0)
    assert len(ralph.stored(registration)) == events - 1


@pytest.mark.parametrize("answer", ["Authorization: Basic {token}", "password={password}", '"pw": "{json}"'])
def test_what_the_lrs_answers_is_scrubbed(answer):
    from game.records.sync import LrsClient

    client = LrsClient(LrsSettings("http://127.0.0.1:1/xAPI/", "u", PASSWORD))
    token = base64.b64encode(f"u:{PASSWORD}".encode()).decode()
    text = client.scrub(
        answer.format(token=token, password=PASSWORD, json=json.dumps(PASSWORD)[1:-1]) + "\x1b[31m"
    )
    assert PASSWORD not in text and token not in text and "\x1b" not in text and "***" in text
