"""Language packs as data: a table of sentences per added language (Spanish, French, German,
Malay), checks every shipped pack must pass, and language detection on the dev articles
(tests/data/lang_dev) and on the labelled English and Indonesian articles."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from checker.extract.cues import PackKey
from checker.extract.detect import detect_language
from checker.extract.numbers import QUALIFIERS, compile_reader
from checker.extract.pipeline import extract_text
from checker.extract.targets import compile_targets
from checker.lang import PACK_SECTIONS, load_pack, load_packs
from checker.taxonomy import load_taxonomy

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests" / "data" / "lang_dev"
LABELLED = ROOT / "tests" / "data" / "articles"
PACKS = load_packs()
TAXONOMY = load_taxonomy()

P, R = "proposed", "reported"
X, A, M, L, N = "exact", "approx", "more_than", "at_least", "at_most"

# (lang, sentence, expected claims as (metric, value, qualifier, unit, modality), id)
SENTENCES = [
    # --- Spanish: "." groups digits, "treinta y tres" is one number, conditional = proposed
    ("es", "Hamás mantiene todavía a 94 rehenes en Gaza.",
     {("hostages.held", 94, X, "people", R)}, "digits-held"),
    ("es", "Según el Ministerio de Sanidad, más de 46.000 personas han muerto en Gaza desde el "
     "7 de octubre.", {("deaths.gaza", 46000, M, "people", R)}, "dot-groups-more-than"),
    ("es", "Hamás liberaría a treinta y tres rehenes en la primera fase.",
     {("hostages.release.phase1", 33, X, "people", P)}, "compound-words-proposed"),
    ("es", "Israel excarcelaría a unos 1.900 presos palestinos en la primera fase.",
     {("prisoners.release.phase1", 1900, A, "people", P)}, "approx-proposed"),
    ("es", "La primera fase de la tregua duraría seis semanas.",
     {("ceasefire.phase1.days", 6, X, "weeks", P)}, "duration-weeks"),
    ("es", "El ataque de Hamás del 7 de octubre mató a casi 1.200 personas en Israel.",
     {("deaths.israel.oct7", 1200, N, "people", R)}, "nearly"),
    ("es", "Hamás retiene a 94 rehenes, de los cuales al menos 34 estarían muertos.",
     {("hostages.held", 94, X, "people", R), ("hostages.held.dead", 34, L, "people", R)},
     "at-least-of-whom"),
    ("es", "Hasta ahora, Hamás ha liberado a 18 rehenes.",
     {("hostages.released.alive", 18, X, "people", R)}, "reported-so-far"),
    ("es", "La guerra dura ya quince meses.",
     {("war.months", 15, X, "months", R)}, "war-months-words"),
    ("es", "El acuerdo consta de tres fases.",
     {("ceasefire.phases", 3, X, "phases", R)}, "phases"),
    ("es", "Un centenar de rehenes siguen en cautiverio.",
     {("hostages.held", 100, A, "people", R)}, "approximate-word"),
    ("es", "Israel liberaría a cientos de presos palestinos en la primera fase.",
     {("prisoners.release.phase1", 100, L, "people", P)}, "vague-hundreds"),
    ("es", "La mitad de los rehenes que siguen en Gaza estarían muertos.",
     {("hostages.held.dead", 0.5, X, "share", R)}, "share-half"),
    ("es", "Hace nueve meses comenzó la guerra.", set(), "distractor-ago"),
    ("es", "El lunes entraron 600 camiones en Gaza.", set(), "distractor-trucks"),
    # --- French: space and narrow no-break space group digits, vigesimal words, elision
    ("fr", "Le Hamas détient encore 94 otages à Gaza.",
     {("hostages.held", 94, X, "people", R)}, "digits-held"),
    ("fr", "Selon le ministère de la Santé, plus de 46 000 personnes ont été tuées à Gaza "
     "depuis le 7 octobre.", {("deaths.gaza", 46000, M, "people", R)}, "space-groups"),
    ("fr", "Selon le ministère de la Santé, plus de 46\u202f000 personnes ont été tuées à Gaza.",
     {("deaths.gaza", 46000, M, "people", R)}, "narrow-no-break-space-groups"),
    ("fr", "Le Hamas libérerait trente-trois otages lors de la première phase.",
     {("hostages.release.phase1", 33, X, "people", P)}, "compound-words-proposed"),
    ("fr", "Israël relâcherait quatre-vingt-dix prisonniers palestiniens lors de la première "
     "phase.", {("prisoners.release.phase1", 90, X, "people", P)}, "vigesimal"),
    ("fr", "Israël relâcherait environ 1 900 prisonniers palestiniens lors de la première phase.",
     {("prisoners.release.phase1", 1900, A, "people", P)}, "approx-proposed"),
    ("fr", "La première phase de la trêve durerait six semaines.",
     {("ceasefire.phase1.days", 6, X, "weeks", P)}, "duration-weeks"),
    ("fr", "L'attaque du 7 octobre a fait près de 1 200 morts en Israël.",
     {("deaths.israel.oct7", 1200, N, "people", R)}, "nearly-elision"),
    ("fr", "Le Hamas détient 94 otages, dont au moins 34 seraient morts.",
     {("hostages.held", 94, X, "people", R), ("hostages.held.dead", 34, L, "people", R)},
     "at-least-of-whom"),
    ("fr", "Jusqu'ici, le Hamas a libéré 18 otages.",
     {("hostages.released.alive", 18, X, "people", R)}, "reported-so-far"),
    ("fr", "La guerre dure depuis quinze mois.",
     {("war.months", 15, X, "months", R)}, "war-months-words"),
    ("fr", "Une centaine d'otages sont toujours retenus à Gaza.",
     {("hostages.held", 100, A, "people", R)}, "approximate-word-elision"),
    ("fr", "La moitié des otages toujours retenus à Gaza seraient morts.",
     {("hostages.held.dead", 0.5, X, "share", R)}, "share-half"),
    ("fr", "Il y a neuf mois, la guerre commençait.", set(), "distractor-ago"),
    ("fr", "Lundi, 600 camions sont entrés à Gaza.", set(), "distractor-trucks"),
    # --- German: inflected nouns, glued number words and units, "7. Oktober"
    ("de", "Die Hamas hält noch 94 Geiseln im Gazastreifen fest.",
     {("hostages.held", 94, X, "people", R)}, "digits-held-inflection"),
    ("de", "Nach Angaben des Gesundheitsministeriums wurden im Gazastreifen mehr als 46.000 "
     "Menschen getötet.", {("deaths.gaza", 46000, M, "people", R)}, "dot-groups-more-than"),
    ("de", "Die Hamas würde in der ersten Phase dreiunddreißig Geiseln freilassen.",
     {("hostages.release.phase1", 33, X, "people", P)}, "compound-word-proposed"),
    ("de", "Zweihundertfünfzig Menschen wurden am 7. Oktober als Geiseln nach Gaza verschleppt.",
     {("hostages.taken", 250, X, "people", R)}, "glued-hundreds"),
    ("de", "Israel würde im Gegenzug rund 1.900 palästinensische Gefangene freilassen.",
     {("prisoners.release.phase1", 1900, A, "people", P)}, "approx-inflected-prisoners"),
    ("de", "Die erste Phase der Waffenruhe soll sechs Wochen dauern.",
     {("ceasefire.phase1.days", 6, X, "weeks", P)}, "duration-weeks"),
    ("de", "Die sechswöchige Waffenruhe soll am Sonntag beginnen.",
     {("ceasefire.phase1.days", 6, X, "weeks", P)}, "glued-unit"),
    ("de", "Beim Überfall der Hamas am 7. Oktober wurden knapp 1.200 Menschen in Israel getötet.",
     {("deaths.israel.oct7", 1200, N, "people", R)}, "nearly-date-joiner"),
    ("de", "Die Hamas hält 94 Geiseln fest, von denen mindestens 34 tot sein sollen.",
     {("hostages.held", 94, X, "people", R), ("hostages.held.dead", 34, L, "people", R)},
     "at-least-of-whom"),
    ("de", "Bislang wurden 18 Geiseln freigelassen.",
     {("hostages.released.alive", 18, X, "people", R)}, "reported-so-far"),
    ("de", "Der Krieg dauert inzwischen seit fünfzehn Monaten an.",
     {("war.months", 15, X, "months", R)}, "war-months-words"),
    ("de", "Das Abkommen sieht drei Phasen vor.",
     {("ceasefire.phases", 3, X, "phases", R)}, "phases"),
    ("de", "Die Hälfte der Geiseln, die noch im Gazastreifen festgehalten werden, soll tot sein.",
     {("hostages.held.dead", 0.5, X, "share", R)}, "share-half"),
    ("de", "Vor neun Monaten begann der Krieg.", set(), "distractor-ago"),
    ("de", "In der 2. Phase sollen alle übrigen Geiseln freikommen.", set(),
     "distractor-ordinal-mark"),
    ("de", "Die Zahl der Geiseln im Gazastreifen liegt bei 59. Die Hamas bestreitet das.",
     {("hostages.held", 59, X, "people", R)}, "sentence-final-figure"),
    ("de", "Am Montag fuhren 600 Lastwagen nach Gaza.", set(), "distractor-trucks"),
    # --- Malay: "," groups digits, "tiga puluh tiga", "lebih daripada", "akan" = proposed
    ("ms", "Hamas masih menahan 94 tebusan di Gaza.",
     {("hostages.held", 94, X, "people", R)}, "digits-held"),
    ("ms", "Menurut Kementerian Kesihatan, lebih daripada 46,000 orang terbunuh di Gaza sejak "
     "7 Oktober.", {("deaths.gaza", 46000, M, "people", R)}, "comma-groups-more-than"),
    ("ms", "Hamas akan membebaskan tiga puluh tiga tebusan dalam fasa pertama.",
     {("hostages.release.phase1", 33, X, "people", P)}, "words-proposed"),
    ("ms", "Israel akan membebaskan kira-kira 1,900 banduan Palestin dalam fasa pertama.",
     {("prisoners.release.phase1", 1900, A, "people", P)}, "approx-proposed"),
    ("ms", "Fasa pertama gencatan senjata akan berlangsung selama enam minggu.",
     {("ceasefire.phase1.days", 6, X, "weeks", P)}, "duration-weeks"),
    ("ms", "Serangan Hamas pada 7 Oktober mengorbankan hampir 1,200 orang di Israel.",
     {("deaths.israel.oct7", 1200, N, "people", R)}, "nearly"),
    ("ms", "Hamas menahan 94 tebusan, dan sekurang-kurangnya 34 daripada mereka dipercayai "
     "telah mati.",
     {("hostages.held", 94, X, "people", R), ("hostages.held.dead", 34, L, "people", R)},
     "at-least-of-them"),
    ("ms", "Setakat ini, Hamas telah membebaskan 18 tebusan.",
     {("hostages.released.alive", 18, X, "people", R)}, "reported-so-far"),
    ("ms", "Perang sudah berlarutan 15 bulan.",
     {("war.months", 15, X, "months", R)}, "war-months"),
    ("ms", "Perjanjian itu mempunyai tiga fasa.",
     {("ceasefire.phases", 3, X, "phases", R)}, "phases"),
    ("ms", "Separuh daripada tebusan yang masih ditahan di Gaza dipercayai telah mati.",
     {("hostages.held.dead", 0.5, X, "share", R)}, "share-half"),
    ("ms", "Sembilan bulan lalu, perang bermula.", set(), "distractor-ago"),
    ("ms", "Pada hari Isnin, 600 trak memasuki Gaza.", set(), "distractor-trucks"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(lang, text, expected, id=f"{lang}-{name}")
        for lang, text, expected, name in SENTENCES
    ],
)
def test_sentences(lang: str, text: str, expected: set[tuple]):
    result = extract_text(text, source="t", lang=lang, packs=PACKS, taxonomy=TAXONOMY)
    got = {(c.metric, round(c.value, 3), c.qualifier, c.unit, c.modality) for c in result.claims}
    assert got == {(metric, round(value, 3), *rest) for metric, value, *rest in expected}


def test_every_added_language_has_eight_sentences_and_a_distractor():
    for code in ("es", "fr", "de", "ms"):
        rows = [row for row in SENTENCES if row[0] == code]
        assert len(rows) >= 8, code
        assert any(not expected for _, _, expected, _ in rows), code


# --- every shipped pack -------------------------------------------------------------------

#: Tables of number phrases; a phrase belongs to one of them, except that an ordinal may also
#: be a fraction's denominator ("fourth", "cuarto").
NUMBER_TABLES = ("words", "scales", "approximate", "vague", "ordinals", "fractions", "shares")
MAY_SHARE = {frozenset({"ordinals", "fractions"})}


def _norm(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def _pack_ids() -> list[str]:
    return sorted(PACKS)


@pytest.fixture(scope="module")
def reference_keys() -> dict[str, set[str]]:
    """The keys en.toml documents, per section: every pack uses only these."""
    english = load_pack("en")
    sections = ("numbers", "qualifiers", "modality", "stop", "text")
    return {name: set(english.section(name)) for name in sections}


@pytest.mark.parametrize("code", _pack_ids())
def test_pack_ids_and_sections_are_known(code: str, reference_keys):
    pack = PACKS[code]
    assert pack.code == code == Path(pack.path).stem
    missing = set(PACK_SECTIONS) - set(pack.sections)
    assert not missing, f"{code}.toml lacks sections {sorted(missing)}"
    assert set(pack.section("language")) <= {"code", "name", "detect"}
    for name, known in reference_keys.items():
        unknown = set(pack.section(name)) - known
        assert not unknown, f"{code}.toml [{name}] has keys en.toml does not document: {unknown}"
    assert set(pack.section("units")) <= set(TAXONOMY.units), f"{code}.toml: unknown unit key"
    assert {"proposed", "reported"} <= set(pack.section("modality")), f"{code}.toml [modality]"
    concepts = compile_targets(TAXONOMY).concepts()
    unknown = set(pack.section("concepts")) - concepts
    assert not unknown, f"{code}.toml [concepts] names concepts no metric uses: {unknown}"
    compile_reader(pack)  # checks every key and value of [numbers], [qualifiers], [units]


@pytest.mark.parametrize("code", _pack_ids())
def test_number_words_are_unique_within_a_pack(code: str):
    numbers = PACKS[code].section("numbers")
    seen: dict[str, str] = {}
    for table in NUMBER_TABLES:
        keys = [_norm(k) for k in numbers.get(table, {})]
        repeated = {k for k in keys if keys.count(k) > 1}
        assert not repeated, f"{code}.toml [numbers.{table}] lists {repeated} twice"
        for key in keys:
            if key in seen and frozenset({seen[key], table}) not in MAY_SHARE:
                pytest.fail(
                    f"{code}.toml: {key!r} is in [numbers.{seen[key]}] and [numbers.{table}]"
                )
            seen.setdefault(key, table)


@pytest.mark.parametrize("code", _pack_ids())
def test_each_alias_maps_to_one_thing(code: str):
    pack = PACKS[code]

    def one_meaning(groups: dict[str, list[str]], where: str) -> None:
        meaning: dict[str, str] = {}
        for name, phrases in groups.items():
            for phrase in map(_norm, phrases):
                assert meaning.setdefault(phrase, name) == name, (
                    f"{code}.toml {where}: {phrase!r} is both {meaning[phrase]} and {name}"
                )

    one_meaning(dict(pack.section("units")), "[units]")
    one_meaning(dict(pack.section("modality")), "[modality]")
    qualifiers = pack.section("qualifiers")
    for side in ("before", "after"):
        assert set(qualifiers.get(side, {})) <= set(QUALIFIERS)
        one_meaning(dict(qualifiers.get(side, {})), f"[qualifiers.{side}]")
    months = pack.section("numbers").get("dates", {}).get("months", {})
    assert all(1 <= int(month) <= 12 for month in months.values())
    for concept, phrases in pack.section("concepts").items():
        lowered = [_norm(p) for p in phrases]
        assert len(lowered) == len(set(lowered)), f"{code}.toml [concepts] {concept} repeats a cue"


@pytest.mark.parametrize("code", _pack_ids())
def test_every_concept_of_the_metrics_has_cues(code: str):
    needed = compile_targets(TAXONOMY).concepts()
    concepts = PACKS[code].section("concepts")
    for concept in sorted(needed):
        assert concepts.get(concept), f"{code}.toml has no cues for concept {concept!r}"


@pytest.mark.parametrize("code", _pack_ids())
def test_detect_words_are_present_and_distinctive(code: str):
    detect = [str(w) for w in PACKS[code].section("language").get("detect", [])]
    assert len(detect) >= 20, f"{code}.toml: [language] detect needs ~50 frequent words"
    assert all(w == w.lower() and w.strip() for w in detect)
    assert len(detect) == len(set(detect)), f"{code}.toml: a detect word is listed twice"
    others = {
        str(w) for c, p in PACKS.items() if c != code for w in p.section("language")["detect"]
    }
    assert len(set(detect) - others) >= 5, f"{code}.toml: too few detect words of its own"


# --- language detection -------------------------------------------------------------------


def _dev_articles() -> list[Path]:
    return sorted(DEV.glob("*.txt"))


@pytest.mark.parametrize("path", _dev_articles(), ids=lambda p: p.stem)
def test_dev_articles_are_detected(path: Path):
    assert detect_language(path.read_text(encoding="utf-8"), PACKS) == path.stem.split("_")[0]


def _whole_sample_language(text: str) -> str:
    """The pack with most detect-word hits in the whole sample (no early stop), ties to the
    code that sorts first."""
    from checker.extract import detect

    codes = sorted(PACKS)
    table = detect._detect_table(tuple(PackKey(PACKS[code]) for code in codes))
    hits = [0] * len(codes)
    detect._count(detect._words(text[: detect.DETECT_SAMPLE]), table, hits)
    return codes[hits.index(max(hits))]


@pytest.mark.parametrize(
    "path",
    [*_dev_articles(), *(sorted(LABELLED.glob("*.txt")) if LABELLED.is_dir() else [])],
    ids=lambda p: p.stem,
)
def test_early_stop_agrees_with_the_whole_sample(path: Path):
    """Detection stops after DETECT_FIRST characters only when one pack leads by far: on
    every labelled article it names the language the whole sample names."""
    text = path.read_text(encoding="utf-8")
    assert detect_language(text, PACKS) == _whole_sample_language(text)


def test_close_languages_read_on():
    """Indonesian and Malay share most detect words: an opening both could be read in does
    not decide, the rest of the sample does."""
    shared = (
        "Perundingan gencatan senjata di Gaza masih berlanjut dan para sandera belum dibebaskan. "
        * 12
    )
    malay = "Kerajaan bersetuju bahawa tebusan perlu dibebaskan kerana rundingan sudah lama. " * 20
    assert len(shared) > 1000
    assert detect_language(shared + malay, PACKS) == "ms"


@pytest.mark.parametrize(
    "path", sorted(LABELLED.glob("*.txt")) if LABELLED.is_dir() else [], ids=lambda p: p.stem
)
def test_new_packs_do_not_take_english_or_indonesian_articles(path: Path):
    assert detect_language(path.read_text(encoding="utf-8"), PACKS) == path.stem.split("_")[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Rundingan diteruskan kerana kedua-dua pihak bersetuju bahawa tebusan "
                     "perlu dibebaskan selepas gencatan senjata.", "ms", id="ms-kerana-bahawa"),
        pytest.param("Perundingan dilanjutkan karena kedua pihak sepakat bahwa sandera harus "
                     "dibebaskan setelah gencatan senjata.", "id", id="id-karena-bahwa"),
        pytest.param("Las negociaciones continuarán el martes en El Cairo, según los mediadores.",
                     "es", id="es"),
        pytest.param("Les négociations reprendront mardi au Caire, selon les médiateurs.", "fr",
                     id="fr"),
        pytest.param("Die Verhandlungen sollen am Dienstag in Kairo fortgesetzt werden.", "de",
                     id="de"),
        pytest.param("The talks will resume in Cairo on Tuesday, the mediators said.", "en",
                     id="en"),
    ],
)  # fmt: skip
def test_detect_sentences(text: str, expected: str):
    assert detect_language(text, PACKS) == expected


# --- the dev set itself -------------------------------------------------------------------

GOLD_HEADER = "source,lang,metric,value,low,high,qualifier,unit,modality,quote"


def test_dev_gold_is_consistent():
    lines = (DEV / "gold.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == GOLD_HEADER
    articles = {p.stem: " ".join(p.read_text(encoding="utf-8").split()) for p in _dev_articles()}
    with (DEV / "gold.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows
    for row in rows:
        where = f"{row['source']} {row['metric']} {row['value']}"
        assert row["source"] in articles, where
        assert row["lang"] == row["source"].split("_")[0], where
        assert row["metric"] in TAXONOMY.metrics, where
        assert re.fullmatch(r"-?\d+(\.\d+)?", row["value"]), where
        assert row["qualifier"] in QUALIFIERS and row["modality"] in ("proposed", "reported")
        assert " ".join(row["quote"].split()) in articles[row["source"]], f"{where}: quote"
    keys = [(r["source"], r["metric"], r["value"], r["modality"]) for r in rows]
    assert len(keys) == len(set(keys)), "a (source, metric, value, modality) is listed twice"
    for code in ("es", "fr", "de", "ms"):
        assert sum(s.startswith(f"{code}_") for s in articles) >= 3, code
