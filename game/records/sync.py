"""Sending the outbox to a Learning Record Store over HTTP (standard library only, Basic auth).

Each statement carries its own stable id, and an LRS stores a statement id once: a batch
that went through but whose answer was lost is simply sent again, and the LRS keeps the one it
has. A batch the LRS refuses is retried one statement at a time (PUT with statementId), so one
bad statement is set aside with its reason and the rest still go. Credentials never appear in a
message or a log line.
"""

from __future__ import annotations

import base64
import http.client
import logging
import sqlite3
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from . import outbox
from .config import LrsSettings
from .store import transaction, utc_now
from .xapi import XAPI_VERSION

log = logging.getLogger(__name__)
BATCH = 50
_REFUSED = {400, 409, 413, 422}


class LrsProblem(Exception):
    """The LRS could not take statements now (unreachable, failing, or refusing the login)."""


class _Refused(Exception):
    """The LRS refused these statements themselves (bad or conflicting); the reason is the message."""


@dataclass(frozen=True)
class SyncResult:
    """What one sync did: statements sent and refused, how many still wait, and why it stopped early."""

    sent: int
    refused: int
    waiting: int
    problem: str | None = None


class LrsClient:
    """POST and PUT of statements to one LRS endpoint."""

    def __init__(self, settings: LrsSettings):
        endpoint = settings.endpoint.rstrip("/")
        self.url = endpoint if endpoint.endswith("/statements") else endpoint + "/statements"
        self.endpoint = settings.endpoint
        self._timeout = settings.timeout
        token = base64.b64encode(f"{settings.username}:{settings.password}".encode()).decode("ascii")
        self._headers = {"Authorization": f"Basic {token}", "X-Experience-API-Version": XAPI_VERSION,
                         "Content-Type": "application/json; charset=utf-8"}
        # No redirects: following one would hand the credentials to another address.
        self._opener = urllib.request.build_opener(_NoRedirect)

    def post(self, bodies: list[str]) -> None:
        """Store a batch of statements (raises _Refused or LrsProblem)."""
        self._send("POST", self.url, ("[" + ",".join(bodies) + "]").encode("utf-8"))

    def put(self, statement_id: str, body: str) -> None:
        """Store one statement under its id (raises _Refused or LrsProblem)."""
        self._send("PUT", f"{self.url}?statementId={quote(statement_id)}", body.encode("utf-8"))

    def _send(self, method: str, url: str, data: bytes) -> None:
        request = urllib.request.Request(url, data=data, method=method, headers=self._headers)
        try:
            with self._opener.open(request, timeout=self._timeout) as response:
                response.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read(300).decode("utf-8", "replace").strip()
            exc.close()
            if exc.code in _REFUSED:
                raise _Refused(f"HTTP {exc.code}: {detail}") from None
            if exc.code in (401, 403):
                raise LrsProblem(f"the LRS at {self.endpoint} refused the user name or password "
                                 f"(HTTP {exc.code})") from None
            if 300 <= exc.code < 400:
                raise LrsProblem(f"the LRS at {self.endpoint} answered with a redirect to "
                                 f"{exc.headers.get('Location')}; set the endpoint to that address") from None
            raise LrsProblem(f"the LRS at {self.endpoint} failed (HTTP {exc.code})") from None
        except (OSError, http.client.HTTPException) as exc:  # URLError and timeouts are OSErrors
            reason = getattr(exc, "reason", exc)
            raise LrsProblem(f"the LRS at {self.endpoint} could not be reached ({reason})") from None


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def send_outbox(conn: sqlite3.Connection, path: Path, client: LrsClient, batch: int = BATCH) -> SyncResult:
    """Send every waiting statement, oldest first; stops early (keeping the rest) if the LRS is away."""
    sent = refused = 0
    problem = None
    while problem is None:
        items = outbox.waiting(conn, batch)
        if not items:
            break
        try:
            client.post([item.body for item in items])
            with transaction(conn, path):
                outbox.mark_sent(conn, [item.row for item in items], utc_now())
            sent += len(items)
        except _Refused:
            done, bad, problem = _one_by_one(conn, path, client, items)
            sent, refused = sent + done, refused + bad
        except LrsProblem as exc:
            problem = str(exc)
    waiting = outbox.status(conn).waiting
    if problem:
        log.debug("sync stopped: %s; %d statement(s) wait", problem, waiting)
    return SyncResult(sent, refused, waiting, problem)


def _one_by_one(conn: sqlite3.Connection, path: Path, client: LrsClient,
                items: list[outbox.Waiting]) -> tuple[int, int, str | None]:
    sent = refused = 0
    for item in items:
        try:
            client.put(item.statement_id, item.body)
        except _Refused as exc:
            log.warning("the LRS refused statement %s: %s", item.statement_id, exc)
            with transaction(conn, path):
                outbox.mark_refused(conn, item.row, str(exc))
            refused += 1
            continue
        except LrsProblem as exc:
            return sent, refused, str(exc)
        with transaction(conn, path):
            outbox.mark_sent(conn, [item.row], utc_now())
        sent += 1
    return sent, refused, None
