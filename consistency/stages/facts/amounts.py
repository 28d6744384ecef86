"""Figures: plain amounts, money, percentages, ordinals, quantities with units, years and number words.

One pass finds each run of digits in the locale's format ("44,2", "2 000", "2,000"); anchored matches
right after it read what the figure is (a scale word, a currency, "%", a unit, an ordinal ending) and
one look back reads a currency symbol and a qualifier ("more than", "понад").
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from consistency.locales import load_locale
from consistency.model import Fact
from consistency.stages.facts.rules import MIXED_FRACTION, VULGAR_FRACTIONS, Rules, alternation
from consistency.stages.facts.units import TEMPERATURE, UNITS, dimension

YEAR_RANGE = (1000, 2100)
BARE_YEAR_FROM = 1800
# quadrillions at most; longer digit runs would also overflow a float (beyond 308 digits)
MAX_WHOLE_DIGITS = 16


@lru_cache(maxsize=None)
def _decade_marks(lang: str) -> frozenset[str]:
    """Letters glued to a round year that make it a decade ("the 1990s", "the 30s"): `years.decade_marks`."""
    return frozenset(load_locale(lang).get("years.decade_marks", []))


@lru_cache(maxsize=None)
def _glued_minute_marks(lang: str) -> re.Pattern:
    """Letters glued to a goal's minute in a results line ("Sydoruk 58og", "Kuzmin 55pen"): `scores.minute_marks`."""
    marks = load_locale(lang).get("scores.minute_marks", [])
    return re.compile(alternation(marks) + r"(?![\w-])" if marks else "(?!)")


def _decade_mark_at(text: str, pos: int, rules: Rules) -> bool:
    return pos < len(text) and text[pos] in _decade_marks(rules.lang) and not text[pos + 1 : pos + 2].isalpha()


def parse_number(literal: str, rules: Rules) -> Decimal | None:
    """"44,2" → 44.2 in uk; "2 000" / "2,000" → 2000; "2½" → 2.5; None for what is no number in this locale."""
    mixed = MIXED_FRACTION.search(literal)
    if mixed and mixed.end() == len(literal):  # "5.38-1/4": a quarter of the last figure's unit, 5.3825
        whole = parse_number(literal[:mixed.start()], rules)
        if whole is None:
            return None
        fraction = Decimal(mixed["numerator"]) / Decimal(mixed["denominator"])
        return whole + fraction.scaleb(whole.as_tuple().exponent)
    if literal[-1:] and literal[-1] in VULGAR_FRACTIONS:
        whole = parse_number(literal[:-1], rules) if literal[:-1] else Decimal(0)
        return None if whole is None else whole + Decimal(str(round(unicodedata.numeric(literal[-1]), 6)))
    digits = []
    seen_decimal = False
    for ch in literal:
        if ch.isdigit():
            digits.append(ch)
        elif ch in rules.group and not (ch in rules.decimal and is_decimal_use(literal, ch)):
            continue
        elif ch in rules.decimal and not seen_decimal:
            digits.append(".")
            seen_decimal = True
        else:
            return None
    whole = "".join(digits).split(".")[0]
    if len(whole) > MAX_WHOLE_DIGITS:
        return None  # a run of figures joined by spaces, or a code: no amount a story states
    try:
        return Decimal("".join(digits))
    except InvalidOperation:
        return None


def is_decimal_use(literal: str, ch: str) -> bool:
    """A separator the locale uses both ways (English's comma) is decimal unless 3 digits follow its last use
    ("1,2" is 1.2; "1,234" and "1,234.5" are over a thousand)."""
    tail = literal.rsplit(ch, 1)[1]
    return len(tail) - len(tail.lstrip("0123456789")) != 3


def _num(value: Decimal | float) -> float:
    # 12 significant digits keep 44.2e9 from becoming 44200000000.00001 after the multiplication
    return float(f"{float(value):.12g}")


def read_figures(text: str, rules: Rules, taken: list[tuple[int, int]]) -> list[Fact]:
    facts: list[Fact] = []
    notation = [m.span() for m in rules.not_figures.finditer(text)]  # "24/7": no figure
    for match in rules.number.finditer(text):
        start, end = match.span(1)
        if overlaps(taken, start, end):
            match = _rest_after_a_claim(text, match, taken, rules) or _figure_before_a_claim(text, match, taken, rules)
            if match is None:
                continue
            start, end = match.span(1)
        if overlaps(notation, start, end) or (facts and start < facts[-1].end):
            continue  # "24/7", or a digit the figure before took in ("45м2": the square metres' 2)
        fact = _read_one(text, match.group(1), start, end, rules)
        if fact is not None:
            facts.append(fact)
    facts = join_compound_quantities(text, _share_range_units(text, _join_compound_scales(text, facts, rules), rules),
                                      rules)
    facts = _units_said_before(text, facts, rules)
    facts = _per_period(text, _per_one(text, facts, rules), rules)
    return _signed_temperatures(text, _bare_hours(text, _converted_in_brackets(text, facts, rules), rules), rules)


_ELLIPSIS_AFTER = re.compile(r"[ \u00a0]?(?:…|\.\.\.)")
_ELLIPSIS_BEFORE = re.compile(r"(?:…|\.\.\.)[ \u00a0]?[-−–+]?[ \u00a0]?\Z")
_DEGREE_AFTER = re.compile(r"[ \u00a0]?°")
# a sign's mark right before a figure; a dash right after a figure is a range's ("7–12")
_SIGN_MARK_BEFORE = re.compile(r"(?:\+|(?<![\w,])[\-−–])[ \u00a0]?\Z")


def _signed_temperatures(text: str, facts: list[Fact], rules: Rules) -> list[Fact]:
    """A temperature below zero keeps its sign ("−3°C", "-5°", "мінус 12 градусів", "8° мороза"), the one figure whose
    sign news changes in translation: "+3" and "-3" are no same night. A temperature: a figure with a temperature's
    unit or a degree sign after it, and the two ends of a range of them ("−6…−2°C", "-6 to -1°C", "-1...-3"), the first
    taking the words after the second that put both below zero ("3–8 градусів морозу": `numbers.below_zero_after`). An
    end with no sign of its own takes the minus word said before the first ("мінус 7–12 градусів")."""
    said = [_said_sign(text, fact, rules) for fact in facts]
    out: list[Fact] = []
    temperature_before = False  # the fact before was a temperature, or a range's first end before one
    for i, fact in enumerate(facts):
        following = facts[i + 1] if i + 1 < len(facts) else None
        before = text[max(0, fact.start - 16):fact.start]
        # a range's first end before a temperature, or before the ellipsis that joins a forecast's ends (where a
        # splitter cut the sentence, "Вночі -2..."); an end after that ellipsis
        joined_to_next = following is not None and said[i + 1] is not None and _range_ends(text, fact, following, rules)
        first_end = fact.kind == "amount" and (joined_to_next or _ELLIPSIS_AFTER.match(text, fact.end) is not None)
        second_end = fact.kind == "amount" and temperature_before and _ELLIPSIS_BEFORE.search(before) is not None
        temperature_before = said[i] is not None or first_end
        if said[i] is None and not first_end and not second_end or isinstance(fact.value, str):
            out.append(fact)
            continue
        minus = rules.minus_before.search(before)
        below = rules.below_zero_after.match(text, fact.end) if said[i] == "-" else None
        own_sign = _sign_before(before, rules) is not None
        both_below = joined_to_next and said[i + 1] == "-" and minus is None and not own_sign
        # an end with no sign of its own after a first end a minus word put below zero ("minus 7 to 12 degrees"; a
        # mark is each end's own: "from -5 to 10°C")
        inherited = (minus is None and below is None and not own_sign and bool(out)
                     and isinstance(out[-1].value, float) and out[-1].value < 0 and out[-1].text[:1].isalpha()
                     and _range_ends(text, out[-1], fact, rules))
        if minus is not None:  # the sign is the fact's, shown with it: "−2°C" is no "+2°C" written alike
            start = fact.start - len(minus.group(0))
            fact = replace(fact, value=-fact.value, text=text[start:fact.end], start=start)
        elif below is not None:
            fact = replace(fact, value=-fact.value, text=text[fact.start:below.end()], end=below.end())
        elif both_below or inherited:
            fact = replace(fact, value=-fact.value)
        out.append(fact)
    return out


def _said_sign(text: str, fact: Fact, rules: Rules) -> str | None:
    """For a temperature (a temperature's unit or a degree sign after the figure), "-" or "+" where words after it say
    which side of zero it is ("8° мороза", "8 градусів морозу", "of frost"), else ""; None for any other figure ("5
    days of frost" is no temperature)."""
    degrees = _DEGREE_AFTER.match(text, fact.end)
    if fact.unit not in TEMPERATURE and degrees is None:
        return None
    after = degrees.end() if degrees and fact.unit not in TEMPERATURE else fact.end
    if rules.below_zero_after.match(text, after):
        return "-"
    return "+" if rules.above_zero_after.match(text, after) else ""


