"""The records database's tables, as numbered migrations.

`PRAGMA user_version` holds the number of the last migration applied; `PRAGMA application_id`
marks the file as ours, so another program's database is never mistaken for records.
A migration is appended, never edited once released. A new file gets 1 KiB pages (see opening.py): each
table costs a page even when empty, and rows are small.
"""

from __future__ import annotations

APPLICATION_ID = 0x4D4E5245  # "MNRE": Modo Niñez REcords
COMPLETED, ABANDONED = 1_000_000_000, 1_000_000_001  # events of `pending`, after every decision

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
    # 3: lean records. A decision is one appended row (no snapshot rewrite: an attempt resumes by replaying
    # its decisions); xAPI statements are built when sent, so the outbox holds only which events wait.
    """
    ALTER TABLE attempts ADD COLUMN start_state TEXT;     -- where play began, when not the scenario's start
    ALTER TABLE attempts ADD COLUMN end_state TEXT;       -- the ending reached
    UPDATE attempts SET start_state = json_extract(snapshot, '$.start'),
                        end_state = CASE WHEN status = 'finished' THEN json_extract(snapshot, '$.state') END;
    ALTER TABLE attempts DROP COLUMN snapshot;
    CREATE TABLE decisions3 (
        attempt_id  INTEGER NOT NULL REFERENCES attempts(id),
        number      INTEGER NOT NULL,            -- 1 for the first decision of the attempt
        state       TEXT NOT NULL,
        choice      TEXT NOT NULL,
        deltas      TEXT NOT NULL,               -- JSON object: competency -> score change
        seconds     REAL NOT NULL,               -- time taken to decide (reading included)
        made        INTEGER NOT NULL,            -- Unix time in milliseconds
        PRIMARY KEY (attempt_id, number)
    ) WITHOUT ROWID;
    INSERT INTO decisions3 SELECT attempt_id, number, state, choice, deltas, seconds,
        CAST(round((julianday(made) - 2440587.5) * 86400000.0) AS INTEGER) FROM decisions;
    DROP TABLE decisions;
    ALTER TABLE decisions3 RENAME TO decisions;
    CREATE TABLE votes3 (
        attempt_id  INTEGER NOT NULL REFERENCES attempts(id),
        number      INTEGER NOT NULL,
        team        TEXT,
        counts      TEXT NOT NULL,
        PRIMARY KEY (attempt_id, number)
    ) WITHOUT ROWID;
    INSERT INTO votes3 SELECT attempt_id, number, team, counts FROM votes;
    DROP TABLE votes;
    ALTER TABLE votes3 RENAME TO votes;
    CREATE TABLE texts (                          -- what statements quote: titles and choices, once each
        scenario_id       TEXT NOT NULL,
        scenario_version  INTEGER NOT NULL,
        item              TEXT NOT NULL,          -- '' for the title, else a choice id
        language          TEXT NOT NULL,
        text              TEXT NOT NULL,
        PRIMARY KEY (scenario_id, scenario_version, item, language)
    ) WITHOUT ROWID;
    CREATE TABLE pending (                        -- xAPI events the LRS does not have yet
        attempt_id  INTEGER NOT NULL REFERENCES attempts(id),
        event       INTEGER NOT NULL,             -- 0 started, N decision N, then COMPLETED or ABANDONED
        refused     TEXT,                         -- why the LRS refused it (kept for sync --retry-refused)
        PRIMARY KEY (attempt_id, event)
    ) WITHOUT ROWID;
    CREATE TEMP VIEW old_outbox AS
        SELECT a.id AS attempt_id, o.refused, o.statement AS s,
               json_extract(o.statement, '$.verb.id') AS verb, a.scenario_id, a.scenario_version, a.language
        FROM outbox o JOIN attempts a ON a.registration = json_extract(o.statement, '$.context.registration')
        WHERE o.sent IS NULL AND o.statement IS NOT NULL;
    INSERT OR IGNORE INTO pending (attempt_id, event, refused)
        SELECT attempt_id, CASE verb
            WHEN 'http://adlnet.gov/expapi/verbs/attempted' THEN 0
            WHEN 'http://adlnet.gov/expapi/verbs/completed' THEN 1000000000
            WHEN 'https://w3id.org/xapi/adl/verbs/abandoned' THEN 1000000001
            ELSE json_extract(s, '$.context.extensions."https://modo-ninez.example/xapi/extensions/choice".number')
            END, refused FROM old_outbox;
    INSERT OR IGNORE INTO texts
        SELECT scenario_id, scenario_version, json_extract(s, '$.result.response'), language,
               json_extract(s, '$.context.extensions."https://modo-ninez.example/xapi/extensions/choice".text')
        FROM old_outbox WHERE verb = 'http://adlnet.gov/expapi/verbs/answered';
    INSERT OR IGNORE INTO texts
        SELECT scenario_id, scenario_version, '', n.key, n.value
        FROM old_outbox, json_each(json_extract(s, '$.object.definition.name')) n
        WHERE verb IN ('http://adlnet.gov/expapi/verbs/attempted', 'http://adlnet.gov/expapi/verbs/completed');
    DROP VIEW old_outbox;
    DROP TABLE outbox;
    """,
    # 4: where an attempt's scenario came from; a room's votes entered but not yet revealed.
    """
    ALTER TABLE attempts ADD COLUMN source TEXT;  -- "bundled", or the scenario file's path
    CREATE TABLE vote_drafts (
        attempt_id  INTEGER PRIMARY KEY REFERENCES attempts(id),
        number      INTEGER NOT NULL,             -- the decision being voted on
        counts      TEXT NOT NULL                 -- JSON object: choice id -> officers so far
    );
    """,
)

LATEST = len(MIGRATIONS)
