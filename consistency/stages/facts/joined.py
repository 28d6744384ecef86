"""Figures that state one fact together: a score ("з рахунком 2:1", "won 2–1", "6:3, 6:4"),
dimensions ("4x4", "4х4" with a Cyrillic х, "21х17х4 см"), a phone number ("+380 44 123 45 67"). They are
read before dates, clock times and plain figures, so that "2:1" is neither a time nor two counts, and "2:1" /
"2-1" are one fact each side.

A score's value is its two figures as written, "2:1" whatever the mark; dimensions are "21x17x4", with
the unit read after the last figure. `checks.facts.relations` compares both as sets of figures.

Which pairs are scores is the locale's `[scores]`: a colon joins one by itself, unless it has the shape of
a clock time ("о 6:30"); a dash when the first figure is not the smaller one ("lead 10-6": a range starts
at the smaller, "2-3 місця"), or right after a word naming a score ("з рахунком 1-2"); a slash or a word
("2/1", "fell 2 and 1") only in a sentence telling a result. Reading a score from the marks more than from
the words around it keeps both editions reading it alike when only one of them says "з рахунком".
"""

from __future__ import annotations

import re
from decimal import Decimal

from consistency.model import Fact
from consistency.stages.facts.amounts import fraction_value, overlaps, parse_number
from consistency.stages.facts.rules import Rules
from consistency.stages.facts.units import dimension
from consistency.stages.segment import RESULT_ROW

# how far back a word announcing a score is looked for (it must also stand in the pair's sentence): golf
# copy names the match and both pairs of players before the result ("для победы над павшим духом Вудсом
# и американским новичком Брайсоном Дечебмо с еще более решительными 5/4")
LOOK_BACK = 200
_SENTENCE_BREAK = re.compile(r"[.!?;]")
_WORD = re.compile(r"\w+")
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:!?)\n]|\Z)")  # a headline ends its clause at its line's end


def read_joined(text: str, rules: Rules, taken: list[tuple[int, int]]) -> list[Fact]:
    """Phone numbers, finishing times, dimensions, then scores; the spans read are added to `taken` for the readers
    after them."""
    facts = _phones(text, rules, taken)
    facts += _case_numbers(text, rules, taken)
    facts += _stages(text, rules, taken)
    facts += _added_time(text, rules, taken)
    facts += _race_times(text, rules, taken)
    facts += _powers_of_ten(text, rules, taken)
    facts += _dimensions(text, rules, taken)
    facts += _ratings(text, rules, taken)
    facts += _scores(text, rules, taken)
    facts += _scores_in_words(text, rules, taken)
    facts += _fractions(text, rules, taken)
    return facts


# a rating out of the whole of its scale ("91/100 on Metacritic", "7,8/10", "4.5/5"), which every edition writes
# alike: one fact, as a score is, not a figure and a hundred; out of 5 or 10 with its decimals only, as "1/5
# бюджету" is a fraction (`_fractions`) and "8/10" may be a day and its month
_RATING = re.compile(r"(?<![\w./,:№#-])(\d{1,3}/100|\d{1,2}[.,]\d{1,2}/(?:5|10))(?![\w/:]|[.,]\d)")


def _ratings(text: str, rules: Rules, taken: list[tuple[int, int]]) -> list[Fact]:
    facts: list[Fact] = []
    for m in _RATING.finditer(text):
        start, end = m.span()
        said, whole = m.group(1).split("/")
        rating = parse_number(said, rules)
        if rating is None or rating <= 1 or rating > int(whole) or overlaps(taken, start, end):
            continue  # "1/100 of a second" is a share
        facts.append(Fact("score", f"{_plain(rating)}:{whole}", m.group(0), start, end, qualifier=RATING))
        taken.append((start, end))
    return facts


# a score's qualifier where it is a rating, which another edition may give by its figure alone ("35/100" / "35 балів")
RATING = "rating"


def _scores_in_words(text: str, rules: Rules, taken: list[tuple[int, int]]) -> list[Fact]:
    """"a goalless draw", "нульова нічия": the score another edition gives in figures ("0:0")."""
    facts: list[Fact] = []
    for m in rules.scores.in_words.finditer(text):
        if not overlaps(taken, *m.span()):
            facts.append(Fact("score", rules.scores.in_words_values[m.group(0).casefold()], m.group(0), *m.span()))
            taken.append(m.span())
    return facts


