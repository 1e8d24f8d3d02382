"""JSON, a public contract: {"findings": [...], "summary": {...}} (see README)."""

from __future__ import annotations

import json

from checker.model import CheckResult, Claim, Finding
from checker.report.common import RenderOptions, summary

CLAIM_KEYS = ("source", "value", "low", "high", "qualifier", "unit", "modality", "as_of", "quote", "file", "line")


def claim_dict(claim: Claim) -> dict:
    return {key: getattr(claim, key) for key in CLAIM_KEYS}


def finding_dict(finding: Finding, options: RenderOptions) -> dict:
    return {
        "id": finding.id,
        "metric": finding.metric,
        "verdict": finding.verdict.value,
        "explanation": finding.explanation,
        "acknowledged": finding.acknowledged,
        "reason": finding.reason,
        "failing": finding.id in options.failing_ids,
        "scope": finding.scope,
        "claims": [claim_dict(c) for c in finding.claims],
    }


def render(result: CheckResult, options: RenderOptions) -> str:
    payload = {"findings": [finding_dict(f, options) for f in result.findings], "summary": summary(result, options)}
    return json.dumps(payload, ensure_ascii=False, indent=1) + "\n"
