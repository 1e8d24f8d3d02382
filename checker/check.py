"""`check`: validate, compare, and apply the acknowledged baseline."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

import pandas as pd

from checker.compare import find_discrepancies
from checker.config import Config
from checker.model import CheckResult, Finding, StaleAcknowledgement, Verdict
from checker.store import Store
from checker.validate import Validation, published_dates, validate

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
    paths: Iterable[str | Path], config: Config, validation: Validation | None = None
) -> tuple[Validation, CheckResult]:
    """Validate the claims, then compare them. Problems stop before comparing."""
    validation = validation or validate(paths, config)
    store: Store = validation.store
    if not validation.ok:
        return validation, CheckResult(findings=(), problems=validation.problems)
    findings = find_discrepancies(
        validation.frame, validation.taxonomy, config, published_dates(store)
    )
    findings, stale = apply_acknowledged(findings, store.acknowledged)
    result = CheckResult(
        findings=tuple(findings),
        stale=tuple(stale),
        claims=len(store.frame),
        sources=store.frame["source"].nunique(),
        problems=validation.problems,
    )
    return validation, result


def failing(result: CheckResult, fail_on: str, strict: bool = False) -> list[Finding]:
    """Findings that make `check` exit 1 (acknowledged ones never do)."""
    verdicts = FAILING[fail_on]
    return [f for f in result.findings if f.verdict in verdicts and not f.acknowledged]


def exit_code(result: CheckResult, fail_on: str, strict: bool = False) -> int:
    if failing(result, fail_on) or (strict and result.stale):
        return 1
    return 0
