"""The context of each figure: which concepts are cued how close to it, its modality, and
whether something (an age, a label, "ago") makes it no claim at all.

Closeness is a tier: the figure's own phrase (the words right after it, or for a partitive
"30 of the 100 hostages" the head noun of the phrase it points to), the words right before
it, its clause, its sentence, and an anaphoric neighbour sentence ("This would take place
..."). All vocabulary comes from the language pack; see checker/data/lang/en.toml.

This module compiles the cues and gathers the evidence; the reading is split by concern:
sentence.py (one sentence's words, cues and clauses), closeness.py (how close each concept
is cued), nouns.py (what a figure's own words say it counts, and what makes it no claim),
antecedents.py ("the toll", "the number released"), events.py (one event or a running
total), modality.py (reported or proposed).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

from checker.errors import DataError
from checker.extract.antecedents import (
    ANTECEDENT_SENTENCES,
    SOURCE_SENTENCES,
    _clause_concepts,
    find_antecedent,
    set_before,
)
from checker.extract.closeness import cued_concepts, stretches
from checker.extract.events import (
    EVENT_DIMENSIONS,
    event_cue,
    news_line,
    past_period,
    single_event,
    so_far,
)
from checker.extract.labels import HEADING_LINES, heading_heads, label_of
from checker.extract.lexicon import Lexicon, Match, words
from checker.extract.modality import (
    PROPOSED,
    REPORTED,
    SCHEDULED,
    InForce,
    InForcePattern,
    in_force_pattern,
    own_term,
    read_modality,
    settle,
)
from checker.extract.nouns import (
    back_link,
    borrow_heads,
    cued_only_in,
    dimension_of,
    drop_link_cues,
    keep_closest,
    names_whole,
    own_heads,
    partitives,
    predicate_after,
    predicate_before,
    refers_back,
    said_of_part,
    stop_reason,
)
from checker.extract.segment import Segmenter
from checker.extract.sentence import (
    BEFORE,
    CLAIM_KINDS,
    CLAUSE,
    OWN,
    Place,
    Sentence,
    new_place,
    place_of,
)
from checker.extract.targets import EVENT, MIXED, PSEUDO_CONCEPTS, SO_FAR, Targets
from checker.extract.when import entry_days, latest_day, time_refs

#: Default window sizes, in words, when a pack's [text] does not set them.
PHRASE_AFTER = 6
PHRASE_BEFORE = 4
#: Words after a figure where its head noun may be ("40 Israeli hostages").
HEAD_AFTER = 3

_SECTIONS = {"modality": "m", "stop": "s"}
#: Lists searched once over the whole article rather than matched word by word.
_ARTICLE_LISTS = {("modality", "in_force")}
_TEXT_LISTS = (
    "anaphora",
    "partitive",
    "quantifiers",
    "phrase_breaks",
    "phrase_ends",
    "back_reference",
    "anaphoric_nouns",
    "age_words",
    "predicates",
    "relatives",
    "previous_value",
)


@dataclass(frozen=True)
class Cues:
    """A language pack's [concepts], [modality], [stop] and [text], compiled."""

    code: str
    segmenter: Segmenter
    lexicon: Lexicon = field(compare=False)
    phrase_after: int = PHRASE_AFTER
    phrase_before: int = PHRASE_BEFORE
    head_after: int = HEAD_AFTER
    anaphora: re.Pattern[str] | None = field(default=None, compare=False)
    #: the ASCII letters and digits an ``anaphora`` opening may start with (None: any)
    anaphora_initials: frozenset[str] | None = field(default=None, compare=False)
    #: [modality] in_force: the article says the deal took effect (extract/modality.py)
    in_force: InForcePattern | None = field(default=None, compare=False)
    #: words that may follow a count without naming what it counts (function words, "people")
    plain: frozenset[str] = frozenset()
    #: function words: a pack's detect words, phrase_breaks and phrase_ends
    function: frozenset[str] = frozenset()
    #: [text] definite_before / definite_after: single words that make a time span definite
    definite_before: frozenset[str] = frozenset()
    definite_after: frozenset[str] = frozenset()
    #: one-word [units] words ("year", "phase"): capitalised before digits they name a thing
    unit_words: frozenset[str] = frozenset()
    #: one-word [units] years words ("years", "años"): the unit of a listed age
    year_words: frozenset[str] = frozenset()
    #: first words of [text] partitive phrases ("of", "dari"): a back reference opening with
    #: one is a part of a set ("34 of them"), not "the others"
    partitive_words: frozenset[str] = frozenset()
    #: every word of the [text] partitive phrases ("sur un total de": "de" too)
    partitive_links: frozenset[str] = frozenset()
    #: [numbers.dates] months as written ("November": 11): they date a figure (extract/when.py)
    months: Mapping[str, int] = field(default_factory=dict, compare=False)


class PackKey:
    """Hashes a language pack by identity (packs hold dicts) and keeps it alive while cached."""

    def __init__(self, pack: Any) -> None:
        self.pack = pack

    def __hash__(self) -> int:
        return id(self.pack)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PackKey) and other.pack is self.pack


def compile_cues(pack: Any) -> Cues:
    """Compile a pack's cue sections (cached per pack object)."""
    return _compile_cached(PackKey(pack))


#: [text] keys that hold a number of words; every other [text] key, and every key of
#: [concepts], [modality] and [stop], holds a list of phrases.
_TEXT_WINDOWS = ("phrase_after", "phrase_before", "head_after")


def _check_phrase_lists(pack: Any) -> None:
    """Refuse a cue section whose value is not what the extractor reads (a list of phrases,
    or a whole number of words for a [text] window) in one line naming the pack."""
    for name in ("concepts", "modality", "stop", "text"):
        for key, value in pack.section(name).items():
            if name == "text" and key in _TEXT_WINDOWS:
                if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                    raise DataError(
                        f"[text].{key} = {value!r} should be a whole number of words",
                        path=pack.path,
                        hint=f"{key} = {PHRASE_AFTER}",
                    )
            elif not isinstance(value, list) or not all(isinstance(p, str) for p in value):
                raise DataError(
                    f"[{name}].{key} should be a list of phrases",
                    path=pack.path,
                    hint=f'{key} = ["a phrase", "another"]',
                )


