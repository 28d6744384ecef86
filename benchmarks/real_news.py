"""Trust on news the tool has never seen: clean human translations and injected changes, checked as
story folders through the whole pipeline, on NTREX-128 (three editions: en/uk/ru) and WMT22 (two
editions: the uk or ru original and its English reference).

    .venv/bin/python benchmarks/real_news.py [--docs N] [--kinds figure,month] [--corpora ntrex,wmt22-uk]
                                             [--embeddings] [--misses 3] [--json FILE] [--compare REV]

Stories. NTREX-128: each document's en, uk and ru lines (line i of each is a translation of line i),
one line a paragraph, as benchmarks/facts.py writes them. WMT22 (wmttest2022.{uk-en,ru-en}.all.xml):
documents with at least two segments; `<src>` is the original edition, `<ref>` the English one; a
`<p>` is a paragraph and its segments are joined by a space, except that a segment with no final
punctuation in the original (a headline, a title line, a bullet) ends its paragraph, as it stands on
its own line on the page; every WMT22 document is a single `<p>`, so without this a headline would run
into the first sentence. Corpora, reported separately: `ntrex`; `wmt22-uk` (every uk document with two
segments or more: news, social posts, chats, shop texts; the ids do not say which);
`wmt22-ru-news` (the ru documents of domain "news": lenta.ru, kommersant, izvestiya, ...);
`wmt22-ru-other` (the other ru documents: social posts and e-commerce).

Each story goes through `Pipeline(Options(translator="none", embeddings=False)).run(folder)` (all
checks; `--embeddings` turns the embedding model on). Measured per corpus:

1. Clean stories: how many carry an error, how many a warning. Every error on a clean story is written
   to benchmarks/data/real_news_clean_errors.tsv with the verdict read from
   benchmarks/data/real_news_adjudication.tsv (key: corpus, doc, check and a finding key made of the
   kind, the edition and the texts the finding quotes; verdict `real`: the human texts do differ,
   `false`: a false alarm), and counted as real differences, false alarms, not yet adjudicated. Warnings
   on clean stories are read against the same file: a clean story whose every warning is a real
   difference between the human texts (a name or a figure one translator left out) is warned rightly,
   so the table also counts the clean stories with a warning not judged real; `--clean-warnings N`
   prints those warnings with their keys, for the file.
2. Injected changes, one per story copy, in one edition (NTREX: the changed edition rotates over en, uk,
   ru; WMT22: over the original and en), each kind with its own seeded random stream per document, so
   `--kinds` and `--docs` inject the same changes as the full run. Kinds, drawn from what the extractor
   (`consistency.stages.facts.extract_facts`) reads in the edition:
   - figure, scale (million ↔ billion), currency, date (the day or the year), unit: `inject` of
     benchmarks/facts.py (a list's number, "2. ...", is not taken for a figure);
   - month: the month of a date or a bare month ("in March" → "in May", "у березні" → "у квітні",
     "в марте" → "в апреле", inflected with pymorphy3), reported apart as bare / in a date;
   - person: a person's name (uk, ru: pymorphy3 knows it as a first name or surname; en: an aligned uk or
     ru segment does) replaced by a well-known person's, inflected into the original's case;
   - place: a country or city (CLDR names through Babel, inflected) or an organisation's abbreviation
     replaced by another one the story does not name;
   - drop-entity: such a person, place or organisation removed from its sentence (spaces tidied);
   - deletion: a sentence (segment) deleted; every third document loses a short one (up to 6 words) when
     it has one; short and long are reported apart;
   - foreign-paragraph: a paragraph (8 words or more, at most half the edition) replaced by the same
     paragraph of another edition: the edition keeps it untranslated. WMT22 news stories are a headline
     and one body paragraph, so there it is mostly the headline.
   A change is detected at a level (error; warning: a warning or an error) by a finding of that level
   that the clean story did not have (check, kind, edition, severity and message compared) and whose span
   in some edition overlaps the changed sentence (in the changed edition) or its counterpart (in the
   others: for a deletion, an omission, an addition or a missing fact points there). Right edition
   (three-edition NTREX only): of the changes detected at warning level, those where a detecting finding
   of the highest severity names the changed edition (for a sentence deleted from the reference edition
   en: an addition in each of uk and ru).
3. Seconds per story: wall clock and CPU time of `Pipeline.run`, clean and changed stories together (a
   first, untimed story loads what the process caches).

Default: every document of every corpus (NTREX 123, WMT22 uk 241, ru news 80, ru other 147: about 2,700
stories, 7 minutes on two busy cores). `--docs N` takes a seeded sample of N per corpus. A run over every
document rewrites benchmarks/data/real_news_clean_errors.tsv. `--misses N`, `--clean-errors N`,
`--clean-warnings N` and `--show-changes N` print examples.

`--compare REV` checks the same story folders (drawn once, with this work tree's extractor) with the
library at commit REV too: a `git worktree` in a temp folder (removed afterwards), this script run there
in a subprocess with PYTHONPATH at the worktree, using only `consistency.pipeline`; both are printed
side by side.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
ADJUDICATION = ROOT / "benchmarks" / "data" / "real_news_adjudication.tsv"
CLEAN_ERRORS = ROOT / "benchmarks" / "data" / "real_news_clean_errors.tsv"
SEED = 20240612

CORPORA = {
    "ntrex": "NTREX-128 en/uk/ru",
    "wmt22-uk": "WMT22 uk-en (uk original + en reference)",
    "wmt22-ru-news": "WMT22 ru-en news (ru original + en reference)",
    "wmt22-ru-other": "WMT22 ru-en social and e-commerce (ru original + en reference)",
}
KINDS = ("figure", "scale", "currency", "date", "month", "unit", "person", "place", "drop-entity", "deletion",
         "foreign-paragraph", "replaced")
# changes a suggested fix can undo: the tool writes the agreed value in the odd edition's words
SUGGESTED_KINDS = ("figure", "scale", "currency", "date", "month")
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
SHORT_SENTENCE_WORDS = 6  # a deleted sentence of at most this many words is "short"
FOREIGN_PARAGRAPH_WORDS = 8  # a paragraph left untranslated has at least this many words
FINAL_PUNCTUATION = re.compile(r"[.!?…:;\"»”’')\]]\s*$")


# --- stories ----------------------------------------------------------------------------------
@dataclass
class Doc:
    """One document of a corpus: its segments per edition (aligned by index) and its paragraphs (lists of
    segment indices, the same in every edition)."""

    corpus: str
    doc_id: str
    position: int  # index among the corpus's sorted ids: which edition a change goes to rotates with it
    segments: dict[str, list[str]]
    paragraphs: list[list[int]]

    @property
    def langs(self) -> tuple[str, ...]:
        return tuple(self.segments)


def load_ntrex(directory: Path) -> list[Doc]:
    """Every NTREX-128 document: line i of en, uk and ru is one segment, each line its own paragraph."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import facts  # the corpus reader of benchmarks/facts.py

    docs = facts.load_documents(directory)
    ids = facts.load_document_ids(directory)
    named = dict(zip(ids, docs))
    out = []
    for position, doc_id in enumerate(sorted(named)):
        lines = named[doc_id]
        segments = {lang: [" ".join(line.split()) for line in lines[lang]] for lang in ("en", "uk", "ru")}
        out.append(Doc("ntrex", doc_id, position, segments, [[i] for i in range(len(lines["en"]))]))
    return out


def _segment_texts(element) -> list[list[str]]:
    return [[" ".join((seg.text or "").split()) for seg in p.iter("seg")] for p in element.findall("p")]


def wmt22_paragraphs(original: list[list[str]]) -> list[list[int]]:
    """Paragraphs of segment indices: each `<p>`, cut after a segment with no final punctuation (a
    headline or a title line stands on its own line on the page)."""
    paragraphs, index = [], 0
    for p in original:
        current: list[int] = []
        for text in p:
            current.append(index)
            index += 1
            if not FINAL_PUNCTUATION.search(text):
                paragraphs.append(current)
                current = []
        if current:
            paragraphs.append(current)
    return paragraphs


