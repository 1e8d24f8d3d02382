"""Cue layer: segmentation, cue lexicons, language detection, and which metric a figure
counts (tables of sentences in English and Indonesian, with distractors that give nothing)."""

from __future__ import annotations

import pytest

from checker.errors import DataError
from checker.extract.cues import compile_cues
from checker.extract.detect import detect_language
from checker.extract.lexicon import Lexicon, words
from checker.extract.pipeline import extract_text
from checker.extract.segment import Segmenter
from checker.extract.targets import PSEUDO_CONCEPTS
from checker.lang import load_pack, load_packs
from checker.taxonomy import load_taxonomy


@pytest.fixture(scope="module")
def packs():
    return load_packs()


def claims_of(text: str, lang: str, packs) -> set[tuple]:
    result = extract_text(text, source="t", lang=lang, packs=packs, taxonomy=load_taxonomy())
    return {(c.metric, c.value, c.qualifier, c.unit, c.modality) for c in result.claims}


# --- segmentation -------------------------------------------------------------------------


def test_sentences_respect_abbreviations_initials_and_line_breaks():
    segmenter = Segmenter.compile(["mr", "u.s"], [", and "])
    text = "Mr. Smith met U.S. officials. J. Doe left!\nHeadline without stop\nNext one."
    spans = [text[s:e] for s, e in segmenter.sentences(text)]
    assert spans == [
        "Mr. Smith met U.S. officials.",
        "J. Doe left!",
        "Headline without stop",
        "Next one.",
    ]


def test_sentence_does_not_end_before_a_lower_case_word():
    segmenter = Segmenter.compile([], [])
    text = "They met at 5 p.m. on the border. Then talks resumed."
    assert [text[s:e] for s, e in segmenter.sentences(text)][-1] == "Then talks resumed."


def test_clauses_split_at_the_packs_breaks_and_keep_offsets():
    segmenter = Segmenter.compile([], [", and ", ";"])
    text = "Some 80 hostages remain, and a third of them are dead; talks go on."
    clauses = [text[s:e] for s, e in segmenter.clauses(text, 0, len(text))]
    assert clauses == ["Some 80 hostages remain", "and a third of them are dead", "talks go on."]


def test_a_headline_lists_its_phrases_between_commas():
    segmenter = Segmenter.compile([], [";"])
    text = "Hamas frees 3 hostages, Israel 183 prisoners today"
    clauses = [text[s:e] for s, e in segmenter.clauses(text, 0, len(text), headline=True)]
    assert clauses == ["Hamas frees 3 hostages", "Israel 183 prisoners today"]
    assert segmenter.clauses(text, 0, len(text)) == [(0, len(text))]


def test_a_piece_of_one_word_between_breaks_is_an_aside():
    segmenter = Segmenter.compile([], [" \u2014 ", ";"])
    text = "Half of them \u2014 24 \u2014 are alive; talks go on."
    clauses = [text[s:e] for s, e in segmenter.clauses(text, 0, len(text))]
    assert clauses == ["Half of them \u2014 24 \u2014 are alive", "talks go on."]


# --- lexicon ------------------------------------------------------------------------------


def test_prefix_phrase_figure_skipping_and_longest_match():
    lexicon = Lexicon(
        {
            "c:hostage": ["hostage*"],
            "c:phase1": ["initial phase"],
            "c:gaza": ["palestinian*"],
            "c:prisoner": ["palestinian prisoners"],
            "m:reported": ["has released"],
            "c:release": ["release*"],
        }
    )
    tokens = words("the initial six-week phase freed hostages and palestinian prisoners")
    skippable = [t in ("six", "week") for t in tokens]
    found = {(tokens[m.start], tag) for m in lexicon.match(tokens, skippable) for tag in m.tags}
    assert ("initial", "c:phase1") in found
    assert ("hostages", "c:hostage") in found
    assert ("palestinian", "c:prisoner") in found
    assert ("palestinian", "c:gaza") not in found  # hidden by the longer cue of its family
    tokens = words("Hamas has released them")
    tags = {tag for m in lexicon.match(tokens) for tag in m.tags}
    assert {"m:reported", "c:release"} <= tags  # other families are not hidden


