"""How fast the number reader is: MB of article text per second for `NumberReader.find`.

    .venv/bin/python bench/numbers_speed.py [--mb 5] [--repeat 3]

Reads every bundled seed article, repeats the text to about --mb megabytes per language pack
(each article read with its own pack: Indonesian or English), and prints the best of --repeat
timings, by the wall clock and by CPU time (the second does not suffer from other processes
on a busy machine). Target: at least 3 MB/s on one core (the whole pipeline must do 1 MB/s).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checker.extract.numbers import compile_reader  # noqa: E402
from checker.lang import load_pack  # noqa: E402

#: Words that tell an Indonesian seed from an English one (the bench must not depend on the
#: pipeline's language detection, which is another module's job).
INDONESIAN = (" yang ", " dan ", " dengan ")


def corpus(megabytes: float) -> dict[str, str]:
    """Language code -> the seeds in that language, all repeated the same number of times."""
    texts: dict[str, list[str]] = {"en": [], "id": []}
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        texts["id" if all(w in text for w in INDONESIAN) else "en"].append(text)
    total = sum(len(t.encode("utf-8")) for items in texts.values() for t in items)
    repeat = max(1, round(megabytes * 1e6 / total))
    return {code: "\n\n".join(items * repeat) for code, items in texts.items() if items}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="megabytes of text (default 5)")
    parser.add_argument("--repeat", type=int, default=3, help="timings to take the best of")
    args = parser.parse_args()
    texts = corpus(args.mb)
    readers = {code: compile_reader(load_pack(code)) for code in texts}
    size = sum(len(t.encode("utf-8")) for t in texts.values())
    best, best_cpu, found = float("inf"), float("inf"), 0
    for _ in range(args.repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        found = sum(len(readers[code].find(text)) for code, text in texts.items())
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, time.process_time() - start_cpu)
    start = time.perf_counter()
    for code in texts:
        compile_reader(load_pack(code))
    cached = (time.perf_counter() - start) / len(texts)
    print(
        f"{size / 1e6:.1f} MB ({', '.join(f'{c}: {len(t) / 1e6:.1f}' for c, t in texts.items())}),"
        f" {found} figures"
    )
    print(f"find: {best:.2f} s = {size / 1e6 / best:.1f} MB/s   (target >= 3 MB/s)")
    print(
        f"find, CPU time: {best_cpu:.2f} s = {size / 1e6 / best_cpu:.1f} MB/s   (other load aside)"
    )
    print(f"compile_reader, cached: {cached * 1e3:.2f} ms per call")


if __name__ == "__main__":
    main()
