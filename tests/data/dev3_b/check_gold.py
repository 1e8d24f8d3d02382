"""Check the third development set, half b (id, ms, de): tests/data/dev3_b/gold.csv against tests/data/dev3_b/articles/.

The checks are those of tests/data/check_gold.py (one implementation), run on this folder
with its three languages.

    python3 tests/data/dev3_b/check_gold.py           # verify; exit status 1 on any problem
    python3 tests/data/dev3_b/check_gold.py --counts  # verify, then print the count tables (Markdown)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_gold import main  # noqa: E402 - the development set's checker, one folder up

LANGS = ("id", "ms", "de")

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=HERE, langs=LANGS))
