"""The extraction pipeline: rows, bounds, repeats, article files, process pool, a third
language added as data only, and the bundled seeds against their reviewed claims."""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import pytest

from checker.extract.pipeline import extract_paths, extract_text, format_number
from checker.lang import load_packs
from checker.model import EXTRACT_COLUMNS
from checker.taxonomy import load_taxonomy

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def packs():
    return load_packs()


def extract(text: str, packs, lang: str = "auto"):
    return extract_text(text, source="s", lang=lang, packs=packs, taxonomy=load_taxonomy())


def test_rows_carry_every_column_and_a_verbatim_quote(packs):
    text = "Talks resumed. Some 130 hostages are still held in Gaza, officials said."
    result = extract(text, packs)
    (row,) = result.rows()
    assert tuple(row) == EXTRACT_COLUMNS
    assert row["metric"] == "hostages.held"
    assert (row["value"], row["low"], row["high"], row["qualifier"]) == (
        "130",
        "117",
        "143",
        "approx",
    )
    assert row["status"] == "extracted" and row["as_of"] == "" and row["lang"] == "en"
    start, end = int(row["start"]), int(row["end"])
    assert text[start:end] == row["quote"] and "130 hostages" in row["quote"]


def test_nearly_becomes_at_most_with_a_lower_bound_from_the_tolerance(packs):
    (claim,) = extract("Nearly 50 hostages are still held in Gaza.", packs).claims
    assert (claim.qualifier, claim.low, claim.high) == ("at_most", 45.0, 50.0)


def test_more_than_leaves_the_upper_bound_open(packs):
    (claim,) = extract("More than 120 hostages are still held in Gaza.", packs).claims
    assert (claim.qualifier, claim.low, claim.high) == ("more_than", 120.0, None)


def test_duration_keeps_its_stated_unit(packs):
    (claim,) = extract("The first phase would last about six weeks.", packs).claims
    assert (claim.metric, claim.value, claim.unit, claim.modality) == (
        "ceasefire.phase1.days",
        6.0,
        "weeks",
        "proposed",
    )
    assert (claim.low, claim.high) == pytest.approx((5.4, 6.6))


def test_repeats_collapse_keeping_the_first_quote(packs):
    text = (
        "About 100 hostages are still held in Gaza. Families fear for them. "
        "Officials repeat that about 100 hostages remain in captivity."
    )
    (claim,) = extract(text, packs).claims
    assert claim.quote.startswith("About 100 hostages are still held")


def test_figures_left_out_are_counted_with_their_reason(packs):
    result = extract("Three officials said the talks collapsed nine months ago.", packs)
    assert result.claims == ()
    reasons = {s.text: s.reason for s in result.skipped}
    assert reasons["nine months"] == "time reference"
    assert reasons["Three"] == "counts officials"
    assert sum(result.reasons().values()) == len(result.skipped)


HEADLINES = [
    (
        "Four hostages walk free as truce holds\n\nHamas freed four hostages on Sunday, bringing "
        "to 22 the number released since the truce began.\n",
        {("hostages.released.alive", 22.0, "reported")},
        "en-headline-repeats-a-one-day-handover",
    ),
    (
        "Draft deal: three phases, 33 hostages\n\nUnder the draft, Hamas would free 33 hostages "
        "in the first phase.\n",
        {("ceasefire.phases", 3.0, "proposed"), ("hostages.release.phase1", 33.0, "proposed")},
        "en-headline-repeats-a-proposal",
    ),
    (
        "Empat Sandera Bebas saat Gencatan Senjata Bertahan\n\nHamas membebaskan empat sandera "
        "pada Minggu, sehingga jumlah yang bebas sejak gencatan senjata berlaku menjadi 22 "
        "orang.\n",
        {("hostages.released.alive", 22.0, "reported")},
        "id-headline-repeats-a-one-day-handover",
    ),
    (
        "Draf Kesepakatan: Tiga Tahap, 33 Sandera\n\nMenurut draf itu, Hamas akan membebaskan "
        "33 sandera pada tahap pertama.\n",
        {("ceasefire.phases", 3.0, "proposed"), ("hostages.release.phase1", 33.0, "proposed")},
        "id-headline-repeats-a-proposal",
    ),
    (
        "Over a dozen hostages now free, exchange resumes today\n\nMediators said the next "
        "exchange was due on Saturday.\n",
        {("hostages.released.alive", 12.0, "reported")},
        "en-headline-commas-part-phrases",
    ),
    (
        "Lebih dari Selusin Sandera Kini Bebas, Pertukaran Berlanjut Hari Ini\n\nMediator "
        "mengatakan pertukaran berikutnya dijadwalkan Sabtu.\n",
        {("hostages.released.alive", 12.0, "reported")},
        "id-headline-commas-part-phrases",
    ),
]


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=i) for t, e, i in HEADLINES])
def test_a_headline_figure_the_body_repeats_takes_the_bodys_reading(text, expected, packs):
    """A line without final punctuation is a headline: a figure the body repeats is read as
    the body reads it (a handover on a day, a term of a proposal)."""
    claims = extract(text, packs).claims
    assert {(c.metric, c.value, c.modality) for c in claims} == expected


