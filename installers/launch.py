"""PyInstaller's entry script for the bundle: the same as the `raadsviewer` command.

(Not named raadsviewer.py: a script of that name would shadow the raadsviewer package.)
"""

import sys

from raadsviewer.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