def wmt22_corpus(pair: str, domain: str | None) -> str:
    if pair == "uk-en":
        return "wmt22-uk"
    return "wmt22-ru-news" if domain == "news" else "wmt22-ru-other"


def load_wmt22(directory: Path) -> list[Doc]:
    """WMT22 uk-en and ru-en documents of two segments or more: the original and the English reference."""
    found: dict[str, list[tuple[str, dict, list]]] = defaultdict(list)
    for pair in ("uk-en", "ru-en"):
        root = ET.parse(directory / f"wmttest2022.{pair}.all.xml").getroot()
        for doc in root.iter("doc"):
            src, ref = doc.find("src"), doc.find("ref")
            original, english = _segment_texts(src), _segment_texts(ref)
            flat_original = [s for p in original for s in p]
            flat_english = [s for p in english for s in p]
            if len(flat_original) < 2 or len(flat_original) != len(flat_english):
                continue
            if not all(flat_original) or not all(flat_english):
                continue
            segments = {src.get("lang"): flat_original, "en": flat_english}
            found[wmt22_corpus(pair, doc.get("domain"))].append((doc.get("id"), segments, wmt22_paragraphs(original)))
    out = []
    for corpus, docs in found.items():
        for position, (doc_id, segments, paragraphs) in enumerate(sorted(docs, key=lambda d: d[0])):
            out.append(Doc(corpus, doc_id, position, segments, paragraphs))
    return out


def sample(docs: list[Doc], cap: int | None, seed: int) -> list[Doc]:
    """At most `cap` documents of each corpus: a seeded sample of its sorted ids, in id order."""
    by_corpus: dict[str, list[Doc]] = defaultdict(list)
    for doc in docs:
        by_corpus[doc.corpus].append(doc)
    out = []
    for corpus, group in by_corpus.items():
        group = sorted(group, key=lambda d: d.doc_id)
        if cap is not None and len(group) > cap:
            group = sorted(random.Random(f"{seed}-{corpus}").sample(group, cap), key=lambda d: d.doc_id)
        out += group
    return out


# --- writing a story --------------------------------------------------------------------------
def render(doc: Doc, segments: dict[str, list[str | None]]) -> tuple[dict[str, str], dict[str, list]]:
    """Each edition's text (segments joined by a space inside a paragraph, paragraphs by a blank line; a
    deleted segment is None) and the span of every segment in it (None when deleted)."""
    texts, spans = {}, {}
    for lang, segs in segments.items():
        parts, where, offset = [], [None] * len(segs), 0
        for paragraph in doc.paragraphs:
            present = [i for i in paragraph if segs[i]]
            if not present:
                continue
            if parts:
                parts.append("\n\n")
                offset += 2
            for n, i in enumerate(present):
                if n:
                    parts.append(" ")
                    offset += 1
                parts.append(segs[i])
                where[i] = (offset, offset + len(segs[i]))
                offset += len(segs[i])
        texts[lang] = "".join(parts) + "\n"
        spans[lang] = where
    return texts, spans


@dataclass
class Case:
    """One story folder to check: a clean document or a copy with one change."""

    corpus: str
    doc: str
    kind: str  # "clean" or one of KINDS
    edition: str = ""  # the changed edition
    variant: str = ""  # deletion: short / long; month: bare / in a date; foreign-paragraph: the language left in; ...
    location: list[int] = field(default_factory=list)  # indices of the changed segments
    before: str = ""
    after: str = ""
    texts: dict[str, str] = field(default_factory=dict)
    spans: dict[str, list] = field(default_factory=dict)


# --- language data for the changes (the injections' vocabulary, not the checker's) ---------------
PEOPLE = [  # (en, uk, ru, gender): well-known people whose names pymorphy3 inflects in uk and ru
    ("Boris Johnson", "Борис Джонсон", "Борис Джонсон", "m"),
    ("Jens Stoltenberg", "Єнс Столтенберг", "Йенс Столтенберг", "m"),
    ("Vitali Klitschko", "Віталій Кличко", "Виталий Кличко", "m"),
    ("Viktor Orban", "Віктор Орбан", "Виктор Орбан", "m"),
    ("Barack Obama", "Барак Обама", "Барак Обама", "m"),
    ("Andrzej Duda", "Анджей Дуда", "Анджей Дуда", "m"),
    ("Leonid Kravchuk", "Леонід Кравчук", "Леонид Кравчук", "m"),
    ("Angela Merkel", "Ангела Меркель", "Ангела Меркель", "f"),
    ("Theresa May", "Тереза Мей", "Тереза Мэй", "f"),
]
ORGANISATIONS = [  # abbreviations no language inflects
    ("NATO", "НАТО", "НАТО"), ("UN", "ООН", "ООН"), ("EU", "ЄС", "ЕС"), ("FBI", "ФБР", "ФБР"),
    ("CIA", "ЦРУ", "ЦРУ"), ("WHO", "ВООЗ", "ВОЗ"), ("IMF", "МВФ", "МВФ"), ("OSCE", "ОБСЄ", "ОБСЕ"),
    ("IAEA", "МАГАТЕ", "МАГАТЭ"), ("UEFA", "УЄФА", "УЕФА"), ("FIFA", "ФІФА", "ФИФА"),
]
COUNTRY_CODES = ["FR", "DE", "PL", "IT", "ES", "JP", "CN", "IN", "BR", "CA", "TR", "GR", "EG", "IL", "MX", "AR",
                 "NO", "SE", "FI", "AT", "HU", "RO", "PT", "IE", "AU", "GE", "LT", "LV", "EE", "BG", "IR", "IQ"]
CITY_ZONES = ["Europe/Paris", "Europe/Berlin", "Europe/Warsaw", "Europe/Rome", "Europe/Madrid", "Europe/London",
              "Europe/Vienna", "Europe/Prague", "Europe/Budapest", "Europe/Lisbon", "Asia/Tokyo", "Europe/Oslo",
              "Europe/Helsinki", "Europe/Stockholm", "Europe/Athens", "Europe/Kiev", "Europe/Moscow",
              "Europe/Minsk", "Europe/Vilnius", "Europe/Riga", "Europe/Sofia", "Europe/Istanbul", "Asia/Seoul"]
# the case a preposition before a noun asks for, to choose between the readings of an ambiguous form
# ("у Франції": locative, not genitive)
PREPOSITION_CASES = {
    "uk": {"у": "loct", "в": "loct", "на": "loct", "по": "loct", "при": "loct", "з": "gent", "із": "gent",
           "зі": "gent", "до": "gent", "від": "gent", "для": "gent", "без": "gent", "біля": "gent",
           "після": "gent", "проти": "gent", "між": "ablt", "над": "ablt", "під": "ablt", "перед": "ablt"},
    "ru": {"в": "loct", "во": "loct", "на": "loct", "о": "loct", "об": "loct", "при": "loct", "из": "gent",
           "с": "gent", "до": "gent", "от": "gent", "для": "gent", "без": "gent", "у": "gent", "после": "gent",
           "против": "gent", "между": "ablt", "над": "ablt", "под": "ablt", "перед": "ablt", "к": "datv"},
}
UK_MONTH_LOCATIVE = ["січні", "лютому", "березні", "квітні", "травні", "червні", "липні", "серпні", "вересні", "жовтні",
                     "листопаді", "грудні"]
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "loc2", "gen2")
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


