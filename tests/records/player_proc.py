"""An officer playing in a process of its own, for the SIGKILL tests.

    python player_proc.py DATA_DIR SCENARIO_FILE ATTEMPTS PACE

Plays ATTEMPTS attempts through the records API and prints one JSON line after each decision is
committed: {"attempt", "number", "snapshot"}. PACE "input" thinks until a line arrives on standard
input before each choice (the test decides when); "fast" does not wait at all.
"""

import json
import sys

from game.engine import Session
from game.records import Store
from game.scenario import load_scenario


def main(data_dir: str, scenario_file: str, attempts: int, pace: str) -> None:
    scenario = load_scenario(scenario_file)
    with Store.open(data_dir) as store:
        player = store.create_player("Rosa", station="Comisaría Pucallpa")
        for round_ in range(attempts):
            session = Session(scenario)
            attempt = store.start_attempt(player.id, session)
            while not session.finished:
                if pace == "input":
                    sys.stdin.readline()
                offered = len(session.choices)
                outcome = session.choose((len(session.history) + round_) % offered + 1)
                store.record_decision(attempt, outcome, 2.0, session)
                print(
                    json.dumps(
                        {"attempt": attempt, "number": len(session.history), "snapshot": session.snapshot()}
                    ),
                    flush=True,
                )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4])