# a fraction in figures before a word ("1/3 бюджету", "3/4 of the budget"): a share, not two counts; the
# numerator below the denominator, which a score's pair in a sentence telling a result ("won 2/1") need not be,
# and a knockout round ("1/8 фіналу") is read before it; never before a month ("the night of 7/8 May")
_FRACTION = re.compile(r"(?<![\w./,:№#-])([1-9])/([2-9]|10)(?![\w/:]|[.,]\d)(?=[ \u00a0]+([^\W\d_]+))")
# a figure before the word of a fraction ("2 третини бюджету"): its numerator
_NUMERATOR = re.compile(r"(?<![\w./,:№#-])([1-9])[ \u00a0]+(?=([^\W\d_]+))")


def _fractions(text: str, rules: Rules, taken: list[tuple[int, int]]) -> list[Fact]:
    facts: list[Fact] = []
    for m in _FRACTION.finditer(text):
        start, end = m.span()
        numerator, denominator = int(m.group(1)), int(m.group(2))
        if numerator >= denominator or overlaps(taken, start, end) or rules.month(m.group(3)) is not None:
            continue
        facts.append(Fact("amount", fraction_value(numerator, denominator), m.group(0), start, end))
        taken.append((start, end))
    for m in _NUMERATOR.finditer(text):
        denominator = rules.fractions.denominator(m.group(2))
        start, end = m.start(), m.end() + len(m.group(2))
        if denominator is None or int(m.group(1)) >= denominator or overlaps(taken, start, end):
            continue
        facts.append(Fact("amount", fraction_value(int(m.group(1)), denominator), text[start:end], start, end))
        taken.append((start, end))
    return facts


# digits in groups of one to five, apart by a space or a hyphen, the first perhaps in parentheses, after a "+"
_PHONE = re.compile(r"(?<![\w,/+\-])(?<!\d\.)(?:\+\s?)?(?:\(\d{1,5}\)|\d{1,5})"
                    r"(?:[ \u00a0\-]?(?:\(\d{1,5}\)|\d{1,5})){1,6}(?![\w.,]\d|\d)")
# three groups or more joined by hyphens alone ("859-292-3680", "123-45-67"), where no range has more than two;
# unless they are a date's ("2024-03-14", "14-03-2024")
_HYPHENATED_GROUPS = re.compile(r"\d+(?:-\d+){2,}")
_DATE_SHAPED = re.compile(r"(?:19|20)\d\d-[01]?\d-[0-3]?\d|[0-3]?\d-[01]?\d-(?:19|20)\d\d")
# how far back a word announcing a phone number is looked for ("тел.", "за телефоном", "call")
PHONE_MARKER_LOOK_BACK = 24
PHONE_DIGITS = range(7, 16)
# the digits two ways of writing one number share: the national number without its country and trunk prefix
# ("+380 44 123 45 67", "(044) 123-45-67", "044 1234567"), nine digits in Ukraine's plan
PHONE_NATIONAL_DIGITS = 9


def _phones(text: str, rules: Rules, taken: list[tuple[int, int]]) -> list[Fact]:
    """A phone number ("+380 44 123 45 67", "(044) 123-45-67", "0 800 500 335", "тел. 729 72 55") is one fact
    whose value is its national digits, however each edition groups them, not a row of counts that another
    grouping makes altered figures. It is a phone by its "+", its parentheses, its leading 0 or three groups
    joined by hyphens (no count is written so), or by a word before it that announces one (`phones.markers`);
    "1 187 450" stays a figure."""
    facts: list[Fact] = []
    for m in _PHONE.finditer(text):
        start, end = m.span()
        literal = m.group(0)
        digits = re.sub(r"\D", "", literal)
        if len(digits) not in PHONE_DIGITS or overlaps(taken, start, end):
            continue
        if rules.time_glued_to_zone.match(text, start):
            continue  # "0500-1700 GMT": wire copy's hours of a range in a time zone
        shaped = (literal[0] in "+(" or re.match(r"0\d{0,4}[ \u00a0\-]", literal) is not None
                  or (_HYPHENATED_GROUPS.fullmatch(literal) is not None and not _DATE_SHAPED.fullmatch(literal)))
        if not (shaped or rules.phone_marker.search(text[max(0, start - PHONE_MARKER_LOOK_BACK):start])):
            continue
        facts.append(Fact("phone", digits[-PHONE_NATIONAL_DIGITS:], literal, start, end))
        taken.append((start, end))
    return facts


