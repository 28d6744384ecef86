"""Read every fact of one text, and every edition's facts for a story (own language and MT output)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache

from consistency.locales import merged, script_of
from consistency.model import Analysis, Fact
from consistency.stages.facts.amounts import (
    AGE_GROUP,
    CONVERTED,
    fraction_value,
    join_compound_quantities,
    overlaps,
    read_figures,
    read_number_words,
    read_units_per_one,
)
from consistency.stages.facts.dates import (
    DATELINE,
    NumericDateOrder,
    numeric_date_order,
    read_dates,
    read_period_ordinals,
    read_roman_ordinals,
    read_times,
    read_weekdays,
)
from consistency.stages.facts.entities import PLACES, glossary_kind, is_common_word, is_given_name, is_noun_or_adjective
from consistency.stages.facts.joined import amount_follows, read_joined
from consistency.stages.facts.name_keys import guess_key, is_glossary, name_key, name_rules
from consistency.stages.facts.names import lowercase_stems, opens_a_glossary_phrase, read_names
from consistency.stages.facts.rules import Rules, rules_for
from consistency.stages.langid import mixed_script_words
from consistency.stages.segment import WEB_ADDRESS, dateline_ends, month_names

_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?…»\"”])\s+|\n)\s*[\"«“„'(\[—–-]*\s*")


def extract_facts(text: str, lang: str, *, published: dt.date | None = None,
                  date_order: str | None = None) -> list[Fact]:
    """Figures, money, dates, times, units and names in `text`, read by `lang`'s rules; sorted by start.

    Spans are offsets into `text`; `Fact.sentence` is left None (see `read_story_facts`). A numeric date
    that reads both ways ("10/11/22") is read in `date_order` ("dmy" or "mdy") when given, else in the
    order the text's other dates show, else in the locale's.
    """
    # without a declared order, the dates read the order the text itself shows (dates.read_dates)
    order = NumericDateOrder(declared=date_order) if date_order else None
    return read_in_its_whole_text(text, _extract(text, lang, published, sentence_starts=None, order=order),
                                  rules_for(lang))


def _extract(text: str, lang: str, published: dt.date | None, sentence_starts: list[int] | None,
             lowercase: frozenset[str] | None = None, order: NumericDateOrder | None = None,
             codes: frozenset[tuple[str, str]] | None = None) -> list[Fact]:
    if not text:
        return []
    written, text = text, in_one_script(text)
    rules = rules_for(lang)
    taken: list[tuple[int, int]] = _codes_typed_in_lower_case(text, codes if codes is not None else capital_codes(text))
    # a web or e-mail address states no figure and names nobody: each edition links to its own language's page
    taken += [m.span() for m in WEB_ADDRESS.finditer(text)]
    taken += [m.span() for m in BLOOD_GROUP.finditer(text)]
    taken += [m.span() for m in ZONE_OFFSET.finditer(text)]
    grades = [Fact("code", "-".join(m.group(1, 3, 4)), m.group(0), m.start(), m.end())
              for m in FERTILISER_GRADE.finditer(text)]
    taken += [(f.start, f.end) for f in grades]
    brands = [Fact("name", guess_key(m.group(0), lang), m.group(0), m.start(), m.end())
              for m in GLUED_BRAND.finditer(text) if not overlaps(taken, m.start(), m.end())
              and not is_common_word(m.group(1), lang)]  # "Понад300 людей": a typo that keeps its figure
    taken += [(f.start, f.end) for f in brands]
    ages = _age_groups(text, rules, taken)  # "U10", "U-19": the under-10s, "до 10 років"
    taken += [(f.start, f.end) for f in ages]
    spaced = grades + brands + ages + _spaced_codes(text, rules, taken, lang)  # "PS 101" is the flight "PS101"
    numbered = read_numbered_codes(text, rules, taken)  # "№131А" is the licence "No. 131A", no 131st
    spaced += numbered + _lettered_figures(text, rules, taken + [(f.start, f.end) for f in numbered])  # "19а": "19a"
    taken += [(f.start, f.end) for f in spaced]
    facts = spaced + read_joined(text, rules, taken)  # "2:1" is a score, not a clock time nor two counts
    in_names = _months_in_glossary_names(text, lang)  # kept from the dates alone: the names still read them
    taken += in_names
    facts += read_dates(text, rules, taken, published, order)
    for span in in_names:
        taken.remove(span)
    facts += read_times(text, rules, taken)
    facts += read_weekdays(text, rules, taken)
    figures = read_figures(text, rules, taken)
    figures += _second_shares(text, figures, taken)  # "split 70/30": "70 на 30"
    facts += figures
    taken += [(f.start, f.end) for f in figures]
    facts += read_units_per_one(text, rules, taken)  # "per hectare": the "1 га" of "ціна 1 га"
    generations = _figure_led_codes(text, taken)  # "5G", "4K", "3D": a code, once no unit has read the figure
    facts += generations
    taken += [(f.start, f.end) for f in generations]
    facts += read_number_words(text, rules, taken)
    # a measure in parts said in words and figures ("two hours and 25 minutes")
    facts = join_compound_quantities(text, sorted(facts, key=lambda f: (f.start, f.end)), rules)
    roman = [f for f in read_roman_ordinals(text, rules, taken) if _counts_what_follows(text, f, lang)]
    roman += read_period_ordinals(text, rules, taken)
    facts += roman
    facts = _one_in_so_many(text, facts, rules)
    # a numeral, no name ("Q3" neither), unless it opens one ("ІІ світова війна")
    taken += [(f.start, f.end) for f in roman if not opens_a_glossary_phrase(text, f.start, lang)]
    if sentence_starts is None:
        sentence_starts = [m.end() for m in _SENTENCE_START.finditer(text)]
    sentence_starts = sorted({*sentence_starts, *dateline_ends(text, lang)})  # "ВАРШАВА, 3 грудня. Польські ..."
    names = [f for f in read_names(text, lang, sentence_starts, taken, lowercase)
             if not _qualifies_a_currency(text, f, rules)]
    facts += _places_of_kyiv_time(text, facts, _places_of_datelines(text, facts, names), rules)
    facts.sort(key=lambda f: (f.start, f.end, f.kind, str(f.value)))
    if text != written:  # read in one script, each fact shows what the edition wrote
        facts = [dataclasses.replace(f, text=written[f.start:f.end]) for f in facts]
    return facts


# a figure's slash and a second figure, the two shares of a whole ("split 70/30", "a 60/40 mix")
_SHARE_AFTER = re.compile(r"/(\d{1,2})(?![\w/%]|[.,]\d|[ \u00a0]?%)")  # not a share in per cent: "70/30%"


def _second_shares(text: str, figures: list[Fact], taken: list[tuple[int, int]]) -> list[Fact]:
    """The second of two shares of a whole a slash joins ("split 70/30", as "у співвідношенні 70 на 30" says it): two
    figures that make a hundred, where the first alone was read (a figure after a slash is a date's, a fraction's or a
    code's part: "24/7", "2025/26")."""
    seconds = []
    read = taken + [(f.start, f.end) for f in figures]  # "5/95": a figure after a slash and one digit is read already
    for first in figures:
        share = _SHARE_AFTER.match(text, first.end)
        if (share and first.kind == "amount" and first.text.isdigit()
                and int(first.text) + int(share.group(1)) == 100 and not overlaps(read, share.start(1), share.end(1))):
            seconds.append(Fact("amount", float(share.group(1)), share.group(1), share.start(1), share.end(1)))
    return seconds


# the ages a sport's groups stay under ("U8" to "U23"; "U2" is a band, "U-2" a plane)
AGE_GROUPS = (6, 23)


def _age_groups(text: str, rules: Rules, taken: list[tuple[int, int]]) -> list[Fact]:
    """A sport's age group, a prefix of `ages.under_prefixes` and the age it stays under ("girls' U10", "the U-19
    side"): under so many years, as "серед дівчат до 10 років" says it, and no code; and the people of an age and over
    or under it (`ages.band_prefixes`: "over-65s" / "людей віком від 65 років"), that age in years, a sport's group
    where it is one ("the under-21s"); and people under or over an age with no word of years (`ages.people`:
    "children under 12")."""
    groups = [Fact("quantity", float(m.group(1)), m.group(0), m.start(), m.end(), "year", AGE_GROUP)
              for m in rules.age_group.finditer(text)
              if AGE_GROUPS[0] <= int(m.group(1)) <= AGE_GROUPS[1] and not overlaps(taken, m.start(), m.end())]
    bands = [Fact("quantity", float(m.group(2)), m.group(0), m.start(), m.end(), "year",
                  AGE_GROUP if _a_sport_s_group(m, rules) else None)
             for m in rules.age_band.finditer(text) if not overlaps(taken, m.start(), m.end())]
    # "children under 12": an age in years, as "дітей до 12 років" says it; not before a unit ("under 12 kg")
    ages = [Fact("quantity", float(m.group(2)), m.group(2), m.start(2), m.end(2), "year",
                 rules.qualifier_code(m.group(1)))
            for m in rules.age_of_people.finditer(text)
            if not overlaps(taken, m.start(2), m.end(2)) and not rules.unit_at(text, m.end(2), m.start(2))]
    return groups + bands + ages


def _a_sport_s_group(band: re.Match, rules: Rules) -> bool:
    """A band under an age a sport's groups stay under ("the under-21s", the U21 side), not one of people ("under-65s
    in clinical risk groups")."""
    return band.group(1).casefold() in rules.age_band_under and AGE_GROUPS[0] <= int(band.group(2)) <= AGE_GROUPS[1]


# a heading that closes with its rows' scale in brackets ("Найбільше українців прихистили такі країни (тис. осіб):",
# "Main spending items (UAH '000)"), no other figure in the brackets, and the rows it heads, after a blank line or
# none: each a label and the figure that ends it ("Німеччина – 1 226,6", "Roads: 96,418.2;", "Germany 1,226.6")
_SCALED_HEADING = re.compile(r"^[^\n]*\(((?:[^()\d\n]|['’]000){1,40})\)[ \t]*:?[ \t]*\n(?:[ \t]*\n)?"
                             r"((?:[^\n]{1,100}?[ \t:][ \t]*[-+−]?\d[\d \u00a0\u202f.,]*[;.,]?[ \t]*(?:\n|\Z))+)",
                             re.MULTILINE)
_THOUSANDS_MARK = re.compile(r"['’]000(?!\d)")
# a figure as a table's row writes it, its digits and their separators alone: no sign, no scale, no fraction ("1/3")
_PLAIN_FIGURE = re.compile(r"\d[\d \u00a0\u202f.,]*")


def _scaled_by_their_heading(text: str, facts: list[Fact], rules: Rules) -> list[Fact]:
    """The figure ending each row of a table whose heading gives their scale, multiplied by it: "1 226,6" under "(тис.
    осіб):" is the 1,226,600 another edition writes in full. Only a plain figure: a sum with its sign or its own scale
    word says what it is, and a figure in a row's label ("Group 1 – 226,6") is none of the table's."""
    def scale_of(words: str) -> float | None:
        if _THOUSANDS_MARK.search(words):
            return 1000.0  # a table's "(UAH '000)", as every language's accounts write thousands
        return next((v for w in re.findall(r"[^\W\d_]+\.?", words) if (v := rules.scale_value(w))), None)

    scales: dict[int, float] = {}  # the index of each row's last figure, and its heading's scale
    for heading in _SCALED_HEADING.finditer(text):
        if (scale := scale_of(heading.group(1))) is None:
            continue
        row_start = heading.start(2)
        for row in heading.group(2).splitlines(keepends=True):
            row_end = row_start + len(row.rstrip(" \t\n;.,"))
            last = max((i for i, f in enumerate(facts) if row_start <= f.start and f.end <= row_end),
                       key=lambda i: facts[i].start, default=None)
            if (last is not None and facts[last].end == row_end and facts[last].kind == "amount"
                    and _PLAIN_FIGURE.fullmatch(facts[last].text)):
                scales[last] = scale
            row_start += len(row)
    return [dataclasses.replace(f, value=float(f.value) * scales[i]) if i in scales else f
            for i, f in enumerate(facts)]


def read_in_its_whole_text(text: str, facts: list[Fact], rules: Rules) -> list[Fact]:
    """What a sentence alone cannot say of its facts: a table's rows scaled by their heading
    (`_scaled_by_their_heading`) and a unit's word the paragraph reads as another unit
    (`Rules.other_unit_of_its_paragraph`: "186 400 фунтів" a sum where the paragraph names the pound sterling)."""
    out = []
    for f in _scaled_by_their_heading(text, facts, rules):
        other = rules.other_unit_of_its_paragraph(text, f.start, f.end) if f.kind == "quantity" else None
        out.append(dataclasses.replace(f, kind="money", unit=other) if other in rules.currencies else f)
    return out


def _one_in_so_many(text: str, facts: list[Fact], rules: Rules) -> list[Fact]:
    """"One in five Ukrainians", "кожен п'ятий українець", "каждый 14-й": the share 1/5, as "20%" is a share, and
    not the count "one" and a fifth of something (`fractions.one_in`)."""
    out = list(facts)
    for fact in facts:
        if (fact.kind not in rules.fractions.one_in_kinds and fact.kind != "ordinal"
                or not float(fact.value).is_integer() or fact.value < 2):
            continue
        if fact.kind == "ordinal" and rules.fractions.one_in_not_before.match(text, fact.end):
            continue  # "кожного 25-го числа": a day of each month
        said = None
        if fact.kind in rules.fractions.one_in_kinds:
            # an ordinal in figures after the nominative's words only, where the locale lists them ("кожна 14-та
            # дитина"; "кожного 20-го" is a day of each month)
            figures = fact.kind == "ordinal" and fact.text[:1].isdigit() and rules.fractions.one_in_before_figures
            said = (figures or rules.fractions.one_in_before).search(text, max(0, fact.start - 30), fact.start)
        if said is None and fact.kind == "ordinal":  # "every seventh customer"
            said = rules.fractions.one_in_before_ordinals.search(text, max(0, fact.start - 30), fact.start)
        if said is None:
            continue
        out = [f for f in out if f is not fact and not said.start() <= f.start < said.end()]
        out.append(Fact("amount", fraction_value(1, int(fact.value)), text[said.start():fact.end], said.start(),
                        fact.end))
    return out


# a dateline with no date: a place in capitals opening a line ("NEW YORK", "ST. LOUIS", "KYIV/MOSCOW"), its state or
# country, a news agency's short name in brackets and a dash ("SACRAMENTO, Calif. (AP) —")
_UNDATED_DATELINE = re.compile(r"^[ \t]*[^\W\d_a-zа-яіїєґё](?:[^\W\d_a-zа-яіїєґё]|['’./\- ])+"
                               r"(?:,[ \t]+[^\n(,]{1,30})?[ \t]*\([^\W\d_][^()\n]{0,15}\)[ \t]*[-–—]", re.MULTILINE)
# or a city alone in capitals, of three words at most, and a full stop or a dash before a sentence of six words or
# more on its line ("БРЮССЕЛЬ. Бельгійська митниця вилучила ...", "PARIS – Four men in helmets robbed ..."; not a
# table's row, "США – Канада – 3:2")
_PLACE_ALONE = re.compile(r"^[ \t]*[A-ZА-ЯЁІЇЄҐ][A-ZА-ЯЁІЇЄҐ'’\-]+(?:[ \u00a0][A-ZА-ЯЁІЇЄҐ][A-ZА-ЯЁІЇЄҐ'’\-]+){0,2}"
                          r"(?:\.|[ \t]+[-–—])(?=[ \t]+[A-ZА-ЯЁІЇЄҐ](?:\S*[ \t]+){5})", re.MULTILINE)


def _places_of_datelines(text: str, facts: list[Fact], names: list[Fact]) -> list[Fact]:
    """The places of a wire's dateline ("KYIV, Dec 11 (Reuters) -", "KYIV/MOSCOW, ...", "SACRAMENTO, Calif. (AP)
    —", "PARIS – Four men ...") are a part of it (`dates.DATELINE`): the names between the line's start and its date
    or agency; a city alone, where the glossary knows it as one ("US – Trump said ..." is a country's heading)."""
    spans = [(text.rfind("\n", 0, f.start) + 1, f.start) for f in facts if f.qualifier == DATELINE]
    spans += [m.span() for m in _UNDATED_DATELINE.finditer(text)]
    alone = [m.span() for m in _PLACE_ALONE.finditer(text)]
    return _qualified_within(names, spans, DATELINE, alone=(alone, lambda f: glossary_kind(str(f.value)) == "city"))


def _qualified_within(names: list[Fact], spans: list[tuple[int, int]], qualifier: str, *,
                      alone: tuple[list[tuple[int, int]], Callable[[Fact], bool]] = ([], bool)) -> list[Fact]:
    """The names inside one of `spans` given `qualifier`, and those inside one of `alone`'s spans that pass its test."""
    def inside(f: Fact, where: list[tuple[int, int]]) -> bool:
        return any(start <= f.start and f.end <= end for start, end in where)
    return [dataclasses.replace(f, qualifier=qualifier) if inside(f, spans) or inside(f, alone[0]) and alone[1](f)
            else f for f in names]


# a capitalised word right before another (a month's name)
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’-])[A-ZА-ЯЁІЇЄҐ][\w'’-]*[ \u00a0]\Z")


def _months_in_glossary_names(text: str, lang: str) -> list[tuple[int, int]]:
    """The month names that are words of a glossary name ("a Long March 5 rocket"): no date, though a figure follows.
    The name reader still reads them (only the date reader is kept off)."""
    spans = []
    for word in re.finditer(r"[^\W\d_]+", text):
        if word.group().casefold() not in month_names(lang):
            continue
        before = _CAPITALISED_BEFORE.search(text, max(0, word.start() - 40), word.start())
        if before and opens_a_glossary_phrase(text, before.start(), lang):
            spans.append(word.span())
    return spans


def _places_of_kyiv_time(text: str, facts: list[Fact], names: list[Fact], rules: Rules) -> list[Fact]:
    """The city of the words that make a clock time Kyiv's and say nothing else (`times.kyiv_time_only`: "10:41 Kyiv
    time", "01:30 пятницы по Киеву", a weekday maybe between) is a part of the time, a gloss (`amounts.CONVERTED`) no
    edition giving the time in another zone ("2330 GMT") names; not "у Києві", which may say where."""
    weekdays = {f.start: f.end for f in facts if f.kind == "weekday"}
    spans = []
    for time in (f for f in facts if f.kind == "time"):
        space = _SPACE.match(text, time.end)
        kyiv = rules.kyiv_time_only_after.match(text, time.end) or (
            space and space.end() in weekdays and rules.kyiv_time_only_after.match(text, weekdays[space.end()]))
        if kyiv:
            spans.append(kyiv.span())
    return _qualified_within(names, spans, CONVERTED)


_SPACE = re.compile(r"[ \u00a0]+")


def _counts_what_follows(text: str, numeral: Fact, lang: str) -> bool:
    """A Roman numeral counts the noun after it ("VIII скликання", "ІІ світової війни"), or it is a regnal
    number: after a first name ("Карл ІІІ став королем"), or before a verb or a preposition ("Папа Лев XIV у
    Ватикані")."""
    before = re.search(r"([^\W\d_]+)[ \u00a0]+$", text[max(0, numeral.start - 40):numeral.start])
    if before is not None and before.group(1)[:1].isupper() and is_given_name(before.group(1), lang):
        return False
    # the first of a range counts what follows its last ("I–III квартали"); a scale word counts its thousands ("IV
    # тис. до н. е.": the 4th millennium BC), which a dictionary may not know
    after = re.match(r"(?:[\-–][^\W\d_]+)?[ \u00a0]+([^\W\d_]+)", text[numeral.end:])
    return (after is None or is_noun_or_adjective(after.group(1), lang)
            or rules_for(lang).scale.match(text, numeral.end) is not None)


# a blood group in the notation of Ukrainian and Russian medicine ("0(I) Rh−", "AB(IV) Rh+"), which English copy
# writes in words ("O-negative"): no zero, no Roman numeral
# a time zone's offset from UTC ("UTC+3", "GMT +03:00", "UTC−5"): no clock time, no figure the story states
ZONE_OFFSET = re.compile(r"(?<!\w)(?:UTC|GMT)[ \u00a0]?[+−–-][ \u00a0]?\d{1,2}(?::\d\d)?(?![\d:])")
BLOOD_GROUP = re.compile(r"(?<![\w(])(?:0|O|О|AB|АВ|A|А|B|В)[ \u00a0]?\((?:IV|ІV|I{1,3}|І{1,3})\)"
                         r"(?:[ \u00a0]?Rh[ \u00a0]?[+−–-]?)?(?!\w)")
# a compound fertiliser's grade, its nitrogen, phosphorus and potassium in per cent ("NPK 16:16:16", "NPK 16-16-16"):
# one code, written with colons or dashes, no clock time nor three figures
FERTILISER_GRADE = re.compile(r"(?<!\w)NPK[ \u00a0]?(\d{1,2})([:\-–/])(\d{1,2})\2(\d{1,2})(?![\d:\-–/])")
# a capitalised Cyrillic word with figures glued after it: a brand's name ("Приват24", as "Privat24" is), no figure; a
# lower-case word glued to a figure is a typo that keeps it ("платити350 доларів"), and so is a word of no noun's
# ("Понад300 людей"), and a capital alone a preposition ("В2022 году")
GLUED_BRAND = re.compile(r"(?<![\w-])([А-ЯЁІЇЄҐ][а-яёіїєґ'’]{2,})\d{1,4}(?![\w,.]\d|\w)")
_LETTER_AND_FIGURE = re.compile(r"(?<!\w)([^\W\d_])(\d+)(?!\w)")


def capital_codes(text: str) -> frozenset[tuple[str, str]]:
    """The codes of a capital glued to a figure ("В13", "B13") that `text` writes, as (letter, figure), the letter
    in Latin where it has a Latin look-alike; not a capital that opens a sentence ("В2022 году цены ...": a
    preposition glued to a year)."""
    return frozenset((_code_letter(m.group(1)), m.group(2)) for m in _LETTER_AND_FIGURE.finditer(text)
                     if m.group(1).isupper() and not _opens_a_sentence(text, m.start()))


def _opens_a_sentence(text: str, start: int) -> bool:
    """Nothing but spaces before `start` since the text's or a line's start, or since a sentence's end mark and
    a space (read backwards from `start`: an edition may hold thousands of codes)."""
    i = start
    while i > 0 and text[i - 1].isspace() and text[i - 1] != "\n":
        i -= 1
    return i == 0 or text[i - 1] == "\n" or (i < start and text[i - 1] in ".!?…»\"”")


def _code_letter(letter: str) -> str:
    capital = letter.upper()
    return _lookalikes()[0].get(capital, capital)


# two or three Latin capitals, a space and a figure of up to three digits and no more: a flight's or a model's code
# written spaced ("flight PS 101", "MH 17") where other editions glue it ("PS101"); four digits are mostly a year
# ("NMT 2025"); no decimal's whole ("HR 0·78")
SPACED_CODE = re.compile(r"(?<![\w.&-])([A-Z]{2,3}) (\d{1,3})(?![\d\w%-]|[.,·:/]\d| \d{3}(?!\d))")
# and two or three capitals in either script before four digits that are no year, after a word of models: a seed
# hybrid's or a model's code ("гібрид ДКС 3730" / "the DKC3730 hybrid"), no more figures after it ("УКТ ЗЕД 8703 80"
# is a customs code's)
_MODEL_WORD_REACH = 40  # "гібриди Pioneer P9074 і ДКС 4351"
SPACED_MODEL = re.compile(r"(?<![\w.&-])([A-ZА-ЯЄІЇҐЁ]{2,3}) ((?!19|20)\d{4})(?![\d\w%-]|[.,:/]\d| \d)")
# an airline's two letters (or a letter and a figure) and a flight's four figures, a few words after a word of flights
# ("Flights LH 1494 and LH 1496", "рейс авіакомпанії LH 1494")
SPACED_FLIGHT = re.compile(r"(?<![\w.&-])([A-Z][A-Z0-9]|[0-9][A-Z]) (\d{4})(?![\d\w%-]|[.,:/]\d| \d)")


# a figure glued to one or two Latin capitals and nothing more: a technology's generation or format ("5G", "3D",
# "2FA") or a numbered document's letter ("General License 131A", "ліцензія №131A"), which the name reader, reading
# words that start with a letter, never sees; not a thousand, a million or a billion ("5K runners", "revenue hit
# 500M.", "12B parameters"), nor an era ("1200BC")
FIGURE_LED_CODE = re.compile(r"(?<![\w.,/-])(?:\d(?![KMB](?![A-Z]))|\d{2,4}(?![KM](?![A-Z])|B(?![A-Z])[ \u00a0-]+"
                             r"[^\W\d_]|BC(?!\w)|AD(?!\w)))[A-Z]{1,2}(?![\w-]|[.,]\d)")


def _figure_led_codes(text: str, taken: list[tuple[int, int]]) -> list[Fact]:
    return [Fact("name", guess_key(m.group(0), "en"), m.group(0), m.start(), m.end())
            for m in FIGURE_LED_CODE.finditer(text) if not overlaps(taken, m.start(), m.end())]


def read_numbered_codes(text: str, rules: Rules, taken: list[tuple[int, int]]) -> list[Fact]:
    """A number sign's figure with a capital glued to it, in Latin or in the locale's letters (`numbers.code_letters`:
    "ліцензія №131А", "General License No. 131A", "маршрут № 101Н" / "route No. 101N"), or a figure after a word
    making it a code: a code every edition keys in Latin, as it keys "131A" written without the sign."""
    codes = []
    for m in rules.number_sign_code.finditer(text):
        if not overlaps(taken, m.start(1), m.end()):
            code = m.group(1) + rules.code_letters.get(m.group(2), m.group(2))
            codes.append(Fact("name", guess_key(code, "en"), text[m.start(1):m.end()], m.start(1), m.end()))
    # a word that makes a code of its figure (`numbers.code_words`: "Ду 1000" is the pipe "DN1000")
    for m in rules.code_word.finditer(text):
        if not overlaps(taken, m.start(), m.end()):
            code = rules.code_words[m.group(1)] + m.group(2)
            codes.append(Fact("name", guess_key(code, "en"), m.group(0), m.start(), m.end()))
    return codes


_ADDRESS_REACH = 40  # how far before a house's number the address's word may start ("вул. Паникахи, 33-В")


def _lettered_figures(text: str, rules: Rules, taken: list[tuple[int, int]]) -> list[Fact]:
    """A house's, a flat's or an item's number, a figure with one of the locale's house letters glued to it
    (`numbers.house_letters`: "19а", "19a", "12б"; in capitals, after a hyphen or glued, in an address: "вул.
    Паникахи, 33-В", "8B Heroiv Avenue"), a code of the figure and the letter in Latin, as every edition numbers the
    house alike; not a letter that is an ending or a unit ("90е годы", "5й", "200г", "9a.m.", "$8B", "11-А клас")."""
    def in_an_address(m: re.Match) -> bool:  # a capital letter is a house's in an address only ("11-А клас", "$8B")
        before = rules.house_words_before.search(text, max(0, m.start() - _ADDRESS_REACH), m.start())
        return m.group(2) is not None or bool(rules.house_street_after.match(text, m.end()) or before)
    return [Fact("code", m.group(1) + rules.house_letters[(m.group(2) or m.group(3)).casefold()], m.group(0),
                 m.start(), m.end())
            for m in rules.house_number.finditer(text) if not overlaps(taken, m.start(), m.end()) and in_an_address(m)]


def _spaced_codes(text: str, rules: Rules, taken: list[tuple[int, int]], lang: str) -> list[Fact]:
    """`SPACED_CODE`s, each a name keyed as its glued spelling is; not a sum or a measure ("USD 500", "SDR 822
    million", "to MAZ 250 km"), nor a kind of year and its year ("FY 24") or an era's ("AD 79": `years.era_words`), nor
    a name the glossary knows or a month before a figure of the sentence ("According to the UN 300 civilians", "DEC
    11"), nor a name before a day and its month ("UPG 8 грудня"), nor a time zone's letters before a figure ("з 06:00
    до 14:00 UTC 11 і 12 грудня")."""
    # a model's code only after a word of models (`numbers.model_words`: "гібриди Pioneer P9074 і ДКС 4351"): "ВПО
    # 1200 осіб" are 1,200 people, "THB 1500" a sum
    models = [m for m in SPACED_MODEL.finditer(text)
              if rules.model_word_before.search(text, max(0, m.start() - _MODEL_WORD_REACH), m.start())]
    models += [m for m in SPACED_FLIGHT.finditer(text)
               if rules.flight_word_before.search(text, max(0, m.start() - _MODEL_WORD_REACH), m.start())]
    return [Fact("name", guess_key(m.group(1) + m.group(2), lang), m.group(0), m.start(), m.end())
            for m in [*SPACED_CODE.finditer(text), *models]
            if rules.currency_code(m.group(1)) is None and not amount_follows(text, m.end(), rules)
            and not rules.year_prefixed.match(text, m.start()) and rules.month(m.group(1)) is None
            and not is_glossary(name_key(m.group(1), lang)) and not overlaps(taken, m.start(), m.end())
            and m.group(1) not in rules.era_words
            and not _a_month_after(text, m.end(), rules) and m.group(1).casefold() not in rules.zone_codes]


_NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_]+)")