class Morphology:
    """pymorphy3 analysers and the CLDR names (Babel), loaded once."""

    def __init__(self) -> None:
        import pymorphy3
        from babel import Locale
        from babel.dates import get_month_names, get_timezone_location

        # grammemes are asked of `tag.grammemes`: `"Geox" in tag` checks the name against the grammemes of the
        # dictionary loaded last in the process (pymorphy3 keeps them on one class), and uk's has no Geox
        self.analysers = {lang: pymorphy3.MorphAnalyzer(lang=lang) for lang in ("uk", "ru")}
        self.countries = {lang: {code: Locale(lang).territories[code] for code in COUNTRY_CODES}
                          for lang in ("en", "uk", "ru")}
        self.cities = {lang: {zone: get_timezone_location(zone, locale=lang, return_city=True) for zone in CITY_ZONES}
                       for lang in ("en", "uk", "ru")}
        self.month_names = {lang: [get_month_names("wide", context="stand-alone", locale=lang)[m] for m in range(1, 13)]
                            for lang in ("en", "uk", "ru")}
        self.month_forms = {lang: self._month_forms(lang) for lang in ("uk", "ru")}

    @staticmethod
    def slug(name: str) -> str:
        return re.sub(r"[^a-z]+", "-", name.lower()).strip("-")

    def place_class(self, value: str) -> str | None:
        """"country" or "city" when a name's key is the English CLDR name of one we can swap, else None."""
        if value in {self.slug(n) for n in self.countries["en"].values()}:
            return "country"
        if value in {self.slug(n) for n in self.cities["en"].values()}:
            return "city"
        return None

    def _month_forms(self, lang: str) -> dict[str, tuple[int, tuple[str, ...]]]:
        """Every singular form of every month name: form → (month 1-12, the cases it can be in)."""
        analyser = self.analysers[lang]
        forms: dict[str, tuple[int, tuple[str, ...]]] = {}
        for month, name in enumerate(self.month_names[lang], start=1):
            parse = next((p for p in analyser.parse(name) if p.normal_form == name.lower()), analyser.parse(name)[0])
            for form in parse.lexeme:
                if "plur" not in form.tag.grammemes:
                    case = next((c for c in CASES if c in form.tag.grammemes), "nomn")
                    known = forms.get(form.word, (month, ()))[1]
                    forms[form.word] = (month, known + (case,) * (case not in known))
        return forms

    def month_form(self, lang: str, month: int, case: str, like: str) -> str:
        """Month `month` in `case`: Ukrainian's usual locative ("у квітні", "у лютому"; pymorphy3 also gives
        "квітневі", "лютім"), else the form whose ending is most like `like`'s."""
        if lang == "en":
            return self.month_names["en"][month - 1]
        if lang == "uk" and case == "loct":
            return UK_MONTH_LOCATIVE[month - 1]
        name = self.month_names[lang][month - 1]
        analyser = self.analysers[lang]
        parse = next((p for p in analyser.parse(name) if p.normal_form == name.lower()), analyser.parse(name)[0])
        forms = [f.word for f in parse.lexeme if case in f.tag.grammemes and "plur" not in f.tag.grammemes] or [name]
        return max(forms, key=lambda w: (common_suffix(w, like), -len(w)))

    def case_of(self, lang: str, word: str, before: str, wanted: tuple[str, ...] = ()) -> str:
        """The case of `word` as it stands after the text `before`: among its readings (those tagged with
        one of `wanted`, e.g. Surn, when there are such), the one a preposition before it asks for, else
        the likeliest."""
        parses = self.analysers[lang].parse(word)
        tagged = [p for p in parses if any(t in p.tag.grammemes for t in wanted)] or parses
        cases = [c for p in tagged for c in CASES if c in p.tag.grammemes]
        if not cases:
            return "nomn"
        words = WORD.findall(before)
        preposition = PREPOSITION_CASES[lang].get(words[-1].lower()) if words else None
        if preposition in cases:
            return preposition
        return cases[0]

    def inflect(self, lang: str, word: str, case: str, wanted: tuple[str, ...] = (), gender: str | None = None) -> str:
        """`word` (a nominative) in `case`, keeping its capital; the readings tagged with one of `wanted` and
        of `gender` first, declinable ones before indeclinable ones ("Кравчук" is a man's surname, and
        declines); unchanged when pymorphy3 cannot inflect it (an indeclinable name)."""
        if lang == "en" or case == "nomn":
            return word
        parses = [p for p in self.analysers[lang].parse(word) if "nomn" in p.tag.grammemes]
        preferred = [p for p in parses if any(t in p.tag.grammemes for t in wanted)] or parses
        preferred.sort(key=lambda p: (gender is not None and gender not in p.tag.grammemes, "Fixd" in p.tag.grammemes))
        for parse in preferred:
            form = parse.inflect({case}) or (parse.inflect({"loct"}) if case == "loc2" else None)
            if form is not None:
                return form.word[:1].upper() + form.word[1:] if word[:1].isupper() else form.word
        return word

    def known_reading(self, lang: str, word: str, tags: tuple[str, ...]):
        """The first dictionary reading of `word` (not a guess from its ending) carrying one of `tags`."""
        return next((p for p in self.analysers[lang].parse(word) if p.is_known and any(t in p.tag.grammemes for t in tags)), None)

    def is_person(self, lang: str, text: str) -> bool:
        """uk, ru: the name's last word reads first as a surname or first name, one the dictionary knows
        (not a guess from its ending: "Бепантен" is a cream), or its first word is a first name the dictionary
        knows ("Ірина Ярцева"); a word read first as something else than a noun, a place or an abbreviation is not."""
        words = WORD.findall(text)
        if not words or len(words[-1]) < 3:
            return False
        likeliest = self.analysers[lang].parse(words[-1])[0]
        if "NOUN" not in likeliest.tag.grammemes or any(t in likeliest.tag.grammemes for t in ("Geox", "Abbr")) or words[-1].isupper():
            return False  # "Українську" (an adjective), "Я", "МИА" (an abbreviation), a place
        if any("Geox" in self.analysers[lang].parse(word)[0].tag.grammemes for word in words[:-1]):
            return False  # "Израиля Беннет": a place and a name read as one
        surname = (("Surn" in likeliest.tag.grammemes or "Name" in likeliest.tag.grammemes)
                   and self.known_reading(lang, words[-1], ("Surn", "Name")) is not None)
        return surname or (len(words) > 1 and self.known_reading(lang, words[0], ("Name",)) is not None)

    def gender(self, lang: str, text: str) -> str | None:
        """"femn" or "masc" from the first name when the dictionary knows one, else from the surname."""
        words = WORD.findall(text)
        if lang == "en" or not words:
            return None
        first = self.known_reading(lang, words[0], ("Name",)) if len(words) > 1 else None
        reading = first or next((p for p in self.analysers[lang].parse(words[-1])
                                 if "Surn" in p.tag.grammemes or "Name" in p.tag.grammemes), None)
        if reading is None or "Fixd" in reading.tag.grammemes:
            return None
        return "femn" if "femn" in reading.tag.grammemes else "masc" if "masc" in reading.tag.grammemes else None

    def name_case(self, lang: str, words: list[str], before: str) -> str:
        """The case of a person's name: the cases its first name and surname can both be in (of the name's
        gender), the one a preposition before it asks for first."""
        gender = self.gender(lang, " ".join(words))

        def cases(word: str, tags: tuple[str, ...]) -> list[str]:
            parses = [p for p in self.analysers[lang].parse(word) if any(t in p.tag.grammemes for t in tags)
                      and (gender is None or gender in p.tag.grammemes or "Fixd" in p.tag.grammemes)]
            parses.sort(key=lambda p: not p.is_known)  # dictionary readings before guesses
            return [c for p in parses for c in CASES if c in p.tag.grammemes]

        possible = cases(words[-1], ("Surn", "Name"))
        if len(words) > 1 and self.known_reading(lang, words[0], ("Name",)) is not None:
            # a first name the dictionary knows says more than a surname it may only guess at ("Карл Фаберже")
            first = cases(words[0], ("Name",))
            possible = [c for c in first if c in possible] or first or possible
        if not possible:
            return self.case_of(lang, words[-1], before, ("Surn", "Name"))
        prepositions = WORD.findall(before)
        wanted = PREPOSITION_CASES[lang].get(prepositions[-1].lower()) if prepositions else None
        if wanted in possible:
            return wanted
        # an indeclinable name ("Канте", "Фаберже") can be in any case: without a preposition, the nominative
        return "nomn" if len(set(possible)) >= 5 else possible[0]


