"""A program opening the records at the same moment as others, for the race tests.

    python opener_proc.py DATA_DIR GO_FILE NICKNAME

Waits until GO_FILE exists (so every process starts together), opens the records, adds a player and
prints the notices as one JSON line.
"""

import json
import os
import sys
import time

from game.records import Store
from game.records.config import Config


def main(data_dir: str, go: str, nickname: str) -> None:
    while not os.path.exists(go):
        time.sleep(0.001)
    with Store.open(data_dir, Config(os.path.join(data_dir, "none.toml"), False)) as store:
        store.create_player(nickname)
        print(json.dumps(store.notices), flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
