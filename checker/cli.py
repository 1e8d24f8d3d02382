"""The command line: options -> one library call -> a renderer -> an exit code.

Exit codes: 0 clean, 1 failing findings, 2 usage error or bad input.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import click

from checker import __version__
from checker.config import FAIL_ON, Config, load_config
from checker.errors import CheckerError
from checker.model import CheckResult, Problem
from checker.report import FORMATS, RenderOptions
from checker.report.extracted import ROW_FORMATS, render_csv, render_jsonl, render_table
from checker.report.github import collect_annotations, render_problems

# Each command imports what only it needs (pandas and the claims store load in about half a
# second): `claimcheck extract` starts without them.

EXIT_CLEAN, EXIT_FAILING, EXIT_BAD_INPUT = 0, 1, 2
#: Ctrl-C: 128 + SIGINT, as a shell reports a process it interrupted
EXIT_INTERRUPTED = 130
FORMAT_CHOICES = ["auto", *FORMATS]


def in_github_actions() -> bool:
    return os.environ.get("GITHUB_ACTIONS") == "true"


def resolve_format(name: str) -> str:
    if name == "auto":
        return "github" if in_github_actions() else "table"
    return name


def settings(**flags: Any) -> Config:
    """Defaults < settings file < flags that were given (None = not given)."""
    given = {k: (tuple(v) if isinstance(v, (list, tuple)) else v) for k, v in flags.items()}
    given = {k: v for k, v in given.items() if v not in (None, ())}
    return load_config(Path.cwd(), given)


@contextlib.contextmanager
def _no_progress() -> Iterator[Any]:
    """Stands in for a progress bar when stderr is not a terminal."""

    class Silent:
        def update(self, _steps: int) -> None:
            return None

    yield Silent()


def report_problems(problems: Sequence[Problem], fmt: str) -> None:
    """Every problem on one line (stderr), or as annotations in GitHub format (stdout)."""
    if fmt == "github":
        click.echo(render_problems(list(problems)), nl=False)
    for problem in problems:
        click.echo(problem.render(), err=True)
    click.echo(f"{len(problems)} problem(s) found", err=True)


def write_job_summary(result: CheckResult, options: RenderOptions) -> None:
    """GitHub shows 10 annotations per level: when some were left out, append the full
    markdown report to the job summary ($GITHUB_STEP_SUMMARY) so none is lost."""
    if not collect_annotations(result, options).omitted:
        return
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        click.echo(
            "claimcheck: GITHUB_STEP_SUMMARY is not set; run with --format markdown for the full table",
            err=True,
        )
        return
    try:
        with open(target, "a", encoding="utf-8") as out:
            out.write(FORMATS["markdown"](result, options) + "\n")
    except OSError as exc:
        click.echo(f"claimcheck: cannot write the job summary {target} ({exc.strerror})", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claimcheck")
def cli() -> None:
    """claimcheck: find where news sources disagree on the same figures.

    \b
    claimcheck check                 compare ./claims (texts in ./seeds)
    claimcheck validate claims/      check claims files for mistakes
    claimcheck extract seeds/        propose claims from articles

    Exit codes: 0 clean, 1 failing findings, 2 usage error or bad input.
    """


paths_argument = click.argument("paths", nargs=-1, type=click.Path(path_type=str))
texts_option = click.option(
    "--texts",
    multiple=True,
    metavar="DIR",
    help="Folder of article texts for quote checks (default: seeds).",
)
taxonomy_option = click.option(
    "--taxonomy",
    multiple=True,
    metavar="FILE",
    help="Extra taxonomy file(s) (TOML, like checker/data/metrics.toml).",
)


@cli.command()
@paths_argument
@texts_option
@taxonomy_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["auto", "text", "github"]),
    default=None,
    help="How to print problems.",
)
def validate(
    paths: tuple[str, ...], texts: tuple[str, ...], taxonomy: tuple[str, ...], fmt: str | None
) -> None:
    """Check claims files for mistakes; print every problem as FILE:LINE: message.

    PATHS are claims files (CSV or JSON lines) or folders of them (default: claims).

    \b
    Example:  claimcheck validate claims/
    Exit codes: 0 no problems, 2 problems found or unreadable input.
    """
    from checker.validate import validate as run_validate

    config = settings(texts=texts, taxonomy=taxonomy)
    result = run_validate(paths or config.claims, config)
    fmt = resolve_format(fmt or "auto")
    if result.problems:
        report_problems(result.problems, "github" if fmt == "github" else "text")
        sys.exit(EXIT_BAD_INPUT)
    click.echo(
        f"{len(result.store.frame)} claims in {len(result.store.files)} file(s): no problems"
    )


@cli.command()
@paths_argument
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMAT_CHOICES),
    default=None,
    help="Output format (auto: github in GitHub Actions, else table).",
)
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_ON),
    default=None,
    help="Least severe verdict that fails (default: conflict).",
)
@click.option(
    "--window-days",
    type=click.IntRange(min=0),
    default=None,
    help="Claims at most this many days apart are the same moment (default: 7).",
)
@click.option("--strict", is_flag=True, default=None, help="Also fail on stale acknowledgements.")
@click.option(
    "--changed-since",
    metavar="REF",
    default=None,
    help="Report and fail only on findings involving claims added or edited since git REF (the whole store is still compared).",
)
@texts_option
@taxonomy_option
def check(
    paths: tuple[str, ...],
    fmt: str | None,
    fail_on: str | None,
    window_days: int | None,
    strict: bool | None,
    changed_since: str | None,
    texts: tuple[str, ...],
    taxonomy: tuple[str, ...],
) -> None:
    """Validate, compare claims across sources, and report the findings.

    PATHS are claims files (CSV or JSON lines) or folders (default: claims). Findings
    listed in acknowledged.csv beside the claims are shown but do not fail.

    \b
    Example:  claimcheck check --format markdown
    On a pull request:  claimcheck check --changed-since origin/main
    Exit codes: 0 nothing failing, 1 failing findings, 2 bad input or usage.
    """
    from checker.changes import changed_claims, changed_lines, only_changed
    from checker.check import exit_code, failing, run_check

    config = settings(
        texts=texts,
        taxonomy=taxonomy,
        fail_on=fail_on,
        window_days=window_days,
        strict=strict,
        format=fmt,
    )
    fmt_name = resolve_format(config.format)
    validation, result = run_check(paths or config.claims, config)
    if not validation.ok:
        report_problems(validation.problems, fmt_name)
        sys.exit(EXIT_BAD_INPUT)
    changed = None
    if changed_since is not None:
        changes = changed_lines(validation.store.files, changed_since)
        changed = changed_claims(changes, validation.store.frame)
        everything = len(result.findings)
        result = only_changed(result, changed)
        click.echo(
            f"claimcheck: {len(result.findings)} of {everything} finding(s) involve claims added or edited since {changed_since}",
            err=True,
        )
    options = RenderOptions(
        fail_on=config.fail_on,
        failing_ids=frozenset(f.id for f in failing(result, config.fail_on)),
        strict=config.strict,
        changed=changed,
    )
    click.echo(FORMATS[fmt_name](result, options), nl=False)
    if fmt_name == "github":
        write_job_summary(result, options)
    sys.exit(exit_code(result, config.fail_on, config.strict))


@cli.command()
@click.argument("finding_ids", nargs=-1, required=True, metavar="FINDING_ID...")
@click.option(
    "--reason", required=True, help="Why the discrepancy is acceptable (kept in the baseline)."
)
@click.option(
    "--claims",
    "claims_paths",
    multiple=True,
    metavar="PATH",
    help="Claims files or folders (default: claims).",
)
@texts_option
@taxonomy_option
def acknowledge(
    finding_ids: tuple[str, ...],
    reason: str,
    claims_paths: tuple[str, ...],
    texts: tuple[str, ...],
    taxonomy: tuple[str, ...],
) -> None:
    """Add findings to acknowledged.csv so they are shown but no longer fail.

    Ids are content fingerprints: moving or reformatting lines keeps them, while an
    edit to an acknowledged claim makes a new finding that needs a fresh look.

    \b
    Example:  claimcheck acknowledge F729f4a48e0ef --reason "different negotiating rounds"
    """
    from checker.baseline import acknowledge as acknowledge_finding
    from checker.check import run_check

    config = settings(texts=texts, taxonomy=taxonomy, claims=claims_paths)
    validation, result = run_check(config.claims, config)
    if not validation.ok:
        report_problems(validation.problems, "text")
        sys.exit(EXIT_BAD_INPUT)
    by_id = {f.id: f for f in result.findings}
    unknown = [i for i in finding_ids if i not in by_id]
    if unknown:
        raise CheckerError(
            f"no finding with id {unknown[0]}", hint="run claimcheck check to list the current ids"
        )
    target = Path(validation.store.ack_path)
    for finding_id in finding_ids:
        added = acknowledge_finding(target, by_id[finding_id], reason)
        click.echo(
            f"{finding_id}: {'acknowledged' if added else 'already acknowledged'} in {target}"
        )


@cli.command()
@paths_argument
@click.option(
    "--html",
    "html_file",
    required=True,
    metavar="FILE",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write one self-contained HTML page to FILE.",
)
@click.option(
    "--window-days",
    type=click.IntRange(min=0),
    default=None,
    help="Claims at most this many days apart are the same moment (default: 7).",
)
@texts_option
@taxonomy_option
def report(
    paths: tuple[str, ...],
    html_file: Path,
    window_days: int | None,
    texts: tuple[str, ...],
    taxonomy: tuple[str, ...],
) -> None:
    """Write an HTML report: a summary, a timeline chart per metric, the findings with their
    quotes side by side, and the articles with the quotes highlighted.

    The page needs no network (charts are inline SVG) and prints well.

    \b
    Example:  claimcheck report --html report.html
    Exit codes: 0 written, 2 bad input or usage.
    """
    from checker.check import failing
    from checker.report.html import render_html
    from checker.store import atomic_write_text
    from checker.timeline import build_timeline

    config = settings(texts=texts, taxonomy=taxonomy, window_days=window_days)
    validation, page = build_timeline(paths or config.claims, config)
    if page is None:
        report_problems(validation.problems, "text")
        sys.exit(EXIT_BAD_INPUT)
    options = RenderOptions(
        fail_on=config.fail_on,
        failing_ids=frozenset(f.id for f in failing(page.result, config.fail_on)),
    )
    atomic_write_text(html_file, render_html(page, options))
    result = page.result
    click.echo(
        f"{html_file}: {result.claims} claims from {result.sources} sources, {len(result.findings)} findings"
    )


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(ROW_FORMATS),
    default="jsonl",
    show_default=True,
    help="Output format of the claims (ignored with --into).",
)
@click.option(
    "--into",
    "into",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    metavar="DIR",
    help="Merge the claims into the store DIR instead of printing them.",
)
@click.option(
    "--lang",
    default="auto",
    show_default=True,
    help="Language pack code, or auto (sources.csv, else detected per article).",
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Articles processed in parallel (processes).",
)
@click.option(
    "--languages", multiple=True, metavar="DIR", help="Extra folder(s) of language packs."
)
@click.option(
    "--verbose", "-v", is_flag=True, help="List the figures that fit no metric, with the reason."
)
@taxonomy_option
def extract(
    paths: tuple[str, ...],
    fmt: str,
    into: Path | None,
    lang: str,
    jobs: int,
    languages: tuple[str, ...],
    verbose: bool,
    taxonomy: tuple[str, ...],
) -> None:
    """Propose claims from articles: every figure that fits the metric taxonomy.

    PATHS are article files (.txt) or folders of them. The source id is the file name
    without .txt; the date comes from a first line " date YYYY-MM-DD", else sources.csv
    beside the articles. With --into, new claims are added to the store with status
    extracted; reviewed and deprecated rows are never changed.

    \b
    Example:  claimcheck extract seeds/ --format table
              claimcheck extract seeds/ --into claims/
    Exit codes: 0 done, 2 bad input.
    """
    from checker.extract.articles import iter_refs
    from checker.extract.pipeline import extract_refs
    from checker.extract.tally import ExtractTally
    from checker.lang import pack_files

    config = settings(taxonomy=taxonomy, languages=languages)
    available = sorted(pack_files(config.languages))
    if lang != "auto" and lang not in available:
        raise CheckerError(
            f"no language pack {lang!r}", hint=f"use auto or one of {', '.join(available)}"
        )
    refs = list(iter_refs(paths))  # listed and resolved once: counted, then extracted
    total = len(refs)
    if total == 0:
        raise CheckerError(
            "no articles found",
            path=", ".join(paths),
            hint="give .txt files or folders holding them",
        )
    results = extract_refs(
        refs, lang=lang, jobs=jobs, lang_dirs=config.languages, taxonomy_files=config.taxonomy
    )
    tally = ExtractTally()
    show_progress = sys.stderr.isatty()
    table_rows: list[dict[str, str]] = []
    proposals: dict[str, list[dict[str, str]]] = {}  # --into: written once all is read
    with (
        click.progressbar(length=total, label="extracting", file=sys.stderr)
        if show_progress
        else _no_progress() as bar
    ):
        for result in results:
            tally.count(result)
            if into is not None:
                proposals.setdefault(result.source, []).extend(result.rows())
            elif fmt == "table":
                table_rows.extend(result.rows())
            elif fmt == "csv":
                click.echo(render_csv(result.rows(), header=tally.articles == 1), nl=False)
            else:
                click.echo(render_jsonl(result.rows()), nl=False)
            if verbose:
                for skipped in result.skipped:
                    click.echo(
                        f"{result.path}:{skipped.start}: {skipped.text!r} is no claim ({skipped.reason})",
                        err=True,
                    )
            bar.update(1)
    if into is not None:  # every article read and every claims file parsed before a write
        from checker.merge import plan_merge, plan_sources, write_all

        writes = []
        for source, rows in proposals.items():
            merged, write = plan_merge(into, source, rows)
            tally.merged(merged)
            writes.append(write)
        write_all([*writes, plan_sources(into, tally.sources)])
        for stale in tally.stale:
            click.echo(
                f"{stale.file}:{stale.line}: extracted claim {stale.metric}={stale.value} is no longer found in the article; review or deprecate it",
                err=True,
            )
    elif fmt == "table":
        click.echo(render_table(table_rows), nl=False)
    click.echo(tally.summary(into is not None), err=True)


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point: one line and exit 2 for any error we can name, never a traceback."""
    try:
        cli.main(
            args=list(argv) if argv is not None else None,
            prog_name="claimcheck",
            standalone_mode=False,
        )
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_BAD_INPUT)
    except click.exceptions.Abort as exc:
        if isinstance(exc.__context__, KeyboardInterrupt):  # Ctrl-C: the shell's 128 + SIGINT
            click.echo("claimcheck: interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)
        click.echo("claimcheck: aborted", err=True)
        sys.exit(EXIT_BAD_INPUT)
    except CheckerError as exc:
        click.echo(f"claimcheck: {exc.render()}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    except KeyboardInterrupt:
        click.echo("claimcheck: interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except Exception as exc:  # noqa: BLE001 - the promise is: never a traceback
        if os.environ.get("CLAIMCHECK_DEBUG"):
            raise
        click.echo(
            f"claimcheck: internal error ({type(exc).__name__}: {exc}); set CLAIMCHECK_DEBUG=1 for details and please report it",
            err=True,
        )
        sys.exit(EXIT_BAD_INPUT)
    sys.exit(EXIT_CLEAN)