def test_fuzzy_match_catches_a_typo_only_for_long_words():
    lexicon = Lexicon({"c:hostage": ["hostages"], "c:alive": ["alive"]})
    assert lexicon.fuzzy_tags("hostges") == {"c:hostage"}
    assert lexicon.fuzzy_tags("aliv") == frozenset()
    assert lexicon.fuzzy_tags("postage") == frozenset()


def test_every_concept_a_metric_uses_has_cues_in_every_pack(packs):
    needed = set()
    for metric in load_taxonomy().metrics.values():
        needed.update(metric.concepts, metric.any_concepts, metric.exclude)
    needed -= set(PSEUDO_CONCEPTS)
    for code, pack in packs.items():
        missing = needed - set(pack.section("concepts"))
        assert not missing, f"{code}.toml has no [concepts] for {sorted(missing)}"


def test_compiled_cues_are_cached_per_pack(packs):
    assert compile_cues(packs["en"]) is compile_cues(packs["en"])


# --- language detection -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The talks were expected to resume in Cairo on Sunday.", "en", id="en"),
        pytest.param("Perundingan itu akan dilanjutkan di Kairo pada hari Minggu.", "id", id="id"),
        pytest.param("12345 !!!", "en", id="no-words-default"),
    ],
)
def test_detect_language(text, expected, packs):
    assert detect_language(text, packs) == expected


# --- metric assignment: English -----------------------------------------------------------

P, R = "proposed", "reported"