def common_suffix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def split_possessive(name: str) -> tuple[str, str]:
    """"China's" → ("China", "'s"): the possessive stays when the name is replaced."""
    m = re.search(r"['’]s$", name)
    return (name[: m.start()], m.group(0)) if m else (name, "")


SENTENCE_START_WORDS = {"In", "By", "Since", "Until", "Till", "From", "Last", "Next", "Early", "Late", "Mid", "This",
                        "Before", "After", "During", "Through", "Throughout", "On", "Of", "As", "For", "And", "But"}


def reads_as_a_name(segment: str, start: int, end: int) -> bool:
    """Whether an English month's name stands in a person's name ("Theresa May", "Mrs May", "quasi-Teresa-May",
    "April Ryan"): right after a capitalised word other than a preposition, after a hyphen, or before a
    capitalised word."""
    previous = re.search(r"([^\W\d_]+)(\s+|-)$", segment[:start])
    if previous and (previous.group(2) == "-" or (previous.group(1)[0].isupper()
                                                   and previous.group(1) not in SENTENCE_START_WORDS)):
        return True
    following = re.match(r"\s+([^\W\d_])", segment[end:])
    return following is not None and following.group(1).isupper()


def is_list_number(segment: str, fact) -> bool:
    return fact.start == 0 and re.match(r"\d{1,2}[.)]\s", segment) is not None


def tidy(text: str) -> str:
    """Spaces after a removal: no double spaces, none before punctuation or inside brackets and quotes."""
    text = re.sub(r"\s{2,}", " ", text)
    text = re.sub(r"\s+([,.;:!?»”)\]])", r"\1", text)
    text = re.sub(r"([«“(\[])\s+", r"\1", text)
    text = re.sub(r",\s*([,.;:!?])", r"\1", text)
    return text.strip()


# --- the changes ------------------------------------------------------------------------------
@dataclass
class Change:
    segments: dict[int, str | None]  # segment index → new text (None: deleted), in the changed edition
    before: str
    after: str
    variant: str = ""


class Injector:
    """Draws one change of a kind in one edition of a document, from the facts the extractor reads."""

    def __init__(self, morphology: Morphology) -> None:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        import facts  # benchmarks/facts.py: its injection of figures, scales, currencies, dates, units

        from consistency.stages.facts import extract_facts

        self.facts_benchmark = facts
        self.extract = extract_facts
        self.morph = morphology
        self._facts: dict[tuple[str, str], tuple] = {}

    def facts_of(self, text: str, lang: str) -> tuple:
        key = (text, lang)
        if key not in self._facts:
            self._facts[key] = tuple(self.extract(text, lang))
        return self._facts[key]

    def story_name_values(self, doc: Doc) -> set[str]:
        return {f.value for lang in doc.langs for segment in doc.segments[lang]
                for f in self.facts_of(segment, lang) if f.kind == "name"}

    def change(self, doc: Doc, kind: str, lang: str, rng: random.Random) -> Change | None:
        return getattr(self, "_" + kind.replace("-", "_"))(doc, lang, rng)

    # figures, scale words, currencies, days and years, units: benchmarks/facts.py's `inject`
    def _with_facts_inject(self, doc: Doc, lang: str, rng: random.Random, kind: str) -> Change | None:
        """benchmarks/facts.py's `inject` on this edition alone; a list's number ("2. Are you ...") is a
        bullet, not a figure, so another fact is drawn."""
        restricted = {other: (list(doc.segments[lang]) if other == lang else [])
                      for other in self.facts_benchmark.LANGS}
        used: set = set()
        for _ in range(8):
            got = self.facts_benchmark.inject(restricted, kind, rng, used)
            if got is None:
                return None
            _, i, changed, fact = got
            if not is_list_number(doc.segments[lang][i], fact):
                return Change({i: changed[lang][i]}, doc.segments[lang][i], changed[lang][i], variant=fact.kind)
        return None

    def _figure(self, doc, lang, rng):
        return self._with_facts_inject(doc, lang, rng, "figure")

    def _scale(self, doc, lang, rng):
        return self._with_facts_inject(doc, lang, rng, "scale")

    def _currency(self, doc, lang, rng):
        return self._with_facts_inject(doc, lang, rng, "currency")

    def _date(self, doc, lang, rng):
        return self._with_facts_inject(doc, lang, rng, "date")

    def _unit(self, doc, lang, rng):
        return self._with_facts_inject(doc, lang, rng, "unit")

    def _month(self, doc: Doc, lang: str, rng: random.Random) -> Change | None:
        """The month of a date the extractor reads ("3 березня", "in March", "в марте 2022 года")
        becomes another month, in the same case."""
        candidates = []
        for i, segment in enumerate(doc.segments[lang]):
            for fact in self.facts_of(segment, lang):
                if fact.kind != "date":
                    continue
                for m in WORD.finditer(fact.text):
                    month = self._month_of(lang, m.group(0))
                    at = (fact.start + m.start(), fact.start + m.end())
                    if month and not (lang == "en" and reads_as_a_name(segment, *at)):
                        candidates.append((i, *at, month, fact.text))
        if not candidates:
            return None
        i, start, end, (month, cases), date = rng.choice(candidates)
        segment = doc.segments[lang][i]
        before = WORD.findall(segment[:start])
        asked = PREPOSITION_CASES.get(lang, {}).get(before[-1].lower()) if before else None
        case = asked if asked in cases else cases[0]  # "у лютому": locative, though "лютому" may be a dative
        new_month = (month - 1 + rng.choice([-3, -2, -1, 1, 2, 3])) % 12 + 1
        word = self.morph.month_form(lang, new_month, case, segment[start:end].lower())
        if segment[start].isupper():
            word = word[:1].upper() + word[1:]
        new = segment[:start] + word + segment[end:]
        return Change({i: new}, segment, new, variant="in a date" if re.search(r"\d", date) else "bare")

    def _month_of(self, lang: str, word: str) -> tuple[int, tuple[str, ...]] | None:
        if lang == "en":
            names = self.morph.month_names["en"]
            return (names.index(word) + 1, ("nomn",)) if word in names else None
        return self.morph.month_forms[lang].get(word.lower())

    def _names(self, doc: Doc, lang: str) -> list[tuple[int, object]]:
        return [(i, f) for i, segment in enumerate(doc.segments[lang])
                for f in self.facts_of(segment, lang) if f.kind == "name"]

    def _person_names(self, doc: Doc, lang: str) -> list[tuple[int, object]]:
        """Names the extractor reads that are people's: in uk and ru by the morphology of the last word; in
        en when an aligned uk or ru segment reads the same name key as a person's."""
        out = []
        for i, fact in self._names(doc, lang):
            if self.morph.place_class(fact.value) or self._organisation(lang, fact.text) is not None:
                continue
            if lang != "en":
                if self.morph.is_person(lang, fact.text):
                    out.append((i, fact))
                continue
            if any(g.kind == "name" and g.value == fact.value and self.morph.is_person(other, g.text)
                   for other in doc.langs if other != "en" for g in self.facts_of(doc.segments[other][i], other)):
                out.append((i, fact))
        return out

    def _person(self, doc: Doc, lang: str, rng: random.Random) -> Change | None:
        """A person's name replaced by another real person's (of the same gender in uk and ru; one the story
        does not name), inflected into the original's case: a surname for a surname, a first name for a first
        name, both for both. When the words before the surname are not a first name ("Сбербанка Герман Греф",
        read as one name), only the surname is replaced."""
        candidates = self._person_names(doc, lang)
        if not candidates:
            return None
        i, fact = rng.choice(candidates)
        segment = doc.segments[lang][i]
        column = {"en": 0, "uk": 1, "ru": 2}[lang]
        female = self.morph.gender(lang, fact.text) == "femn"
        story_text = " ".join(s for edition in doc.segments.values() for s in edition).lower()
        people = [p for p in PEOPLE if (p[3] == "f") == female
                  and not any(p[k].split(" ", 1)[1][:4].lower() in story_text for k in range(3))]
        if not people:
            return None
        person = rng.choice(people)
        first, surname = person[column].split(" ", 1)
        gender = "femn" if person[3] == "f" else "masc"
        text, possessive = split_possessive(fact.text)
        words = WORD.findall(text)
        start, end = fact.start, fact.start + len(text)
        if len(words) > 1 and lang != "en" and self.morph.known_reading(lang, words[0], ("Name",)) is None:
            start, words = fact.start + text.rindex(words[-1]), words[-1:]
        only_first_name = (len(words) == 1 and lang != "en"
                           and self.morph.known_reading(lang, words[0], ("Name",)) is not None
                           and self.morph.known_reading(lang, words[0], ("Surn",)) is None)
        if lang == "en":
            replacement = surname if len(words) == 1 else f"{first} {surname}"
        else:
            case = self.morph.name_case(lang, words, segment[:start])
            replacement = self.morph.inflect(lang, first if only_first_name else surname, case,
                                             ("Name",) if only_first_name else ("Surn",), gender)
            if len(words) > 1:
                replacement = self.morph.inflect(lang, first, case, ("Name",), gender) + " " + replacement
        new = segment[:start] + replacement + segment[end:]
        return Change({i: new}, segment, new)

    @staticmethod
    def _organisation(lang: str, text: str) -> int | None:
        column = {"en": 0, "uk": 1, "ru": 2}[lang]
        return next((n for n, names in enumerate(ORGANISATIONS) if names[column] == text), None)

    def _place(self, doc: Doc, lang: str, rng: random.Random) -> Change | None:
        """A country or city (CLDR names) or an organisation's abbreviation replaced by another of its class,
        one the story does not name, in the original's case."""
        candidates = [(i, f) for i, f in self._names(doc, lang)
                      if self.morph.place_class(f.value) or self._organisation(lang, f.text) is not None]
        if not candidates:
            return None
        i, fact = rng.choice(candidates)
        segment = doc.segments[lang][i]
        present = self.story_name_values(doc)
        place = self.morph.place_class(fact.value)
        column = {"en": 0, "uk": 1, "ru": 2}[lang]
        if place is None:
            options = [names[column] for names in ORGANISATIONS]
        else:
            names = self.morph.countries if place == "country" else self.morph.cities
            options = [names[lang][code] for code in names[lang] if self.morph.slug(names["en"][code]) != fact.value
                       and " " not in names[lang][code] and "-" not in names[lang][code]]
        options = [o for o in options if o != fact.text
                   and not {f.value for f in self.facts_of(o, lang) if f.kind == "name"} & present]
        if not options:
            return None
        replacement = rng.choice(sorted(options))
        text, possessive = split_possessive(fact.text)
        words = WORD.findall(text)
        if lang != "en" and place is not None and words:
            case = self.morph.case_of(lang, words[-1], segment[:fact.start], ("Geox",))
            replacement = self.morph.inflect(lang, replacement, case, ("Geox",))
        new = segment[:fact.start] + replacement + possessive + segment[fact.end:]
        return Change({i: new}, segment, new, variant=place or "organisation")

    def _drop_entity(self, doc: Doc, lang: str, rng: random.Random) -> Change | None:
        """A person, place or organisation (as `person` and `place` tell them) removed from its sentence."""
        places = {(i, f) for i, f in self._names(doc, lang)
                  if self.morph.place_class(f.value) or self._organisation(lang, f.text) is not None}
        candidates = sorted(set(self._person_names(doc, lang)) | places, key=lambda c: (c[0], c[1].start))
        if not candidates:
            return None
        i, fact = rng.choice(candidates)
        segment = doc.segments[lang][i]
        new = tidy(segment[:fact.start] + " " + segment[fact.end:])
        if not WORD.search(new) or new == segment:
            return None
        return Change({i: new}, segment, new)

    def _deletion(self, doc: Doc, lang: str, rng: random.Random) -> Change | None:
        """One sentence (segment) deleted: a short one (up to 6 words) in every third document, when it has
        one, else a long one."""
        segments = doc.segments[lang]
        if len(segments) < 2:
            return None
        short = [i for i, s in enumerate(segments) if len(s.split()) <= SHORT_SENTENCE_WORDS]
        long = [i for i, s in enumerate(segments) if len(s.split()) > SHORT_SENTENCE_WORDS]
        pool, variant = (short, "short") if doc.position % 3 == 0 and short else (long, "long")
        if not pool:
            pool, variant = short, "short"
        i = rng.choice(pool)
        return Change({i: None}, segments[i], "", variant=variant)

    def _replaced(self, doc: Doc, lang: str, rng: random.Random) -> Change | None:
        """A sentence (segment) replaced by another sentence of the same edition, at least two away and
        sharing no figure with it: the length and the language stay, and only meaning tells (a CMS paste
        that put the wrong paragraph in)."""
        segments = doc.segments[lang]
        long = [i for i, s in enumerate(segments) if len(s.split()) > SHORT_SENTENCE_WORDS]
        pairs = [(i, j) for i in long for j in long if abs(i - j) >= 2
                 and not set(re.findall(r"\d+", segments[i])) & set(re.findall(r"\d+", segments[j]))]
        if not pairs:
            return None
        i, j = rng.choice(pairs)
        return Change({i: segments[j]}, segments[i], segments[j])

    def _foreign_paragraph(self, doc: Doc, lang: str, rng: random.Random) -> Change | None:
        """A paragraph of the edition replaced by the same paragraph of another edition (a paragraph of at
        least 8 words and at most half the edition, so the edition as a whole keeps its language)."""
        donor = rng.choice([other for other in doc.langs if other != lang])
        total = sum(len(s.split()) for s in doc.segments[lang])
        candidates = [p for p in doc.paragraphs
                      if sum(len(doc.segments[donor][i].split()) for i in p) >= FOREIGN_PARAGRAPH_WORDS
                      and sum(len(doc.segments[lang][i].split()) for i in p) * 2 <= total]
        if not candidates:
            return None
        paragraph = rng.choice(candidates)
        before = " ".join(doc.segments[lang][i] for i in paragraph)
        after = " ".join(doc.segments[donor][i] for i in paragraph)
        return Change({i: doc.segments[donor][i] for i in paragraph}, before, after, variant=donor)


