"""What a count names only through an anaphoric noun: "the toll had reached 30,035", "bringing
to 18 the number released", "A tally ... now stands at 1,199", "Jumlahnya kini 25.105",
"That was later revised to about 1,200".

A figure whose clause holds one of the pack's [text] anaphoric_nouns (the nearest counts;
or, when the clause names nothing the figure may count, opens its sentence with an [text]
anaphora word) borrows from the nearest earlier clause (in its sentence, then up to
ANTECEDENT_SENTENCES sentences back) that names what the figure's clause names up to the
noun or the end of the figure's own phrase ("the toll": deaths; "kementerian mencatat 47.460
warga tewas": deaths), or else anything a count may count: that head and the concepts
its metrics require (for deaths: where they died). The borrowed cues
stand at clause distance; when the noun stands at the figure ("the number released") the
head is also what the figure's own phrase counts.

A one-word [text] anaphora entry (a pronoun) one to three words before the figure, with no
mark or figure between and nothing the figure may count named in its clause, is an anaphor
as well ("they revised this to about 1,200").

A noun followed by a partitive word and a word no cue knows counts that word instead ("the
number of trucks").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Protocol

from checker.extract.lexicon import Match
from checker.extract.sentence import BEFORE, CLAUSE, OWN, Place, Sentence, distance
from checker.extract.targets import Targets

#: How many sentences back an antecedent is looked for (a headline and two lines of page
#: furniture, "Analysis", "6 min read", may stand between).
ANTECEDENT_SENTENCES = 3

#: How many sentences back the source an anaphoric noun names is looked for ("kementerian
#: yang sama", the same ministry, a paragraph after "Kementerian Kesehatan Gaza"): a named
#: source is remembered longer than a count (not a plain word: "jumlah orang").
SOURCE_SENTENCES = 6

#: Words a pronoun standing for a count may stand before it ("it stood at 30,228").
PRONOUN_REACH = 3

#: Dimensions of figures that borrow an antecedent (durations reach neighbours already).
ANTECEDENT_DIMENSIONS = ("count",)


class EarlierSentences(Protocol):
    """The sentences before a figure's, nearest first, built as they are reached
    (cues._Earlier)."""

    def __call__(self, count: int) -> Iterable[Sentence]: ...

    def holding(self, word: str, count: int) -> Iterable[Sentence]:
        """Those whose text may hold the lowered ``word``; the others are skipped unbuilt."""
        ...


@dataclass(frozen=True)
class Antecedent:
    """Concepts borrowed from an earlier clause, and heads lent to the figure's own phrase."""

    concepts: dict[str, tuple[int, int]]
    heads: frozenset[str]


def find_antecedent(
    sentence: Sentence,
    place: Place,
    earlier: EarlierSentences,
    targets: Targets,
    dimension: str,
    plain: frozenset[str],
    determiners: frozenset[str] = frozenset(),
    postposed: frozenset[str] = frozenset(),
    links: frozenset[str] = frozenset(),
) -> Antecedent | None:
    """The concepts a figure borrows through an anaphoric noun in its clause, or None
    (``determiners``: the pack's [text] definite_before words; ``postposed``: its
    definite_after words, determiners after their noun inside a clause; ``links``: the
    words of its [text] partitive phrases, "le nombre de camions")."""
    if dimension not in ANTECEDENT_DIMENSIONS or not (
        "t:anaphoric_nouns" in sentence.tags or "t:anaphora" in sentence.tags
    ):
        return None
    heads = targets.heads_for(dimension)
    anaphor = _anaphor(sentence, place, plain, heads, determiners, postposed, links)
    if anaphor is None:
        return None
    upto = max(anaphor.end, place.after_end)  # the noun, the figure and its own phrase
    wanted = _clause_concepts(sentence, place.clause, upto) & heads or heads
    far = distance(place, anaphor.start, anaphor.end)
    word = sentence.words[anaphor.end - 1]
    back = ANTECEDENT_SENTENCES if word in plain else SOURCE_SENTENCES  # "jumlah orang"
    named = _named(sentence, place.clause, earlier, word, anaphor, back)
    for concepts in _earlier_clauses(sentence, place.clause, earlier):
        found = concepts & wanted
        if len(found) > 1:  # "33 hostages for 1,900 prisoners. Of those, eight ...": which?
            return None
        if found:
            borrowed = (concepts | named) & targets.family(found)
            if _completes(targets, dimension, found, _clause_concepts(sentence, place.clause)):
                borrowed &= found  # "In Gaza, ... the death toll": the clause says where
            at_figure = _tier(place, anaphor) <= BEFORE
            return Antecedent(
                {concept: (CLAUSE, far) for concept in borrowed},
                frozenset(found) if at_figure else frozenset(),
            )
    lent = named & targets.family(wanted)
    return Antecedent({concept: (CLAUSE, far) for concept in lent}, frozenset()) if lent else None


