"""Step 5 of the facts check (see check.py): a fact all editions agree on that an edition's MT output lost
or changed is a slip of the translation, not an error of the edition."""

from __future__ import annotations

from consistency.checks.facts.clusters import Cluster, Segment
from consistency.checks.facts.context import Context, Tally
from consistency.checks.facts.findings import make_finding
from consistency.checks.facts.relations import check_for, describe, distance, is_weak, rival, significant_digits
from consistency.model import Fact, Finding, Translation
from consistency.stages.facts.name_keys import (
    WordForms,
    glossary_skeletons,
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
    # with the MT's "4-6 ... four to five": its "five" is the "пять", and the "5" is lost)
    same = sorted((f for f in said_here if ctx.tolerances.relation(own, f) == "equal"),
                  key=lambda f: (not is_weak(f), f.start))
    place = next((n for n, f in enumerate(same) if f is own), 0)
    if sum(1 for p in pivot if _states(ctx, own, p)) > place:
        return None
    in_range = own.sentence is not None and own.sentence < len(translation.sentences)
    mt_text = translation.sentences[own.sentence] if in_range else ""
    if own.kind == "name" and (_sounds_in(own, ctx.analysis.story.editions[edition].lang, mt_text, translation.pivot)
                               or _written_in(own, mt_text, translation.pivot)):
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
    surname's consonants, or those consonants and more, are a word of the MT sentence."""
    sound = surname_sound(name.text, lang)
    # two consonants ("mn" of Amun) only in a capitalised word: "many" is no form of "Амона"
    return len(sound) >= 2 and any(sound_key(w, pivot).startswith(sound) and (len(sound) >= 3 or w[:1].isupper())
                                   for w in name_words(mt_text))


def _written_in(name: Fact, mt_text: str, pivot: str) -> bool:
    """The MT writes a place the glossary knows in a form its name reader does not take for the name: a word
    derived from it ("Грузии" / "Former Georgian President", "Германии" / "the German government") or part
    of a hyphenated word ("Китая" / "the one-China policy"), as name_swap.named_in reads an edition."""
    key = str(name.value)
    skeletons = glossary_skeletons(key, pivot)
    if key in skeletons:  # no glossary name: its skeleton is itself
        return False
    forms = WordForms(word_keys(mt_text.replace("-", " "), pivot))
    return forms.has_form_of(key) or any(forms.has_word_from(skeleton) for skeleton in skeletons)