@lru_cache(maxsize=32)
def _compile_cached(key: PackKey) -> Cues:
    pack = key.pack
    _check_phrase_lists(pack)
    text = pack.section("text")
    cues: dict[str, list[str]] = {}
    for concept, phrases in pack.section("concepts").items():
        cues[f"c:{concept}"] = list(phrases)
    for section, prefix in _SECTIONS.items():
        for name, phrases in pack.section(section).items():
            if (section, name) not in _ARTICLE_LISTS:
                cues[f"{prefix}:{name}"] = list(phrases)
    for name in _TEXT_LISTS:
        cues[f"t:{name}"] = list(text.get(name, ()))
    segmenter = Segmenter.compile(text.get("abbreviations", ()), text.get("clause_breaks", ()))
    function = frozenset(
        w
        for name in ("phrase_breaks", "phrase_ends")
        for phrase in text.get(name, ())
        for w in words(phrase)
    ) | {str(w).lower() for w in pack.section("language").get("detect", ())}
    return Cues(
        code=pack.code,
        segmenter=segmenter,
        lexicon=Lexicon(cues, text.get("not_typos", ())),
        phrase_after=int(text.get("phrase_after", PHRASE_AFTER)),
        phrase_before=int(text.get("phrase_before", PHRASE_BEFORE)),
        head_after=int(text.get("head_after", HEAD_AFTER)),
        anaphora=_opening_pattern(text.get("anaphora", ())),
        anaphora_initials=_opening_initials(text.get("anaphora", ())),
        in_force=in_force_pattern(
            pack.section("modality").get("in_force", ()),
            [
                *pack.section("modality").get("scheduled", ()),
                *pack.section("modality").get("proposed", ()),
            ],
        ),
        plain=function
        | {
            w
            for name in ("plain_after", "time_openers")
            for p in text.get(name, ())
            for w in words(p)
        },
        function=function,
        definite_before=frozenset(w.lower() for w in text.get("definite_before", ())),
        definite_after=frozenset(w.lower() for w in text.get("definite_after", ())),
        unit_words=frozenset(
            str(w).lower() for ws in pack.section("units").values() for w in ws if str(w).isalpha()
        ),
        year_words=frozenset(
            str(w).lower() for w in pack.section("units").get("years", ()) if str(w).isalpha()
        ),
        partitive_words=frozenset(
            words(p)[0].lower() for p in text.get("partitive", ()) if words(p)
        ),
        partitive_links=frozenset(w for p in text.get("partitive", ()) for w in words(p)),
        months={
            str(k): int(v)
            for k, v in pack.section("numbers").get("dates", {}).get("months", {}).items()
        },
    )


def _opening_pattern(phrases: Sequence[str]) -> re.Pattern[str] | None:
    """A sentence opening with an anaphor: quotes, then the phrase's words, then a non-word."""
    parts = sorted({r"\W+".join(map(re.escape, words(p))) for p in phrases if words(p)}, key=len)
    if not parts:
        return None
    return re.compile(rf"[\W_]*(?:{'|'.join(reversed(parts))})(?!\w)", re.IGNORECASE)


def _opening_initials(phrases: Sequence[str]) -> frozenset[str]:
    """The ASCII letters and digits that _opening_pattern's phrases may start with, as its
    IGNORECASE match reads them (so "ı" lets "i" and "I" in): a sentence opening with any
    other ASCII letter or digit cannot match it, and the (costly) regex is not run."""
    firsts = {ws[0][0] for p in phrases if (ws := words(p))}
    return frozenset(
        c
        for c in map(chr, range(128))
        if c.isalnum() and any(re.fullmatch(re.escape(f), c, re.IGNORECASE) for f in firsts)
    )


class Evidence(NamedTuple):
    """What the context says about one figure. (A named tuple, like lexicon.Match: one per
    figure, and a tuple is made faster than a frozen dataclass.)"""

    concepts: Mapping[str, tuple[int, int]]  # concept -> (tier, distance in words)
    modality: str
    dimension: str
    clause: tuple[int, int]
    sentence: tuple[int, int]
    stop: str = ""  # why the figure is no claim whatever it counts ("" = it may be one)
    event: bool = False  # it counts one event, not a running total (extract/events.py)
    own_heads: frozenset[str] = frozenset()  # what its own phrase says it counts ("hostages")
    refers_back: bool = False  # "34 of them": what it counts is named earlier
    trailing: frozenset[str] = frozenset()  # cued in its clause only after its own phrase
    headline: bool = False  # in a line without final punctuation (extract/headlines.py)
    until: str = ""  # the latest day it can describe, YYYY-MM-DD ("": unknown; extract/when.py)
    # cued in what its clause says of it after it ("59 people abducted | are still held")
    predicated: frozenset[str] = frozenset()


def read_context(
    cues: Cues, text: str, mentions: Sequence[Any], targets: Targets, published: str = ""
) -> list[Evidence]:
    """Evidence for each mention (sorted, non-overlapping), in the same order. ``published``
    (YYYY-MM-DD) dates the article; without it the latest year it names stands in."""
    spans = cues.segmenter.sentences(text)
    groups: list[list[int]] = [[] for _ in spans]
    starts = [s for s, _ in spans]
    for index, mention in enumerate(mentions):
        groups[max(0, bisect_right(starts, mention.start) - 1)].append(index)
    # None when a letter lowers to more than one ("İ") or by its context (final sigma): each
    # sentence is then lowered on its own
    whole = text.lower()
    lowered = whole if len(whole) == len(text) and "\u03a3" not in text else None
    view = _Views(cues, text, spans, groups, mentions, lowered, targets)

    in_force = InForce(cues.in_force, whole)  # the article lowered, once
    past = _past_before(published, mentions)
    entries = entry_days(text, mentions, cues.months, published) if cues.months else {}
    out: list[Evidence] = []
    for si, group in enumerate(groups):
        if not group:
            continue
        if all(mentions[i].kind not in CLAIM_KINDS for i in group):
            out.extend(_not_claims([mentions[i] for i in group], spans[si]))
            continue
        sentence = view(si)
        local = [mentions[i] for i in group]
        entry = entries.get(text.rfind("\n", 0, spans[si][0]) + 1) if entries else None
        sentence.entry = entry is not None  # a timeline entry's sentence: that day's events
        dated = min(filter(None, (published, entry)), default="")  # the earlier, if any
        linked = _neighbours(cues, text, spans, si, sentence)
        neighbours = [view(j) for j in linked]
        answered = si > 1 and _question(text, spans[si - 2])  # this follows an answer
        earlier = _Earlier(view, si, linked, answered)
        answers = si > 0 and _question(text, spans[si - 1])
        reach = spans[max(0, si - ANTECEDENT_SENTENCES)][0]
        out.extend(
            _read_sentence(
                cues,
                sentence,
                local,
                neighbours,
                earlier,
                targets,
                in_force=in_force,
                answers=answers,
                past=past,
                published=dated,
                counted=_CountedBefore(mentions, out, group[0], reach),
            )
        )
        view.forget(si - VIEW_REACH)  # no later sentence looks this far back
    return out


