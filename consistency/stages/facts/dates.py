"""Dates, date ranges, centuries, decades, clock times and relative days ("yesterday", "вчора").

Values are ISO-like strings so they compare across languages: "2023-12-06"; a date without a year
is "--12-06" (ISO 8601's own form for it), a month of a year "2023-12", a bare month "--12".
A century is "C19" whether it was written "XIX ст.", "19-го століття" or "the 19th century"; a decade
is "1990s" ("the 1990s", "1990-х"), or "--90s" when its century is left unsaid ("90-е годы", "the '90s").
A range of years ("1990-95", "2022-23") gives a "year" fact for each end, as a year alone does.
A clock time is "15:00" whether it was written "3 p.m.", "15:00" or "3 години дня".

A numeric date whose day and month could trade places ("10/11/22") is read in the order the story
itself shows (`numeric_date_order`): a language does not say it, since the English edition of a Kyiv
outlet writes the day first.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Iterable, Mapping, NamedTuple

from consistency.locales import cldr_month_names, load_locale
from consistency.model import Fact
from consistency.stages.facts.amounts import CONVERTED, overlaps
from consistency.stages.facts.joined import amount_follows
from consistency.stages.facts.name_keys import name_rules
from consistency.stages.facts.roman import roman_value
from consistency.stages.facts.rules import Rules

ORDERS = ("dmy", "mdy")
# a bare range of years below this is more often a range of counts ("1500-1600 people")
BARE_YEARS_FROM = 1800
LAST_YEAR = 2100
# centuries read up to the 30th: a century mistyped as the 22nd must still read as one, to be compared
LAST_CENTURY = 30


# a year with every day of the calendar: a date without its year is checked, and counted, in it (29 February)
LEAP_YEAR = 2000


def iso_date(year: int | None, month: int, day: int | None) -> str | None:
    if not 1 <= month <= 12:
        return None
    if day is not None:
        try:
            dt.date(year or LEAP_YEAR, month, day)
        except ValueError:
            return None
        return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}" if year else f"--{month:02d}"


class _Found:
    """The facts read so far, and the spans they take (a later, looser pattern must not read them again)."""

    def __init__(self, text: str, taken: list[tuple[int, int]]) -> None:
        self.text, self.taken, self.facts = text, taken, []

    def free(self, start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in self.taken)

    def add(self, kind: str, value: str | int | None, start: int, end: int) -> bool:
        if value is None or not self.free(start, end):
            return False
        self.facts.append(Fact(kind, value, self.text[start:end], start, end))
        return True

    def add_each(self, kind: str, values: list, start: int, end: int) -> None:
        """A range ("5–6 грудня", "XVII–XVIII ст."): a fact for each end, on the one span, which is claimed."""
        if not values or not self.free(start, end):
            return
        for value in values:
            self.facts.append(Fact(kind, value, self.text[start:end], start, end))
        self.claim(start, end)

    def claim(self, start: int, end: int) -> None:
        self.taken.append((start, end))


# --- numeric dates: which comes first, the day or the month -----------------------------------------

class _Numeric(NamedTuple):
    """A numeric date as written: "10/11/22" is notation "/", 10, 11, 2022."""

    notation: str
    first: int
    second: int
    year: int

    def reading(self, order: str) -> tuple[int, int, int] | None:
        """(year, month, day) in `order`, or None when that order makes no date (a 13th month)."""
        day, month = (self.first, self.second) if order == "dmy" else (self.second, self.first)
        return (self.year, month, day) if iso_date(self.year, month, day) else None

    def readings(self) -> dict[str, tuple[int, int, int]]:
        return {order: r for order in ORDERS if (r := self.reading(order)) is not None}

    @property
    def ambiguous(self) -> bool:
        """Both orders make a date, and not the same one ("10/11/22"; "14.03.2024" and "5.5.22" are not)."""
        return len(self.readings()) == 2 and self.first != self.second


def _numeric(m: re.Match) -> _Numeric:
    year = m.group(4)
    return _Numeric(m.group(2), int(m.group(1)), int(m.group(3)), int(year) if len(year) == 4 else 2000 + int(year))


@dataclass(frozen=True)
class NumericDateOrder:
    """The order a story writes ambiguous numeric dates in, by notation (the separator: "." or "/"):
    story.toml's `date_order` when it says one, else what the story's own dates show; a notation the
    story shows nothing about reads in each locale's order (`numbers.numeric_date_order`)."""

    declared: str | None = None
    by_notation: Mapping[str, str] = field(default_factory=dict)

    def order(self, notation: str, default: str) -> str:
        return self.declared or self.by_notation.get(notation) or default


def numeric_date_order(texts: Iterable[tuple[str, Rules]], declared: str | None = None) -> NumericDateOrder:
    """What the texts (every edition of a story) show of their numeric dates' order, per notation,
    strongest evidence first:
    - a day above 12 in a numeric date of that notation, anywhere: "14.03.2024" writes the day first;
    - the dates the story also writes in words or unambiguously: "10/11/22" beside "10 листопада 2022".
    Evidence both ways within one step is no evidence."""
    texts = list(texts)
    numerics: list[_Numeric] = []
    stated: set[tuple[int | None, int, int]] = set()
    for text, rules in texts:
        for m in rules.date_numeric.finditer(text):
            if m.group(5):
                stated.add((int(m.group(5)), int(m.group(6)), int(m.group(7))))
                continue
            numeric = _numeric(m)
            numerics.append(numeric)
            readings = numeric.readings()
            if len(readings) == 1:
                stated.update(readings.values())
    by_notation: dict[str, str] = {}
    words_read = False
    for notation in sorted({n.notation for n in numerics}):
        mine = [n for n in numerics if n.notation == notation]
        order = _only(_orders_by_days(mine))
        if order is None and any(n.ambiguous for n in mine):
            if not words_read:  # most texts have no numeric date: the words are read only when needed
                stated.update(d for text, rules in texts for d in _dates_in_words(text, rules))
                words_read = True
            order = _only(_orders_by_stated_dates(mine, stated))
        if order:
            by_notation[notation] = order
    return NumericDateOrder(declared, by_notation)


def _only(orders: set[str]) -> str | None:
    return next(iter(orders)) if len(orders) == 1 else None


def _orders_by_days(numerics: list[_Numeric]) -> set[str]:
    """The orders that dates with a day above 12 show ("14.03.2024": dmy; "03/14/2024": mdy)."""
    return {order for n in numerics for order in n.readings() if len(n.readings()) == 1}


