"""The default terminal report: one block per finding, quotes side by side (tabulate)."""

from __future__ import annotations

from tabulate import tabulate

from checker.model import CheckResult
from checker.report.common import RenderOptions, figure, shorten, stale_lines, state, summary_line


def render(result: CheckResult, options: RenderOptions) -> str:
    blocks = []
    for finding in result.findings:
        flag = state(finding, options)
        head = f"{finding.id}  {finding.metric}  {finding.verdict.value.upper()}" + (
            f"  [{flag}]" if flag else ""
        )
        rows = [
            [
                c.source,
                figure(c),
                c.as_of or "undated",
                shorten(c.quote, options.quote_width),
                f"{c.file}:{c.line}",
            ]
            for c in finding.claims
        ]
        body = tabulate(
            rows, headers=["source", "figure", "as of", "quote", "where"], tablefmt="simple"
        )
        lines = [head, f"  {finding.explanation}"]
        if finding.acknowledged and finding.reason:
            lines.append(f"  acknowledged: {shorten(finding.reason, 0)}")
        blocks.append("\n".join(lines) + "\n" + body)
    out = "\n\n".join(blocks) if blocks else "No findings: the sources agree."
    tail = stale_lines(result) + [summary_line(result, options)]
    return out + "\n\n" + "\n".join(tail) + "\n"
