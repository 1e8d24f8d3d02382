"""The comparison engine: normalise claims, turn qualifiers into bounds, cluster them into
moments per metric, and give every set of differing claims a verdict (see README, "Verdicts").

Everything runs on whole columns (sorting, group-by, interval intersections); there is no
loop over pairs of claims, so a metric with 100,000 claims costs a sort, not 10^10 pairs.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

import numpy as np
import pandas as pd

from checker.config import Config
from checker.explain import explain
from checker.model import Claim, Finding, Modality, Qualifier, Status, Verdict
from checker.taxonomy import Taxonomy

#: Open bounds ("more than 120") are nudged inward by this relative amount, so that
#: "more than 120" and "exactly 120" do not overlap while "at least 120" and "120" do.
OPEN_BOUND_NUDGE = 1e-7
#: Two normalised figures closer than this (relative) are the same figure.
SAME_FIGURE = 1e-9
#: A timeline finding lists every claim of a moment up to this many; beyond it, only the
#: claims whose bounds define the moment's envelope (the figures that moved).
TIMELINE_LISTED_MAX = 5
UNDATED = -1


def _numeric(series: pd.Series) -> np.ndarray:
    return pd.to_numeric(series.str.strip().replace("", np.nan), errors="coerce").to_numpy(float)


def _derived_bounds(
    value: np.ndarray, qualifier: np.ndarray, tol: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Bounds each qualifier implies when a claim leaves low/high empty."""
    q = qualifier
    lower = np.select(
        [q == "approx", np.isin(q, ["less_than", "at_most"])],
        [np.minimum(value * (1 - tol), value * (1 + tol)), -np.inf],  # either sign
        default=value,
    )
    upper = np.select(
        [q == "approx", np.isin(q, ["more_than", "at_least"])],
        [np.maximum(value * (1 - tol), value * (1 + tol)), np.inf],
        default=value,
    )
    return lower, upper