# a number of three groups of figures or more joined by slashes, a letter or two after a hyphen perhaps, right after
# a number sign: a court case's ("№757/43215/25-к", "No. 757/43215/25-k"), a file's
_CASE_NUMBER = re.compile(r"(?<![\w/])\d+(?:/\d+){2,}(?:-[^\W\d_]{1,3})?(?![\w/])")


# a year, a slash, a number and a slash before an organisation's letters: a directive's or a regulation's number
# ("Директива 2011/64/ЄС", "Directive 2011/64/EU", "Regulation (EU) 2022/2554" has its letters before it)
_ACT_NUMBER = re.compile(r"(?<![\w/])(?:19|20)\d\d/\d{1,4}/[^\W\d_]{1,4}(?![\w/])")


def _case_numbers(text: str, rules: Rules, taken: list[tuple[int, int]]) -> list[Fact]:
    """A case number is one fact, its figures as written whatever the letters after them (transliterated): a figure
    changed anywhere in it is another case, not a "757" and two counts; so is an act's number ("2011/64/EU")."""
    facts: list[Fact] = []
    for pattern in (_CASE_NUMBER, _ACT_NUMBER):
        for m in pattern.finditer(text):
            start, end = m.span()
            if overlaps(taken, start, end) or (pattern is _CASE_NUMBER and not rules.number_sign_before.search(
                    text, max(0, start - 8), start)):
                continue
            facts.append(Fact("code", "/".join(re.findall(r"\d+", m.group(0))), m.group(0), start, end))
            taken.append((start, end))
    return facts


def _stages(text: str, rules: Rules, taken: list[tuple[int, int]]) -> list[Fact]:
    """A knockout round, by the teams left in it: "1/8 фіналу" (eight ties) is "the round of 16", "1/16 финала"
    "the round of 32" (`stages`); "чвертьфінал", "quarterfinal" are 8 in words, as sure as in figures."""
    facts: list[Fact] = []
    stages = rules.stages
    for pattern, teams in ((stages.fraction, lambda n: 2 * n), (stages.round_of, lambda n: n),
                           (stages.round_of_the, lambda n: n), (stages.round_of_a_name, lambda n: n)):
        for m in pattern.finditer(text):
            start, end = m.span()
            ties_or_teams = int(next(group for group in m.groups() if group))  # "round of" alone has a second
            # a knockout round halves its teams: 16, 32 ("a round of 150 talks" is none), and no unit, sum or
            # percentage follows them ("a round of 4% raises")
            if (overlaps(taken, start, end) or ties_or_teams < 2 or ties_or_teams & (ties_or_teams - 1)
                    or amount_follows(text, end, rules)):
                continue
            facts.append(Fact("stage", teams(ties_or_teams), m.group(0), start, end))
            taken.append((start, end))
    for m in stages.word.finditer(text):
        start, end = m.span()
        if not overlaps(taken, start, end):
            facts.append(Fact("stage", stages.teams(m.group(0)), m.group(0), start, end))
            taken.append((start, end))
    return facts


# the minute of a goal in added time: "45+2", "90+4" (minutes past the half's or the match's end)
ADDED_TIME = re.compile(r"(?<![\w.,+])(45|90|105|120)\s?\+\s?(\d{1,2})(?!\d)")


def _added_time(text: str, rules: Rules, taken: list[tuple[int, int]]) -> list[Fact]:
    """"на 45+2-й хвилині" is "in the 47th minute": one minute of the match, not 45 and the 2nd."""
    facts: list[Fact] = []
    for m in ADDED_TIME.finditer(text):
        start, end = m.span()
        if overlaps(taken, start, end):
            continue
        ordinal = rules.ordinal.match(text, end)
        end = ordinal.end() if ordinal else end
        value = int(m.group(1)) + int(m.group(2))
        facts.append(Fact("ordinal" if ordinal else "amount", float(value), text[start:end], start, end))
        taken.append((start, end))
    return facts