def _orders_by_stated_dates(numerics: list[_Numeric], stated: set[tuple[int | None, int, int]]) -> set[str]:
    """The orders in which an ambiguous date is one the story states otherwise, and the other order is not."""
    votes = set()
    for n in numerics:
        if not n.ambiguous:
            continue
        hits = [order for order, reading in n.readings().items() if _is_stated(reading, stated)]
        if len(hits) == 1:
            votes.add(hits[0])
    return votes


def _is_stated(reading: tuple[int, int, int], stated: set[tuple[int | None, int, int]]) -> bool:
    year, month, day = reading
    return (year, month, day) in stated or (None, month, day) in stated


def _dates_in_words(text: str, rules: Rules) -> set[tuple[int | None, int, int]]:
    """(year or None, month, day) of every date `text` writes with a month name ("10 листопада 2022")."""
    scratch = _Found(text, [])
    _day_month_dates(scratch, rules)
    out = set()
    for fact in scratch.facts:
        year, month, day = str(fact.value).rsplit("-", 2)
        out.add((int(year) if year.strip("-") else None, int(month), int(day)))
    return out


# --- reading --------------------------------------------------------------------------------------

def read_dates(text: str, rules: Rules, taken: list[tuple[int, int]], published: dt.date | None,
               order: NumericDateOrder | None = None) -> list[Fact]:
    """Every date of `text`; ambiguous numeric dates in `order` (the story's), by default in the order the
    text itself shows."""
    found = _Found(text, taken)
    _numeric_dates(found, rules, order)
    _numeric_months_of_years(found, rules)
    _roman_month_dates(found, rules)
    _zero_padded_days(found, rules)
    _day_month_dates(found, rules)
    _year_ranges(found, rules)
    _prefixed_years(found, rules)
    _centuries(found, rules)
    _decades(found, rules)
    _month_dates(found, rules)
    _months_from_january(found)
    _relative_days(found, rules, published)
    _relative_years(found, rules, published)
    return _datelines(found.text, found.facts) + _nights_before(found, rules, published)


# the qualifier of a dateline's date ("KYIV, Dec 11 (Reuters) -"), the day a wire filed its story, which an edition
# that tells the story again says otherwise or leaves out ("в четвер"): `checks.facts.blame` finds it neither added
# nor missing, and it still agrees or not with another edition's date where both give one
DATELINE = "dateline"
_DATELINE_PLACE = re.compile(r"(?:^|\n)[ \t]*[^\W\d_a-zа-яіїєґё][^\W\d_a-zа-яіїєґё'’./\- ]*"
                             r"(?:[ '’./\-]+[^\W\d_a-zа-яіїєґё]+)*[ \t]*[,.][ \t]*\Z")
# after the date, the agency in brackets and a dash ("(Reuters) -"), in capitals between full stops (". УНІАН."),
# or between slashes ("/ТАСС/.")
_DATELINE_AGENCY = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?[-–—]|\.?[ \t]*[A-ZА-ЯЁІЇЄҐ][A-ZА-ЯЁІЇЄҐ\-]+\."
                              r"|\.?[ \t]*/[^/\n]{1,30}/")


def _datelines(text: str, facts: list[Fact]) -> list[Fact]:
    """A date after a place in capitals opening a line, and before its agency ("KYIV, Dec 11 (Reuters) -", "КИЇВ.
    5 грудня. УНІАН.")."""
    return [replace(f, qualifier=DATELINE) if f.kind == "date" and _DATELINE_AGENCY.match(text, f.end)
            and _DATELINE_PLACE.search(text, max(0, f.start - 60), f.start) else f for f in facts]


_A_DAY = re.compile(r"(\d{4}|-)-(\d{2})-(\d{2})")
# the qualifier of a date a reading gives beside the one the text says plainly, which another edition may leave out:
# the Old Style's day of a date in two calendars ("9 (22) січня 1918 року"; the New Style's, in brackets, is plain),
# the century that ends at a century's turn ("at the turn of the 20th century"). Weak, as `NIGHT_BEFORE` is: it
# confirms the other editions' date and is no date added or missing where none gives it (`checks.facts.relations`)
EITHER_DATE = "either-date"
# the qualifier of the day before a night's date ("у ніч на 5 грудня": the night from the 4th to the 5th)
NIGHT_BEFORE = "night-before"


def _nights_before(found: _Found, rules: Rules, published: dt.date | None) -> list[Fact]:
    """"У ніч на 5 грудня", "в ночь на 5 декабря" name the night that ends on the 5th, which English writes
    "on the night of December 4-5" as often as "overnight on December 5": the day before is a weak date of its
    own: it confirms the first day of a range another edition gives there, and is no date added where none does
    (see `checks.facts.relations`)."""
    nights = []
    for fact in found.facts:
        day = _A_DAY.fullmatch(str(fact.value)) if fact.kind == "date" else None
        if day is None or not rules.night_before.search(found.text, max(0, fact.start - 30), fact.start):
            continue
        year = int(day.group(1)) if day.group(1) != "-" else None
        # a date without its year is in the story's year, or in one with every day ("--03-01")
        counted_in = year or (published.year if published else LEAP_YEAR)
        try:
            before = dt.date(counted_in, int(day.group(2)), int(day.group(3))) - dt.timedelta(days=1)
        except ValueError:
            continue  # no such day ("31.02")
        value = iso_date(year and before.year, before.month, before.day)
        nights.append(Fact("date", value, fact.text, fact.start, fact.end, qualifier=NIGHT_BEFORE))
    return nights


def _numeric_months_of_years(found: _Found, rules: Rules) -> None:
    """"до 05.2027" (a pack's shelf life): May 2027, as "expires in May 2027" says it."""
    for m in rules.date_numeric_month_year.finditer(found.text):
        if found.add("date", f"{m.group(2)}-{m.group(1)}", m.start(), m.end()):
            found.claim(m.start(), m.end())


def _numeric_dates(found: _Found, rules: Rules, order: NumericDateOrder | None) -> None:
    """Numeric dates, the ambiguous ones in `order`; without one, in the order `found.text` shows (looked
    for only when some date needs it)."""
    for m in rules.date_numeric.finditer(found.text):
        if m.group(5):
            value = iso_date(int(m.group(5)), int(m.group(6)), int(m.group(7)))
        else:
            numeric = _numeric(m)
            if order is None and numeric.ambiguous:
                order = numeric_date_order([(found.text, rules)])
            preferred = (order or NumericDateOrder()).order(numeric.notation, rules.numeric_date_order)
            # "14.03.2024" in a month-first locale: the only order that makes a date is the one meant
            reading = numeric.reading(preferred) or next(iter(numeric.readings().values()), None)
            value = iso_date(*reading) if reading else None
        if value:
            found.add("date", value, m.start(), m.end())
            found.claim(m.start(), m.end())