def _sign_before(before: str, rules: Rules) -> str | None:
    """The sign right before a figure, as written (a mark, "мінус ", "plus "), or None; `before` ends at the figure,
    so a dash after another figure ("7–") is a range's, no sign."""
    if mark := _SIGN_MARK_BEFORE.search(before):
        return mark.group(0)
    return _sign_word_before(before, rules)


def _sign_word_before(before: str, rules: Rules) -> str | None:
    word = re.search(r"([^\W\d_]+)[ \u00a0]+\Z", before)
    return word.group(0) if word and word.group(1).casefold() in rules.signs else None


def _range_ends(text: str, first: Fact, second: Fact, rules: Rules) -> bool:
    """The two figures are a range's ends, the second's own sign aside ("-6 to -1", "−3…+1", "від мінус 3 до плюс
    5")."""
    stop = second.start
    if sign := _SIGN_MARK_BEFORE.search(text, first.end, stop):  # seeing what stands before: "7–12" has none
        stop -= len(sign.group(0))
    elif word := _sign_word_before(text[first.end:stop], rules):
        stop -= len(word)
    return (rules.range_between.fullmatch(text, first.end, stop) is not None
            or re.fullmatch(r"[ \u00a0]*(?:[–—…-]|\.\.\.)[ \u00a0]*", text[first.end:stop]) is not None)


def _rest_after_a_claim(text: str, match: re.Match, taken: list[tuple[int, int]], rules: Rules) -> re.Match | None:
    """The figure after a span another reading claimed inside a grouped one: in "on April 3 410 bodies" the
    date takes "April 3", and "3 410" (a space groups thousands) leaves the 410 bodies."""
    start, end = match.span(1)
    cut = max((e for s, e in taken if s <= start < e < end), default=None)
    rest = rules.number.search(text, cut) if cut is not None else None
    if rest is None or rest.span(1)[1] != end or overlaps(taken, *rest.span(1)):
        return None
    # a group of thousands is no figure of its own ("May 2 000 people": 2 000 people, the date a misreading)
    return None if rest.group(1).startswith("0") and len(rest.group(1)) > 1 else rest


def _figure_before_a_claim(text: str, match: re.Match, taken: list[tuple[int, int]], rules: Rules) -> re.Match | None:
    """The figure before a span another reading claimed inside a grouped one: in "Combi 16 100x185 см" the
    dimensions take "100x185", and "16 100" (a space groups thousands) leaves the model's 16."""
    start, end = match.span(1)
    claim = min(((s, e) for s, e in taken if start < s < end), default=None)
    if claim is None or _GROUP_AFTER.match(text, claim[1]):
        return None  # "1 200 х 2 000": the claim itself cuts grouped figures, and no figure stands before it
    before = rules.number.match(text, match.start(), claim[0])
    if before is None or before.span(1)[0] != start or overlaps(taken, *before.span(1)):
        return None
    return before


_GROUP_AFTER = re.compile(r"[ \u00a0\u202f]\d{3}(?!\d)")


def join_compound_quantities(text: str, facts: list[Fact], rules: Rules) -> list[Fact]:
    """"1 м 82 см", "6 футів і 6 дюймів", "2 hours 30 minutes", "6-foot-6": one quantity in the larger
    unit (1.82 m, 6.5 ft), so that it compares with "6 feet 6 inches" or "1.98 m" as a whole; of three parts too
    ("15 діб 16 годин 34 хвилини", "15 days, 16 hours and 34 minutes"). `facts` in text order."""
    out: list[Fact] = []
    joined: set[int] = set()  # the offsets of the quantities joined from parts, which may take another
    for i, fact in enumerate(facts):
        previous = out[-1] if out else None
        between = rules.compound_between.fullmatch(text, previous.end, fact.start) if previous is not None else None
        if between and "," in between.group(0) and previous is not None and previous.start not in joined:
            # a comma only where the parts go on to a smaller third ("15 days, 16 hours, and 34 minutes", "2 hours,
            # 5 minutes, 30 seconds"), not in a list ("10 км, 5 км, 800 м", "6 days, 12 hours a day")
            third = facts[i + 1] if i + 1 < len(facts) else None
            between = between if third is not None and third.kind == "quantity" and fact.kind == "quantity" and (
                rules.compound_between.fullmatch(text, fact.end, third.start)
                and _compound_value(fact, third.value, third.unit) is not None) else None
        if (previous is not None and previous.kind == "quantity" and fact.kind == "quantity"
                and (float(previous.value).is_integer() or previous.start in joined) and between):
            letters = rules.compound_letters.get(previous.unit or "", {})
            unit = letters.get(fact.text.lstrip("0123456789.,\u00a0 "), fact.unit)  # "2h 05m": minutes
            value = _compound_value(previous, fact.value, unit)
            if value is not None:
                out[-1] = Fact("quantity", value, text[previous.start : fact.end], previous.start, fact.end,
                               previous.unit, _scale_and_said(previous.qualifier)[1])  # "1m 90cm" is metres
                joined.add(previous.start)
                continue
        out.append(fact)
    # "6-foot-6": the smaller unit left unsaid after a hyphen
    for i, fact in enumerate(out):
        implied = rules.compound_implied.get(fact.unit or "") if fact.kind == "quantity" else None
        tail = _IMPLIED_TAIL.match(text, fact.end) if implied else None
        if tail and float(fact.value).is_integer():
            joined = _compound_value(fact, float(tail.group(1)), implied)
            if joined is not None:
                out[i] = Fact("quantity", joined, text[fact.start : tail.end()], fact.start, tail.end(), fact.unit, fact.qualifier)
    return out


_SPACES = re.compile(r"[ \u00a0\u202f]+")


def _join_compound_scales(text: str, facts: list[Fact], rules: Rules) -> list[Fact]:
    """"1 млн 200 тис. гривень", "2 млрд 300 млн доларів", "1 млн 200 тис. тонн": one figure in two scale words, as
    Ukrainian and Russian copy writes what English says as "UAH 1.2 million"; the first part a whole number of the
    larger scale, the second less than one of it, in a smaller scale, and nothing but a space between them. So is a
    sum and its coins ("15 грн 50 коп.": hundredths of a currency the sum is in)."""
    out: list[Fact] = []
    for fact in facts:
        previous = out[-1] if out else None
        apart = previous is not None and _SPACES.fullmatch(text, previous.end, fact.start)
        coins = (previous is not None and previous.unit in str(fact.unit).split("|")
                 and math.isclose(_scale_of(fact, rules), 0.01))
        if (apart and coins and previous.kind == fact.kind == "money" and 0 < fact.value < 1
                and float(previous.value).is_integer()):
            # "15 грн 50 коп.": the coins are a part of the sum before them
            out[-1] = replace(previous, value=_num(previous.value + fact.value), text=text[previous.start : fact.end],
                              end=fact.end)
            continue
        # the first part says no currency ("5 млрд грн. 300 млн із них" is two sums), and a space alone stands between
        if (apart and previous.kind == "amount" and fact.kind in ("amount", "money", "quantity")
                and float(previous.value).is_integer()):
            larger, smaller = _scale_of(previous, rules), _scale_of(fact, rules)
            if larger > smaller > 1 and fact.value < larger and float(previous.value / larger).is_integer():
                out[-1] = replace(fact, value=_num(previous.value + fact.value), text=text[previous.start : fact.end],
                                  start=previous.start, qualifier=previous.qualifier)
                continue
        out.append(fact)
    return out


# the qualifier of a rate's "1 м³" ("7,96 грн за 1 м³", "15 мг на 1 кг"), which English says without its one ("UAH
# 7.96 per cubic metre"): a weak fact, as `checks.facts.relations` reads it, that confirms a "per 1 m3" and is no
# quantity missing where another edition says "per cubic metre"
PER_ONE = "per-one"
# the qualifier of a sport's age group ("girls' U10"): weak, as "the U21 side" is "молодіжна збірна" as often as
# "збірна U-21", but it confirms the "до 10 років" of another edition
AGE_GROUP = "age-group"
# how far back the figure a rate divides may stand: "15 мг парацетамолу на 1 кг маси тіла"
_RATE_REACH = 60


