"""When two facts read in different languages state the same thing, and how they differ when they do not.

`relation(a, b)` says "equal" (44,2 млрд доларів / $44.2 billion), "conversion" (550 pounds / 249 kg),
"rounding" (almost $45 billion / $44.2 billion) or None. `rival(a, b)` says whether two facts that
do not match fill the same slot (both sums of money, both dates...), so one is an alteration of the other.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from consistency.model import Fact
from consistency.stages.facts.name_keys import is_glossary, same_name
from consistency.stages.facts.units import to_base

NUMERIC = frozenset({"amount", "count", "money", "percent", "quantity", "ordinal", "year"})
APPROXIMATE = frozenset({"about", "almost"})


def family(fact: Fact) -> str:
    if fact.kind in NUMERIC:
        return "number"
    return fact.kind  # "date", "time", "name"


def check_for(fact: Fact) -> str:
    if fact.kind in ("date", "time", "year"):
        return "dates"
    if fact.kind == "name":
        return "entities"
    return "numbers"


def is_weak(fact: Fact) -> bool:
    """Facts that may confirm a match but never raise an error alone: figures written as words,
    a bare month, an unresolved "yesterday", a one-digit count."""
    if fact.kind == "name":
        return False
    if fact.kind == "count":
        return True
    if not any(ch.isdigit() for ch in fact.text):
        return True
    return False


def _close(a: float, b: float, tol: float = 1e-9) -> bool:
    return math.isclose(a, b, rel_tol=tol, abs_tol=1e-12)


def _round_sig(x: float, digits: int) -> float:
    if x == 0:
        return 0.0
    return round(x, -int(math.floor(math.log10(abs(x)))) + digits - 1)


@lru_cache(maxsize=65536)  # a long edition compares the same figures many times
def _sig_digits(x: float) -> int:
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
    precise, rough = (a, b) if _sig_digits(a) > _sig_digits(b) else (b, a)
    precise_qual, rough_qual = (a_qual, b_qual) if precise == a else (b_qual, a_qual)
    if _sig_digits(precise) > _sig_digits(rough) and rough_qual in APPROXIMATE and precise_qual not in APPROXIMATE:
        # the rough figure must be the precise one rounded to its own last digit: "about 300" for 308,
        # "almost $45 billion" for $44.2 billion (rounded up); "approximately 130" for 136 is a change
        step = 10.0 ** (math.floor(math.log10(abs(rough))) - _sig_digits(rough) + 1)
        gap = abs(rough) - abs(precise)
        if rough_qual == "almost":
            return -1e-9 * step <= gap <= step * (1 + 1e-9)
        return abs(gap) <= step / 2 * (1 + 1e-9)
    if _sig_digits(precise) == _sig_digits(rough):
        return False
    mantissa = _mantissa(precise)
    if mantissa == int(mantissa) or not decimals:  # 832 vs 830 is a changed figure, not a dropped decimal
        return False
    return _close(_round_sig(precise, _sig_digits(rough)), rough)


def _near(x: float, y: float, tolerance: float) -> bool:
    return abs(x - y) / max(abs(x), abs(y)) <= tolerance


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
    if _near(x, y, tolerance):
        return True
    if not _near(x, y, rounding_tolerance):
        return False
    for value, unit, other, other_unit in ((a, ua, b, ub), (b, ub, a, ua)):
        # `value` is the rough one: bring `other` into its unit and round it to its precision
        in_unit = _from_base(to_base(other, other_unit)[1], unit)  # type: ignore[index]
        if in_unit is not None and _sig_digits(value) < _sig_digits(in_unit) and _close(_round_sig(in_unit, _sig_digits(value)), value):
            return True
    return False


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


def _dates_agree(a: str, b: str) -> bool:
    if a == b:
        return True
    fa, fb = _date_fields(a), _date_fields(b)
    if fa is None or fb is None:
        return False
    return all(x is None or y is None or x == y for x, y in zip(fa, fb))


def conflict(a: Fact, b: Fact) -> bool:
    """Two facts that can never sit in one cluster, whatever a third one matches: sums in different
    currencies ("1,5 млн" matches both £1.5 million and $1.5 million, which do not match each other)."""
    return a.kind == "money" and b.kind == "money" and a.unit != b.unit


_DECIMALS = re.compile(r"\d[.,](?:\d{1,2}|\d{4,})(?!\d)")


def _has_decimals(fact: Fact) -> bool:
    """Written with a decimal part ("44.2", "44,2", "2.54"); a group of three after a separator is a
    thousands group ("1,040"), not decimals."""
    return bool(_DECIMALS.search(fact.text))


def _temperature_difference(f_value: float, c_value: float, tolerance: float, rounding_tolerance: float) -> bool:
    """"10 degrees above average" (°F) is "5.6 °C above average": a difference converts without the offset."""
    in_c = f_value * 5.0 / 9.0
    if c_value == 0 or in_c == 0:
        return False
    return _near(in_c, c_value, tolerance) or (_near(in_c, c_value, rounding_tolerance)
        and _sig_digits(c_value) < _sig_digits(in_c) and _close(_round_sig(in_c, _sig_digits(c_value)), c_value))


def relation(a: Fact, b: Fact, *, rounding_tolerance: float = 0.05, conversion_tolerance: float = 0.015) -> str | None:
    fa, fb = family(a), family(b)
    if fa == "number" and fb == "date" or fa == "date" and fb == "number":
        year, date = (a, b) if fa == "number" else (b, a)
        if year.kind == "year":
            fields = _date_fields(str(date.value))
            if fields and fields[0] == f"{int(year.value):04d}":
                return "equal"
        return None
    if fa != fb:
        return None
    if fa == "date":
        return "equal" if _dates_agree(str(a.value), str(b.value)) else None
    if fa == "time":
        return "equal" if a.value == b.value else None
    if fa == "name":
        return "equal" if same_name(str(a.value), str(b.value)) else None
    # numbers
    va, vb = float(a.value), float(b.value)
    ua, ub = a.unit, b.unit
    if a.kind == "percent" or b.kind == "percent":
        if {a.kind, b.kind} - {"percent", "amount", "count"}:
            return None
    if a.kind == "money" and b.kind == "money" and ua != ub:
        return None
    if a.kind == "quantity" and b.kind == "quantity" and ua != ub:
        if {ua, ub} == {"C", "F"} and _close(va, vb):
            return "equal"  # "20 degrees" kept as written: which scale the bare word means is a guess
        if {ua, ub} == {"C", "F"}:
            f_value, c_value = (va, vb) if ua == "F" else (vb, va)
            if _temperature_difference(f_value, c_value, conversion_tolerance, rounding_tolerance):
                return "conversion"
        return "conversion" if _converted(va, ua or "", vb, ub or "", conversion_tolerance, rounding_tolerance) else None
    if {a.kind, b.kind} == {"money", "quantity"} or {a.kind, b.kind} == {"percent", "quantity"}:
        return None
    if _close(va, vb):
        return "equal"
    if a.kind in ("year", "ordinal") or b.kind in ("year", "ordinal"):
        # "the 1930s" / "30-е годы"; never "2010" / "10 metres"
        return "equal" if {a.kind, b.kind} <= {"year", "ordinal"} and _decade(va, vb) else None
    precise = a if _sig_digits(va) > _sig_digits(vb) else b
    decimals = _has_decimals(precise)
    if not decimals and a.qualifier not in APPROXIMATE and b.qualifier not in APPROXIMATE:
        return None  # what `rounded` would say, for the many pairs of plain figures a long edition compares
    if rounded(va, vb, a.qualifier, b.qualifier, rounding_tolerance, decimals=decimals):
        return "rounding"
    return None


def rival(a: Fact, b: Fact) -> str | None:
    """What changed when a and b fill the same slot but do not match: "value", "scale", "currency",
    "unit", "date", "time", "name"; None when they are simply different facts."""
    fa, fb = family(a), family(b)
    if fa != fb:
        return None
    if fa == "date":
        ka, kb = _date_fields(str(a.value)), _date_fields(str(b.value))
        if ka is None or kb is None:
            return None
        # a bare month against a full date is two different facts, not an alteration
        if (ka[2] is None) != (kb[2] is None):
            return None
        return "date"
    if fa == "time":
        return "time"
    if fa == "name":
        # only glossary names are sure enough to call one a replacement of the other (Kyiv → Moscow)
        return "name" if is_glossary(str(a.value)) and is_glossary(str(b.value)) else None
    if {a.kind, b.kind} == {"year", "amount"}:
        # "about 2,000 troops" against "около 2003 военнослужащих": a figure in the years' range read
        # as a year in one edition and as a count in the other is still the same slot
        other = a if a.kind == "amount" else b
        return "value" if float(other.value).is_integer() and 1000 <= float(other.value) <= 2100 else None
    if a.kind != b.kind and not ({a.kind, b.kind} <= {"amount", "count", "money"} or {a.kind, b.kind} <= {"amount", "quantity"}):
        return None
    va, vb = float(a.value), float(b.value)
    if a.kind == "money" and b.kind == "money" and a.unit != b.unit:
        return "currency"
    if a.kind == "quantity" and b.kind == "quantity" and a.unit != b.unit:
        return "unit"
    if va and vb:
        ratio = max(va, vb) / min(va, vb)
        power = math.log10(ratio)
        if power >= 2.9 and abs(power / 3 - round(power / 3)) < 0.02:
            return "scale"
    return "value"


def distance(a: Fact, b: Fact) -> float:
    """How far apart two rival facts are (to pair the likeliest alteration first)."""
    try:
        va, vb = abs(float(a.value)) + 1e-9, abs(float(b.value)) + 1e-9
        return abs(math.log(va / vb))
    except (TypeError, ValueError):
        return 0.0 if a.value == b.value else 1.0


def describe(fact: Fact) -> str:
    return fact.text.strip()