EN = [
    (
        "Hamas is still holding 59 hostages in Gaza, officials said.",
        {("hostages.held", 59, "exact", "people", R)},
        "held",
    ),
    (
        "Militants killed some 1,200 people in southern Israel on October 7, 2023.",
        {("deaths.israel.oct7", 1200, "approx", "people", R)},
        "oct7-deaths",
    ),
    (
        "The Gaza health ministry says over 40,000 people have been killed since the war began.",
        {("deaths.gaza", 40000, "more_than", "people", R)},
        "gaza-deaths",
    ),
    (
        "Under the plan, Hamas would free 33 hostages during the first stage.",
        {("hostages.release.phase1", 33, "exact", "people", P)},
        "phase1-hostages",
    ),
    (
        "Under the plan, Israel would free about 1,000 Palestinian prisoners in the first stage.",
        {("prisoners.release.phase1", 1000, "approx", "people", P)},
        "phase1-prisoners",
    ),
    (
        "Under the proposal, the first phase would last 42 days.",
        {("ceasefire.phase1.days", 42, "exact", "days", P)},
        "phase1-length",
    ),
    ("The proposal has three phases.", {("ceasefire.phases", 3, "exact", "phases", P)}, "phases"),
    (
        "So far Hamas has freed 30 living hostages and handed over the bodies of five others.",
        {
            ("hostages.released.alive", 30, "exact", "people", R),
            ("hostages.released.dead", 5, "exact", "people", R),
        },
        "released-alive-and-dead",
    ),
    (
        "Israel has released 1,100 Palestinian prisoners since the truce took effect.",
        {("prisoners.released", 1100, "exact", "people", R)},
        "prisoners-released",
    ),
    (
        "About 250 people were taken hostage during the attack.",
        {("hostages.taken", 250, "approx", "people", R)},
        "taken",
    ),
    (
        "Families have waited for news after 15 months of war.",
        {("war.months", 15, "exact", "months", R)},
        "war-length",
    ),
    (
        "Of the 100 hostages still in Gaza, at least 35 are believed to be dead.",
        {
            ("hostages.held", 100, "exact", "people", R),
            ("hostages.held.dead", 35, "at_least", "people", R),
        },
        "partitive-of-the",
    ),
    (
        "Only 20 of the 60 remaining hostages would be freed in the first phase.",
        {
            ("hostages.release.phase1", 20, "exact", "people", P),
            ("hostages.held", 60, "exact", "people", R),
        },
        "partitive-head-and-whole",
    ),
    (
        "The exchange of 500 prisoners for 25 hostages is under discussion. "
        "This would happen in the first phase.",
        {
            ("prisoners.release.phase1", 500, "exact", "people", P),
            ("hostages.release.phase1", 25, "exact", "people", P),
        },
        "anaphoric-next-sentence",
    ),
    (
        "After almost ten months of war, hospitals ran out of fuel, officials said on Tuesday.",
        {("war.months", 10, "at_most", "months", R)},
        "war-length-beside-a-day-marker",
    ),
    (
        "Life in the border towns changed in the nine months since October 7.",
        {("war.months", 9, "exact", "months", R)},
        "war-length-since-the-attack",
    ),
    (
        "Israeli strikes killed 87 people in Gaza overnight, pushing the toll since October 7 "
        "above 30,000.",
        {("deaths.gaza", 30000, "more_than", "people", R)},
        "one-night-count-then-total",
    ),
    (
        "Israel has freed 1,100 Palestinian prisoners since January 2025.",
        {("prisoners.released", 1100, "exact", "people", R)},
        "total-since-a-month",
    ),
    (
        "Officials in Gaza said on Friday that 9,061 people had been killed since the war began.",
        {("deaths.gaza", 9061, "exact", "people", R)},
        "report-dated-total",
    ),
    (
        "The Gaza health ministry on Sunday said 2,700 people had been killed.",
        {("deaths.gaza", 2700, "exact", "people", R)},
        "day-before-a-verb-of-saying",
    ),
    (
        "On Monday, the Gaza health ministry said 45,000 people had been killed in the territory.",
        {("deaths.gaza", 45000, "exact", "people", R)},
        "day-opening-a-report",
    ),
    (
        "The war that began in October 2023 has killed more than 45,000 people in Gaza.",
        {("deaths.gaza", 45000, "more_than", "people", R)},
        "month-the-war-began",
    ),
    (
        "Hamas has freed 21 hostages alive and handed over the remains of six more.",
        {
            ("hostages.released.alive", 21, "exact", "people", R),
            ("hostages.released.dead", 6, "exact", "people", R),
        },
        "six-more-means-six-others",
    ),
    (
        "The health ministry in Gaza has counted the dead since the war began. "
        "Its tally now stands at 25,105.",
        {("deaths.gaza", 25105, "exact", "people", R)},
        "tally-names-the-count-before",
    ),
    (
        "Israel first said 1,400 people were killed in the October 7 attack. "
        "That was later lowered to 1,180.",
        {
            ("deaths.israel.oct7", 1400, "exact", "people", R),
            ("deaths.israel.oct7", 1180, "exact", "people", R),
        },
        "that-was-revised",
    ),
    (
        "Hamas released four hostages on Thursday, bringing to 22 the number freed under the "
        "truce.",
        {("hostages.released.alive", 22, "exact", "people", R)},
        "the-number-freed",
    ),
    (
        "Hamas freed two hostages on Friday, bringing to 20 the number released since the truce "
        "began, as mediators said they would press on.",
        {("hostages.released.alive", 20, "exact", "people", R)},
        "as-opens-another-clause",
    ),
    (
        "Hamas had insisted on the release of 1,000 prisoners in the first phase.",
        {("prisoners.release.phase1", 1000, "exact", "people", P)},
        "insisted-is-a-demand",
    ),
    (
        "Some 1,500 prisoners and detainees have been freed since January 19, according to "
        "rights groups, short of the 1,900 that the deal set out for its first phase.",
        {
            ("prisoners.released", 1500, "approx", "people", R),
            ("prisoners.release.phase1", 1900, "exact", "people", R),
        },
        "cue-past-the-next-figure-is-its",
    ),
    (
        "Of the 33 hostages due for release in the first phase, most are women.",
        {("hostages.release.phase1", 33, "exact", "people", P)},
        "whole-of-a-plan",
    ),
    (
        "The number of hostages freed since the truce began reached 21, including four Thai "
        "farm workers.",
        {("hostages.released.alive", 21, "exact", "people", R)},
        "including-after-the-whole",
    ),
    (
        "The number of Palestinians killed in Gaza since the war began is now 47,000, including "
        "bodies recovered from the rubble.",
        {("deaths.gaza", 47000, "exact", "people", R)},
        "including-after-a-toll",
    ),
    (
        "Dozens of hostages remain in Gaza, and three of them come from this village.",
        {("hostages.held", 12, "at_least", "people", R)},
        "part-of-the-held",
    ),
    (
        "More than 45,000 people have been killed in Gaza since the war began. About 9,000 of "
        "them died in their homes.",
        {("deaths.gaza", 45000, "more_than", "people", R)},
        "part-of-the-toll",
    ),
    (
        "Hamas says many hostages have died. Ten hostages, four of whom are foreign nationals, "
        "are still held.",
        {("hostages.held", 10, "exact", "people", R)},
        "state-far-from-a-part",
    ),
    (
        "Some 50 hostages remain in Gaza. Officials believe that fewer than half of them "
        "\u2014 21 \u2014 are still alive.",
        {
            ("hostages.held", 50, "approx", "people", R),
            ("hostages.held.alive", 0.5, "less_than", "share", R),
            ("hostages.held.alive", 21, "exact", "people", R),
        },
        "dash-apposition-is-no-clause",
    ),
    (
        "Some 90 hostages are still held. Officials fear that as many as half may no longer "
        "be alive.",
        {
            ("hostages.held", 90, "approx", "people", R),
            ("hostages.held.dead", 0.5, "at_most", "share", R),
        },
        "a-share-is-a-part-of-what-came-before",
    ),
    (
        "Some 90 hostages are still held. Half of the 2.3 million residents have fled south "
        "and are not alive to the danger.",
        {("hostages.held", 90, "approx", "people", R)},
        "a-share-of-something-named",
    ),
    (
        "Hamas freed two hostages on Sunday, bringing to 20 the number freed so far in the "
        "first phase.",
        {("hostages.released.alive", 20, "exact", "people", R)},
        "so-far-is-no-term",
    ),
    (
        "Israel has freed 400 prisoners since January 19. The ministry counted 47,460 "
        "Palestinians killed in Gaza since October 2023.",
        {
            ("prisoners.released", 400, "exact", "people", R),
            ("deaths.gaza", 47460, "exact", "people", R),
        },
        "the-ministry-counts-what-its-clause-names",
    ),
    (
        "Under the plan, Hamas would free 33 hostages in the first phase, and Israel about "
        "1,900 prisoners.",
        {
            ("hostages.release.phase1", 33, "exact", "people", P),
            ("prisoners.release.phase1", 1900, "approx", "people", P),
        },
        "modality-of-the-clause-before",
    ),
    (
        "Israel freed 110 prisoners from Ofer, bringing the total released under the deal to 400.",
        {("prisoners.released", 400, "exact", "people", R)},
        "added-then-new-total",
    ),
]