_ROUND_DENOMINATORS = frozenset({1, 10, 100, 1000})
# nothing between a measure and its round denominator but a slash or the rate word ("л/100 км", "litres per 100km")
_RATE_WORD_ONLY = re.compile(r"[ \u00a0]+[^\W\d_]+[ \u00a0]+")
_RATE_RIGHT_AFTER = re.compile(r"[ \u00a0]*/[ \u00a0]*|" + _RATE_WORD_ONLY.pattern)


def _per_one(text: str, facts: list[Fact], rules: Rules) -> list[Fact]:
    """One of a unit after a rate word ("за", "на", "per") is the rate's denominator, not a quantity of its own,
    where a sum or a quantity in another unit comes before it in its sentence: "грн за 1 м³", "мг на 1 кг"; so are ten,
    a hundred, a thousand of it right after the measure it rates ("7.8 litres per 100km", where another edition
    writes "7,8 л/100 км"; not "500 кг впала за 10 км від Києва").
    Never one of time ("на 1 годину" is for an hour, a span of its own), nor one after a span of time ("за 2 дні
    просунувся на 1 км") or after a measure in its own unit ("піднявся на 5 м, потім на 1 м").
    So is one of a currency after a sum in another, an exchange rate's ("1,95583 лева за €1", "42,18 грн за $1"),
    which English says without its one ("1.95583 leva per euro")."""
    out = list(facts)
    for i, fact in enumerate(out):
        exchanged = fact.kind == "money" and fact.value == 1 and i > 0 and out[i - 1].kind == "money" and (
            out[i - 1].unit != fact.unit)
        if not exchanged and (fact.kind != "quantity" or fact.value not in _ROUND_DENOMINATORS or i == 0 or (
                dimension(fact.unit) == "duration")):
            continue
        if not rules.per_one_before.search(text[max(0, fact.start - 12):fact.start]):
            continue
        rated = out[i - 1]
        between = text[rated.end:fact.start]
        measured = exchanged or rated.kind == "money" or (rated.kind == "quantity" and rated.unit != fact.unit
                                                          and dimension(rated.unit) != "duration")
        # an exchange rate's base right after its rate word ("лева за €1"): "продали за $1" after a sum is a price
        right_after = (_RATE_WORD_ONLY.fullmatch(between) is not None if exchanged
                       else fact.value == 1 or _RATE_RIGHT_AFTER.fullmatch(between) is not None)
        if measured and right_after and len(between) <= _RATE_REACH and not re.search(r"[.!?;]\s", between):
            scale, _said = _scale_and_said(fact.qualifier)
            # "$2 per 1m input tokens": a metre's one, or a million, as another edition says
            out[i] = replace(fact, qualifier=PER_ONE if scale is None else _scale_or_unit_qualifier(scale, PER_ONE))
    return out


def read_units_per_one(text: str, rules: Rules, taken: list[tuple[int, int]]) -> list[Fact]:
    """A word of one of a unit before a unit with no figure (`unit_rules.per_unit_words`: "per hectare"): one of the
    unit, weak (`PER_ONE`), that confirms another edition's "ціна 1 га", "куряче філе за 1 кг" and is no quantity of
    its own; never a unit of time ("per hour" is a period)."""
    facts = []
    ends = {e for _, e in taken}
    for rate in rules.per_unit_word.finditer(text):
        unit = rules.unit.match(text, rate.end())
        if (unit is None or overlaps(taken, rate.start(), unit.end()) or len(unit.group(0).strip()) < 2
                or _WORD_GOES_ON.match(text, unit.end()) or _after_a_figure(text, rate.start(), ends)
                or not rules.unit_in_its_context(text, rate.end(), unit)):
            continue  # "per mt" are a trader's tonnes; "72.5 centners per hectare" is a rate, read with its figure
        code = rules.unit_code(unit.group(0))
        if code and dimension(code) != "duration":
            facts.append(Fact("quantity", 1.0, text[rate.start():unit.end()], rate.start(), unit.end(), code,
                              PER_ONE))
    return facts


_WORD_GOES_ON = re.compile(r"[\w'’ʼ]")


def _after_a_figure(text: str, start: int, ends: set[int]) -> bool:
    """A fact read ends right before `start`, but for spaces."""
    i = start
    while i > 0 and text[i - 1] in " \u00a0":
        i -= 1
    return i in ends


def _per_period(text: str, facts: list[Fact], rules: Rules) -> list[Fact]:
    """A sum with the period it is per right after it ("UAH 28,000 a month", "28 000 грн/міс.", "100 грн/год"): the
    period is the sum's (`Fact.per`), and its words are a part of it; so is it the first end's of a range ("$5-7bn a
    year")."""
    out: list[Fact] = []
    for fact in facts:
        period = rules.per_period.match(text, fact.end) if fact.kind == "money" else None
        if period is not None:
            fact = replace(fact, text=text[fact.start:period.end()], end=period.end(),
                           per=rules.period(period.group(1)))
            first = out[-1] if out else None
            if first is not None and first.kind == "money" and rules.a_range(text, first, fact):
                out[-1] = replace(first, per=fact.per)
        out.append(fact)
    return out


# the qualifier of a sum converted into another currency in brackets after it ("UAH 10 billion (about $240
# million)"), or a measure into another unit ("14 degrees Fahrenheit (minus 10 degrees Celsius)"), a gloss an
# edition for readers abroad adds: `checks.facts.blame` finds it neither added nor missing, but a gloss that other
# editions give otherwise ("(£150 billion)" / "(150 млн фунтів)") is still altered; a conversion is approximate
# whether or not it says so (`checks.facts.relations.APPROXIMATE`)
CONVERTED = "converted"
# a bracket right before the converted sum, and right after it: what stands between the bracket and the sum may
# only say it is rounded ("(about ", "(≈", "(близько "), not whose sum it is ("(США — $30 млн)")
_BRACKET_BEFORE = re.compile(r"[ \u00a0]*[(\[][ \u00a0]*(.*?)[ \u00a0]*")
_BRACKET_AFTER = re.compile(r"[ \u00a0]*[)\]]")
_ROUNDED_SIGNS = ("", "≈", "~")


def _converted_in_brackets(text: str, facts: list[Fact], rules: Rules) -> list[Fact]:
    """A sum of money in brackets right after a sum in another currency is that sum converted, and so is a measure
    right after one of its dimension in another unit ("24 inches (61 cm)")."""
    out = list(facts)
    for i in range(1, len(out)):
        before, fact = out[i - 1], out[i]
        if fact.kind != before.kind or fact.unit == before.unit or not (
                fact.kind == "money" or fact.kind == "quantity" and dimension(fact.unit) == dimension(before.unit)):
            continue
        bracket = _BRACKET_BEFORE.fullmatch(text, before.end, fact.start)
        said = bracket.group(1) if bracket else None
        if said is None or not _BRACKET_AFTER.match(text, fact.end):
            continue
        said = _without_a_sign(said, rules)  # "(minus 10 degrees", "(about minus 10 degrees"
        if said in _ROUNDED_SIGNS or rules.qualifier_code(said) in ("about", "almost"):
            out[i] = replace(fact, qualifier=CONVERTED)
    return out


def _without_a_sign(said: str, rules: Rules) -> str:
    words = said.split()
    return " ".join(words[:-1]) if words and words[-1].casefold() in rules.signs else said


# the qualifier of a bare figure that is an hour said without its minutes ("at 9, the doctor will see you"), which
# `checks.facts.relations` lets stand for a time another edition gives as an hour alone ("на 9-ту годину")
BARE_HOUR = "bare-hour"
# the qualifier of a bare figure that is an hour of a 24-hour clock, in a range of them ("з 9 до 18"): that hour only,
# where English leaves the half of the day unsaid ("at 9")
BARE_HOUR_OF_24 = "bare-hour-of-24"
_MARK_OR_END = re.compile(r"[ \u00a0]*(?:[,.;:!?)]|\Z)")


def _bare_hours(text: str, facts: list[Fact], rules: Rules) -> list[Fact]:
    """A plain figure up to 24, after a word of `times.bare_hour_before` ("at", "by") and before a mark or the end:
    an hour; and the two of a range of them before a mark or the end ("щодня з 8 до 20."), which another edition
    gives as clock times ("from 8 a.m. to 8 p.m."). Without a mark they stay figures ("Polls close at 8 and 20
    candidates run": "8 and 20" may be two figures), since a missed hour costs a warning and a false one can hide a
    changed count; an hour is still a figure to compare ("зросла з 8 до 20.")."""
    in_ranges = {m.span(group) for m in rules.bare_hour_range.finditer(text) if _MARK_OR_END.match(text, m.end())
                 for group in (1, 2)}
    out = list(facts)
    for i, fact in enumerate(out):
        literal = fact.text.strip()
        if fact.kind != "amount" or not literal.isdigit():
            continue
        if (fact.start, fact.end) in in_ranges and int(literal) <= 24:
            # the qualifier a range's "до" gave the figure after it ("up to 20") goes: it is the range's joiner
            out[i] = replace(fact, qualifier=BARE_HOUR if rules.twelve_hour_clock else BARE_HOUR_OF_24)
        elif (fact.qualifier is None and 0 < int(literal) <= 24 and _MARK_OR_END.match(text, fact.end)
              and rules.bare_hour_before.search(text[max(0, fact.start - 12):fact.start])):
            out[i] = replace(fact, qualifier=BARE_HOUR)
    return out