# a day and a month, the day padded with a zero ("з 06.12"), which no decimal figure writes
_ZERO_PADDED_DAY = re.compile(r"(?<![\d.,/:])0([1-9])\.(0[1-9]|1[0-2])(?!\d|[.,/:]\d)")
# a figure of that shape joined to another by a dash or a word ("з 05.10 до 06.05"): hours as likely as days
_PAIRED = re.compile(r"\s*(?:[-–—]|\w{1,3})\s*\d{1,2}[.:]\d\d(?!\d)")
_PAIRED_BEFORE = re.compile(r"\d{1,2}[.:]\d\d\s*(?:[-–—]|\w{1,3})\s*\Z")


def _zero_padded_days(found: _Found, rules: Rules) -> None:
    """"з 06.12" is from the 6th of December where a locale writes the day first: the zero says it is no 6.12. Not
    a clock time after a word that says one ("о 08.10", "після 08.10": `times.markers`, `times.dot_markers`), nor
    a range of such figures, which may be hours ("з 05.10 до 06.05")."""
    if not rules.numeric_date_order.startswith("d"):
        return
    text = found.text
    for m in _ZERO_PADDED_DAY.finditer(text):
        lead = text[max(0, m.start() - 30):m.start()]
        said_as_a_time = any(t.end() == m.end()
                             for t in rules.time_marked.finditer(text, max(0, m.start() - 30), m.end()))
        if said_as_a_time or _PAIRED.match(text, m.end()) or _PAIRED_BEFORE.search(lead):
            continue
        if found.add("date", iso_date(None, int(m.group(2)), int(m.group(1))), m.start(), m.end()):
            found.claim(m.start(), m.end())


# a day, its month in Roman numerals and a year, between full stops ("від 2.IV.1935", "12.XII.2024"), as archives and
# official papers date in Ukrainian and Russian copy; the numeral in Latin or Cyrillic letters
_ROMAN_MONTH_DATE = re.compile(r"(?<![\w.])([0-3]?\d)\.[ \u00a0]?([IVXІХ]{1,4})\.[ \u00a0]?([12]\d{3})(?![\w.]\d|\d)")


def _roman_month_dates(found: _Found, rules: Rules) -> None:
    for m in _ROMAN_MONTH_DATE.finditer(found.text):
        month = roman_value(m.group(2), rules.century_numerals)
        if month is not None and month <= 12 and found.add(
                "date", iso_date(int(m.group(3)), month, int(m.group(1))), m.start(), m.end()):
            found.claim(m.start(), m.end())


def _day_month_dates(found: _Found, rules: Rules) -> None:
    """"December 6", "6 грудня", "6–7 грудня 2023", "3 та 4 травня", "12, 14 і 16 грудня", "з 4 на 5 грудня": a
    range, a list or a night gives a fact for each day, on one span; so does a move from one day to another ("засідання
    перенесли з 3 на 17 квітня")."""
    for pattern in (rules.date_night, rules.date_month_day, rules.date_day_month):
        for m in pattern.finditer(found.text):
            month = rules.month(m.group("month"))
            if month is None or pattern is rules.date_night and int(m.group("day2")) < int(m.group("day")):
                continue  # "з 31 на 1 січня": a night into the next month, whose first day alone the month dates
            year = int(m.group("year")) if m.group("year") else None
            earlier, middle = m.groupdict().get("earlier") or "", m.groupdict().get("middle") or ""
            days = [int(m.group("day"))] + ([int(m.group("day2"))] if m.group("day2") else [])
            listed = bool(m.group("day2") and (earlier or middle))
            if m.groupdict().get("part2") and not rules.part_of_day_before.search(
                    found.text, max(0, m.start("day") - 12), m.start("day")):
                # "з 20 до ранку 21 травня", "з 19 до вечора 21 травня": the first may be a clock's hour where its own
                # part of the day is unsaid, or a day: a date, weak
                first, second = (iso_date(year, month, int(m.group(day))) for day in ("day", "day2"))
                if second is None:
                    continue  # "до ранку 31 квітня": no such day, as a single day's date reads none
                if first is not None and found.free(m.start("day"), m.end("day")):
                    found.facts.append(Fact("date", first, m.group("day"), m.start("day"), m.end("day"),
                                            qualifier=EITHER_DATE))
                found.add_each("date", [second], m.start("day2"), m.end())
                found.claim(m.start("day"), m.end("day"))
                continue
            if listed:  # "12, 14 і 16 грудня": a list ends in its last two days; "12, 14 грудня" is none
                days = _days_in(earlier) + days[:1] + _days_in(middle) + days[1:]
            values = [iso_date(year, month, day) for day in days]
            if values[0] is None:
                continue
            start = m.start() if listed or not earlier else m.start("day")
            if m.groupdict().get("bracket") and values[-1] is not None and found.free(start, m.end()):
                # "9 (22) січня 1918 року": the Old Style's day, and the New's in brackets, the one an edition gives
                # alone ("January 22, 1918"): the first is weak
                found.facts.append(Fact("date", values[0], found.text[start:m.end()], start, m.end(),
                                        qualifier=EITHER_DATE))
                found.add_each("date", values[1:], start, m.end())
                continue
            found.add_each("date", [v for v in values if v], start, m.end())


def _days_in(listed: str) -> list[int]:
    return [int(day) for day in re.findall(r"(?<![\d\-–])\d+", listed)]


# the most years a range whose second year copy cuts to two figures runs where a spaced dash joins them and no year's
# word follows ("1939 – 45", "2022 – 23"); past it the two figures are a name's year and another figure ("Metalist
# 1925 – 24", a table's points), as "1947-91" and "1922–91 роках" are not
ABBREVIATED_SPAN = 30


