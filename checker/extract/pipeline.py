"""Articles in, claims out: read the figures, decide what each counts, build claims, and
collapse repeats (one claim per source, metric, value and modality; the first quote stays).

``extract_text`` handles one article; ``extract_paths`` streams files and folders, over a
process pool when ``jobs > 1``, with results in input order and memory flat in their number.
"""

from __future__ import annotations

import gc
import re
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any, NamedTuple

from mypy_extensions import mypyc_attr

from checker.errors import InputError
from checker.extract.articles import ArticleRef, iter_refs, read_article, split_header
from checker.extract.assign import Choice, choose_all
from checker.extract.cues import Evidence, PackKey, compile_cues, read_context
from checker.extract.detect import detect_language
from checker.extract.headlines import defer_headlines
from checker.extract.labels import label_units
from checker.extract.numbers import compile_reader
from checker.extract.targets import MetricRule, Targets, compile_targets
from checker.extract.verdicts import drop_rated_false
from checker.extract.wrap import unwrap
from checker.lang import load_packs
from checker.model import Claim, Status, claim_constructor
from checker.taxonomy import load_taxonomy

#: Articles handed to a worker at a time, and chunks in flight per worker (bounds memory).
CHUNK_SIZE = 16
IN_FLIGHT_PER_WORKER = 2


class Skipped(NamedTuple):
    """A figure that became no claim: its surface, span and why (a named tuple: most
    figures become none, and workers send them back to the parent with --jobs)."""

    text: str
    start: int
    end: int
    reason: str


def _skipped(text: str, start: int, end: int, reason: str) -> Skipped:
    """``Skipped(...)`` without the named tuple's ``__new__`` (Python code run for each
    figure): ``tuple.__new__`` on the fields in order is one C call."""
    return tuple.__new__(Skipped, (text, start, end, reason))


@mypyc_attr(native_class=False)  # crosses to and from worker processes: pickled
@dataclass(frozen=True)
class ExtractResult:
    """The claims of one article, and the figures that became none."""

    source: str
    lang: str
    published: str
    claims: tuple[Claim, ...]
    skipped: tuple[Skipped, ...] = ()
    path: str = ""

    def rows(self) -> list[dict[str, str]]:
        """The claims as rows of ``checker.model.EXTRACT_COLUMNS`` (all strings)."""
        return [claim_row(c, self.published, self.lang) for c in self.claims]

    def reasons(self) -> Counter[str]:
        """How many figures were left out, by reason."""
        return Counter(s.reason.split(" (")[0] for s in self.skipped)


def format_number(value: float | None) -> str:
    """A figure as written in a claims file: 1710.0000000000002 -> "1710", None -> ""."""
    if value is None:
        return ""
    value = float(value)
    if value.is_integer():  # most figures: rounding a whole number to 6 places keeps it
        return str(int(value))
    value = round(value, 6)
    return str(int(value)) if value.is_integer() else f"{value:.6f}".rstrip("0")


def claim_row(claim: Claim, published: str, lang: str) -> dict[str, str]:
    """A claim as a row of ``checker.model.EXTRACT_COLUMNS``: built in the columns' order
    (tests/test_pipeline.py checks the keys), so no second dict reorders it."""
    return {
        "source": claim.source,
        "metric": claim.metric,
        "value": format_number(claim.value),
        "low": format_number(claim.low),
        "high": format_number(claim.high),
        "qualifier": claim.qualifier,
        "unit": claim.unit,
        "modality": claim.modality,
        "as_of": claim.as_of,
        "quote": claim.quote,
        "status": claim.status,
        "note": claim.note,
        "start": "" if claim.start is None else str(claim.start),
        "end": "" if claim.end is None else str(claim.end),
        "published": published,
        "lang": lang,
    }


@lru_cache(maxsize=32)
def _reader(key: PackKey) -> Any:
    return compile_reader(key.pack)


@lru_cache(maxsize=8)
def _targets(key: PackKey) -> Targets:
    return compile_targets(key.pack)