_IMPLIED_TAIL = re.compile(r"[\-–](\d{1,2})(?![\d.,])")


# the measures said in two units at once ("1 м 82 см", "6 feet 6 inches", "2 hours 30 minutes"); "2 GW and 500 MW"
# are two plants, "1 TB and 512 GB" two drives
_COMPOUND_MEASURES = frozenset({"length", "mass", "duration"})


def _compound_value(larger: Fact, value: float, unit: str | None) -> float | None:
    """larger + value·unit in larger's unit, when unit is a smaller unit of the same dimension, one of a measure said
    in two units at once (`_COMPOUND_MEASURES`: length, mass, time), and the smaller part is less than one larger
    unit (1 м 82 см; not "2 km 300 m" written as "2 km, 3000 m")."""
    big, small = UNITS.get(larger.unit or ""), UNITS.get(unit or "")
    if big is None or small is None or big[0] != small[0] or small[1] >= big[1] or big[0] not in _COMPOUND_MEASURES:
        return None
    part = value * small[1] / big[1]
    if not 0 <= part < 1 - float(larger.value) % 1:
        return None
    return _num(float(larger.value) + part)


def _share_range_units(text: str, facts: list[Fact], rules: Rules) -> list[Fact]:
    """"from 2.54 to 5.08 cm", "5–7,6 см", "$1-2 million": the first figure of a range takes the
    second one's kind, unit and scale. "€150–200 тис.", "from $5 to $7 million": a currency said once before the
    first figure of a range (joined by a dash, or opened by `ranges.openers`) is the second one's too, and the scale
    after the second is the first one's (`_takes_the_scale`: "from $900 to $1.2 million" keeps its $900; "$100 to 5
    people", "$10 to 2 million people" are no ranges)."""
    out = list(facts)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        if not rules.a_range(text, first, second):
            continue
        between = text[first.end:second.start]
        same_currency = second.kind == "money" and second.unit == first.unit
        if first.kind == "money" and (second.kind == "amount" or same_currency):
            opener = rules.range_opener_before.search(text, max(0, first.start - _OPENER_REACH), first.start)
            if DASHES_ONLY.fullmatch(between) or opener:
                out[i], out[i + 1] = _one_currency_range(first, second, rules)
            continue
        if first.kind == "amount" and second.kind == "amount":
            # "2–3 тисячі", "2-3 million people": as "2,000–3,000" another edition writes
            if _takes_the_scale(first, second, factor := _scale_of(second, rules)):
                out[i] = replace(first, value=_num(first.value * factor))
            continue
        if first.kind != "amount" or second.kind not in ("quantity", "money", "percent"):
            continue
        if (second.kind == "money" and not second.text[:1].isdigit() and between.strip() in ("–", "—", "-")
                and between != between.strip()):
            continue  # "children aged 7 to 14 – UAH 60": a spaced dash before a sum's sign or code parts a list's line
        value = first.value
        if second.kind in ("money", "quantity"):
            factor = _scale_of(second, rules)
            # "$1-2 million" (the first figure has no scale of its own), "49-99p" (pence), "60–65 тис. т"; a
            # margin's figure is the smaller one ("11,6 ± 0,3 тис. років" is 11,600 ± 300 years)
            margin = between.strip() == "±" and factor > 1 and second.value < first.value * factor
            if _takes_the_scale(first, second, factor) or (factor < 1 and second.kind == "money") or margin:
                value = _num(first.value * factor)
        scale, _ = _scale_and_said(second.qualifier)  # "3-5m": either 3 to 5 metres or 3 to 5 million
        qualifier = first.qualifier if scale is None else _scale_or_unit_qualifier(scale, first.qualifier)
        out[i] = Fact(second.kind, value, first.text, first.start, first.end, second.unit, qualifier)
    return out


def _units_said_before(text: str, facts: list[Fact], rules: Rules) -> list[Fact]:
    """A plain figure after a word that gives its unit (`unit_rules.unit_before`: "aged 87" is 87 years, as "у віці 87
    років" says it), and the second figure of its range ("aged 18 to 60", "aged 18-24")."""
    out = list(facts)
    for i, fact in enumerate(out):
        if fact.kind != "amount" or fact.unit is not None:
            continue
        word = rules.unit_before.search(text, max(0, fact.start - 20), fact.start)
        unit = rules.unit_said_before(word.group(1)) if word else None
        if unit is None:
            continue
        out[i] = replace(fact, kind="quantity", unit=unit)
        if i + 1 < len(out) and out[i + 1].kind == "amount" and out[i + 1].unit is None and (
                rules.a_range(text, fact, out[i + 1])):
            out[i + 1] = replace(out[i + 1], kind="quantity", unit=unit)
    return out


def _takes_the_scale(first: Fact, second: Fact, factor: float) -> bool:
    """The first figure of a range takes the second one's scale word ("$1-20 million", "від 1 до 20 млн") where it
    has none of its own and is then no more than ten times the second: "from 900 to $1.2 million" keeps its 900."""
    return factor > 1 and first.value < 1000 <= second.value and first.value * factor <= 10 * second.value


DASHES_ONLY = re.compile(r"\s*[-–—]\s*")
# how far before a range's first figure the word opening it may start ("between  ", "від ")
_OPENER_REACH = 40


def _scale_of(fact: Fact, rules: Rules) -> float:
    """The factor a fact's scale word or hundredths gave its figure ("$7 million": a million; "99p": a hundredth)."""
    literal = rules.number.search(fact.text)
    written = parse_number(literal.group(1), rules) if literal else None
    return fact.value / float(written) if written else 1.0


def _one_currency_range(first: Fact, second: Fact, rules: Rules) -> tuple[Fact, Fact]:
    """The two ends of a range whose currency the first one says: both in it, and the first scaled by the second's
    scale word (`_takes_the_scale`) where its currency comes before its figure ("$5"): "17 грн" has said all it
    says ("від 17 грн до 51 тис. грн")."""
    value, factor = first.value, _scale_of(second, rules)
    if first.text[-1:].isdigit() and _takes_the_scale(first, second, factor):
        value = _num(first.value * factor)
    return (Fact("money", value, first.text, first.start, first.end, first.unit, first.qualifier),
            Fact("money", second.value, second.text, second.start, second.end, first.unit, second.qualifier))


def overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """The span [start, end) overlaps one of `taken`."""
    return any(s < end and start < e for s, e in taken)


_ORDINAL_BEFORE_A_DASH = re.compile(r"(?<![\w.,])\d{1,3}([^\W\d_]{1,3})[-–]\Z")


# a figure and its unit hyphened before a hyphen, and a unit hyphened after the next figure ("1-hour-" and "-minute"
# of "the 1-hour-52-minute final"; "a 6-foot-6 forward" says its inches otherwise)
_MEASURE_HYPHENED_BEFORE = re.compile(r"(?<![\w.,])\d+[-–]([^\W\d_]+)[-–]\Z")
_HYPHENED_UNIT_AFTER = re.compile(r"[-–]([^\W\d_]+)")


def _read_one(text: str, literal: str, start: int, end: int, rules: Rules) -> Fact | None:
    hyphened = start >= 2 and text[start - 1] in "-–" and text[start - 2].isalpha() and not _a_year_of_events(literal)
    first = _ORDINAL_BEFORE_A_DASH.search(text, max(0, start - 8), start) if hyphened else None
    if first is not None and rules.ordinal.fullmatch(first.group(1)):
        hyphened = False  # "tied for 2nd-4th place": the last of a range of ordinals, no code
    if hyphened and (opened := _RANGE_OPENED.search(text, max(0, start - 24), start)) and (
            scale := opened.group("scale")) and rules.scale_value(scale) and text[end:end + len(scale)].casefold() == (
            scale.casefold()):
        hyphened = False  # "$40bn-42bn": the second figure of a range with the first's scale, no code ("3M-14")
    if (hyphened and (unit := _MEASURE_HYPHENED_BEFORE.search(text, max(0, start - 24), start))
            and (its_unit := _HYPHENED_UNIT_AFTER.match(text, end)) and rules.unit_code(unit.group(1))
            and rules.unit_code(its_unit.group(1))):
        hyphened = False  # "the 1-hour-52-minute final": a measure's second part, as "1 hour 52 minutes" writes it
    if hyphened and not rules.qualifier_hyphenated_before.search(text, max(0, start - 20), start):
        # a model or a code: AIM-9, F-16, Су-35 (the names reader keeps them whole); not the year of "mid-2027",
        # "Євробачення-2026", "НМТ-2027", which another edition writes apart ("Eurovision 2026")
        return None
    fact = _read_figure(text, literal, start, end, rules)
    if hyphened and (fact is None or fact.kind not in ("quantity", "money", "percent")):
        return None  # "the under-52 kg category" is a measure; "an under-21 team" says a team's code, "U-21"
    return fact