# a finishing time, as results tables write it in every language: "2:03:41" (hours of one figure: "09:15:00" is
# a clock's), "8:21.57" / "8.21,57" / "1:45,23" (minutes, seconds and their hundredths, after a decimal mark
# other than the mark between minutes and seconds: "6.12.26" is a date), or a gap behind the winner after its plus
# ("+0:08", "8 seconds down"; not a zone's offset, "UTC+3:00")
_RACE_TIME = re.compile(r"(?<![\w:.,])(?:(?P<hours>[0-9]):(?P<minutes>[0-5]\d):(?P<seconds>[0-5]\d)"
                        r"|(?P<m>\d{1,2})(?P<mark>[:.])(?P<s>[0-5]\d)(?!(?P=mark))"
                        r"(?P<decimal>[.,])(?P<hundredths>\d{1,3})"
                        r"|(?P<long_minutes>2[5-9]|[3-9]\d|\d{3}):(?P<padded_seconds>0\d)"
                        r"|(?<=(?<![^\W\d_])\+)(?P<gap_minutes>\d{1,2}):(?P<gap_seconds>[0-5]\d))(?![\w:]|[.,]\d)")


# the half of the day after a clock time, as every language's copy abbreviates it ("3:42:15 a.m.")
_HALF_OF_DAY = re.compile(r"[ \u00a0]*[ap]\.?m\.?(?!\w)", re.IGNORECASE)


def _race_times(text: str, rules: Rules, taken: list[tuple[int, int]]) -> list[Fact]:
    """A finishing time in seconds, a quantity as "27 seconds" is: "2:03:41" is 7,421 s, "8:21.57" 501.57 s, "71:03"
    4,263 s; not a clock's hours, minutes and seconds ("о 3:42:15", "3:42:15 a.m.", "3:42:15 GMT")."""
    facts: list[Fact] = []
    for m in _RACE_TIME.finditer(text):
        start, end = m.span()
        if overlaps(taken, start, end) or (m.group("decimal") and m.group("decimal") not in rules.decimal):
            continue
        if m.group("hours"):
            if (rules.scores.clock_marker_before.search(text, max(0, start - 20), start)
                    or _HALF_OF_DAY.match(text, end) or rules.zone_after.match(text, end)):
                continue
            seconds = Decimal(int(m.group("hours")) * 3600 + int(m.group("minutes")) * 60 + int(m.group("seconds")))
        elif m.group("gap_minutes"):
            seconds = Decimal(int(m.group("gap_minutes")) * 60 + int(m.group("gap_seconds")))
        elif m.group("long_minutes"):
            # "71:03": past a clock's hours, and zero-padded as no score is: a game's minutes and seconds
            seconds = Decimal(int(m.group("long_minutes")) * 60 + int(m.group("padded_seconds")))
        else:
            seconds = int(m.group("m")) * 60 + int(m.group("s")) + Decimal(f"0.{m.group('hundredths')}")
        facts.append(Fact("quantity", float(seconds), m.group(0), start, end, unit="s"))
        taken.append((start, end))
    return facts


_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
# a figure times a power of ten in scientific notation ("3,2×10⁸", "1.5 × 10^23", "10⁻³"), the exponent raised or
# after a caret; never "10⁰" typed for "10°", nor a power before a temperature's letter ("+10⁰С")
_POWER_OF_TEN = re.compile(r"(?<![\w.,])(?:(\d+(?:[.,]\d+)?)[ \u00a0]?[×xх·*][ \u00a0]?)?10"
                           r"(?:(?!⁰(?![⁰¹²³⁴⁵⁶⁷⁸⁹]))([⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)|\^([-+−]?\d+))"
                           r"(?![\d⁰¹²³⁴⁵⁶⁷⁸⁹°]|[ \u00a0]?[CСF](?!\w))")


def _powers_of_ten(text: str, rules: Rules, taken: list[tuple[int, int]]) -> list[Fact]:
    """"3,2×10⁸ КУО/мл", "1.5×10²³ FLOP": the figure the notation writes, as another edition may write it in
    figures or with a scale word ("1.2 million")."""
    facts: list[Fact] = []
    for m in _POWER_OF_TEN.finditer(text):
        start, end = m.span()
        if overlaps(taken, start, end):
            continue
        mantissa = parse_number(m.group(1), rules) if m.group(1) else Decimal(1)
        if mantissa is None:
            continue
        exponent = int((m.group(2) or "").translate(_SUPERSCRIPTS) or m.group(3).replace("−", "-"))
        value = mantissa * Decimal(10) ** exponent
        facts.append(Fact("amount", float(value), text[start:end], start, end))
        taken.append((start, end))
    return facts