def _year_ranges(found: _Found, rules: Rules) -> None:
    """"1990–1995 роки", "1990-95", "2022-23", the season "2025/26": both years, the second completed from the
    first."""
    text = found.text
    for m in rules.year_range.finditer(text):
        first, digits = int(m.group("first")), m.group("second")
        second = int(digits) if len(digits) == 4 else first - first % 100 + int(digits)
        if len(digits) == 2 and second <= first:
            second += 100  # "1998-02"
        with_year_word = m.end() > m.end("second")
        if not first < second <= min(first + 100, LAST_YEAR) or (m.group("slash") and second != first + 1):
            continue
        spaced = text[m.end("first"):m.start("second")] != text[m.end("first"):m.start("second")].strip()
        if len(digits) == 2 and spaced and not with_year_word and second - first > ABBREVIATED_SPAN:
            continue  # "Metalist 1925 – 24": a name's year and a table's points, no century's run
        if rules.number_sign_before.search(text, max(0, m.start() - 8), m.start()):
            continue  # "Указ №2025/26": a document's number
        if not with_year_word and (first < BARE_YEARS_FROM or _counts_something(text, m.start(), m.end(), rules)):
            continue
        if len(digits) == 4 and first % 10 == 0 and rules.decade_long.match(text, m.start("second")):
            continue  # "1960–1970-х років": two decades, the mark after the second the first's too (`_decades`)
        if m.group("slash") and rules.fiscal_after.match(text, m.end()):
            # "2025/26 фінансовий рік" is the fiscal year English names by its end ("FY2026"): its first year, weak
            found.facts.append(Fact("year", first, text[m.start():m.end()], m.start(), m.end(), qualifier=EITHER_DATE))
            found.add_each("year", [second], m.start(), m.end())
            continue
        found.add_each("year", [first, second], m.start(), m.end())


# how far from a season's code its kind's word is looked for ("the SS19 collection", "колекції весна-літо SS19")
_CUE_REACH = 60


def _prefixed_years(found: _Found, rules: Rules) -> None:
    """"FY2025", "FY25": the fiscal year 2025, as "у 2025 фінансовому році" says it; "MY25/26": the marketing years
    2025 and 2026, as "2025/26 МР"; "summer ’27": 2027."""
    for m in rules.year_prefixed.finditer(found.text):
        # a locale may have prefixes or apostrophes alone, and so one of the two groups alone
        year, short = m.groupdict().get("year"), m.groupdict().get("short")
        if short and _closing_quote_in_its_sentence(found.text, m.end()):
            continue  # "'12 people were killed'": a quotation opens, no year
        digits = year or short
        if (year and m.group(0).startswith(rules.year_glued_prefixes)
                and not rules.year_glued_cue.search(found.text, max(0, m.start() - _CUE_REACH), m.end() + _CUE_REACH)):
            continue  # "the FW47 car": a model's code, no fashion season's year
        # two figures: this century's up to 49, the last one's from 50 ("FY99"), as two-digit years are read
        year = int(digits) if len(digits) == 4 else (2000 if int(digits) < 50 else 1900) + int(digits)
        following = m.groupdict().get("next")
        if following and int(following) == (year + 1) % 100:  # a season: "MY25/26" is "2025/26 МР"
            found.add_each("year", [year, year + 1], m.start(), m.end())
        elif not following and found.add("year", year, m.start(), m.end()):
            found.claim(m.start(), m.end())


# a single quotation mark closing a quotation: after a word, before no letter ("killed'", not "festival’s")
_CLOSING_QUOTE = re.compile(r"\w['’](?!\w)")
_SENTENCE_END = re.compile(r"[.!?\n]")


def _closing_quote_in_its_sentence(text: str, start: int) -> bool:
    end = _SENTENCE_END.search(text, start)
    return _CLOSING_QUOTE.search(text, start, end.start() if end else len(text)) is not None


def _counts_something(text: str, start: int, end: int, rules: Rules) -> bool:
    """A currency, a scale, a unit or a percent sign around the figures: "$1900-2000", "1900-2000 metres"."""
    if rules.currency_before.search(text[max(0, start - 40) : start]):
        return True
    for pattern in (rules.percent, rules.scale, rules.currency_after):
        if pattern.match(text, end):
            return True
    unit = rules.unit_at(text, end, start)
    return bool(unit and rules.unit_code(unit.group(0).strip()))


def _centuries(found: _Found, rules: Rules) -> None:
    """"XIX ст.", "у ХІХ столітті", "the 19th century", "XVII–XVIII вв.": "C19" (and "C17", "C18")."""
    for pattern in rules.date_centuries:
        for m in pattern.finditer(found.text):
            numbers = [_century_number(m.group(g), rules) for g in ("first", "second") if m.group(g)]
            if any(n is None or not 1 <= n <= LAST_CENTURY for n in numbers):
                continue
            if len(numbers) == 2 and numbers[1] <= numbers[0] and not rules.before_era.match(found.text, m.end()):
                continue  # counted down only before the era ("з VII по III ст. до н. е.")
            if len(numbers) == 1 and numbers[0] > 1 and rules.century_turn_before.search(
                    found.text, max(0, m.start() - 30), m.start()) and found.free(m.start(), m.end()):
                # "at the turn of the 20th century": the end of the 19th too, weak, as "на межі XIX–XX століть" gives
                # both and "на початку XX століття" the 20th alone
                found.facts.append(Fact("date", f"C{numbers[0] - 1}", m.group(0), m.start(), m.end(),
                                        qualifier=EITHER_DATE))
            found.add_each("date", [f"C{n}" for n in numbers], m.start(), m.end())


def _century_number(numeral: str, rules: Rules) -> int | None:
    digits = re.match(r"\d+", numeral)
    if digits:
        return int(digits.group(0))
    word = rules.century_ordinal_words.get(numeral.casefold())
    return word if word is not None else roman_value(re.split(r"[\-–]", numeral)[0], rules.century_numerals)


def read_weekdays(text: str, rules: Rules, taken: list[tuple[int, int]]) -> list[Fact]:
    """A day of the week ("у четвер", "on Thursday", "во вторник"), by its ISO number: weak, as a month named
    alone is, but two editions naming different days in sentences that say the same contradict each other. A form
    that is also a common word's ("среда", the environment) is a day only after a preposition of time ("в среду")."""
    return [Fact("weekday", rules.weekday_number(m.group(0)), m.group(0), m.start(), m.end())
            for m in rules.weekday.finditer(text) if not overlaps(taken, m.start(), m.end())
            and (m.group(0).casefold() not in rules.weekday_after_only
                 or rules.weekday_before.search(text, max(0, m.start() - 12), m.start()))]


