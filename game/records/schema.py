"""The records database's tables, as numbered migrations.

`PRAGMA user_version` holds the number of the last migration applied; `PRAGMA application_id`
marks the file as ours, so another program's database is never mistaken for records.
A migration is appended, never edited once released.
"""

from __future__ import annotations

APPLICATION_ID = 0x4D4E5245  # "MNRE": Modo Niñez REcords

MIGRATIONS: tuple[str, ...] = (
    # 1: players, attempts with per-competency scores, decisions, and the xAPI outbox.
    """
    CREATE TABLE players (
        id         INTEGER PRIMARY KEY,
        pseudonym  TEXT NOT NULL UNIQUE,      -- random UUID: who the player is in xAPI statements
        nickname   TEXT NOT NULL,
        badge      TEXT,
        station    TEXT,
        language   TEXT NOT NULL,
        created    TEXT NOT NULL
    );
    CREATE TABLE attempts (
        id               INTEGER PRIMARY KEY,
        registration     TEXT NOT NULL UNIQUE,  -- random UUID: the xAPI registration
        player_id        INTEGER NOT NULL REFERENCES players(id),
        scenario_id      TEXT NOT NULL,
        scenario_version INTEGER NOT NULL,
        language         TEXT NOT NULL,
        started          TEXT NOT NULL,
        ended            TEXT,
        status           TEXT NOT NULL CHECK (status IN ('playing', 'finished', 'abandoned')),
        ending           TEXT CHECK (ending IN ('good', 'mixed', 'poor')),
        earned           INTEGER,
        best             INTEGER,
        share            REAL,
        snapshot         TEXT NOT NULL           -- Session.snapshot() after the last decision
    );
    CREATE INDEX attempts_by_player ON attempts(player_id, status);
    CREATE INDEX attempts_by_start ON attempts(started);
    CREATE TABLE attempt_scores (
        attempt_id  INTEGER NOT NULL REFERENCES attempts(id),
        competency  TEXT NOT NULL,
        earned      INTEGER NOT NULL,
        best        INTEGER NOT NULL,
        worst       INTEGER NOT NULL,
        share       REAL NOT NULL,
        PRIMARY KEY (attempt_id, competency)
    ) WITHOUT ROWID;
    CREATE TABLE decisions (
        id          INTEGER PRIMARY KEY,
        attempt_id  INTEGER NOT NULL REFERENCES attempts(id),
        number      INTEGER NOT NULL,            -- 1 for the first decision of the attempt
        state       TEXT NOT NULL,
        choice      TEXT NOT NULL,
        deltas      TEXT NOT NULL,               -- JSON object: competency -> score change
        seconds     REAL NOT NULL,
        made        TEXT NOT NULL,
        UNIQUE (attempt_id, number)
    );
    CREATE TABLE outbox (
        id            INTEGER PRIMARY KEY,
        statement_id  TEXT NOT NULL UNIQUE,
        statement     TEXT,                      -- the JSON sent, byte for byte, on every try; NULL once sent
        created       TEXT NOT NULL,
        sent          TEXT,
        refused       TEXT                       -- why the LRS refused it for good
    );
    CREATE INDEX outbox_waiting ON outbox(id) WHERE sent IS NULL AND refused IS NULL;
    """,
    # 2: workshops: a room of officers plays by vote; each run is an attempt of the room's player.
    """
    CREATE TABLE workshops (
        id            INTEGER PRIMARY KEY,
        name          TEXT NOT NULL,
        place         TEXT,
        held          TEXT NOT NULL,
        participants  INTEGER NOT NULL CHECK (participants >= 0),
        teams         TEXT NOT NULL,              -- JSON list of team names, [] without teams
        hide_scores   INTEGER NOT NULL,           -- 1: scores only at the debrief
        player_id     INTEGER NOT NULL REFERENCES players(id)   -- "the room" in attempts and xAPI
    );
    CREATE TABLE workshop_runs (
        attempt_id   INTEGER PRIMARY KEY REFERENCES attempts(id),
        workshop_id  INTEGER NOT NULL REFERENCES workshops(id),
        kind         TEXT NOT NULL CHECK (kind IN ('pre', 'main', 'post'))
    );
    CREATE TABLE votes (
        attempt_id  INTEGER NOT NULL REFERENCES attempts(id),
        number      INTEGER NOT NULL,             -- the decision's number in its attempt
        team        TEXT,                         -- the team whose turn it was, if any
        counts      TEXT NOT NULL,                -- JSON object: choice id -> officers who chose it
        PRIMARY KEY (attempt_id, number)
    );
    """,
)

LATEST = len(MIGRATIONS)