def prepare(
    frame: pd.DataFrame,
    taxonomy: Taxonomy,
    config: Config,
    published: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """Claims with numeric, normalised columns: v, lo, hi (metric unit), date, family.

    Deprecated claims and rows that cannot be compared (unknown metric or unit, no value)
    are left out; validation reports those.
    """
    frame = frame[frame["status"].str.strip() != Status.DEPRECATED.value]
    metric = frame["metric"].str.strip()
    known = metric.isin(list(taxonomy.metrics))
    frame, metric = frame[known], metric[known]
    value = _numeric(frame["value"])
    metric_unit = metric.map({k: m.unit for k, m in taxonomy.metrics.items()})
    unit_name = frame["unit"].str.strip().str.lower()
    unit_name = unit_name.where(unit_name != "", metric_unit)
    unit_key = unit_name.map(_unit_lookup(taxonomy, unit_name))
    factor = unit_key.map({k: u.factor for k, u in taxonomy.units.items()}).to_numpy(float)
    dimension = unit_key.map({k: u.dimension for k, u in taxonomy.units.items()})
    own_factor = metric_unit.map({k: u.factor for k, u in taxonomy.units.items()}).to_numpy(float)
    own_dimension = metric_unit.map({k: u.dimension for k, u in taxonomy.units.items()})
    share = (dimension == "share") & (own_dimension != "share")
    scale = np.where(share.to_numpy(), factor, factor / own_factor)
    ok = ~np.isnan(value) & ~np.isnan(scale) & ((dimension == own_dimension) | share).to_numpy()

    tolerances = {k: m.tolerance for k, m in taxonomy.metrics.items()}
    tolerances.update(config.tolerances)
    tol = metric.map(tolerances).to_numpy(float)
    qualifier = frame["qualifier"].str.strip().replace("", Qualifier.EXACT.value).to_numpy(str)
    low, high = _numeric(frame["low"]), _numeric(frame["high"])
    d_lo, d_hi = _derived_bounds(value, qualifier, tol)
    lo = np.where(np.isnan(low), d_lo, low) * scale
    hi = np.where(np.isnan(high), d_hi, high) * scale
    with np.errstate(invalid="ignore"):
        lo_cmp = np.where(qualifier == "more_than", lo + np.abs(lo) * OPEN_BOUND_NUDGE + 1e-12, lo)
        hi_cmp = np.where(qualifier == "less_than", hi - np.abs(hi) * OPEN_BOUND_NUDGE - 1e-12, hi)

    as_of = frame["as_of"].str.strip()
    if published:
        as_of = as_of.where(as_of != "", frame["source"].str.strip().map(published).fillna(""))
    date = pd.to_datetime(as_of, format="%Y-%m-%d", errors="coerce")

    out = frame.assign(
        v=value * scale,
        lo=lo_cmp,
        hi=hi_cmp,
        lo_stated=lo,
        hi_stated=hi,
        date=date,
        modality_=frame["modality"].str.strip().replace("", Modality.REPORTED.value),
        family=metric + np.where(share, "#share", ""),
        metric_=metric,
        qualifier_=qualifier,
        is_range=qualifier == Qualifier.RANGE.value,
        row=np.arange(len(frame)),
    )
    return out[ok]


def _unit_lookup(taxonomy: Taxonomy, names: pd.Series) -> dict[str, str | None]:
    lookup: dict[str, str | None] = {}
    for name in names.unique():
        unit = taxonomy.unit_for(str(name))
        lookup[name] = unit.key if unit else None
    return lookup


def assign_moments(prepared: pd.DataFrame, window_days: int) -> pd.Series:
    """Cluster each family's dated claims into moments at most ``window_days`` wide.

    Greedy in date order: a moment starts at its earliest date and takes every later date
    within the window. Undated claims share one moment per family (UNDATED).
    """
    moment = pd.Series(UNDATED, index=prepared.index, dtype="int64")
    dated = prepared[prepared["date"].notna()]
    if dated.empty:
        return moment
    pairs = dated[["family", "date"]].drop_duplicates().sort_values(["family", "date"])
    window = pd.Timedelta(days=window_days)
    ids: list[int] = []
    current, start, family = -1, None, None
    for fam, day in zip(pairs["family"].to_numpy(), pairs["date"], strict=True):
        if fam != family or day - start > window:
            current += 1
            family, start = fam, day
        ids.append(current)
    pairs = pairs.assign(moment=ids)
    joined = dated[["family", "date"]].merge(pairs, on=["family", "date"], how="left")
    moment.loc[dated.index] = joined["moment"].to_numpy()
    return moment


def _intersections(prepared: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """Per group: intersection (lo, hi), hull, figure range and size."""
    grouped = prepared.groupby(keys, sort=False, observed=True)
    stats = grouped.agg(
        n=("v", "size"),
        lo=("lo", "max"),
        hi=("hi", "min"),
        hull_lo=("lo", "min"),
        hull_hi=("hi", "max"),
        vmin=("v", "min"),
        vmax=("v", "max"),
        first=("date", "min"),
        last=("date", "max"),
        ranges=("is_range", "sum"),
    )
    stats["empty"] = stats["lo"] > stats["hi"] + np.abs(stats["hi"]) * SAME_FIGURE
    same_value = (stats["vmax"] - stats["vmin"]) <= np.abs(stats["vmax"]) * SAME_FIGURE
    # a range is the same figure only as another range with the same ends
    same_ranges = (stats["ranges"] == stats["n"]) & (stats["hull_lo"] == stats["lo"]) & (stats["hull_hi"] == stats["hi"])
    stats["same"] = same_value & ((stats["ranges"] == 0) | same_ranges)
    return stats


def _within_verdicts(prepared: pd.DataFrame) -> pd.DataFrame:
    """One row per (family, moment) whose claims differ, with its verdict."""
    surface = (
        prepared["value"].str.strip() + "|" + prepared["unit"].str.strip() + "|" + prepared["qualifier_"]
    )
    moments = _intersections(prepared, ["family", "moment"])
    moments["surfaces"] = surface.groupby([prepared["family"], prepared["moment"]]).nunique()
    moments["sources"] = prepared.groupby(["family", "moment"])["source"].nunique()
    by_modality = _intersections(prepared, ["family", "moment", "modality_"])
    conflict = by_modality["empty"].groupby(level=[0, 1]).any()
    inter = by_modality[~by_modality["empty"]][["lo", "hi"]].unstack("modality_")
    changed = pd.Series(False, index=moments.index)
    if ("lo", "reported") in inter.columns and ("lo", "proposed") in inter.columns:
        apart = (inter[("lo", "reported")] > inter[("hi", "proposed")]) | (
            inter[("lo", "proposed")] > inter[("hi", "reported")]
        )
        changed = apart.reindex(moments.index, fill_value=False)
    moments["verdict"] = np.select(
        [
            conflict.reindex(moments.index, fill_value=False).to_numpy(),
            changed.to_numpy(),
            moments["same"].to_numpy(),
        ],
        [Verdict.CONFLICT.value, Verdict.CHANGED.value, Verdict.AGREE.value],
        default=Verdict.COMPATIBLE.value,
    )
    differs = (moments["n"] >= 2) & ((moments["surfaces"] > 1) | ~moments["same"])
    return moments[differs]


def _envelopes(prepared: pd.DataFrame) -> pd.DataFrame:
    """Per (family, modality, moment): the interval the moment's claims allow."""
    env = _intersections(prepared, ["family", "modality_", "moment"]).reset_index()
    env["env_lo"] = np.where(env["empty"], env["hull_lo"], env["lo"])
    env["env_hi"] = np.where(env["empty"], env["hull_hi"], env["hi"])
    return env


def _timeline_pairs(prepared: pd.DataFrame, directions: Mapping[str, str]) -> pd.DataFrame:
    """Pairs of moments of one family and modality whose envelopes differ, with a verdict.

    Consecutive dated moments are compared when their envelopes are disjoint (a move);
    the undated moment is compared with every dated one (its date could be any of them).
    """
    env = _envelopes(prepared)
    dated = env[env["moment"] != UNDATED].sort_values(["family", "modality_", "first"])
    nxt = dated.groupby(["family", "modality_"], sort=False).shift(-1)
    pairs = dated.assign(
        b_moment=nxt["moment"], b_lo=nxt["env_lo"], b_hi=nxt["env_hi"], b_vmin=nxt["vmin"], b_vmax=nxt["vmax"]
    ).dropna(subset=["b_moment"])
    rose = pairs["b_lo"] > pairs["env_hi"]
    fell = pairs["b_hi"] < pairs["env_lo"]
    direction = pairs["family"].str.split("#").str[0].map(directions)
    allowed = (rose & direction.isin(["non_decreasing", "free"])) | (
        fell & direction.isin(["non_increasing", "free"])
    )
    pairs = pairs.assign(verdict=np.where(allowed, Verdict.CHANGED.value, Verdict.CONFLICT.value))
    pairs = pairs[rose | fell]

    undated = env[env["moment"] == UNDATED]
    cross = undated.merge(dated, on=["family", "modality_"], suffixes=("", "_b"))
    disjoint = (cross["env_lo_b"] > cross["env_hi"]) | (cross["env_hi_b"] < cross["env_lo"])
    same = (cross[["vmax", "vmax_b"]].max(axis=1) - cross[["vmin", "vmin_b"]].min(axis=1)) <= (
        np.abs(cross["vmax"]) * SAME_FIGURE
    )
    cross = cross.assign(
        b_moment=cross["moment_b"],
        verdict=np.where(disjoint, Verdict.CONFLICT.value, Verdict.COMPATIBLE.value),
    )[disjoint | ~same]
    columns = ["family", "modality_", "moment", "b_moment", "verdict"]
    return pd.concat([pairs[columns], cross[columns]], ignore_index=True)


def _finite(x: float) -> float | None:
    # 12 significant digits: 130 * 0.9 prints as 117, not 117.00000000000001
    return None if np.isnan(x) or np.isinf(x) else float(f"{x:.12g}")


def _to_claims(rows: pd.DataFrame) -> tuple[Claim, ...]:
    """Claims as stated (value in the claim's own unit), with effective bounds and date."""
    claims = []
    for r in rows.itertuples(index=False):
        scale = r.v / r.value_num if r.value_num else 1.0
        claims.append(
            Claim(
                source=r.source.strip(),
                metric=r.metric_,
                value=float(r.value_num),
                low=_finite(r.lo_stated / scale) if scale else None,
                high=_finite(r.hi_stated / scale) if scale else None,
                qualifier=r.qualifier_,
                unit=r.unit.strip() or r.unit_default,
                modality=r.modality_,
                as_of="" if pd.isna(r.date) else r.date.strftime("%Y-%m-%d"),
                quote=r.quote,
                status=r.status.strip(),
                note=r.note,
                file=r.file,
                line=int(r.line),
            )
        )
    return tuple(sorted(claims, key=lambda c: (c.as_of or "9999", c.source, c.value, c.file, c.line)))


def claim_fingerprint(claim: Claim) -> str:
    """What identifies a claim's content: not its place in a file, nor its quote's wording."""
    parts = (claim.source, claim.metric, repr(claim.value), repr(claim.low), repr(claim.high))
    rest = (claim.qualifier, claim.unit, claim.modality, claim.as_of)
    return "|".join((*parts, *rest))


def finding_id(scope: str, metric: str, claims: tuple[Claim, ...]) -> str:
    """A stable id: the same claims (by content) give the same id, wherever they sit."""
    digest = hashlib.blake2b(digest_size=6)
    digest.update(f"{scope}|{metric}".encode())
    for fingerprint in sorted({claim_fingerprint(c) for c in claims}):
        digest.update(b"\n" + fingerprint.encode())
    return "F" + digest.hexdigest()


def _listed(rows: pd.DataFrame) -> pd.DataFrame:
    """A moment's claims for a timeline finding: all of them, or those bounding its envelope."""
    if len(rows) <= TIMELINE_LISTED_MAX:
        return rows
    keep = {rows["lo"].idxmax(), rows["hi"].idxmin(), rows["v"].idxmin(), rows["v"].idxmax()}
    return rows.loc[sorted(keep)]


def find_discrepancies(
    frame: pd.DataFrame,
    taxonomy: Taxonomy,
    config: Config,
    published: Mapping[str, str] | None = None,
) -> list[Finding]:
    """Compare claims per metric and return findings, sorted by metric, verdict and id.

    ``frame`` holds claims as strings (the store's columns plus file and line);
    ``published`` maps source -> publication date, used where a claim's as_of is empty.
    """
    prepared = prepare(frame, taxonomy, config, published)
    if prepared.empty:
        return []
    prepared = prepared.assign(
        moment=assign_moments(prepared, config.window_days),
        value_num=_numeric(prepared["value"]),
        unit_default=prepared["metric_"].map({k: m.unit for k, m in taxonomy.metrics.items()}),
    ).reset_index(drop=True)
    findings: list[Finding] = []
    within = _within_verdicts(prepared)
    groups = prepared.groupby(["family", "moment"], sort=False).indices
    for (family, moment), verdict in within["verdict"].items():
        claims = _to_claims(prepared.iloc[groups[(family, moment)]])
        findings.append(_finding("moment", family, Verdict(verdict), claims, taxonomy))
    directions = {k: m.direction for k, m in taxonomy.metrics.items()}
    pairs = _timeline_pairs(prepared, directions)
    by_modality = prepared.groupby(["family", "modality_", "moment"], sort=False).indices
    for pair in pairs.itertuples(index=False):
        rows_a = prepared.iloc[by_modality[(pair.family, pair.modality_, pair.moment)]]
        rows_b = prepared.iloc[by_modality[(pair.family, pair.modality_, int(pair.b_moment))]]
        claims = _to_claims(pd.concat([_listed(rows_a), _listed(rows_b)]))
        findings.append(_finding("timeline", pair.family, Verdict(pair.verdict), claims, taxonomy))
    return sorted(findings, key=lambda f: (f.metric, -f.verdict.rank, f.claims[0].as_of, f.id))


def _finding(
    scope: str, family: str, verdict: Verdict, claims: tuple[Claim, ...], taxonomy: Taxonomy
) -> Finding:
    metric = family.split("#")[0]
    return Finding(
        id=finding_id(scope, family, claims),
        metric=metric,
        verdict=verdict,
        explanation=explain(verdict, scope, claims, taxonomy),
        claims=claims,
        scope=scope,
    )


def comparable_claims(
    frame: pd.DataFrame,
    taxonomy: Taxonomy,
    config: Config,
    published: Mapping[str, str] | None = None,
) -> tuple[Claim, ...]:
    """Every claim `find_discrepancies` compares, as Claim objects (effective bounds and date),
    whether or not it ends up in a finding; for reports that show all claims."""
    prepared = prepare(frame, taxonomy, config, published)
    if prepared.empty:
        return ()
    prepared = prepared.assign(
        value_num=_numeric(prepared["value"]),
        unit_default=prepared["metric_"].map({k: m.unit for k, m in taxonomy.metrics.items()}),
    )
    return _to_claims(prepared)
