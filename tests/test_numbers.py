"""The number reader (checker.extract.numbers): tables of sentences in both languages,
a third language added as data only, and property tests for reading figures back."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.errors import DataError
from checker.extract.numbers import KINDS, QUALIFIERS, NumberMention, compile_reader
from checker.lang import load_pack

EN = compile_reader(load_pack("en"))
ID = compile_reader(load_pack("id"))
READERS = {"en": EN, "id": ID}


def only(reader, text: str) -> NumberMention:
    found = reader.find(text)
    assert len(found) == 1, f"{text!r}: expected one figure, found {found}"
    return found[0]


# (text, value, qualifier, low, high, unit, kind); None for low/high means open
EXACT, APPROX = "exact", "approx"
EN_CASES = {
    # digits and words
    "digits with groups": ("killing 1,218 people", 1218, EXACT, 1218, 1218, None, "count"),
    "decimal": ("a rate of 2.5 per day", 2.5, EXACT, 2.5, 2.5, None, "count"),
    "space groups": ("some 1 900 prisoners", 1900, APPROX, 1900, 1900, None, "count"),
    "scale word after digits": ("1.5 million people", 1.5e6, EXACT, 1.5e6, 1.5e6, None, "count"),
    "scale suffix": ("a 10k march", 10_000, EXACT, 10_000, 10_000, None, "count"),
    "words with and": ("one hundred and twenty-three", 123, EXACT, 123, 123, None, "count"),
    "hyphenated words": ("twenty-five living hostages", 25, EXACT, 25, 25, None, "count"),
    "words with scales": ("two thousand and five", 2005, EXACT, 2005, 2005, None, "count"),
    "capitalised words": ("Thirty-three hostages", 33, EXACT, 33, 33, None, "count"),
    "a dozen": ("a dozen trucks", 12, EXACT, 12, 12, None, "count"),
    "two dozen": ("two dozen trucks", 24, EXACT, 24, 24, None, "count"),
    "minus word": ("minus five", -5, EXACT, -5, -5, None, "count"),
    "minus sign": ("fell to -5 overnight", -5, EXACT, -5, -5, None, "count"),
    # hedges before
    "more than": ("more than 100 remaining hostages", 100, "more_than", 100, None, None, "count"),
    "over": ("over 48,000 deaths", 48_000, "more_than", 48_000, None, None, "count"),
    "in excess of": ("in excess of 500 trucks", 500, "more_than", 500, None, None, "count"),
    "fewer than": ("fewer than 50 hostages", 50, "less_than", None, 50, None, "count"),
    "under": ("under 18", 18, "less_than", None, 18, None, "count"),
    "at least": ("at least 20 killed", 20, "at_least", 20, None, None, "count"),
    "no fewer than": ("no fewer than 20", 20, "at_least", 20, None, None, "count"),
    "no more than": ("no more than 20", 20, "at_most", None, 20, None, "count"),
    "up to": ("up to 700 prisoners", 700, "at_most", None, 700, None, "count"),
    "as many as": ("as many as 33 hostages", 33, "at_most", None, 33, None, "count"),
    "nearly": ("nearly 40,000 Palestinians", 40_000, "nearly", None, 40_000, None, "count"),
    "almost with unit": ("almost nine months ago", 9, "nearly", None, 9, "months", "count"),
    "just under": ("just under 100", 100, "nearly", None, 100, None, "count"),
    "some": ("some 130 hostages", 130, APPROX, 130, 130, None, "count"),
    "around": ("around 1,900 prisoners", 1900, APPROX, 1900, 1900, None, "count"),
    "an estimated": ("an estimated 250 people", 250, APPROX, 250, 250, None, "count"),
    "symbol": ("x >= 30", 30, "at_least", 30, None, None, "count"),
    "verb particle is no hedge": (
        "Hamas handed over 25 hostages",
        25,
        EXACT,
        25,
        25,
        None,
        "count",
    ),
    # hedges after
    "or more": ("20 or more hostages", 20, "at_least", 20, None, None, "count"),
    "or so": ("30 or so trucks", 30, APPROX, 30, 30, None, "count"),
    "or fewer": ("10 or fewer", 10, "at_most", None, 10, None, "count"),
    "plus sign": ("100+ trucks", 100, "at_least", 100, None, None, "count"),
    "hyphen plus": ("7,000-plus", 7000, "at_least", 7000, None, None, "count"),
    # ranges and joined bounds
    "between": ("between 20 and 30 people", 25, "range", 20, 30, None, "count"),
    "from to": ("from 200 to 300 trucks", 250, "range", 200, 300, None, "count"),
    "to with unit": ("six to eight weeks", 7, "range", 6, 8, "weeks", "count"),
    "hyphen range": ("1000-5000 people", 3000, "range", 1000, 5000, None, "count"),
    "en dash range": ("1000\u20135000 people", 3000, "range", 1000, 5000, None, "count"),
    "scale carried": ("5 to 10 million", 7.5e6, "range", 5e6, 10e6, None, "count"),
    "percent range": ("10-20%", 15, "range", 10, 20, "percent", "percent"),
    "joined bounds": ("more than 20 but fewer than 35", 27.5, "range", 20, 35, None, "count"),
    # units
    "weeks": ("six weeks of calm", 6, EXACT, 6, 6, "weeks", "count"),
    "hyphenated unit": ("the initial six-week phase", 6, EXACT, 6, 6, "weeks", "count"),
    "days": ("42 days of quiet", 42, EXACT, 42, 42, "days", "count"),
    "hyphenated days": ("a 42-day truce", 42, EXACT, 42, 42, "days", "count"),
    "months": ("10 months", 10, EXACT, 10, 10, "months", "count"),
    "years": ("two years", 2, EXACT, 2, 2, "years", "count"),
    "phases": ("the three-phase agreement", 3, EXACT, 3, 3, "phases", "count"),
    "article with unit": ("almost a year of bombing", 1, "nearly", None, 1, "years", "count"),
    # percent and shares
    "percent sign": ("10% of aid", 10, EXACT, 10, 10, "percent", "percent"),
    "percent word": ("12.5 percent", 12.5, EXACT, 12.5, 12.5, "percent", "percent"),
    "per cent": ("40 per cent", 40, EXACT, 40, 40, "percent", "percent"),
    "half": ("half of the hostages", 0.5, EXACT, 0.5, 0.5, "share", "share"),
    "a quarter": ("about a quarter of them", 0.25, APPROX, 0.25, 0.25, "share", "share"),
    "a third": ("a third of Gaza", 1 / 3, EXACT, 1 / 3, 1 / 3, "share", "share"),
    "two-thirds": ("two-thirds of the dead", 2 / 3, EXACT, 2 / 3, 2 / 3, "share", "share"),
    "three quarters": ("three quarters", 0.75, EXACT, 0.75, 0.75, "share", "share"),
    "one in five": ("one in five Gazans", 0.2, EXACT, 0.2, 0.2, "share", "share"),
    "slash fraction": ("3/4 of the trucks", 0.75, EXACT, 0.75, 0.75, "share", "share"),
    "one and a half": ("one and a half", 1.5, EXACT, 1.5, 1.5, None, "count"),
    # vague quantities
    "dozens": ("dozens of people", 12, "at_least", 12, None, None, "vague"),
    "hundreds": ("hundreds of prisoners", 100, "at_least", 100, None, None, "vague"),
    "thousands": ("Thousands of fighters", 1000, "at_least", 1000, None, None, "vague"),
    "tens of thousands": ("tens of thousands", 10_000, "at_least", 10_000, None, None, "vague"),
    "hundreds of thousands": ("hundreds of thousands", 1e5, "at_least", 1e5, None, None, "vague"),
    # tagged, not counts
    "ordinal word": ("the first phase", 1, EXACT, 1, 1, "phases", "ordinal"),
    "article and ordinal before a unit": ("a third phase", 3, EXACT, 3, 3, "phases", "ordinal"),
    "ordinal digits": ("the 7th day", 7, EXACT, 7, 7, "days", "ordinal"),
    "compound ordinal": ("the twenty-first", 21, EXACT, 21, 21, None, "ordinal"),
    "date month day": ("on October 7, 2023,", 7, EXACT, 7, 7, None, "date"),
    "date day month": ("on 7 October 2023", 7, EXACT, 7, 7, None, "date"),
    "date abbreviated": ("on Oct. 7 militants", 7, EXACT, 7, 7, None, "date"),
    "date iso": ("date 2024-08-23", 23, EXACT, 23, 23, None, "date"),
    "year": ("arrested in 1978 and", 1978, EXACT, 1978, 1978, None, "year"),
    "decade": ("in the 1990s", 1990, EXACT, 1990, 1990, None, "year"),
    "clock": ("at 10:30 local", 10.5, EXACT, 10.5, 10.5, None, "time"),
    "clock am": ("at 10 a.m. on", 10, EXACT, 10, 10, None, "time"),
    "o'clock": ("at four o'clock", 4, EXACT, 4, 4, None, "time"),
    "hours h minutes": ("a 2 h 15 documentary", 2.25, EXACT, 2.25, 2.25, None, "time"),
    "hours h minutes glued": ("from 18h45 on", 18.75, EXACT, 18.75, 18.75, None, "time"),
    "date numeric": ("meet on 5/17/2018?", 17, EXACT, 17, 17, None, "date"),
    "age hyphenated": ("an 85-year-old hostage", 85, EXACT, 85, 85, "years", "age"),
    "age before": ("aged 85,", 85, EXACT, 85, 85, "years", "age"),
    "age after": ("85 years old", 85, EXACT, 85, 85, "years", "age"),
    "money": ("$5 million in aid", 5e6, EXACT, 5e6, 5e6, None, "money"),
    "money glued scale": ("a $5m fund", 5e6, EXACT, 5e6, 5e6, None, "money"),
    "money hedged": ("more than $20", 20, "more_than", 20, None, None, "money"),
    "digits in a name": ("COVID-19 cases", 19, EXACT, 19, 19, None, "other"),
}

ID_CASES = {
    "angka": ("33 tawanan", 33, EXACT, 33, 33, None, "count"),
    "titik ribuan": ("1.900 tahanan Palestina", 1900, EXACT, 1900, 1900, None, "count"),
    "koma desimal": ("2,5 juta orang", 2.5e6, EXACT, 2.5e6, 2.5e6, None, "count"),
    "titik desimal asing": ("1.5 juta orang", 1.5e6, EXACT, 1.5e6, 1.5e6, None, "count"),
    "kata": ("tiga puluh tiga tawanan", 33, EXACT, 33, 33, None, "count"),
    "seratus": ("seratus dua puluh tawanan", 120, EXACT, 120, 120, None, "count"),
    "seribu": ("seribu orang", 1000, EXACT, 1000, 1000, None, "count"),
    "sejuta": ("sejuta orang", 1e6, EXACT, 1e6, 1e6, None, "count"),
    "sebelas": ("sebelas orang", 11, EXACT, 11, 11, None, "count"),
    "dua belas": ("dua belas orang", 12, EXACT, 12, 12, None, "count"),
    "ratus ribu": ("dua ratus ribu orang", 2e5, EXACT, 2e5, 2e5, None, "count"),
    "satu setengah juta": ("satu setengah juta", 1.5e6, EXACT, 1.5e6, 1.5e6, None, "count"),
    "lebih dari": ("Lebih dari 120 tawanan", 120, "more_than", 120, None, None, "count"),
    "di atas": ("di atas 100 orang", 100, "more_than", 100, None, None, "count"),
    "lebih sesudah": ("100 lebih korban", 100, "more_than", 100, None, None, "count"),
    "kurang dari": ("kurang dari 50 orang", 50, "less_than", None, 50, None, "count"),
    "di bawah": ("di bawah 50 orang", 50, "less_than", None, 50, None, "count"),
    "setidaknya": ("setidaknya 20 orang", 20, "at_least", 20, None, None, "count"),
    "sedikitnya": ("sedikitnya 20 orang", 20, "at_least", 20, None, None, "count"),
    "paling sedikit": ("paling sedikit 20 orang", 20, "at_least", 20, None, None, "count"),
    "minimal": ("minimal 20 orang", 20, "at_least", 20, None, None, "count"),
    "atau lebih": ("100 atau lebih korban", 100, "at_least", 100, None, None, "count"),
    "hingga": ("hingga 700 tahanan", 700, "at_most", None, 700, None, "count"),
    "sampai": ("sampai 700 tahanan", 700, "at_most", None, 700, None, "count"),
    "paling banyak": ("paling banyak 30 orang", 30, "at_most", None, 30, None, "count"),
    "maksimal": ("maksimal 30 orang", 30, "at_most", None, 30, None, "count"),
    "hampir": ("hampir 40.000 warga", 40_000, "nearly", None, 40_000, None, "count"),
    "nyaris": ("nyaris 40 orang", 40, "nearly", None, 40, None, "count"),
    "sekitar": ("sekitar 700 tahanan", 700, APPROX, 700, 700, None, "count"),
    "kurang lebih": ("kurang lebih 700 tahanan", 700, APPROX, 700, 700, None, "count"),
    "kira-kira": ("kira-kira 700 tahanan", 700, APPROX, 700, 700, None, "count"),
    "lebih kurang": ("lebih kurang 700 tahanan", 700, APPROX, 700, 700, None, "count"),
    "antara dan": ("antara 20 dan 30 orang", 25, "range", 20, 30, None, "count"),
    "hingga rentang": ("20 hingga 30 orang", 25, "range", 20, 30, None, "count"),
    "sampai rentang": ("20 sampai 30 orang", 25, "range", 20, 30, None, "count"),
    "dari hingga": ("dari 20 hingga 30 orang", 25, "range", 20, 30, None, "count"),
    "strip rentang": ("20-30 orang", 25, "range", 20, 30, None, "count"),
    "fase": ("perjanjian tiga fase", 3, EXACT, 3, 3, "phases", "count"),
    "minggu": ("enam minggu", 6, EXACT, 6, 6, "weeks", "count"),
    "pekan": ("enam pekan", 6, EXACT, 6, 6, "weeks", "count"),
    "hari": ("42 hari", 42, EXACT, 42, 42, "days", "count"),
    "bulan": ("perang tujuh bulan", 7, EXACT, 7, 7, "months", "count"),
    "tahun": ("dua tahun", 2, EXACT, 2, 2, "years", "count"),
    "persen": ("10 persen", 10, EXACT, 10, 10, "percent", "percent"),
    "setengah": ("setengah dari mereka", 0.5, EXACT, 0.5, 0.5, "share", "share"),
    "separuh": ("separuh tawanan", 0.5, EXACT, 0.5, 0.5, "share", "share"),
    "seperempat": ("sekitar seperempat", 0.25, APPROX, 0.25, 0.25, "share", "share"),
    "sepertiga": ("sepertiga warga", 1 / 3, EXACT, 1 / 3, 1 / 3, "share", "share"),
    "klitik -nya": ("seperempatnya anak-anak", 0.25, EXACT, 0.25, 0.25, "share", "share"),
    "dua pertiga": ("dua pertiga warga", 2 / 3, EXACT, 2 / 3, 2 / 3, "share", "share"),
    "tiga perempat": ("tiga perempat warga", 0.75, EXACT, 0.75, 0.75, "share", "share"),
    "puluhan": ("puluhan orang", 10, "at_least", 10, None, None, "vague"),
    "belasan": ("belasan orang", 11, "at_least", 11, None, None, "vague"),
    "ratusan": ("ratusan tahanan", 100, "at_least", 100, None, None, "vague"),
    "ribuan": ("ribuan warga", 1000, "at_least", 1000, None, None, "vague"),
    "puluhan ribu": ("puluhan ribu warga", 10_000, "at_least", 10_000, None, None, "vague"),
    "ratusan ribu": ("ratusan ribu warga", 1e5, "at_least", 1e5, None, None, "vague"),
    "pertama": ("fase pertama", 1, EXACT, 1, 1, None, "ordinal"),
    "kedua": ("tahap kedua", 2, EXACT, 2, 2, None, "ordinal"),
    "ke-7": ("hari ke-7", 7, EXACT, 7, 7, None, "ordinal"),
    "ketujuh": ("hari ketujuh", 7, EXACT, 7, 7, None, "ordinal"),
    "tanggal": ("pada 7 Oktober 2023", 7, EXACT, 7, 7, None, "date"),
    "tanggal tanpa tahun": ("sejak 19 Januari", 19, EXACT, 19, 19, None, "date"),
    "tanggal dalam kurung": ("pada Minggu (19/1) malam", 19, EXACT, 19, 19, None, "date"),
    "hingga tanggal": ("berlaku hingga 1 Maret", 1, EXACT, 1, 1, None, "date"),
    "nomor daftar": ("1. Dibagi begini", 1, EXACT, 1, 1, None, "other"),
    "tahun kalender": ("pada tahun 2023", 2023, EXACT, 2023, 2023, None, "year"),
    "pukul": ("pukul 10 pagi", 10, EXACT, 10, 10, None, "time"),
    "WIB": ("14.30 WIB", 14.5, EXACT, 14.5, 14.5, None, "time"),
    "berusia": ("berusia 85 tahun", 85, EXACT, 85, 85, "years", "age"),
    "berusia bulan": ("bayi berusia sembilan bulan", 9, EXACT, 9, 9, "months", "age"),
    "rupiah": ("Rp 10 miliar", 1e10, EXACT, 1e10, 1e10, None, "money"),
    "rupiah rapat": ("Rp10 miliar", 1e10, EXACT, 1e10, 1e10, None, "money"),
    "sepekan": ("gencatan senjata sepekan", 1, EXACT, 1, 1, "weeks", "count"),
}


def check(mention: NumberMention, value, qualifier, low, high, unit, kind) -> None:
    assert mention.value == pytest.approx(value)
    assert mention.qualifier == qualifier
    assert (mention.low, mention.high) == (
        pytest.approx(low) if low is not None else None,
        pytest.approx(high) if high is not None else None,
    )
    assert (mention.unit, mention.kind) == (unit, kind)


@pytest.mark.parametrize("case", EN_CASES.values(), ids=EN_CASES.keys())
def test_english(case):
    text, *expected = case
    check(only(EN, text), *expected)


@pytest.mark.parametrize("case", ID_CASES.values(), ids=ID_CASES.keys())
def test_indonesian(case):
    text, *expected = case
    check(only(ID, text), *expected)


NO_FIGURE = {
    "pronoun one": "the one who negotiated",
    "no one": "no one was freed",
    "glued unit": "a 29km road",
    "article alone": "a deal",
    "article before a noun that is no duration": "a stage decorated with banners",
}


@pytest.mark.parametrize("text", NO_FIGURE.values(), ids=NO_FIGURE.keys())
def test_no_figure(text):
    assert EN.find(text) == []


def test_phone_number_is_no_range():
    assert [(m.value, m.qualifier) for m in EN.find("+1-222-2222")] == [
        (1, "exact"),
        (222, "exact"),
        (2222, "exact"),
    ]


def test_a_dash_between_digits_and_a_spelled_out_number_joins_no_range():
    found = [(m.value, m.qualifier) for m in EN.find("REFILE 3-Four aid workers hurt")]
    assert found == [(3, "exact"), (4, "exact")]
    assert [(m.value, m.qualifier) for m in EN.find("12-15 trucks")] == [(13.5, "range")]


def test_spans_cover_hedge_and_unit():
    text = "Israel agreed to release up to 700 prisoners over six weeks."
    first, second = EN.find(text)
    assert (first.text, first.hedge, first.number_text) == ("up to 700", "up to", "700")
    assert text[first.start : first.end] == first.text
    assert (second.text, second.unit) == ("over six weeks", "weeks")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("the toll from 15 months of war", "15 months"),
        ("since 19 January. The truce", "19 January"),
        ("aid rose from 200 to 300 trucks", "from 200 to 300"),
    ],
    ids=["unused range opener", "sentence end after a date", "range opener used"],
)
def test_span(text, surface):
    assert EN.find(text)[0].text == surface


def test_several_figures_in_order():
    text = "Only around 30 of the more than 100 remaining hostages, 1,218 killed on October 7."
    found = EN.find(text)
    assert [(m.value, m.qualifier, m.kind) for m in found] == [
        (30, "approx", "count"),
        (100, "more_than", "count"),
        (1218, "exact", "count"),
        (7, "exact", "date"),
    ]


def test_two_numbers_in_words_stay_apart():
    assert [m.value for m in EN.find("3 hundred and 2 hundred are two")] == [300, 200, 2]
    assert [m.value for m in EN.find("they were playing three-nought-four")] == [3, 0, 4]


def test_after_qualifier_leading_into_next_figure():
    found = EN.find("His score is equal to 5000 or less than 6000")
    assert [(m.value, m.qualifier) for m in found] == [(5000, "exact"), (6000, "less_than")]


def test_figure_beyond_a_float_is_tagged_not_dropped():
    [mention] = EN.find("a " + "9" * 400 + " fold rise")
    assert (mention.kind, mention.value) == ("other", math.inf)


def test_code_is_parts_not_a_figure():
    assert [(m.value, m.kind) for m in EN.find("192.168.1.2")] == [
        (v, "other") for v in (192, 168, 1, 2)
    ]


def test_parse():
    assert EN.parse("1,234,567.5") == 1234567.5
    assert EN.parse("two-thirds") == pytest.approx(2 / 3)
    assert ID.parse("1.234.567,5") == 1234567.5
    assert EN.parse("no figure") is None
    assert EN.parse("5 and 6 and 7") is None


def test_reader_is_cached_per_pack():
    assert compile_reader(load_pack("en")) is EN


# ---------------------------------------------------------------------------------------------
# A third language needs data only


FRENCH = """
[language]
code = "fr"
name = "French"

