"""Markdown for pull-request comments: a summary line, a compact table, details folded."""

from __future__ import annotations

from checker.model import CheckResult
from checker.report.common import RenderOptions, figure, shorten, stale_lines, state, summary_line

#: Findings beyond this many go inside a <details> block.
SHOWN_OPEN = 10


def _cell(text: str) -> str:
    """One table cell: no line breaks (which would also let a quote start a CI command)."""
    text = " ".join(text.split())
    return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")


def _table(findings, options: RenderOptions) -> list[str]:
    lines = ["| id | metric | verdict | figures | explanation |", "|---|---|---|---|---|"]
    for f in findings:
        flag = state(f, options)
        verdict = f.verdict.value + (f" ({flag})" if flag else "")
        figures = "; ".join(f"{figure(c)} ({c.source})" for c in f.claims)
        lines.append(
            f"| `{f.id}` | {f.metric} | {verdict} | {_cell(figures)} | {_cell(f.explanation)} |"
        )
    return lines


def _quotes(findings) -> list[str]:
    lines = []
    for f in findings:
        lines.append(f"\n**`{f.id}` {f.metric}: {f.verdict.value}**\n")
        for c in f.claims:
            lines.append(
                f'- {_cell(figure(c))}, {c.source} ({c.as_of or "undated"}, `{c.file}:{c.line}`): "{_cell(shorten(c.quote, 300))}"'
            )
    return lines


def render(result: CheckResult, options: RenderOptions) -> str:
    findings = list(result.findings)
    failing = [f for f in findings if state(f, options) == "FAIL"]
    icon = "❌" if failing else "✅"
    lines = [f"### claimcheck {icon}", "", summary_line(result, options), ""]
    if not findings:
        lines.append("No findings: the sources agree.")
    else:
        ordered = failing + [f for f in findings if f not in failing]
        lines += _table(ordered[:SHOWN_OPEN], options)
        if len(ordered) > SHOWN_OPEN:
            lines += [
                "",
                f"<details><summary>{len(ordered) - SHOWN_OPEN} more findings</summary>",
                "",
            ]
            lines += _table(ordered[SHOWN_OPEN:], options)
            lines += ["", "</details>"]
        lines += [
            "",
            "<details><summary>Quotes side by side</summary>",
            *_quotes(ordered),
            "",
            "</details>",
        ]
    if result.stale:
        lines += ["", *[f"- {_cell(s)}" for s in stale_lines(result)]]
    return "\n".join(lines) + "\n"
