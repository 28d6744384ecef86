"""A locale's fact-reading rules, compiled once: every regular expression the extractors need.

The words come from `locales/<code>.toml` (and month names from Babel/CLDR); nothing here knows a
language. `rules_for("uk")` is cached, so extraction does no per-call compilation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable

from consistency.locales import cldr_month_names, cldr_weekday_names, load_locale
from consistency.model import Fact

DASHES = "-–—"
FLAGS = re.IGNORECASE
# how far from a unit word its cue is looked for (`Rules.unit_in_its_context`): about a clause
UNIT_CUE_WINDOW = 80
# a minus sign before a figure, no range's dash after another figure ("-5C", "−273.14C"; not "5-7C")
_BELOW_ZERO = re.compile(r"(?<![\d\w])[-−]\d?\Z")

#: a locale's `get("section.key", default)`
Getter = Callable[..., Any]


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
class OtherUnit:
    """The other unit a unit's word is read as (`unit_rules.without_cues`: "фунт*" is pounds sterling), with its
    cues near the word, its cues anywhere in the word's paragraph, and the cues of the word's own measure, which
    keep it that ("на вагах")."""

    code: str
    cues: re.Pattern
    paragraph_cues: re.Pattern
    own_measure_cues: re.Pattern


@dataclass(frozen=True)
class ScoreRules:
    """A score ("з рахунком 2:1", "won 2-1", "6:3, 6:4"): a pair of figures joined by a mark, and the words
    that say it is one (`[scores]`)."""

    pair: re.Pattern  # groups: first figure, mark, second figure
    chain: re.Pattern  # what may stand between two scores of one list: "6:3, 6:4", "2:1 (1:0)", "6:4, [10:7]"
    free_marks: frozenset[str]  # marks that join a score with no word announcing it (":", never a range)
    dashes: frozenset[str]  # marks that join a score when the first figure is not the smaller ("3-1"; "2-3" a range)
    named_before: re.Pattern  # a word naming the score ("рахунком", "score of"), looked for before the pair
    result_before: re.Pattern  # a word telling a result ("переміг", "won"), looked for before the pair
    after: re.Pattern  # a word right after a score ("на користь", "win")
    # a word right after a pair that makes it a score right after a word of a result ("trailed 3-5 after the first
    # session"), whichever figure is larger (`scores.after_result`)
    after_result: re.Pattern
    clock_marker_before: re.Pattern  # "о", "в" right before: a clock time ("о 6:30"), never a score
    # a word telling a loss right before a pair, and what then follows it (the clause's end, or a word of
    # `scores.after_loss` and the winner's name): the loser's score first ("lost 0-3 to Kolos"), where "lost 2-3
    # seats" is a range (`scores.losses`)
    loss_before: re.Pattern
    after_loss: re.Pattern
    # the loss and its winner told before the pair, which ends its clause: "lost to the Denver Nuggets 112-118."
    loss_to_winner_before: re.Pattern
    in_words: re.Pattern  # a score said in words (`scores.in_words`: "a goalless draw", "нульова нічия")
    in_words_values: dict[str, str]  # each of those, folded, and its score ("0:0")


@dataclass(frozen=True)
class FractionRules:
    """A fraction (`fractions`): in words, "третина", "дві третини", "a third of", "two-thirds"; in figures, "1/3"."""

    word: re.Pattern  # group "numerator": a number word or a word of one, perhaps; group "denominator"
    denominators: dict[str, int]  # folded forms -> denominator
    numerators: dict[str, float]  # folded number words and `fractions.ones` -> numerator
    # where a fraction in words is also an ordinal ("a third term"): what must follow it unless hyphenated
    said_after: re.Pattern
    hyphenated_only: frozenset[str]  # folded denominators that are a share only hyphenated ("three-quarters")
    needs_context: bool
    # the words before a count or an ordinal that make it one of so many ("one in five", "кожен п'ятий"), and the kinds
    # of figure they take ("one in 5" counts; "кожен п'ятий" is an ordinal, "кожного 15 числа" a day of each month)
    one_in_before: re.Pattern
    one_in_kinds: frozenset[str]
    one_in_not_before: re.Pattern  # a day's word after an ordinal: "кожного 25-го числа" is no share
    one_in_before_ordinals: re.Pattern  # "every" before "seventh": a share, where "every 5 minutes" is none
    one_in_before_figures: re.Pattern | None  # the words before an ordinal in figures ("кожна 14-та", "кожну 20-ту")

    def denominator(self, matched: str) -> int | None:
        return _lookup(self.denominators, matched)  # type: ignore[return-value]

    def numerator(self, matched: str) -> float | None:
        return _lookup(self.numerators, matched)  # type: ignore[return-value]


@dataclass(frozen=True)
class MagnitudeRules:
    """An order of magnitude said with no figure (`magnitudes`): "тисячі людей", "десятки тисяч", "кілька сотень",
    "several thousand", "hundreds of thousands of"."""

    word: re.Pattern  # groups "few" (perhaps), "first" and "second" (perhaps): the magnitude words
    values: dict[str, float]  # folded forms and stems -> their order of magnitude
    after_few: frozenset[str]  # folded forms a magnitude only after a word of a few ("several hundred")
    joiner: re.Pattern  # a word joining a magnitude to what it counts ("millions of"), matched right after it

    def value(self, matched: str) -> float | None:
        value = _lookup(self.values, matched)
        return float(value) if value is not None else None


@dataclass(frozen=True)
class StageRules:
    """A knockout round (`stages`): "1/8 фіналу", "the round of 16", "чвертьфінал"."""

    fraction: re.Pattern  # group 1: the ties of "1/8 фіналу"
    round_of: re.Pattern  # group 1: the teams of "round of 16"
    round_of_the: re.Pattern  # group 1: the teams of "the round of 16 of the WTA 500" (`stages.of_the_openers`)
    round_of_a_name: re.Pattern  # group 1: the 16 or more teams of "the last 16 of the CEV Cup"
    word: re.Pattern
    word_values: dict[str, int]  # folded forms and stems ("чвертьфінал*") -> teams

    def teams(self, matched: str) -> int:
        """The teams of a round said in a word `word` matched ("чвертьфіналу": 8)."""
        return _lookup(self.word_values, matched)  # type: ignore[return-value]


@dataclass(frozen=True)
class CompoundRules:
    """A figure word glued to a unit in one adjective ("п'ятихвилинна", "пятиминутная", "двотижневий"),
    and a unit adjective after a figure and a hyphen ("5-річний", "10-дневный")."""

    word: re.Pattern  # groups: the figure word, the unit part
    figure_values: dict[str, float]  # `number_words` and `number_prefixes`
    unit_codes: dict[str, str]  # the unit stems of `[[units]]` and `unit_adjectives`; "%" for a percentage
    adjective_after_hyphen: re.Pattern

    def unit_code(self, matched: str) -> str | None:
        return _lookup(self.unit_codes, matched.lstrip("-–"))  # type: ignore[return-value]


# a word in lower case right after a full stop and a space: the stop ended an abbreviation, not a sentence
_LOWER_CASE_WORD_NEXT = re.compile(r"[ \u00a0]+[a-zа-яёіїєґ]")


@dataclass(frozen=True)
class Rules:
    lang: str
    number: re.Pattern
    house_number: re.Pattern  # group 1 the figure, 2 its small house letter ("19а"), 3 a capital one ("6-А", "8B")
    house_words_before: re.Pattern  # an address's words before a house's number ("вул.", "№№")
    house_street_after: re.Pattern  # a street's name and word after a house's number ("8B Heroiv Avenue")
    house_letters: dict[str, str]  # folded house letter -> its Latin letter
    grouped_whole: re.Pattern  # a whole number with its thousands grouped as the locale groups them ("1,040", "1 040")
    decimal: frozenset[str]
    decimal_mark: str  # the locale's own, first listed: what a suggested figure is written with
    group: frozenset[str]
    scale: re.Pattern
    scale_values: dict[str, float]
    scale_needs_currency: frozenset[str]
    scale_or_unit: dict[str, str]  # a scale glued without a currency that may be a unit ("3.5m": million or metres)
    number_words_joiner: re.Pattern  # a word between the parts of a number in words ("six hundred and forty")
    scales_closing_a_clause: frozenset[str]  # a capital scale read at a clause's end after a whole figure ("640K.")
    numbered_before: re.Pattern  # a noun a figure with a capital after it numbers ("seat 14B", "Street, 12K")
    race_named_before: re.Pattern  # the article before a race's distance closing a clause ("won the 10K.")
    race_distance: dict[str, str]  # a capital scale after a race's article that may be its unit ("the 10K": km)
    # a word a capital scale counts surely ("6M copies", "2M people"); None where the locale cannot tell by its form
    counted_word: re.Pattern | None
    model_word_before: re.Pattern  # a word of models some way before a spaced code ("гібрид ДКС 3730")
    flight_word_before: re.Pattern  # a word of flights a few words before a flight's code ("рейсу LH 1494")
    function_word_after: re.Pattern  # a function word after a space (`language.function_words`: "12M in a round")
    no_scale_after: re.Pattern  # a word after "10K" that makes it no thousand: a race's kilometres, gold's carats
    scale_before: re.Pattern  # a scale word right before the figure, the spoken inversion of an estimate
    currency_after: re.Pattern
    screen_near: re.Pattern  # a screen's word near "1080p", whose letter is no penny (`currency_rules.screen_words`)
    currency_named: re.Pattern | None  # a currency's name in a lower-case word ("dollar", "долара")
    currency_before: re.Pattern
    currency_codes: dict[str, str]
    # the words of a currency several countries have, by its code: read after a country's adjective no entry names
    currency_codes_after_an_adjective: dict[str, str]
    currency_adjective: re.Pattern  # a country's adjective opening a currency's words (`adjective_endings`)
    currencies: frozenset[str]  # the codes of `currency_codes`: "USD", "GBP"
    currency_signs_in_own_case: dict[str, dict[str, str]]  # folded sign -> its case as written -> its code ("Rs")
    percent: re.Pattern
    unit: re.Pattern
    unit_codes: dict[str, str]
    one_letter_units: frozenset[str]  # as the locale writes them: "м" is a metre, "3М" with a capital a brand
    milli_units: tuple[str, ...]  # a unit word that begins so is no unit ("мВт": the megawatt's word, lower case)
    bare_hour_before: re.Pattern  # "at" before "at 9,": an hour said without its minutes (`times.bare_hour_before`)
    # "з 8 до 20": two hours said without their minutes, a range after `times.dot_range_openers`; groups: the hours
    bare_hour_range: re.Pattern
    scaled_as_currency: dict[str, str]
    unit_cues: dict[str, re.Pattern]  # a unit word that is one only with one of these words near: "9C", temperatures
    unit_cue_stems: tuple[tuple[str, re.Pattern], ...]  # the same for a stem's words ("вузл*"), the stem without "*"
    # the unit a cued word is where none of its cues but one of that unit's is near ("nm": nautical miles)
    unit_without_cues: dict[str, OtherUnit]
    unit_without_cue_stems: tuple[tuple[str, OtherUnit], ...]  # the same for a stem's words ("фунт*")
    # a unit word that is one only in a measure right after one of these words: "14 хв 12,5 с", seconds after minutes
    unit_right_after: dict[str, re.Pattern]
    unit_after_decimals: frozenset[str]  # a unit word read after a figure with decimals too: "0.213s", "0,213 с"
    unit_year_abbreviations: frozenset[str]  # a unit word that may be a year's: "1917 г.", "в 862 г. призвали"
    year_word_before: re.Pattern  # a word right before a year's figure ("в", "у": `unit_rules.year_words_before`)
    decimals_at_end: re.Pattern  # a figure's decimal part in the locale's mark, at its end: "0.213" of "0.213s"
    unit_lower_case_only: frozenset[str]  # unit words read in lower case only: "min" (not "Min Aung Hlaing")
    unit_in_its_own_case: frozenset[str]  # unit words read in their case only: "1.42 Mt", "612 kt" (not "mt")
    ordinal: re.Pattern
    year_suffix: re.Pattern
    year_of_life: re.Pattern  # after an ordinal: "році життя", the year of someone's life its figure counts
    counted_head: re.Pattern  # after an ordinal in words: "читанні", "quarter", which make "second" no wording
    ten_counts: re.Pattern  # after a lone "X", a word or two ending with what it numbers: "X обласний фестиваль"
    night_before: re.Pattern  # before a date: "у ніч на", the night that ends on that day
    period_ordinal: re.Pattern  # "Q3", "H1" (`ordinals.period_letters`), and the year after it if one follows
    period_before: re.Pattern  # a word a quarter's letter follows ("in Q3": `ordinals.period_before`)
    period_ordinal_and_year: re.Pattern  # "4Q25": the fourth quarter of 2025 (groups 1, 2)
    roman_ordinal: re.Pattern | None  # a Roman numeral before a word: "VIII скликання" (`ordinals.roman_before_words`)
    roman_range_joined: re.Pattern  # a numeral and a range's dash ending the text searched: the "I-" of "I-III"
    qualifier_before: re.Pattern
    qualifier_hyphenated_before: re.Pattern
    compound_between: re.Pattern
    compound_implied: dict[str, str]
    compound_letters: dict[str, dict[str, str]]
    per_one_before: re.Pattern  # "за", "per" right before a rate's "1 м³" (`unit_rules.rate_words`)
    per_unit_word: re.Pattern  # "per" and the spaces after it, before a unit with no figure ("per hectare")
    per_period: re.Pattern  # right after a sum, the period it is per ("a month", "/міс.", "в год"): `rates.periods`
    period_codes: dict[str, str]  # folded forms -> "hour", "day", "week", "month", "year"
    qualifier_codes: dict[str, str]
    number_word: re.Pattern
    number_word_values: dict[str, float]  # `number_words` and `ordinal_words`
    multipliers: frozenset[str]  # folded number words that are a multiplier or a number of times ("вдвічі", "twice")
    fewer_after: re.Pattern  # the words after a multiplier that make it so many times fewer (`numbers.fewer_after`)
    ordinal_words: frozenset[str]  # folded: read as ordinals, never with a unit or a scale ("the fifth day")
    quantity_word: re.Pattern  # words that are a quantity by themselves: "за добу" (24 hours)
    quantity_word_values: dict[str, tuple[float, str]]
    whole_word: re.Pattern  # the words of a whole, "fully", "повністю": 100% (`percent.whole`)
    nothing_word: re.Pattern  # the words of no share at all, "interest-free", "безвідсоткові": 0% (`percent.nothing`)
    relative_day: re.Pattern
    relative_day_values: dict[str, int]
    relative_year: re.Pattern  # "минулого року", "last year": the year before the story's
    relative_year_values: dict[str, int]
    relative_year_not_after: re.Pattern  # "the" of "the last year of the war"
    month_values: dict[str, int]
    weekday: re.Pattern  # a day of the week, in any case form (CLDR's names and `weekdays.extra`)
    weekday_values: dict[str, int]  # folded forms -> ISO number (Monday is 1)
    weekday_after_only: frozenset[str]  # folded forms a day only right after `weekday_before` ("в среду")
    weekday_before: re.Pattern  # a preposition of time right before a day (`weekdays.before`)
    date_month_day: re.Pattern
    date_day_month: re.Pattern
    part_of_day_before: re.Pattern  # a part of the day right before a range's first day ("з вечора 11 до ...")
    date_night: re.Pattern  # the two days of a night ("у ніч з 4 на 5 грудня": `dates.night_from`, `dates.night_to`)
    date_month_year: re.Pattern
    date_month_only: re.Pattern
    date_month_adjective: re.Pattern  # "червневої зустрічі", "июньской встречи": the month as an adjective
    month_adjective_values: dict[str, int]
    date_numeric: re.Pattern
    date_numeric_month_year: re.Pattern  # "05.2027": a month and its year in figures
    numeric_date_order: str
    date_centuries: tuple[re.Pattern, ...]  # after Roman numerals, digits, ordinal words
    century_numerals: dict[str, int]
    before_era: re.Pattern  # "до н. е.", "BC" right after a century: the years before the era, counted down
    century_turn_before: re.Pattern  # "at the turn of the" before a century: its start, and the end of the one before
    century_ordinal_words: dict[str, int]
    decade_long: re.Pattern
    decade_short: re.Pattern
    decade_before: re.Pattern
    age_before: re.Pattern  # "in their 40s": an age, not a decade
    measure_before: re.Pattern  # "widespread 80s", "the upper 70s": a temperature or a speed, not a decade
    decade_word_after: re.Pattern
    decade_word: re.Pattern
    decade_word_values: dict[str, int]
    year_range: re.Pattern
    year_prefixed: re.Pattern  # "FY2025": a year glued to the letters of a kind of year (`years.prefixes`)
    # the letters a year is read after only near the words of their kind of year ("SS19" near "collection"; "FW47" is
    # a racing car's name): `years.glued_prefixes`, `years.glued_prefix_cues`
    year_glued_prefixes: tuple[str, ...]
    year_glued_cue: re.Pattern
    era_words: frozenset[str]  # "AD", "BC": an era's letters before or after a year (`years.era_words`), no code
    fiscal_after: re.Pattern  # a fiscal year's word after a season ("2025/26 фінансовий рік": FY2026)
    time_clock: re.Pattern
    time_ampm: re.Pattern
    time_ampm_range: re.Pattern  # "from 1 to 2 pm": the half of the day said once for both hours
    time_list_joiner: re.Pattern  # between clock times of a list ("9:15, 9:45 and 10:15 p.m.": `times.list_joiners`)
    time_ampm_words: re.Pattern  # "в четыре часа утра": an hour in words, the half of the day said
    # an hour by its ordinal in figures, its ending the hour's (`times.ordinal_hour_endings`), and the part of the day,
    # the hour's word left out ("о 2-й ночі", `times.ordinal_hour_parts`; not "з 3-го дня"): group 1 the hour, group 2
    # the part
    time_ordinal_hour: re.Pattern
    ordinal_hour_parts: dict[str, str]  # the part's word, folded: "night", "morning" or "afternoon"
    hour_word_values: dict[str, int]  # the hour each word of `time_ampm_words` names
    time_half_before: re.Pattern  # "о пів на десяту ранку", "в половине десятого": 9:30
    half_before_values: dict[str, int]  # the hour each word of `time_half_before` is half an hour before
    time_marked: re.Pattern
    time_hours_minutes: re.Pattern  # "о 02 год 15 хв": hours and minutes in words after a marker
    time_glued_to_zone: re.Pattern  # wire copy's four digits before a time zone ("1300 GMT")
    time_dot_range: re.Pattern  # two clock times with full stops after "з" ("з 9.00 до 18.00")
    time_named: re.Pattern  # a clock time in a word ("midnight", "опівночі": `times.named`)
    time_named_values: dict[str, str]  # each of those words, folded, and its time ("00:00")
    zone_after: re.Pattern  # a time zone's words right after a clock time ("GMT", "за Гринвічем": `times.zones`)
    zone_codes: dict[str, str]  # the zone each of those words names, by its code, folded
    kyiv_time_after: re.Pattern  # the words right after a clock time that make it Kyiv's (`times.kyiv_time`)
    kyiv_time_only_after: re.Pattern  # those of them that say nothing but Kyiv's time (`times.kyiv_time_only`)
    time_hour: re.Pattern
    clock_or_count_marker: re.Pattern  # a marker of `time_hour` that a count of hours takes too ("до 6 часов")
    twelve_hour_clock: bool  # an hour said without the half of the day may be either half ("at 6 o'clock")
    range_between: re.Pattern
    range_opener_before: re.Pattern  # the word that opens a range, right before its first figure ("from", "від")
    unit_before: re.Pattern  # group 1: a word before a figure that gives its unit (`unit_rules.unit_before`)
    unit_before_codes: dict[str, str]
    am_words: frozenset[str]
    night_words: frozenset[str]  # "11 at night" is 23:00, "2 at night" 02:00
    glued_ok: re.Pattern
    currency_factors: dict[str, float]  # a word naming a hundredth of its currency ("pence", "49p"): 0.01
    dimensions: re.Pattern  # "4x4", "21х17х4 см", "60 × 100": figures joined by a times sign
    # two measures of length joined by a word (`numbers.times_words`: "4.2m by 3.6m", "3.2 by 2.1 metres"); group 1
    # the first figure, group 2 its glued or spaced unit word, group 3 the second figure
    dimensions_in_words: re.Pattern
    # a sport's age group, a prefix of `ages.under_prefixes` glued to the age it stays under ("U10", "U-19"); group 1
    # the age
    age_group: re.Pattern
    # the people of an age and over or under it, in a word (`ages.band_prefixes`: "over-65s", "under-18s"); group 1 the
    # prefix, group 2 the age
    age_band: re.Pattern
    age_band_under: frozenset[str]  # the prefixes of the bands under an age (`ages.under_band_prefixes`), folded
    # people and an age they are under or over, the word "years" unsaid (`ages.people`, `ages.limits`: "children
    # under 12"); not before a plural or `ages.not_before` ("children under 12 months", "over 50 percent"): group 1
    # the limit's word, group 2 the age
    age_of_people: re.Pattern
    signs: frozenset[str]  # a figure's sign, in a mark or a word (`numbers.sign_words`), folded
    minus_before: re.Pattern  # a minus right before a figure: "−3", "мінус 12" (`numbers.minus_words`), not "0-3"
    below_zero_after: re.Pattern  # right after a temperature: "° мороза", "of frost" (`numbers.below_zero_after`)
    above_zero_after: re.Pattern  # "° тепла", "above zero" (`numbers.above_zero_after`)
    and_a_half: re.Pattern  # a half more, after a number word (`numbers.and_a_half`: "з половиною", "and a half")
    phone_marker: re.Pattern  # a word right before a phone number ("тел.", "за телефоном")
    number_sign_before: re.Pattern  # "No. ", "№" right before a figure: an ordinal
    number_sign_code: re.Pattern  # groups 1, 2: "№131А", "No. 101N": a figure and its capital (`numbers.code_letters`)
    code_letters: dict[str, str]  # a capital of the locale's script glued to a numbered code -> its Latin letter
    code_word: re.Pattern  # groups 1, 2: a word that makes a code of the figure after it, the figure ("Ду 1000")
    code_words: dict[str, str]  # that word -> the Latin letters of the code (`numbers.code_words`: "Ду" -> "DN")
    not_figures: re.Pattern  # notation that holds digits but states no figure ("24/7")
    scores: ScoreRules
    stages: StageRules
    fractions: FractionRules
    magnitudes: MagnitudeRules
    compounds: CompoundRules

    def scale_value(self, matched: str) -> float | None:
        value = _lookup(self.scale_values, matched)
        return float(value) if value is not None else None

    def currency_code(self, matched: str) -> str | None:
        sign = matched.strip(" \u00a0")
        if sign.casefold() in self.currency_signs_in_own_case:  # "Rs", never "RS"
            return self.currency_signs_in_own_case[sign.casefold()].get(sign)
        code = _lookup(self.currency_codes, matched)
        if code is None and (named := self.currency_after_an_adjective(matched)):
            code = _lookup(self.currency_codes_after_an_adjective, named)
        return code  # type: ignore[return-value]

    def currency_after_an_adjective(self, matched: str) -> str | None:
        """The currency's word after a country's adjective no entry names ("крон" of "датських крон", "krónur" of
        "Faroese krónur": `currency_rules.adjective_endings`); None where no such adjective opens `matched`."""
        found = self.currency_adjective.match(matched.strip(" \u00a0"))
        return matched.strip(" \u00a0")[found.end():] if found else None

    def unit_said_before(self, matched: str) -> str | None:
        """The unit a word before a figure gives it ("aged": years), `unit_before`'s group 1 as matched."""
        return _lookup(self.unit_before_codes, matched)  # type: ignore[return-value]

    def relative_year_offset(self, matched: str) -> int | None:
        """Years from the story's of a `relative_year` match ("минулого року": -1)."""
        return _lookup(self.relative_year_values, matched)  # type: ignore[return-value]

    def unit_at(self, text: str, pos: int, start: int) -> re.Match | None:
        """The unit word at `pos`, after the figure that starts at `start`, where the locale reads it there
        (`unit_in_its_context`)."""
        unit = self.unit.match(text, pos)
        return unit if unit and self.unit_in_its_context(text, start, unit) else None

    def unit_in_its_context(self, text: str, start: int, unit: re.Match) -> bool:
        """A unit word the locale reads only near one of its cues (`unit_rules.cues`: "Temperatures fell to 2C", not
        "iPhone 5C", "seat 12C"; a figure below zero needs none: "-273.14C"), and never one a hyphen joins to what
        follows ("2 C-130 aircraft"); or only in a measure right after one of its words (`unit_rules.right_after`:
        "14 хв 12,5 с", not "60 с лишним минут"), or after a figure with decimals (`unit_rules.after_decimals`:
        "0.213s", "0,213 с")."""
        word = unit.group(0).strip(" \u00a0\u202f\u2009-")
        if word.casefold() in self.unit_lower_case_only and word != word.casefold():
            return False  # "Min Aung Hlaing", "20 SEC lawyers"
        if word not in self.unit_in_its_own_case and any(word.casefold() == w.casefold()
                                                         for w in self.unit_in_its_own_case):
            return False  # "20,000 mt" are a trader's metric tonnes, no megatonnes
        figure = text[start:unit.start()].strip(" \u00a0")
        stop = text.startswith(".", unit.end())
        if word in self.unit_year_abbreviations and (unit.group(0).startswith("-") or stop and (
                figure.isdigit() and 1000 <= int(figure) <= 2100 or self.before_era.match(text, unit.end() + 1)
                or self.year_word_before.search(text, max(0, start - UNIT_CUE_WINDOW), start)
                and _LOWER_CASE_WORD_NEXT.match(text, unit.end() + 1))):
            return False  # "у 1917 г.", "в 862 г. призвали", "90 г. до н. э.": a year's; "буд. 5-г" a house's
        if word in self.unit_after_decimals and self.decimals_at_end.search(text, start, unit.start()):
            return True
        if (right_after := self.unit_right_after.get(word)) is not None:
            return right_after.search(text, max(0, start - UNIT_CUE_WINDOW), start) is not None
        cued = self._cued(text, start, unit, word)
        return cued is not False or self._otherwise_cued(text, start, unit, word) is not None

    def _cued(self, text: str, start: int, unit: re.Match, word: str) -> bool | None:
        """Whether one of the unit word's cues stands near it (None: it needs none)."""
        # the word's own cues, or a stem's ("вузл*": "вузлів", "вузла")
        cues = _by_word_or_stem(self.unit_cues, self.unit_cue_stems, word if len(word) == 1 else word.casefold(),
                                word.casefold())
        if cues is None:
            return None
        if text[unit.end():unit.end() + 1] in ("-", "‑"):
            return False
        if _BELOW_ZERO.search(text, max(0, start - 2), start + 1):
            return True  # below zero: "-273.14C" is a temperature, whatever the words near it
        return cues.search(text, max(0, start - UNIT_CUE_WINDOW), unit.end() + UNIT_CUE_WINDOW) is not None

    def unit_code_at(self, text: str, start: int, unit: re.Match) -> str | None:
        """The unit of a word `unit_at` found after the figure at `start`: the other unit the locale reads it as where
        none of its own cues but one of that unit's is near (`unit_rules.without_cues`: "64nm west of Hodeidah" is
        nautical miles, "a 3nm chip" nanometres), else its own."""
        word = unit.group(0).strip(" \u00a0\u202f\u2009-")
        if self._cued(text, start, unit, word) is not True and (
                otherwise := self._otherwise_cued(text, start, unit, word)) is not None:
            return otherwise
        return self.unit_code(unit.group(0).strip())

    def _otherwise_cued(self, text: str, start: int, unit: re.Match, word: str) -> str | None:
        """The other unit the word is read as (`unit_rules.without_cues`, by the word or its stem: "фунт*" for
        "фунта", "фунтів") where one of that unit's cues stands near it and none of the word's own measure
        (`own_measure_cues`: "показав на вагах 223 фунти, а гонорар ... фунтів стерлінгів"); None otherwise."""
        other = self._other_unit(word)
        near = max(0, start - UNIT_CUE_WINDOW), unit.end() + UNIT_CUE_WINDOW
        return other.code if other and other.cues.search(text, *near) and not other.own_measure_cues.search(
            text, *near) else None

    def other_unit_of_its_paragraph(self, text: str, start: int, end: int) -> str | None:
        """The other unit (`unit_rules.without_cues`) of the word closing the measure `text[start:end]`, where its
        paragraph names that unit (`paragraph_cues`: "від 450 до 1 200 фунтів стерлінгів ... Загалом він отримав 186
        400 фунтів", a sum however far from the sum's words) and no word of the measure's own stands near it
        (`own_measure_cues`: "Усик показав на вагах 223 фунти"); None otherwise."""
        word = re.search(r"[^\W\d_]+$", text[start:end])
        other = self._other_unit(word.group(0)) if word else None
        if other is None or other.own_measure_cues.search(text, max(0, start - UNIT_CUE_WINDOW), end + UNIT_CUE_WINDOW):
            return None
        before, after = text.rfind("\n\n", 0, start), text.find("\n\n", end)
        paragraph = text[0 if before < 0 else before + 2:len(text) if after < 0 else after]
        return other.code if other.paragraph_cues.search(paragraph) else None

    def _other_unit(self, word: str) -> OtherUnit | None:
        """`unit_rules.without_cues`' entry for the word or its stem ("фунт*" for "фунта", "фунтів")."""
        folded = word.casefold()
        return _by_word_or_stem(self.unit_without_cues, self.unit_without_cue_stems, folded, folded)

    def unit_code(self, matched: str) -> str | None:
        word = matched.strip(" \u00a0\u202f\u2009-")
        if len(word) == 1 and word not in self.one_letter_units:
            return None  # a one-letter unit in its own case only: "9C" is nine degrees, "5c" five cents
        if word.startswith(self.milli_units):
            return None  # "5 мВт" is five milliwatts and "мВт·год" milliwatt-hours, no megawatts
        return _lookup(self.unit_codes, matched)  # type: ignore[return-value]

    def a_range(self, text: str, first: Fact, second: Fact) -> bool:
        """Nothing but a range's connector stands between the two facts ("$5-7bn", "від 18 до 60", "4 and 5")."""
        return self.range_between.fullmatch(text, first.end, second.start) is not None

    def period(self, matched: str) -> str | None:
        """The period a `per_period` match says ("/міс.": "month")."""
        return _lookup(self.period_codes, matched)  # type: ignore[return-value]

    def currency_factor(self, matched: str) -> float:
        """0.01 for a word that names a hundredth of its currency ("pence", "копійок"), else 1."""
        factor = _lookup(self.currency_factors, self.currency_after_an_adjective(matched) or matched)
        return float(factor) if factor is not None else 1.0

    def qualifier_code(self, matched: str) -> str | None:
        return _lookup(self.qualifier_codes, matched)  # type: ignore[return-value]

    def weekday_number(self, matched: str) -> int | None:
        """The ISO number of a `weekday` match ("середу": 3)."""
        return self.weekday_values.get(matched.casefold())

    def month(self, matched: str) -> int | None:
        return self.month_values.get(matched.casefold().rstrip(".")) or self.month_values.get(matched.casefold())