def rotation(doc: Doc, kind: str) -> list[str]:
    """The editions to try for a change, the first rotating with the document and the kind."""
    langs = list(doc.langs)
    first = (doc.position + KINDS.index(kind)) % len(langs)
    return langs[first:] + langs[:first]


def build_cases(docs: list[Doc], kinds: list[str], seed: int) -> list[Case]:
    injector = Injector(Morphology()) if kinds else None
    cases = []
    for n, doc in enumerate(docs):
        texts, spans = render(doc, doc.segments)
        cases.append(Case(doc.corpus, doc.doc_id, "clean", texts=texts, spans=spans))
        for kind in kinds:
            rng = random.Random(f"{seed}-{doc.corpus}-{doc.doc_id}-{kind}")  # one stream per kind and document
            for lang in rotation(doc, kind):
                change = injector.change(doc, kind, lang, rng)
                if change is None:
                    continue
                segments = {k: list(v) for k, v in doc.segments.items()}
                for i, text in change.segments.items():
                    segments[lang][i] = text
                texts, spans = render(doc, segments)
                cases.append(Case(doc.corpus, doc.doc_id, kind, lang, change.variant, sorted(change.segments),
                                  change.before, change.after, texts, spans))
                break
        if n % 100 == 0:
            print(f"  drawing changes: document {n + 1}/{len(docs)}", file=sys.stderr)
    return cases


# --- checking -----------------------------------------------------------------------------------
def offset_mapper(written: str, loaded: str):
    """Offsets of the loaded edition text (normalised, page furniture stripped) → offsets of the text as
    written, so a finding's span can be compared with the written segments' spans."""
    if written == loaded or written.rstrip("\n") == loaded.rstrip("\n"):
        return lambda offset: offset
    blocks = difflib.SequenceMatcher(None, loaded, written, autojunk=False).get_opcodes()

    def mapped(offset: int) -> int:
        for _tag, i1, i2, j1, j2 in blocks:
            if i1 <= offset < i2 or (offset == i2 == len(loaded)):
                return j1 + min(offset - i1, max(j2 - j1, 0))
        return len(written)

    return mapped


