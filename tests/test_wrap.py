"""Hard-wrapped articles: wrapping line breaks read as spaces, every offset kept."""

from __future__ import annotations

import textwrap

from checker.extract.pipeline import extract_text
from checker.extract.wrap import unwrap

PARAGRAPHS = [
    "Hamas will free 33 hostages in the first phase of the ceasefire deal, which is set to "
    "last six weeks, while Israel will release about 1,900 Palestinian prisoners held in its "
    "jails, officials with knowledge of the negotiations said on Wednesday evening.",
    "More than 46,000 Palestinians have been killed in Gaza since the war began, according "
    "to the territory's health ministry, and some 1,200 people were killed in the attack on "
    "southern Israel that started it, Israeli tallies show.",
    "Israel says 98 hostages are still held in Gaza, of whom at least 35 are believed to be "
    "dead, and the families of those who remain have urged the government to sign the deal "
    "without any further delay.",
    "Mediators from Qatar, Egypt and the United States spent the final night of the talks "
    "shuttling between the two delegations, and the last disputes over the maps of the "
    "border corridor were settled only a few hours before the announcement was made.",
    "Crowds gathered in the streets of Khan Younis as the news spread, while in Tel Aviv "
    "relatives of the captives held a vigil outside the defence ministry and called on the "
    "cabinet to approve the agreement when it meets.",
]
HEAD = "Ceasefire deal reached\n\nBy a staff reporter\n\n"


def _article(width: int | None, newline: str = "\n") -> str:
    if width is None:
        body = "\n\n".join(PARAGRAPHS)
    else:
        body = "\n\n".join(textwrap.fill(p, width) for p in PARAGRAPHS)
    return (HEAD + body + "\n").replace("\n", newline)


def _claims(text: str) -> set[tuple[str, float, str, str]]:
    result = extract_text(text, source="a", lang="en")
    return {(c.metric, c.value, c.qualifier, c.modality) for c in result.claims}


def test_a_wrapped_article_reads_as_its_one_line_paragraphs() -> None:
    flat = _claims(_article(None))
    assert len(flat) >= 6
    for width in (60, 72, 80):
        assert _claims(_article(width)) == flat


def test_wrapped_quotes_are_one_line_and_offsets_point_into_the_article() -> None:
    text = _article(72)
    result = extract_text(text, source="a", lang="en")
    assert result.claims
    for claim in result.claims:
        assert "\n" not in claim.quote
        assert " ".join(text[claim.start : claim.end].split()) == " ".join(claim.quote.split())


def test_unwrap_keeps_length_headline_and_byline() -> None:
    text = _article(72)
    flat = unwrap(text)
    assert len(flat) == len(text)
    assert flat.startswith(HEAD)  # short lines and blank lines stay breaks
    assert flat.count("\n") == HEAD.count("\n") + 2 * (len(PARAGRAPHS) - 1) + 1


def test_crlf_wrapped_article() -> None:
    text = _article(72, "\r\n")
    flat = unwrap(text)
    assert len(flat) == len(text)
    assert _claims(text) == _claims(_article(None))


def test_one_line_paragraphs_and_short_entries_stay_as_written() -> None:
    assert unwrap(_article(None)) == _article(None)
    blog = "\n".join(
        [
            "+++ 10:00 +++ Ministry: more than 48,200 dead",
            "The ministry counts more than 48,200 dead since the war began, it said today.",
            "+++ 09:15 +++ Aid trucks keep coming",
            "Some 600 trucks a day cross into the territory, the United Nations said.",
            "+++ 08:30 +++ Good morning",
            "Welcome to our live blog on the twenty-eighth day of the truce.",
        ]
    )
    assert unwrap(blog) == blog
    listing = "Released today:\nOfer Calderon\nKeith Siegel\nYarden Bibas\nFour women\n"
    assert unwrap(listing) == listing


def test_a_list_inside_a_wrapped_article_keeps_its_items() -> None:
    items = "\n".join(
        [
            "- Hostages still held in Gaza after the latest handover: 76",
            "- Palestinian prisoners freed since the truce began: 1,135",
        ]
    )
    text = _article(72) + "\nKey figures at a glance\n" + items + "\n"
    flat = unwrap(text)
    assert len(flat) == len(text)
    assert flat.endswith("glance\n" + items + "\n")


def test_a_wrapped_article_with_lines_edited_after_wrapping() -> None:
    """A few lines run beyond the width (edited after wrapping), more than a tenth of the
    lines inside paragraphs: the width is still found among the lines that fit it."""
    paragraphs = [textwrap.fill(p, 72).split("\n") for p in PARAGRAPHS * 2]
    for lines in paragraphs[:4]:
        lines[0:2] = [lines[0] + " " + lines[1]]  # this line now runs to twice the width
    asides = [[f"Read also: talks resume in Cairo, part {n}"] for n in range(10)]
    text = HEAD + "\n\n".join("\n".join(lines) for lines in paragraphs + asides) + "\n"
    assert sum(len(line) > 100 for line in text.split("\n")) == 4
    assert _claims(text) == _claims(_article(None))
