"""Golden files: every report format on the bundled claims, byte for byte.

Regenerate on purpose only, then review the diff:  UPDATE_GOLDEN=1 pytest tests/test_golden.py
"""

from __future__ import annotations

import os

import pytest
from click.testing import CliRunner

from checker.cli import cli
from checker.report import FORMATS


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_report_matches_golden(root, monkeypatch, fmt):
    monkeypatch.chdir(root)
    result = CliRunner().invoke(cli, ["check", "--format", fmt, "claims"])
    assert result.exit_code == 0, result.output
    golden = root / "tests" / "golden" / f"check.{fmt}"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(result.output, encoding="utf-8")
    assert golden.exists(), (
        f"no golden file for {fmt}: run UPDATE_GOLDEN=1 pytest tests/test_golden.py"
    )
    assert result.output == golden.read_text(encoding="utf-8")