def check_cases(cases: list[dict], embeddings: bool) -> dict:
    """Every case written as a story folder and run through the pipeline: its findings (spans in the
    written texts' offsets) and the seconds it took."""
    import consistency
    from consistency.pipeline import Options, Pipeline

    print(f"  library: {Path(consistency.__file__).resolve().parent}", file=sys.stderr)
    pipeline = Pipeline(Options(translator="none", embeddings=embeddings, progress=False))
    out = {}
    with tempfile.TemporaryDirectory(prefix="real_news_") as tmp:
        if cases:  # a first story loads the models and compiles the locale patterns: not timed
            warm_up = Path(tmp) / "warm-up"
            warm_up.mkdir()
            for lang, text in cases[0]["texts"].items():
                (warm_up / f"{lang}.txt").write_text(text, encoding="utf-8")
            pipeline.run(warm_up)
        for n, case in enumerate(cases):
            folder = Path(tmp) / f"story{n}"
            folder.mkdir()
            for lang, text in case["texts"].items():
                (folder / f"{lang}.txt").write_text(text, encoding="utf-8")
            wall, cpu = time.perf_counter(), time.process_time()
            result = pipeline.run(folder)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            mappers = {key: offset_mapper(case["texts"].get(key, ""), edition.text)
                       for key, edition in result.analysis.story.editions.items()}
            findings = []
            for f in result.report.findings:
                spans = {key: [mappers[key](s), mappers[key](e)] for key, (s, e) in f.spans.items() if key in mappers}
                findings.append({"check": f.check, "severity": f.severity, "edition": f.edition, "kind": f.kind,
                                 "message": f.message, "evidence": dict(f.evidence), "spans": spans,
                                 "suggestion": getattr(f, "suggestion", None)})
            out[str(n)] = {"findings": findings, "wall": wall, "cpu": cpu}
            for path in folder.iterdir():
                path.unlink()
            folder.rmdir()
            if n % 200 == 0:
                print(f"  checking: story {n + 1}/{len(cases)}", file=sys.stderr)
    return out


