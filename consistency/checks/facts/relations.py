"""When two facts read in different languages state the same thing, and how they differ when they do not.

`relation(a, b)` says "equal" (44,2 млрд доларів / $44.2 billion), "conversion" (550 pounds / 249 kg),
"rounding" (almost $45 billion / $44.2 billion) or None. `rival(a, b)` says whether two facts that
do not match fill the same slot (both sums of money, both dates...), so one is an alteration of the other.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from consistency.locales import merged
from consistency.model import Fact
from consistency.stages.facts.amounts import (
    AGE_GROUP,
    BARE_HOUR,
    BARE_HOUR_OF_24,
    CONVERTED,
    DOUBTFUL_SCALE,
    FEWER_TIMES,
    MAGNITUDE,
    PER_ONE,
    YEAR_OF_LIFE,
    said_qualifier,
    unit_and_scale_readings,
)
from consistency.stages.facts.dates import EITHER_DATE, NIGHT_BEFORE, clock_or_count_readings, clock_times
from consistency.stages.facts.extract import code_typed_in_latin
from consistency.stages.facts.joined import score_readings
from consistency.stages.facts.name_keys import is_glossary, same_name
from consistency.stages.facts.units import TEMPERATURE, UNITS, dimension, to_base

NUMERIC = frozenset({"amount", "count", "money", "percent", "quantity", "ordinal", "year"})
# qualifiers of a figure said loosely; a sum converted in brackets is one too ("(about $240 million)", "($243
# million)" for the same hryvnias)
APPROXIMATE = frozenset({"about", "almost", CONVERTED})
# figures that state one fact together: a score "2:1", dimensions "21x17x4" (stages/facts/joined.py)
JOINED = frozenset({"score", "dimensions"})


def family(fact: Fact) -> str:
    if fact.kind in NUMERIC:
        return "number"
    return fact.kind  # "date", "time", "name", "score", "dimensions", "phone", "code"


def check_for(fact: Fact) -> str:
    if fact.kind in ("date", "time", "year", "weekday"):
        return "dates"
    if fact.kind == "name":
        return "entities"
    return "numbers"


# the smallest figure in words that is as strong as in digits: a million, with its scale word
SCALE_IN_WORDS = 1e6


def in_words(fact: Fact) -> bool:
    """Written without a digit ("two", "за добу", "in March")."""
    return not any(ch.isdigit() for ch in fact.text)


def is_weak(fact: Fact) -> bool:
    """Facts that may confirm a match but never raise an error alone: figures written as words,
    a bare month, an unresolved "yesterday", a one-digit count."""
    if fact.kind == "name":
        return False
    if fact.kind == "count" or said_qualifier(fact) in (NIGHT_BEFORE, PER_ONE, EITHER_DATE, DOUBTFUL_SCALE,
                                                         AGE_GROUP):
        # the day before "у ніч на 5 грудня" confirms "December 4-5", and is no date of its own; "за 1 м³" is
        # "per cubic metre", no quantity of its own; "9 (22) січня" is either day; "6M copies" may be a firm's "3M";
        # "the U21 side" is "молодіжна збірна" as often as "збірна U-21"
        return True
    if fact.kind == "stage":
        return False  # "the semifinals" says 4 teams as surely as "1/2 фіналу"
    if fact.kind == "date" and (_period(str(fact.value)) or ("",))[0] == "century":
        return False  # "XIX ст.", "the nineteenth century": a century in letters is as plain as in digits
    if in_words(fact):
        # a sum in words with its scale word ("two billion euros", "два мільярди доларів") is read as surely as
        # in digits: the words that make small counts doubtful ("one of", "both") do not come with a scale
        with_a_scale = isinstance(fact.value, float) and fact.value >= SCALE_IN_WORDS
        return not (fact.kind in ("money", "amount") and with_a_scale)
    return False


# two days in one span: "December 4-5", "from 4 to 5 December", "4 та 5 грудня"
_DAYS_IN_A_RANGE = re.compile(r"\d\s*[-–—]\s*\d|\d\s+\w{1,3}\s+\d")


def _ordinal_in_words_against_a_figure(a: Fact, b: Fact) -> bool:
    """An ordinal in words or Roman numerals ("the second quarter", "у ІІ кварталі") against anything but an
    ordinal: an equal figure may say it ("второго типа" / "type 2"), but a figure of another value is no
    alteration of it, as "2 banks" in the same sentence is another fact (an ordinal in digits against a plain
    figure is, "the 29th Army" / "29 армії")."""
    return (a.kind == "ordinal") != (b.kind == "ordinal") and any(f.kind == "ordinal" and in_words(f) for f in (a, b))


def is_named_month(fact: Fact) -> bool:
    """A month named without a day or a year ("in March", "у березні"): weak alone, but two editions that
    name different months in aligned sentences contradict each other."""
    fields = _date_fields(str(fact.value)) if fact.kind == "date" else None
    return fields is not None and fields[2] is None and in_words(fact)


def is_ordinal_of_a_head(fact: Fact) -> bool:
    """An ordinal in words read with the noun it counts (`ordinals.counted_heads`: "the second quarter", "у третьому
    читанні"): as plain as its figure, where a lone "second" or "вдруге" is as often wording ("a second look")."""
    words = fact.text.split()
    return fact.kind == "ordinal" and in_words(fact) and len(words) > 1 and words[-1].casefold() in _counted_heads()


@lru_cache(maxsize=1)
def _counted_heads() -> frozenset[str]:
    return frozenset(w.casefold() for w in merged("ordinals.counted_heads"))


# an ordinal in Roman numerals, Latin or Cyrillic letters, with its case ending ("III", "ІІ-му")
_ROMAN_ORDINAL = re.compile(r"[IVXLCDMІХ]+(?:[-–][^\W\d_]+)?")


def in_roman_numerals(fact: Fact) -> bool:
    """An ordinal in Roman numerals ("у III кварталі"): weak alone, since English reads none ("World War II"),
    but no wording either, so against an ordinal two other editions agree on in aligned sentences it is an
    alteration ("во II квартале" where the others say "у III кварталі", "in the third quarter")."""
    return fact.kind == "ordinal" and _ROMAN_ORDINAL.fullmatch(fact.text) is not None


_CLOCK_AS_A_FIGURE = re.compile(r"([01]?\d|2[0-3])[.:]([0-5]\d)")


def clock_of_figure(fact: Fact) -> str | None:
    """The clock time a figure written as hours and minutes could be ("14.00": read as a decimal, since a
    figure is a time only after a word of time, it is "2 pm" where another edition says so); None for
    any other figure."""
    if family(fact) != "number":
        return None
    clock = _CLOCK_AS_A_FIGURE.fullmatch(fact.text.strip())
    return f"{int(clock.group(1)):02d}:{clock.group(2)}" if clock else None


def hours_of_figure(fact: Fact) -> tuple[str, ...]:
    """The clock times a figure read as a bare hour may be ("at 9," for "на 9-ту годину" or "о 21:00":
    `amounts.BARE_HOUR`): an hour up to 12 in either half of the day, as English leaves it unsaid, or of a 24-hour clock
    (`amounts.BARE_HOUR_OF_24`: "з 9 до 18"); () for any other figure."""
    if fact.qualifier not in (BARE_HOUR, BARE_HOUR_OF_24):
        return ()
    hour = int(fact.text.strip()) % 24
    if fact.qualifier == BARE_HOUR_OF_24 or hour > 12:
        return (f"{hour:02d}:00",)  # "з 9 до 18": a 24-hour clock's, so "до 6" is six in the morning
    return f"{hour:02d}:00", f"{(hour + 12) % 24:02d}:00"


_DAY_AND_MONTH = re.compile(r"([0-3]?\d)\.([01]\d)\.?")


def date_of_figure(fact: Fact) -> str | None:
    """The day of the month a plain figure written as day and month could be ("25.04", read as a decimal: a
    figure is a date only with a year or the name of a month), as a date value with no year ("--04-25"); None
    for any other figure, a sum of money or a measure among them."""
    if fact.kind != "amount" or fact.unit is not None:
        return None
    day_and_month = _DAY_AND_MONTH.fullmatch(fact.text.strip())
    if not day_and_month:
        return None
    day, month = int(day_and_month.group(1)), int(day_and_month.group(2))
    return f"--{month:02d}-{day:02d}" if 1 <= day <= 31 and 1 <= month <= 12 else None


def is_fraction_in_words(fact: Fact) -> bool:
    """A share said in words ("дві третини", "a quarter of"): weak alone, like the words it is, but no wording
    rounds it, so in aligned sentences "три чверті" against "two-thirds" is an alteration."""
    return fact.kind == "amount" and in_words(fact) and 0 < float(fact.value) < 1


def is_weekday(fact: Fact) -> bool:
    """A day of the week ("у четвер", "on Thursday"): weak alone, but in aligned sentences another day is an
    alteration."""
    return fact.kind == "weekday"


def is_magnitude(fact: Fact) -> bool:
    """An order of magnitude said with no figure ("тисячі", "several hundred"): weak alone, but in aligned sentences
    "десятки" against "hundreds" is an alteration, and only against another magnitude (a figure is more exact)."""
    return fact.qualifier == MAGNITUDE


def is_quantity_in_words(fact: Fact) -> bool:
    """A measure said in words ("за добу", 24 hours; "п'ять кілометрів"): weak alone, but a unit fixes
    what it measures, so in aligned sentences "24 days" against it is an alteration. A sum of money too, its
    currency its unit ("кілька сотень тисяч гривень" against "several hundred thousand dollars")."""
    return fact.kind in ("quantity", "money") and fact.unit is not None and in_words(fact)


# how far apart two measures must be for one said in words to contradict the other: words round freely
# ("в полутора километрах" for "about a mile", 1.6 km), "за добу" against "24 days" is 24 times off
LOOSE_WORDING = 1.25


def measures_apart(a: Fact, b: Fact) -> bool:
    """Two measures further apart than loose wording explains, or of different dimensions (a currency is a
    dimension of its own: no rate of exchange makes hryvnias dollars)."""
    money = "money" in (a.kind, b.kind)

    def in_base(f: Fact) -> tuple[str, float] | None:
        if money:
            return ("money " + str(f.unit), float(f.value)) if f.kind == "money" and f.unit else None
        return to_base(float(f.value), f.unit) if f.unit else None

    base_a, base_b = in_base(a), in_base(b)
    if base_a is None or base_b is None or base_a[0] != base_b[0]:
        return True
    low, high = sorted((abs(base_a[1]), abs(base_b[1])))
    return low == 0 or high / low > LOOSE_WORDING


_SPACES = re.compile(r"\s+")
_SPACED_DASH = re.compile(r" ?- ?")
_DASH_CHARS = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"))


_NUMERIC_DATE = re.compile(r"0?(\d{1,2})[./-]0?(\d{1,2})[./-](?:\d\d)?(\d\d)")


@lru_cache(maxsize=65536)
def literal_key(text: str) -> str:
    """A fact's text as written, spaces and dashes folded: "5 – 6 грудня" and "5-6 грудня" are one literal;
    so are the same digits of a numeric date in two notations ("10.11.2022", "10/11/22")."""
    spaced = _SPACED_DASH.sub("-", _SPACES.sub(" ", text.translate(_DASH_CHARS)).strip().casefold())
    numeric = _NUMERIC_DATE.fullmatch(spaced)
    return "/".join(numeric.groups()) if numeric else spaced


def same_literal(a: Fact, b: Fact) -> bool:
    """Two editions that write a fact with the same characters state the same fact, however each
    language reads it ("10/11/22" is 10 November in uk and may be October 11 in en)."""
    return (a.text == b.text or literal_key(a.text) == literal_key(b.text)) and family(a) == family(b)


def _close(a: float, b: float, tol: float = 1e-9) -> bool:
    return math.isclose(a, b, rel_tol=tol, abs_tol=1e-12)


def _round_sig(x: float, digits: int) -> float:
    """`x` rounded to `digits` significant digits, a half up as people round ("10.5 points" is "11", never
    "10": Python's round() would give the even one)."""
    if x == 0:
        return 0.0
    places = -int(math.floor(math.log10(abs(x)))) + digits - 1
    # twelve significant digits, as figures are read (`amounts._num`): 68.58 / 0.3048 is 225, not 224.99999999999997
    return float(Decimal(f"{x:.12g}").quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


@lru_cache(maxsize=65536)  # a long edition compares the same figures many times
def significant_digits(x: float) -> int:
    text = f"{abs(x):.12g}".replace(".", "").lstrip("0").rstrip("0")
    return max(1, len(text)) if "e" not in text else 12


def _mantissa(x: float) -> float:
    scale = 1.0
    while abs(x) / scale >= 1000 and scale < 1e12:
        scale *= 1000
    return x / scale


def rounded(a: float, b: float, a_qual: str | None, b_qual: str | None, tolerance: float, *, decimals: bool = True) -> bool:
    """One figure is a rounding of the other: within tolerance with "about/almost/more than" said,
    or the rounder one drops decimals of the other (44.2 billion → 44 billion, 2.54 → 2.5) when the
    precise one was written with decimals (`decimals`; 1,040 → 1,000 is a changed figure)."""
    if a == 0 or b == 0:
        return False
    diff = abs(a - b) / max(abs(a), abs(b))
    if diff > tolerance:
        return False
    precise, rough = (a, b) if significant_digits(a) > significant_digits(b) else (b, a)
    precise_qual, rough_qual = (a_qual, b_qual) if precise == a else (b_qual, a_qual)
    # a conversion rounds another conversion of the same sum as "about" rounds a figure ("($243 million)" and
    # "(about $240 million)")
    rounds_the_other = precise_qual not in APPROXIMATE or precise_qual == CONVERTED
    if significant_digits(precise) > significant_digits(rough) and rough_qual in APPROXIMATE and rounds_the_other:
        # the rough figure must be the precise one rounded to its own last digit: "about 300" for 308,
        # "almost $45 billion" for $44.2 billion (rounded up); "approximately 130" for 136 is a change
        step = 10.0 ** (math.floor(math.log10(abs(rough))) - significant_digits(rough) + 1)
        gap = abs(rough) - abs(precise)
        if rough_qual == "almost":
            return -1e-9 * step <= gap <= step * (1 + 1e-9)
        return abs(gap) <= step / 2 * (1 + 1e-9)
    if significant_digits(precise) == significant_digits(rough):
        return False
    mantissa = _mantissa(precise)
    if mantissa == int(mantissa) or not decimals:  # 832 vs 830 is a changed figure, not a dropped decimal
        return False
    return _close(_round_sig(precise, significant_digits(rough)), rough)


def _near(x: float, y: float, tolerance: float) -> bool:
    return abs(x - y) / max(abs(x), abs(y)) <= tolerance


_EXACT = 1e-6  # how far apart two spellings of one exact measure may be, its value read through floats


def _converted(a: float, ua: str, b: float, ub: str, tolerance: float, rounding_tolerance: float) -> bool:
    """b is a's conversion: within tolerance, or equal once the more precise one, expressed in the
    other's unit, is rounded to the other's precision (3 inches → 8 cm; 20 feet → 6 m), and then no
    further off than a rounding may be: "3 inches" is "8 cm" (4.8% off, the widest of the 80 conversions
    between NTREX-128 editions), but "30 yards" (27.4 m) is not "29 m", nor "40 °F" "7 °C" (44.6 °F)."""
    base_a, base_b = to_base(a, ua), to_base(b, ub)
    if base_a is None or base_b is None or base_a[0] != base_b[0]:
        return False
    x, y = base_a[1], base_b[1]
    if x == 0 or y == 0:
        return _close(x, y)
    # a duration converts exactly ("71:03" is 71 min 3 s, never 72 min 3 s), as units a power of ten apart do ("843
    # kt" is no "834 тис. т"): only a rounding may be off
    exact = base_a[0] == "duration" or _decimal_units(ua, ub)
    if _near(x, y, _EXACT if exact else tolerance):
        return True
    if not _near(x, y, rounding_tolerance):
        return False
    for value, unit, other, other_unit in ((a, ua, b, ub), (b, ub, a, ua)):
        # `value` is the rough one: bring `other` into its unit and round it to its precision
        in_unit = _from_base(to_base(other, other_unit)[1], unit)  # type: ignore[index]
        if in_unit is not None and significant_digits(value) < significant_digits(in_unit) and _close(_round_sig(in_unit, significant_digits(value)), value):
            return True
    return False


def _an_hour_s_distance(a: Fact, b: Fact) -> bool:
    """One fact a distance and the other its speed in an hour said in words that also say the distance covered in one
    (`unit_rules.distance_of_an_hour`: "46,812 км за годину" for "46.812 km in an hour"); never a speed's symbol ("150
    км/год" is no "150 km")."""
    for speed, distance in ((a, b), (b, a)):
        if speed.unit == f"{distance.unit}/h" and _of_an_hour().search(speed.text):
            return True
    return False


@lru_cache(maxsize=1)
def _of_an_hour() -> re.Pattern:
    words = merged("unit_rules.distance_of_an_hour")
    return re.compile(r"(?:" + "|".join(re.escape(w) for w in words) + r")\Z" if words else "(?!)", re.IGNORECASE)


def _decimal_units(ua: str, ub: str) -> bool:
    """Two units of one measure a power of ten apart ("kt" and "t", "km" and "m"), whose figures convert exactly."""
    one_a, one_b = UNITS.get(ua), UNITS.get(ub)
    if one_a is None or one_b is None or one_a[0] != one_b[0] or one_a[0] == "temperature" or not (
            one_a[1] > 0 and one_b[1] > 0):
        return False
    power = math.log10(one_a[1] / one_b[1])
    return abs(power - round(power)) < _EXACT


def _from_base(value: float, unit: str) -> float | None:
    if unit == "C":
        return value
    if unit == "F":
        return value * 9.0 / 5.0 + 32.0
    one = to_base(1.0, unit)
    return value / one[1] if one else None


def _decade(a: float, b: float) -> bool:
    """1930s / 30-е: a two-digit decade stands for the full year."""
    big, small = (a, b) if a > b else (b, a)
    return 1000 <= big <= 2100 and 0 <= small < 100 and big == int(big) and small == int(small) and int(big) % 100 == int(small)


def _date_fields(value: str) -> tuple[str | None, str | None, str | None] | None:
    m = re.fullmatch(r"(\d{4}|-)-(\d{2})(?:-(\d{2}))?", value)
    if not m:
        return None
    year = None if m.group(1) == "-" else m.group(1)
    return year, m.group(2), m.group(3)


_PERIOD = re.compile(r"C(?P<century>\d{1,2})|(?P<hundreds>\d{2}|--)(?P<tens>\d)0s")


def _period(value: str) -> tuple[str, str | None, str] | None:
    """("century", None, "19") for "C19"; ("decade", "19", "9") for "1990s", ("decade", None, "9") for
    "--90s"; None for any other date."""
    m = _PERIOD.fullmatch(value)
    if not m:
        return None
    if m.group("century"):
        return "century", None, m.group("century")
    hundreds = m.group("hundreds")
    return "decade", None if hundreds == "--" else hundreds, m.group("tens")


def date_keys(value: str) -> list[tuple]:
    """Keys under which two dates that `relation` may relate meet (see context.FactIndex)."""
    period = _period(value)
    if period is not None:
        # a decade meets the years and ordinals of its first year ("1990", "90-х" read as a figure)
        return [("decade", int(period[2]) * 10)] if period[0] == "decade" else [("date", value)]
    fields = _date_fields(value)
    if fields is None:
        return [("date", value)]
    return [("month", fields[1])] + ([("year-of", fields[0])] if fields[0] else [])


def _periods_agree(a: tuple[str, str | None, str], b: tuple[str, str | None, str]) -> bool:
    """The same century; the same decade, its century said in one edition only or in both alike."""
    return a[0] == b[0] and a[2] == b[2] and (a[1] is None or b[1] is None or a[1] == b[1])


def _decade_of_figure(decade: tuple[str, str | None, str], figure: Fact) -> bool:
    """"the 1990s" against 1990 or "90-х" read as a year or an ordinal: the decade's first year."""
    if decade[0] != "decade" or figure.kind not in ("year", "ordinal"):
        return False
    value = float(figure.value)
    if not value.is_integer():
        return False
    if 0 <= value < 100:
        return int(value) == int(decade[2]) * 10
    return f"{int(value):04d}" == f"{decade[1]}{decade[2]}0" if decade[1] else int(value) % 100 == int(decade[2]) * 10


def dates_agree(a: str, b: str) -> bool:
    if a == b:
        return True
    pa, pb = _period(a), _period(b)
    if pa is not None or pb is not None:
        return pa is not None and pb is not None and _periods_agree(pa, pb)
    fa, fb = _date_fields(a), _date_fields(b)
    if fa is None or fb is None:
        return False
    return all(x is None or y is None or x == y for x, y in zip(fa, fb))


def conflict(a: Fact, b: Fact) -> bool:
    """Two facts that can never sit in one cluster, whatever a third one matches: sums in different
    currencies ("1,5 млн" matches both £1.5 million and $1.5 million, which do not match each other), and two clock
    times that are never one ("1200 GMT", at Kyiv's 14:00 in winter and 15:00 in summer, matches both)."""
    if a.kind == "time" and b.kind == "time":
        return not _times_agree(a, b)
    return in_other_currencies(a, b)


def _times_agree(a: Fact, b: Fact) -> bool:
    """Two clock times that may be one: said in one zone, as that zone's clocks ("14:00 UTC" is no "16:00 UTC",
    however Kyiv's clock reads either); else any hour each may be (`clock_times`)."""
    if a.unit is not None and a.unit == b.unit:
        a, b = replace(a, unit=None), replace(b, unit=None)
    return bool(set(clock_times(a)) & set(clock_times(b)))


def in_other_currencies(a: Fact, b: Fact) -> bool:
    """Two sums in currencies that cannot be one: a code with alternatives ("SEK|NOK|DKK|ISK|CZK", a crown without
    its country, "600 млн крон" / "600 million kroner") is any of them."""
    if a.kind != "money" or b.kind != "money" or a.unit == b.unit:
        return False
    return not set(str(a.unit).split("|")) & set(str(b.unit).split("|"))


_DECIMALS = re.compile(r"\d[.,](?:\d{1,2}|\d{4,})(?!\d)")


def _decimal_places(fact: Fact) -> int:
    """How many decimals the figure was written with ("2,10" two, as "2.09"; "1,040" none: a thousands group)."""
    found = _DECIMALS.search(fact.text)
    return len(found.group(0)) - 2 if found else 0


def _has_decimals(fact: Fact) -> bool:
    """Written with a decimal part ("44.2", "44,2", "2.54"); a group of three after a separator is a
    thousands group ("1,040"), not decimals."""
    return _decimal_places(fact) > 0


def _temperature_difference(f_value: float, c_value: float, tolerance: float, rounding_tolerance: float) -> bool:
    """"10 degrees above average" (°F) is "5.6 °C above average": a difference converts without the offset."""
    in_c = f_value * 5.0 / 9.0
    if c_value == 0 or in_c == 0:
        return False
    return _near(in_c, c_value, tolerance) or (_near(in_c, c_value, rounding_tolerance)
        and significant_digits(c_value) < significant_digits(in_c) and _close(_round_sig(in_c, significant_digits(c_value)), c_value))


def two_readings(fact: Fact) -> tuple[Fact, Fact] | None:
    """The two readings of a fact read as a unit that may be a scale ("3.5m": metres, or millions), as an hour that
    may be a count of hours ("до 6 часов"), as a score that may be minutes and seconds ("58:41") or as a rating said by
    its figure ("35/100"); None for a fact read one way only."""
    return unit_and_scale_readings(fact) or clock_or_count_readings(fact) or score_readings(fact)


def _readings_against(a: Fact, b: Fact) -> tuple[tuple[Fact, Fact], Fact] | None:
    """(the two readings of whichever of a and b has two (`two_readings`), the other fact); None where neither has."""
    for either, other in ((a, b), (b, a)):
        readings = two_readings(either)
        if readings is not None:
            return readings, other
    return None


def relation(a: Fact, b: Fact, *, rounding_tolerance: float = 0.05, conversion_tolerance: float = 0.015) -> str | None:
    if (either := _readings_against(a, b)) is not None:  # "3.5m" is "3,5 м" or "3,5 млн", as the other edition says
        readings, other = either
        found = (relation(reading, other, rounding_tolerance=rounding_tolerance,
                          conversion_tolerance=conversion_tolerance) for reading in readings)
        return next(filter(None, found), None)
    fa, fb = family(a), family(b)
    if same_literal(a, b):
        return "equal"
    if fa == "number" and fb == "date" or fa == "date" and fb == "number":
        year, date = (a, b) if fa == "number" else (b, a)
        period = _period(str(date.value))
        if period is not None:
            return "equal" if _decade_of_figure(period, year) else None
        if year.kind == "year":
            fields = _date_fields(str(date.value))
            if fields and fields[0] == f"{int(year.value):04d}":
                return "equal"
        return None
    if {fa, fb} == {"time", "number"}:
        time, figure = (a, b) if fa == "time" else (b, a)
        said = clock_times(time)
        if clock_of_figure(figure) in said or any(hour in said for hour in hours_of_figure(figure)):
            return "equal"
        return None
    if fa != fb:
        return None
    if fa == "date":
        if NIGHT_BEFORE in (a.qualifier, b.qualifier) and not all(
                f.qualifier == NIGHT_BEFORE or _DAYS_IN_A_RANGE.search(f.text) for f in (a, b)):
            return None  # the day before "у ніч на 5 грудня" is the first of "December 4-5", not any 4th
        return "equal" if dates_agree(str(a.value), str(b.value)) else None
    if fa == "time":
        return "equal" if _times_agree(a, b) else None
    if fa == "weekday":
        return "equal" if a.value == b.value else None
    if fa == "name":
        if same_name(str(a.value), str(b.value)):
            return "equal"
        # a code typed in Cyrillic look-alikes ("С1", "СС2") is the Latin one ("C1", "CC2"), however keyed
        typed = code_typed_in_latin(a.text)
        return "equal" if typed is not None and typed == code_typed_in_latin(b.text) else None
    if fa in ("phone", "code"):
        return "equal" if a.value == b.value else None  # a number to dial, a case's: no digit of it rounds
    if fa in JOINED:
        return _joined_relation(a, b, conversion_tolerance, rounding_tolerance)
    if a.per and b.per and a.per != b.per:
        return None  # "UAH 28,000 a month" is no "28 000 грн на рік"
    # numbers
    if _ordinal_in_words_against_a_figure(a, b):
        # "диабету второго типа" / "type 2 diabetes": the same slot, matched after an ordinal of its own kind
        # ("the second quarter" pairs with "у другому кварталі" before "2 banks" can take it)
        return "conversion" if _close(float(a.value), float(b.value)) else None
    if (a.qualifier == YEAR_OF_LIFE) != (b.qualifier == YEAR_OF_LIFE):
        # "на 76-му році життя" against "at the age of 75" (an age one less), or "in his 76th year"
        counted, other = (a, b) if a.qualifier == YEAR_OF_LIFE else (b, a)
        age = other.kind in ("amount", "count") or (other.kind == "quantity" and other.unit == "year")
        return "equal" if (age and float(other.value) == float(counted.value) - 1) or (
            other.kind == "ordinal" and float(other.value) == float(counted.value)) else None
    va, vb = float(a.value), float(b.value)
    ua, ub = a.unit, b.unit
    if a.kind == "percent" or b.kind == "percent":
        if {a.kind, b.kind} - {"percent", "amount", "count"}:
            return None
    if in_other_currencies(a, b):
        return None
    if a.kind == "quantity" and b.kind == "quantity" and ua != ub:
        if {ua, ub} == TEMPERATURE and _close(va, vb):
            return "equal"  # "20 degrees" kept as written: which scale the bare word means is a guess
        if _close(va, vb) and _an_hour_s_distance(a, b):
            return "equal"  # "46,812 км за годину" is a speed and the distance of an hour ("46.812 km in an hour")
        if {ua, ub} == TEMPERATURE:
            f_value, c_value = (va, vb) if ua == "F" else (vb, va)
            if _temperature_difference(f_value, c_value, conversion_tolerance, rounding_tolerance):
                return "conversion"
        return "conversion" if _converted(va, ua or "", vb, ub or "", conversion_tolerance, rounding_tolerance) else None
    if {a.kind, b.kind} == {"money", "quantity"} or {a.kind, b.kind} == {"percent", "quantity"}:
        return None
    if _close(va, vb):
        return "equal"
    if FEWER_TIMES in (a.qualifier, b.qualifier) and _close(va * vb, 1.0, 1e-6):
        return "equal"  # "утричі менше" / "a third of": so many times fewer, and the share that leaves
    if a.kind in ("year", "ordinal") or b.kind in ("year", "ordinal"):
        # "the 1930s" / "30-е годы"; never "2010" / "10 metres"
        return "equal" if {a.kind, b.kind} <= {"year", "ordinal"} and _decade(va, vb) else None
    precise = a if significant_digits(va) > significant_digits(vb) else b
    decimals = _has_decimals(precise)
    if not decimals and a.qualifier not in APPROXIMATE and b.qualifier not in APPROXIMATE:
        return None  # what `rounded` would say, for the many pairs of plain figures a long edition compares
    if (a.qualifier not in APPROXIMATE and b.qualifier not in APPROXIMATE
            and _decimal_places(a) == _decimal_places(b) > 0):
        return None  # "2,10 м" and "2.09 m" are written to the same hundredth: neither rounds the other
    if rounded(va, vb, a.qualifier, b.qualifier, rounding_tolerance, decimals=decimals):
        return "rounding"
    return None


def _figures(fact: Fact) -> list[float]:
    return [float(part) for part in re.split(r"[:x]", str(fact.value))]


def _joined_relation(a: Fact, b: Fact, conversion_tolerance: float, rounding_tolerance: float) -> str | None:
    """The same figures in any order: "lost 1-2" is "поступився з рахунком 1:2", and a translation may
    give the winner's figure first ("2:1"); "3x2 m" is "2 x 3 м". Dimensions in two units convert figure
    by figure ("10x12 ft" / "3x3,7 м"); a side that names no unit takes the other's."""
    xs, ys = sorted(_figures(a)), sorted(_figures(b))
    if len(xs) != len(ys):
        return None
    if a.unit == b.unit or a.unit is None or b.unit is None:
        return "equal" if all(_close(x, y) for x, y in zip(xs, ys)) else None
    if all(_converted(x, a.unit, y, b.unit, conversion_tolerance, rounding_tolerance) for x, y in zip(xs, ys)):
        return "conversion"
    return None


def rival(a: Fact, b: Fact, *, partial_dates: bool = False) -> str | None:
    """What changed when a and b fill the same slot but do not match: "value", "scale", "currency",
    "unit", "date", "time", "name"; None when they are simply different facts, and always None for two
    that are written alike (see same_literal). With `partial_dates` (sentences known to say the same
    thing), a month without its day against a full date in another month is a changed date too. A figure read either
    as a unit or as a scale ("6.5m" against "6,8 млн") is a changed value where either reading is."""
    if (either := _readings_against(a, b)) is not None:  # "6.5m" against "6,8 млн": the reading that fills the slot
        readings, other = either
        found = [rival(reading, other, partial_dates=partial_dates) for reading in readings]
        return "value" if "value" in found else next(filter(None, found), None)
    fa, fb = family(a), family(b)
    if fa != fb or same_literal(a, b):
        return None
    if fa == "date":
        pa, pb = _period(str(a.value)), _period(str(b.value))
        if pa is not None or pb is not None:
            # a century against a century, a decade against a decade; a decade is no changed century
            return "date" if pa is not None and pb is not None and pa[0] == pb[0] else None
        ka, kb = _date_fields(str(a.value)), _date_fields(str(b.value))
        if ka is None or kb is None:
            return None
        # a month against a full date: "in March" may be the month of "15 березня", and elsewhere it is
        # two different facts rather than an alteration
        if (ka[2] is None) != (kb[2] is None) and (not partial_dates or dates_agree(str(a.value), str(b.value))):
            return None
        return "date"
    if fa == "time":
        return "time"
    if fa == "weekday":
        return "date"  # "on Tuesday" where the others say "у четвер"
    if fa in JOINED or fa in ("phone", "code"):
        return fa  # "score altered: 2:0 (uk) where en has 2-1", "phone altered", "code altered"
    if fa == "name":
        # only glossary names are sure enough to call one a replacement of the other (Kyiv → Moscow)
        return "name" if is_glossary(str(a.value)) and is_glossary(str(b.value)) else None
    if {a.kind, b.kind} == {"year", "amount"}:
        # "about 2,000 troops" against "около 2003 военнослужащих": a figure in the years' range read
        # as a year in one edition and as a count in the other is still the same slot
        other = a if a.kind == "amount" else b
        return "value" if float(other.value).is_integer() and 1000 <= float(other.value) <= 2100 else None
    if _ordinal_in_words_against_a_figure(a, b):
        return None
    # "the 29th Army" against "29 армії" read as a plain figure: an ordinal the other language writes in
    # digits alone fills the same slot, so "the 19th" there is a changed figure
    kinds = {a.kind, b.kind}
    # the year of a life against an age in years ("на 76-му році життя" / "aged 72"): the slot of the age
    a_life = (YEAR_OF_LIFE in (a.qualifier, b.qualifier) and kinds == {"ordinal", "quantity"}
              and "year" in (a.unit, b.unit))
    if a.kind != b.kind and not (kinds <= {"amount", "count", "money"} or kinds <= {"amount", "quantity"}
                                 or kinds == {"amount", "ordinal"} or a_life):
        return None
    if a.per and b.per and a.per != b.per:
        return "unit"  # a sum per month where the other edition has it per year
    va, vb = float(a.value), float(b.value)
    if va == vb and (a.unit is None or b.unit is None):
        return None  # "children aged 3" / "діти 3 роки": one figure, its unit said by one edition only
    if in_other_currencies(a, b):
        return "currency"
    if a.kind == "quantity" and b.kind == "quantity" and a.unit != b.unit and {a.unit, b.unit} != TEMPERATURE:
        if va == vb or not _decimal_units(a.unit or "", b.unit or ""):
            return "unit"  # not a bare "degrees" against "градусів": which scale the word means is a guess
        # "843 kt" against "834 тис. т": one measure in two units a power of ten apart, compared in its base unit
        va, vb = to_base(va, a.unit or "")[1], to_base(vb, b.unit or "")[1]  # type: ignore[index]
    if va and vb and (va > 0) == (vb > 0):  # a sign changed ("−3°C" / "+3°C") is a changed value, of no scale
        ratio = max(abs(va), abs(vb)) / min(abs(va), abs(vb))
        power = math.log10(ratio)
        if power >= 2.9 and abs(power / 3 - round(power / 3)) < 0.02:
            return "scale"
    return "value"


def distance(a: Fact, b: Fact) -> float:
    """How far apart two rival facts are (to pair the likeliest alteration first); a figure read either as a unit or
    as a scale ("6.5m") by the nearer of its readings."""
    if (either := _readings_against(a, b)) is not None:
        readings, other = either
        return min(distance(reading, other) for reading in readings)
    try:
        va, vb = abs(float(a.value)) + 1e-9, abs(float(b.value)) + 1e-9
        return abs(math.log(va / vb))
    except (TypeError, ValueError):
        return 0.0 if a.value == b.value else 1.0


def describe(fact: Fact) -> str:
    return fact.text.strip()


def converts(measure: Fact, conversion: Fact) -> bool:
    """`conversion`, in brackets after `measure`, says it in another unit: within the conversion tolerance, or rounded
    to its own figures (`_rounded_conversion`); any sum in another currency (an exchange rate is the edition's to
    choose) and any temperature (read without its sign: "14 °F (-10 °C)")."""
    if measure.kind != "quantity" or conversion.kind != "quantity" or dimension(conversion.unit) == "temperature":
        return True
    return relation(measure, conversion) is not None or _rounded_conversion(measure, conversion)


def _rounded_conversion(measure: Fact, conversion: Fact) -> bool:
    """`conversion` is `measure` in its own unit rounded to the figures it is written in, a tenth off at most: "3
    feet (1 meter)" rounds 0.91 m to one figure, as wire copy does; "50 mph (100 km/h)" is no 80.5 km/h."""
    exact, unit = to_base(float(measure.value), measure.unit or ""), UNITS.get(conversion.unit or "")
    if exact is None or unit is None or exact[0] != unit[0]:
        return True  # no measure converted into another unit of its dimension: nothing to say
    value = float(conversion.value)
    step = 10 ** (math.floor(math.log10(abs(value))) - significant_digits(value) + 1) if value else 1.0
    off = abs(exact[1] / unit[1] - value)
    return off <= step / 2 * (1 + 1e-9) and off <= _LOOSEST_CONVERSION * abs(value)


# how far a conversion rounded to its own figures may be from the exact one: "3 feet (1 meter)" is 9% off
_LOOSEST_CONVERSION = 0.1
