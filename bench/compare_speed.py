"""How `claimcheck check` scales: synthetic claims at N = 10^4 .. 3x10^6, timed against reading.

    .venv/bin/python bench/compare_speed.py                  # all four sizes
    .venv/bin/python bench/compare_speed.py --sizes 1e4,1e5  # a subset
    .venv/bin/python bench/compare_speed.py --keep           # keep bench/out/n*/ afterwards

For each N it writes bench/out/n<N>/claims.csv (+ sources.csv beside it, as a real claims
folder has), then runs two subprocesses and measures each one's wall time and peak RSS
(os.wait4, so every figure belongs to that process alone):

  floor  python -c "pandas.read_csv(FILE, dtype=str, keep_default_na=False)"
  check  claimcheck check FILE --format json --fail-on never   (stdout to bench/out/n<N>/check.json)

Both include interpreter start-up and imports; the floor is the median of 3 runs. "ratio" is
check / floor wall time, "cpu ratio" the same for user + system CPU time (steadier on a busy
machine), "per claim" check time per claim relative to the first size run (1.0 = linear),
"peak MB" the check's peak RSS. Targets (issue 4): 10^6 claims in <= 3x the floor and
<= 2 GB peak on 2 cores. The generator is importable (tests/test_scale.py uses it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from checker.model import CLAIM_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
COLUMNS = CLAIM_COLUMNS
SIZES = (10_000, 100_000, 1_000_000, 3_000_000)
START = dt.date(2024, 1, 1)
#: days covered by the synthetic news (about 18 months)
DAYS = 548
CHUNK_SOURCES = 4_000

# ---------------------------------------------------------------------------------------------
# What the synthetic world looks like. Figures per metric: (first, last, noun in quotes, weight).
# The true figure moves from `first` to `last` in the taxonomy's direction for that metric
# (free metrics wander around `first` with a few revisions). Unknown metrics get a default.

WORLD: dict[str, tuple[float, float, str, float]] = {
    "hostages.taken": (240, 251, "people taken hostage on 7 October", 0.5),
    "hostages.held": (136, 59, "hostages still held in Gaza", 1.5),
    "hostages.held.alive": (110, 24, "hostages believed to be alive", 0.8),
    "hostages.held.dead": (26, 35, "hostages believed to be dead", 0.6),
    "hostages.release.phase1": (33, 33, "hostages to be freed in the first phase", 0.6),
    "hostages.released.alive": (0, 30, "living hostages released so far", 0.5),
    "hostages.released.dead": (0, 8, "bodies of hostages returned so far", 0.3),
    "prisoners.release.phase1": (
        700,
        1900,
        "Palestinian prisoners to be released in phase one",
        0.5,
    ),
    "prisoners.released": (0, 1800, "Palestinian prisoners freed under the deal", 0.5),
    "ceasefire.phase1.days": (42, 42, "days of quiet in the first phase", 0.4),
    "ceasefire.phases": (3, 3, "phases in the proposed agreement", 0.3),
    "deaths.gaza": (22_000, 48_000, "Palestinians killed in Gaza", 2.0),
    "deaths.israel.oct7": (1_200, 1_200, "people killed in Israel on 7 October", 0.7),
    "war.months": (3, 21, "months of war", 0.6),
}
DEFAULT_WORLD = (100.0, 100.0, "units counted", 0.5)
#: metrics mostly reported as negotiating positions
PROPOSED_METRICS = {
    "hostages.release.phase1",
    "prisoners.release.phase1",
    "ceasefire.phase1.days",
    "ceasefire.phases",
}
#: unit variants stated instead of the metric's own unit: metric unit -> (unit, factor to it)
UNIT_VARIANTS = {"days": ("weeks", 7.0), "months": ("years", 12.0), "people": ("persons", 1.0)}
QUALIFIERS = ("exact", "approx", "more_than", "at_least", "less_than", "at_most", "range")
QUALIFIER_SHARE = (0.45, 0.22, 0.10, 0.05, 0.03, 0.04, 0.11)
QUALIFIER_WORDS = {
    "exact": "",
    "approx": "about ",
    "more_than": "more than ",
    "at_least": "at least ",
    "less_than": "fewer than ",
    "at_most": "at most ",
    "range": "",
}
OUTLETS = (
    "reuters", "ap", "afp", "bbc", "cnn", "aljazeera", "guardian", "nyt", "wapo", "haaretz",
    "toi", "ynet", "jpost", "kompas", "tempo", "detik", "antara", "dw", "france24", "npr",
    "abc", "cbs", "nbc", "sky", "independent", "telegraph", "ft", "economist", "lemonde", "spiegel",
)  # fmt: skip
OPENINGS = (
    "Officials said",
    "According to the health ministry,",
    "The latest figures show",
    "Hamas\u2019s armed wing said",
    "A spokesperson told reporters that",
    "The army said on Tuesday that",
    "Mediators in Doha believe",
    "UN agencies estimate",
    "The prime minister\u2019s office said",
    "Local authorities reported",
)
CLOSINGS = (
    ", the statement said.",
    " \u2014 a figure that could not be independently verified.",
    ", up from earlier estimates.",
    ", according to people familiar with the talks.",
    ".",
    " as of this week.",
    ", officials added.",
)
DUPLICATE_KEY = ("source", "metric", "value", "qualifier", "unit", "modality", "as_of")
NOTES = ("", "", "", "", "", "", "figure rounded in the headline", "second mention in the article")


@dataclass(frozen=True)
class World:
    """Metric keys, units, tolerances and each metric's true figure per day."""

    keys: tuple[str, ...]
    units: tuple[str, ...]
    tolerances: np.ndarray
    shares: np.ndarray  # bool: may be stated as a share
    weights: np.ndarray
    nouns: tuple[str, ...]
    truth: np.ndarray  # (metric, day)