EN_NOTHING = [
    ("The 42-year-old negotiator arrived in Cairo on Monday.", "age"),
    ("Channel 12 reported that the talks would resume.", "label"),
    ("Three officials spoke on condition of anonymity.", "no-concept"),
    ("The previous truce collapsed nine months ago.", "ago"),
    ("Hamas released four hostages on Saturday.", "single-day-event"),
    ("The ministry said 50 people were killed in strikes overnight.", "event-deaths"),
    ("The army says more than 17,000 militants have been killed in Gaza.", "militants"),
    ("The ministry said 96,000 people had been wounded in Gaza.", "wounded"),
    ("The summit was held in 2024 and cost $5 million.", "year-money"),
    (
        "It is two months since the minister toured the crossings to talk about the war.",
        "time-since-another-event",
    ),
    ("The two-month pause in the war ended when the strikes resumed.", "truce-length"),
    ("Hamas freed four more hostages in Gaza.", "increment-more"),
    (
        "Hamas would free the hostages in the first phase, according to one of the mediators.",
        "one-of-the-mediators",
    ),
    ("Another 200 Palestinian prisoners were released from Ofer.", "increment-another"),
    ("Hamas released 50 hostages during a pause in November 2023.", "past-period"),
    ("Israel freed 260 prisoners in the fourth exchange of the truce.", "ordinal-exchange"),
    ("In the 2014 war, the ministry counted 2,251 fatalities in Gaza.", "another-war"),
    (
        "On Thursday, Hamas handed over three hostages, and Israel released 110 prisoners.",
        "day-of-the-sentence",
    ),
    ("On Monday, Israeli strikes killed 45 people in Gaza, the ministry said.", "day-of-strikes"),
    ("Israel is expected to free 600 Palestinian prisoners later in the day.", "one-day-plan"),
    (
        "Israeli raids in the West Bank have killed more than 800 Palestinians since October 7.",
        "west-bank-toll",
    ),
    (
        "The same day, Hamas handed over 12 hostages at a ceremony in Khan Younis.",
        "same-day",
    ),
    (
        "Hamas is still holding the hostages. The number of aid trucks entering Gaza fell to 90.",
        "number-of-something-else",
    ),
]


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=i) for t, e, i in EN])
def test_english_sentences(text, expected, packs):
    assert claims_of(text, "en", packs) == expected


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for t, i in EN_NOTHING])
def test_english_distractors_give_nothing(text, packs):
    assert claims_of(text, "en", packs) == set()