def _read_figure(text: str, literal: str, start: int, end: int, rules: Rules) -> Fact | None:
    value = parse_number(literal, rules)
    if value is None:
        return None
    currency, span_start, qualifier = _lead(text, start, rules)
    ordinal = _ordinal_or_dated_year(text, literal, value, start, end, currency, qualifier, rules)
    if ordinal is not None:
        return ordinal
    opening = None if currency else _currency_opening_the_range(text, start, rules)
    multiplier, pos = _scale_after(text, end, currency or opening, rules)
    if opening and multiplier != 1:
        currency = opening  # "$5-7bn": 7 billion dollars, the scale glued as after "$7"
    inverted = rules.scale_before.search(text[max(0, start - 20) : start]) if multiplier == 1 else None
    if inverted:  # "тисяч 100": about a hundred thousand
        multiplier, qualifier = Decimal(str(rules.scale_value(inverted.group(1)) or 1)), qualifier or "about"
    if multiplier == 1 and currency is None:
        either = _scale_or_unit(text, literal, value, span_start, end, qualifier, rules)
        if either is not None:
            return either
    # Latin letters glued to the digits that no rule below reads: a code such as AIM-9M, 4G, 247sports; in any
    # script, a capital alone glued to them that is no unit in that case ("6000К" with a Cyrillic К, as "6000K";
    # "3М", the brand, where "3м" is three metres)
    capital = _capital_alone(text, pos, end)
    times = _TIMES_AFTER.match(text, pos) is not None  # "2.4x", "10x faster": a multiplier, as "×2,5" before it
    if pos < len(text) and text[pos].isalpha() and (text[pos].isascii() or capital) and not times:
        unit = rules.unit_at(text, pos, start)
        if capital and unit and unit.group(0).strip() not in rules.one_letter_units:
            unit = None
        if not (rules.percent.match(text, pos) or rules.currency_after.match(text, pos) or unit):
            if not (literal.isdigit() and (_decade_mark_at(text, pos, rules)
                                           or _glued_minute_marks(rules.lang).match(text, pos))):
                return None
            if len(literal) == 2 and rules.measure_before.search(text[max(0, start - 30):start]):
                return None  # "widespread 80s", "highs in the upper 70s": degrees, no decade nor a figure to compare
    reading = _Reading(text, literal, value, value * multiplier, multiplier != 1, span_start, pos, currency, qualifier)
    return _money_or_percent(reading, rules) or _year_or_quantity(reading, rules) or reading.fact("amount", reading.pos)


_TIMES_AFTER = re.compile(r"[xх](?![\w\-‑–])")


# the qualifier of a figure glued to a scale word that may be a unit ("3.5m": 3.5 million or 3.5 metres), read as the
# unit: the scale after a colon, and what the copy said of the figure besides after a bar ("scale-or-unit:1e+06|about").
# `checks.facts.relations` lets it stand for either, as another edition says
SCALE_OR_UNIT = "scale-or-unit"
# a letter glued to the figure, alone or before a hyphen's word ("3.5m", "a 1m-token window", "2m-long"), not "5mm",
# "3m/s", "10m2"
_GLUED_WORD = re.compile(r"[^\W\d_]+(?![\w/·]|-(?![^\W\d_]))")
_WORD_AFTER = re.compile(r"[ \u00a0-]+[^\W\d_]")
_VERSION_BEFORE = re.compile(r"\d[ \u00a0]\Z")  # "Llama 3.1 70B": a model's size after its version, a code of it
_CLAUSE_END_AFTER = re.compile(r"\+(?!\w)|[,;:)]|\.(?!\d)|[ \u00a0]*$", re.MULTILINE)
_CAPITALISED_WORD_BEFORE = re.compile(r"(?<=[^\W\d_,;] )[A-ZА-ЯЁІЇЄҐ][^\W\d_]*[ \u00a0-]\Z")


# the qualifier of a capital scale that may be no scale (`_a_doubtful_scale`: "6M copies", where "3M masks" are a
# firm's and "4K video" a screen's): weak, as `checks.facts.relations.is_weak` reads it, it confirms "6 млн" and is no
# figure alone
DOUBTFUL_SCALE = "doubtful-scale"


def _scale_or_unit_qualifier(scale: float, said: str | None) -> str:
    return f"{SCALE_OR_UNIT}:{scale:g}" + (f"|{said}" if said else "")


def _scale_and_said(qualifier: str | None) -> tuple[float | None, str | None]:
    """(the scale a figure read as a unit may be instead, the qualifier said besides); (None, qualifier) for a figure
    read one way only."""
    tag, colon, rest = (qualifier or "").partition(":")
    if tag != SCALE_OR_UNIT or not colon:
        return None, qualifier
    scale, _, said = rest.partition("|")
    return float(scale), said or None


def said_qualifier(fact: Fact) -> str | None:
    """The qualifier the copy gave a fact, whichever way it is read ("about", `PER_ONE` of "per 1m")."""
    return _scale_and_said(fact.qualifier)[1]


def unit_and_scale_readings(fact: Fact) -> tuple[Fact, Fact] | None:
    """A fact read as a unit that may be a scale (`SCALE_OR_UNIT`) read either way, with the qualifier the copy gave it
    ("about 3.5m": about 3.5 metres, and about 3,500,000); None for a fact read one way only."""
    scale, said = _scale_and_said(fact.qualifier)
    if scale is None:
        return None
    return (replace(fact, qualifier=said),
            replace(fact, kind="amount", value=_num(fact.value * scale), unit=None, qualifier=said))


def _scale_or_unit(text: str, literal: str, value: Decimal, start: int, end: int, qualifier: str | None,
                   rules: Rules) -> Fact | None:
    """A figure glued to a scale word that needs a currency and may be a unit (`scale_rules.or_unit`: "3.5m"): before a
    currency or a unit its scale ("1.2m tonnes", "3m miles"), else the unit, qualified `SCALE_OR_UNIT`."""
    glued = _GLUED_WORD.match(text, end)
    if glued is None:
        return None
    word, unit = glued.group(0), rules.scale_or_unit.get(glued.group(0))
    scale = rules.scale_value(word) or 1
    capital = word.isupper() and _a_capital_scale(text, literal, value, word, start, glued.end(), rules)
    if unit is None and not capital:
        return None
    scaled = _Reading(text, literal, value, value * Decimal(str(scale)), True, start, glued.end(), None, qualifier)
    following = _money_or_percent(scaled, rules) or _year_or_quantity(scaled, rules)
    if following is not None and following.kind in ("money", "quantity"):
        return following  # "6M euros", "2M tonnes": a sum, a measure, however few its figures
    if capital:
        end = glued.end()
        if (race := rules.race_distance.get(word)) and rules.race_named_before.search(text, max(0, start - 8), start) \
                and rules.function_word_after.match(text, end):
            # "ran the 10K in 35 minutes": the race's kilometres, or the thousand, as the other editions say
            return Fact("quantity", _num(value), text[start:end], start, end, race,
                        _scale_or_unit_qualifier(scale, DOUBTFUL_SCALE))
        fact = scaled.fact("amount", scaled.pos)
        return replace(fact, qualifier=DOUBTFUL_SCALE) if _a_doubtful_scale(text, literal, end, rules) else fact
    return Fact("quantity", _num(value), text[start : glued.end()], start, glued.end(), unit,
                _scale_or_unit_qualifier(scale, qualifier))