def _trajectory(rng: np.random.Generator, first: float, last: float, direction: str) -> np.ndarray:
    """A figure per day moving from first to last in uneven steps (or wandering, if free)."""
    if direction == "free" or first == last:
        level = np.full(DAYS, float(first))
        for day in sorted(rng.integers(60, DAYS, size=2)):
            level[day:] *= 1 + rng.normal(0, 0.04)
        return level
    steps = rng.gamma(0.3, 1.0, size=DAYS)
    path = np.cumsum(steps) / steps.sum()
    if (
        direction == "non_increasing"
        and last > first
        or direction == "non_decreasing"
        and last < first
    ):
        first, last = last, first
    return first + (last - first) * path


def make_world(seed: int = 0, metrics: Sequence[str] | None = None) -> World:
    """The synthetic world over the shipped taxonomy (or a subset of its metrics)."""
    from checker.taxonomy import load_taxonomy

    taxonomy = load_taxonomy()
    rng = np.random.default_rng(seed)
    keys = tuple(metrics or taxonomy.metrics)
    specs = [taxonomy.metrics[k] for k in keys]
    worlds = [WORLD.get(k, DEFAULT_WORLD) for k in keys]
    truth = np.stack(
        [_trajectory(rng, w[0], w[1], m.direction) for w, m in zip(worlds, specs, strict=True)]
    )
    weights = np.array([w[3] for w in worlds])
    return World(
        keys=keys,
        units=tuple(m.unit for m in specs),
        tolerances=np.array([m.tolerance for m in specs]),
        shares=np.array([m.shares for m in specs]),
        weights=weights / weights.sum(),
        nouns=tuple(w[2] for w in worlds),
        truth=truth,
    )


