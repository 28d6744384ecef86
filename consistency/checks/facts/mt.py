"""Step 5 of the facts check (see check.py): a fact all editions agree on that an edition's MT output lost
or changed is a slip of the translation, not an error of the edition."""

from __future__ import annotations

import re

from consistency.checks.facts.clusters import Cluster, Segment
from consistency.checks.facts.context import Context, Tally
from consistency.checks.facts.findings import make_finding
from consistency.checks.facts.relations import check_for, describe, distance, is_weak, rival, significant_digits
from consistency.locales import load_locale
from consistency.model import Fact, Finding, Translation
from consistency.stages.facts.entities import is_known_word, is_plain_word
from consistency.stages.facts.name_keys import (
    WordForms,
    is_glossary,
    name_words,
    sound_key,
    surname_sound,
    word_keys,
)


def mt_induced(ctx: Context, segment: Segment, tally: Tally) -> list[Finding]:
    findings: list[Finding] = []
    for c in segment.clusters:
        # a figure said again ("the $20,000" once more) is checked where every edition says it again: each
        # edition's MT is compared with that edition's own sentence, so no pairing across editions is needed
        full = set(c.members) == set(ctx.editions)
        if not c.strong or (c.repeated and not full) or not _agreed_by_all(ctx, c):
            continue
        for k in c.members:
            if not _machine_translated(ctx, k):
                continue
            slip = _mt_slip(ctx, k, c.members[k], ctx.analysis.translations[k])
            if slip is not None:
                findings.append(slip)
                tally.add(k, "mt_induced")
    return findings


def _states(ctx: Context, own: Fact, translated: Fact) -> bool:
    """Whether the MT's fact states the edition's: the same, converted, or rounded; never more precise than
    the edition (a translation cannot know the "3" of "20,003" where the edition wrote "20 000")."""
    relation = ctx.tolerances.relation(own, translated)
    if relation == "rounding":
        return significant_digits(float(translated.value)) <= significant_digits(float(own.value))
    return relation is not None


def _agreed_by_all(ctx: Context, c: Cluster) -> bool:
    """Every edition states the cluster's fact: in this segment, or, where the aligner put an edition's
    sentence elsewhere, as many times in the whole story as every other edition (said once in each, or
    three times in each, it is the same fact wherever the alignment put it)."""
    if set(c.members) == set(ctx.editions):
        return True
    fact = c.first()
    counts = {ctx.tolerances.mentions(fact, ctx.doc_index(key)) for key in ctx.editions}
    return len(counts) == 1 and min(counts) >= 1


def _machine_translated(ctx: Context, edition: str) -> bool:
    """An MT output to compare with: not the pivot edition itself (passed through), and read for facts."""
    translation = ctx.analysis.translations.get(edition)
    return (translation is not None and translation.translator not in ("none", "pass-through")
            and edition in ctx.analysis.pivot_facts)


def _mt_slip(ctx: Context, edition: str, own: Fact, translation: Translation) -> Finding | None:
    """A warning when the MT output's sentence does not state `own`, showing what it gives instead."""
    pivot_facts = ctx.analysis.pivot_facts[edition]
    pivot = list(pivot_facts) if own.sentence is None else ctx.by_sentence(pivot_facts).get(own.sentence, [])
    said_here = ctx.by_sentence(ctx.analysis.facts.get(edition, ())).get(own.sentence, [])
    # a figure the sentence gives twice ("1+1") is stated as often by the MT: the MT's "4+1" keeps one "1".
    # What the MT states goes to the value's mentions in words first ("через 4-5 месяцев ... четыре-пять"
    # with the MT's "4-6 ... four to five": its "five" is the "пять", and the "5" is lost). The other day of a
    # range ("9 по 10 декабря") shares the span and is no second mention of this one.
    same = sorted((f for f in said_here if (f is own or (f.start, f.end) != (own.start, own.end))
                   and ctx.tolerances.relation(own, f) == "equal"),
                  key=lambda f: (not is_weak(f), f.start))
    place = next((n for n, f in enumerate(same) if f is own), 0)
    if sum(1 for p in pivot if _states(ctx, own, p)) > place:
        return None
    in_range = own.sentence is not None and own.sentence < len(translation.sentences)
    mt_text = translation.sentences[own.sentence] if in_range else ""
    if own.kind == "amount" and _figure_copies(own, mt_text) > place:
        return None
    lang = ctx.lang(edition)
    if own.kind == "name" and (_sounds_in(own, lang, mt_text, translation.pivot) or _written_in(own, mt_text, translation.pivot)
                               or _copied_in(own, mt_text) or _translatable(own, lang)):
        return None
    # the MT's rendering of this fact is among what it gave that matches nothing else the
    # edition says in that sentence ("Washington" is the translation of "Вашингтоне")
    neighbours = [f for f in said_here if f is not own]
    changed = [p for p in pivot if rival(own, p)
               and not any(ctx.tolerances.relation(o, p) for o in neighbours)]
    said = f'"{describe(min(changed, key=lambda p: distance(own, p)))}"' if changed else "nothing"
    msg = (f"MT output of {edition} gives {said} for {describe(own)}, which all editions agree on"
           + (f' (MT: "{mt_text.strip()}")' if mt_text else ""))
    return make_finding(ctx.analysis, check_for(own), "warning", edition, "mt-induced", msg, {edition: own})


