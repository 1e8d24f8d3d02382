"""The ready-made integrations in this repository: the GitHub workflow and the pre-commit
hooks parse, and every `claimcheck ...` command they run exists, options included."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from checker.cli import cli

ROOT = Path(__file__).resolve().parents[1]
WORKFLOW = ROOT / ".github" / "workflows" / "claims.yml"
HOOKS = ROOT / ".pre-commit-hooks.yaml"


def load(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def workflow_steps() -> list[dict]:
    jobs = load(WORKFLOW)["jobs"]
    return [step for job in jobs.values() for step in job["steps"]]


def claimcheck_commands() -> list[tuple[str, list[str]]]:
    """(where, arguments after `claimcheck`) for every command the integrations run."""
    found = []
    for step in workflow_steps():
        env = {name: "main" for name in step.get("env", {})}
        for line in step.get("run", "").splitlines():
            words = shlex.split(line, comments=True)
            if words[:1] == ["claimcheck"]:
                args = [_expand(word, env) for word in words[1:]]
                found.append((f"{WORKFLOW.name}: {line.strip()}", args))
    for hook in load(HOOKS):
        words = shlex.split(hook["entry"]) + list(hook.get("args", []))
        assert words[0] == "claimcheck", hook["id"]
        found.append((f"{HOOKS.name}: {hook['id']}", words[1:]))
    return found


def _expand(word: str, env: dict[str, str]) -> str:
    for name, value in env.items():
        word = word.replace(f"${name}", value).replace(f"${{{name}}}", value)
    return word


def test_the_integrations_call_claimcheck():
    commands = [args[0] for _, args in claimcheck_commands()]
    assert commands.count("validate") == 2  # workflow + hook
    assert commands.count("check") == 3  # workflow (pull request, push) + hook


@pytest.mark.parametrize(
    ("where", "args"), claimcheck_commands(), ids=lambda x: x if isinstance(x, str) else ""
)
def test_every_command_exists_with_its_options(where, args):
    """--help after the options: click rejects an unknown command or option before it
    prints help, so exit 0 means the command and every option it uses exist."""
    result = CliRunner().invoke(cli, [*args, "--help"])
    assert result.exit_code == 0, f"{where}: {result.output}"
    assert result.output.startswith(f"Usage: cli {args[0]} ")


def test_an_unknown_option_would_be_caught():
    assert CliRunner().invoke(cli, ["check", "--changed-sinse", "x", "--help"]).exit_code == 2
    assert CliRunner().invoke(cli, ["chek", "--help"]).exit_code == 2


def test_workflow_runs_on_pull_requests_touching_the_store():
    workflow = load(WORKFLOW)
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert set(triggers["pull_request"]["paths"]) == {"claims/**", "seeds/**"}
    assert workflow["permissions"] == {"contents": "read"}


def test_workflow_checks_out_history_and_installs_the_repo():
    steps = workflow_steps()
    uses = {step["uses"].split("@")[0]: step for step in steps if "uses" in step}
    assert uses["actions/checkout"]["with"]["fetch-depth"] == 0
    assert "actions/setup-python" in uses
    runs = [step.get("run", "") for step in steps]
    assert "pip install ." in runs
    pull_request = next(s for s in steps if "--changed-since" in s.get("run", ""))
    assert pull_request["if"] == "github.event_name == 'pull_request'"
    assert pull_request["env"]["BASE_REF"] == "${{ github.base_ref }}"
    assert '"origin/$BASE_REF"' in pull_request["run"]


def test_hooks_read_the_whole_store():
    hooks = {hook["id"]: hook for hook in load(HOOKS)}
    assert set(hooks) == {"claimcheck-validate", "claimcheck-check"}
    for hook in hooks.values():
        assert hook["language"] == "python"
        assert hook["pass_filenames"] is False
        assert hook["files"] == "^(claims|seeds)/"
        assert hook["name"] and hook["description"]