def _month_forms(lang: str, extra: dict[str, int]) -> dict[str, int]:
    forms: dict[str, int] = {}
    for names in cldr_month_names(lang):
        for number, name in names.items():
            forms[name.casefold().rstrip(".")] = number
    for name, number in extra.items():
        forms[name.casefold().rstrip(".")] = int(number)
    return forms


def _decimals_at_end(decimal: frozenset[str], group: frozenset[str]) -> re.Pattern:
    """A figure's decimal part at the end of the text searched ("0.213" of "0.213s"); never three figures after a
    mark that also groups thousands ("1,000" of "1,000s")."""
    alone, both = decimal - group, decimal & group
    parts = ([_class_of(alone) + r"\d+"] if alone else []) + (
        [_class_of(both) + r"(?!\d{3}[ \u00a0]?\Z)\d+"] if both else [])
    return re.compile(r"\d(?:" + "|".join(parts) + r")[ \u00a0]?\Z") if parts else re.compile("(?!)")


def _class_of(chars: frozenset[str]) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


# a whole number and a fraction in one character ("2½ hours", "2 ½ years", "1¼ miles"), which English copy writes,
# or the fraction alone ("a ¼ kg pack")
VULGAR_FRACTIONS = "½¼¾⅓⅔⅛⅜⅝⅞"
# a proper fraction of halves, quarters or eighths hyphenated after a figure ("4-1/2", "$5.38-1/4."), no date or score
# going on after it ("3-1/2/2024")
MIXED_FRACTION = re.compile(r"-(?=1/2|[13]/4|[1357]/8)(?P<numerator>\d)/(?P<denominator>\d)(?![\d/]|[.,:-]\d)")