def _completes(targets: Targets, dimension: str, heads: set[str], clause: set[str]) -> bool:
    """The figure's clause, with the borrowed ``heads``, already cues every concept of a
    metric counting one of them: the antecedent lends only what it counts, not where or how
    ("an assault that killed 1,200. In Gaza, the health ministry says the toll has passed
    14,800": deaths in Gaza, not in the assault)."""
    return any(
        rule.concepts and rule.concepts[0] in heads and set(rule.concepts) <= clause | heads
        for rule in targets.for_dimension(dimension)
    )


def _named(
    sentence: Sentence,
    clause: int,
    earlier: EarlierSentences,
    word: str,
    anaphor: Match,
    back: int = ANTECEDENT_SENTENCES,
) -> set[str]:
    """The concepts of the nearest earlier cue, up to ``back`` sentences back, that holds the
    anaphoric noun's last word ("the ministry" after "Gaza's health ministry": Gaza), or
    none."""
    for view in chain([sentence], earlier.holding(word, back)):
        for start, end, concepts in reversed(view.concept_matches):
            if view is sentence and (start >= anaphor.start or view.clause_of[start] >= clause):
                continue
            if end - start > 1 and word in view.words[start:end]:
                return set(concepts)
    return set()


def _anaphor(
    sentence: Sentence,
    place: Place,
    plain: frozenset[str],
    heads: frozenset[str],
    determiners: frozenset[str] = frozenset(),
    postposed: frozenset[str] = frozenset(),
    links: frozenset[str] = frozenset(),
) -> Match | None:
    """The anaphoric noun in the figure's clause nearest to it, else an anaphoric opening of
    a first clause that names nothing the figure may count. A noun right after the figure is
    what it counts ("Dua angka itu"): no anaphor of it."""
    nouns = [
        match
        for match in sentence.clause_matches(place.clause)
        if "t:anaphoric_nouns" in match.tags
        and not _names_other(sentence, match, plain, links)
        and not _counted_noun(sentence, place, match, determiners)
    ]
    if nouns:
        return min(nouns, key=lambda m: distance(place, m.start, m.end))
    if place.clause == 0 and not _clause_concepts(sentence, 0) & heads:
        for match in sentence.at.get(0, ()):
            if "t:anaphora" in match.tags:
                return match
    return _pronoun(sentence, place, heads, determiners, postposed)


def _counted_noun(
    sentence: Sentence, place: Place, match: Match, determiners: frozenset[str]
) -> bool:
    """An anaphoric noun right after the figure, with no determiner opening it, is what the
    figure counts ("Dua angka itu", "zwei Zahlen"), not what it stands for (not "bringing to
    18 the number released")."""
    return (
        match.start == place.last
        and not sentence.gap[place.last]
        and sentence.words[match.start] not in determiners
    )


def _pronoun(
    sentence: Sentence,
    place: Place,
    heads: frozenset[str],
    determiners: frozenset[str] = frozenset(),
    postposed: frozenset[str] = frozenset(),
) -> Match | None:
    """A one-word [text] anaphora entry one to a few words before the figure, in its clause with no
    mark between, when the clause names nothing the figure may count up to it: the pronoun
    stands for the count ("revised this to about 1,200", "it stood at 30,228"). Before a
    determiner it is a conjunction ("a plan that the territory's 2 million residents leave")."""
    if _clause_concepts(sentence, place.clause, place.after_end) & heads:
        return None
    for match in reversed(sentence.clause_matches(place.clause)):
        if match.end >= place.first or place.first - match.end > PRONOUN_REACH:
            continue  # right before the figure it is a determiner or a conjunction
        if "t:anaphora" not in match.tags or match.end - match.start != 1:
            continue
        if sentence.words[match.end] in determiners:
            return None
        if (
            match.start > sentence.clause_start(place.clause)
            and sentence.words[match.start] in postposed
            and not sentence.gap[match.start]
        ):
            continue  # "Perang ... itu turut memaksa 1,9 juta": a determiner after its noun
        if any(sentence.gap[t] for t in range(match.end, place.first + 1)):
            return None
        if any(sentence.figure[t] >= 0 for t in range(match.end, place.first)):
            return None
        return match
    return None


