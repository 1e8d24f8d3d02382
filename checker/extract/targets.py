"""What the extractor needs to know about each metric, read from the taxonomy.

Field meanings (documented for authors in the header of checker/data/metrics.toml):
``concepts`` all required, ``any_concepts`` at least one required, ``exclude`` concepts that
argue against the metric, ``priority`` a tie-breaker, ``reach`` how far from the figure its
head may be cued. The pseudo-concepts ``proposed`` and ``reported`` stand for the figure's
modality: a metric that excludes ``proposed`` records facts, so its claims are always
reported. A ``non_decreasing`` metric is a running total.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from checker.errors import DataError
from checker.extract.sentence import TIER_NAMES

#: Pseudo-concepts set from the figure's modality rather than from cue words.
MODALITY_CONCEPTS = ("proposed", "reported")
#: Pseudo-concepts set from [stop] markers: the figure counts one event (at its nearest
#: single-day marker), or a count so far stands at it ("so far", "since", "sejauh ini").
#: MIXED: a total given with its living and dead parts (extract/cues.py, _split_totals)
EVENT, SO_FAR, MIXED = "event", "so_far", "mixed"
PSEUDO_CONCEPTS = (*MODALITY_CONCEPTS, EVENT, SO_FAR, MIXED)


class MetricLike(Protocol):
    key: str
    unit: str
    direction: str
    tolerance: float
    shares: bool
    concepts: tuple[str, ...]
    dimension: str


@dataclass(frozen=True)
class MetricRule:
    """One metric as the extractor sees it."""

    key: str
    unit: str
    tolerance: float
    dimension: str
    shares: bool
    concepts: tuple[str, ...]
    any_concepts: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    priority: int = 0
    cumulative: bool = False
    #: how far from the figure its head may be cued (a tier name; "" = by dimension)
    reach: str = ""
    #: the concepts that must all be cued (a quick test before reading tiers)
    required: frozenset[str] = frozenset()
    #: the first day what it counts exists (YYYY-MM-DD; "" = always): a figure describing
    #: only earlier days is no claim on it (extract/when.py)
    since: str = ""
    #: exclude concepts that rule the metric out wherever in the figure's clause they are
    #: cued ("In southern Lebanon, 500 people were killed by Israeli strikes")
    clause_exclude: tuple[str, ...] = ()
    #: exclude concepts that, cued in the figure's own phrase, rule the metric out only when
    #: nearer the figure than what it counts ("thousands gathered in Hostages Square"; not
    #: "relatives of the 59 hostages still held rallied")
    near_exclude: tuple[str, ...] = ()
    #: concepts taken as cued, at the lowest tier, when the others are all cued in or right
    #: before the figure's own phrase ("60 hostages have been killed": held dead)
    assumed: tuple[str, ...] = ()
    #: concepts that rule the metric out only when cued in the figure's own phrase or
    #: predicate, never from elsewhere in its clause ("half of the living hostages were
    #: freed" is no count of those held; "20 living hostages are still held after the
    #: release of 33" is)
    own_exclude: tuple[str, ...] = ()

    @property
    def fact(self) -> bool:
        """A metric that records facts: a proposed-sounding sentence still reports them."""
        return "proposed" in self.exclude

    def accepts(self, dimension: str) -> bool:
        return dimension == self.dimension or (self.shares and dimension == "share")


@dataclass(frozen=True)
class Targets:
    """All metric rules, the head concepts (what a metric counts: its first concept) and
    the dimension of each unit key."""

    rules: tuple[MetricRule, ...]
    heads: frozenset[str]
    unit_dimensions: Mapping[str, str]
    #: per head, the concepts metrics counting it require (hostage: held, alive, release...)
    families: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: what running totals of counts require besides their head (see ``event_nouns``)
    events: frozenset[str] = frozenset()
    #: (part, ordinal) -> cue tags an ordinal alone stands for once the part is named
    #: (the taxonomy's [[part]] tables: "the first" after "three phases")
    parts: Mapping[tuple[str, int], frozenset[str]] = field(default_factory=dict)
    #: concepts a metric adds to a more general one (dead in held.dead over held): states
    states: frozenset[str] = frozenset()
    #: the states of metrics that exclude MIXED: a total given with its parts in each of
    #: them (alive and dead) is of none alone (extract/cues.py, _split_totals)
    split_states: frozenset[str] = frozenset()
    #: dimensions of figures a metric with a ``since`` day may take (extract/when.py)
    since_dimensions: frozenset[str] = frozenset()
    #: rules by the dimension of a figure they accept, filled on first use
    _by_dimension: dict[str, tuple[MetricRule, ...]] = field(
        default_factory=dict, compare=False, repr=False
    )
    _heads_by_dimension: dict[str, frozenset[str]] = field(
        default_factory=dict, compare=False, repr=False
    )
    _general: dict[str, tuple[MetricRule, ...]] = field(
        default_factory=dict, compare=False, repr=False
    )
    _excluded: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)

    def for_dimension(self, dimension: str) -> tuple[MetricRule, ...]:
        """The rules a figure of ``dimension`` may count."""
        found = self._by_dimension.get(dimension)
        if found is None:
            found = tuple(rule for rule in self.rules if rule.accepts(dimension))
            self._by_dimension[dimension] = found
        return found

    def heads_for(self, dimension: str) -> frozenset[str]:
        """What figures of ``dimension`` may count (the heads of its rules)."""
        found = self._heads_by_dimension.get(dimension)
        if found is None:
            found = frozenset(r.concepts[0] for r in self.for_dimension(dimension) if r.concepts)
            self._heads_by_dimension[dimension] = found
        return found

    def general(self, rule: MetricRule) -> tuple[MetricRule, ...]:
        """The rules whose concepts ``rule`` adds to (held for held.dead)."""
        found = self._general.get(rule.key)
        if found is None:
            found = tuple(o for o in self.rules if set(o.concepts) < set(rule.concepts))
            self._general[rule.key] = found
        return found

    def excluded_with(self, head: str) -> frozenset[str]:
        """What any metric excludes, less what metrics counting ``head`` require and the
        modality pseudo-concepts (for hostage: subset, rescue, separate, combatant...)."""
        found = self._excluded.get(head)
        if found is None:
            found = (
                frozenset(c for rule in self.rules for c in rule.exclude)
                - self.families.get(head, frozenset())
                - set(MODALITY_CONCEPTS)
            )
            self._excluded[head] = found
        return found

    def family(self, heads: Iterable[str]) -> frozenset[str]:
        """The concepts metrics counting ``heads`` require."""
        return frozenset().union(*(self.families.get(head, ()) for head in heads))

    def event_nouns(self) -> frozenset[str]:
        """What running totals of counts require besides their head (release, dead, gaza):
        an ordinal next to one numbers an event ("the sixth exchange")."""
        return self.events

    def concepts(self) -> frozenset[str]:
        names: set[str] = set()
        for rule in self.rules:
            names.update(rule.concepts, rule.any_concepts, rule.exclude)
        return frozenset(names - set(PSEUDO_CONCEPTS))


def _rule(metric: Any) -> MetricRule:
    reach = str(getattr(metric, "reach", "") or "")
    if reach and reach not in TIER_NAMES[:-1]:
        raise DataError(
            f"metric {metric.key!r} has reach {reach!r}",
            hint=f"use one of {', '.join(TIER_NAMES[:-1])}",
        )
    return MetricRule(
        key=metric.key,
        unit=metric.unit,
        tolerance=float(metric.tolerance),
        dimension=metric.dimension,
        shares=bool(metric.shares),
        concepts=tuple(metric.concepts),
        any_concepts=tuple(getattr(metric, "any_concepts", ())),
        exclude=tuple(getattr(metric, "exclude", ())),
        priority=int(getattr(metric, "priority", 0)),
        cumulative=metric.direction == "non_decreasing",
        reach=reach,
        required=frozenset(metric.concepts) - set(getattr(metric, "assumed", ())),
        since=str(getattr(metric, "since", "") or ""),
        clause_exclude=tuple(getattr(metric, "clause_exclude", ())),
        near_exclude=tuple(getattr(metric, "near_exclude", ())),
        assumed=tuple(getattr(metric, "assumed", ())),
        own_exclude=tuple(getattr(metric, "own_exclude", ())),
    )


def compile_targets(taxonomy: Any) -> Targets:
    """Metric rules from a ``checker.taxonomy.Taxonomy`` (anything with ``metrics``/``units``)."""
    rules = tuple(_rule(m) for m in taxonomy.metrics.values())
    heads = frozenset(rule.concepts[0] for rule in rules if rule.concepts)
    dims = {key: unit.dimension for key, unit in taxonomy.units.items()}
    families: dict[str, set[str]] = {}
    for rule in rules:
        if rule.concepts:
            families.setdefault(rule.concepts[0], set()).update(rule.concepts)
    frozen = {head: frozenset(concepts) for head, concepts in families.items()}
    events = frozenset(
        concept
        for rule in rules
        if rule.cumulative and rule.dimension == "count"
        for concept in rule.concepts[1:]
    )
    parts: dict[tuple[str, int], frozenset[str]] = {}
    for part in getattr(taxonomy, "parts", ()):
        tags = frozenset(f"c:{concept}" for concept in part.concepts)
        parts[(part.part, part.ordinal)] = parts.get((part.part, part.ordinal), frozenset()) | tags
    since = frozenset(
        d
        for rule in rules
        if rule.since
        for d in (rule.dimension, "share" if rule.shares else rule.dimension)
    )
    states = frozenset(
        concept
        for rule in rules
        for other in rules
        if set(other.concepts) < set(rule.concepts)
        for concept in set(rule.concepts) - set(other.concepts)
    )
    split = frozenset(c for rule in rules if MIXED in rule.exclude for c in rule.concepts)
    return Targets(
        states=states,
        split_states=states & split,
        rules=rules,
        heads=heads,
        unit_dimensions=dims,
        families=frozen,
        events=events,
        parts=parts,
        since_dimensions=since,
    )