# --- metric assignment: Indonesian --------------------------------------------------------

ID = [
    (
        "Sebanyak 59 sandera masih ditahan di Gaza.",
        {("hostages.held", 59, "exact", "people", R)},
        "held",
    ),
    (
        "Serangan 7 Oktober 2023 menewaskan sekitar 1.200 orang di Israel.",
        {("deaths.israel.oct7", 1200, "approx", "people", R)},
        "oct7-deaths",
    ),
    (
        "Kementerian Kesehatan Gaza mencatat lebih dari 45.000 orang tewas sejak perang dimulai.",
        {("deaths.gaza", 45000, "more_than", "people", R)},
        "gaza-deaths",
    ),
    (
        "Dalam tahap pertama, Hamas akan membebaskan 33 sandera.",
        {("hostages.release.phase1", 33, "exact", "people", P)},
        "phase1-hostages",
    ),
    (
        "Pada tahap pertama Israel akan melepaskan sekitar 1.000 tahanan Palestina.",
        {("prisoners.release.phase1", 1000, "approx", "people", P)},
        "phase1-prisoners",
    ),
    (
        "Tahap pertama akan berlangsung selama 42 hari.",
        {("ceasefire.phase1.days", 42, "exact", "days", P)},
        "phase1-length",
    ),
    (
        "Usulan itu terdiri dari tiga fase.",
        {("ceasefire.phases", 3, "exact", "phases", P)},
        "phases",
    ),
    (
        "Sejauh ini Hamas telah membebaskan 30 sandera yang masih hidup.",
        {("hostages.released.alive", 30, "exact", "people", R)},
        "released-alive",
    ),
    (
        "Israel telah membebaskan 1.100 tahanan Palestina sejak gencatan senjata berlaku.",
        {("prisoners.released", 1100, "exact", "people", R)},
        "prisoners-released",
    ),
    (
        "Sekitar 250 orang diculik dalam serangan itu.",
        {("hostages.taken", 250, "approx", "people", R)},
        "taken",
    ),
    (
        "Warga kembali ke rumah mereka setelah perang selama 15 bulan.",
        {("war.months", 15, "exact", "months", R)},
        "war-length",
    ),
    (
        "Dari 100 sandera yang masih berada di Gaza, 35 diyakini telah meninggal.",
        {
            ("hostages.held", 100, "exact", "people", R),
            ("hostages.held.dead", 35, "exact", "people", R),
        },
        "partitive-dari",
    ),
    (
        "Setelah hampir sepuluh bulan perang, rumah sakit kehabisan bahan bakar pada Selasa.",
        {("war.months", 10, "at_most", "months", R)},
        "war-length-beside-a-day-marker",
    ),
    (
        "Warga mengungsi lagi dalam perang yang sudah berlangsung 11 bulan.",
        {("war.months", 11, "exact", "months", R)},
        "war-length-dalam-perang",
    ),
    (
        "Serangan Israel menewaskan 87 orang di Gaza semalam, sehingga jumlah korban sejak "
        "7 Oktober melampaui 30.000 orang.",
        {("deaths.gaza", 30000, "more_than", "people", R)},
        "one-night-count-then-total",
    ),
    (
        "Israel telah membebaskan 1.100 tahanan Palestina sejak Januari 2025.",
        {("prisoners.released", 1100, "exact", "people", R)},
        "total-since-a-month",
    ),
    (
        "Pejabat di Gaza mengatakan pada Jumat bahwa 9.061 orang tewas sejak perang dimulai.",
        {("deaths.gaza", 9061, "exact", "people", R)},
        "report-dated-total",
    ),
    (
        "Kementerian Kesehatan Gaza pada Minggu (15/10) mencatat 2.700 orang tewas.",
        {("deaths.gaza", 2700, "exact", "people", R)},
        "day-before-a-verb-of-saying",
    ),
    (
        "Pada Senin, Kementerian Kesehatan Gaza menyatakan 45.000 orang telah tewas di wilayah "
        "itu.",
        {("deaths.gaza", 45000, "exact", "people", R)},
        "day-opening-a-report",
    ),
    (
        "Perang yang pecah pada Oktober 2023 telah menewaskan lebih dari 45.000 orang di Gaza.",
        {("deaths.gaza", 45000, "more_than", "people", R)},
        "month-the-war-began",
    ),
    (
        "Kementerian Kesehatan Gaza terus mencatat korban tewas sejak perang dimulai. "
        "Jumlahnya kini mencapai 25.105 orang.",
        {("deaths.gaza", 25105, "exact", "people", R)},
        "jumlahnya",
    ),
    (
        "Israel awalnya menyebut 1.400 orang tewas dalam serangan 7 Oktober. "
        "Angka itu kemudian dikoreksi menjadi 1.180 orang.",
        {
            ("deaths.israel.oct7", 1400, "exact", "people", R),
            ("deaths.israel.oct7", 1180, "exact", "people", R),
        },
        "angka-itu",
    ),
    (
        "Hamas membebaskan empat sandera pada Kamis, sehingga jumlah yang bebas sejak "
        "gencatan senjata berlaku menjadi 22 orang.",
        {("hostages.released.alive", 22, "exact", "people", R)},
        "jumlah-yang-bebas",
    ),
    (
        "Jenazah empat sandera diserahkan pada Kamis, sehingga jumlah jenazah yang "
        "dikembalikan menjadi delapan.",
        {("hostages.released.dead", 8, "exact", "people", R)},
        "jumlah-jenazah",
    ),
    (
        "Israel sejauh ini telah membebaskan 1.135 tahanan Palestina berdasarkan kesepakatan.",
        {("prisoners.released", 1135, "exact", "people", R)},
        "so-far-under-the-deal",
    ),
    (
        "Hamas bersikeras agar 1.000 tahanan dibebaskan pada tahap pertama.",
        {("prisoners.release.phase1", 1000, "exact", "people", P)},
        "bersikeras-is-a-demand",
    ),
    (
        "Sekitar 1.500 tahanan dan narapidana telah dibebaskan sejak 19 Januari, menurut "
        "kelompok HAM, belum mencapai 1.900 orang yang ditetapkan kesepakatan untuk tahap "
        "pertama.",
        {
            ("prisoners.released", 1500, "approx", "people", R),
            ("prisoners.release.phase1", 1900, "exact", "people", R),
        },
        "cue-past-the-next-figure-is-its",
    ),
    (
        "Dari 33 sandera yang dijadwalkan dibebaskan pada tahap pertama, sebagian besar perempuan.",
        {("hostages.release.phase1", 33, "exact", "people", P)},
        "whole-of-a-plan",
    ),
    (
        "Total sandera yang dibebaskan sejak gencatan senjata berlaku mencapai 21 orang, "
        "termasuk empat pekerja Thailand.",
        {("hostages.released.alive", 21, "exact", "people", R)},
        "termasuk-after-the-whole",
    ),
    (
        "Jumlah warga Palestina yang tewas di Gaza sejak perang dimulai kini 47.000 orang, "
        "termasuk jenazah yang ditemukan di bawah reruntuhan.",
        {("deaths.gaza", 47000, "exact", "people", R)},
        "termasuk-after-a-toll",
    ),
    (
        "Puluhan sandera masih ditahan di Gaza, dan tiga di antaranya berasal dari desa ini.",
        {("hostages.held", 10, "at_least", "people", R)},
        "part-of-the-held",
    ),
    (
        "Lebih dari 45.000 orang tewas di Gaza sejak perang dimulai. Sekitar 9.000 di "
        "antaranya meninggal di rumah mereka.",
        {("deaths.gaza", 45000, "more_than", "people", R)},
        "part-of-the-toll",
    ),
    (
        "Hamas menyebut banyak sandera telah meninggal. Sepuluh sandera, empat di antaranya "
        "warga asing, masih ditahan.",
        {("hostages.held", 10, "exact", "people", R)},
        "state-far-from-a-part",
    ),
    (
        "Sekitar 50 sandera masih ditahan di Gaza. Pejabat meyakini kurang dari separuh di "
        "antaranya \u2014 21 \u2014 masih hidup.",
        {
            ("hostages.held", 50, "approx", "people", R),
            ("hostages.held.alive", 0.5, "less_than", "share", R),
            ("hostages.held.alive", 21, "exact", "people", R),
        },
        "dash-apposition-is-no-clause",
    ),
    (
        "Sekitar 90 sandera masih ditahan. Israel memperkirakan sekitar setengahnya masih hidup.",
        {
            ("hostages.held", 90, "approx", "people", R),
            ("hostages.held.alive", 0.5, "approx", "share", R),
        },
        "a-share-is-a-part-of-what-came-before",
    ),
    (
        "Sekitar 90 sandera masih ditahan. Separuh dari 2,3 juta penduduk masih hidup di tenda.",
        {("hostages.held", 90, "approx", "people", R)},
        "a-share-of-something-named",
    ),
    (
        "Hamas membebaskan dua sandera pada Minggu, sehingga jumlah sandera yang dibebaskan "
        "pada tahap pertama menjadi 20 orang.",
        {("hostages.released.alive", 20, "exact", "people", R)},
        "so-far-is-no-term",
    ),
    (
        "Israel telah membebaskan 400 tahanan sejak 19 Januari. Kementerian Kesehatan Gaza "
        "mencatat 47.460 warga Palestina tewas sejak Oktober 2023.",
        {
            ("prisoners.released", 400, "exact", "people", R),
            ("deaths.gaza", 47460, "exact", "people", R),
        },
        "the-ministry-counts-what-its-clause-names",
    ),
    (
        "Sesuai rencana, Hamas akan membebaskan 33 sandera pada tahap pertama, sementara Israel "
        "membebaskan sekitar 1.900 tahanan.",
        {
            ("hostages.release.phase1", 33, "exact", "people", P),
            ("prisoners.release.phase1", 1900, "approx", "people", P),
        },
        "modality-of-the-clause-before",
    ),
    (
        "Israel membebaskan 110 tahanan Palestina dari penjara Ofer, sehingga jumlah tahanan "
        "yang dibebaskan menjadi 400 orang.",
        {("prisoners.released", 400, "exact", "people", R)},
        "added-then-new-total",
    ),
]

