"""Articles on disk: files and folders of .txt, their source ids, dates and languages.

The source id is the file name without ".txt". The publication date comes from a first line
" date YYYY-MM-DD" (with the leading space), else from a sources.csv beside the articles
(columns source,outlet,published,lang,url), else it is unknown ("").
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from mypy_extensions import mypyc_attr

from checker.charset import read_article_text
from checker.errors import InputError
from checker.model import SOURCES_FILE
from checker.textfiles import confine, decode_text, read_bytes

#: The optional first-line date header, e.g. " date 2024-03-28 Following a breakdown ...".
DATE_HEADER = re.compile(r"\A\ufeff? date (\d{4}-\d{2}-\d{2})\b")


@mypyc_attr(native_class=False)  # crosses to and from worker processes: pickled
@dataclass(frozen=True)
class ArticleRef:
    """Where an article is and what sources.csv says about it (read lazily, in workers)."""

    path: str
    source: str
    published: str = ""
    lang: str = ""


@dataclass(frozen=True)
class Article:
    source: str
    text: str
    published: str
    lang: str
    path: str = ""


def split_header(text: str) -> tuple[str, str]:
    """(published, text with the date header blanked out). Blanking keeps every offset."""
    found = DATE_HEADER.match(text)
    if not found:
        return "", text
    return found.group(1), " " * found.end() + text[found.end() :]


def read_article(ref: ArticleRef) -> Article:
    text = read_article_text(ref.path)  # any reliably detected encoding, size-capped
    published, _ = split_header(text)
    return Article(ref.source, text, published or ref.published, ref.lang, ref.path)


def _sources(folder: Path) -> dict[str, dict[str, str]]:
    path = folder / SOURCES_FILE
    if not path.is_file() and not path.is_symlink():
        return {}
    confine(path, folder)
    text = decode_text(read_bytes(path), str(path))
    rows = csv.DictReader(io.StringIO(text, newline=""))
    if "source" not in (rows.fieldnames or ()):
        raise InputError("no source column", path=str(path), hint="columns: source,published,lang")
    return {row["source"]: row for row in rows if row.get("source")}


def iter_refs(paths: Iterable[str | Path]) -> Iterator[ArticleRef]:
    """Articles named by files and folders (a folder's *.txt, sorted), in order.

    A folder's articles must stay inside it: a link out of it, or a symlink loop, is refused.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            names = sorted(file.name for file in path.glob("*.txt"))  # one folder: as by path
            resolved = path.resolve()
            files = [path / name for name in names]
            for file in files:
                # only a link can lead out: a plain entry of the folder resolves inside it
                if file.is_symlink():
                    confine(file, path, resolved)
            folder = path
        elif path.is_file():
            names, files, folder = [path.name], [path], path.parent
        else:
            raise InputError("no such file or folder", path=str(path))
        rows = _sources(folder) if files else {}
        for name, file in zip(names, files, strict=True):
            # the stem: "a.b.txt" -> "a.b" (a name that is only ".txt" keeps it, as in pathlib)
            source = name[:-4] if len(name) > 4 and name.endswith(".txt") else file.stem
            row = rows.get(source, {})
            yield ArticleRef(
                path=str(file),
                source=source,
                published=(row.get("published") or "").strip(),
                lang=(row.get("lang") or "").strip(),
            )