def _dimensions(text: str, rules: Rules, taken: list[tuple[int, int]]) -> list[Fact]:
    facts: list[Fact] = []
    decimal = re.escape("".join(rules.decimal))
    figure = re.compile(rf"(?:{rules.grouped_whole.pattern}(?!\d)|\d+)(?:[{decimal}]\d+)?")
    for m in rules.dimensions.finditer(text):
        start, end = m.span()
        if overlaps(taken, start, end):
            continue
        values = [parse_number(literal, rules) for literal in figure.findall(m.group(0))]
        if any(v is None for v in values):
            continue
        unit = rules.unit.match(text, end)
        code = rules.unit_code(unit.group(0).strip()) if unit else None
        unit_end = unit.end() if unit else end
        glued = text[end:end + 1].isalpha()
        if glued and code is None:  # "4x100m": a scale's letter that may be a unit (`scale_rules.or_unit`) is the unit
            letters = re.match(r"[^\W\d_]+", text[end:]).group(0)
            code, unit_end = rules.scale_or_unit.get(letters.casefold()), end + len(letters)
        if glued and not (code and text[end:unit_end] != "s" and not text[unit_end:unit_end + 1].isalnum()):
            continue  # "0x1F": letters of no unit glued to it, a code; "4x4s", a plural, no seconds
        if code:
            end = unit_end
        value = "x".join(_plain(v) for v in values)  # type: ignore[arg-type]
        facts.append(Fact("dimensions", value, text[start:end], start, end, code))
        taken.append((start, end))
    return facts + _dimensions_in_words(text, rules, taken)


_LETTERS = re.compile(r"[^\W\d_]+(?!\w)")


def _dimensions_in_words(text: str, rules: Rules, taken: list[tuple[int, int]]) -> list[Fact]:
    """Two lengths joined by a word (`numbers.times_words`): "4.2m by 3.6m", "3.2 by 2.1 metres", "14 на 3,5 см", the
    "4,2 × 3,6 м" of another edition; the unit after the second, the first's the same or none ("grew 5% by 2025" is no
    size), no range's opening word before the first ("з 10 на 12 м" is a change), and no clock time's minutes nor an
    ordinal's ending ("о 18:30 на 78-му кілометрі")."""
    def unit_of(word: str) -> str | None:  # a unit's word, or a scale's letter that is one ("4.2m")
        return rules.unit_code(word) or rules.scale_or_unit.get(word.casefold())

    facts: list[Fact] = []
    for m in rules.dimensions_in_words.finditer(text):
        first, first_unit, second = m.groups()
        unit = rules.unit.match(text, m.end()) or _LETTERS.match(text, m.end())
        code = unit_of(unit.group(0).strip(" \u00a0\u202f\u2009-")) if unit else None
        values = [parse_number(first, rules), parse_number(second, rules)]
        if (unit is None or unit.group(0).startswith("-") or dimension(code) != "length" or None in values
                or overlaps(taken, m.start(), unit.end())
                or first_unit and unit_of(first_unit) != code
                or rules.range_opener_before.search(text, max(0, m.start() - 20), m.start())):
            continue
        value = "x".join(_plain(v) for v in values)  # type: ignore[arg-type]
        facts.append(Fact("dimensions", value, text[m.start():unit.end()], m.start(), unit.end(), code))
        taken.append((m.start(), unit.end()))
    return facts


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _scores(text: str, rules: Rules, taken: list[tuple[int, int]]) -> list[Fact]:
    facts: list[Fact] = []
    listed_until = -1  # where the list of games that a colon or a bracket after a score opens ends
    pairs = list(rules.scores.pair.finditer(text))
    for i, m in enumerate(pairs):
        start, end = m.span()
        if overlaps(taken, start, end) or amount_follows(text, end, rules) or _HALF_OF_DAY.match(text, end):
            continue  # "Queue 5 — 4 a.m. to 8 a.m.": a line's label and a clock time
        previous = facts[-1] if facts else None
        # "6:3, 6:4", "6-3 4-6", "2:1 (1:0)": the scores of one list share the word announcing the first
        chained = previous is not None and (rules.scores.chain.fullmatch(text, previous.end, start)
                                            or _listed_alike(text, previous.end, start, end, rules))
        if start < listed_until and rules.scores.clock_marker_before.search(text, max(0, start - 20), start):
            listed_until = -1  # "6:3, 6:4, а наступний матч зіграє о 14:00": the list ended before the clock time
        if not (chained or start < listed_until or _reads_as_score(text, m, rules)
                or _opens_a_list_of_scores(text, pairs, i, rules)):
            continue
        first, second = m.group(1), m.group(3)
        # "58:41" after the hours a clock has: a score, or a game's minutes and seconds ("58 хв 41 с")
        either = m.group(2).strip() == ":" and int(first) >= 24 and len(second) == 2 and int(second) < 60
        facts.append(Fact("score", f"{first}:{second}", text[start:end], start, end,
                          qualifier=SCORE_OR_DURATION if either else None))
        taken.append((start, end))
        if tiebreak := _tiebreak_after(text, end, first, second):
            facts.append(tiebreak)
            taken.append((tiebreak.start, tiebreak.end))
        opened = _LIST_OPENED.match(text, end)
        if opened is not None and rules.scores.pair.match(text, opened.end()):
            # "2:1 за картами: 13:11 на Ancient, 17:19 в овертаймі", "lost 0-2 to HEROIC (9-13, 11-13)": the pairs
            # a colon lists, or a bracket after the opponent, opening with a pair, are the games' scores (not "2:1
            # (матч розпочався о 19:30)")
            stop = (_SENTENCE_BREAK.search(text, opened.end()) if opened.group("mark") == ":"
                    else _BRACKET_CLOSED.search(text, opened.end()))
            listed_until = stop.start() if stop else len(text)
    return facts


