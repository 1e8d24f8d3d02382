"""The comparison engine: normalise claims, turn qualifiers into bounds, cluster them into
moments per metric, and give every set of differing claims a verdict (see README, "Verdicts").

Everything runs on whole columns (sorting, group-by, interval intersections); there is no
loop over pairs of claims, so a metric with 100,000 claims costs a sort, not 10^10 pairs.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Collection, Iterable, Mapping

import numpy as np
import pandas as pd

from checker import columns
from checker.claimtable import FINGERPRINT_FIELDS, ClaimTable, listing_rank
from checker.config import Config
from checker.explain import explain
from checker.memory import return_freed_memory
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
#: A moment's finding lists every claim up to this many; beyond it, only the claims that
#: decide its verdict and explanation (_decisive_positions), and how many more there are.
MOMENT_LISTED_MAX = 16
UNDATED = -1


def _numeric(series: pd.Series) -> np.ndarray:
    return columns.numbers(series, strip_first=True)


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
    metrics: Collection[str] | None = None,
) -> pd.DataFrame:
    """Claims with numeric, normalised columns: v, lo, hi (metric unit), date, family.

    Deprecated claims and rows that cannot be compared (unknown metric or unit, no value)
    are left out; validation reports those. Given ``metrics``, only claims of those are kept.
    """
    # A million claims hold a few thousand distinct statuses, metrics, units, dates and
    # figures: each column is coded once (categorical), worked out per distinct value or
    # per distinct (metric, unit), and taken back to the rows by code.
    coded = {name: _coded(frame[name]) for name in _CODED if name in frame}
    status = _per_code(coded["status"], lambda u: u != Status.DEPRECATED.value)
    compared = [m for m in taxonomy.metrics if metrics is None or m in metrics]
    metric_codes, names = _codes(coded["metric"], "")
    keep = status & np.isin(names, compared)[metric_codes]
    frame = frame[keep]
    coded = {name: column[keep] for name, column in coded.items()}
    metric_codes = metric_codes[keep]
    value = _numeric(coded["value"])
    unit_codes, units = _codes(coded["unit"], "")
    pair, pairs = _pair_codes(metric_codes, unit_codes)
    conversion = [_conversion(names[m], units[u].lower(), taxonomy) for m, u in pairs]
    scale, same_dimension, share = (np.array(x)[pair] for x in zip(*conversion, strict=True))
    ok = ~np.isnan(value) & ~np.isnan(scale) & same_dimension

    tolerances = {k: m.tolerance for k, m in taxonomy.metrics.items()}
    tolerances.update(config.tolerances)
    tol = np.array([tolerances.get(m, np.nan) for m in names], dtype=float)[metric_codes]
    # (a missing qualifier has always read as "nan")
    qualifier_codes, qualifier_names = _codes(coded["qualifier"], "nan")
    qualifier_names = np.array([q or Qualifier.EXACT.value for q in qualifier_names], object)
    qualifier = qualifier_names.astype(str)[qualifier_codes]
    low, high = _numeric(coded["low"]), _numeric(coded["high"])
    d_lo, d_hi = _derived_bounds(value, qualifier, tol)
    lo = np.where(np.isnan(low), d_lo, low) * scale
    hi = np.where(np.isnan(high), d_hi, high) * scale
    with np.errstate(invalid="ignore"):
        lo_cmp = np.where(qualifier == "more_than", lo + np.abs(lo) * OPEN_BOUND_NUDGE + 1e-12, lo)
        hi_cmp = np.where(qualifier == "less_than", hi - np.abs(hi) * OPEN_BOUND_NUDGE - 1e-12, hi)

    date = _per_code(coded["as_of"], _date_values)
    if published:
        stated = _per_code(coded["source"], _published_dates(published))
        as_of_codes, as_of_values = _codes(coded["as_of"], "")
        date = np.where((as_of_values == "")[as_of_codes], stated, date)
    families = [
        names[m] + ("#share" if s else "")
        for (m, _), s in zip(pairs, (c[2] for c in conversion), strict=True)
    ]
    family_codes, family_names = pd.factorize(np.array(families, dtype=object))
    modality_codes, modalities = _codes(coded["modality"], "")
    modalities = np.array([m or Modality.REPORTED.value for m in modalities], dtype=object)

    out = frame.assign(
        v=value * scale,
        lo=lo_cmp,
        hi=hi_cmp,
        lo_stated=lo,
        hi_stated=hi,
        date=pd.to_datetime(date),
        # categorical: every group-by below reads their codes instead of hashing strings
        modality_=_categorical(modality_codes, modalities, frame.index),
        family=_categorical(family_codes[pair], family_names, frame.index),
        metric_=_categorical(metric_codes, names, frame.index),
        qualifier_=_categorical(qualifier_codes, qualifier_names, frame.index),
        value=coded["value"],
        unit=coded["unit"],
        source=coded["source"],
        is_range=qualifier == Qualifier.RANGE.value,
        row=np.arange(len(frame)),
        value_num=value,
    )
    return out[ok]


#: The columns prepare() reads as codes.
_CODED = (
    "status",
    "metric",
    "value",
    "low",
    "high",
    "unit",
    "qualifier",
    "as_of",
    "modality",
    "source",
)


def _coded(series: pd.Series) -> pd.Series:
    """The column stripped and categorical (as validate() leaves it, and then as it is)."""
    return columns.coded(series)


def _codes(series: pd.Series, missing: str) -> tuple[np.ndarray, np.ndarray]:
    """A categorical column's codes and its values (stripped strings); a missing value
    (code -1) reads as ``missing``, the last of the values."""
    values = np.append(series.cat.categories.to_numpy(object), missing)
    codes = series.cat.codes.to_numpy()
    return np.where(codes < 0, len(values) - 1, codes), values


def _per_code(series: pd.Series, function: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
    """``function`` of a categorical column's distinct values, spread to its rows."""
    codes, values = _codes(series, "")
    return np.asarray(function(values))[codes]