def _a_month_after(text: str, end: int, rules: Rules) -> bool:
    """A month's name right after `end`, in the case the language writes months: the figure before it is a day ("WOG
    та UPG 8 грудня"; "IL 76 may land" is a plane and a verb)."""
    after = _NEXT_WORD.match(text, end)
    return after is not None and rules.date_month_only.match(text, after.start(1)) is not None


def _codes_typed_in_lower_case(text: str, codes: frozenset[tuple[str, str]]) -> list[tuple[int, int]]:
    """A letter glued to a figure ("в13") where the edition also writes it with a capital (`codes`: "матрас ...
    В13" or "B13"): a code typed in lower case once, not a preposition glued to a figure ("в2022 году"), and no
    figure (as "В13" is none: a capital glued to a figure makes a code, see rules.py)."""
    return [(m.start(), m.end()) for m in _LETTER_AND_FIGURE.finditer(text)
            if m.group(1).islower() and (_code_letter(m.group(1)), m.group(2)) in codes]


@lru_cache(maxsize=1)
def _lookalikes() -> tuple[dict[str, str], dict[str, str]]:
    """(Cyrillic letter -> the Latin one it looks like, and back), from the locales' `language.latin_lookalikes`."""
    pairs = merged("language.latin_lookalikes")
    return {cyrillic: latin for cyrillic, latin in pairs}, {latin: cyrillic for cyrillic, latin in pairs}