def _separator_kinds(group: frozenset[str]) -> list[frozenset[str]]:
    """The locale's group separators by kind: the spaces (a CMS mixes plain and no-break ones in one figure) and
    each other mark on its own."""
    spaces = frozenset(c for c in group if c.isspace())
    return ([spaces] if spaces else []) + [frozenset(c) for c in sorted(group - spaces)]


def _words_after_figure(words: list[str]) -> re.Pattern:
    """A word list that may follow a figure after a space, a narrow space or a hyphen ("14-процентном")."""
    return re.compile(r"[ \u00a0\u202f\u2009\-]?" + alternation(words), FLAGS)


def _words_right_before(words: list[str], spaces: str = r"[ \u00a0]+") -> re.Pattern:
    """A word of `words` ending the text searched, after `spaces`: what stands right before a figure or a date ("у ніч
    на" before "5 грудня", "за" before "1 м³", "at" before "9,")."""
    return _never_or(rf"(?<!\w){alternation(words)}{spaces}\Z", words)


def _never_or(pattern: str, wanted: object, flags: int = FLAGS) -> re.Pattern:
    """`pattern`, or one that never matches when the locale lacks the words it needs."""
    return re.compile(pattern if wanted else "(?!)", flags)


def _phrase_right_after(phrases: list[str]) -> re.Pattern:
    """One of `phrases` as written, in any case, right after where it is matched, past spaces."""
    return _never_or(r"[ \u00a0]*(?:" + "|".join(map(re.escape, phrases)) + ")", phrases, re.IGNORECASE)


