"""`check`: validate, compare, and apply the acknowledged baseline."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import replace
from pathlib import Path

import pandas as pd

from checker.compare import find_discrepancies, sort_findings
from checker.config import Config
from checker.model import CheckResult, Finding, StaleAcknowledgement, Verdict
from checker.parallel import beside, worth_forking
from checker.store import Store
from checker.validate import Claims, Validation, published_dates, read_claims, run_rules

#: fail_on setting -> the verdicts that fail
FAILING = {
    "conflict": {Verdict.CONFLICT},
    "changed": {Verdict.CONFLICT, Verdict.CHANGED},
    "compatible": {Verdict.CONFLICT, Verdict.CHANGED, Verdict.COMPATIBLE},
    "never": set(),
}


def apply_acknowledged(
    findings: list[Finding], acknowledged: pd.DataFrame
) -> tuple[list[Finding], list[StaleAcknowledgement]]:
    """Mark findings listed in acknowledged.csv; entries matching nothing are stale."""
    reasons = {}
    entries = []
    for row in acknowledged.itertuples(index=False):
        key = str(row.id).strip()
        reasons[key] = str(row.reason).strip()
        entries.append((key, str(row.reason).strip(), str(row.file), int(row.line)))
    ids = {f.id for f in findings}
    marked = [
        replace(f, acknowledged=True, reason=reasons[f.id]) if f.id in reasons else f
        for f in findings
    ]
    stale = [StaleAcknowledgement(i, r, f, n) for i, r, f, n in entries if i not in ids]
    return marked, stale


def run_check(
    paths: Iterable[str | Path],
    config: Config,
    validation: Validation | None = None,
    fork: bool | None = None,
) -> tuple[Validation, CheckResult]:
    """Validate the claims, then compare them. Problems stop before comparing.

    ``fork``: split the work between two processes (None: when parallel.worth_forking says
    so for the number of claims). The result is the same either way.
    """
    if validation is None:
        claims = read_claims(paths, config)
        if worth_forking(len(claims.frame)) if fork is None else fork:
            return _check_on_two_cores(claims, config)
        validation = run_rules(claims, config)
    if not validation.ok:
        return validation, CheckResult(findings=(), problems=validation.problems)
    published = published_dates(validation.store)
    findings = find_discrepancies(validation.frame, validation.taxonomy, config, published)
    return validation, _result(validation, findings)


#: With two cores, the share of the claims (by metric) compared in the parent once the rules
#: are done; the child compares the rest meanwhile. The rules take about 40% of the time the
#: comparison takes, so 0.3 gives both about as much to do.
PARENT_COMPARE_SHARE = 0.4


def _check_on_two_cores(claims: Claims, config: Config) -> tuple[Validation, CheckResult]:
    """run_check with a forked child comparing most metrics while the rules run here, then
    the comparison of the other metrics. Errors found by the rules stop the child."""
    published = published_dates(claims.store)
    theirs = split_metrics(claims.frame["metric"], 1 - PARENT_COMPARE_SHARE)
    mine = [m for m in claims.taxonomy.metrics if m not in theirs]

    def compare(metrics: Collection[str]) -> list[Finding]:
        return find_discrepancies(claims.frame, claims.taxonomy, config, published, metrics)

    with beside(lambda: compare(theirs), fork=True) as comparison:
        validation = run_rules(claims, config)
        if not validation.ok:
            return validation, CheckResult(findings=(), problems=validation.problems)
        findings = compare(mine)
        findings = sort_findings([*findings, *comparison.result()])
    return validation, _result(validation, findings)


def split_metrics(metric: pd.Series, share: float) -> set[str]:
    """Metrics holding about ``share`` of the claims (those of ``metric``, a column),
    largest first, each to the side further below its share."""
    counts = metric.value_counts()
    chosen: set[str] = set()
    total, taken = int(counts.sum()), 0
    others = 0
    for name, count in sorted(counts.items(), key=lambda item: (-item[1], str(item[0]))):
        if share * total - taken >= (1 - share) * total - others:
            chosen.add(str(name))
            taken += count
        else:
            others += count
    return chosen


def _result(validation: Validation, findings: list[Finding]) -> CheckResult:
    store: Store = validation.store
    findings, stale = apply_acknowledged(findings, store.acknowledged)
    return CheckResult(
        findings=tuple(findings),
        stale=tuple(stale),
        claims=len(store.frame),
        sources=store.frame["source"].nunique(),
        problems=validation.problems,
    )


def failing(result: CheckResult, fail_on: str, strict: bool = False) -> list[Finding]:
    """Findings that make `check` exit 1 (acknowledged ones never do)."""
    verdicts = FAILING[fail_on]
    return [f for f in result.findings if f.verdict in verdicts and not f.acknowledged]


def exit_code(result: CheckResult, fail_on: str, strict: bool = False) -> int:
    if failing(result, fail_on) or (strict and result.stale):
        return 1
    return 0
