"""Vocabulary families of the Indonesian, Malay, Spanish and French packs: hedges, cue-noun
synonyms, death and release verbs, halts, rescues, modality (a plan's future, a deal in
force) and running totals. Every sentence here was written for this test; each family has a
sentence that gives the claim and, where the family is a distractor, one that gives nothing."""

from __future__ import annotations

import pytest

from checker.extract.pipeline import extract_text
from checker.lang import load_packs
from checker.taxonomy import load_taxonomy

PACKS = load_packs()
TAXONOMY = load_taxonomy()

P, R = "proposed", "reported"
X, A, M, LT, L, N = "exact", "approx", "more_than", "less_than", "at_least", "at_most"
IN_FORCE = {
    "es": "La tregua entró en vigor el domingo por la mañana. ",
    "fr": "Le cessez-le-feu est entré en vigueur dimanche matin. ",
    "ms": "Gencatan senjata itu berkuat kuasa pagi Ahad. ",
    "id": "Gencatan senjata itu mulai berlaku Minggu pagi. ",
}

# (lang, text, expected claims as (metric, value, qualifier, unit, modality), id)
SENTENCES = [
    # --- Spanish -------------------------------------------------------------------------
    # hedges
    ("es", "Hamás mantiene en Gaza a más de 90 rehenes.",
     {("hostages.held", 90, M, "people", R)}, "mas-de"),
    ("es", "Hamás retiene todavía a cerca de 60 cautivos.",
     {("hostages.held", 60, N, "people", R)}, "cerca-de-cautivos"),
    ("es", "Quedan alrededor de 100 rehenes en la Franja.",
     {("hostages.held", 100, A, "people", R)}, "alrededor-de"),
    ("es", "Quedan en torno a los 100 rehenes en la Franja.",
     {("hostages.held", 100, A, "people", R)}, "en-torno-a-los"),
    ("es", "Hamás retiene aún a unos 80 rehenes.",
     {("hostages.held", 80, A, "people", R)}, "unos"),
    ("es", "Siguen en cautiverio al menos 50 rehenes.",
     {("hostages.held", 50, L, "people", R)}, "al-menos"),
    ("es", "Hamás mantiene por lo menos a 50 rehenes en Gaza.",
     {("hostages.held", 50, L, "people", R)}, "por-lo-menos-a"),
    ("es", "El número de muertos en Gaza supera la barrera de los 40.000, según Sanidad.",
     {("deaths.gaza", 40000, M, "people", R)}, "supera-la-barrera-de-los"),
    ("es", "Casi 1.200 personas murieron en el ataque de Hamás contra Israel.",
     {("deaths.israel.oct7", 1200, N, "people", R)}, "casi"),
    ("es", "La cifra de muertos en Gaza ya supera los 45.000, según el Ministerio de Sanidad.",
     {("deaths.gaza", 45000, M, "people", R)}, "supera-los"),
    ("es", "Según el Ministerio de Salud, los muertos en Gaza rondan los 40.000.",
     {("deaths.gaza", 40000, A, "people", R)}, "rondan-los"),
    ("es", "La guerra está a punto de cumplir diez meses.",
     {("war.months", 10, N, "months", R)}, "a-punto-de-cumplir"),
    # cue nouns and verbs
    ("es", "Israel excarcelaría a 1.000 reos palestinos en la primera fase.",
     {("prisoners.release.phase1", 1000, X, "people", P)}, "reos"),
    ("es", "Los milicianos secuestraron a 250 personas el 7 de octubre.",
     {("hostages.taken", 250, X, "people", R)}, "secuestraron-a"),
    ("es", "De los rehenes que siguen en Gaza, 35 ya han fallecido.",
     {("hostages.held.dead", 35, X, "people", R)}, "fallecidos"),
    ("es", "La ofensiva israelí se ha cobrado la vida de más de 40.000 personas en Gaza.",
     {("deaths.gaza", 40000, M, "people", R)}, "se-ha-cobrado-la-vida"),
    ("es", "Desde el 19 de enero, 1.100 presos palestinos salieron de prisión bajo el acuerdo.",
     {("prisoners.released", 1100, X, "people", R)}, "salieron-de-prision"),
    # modality: the future is a plan, reported once the deal is in force
    ("es", "Hamás liberará a 33 rehenes durante la primera fase.",
     {("hostages.release.phase1", 33, X, "people", P)}, "future-plan"),
    ("es", IN_FORCE["es"] + "Hamás liberará a 33 rehenes durante la primera fase.",
     {("hostages.release.phase1", 33, X, "people", R)}, "future-in-force"),
    ("es", IN_FORCE["es"] + "Israel debe excarcelar a unos 1.900 presos en la primera fase.",
     {("prisoners.release.phase1", 1900, A, "people", R)}, "debe-in-force"),
    ("es", IN_FORCE["es"] + "La primera fase de la tregua durará seis semanas.",
     {("ceasefire.phase1.days", 6, X, "weeks", R)}, "durara-in-force"),
    ("es", "El acuerdo, negociado durante meses, consta de tres fases y está en vigor desde el "
     "domingo.", {("ceasefire.phases", 3, X, "phases", R)}, "negociado-is-done"),
    # distractors
    ("es", "Hamás retiene a 130 y pico rehenes en Gaza.",
     {("hostages.held", 130, A, "people", R)}, "y-pico"),
    ("es", "Hamás liberó el sábado a otros tres rehenes.", set(), "distractor-increment"),
    # --- French --------------------------------------------------------------------------
    ("fr", "Le Hamas détient encore plus de 90 otages à Gaza.",
     {("hostages.held", 90, M, "people", R)}, "plus-de"),
    ("fr", "Près de 60 captifs sont toujours retenus à Gaza.",
     {("hostages.held", 60, N, "people", R)}, "pres-de-captifs"),
    ("fr", "Environ 100 otages restent aux mains du Hamas.",
     {("hostages.held", 100, A, "people", R)}, "environ"),
    ("fr", "Au moins 50 otages sont toujours détenus à Gaza.",
     {("hostages.held", 50, L, "people", R)}, "au-moins"),
    ("fr", "Une trentaine des otages retenus à Gaza sont morts.",
     {("hostages.held.dead", 30, A, "people", R)}, "une-trentaine"),
    ("fr", "Le nombre de morts à Gaza a dépassé 45 000, selon le ministère de la Santé.",
     {("deaths.gaza", 45000, M, "people", R)}, "a-depasse"),
    ("fr", "Selon le ministère de la Santé, le bilan avoisine les 40 000 morts à Gaza.",
     {("deaths.gaza", 40000, A, "people", R)}, "avoisine-les"),
    ("fr", "Le bilan a franchi la barre des 40 000 morts à Gaza.",
     {("deaths.gaza", 40000, M, "people", R)}, "franchi-la-barre-des"),
    ("fr", "L'attaque du Hamas a coûté la vie à 1 200 personnes en Israël.",
     {("deaths.israel.oct7", 1200, X, "people", R)}, "coute-la-vie"),
    ("fr", "L'offensive israélienne a tué plus de 40 000 personnes dans la bande de Gaza.",
     {("deaths.gaza", 40000, M, "people", R)}, "tues"),
    ("fr", "Israël relâcherait 1 000 détenus palestiniens lors de la première phase.",
     {("prisoners.release.phase1", 1000, X, "people", P)}, "detenus"),
    ("fr", "Israël libérerait 1 000 prisonniers lors de la première phase.",
     {("prisoners.release.phase1", 1000, X, "people", P)}, "prisonniers"),
    ("fr", "Depuis le 19 janvier, 1 100 prisonniers palestiniens sont sortis de prison en vertu "
     "de l'accord.", {("prisoners.released", 1100, X, "people", R)}, "sortis-de-prison"),
    ("fr", "Parmi les otages toujours retenus à Gaza, 35 ont péri.",
     {("hostages.held.dead", 35, X, "people", R)}, "ont-peri"),
    ("fr", "Le Hamas libérera 33 otages pendant la première phase.",
     {("hostages.release.phase1", 33, X, "people", P)}, "future-plan"),
    ("fr", IN_FORCE["fr"] + "Le Hamas libérera 33 otages pendant la première phase.",
     {("hostages.release.phase1", 33, X, "people", R)}, "future-in-force"),
    ("fr", IN_FORCE["fr"] + "La première phase doit durer six semaines.",
     {("ceasefire.phase1.days", 6, X, "weeks", R)}, "doit-in-force"),
    ("fr", "L'accord, qui doit entrer en vigueur dimanche, prévoit la libération de 33 otages "
     "lors de la première phase.", {("hostages.release.phase1", 33, X, "people", P)},
     "to-enter-into-force-is-a-plan"),
    ("fr", "Les soldats libérés étaient sept. Le Hamas détient encore 59 otages à Gaza.",
     {("hostages.held", 59, X, "people", R)}, "sept-ends-a-sentence"),
    ("fr", "Samedi, le Hamas a libéré trois otages supplémentaires.", set(),
     "distractor-increment"),
    # --- Indonesian ----------------------------------------------------------------------
    ("id", "Paling sedikit 50 sandera masih ditawan di Gaza.",
     {("hostages.held", 50, L, "people", R)}, "paling-sedikit"),
    ("id", "Sekurangnya 30 sandera yang masih ditawan sudah meninggal.",
     {("hostages.held.dead", 30, L, "people", R)}, "sekurangnya"),
    ("id", "Tak kurang dari 100 sandera masih berada di Gaza.",
     {("hostages.held", 100, L, "people", R)}, "tak-kurang-dari"),
    ("id", "Nyaris 1.200 orang tewas dalam serangan Hamas ke Israel pada 7 Oktober.",
     {("deaths.israel.oct7", 1200, N, "people", R)}, "nyaris"),
    ("id", "Korban tewas di Gaza menembus angka 45.000 orang, menurut Kementerian Kesehatan.",
     {("deaths.gaza", 45000, M, "people", R)}, "menembus-angka"),
    ("id", "Jumlah korban tewas di Gaza sudah melebihi 40.000 jiwa.",
     {("deaths.gaza", 40000, M, "people", R)}, "melebihi"),
    ("id", "Jumlah korban tewas di Jalur Gaza mencapai 40.000 jiwa.",
     {("deaths.gaza", 40000, X, "people", R)}, "mencapai"),
    ("id", "Agresi Israel telah merenggut nyawa lebih dari 40.000 orang di Gaza.",
     {("deaths.gaza", 40000, M, "people", R)}, "merenggut-nyawa"),
    ("id", "Perang ini sudah menewaskan lebih dari 40.000 saudara kita di Gaza.",
     {("deaths.gaza", 40000, M, "people", R)}, "saudara-plain"),
    ("id", "Sebanyak 90 sandera belum juga pulang dari Gaza.",
     {("hostages.held", 90, X, "people", R)}, "belum-pulang"),
    ("id", "Fase pertama gencatan senjata berlangsung 42 hari sejak disepakati.",
     {("ceasefire.phase1.days", 42, X, "days", R)}, "sejak-after-a-span-is-no-reference"),
    ("id", "Beratus-ratus tahanan Palestina akan dibebaskan pada tahap pertama.",
     {("prisoners.release.phase1", 100, L, "people", P)}, "reduplicated-vague"),
    ("id", "Belasan ribu orang tewas di Gaza sejak 7 Oktober.",
     {("deaths.gaza", 11000, L, "people", R)}, "belasan-ribu"),
    ("id", "Militer Israel membebaskan empat sandera lewat operasi khusus di Nuseirat.", set(),
     "distractor-rescue-operation"),
    ("id", IN_FORCE["id"] + "Hamas akan membebaskan 33 sandera pada tahap pertama.",
     {("hostages.release.phase1", 33, X, "people", R)}, "akan-in-force"),
    # --- Malay ---------------------------------------------------------------------------
    ("ms", "Lebih daripada 90 tebusan masih ditahan di Gaza.",
     {("hostages.held", 90, M, "people", R)}, "lebih-daripada"),
    ("ms", "Sekurang-kurangnya 30 tebusan yang masih ditahan telah mati.",
     {("hostages.held.dead", 30, L, "people", R)}, "sekurang-kurangnya"),
    ("ms", "Seramai 251 orang diculik dan dibawa ke Gaza pada 7 Oktober.",
     {("hostages.taken", 251, X, "people", R)}, "seramai"),
    ("ms", "Kira-kira 100 tebusan masih berada di Gaza.",
     {("hostages.held", 100, A, "people", R)}, "kira-kira"),
    ("ms", "Hampir 1,200 orang terbunuh dalam serangan Hamas pada 7 Oktober.",
     {("deaths.israel.oct7", 1200, N, "people", R)}, "hampir"),
    ("ms", "Tidak kurang daripada 50 tebusan masih ditahan di Gaza.",
     {("hostages.held", 50, L, "people", R)}, "tidak-kurang-daripada"),
    ("ms", "Sebanyak 90 tebusan belum dibebaskan dan masih di Gaza.",
     {("hostages.held", 90, X, "people", R)}, "belum-dibebaskan"),
    ("ms", IN_FORCE["ms"] + "Hamas akan membebaskan 33 tebusan dalam fasa pertama.",
     {("hostages.release.phase1", 33, X, "people", R)}, "akan-in-force"),
    ("ms", IN_FORCE["ms"] + "Fasa pertama yang berlangsung selama enam minggu dijadual tamat "
     "pada 1 Mac. Rundingan fasa kedua belum bermula.",
     {("ceasefire.phase1.days", 6, X, "weeks", R)}, "mac-is-a-month-not-an-abbreviation"),
    ("ms", "Berpuluh-puluh tebusan masih ditahan di Gaza.",
     {("hostages.held", 10, L, "people", R)}, "reduplicated-vague"),
    ("ms", "Berpuluh ribu orang terbunuh di Gaza sejak 7 Oktober.",
     {("deaths.gaza", 10000, L, "people", R)}, "berpuluh-ribu"),
    ("ms", "Tentera Israel membebaskan empat tebusan dalam operasi khas di Nuseirat.", set(),
     "distractor-rescue-operation"),
    # --- cross-language families -------------------------------------------------------
    # groups counted apart from the death toll: children, women, medics, the missing
    ("es", "Más de 40.000 personas han muerto en Gaza, en su mayoría mujeres y niños.",
     {("deaths.gaza", 40000, M, "people", R)}, "subset-mujeres-ninos"),
    ("es", "Otras 10.000 personas siguen desaparecidas bajo los escombros en Gaza, según Sanidad.",
     set(), "distractor-desaparecidos"),
    ("fr", "Plus de 23 000 Palestiniens ont été tués à Gaza depuis le 7 octobre. Environ 7 000 "
     "autres personnes seraient portées disparues.",
     {("deaths.gaza", 23000, M, "people", R)}, "distractor-portees-disparues"),
    ("id", "Sekitar 10.000 orang lainnya dinyatakan hilang di bawah reruntuhan di Gaza.", set(),
     "distractor-hilang"),
    ("ms", "Kira-kira 10,000 orang lagi dilaporkan hilang di bawah runtuhan di Gaza.", set(),
     "distractor-hilang"),
    # coming home is a release
    ("fr", "Au total, 19 otages israéliens sont rentrés vivants depuis le 19 janvier.",
     {("hostages.released.alive", 19, X, "people", R)}, "sont-rentres"),
    ("es", "Desde el 19 de enero, 25 rehenes israelíes han regresado a casa.",
     {("hostages.released.alive", 25, X, "people", R)}, "han-regresado"),
    # believed alive / believed dead among those held
    ("fr", "Parmi les 59 otages encore à Gaza, 24 seraient toujours en vie.",
     {("hostages.held", 59, X, "people", R), ("hostages.held.alive", 24, X, "people", R)},
     "seraient-toujours-en-vie"),
    ("es", "De los 59 rehenes en Gaza, 24 seguirían con vida, según Israel.",
     {("hostages.held", 59, X, "people", R), ("hostages.held.alive", 24, X, "people", R)},
     "seguirian-con-vida"),
    ("id", "Dari 59 sandera di Gaza, 35 diyakini telah meninggal.",
     {("hostages.held", 59, X, "people", R), ("hostages.held.dead", 35, X, "people", R)},
     "diyakini-telah-meninggal"),
    ("id", "Sandera yang diyakini masih hidup berjumlah sekitar 24.",
     {("hostages.held.alive", 24, A, "people", R)}, "diyakini-masih-hidup"),
    ("ms", "Kurang daripada 25 tebusan dipercayai masih hidup di Gaza.",
     {("hostages.held.alive", 25, LT, "people", R)}, "dipercayai-masih-hidup"),
    # one night's or one strike's toll is no running total
    ("id", "Serangan udara Israel menewaskan lebih dari 400 orang di Gaza dalam satu malam.",
     set(), "distractor-satu-malam"),
    ("ms", "Serangan udara Israel membunuh lebih 400 orang di Gaza dalam satu malam.", set(),
     "distractor-satu-malam"),
    ("es", "Los bombardeos israelíes mataron a más de 400 personas en Gaza en una sola noche.",
     set(), "distractor-una-sola-noche"),
    ("fr", "Les frappes israéliennes ont tué plus de 400 personnes à Gaza en une seule nuit.",
     set(), "distractor-une-seule-nuit"),
    # an extension of the truce is no length of it
    ("id", "Utusan AS mengusulkan untuk memperpanjang gencatan senjata tahap pertama selama 50 "
     "hari.", set(), "distractor-memperpanjang"),
    ("id", "Israel mendukung perpanjangan 50 hari bagi tahap pertama gencatan senjata.", set(),
     "distractor-perpanjangan"),
    ("id", "Tahap pertama gencatan senjata berlangsung selama 42 hari.",
     {("ceasefire.phase1.days", 42, X, "days", R)}, "selama-without-extension"),
    ("ms", "Washington mencadangkan untuk melanjutkan fasa pertama gencatan senjata selama 50 "
     "hari.", set(), "distractor-melanjutkan"),
    ("es", "Israel apoya una prórroga de 50 días de la primera fase de la tregua.", set(),
     "distractor-prorroga"),
    ("es", "Washington propone prorrogar la primera fase de la tregua durante 50 días.", set(),
     "distractor-prorrogar"),
    ("fr", "Washington propose de prolonger la trêve de 50 jours.", set(),
     "distractor-prolonger"),
    ("fr", "Israël soutient une prolongation de 50 jours de la première phase de la trêve.",
     set(), "distractor-prolongation"),
    ("fr", "La première phase de la trêve durera 42 jours.",
     {("ceasefire.phase1.days", 42, X, "days", P)}, "durera-without-extension"),
    # "may exceed" / "does not exceed" in every tense
    ("es", "Israel excarcelaría a un número de presos palestinos que podría superar los 1.000 "
     "en la primera fase.", {("prisoners.release.phase1", 1000, M, "people", P)}, "podria-superar"),
    ("es", "Los rehenes que siguen en Gaza no superan los 60.",
     {("hostages.held", 60, N, "people", R)}, "no-superan-los"),
    ("fr", "Israël libérerait dans la première phase un nombre de prisonniers palestiniens qui "
     "pourrait dépasser les 1 000.",
     {("prisoners.release.phase1", 1000, M, "people", P)}, "pourrait-depasser"),
    ("fr", "Les otages encore retenus à Gaza ne dépassent pas les 60.",
     {("hostages.held", 60, N, "people", R)}, "ne-depassent-pas"),
    ("id", "Jumlah tahanan Palestina yang dibebaskan Israel pada tahap pertama bisa melebihi "
     "1.000 orang.", {("prisoners.release.phase1", 1000, M, "people", P)}, "bisa-melebihi"),
    ("ms", "Jumlah tahanan Palestin yang dibebaskan pada fasa pertama boleh melebihi 1,000 orang.",
     {("prisoners.release.phase1", 1000, M, "people", P)}, "boleh-melebihi"),
    ("ms", "Tebusan yang masih ditahan di Gaza tak melebihi 60 orang.",
     {("hostages.held", 60, N, "people", R)}, "tak-melebihi"),
    # the one-week truce of November 2023 is another deal
    ("id", "Sebanyak 105 sandera dibebaskan selama jeda tujuh hari pada November 2023.", set(),
     "distractor-november-2023"),
    ("ms", "Pada November 2023, jeda kemanusiaan berjaya membebaskan 105 tebusan.", set(),
     "distractor-jeda-kemanusiaan"),
    ("es", "Durante la pausa humanitaria de noviembre de 2023, Hamás liberó a 105 rehenes a "
     "cambio de 240 presos.", set(), "distractor-pausa-humanitaria"),
    ("id", "Sejak 19 Januari, Israel telah membebaskan 1.135 tahanan Palestina.",
     {("prisoners.released", 1135, X, "people", R)}, "released-since-january"),
    # a deal that took effect or whose first phase ended was in force: its terms are reported
    ("id", "Gencatan senjata akhirnya berlaku di Jalur Gaza pada Minggu siang. Hamas akan "
     "membebaskan 33 sandera pada tahap pertama.",
     {("hostages.release.phase1", 33, X, "people", R)}, "akhirnya-berlaku"),
    ("ms", "Gencatan senjata goyah selepas fasa pertamanya tamat tanpa persetujuan. Seramai 33 "
     "tebusan dijadualkan dibebaskan dalam fasa pertama.",
     {("hostages.release.phase1", 33, X, "people", R)}, "fasa-pertamanya-tamat"),
    ("es", "El sábado expiró la primera fase sin acuerdo. Hamás liberará a 33 rehenes durante "
     "la primera fase, según el acuerdo.",
     {("hostages.release.phase1", 33, X, "people", R)}, "expiro-la-primera-fase"),
    ("fr", "Samedi, la première phase s'est achevée sans accord. Le Hamas libérera 33 otages "
     "pendant la première phase.",
     {("hostages.release.phase1", 33, X, "people", R)}, "premiere-phase-achevee"),
    # "for each hostage freed, N prisoners" is an exchange rate, no count
    ("es", "Por cada rehén civil liberado, Israel excarcelaría a 30 presos palestinos.", set(),
     "distractor-por-cada"),
    ("fr", "Pour chaque otage civil libéré, Israël relâcherait 30 prisonniers palestiniens.",
     set(), "distractor-pour-chaque"),
    ("id", "Untuk setiap sandera sipil yang dibebaskan, Israel akan melepaskan 30 tahanan "
     "Palestina.", set(), "distractor-untuk-setiap"),
    ("ms", "Bagi setiap tebusan awam yang dibebaskan, Israel akan membebaskan 30 tahanan "
     "Palestin.", set(), "distractor-bagi-setiap"),
    ("es", "Israel excarcelaría a 1.000 presos palestinos en la primera fase.",
     {("prisoners.release.phase1", 1000, X, "people", P)}, "no-ratio"),
    # "the war broke out N months ago" is how long it has lasted
    ("es", "La guerra comenzó hace 15 meses.", {("war.months", 15, X, "months", R)},
     "comenzo-hace"),
    ("id", "Perang pecah 15 bulan lalu.", {("war.months", 15, X, "months", R)}, "pecah-lalu"),
    ("ms", "Perang meletus 15 bulan lalu.", {("war.months", 15, X, "months", R)},
     "meletus-lalu"),
    # "held in Gaza" names hostages by itself
    ("id", "Menurut kantor Perdana Menteri Israel, 132 orang masih ditahan di Gaza.",
     {("hostages.held", 132, X, "people", R)}, "orang-masih-ditahan-di-gaza"),
    ("ms", "Hari ini, kira-kira 100 tebusan masih ditahan di Gaza.",
     {("hostages.held", 100, A, "people", R)}, "masih-ditahan-di-gaza"),
    ("es", "Según la oficina de Netanyahu, 94 personas siguen retenidas en Gaza.",
     {("hostages.held", 94, X, "people", R)}, "retenidas-en-gaza"),
    # deported or exiled prisoners are a subset of those freed
    ("es", "Más de 60 presos excarcelados fueron deportados a Egipto.", set(),
     "distractor-deportados"),
    ("fr", "Plus de 60 prisonniers libérés ont été expulsés vers l'Égypte.", set(),
     "distractor-expulses"),
    ("id", "Israel telah membebaskan 1.800 tahanan, dan lebih dari 60 di antaranya dideportasi "
     "ke Mesir.", {("prisoners.released", 1800, X, "people", R)}, "distractor-dideportasi"),
    # one handover is an event, not the running total
    ("id", "Jenazah empat sandera diserahkan dalam pertukaran terakhir.", set(),
     "distractor-pertukaran-terakhir"),
    ("es", "Los restos de cuatro rehenes fueron devueltos en la última entrega.", set(),
     "distractor-ultima-entrega"),
    ("fr", "Les dépouilles de quatre otages ont été remises lors du dernier échange.", set(),
     "distractor-dernier-echange"),
    # another country's toll
    ("ms", "Serangan Israel di Iran telah membunuh lebih 2,000 orang sejak tahun lalu.", set(),
     "distractor-iran"),
    ("es", "Los ataques israelíes en Irán han matado a más de 2.000 personas.", set(),
     "distractor-iran"),
    # "the ministry reported" in a Gaza toll is Gaza's health ministry
    ("id", "Pada awal November, ketika kementerian melaporkan sekitar 10.000 korban tewas, kami "
     "mulai memeriksa daftar nama.", {("deaths.gaza", 10000, A, "people", R)},
     "kementerian-melaporkan"),
    ("id", "Kementerian Luar Negeri mencatat 200 warga negara Indonesia berada di Gaza.", set(),
     "distractor-kementerian-luar-negeri"),
    ("es", "Según el ministerio, más de 40.000 personas han muerto desde octubre de 2023.",
     {("deaths.gaza", 40000, M, "people", R)}, "segun-el-ministerio"),
    ("fr", "Selon le ministère, plus de 40 000 personnes ont été tuées depuis octobre 2023.",
     {("deaths.gaza", 40000, M, "people", R)}, "selon-le-ministere"),
    ("ms", "Menurut kementerian, lebih 40,000 orang terbunuh sejak Oktober 2023.",
     {("deaths.gaza", 40000, M, "people", R)}, "menurut-kementerian"),
    # an initial truce is the first phase; mediators weighing it make it a proposal
    ("es", "Los mediadores barajan una tregua inicial de 42 días.",
     {("ceasefire.phase1.days", 42, X, "days", P)}, "barajan-tregua-inicial"),
    ("fr", "Le texte table sur une trêve initiale de 42 jours.",
     {("ceasefire.phase1.days", 42, X, "days", P)}, "table-sur-treve-initiale"),
    ("fr", "Les médiateurs planchent sur une première phase de six semaines.",
     {("ceasefire.phase1.days", 6, X, "weeks", P)}, "planchent-sur"),
    ("id", "Para mediator menggodok tahap pertama selama enam minggu.",
     {("ceasefire.phase1.days", 6, X, "weeks", P)}, "menggodok"),
    ("id", "Mediator membahas gencatan senjata awal selama 42 hari.",
     {("ceasefire.phase1.days", 42, X, "days", P)}, "gencatan-senjata-awal"),
    ("ms", "Pengantara sedang mengkaji gencatan senjata awal selama 42 hari.",
     {("ceasefire.phase1.days", 42, X, "days", P)}, "mengkaji-gencatan-senjata-awal"),
    # carried off into Gaza / in captivity names hostages by itself
    ("es", "Continúan en cautiverio 59 personas.", {("hostages.held", 59, X, "people", R)},
     "continuan-en-cautiverio"),
    ("es", "Hamás se llevó a Gaza a 251 personas el 7 de octubre.",
     {("hostages.taken", 251, X, "people", R)}, "se-llevo-a-gaza"),
    ("fr", "Au total, 251 personnes ont été emmenées à Gaza le 7 octobre.",
     {("hostages.taken", 251, X, "people", R)}, "emmenees-a-gaza"),
    ("fr", "Au moins 59 personnes sont encore en captivité.",
     {("hostages.held", 59, L, "people", R)}, "en-captivite"),
    ("id", "Hamas masih menyandera 59 orang.", {("hostages.held", 59, X, "people", R)},
     "masih-menyandera"),
    ("id", "Hamas menyandera 251 orang pada 7 Oktober.",
     {("hostages.taken", 251, X, "people", R)}, "menyandera-taken"),
    ("ms", "Hamas masih menawan 59 orang di Gaza.", {("hostages.held", 59, X, "people", R)},
     "masih-menawan"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(lang, text, expected, id=f"{lang}-{name}")
        for lang, text, expected, name in SENTENCES
    ],
)
def test_vocabulary(lang: str, text: str, expected: set[tuple]):
    result = extract_text(text, source="t", lang=lang, packs=PACKS, taxonomy=TAXONOMY)
    got = {(c.metric, round(c.value, 3), c.qualifier, c.unit, c.modality) for c in result.claims}
    assert got == {(metric, round(value, 3), *rest) for metric, value, *rest in expected}


#: Optional [modality] and [stop] lists every shipped pack of these languages now fills.
FILLED = {
    "modality": ("scheduled", "in_force"),
    "stop": (
        "reporting",
        "so_far",
        "new_total",
        "period_openers",
        "increment_before",
        "extension",
        "extension_by",
        "ratio_before",
        "onset",
        "retracted",
        "corrected",
    ),
}


@pytest.mark.parametrize("code", ["id", "ms", "es", "fr"])
def test_optional_marker_lists_are_filled(code: str):
    for section, keys in FILLED.items():
        for key in keys:
            assert PACKS[code].section(section).get(key), (code, section, key)