class _Views:
    """The article's sentences as read, built on demand and kept while a later one may look
    back at them (a class, not closures: closures that call each other form a reference
    cycle, which only the cyclic collector frees, with every sentence it holds)."""

    def __init__(
        self,
        cues: Cues,
        text: str,
        spans: Sequence[tuple[int, int]],
        groups: Sequence[Sequence[int]],
        mentions: Sequence[Any],
        lowered: str | None,
        targets: Targets,
    ) -> None:
        self.cues, self.text, self.spans, self.groups = cues, text, spans, groups
        self.mentions, self.lowered, self.parts = mentions, lowered, targets.parts
        self.ordinals = {ordinal for _, ordinal in targets.parts}
        self.views: dict[int, Sentence] = {}
        self.oldest = 0  # no kept view has a lower index (forget's cheap test)

    def plain(self, si: int) -> Sentence:
        """Sentence ``si`` as it reads on its own (not kept)."""
        return Sentence(
            self.cues.lexicon,
            self.cues.segmenter,
            self.text,
            self.spans[si],
            [self.mentions[i] for i in self.groups[si]],
            self.lowered,
        )

    def __call__(self, si: int) -> Sentence:
        views = self.views
        if si not in views:
            views[si] = self.plain(si)
            if si < self.oldest:
                self.oldest = si
            local = [self.mentions[i] for i in self.groups[si]]
            if any(m.kind == "ordinal" and m.value in self.ordinals for m in local):
                before = (views.get(si - 1) or self.plain(si - 1)) if si else None
                _elided_part(views[si], local, before, self.parts)
        return views[si]

    def may_hold(self, si: int, word: str) -> bool:
        """Whether sentence ``si`` may have ``word`` (lowered) among its words: False only
        when the lowered article shows it nowhere in the sentence's span."""
        lowered = self.lowered
        return lowered is None or lowered.find(word, *self.spans[si]) >= 0

    def forget(self, before: int) -> None:
        """Drop the sentences before ``before`` (memory stays flat): those from the oldest
        kept index on (no scan of every kept view per sentence)."""
        if before > self.oldest:
            views = self.views
            for old in range(self.oldest, before):
                views.pop(old, None)
            self.oldest = before


def _elided_part(
    sentence: Sentence,
    local: Sequence[Any],
    before: Sentence | None,
    parts: Mapping[tuple[str, int], frozenset[str]],
) -> None:
    """After a deal's parts are named (in the sentence before, or earlier in this one), an
    ordinal with no noun of its own stands for a numbered part (the taxonomy's [[part]]
    tables): "The deal has three phases. The first would last six weeks", "Die erste dauert
    42 Tage", "En la primera, de 42 días"; so does one with a back reference ("the first of
    them")."""
    for index, mention in enumerate(local):
        wanted = [(part, tags) for (part, n), tags in parts.items() if n == mention.value]
        if mention.kind != "ordinal" or not wanted:
            continue
        first, last = sentence.tokens[index]
        if not first or sentence.figure[first - 1] >= 0 or sentence.blocked[first - 1]:
            continue  # "First, ..." opens a list; a determiner stands before a noun it stands for
        after = sentence.tags_at.get(last, ())
        if last < len(sentence.words) and not sentence.gap[last]:
            if sentence.figure[last] >= 0 or (
                "t:back_reference" not in after and any(t.startswith("c:") for t in after)
            ):
                continue  # "the first hostages", "the first phase"; not "the first of them"
        marks = sentence.marks(None, "c:")
        for part, tags in wanted:
            tag = f"c:{part}"
            earlier = any(tag in m.tags and m.end <= first for m in marks)
            if earlier or (before is not None and tag in before.tags):
                sentence.add_cue(first, last, tags)


class _Earlier:
    """The sentences before one, nearest first, built on demand; ``linked`` (neighbours
    already read as such) are skipped for a figure that refers back. ``answered``: the sentence
    before answers a question ("How many hostages are still in Gaza? Ninety-eight. Perhaps
    half of them are dead."), which a figure referring back sees too."""

    def __init__(
        self,
        view: _Views,
        index: int,
        linked: Sequence[int],
        answered: bool = False,
    ):
        self.view, self.index, self.linked = view, index, linked
        self.answered = answered

    def __call__(self, count: int) -> Iterator[Sentence]:
        """Up to ``count`` sentences back, nearest first, each built only when reached (a
        reader that stops at the first that answers builds no more)."""
        for j in self._back(count):
            yield self.view(j)

    def holding(self, word: str, count: int) -> Iterator[Sentence]:
        """Like calling it, but skips, unbuilt, each sentence whose text cannot hold the
        lowered ``word`` (a substring test on the lowered article)."""
        for j in self._back(count):
            if self.view.may_hold(j, word):
                yield self.view(j)

    def _back(self, count: int) -> range:
        """The indexes of up to ``count`` sentences before this one, nearest first."""
        return range(self.index - 1, max(-1, self.index - 1 - count), -1)

    def unlinked(self) -> list[Sentence]:
        """The sentence right before, unless it is already a neighbour (and the question it
        answers)."""
        previous = self.index - 1
        found = [self.view(previous)] if previous >= 0 and previous not in self.linked else []
        if found and self.answered:
            found.append(self.view(previous - 1))
        return found


#: How many sentences back a [stop] reciprocal opening ("In return, ...") looks for the
#: exchange it answers.
RECIPROCAL_REACH = 3

#: How many sentences back any reader looks (antecedents, the sources anaphoric nouns name,
#: headings, reciprocal openings): sentences read are kept this long, so none is built twice.
VIEW_REACH = max(ANTECEDENT_SENTENCES, SOURCE_SENTENCES, HEADING_LINES, RECIPROCAL_REACH)

#: Words into its sentence a [stop] reciprocal phrase may open the sentence from (German
#: and French put it after the verb: "Israel entließ im Gegenzug ...").
RECIPROCAL_OPENING = 3

#: Markers that say whether a sentence tells of one event or of a running total.
_DAY_MARKERS = frozenset({"s:event", "s:cumulative"})


#: Markers of one exchange earlier in a sentence, for a reciprocal phrase that answers it.
_ONE_EXCHANGE = frozenset({"s:event", "s:increment_before", "s:increment_after"})


