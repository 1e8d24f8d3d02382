"""The hot paths make some named tuples with ``tuple.__new__`` (one C call) instead of the
named tuple's own ``__new__`` (Python code). Each such maker must take the tuple's fields in
the same order, so adding or reordering a field cannot silently shift the others."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from checker.extract.assign import Choice, _choice
from checker.extract.closeness import Stretch, _stretch
from checker.extract.cues import Evidence, _evidence
from checker.extract.pipeline import Skipped, _skipped
from checker.extract.sentence import Place, new_place

#: (named tuple, its maker, distinct values of the right types, one per field in order)
MAKERS: list[tuple[type[Any], Callable[..., Any], tuple[Any, ...]]] = [
    (Choice, _choice, (None, "proposed", "why")),
    (Stretch, _stretch, (1, 2, 3, 4)),
    (
        Evidence,
        _evidence,
        (
            {"hostages": (1, 2)},
            "reported",
            "count",
            (3, 4),
            (5, 6),
            "stop",
            True,
            frozenset({"own"}),
            True,
            frozenset({"trailing"}),
            True,
            "2024-01-01",
            frozenset({"predicated"}),
        ),
    ),
    (Skipped, _skipped, ("33", 7, 9, "reason")),
    (Place, new_place, (1, 2, 3, 4, 5)),
]


@pytest.mark.parametrize(("cls", "make", "values"), MAKERS, ids=[m[0].__name__ for m in MAKERS])
def test_maker_builds_what_the_named_tuple_builds(
    cls: type[Any], make: Callable[..., Any], values: tuple[Any, ...]
) -> None:
    assert len(values) == len(cls._fields), "a field was added: give the maker and this test it"
    made = make(*values)
    assert type(made) is cls
    # by keyword, so a maker taking its fields in another order gives another tuple
    assert made == cls(**dict(zip(cls._fields, values, strict=True)))