def _a_capital_scale(text: str, literal: str, value: Decimal, word: str, start: int, end: int, rules: Rules) -> bool:
    """"1.1M hectares", "12B parameters", "3.5M Ukrainians", "a 12B-parameter model", "50K+", "2.3M.", "640K.": a
    capital no unit is, of a scale that needs a currency, before the word of what it counts, or at its clause's end
    after a decimal, before a plus or of `scale_rules.closing_a_clause` (not "B": "in seat 14B."), is the scale alone
    (weak where it may be none: `_a_doubtful_scale`); not after a figure of thousands ("6000K", a colour's kelvins),
    nor after a capitalised word in mid-sentence, a hyphen, a dash or a version ("the closed Terminal 22B",
    "Kobza-12B", "Core i9-14900K", "3000–6000K", "Llama 3.1 70B") or a noun it numbers ("flat 14B is", "Sichovykh
    Striltsiv Street, 12K": `scale_rules.numbered_nouns`), nor before a race's word or gold's, or at a clause's end
    after a race's article ("a 10K run", "the 50K freestyle", "18K gold", "won the 10K.":
    `scale_rules.not_a_scale_before`, `race_named_by`)."""
    if (word.casefold() not in rules.scale_needs_currency or value >= 1000
            or rules.no_scale_after.match(text, end)):
        return False
    clause_end = _CLAUSE_END_AFTER.match(text, end)
    # at a clause's end, after an article, a race ("won the 10K."), where "a 12B-parameter model" is a scale
    closes = clause_end is not None and (not literal.isdigit() or clause_end.group(0).startswith("+")
                                         or word.casefold() in rules.scales_closing_a_clause
                                         ) and not rules.race_named_before.search(text, max(0, start - 8), start)
    counted = _WORD_AFTER.match(text, end) is not None or closes
    return (counted and text[start - 1 : start] not in ("-", "–", "/")
            and not _VERSION_BEFORE.search(text, max(0, start - 12), start)
            and not rules.numbered_before.search(text, max(0, start - 20), start)
            and _CAPITALISED_WORD_BEFORE.search(text, max(0, start - 30), start) is None)


def _a_doubtful_scale(text: str, literal: str, end: int, rules: Rules) -> bool:
    """A capital scale with no unit nor currency after it, after a figure of one digit ("6M copies", as "3M masks"
    are a firm's), or before a word of no plural where the locale tells it by its form ("4K video", "the 12K
    building"; not "12M copies", "12M people": `scale_rules.counted_words_end_with`, `counted_words`), a function
    word aside ("raised 12M in a round")."""
    if len(literal) == 1:
        return True
    return (rules.counted_word is not None and _WORD_AFTER_A_SPACE.match(text, end) is not None
            and rules.counted_word.match(text, end) is None and not rules.function_word_after.match(text, end))


_WORD_AFTER_A_SPACE = re.compile(r"[ \u00a0]+[^\W\d_]")


# the years an event hyphened to its name is held in ("Євро-2024"); a code's digits are fewer, or no such year
EVENT_YEARS = range(1900, 2101)


def _a_year_of_events(literal: str) -> bool:
    return len(literal) == 4 and literal.isdigit() and int(literal) in EVENT_YEARS


def _capital_alone(text: str, pos: int, end: int) -> bool:
    """A capital letter glued to the figure's last digit, with no letter after it."""
    return (pos == end < len(text) and text[pos].isupper() and not text[pos + 1 : pos + 2].isalpha())


# the first figure of a range and its dash, with the scale glued to it that the second repeats ("$40bn-42bn")
_RANGE_OPENED = re.compile(r"(\d[\d.,]*)(?P<scale>[^\W\d_]{1,3})?[ \u00a0]?[-–—][ \u00a0]?\Z")


def _currency_opening_the_range(text: str, start: int, rules: Rules) -> str | None:
    """The currency before the first figure of a range whose second figure starts at `start` ("$5-7bn")."""
    opened = _RANGE_OPENED.search(text, max(0, start - 24), start)
    if opened is None:
        return None
    before = rules.currency_before.search(text, max(0, opened.start() - 40), opened.start())
    return rules.currency_code(before.group(1)) if before else None


def _lead(text: str, start: int, rules: Rules) -> tuple[str | None, int, str | None]:
    """(currency written before the figure, where the fact's span starts, qualifier before that)."""
    lead = text[max(0, start - 40) : start]
    currency: str | None = None
    span_start = start
    before = rules.currency_before.search(lead)
    if before:
        currency = rules.currency_code(before.group(1))
        span_start = start - (len(lead) - before.start(1))
    before_span = text[max(0, span_start - 40) : span_start]
    qual = rules.qualifier_before.search(before_span) or (
        before_span.endswith("-") and rules.qualifier_hyphenated_before.search(before_span))
    return currency, span_start, rules.qualifier_code(qual.group(1)) if qual else None


# the qualifier of an ordinal year of someone's life ("на 76-му році життя", "на 76-м году жизни"): the age is one
# less ("at the age of 75"), as `checks.facts.relations` compares it
YEAR_OF_LIFE = "year-of-life"


def _ordinal_or_dated_year(text: str, literal: str, value: Decimal, start: int, end: int, currency: str | None,
                           qualifier: str | None, rules: Rules) -> Fact | None:
    """An ordinal ending (52nd, 52-й) or a number sign before it ("No. 1", "№6"), or a year with a case ending
    ("1930-х", "2022-го": not a 1930th)."""
    if literal.isdigit() and currency is None and rules.number_sign_before.search(text[max(0, start - 8):start]):
        # "world No. 1", "трамвай №6": a rank or a number in a series, as "першою ракеткою світу" says it
        return Fact("ordinal", _num(value), text[start:end], start, end, None, qualifier)
    ordinal = rules.ordinal.match(text, end)
    # a whole number, its thousands grouped perhaps as the locale groups them ("1,040th", "1 040-ї річниці"), which no
    # year is; "1,040-й" in Ukrainian is a decimal, no ordinal
    grouped = not literal.isdigit() and rules.grouped_whole.fullmatch(literal) is not None
    if not (ordinal and (literal.isdigit() or grouped) and currency is None):
        return None
    if grouped:
        value = Decimal(re.sub(r"\D", "", literal))
    elif YEAR_RANGE[0] <= value <= YEAR_RANGE[1] and not literal.startswith("0"):
        return Fact("year", int(value), text[start : ordinal.end()], start, ordinal.end(), None, qualifier)
    if rules.year_of_life.match(text, ordinal.end()):
        qualifier = YEAR_OF_LIFE  # "на 76-му році життя": aged 75
    return Fact("ordinal", _num(value), text[start : ordinal.end()], start, ordinal.end(), None, qualifier)


def _scale_after(text: str, pos: int, currency: str | None, rules: Rules) -> tuple[Decimal, int]:
    """(multiplier, position after it) of a scale word after the figure ("млрд", "million", "3bn")."""
    scale = rules.scale.match(text, pos)
    if scale:
        word = scale.group(0).strip(" \u00a0\u202f\u2009-")
        glued = scale.start() == pos and not text[pos].isspace()
        if word.casefold() not in rules.scale_needs_currency or (currency and glued):
            return Decimal(str(rules.scale_value(word) or 1)), scale.end()
    return Decimal(1), pos


@dataclass(frozen=True)
class _Reading:
    """A figure read so far: its literal and value, the scaled number, and where its span starts and stops."""

    text: str
    literal: str
    value: Decimal
    number: Decimal
    scaled: bool
    start: int
    pos: int
    currency: str | None
    qualifier: str | None

    def fact(self, kind: str, stop: int, unit: str | None = None, factor: float = 1.0) -> Fact:
        value = int(self.value) if kind == "year" else _num(self.number * Decimal(str(factor)))
        return Fact(kind, value, self.text[self.start : stop], self.start, stop, unit, self.qualifier)

    @property
    def could_be_year(self) -> bool:
        return (self.literal.isdigit() and not self.scaled and YEAR_RANGE[0] <= self.value <= YEAR_RANGE[1]
                and not self.literal.startswith("0"))


_FIGURE_NEXT = re.compile(r"[ \u00a0]*\d")


def _a_year_before_a_name(r: _Reading, word: str, end: int) -> bool:
    """A year before a currency's word in title case ("In 2022 Tether froze", "У 1828 Лев Толстой") or a ticker
    that opens a name ("In 2023 ETH Zurich"): the year, and no sum ("2000 ETH" is one)."""
    return r.could_be_year and word[:1].isupper() and (not word.isupper()
                                                        or _CAPITALISED_NEXT.match(r.text, end) is not None)


_CAPITALISED_NEXT = re.compile(r"[ \u00a0]+[A-ZА-ЯЁІЇЄҐ]")
# how far from "1080p" a screen's word may stand ("streams in 1080p", "a 1080p display"), near enough to leave a
# games maker's share price in pence alone ("Shares in the games maker fell 3% to 431p")
_SCREEN_REACH = 15


def _code_of_the_next_figure(text: str, word: str, end: int) -> bool:
    """A currency's code in capitals between two figures, the first with no scale word (the caller's check): the
    second figure's ("those aged 75 to 79 UAH 600", "In 2024 UAH 5 billion"), unless the copy writes the code after
    its figures elsewhere too ("1 USD ... 41 USD 20 грудня"); a scale before it makes it the first one's ("1,5 млрд
    EUR 20 грудня")."""
    if not (word.isupper() and _FIGURE_NEXT.match(text, end)):
        return False
    return len(re.findall(rf"\d[ \u00a0]?{re.escape(word)}(?!\w)", text)) <= 1