DEFINITE_SPANS = [
    (
        "Under the plan, the first phase of the truce would last six weeks.\n\nOver the six "
        "weeks, Hamas would free 33 hostages.\n",
        "en",
    ),
    (
        "Menurut rencana itu, tahap pertama gencatan senjata akan berlangsung enam minggu.\n\n"
        "Selama enam minggu tersebut, Hamas akan membebaskan 33 sandera.\n",
        "id",
    ),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for t, i in DEFINITE_SPANS])
def test_a_definite_time_span_points_back(text, packs):
    """'Over the six weeks' is the span named before: it needs no truce word of its own."""
    result = extract(text, packs)
    six = [s for s in result.skipped if "six" in s.text.lower() or "enam" in s.text.lower()]
    assert not six, six
    assert {(c.metric, c.value) for c in result.claims} == {
        ("ceasefire.phase1.days", 6.0),
        ("hostages.release.phase1", 33.0),
    }


IN_FORCE = [
    (
        "The truce took effect on Sunday morning.\n\nUnder its first phase, Hamas will free 33 "
        "hostages over 42 days.\n",
        "reported",
        "en-deal-in-force",
    ),
    (
        "Under the first phase of the plan, Hamas will free 33 hostages over 42 days.\n",
        "proposed",
        "en-plan",
    ),
    (
        "The truce took effect on Sunday morning.\n\nUnder a rival plan, Hamas would free 33 "
        "hostages in a first phase of 42 days.\n",
        "proposed",
        "en-would-stays-proposed",
    ),
    (
        "Gencatan senjata resmi berlaku pada Minggu pagi.\n\nPada tahap pertama, Hamas akan "
        "membebaskan 33 sandera selama 42 hari.\n",
        "reported",
        "id-deal-in-force",
    ),
    (
        "Pada tahap pertama, Hamas akan membebaskan 33 sandera selama 42 hari.\n",
        "proposed",
        "id-plan",
    ),
]


@pytest.mark.parametrize("text, modality", [pytest.param(t, m, id=i) for t, m, i in IN_FORCE])
def test_terms_of_a_deal_in_force_are_reported(text, modality, packs):
    """'will' / 'akan' state a plan, unless the article says the deal took effect: then the
    phase-one terms are the deal's, reported ("would" stays a proposal)."""
    claims = extract(text, packs).claims
    assert {(c.metric, c.value, c.modality) for c in claims} == {
        ("hostages.release.phase1", 33.0, modality),
        ("ceasefire.phase1.days", 42.0, modality),
    }


@pytest.mark.parametrize(
    "value, text", [(1710.0000000000002, "1710"), (0.225, "0.225"), (None, ""), (6.0, "6")]
)
def test_format_number(value, text):
    assert format_number(value) == text


def test_unknown_language_is_an_input_error(packs):
    from checker.errors import InputError

    with pytest.raises(InputError):
        extract("text", packs, lang="xx")


# --- articles on disk ---------------------------------------------------------------------


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_date_header_sources_csv_and_language(tmp_path):
    write(tmp_path / "a.txt", " date 2024-03-28 Some 130 hostages are still held in Gaza.")
    write(tmp_path / "b.txt", "Lebih dari 120 sandera masih ditahan di Gaza.")
    write(tmp_path / "notes.md", "ignored")
    with (tmp_path / "sources.csv").open("w", newline="") as handle:
        csv.writer(handle).writerows(
            [["source", "outlet", "published", "lang", "url"], ["b", "X", "2024-05-01", "id", ""]]
        )
    results = list(extract_paths([tmp_path]))
    assert [(r.source, r.published, r.lang) for r in results] == [
        ("a", "2024-03-28", "en"),
        ("b", "2024-05-01", "id"),
    ]
    quote = results[0].claims[0]
    text = (tmp_path / "a.txt").read_text()
    assert text[quote.start : quote.end] == quote.quote  # offsets are into the file as read


