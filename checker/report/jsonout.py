"""JSON, a public contract: {"findings": [...], "summary": {...}} (see README).

The text is exactly ``json.dumps(payload, ensure_ascii=False, indent=1)``. With an indent the
standard library encodes in pure Python (about 6 s for 10^6 claims), so the claims, which are
nearly all of the text, are written from one template each; anything a template cannot
write exactly (a value of an unexpected type) sends the whole report back to json.dumps.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring

from checker.memory import return_freed_memory
from checker.model import CheckResult, Claim, Finding
from checker.report.common import RenderOptions, summary

CLAIM_KEYS = (
    "source",
    "value",
    "low",
    "high",
    "qualifier",
    "unit",
    "modality",
    "as_of",
    "quote",
    "file",
    "line",
)


def claim_dict(claim: Claim) -> dict:
    return {key: getattr(claim, key) for key in CLAIM_KEYS}


def _finding_head(finding: Finding, options: RenderOptions) -> dict:
    """Everything of a finding's JSON object but its claims, in order."""
    return {
        "id": finding.id,
        "metric": finding.metric,
        "verdict": finding.verdict.value,
        "explanation": finding.explanation,
        "acknowledged": finding.acknowledged,
        "reason": finding.reason,
        "failing": finding.id in options.failing_ids,
        "scope": finding.scope,
        "omitted": finding.omitted,
    }


def finding_dict(finding: Finding, options: RenderOptions) -> dict:
    return {**_finding_head(finding, options), "claims": [claim_dict(c) for c in finding.claims]}


def render(result: CheckResult, options: RenderOptions) -> str:
    if CLAIM_KEYS != _TEMPLATE_KEYS:  # the template below writes these keys, in this order
        return render_stdlib(result, options)
    try:
        return _fast_render(result, options)
    except (_Unwritable, TypeError):
        return render_stdlib(result, options)


def render_stdlib(result: CheckResult, options: RenderOptions) -> str:
    """The report through json.dumps alone (what render's output must equal)."""
    payload = {
        "findings": [finding_dict(f, options) for f in result.findings],
        "summary": summary(result, options),
    }
    return json.dumps(payload, ensure_ascii=False, indent=1) + "\n"


_TEMPLATE_KEYS = (
    "source", "value", "low", "high", "qualifier", "unit", "modality", "as_of", "quote", "file", "line",
)  # fmt: skip


class _Unwritable(Exception):
    """A value the claim template cannot write as json.dumps would."""


class _Encoded(dict):
    """str -> its JSON text, computed once (sources, units, dates and files repeat)."""

    def __missing__(self, key: str) -> str:
        text = self[key] = encode_basestring(key)  # TypeError for anything but a str
        return text


def _claim_texts(claims: tuple[Claim, ...], strings: _Encoded, out: list[str]) -> None:
    """Append a finding's claims as json.dumps(indent=1) nests them (objects at level 4)."""
    separator = ""
    for c in claims:
        line = c.line
        if type(line) is not int:  # a bool would print as 1, not true
            raise _Unwritable
        # float.__repr__ is what json.dumps writes, and a TypeError for anything but a float
        value = float.__repr__(c.value)
        low = "null" if c.low is None else float.__repr__(c.low)
        high = "null" if c.high is None else float.__repr__(c.high)
        if value[-1] in "nf" or low[-1] in "nf" or high[-1] in "nf":  # nan, inf: NaN, Infinity
            raise _Unwritable
        out.append(
            f"{separator}\n    {{"
            f'\n     "source": {strings[c.source]},'
            f'\n     "value": {value},'
            f'\n     "low": {low},'
            f'\n     "high": {high},'
            f'\n     "qualifier": {strings[c.qualifier]},'
            f'\n     "unit": {strings[c.unit]},'
            f'\n     "modality": {strings[c.modality]},'
            f'\n     "as_of": {strings[c.as_of]},'
            f'\n     "quote": {encode_basestring(c.quote)},'
            f'\n     "file": {strings[c.file]},'
            f'\n     "line": {line}'
            "\n    }"
        )
        separator = ","


def _nested(value: object, level: int) -> str:
    """Any value as json.dumps(indent=1) writes it ``level`` deep (its newlines indented)."""
    return json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n" + " " * level)


#: Pieces are joined into chunks of about this many characters, and the chunks appended.
CHUNK_CHARS = 1 << 24


def _fast_render(result: CheckResult, options: RenderOptions) -> str:
    """The report, built to hold little more than itself in memory: a million claims make a
    string of ~400 million characters, and a join of all the pieces at the end would need
    the pieces and the string at once (1.5 GB more at the peak)."""
    strings = _Encoded()
    report = ""
    pieces = ['{\n "findings": [']
    size = 0
    separator = ""
    for finding in result.findings:
        head = _finding_head(finding, options).items()
        fields = [f"\n   {encode_basestring(k)}: {_nested(v, 3)}," for k, v in head]
        pieces.append(separator + "\n  {" + "".join(fields) + '\n   "claims": [')
        if finding.claims:
            _claim_texts(finding.claims, strings, pieces)
            pieces.append("\n   ]\n  }")
        else:
            pieces.append("]\n  }")
        separator = ","
        size += len(finding.claims) * 400
        if size > CHUNK_CHARS:
            # CPython grows a string referenced only here in place (a realloc, no copy), so
            # the report never exists twice in memory
            report += "".join(pieces)
            pieces, size = [], 0
    pieces.append("\n ]" if result.findings else "]")
    pieces.append(f',\n "summary": {_nested(summary(result, options), 1)}\n}}\n')
    report += "".join(pieces)
    del pieces
    return_freed_memory()
    return report