ID_NOTHING = [
    ("Juru runding berusia 42 tahun itu tiba di Kairo pada hari Senin.", "age"),
    ("Perundingan sebelumnya gagal sembilan bulan yang lalu.", "yang-lalu"),
    ("Tiga pejabat berbicara dengan syarat anonim.", "no-concept"),
    ("Hamas membebaskan empat sandera yang masih hidup pada hari Sabtu.", "single-day-event"),
    ("Resolusi 2735 diadopsi oleh Dewan Keamanan.", "label"),
    (
        "Sudah dua bulan sejak menteri itu meninjau perbatasan untuk membahas perang.",
        "time-since-another-event",
    ),
    ("Jeda tiga bulan dalam perang itu berakhir ketika serangan dimulai lagi.", "truce-length"),
    ("Hamas kembali membebaskan empat sandera di Gaza.", "increment-kembali"),
    (
        "Hamas akan membebaskan para sandera pada tahap pertama, kata salah satu dari "
        "tiga mediator.",
        "one-of-three-mediators",
    ),
    ("Israel membebaskan 200 tahanan Palestina lagi dari Ofer.", "increment-lagi"),
    ("Hamas membebaskan 50 sandera selama jeda pada November 2023.", "past-period"),
    (
        "Israel membebaskan 260 tahanan dalam pertukaran keempat gencatan senjata.",
        "ordinal-exchange",
    ),
    ("Pada hari yang sama, Hamas menyerahkan 12 sandera di Khan Younis.", "same-day"),
    ("Dalam perang Gaza 2014, kementerian mencatat 2.251 korban jiwa.", "another-war"),
    (
        "Pada Kamis, Hamas menyerahkan tiga sandera, dan Israel membebaskan 110 tahanan.",
        "day-of-the-sentence",
    ),
    (
        "Pada Senin, serangan Israel menewaskan 45 orang di Gaza, kata kementerian.",
        "day-of-strikes",
    ),
    ("Israel dijadwalkan membebaskan 600 tahanan Palestina pada hari yang sama.", "one-day-plan"),
    (
        "Serangan Israel di Tepi Barat telah menewaskan lebih dari 800 warga Palestina sejak "
        "7 Oktober.",
        "west-bank-toll",
    ),
    (
        "Hamas masih menahan para sandera. Jumlah truk bantuan yang masuk ke Gaza turun "
        "menjadi 90.",
        "jumlah-something-else",
    ),
]


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=i) for t, e, i in ID])
def test_indonesian_sentences(text, expected, packs):
    assert claims_of(text, "id", packs) == expected


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for t, i in ID_NOTHING])
def test_indonesian_distractors_give_nothing(text, packs):
    assert claims_of(text, "id", packs) == set()


@pytest.mark.parametrize(
    ("section", "error"),
    [
        ("[stop]\nas_of = 'by'\n", r"\[stop\].as_of should be a list of phrases"),
        ("[concepts]\nhostage = ['hostage', 3]\n", r"\[concepts\].hostage should be a list"),
        ("[text]\nverdict_false = 3\n", r"\[text\].verdict_false should be a list"),
        ("[text]\nphrase_after = 'six'\n", r"phrase_after = 'six' should be a whole number"),
    ],
)
def test_a_bad_cue_list_is_refused_naming_the_key(tmp_path, section, error):
    (tmp_path / "xx.toml").write_text(f"[language]\ncode = 'xx'\n{section}", encoding="utf-8")
    with pytest.raises(DataError, match=error):
        compile_cues(load_pack("xx", (str(tmp_path),)))
