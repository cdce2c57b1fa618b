"""The frozen app's entry point: the same command line as `python -m game` and `modo-ninez`."""

import sys

from game.cli import main

if __name__ == "__main__":
    sys.exit(main())