def _money_or_percent(r: _Reading, rules: Rules) -> Fact | None:
    percent = rules.percent.match(r.text, r.pos)
    if percent and r.currency is None:
        return r.fact("percent", percent.end(), "%")
    cur = rules.currency_after.match(r.text, r.pos)
    word = cur.group(0).strip() if cur else ""
    # a one-letter currency word only glued to a figure: "49p", "431p" (a share's price), not "49 p", nor a
    # screen's "1080p" (`currency_rules.screen_words` near a hundred and more); a sign may stand apart ("500 €", as
    # Ukrainian and Russian copy writes it) where no figure follows it, whose sign it is ("In 2019 $5 billion")
    sign_after = cur is not None and not word.isalpha() and not _FIGURE_NEXT.match(r.text, cur.end())
    glued = cur is not None and not cur.group(0)[0].isspace() and (r.number < 100 or not rules.screen_near.search(
        r.text, max(0, r.start - _SCREEN_REACH), cur.end() + _SCREEN_REACH))
    code_of_the_next = cur is not None and not r.scaled and _code_of_the_next_figure(r.text, word, cur.end())
    if cur and (len(word) > 1 or sign_after or glued) and not code_of_the_next and not _a_year_before_a_name(
            r, word, cur.end()):
        code = rules.currency_code(word)
        if code:
            return r.fact("money", cur.end(), code, rules.currency_factor(word))
    if r.currency:
        return r.fact("money", r.pos, r.currency)
    return None


def _year_or_quantity(r: _Reading, rules: Rules) -> Fact | None:
    if r.could_be_year:
        suffix = rules.year_suffix.match(r.text, r.pos)
        if suffix and suffix.end() > r.pos:  # "2016 року", "1950 года": a year, not a duration of years
            return r.fact("year", suffix.end())
    unit = rules.unit_at(r.text, r.pos, r.start)
    code = rules.unit_code_at(r.text, r.start, unit) if unit else None
    if not code:  # "31-річний", "5-дневный": a unit adjective after a hyphen
        unit = rules.compounds.adjective_after_hyphen.match(r.text, r.pos)
        code = rules.compounds.unit_code(unit.group(0)) if unit else None
    if code == ORDINAL_PART:  # "11-класник": an 11th-grader
        return r.fact("ordinal", unit.end())
    if unit and code in rules.currencies:  # "251,20 фунта на тиждень": a unit's word that is money here
        return r.fact("money", unit.end(), code)
    if code:
        if r.scaled and code in rules.scaled_as_currency:
            return r.fact("money", unit.end(), rules.scaled_as_currency[code])
        return r.fact("quantity", unit.end(), code)
    if r.could_be_year:
        suffix = rules.year_suffix.match(r.text, r.pos)
        # a bare 1000-1799 is a count far more often than a year in news copy; "1648 року" is a year
        if suffix or r.value >= BARE_YEAR_FROM:
            return r.fact("year", suffix.end() if suffix else r.pos)
    # "the 30s"; a figure not round is no decade ("six more 737 MAX 8s", planes of a model)
    if r.literal.isdigit() and r.literal.endswith("0") and _decade_mark_at(r.text, r.pos, rules):
        if (len(r.literal) == 2 and rules.age_before.search(r.text[max(0, r.start - 30) : r.start])
                and not re.match(r"[-‑–]?[^\W\d_]", r.text[r.pos + 1 : r.pos + 3])):
            return r.fact("quantity", r.pos + 1, "year")  # "people in their 40s": "людей от 40 лет"
        return r.fact("year", r.pos + 1)
    return None


def read_number_words(text: str, rules: Rules, taken: list[tuple[int, int]]) -> list[Fact]:
    """"two", "дві", "двох": weak facts that confirm a figure written in digits elsewhere; so are the
    compound adjectives ("п'ятихвилинна", "пятиминутная"), the words that are a quantity ("за добу"), the
    fractions ("дві третини", "a third of") and the orders of magnitude ("тисячі", "several hundred")."""
    fractions = _fractions_in_words(text, rules, taken)
    magnitudes = _magnitudes_in_words(text, rules, taken + [(f.start, f.end) for f in fractions])
    return (_compound_words(text, rules, taken) + _quantity_words(text, rules, taken) + fractions + magnitudes
            + _number_words(text, rules, taken + [(f.start, f.end) for f in fractions + magnitudes])
            + _whole_words(text, rules, taken))


# a multiplier or a number of times in one word ("вдвічі", "втричі", "twice", "вдвое", "двічі на тиждень"):
# no wording says "twice" for three times, as "two" may be "both" (`numbers.multipliers`)
MULTIPLIER = "multiplier"
# or a multiplier of so many times fewer ("утричі менше", "втрое меньше", "three times fewer")
FEWER_TIMES = "fewer-times"


# an order of magnitude said with no figure ("тисячі людей", "десятки тисяч", "several hundred", "hundreds of
# thousands"): a count, weak as words are, that confirms a figure of its value; in sentences that say the same, it
# is compared with another edition's magnitude only (`checks.facts.relations.is_magnitude`)
MAGNITUDE = "magnitude"


def _magnitudes_in_words(text: str, rules: Rules, taken: list[tuple[int, int]]) -> list[Fact]:
    """The orders of magnitude `rules.magnitudes` reads, their words multiplied ("десятки тисяч": 10,000); none
    after a figure or a number word ("дві тисячі", "5 thousand" are counts) and none before a currency ("кілька
    сотень тисяч гривень" is a sum, read as one)."""
    rule = rules.magnitudes
    facts: list[Fact] = []
    for match in rule.word.finditer(text):
        start, end = match.span()
        if overlaps(taken, start, end) or _after_a_figure_or(text, start, rules.number_word_values):
            continue
        if match.group("few") is None and match.group("first").casefold() in rule.after_few:
            continue  # "a thousand", "thousand" alone: one of it, no magnitude
        of = rule.joiner.match(text, end)
        if rules.currency_after.match(text, of.end() if of else end):
            continue  # "мільйони доларів", "millions of dollars": a sum
        value = 1.0
        for group in ("first", "second"):
            if match.group(group):
                value *= rule.value(match.group(group)) or 1.0
        facts.append(Fact("count", _num(value), match.group(0), start, end, qualifier=MAGNITUDE))
    return facts


def fraction_value(numerator: float, denominator: int) -> float:
    """A share as one value however it is written: "2/3", "дві третини" and "two-thirds" alike."""
    return _num(Decimal(str(numerator)) / Decimal(denominator))


# an ordinal, in figures or in words, right before a fraction's word: "у третій чверті", "в 3-й четверти" (a school
# term, a game's quarter)
_WORD_BEFORE = re.compile(r"(\d+(?:[-‑–][^\W\d_]{1,4})?|[^\W\d_][\w’'-]*)[ \u00a0]+\Z")


