"""What every renderer shares: options, the summary, and how a claim reads."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from checker.model import CheckResult, Claim, Finding, Verdict

QUALIFIER_WORDS = {
    "exact": "",
    "approx": "~",
    "more_than": ">",
    "less_than": "<",
    "at_least": ">=",
    "at_most": "<=",
    "range": "",
}


@dataclass(frozen=True)
class RenderOptions:
    fail_on: str = "conflict"
    failing_ids: frozenset[str] = field(default_factory=frozenset)
    #: cut quotes to this many characters in narrow formats (table); 0 = never
    quote_width: int = 70
    strict: bool = False
    #: changed-only mode: the claims (file, line) that were edited, where annotations and
    #: primary locations point; None = every claim
    changed: frozenset[tuple[str, int]] | None = None


def number(x: float | None) -> str:
    if x is None:
        return ""
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,.4g}"


def figure(claim: Claim) -> str:
    """A compact figure: "~130", ">120", "30-40", "6 weeks"."""
    if claim.qualifier == "range" and claim.low is not None and claim.high is not None:
        text = f"{number(claim.low)}-{number(claim.high)}"
    else:
        text = f"{QUALIFIER_WORDS.get(claim.qualifier, '')}{number(claim.value)}"
    if claim.unit and claim.unit not in ("people", "person"):
        text += f" {claim.unit}"
    if claim.modality == "proposed":
        text += " (proposed)"
    return text


def shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    if width and len(text) > width:
        return text[: width - 1].rstrip() + "…"
    return text


def state(finding: Finding, options: RenderOptions) -> str:
    if finding.acknowledged:
        return "acknowledged"
    return "FAIL" if finding.id in options.failing_ids else ""


def summary(result: CheckResult, options: RenderOptions) -> dict:
    verdicts = Counter(f.verdict.value for f in result.findings)
    return {
        "claims": result.claims,
        "sources": result.sources,
        "findings": len(result.findings),
        "by_verdict": {v.value: verdicts.get(v.value, 0) for v in Verdict},
        "acknowledged": sum(f.acknowledged for f in result.findings),
        "failing": len(options.failing_ids),
        "fail_on": options.fail_on,
        "stale": [
            {"id": s.id, "reason": s.reason, "file": s.file, "line": s.line} for s in result.stale
        ],
    }


def summary_line(result: CheckResult, options: RenderOptions) -> str:
    s = summary(result, options)
    counts = ", ".join(f"{n} {v}" for v, n in s["by_verdict"].items() if n)
    text = (
        f"{s['claims']} claims from {s['sources']} sources: {s['findings']} findings"
        + (f" ({counts})" if counts else "")
        + f"; {s['acknowledged']} acknowledged, {s['failing']} failing (fail-on {s['fail_on']})"
    )
    if result.stale:
        text += f"; {len(result.stale)} stale acknowledgement(s)"
    return text


def stale_lines(result: CheckResult) -> list[str]:
    return [
        f"{s.file}:{s.line}: acknowledged finding {s.id} no longer matches any finding; remove the line"
        for s in result.stale
    ]