def _sounds_in(name: Fact, lang: str, mt_text: str, pivot: str) -> bool:
    """The MT writes the name in a form the pivot's name reader does not take for it: transcribed otherwise
    ("Амона" / "Amun"), as an adjective ("Египта" / "Egyptian") or in lower case ("zakharova"). Its
    surname's consonants, or those consonants and more, are a word of the MT sentence; where the last word is a
    letter or a number ("Спутник V"), the name's longest word's."""
    sound = surname_sound(name.text, lang)
    if len(sound) < 2:
        sound = max((sound_key(w, lang) for w in name_words(name.text)), key=len, default="")
    # two consonants ("mn" of Amun) only in a capitalised word: "many" is no form of "Амона"
    return len(sound) >= 2 and any(sound_key(w, pivot).startswith(sound) and (len(sound) >= 3 or w[:1].isupper())
                                   for w in name_words(mt_text))


def _written_in(name: Fact, mt_text: str, pivot: str) -> bool:
    """The MT writes a place the glossary knows in a form its name reader does not take for the name: a word
    derived from it ("Грузии" / "Former Georgian President", "Германии" / "the German government"), an
    adjective the locale lists ("Франции" / "French President") or part of a hyphenated word ("Китая" / "the
    one-China policy"), as name_swap.named_in reads an edition."""
    key = str(name.value)
    return is_glossary(key) and WordForms(word_keys(mt_text.replace("-", " "), pivot)).has_name(key, pivot)


def _copied_in(name: Fact, mt_text: str) -> bool:
    """The MT keeps the name as the edition writes it, inside a word its name reader does not take for a name
    ("2085/EL" for the edition's "2085/EL")."""
    return re.search(rf"(?<!\w){re.escape(name.text)}(?!\w)", mt_text) is not None


def _figure_copies(figure: Fact, mt_text: str) -> int:
    """How often the MT writes a plain figure's digits as the edition does, where its reader may not take them
    for a figure of their own: glued to a name or a unit ("Nord Stream-2" for "Северный поток - 2", "200g." for
    "200 г"), or with the edition's decimal comma ("0,10 g"). Not for dates: "June 25" is no reading of
    "25-го года"."""
    digits = re.fullmatch(r"\d(?:[\d\s.,]*\d)?", figure.text.strip())
    if digits is None:
        return 0
    return len(re.findall(rf"(?<!\d)(?<![.,]\d){re.escape(digits.group())}(?!\d)(?![.,]\d)", mt_text))


def _translatable(name: Fact, lang: str) -> bool:
    """A name an MT may translate rather than transcribe, so that its absence from the MT's sentence is no slip:
    not one the glossary knows (a place, an institution: those the MT must render), and each word of it a
    common word of the edition's language its dictionary knows ("Открытие Инвестиции" / "Otkritie Investments",
    "Ромашка" / "Daisy", "Самокат" / "Scooter") or an abbreviation in the edition's own letters ("ДУ" / "remote
    control"). A person's name is always transcribed: the dictionary knows it as a name, or does not know it."""
    if is_glossary(str(name.value)):
        return False
    words = name_words(name.text)
    starts = tuple(load_locale(lang).get("names.compound_abbreviation_starts", []))
    return bool(words) and all(is_plain_word(w, lang) or _abbreviation(w, starts, lang) for w in words)


def _abbreviation(word: str, compound_starts: tuple[str, ...], lang: str) -> bool:
    """Capitals of a script other than the pivot's Latin one ("ДУ", "МВС"), or a compound abbreviation: a word
    the dictionary does not know that starts as the locale's do ("Минцифры", "Госиздат")."""
    if not word.isascii() and word.isupper() and len(word) >= 2:
        return True
    lowered = word.casefold()
    return (lowered.startswith(compound_starts) and len(lowered) > max(map(len, compound_starts), default=0)
            and not is_known_word(word, lang))