def _opens_a_list_of_scores(text: str, pairs: list[re.Match], i: int, rules: Rules) -> bool:
    """Pair `i` opens a list of scores: a set's tie-break follows it ("6-7(5), 7-5, 4-6"), or the pair after it in the
    list reads as a score by itself ("4-6, 6-3, 7-6(3)": a dash pair with the larger figure first), as a results line
    lists a match's sets whichever side won the first."""
    m = pairs[i]
    if _tiebreak_after(text, m.end(), m.group(1), m.group(3)) is not None:
        return True
    following = pairs[i + 1] if i + 1 < len(pairs) else None
    return (following is not None and rules.scores.chain.fullmatch(text, m.end(), following.start()) is not None
            and _reads_as_score(text, following, rules))


# the loser's points of a tennis set's tie-break in brackets right after the set ("7-6(5)", "6-7 (8)"), a set of six
# games or a short set of four ("4-3(6)", as the Next Gen Finals play it)
_SETS_TO_A_TIEBREAK = ({"6", "7"}, {"3", "4"})
_TIEBREAK_POINTS = re.compile(r"[ \u00a0]?\((\d{1,2})\)")


def _tiebreak_after(text: str, end: int, first: str, second: str) -> Fact | None:
    """The tie-break of a tennis set won 7-6 (or a short set's, 4-3), as tennis writes it, by the loser's points alone
    ("7-6(5)": 7-5, "6-7(8)": 8-10, the winner two points ahead and seven at least), which other copy writes in full
    ("7:6 (7:5)"): a score of its own, in the set's order."""
    tiebreak = _TIEBREAK_POINTS.match(text, end) if {first, second} in _SETS_TO_A_TIEBREAK else None
    if tiebreak is None:
        return None
    lost = int(tiebreak.group(1))
    won = max(7, lost + 2)
    value = f"{won}:{lost}" if int(first) > int(second) else f"{lost}:{won}"
    return Fact("score", value, tiebreak.group(0).strip(" \u00a0"), tiebreak.start(1) - 1, tiebreak.end())


# a score's qualifier where it may also be a duration in minutes and seconds (`score_readings`)
SCORE_OR_DURATION = "score-or-duration"
# a colon or a bracket a few words after a score, opening the list of the games it sums up ("2-1 on maps: 13-11 on
# Ancient", "lost 0-2 to HEROIC (9-13, 11-13)")
_LIST_OPENED = re.compile(r"(?:[ \u00a0]+[^\W\d_]+){0,3}[ \u00a0]*(?P<mark>:[ \u00a0]|\()")
_BRACKET_CLOSED = re.compile(r"[)\n]")