def _answers_before(sentence: Sentence, place: Place) -> bool:
    """A [stop] reciprocal phrase before the figure in its clause, after a marker of one
    exchange earlier in the sentence, and no running-total marker ("Hamas freed three more
    hostages, Israel in return 369 prisoners"): the other half of that one exchange."""
    if "s:reciprocal" not in sentence.tags or "s:cumulative" in sentence.tags:
        return False
    back = [
        m.start
        for m in sentence.marks(place.clause, "s:")
        if "s:reciprocal" in m.tags and m.end <= place.first
    ]
    return bool(back) and any(
        m.end <= back[0] and _ONE_EXCHANGE & m.tags for m in sentence.marks(None, "s:")
    )


def _in_return(sentence: Sentence, earlier: _Earlier) -> bool:
    """A sentence that opens with a [stop] reciprocal phrase ("In return, Israel released
    183 prisoners", "Israel entließ im Gegenzug 183") and has no event or running-total marker of its own is the other half of
    the exchange told before: one day's event when the nearest earlier sentence with such a
    marker has an event marker (the caller asks only for a figure reported done)."""
    if "s:reciprocal" not in sentence.tags or sentence.tags & _DAY_MARKERS:
        return False
    if not any(
        "s:reciprocal" in m.tags for m in sentence.marks(None, "s:") if m.start < RECIPROCAL_OPENING
    ):
        return False
    for before in earlier(RECIPROCAL_REACH):
        if before.tags & _DAY_MARKERS:
            return "s:event" in before.tags
    return False


#: How many tokens before a [stop] past_when word the month or year it follows may start
#: ("since 2011, when", "seit Oktober 2023, als").
WHEN_GAP = 3


def _when_then(sentence: Sentence, place: Place, before: int) -> bool:
    """A [stop] past_when word before the figure in its clause, right after a month or a year
    before the year ``before`` ("the largest swap since 2011, when Israel freed 1,027
    prisoners"): the figure is dated then, a past event."""
    if "s:past_when" not in sentence.tags:
        return False
    whens = [
        m.start
        for m in sentence.marks(place.clause, "s:")
        if "s:past_when" in m.tags and m.start < place.first
    ]
    return bool(whens) and any(
        whens[-1] - WHEN_GAP <= first < whens[-1]
        and sentence.period_years.get(first, before) < before
        for first in sentence.periods
    )


def _partitive_at(cues: Cues, sentence: Sentence, place: Place) -> bool:
    """A [text] partitive word right after the figure ("34 of them", "sepertiga dari mereka"):
    a part of a set, not "the others"."""
    last = place.last
    return last < len(sentence.words) and sentence.words[last] in cues.partitive_words


def _names_set(sentence: Sentence, link: Match, heads: frozenset[str]) -> bool:
    """The words linking a part to its set name the set ("a third of those still held"):
    a cue of what a count may count (one of ``heads``) starts inside them."""
    return any(
        link.start <= start < link.end and heads.intersection(found)
        for start, _, found in sentence.concept_matches
    )


class _CountedBefore:
    """The counts that may be claims among the figures before figure ``index`` that start at
    or after offset ``reach`` (those of the sentences an anaphor may reach), read as
    ``evidences``; found only when asked (few figures are a part of a set before)."""

    def __init__(
        self, mentions: Sequence[Any], evidences: Sequence[Evidence], index: int, reach: int
    ) -> None:
        self.mentions, self.evidences, self.index, self.reach = mentions, evidences, index, reach

    def __call__(self) -> list[tuple[float, Mapping[str, tuple[int, int]], frozenset[str]]]:
        first = self.index
        while first > 0 and self.mentions[first - 1].start >= self.reach:
            first -= 1
        return _counted(self.mentions[first : self.index], self.evidences[first : self.index])


def _state_only(concepts: Mapping[str, tuple[int, int]], targets: Targets) -> bool:
    """A state (alive, dead) in or right before the figure's phrase and no count head in its
    clause: what is counted is said only by the state."""
    near = {c for c, (tier, _) in concepts.items() if tier <= CLAUSE}
    return near.isdisjoint(targets.heads_for("count")) and any(
        concepts[c][0] <= BEFORE for c in near & targets.states
    )


def _counted(
    mentions: Sequence[Any], evidences: Sequence[Evidence]
) -> list[tuple[float, Mapping[str, tuple[int, int]], frozenset[str]]]:
    """The counts among ``mentions`` (read as ``evidences``) that may be claims."""
    return [
        (mention.value, evidence.concepts, evidence.own_heads)
        for mention, evidence in zip(mentions, evidences, strict=True)
        if not evidence.stop and evidence.dimension == "count"
    ]


def _bare_place(sentence: Sentence, index: int) -> Place:
    """The tokens of a figure that is no claim (a date, a year), without windows."""
    first, last = sentence.tokens[index]
    clause = sentence.clause_of[first] if first < len(sentence.words) else 0
    return new_place(first, last, last, first, clause)


def _definite(cues: Cues, sentence: Sentence, place: Place) -> bool:
    """A definite word right at the figure ("over the six weeks", "selama 42 hari tersebut"):
    a time span named before."""
    words, first, last = sentence.words, place.first, place.last
    if first > 0 and not sentence.gap[first] and words[first - 1] in cues.definite_before:
        return True
    return last < len(words) and not sentence.gap[last] and words[last] in cues.definite_after


def _whole_counts(
    cues: Cues, sentence: Sentence, whole: Any, place: Place, targets: Targets
) -> str:
    """ "counts X" when the whole of a partitive ("15 of 17 judges", "15 dari 17 hakim")
    counts a word no metric counts: the part counts the same, so it is no claim either."""
    own = own_heads(cues, sentence, place, targets)
    stop = stop_reason(whole, cues, sentence, place, "count", own)
    return stop if stop.startswith("counts ") else ""


def _not_claims(mentions: Sequence[Any], span: tuple[int, int]) -> list[Evidence]:
    """Evidence for figures that can never be claims (years, dates...), without reading on."""
    return [Evidence({}, "reported", "", span, span, stop=f"kind {m.kind}") for m in mentions]


def _neighbours(
    cues: Cues, text: str, spans: Sequence[tuple[int, int]], si: int, sentence: Sentence
) -> list[int]:
    """Sentences that continue this one: the next if it opens with an anaphor, the previous
    if this one does."""
    found = []
    if si > 0 and (sentence.opens_with("t:anaphora") or _question(text, spans[si - 1])):
        found.append(si - 1)
    if si + 1 < len(spans) and cues.anaphora is not None:
        start, end = spans[si + 1]
        initials = cues.anaphora_initials
        if start < end and initials is not None:
            c = text[start]  # an ASCII letter or digit is the first word character
            if c.isascii() and c.isalnum() and c not in initials:
                return found  # no anaphor opens with it: the regex need not run
        if cues.anaphora.match(text, start, end):
            found.append(si + 1)
    return found