[numbers]
decimal = ","
group = [" ", "\\u202f", "."]
words = { un = 1, deux = 2, trois = 3, dix = 10, vingt = 20 }
scales = { cent = 100, mille = 1000, million = 1000000, millions = 1000000 }
vague = { centaines = 100, milliers = 1000 }

[qualifiers]
ranges = ["entre {a} et {b}", "{a} à {b}"]
combine = ["et"]

[qualifiers.before]
more_than = ["plus de"]
approx = ["environ", "quelque"]
at_most = ["jusqu'à"]

[units]
days = ["jour", "jours"]
percent = ["%", "pour cent"]
"""


def test_third_language_is_data_only(tmp_path: Path):
    (tmp_path / "fr.toml").write_text(FRENCH, encoding="utf-8")
    reader = compile_reader(load_pack("fr", (str(tmp_path),)))
    found = reader.find(
        "plus de 1 900 prisonniers, environ 2,5 millions, entre 5 et 10 jours, des milliers"
    )
    assert [(m.value, m.qualifier, m.unit, m.kind) for m in found] == [
        (1900, "more_than", None, "count"),
        (2.5e6, "approx", None, "count"),
        (7.5, "range", "days", "count"),
        (1000, "at_least", None, "vague"),
    ]


@pytest.mark.parametrize(
    ("section", "error"),
    [
        ("[numbers]\ndecimals = '.'\n", "unknown key 'decimals'"),
        ("[qualifiers.before]\nroughly = ['about']\n", "unknown qualifier 'roughly'"),
        ("[numbers]\nwords = { one = 'x' }\n", "is not a number"),
        ("[qualifiers]\nranges = ['{a} {b}']\n", "needs words between"),
        (
            "[qualifiers.before]\nexact = ['over']\nmore_than = ['over']\n",
            "both exact and more_than",
        ),
        ("[units]\ndays = ['day']\nweeks = ['day']\n", "both days and weeks"),
        ("[numbers]\nratio_max_whole = 1\n", "ratio_max_whole = 1 should be a whole number"),
        ("[numbers]\nratio_max_whole = true\n", "ratio_max_whole = True should be a whole"),
    ],
)
def test_bad_pack_data_names_the_key(tmp_path: Path, section: str, error: str):
    (tmp_path / "xx.toml").write_text(f"[language]\ncode = 'xx'\n{section}", encoding="utf-8")
    with pytest.raises(DataError, match=error):
        compile_reader(load_pack("xx", (str(tmp_path),)))


def test_shipped_packs_compile_and_use_known_qualifiers_and_units():
    units = {"people", "phases", "days", "weeks", "months", "years", "share", "percent"}
    for code in ("en", "id"):
        pack = load_pack(code)
        assert set(pack.section("units")) <= units
        for side in ("before", "after"):
            assert set(pack.section("qualifiers")[side]) <= set(QUALIFIERS)


# ---------------------------------------------------------------------------------------------
# Properties

ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
ID_ONES = "nol satu dua tiga empat lima enam tujuh delapan sembilan".split()


def english_words(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + (f"-{ONES[n % 10]}" if n % 10 else "")
    if n < 1000:
        rest = n % 100
        return f"{ONES[n // 100]} hundred" + (f" and {english_words(rest)}" if rest else "")
    for size, name in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if n >= size:
            head, rest = divmod(n, size)
            tail = (" and " if rest < 100 else " ") + english_words(rest) if rest else ""
            return f"{english_words(head)} {name}{tail}"
    raise AssertionError(n)


def indonesian_words(n: int) -> str:
    if n < 10:
        return ID_ONES[n]
    if n < 20:
        return {10: "sepuluh", 11: "sebelas"}.get(n) or f"{ID_ONES[n - 10]} belas"
    if n < 100:
        return f"{ID_ONES[n // 10]} puluh" + (f" {ID_ONES[n % 10]}" if n % 10 else "")
    if n < 1000:
        head = "seratus" if n // 100 == 1 else f"{ID_ONES[n // 100]} ratus"
        return head + (f" {indonesian_words(n % 100)}" if n % 100 else "")
    for size, name, one in ((10**9, "miliar", ""), (10**6, "juta", ""), (1000, "ribu", "seribu")):
        if n >= size:
            head, rest = divmod(n, size)
            words = one if head == 1 and one else f"{indonesian_words(head)} {name}"
            return words + (f" {indonesian_words(rest)}" if rest else "")
    raise AssertionError(n)


def digits(n: int, cents: int, decimal: str, group: str, places: int) -> str:
    whole = f"{n:,}".replace(",", group)
    if not places:
        return whole
    fraction = f"{cents:02d}"[:places]
    return f"{whole}{decimal}{fraction}"


FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(
    n=st.integers(0, 10**9),
    cents=st.integers(0, 99),
    places=st.sampled_from([0, 1, 2]),
    code=st.sampled_from(["en", "id"]),
)
def test_digits_read_back(n, cents, places, code):
    decimal, group = (".", ",") if code == "en" else (",", ".")
    written = digits(n, cents, decimal, group, places)
    expected = float(written.replace(group, "").replace(decimal, "."))
    sentence = (
        f"They counted {written} trucks" if code == "en" else f"Mereka menghitung {written} truk"
    )
    found = READERS[code].find(sentence)
    assert [m.value for m in found] == [pytest.approx(expected)]
    assert READERS[code].parse(written) == pytest.approx(expected)


@FAST
@given(n=st.integers(0, 10**9))
def test_english_words_read_back(n):
    written = english_words(n)
    assert [m.value for m in EN.find(f"They counted {written} trucks")] == [n], written


@FAST
@given(n=st.integers(0, 10**9))
def test_indonesian_words_read_back(n):
    written = indonesian_words(n)
    assert [m.value for m in ID.find(f"Mereka menghitung {written} truk")] == [n], written


VOCABULARY = [
    "1,218", "1.900", "2,5", "48,000", "-5", "10k", "$5m", "3/4", "10:30", "1990s", "7th", "ke-7",
    "one", "twenty-one", "hundred", "thousand", "million", "a", "half", "third", "fifths", "dozen",
    "dozens", "and", "point", "over", "in", "out of", "to", "between", "from", "more than",
    "at least", "up to", "nearly", "about", "or more", "or so", "weeks", "six-week", "%",
    "percent", "October", "May", "7", "2023", "aged", "year-old", "minus", "the", "no", "+",
    "lebih dari", "sekitar", "hingga", "antara", "dan", "puluh", "ratus", "ribu", "setengah",
    "persen", "hari", "pukul", "WIB", "-", "–", ",", ".", "~", ">", "<=", "(", "\n",
]  # fmt: skip


def check_invariants(text: str, found: list[NumberMention]) -> None:
    last_end = -1
    for m in found:
        assert text[m.start : m.end] == m.text
        assert m.number_text and m.number_text in m.text
        assert m.start >= last_end, "mentions overlap or are out of order"
        last_end = m.end
        assert m.qualifier in QUALIFIERS and m.kind in KINDS
        assert math.isfinite(m.value) or m.kind == "other"
        if m.low is not None and m.high is not None:
            assert m.low <= m.value <= m.high
        if m.hedge:
            assert all(part in m.text for part in m.hedge.split(" … "))


@FAST
@given(text=st.text(max_size=200))
def test_any_text_never_raises(text):
    for reader in READERS.values():
        check_invariants(text, reader.find(text))


@FAST
@given(
    words=st.lists(st.sampled_from(VOCABULARY), max_size=25), glue=st.sampled_from([" ", "", "  "])
)
def test_number_like_text_keeps_invariants(words, glue):
    text = glue.join(words)
    for reader in READERS.values():
        check_invariants(text, reader.find(text))
