"""Thin launcher: `python main.py --demo` is `deskclient --demo`."""

import sys

from deskclient.cli import main

if __name__ == "__main__":
    sys.exit(main())
