"""Validation rules, one module per concern, and the explicit registry RULES.

A rule takes a RuleContext and yields Problems; it never raises for bad data.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from checker.model import Problem
from checker.rules import dates, duplicates, fields, numbers, quotes, sources
from checker.rules.context import RuleContext

Rule = Callable[[RuleContext], Iterable[Problem]]

#: rule id -> rule. Every problem carries its rule id, so users can tell them apart.
RULES: dict[str, Rule] = {
    "metric": fields.check_metric,
    "qualifier": fields.check_qualifier,
    "modality": fields.check_modality,
    "status": fields.check_status,
    "unit": fields.check_unit,
    "number": numbers.check_numbers,
    "bounds": numbers.check_bounds,
    "date": dates.check_dates,
    "source": sources.check_sources,
    "quote": quotes.check_quotes,
    "duplicate": duplicates.check_duplicates,
}

__all__ = ["RULES", "Rule", "RuleContext"]