def _number_rules(g: Getter) -> dict[str, Any]:
    prefixes = g("ages.under_prefixes", [])
    decimal = frozenset(g("numbers.decimal", ["."]))
    group = frozenset(g("numbers.group", [","]))
    # a leading-zero group is a code or a phone number ("0800 555"), never a grouped figure; after a
    # slash only a figure follows a figure ("2/1", "4/3": a score; "200 000/400 000", a grouped figure's pair), not a
    # path or a name ("/2019", "Х/5");
    # a capital glued before it makes a code in any script ("O2", "О2" with a Cyrillic О, "С300"); a
    # lower-case Cyrillic word glued to a figure is a typo that keeps the figure ("платити350 доларів")
    # a figure groups its thousands one way throughout: "180,000 155mm" is 180,000 shells of 155 mm; a Latin "x"
    # alone before it is a multiplier, as "×" is ("up to x2.5"); a few letters of any script between two figures make
    # one code of them ("12-34гс24", as "12-34gs24"), not a unit's exponent ("45м2"); a code's figure after its capital
    # and a hyphen groups no thousands ("С-1 200 м" is the canoe's 200 m, "C1 200m")
    grouped = "|".join(rf"(?:{_class_of(kind)}\d{{3}})+" for kind in _separator_kinds(group))
    between = "".join(rf"(?<!\d[^\W\d_]{{{n}}})" for n in (1, 2, 3))
    # a currency's code of three capitals glued before it, where the figure is a sum's: grouped, with decimals, of four
    # digits or more, or before a scale's word ("CHF450,000", "VND12.4 trillion", "UAH76.4bn"); "RON95", "USD1" and
    # "ETH2" are a fuel's, a coin's and a network's names
    codes = sorted({w for e in g("currencies", []) for w in e.get("words", [])
                    if len(w) == 3 and w.isascii() and w.isalpha() and w.isupper()})
    scales = alternation([w for e in g("scales", []) for w in e.get("words", [])])
    glued_code = (rf"|(?<=(?<!\w)(?:{'|'.join(codes)}))(?=\d+[^\w\s]\d|\d{{4}}|\d+[ \u00a0]?{scales})"
                  if codes else "")
    # or a currency's sign ending in a Latin letter, before any figure ("DKr312", "Rs480")
    lettered = sorted({s for e in g("currencies", []) for s in e.get("symbols", []) if re.search("[A-Za-z]$", s)})
    glued_code += "".join(rf"|(?<=(?<!\w){re.escape(sign)})" for sign in lettered)  # one width each
    # a fraction of the last figure's unit hyphenated to it, as commodity desks quote ("4-1/2 cents", "$5.38-1/4")
    mixed = rf"(?:{MIXED_FRACTION.pattern})?" if g("numbers.mixed_fractions", False) else ""
    number = re.compile(
        rf"(?:(?<![A-Za-z0-9_.,/А-ЯЁІЇЄҐ]){between}|(?<=(?<![\d/])\d/)|(?<=\d[ \u00a0\u202f,]\d{{3}}/)"
        rf"|(?<=(?<!\w)x){glued_code})"
        rf"((?:(?<![A-ZА-ЯЁІЇЄҐ]-)[1-9]\d{{0,2}}(?:{grouped})(?!\d)|\d+)"
        rf"(?:{_class_of(decimal)}\d+|[ \u00a0]?[{VULGAR_FRACTIONS}])?{mixed}"
        rf"|[{VULGAR_FRACTIONS}])(?!\d|[^\W\d_]{{1,3}}\d\d)"
    )
    connectors = g("ranges.connectors", ["-", "–", "—"])
    signs = g("numbers.number_signs", [])
    minus_words = g("numbers.minus_words", [])
    letters = {k.casefold(): v for k, v in g("numbers.house_letters", {}).items()}
    capitals = "|".join(re.escape(letter.upper()) for letter in letters) or "(?!)"
    street_words = g("numbers.house_street_words", [])
    words_before = g("numbers.house_words_before", [])
    code_letters = g("numbers.code_letters", {})
    code_words = g("numbers.code_words", {})
    return {
        "number": number,
        # "19а", "19a": a figure and one small house letter, glued, before a space, a punctuation mark or the end;
        # in an address, a capital one after a hyphen or glued ("6-А", "8B": extract.py checks the address's words)
        "house_number": _never_or(
            rf"(?<![\w.,/$€£¥₴₽-])(\d{{1,3}})(?:({'|'.join(map(re.escape, letters))})|-?({capitals}))"
            r"(?![\w-]|[.,]\w)", letters, 0),
        # an address's words before a house's number with a capital letter (`numbers.house_words_before`: "вул.
        # Паникахи, 33-В", "будинки №№ 5, 7 і 9-А"), or a street's name and word after it, past the other houses of
        # its list (`numbers.house_street_words`: "6A and 8B Heroiv Avenue", "9A Kalynova Street")
        "house_words_before": _never_or(rf"(?<!\w)(?:{alternation(words_before)})", words_before),
        "house_street_after": _never_or(
            rf"(?:,?[ \u00a0]+(?:[^\W\d_]{{1,3}}[ \u00a0]+)?\d{{1,3}}-?(?:{capitals})?(?!\w))*,?[ \u00a0]+"
            rf"(?:[A-ZА-ЯЁІЇЄҐ][\w'’-]*[ \u00a0]+){{1,2}}(?:{alternation(street_words)})(?!\w)", street_words, 0),
        "house_letters": letters,
        "grouped_whole": re.compile(rf"[1-9]\d{{0,2}}(?:{grouped})"),
        "decimal": decimal,
        "decimal_mark": g("numbers.decimal", ["."])[0],
        "group": group,
        "dimensions": _dimensions_rule(g("numbers.times_signs", []), decimal, grouped),
        "dimensions_in_words": _never_or(
            rf"(?<![\w.,/:\-–])(\d+(?:{_class_of(decimal)}\d+)?)(?:[ \u00a0]?([^\W\d_]+))?[ \u00a0]+"
            rf"{alternation(g('numbers.times_words', []))}[ \u00a0]+(\d+(?:{_class_of(decimal)}\d+)?)(?!\d)",
            g("numbers.times_words", [])),
        # the prefixes written out, in their own case, not through `alternation`, whose words end where a letter does
        # ("U" ends before "10")
        "age_group": _never_or(rf"(?<![\w-])(?:{'|'.join(map(re.escape, sorted(prefixes, key=len, reverse=True)))})"
                               rf"(\d{{1,2}})(?![\w-]|[.,]\d)", prefixes, 0),
        "age_band": _never_or(rf"(?<![\w-])({alternation(g('ages.band_prefixes', []))})[-‑]?(\d{{1,3}})['’]?s(?![\w-])",
                              g("ages.band_prefixes", []), re.IGNORECASE),
        "age_band_under": frozenset(w.casefold() for w in g("ages.under_band_prefixes", [])),
        # a plural after the age, not "is", "was", "plus", "across" ("children under 12 is free")
        "age_of_people": _never_or(rf"(?<!\w){alternation(g('ages.people', []))}[ \u00a0]+"
                                   rf"({alternation(g('ages.limits', []))})[ \u00a0]+(\d{{1,2}})(?![\w.,]\d|[\w%-])"
                                   rf"(?![ \u00a0]+(?:{alternation(g('ages.not_before', []))}"
                                   r"|[^\W\d_]*[^\W\d_iaus]s(?!\w)))",
                                   g("ages.people", []) and g("ages.limits", []), re.IGNORECASE),
        "signs": frozenset(["-", "−", "–", "+", *(w.casefold() for w in g("numbers.sign_words", []))]),
        # a mark after no letter or figure ("to -3", "...−2", "(−10"), or a word: never a range's dash ("0-3")
        "minus_before": re.compile(r"(?:(?<![\w,])[-−–]" + (r"|(?<!\w)" + alternation(minus_words) + r"[ \u00a0]+"
                                                            if minus_words else "") + r")\Z", FLAGS),
        "below_zero_after": _never_or(r"[ \u00a0]?(?:°[ \u00a0]?)?" + alternation(g("numbers.below_zero_after", [])),
                                      g("numbers.below_zero_after", [])),
        "above_zero_after": _never_or(r"[ \u00a0]?(?:°[ \u00a0]?)?" + alternation(g("numbers.above_zero_after", [])),
                                      g("numbers.above_zero_after", [])),
        "and_a_half": _never_or(r"(?:\s+|(?=-))" + alternation(g("numbers.and_a_half", [])),
                                g("numbers.and_a_half", [])),
        # a number sign right before the digits ("No. 1", "№6", "#3"): the figure ranks or numbers something
        "number_sign_before": _never_or(r"(?:" + "|".join(map(re.escape, signs)) + r")[ \u00a0]?$", signs, 0),
        # a number sign, a figure and one capital glued or hyphened to it, Latin or the locale's own ("№131А", "No.
        # 131A", "№ 131-А"): a document's or a route's code, which its letter tells from the next ("131B")
        "number_sign_code": _never_or(r"(?<!\w)(?:" + "|".join(map(re.escape, signs)) + r")[ \u00a0]?(\d{1,5})-?([A-Z"
                                      + "".join(code_letters) + r"])(?![^\W_])", signs, 0),
        "code_letters": code_letters,
        "code_word": _never_or(r"(?<!\w)(" + "|".join(map(re.escape, code_words))
                               + r")[ \u00a0]?(\d{1,5})(?![\w.,]\d|\w)", code_words, 0),
        "code_words": code_words,
        # a word announcing a phone number, its last before the digits ("тел.", "за телефоном", "call")
        "phone_marker": _never_or(r"(?<!\w)(?:" + alternation(g("phones.markers", [])) + r")[\s:.]*$",
                                  g("phones.markers", [])),
        "not_figures": _never_or(r"(?<![\w/])(?:" + "|".join(map(re.escape, g("numbers.not_figures", []))) + r")(?![\w/])",
                                 g("numbers.not_figures", [])),
        "range_between": re.compile(r"\s*(?:" + "|".join(_word_pattern(w) for w in connectors) + r")\s*", FLAGS),
        "range_opener_before": _words_right_before(g("ranges.openers", []), r"\s+"),
        # a word before a figure that gives its unit ("aged 87": 87 years)
        "unit_before": _never_or(rf"(?<!\w)({alternation(list(g('unit_rules.unit_before', {})))})[ \u00a0]+\Z",
                                 g("unit_rules.unit_before", {})),
        "unit_before_codes": {w.casefold(): str(c) for w, c in g("unit_rules.unit_before", {}).items()},
    }


def _dimensions_rule(signs: list[str], decimal: frozenset[str], grouped: str) -> re.Pattern:
    """Two to four figures joined by a times sign ("4x4", "21х17х4", "60 × 100", a sum's "17 486,14 × 1,2 × 0,35");
    a letter or a figure glued on either end makes it a code ("0x1F", "X5x2"), unless what is glued after it is a
    unit ("7.62×39mm")."""
    if not signs:
        return re.compile("(?!)")
    decimals = rf"(?:{_class_of(decimal)}\d+)?"
    # a figure grouped by a space only beside a spaced sign: "16 100x185" is a model's 16 and 100 by 185
    grouped_figure = rf"[1-9]\d{{0,2}}(?:{grouped})(?!\d){decimals}"
    first = rf"(?:{grouped_figure}(?=\s{_class_of(frozenset(signs))})|\d+{decimals})"
    figure = rf"(?:(?<=\s){grouped_figure}|\d+{decimals})"
    sign = rf"\s?{_class_of(frozenset(signs))}\s?"
    # a unit glued to the last figure is its unit ("5.45×39mm"), which the reader checks: letters of no unit make it a
    # code
    return re.compile(rf"(?<![\w.,/]){first}(?:{sign}{figure}){{1,3}}(?:(?!\w|{_class_of(decimal)}\d)"
                      rf"|(?=[^\W\d_]+(?!\w)))", FLAGS)


def _counted_word(endings: list[str], words: list[str]) -> re.Pattern | None:
    """A word after a space that is in the plural by its ending or by the locale's list ("copies", "people")."""
    if not endings:
        return None
    plural = rf"[^\W\d_]*(?:{alternation(endings)})" + (f"|{alternation(words)}" if words else "")
    return re.compile(rf"[ \u00a0]+(?:{plural})(?!\w)", FLAGS)


def _scale_rules(g: Getter) -> dict[str, Any]:
    scale_values: dict[str, float] = {}
    for entry in g("scales", []):
        for word in entry["words"]:
            scale_values[word.casefold()] = float(entry["value"])
    return {
        "scale": _words_after_figure(list(scale_values)),
        "scale_values": scale_values,
        "scale_needs_currency": frozenset(w.casefold() for w in g("scale_rules.needs_currency", [])),
        "scale_or_unit": dict(g("scale_rules.or_unit", {})),
        "number_words_joiner": _never_or(r"[ \u00a0]+" + alternation(g("numbers.number_words_joiners", []))
                                         + r"[ \u00a0]+", g("numbers.number_words_joiners", [])),
        "scales_closing_a_clause": frozenset(w.casefold() for w in g("scale_rules.closing_a_clause", [])),
        "race_named_before": _words_right_before(g("scale_rules.race_named_by", [])),
        "race_distance": dict(g("scale_rules.race_distance", {})),
        "flight_word_before": _never_or(rf"(?<!\w){alternation(g('numbers.flight_words', []))}(?!\w)",
                                        g("numbers.flight_words", [])),
        "model_word_before": _never_or(rf"(?<!\w){alternation(g('numbers.model_words', []))}",
                                       g("numbers.model_words", [])),
        "function_word_after": _never_or(rf"[ \u00a0]+{alternation(g('language.function_words', []))}(?!\w)",
                                         g("language.function_words", [])),
        "counted_word": _counted_word(g("scale_rules.counted_words_end_with", []), g("scale_rules.counted_words", [])),
        "numbered_before": _words_right_before(g("scale_rules.numbered_nouns", []), r"\.?,?[ \u00a0]+"),
        "no_scale_after": _never_or(r"[ \u00a0-]+" + alternation(g("scale_rules.not_a_scale_before", [])),
                                    g("scale_rules.not_a_scale_before", [])),
        "scale_before": _never_or(rf"(?<!\w)({alternation(g('scale_rules.before_figure', []))})\s+\Z",
                                  g("scale_rules.before_figure", [])),
    }


def _currency_rules(g: Getter) -> dict[str, Any]:
    currency_codes: dict[str, str] = {}
    currency_factors: dict[str, float] = {}
    symbols: list[str] = []
    for entry in g("currencies", []):
        for word in entry.get("words", []):
            currency_codes[word.casefold()] = entry["code"]
        for word in entry.get("hundredths", []):  # "49p", "49 пенсів": £0.49
            currency_codes[word.casefold()] = entry["code"]
            currency_factors[word.casefold()] = 0.01
        for symbol in entry.get("symbols", []):
            currency_codes[symbol.casefold()] = entry["code"]
            symbols.append(symbol)
    # a sign in letters of both cases is one in its own case only ("Rs 480 crore", not "the RS 24 missile")
    own_case = [s for s in symbols if s != s.upper() and s != s.lower()]
    hyphenated = [w for w in currency_codes if w[:1].isalpha() and w[:1].islower() and len(w.rstrip("*")) >= 4]
    codes_before = [w for w in currency_codes if w.isalpha() and w.isascii() and len(w) == 3] + [
        s.casefold() for s in symbols if s not in own_case
    ]
    in_own_case = "|".join(rf"(?-i:{re.escape(s)})" for s in sorted(own_case, key=len, reverse=True))
    signs_in_own_case: dict[str, dict[str, str]] = {}
    for s in own_case:
        signs_in_own_case.setdefault(s.casefold(), {})[s] = currency_codes[s.casefold()]
    # a currency's name in one lower-case word, to tell the place that qualifies it ("US dollar", "долара
    # США"): no coin ("penny"), and no stem short enough to start other words ("euro*" of "European")
    named = [w for e in g("currencies", []) for w in e.get("words", []) if w[:1].isalpha() and w[:1].islower()
             and " " not in w and len(w.rstrip("*")) >= (5 if w.endswith("*") else 4)]
    endings = g("currency_rules.adjective_endings", [])
    adjective = (r"[^\W\d_]{2,}(?:" + "|".join(map(re.escape, endings)) + r")[^\W\d_]{0,3}") if endings else "(?!)"
    after_an_adjective = _currency_words_after_an_adjective(g("currencies", [])) if endings else {}
    return {
        "currency_named": re.compile(alternation(named)) if named else None,
        # a hyphen and a word after make the word part of another ("300 тг-каналов": Telegram channels, no tenge); a
        # hyphen and a figure are a range's ("500 грн-1000 грн")
        "screen_near": _never_or(r"(?<!\w)" + alternation(g("currency_rules.screen_words", [])),
                                 g("currency_rules.screen_words", [])),
        # or a word of the currency hyphenated to its figure, as an adjective ("10-kopiyka coins", "a 500-hryvnia
        # note")
        # or a country's adjective no entry names before the word of a currency several countries have ("695 датських
        # крон": a crown; never "сінгапурських доларів")
        "currency_after": re.compile(r"(?:\s?" + alternation(list(currency_codes)) + (
            f"|-{alternation(hyphenated)}" if hyphenated else "") + (
            rf"|\s?{adjective}\s+{alternation(list(after_an_adjective))}" if after_an_adjective else "")
            + r")(?![-‑][^\W\d_])", FLAGS),
        "currency_before": re.compile(r"(?:^|(?<=[^\w]))(" + alternation(codes_before) + (
            f"|{in_own_case}" if in_own_case else "") + r")[ \u00a0]?\Z", FLAGS),
        "currency_codes": currency_codes,
        "currency_codes_after_an_adjective": after_an_adjective,
        "currency_adjective": re.compile(adjective + r"\s+", FLAGS),
        "currencies": frozenset(currency_codes.values()),
        "currency_signs_in_own_case": signs_in_own_case,
        "currency_factors": currency_factors,
    }


def _currency_words_after_an_adjective(entries: list[dict[str, Any]]) -> dict[str, str]:
    """The words, in one lower-case word, of a currency that is several countries' (a code with alternatives: "крон" is
    any of the crowns), by that code: a country's adjective no entry names before one leaves it one of them ("695
    датських крон", "Icelandic krónur"). A currency of one country needs its adjective listed with it ("польськ*
    злот*"): another country's adjective before "доларів", "лір", "рупій" or "левів" is another currency, or none."""
    words: dict[str, str] = {}
    for entry in entries:
        code = str(entry["code"])
        if "|" in code:
            words.update((w.casefold(), code) for w in entry.get("words", [])
                         if w[:1].isalpha() and w[:1].islower() and " " not in w)
    return words


