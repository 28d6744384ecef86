"""A suggested fix for an altered figure or date: the value the other editions agree on, written the way
the odd edition writes it ("157 млн долларов" → "175 млн долларов", "December 5" → "December 6").

A suggestion is made by rewriting the odd edition's own span (its figures scaled to the agreed value, its
month word put in the same form of the agreed month) and is kept only when the edition's own fact reader
reads the rewritten sentence back as the agreed value: it is never a guess a person would have to check
against the locale rules.

    findings = with_suggestions(analysis, findings)
"""

from __future__ import annotations

import os
import re
from dataclasses import replace
from decimal import Decimal
from typing import Iterable, Sequence

from consistency.checks.facts.context import Tolerances
from consistency.locales import cldr_month_names
from consistency.model import Analysis, Fact, Finding
from consistency.stages.facts import extract_facts
from consistency.stages.facts.amounts import is_decimal_use, parse_number
from consistency.stages.facts.rules import Rules, rules_for

SUGGESTED_CHECKS = ("numbers", "dates")
DIGITS = re.compile(r"\d[\d\s\u00a0\u202f\u2009.,]*\d|\d")
WORD = re.compile(r"\w+", re.UNICODE)


def _fact_at(analysis: Analysis, key: str, span: tuple[int, int]) -> Fact | None:
    return next((f for f in analysis.facts.get(key, ()) if (f.start, f.end) == span), None)


def _agreed(analysis: Analysis, finding: Finding, odd: Fact, tolerances: Tolerances) -> Fact | None:
    """The fact the other editions of the finding agree on, when they are a majority: two or more, or the
    story's original or a source."""
    others = [(key, _fact_at(analysis, key, span)) for key, span in sorted(finding.spans.items()) if key != finding.edition]
    facts = [f for _, f in others if f is not None]
    if not facts or len(facts) != len(others):
        return None
    first = facts[0]
    if any(f.kind != first.kind or f.unit != first.unit or tolerances.relation(f, first) != "equal" for f in facts[1:]):
        return None
    if first.kind != odd.kind or first.unit != odd.unit or tolerances.relation(odd, first):
        return None
    editions = analysis.story.editions
    # story.toml's `original` is a language; a source is an edition key
    authority = any(editions[key].lang == analysis.story.config.original or editions[key].role == "source"
                    for key, _ in others)
    if len(facts) < 2 and not authority:
        return None
    return first


def _format_like(literal: str, number: Decimal, rules: Rules) -> str:
    """`number` written with the separators `literal` uses (a decimal comma, a space between thousands)."""
    decimal_char = next((c for c in literal if c in rules.decimal and is_decimal_use(literal, c)), rules.decimal_mark)
    group_char = next((c for c in literal if c in rules.group and c != decimal_char), None)
    text = format(number.normalize(), "f")
    whole, _, fraction = text.partition(".")
    if group_char is not None and len(whole) > 3:
        groups = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        whole = group_char.join([whole, *groups])
    return whole + (decimal_char + fraction if fraction else "")


def _scale_word_rewrites(text: str, ratio: Decimal, rules: Rules) -> Iterable[str]:
    """The span with its scale word put to the agreed scale in the same form ("175 мільярдів" →
    "175 мільйонів", "$5bn" → "$5m"): an edition that wrote the wrong scale gets its word back, not
    "0,175 мільярда"."""
    for m in WORD.finditer(text):
        word = m.group()
        folded = word.casefold()
        for key, value in rules.scale_values.items():
            stem = key[:-1] if key.endswith("*") else None
            if not (folded == key or (stem and folded.startswith(stem))):
                continue
            wanted = Decimal(str(value)) * ratio
            for other, other_value in rules.scale_values.items():
                if (Decimal(str(other_value)) != wanted or other.endswith("*") != bool(stem)
                        or other.endswith(".") != key.endswith(".")):  # "млрд" → "млн", not "млн."
                    continue
                form = other[:-1] + folded[len(stem):] if stem else other
                form = form[:1].upper() + form[1:] if word[:1].isupper() else form
                yield text[: m.start()] + form + text[m.end():]


def _figure_rewrites(text: str, odd: Fact, agreed: Fact, rules: Rules) -> Iterable[str]:
    """The span with its scale word put right, else each of its figures scaled by agreed/odd:
    "157 млн" → "175 млн"."""
    if not isinstance(odd.value, (int, float)) or not isinstance(agreed.value, (int, float)) or not odd.value:
        return
    ratio = Decimal(str(agreed.value)) / Decimal(str(odd.value))
    yield from _scale_word_rewrites(text, ratio, rules)
    for m in DIGITS.finditer(text):
        number = parse_number(m.group().strip(), rules)
        if number is None:
            continue
        scaled = (number * ratio).quantize(Decimal("0.000001")).normalize()
        yield text[: m.start()] + _format_like(m.group().strip(), scaled, rules) + text[m.start() + len(m.group().strip()):]


