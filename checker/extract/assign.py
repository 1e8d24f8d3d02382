"""Choose the metric a figure counts, from its evidence and the metric rules.

A metric is a candidate when the figure's dimension fits, all its ``concepts`` (and one of
its ``any_concepts``) are cued around the figure, what it counts (its first concept) is
named in the figure's clause (in its sentence for a share or "34 of them"; a metric's
``reach`` may ask for less), agrees with the noun of the figure's own phrase when that names
one ("240 prisoners" counts prisoners), and none of its ``exclude`` concepts is cued in the
figure's own phrase ("17,000 militants"), right before it ("wounded 500"), or closer to it
than the metric's own weakest cue and not only after its own phrase ("500 killed, including
20 children": what follows a figure says what it holds, or counts something else), nor any
of its ``clause_exclude`` concepts anywhere in its clause (another place), nor any of its
``own_exclude`` concepts in the figure's own phrase or predicate ("half of the living
hostages were freed" is not held; "20 living hostages are still held after the release of
33" is). A metric
that adds concepts to another (held.dead to held) needs those extra cues in or right before
the figure's own phrase, or in its clause when the figure refers back ("30 of them are dead":
the state is said of the part).

Candidates are ranked by: no conflict (a metric yields to a candidate counting the same
thing that uses a concept it excludes, cued in the clause: hostages.held, a fact metric
excluding ``proposed``, yields to hostages.release.phase1 for a proposed figure; or that
needs a concept it lacks, cued in what the clause says of the figure right after its noun:
"59 people abducted in Israel are still held" is hostages.held, not taken), then the
closest farthest cue (a metric is only as good as its weakest evidence), more concepts,
priority, total closeness and total distance in words. A metric whose count did not exist
yet when the figure was true (its ``since``) gives way to the next best one cued in the
figure's clause ("the 160 hostages still in Gaza would be freed", November 2023: held).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from checker.extract.cues import Evidence
from checker.extract.events import EVENT_DIMENSIONS
from checker.extract.sentence import ASSUMED, BEFORE, CLAUSE, NEIGHBOUR, OWN, SENTENCE, TIER_NAMES
from checker.extract.targets import MODALITY_CONCEPTS, MetricRule, Targets

#: How far from a figure what it counts (a metric's first concept) may be named: a count's
#: noun is in its clause ("eight others" after "hostages"); a share may point back to its
#: sentence ("a quarter of them"); durations and phases to their sentence.
HEAD_REACH = {"count": CLAUSE, "share": SENTENCE, "duration": NEIGHBOUR, "phases": SENTENCE}


class Choice(NamedTuple):
    """The metric a figure counts (None: no claim, with the reason) and its modality (a
    named tuple: one per figure)."""

    metric: MetricRule | None
    modality: str
    reason: str = ""


def _choice(metric: MetricRule | None, modality: str, reason: str = "") -> Choice:
    """``Choice(...)`` without the named tuple's ``__new__`` (Python code run for each
    figure): ``tuple.__new__`` on the fields in order is one C call."""
    return tuple.__new__(Choice, (metric, modality, reason))


def _named_span(rules: Sequence[MetricRule], evidence: Evidence) -> frozenset[str]:
    """What a time span's own words name among what duration metrics measure ("setahun
    perang": a year of war), if anything."""
    if evidence.dimension != "duration" or not evidence.own_heads:
        return frozenset()
    return frozenset(evidence.own_heads & {_head(rule) for rule in rules})