def score_readings(fact: Fact) -> tuple[Fact, Fact] | None:
    """The two readings of a score that may be minutes and seconds ("58:41": a score, or 3,521 s), or of a rating that
    may be said by its figure ("35/100": a rating, or 35 points); None for any other fact."""
    if fact.kind != "score" or fact.qualifier not in (SCORE_OR_DURATION, RATING):
        return None
    said, whole = str(fact.value).split(":")
    plain = Fact("score", fact.value, fact.text, fact.start, fact.end, sentence=fact.sentence)
    if fact.qualifier == RATING:
        return plain, Fact("amount", float(said), fact.text, fact.start, fact.end, sentence=fact.sentence)
    return plain, Fact("quantity", float(int(said) * 60 + int(whole)), fact.text, fact.start, fact.end, "s",
                       sentence=fact.sentence)


# a word and the name it governs after a score ("on Mirage", "на Inferno")
_SAID_ON_A_NAME = re.compile(r"[ \u00a0]+([^\W\d_]+)[ \u00a0]+([^\W\d_][\w-]*)")
# the most words between two scores of one list, each said with what it was scored on ("13-9 on Mirage, 10-13")
_LISTED_WORDS = 4


def _listed_alike(text: str, previous_end: int, start: int, end: int, rules: Rules) -> bool:
    """A pair after a score, each followed by the same word and a name, no day or month ("on Mirage", "on
    Inferno"), a few words apart with no sentence between: one list of scores ("13-9 on Mirage, 10-13 on Inferno",
    "13:9 на Mirage, 10:13 на Inferno": no range, no clock time). "2:1 on Saturday, next match 18:30 on Wednesday"
    gives a time."""
    before, after = _SAID_ON_A_NAME.match(text, previous_end), _SAID_ON_A_NAME.match(text, end)
    if before is None or after is None or before.group(1).casefold() != after.group(1).casefold():
        return False
    named = [m.group(2) for m in (before, after)]
    return (all(w[:1].isupper() and not rules.weekday.fullmatch(w) and w.casefold() not in rules.month_values
                for w in named)
            and len(_WORD.findall(text, previous_end, start)) <= _LISTED_WORDS
            and not _SENTENCE_BREAK.search(text, previous_end, start))


def amount_follows(text: str, end: int, rules: Rules) -> bool:
    """"2-3 млн", "2:1 км", "won 2-3 %": a unit, a scale or a currency makes the pair a range or a ratio
    of amounts; a unit the locale reads only near its cues, near one ("18-7 с рейтингом" is a record of wins)."""
    return rules.unit_at(text, end, end) is not None or any(
        p.match(text, end) for p in (rules.percent, rules.scale, rules.currency_after))


def _clock_shaped(m: re.Match, free_marks: frozenset[str]) -> bool:
    """"18:30": an hour, a colon, two figures of minutes."""
    return m.group(2) in free_marks and int(m.group(1)) <= 23 and len(m.group(3)) == 2 and int(m.group(3)) <= 59