def extract_text(
    text: str,
    *,
    source: str,
    published: str = "",
    lang: str = "auto",
    packs: Mapping[str, Any] | None = None,
    taxonomy: Any = None,
) -> ExtractResult:
    """Claims from one article. ``lang="auto"`` detects the language from the packs' detect
    words; a first line " date YYYY-MM-DD" gives ``published`` when it is not given."""
    packs = load_packs() if packs is None else packs
    taxonomy = load_taxonomy() if taxonomy is None else taxonomy
    header_date, body = split_header(text)
    body = unwrap(body)
    code = detect_language(body, packs) if lang in ("", "auto") else lang
    if code not in packs:
        raise InputError(
            f"no language pack for {code!r}", hint=f"available: {', '.join(sorted(packs))}"
        )
    pack = packs[code]
    targets = _targets(PackKey(taxonomy))
    cues = compile_cues(pack)
    spans = time_span_units(taxonomy)
    reader = _reader(PackKey(pack))
    if code not in _SETTLED:
        _settle(code)
    mentions = attach_units(reader.find(body), body, pack, spans)
    mentions = label_units(mentions, body, _unit_words(PackKey(pack)), spans)
    evidences = read_context(cues, body, mentions, targets, published or header_date)
    choices = defer_headlines(evidences, mentions, choose_all(evidences, mentions, targets))
    choices = drop_rated_false(choices, mentions, body, pack)
    claims, skipped = _build(body, source, mentions, evidences, choices)
    return ExtractResult(source, code, published or header_date, claims, skipped)


#: How many new objects the cyclic collector lets pile up before a pass while extracting.
GC_YOUNG = 20_000

#: Languages whose compiled readers this process has already set aside from the collector.
_SETTLED: set[str] = set()


def _settle(code: str) -> None:
    """A pack's compiled patterns, lexicons and tries live as long as the process: once they
    are built, ``gc.freeze()`` moves them (and all else alive now) out of the cyclic
    collector's reach, so no later collection walks them again. A full collection first
    frees what is already garbage; the collector goes on freeing each article's own cycles,
    though less often (GC_YOUNG young objects, not 700): an article's tokens, matches and
    views die by reference counting, so frequent passes over them find nothing to free."""
    _SETTLED.add(code)
    gc.collect()
    gc.freeze()
    if gc.get_threshold()[0] < GC_YOUNG:
        gc.set_threshold(GC_YOUNG, *gc.get_threshold()[1:])


#: The taxonomy's dimension of time spans (units.toml): their words may stand one adjective
#: after a figure ("10 painful months"), and a label opening with one names what it counts.
SPAN_DIMENSION = "duration"


def time_span_units(taxonomy: Any) -> frozenset[str]:
    """The keys of the taxonomy's time-span units ("days", "weeks", ...)."""
    return frozenset(k for k, unit in taxonomy.units.items() if unit.dimension == SPAN_DIMENSION)


def _unit_words(key: PackKey) -> Mapping[str, str]:
    """The pack's [units] words -> their unit key, as the number reader reads them."""
    return _reader(key).unit_words


