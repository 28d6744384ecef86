"""A locale's fact-reading rules, compiled once: every regular expression the extractors need.

The words come from `locales/<code>.toml` (and month names from Babel/CLDR); nothing here knows a
language. `rules_for("uk")` is cached, so extraction does no per-call compilation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from babel.dates import get_month_names

from consistency.locales import load_locale

DASHES = "-–—"


def _word_pattern(form: str) -> str:
    """One word-list entry as a regex: "million*" is a stem, spaces match any run of spaces."""
    parts = []
    for part in form.split(" "):
        stem = part[:-1] if part.endswith("*") and len(part) > 1 else part
        pattern = re.escape(stem) + (r"\w*" if stem is not part else "")
        if (stem is not part or stem[-1:].isalnum()) and not stem.endswith("."):
            pattern += r"(?!\w)"
        parts.append(pattern)
    return r"\s+".join(parts)


def alternation(forms: list[str] | tuple[str, ...]) -> str:
    """Longest forms first, so "млрд." wins over "млрд" and "pounds sterling" over "pounds"."""
    unique = sorted(set(forms), key=lambda f: (-len(f.rstrip("*")), f))
    return "(?:" + "|".join(_word_pattern(f) for f in unique) + ")"


_FULLMATCH_CACHE: dict[tuple[int, str], re.Pattern] = {}


def _lookup(mapping: dict[str, object], matched: str) -> object:
    """Find which word-list entry a matched string came from (stems, spacing and case folded)."""
    folded = re.sub(r"\s+", " ", matched.strip(" \u00a0\u202f\u2009-–").casefold())
    if folded in mapping:
        return mapping[folded]
    best = None
    for form, value in mapping.items():
        if "*" not in form:
            continue
        key = (id(mapping), form)
        pattern = _FULLMATCH_CACHE.get(key)
        if pattern is None:
            pattern = _FULLMATCH_CACHE[key] = re.compile(_word_pattern(form), re.IGNORECASE)
        if pattern.fullmatch(folded) and (best is None or len(form) > len(best[0])):
            best = (form, value)
    return best[1] if best else None


@dataclass(frozen=True)
class Rules:
    lang: str
    number: re.Pattern
    decimal: frozenset[str]
    group: frozenset[str]
    scale: re.Pattern
    scale_values: dict[str, float]
    scale_needs_currency: frozenset[str]
    currency_after: re.Pattern
    currency_before: re.Pattern
    currency_codes: dict[str, str]
    percent: re.Pattern
    unit: re.Pattern
    unit_codes: dict[str, str]
    scaled_as_currency: dict[str, str]
    ordinal: re.Pattern
    year_suffix: re.Pattern
    qualifier_before: re.Pattern
    compound_between: re.Pattern
    compound_implied: dict[str, str]
    qualifier_codes: dict[str, str]
    number_word: re.Pattern
    number_word_values: dict[str, float]
    relative_day: re.Pattern
    relative_day_values: dict[str, int]
    month_values: dict[str, int]
    date_month_day: re.Pattern
    date_day_month: re.Pattern
    date_month_year: re.Pattern
    date_month_only: re.Pattern
    date_numeric: re.Pattern
    numeric_date_order: str
    time_clock: re.Pattern
    time_ampm: re.Pattern
    time_marked: re.Pattern
    time_hour: re.Pattern
    range_between: re.Pattern
    am_words: frozenset[str]
    glued_ok: re.Pattern

    def scale_value(self, matched: str) -> float | None:
        value = _lookup(self.scale_values, matched)
        return float(value) if value is not None else None

    def currency_code(self, matched: str) -> str | None:
        return _lookup(self.currency_codes, matched)  # type: ignore[return-value]

    def unit_code(self, matched: str) -> str | None:
        return _lookup(self.unit_codes, matched)  # type: ignore[return-value]

    def qualifier_code(self, matched: str) -> str | None:
        return _lookup(self.qualifier_codes, matched)  # type: ignore[return-value]

    def month(self, matched: str) -> int | None:
        return self.month_values.get(matched.casefold().rstrip(".")) or self.month_values.get(matched.casefold())


def _month_forms(lang: str, extra: dict[str, int]) -> dict[str, int]:
    forms: dict[str, int] = {}
    try:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, lang).items():
                    forms[name.casefold().rstrip(".")] = number
    except Exception:  # a locale Babel does not know: the TOML's own list is all we have
        pass
    for name, number in extra.items():
        forms[name.casefold().rstrip(".")] = int(number)
    return forms


@lru_cache(maxsize=None)
def rules_for(lang: str) -> Rules:
    loc = load_locale(lang)
    g = loc.get
    flags = re.IGNORECASE

    decimal = frozenset(g("numbers.decimal", ["."]))
    group = frozenset(g("numbers.group", [","]))
    dec_class = "[" + "".join(re.escape(c) for c in sorted(decimal)) + "]"
    grp_class = "[" + "".join(re.escape(c) for c in sorted(group)) + "]"
    # a leading-zero group is a code or a phone number ("0800 555"), never a grouped figure; after a
    # slash only a figure follows a figure ("2/1", "4/3": a score), not a path or a name ("/2019", "Х/5")
    number = re.compile(
        rf"(?:(?<![A-Za-z0-9_.,/])|(?<=(?<![\d/])\d/))((?:[1-9]\d{{0,2}}(?:{grp_class}\d{{3}})+(?!\d)|\d+)(?:{dec_class}\d+)?)(?!\d)"
    )

    scale_values: dict[str, float] = {}
    for entry in g("scales", []):
        for word in entry["words"]:
            scale_values[word.casefold()] = float(entry["value"])
    needs_currency = frozenset(w.casefold() for w in g("scale_rules.needs_currency", []))
    scale = re.compile(r"[ \u00a0\u202f\u2009\-]?" + alternation(list(scale_values)), flags)

    currency_codes: dict[str, str] = {}
    symbols: list[str] = []
    for entry in g("currencies", []):
        for word in entry.get("words", []):
            currency_codes[word.casefold()] = entry["code"]
        for symbol in entry.get("symbols", []):
            currency_codes[symbol.casefold()] = entry["code"]
            symbols.append(symbol)
    words_and_symbols = list(currency_codes)
    currency_after = re.compile(r"\s?" + alternation(words_and_symbols), flags)
    codes_before = [w for w in currency_codes if w.isalpha() and w.isascii() and len(w) == 3] + [
        s.casefold() for s in symbols
    ]
    currency_before = re.compile(r"(?:^|(?<=[^\w]))(" + alternation(codes_before) + r")[ \u00a0]?\Z", flags)

    # "14-процентном", "14-відсотковий", "a 14-percent rise": the percentage as an adjective
    percent = re.compile(r"[ \u00a0\u202f\u2009\-]?" + alternation(g("percent.words", ["%"])), flags)

    unit_codes: dict[str, str] = {}
    for entry in g("units", []):
        for word in entry["words"]:
            unit_codes[word.casefold()] = entry["code"]
    unit = re.compile(r"[ \u00a0\u202f\u2009\-]?" + alternation(list(unit_codes)), flags)

    suffixes = g("ordinals.suffixes", [])
    if g("ordinals.hyphenated", False):
        ordinal = re.compile(r"[\-–]" + alternation(suffixes), flags)
    else:
        ordinal = re.compile(alternation(suffixes), flags)
    year_suffix = re.compile(r"(?:[\-–]?\s?)" + alternation(g("years.suffixes", ["s"])), flags)

    qualifier_codes: dict[str, str] = {}
    for code, words in g("qualifiers", {}).items():
        for word in words:
            qualifier_codes.setdefault(word.casefold(), code)
    # "приблизно на 130 миль", "более чем на 30%": a preposition may stand between qualifier and figure
    between = g("qualifier_rules.prepositions", [])
    preposition = r"(?:\s+" + alternation(between) + ")?" if between else ""
    spaces = r"[ \u00a0\u202f\u2009]*"
    compound_joiners = g("unit_rules.compound_joiners", [])
    compound_between = re.compile(
        spaces + (rf"(?:{alternation(compound_joiners)}{spaces})?" if compound_joiners else ""), flags)
    qualifier_before = re.compile(r"(?<!\w)(" + alternation(list(qualifier_codes)) + ")" + preposition + r"\s+\Z", flags)

    number_word_values = {w.casefold(): float(v) for w, v in g("number_words", {}).items()}
    number_word = re.compile(r"(?<!\w)" + alternation(list(number_word_values)) + r"(?!\w)", flags)
    relative_day_values = {w.casefold(): int(v) for w, v in g("relative_days", {}).items()}
    relative_day = re.compile(r"(?<!\w)" + alternation(list(relative_day_values)) + r"(?!\w)", flags)

    month_values = _month_forms(lang, g("months.extra", {}))
    month_flags = 0 if g("months.case_sensitive", False) else flags
    names = sorted(month_values, key=lambda f: (-len(f), f))
    if month_flags == 0:  # capitalised forms only ("May", "Dec.")
        month_alt = "(?:" + "|".join(re.escape(n[:1].upper() + n[1:]) + r"\.?" for n in names) + r")(?!\w)"
        wide = [n for n in names if len(n) > 4 or n in ("june", "july", "may")]
        month_only_alt = "(?:" + "|".join(re.escape(n[:1].upper() + n[1:]) for n in wide) + r")(?!\w)"
    else:
        month_alt = "(?:" + "|".join(re.escape(n) + r"\.?" for n in names) + r")(?!\w)"
        long_forms = [n for n in names if len(n) > 4 and not n.endswith(".")]
        month_only_alt = "(?:" + "|".join(re.escape(n) for n in long_forms) + r")(?!\w)"
    ord_glued = alternation(suffixes) if suffixes else "(?!)"
    day = rf"(?<![\d.,])([0-3]?\d)(?:[\-–]?{ord_glued})?"
    day2 = rf"(?:\s*[{DASHES}]\s*([0-3]?\d)(?:[\-–]?{ord_glued})?)?"
    year_words = g("years.suffixes", [])
    tail_words = [w for w in year_words if not w.startswith("'") and w != "s"]
    year_tail = r"(?:\s*" + alternation(tail_words) + ")?" if tail_words else ""
    year = rf"(?:,?\s+([12]\d{{3}})(?!\d){year_tail})?"
    date_month_day = re.compile(
        rf"(?<!\w)({month_alt})\s+([0-3]?\d)(?:{ord_glued})?(?!\d){day2}{year}" if g("months.month_first", False) else "(?!)",
        month_flags,
    )
    # "6th of December": the words a locale may put between day and month
    joiners = g("months.day_month_joiners", [])
    joiner = rf"(?:{alternation(joiners)}\s+)?" if joiners else ""
    date_day_month = re.compile(rf"{day}{day2}\s+{joiner}({month_alt}){year}", month_flags)
    date_month_year = re.compile(rf"(?<!\w)({month_alt}),?\s+([12]\d{{3}})(?!\d){year_tail}", month_flags)
    date_month_only = re.compile(rf"(?<!\w)({month_only_alt})", month_flags)
    date_numeric = re.compile(r"(?<![\d.,/])(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?![\d])|(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")

    am = [w for w in g("times.am", [])]
    pm = [w for w in g("times.pm", [])]
    am_pm = alternation(am + pm) if am + pm else "(?!)"
    hour_words = g("times.hour_words", [])
    hour_alt = alternation(hour_words) if hour_words else "(?!)"
    time_clock = re.compile(
        rf"(?<![\d.,:])([01]?\d|2[0-3])(?::([0-5]\d)|\.([0-5]\d)(?=\s?{am_pm}))(?!\d)(?:\s?({am_pm}))?", flags
    )
    time_ampm = re.compile(rf"(?<![\d.,:])(1[0-2]|0?\d)(?:[\-–]\w{{1,3}})?(?:\s+{hour_alt})?\s?({am_pm})", flags)
    markers = g("times.markers", [])
    time_marked = re.compile(
        rf"(?<!\w)(?:{alternation(markers)})\s+([01]?\d|2[0-3])[.:]([0-5]\d)(?!\d)" if markers else "(?!)", flags
    )

    # "о 19 годині", "на 19 годину", "в 19 часов": an hour of the clock, not a duration ("на 19 годин")
    clock_markers = g("times.clock_hour_markers", [])
    clock_words = g("times.clock_hour_words", [])
    if not (clock_markers and clock_words):
        time_hour = re.compile("(?!)")
    elif g("times.clock_hour_word_first", False):  # Polish "o godzinie 19", "o godz. 19"
        time_hour = re.compile(rf"(?<!\w)(?:{alternation(clock_markers)})\s+(?:{alternation(clock_words)})\s*"
                               rf"([01]?\d|2[0-3])(?![\d.,:]\d)(?!\d)", flags)
    else:
        time_hour = re.compile(
            rf"(?<!\w)(?:{alternation(clock_markers)})\s+([01]?\d|2[0-3])\s+(?:{alternation(clock_words)})(?!\w)", flags)

    glued = [w for w in list(unit_codes) + list(scale_values) if w[:1].isalpha() and len(w) <= 4]
    glued_ok = re.compile(alternation(glued + ["am", "pm", "a.m.", "p.m."] + list(suffixes)), flags)

    return Rules(
        lang=lang,
        number=number,
        decimal=decimal,
        group=group,
        scale=scale,
        scale_values=scale_values,
        scale_needs_currency=needs_currency,
        currency_after=currency_after,
        currency_before=currency_before,
        currency_codes=currency_codes,
        percent=percent,
        unit=unit,
        unit_codes=unit_codes,
        scaled_as_currency=dict(g("unit_rules.scaled_as_currency", {})),
        ordinal=ordinal,
        year_suffix=year_suffix,
        qualifier_before=qualifier_before,
        compound_between=compound_between,
        compound_implied=dict(g("unit_rules.compound_implied", {})),
        qualifier_codes=qualifier_codes,
        number_word=number_word,
        number_word_values=number_word_values,
        relative_day=relative_day,
        relative_day_values=relative_day_values,
        month_values=month_values,
        date_month_day=date_month_day,
        date_day_month=date_day_month,
        date_month_year=date_month_year,
        date_month_only=date_month_only,
        date_numeric=date_numeric,
        numeric_date_order=g("numbers.numeric_date_order", "dmy"),
        time_clock=time_clock,
        time_ampm=time_ampm,
        time_marked=time_marked,
        time_hour=time_hour,
        range_between=re.compile(r"\s*(?:" + "|".join(_word_pattern(w) for w in g("ranges.connectors", ["-", "–", "—"])) + r")\s*", flags),
        am_words=frozenset(w.casefold() for w in am),
        glued_ok=glued_ok,
    )