def read_roman_ordinals(text: str, rules: Rules, taken: list[tuple[int, int]]) -> list[Fact]:
    """"Верховної Ради VIII скликання", "у ІІ кварталі", "XXXIII Олімпійські ігри" (two letters or more before a
    capital) are "the 8th convocation", "the second quarter", "the 33rd Olympic Games": weak
    ordinals, as a Roman numeral in the other editions is no figure at all ("World War II", "Elizabeth II").
    One letter is a numeral only after a word ("у І півріччі"): opening a sentence, "І" is the conjunction; and
    X only before what it numbers (`ordinals.ten_counts`: "X обласний фестиваль"; "у соцмережі X користувачі"
    is the social network). The first of a range is one where the last is
    (`extract._counts_what_follows` reads the word after the last: "I–III квартали", never "Частини I–III вийдуть")."""
    if rules.roman_ordinal is None:
        return []
    facts: list[Fact] = []
    for match in rules.roman_ordinal.finditer(text):
        start, end = match.span()
        value = roman_value(match.group("numeral"), rules.century_numerals)
        if value is None or any(s < end and start < e for s, e in taken):
            continue
        if text[start - 1:start] == "-" and not rules.roman_range_joined.search(text, max(0, start - 12), start):
            continue  # "Су-II", "ЗМІ-ІІ": a code's, not the last numeral of a range ("I-III")
        letters, following = end - start, text[end:].lstrip(" \u00a0")[:1]
        # a numeral with an L only before the word it counts: "LXXII сесії", not "LIV Golf"
        before_a_word = following.islower() or (letters > 1 and following.isupper() and "L" not in match.group(
            "numeral"))
        # after a word, or a name in quotes ("орденом «За мужність» I ступеня")
        one_letter_that_counts = (value != 10 or rules.ten_counts.match(text, end)) and re.search(
            r"\w[»\"”]?[ \u00a0]+$", text[max(0, start - 40):start])
        first_of_a_range = match.group("range_first") is not None and (letters > 1 or one_letter_that_counts)
        if not (match.group("ending") or first_of_a_range) and not (
                before_a_word and (letters > 1 or one_letter_that_counts)):
            continue
        facts.append(Fact("ordinal", value, match.group(0), start, end))
    return facts


def read_period_ordinals(text: str, rules: Rules, taken: list[tuple[int, int]]) -> list[Fact]:
    """"Q3 2025", "in H1": the third quarter, the first half of a year (`ordinals.period_letters`), as "у III
    кварталі" and "у першому півріччі" say them; before a year or after a word of `ordinals.period_before` ("Audi
    Q3", "green H2" are a car and a gas); and an analyst's "4Q25", "1H26" with its year."""
    facts = [Fact("ordinal", float(m.group(1)), text[m.start():m.end(1)], m.start(), m.end(1))
             for m in rules.period_ordinal.finditer(text) if not any(s < m.end(1) and m.start() < e for s, e in taken)
             and (m.group("year") or rules.period_before.search(text, max(0, m.start() - 12), m.start()))]
    for m in rules.period_ordinal_and_year.finditer(text):  # "4Q25", "1H26": the period, and its year
        if not any(s < m.end() and m.start() < e for s, e in taken):
            facts += [Fact("ordinal", float(m.group(1)), m.group(0), m.start(), m.end()),
                      Fact("year", 2000 + int(m.group(2)), m.group(0), m.start(), m.end())]
    return facts


_A_MODEL_S_CODE_BEFORE = re.compile(r"[^\W\d_]\d+[-–]\Z")
_FIRST_DECADE_OF_A_RANGE = re.compile(r"(?<![\d.,])(1\d{2}0|20[0-9]0)[ \u00a0]?[–-][ \u00a0]?\Z")


def _decades(found: _Found, rules: Rules) -> None:
    """"the 1990s", "1990-х" ("1990s"); "90-х годов", "в 90-е", "the '90s", "дев'яності" ("--90s")."""
    text = found.text
    for m in rules.decade_long.finditer(text):
        if _A_MODEL_S_CODE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "30 Airbus A350-1000s": planes of a model, no decade
        first = _FIRST_DECADE_OF_A_RANGE.search(text, max(0, m.start() - 8), m.start())
        if first is not None and int(first.group(1)) < int(m.group("year")) and found.free(first.start(), m.end()):
            # "1120–1140-ми роками": the mark after the last decade of a range is the first's too ("the 1120s–1140s")
            found.add_each("date", [f"{first.group(1)}s", f"{m.group('year')}s"], first.start(), m.end())
        elif found.add("date", f"{m.group('year')}s", m.start(), m.end()):
            found.claim(m.start(), m.end())
    for m in rules.decade_short.finditer(text):
        apostrophe = m.start() > 0 and text[m.start() - 1] in "'’"
        start = m.start() - apostrophe
        century = _century_named_after(found, m, rules)
        if century is not None and found.free(start, m.end()):
            # "60-х років XX століття" is the 1960s, as "the 1960s" says it: one date, not a decade and a century
            found.facts.remove(century)
            decade = (int(century.value[1:]) - 1) * 100 + int(m.group("tens"))
            found.facts.append(Fact("date", f"{decade}s", text[start:century.end], start, century.end))
            found.claim(start, century.end)
        elif (first := _first_decade_of_a_range(found, start)) and int(m.group("tens")) > first % 100:
            # "the 1960s-70s": the second decade of a range in the first's century ("1960–1970-х років")
            found.add("date", f"{first - first % 100 + int(m.group('tens'))}s", start, m.end())
            found.claim(start, m.end())
        elif ((apostrophe or _says_decade(text, m, rules))
              and found.add("date", f"--{m.group('tens')}s", start, m.end())):
            found.claim(start, m.end())
    for m in rules.decade_word.finditer(text):
        tens = rules.decade_word_values.get(m.group(0).casefold())
        if tens is not None and found.add("date", f"--{tens:02d}s", m.start(), m.end()):
            found.claim(m.start(), m.end())


_NO_WORD_AFTER = re.compile(r"\s*(?:[^\w\s]|\Z)")


def _first_decade_of_a_range(found: _Found, start: int) -> int | None:
    """The year of the decade read right before a dash that ends at `start` ("1960s-" of "the 1960s-70s")."""
    for fact in found.facts:
        if (fact.kind == "date" and re.fullmatch(r"\d{4}s", str(fact.value))
                and found.text[fact.end:start] in ("-", "–")):
            return int(str(fact.value)[:4])
    return None