def _with_product_signs(word: str, signs: list[str]) -> list[str]:
    """A unit word with "·" between a unit and its hour ("кВт·год") in every way copy types it (`product_signs`); a
    stem never after a space ("1 ГВт годину тому", "500 МВт часто": the hour word is a word of the sentence)."""
    if "·" not in word or not signs:
        return [word]
    return [word.replace("·", sign) for sign in signs if not (sign.isspace() and word.endswith("*"))]


def _by_word_or_stem(exact: dict[str, Any], stems: tuple[tuple[str, Any], ...], key: str, folded: str) -> Any:
    """What `exact` gives `key`, or else the first of `stems` (a stem without its "*", and its value) that the folded
    word starts with; None for neither."""
    found = exact.get(key)
    return found if found is not None else next((value for stem, value in stems if folded.startswith(stem)), None)


def _unit_rules(g: Getter) -> dict[str, Any]:
    unit_codes: dict[str, str] = {}
    signs = g("unit_rules.product_signs", [])
    for entry in g("units", []):
        for written in entry["words"]:
            for word in _with_product_signs(written, signs):
                unit_codes[word.casefold()] = entry["code"]
    spaces = r"[ \u00a0\u202f\u2009]*"
    joiners = g("unit_rules.compound_joiners", [])
    def cues(words: list[str]) -> re.Pattern:
        return _never_or(r"(?<!\w)" + alternation(words), words)
    without_cues = {w.casefold(): OtherUnit(o["unit"], cues(o["cues"]), cues(o.get("paragraph_cues", [])),
                                            cues(o.get("own_measure_cues", [])))
                    for w, o in g("unit_rules.without_cues", {}).items()}
    return {
        # "14-процентном", "14-відсотковий", "a 14-percent rise": the percentage as an adjective
        "percent": _words_after_figure(g("percent.words", ["%"])),
        "unit": _words_after_figure(list(unit_codes)),
        "unit_codes": unit_codes,
        "one_letter_units": frozenset(w for entry in g("units", []) for w in entry["words"] if len(w) == 1),
        "milli_units": tuple(g("unit_rules.milli", [])),
        "scaled_as_currency": dict(g("unit_rules.scaled_as_currency", {})),
        # a word of more letters than one in any case ("Мп", "МП"); one letter in its own ("C" is no "c", a cent)
        "unit_cues": {form: re.compile(r"(?<!\w)" + alternation(cues), FLAGS)
                      for word, cues in g("unit_rules.cues", {}).items()
                      for form in ({word, word.casefold()} if len(word) > 1 else {word})},
        "unit_cue_stems": tuple((word.casefold()[:-1], re.compile(r"(?<!\w)" + alternation(cues), FLAGS))
                                for word, cues in g("unit_rules.cues", {}).items() if word.endswith("*")),
        "unit_without_cues": {w: o for w, o in without_cues.items() if not w.endswith("*")},
        "unit_without_cue_stems": tuple((w[:-1], o) for w, o in without_cues.items() if w.endswith("*")),
        "unit_after_decimals": frozenset(g("unit_rules.after_decimals", [])),
        "unit_year_abbreviations": frozenset(g("unit_rules.year_abbreviations", [])),
        "year_word_before": _words_right_before(g("unit_rules.year_words_before", [])),
        "decimals_at_end": _decimals_at_end(frozenset(g("numbers.decimal", ["."])),
                                            frozenset(g("numbers.group", [","]))),
        "unit_lower_case_only": frozenset(g("unit_rules.lower_case_only", [])),
        "unit_in_its_own_case": frozenset(g("unit_rules.in_its_own_case", [])),
        "unit_right_after": {word: re.compile(r"(?<!\w)" + alternation(before) + r"[ \u00a0]+\Z", FLAGS)
                             for word, before in g("unit_rules.right_after", {}).items()},
        # a comma between parts too: "15 days, 16 hours and 34 minutes"
        "compound_between": re.compile(
            ",?" + spaces + (rf"(?:{alternation(joiners)}{spaces})?" if joiners else ""), FLAGS),
        "compound_implied": dict(g("unit_rules.compound_implied", {})),
        "compound_letters": {unit: dict(letters) for unit, letters in g("unit_rules.compound_letters", {}).items()},
        "per_one_before": _words_right_before(g("unit_rules.rate_words", []), spaces),
        "per_unit_word": _never_or(rf"(?<!\w){alternation(g('unit_rules.per_unit_words', []))}[ \u00a0]+",
                                   g("unit_rules.per_unit_words", [])),
        **_period_rules(g),
    }


def _marks(marks: list[str] | frozenset[str]) -> str:
    return "(?:" + "|".join(re.escape(m) for m in sorted(marks, key=lambda m: (-len(m), m))) + ")"


def _fraction_rules(g: Getter, number_words: dict[str, float]) -> FractionRules:
    denominators = {w.casefold(): int(v) for w, v in g("fractions.denominators", {}).items()}
    ones = {w.casefold(): 1.0 for w in g("fractions.ones", [])}
    numerators = {**{w: v for w, v in number_words.items() if v in range(1, 10)}, **ones}
    after = g("fractions.said_after", [])
    word = rf"(?<!\w)(?:(?P<numerator>{alternation(list(numerators))})(?P<joint>[ \u00a0]|-))?" + \
        rf"(?P<denominator>{alternation(list(denominators))})(?![\w-])"
    return FractionRules(
        word=_never_or(word, denominators and numerators),
        denominators=denominators,
        numerators=numerators,
        said_after=_never_or(r"[ \u00a0]*(?:[.,;:!?)]|$)|[ \u00a0]+" + alternation(after) + r"(?!\w)", after),
        hyphenated_only=frozenset(w.casefold() for w in g("fractions.hyphenated_only", [])),
        needs_context=bool(after),
        one_in_before=_words_right_before(g("fractions.one_in", [])),
        one_in_kinds=frozenset(g("fractions.one_in_kinds", [])),
        one_in_before_ordinals=_words_right_before(g("fractions.one_in_before_ordinals", [])),
        one_in_before_figures=(_words_right_before(g("fractions.one_in_before_figures", []))
                               if g("fractions.one_in_before_figures", []) else None),
        one_in_not_before=_never_or(rf"[ \u00a0]+{alternation(g('fractions.one_in_not_before', []))}",
                                    g("fractions.one_in_not_before", [])),
    )


def _period_rules(g: Getter) -> dict[str, Any]:
    codes = {form.casefold(): period for period, forms in g("rates.periods", {}).items() for form in forms}
    not_before = g("rates.not_before", [])
    after = rf"(?![ \u00a0]+{alternation(not_before)})" if not_before else ""
    return {
        "per_period": _never_or(r"[ \u00a0]*(" + alternation(list(codes)) + ")" + after, codes),
        "period_codes": codes,
    }


def _magnitude_rules(g: Getter) -> MagnitudeRules:
    values: dict[str, float] = {}
    for value, forms in g("magnitudes.words", {}).items():
        values.update({form.casefold(): float(value) for form in forms})
    after_few = {form.casefold(): float(value) for value, forms in g("magnitudes.after_few", {}).items()
                 for form in forms}
    few, joiners = g("magnitudes.few", []), g("magnitudes.joiners", [])
    every_form = {**after_few, **values}
    every = alternation(list(every_form))
    joiner = rf"(?:{alternation(joiners)}[ \u00a0]+)?" if joiners else ""
    # a locale with no words of a few still has the group, never matched
    a_few = rf"(?:(?P<few>{alternation(few)})[ \u00a0]+)?" if few else r"(?P<few>(?!))?"
    word = rf"(?<![\w-]){a_few}(?P<first>{every})(?:[ \u00a0]+{joiner}(?P<second>{every}))?(?![\w-])"
    return MagnitudeRules(word=_never_or(word, values), values=every_form, after_few=frozenset(after_few),
                          joiner=_never_or(rf"[ \u00a0]+{alternation(joiners)}(?!\w)", joiners))


def _stage_rules(g: Getter) -> StageRules:
    after, before = g("stages.fraction_of", []), g("stages.round_of", [])
    # after the teams of "round of 16", a word of the round or none (`stages.round_followers`)
    followers = g("stages.round_followers", [])
    # after a round of 16 teams or more, a preposition too ("the last 16 on December 29"; "their last 4 against
    # Everton" are matches): `stages.round_followers_from_16`
    of_many = g("stages.round_followers_from_16", [])
    many = (r"|(?:(?<=\s16)|(?<=\s32)|(?<=\s64)|(?<=\s128))[ \u00a0]+" + alternation(of_many)) if of_many else ""
    then = rf"(?=[ \u00a0]+{alternation(followers)}|[ \u00a0]*(?:[^\w\s]|$){many})" if followers else ""
    # after "round of" alone, `stages.round_of_followers` too ("the round of 16 will be drawn")
    round_of_only = g("stages.round_of_followers", [])
    openers_only = g("stages.of_the_openers", [])
    then_round_of = (rf"(?=[ \u00a0]+{alternation(round_of_only)})" if round_of_only and openers_only else "(?!)")
    teams = r"(?:[ \u00a0]+|-)(\d{1,3})(?![\d,.]\d|\w)"  # the teams after a space or a hyphen ("round-of-16")
    of_the, of_the_openers = g("stages.of_the", []), g("stages.of_the_openers", [])
    competitions = g("stages.competitions", [])
    values = {w.casefold(): int(v) for w, v in g("stages.words", {}).items()}
    return StageRules(
        fraction=_never_or(r"(?<![\w./])1/(\d{1,2})[ \u00a0]+" + alternation(after), after),
        # hyphenated too, as an adjective ("the round-of-16 matches")
        round_of=_never_or(rf"(?<!\w)(?:{alternation(before)}{teams}{then}|"
                           + (alternation(openers_only) if openers_only else "(?!)") + rf"{teams}{then_round_of})",
                           before),
        round_of_the=_never_or(r"(?<!\w)" + alternation(of_the_openers) + r"[ \u00a0]+(\d{1,3})(?=[ \u00a0]+"
                               + alternation(of_the) + r")", of_the and of_the_openers),
        # 16 teams or more, before the name of a competition (`stages.competitions`: "the last 16 of the CEV Cup";
        # "the last 16 of the 20 hostages", "the last 16 of the Azovstal defenders" are none)
        round_of_a_name=_never_or(r"(?<!\w)" + alternation(before) + r"[ \u00a0]+(16|32|64|128)(?=[ \u00a0]+"
                                  + alternation(of_the) + r"(?:[ \u00a0]+[^\W\d_][\w'’-]*){0,3}[ \u00a0]+"
                                  + alternation(competitions) + r"(?!\w))", of_the and before and competitions),
        word=_never_or(r"(?<!\w)" + alternation(list(values)), values),
        word_values=values,
    )


def _score_rules(g: Getter) -> ScoreRules:
    free = g("scores.marks", [])
    dashes = g("scores.dashes", [])
    announced = g("scores.announced_marks", [])
    every = free + dashes + announced
    if not every:
        never = re.compile("(?!)")
        return ScoreRules(never, never, frozenset(), frozenset(), never, never, never, never, never, never, never,
                          never, never, {})
    # free marks are glued to both figures ("2:1", "5&4"); the others may stand between spaces, and may
    # be words ("fell 2 and 1", "з рахунком 2та1")
    spaced = dashes + announced
    joined = "|".join(([_marks(free)] if free else []) + ([rf"\s?{_marks(spaced)}\s?"] if spaced else []))
    # a third figure ("13-21-3", "12:10:05"), a decimal (a raised point's too, "0·72–0·85"), a group of thousands
    # ("1:100 000", a map's scale) or a letter glued on makes it something else
    signs = [m for m in every if not m.isalpha()]
    pair = (rf"(?<![\w.,·:/\-–—])(\d{{1,3}})({joined})(\d{{1,3}})"
            rf"(?!\w|[.,·]\d|\s?{_marks(signs)}\s?\d|[ \u00a0\u202f\u2009]\d{{3}}(?!\d))")

    def words(key: str) -> re.Pattern:
        return _never_or(r"(?<!\w)" + alternation(g(key, [])), g(key, []))

    markers = g("times.markers", [])
    return ScoreRules(
        pair=re.compile(pair),
        # a bracket round a set's tie-break ("7:6 (7:5)"), or a square one round a match tie-break ("6:4, [10:7]")
        chain=re.compile(r"[)\]]?\s*[,;]?\s*[(\[]?"),
        free_marks=frozenset(free),
        dashes=frozenset(dashes),
        named_before=words("scores.words"),
        result_before=words("scores.results"),
        after=_never_or(r"\s*" + alternation(g("scores.after", [])), g("scores.after", [])),
        after_result=_never_or(r"\s+" + alternation(g("scores.after_result", [])) + r"(?!\w)",
                               g("scores.after_result", [])),
        clock_marker_before=_never_or(rf"(?<!\w)(?:{alternation(markers)})\s+\Z", markers),
        loss_before=_never_or(rf"(?<!\w)(?:{alternation(g('scores.losses', []))})\s+\Z", g("scores.losses", [])),
        # the winner named after it, capitalised
        after_loss=_never_or(r"\s*(?:[.,;:!?)]|$|\s+" + alternation(g("scores.after_loss", []))
                             + r"\s+(?-i:[^\W\d_a-zа-яіїєґё]))", g("scores.after_loss", [])),
        # the winner's name: one to four capitalised words, a lower-case word perhaps before them ("the", "rivals"),
        # a comma perhaps after them ("lost to the Nuggets, 112-118.")
        loss_to_winner_before=_never_or(
            rf"(?<!\w)(?:{alternation(g('scores.losses', []))})\s+(?:{alternation(g('scores.after_loss', []))})"
            r"\s+(?:(?-i:[a-z]+)\s+)?(?:(?-i:[^\W\d_a-zа-яіїєґё])[\w'’-]*\s+){0,3}"
            r"(?-i:[^\W\d_a-zа-яіїєґё])[\w'’-]*,?\s+\Z",
            g("scores.after_loss", []) and g("scores.losses", [])),
        in_words=_never_or(rf"(?<!\w)(?:{alternation(list(g('scores.in_words', {})))})(?!\w)",
                           g("scores.in_words", {})),
        in_words_values={phrase.casefold(): score for phrase, score in g("scores.in_words", {}).items()},
    )


