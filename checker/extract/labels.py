"""Fact-box lines: a label, a colon, then the figure ("Still held: 59", "Noch in Gaza: 101",
"Jumlah tahap: 3"). The label says what the figure counts, in place of a noun after it.

A label that names a unit word of the pack's [units] (not a time span: "Days of captivity: 505"
is no length of anything the taxonomy knows) gives a bare figure that unit ("Phases in the
deal: three"). A label that names nothing a figure may count borrows what the box's heading
names: the nearest earlier line that is no label line itself, when it is a heading (a short
line without final punctuation: "THE HOSTAGES", "Die Geiseln"). What the label cues stands
right before the figure, as its subject would (extract/cues.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from checker.extract.lexicon import Lexicon
from checker.extract.sentence import CLAUSE, Sentence
from checker.extract.targets import Targets

#: How many label lines back a heading is looked for.
HEADING_LINES = 12

#: Words a heading has at most ("THE HOSTAGES", "Los rehenes").
HEADING_WORDS = 6

#: Words of a label at most (a longer stretch before a colon is a sentence: "He said: 59").
LABEL_WORDS = 10

_WORD = re.compile(r"[^\W\d_]+")


def label_of(text: str, start: int) -> tuple[int, int] | None:
    """The span of the label when the figure starting at ``start`` follows a colon that ends
    a label at the start of its line (after a list mark), else None."""
    j = start - 1  # the last character before the figure that is no space: a colon, or none
    while j >= 0 and text[j] != "\n" and text[j].isspace():
        j -= 1
    if j < 0 or text[j] != ":":
        return None  # (most figures: no need to find the line start)
    line = text.rfind("\n", 0, start) + 1
    before = text[line:start]
    colon = before.rfind(":")
    if colon < 0 or before[colon + 1 :].strip():
        return None
    label = before[:colon].lstrip(" \t-–—•*·>")
    words = _WORD.findall(label)
    if not words or len(words) > LABEL_WORDS or ":" in label:
        return None
    return line + len(before[:colon]) - len(label), line + colon


def label_units(
    mentions: Sequence[Any], text: str, units: Mapping[str, str], spans: frozenset[str]
) -> list[Any]:
    """Give a bare count its unit from its label ("Phases agreed: 3"); ``units`` maps unit
    words (lower case) to unit keys. A time span (a key in ``spans``) comes only from the
    label's first word: "Days in captivity: 505" names what it counts itself."""
    if not units:
        return list(mentions)
    out = []
    for mention in mentions:
        if mention.kind == "count" and mention.unit is None:
            span = label_of(text, mention.start)
            if span is not None:
                words = _WORD.findall(text[span[0] : span[1]].lower())
                found = {units[w] for w in (words[0], words[-1]) if w in units}
                if words[-1] in units and units[words[-1]] in spans:
                    found.discard(units[words[-1]])
                if len(found) == 1:
                    mention = replace(mention, unit=found.pop())
        out.append(mention)
    return out


def _on_label_line(sentence: Sentence) -> bool:
    """The sentence is (or continues) a line with a colon: a label line of the box."""
    text, start = sentence.text, sentence.span[0]
    line = text.rfind("\n", 0, start) + 1
    return ":" in text[line : sentence.span[1]]


def _cue_alone(lexicon: Lexicon, word: str) -> bool:
    return any(t.startswith("c:") for m in lexicon.match([word], [False]) for t in m.tags)


def heading_heads(
    sentence: Sentence,
    clause_concepts: set[str],
    earlier: Callable[[int], Iterable[Sentence]],
    targets: Targets,
    dimension: str,
    known: frozenset[str],
    people: frozenset[str],
    lexicon: Lexicon,
) -> dict[str, tuple[int, int]]:
    """What the box's heading names that a figure of ``dimension`` may count, for a figure on
    a label line whose clause names none of it (cued at clause distance), else nothing.

    A label names what it counts itself when it opens with a word that is neither a cue nor
    one of ``known`` (function words: "Displaced: 1.9 million", "Days in captivity: 505"), or
    with a word of ``people`` that is no cue on its own (words that may follow a count without
    naming it: "Residents", "Civilians")."""
    heads = targets.heads_for(dimension)
    if clause_concepts & heads or not sentence.words:
        return {}
    opening = sentence.tags_at.get(0, ())
    if not any(tag.startswith("c:") for tag in opening) and sentence.words[0] not in known:
        return {}
    if sentence.words[0] in people and not _cue_alone(
        lexicon, sentence.words[0]
    ):  # "Residents of Gaza displaced: 1.9 million"
        return {}
    for previous in earlier(HEADING_LINES):
        if _on_label_line(previous):
            continue
        if not previous.headline or len(previous.words) > HEADING_WORDS:
            return {}
        found = {c for _, _, concepts in previous.concept_matches for c in concepts} & heads
        return {concept: (CLAUSE, len(sentence.words)) for concept in found}
    return {}
