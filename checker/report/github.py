"""GitHub Actions workflow commands: annotations on the claims files' lines.

GitHub shows at most 10 annotations of each level per step; past that, the renderer says
how many more there are, and the command line writes the full table to the job summary.
"""

from __future__ import annotations

from dataclasses import dataclass

from checker.model import CheckResult, Problem
from checker.report.common import RenderOptions, figure, summary_line

#: GitHub Actions displays at most this many annotations of one level (error, warning,
#: notice) per step; the rest are dropped silently, so we never print more.
MAX_ANNOTATIONS = 10


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


@dataclass(frozen=True)
class Annotations:
    """The annotation lines to print, and what the per-level cap left out."""

    lines: tuple[str, ...]
    omitted: int = 0  # annotations left out
    omitted_findings: int = 0  # findings with at least one annotation left out


def collect_annotations(result: CheckResult, options: RenderOptions) -> Annotations:
    """Annotations for findings (on their claims' lines) and stale baseline entries, capped.

    In changed-only mode (``options.changed`` set) only the edited claims are annotated.
    """
    candidates: list[tuple[str, str, str]] = []  # (level, finding id or "", line)
    for f in result.findings:
        if f.acknowledged or f.verdict.value == "agree":
            continue
        level = "error" if f.id in options.failing_ids else "notice"
        title = f"claimcheck {f.verdict.value} {f.id}"
        for c in f.claims:
            if options.changed is not None and (c.file, c.line) not in options.changed:
                continue
            others = "; ".join(f"{figure(o)} ({o.source})" for o in f.claims if o is not c)
            message = f"{f.metric}: {figure(c)} here vs {others}. {f.explanation}"
            candidates.append((level, f.id, annotation(level, c.file, c.line, title, message)))
    for s in result.stale:
        level = "error" if options.strict else "warning"
        message = "acknowledged finding no longer matches any finding; remove the line"
        candidates.append(
            (level, "", annotation(level, s.file, s.line, f"claimcheck stale {s.id}", message))
        )
    shown: list[str] = []
    used: dict[str, int] = {}
    left_out: set[str] = set()
    omitted = 0
    for level, finding, line in candidates:
        used[level] = used.get(level, 0) + 1
        if used[level] > MAX_ANNOTATIONS:
            omitted += 1
            left_out.add(finding or line)
        else:
            shown.append(line)
    return Annotations(tuple(shown), omitted, len(left_out))


def overflow_line(omitted: int, findings: int) -> str:
    return (
        f"claimcheck: {omitted} more annotation(s) on {findings} finding(s) not shown "
        f"(GitHub shows at most {MAX_ANNOTATIONS} per level); the full table is in the job summary"
    )


def render(result: CheckResult, options: RenderOptions) -> str:
    found = collect_annotations(result, options)
    lines = list(found.lines)
    if found.omitted:
        lines.append(overflow_line(found.omitted, found.omitted_findings))
    lines.append(summary_line(result, options))
    return "\n".join(lines) + "\n"


def render_problems(problems: list[Problem]) -> str:
    shown = problems[:MAX_ANNOTATIONS]
    lines = [
        annotation(
            "error",
            p.path,
            p.line,
            f"claimcheck {p.rule}",
            p.message + (f"; {p.hint}" if p.hint else ""),
        )
        for p in shown
    ]
    if len(problems) > len(shown):
        lines.append(
            f"claimcheck: {len(problems) - len(shown)} more problem(s) not annotated; "
            "all are listed in the log"
        )
    return "\n".join(lines) + "\n"