def _tiers(
    rule: MetricRule,
    evidence: Evidence,
    named: frozenset[str] = frozenset(),
    targets: Targets | None = None,
) -> list[tuple[int, int]] | None:
    """The evidence for each requirement of ``rule`` (a rule of the figure's dimension), or
    None when it is no candidate."""
    found: Mapping[str, tuple[int, int]] = evidence.concepts
    if any(c not in found for c in rule.concepts):
        if evidence.event or targets is None:
            return None
        assumed = _assume(rule, found, targets)
        if assumed is None:
            return None
        found = assumed
    if _one_day(rule, evidence):
        return None
    if evidence.refers_back and evidence.dimension == "phases":
        return None  # "the other two phases", "dua tahap lainnya": some of the parts, not all
    if (
        evidence.own_heads
        and evidence.dimension in ("count", "share")
        and (not rule.concepts or rule.concepts[0] not in evidence.own_heads)
    ):
        return None
    reach = NEIGHBOUR if evidence.refers_back else HEAD_REACH.get(evidence.dimension, SENTENCE)
    if rule.reach:  # the metric's own cap ("15 months of war": the war is named right there)
        reach = min(reach, TIER_NAMES.index(rule.reach))
    if rule.concepts and found[rule.concepts[0]][0] > reach:
        return None
    tiers = [found[c] for c in rule.concepts]
    if rule.any_concepts:
        alternatives = [found[c] for c in rule.any_concepts if c in found]
        if not alternatives:
            return None
        tiers.append(min(alternatives))
    # the weakest cue (max): a loop, where max(..., default=...) is a generic call (mypyc)
    weakest = tiers[0] if tiers else (ASSUMED, 0)
    for tier in tiers:
        if tier > weakest:
            weakest = tier
    # a span whose own noun names what this metric measures ("setahun perang terus
    # menyerukan gencatan senjata": a year of war) is not described by the rest of its phrase
    own_noun = _head(rule) in named
    # what the metric counts, cued nearer than a near_exclude cue of the own phrase, is what
    # the figure is: the cue is said of that noun's phrase ("relatives of the 59 hostages
    # still held rallied"); a near_exclude cue counts for nothing when one of the metric's
    # any_concepts names the part in the figure's clause ("the first phase would last 42
    # days in total")
    head = found[rule.concepts[0]] if rule.concepts else (ASSUMED, 0)
    part = any(
        found[c][0] <= CLAUSE
        for c in rule.any_concepts
        if c in found and c not in MODALITY_CONCEPTS
    )
    # in terms proposed for a figure, a state of what the metric counts said before the noun
    # of its own phrase says which are asked for ("asked for 40 living hostages")
    kinds = (
        targets.family((_head(rule),))
        if targets is not None
        and head[0] == OWN
        and _head(rule) in evidence.own_heads
        and "proposed" in rule.any_concepts
        and _cued(evidence, "proposed", OWN)
        else frozenset()
    )
    against = [
        (found[c], c in rule.near_exclude)
        for c in rule.exclude
        if c in found
        and c not in MODALITY_CONCEPTS
        and c not in evidence.trailing
        and not (own_noun and c not in named)
        and not (part and c in rule.near_exclude)
        and not (c in kinds and found[c][0] == OWN and found[c] < head)
    ]
    # a near_exclude cue in the words before the figure, nearer it than what the metric
    # counts after it, is said of the figure (German "demonstrierten am Abend Tausende
    # Menschen für die Rückkehr der Geiseln": the verb before its subject); an exclude cue
    # elsewhere in the clause does not outweigh what the metric counts said in the figure's
    # own phrase or predicate ("Terroristen hatten 250 Menschen verschleppt und rund 1200
    # Menschen getötet": the attackers are the subject, the dead are the figure)
    if any(
        (_describes(cue) and not (near and head < cue))
        or (cue[0] <= CLAUSE and cue < weakest and not (cue[0] == CLAUSE and head[0] == OWN))
        or (near and cue[0] == BEFORE and head[0] == OWN and cue[1] < head[1])
        for cue, near in against
    ):
        return None
    if any(c in found and found[c][0] <= CLAUSE for c in rule.clause_exclude):
        return None  # "In southern Lebanon, 500 people were killed by Israeli strikes"
    if any(_own_cue(found[c], evidence) for c in rule.own_exclude if c in found):
        return None  # "half of the living hostages freed" (not "... held after the release")
    return tiers


