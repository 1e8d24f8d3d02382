"""SARIF 2.1.0 for code-scanning dashboards: one result per finding, deterministic.

One result per finding, not per claim: a discrepancy is fixed (or acknowledged) once, by
editing any one of its claims, so a dashboard should count and dismiss it once. SARIF says
as much: several `locations` only when every one must change, so the result points at one
claim (an edited one in changed-only mode) and lists the others as `relatedLocations`,
linked from the message. `partialFingerprints` carries the finding id, the same content
fingerprint acknowledged.csv uses, so an alert survives moved and reformatted lines.
"""

from __future__ import annotations

import json
from urllib.parse import quote

from checker import __version__
from checker.model import CheckResult, Claim, Finding, StaleAcknowledgement, Verdict
from checker.report.common import RenderOptions, figure

SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
#: The partialFingerprints key; bump the version if finding ids are ever computed differently.
FINGERPRINT_KEY = "claimcheckFindingId/v1"
#: Relative paths are relative to the checkout (GitHub code scanning resolves this base).
URI_BASE = "%SRCROOT%"
STALE_RULE = "stale-acknowledgement"

RULES: dict[str, str] = {
    Verdict.CONFLICT.value: "Figures for the same metric and moment that cannot all be true.",
    Verdict.CHANGED.value: "Figures differ in a way a change over time or a proposal explains.",
    Verdict.COMPATIBLE.value: "Figures differ but can all be true (their bounds overlap).",
    Verdict.AGREE.value: "Figures are written differently but mean the same.",
    STALE_RULE: "An entry of acknowledged.csv no longer matches any finding.",
}
_DEFAULT_LEVEL = {
    Verdict.CONFLICT.value: "warning",
    Verdict.CHANGED.value: "warning",
    Verdict.COMPATIBLE.value: "note",
    Verdict.AGREE.value: "note",
    STALE_RULE: "warning",
}


def _rules() -> list[dict]:
    return [
        {
            "id": rule,
            "name": rule.replace("-", " ").title().replace(" ", ""),
            "shortDescription": {"text": text},
            "defaultConfiguration": {"level": _DEFAULT_LEVEL[rule]},
        }
        for rule, text in RULES.items()
    ]


def _uri(path: str) -> str:
    return quote(path.replace("\\", "/"), safe="/")


def _location(
    claim_or_entry: Claim | StaleAcknowledgement, text: str, index: int | None = None
) -> dict:
    physical: dict = {"artifactLocation": {"uri": _uri(claim_or_entry.file), "uriBaseId": URI_BASE}}
    if claim_or_entry.line:
        physical["region"] = {"startLine": claim_or_entry.line}
    location: dict = {"physicalLocation": physical, "message": {"text": text}}
    if index is not None:
        location = {"id": index, **location}
    return location


def _primary(finding: Finding, options: RenderOptions) -> Claim:
    if options.changed is not None:
        for claim in finding.claims:
            if (claim.file, claim.line) in options.changed:
                return claim
    return finding.claims[0]


def _escape(text: str) -> str:
    """SARIF message text treats [text](id) as a link; keep literal brackets literal."""
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def _result(finding: Finding, options: RenderOptions) -> dict:
    failing = finding.id in options.failing_ids
    primary = _primary(finding, options)
    others = [c for c in finding.claims if c is not primary]
    related = [_location(c, f"{figure(c)} ({c.source})", i) for i, c in enumerate(others, start=1)]
    links = "; ".join(
        f"[{_escape(figure(c))} ({_escape(c.source)})]({i})" for i, c in enumerate(others, start=1)
    )
    here = f"{_escape(figure(primary))} ({_escape(primary.source)})"
    text = f"{finding.metric}: {here} here vs {links}. "
    result: dict = {
        "ruleId": finding.verdict.value,
        "level": "error" if failing else _DEFAULT_LEVEL[finding.verdict.value],
        "message": {"text": text + _escape(finding.explanation)},
        "locations": [_location(primary, f"{figure(primary)} ({primary.source})")],
        "partialFingerprints": {FINGERPRINT_KEY: finding.id},
        "properties": {
            "findingId": finding.id,
            "metric": finding.metric,
            "verdict": finding.verdict.value,
            "scope": finding.scope,
            "failing": failing,
        },
    }
    if related:
        result["relatedLocations"] = related
    if finding.acknowledged:
        result["suppressions"] = [
            {
                "kind": "external",
                "status": "accepted",
                "justification": finding.reason or "acknowledged",
            }
        ]
    return result


def _stale(entry: StaleAcknowledgement, options: RenderOptions) -> dict:
    text = f"acknowledged finding {entry.id} no longer matches any finding; remove the line"
    return {
        "ruleId": STALE_RULE,
        "level": "error" if options.strict else "warning",
        "message": {"text": text},
        "locations": [_location(entry, "stale entry")],
        "partialFingerprints": {FINGERPRINT_KEY: f"stale:{entry.id}"},
    }


def render(result: CheckResult, options: RenderOptions) -> str:
    log = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "claimcheck",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": _rules(),
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": [_result(f, options) for f in result.findings]
                + [_stale(s, options) for s in result.stale],
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=1) + "\n"
