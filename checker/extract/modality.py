"""A figure's modality: reported (a fact, a count) or proposed (under negotiation, a plan).

Cues come from a pack's [modality] section. In the figure's clause (or, when it has none,
the nearest earlier clause of its sentence that has one: "Hamas would free 33 hostages, and
Israel about 1,900 prisoners") a `reported` cue ("has released", "so far") wins; else a
`proposed` cue ("would", "proposal", "draft") there or in an anaphoric neighbour sentence
makes it proposed. A `scheduled` cue ("will", "is to",
"akan") states what a plan provides: proposed, unless the article says the deal is in force
(an `in_force` phrase anywhere in it: "the truce took effect", "gencatan senjata resmi
berlaku"), when the plan's terms are the deal's and so reported. Either way a scheduled
figure is a term, not a count done: metric choice sees it as proposed. A plan's cue in the
figure's own phrase after it ("the 33 hostages slated for release", "los 33 rehenes previstos")
makes it a term whatever its clause reports done.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from checker.extract.lexicon import Match, words
from checker.extract.sentence import Place, Sentence
from checker.extract.trie import trie_pattern

PROPOSED, SCHEDULED, REPORTED = "proposed", "scheduled", "reported"
_MODAL = frozenset({"m:proposed", "m:scheduled", "m:reported"})


#: Words a "…" in a phrase may stand for.
GAP_WORDS = 3

# A phrase is first written as a string of atoms: its letters, and these stand-ins for the
# pieces between them, so that many phrases make one trie (extract/trie.py): the engine then
# tests each next letter once instead of once per phrase.
_APART, _SPACE, _REST, _GAP = "\ue000", "\ue001", "\ue002", "\ue003"
_PIECES = {
    _APART: r"\W+",  # between the words of a token ("mid-day")
    _SPACE: r"\s+",  # between tokens
    _REST: r"\w*",  # a final "*": the rest of the word ("rencana*": "rencananya")
    _GAP: rf"\s+(?:[\w-]+\s+){{0,{GAP_WORDS}}}",  # "…": up to GAP_WORDS words
}


def _atom(char: str) -> str:
    return _PIECES.get(char) or re.escape(char)


def _alternation(phrases: Iterable[str]) -> str:
    return trie_pattern(phrases, _atom) or ""


def _phrase(phrase: str) -> str:
    pieces = [_APART.join(words(p)) for p in phrase.split("…") if words(p)]
    return _GAP.join(pieces)


class InForcePattern(NamedTuple):
    """The in_force search: ``full`` finds the phrases as whole words, with "pre"; ``scout``
    finds the phrases alone. An article ``scout`` finds nothing in (most articles) has no
    match, and ``scout``, opening with a letter of the trie, skips quickly where ``full``'s
    look-behind is tried at every character."""

    full: re.Pattern[str]
    scout: re.Pattern[str]


def in_force_pattern(phrases: Iterable[str], not_yet: Iterable[str] = ()) -> InForcePattern | None:
    """A pattern finding any of the [modality] in_force ``phrases`` as whole words in
    lower-cased text, spaces and punctuation between them free (None when there are none). A
    "…" in a phrase stands for up to GAP_WORDS words with only spaces between them ("trat …
    in kraft": "trat die Waffenruhe in Kraft"; not across a comma). Each is also found right
    after a word of ``not_yet`` (the pack's scheduled and proposed cues), which it captures
    as "pre": such a deal is not in force yet ("yang rencananya mulai berlaku pada Ahad":
    planned to take effect on Sunday)."""
    found = {_phrase(p) for p in phrases if words(p)}
    if not found:
        return None
    before = {_cue(p) for p in not_yet if words(p)}
    pre = rf"(?:(?P<pre>{_alternation(before)})\s+)?" if before else ""
    alternation = _alternation(found)
    return InForcePattern(
        re.compile(rf"(?<!\w){pre}(?:{alternation})(?!\w)"), re.compile(alternation)
    )


def _cue(phrase: str) -> str:
    """A cue as atoms: its words, any non-word characters between them, a final "*"
    standing for the rest of a word ("rencana*": "rencananya")."""
    pieces = []
    for token in phrase.split():
        if words(token):
            pieces.append(_APART.join(words(token)) + (_REST if token.endswith("*") else ""))
    return _SPACE.join(pieces)


class InForce:
    """Whether an article says the deal is in force, searched once and only when asked."""

    def __init__(self, pattern: InForcePattern | None, lowered: str) -> None:
        """``lowered``: the article's text, lowered (``text.lower()``)."""
        self._pattern, self._text = pattern, lowered
        self._found: bool | None = None

    def __call__(self) -> bool:
        if self._found is None:
            pattern, text = self._pattern, self._text
            self._found = (
                pattern is not None
                and pattern.scout.search(text) is not None
                and any(
                    found.groupdict().get("pre") is None for found in pattern.full.finditer(text)
                )
            )
        return self._found


def read_modality(
    sentence: Sentence, place: Place, neighbours: Sequence[Sentence], whole: str = ""
) -> str:
    """PROPOSED, SCHEDULED or REPORTED for the figure at ``place``. The whole set of a
    partitive is background fact: after a part ("30 of the 100 remaining hostages would be
    freed", ``whole="of"``) always, at the opening of a clause (``whole="opening"``) unless
    its own phrase says otherwise ("Of the 33 hostages due for release, ...")."""
    if whole == "of":
        return REPORTED
    if whole:
        clause = _modal(sentence, place.clause)
        return _plan([m for m in clause if place.last <= m.start < place.after_end], REPORTED)
    term = own_term(sentence, place)
    if term:
        return term
    key = ("modality", place.clause)
    if key not in sentence.memo:  # the same for every figure of the clause
        clause = _modal(sentence, place.clause)
        sentence.memo[key] = _clause_modality(sentence, place.clause, clause, neighbours)
    return str(sentence.memo[key])


def own_term(sentence: Sentence, place: Place) -> str:
    """PROPOSED or SCHEDULED when a plan's cue stands in the figure's own phrase after it and
    no `reported` cue does ("the 33 hostages slated for release in the first phase", "los 33
    rehenes previstos en la primera fase"): the figure is a term of the plan whatever its
    clause reports done; else ""."""
    own = [
        m
        for m in sentence.marks(place.clause, "m:")
        if place.last <= m.start < place.after_end and not sentence.blocked[m.start]
    ]
    if any("m:reported" in m.tags for m in own):
        return ""
    return _plan(own, "")


def _plan(own: Sequence[Match], otherwise: str) -> str:
    """PROPOSED or SCHEDULED by the cues ``own`` of a figure's own phrase, else ``otherwise``."""
    if any("m:proposed" in m.tags for m in own):
        return PROPOSED
    return SCHEDULED if any("m:scheduled" in m.tags for m in own) else otherwise


def _clause_modality(
    sentence: Sentence, index: int, clause: list[Match], neighbours: Sequence[Sentence]
) -> str:
    if not clause:  # no cue of its own: the nearest earlier clause with one ("..., and
        # Israel about 1,900 prisoners", "..., sementara Israel membebaskan 1.900 tahanan")
        clause = next(
            (found for c in range(index - 1, -1, -1) if (found := _modal(sentence, c))),
            [],
        )
    if any("m:reported" in m.tags for m in clause):
        return REPORTED
    around = clause + [m for n in neighbours for m in n.marks(None, "m:") if not n.blocked[m.start]]
    if any("m:proposed" in m.tags for m in around):
        return PROPOSED
    return SCHEDULED if any("m:scheduled" in m.tags for m in around) else REPORTED


def _modal(sentence: Sentence, clause: int) -> list[Match]:
    """The modality cues of a clause (none inside a date or a time)."""
    return [
        m
        for m in sentence.marks(clause, "m:")
        if not sentence.blocked[m.start] and not _MODAL.isdisjoint(m.tags)
    ]


def settle(modality: str, in_force: Callable[[], bool]) -> str:
    """The claim's modality: a scheduled term is reported once the deal is in force."""
    if modality == SCHEDULED:
        return REPORTED if in_force() else PROPOSED
    return modality