def _assume(
    rule: MetricRule, found: Mapping[str, tuple[int, int]], targets: Targets
) -> Mapping[str, tuple[int, int]] | None:
    """The cues with the rule's missing ``assumed`` concepts taken as cued at the lowest
    tier, when every other concept it needs is cued in the figure's own phrase and nothing
    any metric excludes is ("60 hostages have been killed": hostages held dead; not "three
    hostages shot by soldiers"); else None."""
    missing = [c for c in rule.concepts if c not in found]
    if not rule.assumed or any(c not in rule.assumed for c in missing):
        return None
    if any(found[c][0] > OWN for c in rule.concepts if c in found):
        return None  # "60 hostages have been killed" (not "the bodies of five hostages")
    if any(c in found and found[c][0] == OWN for c in targets.excluded_with(_head(rule))):
        return None  # "five hostages killed in a rescue", "shot dead by soldiers"
    return {**found, **{c: (ASSUMED, 0) for c in missing}}


def _one_day(rule: MetricRule, evidence: Evidence) -> bool:
    """A figure of one day's event ("three hostages are due out this afternoon") is no term
    of a metric excluding ``event``, unless what makes it one is cued in its clause nearer
    than the day ("on Saturday ... a proposal that would see 33 hostages freed during the
    opening stage")."""
    if not (evidence.event and "event" in rule.exclude and evidence.dimension in EVENT_DIMENSIONS):
        return False
    found = evidence.concepts
    day = found.get("event", (CLAUSE, 1 << 30))
    return not any(
        found[c] < day and found[c][0] <= CLAUSE
        for c in rule.any_concepts
        if c in found and c not in MODALITY_CONCEPTS
    )


def _own_cue(cue: tuple[int, int], evidence: Evidence) -> bool:
    """A cue in the figure's own phrase or predicate, or, for a share, the noun it depends
    on right before it ("the release of half of the living hostages", Indonesian
    "pembebasan separuh dari sandera": the share is of those released)."""
    return cue[0] == OWN or (evidence.dimension == "share" and cue[0] == BEFORE and cue[1] <= 2)


def _describes(cue: tuple[int, int]) -> bool:
    """A cue in the figure's own phrase or the word right before it says what the figure is
    ("17,000 militants", "wounded 500", Indonesian "jeda dua bulan": a two-month pause)."""
    return cue[0] == OWN or cue == (BEFORE, 1)


def _cued(evidence: Evidence, concept: str, within: int) -> bool:
    return concept in evidence.concepts and evidence.concepts[concept][0] <= within


def _head(rule: MetricRule) -> str:
    return rule.concepts[0] if rule.concepts else ""


def _specialises(rule: MetricRule, other: MetricRule, evidence: Evidence) -> bool:
    """``rule`` adds concepts to ``other`` but cues them only away from the figure (for a
    part of something named earlier, "30 of them are dead", outside its clause)."""
    extra = set(rule.concepts) - set(other.concepts)
    within = CLAUSE if evidence.refers_back else BEFORE
    return (
        set(other.concepts) < set(rule.concepts)
        and rule.accepts(evidence.dimension)
        and other.accepts(evidence.dimension)
        and any(not _cued(evidence, c, within) for c in extra)
    )


def _dated_before(rule: MetricRule, evidence: Evidence) -> bool:
    """The figure describes a time before what ``rule`` counts existed ("In November, Hamas
    freed 105 hostages", or any figure of an article of November 2023 for the phased deal)."""
    return bool(rule.since and evidence.until and evidence.until < rule.since)


def _near(rule: MetricRule, evidence: Evidence) -> bool:
    """Every concept ``rule`` needs is cued in the figure's clause or closer."""
    return all(evidence.concepts.get(c, (ASSUMED, 0))[0] <= CLAUSE for c in rule.concepts)