def _reads_as_score(text: str, m: re.Match, rules: Rules) -> bool:
    s = rules.scores
    start, end = m.span()
    first, mark, second = int(m.group(1)), m.group(2).strip(), int(m.group(3))
    if any(len(f) > 1 and f.startswith("0") for f in (m.group(1), m.group(3))):
        return False  # a score is never zero-padded: "з 9-00 до 18-00" are clock times
    lo = max(0, start - LOOK_BACK)
    if s.clock_marker_before.search(text, lo, start) or rules.currency_before.search(text, lo, start):
        return False  # "о 6:30" is a clock time; "$2-3" a range of sums
    if _NUMBER_SIGN_BEFORE.search(text, lo, start):
        return False  # "на №28 — 8": a route's number, and what it gets
    named = _words_since(s.named_before, text, lo, start)
    result = _words_since(s.result_before, text, lo, start)
    said_after = s.after.match(text, end) is not None
    right_before = any(gap is not None and gap <= 1 for gap in (named, result))
    if _clock_shaped(m, s.free_marks):
        # "21:15": a clock time, unless a score word is right at it, or a dash gives the result its sentence told
        # ("здолала угорку Лізу Пустаї – 15:13")
        return said_after or right_before or (result is not None and _DASH_BEFORE.search(text, lo, start) is not None)
    if mark in s.free_marks:
        return True
    if said_after or (named is not None and named <= 1):
        return True  # "з рахунком 1-3", "1-3 на користь гостей": whichever figure is larger
    if result is not None and result <= 1 and s.after_result.match(text, end):
        return True  # "trailed 3-5 after the first session"
    if s.loss_before.search(text, lo, start) and s.after_loss.match(text, _past_bracketed_scores(text, end)):
        return True  # "lost 0-3 to Kolos", "lost 24-31 (11-15) to Denmark": the loser's score first
    if s.loss_to_winner_before.search(text, lo, start) and _CLAUSE_END.match(text, end):
        return True  # "lost to the Denver Nuggets 112-118."
    if _on_a_results_line(text, start, rules):
        return True  # "Kolos 1-3 Dynamo (Sydoruk 58og)": the home side first, whichever won
    if first < second:
        return False  # "2-3 місця", "won 2-3 seats": a range, the smaller figure first
    # "lead 10-6", "3–1": a range never starts at the larger figure; "fell 2 and 1", "5/4" need a result
    # word in their sentence ("12/4" is a house number, "5 and 3" two figures)
    return mark in s.dashes or result is not None


def _on_a_results_line(text: str, at: int, rules: Rules) -> bool:
    """The pair at `at` is on a results line (`segment.RESULT_ROW`: "Kolos 1-3 Dynamo (Sydoruk 58og – Yaroshenko
    23)") with its scorers and their minutes in brackets: a headline in Title Case ("Ukraine Gets 2-3 New Patriot
    Systems", "Україна отримає 2-3 Patriot (ВІДЕО)") has none, and a range of days has its month after it ("Kyiv Book
    Fair 2-3 December (free entry)")."""
    end = text.find("\n", at)
    line = text[text.rfind("\n", 0, at) + 1:len(text) if end < 0 else end].strip().rstrip(".;,")
    month = _WORD_AFTER_A_PAIR.match(text, at)
    return (_SCORERS_CLOSING.search(line) is not None and RESULT_ROW.fullmatch(line) is not None
            and not (month and month.group(1).casefold() in rules.month_values))


# the scorers of a results line, in brackets closing it, a minute among them ("(Sydoruk 58og – Yaroshenko 23)")
_SCORERS_CLOSING = re.compile(r"\([^()\n]*\d[^()\n]*\)\Z")
# a pair and the word after it, a month's name where the pair is a range of days
_WORD_AFTER_A_PAIR = re.compile(r"\d{1,3}[-–—]\d{1,3}[ \u00a0]+([^\W\d_]+)")


# a number sign right before a figure: its number in a series ("№28", "No. 28", "#28"), never a score's
_NUMBER_SIGN_BEFORE = re.compile(r"(?:№|#|\bNo\.|\bNr\.)[ \u00a0]*\Z")
# a dash ending the text searched: what follows gives the result the sentence told ("здолала … Пустаї – 15:13")
_DASH_BEFORE = re.compile(r"[–—][ \u00a0]*\Z")

# the scores of the halves or the sets in brackets after the final one ("24-31 (11-15)", "2-1 (6-4, 3-6, 7-5)")
_BRACKETED_SCORES = re.compile(r"[ \u00a0]*\(\d{1,3}[-–—:]\d{1,3}(?:,[ \u00a0]*\d{1,3}[-–—:]\d{1,3})*\)")


def _past_bracketed_scores(text: str, end: int) -> int:
    bracketed = _BRACKETED_SCORES.match(text, end)
    return bracketed.end() if bracketed else end


def _words_since(pattern: re.Pattern, text: str, lo: int, start: int) -> int | None:
    """How many words stand between the last match of `pattern` before `start` and `start`; None when
    there is none in the look-back, or a sentence break stands between."""
    last = None
    for last in pattern.finditer(text, lo, start):
        pass
    if last is None or _SENTENCE_BREAK.search(text, last.end(), start):
        return None
    return len(_WORD.findall(text, last.end(), start))