def _after_a_figure_or(text: str, start: int, words: frozenset[str] | dict[str, float]) -> bool:
    """The word right before `start` is a figure ("3-й", "5") or one of `words` (folded: "третій", "дві")."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and (before.group(1)[0].isdigit() or before.group(1).casefold() in words)


def _fractions_in_words(text: str, rules: Rules, taken: list[tuple[int, int]]) -> list[Fact]:
    """"третина", "дві третини", "a third of", "one-third": the share (weak, as words are), which confirms "1/3" and
    "2/3" in figures. Where the locale's fraction words are ordinals too ("a third term"), a share only with a
    numerator, and hyphenated to it or before the words that say a share (`fractions.said_after`: "a third of", "a
    quarter more"); the plural of a period only hyphenated (`fractions.hyphenated_only`: "three-quarters", where
    "three quarters of 2025" are nine months)."""
    rule = rules.fractions
    facts: list[Fact] = []
    for match in rule.word.finditer(text):
        start, end = match.span()
        if overlaps(taken, start, end) or _after_a_figure_or(text, start, rules.ordinal_words):
            continue  # "у 3-й чверті", "у третій чверті"; "2 третини" is read with its figure (stages/facts/joined.py)
        numerator = rule.numerator(match.group("numerator")) if match.group("numerator") else None
        denominator = rule.denominator(match.group("denominator"))
        hyphenated = match.group("joint") == "-"
        if denominator is None or (match.group("numerator") and numerator is None):
            continue  # a form the case-blind match found and the lists do not spell so ("thİrd")
        if rule.needs_context and (numerator is None or not hyphenated and (
                match.group("denominator").casefold() in rule.hyphenated_only or not rule.said_after.match(text, end))):
            continue
        facts.append(Fact("amount", fraction_value(numerator or 1, denominator), match.group(0), start, end))
    return facts


def _quantity_words(text: str, rules: Rules, taken: list[tuple[int, int]]) -> list[Fact]:
    """Words that are a quantity by themselves: "за минулу добу", "за сутки" are "over the past 24 hours"."""
    facts: list[Fact] = []
    for match in rules.quantity_word.finditer(text):
        start, end = match.span()
        if not overlaps(taken, start, end):
            value, code = rules.quantity_word_values[match.group(0).casefold()]
            facts.append(Fact("quantity", _num(value), match.group(0), start, end, code))
    return facts


def _whole_words(text: str, rules: Rules, taken: list[tuple[int, int]]) -> list[Fact]:
    """The words of a whole ("fully used", "повністю", "в полном объеме"): a weak 100%, that confirms an edition's
    "на 100%" and is never a share of its own; and of nothing ("interest-free loans", "безвідсоткові кредити"), a
    weak 0% that confirms "кредити під 0%"."""
    return [Fact("percent", value, m.group(0), m.start(), m.end())
            for value, words in ((100.0, rules.whole_word), (0.0, rules.nothing_word)) for m in words.finditer(text)
            if not overlaps(taken, m.start(), m.end())]


# the "unit" of `unit_adjectives` whose figure is an ordinal ("десятикласниця", "11-класник": a 10th-, an 11th-grader)
ORDINAL_PART = "ordinal"


def _compound_words(text: str, rules: Rules, taken: list[tuple[int, int]]) -> list[Fact]:
    """"п'ятихвилинна прогулянка" is "a 5-minute walk", "десятиденний" ten days, "п'ятивідсотковий" 5%,
    "десятикласниця" a 10th-grader."""
    facts: list[Fact] = []
    compounds = rules.compounds
    for match in compounds.word.finditer(text):
        start, end = match.span()
        value = compounds.figure_values.get(match.group(1).casefold())
        code = compounds.unit_code(match.group(2))
        if value is None or code is None or overlaps(taken, start, end):
            continue
        if code == ORDINAL_PART:  # "десятикласниця": a 10th-grader; "однокласник" is a classmate
            if value > 1:
                facts.append(Fact("ordinal", _num(value), match.group(0), start, end))
            continue
        kind = "percent" if code == "%" else "quantity"
        facts.append(Fact(kind, _num(value), match.group(0), start, end, code))
    return facts


def _number_words(text: str, rules: Rules, taken: list[tuple[int, int]]) -> list[Fact]:
    facts: list[Fact] = []
    for match in rules.number_word.finditer(text):
        start, end = match.span()
        if overlaps(taken, start, end) or (facts and start < facts[-1].end):
            continue  # "два мільярди": the scale word read with the figure before it
        value = rules.number_word_values.get(match.group(0).casefold())
        if value is None:
            continue
        tens = facts[-1] if facts and facts[-1].kind == "count" and facts[-1].qualifier is None else None
        between = text[tens.end : start] if tens else ""
        if (tens and tens.value < 1000 and _a_smaller_place(tens.value, value, between, rules)
                and not _opens_its_hundreds(text, end, rules)):
            # "сорока восьми" = 48, "twenty-four hours" = 24 h, not 20 and 4 hours; "six hundred and forty-seven" =
            # 647; not "five hundred and six hundred" (thousands join what follows them once it is read whole)
            facts.pop()
            start, value = tens.start, tens.value + value
        elif tens and value == 100 and tens.value in range(2, 10) and between in (" ", "\u00a0"):
            facts.pop()  # "two hundred million hryvnias"
            start, value = tens.start, tens.value * value
        if match.group(0).casefold() in rules.ordinal_words:
            # "the fifth day" is no 5 days, "п'ятий мільйон" no 5 million: an ordinal, whatever follows it, and the
            # scale word after it is the ordinal's
            scale = rules.scale.match(text, end)
            stop = scale.end() if scale else end
            # and the word it counts where that makes "first" and "second" no wording ("в першому читанні", "the
            # second round": `ordinals.counted_heads`), so that its text says what it counts
            head = None if scale else rules.counted_head.match(text, stop)
            stop = head.end() if head else stop
            facts.append(Fact("ordinal", _num(value), text[start:stop], start, stop))
            continue
        pos = end
        half = rules.and_a_half.match(text, pos)
        if half:  # "три з половиною", and "a million and a half": half of the scale a scale word says
            value, pos = value + 0.5 * (value if value >= 1000 else 1), half.end()
        scale = rules.scale.match(text, pos)
        if scale and scale.group(0).strip().casefold() not in rules.scale_needs_currency:
            value = value * (rules.scale_value(scale.group(0).strip()) or 1)
            pos = scale.end()
        cur = rules.currency_after.match(text, pos)
        if cur and rules.currency_code(cur.group(0).strip()) and value >= 1:
            # "два мільярди доларів", "мільярд доларів", "half a million hryvnias"; not "half dollars"
            code = rules.currency_code(cur.group(0).strip())
            value *= rules.currency_factor(cur.group(0).strip())
            facts.append(Fact("money", _num(value), text[start : cur.end()], start, cur.end(), code))
            continue
        percent = rules.percent.match(text, pos)
        if percent:  # "Twenty per cent", "двадцять відсотків"
            facts.append(Fact("percent", _num(value), text[start : percent.end()], start, percent.end(), "%"))
            continue
        unit = rules.unit_at(text, pos, start)
        code = rules.unit_code_at(text, start, unit) if unit else None
        if code:  # "ten years", "десяти років"
            facts.append(Fact("quantity", _num(value), text[start : unit.end()], start, unit.end(), code))
            continue
        multiplier = None
        if match.group(0).casefold() in rules.multipliers:
            # "утричі менше": so many times fewer, the share it leaves ("a third of"), which no other multiplier is
            multiplier = FEWER_TIMES if rules.fewer_after.match(text, pos) else MULTIPLIER
        facts.append(Fact("count", _num(value), text[start:pos], start, pos, qualifier=multiplier))
    return _thousands_and_what_follows(text, facts, rules)


def _thousands_and_what_follows(text: str, facts: list[Fact], rules: Rules) -> list[Fact]:
    """A count of thousands or millions in words and the number in words right after it, less than one of them: one
    number ("вісім тисяч шістсот сорок сім гривень", "eight thousand six hundred and forty-seven hryvnias" = UAH
    8,647; "two million three hundred thousand people"; "у дві тисячі третьому році", the 2003rd), of the kind and the
    unit of the last; not a unit's adjective after a hyphen ("a thousand ten-minute videos")."""
    out: list[Fact] = []
    for fact in facts:
        said = out[-1] if out else None
        if (said is not None and said.kind == "count" and said.qualifier is None and said.value >= 1000
                and fact.kind in ("count", "money", "quantity", "percent", "ordinal") and fact.qualifier is None
                and not (fact.kind == "quantity" and "-" in fact.text)
                and _a_smaller_place(said.value, fact.value, text[said.end : fact.start], rules)):
            out[-1] = replace(fact, value=_num(Decimal(str(said.value)) + Decimal(str(fact.value))),
                              text=text[said.start : fact.end], start=said.start)
            continue
        out.append(fact)
    return out


def _opens_its_hundreds(text: str, end: int, rules: Rules) -> bool:
    """A hundred's word follows the number word ending at `end` ("six hundred"): it starts a number of its own."""
    after = _BLANKS.match(text, end)
    word = rules.number_word.match(text, after.end()) if after else None
    return word is not None and rules.number_word_values.get(word.group(0).casefold()) == 100


_BLANKS = re.compile(r"[ \u00a0]+")


def _a_smaller_place(said: float, next_word: float, between: str, rules: Rules) -> bool:
    """`next_word` fills a place `said` leaves empty, as a number in words goes on: "сорок вісім", "forty-seven", the
    hundreds with their tens ("двісті сорок", "six hundred and forty"), the thousands with their hundreds ("вісім
    тисяч шістсот"); not "п'ять-шість" nor "тисяча-дві", ranges, nor a teen after its tens ("twenty twelve")."""
    if said < 20 or not float(said).is_integer() or not float(next_word).is_integer() or next_word < 1:
        return False
    place = 10
    while said % (place * 10) == 0:
        place *= 10
    if said % place or next_word >= place:
        return False
    # a hyphen joins the tens and the units alone; a joining word ("and") the hundreds or the thousands to what follows
    return (between in (" ", "\u00a0") or between == "-" and place == 10
            or place >= 100 and rules.number_words_joiner.fullmatch(between) is not None)
