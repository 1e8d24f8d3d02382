"""`validate`: read claims files and run every rule, collecting all problems in one pass."""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from checker import columns
from checker.charset import read_article_text
from checker.config import Config
from checker.errors import InputError
from checker.model import CLAIM_COLUMNS, Problem
from checker.rules import RULES, RuleContext
from checker.rules.sources import is_plain_name
from checker.store import FREE_TEXT, Store, confine, load_store
from checker.taxonomy import Taxonomy, load_taxonomy

#: Date line that opens a dated article: " date 2024-08-23".
DATE_LINE_PREFIX = "date "


@dataclass(frozen=True)
class Validation:
    store: Store
    taxonomy: Taxonomy
    problems: tuple[Problem, ...]
    #: the store's claims with every claim column stripped (categorical but the free text)
    frame: pd.DataFrame

    @property
    def ok(self) -> bool:
        return not any(p.severity.value == "error" for p in self.problems)


class ArticleFinder:
    """Finds `<source>.txt` in the text folders (and beside the claims) and reads it once.

    An article that is there but cannot be read (binary, undetectable encoding, too large,
    a link out of its folder) is a problem in ``problems``, never a silently skipped check.
    """

    def __init__(self, folders: Iterable[str | Path]) -> None:
        self.folders = tuple(Path(f) for f in folders if Path(f).is_dir())
        self.problems: list[Problem] = []
        self._names: dict[Path, frozenset[str] | None] = {}
        self._with_texts: tuple[Path, ...] | None = None  # folders holding .txt names

    def _text_names(self, folder: Path) -> frozenset[str] | None:
        """The .txt names in ``folder``, casefolded and NFC (as case-insensitive and
        normalising file systems compare them), listed once; None if it cannot be listed."""
        if folder not in self._names:
            try:
                folded = (_folded(entry) for entry in os.listdir(folder))
                self._names[folder] = frozenset(n for n in folded if n.endswith(".txt"))
            except OSError:
                self._names[folder] = None  # cannot list: look the slow way
        return self._names[folder]

    def _may_hold(self, folder: Path, name: str) -> bool:
        """False only when ``folder`` surely has no entry ``name`` (a .txt name): tens of
        thousands of sources without articles cost no stat each."""
        names = self._text_names(folder)
        return names is None or _folded(name) in names

    def may_have(self, source: str) -> bool:
        """False when no text folder surely holds ``source``.txt (nothing is read)."""
        if self._with_texts is None:  # once: a store without articles costs no look per source
            self._with_texts = tuple(f for f in self.folders if self._text_names(f) != frozenset())
        name = f"{source}.txt"
        return any(self._may_hold(f, name) for f in self._with_texts) and is_plain_name(source)

    #: Articles kept decoded (each up to MAX_ARTICLE_BYTES): memory stays bounded, and rules
    #: that read articles visit claims source by source.
    @lru_cache(maxsize=16)  # noqa: B019 - one finder per run; the cache dies with it
    def text(self, source: str) -> str | None:
        if not is_plain_name(source):
            return None
        for folder in self.folders:
            if not self._may_hold(folder, f"{source}.txt"):
                continue
            path = folder / f"{source}.txt"
            if path.is_file() or path.is_symlink():
                try:
                    confine(path, folder)
                    return read_article_text(path)
                except InputError as exc:
                    problem = Problem(str(path), exc.line, exc.message, "article", hint=exc.hint)
                    self.problems.append(problem)
                    return None
        return None


def _folded(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold()


def published_dates(store: Store) -> dict[str, str]:
    """source -> publication date from sources.csv (where given)."""
    if store.sources is None:
        return {}
    table = store.sources
    return {
        s.strip(): d.strip()
        for s, d in zip(table["source"], table["published"], strict=True)
        if d.strip()
    }


def _languages(store: Store) -> dict[str, str]:
    if store.sources is None:
        return {}
    table = store.sources
    return {s.strip(): lang.strip() for s, lang in zip(table["source"], table["lang"], strict=True)}


def text_folders(paths: Iterable[str | Path], config: Config) -> list[Path]:
    """Where articles are looked for: the configured text folders, then beside the claims."""
    folders = [Path(t) for t in config.texts]
    for raw in paths:
        path = Path(raw)
        folders.append(path if path.is_dir() else path.parent)
    return folders


@dataclass(frozen=True)
class Claims:
    """Claims read and coded, before any rule has looked at them."""

    paths: tuple[str | Path, ...]
    store: Store
    taxonomy: Taxonomy
    #: the store's claims with every claim column stripped (categorical but the free text)
    frame: pd.DataFrame


def read_claims(paths: Iterable[str | Path], config: Config) -> Claims:
    """Read claims from ``paths`` (default: the configured ones) and code their columns."""
    paths = tuple(paths) or tuple(config.claims)
    taxonomy = load_taxonomy(tuple(config.taxonomy))
    store = load_store(paths)
    frame = store.frame.copy(deep=False)
    for column in CLAIM_COLUMNS:
        text = frame[column]
        if not isinstance(text.dtype, pd.CategoricalDtype):  # read on two cores: coded
            text = text.astype(str)
        frame[column] = columns.strip(text) if column in FREE_TEXT else columns.coded(text)
    frame["file"] = columns.coded(frame["file"])  # a few files for a million rows
    return Claims(paths=paths, store=store, taxonomy=taxonomy, frame=frame)


def run_rules(claims: Claims, config: Config) -> Validation:
    """Check every row of ``claims`` against every rule, collecting all problems."""
    store, frame = claims.store, claims.frame
    finder = ArticleFinder(text_folders(claims.paths, config))
    languages = _languages(store)
    ctx = RuleContext(
        frame=frame,
        taxonomy=claims.taxonomy,
        sources=store.sources,
        article=finder.text,
        may_have_article=finder.may_have,
        language=lambda source: languages.get(source, ""),
    )
    problems = list(store.problems)
    if not frame.empty:
        for rule in RULES.values():
            problems.extend(rule(ctx))
        problems.extend(finder.problems)
    problems.sort(key=lambda p: (p.path, p.line, p.column, p.rule))
    return Validation(store=store, taxonomy=claims.taxonomy, problems=tuple(problems), frame=frame)


def validate(paths: Iterable[str | Path], config: Config) -> Validation:
    """Read claims from ``paths`` and check every row against every rule."""
    return run_rules(read_claims(paths, config), config)
