#!/usr/bin/env python3
"""Check the labelled evaluation set: tests/data/gold.csv against tests/data/articles/.

Standard library only. Run from anywhere:

    python3 tests/data/check_gold.py           # verify; exit status 1 on any problem
    python3 tests/data/check_gold.py --counts  # verify, then print the count tables (Markdown)
    python3 tests/data/check_gold.py --set dev2 [--counts]  # another labelled folder:
                                               # dev2, dev3 or holdout (six languages)

What is verified:
  * the header is exactly HEADER below;
  * every source has an article file articles/<source>.txt, and lang matches the file prefix;
  * every quote occurs verbatim in its article (after collapsing runs of whitespace);
  * every metric exists in checker/data/metrics.toml;
  * qualifier, unit and modality are in the allowed sets, and the unit fits the metric
    (people for counts, a duration unit for durations, phases for ceasefire.phases, and
    share/percent only for metrics with shares = true);
  * value, low and high parse as plain numbers (no thousands separators);
  * range rows have low <= value <= high and value = midpoint; only range rows and vague
    at_least rows (value = low) carry bounds;
  * no duplicate (source, metric, value, modality);
  * a date line, when present, is exactly " date YYYY-MM-DD" within 2023-10-07..2025-03-31.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
METRICS = Path(__file__).resolve().parents[2] / "checker" / "data" / "metrics.toml"

HEADER = [
    "source",
    "lang",
    "metric",
    "value",
    "low",
    "high",
    "qualifier",
    "unit",
    "modality",
    "quote",
]
QUALIFIERS = {"exact", "approx", "more_than", "less_than", "at_least", "at_most", "range"}
MODALITIES = {"reported", "proposed"}
UNITS_BY_DIMENSION = {
    "count": {"people"},
    "duration": {"days", "weeks", "months", "years"},
    "phases": {"phases"},
}
SHARE_UNITS = {"share", "percent"}
LANGS = ("en", "id")
DATE_LINE = re.compile(r"^ date (\d{4}-\d{2}-\d{2})$")
FIRST_DATE, LAST_DATE = dt.date(2023, 10, 7), dt.date(2025, 3, 31)
NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


def load_metrics(path: Path) -> dict[str, dict]:
    """key -> {"dimension": ..., "shares": bool}; tomllib when available, else a small parser."""
    text = path.read_text(encoding="utf-8")
    try:
        import tomllib  # Python 3.11+

        data = tomllib.loads(text)
        return {
            m["key"]: {"dimension": m.get("dimension", ""), "shares": bool(m.get("shares", False))}
            for m in data.get("metric", [])
        }
    except ImportError:
        metrics: dict[str, dict] = {}
        for block in text.split("[[metric]]")[1:]:
            fields = dict(re.findall(r'^(\w+)\s*=\s*"?([^"\n]*)"?\s*$', block, re.M))
            metrics[fields["key"]] = {
                "dimension": fields.get("dimension", ""),
                "shares": fields.get("shares", "false").strip() == "true",
            }
        return metrics


def collapse(text: str) -> str:
    return " ".join(text.split())


def check(
    folder: Path = HERE, langs: tuple[str, ...] = LANGS
) -> tuple[list[str], list[dict], dict[str, str]]:
    problems: list[str] = []
    metrics = load_metrics(METRICS)
    articles = {
        p.stem: p.read_text(encoding="utf-8") for p in sorted((folder / "articles").glob("*.txt"))
    }

    for name, text in articles.items():
        if name[:3] not in {lang + "_" for lang in langs}:
            prefixes = " or ".join(lang + "_" for lang in langs)
            problems.append(f"articles/{name}.txt: file name must start with {prefixes}")
        first = text.split("\n", 1)[0]
        if first.lstrip().startswith("date"):
            m = DATE_LINE.match(first)
            if not m:
                problems.append(f"articles/{name}.txt: malformed date line {first!r}")
            else:
                try:
                    day = dt.date.fromisoformat(m.group(1))
                except ValueError:
                    problems.append(f"articles/{name}.txt: invalid date {m.group(1)}")
                else:
                    if not FIRST_DATE <= day <= LAST_DATE:
                        problems.append(
                            f"articles/{name}.txt: date {day} outside {FIRST_DATE}..{LAST_DATE}"
                        )

    with (folder / "gold.csv").open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader, None)
        if header != HEADER:
            problems.append(f"gold.csv: header is {header}, expected {HEADER}")
            return problems, [], articles
        rows = [
            dict(zip(HEADER, r, strict=False)) | {"_line": i, "_width": len(r)}
            for i, r in enumerate(reader, start=2)
        ]

    seen: dict[tuple, int] = {}
    for row in rows:
        where = f"gold.csv:{row['_line']}"
        if row["_width"] != len(HEADER):
            problems.append(f"{where}: {row['_width']} fields, expected {len(HEADER)}")
            continue
        src, metric, unit, qual = row["source"], row["metric"], row["unit"], row["qualifier"]

        if src not in articles:
            problems.append(f"{where}: no article file articles/{src}.txt")
        elif collapse(row["quote"]) not in collapse(articles[src]):
            problems.append(f"{where}: quote not found verbatim in {src}: {row['quote']!r}")
        if not row["quote"].strip():
            problems.append(f"{where}: empty quote")
        if row["lang"] not in langs or not src.startswith(row["lang"] + "_"):
            problems.append(f"{where}: lang {row['lang']!r} does not match source {src!r}")

        info = metrics.get(metric)
        if info is None:
            problems.append(f"{where}: unknown metric {metric!r}")
        if qual not in QUALIFIERS:
            problems.append(f"{where}: unknown qualifier {qual!r}")
        if row["modality"] not in MODALITIES:
            problems.append(f"{where}: unknown modality {row['modality']!r}")
        allowed = set().union(*UNITS_BY_DIMENSION.values(), SHARE_UNITS)
        if unit not in allowed:
            problems.append(f"{where}: unknown unit {unit!r}")
        elif info is not None:
            fits = UNITS_BY_DIMENSION.get(info["dimension"], set()) | (
                SHARE_UNITS if info["shares"] else set()
            )
            if unit not in fits:
                problems.append(
                    f"{where}: unit {unit!r} does not fit metric {metric} ({info['dimension']})"
                )

        nums: dict[str, float | None] = {}
        for col in ("value", "low", "high"):
            raw = row[col]
            if raw == "" and col != "value":
                nums[col] = None
            elif NUMBER.match(raw):
                nums[col] = float(raw)
            else:
                problems.append(f"{where}: {col} {raw!r} is not a plain number")
                nums[col] = None
        value, low, high = nums["value"], nums["low"], nums["high"]
        if value is not None:
            if unit == "share" and not 0 < value <= 1:
                problems.append(f"{where}: share {value} outside (0, 1]")
            if unit == "percent" and not 0 < value <= 100:
                problems.append(f"{where}: percent {value} outside (0, 100]")
            if qual == "range":
                if low is None or high is None:
                    problems.append(f"{where}: range row needs low and high")
                elif not low <= value <= high:
                    problems.append(
                        f"{where}: range needs low <= value <= high ({low}, {value}, {high})"
                    )
                elif abs(value - (low + high) / 2) > 1e-9:
                    problems.append(
                        f"{where}: range value {value} is not the midpoint of {low}..{high}"
                    )
            elif high is not None:
                problems.append(f"{where}: high is only set on range rows")
            elif low is not None and not (qual == "at_least" and low == value):
                problems.append(
                    f"{where}: low is only set on range rows and vague at_least rows (low = value)"
                )

        key = (src, metric, row["value"], row["modality"])
        if key in seen:
            problems.append(f"{where}: duplicate of line {seen[key]} {key}")
        else:
            seen[key] = row["_line"]

    return problems, rows, articles


def counts(rows: list[dict], articles: dict[str, str], langs: tuple[str, ...] = LANGS) -> str:
    metrics = list(load_metrics(METRICS))
    lang_of = lambda name: name[:2]  # noqa: E731
    arts = Counter(lang_of(n) for n in articles)
    dated = Counter(lang_of(n) for n, t in articles.items() if DATE_LINE.match(t.split("\n", 1)[0]))
    labelled = {r["source"] for r in rows}
    empty = Counter(lang_of(n) for n in articles if n not in labelled)
    claims = Counter(r["lang"] for r in rows)
    out = [
        "| language | articles | dated | without claims | gold claims |",
        "|---|---:|---:|---:|---:|",
    ]
    for lang in sorted(arts):
        out.append(f"| {lang} | {arts[lang]} | {dated[lang]} | {empty[lang]} | {claims[lang]} |")
    out.append(
        f"| all | {sum(arts.values())} | {sum(dated.values())} | {sum(empty.values())} | {len(rows)} |"
    )
    shown = [lang for lang in langs if lang in arts]
    out += [
        "",
        "| metric | " + " | ".join(shown) + " | all |",
        "|---|" + "---:|" * (len(shown) + 1),
    ]
    per = Counter((r["metric"], r["lang"]) for r in rows)
    for m in metrics:
        cells = " | ".join(str(per[m, lang]) for lang in shown)
        out.append(f"| {m} | {cells} | {sum(per[m, lang] for lang in shown)} |")
    out += ["", "| qualifier | claims |", "|---|---:|"]
    for q, n in sorted(Counter(r["qualifier"] for r in rows).items()):
        out.append(f"| {q} | {n} |")
    out += ["", "| modality | claims |", "|---|---:|"]
    for q, n in sorted(Counter(r["modality"] for r in rows).items()):
        out.append(f"| {q} | {n} |")
    return "\n".join(out)


def main(argv: list[str], folder: Path = HERE, langs: tuple[str, ...] = LANGS) -> int:
    problems, rows, articles = check(folder, langs)
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        print(f"FAILED: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    print(
        f"OK: {len(rows)} gold claims in {len({r['source'] for r in rows})} of {len(articles)} articles"
    )
    if "--counts" in argv:
        print()
        print(counts(rows, articles, langs))
    return 0


#: Labelled folders beside this one (articles/ + gold.csv), in all six languages.
OTHER_SETS = ("dev2", "dev3", "holdout")
ALL_LANGS = ("en", "id", "es", "fr", "de", "ms")


def run(argv: list[str]) -> int:
    """main() on this folder, or with ``--set NAME`` on tests/data/NAME."""
    if "--set" not in argv:
        return main(argv)
    at = argv.index("--set")
    name = argv[at + 1] if at + 1 < len(argv) else ""
    if name not in OTHER_SETS and not (HERE / name / "gold.csv").is_file():
        print(
            f"--set takes one of {', '.join(OTHER_SETS)}, or a folder of tests/data "
            "with articles/ and gold.csv",
            file=sys.stderr,
        )
        return 2
    return main(argv[:at] + argv[at + 2 :], folder=HERE / name, langs=ALL_LANGS)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
