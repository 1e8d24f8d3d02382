"""How close to a figure each concept is cued: in its own phrase, right before it, in its
clause (up to the next figure of its kind), its sentence, or a neighbour sentence; and which
concepts come only after its own phrase.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from checker.extract.lexicon import FUZZY_MIN_LENGTH, Lexicon
from checker.extract.nouns import keep_closest
from checker.extract.sentence import BEFORE, CLAUSE, NEIGHBOUR, OWN, SENTENCE, Place, Sentence


def stretches(
    places: Sequence[Place], dimensions: Sequence[str], claims: Sequence[bool], size: int
) -> list[Stretch]:
    """Per figure, where the figures (that may be claims) of its dimension before and after
    it in its clause stand: "30 of them, roughly a quarter, are dead" is one figure restated,
    "1,780 freed, short of the 1,900 set out for the first phase" two."""
    alone = _stretch(-1, size, size)
    if sum(claims) < 2:  # most sentences: no other figure of any kind to share a clause with
        return [alone] * len(places)
    kin: dict[tuple[int, str], list[Place]] = {}
    for place, dimension, claim in zip(places, dimensions, claims, strict=True):
        if claim:
            kin.setdefault((place.clause, dimension), []).append(place)
    out = []
    for place, dimension in zip(places, dimensions, strict=True):
        group = kin.get((place.clause, dimension), ())
        if len(group) < 2:
            out.append(alone)
            continue
        # the nearest of the group before it and the first after it: one loop, where
        # max/min with default= and key= are generic calls (mypyc)
        before = -1
        nxt: Place | None = None
        for other in group:
            if before < other.last <= place.first:
                before = other.last
            if other.first >= place.last and (nxt is None or other.first < nxt.first):
                nxt = other
        if nxt is None:
            out.append(_stretch(before, size, size))
            continue
        # the next figure's own words before it are its own ("1,200 people and abducted 251")
        cut = max(place.after_end, nxt.before_start)
        out.append(_stretch(before, nxt.first, size, cut))
    return out


class Stretch(NamedTuple):
    """The end of the figure of the same kind before this one (-1: none) and the start of
    the one after it (``size``: none) in its clause, and where the words before that one
    start (``reach``: cues from there on are that figure's; a named tuple: one per figure)."""

    before: int
    after: int
    size: int
    #: where cues stop being this figure's: the start of the next one's own words before it
    cut: int = -1

    @property
    def reach(self) -> int:
        return self.after if self.cut < 0 else self.cut

    def halfway(self, place: Place) -> tuple[int, int]:
        """Tokens [low, high) nearer this figure than its neighbours of its kind."""
        low = (self.before + place.first + 1) // 2 if self.before >= 0 else 0
        high = (place.last + self.after) // 2 if self.after < self.size else self.size
        return low, high


def _stretch(before: int, after: int, size: int, cut: int = -1) -> Stretch:
    """``Stretch(...)`` without the named tuple's ``__new__`` (Python code run for each
    figure): ``tuple.__new__`` on the fields in order is one C call."""
    return tuple.__new__(Stretch, (before, after, size, cut))


def cued_concepts(
    lexicon: Lexicon,
    sentence: Sentence,
    place: Place,
    neighbours: Sequence[Sentence],
    beyond: int | None = None,
    agents: frozenset[str] = frozenset(),
    elsewhere: Sequence[tuple[int, int]] = (),
) -> tuple[dict[str, tuple[int, int]], frozenset[str]]:
    """The closest cue of each concept, and the concepts cued in the figure's clause only
    after its own phrase (what follows a figure, "500 people, including 20 children", says
    what it holds or counts something else). A cue past the next figure of the clause is
    that figure's more than this one's (so is one in its own words before it: "1,200 people
    and abducted 251"): it counts as said in the sentence ("1,780 prisoners have been freed,
    short of the 1,900 set out for the first phase"). A cue of ``agents``
    (concepts that only argue against metrics) before the figure and right before another
    concept's cue is the subject of that verb, not what the figure counts ("militants killed
    1,200 people"): it counts as said in the sentence. So does a cue inside one of the token
    ranges ``elsewhere`` (the anchor of a time reference after the figure: "26,751 deaths,
    four months after the October 7 attack")."""
    best: dict[str, tuple[int, int]] = {}
    leading: set[str] = set()
    first, last, clause_of = place.first, place.last, sentence.clause_of
    beyond = len(sentence.words) if beyond is None else beyond
    for start, end, concepts in sentence.concept_matches:
        if start < place.after_end and end > first:
            tier = OWN
        elif start < first and end > place.before_start:
            tier = BEFORE
        elif clause_of[start] == place.clause and start < beyond:
            tier = CLAUSE
        else:
            tier = SENTENCE
        if tier == CLAUSE and any(low <= start < high for low, high in elsewhere):
            tier = SENTENCE
        if agents and end <= first and tier < SENTENCE and agents.issuperset(concepts):
            if _acts(sentence, start, end, first, agents):
                tier = SENTENCE
        if start < place.after_end:
            leading.update(concepts)
        distance = first - end + 1 if end <= first else (start - last + 1 if start >= last else 0)
        cue = (tier, distance)  # one tuple per match, not one per concept compared
        for concept in concepts:
            held = best.get(concept)
            if held is None or cue < held:
                best[concept] = cue
    covered, words = sentence.covered, sentence.words
    for t in range(place.before_start, place.after_end):
        if t in covered or first <= t < last or len(words[t]) < FUZZY_MIN_LENGTH:
            continue  # (a word this short nearly matches nothing: fuzzy_tags is not asked)
        for tag in lexicon.fuzzy_tags(words[t]):
            if tag.startswith("c:"):
                keep_closest(best, tag[2:], OWN if t >= last else BEFORE, abs(t - first))
    size = len(sentence.words)
    for neighbour in neighbours:  # a concept's first cue there is its closest
        for concept, start in neighbour.first_cues.items():
            cue = (NEIGHBOUR, size + start)
            if concept not in best or cue < best[concept]:  # keep_closest, inlined
                best[concept] = cue
    trailing = {c for c, (tier, _) in best.items() if tier == CLAUSE and c not in leading}
    return best, frozenset(trailing)


def _acts(sentence: Sentence, begin: int, end: int, first: int, agents: frozenset[str]) -> bool:
    """A cue of a concept other than ``agents`` stands right next to the agent cue at tokens
    [begin, end), before the figure at token ``first`` ("gunmen killed 1,200", German
    "töteten Terroristen ... 1200": the killing is done by them; not "raids in the West Bank
    have killed 800", where the place only says where; nor across punctuation: "since
    October 7, including 3,500 children")."""
    return any(
        ((start == end and not sentence.gap[end]) or (stop == begin and not sentence.gap[begin]))
        and stop <= first
        and not agents.issuperset(concepts)
        for start, stop, concepts in sentence.concept_matches
    )
