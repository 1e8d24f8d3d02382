"""What a figure's own words say: what it counts (the head noun of its own phrase, the
whole of a partitive it points to, a part of something named before, the whole a share is
a part of), its dimension, and what makes it no claim at all (a label, an age, a rate, "ago",
"two sources").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from checker.extract.lexicon import Match
from checker.extract.sentence import CLAIM_KINDS, OWN, Place, Sentence
from checker.extract.targets import Targets

if TYPE_CHECKING:
    from checker.extract.cues import Cues


def keep_closest(best: dict[str, tuple[int, int]], concept: str, tier: int, distance: int) -> None:
    """Record a cue of ``concept`` at (tier, distance) if it is the closest so far."""
    if concept not in best or (tier, distance) < best[concept]:
        best[concept] = (tier, distance)


def partitives(
    sentence: Sentence,
    mentions: Sequence[Any],
    places: Sequence[Place],
    dimensions: Sequence[str] = (),
) -> tuple[dict[int, int], set[int]]:
    """Partitive pairs: head -> complement ("30 of the 100"), and every complement (also
    "some of the 100", "Of the 59 hostages, ..."). A time span right after a figure of
    another dimension (``dimensions``, by index) is how long each part lasts, no whole it is
    part of ("three phases of 42 days each")."""
    heads: dict[int, int] = {}
    complements: set[int] = set()
    figures = [i for i, m in enumerate(mentions) if m.kind in CLAIM_KINDS]
    for i in figures:
        link = sentence.ends_with(places[i].first, "t:partitive")
        if link is None:
            continue
        before = [j for j in figures if places[j].last == link.start]
        if before and dimensions and dimensions[i] == "duration" != dimensions[before[0]]:
            continue
        clause_start = link.start == 0 or sentence.clause_of[link.start - 1] != places[i].clause
        if before:
            heads[before[0]] = i
            complements.add(i)
        elif clause_start or sentence.ends_with(link.start, "t:quantifiers"):
            complements.add(i)
    return heads, complements


def refers_back(sentence: Sentence, place: Place) -> bool:
    """ "34 of them", "35 lainnya", "the other 38", "les 32 autres", "Of those, 101 ...": the figure counts
    part of something named earlier."""
    clause_start = -1  # found when a back reference is (most sentences have none)
    for match in sentence.matches:
        if "t:back_reference" not in match.tags:
            continue
        if match.start == place.last or match.end == place.first:
            return True
        if match.start < place.first and match.end > place.last:
            return True  # around it: "les 32 autres" (the words match across the figure)
        if clause_start < 0:
            clause_start = sentence.clause_start(place.clause)
        if match.start == clause_start and match.end <= place.first:
            return True
    return False


def predicate_after(
    sentence: Sentence, start: int, clause: int, claims: Sequence[bool], reach: int
) -> tuple[int, int] | None:
    """What is said of a set named right before token ``start`` ("59 of the 251 hostages
    seized on October 7 | are still in Gaza", "59 of them | are", "59 | are"): tokens [begin,
    end) from the first [text] predicates word ("are", "siguen", "sind") among twice
    ``reach`` words in ``clause`` (not past punctuation outside a figure, a phrase break or a figure
    that may be a claim; not one right after a [text] relatives word, "who are still held", which is part
    of the set's own noun phrase) for up to ``reach`` words; None when there is none."""
    size = len(sentence.words)
    for begin in range(start, min(size, start + 2 * reach)):
        if _stops(sentence, begin, start, clause, claims):
            return None
        if sentence.tagged(begin, "t:predicates") and not sentence.ends_with(begin, "t:relatives"):
            end = begin + 1
            while end < min(size, begin + reach) and not _stops(
                sentence, end, start, clause, claims
            ):
                end += 1
            return begin, end
    return None


def _stops(sentence: Sentence, t: int, start: int, clause: int, claims: Sequence[bool]) -> bool:
    """Whether token ``t`` ends what ``predicate_after`` reads (a module function, not a
    closure: mypyc calls a closure as a generic Python callable)."""
    figure = sentence.figure[t]
    return (
        sentence.clause_of[t] != clause
        or (sentence.gap[t] and not (t > start and 0 <= figure == sentence.figure[t - 1]))
        or sentence.tagged(t, "t:phrase_breaks")
        or (figure >= 0 and claims[figure])
    )


def predicate_before(sentence: Sentence, place: Place) -> tuple[int, int] | None:
    """A [text] predicates word right before the figure, in its clause with no punctuation
    between, that does not follow a [text] relatives word: the verb before its subject
    (Spanish "siguen unos 130 rehenes secuestrados el 7 de octubre", "there remain 59
    hostages"), said of the set the figure counts like a verb after it; its token range, or
    None."""
    verb = place.first - 1
    if (
        verb < 0
        or sentence.clause_of[verb] != place.clause
        or sentence.gap[place.first]
        or not sentence.tagged(verb, "t:predicates")
        or sentence.ends_with(verb, "t:relatives")
    ):
        return None
    return verb, place.first


def said_of_part(
    concepts: dict[str, tuple[int, int]], sentence: Sentence, place: Place, said: tuple[int, int]
) -> set[str]:
    """Concepts cued in the predicate ``said`` of a part ("59 of the 251 hostages seized on
    October 7 are still in Gaza": still in Gaza) are its own; returns them."""
    found: set[str] = set()
    for start, _, cued in sentence.concept_matches:
        if said[0] <= start < said[1]:
            for concept in cued:
                keep_closest(concepts, concept, OWN, start - place.last + 1)
            found.update(cued)
    return found


def back_link(sentence: Sentence, place: Place) -> Match | None:
    """The [text] back_reference words right after a figure ("59 of them"), if any."""
    return next((m for m in sentence.at.get(place.last, ()) if "t:back_reference" in m.tags), None)


def drop_link_cues(concepts: dict[str, tuple[int, int]], sentence: Sentence, link: Match) -> None:
    """The words linking a part to a set named before ("59 of them are still in Gaza") are
    structure when a predicate says what the part is: a concept cued only there ("of them"
    as a subset) goes."""
    for concept in cued_only_in(sentence, (link.start, link.end)):
        concepts.pop(concept, None)


def cued_only_in(sentence: Sentence, span: tuple[int, int]) -> set[str]:
    """Concepts cued in the sentence only within tokens [start, end)."""
    inside: set[str] = set()
    outside: set[str] = set()
    for start, end, cued in sentence.concept_matches:
        (inside if span[0] <= start and end <= span[1] else outside).update(cued)
    return inside - outside


def _heads_of(match: Match, targets: Targets) -> set[str]:
    """The head concepts a cue names unambiguously ("hostages"; not "killed", which also
    cues the state "dead")."""
    concepts = {tag[2:] for tag in match.tags if tag.startswith("c:")}
    return concepts if concepts and concepts <= targets.heads else set()


def own_heads(cues: Cues, sentence: Sentence, place: Place, targets: Targets) -> set[str]:
    """Head concepts named inside the figure or in the first words of its own phrase, before
    a [text] relatives word ("at least 35 whose deaths were confirmed": the deaths are said of
    the 35, not what they count)."""
    heads: set[str] = set()
    end = min(place.after_end, place.last + cues.head_after)
    end = next((t for t in range(place.last, end) if sentence.tagged(t, "t:relatives")), end)
    for match in sentence.matches:
        if match.start < end and match.end > place.first:
            heads |= _heads_of(match, targets)
    return heads


def borrow_heads(
    concepts: dict[str, tuple[int, int]], sentence: Sentence, complement: Place, targets: Targets
) -> set[str]:
    """A partitive head ("30 of the 100 remaining hostages") takes the noun of the phrase it
    points to (hostages), not its modifiers (remaining)."""
    borrowed: set[str] = set()
    for match in sentence.matches:
        if match.start < complement.after_end and match.end > complement.first:
            borrowed |= _heads_of(match, targets)
    for concept in borrowed:
        keep_closest(concepts, concept, OWN, 1)
    return borrowed


def dimension_of(mention: Any, targets: Targets) -> str:
    if mention.kind in ("share", "percent") or mention.unit in ("share", "percent"):
        return "share"
    if not mention.unit or mention.unit == "people":
        return "count"
    return targets.unit_dimensions.get(mention.unit, "")


def names_whole(cues: Cues, sentence: Sentence, place: Place) -> bool:
    """A share names what it is a part of: a partitive right after it, then a word other
    than a function word ("half of Gaza's people"), or a figure and then, past function
    words, a word no cue knows ("half of the 2.3 million residents", "la mitad de los 2,3
    millones de habitantes"; not "half of the 98 are still alive"). Else (a bare share, "of
    them") the whole was named before."""
    link = next((m for m in sentence.at.get(place.last, ()) if "t:partitive" in m.tags), None)
    size = len(sentence.words)
    if link is None or link.end >= size or sentence.gap[link.end]:
        return False
    at, figure = link.end, sentence.figure[link.end]
    if figure < 0:
        return sentence.words[at] not in cues.function
    while at < size and (sentence.figure[at] == figure or sentence.words[at] in cues.function):
        at += 1
    if at >= size or sentence.gap[at] or sentence.figure[at] >= 0:
        return False
    return not any(tag.startswith("c:") for tag in sentence.tags_at.get(at, ()))


def counted_word(cues: Cues, sentence: Sentence, place: Place) -> str:
    """The word right after a count, or after a partitive right after it ("one of the
    sources") or an increment_after word ("17 more items"), when no cue knows it and it is
    no plain word ("people", "the"); else ""."""
    at = place.last
    link = next((m for m in sentence.at.get(at, ()) if "t:partitive" in m.tags), None)
    if link is not None:
        at = link.end
    else:  # "17 more agenda items", "17 weitere Tagesordnungspunkte": the word after
        more = next((m for m in sentence.at.get(at, ()) if "s:increment_after" in m.tags), None)
        if more is not None and not sentence.gap[at] and more.end < len(sentence.words):
            at = more.end if not sentence.gap[more.end] else at
    if at >= len(sentence.words) or at in sentence.covered or sentence.figure[at] >= 0:
        return ""
    if sentence.gap[at] and link is not None:
        return ""
    word = sentence.words[at]
    if word in cues.plain or sentence.clause_of[at] != place.clause:
        return ""
    return word


def _since_onset(sentence: Sentence, place: Place) -> bool:
    """A [stop] onset word ("began", "since the start of", "Beginn") among the words right
    before a time reference: "the war began 15 months ago" is how long it has lasted."""
    return any(
        "s:onset" in m.tags
        for t in range(place.before_start + 1, place.first + 1)
        for m in sentence.ending.get(t, ())
    )


def _extension(sentence: Sentence, place: Place, adjacent: bool) -> bool:
    """A time span that lengthens something: a [stop] extension cue right after it ("a
    50-day extension"), or one in its own phrase or earlier in its clause with an
    extension_by word right before it ("extend the truce by 50 days", "um 50 Tage zu
    verlängern")."""
    if "s:extension" not in sentence.tags:
        return False
    by = adjacent and sentence.ends_with(place.first, "s:extension_by") is not None
    for m in sentence.marks(place.clause, "s:"):
        if "s:extension" not in m.tags:
            continue
        if place.last <= m.start < place.after_end and (by or m.start - place.last <= 1):
            return True
        if m.end <= place.first and by:
            return True
    return False


def _talks(
    sentence: Sentence, mention: Any, place: Place, partitive: frozenset[str] = frozenset()
) -> bool:
    """A time span written as one adjective ("two-day", "zweitägigen") right before a [modality]
    proposed word ("talks", "Verhandlungen"), or any span with a ``partitive`` word between
    ("a year of talks", "un año de negociaciones"): the length of the talks, not of a truce."""
    if len(mention.text.split()) == 1 and sentence.tagged(place.last, "m:proposed"):
        return True
    # "after more than a year of talks": a partitive word, then the talks
    after = place.last + 1
    return (
        after < len(sentence.words)
        and sentence.words[place.last] in partitive
        and not sentence.gap[place.last]
        and not sentence.gap[after]
        and sentence.tagged(after, "m:proposed")
    )


def _per_before(sentence: Sentence, place: Place) -> bool:
    """A [stop] ratio_before phrase earlier in the figure's clause with no other figure
    between: "For every hostage freed, Israel would release 30 prisoners"; or with only the
    ratio's other term and one word between ("a ratio of ten to one")."""
    if "s:ratio_before" not in sentence.tags:
        return False
    first = place.first
    figure = sentence.figure
    for m in sentence.marks(place.clause, "s:"):
        if "s:ratio_before" in m.tags and m.end <= first:
            between = {figure[t] for t in range(m.end, first)} - {-1}
            if not between:
                return True
            # "a ratio of ten to one": one other figure, then one word, then this one
            if len(between) == 1 and first - 2 >= m.end and figure[first - 2] >= 0:
                if figure[first - 1] < 0 and not sentence.gap[first - 1]:
                    return True
    return False


def _retracted(sentence: Sentence, place: Place) -> bool:
    """A [stop] retracted phrase earlier in the figure's sentence ("Correction:", "An earlier
    version of this article said", "Korrektur:", "RALAT:") and no [stop] corrected phrase
    between ("the correct figure is", "richtig ist"): the figure is the one that was wrong."""
    if "s:retracted" not in sentence.tags:
        return False
    opened = -1
    for m in sentence.marks(None, "s:"):
        if m.end > place.first:
            continue
        if "s:retracted" in m.tags:
            opened = m.end
        elif "s:corrected" in m.tags and opened >= 0:
            opened = -1
    return opened >= 0


def _per(sentence: Sentence, place: Place) -> bool:
    """A [stop] rate phrase in the figure's own phrase after it: a ratio or a rate ("30 for
    each civilian", "600 trucks a day"), not a count."""
    for t in range(place.last, place.after_end):
        if sentence.tagged(t, "s:rate") and not sentence.gap[t]:
            return True
    return False


#: A capitalised word, then a comma or an opening bracket: a name an age may follow.
_NAMED = re.compile(r"[^\W\d_][\w'’.-]*\s*([,(])\s*$")


def _appositive_age(sentence: Sentence, mention: Any, place: Place) -> bool:
    """A small whole number in digits set off right after a capitalised name, by commas or
    brackets: "Noa Levi, 34, a nurse", "Ahmad Yusuf (27), a driver": a person's age."""
    first = place.first
    if not (first and mention.text.isdigit() and 0 < mention.value < 120):
        return False
    start = sentence.starts[first - 1]
    text = sentence.text
    named = _NAMED.match(text, start, mention.start)
    if named is None or not text[start].isupper() or sentence.figure[first - 1] >= 0:
        return False
    close = "," if named.group(1) == "," else ")"
    return text[mention.end : mention.end + 2].lstrip().startswith(close)


def _bare(sentence: Sentence, first: int, last: int) -> bool:
    """Tokens ``first``..``last`` are one whole number in digits and nothing else."""
    return last - first == 1 and sentence.words[first].isdecimal()


def _listed_age(cues: Cues, sentence: Sentence, place: Place) -> bool:
    """A whole number in a list of them whose ages are said once, before the first member or
    after the last: "aged 34, 52 and 56", "de 34, 52 y 56 años", "berusia 34, 52 dan 56
    tahun": each member is an age, not a count."""
    words, figure, gap, tokens = sentence.words, sentence.figure, sentence.gap, sentence.tokens
    first, last = place.first, place.last
    if not words[first].isdecimal() or not 0 < int(words[first]) < 120:
        return False
    lo, hi, members = first, last, 1
    while lo > 0:  # back over bare members: "34, 52 y" before "56 años"
        t = lo - 1
        if not gap[lo] and t > 0 and sentence.tagged(t, "t:phrase_breaks"):
            t -= 1
        elif not gap[lo]:
            break
        if figure[t] < 0:
            break
        a, b = tokens[figure[t]]
        if b != t + 1 or not _bare(sentence, a, b):
            break
        lo, members = a, members + 1
    n, tail = len(words), first  # tail: where the list's last member starts
    while hi < n and _bare(sentence, tail, hi):  # forward: "52 y 56 años" after "34,"
        t = hi
        if not gap[hi] and sentence.tagged(t, "t:phrase_breaks"):
            t += 1
        elif not gap[hi]:
            break
        if t >= n or figure[t] < 0 or (t != hi and gap[t]):
            break
        a, b = tokens[figure[t]]
        if a != t or not words[a].isdecimal() or not 0 < int(words[a]) < 120:
            break
        tail, hi, members = a, b, members + 1
    if members < 2:
        return False
    if lo > 0 and not gap[lo] and sentence.ends_with(lo, "s:age_before"):
        return True  # "aged 34, 52 and 56"
    if hi < n and not gap[hi] and sentence.tagged(hi, "s:age_after"):
        return True  # "34, 52 und 56 Jahre alt"
    return hi - tail == 2 and words[tail + 1] in cues.year_words  # "de 34, 52 y 56 años"


def _named_by_unit(cues: Cues, sentence: Sentence, mention: Any, place: Place) -> bool:
    """A capitalised unit word right before a figure in digits that names nothing it counts
    names a thing ("Year 9")."""
    before = place.first - 1
    if before < 0 or sentence.words[before] not in cues.unit_words:
        return False
    start = sentence.starts[before]
    return sentence.text[start].isupper() and mention.text[:1].isdigit()


def stop_reason(
    mention: Any, cues: Cues, sentence: Sentence, place: Place, dimension: str, own: set[str]
) -> str:
    """Why a figure is no claim whatever it counts, or ""."""
    if mention.kind not in CLAIM_KINDS:
        return f"kind {mention.kind}"
    if not dimension:
        return f"unit {mention.unit}"
    if _retracted(sentence, place):
        return "retracted"  # "Correction: an earlier version said 215 hostages"
    adjacent = place.first < len(sentence.words) and not sentence.gap[place.first]
    if adjacent and sentence.ends_with(place.first, "s:label"):
        return "label"
    if (
        adjacent
        and not own
        and not mention.unit
        and sentence.ends_with(place.first, "s:label_bare")
    ):
        return "label"  # "in phase one", "stage 2" (not "the first phase 33 hostages")
    if adjacent and not own and not mention.unit and _named_by_unit(cues, sentence, mention, place):
        return "label"  # "Year 9 staged a play" (not German "Phase 33 Geiseln")
    if adjacent and sentence.ends_with(place.first, "s:age_before"):
        return "age"
    if not mention.unit and _appositive_age(sentence, mention, place):
        return "age"  # "Noa Levi, 34, a nurse"
    follows = place.last < len(sentence.words) and not sentence.gap[place.last]
    if follows and sentence.tagged(place.last, "s:age_after"):
        return "age"
    if _listed_age(cues, sentence, place):
        return "age"  # "aged 34, 52 and 56", "de 34, 52 y 56 años"
    if any(m.end == place.last and "s:rate" in m.tags for m in sentence.at.get(place.first, ())):
        return "rate"
    if dimension == "count" and (_per(sentence, place) or _per_before(sentence, place)):
        return "rate"  # "30 prisoners for each hostage", "For every hostage freed, 30 ..."
    if dimension == "duration" and _per(sentence, place):
        return "rate"  # "one more day for every ten hostages freed": a ratio, no length
    if dimension == "count" and follows and not own:
        word = counted_word(cues, sentence, place)
        if word:
            return f"counts {word}"  # "two sources", "one of the sources": no metric's noun
    if dimension == "duration":
        if mention.kind == "vague":
            return "vague duration"
        after = follows and sentence.tagged(place.last, "s:reference")
        before = adjacent and sentence.ends_with(place.first, "s:reference_before")
        if (after or before) and not _since_onset(sentence, place):
            return "time reference"  # "nine months ago", "hace nueve meses", "vor neun Monaten"
        if _extension(sentence, place, adjacent):
            return "extension"  # "extend the truce by 50 days", "a 50-day extension"
        if follows and not own and _talks(sentence, mention, place, cues.partitive_words):
            return "talks"  # "the two-day talks on a truce": how long the talks last
    return ""