def _compound_rules(g: Getter, unit_codes: dict[str, str]) -> CompoundRules:
    """Only a locale that lists `number_prefixes` glues figure words to units ("п'ятихвилинна");
    English hyphenates them ("five-minute"), which the unit rule reads."""
    adjectives = {w.casefold(): code for w, code in g("unit_adjectives", {}).items()}
    after_hyphen = _never_or(r"[\-–]" + alternation(list(adjectives)), adjectives)
    prefixes = g("number_prefixes", {})
    figure_values = _either_apostrophe({w.casefold(): float(v) for w, v in {**g("number_words", {}), **prefixes}.items()})
    stems = {w: code for w, code in unit_codes.items() if w.endswith("*") and " " not in w}
    stems.update({w.casefold(): "%" for w in g("percent.words", []) if w.endswith("*") and " " not in w})
    stems.update(adjectives)
    if not (prefixes and stems):
        return CompoundRules(re.compile("(?!)"), figure_values, stems, after_hyphen)
    figure = "|".join(re.escape(w) for w in sorted(figure_values, key=len, reverse=True))
    return CompoundRules(re.compile(rf"(?<!\w)({figure})({alternation(list(stems))})", FLAGS),
                         figure_values, stems, after_hyphen)


def _ordinal_rules(g: Getter) -> dict[str, Any]:
    counts = g("ordinals.count_endings_before", {})
    # an ending a count shares, not before a word of the case the count governs (`ordinals.count_endings_before`)
    guarded = [rf"{re.escape(s)}(?![ \u00a0]+(?:[\w-]+[ \u00a0]+)?[^\W\d_]*(?:{alternation(words)})(?!\w))"
               for s, words in counts.items()]
    plain = [s for s in g("ordinals.suffixes", []) if s not in counts]
    suffixes = "(?:" + "|".join(guarded + [alternation(plain)]) + ")" if guarded else alternation(plain)
    # "VIII скликання", "у ІІ кварталі": a Roman numeral (the century numerals' letters) before a word (dates.py
    # read_roman_ordinals says which),
    roman = "".join(re.escape(c) for c in sorted(g("centuries.numerals", {})))
    return {
        "ordinal": re.compile((r"[\-–]" if g("ordinals.hyphenated", False) else "") + suffixes, FLAGS),
        "year_suffix": re.compile(r"(?:[\-–]?\s?)" + alternation(g("years.suffixes", ["s"])), FLAGS),
        "night_before": _words_right_before(g("dates.night_before", [])),
        "year_of_life": _never_or(r"\s+" + alternation(g("ordinals.year_of_life", [])), g("ordinals.year_of_life", [])),
        "counted_head": _never_or(r"[ \u00a0\-]+" + alternation(g("ordinals.counted_heads", [])),
                                  g("ordinals.counted_heads", [])),
        # or with an ordinal's ending ("ІІ-му кварталі", "XX-го"), or the first of a range of them ("I–III квартали",
        # whose last a hyphen may join: "I-III", which dates.py tells from a code's "Су-II")
        "roman_ordinal": re.compile(rf"(?<![\w.])(?P<numeral>[{roman}]+)"
                                    rf"(?:(?P<ending>[\-–]{suffixes})(?!\w)|(?=[ \u00a0]+[^\W\d_])"
                                    rf"|(?P<range_first>(?=[\-–][{roman}]+[ \u00a0]+[^\W\d_])))")
        if roman and g("ordinals.roman_before_words", False) else None,
        "roman_range_joined": _never_or(rf"(?<![\w.])[{roman}]+[\-–]\Z", roman, 0),
        "ten_counts": _never_or(r"[ \u00a0]+(?:[^\W\d_]+[ \u00a0]+)?" + alternation(g("ordinals.ten_counts", [])),
                                g("ordinals.ten_counts", [])),
        # a quarter or a half of a year by its letter ("Q3 2025", "H1"): the third quarter, the first half
        "period_ordinal": _never_or(
            rf"(?<![\w\-.])(?:{'|'.join(map(re.escape, g('ordinals.period_letters', [])))})([1-4])(?!\w)"
            rf"(?P<year>[ \u00a0]+(?:{alternation(g('ordinals.period_year_joiners', []) or ['(?!)'])}[ \u00a0]+)?"
            rf"(?:19|20)\d\d(?!\d))?", g("ordinals.period_letters", []), 0),
        "period_before": _words_right_before(g("ordinals.period_before", [])),
        # an analyst's "4Q25", "1H26": the period's number, its letter and its year's last two digits
        "period_ordinal_and_year": _never_or(
            rf"(?<![\w\-.])([1-4])(?:{'|'.join(map(re.escape, g('ordinals.period_letters', [])))})(\d\d)(?!\w)",
            g("ordinals.period_letters", []), 0),
    }


def _qualifier_rules(g: Getter) -> dict[str, Any]:
    qualifier_codes: dict[str, str] = {}
    for code, words in g("qualifiers", {}).items():
        for word in words:
            qualifier_codes.setdefault(word.casefold(), code)
    # "приблизно на 130 миль", "более чем на 30%": a preposition may stand between qualifier and figure
    between = g("qualifier_rules.prepositions", [])
    preposition = r"(?:\s+" + alternation(between) + ")?" if between else ""
    hyphenated = g("qualifier_rules.hyphenated", [])
    return {
        "qualifier_before": re.compile(
            r"(?<!\w)(" + alternation(list(qualifier_codes)) + ")" + preposition + r"\s+\Z", FLAGS),
        # "the under-52 kg category": a qualifier hyphenated to its figure (`qualifier_rules.hyphenated`)
        "qualifier_hyphenated_before": _never_or(r"(?<!\w)(" + alternation(hyphenated) + r")-\Z", hyphenated),
        "qualifier_codes": qualifier_codes,
    }


def _either_apostrophe(words: dict[str, Any]) -> dict[str, Any]:
    """The loader writes an apostrophe inside a word as ’ (stages/load/chrome.py), and a locale lists
    words as typed ("дев'ять"): each form with either."""
    return {**words, **{w.replace("'", "\u2019"): v for w, v in words.items() if "'" in w}}


def _counted_word_rules(g: Getter) -> dict[str, Any]:
    ordinal_word_values = _either_apostrophe({w.casefold(): float(v) for w, v in g("ordinal_words", {}).items()})
    number_word_values = {**_either_apostrophe({w.casefold(): float(v) for w, v in g("number_words", {}).items()}),
                          **ordinal_word_values}
    relative_day_values = {w.casefold(): int(v) for w, v in g("relative_days", {}).items()}
    relative_year_values = {w.casefold(): int(v) for w, v in g("relative_years", {}).items()}
    quantity_word_values = {w.casefold(): (float(q["value"]), str(q["unit"]))
                            for w, q in g("quantity_words", {}).items()}
    return {
        # not the first of a range ("за добу-дві")
        "quantity_word": re.compile(r"(?<!\w)" + alternation(list(quantity_word_values)) + r"(?![\w\-–])", FLAGS)
        if quantity_word_values else re.compile("(?!)"),
        "quantity_word_values": quantity_word_values,
        "whole_word": re.compile(r"(?<!\w)" + alternation(g("percent.whole", [])) + r"(?!\w)", FLAGS)
        if g("percent.whole", []) else re.compile("(?!)"),
        "nothing_word": re.compile(r"(?<![\w-])" + alternation(g("percent.nothing", [])) + r"(?![\w-])", FLAGS)
        if g("percent.nothing", []) else re.compile("(?!)"),
        "number_word": re.compile(r"(?<!\w)" + alternation(list(number_word_values)) + r"(?!\w)", FLAGS),
        "number_word_values": number_word_values,
        "multipliers": frozenset(_either_apostrophe({w.casefold(): 1 for w in g("numbers.multipliers", [])})),
        "fewer_after": _never_or(rf"[ \u00a0]+{alternation(g('numbers.fewer_after', []))}(?!\w)",
                                 g("numbers.fewer_after", []), re.IGNORECASE),
        "ordinal_words": frozenset(ordinal_word_values),
        "relative_day": re.compile(r"(?<!\w)" + alternation(list(relative_day_values)) + r"(?!\w)", FLAGS),
        "relative_day_values": relative_day_values,
        "relative_year": _never_or(r"(?<!\w)" + alternation(list(relative_year_values)) + r"(?!\w)",
                                   relative_year_values),
        "relative_year_values": relative_year_values,
        "relative_year_not_after": _words_right_before(g("years.relative_not_after", [])),
    }


def _month_alternations(names: list[str], case_sensitive: bool, short_alone: list[str],
                        abbreviated_alone: bool) -> tuple[str, str]:
    """(any month form, a month form that may stand alone as a date) as regex alternations; a short form
    stands alone only when the locale lists it (`months.short_names_alone`: "May", not "Dec"), or, with
    `months.abbreviations_alone`, when written with its abbreviation's period ("until Oct.": no word is
    spelt so)."""
    if case_sensitive:  # capitalised forms only ("May", "Dec.")
        month_alt = "(?:" + "|".join(re.escape(n[:1].upper() + n[1:]) + r"\.?" for n in names) + r")(?!\w)"
        wide = [re.escape(n[:1].upper() + n[1:]) for n in names if len(n) > 4 or n in short_alone]
        if abbreviated_alone:
            wide += [re.escape(n[:1].upper() + n[1:]) + r"\." for n in names if len(n) <= 4 and n not in short_alone]
        return month_alt, "(?:" + "|".join(wide) + r")(?!\w)"
    month_alt = "(?:" + "|".join(re.escape(n) + r"\.?" for n in names) + r")(?!\w)"
    long_forms = [n for n in names if (len(n) > 4 or n in short_alone) and not n.endswith(".")]
    return month_alt, "(?:" + "|".join(re.escape(n) for n in long_forms) + r")(?!\w)"


def _month_adjective_rules(g: Getter) -> dict[str, Any]:
    """A month's adjective in lower case ("червнева", "июньской"): the bare month. A capitalised one names a
    place or an event ("Жовтневий палац", "Октябрьская революция"), so it is left to the name reader."""
    stems: dict[str, int] = g("months.adjective_stems", {})
    endings: list[str] = g("months.adjective_endings", [])
    if not stems or not endings:
        return {"date_month_adjective": re.compile("(?!)"), "month_adjective_values": {}}
    by_length = sorted(stems, key=lambda stem: (-len(stem), stem))
    pattern = (rf"(?<!\w)(?P<stem>{'|'.join(map(re.escape, by_length))})"
               rf"(?:{'|'.join(map(re.escape, sorted(endings, key=lambda e: (-len(e), e))))})(?!\w)")
    return {"date_month_adjective": re.compile(pattern), "month_adjective_values": stems}


def _weekday_rules(lang: str, g: Getter) -> dict[str, Any]:
    values = {name.casefold(): day for day, name in cldr_weekday_names(lang).items()}
    values.update({form.casefold(): int(day) for day, forms in g("weekdays.extra", {}).items() for form in forms})
    # an apostrophe typed any of three ways: "п'ятниця", "п’ятниця", CLDR's "пʼятниця"
    values.update({re.sub("['\u2019\u02bc]", mark, form): day for form, day in list(values.items())
                   for mark in "'\u2019\u02bc"})
    return {"weekday": _never_or(r"(?<!\w)" + alternation(list(values)) + r"(?!\w)", values), "weekday_values": values,
            "weekday_after_only": frozenset(w.casefold() for w in g("weekdays.after_only", [])),
            "weekday_before": _words_right_before(g("weekdays.before", []))}


