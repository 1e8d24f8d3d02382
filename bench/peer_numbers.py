"""Score the English number reader on Microsoft Recognizers-Text's number specs.

    .venv/bin/python bench/peer_numbers.py [--failures]

Files: /work/shared/peer-tests/recognizers-text/English-NumberModel.json and
English-NumberRangeModel.json (MIT, see the README next to them). Every case counts; the
NotSupported field is ignored.

NumberModel: a case is right when the set of values the reader finds equals the set of
`Resolution.value`s (compared to 9 significant digits). The file's results are all of
TypeName "number", so ordinals ("the fifth") and dates ("May 4th", which the file expects to
yield nothing) are left out; a range contributes both its ends, every other mention its value
(percentages, money and parts of codes included: "$20" is the number 20 there).

NumberRangeModel: a case is right when the intervals the reader states equal the file's, in
order, ends and open/closed sides included ("(20,35]", "[500,)"). A mention states an interval
when it is bounded by words (more_than, at_least, ..., range) or carries an exact hedge
("equal to 20" -> [20,20]); a bare or approximate figure states none. Recognizers-Text writes
a range read from "X to Y" / "between X and Y" / "X-Y" as half open, [X,Y); the reader reports
such ranges closed, which is what a news report means ("between 20 and 30 people" includes
30). The score is printed both strictly and with that one convention mapped (a closed range
whose ends are not each bounded by their own comparison words is written [X,Y)).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checker.extract.numbers import NumberMention, compile_reader  # noqa: E402
from checker.lang import load_pack  # noqa: E402

PEER = ROOT.parent / "shared" / "peer-tests" / "recognizers-text"
NUMBER_FILE = PEER / "English-NumberModel.json"
RANGE_FILE = PEER / "English-NumberRangeModel.json"
NOT_NUMBERS = ("ordinal", "date")


def load_cases(path: Path) -> list[dict]:
    if not path.is_file():
        sys.exit(
            f"peer spec not found: {path}\n"
            "(copy Specs/Number/English of microsoft/Recognizers-Text there; see its README)"
        )
    return json.loads(path.read_text(encoding="utf-8-sig"))


def same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def same_sets(found: list[float], expected: list[float]) -> bool:
    def dedupe(values: list[float]) -> list[float]:
        out: list[float] = []
        for v in sorted(values):
            if not out or not same(out[-1], v):
                out.append(v)
        return out

    found, expected = dedupe(found), dedupe(expected)
    return len(found) == len(expected) and all(
        same(a, b) for a, b in zip(found, expected, strict=True)
    )


def values(mentions: list[NumberMention]) -> list[float]:
    out: list[float] = []
    for m in mentions:
        if m.kind in NOT_NUMBERS:
            continue
        if m.qualifier == "range" and m.low is not None and m.high is not None:
            out += [m.low, m.high]
        else:
            out.append(m.value)
    return out


def interval(m: NumberMention, convention: bool) -> str | None:
    """The mention's interval in Recognizers-Text notation, or None if it states none."""
    if m.qualifier in ("approx", "nearly") or (m.qualifier == "exact" and not m.hedge):
        return None
    high_open = m.high_open
    if (
        convention
        and m.qualifier == "range"
        and not (m.low_open or m.high_open)
        and not _own_bounds(m)
    ):
        high_open = True
    left = "(" if m.low is None or m.low_open else "["
    right = ")" if m.high is None or high_open else "]"
    return f"{left}{_fmt(m.low)},{_fmt(m.high)}{right}"


def _own_bounds(m: NumberMention) -> bool:
    """A range joined from two comparisons ("at most 100 and at least 20"): a hedge on each side."""
    parts = m.hedge.split(" … ")
    return len(parts) == 2 and all(
        part.lower() not in ("between", "from", "") and " " in part or part.startswith(("<", ">"))
        for part in parts
    )


def _fmt(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if value == int(value) else repr(value)


def parse_interval(text: str) -> tuple[str, float | None, float | None, str]:
    left, right = text[0], text[-1]
    low, high = text[1:-1].split(",")
    return left, float(low) if low else None, float(high) if high else None, right


def same_interval(a: str, b: str) -> bool:
    la, lo_a, hi_a, ra = parse_interval(a)
    lb, lo_b, hi_b, rb = parse_interval(b)
    ends = all(
        (x is None and y is None) or (x is not None and y is not None and same(x, y))
        for x, y in ((lo_a, lo_b), (hi_a, hi_b))
    )
    return (la, ra) == (lb, rb) and ends


def score_numbers(reader, show: bool) -> tuple[int, int]:
    cases = load_cases(NUMBER_FILE)
    right = 0
    for case in cases:
        expected = [float(r["Resolution"]["value"]) for r in case["Results"]]
        found = values(reader.find(case["Input"]))
        if same_sets(found, expected):
            right += 1
        elif show:
            print(f"  number  {case['Input']!r}: expected {sorted(set(expected))}, found {found}")
    return right, len(cases)


def score_ranges(reader, show: bool, convention: bool) -> tuple[int, int]:
    cases = load_cases(RANGE_FILE)
    right = 0
    for case in cases:
        expected = [r["Resolution"]["value"] for r in case["Results"]]
        found = [i for i in (interval(m, convention) for m in reader.find(case["Input"])) if i]
        if len(found) == len(expected) and all(
            same_interval(a, b) for a, b in zip(found, expected, strict=True)
        ):
            right += 1
        elif show:
            print(f"  range   {case['Input']!r}: expected {expected}, found {found}")
    return right, len(cases)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="list the cases read wrongly")
    args = parser.parse_args()
    reader = compile_reader(load_pack("en"))
    n_right, n_all = score_numbers(reader, args.failures)
    s_right, s_all = score_ranges(reader, False, convention=False)
    r_right, r_all = score_ranges(reader, args.failures, convention=True)
    print(f"NumberModel       {n_right}/{n_all} = {n_right / n_all:.1%}   (target 90%)")
    print(
        f"NumberRangeModel  {r_right}/{r_all} = {r_right / r_all:.1%}   (target 70%;"
        " [X,Y) convention for 'X to Y' ranges)"
    )
    print(
        f"NumberRangeModel  {s_right}/{s_all} = {s_right / s_all:.1%}"
        "   (strict: our closed ranges as they are)"
    )


if __name__ == "__main__":
    main()