#: Concepts whose words join a whole to its part ("hostages including 30 children",
#: "Geiseln darunter 30 Kinder"): they never act on the figure after them.
JOINERS = frozenset({"subset"})

#: per taxonomy: (targets, agents, actors)
_AGENTS: dict[int, tuple[Targets, frozenset[str], frozenset[str]]] = {}


def _agent_sets(targets: Targets) -> tuple[Targets, frozenset[str], frozenset[str]]:
    found = _AGENTS.get(id(targets))
    if found is None or found[0] is not targets:
        required = {c for r in targets.rules for c in (*r.concepts, *r.any_concepts)}
        excluded = {c for r in targets.rules for c in r.exclude}
        scene = {c for r in targets.rules for c in r.clause_exclude}
        agents = frozenset(excluded - required - scene - set(PSEUDO_CONCEPTS))
        found = (targets, agents, agents - JOINERS)
        _AGENTS[id(targets)] = found
    return found


def _agents(targets: Targets) -> frozenset[str]:
    """Concepts that only argue against metrics (combatants, the wounded...): no metric
    requires them (kept per taxonomy). A metric's ``clause_exclude`` concepts set the scene
    of the whole clause even as its subject ("a week-long truce freed 105 hostages",
    "Hezbollah rockets killed 12", "the Lebanese health ministry"): they are no agents."""
    return _agent_sets(targets)[1]


def _actors(targets: Targets) -> frozenset[str]:
    """The ``_agents`` that may be the subject acting on a figure: all but ``JOINERS``."""
    return _agent_sets(targets)[2]


#: A period this many years before the article's year is the past ("in 2021" in 2024).
PAST_YEARS = 1


def _past_before(published: str, mentions: Sequence[Any]) -> int:
    """The first year that is not the past: the article's year (its date, else the latest
    year it names) less ``PAST_YEARS``; 0 when neither is known."""
    year = int(published[:4]) if published[:4].isdigit() else 0
    if not year:
        years = [
            int(m.value)
            for m in mentions
            if m.kind == "year" or (m.kind == "date" and m.value > 31)
        ]
        year = max(years, default=0)
    return year - PAST_YEARS if year else 0


#: Words into a next sentence a [stop] new_total marker may stand ("That brings to 18 ...",
#: "Damit sind ... 15").
NEW_TOTAL_OPENING = 3


def _topped_up_next(sentence: Sentence, neighbours: Sequence[Sentence]) -> bool:
    """The next sentence continues this one and opens with a [stop] new_total marker and a
    figure ("Hamas freed three hostages. That brings to 18 the number released."): a count
    named here is what was added."""
    for nxt in neighbours:
        if nxt.span[0] <= sentence.span[0] or not any(f >= 0 for f in nxt.figure):
            continue
        if any("s:new_total" in m.tags for m in nxt.matches if m.start < NEW_TOTAL_OPENING):
            return True
    return False


def _partitive_length(sentence: Sentence, index: int) -> int:
    """Words of a partitive right after figure ``index`` ("24 of the remaining hostages may
    still be alive"): its own phrase reaches that much further, to the predicate."""
    last = sentence.tokens[index][1]
    link = None
    for match in sentence.at.get(last, ()):
        if "t:partitive" in match.tags:
            link = match if link is None or match.end > link.end else link
    return 0 if link is None else link.end - link.start


def _reference_anchors(
    sentence: Sentence, places: Sequence[Place], dimensions: Sequence[str], claims: Sequence[bool]
) -> list[tuple[int, int, int]]:
    """The anchors of the time references of a sentence ("nearly four months after the
    October 7 attack", "quatre mois après l'attaque du 7 octobre"), as (the span's first
    token, the anchor's tokens [low, high)): the words after a [stop] reference word up to
    the next punctuation, clause or figure. What they name dates the span; a figure before it
    does not count it ("26,751 deaths, nearly four months after the October 7 attack")."""
    found = []
    words = len(sentence.words)
    for place, dimension, claim in zip(places, dimensions, claims, strict=True):
        last = place.last
        if not claim or dimension != "duration" or last >= words or sentence.gap[last]:
            continue
        ends = [m.end for m in sentence.at.get(last, ()) if "s:reference" in m.tags]
        if not ends:
            continue
        low = high = max(ends)
        while (
            high < words
            and not (high > low and sentence.gap[high])
            and sentence.figure[high] < 0
            and sentence.clause_of[high] == place.clause
        ):
            high += 1
        if high > low:
            found.append((place.first, low, high))
    return found


def _aged(sentence: Sentence, place: Place) -> bool:
    """A [text] age_words word right after a time span ("the war, now five months old"):
    the span is the age of what its clause is about."""
    last = place.last
    return (
        last < len(sentence.words)
        and not sentence.gap[last]
        and sentence.tagged(last, "t:age_words")
    )


def _subject_is_own(sentence: Sentence, place: Place, concepts: dict[str, tuple[int, int]]) -> None:
    """Concepts cued earlier in the figure's clause stand right before it (its subject)."""
    for start, end, found in sentence.concept_matches:
        if end <= place.first and sentence.clause_of[start] == place.clause:
            for concept in found:
                keep_closest(concepts, concept, BEFORE, place.first - end + 1)


def _label_is_own(
    sentence: Sentence, place: Place, concepts: dict[str, tuple[int, int]], heads: frozenset[str]
) -> set[str]:
    """A fact-box label says what its figure is: what it counts (``heads``) stands right
    before the figure, as a subject would, and what it says of it in the figure's own phrase
    ("Believed dead: 34", "Diyakini tewas: 34 dari sandera"). The heads it names."""
    named = set()
    for start, end, found in sentence.concept_matches:
        if end <= place.first and sentence.clause_of[start] == place.clause:
            for concept in found:
                tier = BEFORE if concept in heads else OWN
                keep_closest(concepts, concept, tier, place.first - end + 1)
                if concept in heads:
                    named.add(concept)
    return named


#: How many words before a relative clause its antecedent may end ("The war, which ...").
ANTECEDENT_WORDS = 3