@lru_cache(maxsize=32)
def _late_unit_patterns(
    key: PackKey, spans: frozenset[str]
) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(shape, guarded): an adjective-like word, then a time-span unit word; the guarded one
    also rules out a function word or the opening of a time phrase as the word ("35,000 this
    week", "last month"). Where the shape does not match, neither does the guarded pattern
    (the guard only rules words out), and most figures fail on the shape at once, before the
    long guard alternation is tried. None when the pack has no time-span unit words."""
    words = {w: unit for w, unit in _unit_words(key).items() if unit in spans}
    if not words:
        return None
    alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    stop = key.pack.section("stop")
    blocked = {str(w).lower() for w in key.pack.section("language").get("detect", ())}
    for name in ("event", "rate", "reference", "reference_before"):
        for phrase in stop.get(name, ()):
            parts = str(phrase).lower().split()
            if len(parts) == 2 and parts[1] in words:
                blocked.add(parts[0])
    blocked |= {str(w).lower() for w in key.pack.section("text").get("time_openers", ())}
    guard = "|".join(sorted(map(re.escape, blocked), key=len, reverse=True))
    shape = rf"[ \t]+[^\W\d_]{{3,}}[ \t]+(?:{alternatives})\b"
    guarded = rf"[ \t]+(?!(?:{guard})[ \t])[^\W\d_]{{3,}}[ \t]+({alternatives})\b"
    return re.compile(shape, re.IGNORECASE), re.compile(guarded, re.IGNORECASE)


def attach_units(mentions: Sequence[Any], text: str, pack: Any, spans: frozenset[str]) -> list[Any]:
    """Give a bare count the duration unit that follows it after one adjective ("10 painful
    months"); the number reader only looks right after a figure. Unit words come from the
    pack's [units] section. A function word or the opening of a time phrase is no adjective
    ("passed 35,000 this week", "30,000 last month": the count is dated, not a duration).
    ``spans``: the unit keys of time spans (time_span_units)."""
    key = PackKey(pack)
    patterns = _late_unit_patterns(key, spans)
    if patterns is None:
        return list(mentions)
    shape, pattern = patterns
    words = _unit_words(key)
    out = []
    for mention in mentions:
        found = (
            pattern.match(text, mention.end)
            if mention.kind == "count"
            and mention.unit is None
            and shape.match(text, mention.end) is not None
            else None
        )
        if found:
            mention = replace(mention, unit=words[found.group(1).lower()])
        out.append(mention)
    return out


def _build(
    text: str,
    source: str,
    mentions: Sequence[Any],
    evidences: Sequence[Evidence],
    choices: Sequence[Choice],
) -> tuple[tuple[Claim, ...], tuple[Skipped, ...]]:
    claims: dict[tuple[str, float, str], Claim] = {}
    skipped = []
    for mention, evidence, choice in zip(mentions, evidences, choices, strict=True):
        if choice.metric is None:
            skipped.append(_skipped(mention.text, mention.start, mention.end, choice.reason))
            continue
        claim = make_claim(mention, choice.metric, choice.modality, evidence, text, source)
        claims.setdefault((claim.metric, claim.value, claim.modality), claim)
    return tuple(claims.values()), tuple(skipped)


def make_claim(
    mention: Any, rule: MetricRule, modality: str, evidence: Evidence, text: str, source: str
) -> Claim:
    """A claim from a figure: value as stated, bounds widened by the metric's tolerance."""
    qualifier, low, high = bounds(mention, rule.tolerance)
    if evidence.dimension == "count":
        unit = rule.unit
    else:
        unit = mention.unit or ("percent" if mention.kind == "percent" else "share")
    start, end = evidence.clause
    note = f"vague: {mention.text}" if mention.kind == "vague" else ""
    # Claim's fields in order: source, metric, value, low, high, qualifier, unit, modality,
    # as_of, quote, status, note, file, line, start, end
    if _COMPILED_CLAIM:
        return _compiled_claim(
            source, rule.key, float(mention.value), low, high, qualifier, unit, modality, "",
            text[start:end], _EXTRACTED, note, "", 0, start, end,
        )  # fmt: skip
    return _new_claim(
        source, rule.key, float(mention.value), low, high, qualifier, unit, modality, "",
        text[start:end], _EXTRACTED, note, "", 0, start, end,
    )  # fmt: skip


#: Claim's fields, in order, as _new_claim fills them.
_CLAIM_FIELDS = (
    "source", "metric", "value", "low", "high", "qualifier", "unit", "modality", "as_of",
    "quote", "status", "note", "file", "line", "start", "end",
)  # fmt: skip
_object_new = object.__new__


def _compiled_claim(
    source: str, metric: str, value: float, low: object, high: object, qualifier: str,
    unit: object, modality: str, as_of: str, quote: str, status: str, note: str, file: str,
    line: int, start: object, end: object,
) -> Claim:  # fmt: skip
    """Claim(*every field) as claim_constructor() makes it (a new instance whose __dict__
    is filled in field order, without the frozen dataclass's __init__), but compiled: the
    dict is built directly instead of through an interpreted zip over *values (one claim per
    figure). Used only when claim_constructor() finds Claim plain and its fields are these.
    Bounds, unit and offsets are typed object: compiled, a float parameter would turn an int
    bound into a float, and the values must pass through unchanged."""
    claim: Claim = _object_new(Claim)
    claim.__dict__.update(
        {
            "source": source, "metric": metric, "value": value, "low": low, "high": high,
            "qualifier": qualifier, "unit": unit, "modality": modality, "as_of": as_of,
            "quote": quote, "status": status, "note": note, "file": file, "line": line,
            "start": start, "end": end,
        }
    )  # fmt: skip
    return claim


#: Claim(*every field), without the frozen dataclass's interpreted __init__ (one per claim)
_new_claim = claim_constructor()
#: make_claim calls _compiled_claim directly (a C call when compiled) when it is safe.
_COMPILED_CLAIM = _new_claim is not Claim and tuple(f.name for f in fields(Claim)) == _CLAIM_FIELDS
_EXTRACTED = Status.EXTRACTED.value


def bounds(mention: Any, tolerance: float) -> tuple[str, float | None, float | None]:
    """(qualifier, low, high): approx widened by ``tolerance``; "nearly" is at most the value
    and at least value * (1 - tolerance); open ends None."""
    value = float(mention.value)
    # low_open/high_open say a bound is strict ("more than 120"); the bound itself stays
    low = None if mention.low is None else float(mention.low)
    high = None if mention.high is None else float(mention.high)
    qualifier = mention.qualifier
    if qualifier == "nearly":
        return "at_most", value * (1 - tolerance), value if high is None else high
    if qualifier == "approx":
        low = (value if low is None else low) * (1 - tolerance)
        high = (value if high is None else high) * (1 + tolerance)
    elif qualifier == "exact":
        low = value if low is None else low
        high = value if high is None else high
    return qualifier, low, high


def extract_paths(
    paths: Iterable[str | Path],
    *,
    lang: str = "auto",
    jobs: int = 1,
    lang_dirs: tuple[str, ...] = (),
    taxonomy_files: tuple[str, ...] = (),
    chunk_size: int = CHUNK_SIZE,
) -> Iterator[ExtractResult]:
    """Extract every article under ``paths`` (files, or folders of .txt), in order.

    ``lang`` is a pack code or "auto" (sources.csv's lang, else detection). With ``jobs > 1``
    articles go to a pool of processes in chunks; at most ``jobs * IN_FLIGHT_PER_WORKER``
    chunks are in flight, so memory does not grow with the number of articles.
    """
    return extract_refs(
        iter_refs(paths),
        lang=lang,
        jobs=jobs,
        lang_dirs=lang_dirs,
        taxonomy_files=taxonomy_files,
        chunk_size=chunk_size,
    )


def extract_refs(
    refs: Iterable[ArticleRef],
    *,
    lang: str = "auto",
    jobs: int = 1,
    lang_dirs: tuple[str, ...] = (),
    taxonomy_files: tuple[str, ...] = (),
    chunk_size: int = CHUNK_SIZE,
) -> Iterator[ExtractResult]:
    """``extract_paths`` for articles already listed (``iter_refs``): a caller that counts
    them first need not list and resolve every file twice."""
    settings = (lang, tuple(map(str, lang_dirs)), tuple(map(str, taxonomy_files)))
    chunks = _chunks(iter(refs), max(1, chunk_size))
    if jobs <= 1:
        for chunk in chunks:
            yield from extract_chunk(chunk, *settings)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque[Future[list[ExtractResult]]] = deque()
        for chunk in chunks:
            pending.append(pool.submit(extract_chunk, chunk, *settings))
            if len(pending) >= jobs * IN_FLIGHT_PER_WORKER:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _chunks(refs: Iterator[ArticleRef], size: int) -> Iterator[list[ArticleRef]]:
    while chunk := list(islice(refs, size)):
        yield chunk


def extract_chunk(
    refs: Sequence[ArticleRef],
    lang: str,
    lang_dirs: tuple[str, ...],
    taxonomy_files: tuple[str, ...],
) -> list[ExtractResult]:
    """Extract a few articles (runs in a worker process; packs and taxonomy load once there)."""
    packs = load_packs(lang_dirs)
    taxonomy = load_taxonomy(taxonomy_files)
    results = []
    for ref in refs:
        article = read_article(ref)
        chosen = lang if lang not in ("", "auto") else (article.lang or "auto")
        result = extract_text(
            article.text,
            source=article.source,
            published=article.published,
            lang=chosen,
            packs=packs,
            taxonomy=taxonomy,
        )
        results.append(
            ExtractResult(
                result.source,
                result.lang,
                result.published,
                result.claims,
                result.skipped,
                ref.path,
            )
        )
    return results