def _date_rules(lang: str, g: Getter) -> dict[str, Any]:
    month_values = _month_forms(lang, g("months.extra", {}))
    case_sensitive = g("months.case_sensitive", False)
    month_flags = 0 if case_sensitive else FLAGS
    month_alt, month_only_alt = _month_alternations(sorted(month_values, key=lambda f: (-len(f), f)), case_sensitive,
                                                    g("months.short_names_alone", []),
                                                    g("months.abbreviations_alone", False))
    suffixes = g("ordinals.suffixes", [])
    ord_glued = alternation(suffixes) if suffixes else "(?!)"
    day = rf"(?<![\d.,])(?P<day>[0-3]?\d)(?:[\-–]?{ord_glued})?"
    # "12, 14 і 16 грудня", "December 12, 14 and 16": the days listed before the last two, which
    # `dates._day_month_dates` reads only where a second day ends the list
    listed = rf"[0-3]?\d(?:[\-–]?{ord_glued})?(?!\d)"
    earlier = rf"(?P<earlier>(?:(?<![\d.,]){listed},[ \u00a0]+){{0,8}})"  # bounded: each start scans it
    middle = rf"(?P<middle>(?:,[ \u00a0]+{listed}){{0,8}})"
    link = _range_link(g, g("dates.day_joiners", []))  # "до 1 або 15 січня": either day
    # "3 та 4 травня": the month after the second day says it is a day; "May 3 and 4" says it only when
    # no word follows the 4 ("May 3 and 4 people") but one of the language's function words ("from December 9
    # to 10 with the participation of") or of `dates.range_closers` ("to 9 inclusive"), nor, after either, a
    # clock's minutes ("from 21:00 on April 2 to 06:00"), letters glued to it ("to 4pm"), a per cent sign ("to 4%")
    # or a group of thousands ("from December 1 to 15,000 hryvnias")
    # the day in brackets of a date in two calendars ("9 (22) січня 1918 року": the Old Style's and the New's)
    # "з вечора 11 до вечора 13 вересня": a part of the day before the second day of a range (`dates.parts_of_day`)
    parts = alternation(g("dates.parts_of_day", [])) if g("dates.parts_of_day", []) else ""
    part_of_day = rf"(?P<part2>{parts}[ \u00a0]+)?" if parts else ""
    day2 = (rf"(?:(?:\s*[{DASHES}]\s*|,?{link}{part_of_day}|[ \u00a0]?(?P<bracket>\())(?P<day2>[0-3]?\d)"
            rf"(?:[\-–]?{ord_glued})?(?(bracket)\)))?")
    function_words = g("language.function_words", []) + g("dates.range_closers", [])
    not_a_function_word = rf"(?!(?i:{alternation(function_words)})(?!\w))" if function_words else ""
    day2_after_month = (rf"(?:(?:\s*[{DASHES}]\s*(?=[0-3]?\d(?!\d)(?!:\d))"
                        rf"|{middle},?{link}"
                        rf"(?=[0-3]?\d(?:{ord_glued})?(?!\w)(?![:.,]\d)(?!\s?%)(?!\s+{not_a_function_word}[^\W\d_]))"
                        rf"|[ \u00a0]?(?P<bracket>\()(?=[0-3]?\d\)))"
                        rf"(?P<day2>[0-3]?\d)(?:[\-–]?{ord_glued})?(?(bracket)\)))?")
    year_tail = _year_tail(g)
    year = rf"(?:,?\s+(?P<year>[12]\d{{3}})(?!\d){year_tail})?"
    # each word as the text may write it, opening a sentence too: a lookbehind of its own each
    night_from = "|".join(rf"(?<=(?<!\w){re.escape(form)}{space})" for w in g("dates.night_from", [])
                          for form in dict.fromkeys((w, w.capitalize())) for space in (" ", "\u00a0")) or "(?!)"
    # "6th of December": the words a locale may put between day and month
    joiners = g("months.day_month_joiners", [])
    joiner = rf"(?:{alternation(joiners)}\s+)?" if joiners else ""
    first_year = _first_of("12", r"\d{3}", r"\w.,/")
    return {
        "month_values": month_values,
        "date_month_day": _never_or(
            rf"(?<!\w)(?P<month>{month_alt})\s+(?P<day>[0-3]?\d)(?:{ord_glued})?(?!\d){day2_after_month}{year}",
            g("months.month_first", False), month_flags),
        "date_day_month": re.compile(rf"{earlier}{day}{day2}\s+{joiner}(?P<month>{month_alt}){year}", month_flags),
        # "у ніч з 4 на 5 грудня": the two days of a night, after a word of `dates.night_from` and before one of
        # `dates.night_to` ("на", which between two figures alone says no range: "зросли з 4 на 5 відсотків")
        "part_of_day_before": _never_or(rf"(?<!\w){parts}[ \u00a0]+\Z", parts),
        "date_night": _never_or(
            rf"(?:{night_from})(?P<day>[0-3]?\d)\s+{alternation(g('dates.night_to', []) or ['(?!)'])}\s+"
            rf"(?P<day2>[0-3]?\d)\s+(?P<month>{month_alt}){year}", g("dates.night_from", []), month_flags),
        "date_month_year": re.compile(rf"(?<!\w)({month_alt}),?\s+([12]\d{{3}})(?!\d){year_tail}", month_flags),
        "date_month_only": re.compile(rf"(?<!\w)({month_only_alt})", month_flags),
        **_month_adjective_rules(g),
        # "14.03.2024", "10/11/22", "2024-03-14", and with a space after a full stop before a four-digit
        # year's day, month or year ("4. 4. 2022", "4. 4.2022": Czech, Slovak and German habits)
        "date_numeric": re.compile(
            r"(?<![\d.,/])(\d{1,2})([./])(?:(?<=\.) (?=\d{1,2}\. ?\d{4}(?!\d)))?(\d{1,2})\2"
            r"(?:(?<=\.) (?=\d{4}(?!\d)))?(\d{4}|\d{2})(?![\d])|(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)"),
        "numeric_date_order": g("numbers.numeric_date_order", "dmy"),
        # "до 05.2027": a month of two figures and its year, where a full stop marks no decimals
        # (`dates.numeric_month_year`)
        "date_numeric_month_year": _never_or(r"(?<![\d.,/])(0[1-9]|1[0-2])\.((?:19|20)\d\d)(?![\d.,]\d|\d)",
                                             g("dates.numeric_month_year", False)),
        **_century_rules(g, link, ord_glued),
        **_decade_rules(g),
        # "1990–1995 роки", "1990-95", "2022-23": a range of years (dates.py checks the second is later); a
        # slash joins a season, a school or a fiscal year ("2025/26", "2025/2026": dates.py checks the next year)
        "year_prefixed": _year_prefixed(g),
        "year_glued_prefixes": tuple(g("years.glued_prefixes", [])),
        "year_glued_cue": _never_or(rf"(?<!\w){alternation(g('years.glued_prefix_cues', []))}",
                                    g("years.glued_prefix_cues", []), re.IGNORECASE),
        "era_words": frozenset(g("years.era_words", [])),
        "fiscal_after": _never_or(rf"[ \u00a0]+{alternation(g('years.fiscal_words', []))}",
                                  g("years.fiscal_words", [])),
        "year_range": re.compile(
            rf"(?P<first>{first_year})(?:\s*[{DASHES}]\s*|(?P<slash>/))(?P<second>\d{{4}}|\d{{2}})(?!\w|[.,/:]\d)"
            rf"{year_tail}"),
    }


def _year_prefixed(g: Getter) -> re.Pattern:
    """"FY2025", "FY 25", "MY25/26" (`years.prefixes`), "SS19" (`years.glued_prefixes`) and "summer '27", "Euro ’24"
    (`years.apostrophes`): an apostrophe takes two figures glued to it, after a space, a dash or a bracket: "said 'no'
    27 times" holds no year."""
    prefixes, apostrophes = g("years.prefixes", []), g("years.apostrophes", [])
    glued = g("years.glued_prefixes", [])  # "SS19", never "SS 20" (a missile's)
    lead = "|".join([f"(?:{'|'.join(map(re.escape, prefixes))})[ \u00a0]?"] * bool(prefixes)
                    + [f"(?:{'|'.join(map(re.escape, glued))})"] * bool(glued))
    kinds = [rf"(?:{lead})(?P<year>(?:19|20)?\d\d)(?:/(?P<next>\d\d))?"] if lead else []
    if apostrophes:
        kinds.append(rf"(?<![^{DASHES}\s(])[{''.join(map(re.escape, apostrophes))}](?P<short>\d\d)")
    return _never_or(rf"(?<!\w)(?:{'|'.join(kinds)})(?![\w'’])", kinds, 0)


def _range_link(g: Getter, extra: list[str] | None = None) -> str:
    """The words of `ranges.connectors` ("та", "and", "до") between two days or two centuries, and `extra`, as a
    regex."""
    words = [w for w in g("ranges.connectors", []) + (extra or []) if w not in DASHES]
    return rf"\s+{alternation(words)}\s+" if words else "(?!)"


def _year_tail(g: Getter) -> str:
    """The optional words after a year ("2023 року", "1990–1995 рр."), decade marks ("1990s") left out."""
    decade_marks = g("years.decade_marks", [])
    tail_words = [w for w in g("years.suffixes", []) if not w.startswith("'") and w not in decade_marks]
    return r"(?:\s*" + alternation(tail_words) + ")?" if tail_words else ""


def _first_of(chars: str, rest: str, not_after: str = r"\w.,") -> str:
    """A token that starts with one of `chars` (a regex class body) with no word character (nor `not_after`)
    before it. Written with the class first and the look back after it, so that the regex engine skips
    ahead to the class instead of trying the look back at every position (three times faster)."""
    return rf"[{chars}](?<![{not_after}][{chars}]){rest}"


def _century_rules(g: Getter, link: str, ord_glued: str) -> dict[str, Any]:
    """"XIX ст.", "у ХІХ столітті", "XVII–XVIII вв." (Roman numerals); "19-го століття", "the 17th century",
    "17th-century", "the nineteenth century" (digits, ordinal words): a numeral, perhaps a second one,
    then a century word. An abbreviation ("ст.", "в.") follows Roman numerals only: "2 ст. л." is two
    spoonfuls, and it keeps its case, "12 В." being twelve volts."""
    numerals = {letter: int(value) for letter, value in g("centuries.numerals", {}).items()}
    ordinal_words = {w.casefold(): int(v) for w, v in g("centuries.ordinal_words", {}).items()}
    if g("centuries.links", []):  # "from the 7th to the 3rd century"
        link = rf"(?:{link}|\s+{alternation(g('centuries.links', []))}\s+)"
    words = g("centuries.words", [])
    abbreviations = [w for w in words if w.endswith(".")]
    full = [w for w in words if not w.endswith(".")]
    full_alt = f"(?i:{alternation(full)})" if full else "(?!)"
    any_alt = full_alt + (f"|{alternation(abbreviations)}" if abbreviations else "")
    ordinal = rf"(?:[\-–]?{ord_glued})?(?!\d)"
    # upper case only: "XIX", never the word "ix"
    roman = "".join(re.escape(c) for c in sorted(numerals))
    spelt = f"(?i:{alternation(list(ordinal_words))})" if ordinal_words else "(?!)"
    roman_ending = rf"(?:[\-–]{ord_glued})?(?!\w)"  # "XX-му столітті"

    # the part of the second century a range ends in ("late 6th or early 5th century BC", "кінця VI – початку V
    # ст."): the range is of the two centuries still
    parts = g("centuries.parts", [])
    part = rf"(?:(?i:{alternation(parts)})[\s-]+)?" if parts else ""  # "the mid-5th century"

    def pattern(first: str, second: str, century_word: str) -> re.Pattern:
        return re.compile(rf"(?P<first>{first})(?:(?:\s*[{DASHES}]\s*|(?i:{link})){part}(?P<second>{second}))?"
                          rf"[\s\u00a0-]+(?:{century_word})(?!\w)" if words else "(?!)")

    return {
        "date_centuries": (
            pattern(_first_of(roman, rf"[{roman}]*{roman_ending}"), rf"[{roman}]+{roman_ending}", any_alt)
            if roman else re.compile("(?!)"),
            pattern(_first_of(r"\d", rf"\d?{ordinal}"), rf"\d{{1,2}}{ordinal}", full_alt),
            pattern(rf"(?<![\w.,]){spelt}", spelt, full_alt),
        ),
        "century_numerals": numerals,
        "century_ordinal_words": ordinal_words,
        "century_turn_before": _words_right_before(g("centuries.turn_before", [])),
        "before_era": _never_or(rf"[\s\u00a0]*{alternation(g('centuries.before_era', []))}",
                                g("centuries.before_era", [])),
    }


def _decade_rules(g: Getter) -> dict[str, Any]:
    """"1990s", "1990-х", "1990-ті"; "the '90s", "90-х годов", "в 90-е", "наприкінці 90-х": a round
    year with a decade mark. Two digits alone are a decade only with an apostrophe, a year word after, or
    a word of `decades.before` in front and no word after ("в 10-х классах" is a school year)."""
    marks = g("decades.marks", [])
    mark = rf"[\-–]?{alternation(marks)}(?!\w)" if marks else "(?!)"
    before = g("decades.before", [])
    ages = g("decades.age_before", [])
    measures = g("decades.measure_before", [])
    words = _either_apostrophe({w.casefold(): int(v) for w, v in g("decades.words", {}).items()})
    after = [w for w in g("years.suffixes", []) if w not in g("years.decade_marks", []) and not w.startswith("'")]
    round_year, round_tens = _first_of("12", r"\d{2}0"), _first_of("1-9", "0")
    return {
        "decade_long": re.compile(rf"(?P<year>{round_year}){mark}", FLAGS),
        # an apostrophe before ("'90s") is looked at by dates.py
        "decade_short": re.compile(rf"(?P<tens>{round_tens}){mark}", FLAGS),
        "decade_before": _never_or(rf"(?<!\w){alternation(before)}[\s\u00a0-]*\Z", before),
        "age_before": _never_or(rf"(?<!\w){alternation(ages)}[\s\u00a0-]*\Z", ages),
        "measure_before": _never_or(rf"(?<!\w){alternation(measures)}[\s\u00a0-]*\Z", measures),
        "decade_word_after": _never_or(rf"\s*{alternation(after)}", after),
        # "the nineties", "дев'яностих", "нулевые": a decade in words, which only confirms one in figures
        "decade_word": _never_or(rf"(?<!\w){alternation(list(words))}(?!\w)", words),
        "decade_word_values": words,
    }