def _round_to(x: np.ndarray, digits: np.ndarray, how: str) -> np.ndarray:
    """Round to ``digits`` significant figures, down/up/nearest: how reporters round."""
    with np.errstate(divide="ignore", invalid="ignore"):
        mag = np.where(x > 0, 10.0 ** (np.floor(np.log10(np.abs(x) + 1e-300)) - digits + 1), 1.0)
    fn = {"down": np.floor, "up": np.ceil, "nearest": np.round}[how]
    return fn(x / mag) * mag


def _text(x: np.ndarray, decimals: int = 3) -> np.ndarray:
    """Numbers as a person writes them in a claims file: 48000, 0.25, 6.5; NaN -> empty."""
    x = np.round(x, decimals)
    whole = np.isfinite(x) & (x == np.round(x))
    out = np.where(whole, np.nan_to_num(x).astype(np.int64).astype(str), x.astype(str))
    return np.where(np.isfinite(x), out, "")


def _sources(rng: np.random.Generator, n_claims: int) -> pd.DataFrame:
    """Articles: id, publication day, language; a few have no known date."""
    n = int(min(50_000, max(400, n_claims // 25)))
    outlet = rng.integers(0, len(OUTLETS), size=n)
    day = np.sort(np.minimum(DAYS - 1, (rng.beta(1.3, 1.0, size=n) * DAYS).astype(int)))
    ids = [
        f"{OUTLETS[o]}-{d:03d}-{i:05d}" for i, (o, d) in enumerate(zip(outlet, day, strict=True))
    ]
    lang = np.where(np.isin(outlet, [13, 14, 15, 16]), "id", "en")
    dated = rng.random(n) > 0.005
    published = np.where(dated, _dates(day), "")
    weight = rng.gamma(1.5, 1.0, size=n)  # some outlets write much more than others
    return pd.DataFrame(
        {"source": ids, "day": day, "published": published, "lang": lang, "weight": weight}
    )


def _dates(day: np.ndarray) -> np.ndarray:
    base = np.datetime64(START.isoformat(), "D")
    return np.datetime_as_string(base + day.astype("timedelta64[D]"), unit="D")


def _claims(
    rng: np.random.Generator, world: World, sources: pd.DataFrame, counts: np.ndarray
) -> pd.DataFrame:
    """The claims of a run of sources (``counts`` claims each), in the claims contract."""
    src = np.repeat(np.arange(len(sources)), counts)
    n = len(src)
    metric = rng.choice(len(world.keys), size=n, p=world.weights)
    lag = np.where(rng.random(n) < 0.06, rng.geometric(0.25, size=n), 0)
    day = np.maximum(0, sources["day"].to_numpy()[src] - lag)
    explicit = (lag > 0) | (rng.random(n) < 0.82)
    for _ in range(8):  # one source never states the same claim twice: move repeats back in time
        key = pd.DataFrame({"s": src, "m": metric, "d": day})
        again = key.duplicated().to_numpy() & (rng.random(n) < 0.7)
        if not again.any():
            break
        day = np.where(again, np.maximum(0, day - rng.integers(1, 15, size=n)), day)
        explicit |= again
    claims = _figures(rng, world, sources, src, metric, day, explicit)
    # whatever still repeats exactly is what a reviewer would have deprecated
    live = claims["status"] != "deprecated"
    repeated = live & claims[live].duplicated(list(DUPLICATE_KEY)).reindex(
        claims.index, fill_value=False
    )
    claims.loc[repeated, "status"] = "deprecated"
    claims.loc[repeated, "note"] = "repeats an earlier row"
    return claims


def _figures(
    rng: np.random.Generator,
    world: World,
    sources: pd.DataFrame,
    src: np.ndarray,
    metric: np.ndarray,
    day: np.ndarray,
    explicit: np.ndarray,
) -> pd.DataFrame:
    n = len(src)
    unit_own = np.array(world.units)[metric]
    proposed_metric = np.isin(np.array(world.keys)[metric], list(PROPOSED_METRICS))
    proposed = rng.random(n) < np.where(proposed_metric, 0.5, 0.01)
    truth = world.truth[metric, day]
    # reporting noise: most figures close to the truth, a few far off (misreadings, stale wires)
    noise = np.where(rng.random(n) < 0.04, rng.normal(0, 0.15, n), rng.normal(0, 0.012, n))
    noise = np.where(proposed, rng.normal(0, 0.1, n), noise)
    figure = np.maximum(truth * (1 + noise), 0)
    share = world.shares[metric] & (rng.random(n) < 0.1)
    figure = np.where(share, np.clip(figure / 150.0, 0.01, 0.99), figure)
    qualifier = rng.choice(len(QUALIFIERS), size=n, p=QUALIFIER_SHARE)
    variant = ~share & (rng.random(n) < 0.04) & np.isin(unit_own, list(UNIT_VARIANTS))
    factor = np.array([UNIT_VARIANTS.get(u, ("", 1.0))[1] for u in unit_own])
    figure = np.where(variant, figure / factor, figure)
    unit = np.where(variant, [UNIT_VARIANTS.get(u, (u, 1.0))[0] for u in unit_own], unit_own)
    percent = share & (rng.random(n) < 0.5)
    unit = np.where(share, np.where(percent, "percent", "share"), unit)
    figure = np.where(percent, figure * 100, figure)
    unit = np.where(
        ~share & ~variant & (rng.random(n) < 0.05), "", unit
    )  # empty: the metric's unit

    small = share & ~percent
    digits = np.where(figure >= 1000, 2, np.where(figure >= 20, 2, 1))
    q = np.array(QUALIFIERS)[qualifier]
    exact = np.where(
        small, np.round(figure, 2), np.where(variant, np.round(figure, 1), np.round(figure))
    )
    value = np.select(
        [
            q == "exact",
            q == "approx",
            np.isin(q, ["more_than", "at_least"]),
            np.isin(q, ["less_than", "at_most"]),
        ],
        [
            exact,
            _round_to(figure, digits, "nearest"),
            _round_to(figure, digits, "down"),
            _round_to(figure, digits, "up"),
        ],
        default=exact,
    )
    value = np.where(small, np.round(value, 3), value)
    tol = world.tolerances[metric]
    r_lo = _round_to(figure * 0.9, digits, "down")
    r_hi = np.maximum(_round_to(figure * 1.1, digits, "up"), r_lo + (r_lo == 0))
    value = np.where(q == "range", np.round((r_lo + r_hi) / 2, 3), value)
    filled = rng.random(n) < 0.7  # most rows spell their bounds out; the rest leave them derived
    low = np.select(
        [q == "exact", q == "approx", np.isin(q, ["more_than", "at_least"]), q == "range"],
        [value, value * (1 - tol), value, r_lo],
        default=np.nan,
    )
    high = np.select(
        [q == "exact", q == "approx", q == "at_most", q == "less_than", q == "range"],
        [value, value * (1 + tol), value, value, r_hi],
        default=np.nan,
    )
    keep = filled | (q == "range")
    low, high = np.where(keep, low, np.nan), np.where(keep, high, np.nan)

    status = np.where(rng.random(n) < 0.3, "extracted", "reviewed")
    deprecated = rng.random(n) < 0.01
    status = np.where(deprecated, "deprecated", status)
    note = np.array(NOTES)[rng.integers(0, len(NOTES), size=n)]
    note = np.where(deprecated, "superseded by a correction", note)
    return pd.DataFrame(
        {
            "source": sources["source"].to_numpy()[src],
            "metric": np.array(world.keys)[metric],
            "value": _text(value),
            "low": _text(low),
            "high": _text(high),
            "qualifier": q,
            "unit": unit,
            "modality": np.where(proposed, "proposed", "reported"),
            "as_of": np.where(explicit, _dates(day), ""),
            "quote": _quotes(rng, world, metric, value, q, unit, low, high),
            "status": status,
            "note": note,
        },
        columns=list(COLUMNS),
    )


def _quotes(
    rng: np.random.Generator,
    world: World,
    metric: np.ndarray,
    value: np.ndarray,
    qualifier: np.ndarray,
    unit: np.ndarray,
    low: np.ndarray,
    high: np.ndarray,
) -> list[str]:
    """Sentences of 60-120 characters stating the figure, a few broken over two lines."""
    n = len(value)
    opening = rng.integers(0, len(OPENINGS), size=n)
    closing = rng.integers(0, len(CLOSINGS), size=n)
    broken = rng.random(n) < 1e-4  # copied across a line break in the article
    out = []
    for i in range(n):
        q = qualifier[i]
        if q == "range":
            figure = f"between {low[i]:,.4g} and {high[i]:,.4g}"
        else:
            figure = f"{QUALIFIER_WORDS[q]}{value[i]:,.6g}"
        noun = world.nouns[metric[i]]
        if unit[i] in ("weeks", "years", "percent"):
            noun = f"{unit[i]} ({noun})"
        text = f"{OPENINGS[opening[i]]} {figure} {noun}{CLOSINGS[closing[i]]}"
        if len(text) < 60:
            text = f"{text[:-1]}, in the latest update from the region{text[-1]}"
        out.append(text.replace(" ", "\n", 1) if broken[i] else text)
    return out


def generate(
    n: int, seed: int = 0, metrics: Sequence[str] | None = None
) -> Iterator[tuple[pd.DataFrame, pd.DataFrame]]:
    """(sources, claims) in chunks of whole sources, about ``n`` claims in all (exactly n)."""
    rng = np.random.default_rng(seed)
    world = make_world(seed, metrics)
    sources = _sources(rng, n)
    counts = rng.multinomial(n, sources["weight"] / sources["weight"].sum())
    for start in range(0, len(sources), CHUNK_SOURCES):
        part = sources.iloc[start : start + CHUNK_SOURCES].reset_index(drop=True)
        yield part, _claims(rng, world, part, counts[start : start + CHUNK_SOURCES])


def claims_frame(
    n: int, seed: int = 0, metrics: Sequence[str] | None = None
) -> tuple[pd.DataFrame, dict[str, str]]:
    """All claims in memory (for tests) and source -> publication date."""
    parts = list(generate(n, seed, metrics))
    frame = pd.concat([c for _, c in parts], ignore_index=True)
    published = {
        s: p
        for part, _ in parts
        for s, p in zip(part["source"], part["published"], strict=True)
        if p
    }
    return frame, published


def write_claims(folder: Path, n: int, seed: int = 0) -> Path:
    """claims.csv and sources.csv in ``folder``, written chunk by chunk (memory stays flat)."""
    folder.mkdir(parents=True, exist_ok=True)
    claims, sources = folder / "claims.csv", folder / "sources.csv"
    with (
        claims.open("w", encoding="utf-8", newline="") as out,
        sources.open("w", encoding="utf-8", newline="") as side,
    ):
        for i, (part, chunk) in enumerate(generate(n, seed)):
            chunk.to_csv(out, index=False, header=i == 0, lineterminator="\n")
            table = part.assign(outlet=part["source"].str.split("-").str[0], url="")
            table[["source", "outlet", "published", "lang", "url"]].to_csv(
                side, index=False, header=i == 0, lineterminator="\n"
            )
    return claims


# ---------------------------------------------------------------------------------------------
# Timing


@dataclass(frozen=True)
class Run:
    seconds: float  # wall
    cpu: float  # user + system
    peak_mb: float


def measure(argv: list[str], stdout_path: Path, stderr_path: Path) -> Run:
    """Wall time, CPU time and peak RSS of one subprocess (its own rusage, via wait4)."""
    with stdout_path.open("wb") as out, stderr_path.open("wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        tail = stderr_path.read_text(errors="replace")[-3000:]
        raise SystemExit(f"{' '.join(argv)} exited {proc.returncode}:\n{tail}")
    return Run(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def findings_in(path: Path) -> int:
    """The summary's finding count, read from the end of the JSON report."""
    with path.open("rb") as handle:
        handle.seek(max(0, path.stat().st_size - 200_000))
        tail = handle.read().decode("utf-8", errors="replace")
    summary = tail[tail.rindex('"summary": ') + len('"summary": ') :].rstrip().removesuffix("}")
    return int(json.loads(summary)["findings"])


#: The floor is timed this many times (the median is kept): it is short, and a busy machine
#: would otherwise make one slow run look like a fast check.
FLOOR_RUNS = 3
FLOOR = "import sys, pandas; pandas.read_csv(sys.argv[1], dtype=str, keep_default_na=False)"


def bench(n: int, keep: bool, seed: int = 0) -> dict[str, float]:
    folder = OUT / f"n{n}"
    started = time.perf_counter()
    path = write_claims(folder, n, seed)
    generated = time.perf_counter() - started
    python = sys.executable
    floors = sorted(
        (
            measure([python, "-c", FLOOR, str(path)], folder / "floor.out", folder / "floor.err")
            for _ in range(FLOOR_RUNS)
        ),
        key=lambda run: run.seconds,
    )
    floor = floors[len(floors) // 2]
    claimcheck = str(Path(python).with_name("claimcheck"))
    report = folder / "check.json"
    argv = [claimcheck, "check", str(path), "--format", "json", "--fail-on", "never"]
    check = measure(argv, report, folder / "check.err")
    row = {
        "n": n,
        "mb": path.stat().st_size / 1e6,
        "gen": generated,
        "floor": floor.seconds,
        "floor_cpu": floor.cpu,
        "floor_mb": floor.peak_mb,
        "check": check.seconds,
        "check_cpu": check.cpu,
        "ratio": check.seconds / floor.seconds,
        "peak": check.peak_mb,
        "findings": findings_in(report),
        "report_mb": report.stat().st_size / 1e6,
    }
    if not keep:
        shutil.rmtree(folder)
    return row


def table(rows: list[dict[str, float]]) -> str:
    head = ("N", "file MB", "floor s", "check s", "ratio", "peak MB", "findings", "per claim",
            "cpu ratio", "report MB", "floor MB")  # fmt: skip
    lines = ["  ".join(f"{h:>10}" for h in head)]
    base = rows[0]["check"] / rows[0]["n"]
    for r in rows:
        cells = (
            f"{int(r['n']):,}",
            f"{r['mb']:.1f}",
            f"{r['floor']:.2f}",
            f"{r['check']:.2f}",
            f"{r['ratio']:.2f}x",
            f"{r['peak']:.0f}",
            f"{int(r['findings']):,}",
            f"{r['check'] / r['n'] / base:.2f}",
            f"{r['check_cpu'] / r['floor_cpu']:.2f}x",
            f"{r['report_mb']:.0f}",
            f"{r['floor_mb']:.0f}",
        )
        lines.append("  ".join(f"{c:>10}" for c in cells))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--sizes", default=",".join(str(s) for s in SIZES), help="comma-separated N, e.g. 1e4,1e5"
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the generated files in bench/out/"
    )
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    sizes = [int(float(s)) for s in args.sizes.split(",") if s.strip()]
    rows = []
    for n in sizes:
        rows.append(bench(n, args.keep, args.seed))
        r = rows[-1]
        print(
            f"N={n:,}: generated in {r['gen']:.1f}s, "
            f"floor {r['floor']:.2f}s, check {r['check']:.2f}s",
            file=sys.stderr,
            flush=True,
        )
    command = "claimcheck check FILE --format json --fail-on never (stdout to a file)"
    print(f"{command}; {os.cpu_count()} cores")
    print(table(rows))


if __name__ == "__main__":
    main()