def _relative_antecedent(
    sentence: Sentence, place: Place, concepts: dict[str, tuple[int, int]]
) -> None:
    """A time span in a clause opened by a [text] relatives word is said of the noun right
    before that clause ("The war, which has lasted 15 months, has killed ..."): concepts cued
    in the last words of the clause before stand right before the span."""
    clause = place.clause
    if clause == 0:
        return
    first = sentence.clause_start(clause)
    if not sentence.tagged(first, "t:relatives"):
        return
    for start, end, found in sentence.concept_matches:
        if sentence.clause_of[start] == clause - 1 and first - ANTECEDENT_WORDS <= end <= first:
            for concept in found:
                keep_closest(concepts, concept, BEFORE, place.first - end + 1)


def _fronted_wholes(
    sentence: Sentence,
    places: Sequence[Place],
    heads: Mapping[int, int],
    complements: set[int],
    claims: Sequence[bool],
    reach: int,
) -> dict[int, tuple[int, int]]:
    """A whole named first and set off by punctuation ("Of the 251 hostages, 59 are still in
    Gaza", "Dari 251 sandera, 59 masih di Gaza"), by index: the tokens of the predicate said
    of the part, the next figure, when that predicate follows the part at once."""
    found: dict[int, tuple[int, int]] = {}
    for i in complements - set(heads.values()):
        part = next((j for j in range(i + 1, len(places)) if claims[j]), None)
        if part is None:
            continue
        between = range(places[i].last, places[part].first + 1)
        if not any(sentence.gap[t] for t in between):
            continue
        said = predicate_after(sentence, places[part].last, places[part].clause, claims, reach)
        if said is not None and said[0] == places[part].last:
            found[i] = said
    return found


def _set_named_before(sentence: Sentence, place: Place, heads: frozenset[str]) -> bool:
    """An earlier clause of the sentence names what a figure may count (one of ``heads``):
    "Militants seized 251 hostages; 59 are still in Gaza"."""
    return any(
        start < place.first and sentence.clause_of[start] != place.clause and heads & {*found}
        for start, _, found in sentence.concept_matches
    )


def _set_named_earlier(
    sentence: Sentence, place: Place, heads: frozenset[str], claims: Sequence[bool]
) -> bool:
    """A figure that may be a claim stands before this one in its sentence, and what a figure
    may count (one of ``heads``) is named before this one: "3,785 Palestinians were killed,
    among them 1,524 children" (the set of "them" is in the sentence)."""
    if not any(claims[: sentence.figure[place.first]]):
        return False
    return any(
        start < place.first and not heads.isdisjoint(found)
        for start, _, found in sentence.concept_matches
    )


def _set_named_just_before(earlier: _Earlier, heads: frozenset[str]) -> bool:
    """The sentence right before names what a figure may count (one of ``heads``): "Hamas
    still holds 59 hostages. At least 35 are dead." """
    return any(heads & {*found} for before in earlier(1) for _, _, found in before.concept_matches)


def _named_before(sentence: Sentence, place: Place, seen: Sequence[Sentence]) -> set[str]:
    """Concepts cued before a figure in its sentence or in the sentences it sees: a part's
    predicate that only repeats them ("more than 49,000 killed ... 413 of them were killed in
    the strikes") says nothing new of the part."""
    found = {c for start, _, cs in sentence.concept_matches if start < place.first for c in cs}
    for other in seen:
        found.update(c for _, _, cs in other.concept_matches for c in cs)
    return found


def _names_anything(sentence: Sentence, clause: int, heads: frozenset[str]) -> bool:
    """Whether the clause cues what a figure may count (one of ``heads``): "Menurut kiraan
    Israel, 98 orang" answering "How many hostages ...?" names only who counted."""
    return any(
        sentence.clause_of[start] == clause and not heads.isdisjoint(found)
        for start, _, found in sentence.concept_matches
    )


def _question(text: str, span: tuple[int, int]) -> bool:
    """A sentence that asks: the next one answers it ("How long is the first phase? Six
    weeks."), so it reads the question as its neighbour."""
    low, high = max(span[0], span[1] - 8), span[1]
    if text.find("?", low, high) < 0 and text.find("？", low, high) < 0:
        return False  # no question mark in the tail: nothing to strip and test
    tail = text[low:high].rstrip().rstrip("\"'”’»)")
    return tail.endswith(("?", "？"))


#: Words that may stand between a [text] previous_value phrase and the figure it opens ("up
#: from an initial estimate of 155").
PREVIOUS_VALUE_GAP = 4


def _previous_values(
    sentence: Sentence, mentions: Sequence[Any], claims: Sequence[bool]
) -> dict[int, int]:
    """Figures an earlier value of another figure of the sentence ("7,028 deaths since 7
    October, up from 5,087 on Sunday", "cifra en 1.300 los muertos, frente a los 1.200 del
    martes"), by index: the index of that figure, the nearest claim figure before with a
    [text] previous_value phrase ending at most PREVIOUS_VALUE_GAP words before this one and
    no mark or figure between."""
    if "t:previous_value" not in sentence.tags:
        return {}
    found: dict[int, int] = {}
    for i in range(1, len(mentions)):
        if not claims[i]:
            continue
        first = sentence.tokens[i][0]
        for t in range(max(0, first - PREVIOUS_VALUE_GAP), first + 1):
            if sentence.ends_with(t, "t:previous_value") is None:
                continue
            between = range(t, first)
            if any(sentence.gap[u] for u in range(t + 1, first + 1)) or any(
                sentence.figure[u] >= 0 or sentence.blocked[u] for u in between
            ):
                continue
            earlier = [j for j in range(i) if claims[j] and sentence.tokens[j][1] <= t]
            if earlier:
                found[i] = earlier[-1]
            break
    return found


def _cued_within(sentence: Sentence, span: tuple[int, int]) -> set[str]:
    """Concepts cued in tokens [start, end) of the sentence."""
    return {
        concept
        for start, _, cued in sentence.concept_matches
        if span[0] <= start < span[1]
        for concept in cued
    }


def _evidence(
    concepts: Mapping[str, tuple[int, int]],
    modality: str,
    dimension: str,
    clause: tuple[int, int],
    sentence: tuple[int, int],
    stop: str = "",
    event: bool = False,
    own_heads: frozenset[str] = frozenset(),
    refers_back: bool = False,
    trailing: frozenset[str] = frozenset(),
    headline: bool = False,
    until: str = "",
    predicated: frozenset[str] = frozenset(),
) -> Evidence:
    """``Evidence(...)``, made without the named tuple's ``__new__``: that is Python code
    (a lambda from collections.namedtuple) run for each figure, where ``tuple.__new__`` on
    the fields in order is one C call (mypyc calls this function natively)."""
    return tuple.__new__(
        Evidence,
        (
            concepts,
            modality,
            dimension,
            clause,
            sentence,
            stop,
            event,
            own_heads,
            refers_back,
            trailing,
            headline,
            until,
            predicated,
        ),
    )


