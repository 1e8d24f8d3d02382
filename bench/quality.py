"""Extraction quality: precision, recall and F1 per metric and overall, on the labelled set
(tests/data/articles + gold.csv) and on the bundled seeds (seeds/ + reviewed claims/*.csv).

A match is the same source, metric and value; among matches the script also reports how
often the qualifier, unit and modality agree. --verbose lists false positives and negatives.

    .venv/bin/python bench/quality.py [--verbose] [--jobs N]
    .venv/bin/python bench/quality.py --speed [MB]   # extract_text throughput on one core
    .venv/bin/python bench/quality.py --set lang_dev # dev articles of the added languages
    .venv/bin/python bench/quality.py --set dev2     # six-language dev set (the former held-out set)
    .venv/bin/python bench/quality.py --set dev3     # six-language dev set in other genres
    .venv/bin/python bench/quality.py --set holdout  # the held-out set (measure only, never tune)
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.extract.pipeline import extract_paths  # noqa: E402

Key = tuple[str, str, float]  # source, metric, value


def _value(text: str) -> float:
    """Values compare to 3 significant digits for shares (0.333 = 1/3), else exactly."""
    value = float(text)
    return round(value, 3) if abs(value) < 1 else round(value, 6)


def read_gold(path: Path, reviewed_only: bool = False) -> dict[Key, dict[str, str]]:
    gold: dict[Key, dict[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if reviewed_only and row.get("status", "reviewed") != "reviewed":
                continue
            gold.setdefault((row["source"], row["metric"], _value(row["value"])), row)
    return gold


def read_claims_folder(folder: Path) -> dict[Key, dict[str, str]]:
    gold: dict[Key, dict[str, str]] = {}
    for path in sorted(folder.glob("*.csv")):
        if path.name in ("sources.csv", "acknowledged.csv"):
            continue
        gold.update(read_gold(path, reviewed_only=True))
    return gold


def run(articles: Path, jobs: int) -> dict[Key, dict[str, str]]:
    found: dict[Key, dict[str, str]] = {}
    for result in extract_paths([articles], jobs=jobs):
        for row in result.rows():
            found.setdefault((row["source"], row["metric"], _value(row["value"])), row)
    return found


def score(name: str, gold: dict[Key, dict], found: dict[Key, dict], verbose: bool) -> float:
    sources = {key[0] for key in gold} | {key[0] for key in found}
    found = {k: v for k, v in found.items() if k[0] in sources}
    metrics = sorted({k[1] for k in gold} | {k[1] for k in found})
    print(f"\n== {name}: {len(gold)} gold claims, {len(found)} extracted")
    print(f"{'metric':28} {'gold':>5} {'found':>5} {'tp':>4} {'P':>6} {'R':>6} {'F1':>6}")
    per: dict[str, Counter] = defaultdict(Counter)
    for key in gold:
        per[key[1]]["gold"] += 1
        per[key[1]]["tp"] += key in found
    for key in found:
        per[key[1]]["found"] += 1
    for metric in metrics + ["OVERALL"]:
        counts = per[metric] if metric != "OVERALL" else sum(per.values(), Counter())
        p, r, f = _prf(counts["tp"], counts["found"], counts["gold"])
        row = f"{metric:28} {counts['gold']:5} {counts['found']:5} {counts['tp']:4}"
        print(f"{row} {p:6.2f} {r:6.2f} {f:6.2f}")
    matched = [k for k in gold if k in found]
    for field in ("qualifier", "unit", "modality"):
        same = sum(gold[k].get(field, "") == found[k][field] for k in matched)
        print(f"matched with the right {field}: {same}/{len(matched)}")
    if verbose:
        _listing(gold, found)
    return _prf(sum(k in found for k in gold), len(found), len(gold))[2]


def _prf(tp: int, found: int, gold: int) -> tuple[float, float, float]:
    p = tp / found if found else 1.0
    r = tp / gold if gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _listing(gold: dict[Key, dict], found: dict[Key, dict]) -> None:
    for key in sorted(k for k in found if k not in gold):
        print(f"  FP {key[0]} {key[1]} {key[2]:g}: {found[key]['quote'][:110]!r}")
    for key in sorted(k for k in gold if k not in found):
        print(f"  FN {key[0]} {key[1]} {key[2]:g}: {gold[key].get('quote', '')[:110]!r}")
    for key in sorted(k for k in gold if k in found):
        diffs = [
            f"{f} {found[key][f]} (gold {gold[key].get(f, '')})"
            for f in ("qualifier", "unit", "modality")
            if gold[key].get(f, "") != found[key][f]
        ]
        if diffs:
            print(f"  ~~ {key[0]} {key[1]} {key[2]:g}: {'; '.join(diffs)}")


def speed(megabytes: float) -> None:
    """Seeds and labelled articles repeated to ``megabytes``, through extract_text on one core
    (CPU time of this process, so other load on the machine matters less)."""
    from checker.extract.detect import detect_language
    from checker.extract.pipeline import extract_text
    from checker.lang import load_packs
    from checker.taxonomy import load_taxonomy

    packs, taxonomy = load_packs(), load_taxonomy()
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
        (ROOT / "tests" / "data" / "articles").glob("*.txt")
    )
    texts = [path.read_text(encoding="utf-8") for path in files]
    langs = [detect_language(text, packs) for text in texts]
    size = sum(len(text.encode("utf-8")) for text in texts)
    rounds = max(1, round(megabytes * 1e6 / size))
    started = time.process_time()
    for _ in range(rounds):
        for text, lang in zip(texts, langs, strict=True):
            extract_text(text, source="s", lang=lang, packs=packs, taxonomy=taxonomy)
    spent = time.process_time() - started
    total = rounds * size / 1e6
    print(f"extract_text: {total:.1f} MB in {spent:.1f} s CPU = {total / spent:.2f} MB/s")


def lang_dev(jobs: int, verbose: bool, name: str = "lang_dev") -> None:
    """--set lang_dev: tests/data/lang_dev (<code>_NN_*.txt + gold.csv), scored per language,
    with how often language detection picks the language its file name says.

    --set dev2: the same for tests/data/dev2 (articles/ + gold.csv), six languages; it was the
    held-out set until its score was reported, then became development data.
    --set dev3: the same for tests/data/dev3, six languages in genres the others lack.
    --set holdout: the same for tests/data/holdout (articles/ + gold.csv), the held-out set
    that nobody tunes on: run it to measure, never to tune."""
    base = ROOT / "tests" / "data" / name
    gold = read_gold(base / "gold.csv")
    folder = base / "articles" if (base / "articles").is_dir() else base
    found: dict[Key, dict[str, str]] = {}
    detected: dict[str, str] = {}
    for result in extract_paths([folder], jobs=jobs):
        detected[result.source] = result.lang
        for row in result.rows():
            found.setdefault((row["source"], row["metric"], _value(row["value"])), row)
    for code in sorted({source.split("_")[0] for source in detected}):
        mine = [s for s in detected if s.startswith(f"{code}_")]
        right = sum(detected[s] == code for s in mine)
        wrong = ", ".join(f"{s} as {detected[s]}" for s in mine if detected[s] != code)
        print(f"\n{code}: language detected right for {right}/{len(mine)} {wrong}".rstrip())
        score(
            f"{name} {code}",
            {k: v for k, v in gold.items() if k[0].startswith(f"{code}_")},
            {k: v for k, v in found.items() if k[0].startswith(f"{code}_")},
            verbose,
        )
    score(f"{name} all", gold, found, verbose)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verbose", "-v", action="store_true")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--speed", type=float, nargs="?", const=10.0, metavar="MB")
    parser.add_argument(
        "--set",
        default="default",
        metavar="NAME",
        help="default, lang_dev, dev2, dev3, holdout, or any folder of tests/data "
        "with articles/ and gold.csv",
    )
    args = parser.parse_args()
    if args.speed:
        speed(args.speed)
        return 0
    if args.set != "default":
        if not (ROOT / "tests" / "data" / args.set / "gold.csv").is_file():
            parser.error(f"--set {args.set}: no tests/data/{args.set}/gold.csv")
        lang_dev(args.jobs, args.verbose, args.set)
        return 0
    labelled = ROOT / "tests" / "data"
    if (labelled / "gold.csv").is_file():
        gold = read_gold(labelled / "gold.csv")
        score("labelled set", gold, run(labelled / "articles", args.jobs), args.verbose)
    claims = read_claims_folder(ROOT / "claims")
    if claims:
        score("seeds", claims, run(ROOT / "seeds", args.jobs), args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