def test_process_pool_keeps_input_order(tmp_path):
    for index, count in enumerate([10, 20, 30, 40, 50, 60, 70]):
        write(tmp_path / f"art{index}.txt", f"Some {count} hostages are still held in Gaza.")
    serial = [(r.source, r.rows()) for r in extract_paths([tmp_path], chunk_size=2)]
    pooled = [(r.source, r.rows()) for r in extract_paths([tmp_path], jobs=2, chunk_size=2)]
    assert pooled == serial
    assert [s for s, _ in serial] == [f"art{i}" for i in range(7)]


def test_missing_path_is_an_input_error(tmp_path):
    from checker.errors import InputError

    with pytest.raises(InputError):
        list(extract_paths([tmp_path / "nope"]))


# --- a third language, as data only -------------------------------------------------------

SPANISH = """
[language]
code = "es"
name = "Spanish (toy)"
detect = ["el", "la", "los", "las", "de", "del", "que", "en", "y", "a", "por", "con", "se", "su"]

{numbers}

[concepts]
hostage = ["rehén", "rehenes"]
prisoner = ["prisionero*", "preso*"]
held = ["siguen", "retenidos", "en cautiverio"]
taken = ["secuestrad*"]
release = ["liber*", "canje"]
alive = ["vivo*", "con vida"]
dead = ["muerto*", "cuerpos"]
phase1 = ["primera fase"]
phase = ["fase*"]
death = ["muerto*", "fallecid*"]
gaza = ["en gaza"]
oct7 = ["7 de octubre"]
war = ["guerra"]
truce = ["tregua"]
terms = ["acordó"]
injured = ["herido*"]
combatant = ["milicianos"]
rescue = ["rescatad*"]
westbank = ["cisjordania"]
subset = ["incluidos"]
separate = ["fuera del acuerdo"]

[modality]
proposed = ["liberaría", "propuesta", "podría"]
reported = ["ha liberado", "hasta ahora"]

[stop]
reference = ["atrás"]
event = ["el sábado"]
cumulative = ["desde", "hasta ahora"]

[text]
abbreviations = ["sr", "sra"]
clause_breaks = [";", ", y "]
phrase_breaks = ["y", "o"]
partitive = ["de los"]
"""


def _number_sections(english: str) -> str:
    """The English pack's number-reading sections (digits read the same way)."""
    keep, out = False, []
    for line in english.splitlines():
        header = re.match(r"^\[([^\]]+)\]", line)
        if header:
            keep = header.group(1).split(".")[0] in ("numbers", "qualifiers", "units")
        if keep:
            out.append(line)
    return "\n".join(out)


def test_a_third_language_pack_needs_no_code(tmp_path):
    english = (ROOT / "checker" / "data" / "lang" / "en.toml").read_text(encoding="utf-8")
    folder = tmp_path / "lang"
    folder.mkdir()
    write(folder / "es.toml", SPANISH.replace("{numbers}", _number_sections(english)))
    packs = load_packs((str(folder),))
    text = (
        "Desde el inicio de la tregua, Hamás ha liberado a 25 rehenes vivos. "
        "La propuesta liberaría a 1000 prisioneros palestinos en la primera fase."
    )
    result = extract_text(text, source="es1", packs=packs, taxonomy=load_taxonomy())
    assert result.lang == "es"
    assert {(c.metric, c.value, c.modality) for c in result.claims} == {
        ("hostages.released.alive", 25.0, "reported"),
        ("prisoners.release.phase1", 1000.0, "proposed"),
    }


# --- the bundled seeds --------------------------------------------------------------------


def reviewed_claims() -> dict[str, set[tuple[str, float]]]:
    found: dict[str, set[tuple[str, float]]] = {}
    for path in sorted((ROOT / "claims").glob("*.csv")):
        if path.name in ("sources.csv", "acknowledged.csv"):
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if row["status"] == "reviewed":
                    found.setdefault(row["source"], set()).add((row["metric"], float(row["value"])))
    return found


@pytest.mark.skipif(not (ROOT / "claims").is_dir(), reason="no reviewed claims")
def test_seeds_give_exactly_the_reviewed_claims(tmp_path):
    for path in (ROOT / "seeds").glob("*.txt"):
        shutil.copy(path, tmp_path / path.name)
    expected = reviewed_claims()
    got = {r.source: {(c.metric, c.value) for c in r.claims} for r in extract_paths([tmp_path])}
    for source, claims in expected.items():
        missing = claims - got.get(source, set()) - READER_GAPS.get(source, set())
        extra = got.get(source, set()) - claims
        assert not missing and not extra, f"{source}: missing {missing}, extra {extra}"


#: Reviewed claims whose figure the number reader cannot read yet (none at the moment).
READER_GAPS: dict[str, set[tuple[str, float]]] = {}