def _read_sentence(
    cues: Cues,
    sentence: Sentence,
    mentions: Sequence[Any],
    neighbours: Sequence[Sentence],
    earlier: _Earlier,
    targets: Targets,
    *,
    in_force: Callable[[], bool] = lambda: False,
    answers: bool = False,
    past: int = 0,
    published: str = "",
    counted: Callable[[], list[tuple[float, Mapping[str, tuple[int, int]], frozenset[str]]]] = list,
) -> list[Evidence]:
    """Evidence for the figures of one sentence. A figure that refers back ("the other 38",
    "34 of them") also sees the sentence before, even without an anaphor. ``in_force``: the
    article says the deal took effect (a plan's terms are then reported). ``answers``: the
    sentence answers a question, so a figure whose clause names nothing ("About 110.")
    counts what the question asks about. A time span dated before the year ``past`` is the
    length of something then ("the 11-day conflict in May 2021"). ``published`` (YYYY-MM-DD or
    "") dates the article, the latest day its figures can describe (extract/when.py)."""
    dimensions = [dimension_of(mention, targets) for mention in mentions]
    claims = [m.kind in CLAIM_KINDS for m in mentions]
    reach = cues.phrase_after
    places = [
        place_of(
            sentence,
            i,
            cues.phrase_after + _partitive_length(sentence, i),
            cues.phrase_before,
            dimensions[i] == "duration",
        )
        if claims[i]
        else _bare_place(sentence, i)
        for i in range(len(mentions))
    ]
    heads, complements = partitives(sentence, mentions, places, dimensions)
    # "59 of the 251 hostages seized on October 7 are still in Gaza": the whole's own phrase
    # ends where the predicate said of the part begins
    said: dict[int, tuple[int, int]] = {}
    for i, j in heads.items():
        found = predicate_after(sentence, places[j].last, places[j].clause, claims, reach)
        if found is not None:
            said[i] = found
            places[j] = places[j]._replace(after_end=min(places[j].after_end, found[0]))
    fronted = _fronted_wholes(sentence, places, heads, complements, claims, reach)
    spans = stretches(places, dimensions, claims, len(sentence.words))
    anchors = _reference_anchors(sentence, places, dimensions, claims)
    # the sentence's months and years, read when a figure first needs them (most figures
    # are stopped or of a dimension no dated metric takes)
    refs: list[tuple[int, int, int]] | None = None
    clause_spans = sentence.clauses
    out = []
    for i, mention in enumerate(mentions):
        place = places[i]
        dimension = dimensions[i]
        clause = clause_spans[place.clause] if clause_spans else sentence.span
        if not claims[i]:  # a date, a year, an ordinal...: no claim, nothing more to read
            out.append(
                _evidence({}, REPORTED, dimension, clause, sentence.span, f"kind {mention.kind}")
            )
            continue
        # the tokens nearer this figure than its neighbours, as two ints: passed as
        # "*halfway(...)" they made each call a generic Python call (mypyc)
        near_low, near_high = spans[i].halfway(place)
        own = own_heads(cues, sentence, place, targets)
        stop = stop_reason(mention, cues, sentence, place, dimension, own)
        if (
            not stop
            and dimension == "count"
            and mention.value == 1
            and (i in heads or _partitive_at(cues, sentence, place))
        ):  # "one of about 120 hostages", "Uno de los liberados": a person, not a count
            stop = "one of a set"
        if not stop and not own and i in heads and dimension == "count":
            stop = _whole_counts(cues, sentence, mentions[heads[i]], places[heads[i]], targets)
        if (
            not stop
            and dimension == "duration"
            and past_period(sentence, place, past, near_low, near_high)
        ):
            stop = "dated span"  # "the 11-day conflict in May 2021"
        if stop and not stop.startswith("counts "):  # a label, an age, a rate, "ago"...
            out.append(_evidence({}, REPORTED, dimension, clause, sentence.span, stop))
            continue
        link = back_link(sentence, place)
        if i not in said and i not in complements:  # "59 of them are ...", "59 are ..."
            found = predicate_after(
                sentence, place.last if link is None else link.end, place.clause, claims, reach
            )
            bare = (
                found is not None
                and found[0] == place.last
                and not own
                and (
                    _set_named_before(sentence, place, targets.heads_for(dimension))
                    or _set_named_just_before(earlier, targets.heads_for(dimension))
                )
            )
            if found is not None and (link is not None or bare):
                said[i] = found
        back = (
            refers_back(sentence, place)
            or (i in said and i not in heads and not own)  # "59 are still in Gaza"
            or (dimension == "share" and not own and not names_whole(cues, sentence, place))
            or (dimension == "duration" and _definite(cues, sentence, place))
            or (
                answers
                and not _names_anything(sentence, place.clause, targets.heads_for(dimension))
            )
        )
        # a set counted before it in its sentence ("3,785 killed, among them 1,524
        # children"): no other sentence is read
        if back and _set_named_earlier(sentence, place, targets.heads_for(dimension), claims):
            seen: list[Sentence] = []
        else:
            seen = [*neighbours, *(earlier.unlinked() if back else ())]
        concepts, trailing = cued_concepts(
            cues.lexicon,
            sentence,
            place,
            seen,
            spans[i].reach,
            _actors(targets),
            [(low, high) for first, low, high in anchors if first >= place.last],
        )
        if i in said:
            predicate = said_of_part(concepts, sentence, place, said[i])
            trailing = trailing - predicate
            if (
                link is not None
                and i not in heads
                and predicate - _named_before(sentence, place, seen)
            ):
                drop_link_cues(concepts, sentence, link)  # "59 of them are still in Gaza"
        if i in fronted:  # "Of the 251 hostages, 59 are still in Gaza": not said of 251
            said_there = cued_only_in(sentence, fronted[i])
            # a state said of the part ("Of the 59 hostages in Gaza, 35 are dead") leaves the
            # whole what the part is a state of (held)
            for concept in said_there & targets.states or said_there:
                concepts.pop(concept, None)
        if dimension == "duration" and _aged(sentence, place):
            _subject_is_own(sentence, place, concepts)
        if dimension == "duration":
            _relative_antecedent(sentence, place, concepts)
        if i in heads:
            own |= borrow_heads(concepts, sentence, places[heads[i]], targets)
        antecedent = find_antecedent(
            sentence,
            place,
            earlier,
            targets,
            dimension,
            cues.plain,
            cues.definite_before,
            cues.definite_after,
            cues.partitive_links,
        )
        named = bool(own)  # its own words (or a partitive) name what it counts
        label = label_of(sentence.text, mention.start) is not None
        labelled = False  # the label names what the figure counts
        if label and dimension in ("count", "duration"):
            named_here = _label_is_own(sentence, place, concepts, targets.heads_for(dimension))
            if named_here:  # "Hostages still in Gaza: 59" after a line on prisoners
                labelled = True
                heads_before = antecedent.heads if antecedent is not None else frozenset()
                if heads_before and heads_before.isdisjoint(named_here):
                    antecedent = None
        if antecedent is None and not own and label:
            clause_concepts = _clause_concepts(sentence, place.clause)
            for concept, cue in heading_heads(
                sentence,
                clause_concepts,
                earlier,
                targets,
                dimension,
                cues.function,
                cues.plain,
                cues.lexicon,
            ).items():
                keep_closest(concepts, concept, *cue)
        if antecedent is None and not own and not labelled and dimension in ("count", "share"):
            # "33 of them have died", "34 of the 95 are no longer alive": a part of a set
            # counted before counts what that set counts
            whole = mentions[heads[i]].value if i in heads else None
            if whole is not None or (
                link is not None
                and _partitive_at(cues, sentence, place)
                and not _names_set(sentence, link, targets.heads_for("count"))
            ):
                earlier_counts = [*counted(), *_counted(mentions[:i], out)]
                antecedent = set_before(earlier_counts, whole, targets, _agents(targets))
        if (
            antecedent is None
            and not own
            and not labelled
            and dimension == "count"
            and _state_only(concepts, targets)
        ):
            # "34 of them are dead, which would leave at most 42 alive": a count said only
            # to be in a state is the rest of the set the sentence counted before
            antecedent = set_before(_counted(mentions[:i], out), None, targets, _agents(targets))
        if antecedent is not None:
            for concept, (tier, far) in antecedent.concepts.items():
                keep_closest(concepts, concept, tier, far)
            own |= antecedent.heads
        whole = "" if i not in complements else ("of" if i in heads.values() else "opening")
        modality = read_modality(sentence, place, neighbours, whole)
        concepts[PROPOSED if modality == SCHEDULED else modality] = (OWN, 0)
        done = modality == REPORTED  # no term of a plan
        modality = settle(modality, in_force)
        event = single_event(
            sentence, place, bool(own), targets.event_nouns(), dimensions, reported=done
        )
        if (
            not event
            and done
            and own
            and dimension == "count"
            and mention.qualifier == "exact"
            and news_line(sentence, place)
        ):
            event = True  # "Three hostages freed in Khan Younis"
        if not event and done and dimension in EVENT_DIMENSIONS and _in_return(sentence, earlier):
            event = True  # "Hamas freed three hostages on Saturday. In return, Israel ..."
        if not event and done and dimension == "count" and _answers_before(sentence, place):
            event = True  # "Hamas freed three more hostages, Israel in return 369 prisoners"
        if not event and own and dimension == "count" and _topped_up_next(sentence, neighbours):
            event = not so_far(sentence, place, near_low, near_high)
        if (
            dimension in EVENT_DIMENSIONS
            and past
            and (
                past_period(sentence, place, past, near_low, near_high)
                or _when_then(sentence, place, past)
            )
        ):  # "In 2011, Israel swapped 1,027 prisoners": a past event, no term of this deal
            event = True
            concepts[EVENT] = (OWN, 0)
        elif event and dimension in EVENT_DIMENSIONS:
            marker = event_cue(sentence, place)
            if marker is not None:
                concepts[EVENT] = marker
        elif so_far(sentence, place, near_low, near_high) and not own_term(sentence, place):
            concepts[SO_FAR] = (OWN, 0)
        said_after = predicate_after(sentence, place.last, place.clause, claims, reach)
        predicated = (
            frozenset(_cued_within(sentence, said_after))
            if said_after is not None
            # a figure's own verb may come after a long attachment ("94 people seized in the
            # attack on the festival on 7 October | remain held"), but the whole of a partitive
            # ends where the part's verb is ("59 of the 251 hostages seized ... | are")
            and (i not in complements or said_after[0] < place.after_end)
            else frozenset()
        )
        said_before = predicate_before(sentence, place)
        if said_before is not None:  # "siguen unos 130 rehenes secuestrados ...": still held
            predicated |= _cued_within(sentence, said_before)
        until = published
        if dimension in targets.since_dimensions:
            if refs is None:
                refs = time_refs(sentence, mentions, cues.months)
            if refs:
                until = latest_day(sentence, place, refs, published, near_low, near_high)
        out.append(
            _evidence(
                concepts,
                modality,
                dimension,
                clause,
                sentence.span,
                # a word no cue knows right after the figure says what it counts ("One
                # camp treats the ministry's count ..."), unless a partitive names it
                "" if named else stop,
                event,
                frozenset(own),
                back,
                trailing,
                sentence.headline,
                until,
                predicated,
            )
        )
    for i, j in _previous_values(sentence, mentions, claims).items():
        if not out[i].stop and dimensions[i] == dimensions[j]:
            out[i] = out[j]._replace(until=out[i].until)  # what figure j counted, earlier
    if targets.split_states:
        _split_totals(out, mentions, targets.split_states)
    return out


def _split_totals(out: list[Evidence], mentions: Sequence[Any], split: frozenset[str]) -> None:
    """Mark a count followed at once by two counts that add up to it, each with some of the
    ``split`` states (the taxonomy's alive and dead) in or right before their own phrases,
    together all of them ("entregó a 33 rehenes, 25 con vida y los cuerpos de ocho"): the
    total is of every state, so the states leave it."""
    for i in range(len(out) - 2):
        total, first, second = out[i], out[i + 1], out[i + 2]
        if total.stop or not total.dimension == first.dimension == second.dimension == "count":
            continue
        if mentions[i + 1].value + mentions[i + 2].value != mentions[i].value:
            continue
        states = [
            {c for c in split if c in e.concepts and e.concepts[c][0] <= BEFORE}
            for e in (first, second)
        ]
        if {*states[0], *states[1]} != split or not (states[0] and states[1]):
            continue
        concepts = {c: t for c, t in total.concepts.items() if c not in split}
        concepts[MIXED] = (OWN, 0)
        out[i] = total._replace(concepts=concepts)
