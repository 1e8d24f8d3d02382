"""Check the third development set: tests/data/dev3/gold.csv against tests/data/dev3/articles/.

The checks are those of tests/data/check_gold.py (one implementation), run on this folder
with its six languages.

    python3 tests/data/dev3/check_gold.py           # verify; exit status 1 on any problem
    python3 tests/data/dev3/check_gold.py --counts  # verify, then print the count tables (Markdown)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_gold import main  # noqa: E402 - the development set's checker, one folder up

LANGS = ("en", "id", "es", "fr", "de", "ms")

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=HERE, langs=LANGS))
