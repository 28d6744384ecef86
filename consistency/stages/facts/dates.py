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


def read_dates(text: str, rules: Rules, taken: list[tuple[int, int]], published: dt.date | None) -> list[Fact]:
    facts: list[Fact] = []

    def add(kind: str, value: str | None, start: int, end: int) -> None:
        if value is None:
            return
        if any(s < end and start < e for s, e in taken):
            return
        facts.append(Fact(kind, value, text[start:end], start, end))

    def claim(start: int, end: int) -> None:
        taken.append((start, end))

    for m in rules.date_numeric.finditer(text):
        if m.group(5):
            year, month, day = int(m.group(5)), int(m.group(6)), int(m.group(7))
        else:
            a, b, y = int(m.group(1)), int(m.group(3)), m.group(4)
            year = int(y) if len(y) == 4 else 2000 + int(y)
            day, month = (a, b) if rules.numeric_date_order.startswith("d") else (b, a)
        value = iso_date(year, month, day)
        if value:
            add("date", value, m.start(), m.end())
            claim(m.start(), m.end())

    for pattern, order in ((rules.date_month_day, "md"), (rules.date_day_month, "dm")):
        for m in pattern.finditer(text):
            if order == "md":
                month = rules.month(m.group(1))
                day, day2, year = int(m.group(2)), m.group(3), m.group(4)
            else:
                day, day2, month, year = int(m.group(1)), m.group(2), rules.month(m.group(3)), m.group(4)
            if month is None:
                continue
            year_value = int(year) if year else None
            first = iso_date(year_value, month, day)
            if first is None:
                continue
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            add("date", first, m.start(), m.end())
            if day2:
                add_second = iso_date(year_value, month, int(day2))
                if add_second:
                    facts.append(Fact("date", add_second, text[m.start() : m.end()], m.start(), m.end()))
            claim(m.start(), m.end())

    for m in rules.date_month_year.finditer(text):
        month = rules.month(m.group(1))
        if month is not None:
            before = len(facts)
            add("date", iso_date(int(m.group(2)), month, None), m.start(), m.end())
            if len(facts) > before:
                claim(m.start(), m.end())

    for m in rules.date_month_only.finditer(text):
        month = rules.month(m.group(1))
        if month is not None:
            before = len(facts)
            add("date", iso_date(None, month, None), m.start(), m.end())
            if len(facts) > before:
                claim(m.start(), m.end())

    for m in rules.relative_day.finditer(text):
        offset = rules.relative_day_values.get(m.group(0).casefold())
        if offset is None:
            continue
        if published is not None:
            value = (published + dt.timedelta(days=offset)).isoformat()
        else:
            value = f"P{offset:+d}D"  # unresolved: equal only to the same relative day elsewhere
        add("date", value, m.start(), m.end())
        claim(m.start(), m.end())
    return facts


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
