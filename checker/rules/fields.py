"""Rules on the enumerated fields: metric, qualifier, modality, status, unit."""

from __future__ import annotations

from collections.abc import Iterator

from checker.model import Modality, Problem, Qualifier, Status
from checker.rules.context import RuleContext, problems_at


def _closest(word: str, choices: list[str]) -> str:
    from rapidfuzz import process  # only for a bad value (a clean store starts without it)

    match = process.extractOne(word, choices, score_cutoff=60)
    return f"did you mean {match[0]!r}?" if match else f"use one of {', '.join(choices)}"


def _enum_rule(
    ctx: RuleContext, column: str, choices: list[str], empty_ok: bool
) -> Iterator[Problem]:
    values = ctx.frame[column]
    bad = ~values.isin(choices)
    if empty_ok:
        bad &= values != ""
    for _, row in ctx.frame[bad].iterrows():
        word = row[column]
        what = f"{column} is empty" if not word else f"unknown {column} {word!r}"
        yield Problem(row["file"], int(row["line"]), what, column, hint=_closest(word, choices))


def check_metric(ctx: RuleContext) -> Iterator[Problem]:
    yield from _enum_rule(ctx, "metric", sorted(ctx.taxonomy.metrics), empty_ok=False)


def check_qualifier(ctx: RuleContext) -> Iterator[Problem]:
    yield from _enum_rule(ctx, "qualifier", [q.value for q in Qualifier], empty_ok=True)


def check_modality(ctx: RuleContext) -> Iterator[Problem]:
    yield from _enum_rule(ctx, "modality", [m.value for m in Modality], empty_ok=True)


def check_status(ctx: RuleContext) -> Iterator[Problem]:
    yield from _enum_rule(ctx, "status", [s.value for s in Status], empty_ok=True)
    frame = ctx.frame
    no_note = (frame["status"] == Status.DEPRECATED.value) & (frame["note"] == "")
    yield from problems_at(
        frame,
        no_note,
        "status",
        lambda r: "deprecated claim has no note",
        "say why in the note column",
    )


def check_unit(ctx: RuleContext) -> Iterator[Problem]:
    """A unit must exist and fit its metric (weeks for a duration, not for hostages)."""
    taxonomy = ctx.taxonomy
    pairs = ctx.frame[["metric", "unit"]].drop_duplicates()
    bad: dict[tuple[str, str], str] = {}
    for metric_key, unit_name in pairs.itertuples(index=False):
        metric = taxonomy.metrics.get(metric_key)
        if metric is None or unit_name == "":
            continue
        unit = taxonomy.unit_for(unit_name)
        if unit is None:
            bad[(metric_key, unit_name)] = f"unknown unit {unit_name!r}"
        elif not taxonomy.accepts_unit(metric, unit):
            bad[(metric_key, unit_name)] = (
                f"unit {unit_name!r} does not fit {metric_key} (measured in {metric.unit})"
            )
    if not bad:
        return
    keys = list(zip(ctx.frame["metric"], ctx.frame["unit"], strict=True))
    mask = [k in bad for k in keys]
    units = ", ".join(sorted(taxonomy.units))
    yield from problems_at(
        ctx.frame, mask, "unit", lambda r: bad[(r["metric"], r["unit"])], f"units are {units}"
    )
