"""Dates, date ranges, clock times and relative days ("yesterday", "вчора").

Values are ISO-like strings so they compare across languages: "2023-12-06"; a date without a year
is "--12-06" (ISO 8601's own form for it), a month of a year "2023-12", a bare month "--12".
A clock time is "15:00" whether it was written "3 p.m.", "15:00" or "3 години дня".
"""

from __future__ import annotations

import datetime as dt

from consistency.model import Fact
from consistency.stages.facts.rules import Rules


def iso_date(year: int | None, month: int, day: int | None) -> str | None:
    if not 1 <= month <= 12:
        return None
    if day is not None:
        try:
            dt.date(year or 2000, month, day)  # 2000 is a leap year: 29 February stays valid
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

    def add(self, kind: str, value: str | None, start: int, end: int) -> bool:
        if value is None or not self.free(start, end):
            return False
        self.facts.append(Fact(kind, value, self.text[start:end], start, end))
        return True

    def claim(self, start: int, end: int) -> None:
        self.taken.append((start, end))


def read_dates(text: str, rules: Rules, taken: list[tuple[int, int]], published: dt.date | None) -> list[Fact]:
    found = _Found(text, taken)
    _numeric_dates(found, rules)
    _day_month_dates(found, rules)
    _month_dates(found, rules)
    _relative_days(found, rules, published)
    return found.facts


def _numeric_dates(found: _Found, rules: Rules) -> None:
    for m in rules.date_numeric.finditer(found.text):
        if m.group(5):
            year, month, day = int(m.group(5)), int(m.group(6)), int(m.group(7))
        else:
            a, b, y = int(m.group(1)), int(m.group(3)), m.group(4)
            year = int(y) if len(y) == 4 else 2000 + int(y)
            day, month = (a, b) if rules.numeric_date_order.startswith("d") else (b, a)
        value = iso_date(year, month, day)
        if value:
            found.add("date", value, m.start(), m.end())
            found.claim(m.start(), m.end())


def _day_month_dates(found: _Found, rules: Rules) -> None:
    """"December 6", "6 грудня", "6–7 грудня 2023": a range gives a fact for each day, on one span."""
    for pattern, order in ((rules.date_month_day, "md"), (rules.date_day_month, "dm")):
        for m in pattern.finditer(found.text):
            if order == "md":
                month = rules.month(m.group(1))
                day, day2, year = int(m.group(2)), m.group(3), m.group(4)
            else:
                day, day2, month, year = int(m.group(1)), m.group(2), rules.month(m.group(3)), m.group(4)
            if month is None:
                continue
            year_value = int(year) if year else None
            first = iso_date(year_value, month, day)
            if first is None or not found.free(m.start(), m.end()):
                continue
            found.add("date", first, m.start(), m.end())
            second = iso_date(year_value, month, int(day2)) if day2 else None
            if second:
                found.facts.append(Fact("date", second, found.text[m.start() : m.end()], m.start(), m.end()))
            found.claim(m.start(), m.end())


def _month_dates(found: _Found, rules: Rules) -> None:
    """A month of a year ("December 2023"), then a bare month ("in December")."""
    for m in rules.date_month_year.finditer(found.text):
        month = rules.month(m.group(1))
        if month is not None and found.add("date", iso_date(int(m.group(2)), month, None), m.start(), m.end()):
            found.claim(m.start(), m.end())
    for m in rules.date_month_only.finditer(found.text):
        month = rules.month(m.group(1))
        if month is not None and found.add("date", iso_date(None, month, None), m.start(), m.end()):
            found.claim(m.start(), m.end())


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


def read_times(text: str, rules: Rules, taken: list[tuple[int, int]]) -> list[Fact]:
    facts: list[Fact] = []
    for m in rules.time_clock.finditer(text):
        hour = int(m.group(1))
        minute = int(m.group(2) or m.group(3))
        if m.group(4):
            hour = _twelve_hour(hour, m.group(4), rules)
        _add_time(facts, taken, text, hour, minute, m.start(), m.end())
    for m in rules.time_marked.finditer(text):  # "о 11.15": a dot is a clock time only after "о"/"в"
        _add_time(facts, taken, text, int(m.group(1)), int(m.group(2)), m.start(1), m.end())
    for m in rules.time_ampm.finditer(text):
        hour = _twelve_hour(int(m.group(1)), m.group(2), rules)
        _add_time(facts, taken, text, hour, 0, m.start(), m.end())
    for m in rules.time_hour.finditer(text):  # after "2 часа дня", which says the half of the day
        _add_time(facts, taken, text, int(m.group(1)), 0, m.start(1), m.end())
    return facts


def _twelve_hour(hour: int, marker: str, rules: Rules) -> int:
    is_am = " ".join(marker.casefold().split()) in rules.am_words
    if is_am:
        return 0 if hour == 12 else hour
    return hour if hour == 12 or hour > 12 else hour + 12


def _add_time(facts: list[Fact], taken: list[tuple[int, int]], text: str, hour: int, minute: int, start: int, end: int) -> None:
    if hour > 23 or any(s < end and start < e for s, e in taken):
        return
    facts.append(Fact("time", f"{hour:02d}:{minute:02d}", text[start:end], start, end))
    taken.append((start, end))