def _best(targets: Targets, evidence: Evidence, dated: bool = True) -> MetricRule | None:
    """The best candidate; with ``dated`` False, none whose count did not exist yet."""
    rules = targets.for_dimension(evidence.dimension)
    if not dated:
        rules = tuple(rule for rule in rules if not _dated_before(rule, evidence))
    # a set of the cued concepts: "required <= cued" is then one C set test per rule (a
    # dict's keys view against a frozenset is a slower generic comparison)
    cued = set(evidence.concepts)
    named = _named_span(rules, evidence)
    candidates = [
        (rule, tiers)
        for rule in rules
        if rule.required <= cued
        and (not named or _head(rule) in named)
        and (tiers := _tiers(rule, evidence, named, targets))
    ]
    candidates = [
        (rule, tiers)
        for rule, tiers in candidates
        if not any(_specialises(rule, other, evidence) for other in targets.general(rule))
    ]
    wanted: dict[str, set[str]] = {}  # head -> concepts wanted by candidates with that head
    for rule, _ in candidates:
        head = _head(rule)
        concepts = wanted.get(head)
        if concepts is None:  # no set built for a head already there (setdefault's default)
            concepts = wanted[head] = set()
        concepts.update(rule.concepts)
        concepts.update(rule.any_concepts)
    # the least (rank, key): a loop, where min(..., key=lambda) calls back into Python
    best: MetricRule | None = None
    best_order: tuple[tuple[int, int, int, int, int, int], str] | None = None
    for rule, tiers in candidates:
        rivals = wanted.get(_head(rule), set())
        conflict = any(c in rivals and _cued(evidence, c, CLAUSE) for c in rule.exclude) or any(
            c in rivals and c not in rule.concepts and c not in rule.any_concepts
            for c in evidence.predicated.difference(MODALITY_CONCEPTS)
        )  # what its clause says of it, a rival needs: "59 people abducted | are still held"
        worst = tiers[0][0] if tiers else ASSUMED  # the greatest tier (ASSUMED for none)
        total = distances = 0
        for tier, distance in tiers:
            if tier > worst:
                worst = tier
            total += tier
            distances += distance
        order = ((int(conflict), worst, -len(tiers), -rule.priority, total, distances), rule.key)
        if best_order is None or order < best_order:  # the first least, as min() keeps
            best, best_order = rule, order
    return best


def choose(evidence: Evidence, targets: Targets) -> tuple[Choice, MetricRule | None]:
    """The choice for one figure, and the running-total metric an event marker ruled out."""
    if evidence.stop:
        return _choice(None, evidence.modality, evidence.stop), None
    best = _best(targets, evidence)
    if best is None:
        return _choice(None, evidence.modality, _no_metric(evidence)), None
    if best.cumulative and evidence.event and evidence.dimension in EVENT_DIMENSIONS:
        return _choice(None, evidence.modality, f"single event, not {best.key}"), best
    if _dated_before(best, evidence):
        # "In November, Hamas freed 105 hostages": before the deal whose releases it counts;
        # a metric that existed then may fit it ("the 160 hostages still in Gaza will be
        # released" in November 2023: hostages held, not the phased deal's terms)
        other = _best(targets, evidence, dated=False)
        if other is None or (other.cumulative and evidence.event) or not _near(other, evidence):
            return _choice(None, evidence.modality, f"dated before {best.key} ({best.since})"), None
        best = other
    modality = "reported" if best.fact else evidence.modality
    return _choice(best, modality), None


def choose_all(
    evidences: Sequence[Evidence], mentions: Sequence[Any], targets: Targets
) -> list[Choice]:
    """Choices for an article's figures, in order. A figure repeating a value an event marker
    ruled out elsewhere in the article ("the four hostages whose bodies were returned", or a
    headline "3 hostages freed" over "On Sunday, Hamas freed three hostages") is that event
    again."""
    events: set[tuple[str, float]] = set()
    chosen = []
    for evidence, mention in zip(evidences, mentions, strict=True):
        choice, blocked = choose(evidence, targets)
        if blocked is not None:
            events.add((blocked.key, mention.value))
        chosen.append(choice)
    out = []
    for choice, mention in zip(chosen, mentions, strict=True):
        if choice.metric is not None and (choice.metric.key, mention.value) in events:
            choice = _choice(
                None, choice.modality, f"repeats a single-day event ({choice.metric.key})"
            )
        out.append(choice)
    return out


def _no_metric(evidence: Evidence) -> str:
    cued = sorted(c for c in evidence.concepts if c not in ("proposed", "reported"))
    return f"no metric ({evidence.dimension}; cues: {', '.join(cued) or 'none'})"
