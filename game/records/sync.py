"""Sending the outbox to a Learning Record Store over HTTP (standard library only, Basic auth).

Each statement carries its own stable id, and an LRS stores a statement id once: a batch
that went through but whose answer was lost is simply sent again, and the LRS keeps the one it
has. A batch the LRS refuses is retried one statement at a time (PUT with statementId), so one
bad statement is set aside with its reason and the rest still go. When the LRS refuses everything (no
statement accepted in the same sync), that is a problem of the LRS or of its settings: every statement
stays waiting. Refused statements are kept for `sync --retry-refused`. Credentials never appear in a
message or a log line, and what the LRS answers is stripped of them before it is logged or stored (an
LRS may echo the request).
"""

from __future__ import annotations

import base64
import http.client
import json
import logging
import re
import sqlite3
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from pathlib import Path
from typing import IO
from urllib.parse import quote

from . import outbox
from .config import LrsSettings
from .outgoing import Outgoing, build
from .store import transaction
from .xapi import XAPI_VERSION, Statements

log = logging.getLogger(__name__)
BATCH = 50
_REFUSED = {400, 409, 413, 422}
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]+")
_AUTH = re.compile(r"(?i)\b(basic|bearer)\s+[A-Za-z0-9+/=._~-]+")


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
        secrets = {
            settings.password,
            f"{settings.username}:{settings.password}",
            token,
            quote(settings.password, safe=""),
            json.dumps(settings.password)[1:-1],
        }
        self._secrets = sorted((s for s in secrets if s), key=len, reverse=True)
        self._headers = {
            "Authorization": f"Basic {token}",
            "X-Experience-API-Version": XAPI_VERSION,
            "Content-Type": "application/json; charset=utf-8",
        }
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
            detail = self.scrub(exc.read(2000).decode("utf-8", "replace"))[:300]
            exc.close()
            if exc.code in _REFUSED:
                raise _Refused(f"HTTP {exc.code}: {detail}") from None
            if exc.code in (401, 403):
                raise LrsProblem(
                    f"the LRS at {self.endpoint} refused the user name or password (HTTP {exc.code})"
                ) from None
            if 300 <= exc.code < 400:
                raise LrsProblem(
                    f"the LRS at {self.endpoint} answered with a redirect to "
                    f"{self.scrub(exc.headers.get('Location') or '')}; set the endpoint to that address"
                ) from None
            raise LrsProblem(f"the LRS at {self.endpoint} failed (HTTP {exc.code})") from None
        except (OSError, http.client.HTTPException) as exc:  # URLError and timeouts are OSErrors
            reason = getattr(exc, "reason", exc)
            raise LrsProblem(f"the LRS at {self.endpoint} could not be reached ({reason})") from None

    def scrub(self, text: str) -> str:
        """What the LRS sent back, safe to log and store: no credentials, no control characters."""
        for secret in self._secrets:
            text = text.replace(secret, "***")
        return _CONTROL.sub(" ", _AUTH.sub(r"\1 ***", text)).strip()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: Message,
        newurl: str,
    ) -> urllib.request.Request | None:
        """Follow no redirect: an LRS that moves is reported, never followed elsewhere."""
        return None


def send_outbox(
    conn: sqlite3.Connection, path: Path, client: LrsClient, statements: Statements, batch: int = BATCH
) -> SyncResult:
    """Send every waiting statement, oldest first; stops early (keeping the rest) if the LRS is away."""
    sent = refused = 0
    problem = None
    while problem is None:
        items = build(conn, statements, outbox.waiting(conn, batch))
        if not items:
            break
        try:
            client.post([item.body for item in items])
            with transaction(conn, path):
                outbox.mark_sent(conn, [item.event for item in items])
            sent += len(items)
        except _Refused:
            done, bad, problem = _one_by_one(conn, path, client, items, accepted_before=sent > 0)
            sent, refused = sent + done, refused + bad
        except LrsProblem as exc:
            problem = str(exc)
    waiting = outbox.status(conn).waiting
    if problem:
        log.debug("sync stopped: %s; %d statement(s) wait", problem, waiting)
    return SyncResult(sent, refused, waiting, problem)


def _one_by_one(
    conn: sqlite3.Connection, path: Path, client: LrsClient, items: list[Outgoing], accepted_before: bool
) -> tuple[int, int, str | None]:
    sent, refusals, problem = 0, [], None
    for item in items:
        try:
            client.put(item.statement_id, item.body)
        except _Refused as exc:
            refusals.append((item, str(exc)))
            continue
        except LrsProblem as exc:
            problem = str(exc)
            break
        with transaction(conn, path):
            outbox.mark_sent(conn, [item.event])
        sent += 1
    if refusals and not (accepted_before or sent):
        return (
            sent,
            0,
            (
                f"the LRS refused every statement sent ({refusals[0][1]}); they all wait: check the "
                "LRS and its settings"
            ),
        )
    for item, reason in refusals:
        log.warning("the LRS refused statement %s: %s", item.statement_id, reason)
        with transaction(conn, path):
            outbox.mark_refused(conn, item.event, reason)
    return sent, len(refusals), problem