def code_typed_in_latin(text: str) -> str | None:
    """A code's letters and figures with each Cyrillic capital as the Latin one it looks like, folded ("С1", "СС2"
    typed in Ukrainian copy for "C1", "CC2": "c1", "cc2"); None for a text with no figure."""
    if not any(ch.isdigit() for ch in text):
        return None
    to_latin = _lookalikes()[0]
    return "".join(to_latin.get(ch, ch) for ch in text if ch.isalnum()).casefold()


def in_one_script(text: str) -> str:
    """`text` with each word typed in two scripts (`langid.mixed_script_words`, which the `language` check
    reports) put in the script most of its letters are in, where the others look alike ("WНO" with a Cyrillic Н
    is "WHO", as "cостоит" with a Latin c is "состоит"): a typist's slip, which no reader of names or figures
    would otherwise match. Letter for letter, so offsets hold."""
    to_latin, to_cyrillic = _lookalikes()
    letters = list(text)
    for start, _end, word, scripts in mixed_script_words(text):
        if set(scripts) != {"Latin", "Cyrillic"}:
            continue
        latin = sum(script_of(ch) == "Latin" for ch in word)
        cyrillic = sum(script_of(ch) == "Cyrillic" for ch in word)
        if latin == cyrillic:
            continue  # nothing says which script the word is in
        minority, table = ("Cyrillic", to_latin) if latin > cyrillic else ("Latin", to_cyrillic)
        strays = [i for i, ch in enumerate(word) if script_of(ch) == minority]
        if all(word[i] in table for i in strays):  # else a letter with no look-alike: a name in two scripts
            for i in strays:
                letters[start + i] = table[word[i]]
    return "".join(letters)


