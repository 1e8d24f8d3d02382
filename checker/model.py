"""The shared vocabulary of results: Claim, Finding, Problem and the enums they use.

Every other module speaks in these frozen dataclasses; renderers never see DataFrames.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable
from dataclasses import dataclass, field

from checker.errors import one_line

#: The columns of a claims file, in order (a public contract, see README).
CLAIM_COLUMNS: tuple[str, ...] = (
    "source",
    "metric",
    "value",
    "low",
    "high",
    "qualifier",
    "unit",
    "modality",
    "as_of",
    "quote",
    "status",
    "note",
)

#: Columns an extracted claim carries on top of the store's columns.
EXTRACT_COLUMNS: tuple[str, ...] = (*CLAIM_COLUMNS, "start", "end", "published", "lang")
#: The file beside claims or articles that describes their sources (outlet, date, language).
SOURCES_FILE = "sources.csv"


class Qualifier(str, enum.Enum):
    """How a stated figure bounds the true one."""

    EXACT = "exact"
    APPROX = "approx"
    MORE_THAN = "more_than"
    LESS_THAN = "less_than"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    RANGE = "range"


class Modality(str, enum.Enum):
    """Whether a figure is reported as fact or is under negotiation."""

    REPORTED = "reported"
    PROPOSED = "proposed"


class Status(str, enum.Enum):
    """Who stands behind a stored claim."""

    REVIEWED = "reviewed"
    EXTRACTED = "extracted"
    DEPRECATED = "deprecated"


class Verdict(str, enum.Enum):
    """How a set of differing claims relate; ordered from mild to severe."""

    AGREE = "agree"
    COMPATIBLE = "compatible"
    CHANGED = "changed"
    CONFLICT = "conflict"

    @property
    def rank(self) -> int:
        return _VERDICT_RANK[self]


_VERDICT_RANK = {Verdict.AGREE: 0, Verdict.COMPATIBLE: 1, Verdict.CHANGED: 2, Verdict.CONFLICT: 3}


class Severity(str, enum.Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Claim:
    """One numeric statement by one source, with where it came from.

    ``low``/``high`` are the bounds in the claim's own unit (None = open);
    ``file``/``line`` locate a stored claim, ``start``/``end`` an extracted one in its article.
    """

    source: str
    metric: str
    value: float
    low: float | None
    high: float | None
    qualifier: str
    unit: str
    modality: str
    as_of: str
    quote: str
    status: str = Status.REVIEWED.value
    note: str = ""
    file: str = ""
    line: int = 0
    start: int | None = None
    end: int | None = None


def claim_constructor(names: tuple[str, ...] | None = None) -> Callable[..., Claim]:
    """Claim(*values for ``names``: Claim's first fields, in order, or all of them when
    None; the rest take their defaults), about twice as fast as calling Claim.

    A frozen dataclass's __init__ sets each field through object.__setattr__, 16 calls per
    claim; at 10^6 claims (a store) or one per figure (extraction) that adds up. This fills a
    new instance's __dict__ in one update instead, in field order, giving the same (equal,
    hashable, frozen) instances. If Claim is no longer a plain frozen dataclass whose fields
    start with ``names``, Claim itself is used.
    """
    fields = dataclasses.fields(Claim)
    every = tuple(f.name for f in fields)
    names = every if names is None else names
    rest = fields[len(names) :]
    plain = (
        dataclasses.is_dataclass(Claim)
        and not hasattr(Claim, "__post_init__")
        and not hasattr(Claim, "__slots__")
        and every[: len(names)] == names
        and all(f.default is not dataclasses.MISSING for f in rest)
    )
    if not plain:
        return Claim
    tail = tuple(f.default for f in rest)
    new = object.__new__

    def make(*values: object) -> Claim:
        claim = new(Claim)
        claim.__dict__.update(zip(every, values + tail, strict=True))
        return claim

    return make


@dataclass(frozen=True)
class Finding:
    """A set of claims on one metric that differ, with a verdict and a stable id."""

    id: str
    metric: str
    verdict: Verdict
    explanation: str
    claims: tuple[Claim, ...]
    acknowledged: bool = False
    reason: str = ""
    scope: str = "moment"  # "moment" (same time window) or "timeline" (across windows)
    omitted: int = 0  # claims of the cluster not listed (large clusters list their deciding claims)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, located as precisely as we can."""

    path: str
    line: int
    message: str
    rule: str
    column: int = 0
    severity: Severity = Severity.ERROR
    hint: str = ""

    def render(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        text = f"{where}: {self.message}"
        return one_line(f"{text}; {self.hint}" if self.hint else text)


@dataclass(frozen=True)
class StaleAcknowledgement:
    """An entry of acknowledged.csv that no longer matches any finding."""

    id: str
    reason: str
    file: str
    line: int


@dataclass(frozen=True)
class CheckResult:
    """Everything `check` found: findings, stale baseline entries, and counts."""

    findings: tuple[Finding, ...]
    stale: tuple[StaleAcknowledgement, ...] = ()
    claims: int = 0
    sources: int = 0
    problems: tuple[Problem, ...] = field(default_factory=tuple)
