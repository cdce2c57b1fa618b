"""Trainer reports: attempts (with per-competency scores) and decisions, as CSV or JSON.

CSV is written as UTF-8 with a byte-order mark, so a spreadsheet (Excel included) opens it with
accents and ñ intact; times are the PC's local time, as a spreadsheet reads them. JSON nests each
attempt's decisions and keeps times in UTC (ISO 8601). The rows are built by SQLite itself (its
JSON functions included), which keeps a 10,000-attempt report well under the 2-second target.
"""

from __future__ import annotations

import csv
import json
from typing import IO

from . import cells
from .api import Store
from .queries import AttemptFilter
from .store import iso, local, stamp, utc_now

REPORT_FORMAT = "modo-ninez/report"
REPORT_VERSION = 1
ATTEMPT_COLUMNS = (
    "attempt",
    "player",
    "nickname",
    "badge",
    "station",
    "scenario",
    "scenario_version",
    "language",
    "started",
    "ended",
    "status",
    "ending",
    "decisions",
    "seconds",
    "points",
    "best",
    "share",
    "source",
)
DECISION_COLUMNS = (
    "attempt",
    "player",
    "nickname",
    "station",
    "scenario",
    "scenario_version",
    "number",
    "state",
    "choice",
    "seconds",
    "made",
)
_FROM = "FROM attempts a JOIN players p ON p.id = a.player_id"
_MADE = local("d.made / 1000.0, 'unixepoch'")  # decisions keep milliseconds


def write_csv(store: Store, out: IO[str], which: AttemptFilter, rows: str = "attempts") -> int:
    """Write one table, `rows` = "attempts" or "decisions", to a text stream; returns the row count.

    Open a file for it with encoding="utf-8-sig" and newline="".
    """
    where, params = which.sql()
    if rows == "attempts":
        competencies = [
            c
            for (c,) in store.select(
                f"SELECT DISTINCT s.competency {_FROM} JOIN attempt_scores s ON s.attempt_id = a.id "
                f"WHERE {where} ORDER BY 1",
                params,
            )
        ]
        per_competency = "".join(
            f", (SELECT earned FROM attempt_scores WHERE attempt_id = a.id AND competency = ?{n})"
            f", (SELECT round(share, 3) FROM attempt_scores WHERE attempt_id = a.id AND competency = ?{n})"
            for n in range(1, len(competencies) + 1)
        )
        header = ATTEMPT_COLUMNS + tuple(f"{c}_{part}" for c in competencies for part in ("points", "share"))
        typed: tuple[int, ...] = (
            2,
            3,
            4,
        )  # nickname, badge, station: typed in by people; ids are checked safe names
        sql = (
            "SELECT a.id, p.id, p.nickname, p.badge, p.station, "
            "a.scenario_id, a.scenario_version, a.language, "
            f"{local('a.started')}, {local('a.ended')}, a.status, a.ending, "
            "(SELECT count(*) FROM decisions WHERE attempt_id = a.id), "
            "(SELECT round(coalesce(sum(seconds), 0), 2) FROM decisions WHERE attempt_id = a.id), "
            "a.earned, a.best, round(a.share, 3), "
            f"a.source{per_competency} {_FROM} WHERE {where} ORDER BY a.id"
        )
    elif rows == "decisions":
        decisions_from = (
            "FROM decisions d JOIN attempts a ON a.id = d.attempt_id JOIN players p ON p.id = a.player_id"
        )
        competencies = [
            c
            for (c,) in store.select(
                f"SELECT DISTINCT j.key {decisions_from}, json_each(d.deltas) j WHERE {where} ORDER BY 1",
                params,
            )
        ]
        header = DECISION_COLUMNS + tuple(f"{c}_delta" for c in competencies)
        per_competency = "".join(f", json_extract(d.deltas, ?{n})" for n in range(1, len(competencies) + 1))
        typed = (2, 3)
        sql = (
            "SELECT a.id, p.id, p.nickname, p.station, a.scenario_id, "
            "a.scenario_version, d.number, d.state, d.choice, round(d.seconds, 2), "
            f"{_MADE}{per_competency} {decisions_from} WHERE {where} "
            "ORDER BY d.attempt_id, d.number"
        )
        competencies = [f'$."{c}"' for c in competencies]
    else:
        raise ValueError(f"rows must be 'attempts' or 'decisions', not {rows!r}")
    writer = csv.writer(out)
    writer.writerow(header)
    count = 0
    # ?1..?N (the competencies) come first in the text, so the filter's plain ? parameters follow them.
    for row in cells.rows(store.select(sql, competencies + params), typed):
        writer.writerow(row)
        count += 1
    return count


def write_json(store: Store, out: IO[str], which: AttemptFilter) -> int:
    """Write every selected attempt with its player, scores and decisions as one JSON document."""
    where, params = which.sql()
    attempts = [
        text
        for (text,) in store.select(
            f"""
        SELECT json_object(
            'attempt', a.id, 'registration', a.registration,
            'player', json_object('id', p.id, 'nickname', p.nickname, 'badge', p.badge,
                                  'station', p.station, 'pseudonym', p.pseudonym),
            'scenario', a.scenario_id, 'scenario_version', a.scenario_version, 'language', a.language,
            'started', a.started, 'ended', a.ended, 'status', a.status, 'ending', a.ending,
            'seconds', (SELECT round(coalesce(sum(seconds), 0), 2) FROM decisions WHERE attempt_id = a.id),
            'points', a.earned, 'best', a.best, 'share', round(a.share, 3), 'source', a.source,
            'scores', json((SELECT json_group_object(competency, json_object(
                'points', earned, 'best', best, 'worst', worst, 'share', round(share, 3)))
                FROM attempt_scores WHERE attempt_id = a.id)),
            'decisions', json((SELECT json_group_array(json_object(
                'number', number, 'state', state, 'choice', choice, 'deltas', json(deltas),
                'seconds', seconds, 'made', {iso("made")}))
                FROM (SELECT * FROM decisions WHERE attempt_id = a.id ORDER BY number))))
        {_FROM} WHERE {where} ORDER BY a.id""",
            params,
        )
    ]
    head = json.dumps(
        {
            "format": REPORT_FORMAT,
            "version": REPORT_VERSION,
            "generated": utc_now(),
            "filters": {
                "player": which.player,
                "scenario": which.scenario,
                "since": stamp(which.since) if which.since else None,
            },
        },
        ensure_ascii=False,
    )
    out.write(head[:-1] + ', "attempts": [' + ",\n".join(attempts) + "]}\n")  # head without its closing }
    return len(attempts)