def _qualifies_a_currency(text: str, name: Fact, rules: Rules) -> bool:
    """A place named right before a currency's name ("US dollar", "Hong Kong dollars"), or after it in an
    acronym ("долара США"): it names the currency, not the place, and editions give it or leave it out as they
    please ("по отношению к доллару"). A place written out after the currency is mostly where it goes ("175
    млн доларів Україні")."""
    if name.entity not in PLACES or rules.currency_named is None:
        return False
    after = re.match(r"[ \u00a0]+", text[name.end:name.end + 2])
    if after and rules.currency_named.match(text, name.end + after.end()):
        return True
    before = re.search(r"(?<!\w)(\w+)[ \u00a0]+\Z", text[max(0, name.start - 40):name.start])
    return bool(before and name.text.isupper() and rules.currency_named.fullmatch(before.group(1)))


def _with_sentence(facts: list[Fact], offset: int, index: int) -> list[Fact]:
    return [dataclasses.replace(f, start=f.start + offset, end=f.end + offset, sentence=index) for f in facts]


def read_story_facts(analysis: Analysis) -> Analysis:
    """Fill `analysis.facts` (each edition in its own language, offsets into Edition.text, Fact.sentence
    set from its segmentation) and `analysis.pivot_facts` (from each MT output).

    Pivot-fact convention: the translated sentences are joined with "\\n"; offsets point into that
    joined string and Fact.sentence is the index of the translated (= source) sentence.

    Numeric dates that read both ways ("10/11/22") are read, in every edition and MT output alike, in the
    order the whole story shows (`dates.numeric_date_order`): the sentence or the language alone cannot say.
    """
    story = analysis.story
    published = story.config.published
    order = numeric_date_order([(e.text, rules_for(e.lang)) for _, e in sorted(story.editions.items())],
                               story.config.date_order)
    facts: dict[str, tuple[Fact, ...]] = {}
    pivot_facts: dict[str, tuple[Fact, ...]] = {}
    for key in sorted(story.editions):
        edition = story.editions[key]
        segmentation = analysis.segmentations.get(key)
        collected: list[Fact] = []
        if segmentation is not None and segmentation.sentences:
            # a word the edition also writes in lower case is a common word wherever it is capitalised
            lowercase = lowercase_stems(edition.text, edition.lang)
            codes = capital_codes(edition.text)
            for sentence in segmentation.sentences:
                found = _extract(sentence.text, edition.lang, published, sentence_starts=[_first_letter(sentence.text)],
                                 lowercase=lowercase, order=order, codes=codes)
                collected += _with_sentence(found, sentence.start, sentence.index)
        else:
            collected = _extract(edition.text, edition.lang, published, None, order=order)
        collected = read_in_its_whole_text(edition.text, collected, rules_for(edition.lang))
        facts[key] = tuple(with_carried_currency(collected, edition.text, edition.lang))

        translation = analysis.translations.get(key)
        if translation is not None and translation.sentences:
            offset = 0
            pivot_collected: list[Fact] = []
            pivot_codes = capital_codes("\n".join(translation.sentences))
            for index, sentence_text in enumerate(translation.sentences):
                found = _extract(sentence_text, translation.pivot, published, sentence_starts=[_first_letter(sentence_text)],
                                 order=order, codes=pivot_codes)
                pivot_collected += _with_sentence(found, offset, index)
                offset += len(sentence_text) + 1
            # a table's rows under their heading; no paragraph: the translated sentences come one a line
            pivot_text = "\n".join(translation.sentences)
            pivot_collected = _scaled_by_their_heading(pivot_text, pivot_collected, rules_for(translation.pivot))
            pivot_facts[key] = tuple(with_carried_currency(pivot_collected, pivot_text, translation.pivot))
    return dataclasses.replace(analysis, facts=facts, pivot_facts=pivot_facts)


