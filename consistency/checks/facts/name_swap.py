"""How sure the facts check is of a name: read through the glossary or only guessed from a transliteration,
written in the edition in some other form, or swapped for another name."""

from __future__ import annotations

from typing import Iterable

from consistency.checks.facts.clusters import Cluster
from consistency.checks.facts.context import Context
from consistency.checks.facts.segments import Sentences, segment_span
from consistency.model import Analysis, Fact
from consistency.stages.facts.name_keys import WordForms, form_of, glossary_skeletons, is_glossary, same_name, word_keys


def clear_name(facts: Iterable[Fact]) -> bool:
    """Names matched through the alias glossary (not a fuzzy guess) in at least two editions."""
    return sum(1 for f in facts if f.kind == "name" and is_glossary(str(f.value))) >= 2


def named_in(ctx: Context, key: str, segment: Sentences, names: list[str]) -> bool:
    """Whether `key`'s segment (the whole edition without segments) writes one of the names in some
    form: a case form or an adjective the glossary misses ("Russian" for Russia, "Китаї" for China)."""
    lang = ctx.analysis.story.editions[key].lang
    forms = ctx.word_forms(key, segment, lambda: _segment_words(ctx.analysis, key, segment))
    return any(forms.has_form_of(form) for name in names for form in [name] + glossary_skeletons(name, lang))


def _segment_words(analysis: Analysis, key: str, segment: Sentences) -> WordForms:
    span = segment_span(analysis, key, segment)
    edition = analysis.story.editions[key]
    text = edition.text[span[0] : span[1]] if span else edition.text
    return WordForms(word_keys(text, edition.lang))


def is_name_swap(ctx: Context, c: Cluster, d: Cluster, segment: Sentences) -> bool:
    """Two editions name X where the third names Y, both sure names, and Y is no form of X: Y stands
    where X should. Sure means read through the glossary, or (for a transliterated guess) confirmed
    across editions: Y is a name another edition gives elsewhere in the story, and X is one the third
    edition gives elsewhere. A guess that no other edition confirms is more often a translation we
    cannot read ("China" / "Китай", "Welsh" / "Уельсу") than a swap, and an acronym more often a
    translated one ("AI" / "ШІ"). X written anywhere in the third edition's segment in some form (an
    adjective, a case form, a capital at a sentence start) is no swap either."""
    if c.first().kind != "name" or d.first().kind != "name":
        return False
    lone, pair = (c, d) if len(c.members) < len(d.members) else (d, c)
    if len(lone.members) != 1 or len(pair.members) < 2:
        return False
    (key, fact), = lone.members.items()
    y = str(fact.value)
    xs = sorted({str(f.value) for f in pair.members.values()})
    if _acronym_guess(fact) or any(_acronym_guess(f) for f in pair.members.values()):
        return False
    if any(form_of(x, y) or form_of(y, x) for x in xs):
        return False
    # X in some form in the third edition's segment, or Y in some form in the pair's segments: no swap
    for edition, names in [(key, xs)] + [(k, [y]) for k in pair.members]:
        if named_in(ctx, edition, segment, names):
            return False
    # only facts the index files with a name can be the same name: the index spares a scan of every edition
    y_sure = is_glossary(y) or any(
        other != key and any(f.kind == "name" and same_name(y, str(f.value)) for f in ctx.doc_index(other).near(fact))
        for other in ctx.doc_facts)
    x_sure = any(is_glossary(x) for x in xs) or any(
        f.kind == "name" and f is not fact and any(same_name(x, str(f.value)) for x in xs)
        for named in pair.members.values() for f in ctx.doc_index(key).near(named))
    return y_sure and x_sure


def _acronym_guess(fact: Fact) -> bool:
    """An acronym the glossary does not know ("AI", "NSF"): often translated, so never sure."""
    return not is_glossary(str(fact.value)) and fact.text.replace(".", "").isupper()
