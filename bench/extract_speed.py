"""Extraction speed: `claimcheck extract` on a corpus of at least 20 MB built from the test
articles, against quantulum3 on a slice of the same corpus, in one run.

    .venv/bin/python bench/extract_speed.py            # 20 MB corpus (about 2 minutes)
    .venv/bin/python bench/extract_speed.py --mb 5     # quicker

Prints MB/s, articles/s and peak memory for --jobs 1 and --jobs 2, peak memory on a corpus a
quarter the size (flat memory means it does not grow with the number of articles), and the
throughput ratio to quantulum3 (a benchmark-only extra: pip install -e '.[bench]').
Machines are shared and noisy: compare ratios from one run, not absolute figures across runs.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from checker.extract import PURE_ENV  # noqa: E402
from checker.extract.numbers import COMPILED  # noqa: E402  (as the children will run)

ARTICLES = sorted((ROOT / "tests" / "data" / "articles").glob("*.txt")) + sorted(
    (ROOT / "seeds").glob("*.txt")
)
CLAIMCHECK = str(Path(sys.executable).with_name("claimcheck"))
#: quantulum3 reads about 10 KB/s: a slice this large keeps its part of the run under a minute.
QUANTULUM_SLICE_BYTES = 150_000


def build_corpus(folder: Path, megabytes: float) -> tuple[int, int]:
    """Copy the test articles round-robin into ``folder`` until it holds ``megabytes``."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = [p.read_bytes() for p in ARTICLES]
    total, count = 0, 0
    while total < megabytes * 1e6:
        data = texts[count % len(texts)]
        (folder / f"a{count:06d}.txt").write_bytes(data)
        total += len(data)
        count += 1
    return total, count


def run_child(args: list[str], env: dict[str, str] | None = None) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak resident memory (MB) of a child and its workers."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    before, cpu_before = usage.ru_maxrss, usage.ru_utime + usage.ru_stime
    start = time.perf_counter()
    done = subprocess.run(
        args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env
    )
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"failed ({done.returncode}): {' '.join(args)}\n{done.stderr[-2000:]}")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, usage.ru_utime + usage.ru_stime - cpu_before, max(usage.ru_maxrss, before) / 1024


def quantulum_throughput(texts: list[str]) -> float | None:
    """Bytes per second of quantulum3's parser over whole articles (None when not installed)."""
    code = (
        "import sys, time, json\n"
        "from quantulum3 import parser\n"
        "texts = json.load(sys.stdin)\n"
        "parser.parse('warm up 3 km')\n"
        "start = time.perf_counter()\n"
        "for t in texts: parser.parse(t)\n"
        "print(time.perf_counter() - start)\n"
    )
    import json

    done = subprocess.run(
        [sys.executable, "-c", code], input=json.dumps(texts), capture_output=True, text=True
    )
    if done.returncode != 0:
        print(
            f"quantulum3 not run: {done.stderr.strip().splitlines()[-1] if done.stderr.strip() else 'failed'}"
        )
        return None
    seconds = float(done.stdout.strip().splitlines()[-1])
    return sum(len(t.encode()) for t in texts) / seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size in MB (default 20)")
    parser.add_argument("--keep", action="store_true", help="keep the corpus folder")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="claimcheck-extract-bench-"))
    try:
        size, count = build_corpus(work / "big", args.mb)
        small_size, small_count = build_corpus(work / "small", args.mb / 4)
        print(
            f"corpus: {count} articles, {size / 1e6:.1f} MB (and {small_count} articles, {small_size / 1e6:.1f} MB)"
        )
        rows = []
        for jobs in (1, 2):
            wall, cpu, peak = run_child(
                [CLAIMCHECK, "extract", str(work / "big"), "--format", "jsonl", "--jobs", str(jobs)]
            )
            rows.append((f"claimcheck extract --jobs {jobs}", size, count, wall, peak, cpu))
        wall, cpu, peak = run_child(
            [CLAIMCHECK, "extract", str(work / "small"), "--format", "jsonl"]
        )
        rows.append(
            (
                "claimcheck extract --jobs 1 (quarter corpus)",
                small_size,
                small_count,
                wall,
                peak,
                cpu,
            )
        )
        compiled = COMPILED
        if compiled:  # the same job from source, to show what compiling gives
            pure_env = {**os.environ, PURE_ENV: "1"}
            wall, cpu, peak = run_child(
                [CLAIMCHECK, "extract", str(work / "small"), "--format", "jsonl"], pure_env
            )
            rows.append(
                (
                    "  the same from source (CLAIMCHECK_PURE=1)",
                    small_size,
                    small_count,
                    wall,
                    peak,
                    cpu,
                )
            )
        print(
            f"\n{'run':<46} {'MB':>6} {'wall s':>7} {'MB/s':>6} {'art/s':>7} {'CPU s':>7} {'MB/CPU-s':>8} {'peak MB':>8}"
        )
        for name, nbytes, n, seconds, peak_mb, cpu_s in rows:
            print(
                f"{name:<46} {nbytes / 1e6:6.1f} {seconds:7.1f} {nbytes / 1e6 / seconds:6.2f} {n / seconds:7.0f}"
                f" {cpu_s:7.1f} {nbytes / 1e6 / cpu_s:8.2f} {peak_mb:8.0f}"
            )
        one, two, quarter = rows[:3]
        print(
            f"\nextraction modules: {'compiled (mypyc)' if compiled else 'source (not compiled)'}"
        )
        if compiled:
            source = rows[3]
            print(
                f"compiled vs source, quarter corpus: {source[3] / quarter[3]:.2f}x as fast"
                f" (CPU {source[5] / quarter[5]:.2f}x)"
            )
        print(f"speed-up with --jobs 2: {one[3] / two[3]:.2f}x (2 cores; 2.0 would be linear)")
        print(
            f"peak memory, full vs quarter corpus: {one[4]:.0f} MB vs {quarter[4]:.0f} MB (flat = streaming)"
        )
        texts, taken = [], 0
        for path in ARTICLES:
            if taken >= QUANTULUM_SLICE_BYTES:
                break
            text = path.read_text(encoding="utf-8")
            texts.append(text)
            taken += len(text.encode())
        rate = quantulum_throughput(texts)
        ours = one[1] / one[3]  # wall-clock throughput of the whole CLI, start-up included
        if rate:
            print(f"quantulum3 on {taken / 1e3:.0f} KB of whole articles: {rate / 1e3:.1f} KB/s")
            print(
                f"claimcheck (--jobs 1, whole CLI incl. start-up) / quantulum3: {ours / rate:.1f}x"
            )
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"corpus kept in {work}")


if __name__ == "__main__":
    main()