def _names_other(
    sentence: Sentence, noun: Match, plain: frozenset[str], links: frozenset[str] = frozenset()
) -> bool:
    """ "the number of trucks": a partitive phrase (or one of the words ``links`` of such
    phrases, French "le nombre de camions", Spanish "el número de camiones") then a word no
    cue knows."""
    link = next((m for m in sentence.at.get(noun.end, ()) if "t:partitive" in m.tags), None)
    if link is None and _proper_name(sentence, noun):
        return True  # "Kementerian Luar Negeri RI": another body's name, not "the ministry"
    after = link.end if link is not None else noun.end + 1
    if after >= len(sentence.words) or (link is None and sentence.words[noun.end] not in links):
        return False
    if link is None and (
        sentence.figure[after] >= 0 or not sentence.text[sentence.starts[after]].islower()
    ):
        return False  # "el Ministerio de Sanidad": a name, not what the noun counts
    cued = any(tag.startswith("c:") for tag in sentence.tags_at.get(after, ()))
    return not cued and sentence.words[after] not in plain


def _proper_name(sentence: Sentence, noun: Match) -> bool:
    """A capitalised anaphoric noun right before a capitalised word no cue knows opens a
    name ("Kementerian Luar Negeri"): another body than the one named before."""
    after = noun.end
    if after >= len(sentence.words) or sentence.gap[after] or sentence.figure[after] >= 0:
        return False
    text, starts = sentence.text, sentence.starts
    return (
        text[starts[noun.start]].isupper()
        and text[starts[after]].isupper()
        and not any(tag.startswith("c:") for tag in sentence.tags_at.get(after, ()))
    )


def _clause_concepts(sentence: Sentence, clause: int, before: int | None = None) -> set[str]:
    """The concepts cued in a clause (only by cues starting before token ``before``)."""
    key = ("concepts", clause, before)
    found = sentence.memo.get(key)
    if found is None:
        found = {
            concept
            for start, _, concepts in sentence.concept_matches
            if sentence.clause_of[start] == clause and (before is None or start < before)
            for concept in concepts
        }
        sentence.memo[key] = found
    return set(found)


def _earlier_clauses(
    sentence: Sentence, clause: int, earlier: EarlierSentences
) -> Iterator[set[str]]:
    """The concepts of each clause before ``clause``, nearest first."""
    for index in range(clause - 1, -1, -1):
        yield _clause_concepts(sentence, index)
    for previous in earlier(ANTECEDENT_SENTENCES):
        for index in range(len(previous.clauses) - 1, -1, -1):
            yield _clause_concepts(previous, index)


def _tier(place: Place, match: Match) -> int:
    if match.start < place.after_end and match.end > place.first:
        return OWN
    if match.start < place.first and match.end > place.before_start:
        return BEFORE
    return CLAUSE


def set_before(
    figures: Sequence[tuple[float, Mapping[str, tuple[int, int]], frozenset[str]]],
    value: float | None,
    targets: Targets,
    agents: frozenset[str],
) -> Antecedent | None:
    """What a part of a set counted before counts ("Of the 251 people abducted, 97 remain in
    Gaza. At least 33 of them have died": hostages held; "Military: 95 hostages still in
    Gaza ... at least 34 of the 95 are no longer alive"). ``figures``: the earlier counts that
    may be claims (value, concepts, own heads), nearest last; ``value``: the whole the part
    points to ("of the 95"), or None for a pronoun ("of them"). The set is the nearest of
    them that is no part itself (no cue of ``agents``, concepts that only argue against
    metrics, in or right before its own phrase: "four people, including ..."); a whole given
    by value is every earlier figure of that value (one set, restated). The part counts the
    set's head and borrows the concepts it was cued with in its clause, but not its states
    (dead, alive: what is said of the part is its own) nor what running totals require
    (release: "eight of the 33" to be freed are dead, no count of releases)."""
    close: set[str] = set()
    own: set[str] = set()
    for number, concepts, heads in reversed(figures):
        if value is not None and number != value:
            continue
        near = {c for c, (tier, _) in concepts.items() if tier <= CLAUSE}
        if any(concepts[c][0] <= BEFORE for c in near & agents):
            continue
        close |= near
        own |= heads
        if value is None:
            break
    found = close & targets.heads_for("count")
    if len(found) > 1:
        found = own & found
    if len(found) != 1:
        return None
    borrowed = close & (targets.family(found) - targets.states - targets.event_nouns())
    return Antecedent({c: (CLAUSE, 1) for c in borrowed}, frozenset(found))