def _century_named_after(found: _Found, decade: re.Match, rules: Rules) -> Fact | None:
    """The one century of the last thousand years read right after a decade's year word ("60-х років XX
    століття"); "90-х годов прошлого века" names none, and "30-х роках III століття до нашої ери" is not the 230s."""
    word = rules.decade_word_after.match(found.text, decade.end())
    if word is None:
        return None
    at = _SPACES.match(found.text, word.end()).end()
    there = [f for f in found.facts if f.kind == "date" and f.start == at]
    if len(there) != 1 or not re.fullmatch(r"C\d+", str(there[0].value)):
        return None
    return there[0] if MODERN_CENTURIES[0] <= int(there[0].value[1:]) <= MODERN_CENTURIES[1] else None


_SPACES = re.compile(r"\s*")
# the centuries whose decades news names with the century after them; older ones have eras to say ("до н. е.")
MODERN_CENTURIES = (11, 21)


def _says_decade(text: str, m: re.Match, rules: Rules) -> bool:
    """Two digits with a decade mark are a decade with an apostrophe ("'90s"), a year word after ("90-х
    годов"), or a word of `decades.before` in front and nothing after ("в 90-е."): "в 10-х классах" is
    a school year, "in his 40s" an age."""
    if rules.decade_word_after.match(text, m.end()):
        return True
    return bool(rules.decade_before.search(text[max(0, m.start() - 40) : m.start()])
                and _NO_WORD_AFTER.match(text, m.end()))


def _month_dates(found: _Found, rules: Rules) -> None:
    """A month of a year ("December 2023"), then a bare month ("in December", "the June summit", "червневий
    саміт")."""
    for m in rules.date_month_year.finditer(found.text):
        month = rules.month(m.group(1))
        if month is not None and found.add("date", iso_date(int(m.group(2)), month, None), m.start(), m.end()):
            found.claim(m.start(), m.end())
    for m in rules.date_month_only.finditer(found.text):
        month = rules.month(m.group(1))
        if month is None or month_in_a_name(found.text, m.start(1), rules.lang) or _capitalised_as_a_name(
                found.text, m.start(1), m.end(1), rules):
            continue
        if found.add("date", iso_date(None, month, None), m.start(), m.end()):
            found.claim(m.start(), m.end())
    for m in rules.date_month_adjective.finditer(found.text):
        month = rules.month_adjective_values[m.group("stem")]
        if found.add("date", iso_date(None, month, None), m.start(), m.end()):
            found.claim(m.start(), m.end())


_MONTH_OF = re.compile(r"(?:(\d{4})|-)-(\d\d)")  # a month's value: its year (or none) and its number
_DASH_BETWEEN = re.compile(r"[ \u00a0]?[-‑–—][ \u00a0]?")
_WORD = re.compile(r"[^\W\d_]+")


def _months_from_january(found: _Found) -> None:
    """"January-November", "за січень–листопад", "в январе-октябре": the months of a year up to the second, which
    "за 11 місяців" and "in the first 10 months" count; a count in words, weak, that confirms theirs. Not the months
    of two years ("January 2024 - March 2025")."""
    months = sorted(((f, month) for f in found.facts
                     if f.kind == "date" and (month := _MONTH_OF.fullmatch(str(f.value)))),
                    key=lambda read: read[0].start)
    for (first, opening), (last, closing) in zip(months, months[1:]):
        one_year = None in (opening.group(1), closing.group(1)) or opening.group(1) == closing.group(1)
        if opening.group(2) == "01" and one_year and _DASH_BETWEEN.fullmatch(found.text, first.end, last.start):
            end = _WORD.match(found.text, last.start).end()  # type: ignore[union-attr]  # not its year's digits
            found.facts.append(Fact("quantity", float(closing.group(2)), found.text[first.start : end], first.start,
                                    end, "month"))


# what may come between a sentence's end and its first word (spaces, quotation marks, dashes, brackets), or
# the mark opening a quotation, whose first word is capitalised anywhere ('chanted "Листопад наближається!"')
_OPENING = re.compile(r"(?:(?:^|[.!?…:;\n])[\s«»„“”\"'(\[—–-]*|[«„“\"]\s*)$")


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w’'-]*)")


def _capitalised_as_a_name(text: str, start: int, end: int, rules: Rules) -> bool:
    """A month's word capitalised in a language that writes months in lower case (CLDR's own names are), in
    mid-sentence or before another capitalised word: a name ("поздравили Марту", Martha; "Августа",
    Augustus; "Мая Санду заявила", Maia Sandu), not a month."""
    if not text[start:start + 1].isupper() or not _months_in_lower_case(rules.lang):
        return False
    following = _NEXT_WORD.match(text, end)
    before_a_name = (following is not None and following.group(1)[:1].isupper()
                     and rules.month(following.group(1)) is None)
    return before_a_name or _OPENING.search(text, max(0, start - 40), start) is None


@lru_cache(maxsize=None)
def _months_in_lower_case(lang: str) -> bool:
    names = [name for forms in cldr_month_names(lang) for name in forms.values()]
    return bool(names) and all(name[:1].islower() for name in names)


_WORD_BEFORE = re.compile(r"([^\W\d_][\w’'.-]*)[ \t]+$")


