"""Renderers: one module per output format, registered in FORMATS. Each returns a string."""

from __future__ import annotations

from collections.abc import Callable

from checker.model import CheckResult
from checker.report import csvout, github, jsonout, junit, markdown, sarif, table
from checker.report.common import RenderOptions

Renderer = Callable[[CheckResult, RenderOptions], str]

FORMATS: dict[str, Renderer] = {
    "table": table.render,
    "markdown": markdown.render,
    "json": jsonout.render,
    "csv": csvout.render,
    "github": github.render,
    "sarif": sarif.render,
    "junit": junit.render,
}

__all__ = ["FORMATS", "RenderOptions", "Renderer"]