# the smallest amount that takes its currency from the same amount elsewhere in its edition: a sum of millions
# said again without its sign ("reaching a record 135 billion" after "$135 billion") is that sum, while a
# small figure said again is as often a count of something else
CURRENCY_CARRIED_FROM = 1_000_000


def with_carried_currency(facts: list[Fact], text: str, lang: str) -> list[Fact]:
    """An amount given without a currency, where its edition gives the same amount elsewhere in one currency
    and no other, is that sum of money: so another currency in another edition's place of it is seen. Not
    an amount that counts something it names ("1 million children" beside "$1 million"): a word after it
    other than a function word is what it counts."""
    currencies: dict[float, set[str]] = {}
    for f in facts:
        if f.kind == "money" and f.unit:
            currencies.setdefault(f.value, set()).add(f.unit)
    carried = []
    for f in facts:
        units = currencies.get(f.value, set()) if f.kind == "amount" and f.unit is None else set()
        if len(units) == 1 and f.value >= CURRENCY_CARRIED_FROM:
            following = _NEXT_WORD.match(text, f.end)
            if following is None or following.group(1).casefold() in name_rules(lang)[2]:  # the function words
                f = dataclasses.replace(f, kind="money", unit=next(iter(units)))
        carried.append(f)
    return carried


_NEXT_WORD = re.compile(r"[ \t]*([^\W\d_]+)")


def _first_letter(text: str) -> int:
    m = re.search(r"\w", text)
    return m.start() if m else 0