def month_in_a_name(text: str, start: int, lang: str) -> bool:
    """A bare month written right after a capitalised word that is no title or function word is a surname
    ("Theresa May", "Mrs May", "Brian May"), not a month: "In May", "By May" stay months."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None or not before.group(1)[0].isupper() or not text[start].isupper():
        return False
    _endings, stop, function, *_ = name_rules(lang)
    word = before.group(1).rstrip(".").casefold()
    return word in _titles(lang) or (word not in stop and word not in function)


@lru_cache(maxsize=None)
def _titles(lang: str) -> frozenset[str]:
    return frozenset(t.casefold() for t in load_locale(lang).get("names.titles", []))


def _relative_days(found: _Found, rules: Rules, published: dt.date | None) -> None:
    for m in rules.relative_day.finditer(found.text):
        offset = rules.relative_day_values.get(m.group(0).casefold())
        if offset is None:
            continue
        if published is not None:
            try:
                value = (published + dt.timedelta(days=offset)).isoformat()
            except OverflowError:
                continue  # "yesterday" of 0001-01-01 is before the calendar: no date to compare
        else:
            value = f"P{offset:+d}D"  # unresolved: equal only to the same relative day elsewhere
        found.add("date", value, m.start(), m.end())
        found.claim(m.start(), m.end())


# an unresolved year said relative to the story's ("минулого року" with no date of publication): "P-1Y"
RELATIVE_YEAR = re.compile(r"P[+-]\d+Y")


def _relative_years(found: _Found, rules: Rules, published: dt.date | None) -> None:
    """"минулого року", "торік", "last year", "в прошлом году": the year before the story's (`published`), as "in
    2024" says it; without a date of publication unresolved ("P-1Y"): then a year another edition names in its place
    is neither lost nor added (`checks.facts.blame`), as no edition says which year it is."""
    for m in rules.relative_year.finditer(found.text):
        offset = rules.relative_year_offset(m.group(0))
        if offset is None or rules.relative_year_not_after.search(found.text, max(0, m.start() - 12), m.start()):
            continue  # "the last year of the war", "its next year": a year of something else
        if published is not None:
            added = found.add("year", published.year + offset, m.start(), m.end())
        else:
            added = found.add("date", f"P{offset:+d}Y", m.start(), m.end())
        if added:
            found.claim(m.start(), m.end())


# the qualifier of a clock time read with no word for the half of the day in a language that counts hours to twelve
# (`times.twelve_hour_clock`: "at 6 o'clock"): six in the morning or in the evening, which another edition says
# ("о 18 годині", "18:00", "6 pm")
HALF_DAY_UNSAID = "either-half-of-the-day"
# the qualifier of an hour after a marker a count of hours takes too (`times.clock_or_count_markers`: "до 6 часов"):
# six o'clock, or up to six hours, as another edition says
CLOCK_OR_COUNT = "clock-or-count-of-hours"


def clock_or_count_readings(fact: Fact) -> tuple[Fact, Fact] | None:
    """The two readings of an hour that may be a count of hours ("до 6 часов": 06:00, or 6 hours); None for any
    other fact."""
    if fact.kind != "time" or fact.qualifier != CLOCK_OR_COUNT:
        return None
    hours = float(str(fact.value).split(":")[0])
    return replace(fact, qualifier=None), replace(fact, kind="quantity", value=hours, unit="h", qualifier=None)


def clock_times(fact: Fact) -> tuple[str, ...]:
    """The clock times a time fact may be: both halves of the day where it does not say which, any hour of a
    time said in a zone of `times.zones`, in that zone's and at Kyiv's hour (`ZONE_TO_KYIV`), unless it converts a
    time before it in brackets ("03:12 Kyiv time (01:12 GMT)"): that one is the time to compare."""
    if fact.unit in ZONE_TO_KYIV and fact.qualifier != CONVERTED:
        hour, minute = (int(part) for part in str(fact.value).split(":"))
        shifts = (0, *ZONE_TO_KYIV[fact.unit])
        return tuple(dict.fromkeys(f"{(hour + shift) % 24:02d}:{minute:02d}" for shift in shifts))
    if fact.qualifier != HALF_DAY_UNSAID:
        return (str(fact.value),)
    hour, minute = str(fact.value).split(":")
    return (str(fact.value), f"{(int(hour) + 12) % 24:02d}:{minute}")


_NAMED_HOUR_BEFORE = re.compile(r"(?<![\w.,:])(\d{1,2})(?::00)?[ \u00a0]+\Z")


def read_times(text: str, rules: Rules, taken: list[tuple[int, int]]) -> list[Fact]:
    facts: list[Fact] = []
    for m in rules.time_ampm_range.finditer(text):  # "from 1 to 2 pm": the half of the day said once for both
        first, last = int(m.group(1)), int(m.group(3))
        last_hour = _twelve_hour(last, m.group(5), rules)
        # a range runs forward: "from 11 to 1 pm" starts before noon, "from 11 to 2 am" before midnight
        first_hour = _twelve_hour(first, m.group(5), rules)
        if first % 12 > last % 12:
            first_hour = (first_hour + 12) % 24
        _add_time(facts, taken, text, first_hour, int(m.group(2) or 0), m.start(1), m.end(2) if m.group(2) else m.end(1))
        _add_time(facts, taken, text, last_hour, int(m.group(4) or 0), m.start(3), m.end())
    clocks = list(rules.time_clock.finditer(text))
    for m, half in zip(clocks, _halves_of_a_list(text, clocks, rules)):
        hour = int(m.group(1))
        minute = int(m.group(2) or m.group(3))
        if half:
            hour = _twelve_hour(hour, half, rules)
        _add_time(facts, taken, text, hour, minute, m.start(), m.end())
    for m in rules.time_marked.finditer(text):  # "о 11.15": a dot is a clock time only after "о"/"в", "після"
        group = 1 if m.group(1) is not None else 3
        if group == 3 and amount_follows(text, m.end(), rules):
            continue  # "після 14.00 гривень": an amount
        _add_time(facts, taken, text, int(m.group(group)), int(m.group(group + 1)), m.start(group), m.end())
    for m in rules.time_hours_minutes.finditer(text):  # "о 02 год 15 хв"
        _add_time(facts, taken, text, int(m.group(1)), int(m.group(2)), m.start(1), m.end())
    for m in rules.time_dot_range.finditer(text):  # "з 9.00 до 18.00", not "з 9.50 до 12.40 гривні"
        if not amount_follows(text, m.end(), rules):
            _add_time(facts, taken, text, int(m.group(1)), int(m.group(2)), m.start(1), m.end(2))
            _add_time(facts, taken, text, int(m.group(3)), int(m.group(4)), m.start(3), m.end())
    for m in rules.time_named.finditer(text):
        hour, minute = rules.time_named_values[m.group(1).casefold()].split(":")
        # its hour in figures before it is the one time ("12 noon", "12 midnight")
        said = _NAMED_HOUR_BEFORE.search(text, max(0, m.start(1) - 6), m.start(1))
        start = (said.start(1) if said and int(said.group(1)) % 12 == int(hour) % 12
                 and not overlaps(taken, said.start(1), said.end(1)) else m.start(1))  # "December 12 noon": the date's
        _add_time(facts, taken, text, int(hour), int(minute), start, m.end(1))
    for m in rules.time_glued_to_zone.finditer(text):
        _add_time(facts, taken, text, int(m.group(1)), int(m.group(2)), m.start(), m.end())
    for m in rules.time_ampm.finditer(text):
        hour = _twelve_hour(int(m.group(1)), m.group(2), rules)
        _add_time(facts, taken, text, hour, 0, m.start(), m.end())
    for m in rules.time_ordinal_hour.finditer(text):  # "о 2-й ночі": at 2 a.m.
        hour, part = int(m.group(1)) % 12, rules.ordinal_hour_parts[m.group(2).casefold()]
        said = hour + 12 if part == "afternoon" or part == "night" and hour >= 6 else hour
        _add_time(facts, taken, text, said, 0, m.start(), m.end())
    for m in rules.time_ampm_words.finditer(text):  # "в четыре часа утра", "о четвертій ранку": "at 4 am"
        hour = _twelve_hour(rules.hour_word_values[m.group(1).casefold()], m.group(2), rules)
        _add_time(facts, taken, text, hour, 0, m.start(1), m.end())
    for m in rules.time_half_before.finditer(text):  # "о пів на десяту ранку": 9:30
        hour = (rules.half_before_values[m.group(1).casefold()] - 1) % 12
        said = _twelve_hour(hour or 12, m.group(2), rules) if m.group(2) else hour
        _add_time(facts, taken, text, said, 30, m.start(), m.end(), None if m.group(2) else HALF_DAY_UNSAID)
    for m in rules.time_hour.finditer(text):  # after "2 часа дня", which says the half of the day
        hour = int(m.group(1))
        either = rules.twelve_hour_clock and 1 <= hour <= 12  # "о 6 годині" is six in the morning: Ukrainian counts 24
        count = rules.clock_or_count_marker.match(text, m.start())
        _add_time(facts, taken, text, hour, 0, m.start(1), m.end(),
                  HALF_DAY_UNSAID if either else CLOCK_OR_COUNT if count else None)
    in_text_order = sorted(facts, key=lambda f: f.start)
    return _converted_times(text, _zoned_times(text, in_text_order, rules, taken))


def _halves_of_a_list(text: str, clocks: list[re.Match], rules: Rules) -> list[str | None]:
    """The word for the half of the day of each clock time of `clocks` (`rules.time_clock`'s, in text order): its
    own, or the one said once after the last of a list it opens ("at 9:15, 9:45 and 10:15 p.m."), where the list's
    hours run forward ("11:30, 12:15 and 1:00 p.m." says no half of 11:30's). A bare hour ending the list ("and 10
    p.m.") is no clock time of `clocks`, and lends the list nothing."""
    halves: list[str | None] = [m.group(4) for m in clocks]
    for i in range(len(clocks) - 2, -1, -1):
        m, after = clocks[i], clocks[i + 1]
        if halves[i] or not halves[i + 1] or not rules.time_list_joiner.fullmatch(text, m.end(), after.start()):
            continue
        if int(m.group(1)) % 12 <= int(after.group(1)) % 12:
            halves[i] = halves[i + 1]
    return halves


# the hours to add to a time zone's clock for Kyiv's, in winter and in summer where they differ: a clock time said in
# a zone of `times.zones` ("12:00 GMT", "1300 GMT") is one another edition may give in its readers' own ("о 14:00
# за київським часом"); time zones are physics, not language, so code, as units.py is
ZONE_TO_KYIV: dict[str, tuple[int, ...]] = {
    "GMT": (2, 3), "UTC": (2, 3), "BST": (2,), "CET": (1,), "CEST": (1,), "EET": (0,), "EEST": (0,),
    "MSK": (-1, 0), "EST": (7,), "EDT": (7,), "PST": (10,), "PDT": (10,),
}


def _zoned_times(text: str, times: list[Fact], rules: Rules, taken: list[tuple[int, int]]) -> list[Fact]:
    """Each time (of `times`, in text order) said in a zone, its unit the zone's code, and the first time of a range
    it ends ("06:00-18:00 GMT", "from 06:00 to 18:00 GMT"); the zone's words are the time's (no name of a place: "за
    Гринвічем")."""
    out = list(times)
    for i, fact in enumerate(out):
        zone = rules.zone_after.match(text, fact.end)
        if zone is None:
            continue
        code = rules.zone_codes[zone.group(1).casefold()]
        out[i] = replace(fact, unit=code, text=text[fact.start:zone.end()], end=zone.end())
        taken.append((fact.start, zone.end()))
        first = out[i - 1] if i else None
        if first is not None and rules.a_range(text, first, fact):
            out[i - 1] = replace(first, unit=code)
    return out


# a clock time in brackets right after another, with a few words at most between and after them ("03:12 Kyiv
# time (01:12 GMT)", "о 10:00 за київським часом (08:00 UTC)"): the first converted into another time zone
_CONVERSION_OPENS = re.compile(r"(?:[ \u00a0]+[^\W\d_]+\.?){0,4}[ \u00a0]*[(\[][ \u00a0]*")
_CONVERSION_CLOSES = re.compile(r"(?:[ \u00a0]+[^\W\d_]+\.?){0,3}[ \u00a0]*[)\]]")


def _converted_times(text: str, times: list[Fact]) -> list[Fact]:
    """A time converted into another zone is a gloss an edition for readers abroad adds, as a sum converted into
    another currency is (`amounts.CONVERTED`): never added nor missing where the others leave it out. Of a time in
    a zone of `times.zones` and the local one ("01:12 GMT (04:12 Kyiv time)", "03:12 Kyiv time (01:12 GMT)"), the
    zone's is the gloss: the local one is the time the other editions give. Where neither or both name a zone of
    theirs ("21:45 local time (22:45 Kyiv time)"), either may be. `times` in text order."""
    converted = set()
    for before, fact in zip(times, times[1:]):
        if _CONVERSION_OPENS.fullmatch(text, before.end, fact.start) and _CONVERSION_CLOSES.match(text, fact.end):
            zoned = [f for f in (before, fact) if f.unit in ZONE_TO_KYIV]
            converted.update(id(f) for f in (zoned if len(zoned) == 1 else (before, fact)))
    return [replace(f, qualifier=CONVERTED) if id(f) in converted else f for f in times]


def _twelve_hour(hour: int, marker: str, rules: Rules) -> int:
    said = " ".join(marker.casefold().split())
    if said in rules.night_words and hour <= 12:
        # a night runs from the evening into the morning: "о 11 годині ночі" is 23:00, "о 2 годині ночі" 02:00
        return 0 if hour == 12 else hour + 12 if hour >= 6 else hour
    is_am = said in rules.am_words
    if is_am:
        return 0 if hour == 12 else hour
    return hour if hour == 12 or hour > 12 else hour + 12


def _add_time(facts: list[Fact], taken: list[tuple[int, int]], text: str, hour: int, minute: int, start: int, end: int,
              qualifier: str | None = None) -> None:
    if hour == 24 and minute == 0:
        hour = 0  # a day's end, its midnight ("з 20:00 до 24:00" / "8 p.m. to midnight")
    if hour > 23 or any(s < end and start < e for s, e in taken):
        return
    facts.append(Fact("time", f"{hour:02d}:{minute:02d}", text[start:end], start, end, qualifier=qualifier))
    taken.append((start, end))