def _categorical(codes: np.ndarray, values: np.ndarray, index: pd.Index) -> pd.Series:
    used, codes = columns.used_codes(codes)
    return pd.Series(
        pd.Categorical.from_codes(codes, pd.Index(values[used], dtype=object)), index=index
    )


def _pair_codes(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """One code per distinct (a, b) of the rows, and the pairs in code order."""
    width = int(b.max(initial=0)) + 1
    distinct, inverse = columns.used_codes(a.astype(np.int64) * width + b)
    return inverse, [(int(k // width), int(k % width)) for k in distinct]


def _conversion(metric: str, unit_name: str, taxonomy: Taxonomy) -> tuple[float, bool, bool]:
    """For a claim of ``metric`` in ``unit_name`` ("" = the metric's): the factor to the
    metric's unit (NaN if unknown), whether the dimensions fit, and whether it is a share
    of a metric that is not itself a share."""
    own = taxonomy.units.get(taxonomy.metrics[metric].unit)
    unit = taxonomy.unit_for(unit_name or taxonomy.metrics[metric].unit)
    if unit is None or own is None:
        return np.nan, False, False
    share = unit.dimension == "share" and own.dimension != "share"
    factor = unit.factor if share else unit.factor / own.factor
    return factor, share or unit.dimension == own.dimension, share


def _date_values(values: np.ndarray) -> np.ndarray:
    return pd.to_datetime(
        pd.Series(values, dtype=object), format="%Y-%m-%d", errors="coerce"
    ).to_numpy("datetime64[ns]")


def _published_dates(published: Mapping[str, str]) -> Callable[[np.ndarray], np.ndarray]:
    return lambda sources: _date_values(
        np.array([published.get(s, "") for s in sources], dtype=object)
    )


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
    same_ranges = (
        (stats["ranges"] == stats["n"])
        & (stats["hull_lo"] == stats["lo"])
        & (stats["hull_hi"] == stats["hi"])
    )
    stats["same"] = same_value & ((stats["ranges"] == 0) | same_ranges)
    return stats


def _within_verdicts(prepared: pd.DataFrame) -> pd.DataFrame:
    """One row per (family, moment) whose claims differ, with its verdict."""
    # how a claim is written: value|unit|qualifier, as one code per distinct combination
    surface = pd.Series(
        columns.key_codes([prepared["value"], prepared["unit"], prepared["qualifier_"]]),
        index=prepared.index,
    )
    source = pd.Series(pd.factorize(prepared["source"])[0], index=prepared.index)
    moments = _intersections(prepared, ["family", "moment"])
    moments["surfaces"] = surface.groupby([prepared["family"], prepared["moment"]]).nunique()
    moments["sources"] = source.groupby([prepared["family"], prepared["moment"]]).nunique()
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
        b_moment=nxt["moment"],
        b_lo=nxt["env_lo"],
        b_hi=nxt["env_hi"],
        b_vmin=nxt["vmin"],
        b_vmax=nxt["vmax"],
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


def _to_claims(rows: pd.DataFrame) -> tuple[Claim, ...]:
    """Claims as stated (value in the claim's own unit), with effective bounds and date."""
    table = ClaimTable(rows)
    return table.claims(table.ordered(np.arange(len(rows))))


def claim_fingerprint(claim: Claim) -> str:
    """What identifies a claim's content: not its place in a file, nor its quote's wording."""
    values = (getattr(claim, name) for name in FINGERPRINT_FIELDS)
    return "|".join(v if isinstance(v, str) else repr(v) for v in values)


def finding_id(scope: str, metric: str, claims: tuple[Claim, ...]) -> str:
    """A stable id: the same claims (by content) give the same id, wherever they sit."""
    return _id_of(scope, metric, {claim_fingerprint(c) for c in claims})


def _id_of(scope: str, metric: str, fingerprints: set[str]) -> str:
    digest = hashlib.blake2b(digest_size=6)
    digest.update(f"{scope}|{metric}".encode())
    # one update with every fingerprint is the same digest as one update per fingerprint
    digest.update("".join("\n" + f for f in sorted(fingerprints)).encode())
    return "F" + digest.hexdigest()


def _listed(rows: pd.DataFrame) -> pd.DataFrame:
    """A moment's claims for a timeline finding: all of them, or those bounding its envelope."""
    lo, hi, v = (rows[name].to_numpy(float) for name in ("lo", "hi", "v"))
    return rows.iloc[_listed_positions(lo, hi, v)]


def _listed_positions(lo: np.ndarray, hi: np.ndarray, v: np.ndarray) -> np.ndarray:
    """Positions of ``_listed`` rows: all, or the first holding each extreme (NaN skipped)."""
    if len(v) <= TIMELINE_LISTED_MAX:
        return np.arange(len(v))
    return np.unique([np.nanargmax(lo), np.nanargmin(hi), np.nanargmin(v), np.nanargmax(v)])


def _group_positions(prepared: pd.DataFrame, keys: list[str]) -> dict[tuple, np.ndarray]:
    """Group key -> positions of its rows, ascending (pandas' groupby().indices)."""
    return prepared.groupby(keys, sort=False).indices


def find_discrepancies(
    frame: pd.DataFrame,
    taxonomy: Taxonomy,
    config: Config,
    published: Mapping[str, str] | None = None,
    metrics: Collection[str] | None = None,
) -> list[Finding]:
    """Compare claims per metric and return findings, sorted by metric, verdict and id.

    ``frame`` holds claims as strings (the store's columns plus file and line);
    ``published`` maps source -> publication date, used where a claim's as_of is empty.
    Given ``metrics``, only those are compared: metrics are compared independently, so
    the findings of a partition of the metrics, merged and sorted, are those of all.
    """
    findings = _find(frame, taxonomy, config, published, metrics)
    return_freed_memory()
    return findings


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Findings in report order: by metric, verdict (most serious first), date and id."""
    return sorted(findings, key=lambda f: (f.metric, -f.verdict.rank, f.claims[0].as_of, f.id))


def _find(
    frame: pd.DataFrame,
    taxonomy: Taxonomy,
    config: Config,
    published: Mapping[str, str] | None,
    metrics: Collection[str] | None,
) -> list[Finding]:
    prepared = prepare(frame, taxonomy, config, published, metrics)
    if prepared.empty:
        return []
    prepared = prepared.assign(
        moment=assign_moments(prepared, config.window_days),
        unit_default=prepared["metric_"].map({k: m.unit for k, m in taxonomy.metrics.items()}),
    ).reset_index(drop=True)
    rank = listing_rank(prepared)
    lo, hi, v = (prepared[name].to_numpy(float) for name in ("lo", "hi", "v"))
    kinds = _kind_codes(prepared)
    drafts: list[tuple[str, str, Verdict, np.ndarray, int]] = []
    within = _within_verdicts(prepared)
    groups = _group_positions(prepared, ["family", "moment"])
    for (family, moment), verdict in within["verdict"].items():  # type: ignore[misc]
        rows = groups[(family, moment)]
        rows = rows[np.argsort(rank[rows], kind="stable")]
        listed = rows
        if len(rows) > MOMENT_LISTED_MAX:
            listed = rows[
                _decisive_positions(Verdict(verdict), lo[rows], hi[rows], v[rows], kinds[rows])
            ]
        drafts.append(("moment", str(family), Verdict(verdict), listed, len(rows)))
    directions = {k: m.direction for k, m in taxonomy.metrics.items()}
    pairs = _timeline_pairs(prepared, directions)
    by_modality = _group_positions(prepared, ["family", "modality_", "moment"])
    for pair in pairs.itertuples(index=False):
        ends: list[np.ndarray] = []
        total = 0
        for moment in (pair.moment, int(pair.b_moment)):  # type: ignore[arg-type]
            rows = by_modality[(pair.family, pair.modality_, moment)]
            ends.append(rows[_listed_positions(lo[rows], hi[rows], v[rows])])
            total += len(rows)
        verdict = Verdict(pair.verdict)
        drafts.append(("timeline", str(pair.family), verdict, np.concatenate(ends), total))
    if not drafts:
        return []
    # Claim objects only for the rows some finding lists, not for every claim compared
    union = np.unique(np.concatenate([draft[3] for draft in drafts]))
    table = ClaimTable(prepared.iloc[union])
    findings = [
        _finding(scope, family, verdict, table, np.searchsorted(union, rows), total, taxonomy)
        for scope, family, verdict, rows, total in drafts
    ]
    return sort_findings(findings)


def _kind_codes(prepared: pd.DataFrame) -> np.ndarray:
    """Per row, codes for what explain() reads besides the figures: modality, source, dated
    or not, and how the figure is stated (columns of a 2-d array)."""
    stated = [prepared["qualifier_"], prepared["value_num"], prepared["lo_stated"]]
    stated += [prepared["hi_stated"], prepared["unit"]]
    return np.column_stack(
        [
            pd.factorize(prepared["modality_"])[0],
            pd.factorize(prepared["source"])[0],
            prepared["date"].isna().to_numpy(),
            columns.key_codes(stated),
        ]
    )


def _decisive_positions(
    verdict: Verdict, lo: np.ndarray, hi: np.ndarray, v: np.ndarray, kinds: np.ndarray
) -> np.ndarray:
    """Which claims of a large moment (in listing order) its finding lists: the first and the
    last holding the lowest and the highest figure, the first holding the highest lower and
    the lowest upper bound of each modality (the bounds that fail to overlap), the first of
    each modality, of a second source, dated and undated, and, for AGREE, of each way the
    figure is stated. Every other claim's figure lies between those listed, and explain()
    writes from the listed claims the sentence it writes from all of them."""
    keep = np.zeros(len(v), dtype=bool)
    for extreme in (v.min(), v.max()):
        at = np.flatnonzero(v == extreme)
        keep[[at[0], at[-1]]] = True
    modality = kinds[:, 0]
    for code in np.unique(modality):
        mine = np.flatnonzero(modality == code)
        keep[mine[[np.argmax(lo[mine]), np.argmin(hi[mine])]]] = True
    firsts = [modality, kinds[:, 1] == kinds[0, 1], kinds[:, 2]]  # a second source, undated
    if verdict is Verdict.AGREE:
        firsts.append(kinds[:, 3])
    for kind in firsts:
        keep[np.unique(kind, return_index=True)[1]] = True  # the first of each
    return np.flatnonzero(keep)


def _finding(
    scope: str,
    family: str,
    verdict: Verdict,
    table: ClaimTable,
    rows: np.ndarray,
    total: int,
    taxonomy: Taxonomy,
) -> Finding:
    rows = table.ordered(rows)
    claims = table.claims(rows)
    metric = family.split("#")[0]
    explanation = explain(verdict, scope, claims, taxonomy)  # a listing is a few claims
    omitted = total - len(claims)
    if omitted:
        explanation += f"; {omitted:,} more claims, between the figures listed, are not listed"
    return Finding(
        id=_id_of(scope, family, table.fingerprints(rows)),
        metric=metric,
        verdict=verdict,
        explanation=explanation,
        claims=claims,
        scope=scope,
        omitted=omitted,
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
        unit_default=prepared["metric_"].map({k: m.unit for k, m in taxonomy.metrics.items()}),
    )
    return _to_claims(prepared)