# --- scoring ------------------------------------------------------------------------------------
def folded(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def around_change(before: str, after: str, width: int = 90) -> tuple[str, str]:
    """The two texts cut to the part that differs, with `width` characters either side."""
    start = 0
    while start < min(len(before), len(after)) and before[start] == after[start]:
        start += 1
    end = 0
    while end < min(len(before), len(after)) - start and before[-1 - end] == after[-1 - end]:
        end += 1

    def cut(text: str) -> str:
        left, right = max(0, start - width), min(len(text), len(text) - end + width)
        return ("…" if left else "") + " ".join(text[left:right].split()) + ("…" if right < len(text) else "")

    return cut(before), cut(after)


def finding_key(f: dict) -> str:
    """A finding's key for the adjudication file: kind, edition and the texts it quotes, per edition."""
    quoted = "; ".join(f"{k} «{folded(v)}»" for k, v in sorted(f["evidence"].items()))
    return f"{f['kind']}@{f['edition']}: {quoted}"


def identity(f: dict) -> tuple:
    return f["check"], f["kind"], f["edition"], f["severity"], f["message"]


def overlaps(span, segment_span) -> bool:
    if segment_span is None:
        return False
    s, e = span
    a, b = segment_span
    return max(s, a) < min(e, b) or (s == e and a <= s <= b)


def points_at(f: dict, case: dict) -> bool:
    """Whether a span of the finding overlaps a changed segment: in the changed edition, or its counterpart
    in another (for a deleted segment, the counterparts only)."""
    for key, span in f["spans"].items():
        where = case["spans"].get(key)
        if where and any(overlaps(span, where[i]) for i in case["location"] if i < len(where)):
            return True
    return False


def detecting(findings: list[dict], clean: set, case: dict, level: str) -> list[dict]:
    return [f for f in findings if SEVERITY_RANK[f["severity"]] >= SEVERITY_RANK[level]
            and identity(f) not in clean and points_at(f, case)]


def names_right_edition(found: list[dict], case: dict) -> bool:
    """Whether a detecting finding of the highest severity names the changed edition; for a sentence deleted
    from the reference edition, an addition in every other edition does."""
    top = max(SEVERITY_RANK[f["severity"]] for f in found)
    top_findings = [f for f in found if SEVERITY_RANK[f["severity"]] == top]
    if any(f["edition"] == case["edition"] and f["check"] != "addition" for f in top_findings):
        return True
    others = set(case["texts"]) - {case["edition"]}
    return case["kind"] == "deletion" and others <= {f["edition"] for f in top_findings if f["check"] == "addition"}


def load_adjudication(path: Path = ADJUDICATION) -> dict[tuple[str, str, str, str], tuple[str, str]]:
    """(corpus, doc, check, finding key) → (verdict, reason), from the hand-read file."""
    rows = {}
    if not path.is_file():
        return rows
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        corpus, doc, check, key, verdict, reason = line.split("\t")
        if corpus == "corpus":
            continue  # header
        rows[corpus, doc, check, key] = (verdict, reason)
    return rows


SPLIT_KINDS = {"deletion": ("short", "long"), "month": ("bare", "in a date")}  # reported per variant


def case_label(case: dict) -> str:
    if case["kind"] in SPLIT_KINDS:
        return f"{case['kind']} ({case['variant']})"
    return case["kind"]


def new_corpus_figures() -> dict:
    return {"clean": Counter(), "kinds": defaultdict(Counter), "seconds": [], "cpu": [], "clean_errors": [],
            "clean_warnings": [], "misses": defaultdict(list), "warning_only": defaultdict(list)}


def score_clean(corpus: dict, case: dict, findings: list[dict], adjudication: dict) -> None:
    """A clean story: whether it has an error, a warning, a warning not judged a real difference; each
    error and warning with its verdict."""
    corpus["clean"]["stories"] += 1
    corpus["clean"]["with-error"] += any(f["severity"] == "error" for f in findings)
    corpus["clean"]["with-warning"] += any(f["severity"] == "warning" for f in findings)
    unexplained = False
    for f in findings:
        if f["severity"] not in ("error", "warning"):
            continue
        key = finding_key(f)
        verdict, reason = adjudication.get((case["corpus"], case["doc"], f["check"], key), ("", ""))
        counted = verdict if verdict in ("real", "false") else "unadjudicated"
        if f["severity"] == "warning":
            unexplained = unexplained or counted != "real"
        corpus["clean"][counted if f["severity"] == "error" else f"warning-{counted}"] += 1
        corpus["clean_errors" if f["severity"] == "error" else "clean_warnings"].append({
            "corpus": case["corpus"], "doc": case["doc"], "edition": f["edition"],
            "editions": ",".join(sorted(f["spans"])), "check": f["check"], "kind": f["kind"],
            "message": folded(f["message"], 200), "key": key,
            "verdict": verdict, "reason": reason})
    corpus["clean"]["with-unexplained-warning"] += unexplained


def restores(finding: dict, case: dict, clean_texts: dict[str, str]) -> bool:
    """Whether the finding's suggested fix, put in place of its span, gives back the edition's clean text."""
    key = case["edition"]
    if finding.get("suggestion") is None or finding["edition"] != key or key not in finding["spans"]:
        return False
    start, end = finding["spans"][key]
    changed = case["texts"][key]
    return changed[:start] + finding["suggestion"] + changed[end:] == clean_texts.get(key)


def score_change(corpus: dict, case: dict, findings: list[dict], clean: set, clean_texts: dict[str, str]) -> None:
    """A changed story: detected at error level, at warning level, by a finding naming the right edition;
    for a changed figure or date, whether a fix was suggested and whether it restores the original."""
    tally = corpus["kinds"][case_label(case)]
    tally["n"] += 1
    at_error = detecting(findings, clean, case, "error")
    if case["kind"] in SUGGESTED_KINDS and at_error:
        tally["caught"] += 1
        suggested = [f for f in at_error if f.get("suggestion") is not None and f["edition"] == case["edition"]]
        tally["suggested"] += bool(suggested)
        tally["restored"] += any(restores(f, case, clean_texts) for f in suggested)
    at_warning = detecting(findings, clean, case, "warning")
    tally["error"] += bool(at_error)
    tally["warning"] += bool(at_warning)
    if len(case["texts"]) > 2 and at_warning:
        tally["right"] += names_right_edition(at_warning, case)
    if not at_error:  # what was said near the change instead, for --misses
        near = [f"{f['severity']} {f['check']}/{f['kind']}: {folded(f['message'], 160)}"
                for f in findings if points_at(f, case)]
        corpus["misses" if not at_warning else "warning_only"][case_label(case)].append({
            "doc": case["doc"], "edition": case["edition"], "variant": case["variant"],
            "before": case["before"], "after": case["after"], "near": near})


def score(cases: list[dict], results: dict, adjudication: dict) -> dict:
    """The figures per corpus: clean stories with errors and warnings (and the adjudicated clean errors),
    recall per kind at error and at warning level, right edition, seconds per story."""
    clean_findings = {(case["corpus"], case["doc"]): {identity(f) for f in results[str(n)]["findings"]}
                      for n, case in enumerate(cases) if case["kind"] == "clean"}
    clean_texts = {(case["corpus"], case["doc"]): case["texts"] for case in cases if case["kind"] == "clean"}
    figures: dict = {}
    for n, case in enumerate(cases):
        corpus = figures.setdefault(case["corpus"], new_corpus_figures())
        result = results[str(n)]
        corpus["seconds"].append(result["wall"])
        corpus["cpu"].append(result["cpu"])
        if case["kind"] == "clean":
            score_clean(corpus, case, result["findings"], adjudication)
        else:
            score_change(corpus, case, result["findings"], clean_findings[case["corpus"], case["doc"]],
                         clean_texts[case["corpus"], case["doc"]])
    for corpus in figures.values():
        corpus["kinds"] = {k: dict(v) for k, v in corpus["kinds"].items()}
        corpus["clean"] = dict(corpus["clean"])
        corpus["misses"], corpus["warning_only"] = dict(corpus["misses"]), dict(corpus["warning_only"])
        corpus["stories_checked"] = len(corpus["seconds"])
        corpus["s_per_story"] = sum(corpus.pop("seconds")) / corpus["stories_checked"]
        corpus["cpu_per_story"] = sum(corpus.pop("cpu")) / corpus["stories_checked"]
    return figures


# --- output -------------------------------------------------------------------------------------
def share(hits: int, n: int) -> str:
    return f"{hits}/{n} ({100 * hits / n:.0f}%)" if n else "–"


def table_rows(corpus: dict, three_editions: bool) -> list[tuple[str, str, str]]:
    """(measure, n, value) rows of one corpus's table."""
    clean = corpus["clean"]
    n = clean.get("stories", 0)
    rows = [("clean stories with an error", str(n), share(clean.get("with-error", 0), n)),
            ("clean stories with a warning", str(n), share(clean.get("with-warning", 0), n)),
            ("clean errors: real / false alarm / not adjudicated", "",
             f"{clean.get('real', 0)} / {clean.get('false', 0)} / {clean.get('unadjudicated', 0)}"),
            ("clean stories with a warning not judged real", str(n), share(clean.get("with-unexplained-warning", 0), n)),
            ("clean warnings: real / false alarm / not adjudicated", "",
             f"{clean.get('warning-real', 0)} / {clean.get('warning-false', 0)} / {clean.get('warning-unadjudicated', 0)}")]
    for label in kind_labels(corpus):
        t = corpus["kinds"].get(label, {})
        m = t.get("n", 0)
        rows.append((f"{label}: error", str(m), share(t.get("error", 0), m)))
        rows.append((f"{label}: warning", str(m), share(t.get("warning", 0), m)))
        if three_editions:
            rows.append((f"{label}: right edition (of detected)", str(t.get("warning", 0)),
                         share(t.get("right", 0), t.get("warning", 0))))
        if label.split(" (")[0] in SUGGESTED_KINDS:
            rows.append((f"{label}: fix suggested (of caught at error)", str(t.get("caught", 0)),
                         share(t.get("suggested", 0), t.get("caught", 0))))
            rows.append((f"{label}: the fix restores the original (of suggested)", str(t.get("suggested", 0)),
                         share(t.get("restored", 0), t.get("suggested", 0))))
    rows.append(("s/story (wall)", str(corpus["stories_checked"]), f"{corpus['s_per_story']:.3f}"))
    rows.append(("s/story (CPU)", str(corpus["stories_checked"]), f"{corpus['cpu_per_story']:.3f}"))
    return rows


def kind_labels(corpus: dict) -> list[str]:
    order = [f"{kind} ({variant})" if kind in SPLIT_KINDS else kind
             for kind in KINDS for variant in SPLIT_KINDS.get(kind, ("",))]
    return [label for label in order if label in corpus["kinds"]]


def print_tables(runs: dict[str, dict], sizes: dict) -> None:
    """One markdown table per corpus; with several runs (REV and now) their values side by side."""
    names = list(runs)
    for corpus_name, title in CORPORA.items():
        present = [runs[name].get(corpus_name) for name in names]
        if not any(present):
            continue
        three = corpus_name == "ntrex"
        rows = {name: table_rows(runs[name][corpus_name], three) for name in names if corpus_name in runs[name]}
        print(f"\n### {title}: {sizes.get(corpus_name, 0)} documents\n")
        print("| measure | n | " + " | ".join(names) + " |")
        print("|---|---:|" + "---:|" * len(names))
        first = rows[names[0]]
        for k, (measure, n, _) in enumerate(first):
            print(f"| {measure} | {n} | " + " | ".join(rows[name][k][2] for name in names) + " |")


def write_clean_errors(runs: dict[str, dict], path: Path = CLEAN_ERRORS) -> None:
    """Every error finding on a clean story, of every run (REV and now), one line each, with its verdict."""
    columns = ["corpus", "doc", "edition", "editions", "check", "kind", "verdict", "reason", "runs", "key", "message"]
    rows: dict[tuple, dict] = {}
    for name, figures in runs.items():
        for corpus in figures.values():
            for row in corpus["clean_errors"]:
                merged = rows.setdefault((row["corpus"], row["doc"], row["check"], row["key"]), {**row, "runs": []})
                merged["runs"].append(name)
    lines = ["# Error findings on clean stories (benchmarks/real_news.py), verdicts from real_news_adjudication.tsv;",
             "# runs: the library versions that reported it (now: the work tree)",
             "\t".join(columns)]
    for row in rows.values():
        row = {**row, "runs": ",".join(row["runs"])}
        lines.append("\t".join(str(row[c]).replace("\t", " ").replace("\n", " ") for c in columns))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def print_misses(figures: dict, limit: int) -> None:
    for corpus_name, corpus in figures.items():
        for label in kind_labels(corpus):
            for listed, heading, level in (("misses", "misses", "not detected even at warning level"),
                                           ("warning_only", "warnings only", "detected at warning level, not at error level")):
                _print_missed(corpus.get(listed, {}).get(label, []), f"{corpus_name}, {label}", level, limit, heading)


def _print_missed(misses: list[dict], label: str, level: str, limit: int, heading: str) -> None:
    if not misses:
        return
    print(f"\n{heading}, {label}: {len(misses)} ({level})")
    for miss in misses[:limit]:
        print(f"  {miss['doc']} [{miss['edition']}] {miss['variant']}")
        before, after = around_change(miss["before"], miss["after"])
        print(f"     was: {before}")
        print(f"     now: {after}")
        for line in miss["near"]:
            print(f"     -> {line}")


def print_turned(now: dict, before: dict, rev: str, limit: int) -> None:
    """The changes one revision detects at warning level and the other does not: what a commit gained and
    lost, case by case (the counts alone hide a gain that pays for a loss)."""
    def key(miss: dict) -> tuple:
        return miss["doc"], miss["edition"], miss["variant"], miss["before"], miss["after"]

    for corpus_name, corpus in now.items():
        earlier = before.get(corpus_name, {})
        for label in dict.fromkeys(kind_labels(corpus) + kind_labels(earlier)) if earlier else kind_labels(corpus):
            missed_now = {key(m): m for m in corpus.get("misses", {}).get(label, [])}
            missed_before = {key(m): m for m in earlier.get("misses", {}).get(label, [])}
            _print_missed([m for k, m in missed_now.items() if k not in missed_before], f"{corpus_name}, {label}",
                          f"not detected even at warning level, detected at {rev}", limit, "lost")
            _print_missed([m for k, m in missed_before.items() if k not in missed_now], f"{corpus_name}, {label}",
                          f"detected at warning level, missed at {rev}; '->' lines: what {rev} found near it",
                          limit, "gained")


def print_changes(cases: list[dict], limit: int) -> None:
    shown = Counter()
    for case in cases:
        label = (case["corpus"], case_label(case))
        if case["kind"] == "clean" or shown[label] >= limit:
            continue
        shown[label] += 1
        print(f"  {case['corpus']} {case['doc']} {case_label(case)} [{case['edition']}] {case['variant']}")
        before, after = around_change(case["before"], case["after"])
        print(f"     was: {before}")
        print(f"     now: {after}")


def print_clean_findings(figures: dict, limit: int, listed: str = "clean_errors") -> None:
    for corpus_name, corpus in figures.items():
        by_verdict = defaultdict(list)
        for row in corpus[listed]:
            by_verdict[row["verdict"] or "not adjudicated"].append(row)
        for verdict in ("false", "not adjudicated"):
            for row in by_verdict.get(verdict, [])[:limit]:
                print(f"  {corpus_name} {row['doc']} [{row['edition']}] {row['check']}/{row['kind']} ({verdict}): "
                      f"{folded(row['message'], 160)}" + (f"  -- {row['reason']}" if row["reason"] else ""))
                print(f"    key: {row['key']}")  # as the adjudication file wants it


# --- compare with another revision ------------------------------------------------------------
def check_at_revision(rev: str, cases_file: Path, embeddings: bool) -> dict:
    """This script's checking half run against the library of commit `rev`, in a temporary git worktree."""
    from revision import worktree_at

    with worktree_at(rev) as worktree:
        results_file = cases_file.with_name("results_rev.json")
        env = {**os.environ, "PYTHONPATH": str(worktree)}
        command = [sys.executable, str(Path(__file__).resolve()), "--check-cases", str(cases_file),
                   "--results", str(results_file)] + (["--embeddings"] if embeddings else [])
        subprocess.run(command, check=True, env=env, cwd=str(worktree))
        return json.loads(results_file.read_text(encoding="utf-8"))


# --- main -----------------------------------------------------------------------------------------
DEFAULT_DOCS = {"ntrex": None, "wmt22-uk": None, "wmt22-ru-news": None, "wmt22-ru-other": None}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ntrex", type=Path, default=DATA / "ntrex128")
    parser.add_argument("--wmt22", type=Path, default=DATA / "wmt22")
    parser.add_argument("--corpora", default=",".join(CORPORA), help=f"any of {', '.join(CORPORA)}")
    parser.add_argument("--docs", type=int, help="at most N documents per corpus (a seeded sample of the sorted ids)")
    parser.add_argument("--kinds", default=",".join(KINDS), help=f"changes to inject, any of {', '.join(KINDS)}")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--embeddings", action="store_true", help="run the pipeline with sentence embeddings")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("--compare", metavar="REV", help="check the same stories with the library at commit REV too")
    parser.add_argument("--misses", type=int, default=0,
                        help="print up to N missed changes per corpus and kind, and N found at warning level only "
                             "(with --compare, also N that one revision detects and the other misses)")
    parser.add_argument("--clean-errors", type=int, default=0,
                        help="print up to N clean errors per corpus judged false or not yet adjudicated")
    parser.add_argument("--clean-warnings", type=int, default=0,
                        help="print up to N clean warnings per corpus judged false or not yet adjudicated, with keys")
    parser.add_argument("--show-changes", type=int, default=0, help="print up to N drawn changes per corpus and kind")
    parser.add_argument("--no-write", action="store_true",
                        help=f"do not rewrite {CLEAN_ERRORS.relative_to(ROOT)} (a run over every document does)")
    # the checking half alone, as --compare runs it in a worktree of another commit
    parser.add_argument("--check-cases", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--results", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.check_cases:
        cases = json.loads(args.check_cases.read_text(encoding="utf-8"))
        args.results.write_text(json.dumps(check_cases(cases, args.embeddings)), encoding="utf-8")
        return 0

    corpora = [c.strip() for c in args.corpora.split(",") if c.strip()]
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
    for name, known in ((corpora, CORPORA), (kinds, KINDS)):
        unknown = [x for x in name if x not in known]
        if unknown:
            parser.error(f"unknown: {', '.join(unknown)} (known: {', '.join(known)})")
    docs = []
    if "ntrex" in corpora:
        docs += load_ntrex(args.ntrex)
    if any(c.startswith("wmt22") for c in corpora):
        docs += [d for d in load_wmt22(args.wmt22) if d.corpus in corpora]
    available = Counter(d.corpus for d in docs)
    docs = sample(docs, args.docs, args.seed)
    sizes = Counter(d.corpus for d in docs)
    print("Sizes (documents per corpus): " + ", ".join(f"{c} {sizes[c]} of {available[c]}" for c in corpora)
          + f"; kinds: {', '.join(kinds)}; seed {args.seed}; embeddings {'on' if args.embeddings else 'off'}; "
          "translator none", flush=True)

    started = time.perf_counter()
    cases = [asdict(c) for c in build_cases(docs, kinds, args.seed)]
    print(f"{len(cases)} stories ({sum(c['kind'] == 'clean' for c in cases)} clean) drawn in "
          f"{time.perf_counter() - started:.0f} s", file=sys.stderr)
    if args.show_changes:
        print_changes(cases, args.show_changes)
    adjudication = load_adjudication()
    runs = {}
    if args.compare:
        with tempfile.TemporaryDirectory(prefix="real_news_cases_") as tmp:
            cases_file = Path(tmp) / "cases.json"
            cases_file.write_text(json.dumps(cases), encoding="utf-8")
            results = check_at_revision(args.compare, cases_file, args.embeddings)
            runs[args.compare] = score(cases, results, adjudication)
    runs["now"] = score(cases, check_cases(cases, args.embeddings), adjudication)
    print_tables(runs, sizes)
    now = runs["now"]
    print("\nDetected: a finding of that level, absent from the clean story, whose span overlaps the changed "
          "sentence or its counterpart in another edition. Clean errors are listed in "
          f"{CLEAN_ERRORS.relative_to(ROOT)}, with verdicts from {ADJUDICATION.relative_to(ROOT)}.")
    print(f"total time {time.perf_counter() - started:.0f} s")
    every_document = args.docs is None and set(corpora) == set(CORPORA)
    if every_document and not args.no_write:
        write_clean_errors(runs)
    elif not args.no_write:
        print(f"(a run over part of the documents leaves {CLEAN_ERRORS.relative_to(ROOT)} as it is)")
    if args.clean_errors:
        print("\nclean errors judged false or not yet adjudicated:")
        print_clean_findings(now, args.clean_errors)
    if args.clean_warnings:
        print("\nclean warnings judged false or not yet adjudicated:")
        print_clean_findings(now, args.clean_warnings, "clean_warnings")
    if args.misses:
        print_misses(now, args.misses)
        if args.compare:
            print_turned(now, runs[args.compare], args.compare, args.misses)
    if args.json:
        figures = {name: {corpus: {k: v for k, v in f.items() if k not in ("clean_errors", "clean_warnings")}
                          for corpus, f in run.items()}
                   for name, run in runs.items()}
        summary = {"sizes": dict(sizes), "kinds": kinds, "seed": args.seed, "embeddings": args.embeddings,
                   "runs": figures}
        args.json.write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
