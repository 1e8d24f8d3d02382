"""Article text from bytes in whatever encoding a scraper saved: UTF-8, UTF-16/32 with a
byte-order mark, or a legacy encoding that charset-normalizer detects reliably; else refused.

Claims files are stricter (UTF-8 only, see store.decode_text): people write those, and a
guessed encoding there would change what a reviewer wrote.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from checker.errors import InputError
from checker.textfiles import read_bytes

#: Articles larger than this are refused (memory stays bounded: the text is held once as
#: bytes and once as str). The longest news article is well under 1 MB.
MAX_ARTICLE_BYTES = 64 * 1024**2
#: Encoding detection looks at this many bytes from the start (then the whole file must
#: decode strictly with what was detected), so a 50 MB article is detected as fast as a page.
DETECT_SAMPLE_BYTES = 1024**2
#: A detected encoding is trusted only if the decoded sample is at most this "chaotic"
#: (charset-normalizer's mess ratio, in percent: mojibake, odd symbol runs).
MAX_CHAOS_PERCENT = 0.2
#: Among equally good single-byte guesses, Windows-1252 wins: it is what "Latin-1" means on
#: the web (WHATWG), and what Western news sites served before UTF-8.
PREFERRED_LEGACY = "cp1252"
NOT_TEXT = "article is not text (it holds NUL or other control bytes: binary data?)"
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Control characters text does not hold (tab, line ends and form feed are fine).
_CONTROL = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
#: Every byte but those of _CONTROL: deleting them from UTF-8 leaves exactly its control
#: characters (a byte below 0x80 is never part of a longer character), at C speed.
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if not _CONTROL.match(chr(b)))
#: Text with a NUL, or with more control characters than this share of its first
#: DETECT_SAMPLE_BYTES characters, is binary data (a stray one in a scraped page is not).
MAX_CONTROL_SHARE = 0.001


def read_article_text(path: Path | str) -> str:
    """The text of an article file, decoded; an InputError (with a hint) if it is not text."""
    return decode_article(read_bytes(path, limit=MAX_ARTICLE_BYTES), str(path))


def decode_article(data: bytes, path: str) -> str:
    """Decode article bytes: a BOM, else UTF-8, else a reliably detected encoding."""
    text = _by_bom(data, path)
    controls = -1  # control characters in the sample, when counted on the bytes
    if text is None and b"\x00" not in data:  # NULs are valid UTF-8, but mean UTF-16 or binary
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            if len(data) <= DETECT_SAMPLE_BYTES:  # the sample is the whole text
                controls = len(data.translate(None, _NOT_CONTROL_BYTES))
    if text is None:
        text = _detected(data, path)
    if text is None:
        raise _not_text(data, path)
    sample = text[:DETECT_SAMPLE_BYTES]
    if controls < 0:
        controls = len(_CONTROL.findall(sample))
    if "\x00" in text or controls > MAX_CONTROL_SHARE * len(sample):
        first = _CONTROL.search(text)
        raise InputError(
            NOT_TEXT,
            path=path,
            line=text.count("\n", 0, first.start() if first else 0) + 1,
            hint="give the article as plain text, preferably UTF-8",
        )
    return text


def _by_bom(data: bytes, path: str) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise _undecodable(
                    path, f"not valid {encoding.upper()} after its byte-order mark", exc
                ) from None
    return None


def _detected(data: bytes, path: str) -> str | None:
    """The text in the encoding charset-normalizer finds, or None when it finds none reliably."""
    import charset_normalizer  # only for the rare article not in UTF-8 (it loads in 20 ms)

    sample = data[:DETECT_SAMPLE_BYTES]
    matches = charset_normalizer.from_bytes(sample)
    best = matches.best()
    if best is None or best.percent_chaos > MAX_CHAOS_PERCENT:
        return None
    equally_good = {m.encoding for m in matches if m.percent_chaos <= best.percent_chaos}
    encoding = PREFERRED_LEGACY if PREFERRED_LEGACY in equally_good else best.encoding
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise _undecodable(path, f"encoding changes part-way (read as {encoding})", exc) from None


def _not_text(data: bytes, path: str) -> InputError:
    """Why undetectable bytes are refused: a NUL (binary data), or where UTF-8 fails."""
    if b"\x00" in data:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            where = 0  # binary throughout: no line is meaningful
        else:
            where = data[: data.index(b"\x00")].count(b"\n") + 1
        return InputError(
            NOT_TEXT,
            path=path,
            line=where,
            hint="give the article as plain text, preferably UTF-8",
        )
    try:
        data.decode("utf-8")
        line = 0
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
    return InputError(
        "article is neither UTF-8 nor in an encoding that can be detected reliably",
        path=path,
        line=line,
        hint="re-save it as UTF-8",
    )


def _undecodable(path: str, what: str, exc: UnicodeDecodeError) -> InputError:
    line = exc.object[: exc.start].count(b"\n") + 1
    return InputError(what, path=path, line=line, hint="re-save the article as UTF-8")
