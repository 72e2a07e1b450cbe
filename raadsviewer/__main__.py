"""`python -m raadsviewer` and the `raadsviewer` command: a subcommand runs headless, none starts the window."""

from __future__ import annotations

import sys


def main() -> int:
    from raadsviewer.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
