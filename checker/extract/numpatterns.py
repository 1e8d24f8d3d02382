"""The regular expressions of the number reader, built from a pack's lexicon
(checker.extract.numlexicon): the one scan over the text for dates, clock times, digits and
number words, the words before and after a figure, digit conventions, range middles and numeric
date templates, compiled once into `_Patterns` by `_compile(pack, lex)`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from checker.extract.numlexicon import _DATE_PARTS, _is_word_char, _Lexicon, _norm
from checker.extract.trie import trie_pattern
from checker.lang import LanguagePack

#: At most this many number words glued into one are read ("zwei|hundert|dreißig"): a word
#: that splits two ways at each part ("dreizehn" = drei + zehn) costs 2^parts to try.
_MAX_GLUED = 8

_HS = r"[^\S\n]"  # horizontal space: figures and their words never span a line break
_DIGITS = "0123456789"


def _date_regex(template: str, named: bool) -> str:
    """'({d}/{m})' -> a regex, its parts as named groups (for reading) or plain (for the scan)."""
    out = []
    for literal, field in re.findall(r"([^{]*)(?:\{(\w)\})?", template):
        out.append(re.escape(literal))
        if field:
            out.append(f"(?P<{field}>{_DATE_PARTS[field]})" if named else _DATE_PARTS[field])
    return "".join(out)


def _trie(phrases: Iterable[str]) -> str:
    """One alternation for many phrases, factored by common prefixes so matching stays fast
    (a space stands for any run of horizontal space)."""
    return trie_pattern(phrases, _escape) or ""


def _escape(char: str) -> str:
    return _HS + "+" if char == " " else re.escape(char)


def _cases(phrase: str) -> set[str]:
    """How a lower-case phrase is capitalised in print ("more than", "More than", "MORE THAN")."""
    return {phrase, phrase[:1].upper() + phrase[1:], phrase.title(), phrase.upper()}


def _phrases(
    phrases: Iterable[str], *, cases: bool = False, reverse: bool = False, open_end: bool = False
) -> str:
    """Alternation of phrases, each kept whole: a word never matches inside a longer word.

    ``cases`` lists the capitalisations instead of relying on re.I (the scan over the whole text
    stays on sre's fast literal path); ``reverse`` builds the pattern for reversed text;
    ``open_end`` lets a phrase run straight into what follows ("Rp10").
    """
    buckets: dict[tuple[bool, bool], set[str]] = {}
    for phrase in phrases:
        if phrase:
            key = (_is_word_char(phrase[0]), _is_word_char(phrase[-1]))
            buckets.setdefault(key, set()).update(_cases(phrase) if cases else {phrase})
    parts = []
    for (word_start, word_end), items in sorted(buckets.items(), reverse=True):
        head = r"(?<!\w)" if word_start else r"(?<![<>=!])"
        tail = r"(?!\w)" if word_end and not open_end else ""
        if reverse:
            body = _trie(p[::-1] for p in items)
            head, tail = tail.replace("?!", "?<!"), head.replace("?<", "?")
        else:
            body = _trie(items)
        parts.append(f"{head}(?:{body}){tail}")
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def _guard(starts: Iterable[str]) -> str:
    """A one-character look-ahead, so an alternative is tried only where it can start: most
    word starts in a text then cost one test per alternative (the scan is the hot loop)."""
    chars = {start[0] for start in starts if start}
    return f"(?={_chars(sorted(chars))})" if chars else "(?!)"


def _chars(marks: Iterable[str]) -> str:
    return "[" + "".join(re.escape(m) for m in marks) + "]" if marks else "(?!)"


@dataclass(frozen=True)
class _Patterns:
    main: re.Pattern[str]  # the one scan over the text: dates, clock times, digits, words
    sep: re.Pattern[str]  # what may stand between the pieces of one figure
    pre: re.Pattern[str]  # words before a figure, matched on the reversed text
    post: re.Pattern[str]  # words after a figure
    pronoun_before: re.Pattern[str]
    valid: re.Pattern[str]  # digits written in the pack's convention
    foreign: re.Pattern[str]  # ... or with the marks swapped
    combine: re.Pattern[str]
    middles: tuple[tuple[str, re.Pattern[str]], ...]
    any_middle: re.Pattern[str]  # any of the middles: where none fits, no range is tried
    numeric_dates: tuple[re.Pattern[str], ...]
    not_after: re.Pattern[str]  # words that make a hedge after them part of a verb
    particles: frozenset[str] = frozenset()  # the hedges not_after acts on (empty: all)
    half: re.Pattern[str] | None = None  # after a unit word, half more ("a year and a half")


def _digit_token(num: Mapping[str, Any], lex: _Lexicon) -> str:
    """A figure in digits, with sign, exponent, slash fraction, scale suffix or ordinal ending."""
    decimal = num.get("decimal", ".")
    marks = {".", ","} | set(num.get("group", [])) | {decimal}
    suffixes = _trie(lex.suffixes) if lex.suffixes else "(?!)"
    ordinal = _trie(_norm(s) for s in num.get("ordinal_suffixes", [])) or "(?!)"
    decade = _trie(num.get("decade_suffixes", [])) or "(?!)"
    prefixes = _trie(_norm(p) for p in num.get("ordinal_prefixes", [])) or "(?!)"
    glued = _phrases(_money_before(num), open_end=True)
    minus = _chars(num.get("minus", []))
    starts = _chars([_DIGITS, decimal, *num.get("minus", [])])
    guard = _guard(_digit_starts(num))
    power = r"[-+]?[0-9]{1,3}"  # 1e10, 1.3x10^6, 1.1^23
    sci = rf"[eE]{power}(?!\w)|{_HS}*[x\u00d7]{_HS}*10\^{power}|\^{power}"
    return (
        rf"{guard}(?:(?P<dcur>{glued})(?=[0-9])|(?<![\w.,]))(?={starts}|(?i:{prefixes}))"
        rf"(?P<dpre>(?i:{prefixes}))?(?P<dsign>{minus}(?=[.,]?[0-9]))?"
        rf"(?P<dnum>[0-9]+(?:{_chars(marks)}[0-9]+)*|{re.escape(decimal)}[0-9]+)"
        rf"(?P<dsci>{sci})?"
        rf"(?P<dslash>/[0-9]+)?"
        rf"(?:{_HS}*(?P<dsuf>{suffixes})(?![^\W\d_]))?"
        rf"(?P<dord>(?i:{ordinal})(?!\w))?(?P<ddec>(?i:{decade})(?![^\W\d_]))?"
    )


def _money_before(num: Mapping[str, Any]) -> list[str]:
    """Currency marks glued before digits, as written or in capitals: "Rp10", "RP10", "USD5"."""
    money = list(num.get("money", {}).get("before", []))
    return money + [m.upper() for m in money]


def _digit_starts(num: Mapping[str, Any]) -> list[str]:
    decimal = num.get("decimal", ".")
    minus = num.get("minus", [])
    return [*_DIGITS, decimal, *minus, *_money_before(num), *_cased(num, "ordinal_prefixes")]


def _date_starts(lex: _Lexicon) -> list[str]:
    return [*_DIGITS, *lex.months, *(t.lstrip("{") for t in lex.numeric_dates)]


def _word_starts(lex: _Lexicon) -> list[str]:
    """Every way a number word, article or minus word of the scan can begin, as capitalised."""
    words = [w for w in lex.words if w not in lex.articles]
    return [c for w in [*words, *lex.articles, *lex.minus_words] for c in _cases(w)]


def _cased(num: Mapping[str, Any], key: str) -> list[str]:
    return [c for phrase in num.get(key, []) for c in _cases(_norm(phrase))]


def _word_token(lex: _Lexicon) -> str:
    words = [w for w in lex.words if w not in lex.articles]
    takes_article = [w for w, info in lex.words.items() if info.scale or info.denom or info.vague]
    takes_article += [u for u, key in lex.units.items() if key in lex.article_units]  # "a week"
    article = minus = ""
    if lex.articles:
        then = _phrases(takes_article, cases=True)
        cased = [c for a in lex.articles for c in _cases(a)]
        article = rf"|{_guard(cased)}(?P<art>{_phrases(lex.articles, cases=True)})(?={_HS}+{then})"
    if lex.minus_words:
        cased = [c for m in lex.minus_words for c in _cases(m)]
        minus = (
            rf"|{_guard(cased)}(?P<minus>{_phrases(lex.minus_words, cases=True)})(?={_HS}+[\w.])"
        )
    clitic = f"(?:(?i:{_trie(lex.clitics)}))?" if lex.clitics else ""
    glued = ""
    end = r"(?!\w)"
    if lex.glued:  # "zweihundertdreißig": more number words glued to the first, maybe a unit
        parts = _trie(w for w in words if " " not in w)
        glued = f"(?:(?i:{parts})){{0,{_MAX_GLUED - 1}}}"
        end = rf"(?:(?!\w)|(?=(?i:{_trie(u for u in lex.units if ' ' not in u)})))"
    word = rf"(?P<word>{_phrases(words, cases=True, open_end=True)}{glued}){clitic}{end}"
    return f"{word}{article}{minus}"


def _date_token(num: Mapping[str, Any], lex: _Lexicon) -> str:
    """Dates: numeric templates from the pack, and month names (as written) with a day or year."""
    dates = num.get("dates", {})
    ordinal = _trie(_norm(s) for s in num.get("ordinal_suffixes", []))
    day = rf"[0-9]{{1,2}}(?:(?i:{ordinal}))?(?!\w)" if ordinal else r"[0-9]{1,2}(?!\w)"
    year = r"[0-9]{4}(?!\w)"
    joiners = _trie(_norm(j) for j in dates.get("day_joiners", []))
    join = rf"(?:(?i:{joiners}){_HS}+)?" if joiners else ""
    forms = [rf"{_date_regex(t, named=False)}(?![\w/-])" for t in lex.numeric_dates]
    if lex.months:
        month = f"(?:{_trie(lex.months)})"  # a final "." only when a day or year follows
        forms += [
            rf"{month}\.?{_HS}+{day}(?:,?{_HS}+{year})?",
            rf"{day}{_HS}*{join}{month}(?:\.?,?{_HS}+{year}|(?!\w))",  # "7. Oktober"
            rf"{month}\.?{_HS}+{year}",
        ]
    guard = _guard(_date_starts(lex))
    return rf"{guard}(?<![\w/.-])(?P<date>{'|'.join(forms) or '(?!)'})"


def _main_pattern(num: Mapping[str, Any], lex: _Lexicon) -> str:
    # Every figure starts a word: one cheap test skips the inside of words before the
    # alternatives are tried (the scan is the reader's hottest loop).
    # "10:30", and hours and minutes around an "h" ("21h30", "1 h 52": a time or a length)
    clock = (
        r"(?=[0-9])(?<![\w.,:])(?P<clock>[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?"
        r"|[0-9]{1,2}[ \u00a0]?h[ \u00a0]?[0-5][0-9])(?![\w:])"
    )
    # ... and only where some alternative can start: one class test rejects the other words.
    starts = _guard([*_date_starts(lex), *_digit_starts(num), *_word_starts(lex)])
    alternatives = f"{_date_token(num, lex)}|{clock}|{_digit_token(num, lex)}|{_word_token(lex)}"
    return rf"(?<!\w){starts}(?:{alternatives})"


def _pre_pattern(lex: _Lexicon) -> str:
    """Range opener, hedge, cue and currency before a figure, read backwards from it."""
    before = lex.cues["before"]
    prefixes = [head for head, _ in lex.range_templates if head]
    cues = [p for p, k in before.items() if k != "money"]
    money = [p for p, k in before.items() if k == "money"]
    return (
        rf"(?:{_HS}*(?P<money>{_phrases(money, reverse=True, open_end=True)}))?"
        rf"(?:{_HS}+(?P<cue>{_phrases(cues, reverse=True)}))?"
        rf"(?:{_HS}*(?P<hedge>{_phrases(lex.qual_before, reverse=True)}))?"
        rf"(?:{_HS}+(?P<rng>{_phrases(prefixes, reverse=True)}))?"
    )


def _post_pattern(lex: _Lexicon) -> str:
    """Cue (age, time, money), unit and after-qualifier words right after a figure."""
    word_units = _phrases([u for u in lex.units if _is_word_char(u[0])])
    mark_units = _phrases([u for u in lex.units if not _is_word_char(u[0])])
    glued = ""  # "sechswöchige": a unit glued to a number word
    if lex.glued:
        glued = rf"|(?P<unitg>{_trie(u for u in lex.units if ' ' not in u)})(?!\w)"
    return (
        rf"(?:(?P<cue>(?:{_HS}*-{_HS}*|{_HS}*)(?P<cuew>{_phrases(lex.cues['after'])}))"
        rf"|(?P<unit>(?:{_HS}+|{_HS}*-{_HS}*)(?P<unitw>{word_units})|{_HS}*(?P<unitm>{mark_units})"
        rf"{glued}))?"
        rf"(?P<qual>(?:{_HS}+|{_HS}*(?=[^\w\s]))(?P<qualw>{_phrases(lex.qual_after)}))?"
    )


def _digit_patterns(num: Mapping[str, Any]) -> tuple[str, str]:
    """Digits in the pack's convention, and with decimal and group marks swapped."""
    decimal = num.get("decimal", ".")
    group = _chars(g for g in num.get("group", []) if g != decimal)
    indian = ""
    if num.get("indian_grouping"):
        indian = rf"|[0-9]{{1,2}}(?P<h>{group})[0-9]{{2}}(?:(?P=h)[0-9]{{2}})*(?P=h)[0-9]{{3}}"
    western = rf"[0-9]{{1,3}}(?P<g>{group})[0-9]{{3}}(?:(?P=g)[0-9]{{3}})*"
    valid = rf"(?:{western}{indian}|[0-9]+)(?:{re.escape(decimal)}[0-9]+)?"
    other = "," if decimal == "." else "."
    foreign = (
        rf"(?:[0-9]{{1,3}}(?:{re.escape(decimal)}[0-9]{{3}})+|[0-9]+)(?:{re.escape(other)}[0-9]+)?"
    )
    return valid, foreign


def _compile(pack: LanguagePack, lex: _Lexicon) -> _Patterns:
    num = pack.section("numbers")
    valid, foreign = _digit_patterns(num)
    sep = rf"(?:{_HS}*[-\u2010]{_HS}*|{_HS}+)(?:(?P<join>{_phrases(lex.joins)}){_HS}+)?"
    combine = _phrases(_norm(c) for c in pack.section("qualifiers").get("combine", []))
    pronoun_after = _phrases(_norm(p) for p in num.get("pronoun_after", []))
    not_after = _phrases(_norm(w) for w in pack.section("qualifiers").get("not_after", []))
    return _Patterns(
        main=re.compile(_main_pattern(num, lex)),
        sep=re.compile(sep, re.I),
        pre=re.compile(_pre_pattern(lex), re.I),
        post=re.compile(_post_pattern(lex), re.I),
        pronoun_before=re.compile(rf"{pronoun_after}{_HS}+\Z", re.I),
        valid=re.compile(valid),
        foreign=re.compile(foreign),
        combine=re.compile(rf"{_HS}*{combine}{_HS}*|{_HS}*,{_HS}*", re.I),
        numeric_dates=tuple(re.compile(_date_regex(t, named=True)) for t in lex.numeric_dates),
        not_after=re.compile(rf"{not_after}{_HS}+\Z", re.I),
        particles=frozenset(_norm(w) for w in pack.section("qualifiers").get("particles", [])),
        half=(
            re.compile(rf"{_HS}+{_phrases(lex.half_after_unit)}", re.I)
            if lex.half_after_unit
            else None
        ),
        middles=tuple(
            (head, re.compile(_middle(middle), re.I)) for head, middle in lex.range_templates
        ),
        any_middle=re.compile(
            "|".join(f"(?:{_middle(middle)})" for _, middle in lex.range_templates) or "(?!)",
            re.I,
        ),
    )


def _middle(middle: str) -> str:
    """The words between a range's ends; symbols may be spaced or not ("1000 - 5000")."""
    body = _trie([middle])
    if _is_word_char(middle[0]) or _is_word_char(middle[-1]):
        return rf"{_HS}+{body}{_HS}+"
    return rf"{_HS}*{body}{_HS}*"