def _clock_hour_rule(g: Getter) -> re.Pattern:
    """An hour of the clock ("о 19 годині", "на 19 годину", "о 12-ій годині", "в 19 часов", "at 7 o'clock"), not a
    duration ("на 19 годин"); with the locale's genitive markers, words and hours too ("після 19 години": the
    genitive singular an hour of the clock takes, where a count of hours takes the plural, except after the
    hours whose count says "години" as well: "до 1 години", up to an hour)."""
    any_hour = r"(?:[01]?\d|2[0-3])"
    hour = f"({any_hour})"
    genitive_hours = [f"0?{h}" if h < 10 else str(h) for h in g("times.genitive_clock_hours", [])]
    groups = [(markers, words, hours) for markers, words, hours in (
        (g("times.clock_hour_markers", []), g("times.clock_hour_words", []), any_hour),
        (g("times.genitive_clock_hour_markers", []), g("times.genitive_clock_hour_words", []),
         f"(?:{'|'.join(genitive_hours)})" if genitive_hours else None)) if markers and words and hours]
    if not groups:
        return re.compile("(?!)")
    if g("times.clock_hour_word_first", False):  # Polish "o godzinie 19", "o godz. 19"
        heads = "|".join(rf"(?:{alternation(markers)})\s+(?:{alternation(words)})\s*(?={hours}(?!\d))"
                         for markers, words, hours in groups)
        return re.compile(rf"(?<!\w)(?:{heads}){hour}(?![\d.,:]\d)(?!\d)", FLAGS)
    suffixes = g("ordinals.suffixes", [])
    ordinal = rf"(?:[\-–](?:{alternation(suffixes)}))?" if suffixes else ""
    # each group's hours and words only after its own markers: the lookahead checks what follows a marker
    heads = "|".join(rf"(?:{alternation(markers)})\s+(?={hours}{ordinal}\s+(?:{alternation(words)})(?!\w))"
                     for markers, words, hours in groups)
    every_word = alternation([w for _, words, _ in groups for w in words])
    return re.compile(rf"(?<!\w)(?:{heads}){hour}{ordinal}\s+(?:{every_word})(?!\w)", FLAGS)


def _time_rules(g: Getter) -> dict[str, Any]:
    am = list(g("times.am", []))
    pm = list(g("times.pm", []))
    # "o'clock at night", "години ночі": the evening's hours up to 11, the morning's after (dates._twelve_hour)
    night = list(g("times.night", []))
    halves = am + pm + night  # every word that says the half of the day
    am_pm = alternation(halves) if halves else "(?!)"
    # the halves of the day in one word ("a.m.", "pm"), which a range of hours a dash joins shares ("8-11 a.m."; "6-7
    # in the morning" is read as "на 6-7 год ранку" is, by its first hour)
    abbreviated_halves = alternation([h for h in halves if " " not in h]) if halves else "(?!)"
    hour_words = g("times.hour_words", [])
    hour_alt = alternation(hour_words) if hour_words else "(?!)"
    markers = g("times.markers", [])
    dot_markers = g("times.dot_markers", [])
    dot_openers, dot_joiners = g("times.dot_range_openers", []), g("times.dot_range_joiners", [])
    openers, joiners = g("times.range_openers", []), g("times.range_joiners", [])
    list_joiners = g("times.list_joiners", [])
    # the words of an hour of a half day: the locale's number words of 1 to 12, every case form it lists
    # ("четыре", "семи"), and the ordinals its language names hours by ("о четвертій ранку"), after a word
    # that says a time is coming ("at", "в", "о")
    hour_word_values = _either_apostrophe({w.casefold(): int(v) for w, v in {
        **{w: v for w, v in g("number_words", {}).items() if 1 <= float(v) <= 12 and float(v).is_integer()},
        **g("times.hours_in_words", {})}.items()})
    hour_markers = g("times.hour_in_words_markers", [])
    # half an hour before an hour named by its ordinal ("пів на десяту", "в половине десятого": 9:30)
    half_words = g("times.half_before_words", [])
    half_before = _either_apostrophe({w.casefold(): int(v) for w, v in g("times.half_before_hours", {}).items()})
    zones = g("times.zones", {})
    named = g("times.named", {})
    zone = rf"(?:{alternation(list(zones)) if zones else '(?!)'})(?!\w)"
    return {
        "bare_hour_before": _words_right_before(g("times.bare_hour_before", [])),
        "bare_hour_range": _never_or(
            rf"(?<!\w)(?:{alternation(dot_openers)})[ \u00a0]+([01]?\d|2[0-4])[ \u00a0]+"
            rf"(?:{alternation(dot_joiners)})[ \u00a0]+([01]?\d|2[0-4])(?![\d.,:]?\d)", dot_openers and dot_joiners),
        "time_clock": re.compile(
            rf"(?<![\d.,:])([01]?\d|2[0-3]|24(?=:00))(?::([0-5]\d)|\.([0-5]\d)(?=\s?{am_pm}))(?!\d)(?:\s?({am_pm}))?",
            FLAGS),
        "time_ampm": re.compile(
            rf"(?<![\d.,:])(1[0-2]|0?\d)(?:[\-–]\w{{1,3}})?(?:\s+{hour_alt})?\s?({am_pm})", FLAGS),
        # "from 1 to 2 pm", and two hours a dash joins with no word before them ("8-11 a.m.")
        "time_ampm_range": _never_or(
            rf"(?:(?<!\w)(?:{alternation(openers)})\s+|(?<![\w.,:/–-])(?=(?:1[0-2]|0?\d)(?::[0-5]\d)?[-–]"
            rf"(?:1[0-2]|0?\d)(?::[0-5]\d)?\s?(?:{abbreviated_halves})))"
            rf"(1[0-2]|0?\d)(?::([0-5]\d))?\s*(?:{alternation(joiners)}|(?<=\d)[-–](?=\d))\s*"
            rf"(1[0-2]|0?\d)(?::([0-5]\d))?(?:\s+{hour_alt})?\s?({am_pm})", joiners and openers and halves),
        # the half of the day said once after a list of clock times is each one's ("9:15, 9:45 and 10:15 p.m.")
        "time_list_joiner": _never_or(
            rf"[ \u00a0]*(?:,[ \u00a0]*(?:(?:{alternation(list_joiners)})[ \u00a0]+)?|[ \u00a0]+"
            rf"(?:{alternation(list_joiners)})[ \u00a0]+)", list_joiners and halves),
        "time_ordinal_hour": _never_or(
            r"(?<![\d.,:])(1[0-2]|0?\d)[-–]"
            rf"(?:{'|'.join(map(re.escape, g('times.ordinal_hour_endings', [])))})[ \u00a0]+"
            rf"({alternation(list(g('times.ordinal_hour_parts', {})))})(?!\w)",
            g("times.ordinal_hour_parts", {}) and g("times.ordinal_hour_endings", []), re.IGNORECASE),
        "ordinal_hour_parts": {w.casefold(): part for w, part in g("times.ordinal_hour_parts", {}).items()},
        "time_ampm_words": _never_or(
            rf"(?<!\w)(?:{alternation(hour_markers) if hour_markers else '(?!)'})\s+"
            rf"({alternation(list(hour_word_values)) if hour_word_values else '(?!)'})(?:\s+{hour_alt})?\s+({am_pm})(?!\w)",
            hour_word_values and hour_markers and halves),
        # "о 02 год 15 хв", "в 02 ч 15 мин": an official release's clock time, hours and minutes abbreviated
        "time_hours_minutes": _never_or(
            rf"(?<!\w)(?:{alternation(markers) if markers else '(?!)'})\s+"
            rf"({'[01]' if g('times.hours_minutes_padded', False) else '[01]?'}\d|2[0-3])\s*"
            rf"{alternation(g('times.hour_abbreviations', []) or ['(?!)'])}\s*([0-5]?\d)\s*"
            rf"{alternation(g('times.minute_abbreviations', []) or ['(?!)'])}",
            markers and g("times.hour_abbreviations", []) and g("times.minute_abbreviations", [])),
        "time_marked": _never_or(
            rf"(?<!\w)(?:(?:{alternation(markers)})\s+([01]?\d|2[0-3])[.:]([0-5]\d)(?!\d)"
            # after a dot marker only where no unit, "%", scale or currency follows (dates.py reads it)
            rf"|(?:{alternation(dot_markers) if dot_markers else '(?!)'})\s+([01]?\d|2[0-3])[.:]([0-5]\d)"
            r"(?![\d.,]\d|\d))", markers),
        # "з 9.00 до 18.00": two clock times with full stops, a range of hours after `times.dot_range_openers`, on
        # the hour or its quarters (never a day and its month, "з 01.12 до 15.12", nor decimals, "з 1.20 до 1.35")
        "time_dot_range": _never_or(
            rf"(?<!\w)(?:{alternation(dot_openers) if dot_openers else '(?!)'})\s+([01]?\d|2[0-3])\.(00|15|30|45)\s*"
            rf"(?:{alternation(dot_joiners) if dot_joiners else '(?!)'}|[-–])\s*([01]?\d|2[0-3])\.(00|15|30|45)"
            r"(?![\d.,]\d|\d)", dot_openers and dot_joiners),
        # "1300 GMT": wire copy's four digits of a clock before a time zone's letters, or before the range's other end
        # and its zone ("1600-1900 GMT")
        "time_glued_to_zone": _never_or(
            rf"(?<![\d.,:])([01]\d|2[0-3])([0-5]\d)(?=[ \u00a0]?{zone}|[-–](?:[01]\d|2[0-3])[0-5]\d[ \u00a0]?{zone})",
            zones, 0),
        "zone_after": _never_or(rf"[ \u00a0]*({zone})", zones, 0),
        "zone_codes": {w.casefold(): code for w, code in zones.items()},
        "kyiv_time_after": _phrase_right_after(g("times.kyiv_time", [])),
        "kyiv_time_only_after": _phrase_right_after(g("times.kyiv_time_only", [])),
        # "midnight", "опівночі", "в полдень": a clock time in a word (`times.named`), in lower case ("Operation
        # Midnight Hammer" is a name)
        "time_named": _never_or(rf"(?<!\w)({alternation(list(named))})", named, 0),
        "time_named_values": {w.casefold(): value for w, value in named.items()},
        "time_hour": _clock_hour_rule(g),
        "clock_or_count_marker": _never_or(rf"(?:{alternation(g('times.clock_or_count_markers', []))})\s",
                                           g("times.clock_or_count_markers", [])),
        "am_words": frozenset(w.casefold() for w in am),
        "night_words": frozenset(w.casefold() for w in night),
        "twelve_hour_clock": g("times.twelve_hour_clock", False),
        "hour_word_values": hour_word_values,
        # not before a word in lower case, whose ordinal it is ("в половине второго тайма": of the second half)
        "time_half_before": _never_or(
            rf"(?<!\w)(?:{alternation(half_words)})\s+({alternation(list(half_before))})"
            rf"(?:\s+({am_pm})(?!\w)|(?!\w)(?![ \u00a0]+[a-zа-яёіїєґ'’]{{3,}}))",
            half_words and half_before),
        "half_before_values": half_before,
    }


def _glued_rule(words: list[str], ordinal_suffixes: list[str]) -> re.Pattern:
    """Short words that may follow a figure with no space ("5km", "3bn", "9pm", "1st")."""
    glued = [w for w in words if w[:1].isalpha() and len(w) <= 4]
    return re.compile(alternation(glued + list(ordinal_suffixes)), FLAGS)


@lru_cache(maxsize=None)
def rules_for(lang: str) -> Rules:
    g = load_locale(lang).get
    fields: dict[str, Any] = {
        **_number_rules(g),
        **_scale_rules(g),
        **_currency_rules(g),
        **_unit_rules(g),
        **_ordinal_rules(g),
        **_qualifier_rules(g),
        **_counted_word_rules(g),
        **_date_rules(lang, g),
        **_weekday_rules(lang, g),
        **_time_rules(g),
    }
    glued_words = [*fields["unit_codes"], *fields["scale_values"], *g("times.am", []), *g("times.pm", [])]
    fields["glued_ok"] = _glued_rule(glued_words, g("ordinals.suffixes", []))
    fields["scores"] = _score_rules(g)
    fields["stages"] = _stage_rules(g)
    fields["magnitudes"] = _magnitude_rules(g)
    fields["fractions"] = _fraction_rules(g, {w: v for w, v in fields["number_word_values"].items()
                                                 if w not in fields["ordinal_words"]})
    fields["compounds"] = _compound_rules(g, fields["unit_codes"])
    return Rules(lang=lang, **fields)