def _date_parts(value: str) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) of an ISO date the facts stage writes: "2023-12-06", "--12-06" (no year), "2023-12"."""
    m = re.fullmatch(r"(?:(\d{4})|-)(?:-(\d{2}))?(?:-(\d{2}))?", str(value))
    if m is None:
        return None, None, None
    year, month, day = (int(g) if g else None for g in m.groups())
    return year, month, day


def _date_rewrites(text: str, odd: Fact, agreed: Fact, lang: str) -> Iterable[str]:
    """The span with its day, month word and year put to the agreed date's, each as the span writes it."""
    (y0, m0, d0), (y1, m1, d1) = _date_parts(odd.value), _date_parts(agreed.value)
    rewritten = text
    if y0 != y1 and y0 is not None and y1 is not None:
        rewritten = re.sub(rf"(?<!\d){y0}(?!\d)", str(y1), rewritten)
    if m0 != m1 and m0 is not None and m1 is not None:
        for word in WORD.finditer(rewritten):
            forms = _month_in_same_form(word.group(), m0, m1, lang)
            if forms:
                # each form of the agreed month, the likeliest first: the reader picks the one it reads right
                for form in forms[1:]:
                    yield from _date_rewrites(rewritten[: word.start()] + form + rewritten[word.end():],
                                              replace(odd, value=_with_month(odd.value, m1)), agreed, lang)
                rewritten = rewritten[: word.start()] + forms[0] + rewritten[word.end():]
                break
    if d0 != d1 and d0 is not None and d1 is not None:
        rewritten = re.sub(rf"(?<!\d)0?{d0}(?!\d)", lambda m: f"{d1:0{len(m.group())}d}", rewritten, count=1)
        if re.search(rf"(?<!\d)0?{d0}(?!\d)", text) is None:
            return
    if rewritten != text:
        yield rewritten


def _with_month(value: str, month: int) -> str:
    year, _, day = _date_parts(value)
    return f"{year if year is not None else '-'}-{month:02d}" + (f"-{day:02d}" if day is not None else "")


def _month_in_same_form(word: str, month: int, target: int, lang: str) -> list[str]:
    """The agreed month in the form `word` has: CLDR's list the word is in (nominative, genitive, short),
    else every form the locale knows of it (a locative "березні" from `months.extra`), those ending like
    the word first."""
    def cased(name: str) -> str:
        return name[:1].upper() + name[1:] if word[:1].isupper() else name

    for names in cldr_month_names(lang):
        if names.get(month, "").casefold().rstrip(".") == word.casefold():
            return [cased(names[target].rstrip("."))]
    rules = rules_for(lang)
    if rules.month(word) != month:
        return []
    forms = [form for form, number in rules.month_values.items() if number == target]
    forms.sort(key=lambda form: (-len(os.path.commonprefix([form[::-1], word.casefold()[::-1]])), form))
    return [cased(form) for form in forms]


def _reads_as(sentence: str, start: int, end: int, agreed: Fact, lang: str, tolerances: Tolerances) -> bool:
    """Whether the edition's reader finds the agreed value in the rewritten span."""
    for fact in extract_facts(sentence, lang):
        if fact.start < end and start < fact.end and fact.kind == agreed.kind and tolerances.relation(fact, agreed) == "equal":
            return True
    return False


def suggestion_for(analysis: Analysis, finding: Finding, tolerances: Tolerances) -> str | None:
    """The odd edition's span rewritten to the value the other editions agree on, or None."""
    if finding.check not in SUGGESTED_CHECKS or finding.kind != "altered" or finding.edition not in finding.spans:
        return None
    key = finding.edition
    odd = _fact_at(analysis, key, finding.spans[key])
    if odd is None:
        return None
    agreed = _agreed(analysis, finding, odd, tolerances)
    if agreed is None:
        return None
    edition = analysis.story.editions[key]
    text = edition.text[odd.start: odd.end]
    rules = rules_for(edition.lang)
    candidates: Sequence[str] = list(_date_rewrites(text, odd, agreed, edition.lang) if odd.kind == "date"
                                     else _figure_rewrites(text, odd, agreed, rules))
    # read back inside the sentence: a scale word or a month needs its neighbours to be read as the editor sees it
    before, after = edition.text[max(0, odd.start - 80): odd.start], edition.text[odd.end: odd.end + 80]
    for candidate in candidates:
        if candidate != text and _reads_as(before + candidate + after, len(before), len(before) + len(candidate),
                                           agreed, edition.lang, tolerances):
            return candidate
    return None


def with_suggestions(analysis: Analysis, findings: Sequence[Finding]) -> list[Finding]:
    tolerances = Tolerances.of(analysis.story.config.thresholds)
    out = []
    for finding in findings:
        suggestion = suggestion_for(analysis, finding, tolerances)
        out.append(replace(finding, suggestion=suggestion) if suggestion is not None else finding)
    return out
