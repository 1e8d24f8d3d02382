"""GitHub Actions workflow commands: annotations on the claims files' lines."""

from __future__ import annotations

from checker.model import CheckResult, Problem
from checker.report.common import RenderOptions, figure, summary_line


def escape_data(text: str) -> str:
    """Escape a message so it cannot end the command or start another (`::` is inert after)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(level: str, path: str, line: int, title: str, message: str) -> str:
    props = f"file={escape_property(path)}"
    if line:
        props += f",line={line}"
    return f"::{level} {props},title={escape_property(title)}::{escape_data(message)}"


def render(result: CheckResult, options: RenderOptions) -> str:
    lines = []
    for f in result.findings:
        failing = f.id in options.failing_ids
        level = "error" if failing else "notice"
        if f.acknowledged or f.verdict.value == "agree":
            continue
        for c in f.claims:
            others = "; ".join(f"{figure(o)} ({o.source})" for o in f.claims if o is not c)
            title = f"claimcheck {f.verdict.value} {f.id}"
            message = f"{f.metric}: {figure(c)} here vs {others}. {f.explanation}"
            lines.append(annotation(level, c.file, c.line, title, message))
    for s in result.stale:
        lines.append(annotation("warning", s.file, s.line, f"claimcheck stale {s.id}", "acknowledged finding no longer matches any finding; remove the line"))
    lines.append(summary_line(result, options))
    return "\n".join(lines) + "\n"


def render_problems(problems: list[Problem]) -> str:
    return "\n".join(
        annotation("error", p.path, p.line, f"claimcheck {p.rule}", p.message + (f"; {p.hint}" if p.hint else ""))
        for p in problems
    ) + "\n"
