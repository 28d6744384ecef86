"""Segmentation: paragraphs, then sentences, with offsets into the edition's text.

Sentence splitting uses a maintained splitter per language, named in `locales/<lang>.toml`
([segment] splitter): tokenize-uk for Ukrainian, razdel for Russian, pysbd for English. Each knows
its language's abbreviations; the locale's `never_final` / `abbreviations` lists repair what a
splitter still cuts ("Lloyd J." + "Austin III", "т. зв." + "...").
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import sys
import types
from functools import lru_cache, partial
from pathlib import Path
from typing import Callable, Iterable

from consistency.errors import StoryError
from consistency.locales import cldr_month_names, load_locale
from consistency.model import Paragraph, Segmentation, Sentence, Story
from consistency.stages.load.chrome import is_pictograph

# Most sentences one edition may have. A news article has tens to a few hundred; the aligner and the
# facts check grow faster than the sentence count (NTREX-128 whole, ~2,000 sentences in each of three
# editions, takes ~35 s to check; 1,000 takes ~12 s on a busy 2-core runner), so a file past this is
# refused at once, before the rest of it is even split, naming the file and this limit.
MAX_SENTENCES = 1_000
# pysbd (the English splitter) rescans a whole line for every word that starts like an abbreviation:
# quadratic in the line (an 80,000-character line took 5 s, a 2 MB one would take hours). A line longer
# than this is split in pieces of at most this many characters, cut after a sentence end where there is
# one (then the cut stays a sentence boundary), else at a space (then the pieces' sentences are joined
# again across the cut); shorter lines, which is every line of an ordinary article, are split whole.
PYSBD_LINE_CHARS = 5_000
# a web or e-mail address ("…/faq?id=2024", "…/news/2026/11/14/731452/", "info@mof.gov.ua"): no sentence ends inside
# it, and the closing mark of its sentence is no part of it
WEB_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s<>()\[\]«»\"“”]*[^\s<>()\[\]«»\"“”.,;:!?]"
                         r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
SENTENCE_END = re.compile(r"[.!?…][\"'»”’)\]]*\s+")
# pysbd keeps a quotation whole, however many sentences it holds, and reads a quote left open (the
# closing half of a quote that began in another paragraph, as English news writes quotes that run over
# paragraphs) as open up to the next quote mark, an apostrophe ("forces' military") included: 1,600
# characters of an article became one "sentence" that no sentence of the other edition could match.
# Inside a piece with a quote mark, a full stop after a word of two letters or digits or more and before
# a capital is a sentence end too ("UAVs. According", "2014. Turkey"), except after an abbreviation pysbd
# knows; "Mrs." and the like are glued back by the locale's `never_final`.
CLOSING_QUOTE_THEN_SENTENCE = re.compile(r"([\"”»’]+)\s+(?=[A-ZА-ЯЁІЇЄҐ0-9])")
QUOTE_MARKS = re.compile(r"[\"“”«»„'‘’]")
# a numeric date written with spaced full stops ("4. 4. 2022", "12. 3. 2024": Czech, Slovak and German
# habits that outlets writing from there keep) is cut by every splitter at each stop
_SPACED_DATE_END = re.compile(r"(?:^|\s)\d{1,2}\.(?:\s?\d{1,2}\.)?$")
_SPACED_DATE_REST = re.compile(r"^\d{1,2}\.(?:\s?\d{4}\b)?|^\d{4}\b")
# a place in capitals, of one word or several ("КИЇВ", "NEW YORK")
_CAPITALS = r"[A-ZА-ЯЁІЇЄҐ][A-ZА-ЯЁІЇЄҐ'’\-]+(?:[ \u00a0][A-ZА-ЯЁІЇЄҐ][A-ZА-ЯЁІЇЄҐ'’\-]+)*"
# or as the place is written in a sentence, as Interfax-Ukraine's datelines give it ("Кам'янець-Подільський. 2 грудня.
# ІНТЕРФАКС-УКРАЇНА – ...", "Біла Церква. 5 грудня.")
_TITLED_PLACE = r"[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’]+(?:-[^\W\d_]+){0,3}(?:[ \u00a0][A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’]+)?"


def _place_and_day(after_month: str = "") -> str:
    """A dateline's place, in capitals or as a sentence writes it, and its day of a month, as a regex (`after_month`:
    what a month written before its day may take, "Dec." its full stop)."""
    return (rf"\s*(?:{_CAPITALS}|{_TITLED_PLACE})[.,]\s+(?:(?P<day>\d{{1,2}})\s+(?P<month>[^\W\d_]+)|"
            rf"(?P<month2>[^\W\d_]+){after_month}\s+(?P<day2>\d{{1,2}}))")


# the opening of a news agency's dateline, a place, a day and the agency, each with a full stop ("КИЇВ. 5 грудня.
# УНІАН."), or a place and a day alone, the day's full stop closing it ("КИЇВ. 2 грудня. Під час ..."; "Вчора, 4
# грудня, Свириденко ..." is a sentence going on), or the agency in brackets and a dash ("ВАРШАВА, 4 грудня (Reuters)
# — Польський ..."): every splitter cuts it into sentences of a word or two, which go on with the story's first
_DATELINE_OPENING = re.compile(rf"{_place_and_day()}(?:[.,]\s+(?:{_CAPITALS}|/[^/\n]{{1,30}}/)[.,]?|\.|"
                               r"\s*\([^()\n]{1,30}\)\s*[-–—])\s*")
# or a place in capitals and its country in brackets with no day ("КАРТАГО (Коста-Рика). Українець ...")
_PLACE_DATELINE = re.compile(rf"\s*{_CAPITALS}\s*\([^()\n]{{1,30}}\)\.\s*")
# or a city alone in capitals, of three words at most, and a full stop or a dash ("БРЮССЕЛЬ. Бельгійська митниця ...",
# "PARIS – Four men ...")
_PLACE_ALONE = re.compile(r"[ \t]*([A-ZА-ЯЁІЇЄҐ][A-ZА-ЯЁІЇЄҐ'’\-]+(?:[ \u00a0][A-ZА-ЯЁІЇЄҐ][A-ZА-ЯЁІЇЄҐ'’\-]+){0,2})"
                          r"(?:\.|[ \t]+[-–—])[ \t]*")
# or a city in capitals and its US state's AP abbreviation, maybe a dash and the agency before it ("BOULDER, Colo. —",
# "OMAHA, Neb. (AP) —", "RALEIGH, N.C. —"): the abbreviation's full stop ends no sentence
_STATE_DATELINE = re.compile(rf"\s*{_CAPITALS},[ \u00a0]+(?P<state>[A-Z][a-z]{{1,4}}\.|[A-Z]\.(?:[A-Z][a-z]?\.))"
                             r"(?:\s*(?:\([^()\n]{1,30}\)\s*)?[-–—])?\s*")
INNER_SENTENCE_END = re.compile(r"(?<=[^\W_]{2})[.!?…]+[\"”»’]*\s+(?=[\"“«„‘]?[A-ZА-ЯЁІЇЄҐ])")

# chats and comments start sentences in lower case ("вареники іншим разом! мьогодні я немаю сили"): after
# "!" or "?" that follow a word, a lower-case word starts a sentence too; after a full stop only when the
# word before is five letters or more and no abbreviation of the locale ("млн. доларів", "approx. two").
# Never after a closing quote: '"Who are the doctors?" asked Martin.' is one sentence.
LOWER_CASE_START = re.compile(r"(?<=[^\W\d_]{2})(?:[!?]+|(?<=[^\W\d_]{5})\.)\)?\s+(?=[a-zа-яёіїєґ])")

# a dash and a lower-case word after a sentence end go on with it: the words saying who spoke ('"Вони думають,
# що мені дадуть знижку?" – здивувалася вона', "Чому? — спросил он"); a new line of dialogue opens with a capital
ATTRIBUTION = re.compile(r"[–—-]\s*[a-zа-яёіїєґ]")

# chats end sentences with a smiley or an emoji instead of a full stop ("Я не думаю, що він хоче мене
# пограбувати :) Я прекрасно розумію...", "дивитись один на одного😄 жартую"): before a word, one ends a
# sentence, whatever its case (chats start sentences in lower case, and the translation may not). A bare ")"
# does only where no "(" is open before it ("Kyiv (Ukraine) The" is a parenthesis; a sad ":(" opens none),
# and not after a figure or a single letter ("1) відкрити коробку 2) дістати", "а) ... б)": a list)
SMILEY_END = re.compile(
    r"(?<=[^\s\d])[ \t]*(?:[:;]-?[()DPОо]+|\){1,4}|\({2,4}|[\u2600-\u27bf\U0001f300-\U0001faff][\U0001f3fb-\U0001f3ff\ufe0f\u200d]*)+"
    r"\s+(?=[\"“«„‘]?[^\W\d_])")

BULLET = re.compile(r"^\s*(?:[•·▪‣●◦*\-–—]|\d{1,2}[.)])\s+")
BLANK_LINES = re.compile(r"\n[ \t]*\n")

SplitFn = Callable[[str], list[str]]


class _ImportedOnFirstUse(types.ModuleType):
    """Stands in sys.modules for a module until something reads from it, then imports it and passes on."""

    def __getattr__(self, attribute: str):
        real = self.__dict__.get("_real")
        if real is None:
            if sys.modules.get(self.__name__) is self:
                del sys.modules[self.__name__]
            real = self.__dict__["_real"] = importlib.import_module(self.__name__)
        return getattr(real, attribute)


def _defer_import(name: str) -> None:
    if name not in sys.modules and importlib.util.find_spec(name) is not None:
        sys.modules[name] = _ImportedOnFirstUse(name)


def _split_tokenize_uk(text: str) -> list[str]:
    # choppa (tokenize_uk's sentence splitter) imports xmlschema at its top, but uses it only to validate a
    # ruleset, which tokenize_uk does not ask for: its import was a tenth of a second of every check
    if "choppa" not in sys.modules:
        _defer_import("xmlschema")
    import tokenize_uk

    return [s for s, _, _ in tokenize_uk.tokenize_sents_with_spans(text)]


def _split_razdel(text: str) -> list[str]:
    import razdel

    return [s.text for s in razdel.sentenize(text)]


@lru_cache(maxsize=None)
def _pysbd_segmenter(lang: str):
    import pysbd

    return pysbd.Segmenter(language=lang, clean=False)


def _split_pysbd(text: str, lang: str = "en") -> list[str]:
    if len(text) > PYSBD_LINE_CHARS and any(len(line) > PYSBD_LINE_CHARS for line in text.split("\n")):
        return _split_pysbd_in_pieces(text, lang)
    return _pysbd_sentences(text, lang)


def _pysbd_sentences(text: str, lang: str) -> list[str]:
    """pysbd's sentences of `text`, stripped, quotations apart (`_split_quotations`)."""
    return _split_quotations([s.strip() for s in _pysbd_segmenter(lang).segment(text) if s.strip()], lang)


@lru_cache(maxsize=None)
def _pysbd_abbreviations(lang: str) -> frozenset[str]:
    from pysbd.languages import Language

    return frozenset(a.casefold() for a in Language.get_language_code(lang).Abbreviation.ABBREVIATIONS)


def _split_quotations(pieces: list[str], lang: str) -> list[str]:
    """See QUOTE_MARKS. No cut after a word pysbd knows as an abbreviation ("Gov. Smith")."""
    abbreviations = _pysbd_abbreviations(lang)
    sentences: list[str] = []
    for piece in pieces:
        if not QUOTE_MARKS.search(piece):
            sentences.append(piece)
            continue
        start = 0
        for end in INNER_SENTENCE_END.finditer(piece):
            word = re.search(r"[^\W\d_]+$", piece[: end.start()])
            if word and word.group().casefold() in abbreviations:
                continue
            cut = end.start()
            while cut < end.end() and not piece[cut].isspace():
                cut += 1  # a closing quote stays with its sentence
            sentences.append(piece[start:cut])
            start = end.end()
        sentences.append(piece[start:])
    return [s.strip() for s in sentences if s.strip()]


def _split_pysbd_in_pieces(text: str, lang: str) -> list[str]:
    """pysbd over pieces of at most PYSBD_LINE_CHARS characters (see there), in linear time."""
    sentences: list[str] = []
    start, glue = 0, None  # glue: how the previous cut joins its sentences again (None: a sentence end)
    while start < len(text):
        end = _cut(text, start)
        piece = text[start:end]
        if _pysbd_cannot_cut(piece, lang):
            pieces = [piece.strip()] if piece.strip() else []
        else:
            pieces = _pysbd_sentences(piece, lang)
        if glue is not None and sentences and pieces:
            sentences[-1] = sentences[-1] + glue + pieces.pop(0)
        sentences += pieces
        before = text[max(0, end - 16) : end]
        if before.endswith("\n") or re.search(SENTENCE_END.pattern + "$", before):
            glue = None
        else:
            glue = " " if before[-1:].isspace() else ""
        start = end
    return sentences


@lru_cache(maxsize=None)
def _pysbd_cutting_marks(lang: str) -> re.Pattern[str]:
    """Characters without which pysbd leaves a text whole: its language's sentence ends, a line break, a list's
    closing parenthesis ("a) … b)") and the quotation marks of its "quotation ends a sentence" rule."""
    from pysbd.languages import Language

    marks = set(Language.get_language_code(lang).Punctuations) | set("\n\r)\"'“”")
    return re.compile("[" + re.escape("".join(sorted(marks))) + "]")


def _pysbd_cannot_cut(piece: str, lang: str) -> bool:
    """A piece pysbd would give back whole: skipping pysbd there keeps a line of megabytes without punctuation
    linear in practice, as pysbd's abbreviation scan costs some 60 ms a piece."""
    return _pysbd_cutting_marks(lang).search(piece) is None


def _cut(text: str, start: int) -> int:
    """Where the piece starting at `start` ends: the end of the text, else the last sentence end (or line
    break) within PYSBD_LINE_CHARS characters, else the last space there, else PYSBD_LINE_CHARS on."""
    limit = start + PYSBD_LINE_CHARS
    if limit >= len(text):
        return len(text)
    window = text[start:limit]
    ends = [m.end() for m in SENTENCE_END.finditer(window)]
    newline = window.rfind("\n")
    best = max(ends[-1] if ends else 0, newline + 1 if newline >= 0 else 0)
    if best > 0:
        return start + best
    space = max(window.rfind(" "), window.rfind("\t"))
    return start + space + 1 if space > 0 else limit


_SPLITTERS: dict[str, SplitFn] = {
    "tokenize_uk": _split_tokenize_uk,
    "razdel": _split_razdel,
    "pysbd": _split_pysbd,
}


def splitter_name(lang: str) -> str:
    return load_locale(lang).get("segment.splitter", "pysbd")


@lru_cache(maxsize=None)
def _glue_rules(lang: str) -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    locale = load_locale(lang)
    never_final = tuple(sorted(locale.get("segment.never_final", []), key=len, reverse=True))
    abbreviations = tuple(sorted(locale.get("segment.abbreviations", []), key=len, reverse=True))
    return never_final, abbreviations, frozenset(locale.get("segment.continuations", []))


@lru_cache(maxsize=None)
def _continued(lang: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """(abbreviation, the words that go on with its sentence after it): `segment.continued`."""
    return tuple((a, frozenset(words)) for a, words in sorted(load_locale(lang).get("segment.continued", {}).items()))


@lru_cache(maxsize=None)
def _never_last_words(lang: str) -> frozenset[str]:
    """`segment.never_last_words`: the words no sentence ends with (articles, prepositions, conjunctions), as written:
    in lower case ("Plan A" may end a headline)."""
    return frozenset(load_locale(lang).get("segment.never_last_words", []))


def _wrapped_line(previous: str, piece: str, starts_lower: bool, lang: str) -> bool:
    """`previous` ends with a word, no mark after it, and `piece` goes on with its sentence: it starts in lower case
    (not a brand's "iPhone") or `previous` ends with a word no sentence ends with. So a splitter that cuts at every
    line break (pysbd) keeps a paragraph hard-wrapped as wire copy and e-mail are ("approved a plan to\nrestore the
    energy sector", "said on Monday that the\nCabinet had") one sentence, as the Ukrainian and Russian splitters
    keep it."""
    last_word = re.search(r"(?:^|\s)([^\W\d_]+)$", previous)
    if last_word is None and not re.search(r"\d$", previous):
        return False
    goes_on = starts_lower and not piece.lstrip("\"'»”’")[1:2].isupper()
    return goes_on or (last_word is not None and last_word.group(1) in _never_last_words(lang))


@lru_cache(maxsize=None)
def _speaking(lang: str) -> re.Pattern[str]:
    """The words, in lower case after a "?" or "!", that say who spoke ("Why? she asked.", "Що? спитав він"):
    the locale's `segment.speech_verbs`, alone or after one of its `segment.speakers` (third persons: "i said
    i'm fine" in a chat is a sentence of its own), and then at most two words before a punctuation mark, as
    an attribution ends ("asked Martin.", "спросил он тихо."). They go on with the sentence the question
    ended; a chat's lower-case sentence ("why? she never told me") starts otherwise."""
    locale = load_locale(lang)
    verbs = "|".join(sorted(map(re.escape, locale.get("segment.speech_verbs", [])), key=len, reverse=True))
    speakers = "|".join(sorted(map(re.escape, locale.get("segment.speakers", [])), key=len, reverse=True))
    if not verbs:
        return re.compile(r"(?!)")
    subject = rf"(?:(?:{speakers})\s+)?" if speakers else ""
    ends = r"(?=\s*[,.!?;:…—–-]|\s+[^\s.!?,;:]+(?:\s+[^\s.!?,;:]+)?\s*[,.!?;:…])"
    return re.compile(rf"[\"'»”’]*\s*{subject}(?:{verbs})\b{ends}")


def _question_then_speaker(previous: str, piece: str, lang: str) -> bool:
    """`piece` says who asked or exclaimed what `previous` ends with (see `_speaking`)."""
    return re.search(r"[!?][\"'»”’]*$", previous) is not None and _speaking(lang).match(piece) is not None


def _ends_with_token(sentence: str, abbreviation: str) -> bool:
    if not sentence.endswith(abbreviation):
        return False
    before = sentence[: -len(abbreviation)]
    return not before or not before[-1].isalnum()


# how far into the next piece a parenthesis left open must close for the two to be one sentence
NOTE_CLOSES_WITHIN = 16
# a parenthesis opened right after a quotation's closing mark and still open: the quotation's translation
TRANSLATION_OPENED = re.compile(r"[\"”»]\s*\([^()]*$")
TRANSLATION_CLOSES_WITHIN = 300


def _dateline_joined(pieces: list[str], lang: str) -> list[str]:
    """The first pieces joined where they open with an agency's dateline (`_DATELINE_OPENING`: a place, a day of a
    month CLDR names, maybe the agency), cut anywhere."""
    for k in range(min(3, len(pieces) - 1), 0, -1):  # the longest: a place, a day and the agency before a day alone
        opening = " ".join(pieces[:k])
        if (_a_dateline(_DATELINE_OPENING.fullmatch(opening), lang) or _PLACE_DATELINE.fullmatch(opening)
                or _a_state_dateline(_STATE_DATELINE.fullmatch(opening), lang)
                or _a_place_alone(_PLACE_ALONE.fullmatch(opening), lang)):
            return [" ".join(pieces[:k + 1])] + pieces[k + 1:]
    return pieces


def _a_place_alone(opening: re.Match | None, lang: str) -> bool:
    """A match of `_PLACE_ALONE` that names a city the glossary knows: "NATO.", "ВАЖЛИВО." and a country's digest
    heading ("США. Президент ...") open no story."""
    from consistency.stages.facts.entities import glossary_kind  # here: the facts package imports this module
    from consistency.stages.facts.name_keys import name_key
    return opening is not None and glossary_kind(name_key(opening.group(1), lang)) == "city"


def _a_state_dateline(opening: re.Match | None, lang: str) -> bool:
    """A match of `_STATE_DATELINE` whose abbreviation is a place's in the glossary ("Colo.") or a state's that is a
    word too (`names.states_after_a_city`: "Pa."): "NATO, Gen. Cavoli said" opens with a title."""
    from consistency.stages.facts.entities import glossary_kind  # here: the facts package imports this module
    from consistency.stages.facts.name_keys import name_key
    if opening is None:
        return False
    state = opening.group("state")
    return state in load_locale(lang).get("names.states_after_a_city", {}) or glossary_kind(
        name_key(state, lang)) in ("place", "city")


def _a_dateline(opening: re.Match | None, lang: str) -> bool:
    """A match of `_DATELINE_OPENING` whose month is one CLDR names in `lang`."""
    return opening is not None and (opening.group("month") or opening.group("month2")).casefold() in month_names(lang)


def dateline_ends(text: str, lang: str) -> list[int]:
    """Where the story's first words start after each agency's dateline opening a line of `text` ("КИЇВ. 2
    грудня. Під час ...", "Київ. 4 грудня. ІНТЕРФАКС-УКРАЇНА – АТ ..."): they open a sentence, which the segmenter
    joined to the dateline (`_dateline_joined`)."""
    ends = []
    for line in re.finditer(r"^[^\n]+", text, re.MULTILINE):
        if _a_dateline(opening := _DATELINE_OPENING.match(line.group(0)), lang) or (
                opening := _PLACE_DATELINE.match(line.group(0))) or _a_state_dateline(
                opening := _STATE_DATELINE.match(line.group(0)), lang) or _a_place_alone(
                opening := _PLACE_ALONE.match(line.group(0)), lang):
            ends.append(line.start() + opening.end())
    return ends


@lru_cache(maxsize=None)
def month_names(lang: str) -> frozenset[str]:
    """The month names CLDR gives `lang`, folded: "грудня", "December" (none, and so no dateline, for a locale
    Babel does not know)."""
    return frozenset(name.casefold() for names in cldr_month_names(lang) for name in names.values())


def _closes_within(piece: str, within: int) -> bool:
    """`piece` closes, within its first `within` characters, a parenthesis left open before it (a ")" before any
    "(")."""
    return ")" in piece[:within] and "(" not in piece[:piece.index(")")]


def _glue(pieces: list[str], lang: str) -> list[str]:
    """Join pieces that a splitter cut after an abbreviation or an initial."""
    pieces = _dateline_joined(pieces, lang)
    never_final, abbreviations, continuations = _glue_rules(lang)
    merged: list[str] = []
    for piece in pieces:
        if merged and not any(c.isalnum() for c in piece):  # a closing quote or dash split off on its own
            merged[-1] = merged[-1] + " " + piece
            continue
        closing = CLOSING_QUOTE_THEN_SENTENCE.match(piece)
        if merged and closing and re.search(r"[.!?…]$", merged[-1]):
            # a quote closed after the sentence end ("...help you.” On the third day"): the mark ends the
            # sentence before (spaced as the splitter gave it: `_locate` finds it either way), the rest is
            # a sentence of its own
            merged[-1] = merged[-1] + " " + closing.group(1)
            piece = piece[closing.end(1):].lstrip()
        if merged:
            previous = merged[-1]
            # after a quote's closing mark too: '", - добавил він' goes on with the quoted sentence
            bare = piece.lstrip('"»”')
            starts_lower = bare[:1].islower() or bare[:1] in ",;:)»”"
            # a figure after a full stop starts a sentence ("... 5 перехожих. 2 березня ..."), unless the
            # stop ends an abbreviation ("ст. 5", "No. 5", "2019 р. 5 травня")
            after_abbreviation = (starts_lower or piece[:1].isdigit()
                                  or piece.split(None, 1)[0].rstrip(",;:") in continuations)
            initial = re.search(r"(?:^|\s)\w\.$", previous) is not None and piece[:1].isupper()
            spaced_date = _SPACED_DATE_END.search(previous) is not None and _SPACED_DATE_REST.match(piece) is not None
            if spaced_date and not re.fullmatch(r"\d{1,2}\.", piece.strip()):  # a lone "4." is no sentence anyway
                spaced_date = re.search(r"\d{1,2}\.\s?\d{1,2}\.\s?\d{4}\b", previous[-8:] + " " + piece[:12]) is not None
            # a full stop inside a parenthesis the next piece soon closes: an editor's note ("(... групами. -
            # Ред.)", "(... groups. — Ed.)") goes on with the sentence it stands in
            # a quotation's translation in brackets after it, of sentences of its own ("«Ukraine is not alone. We
            # will stand by Ukraine» (Україна не сама. Ми будемо поруч), — написав він"): one sentence with it
            closes_note = (previous.count("(") > previous.count(")") and _closes_within(piece, NOTE_CLOSES_WITHIN)
                           or TRANSLATION_OPENED.search(previous) is not None
                           and _closes_within(piece, TRANSLATION_CLOSES_WITHIN))
            if (
                closes_note
                or any(_ends_with_token(previous, a) for a in never_final)
                or (after_abbreviation and any(_ends_with_token(previous, a) for a in abbreviations))
                or any(_ends_with_token(previous, a) and piece.split(None, 1)[0].rstrip(",;:") in words
                       for a, words in _continued(lang))
                or (initial and len(previous) > 2)
                or spaced_date
                or (starts_lower and re.search(r"\.[)\"»”]*$", previous) is not None)
                or _wrapped_line(previous, piece, starts_lower, lang)
                or (ATTRIBUTION.match(piece) is not None and re.search(r"[.!?…][\"'»”’]*$", previous) is not None)
                or _question_then_speaker(previous, piece, lang)
                or piece.lstrip("\"'»”’")[:1] in (",", ";", ":")  # no sentence opens with a comma
                or re.search(r",[\"'»”’]*$", previous) is not None  # nor ends with one, a quote closed after it
            ):
                merged[-1] = previous + " " + piece
                continue
        merged.append(piece)
    return merged


def _locate(pieces: Iterable[str], text: str, offset: int) -> list[tuple[int, int]]:
    """Offsets of each piece in `text`, searching forward; splitters may re-space what they return."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in pieces:
        words = piece.split()
        if not words:
            continue
        if cursor >= len(text.rstrip()):
            break  # a piece not found took the rest of the paragraph: no empty sentences after it
        found = _find_words(words, text, cursor)
        if found is None:  # the splitter changed characters; fall back to the rest of the paragraph
            start = cursor + (len(text[cursor:]) - len(text[cursor:].lstrip()))
            spans.append((offset + start, offset + len(text.rstrip())))
            cursor = len(text)
            continue
        spans.append((offset + found[0], offset + found[1]))
        cursor = found[1]
    return _with_what_was_left_out(spans, text, offset)


def _with_what_was_left_out(spans: list[tuple[int, int]], text: str, offset: int) -> list[tuple[int, int]]:
    """`spans` and, as sentences of their own, the stretches of `text` with a letter or a figure that no span
    covers: a splitter may return less than it was given (pysbd drops a whole line that holds one of the
    symbols it uses as placeholders, "☝", "✂", "∯": a chat's "I drink lots of water ☝🏻" vanished, and the
    edition that kept it was reported as adding a paragraph). Text of the edition is never left unread."""
    out: list[tuple[int, int]] = []
    cursor = 0
    for start, end in spans + [(offset + len(text), offset + len(text))]:
        gap = (cursor, start - offset)
        if re.search(r"[^\W_]", text[gap[0]:gap[1]]):
            gap_start, gap_end = _trim(text, *gap)
            out.append((offset + gap_start, offset + gap_end))
        if end > start:
            out.append((start, end))
        cursor = max(cursor, end - offset)
    return out


def _find_words(words: list[str], text: str, cursor: int) -> tuple[int, int] | None:
    """(start, end) of the first place at or after `cursor` where `words` stand in `text` in order,
    separated by whitespace or nothing: what searching for `\\s*`.join(escaped words) finds, without
    compiling a pattern as long as the sentence (that took seconds for a sentence of a megabyte)."""
    first = words[0]
    start = text.find(first, cursor)
    while start >= 0:
        position = start + len(first)
        for word in words[1:]:
            # no space needed: a splitter may have spaced off a closing quote ("you. ”" for "you.”")
            while position < len(text) and text[position].isspace():
                position += 1
            if not text.startswith(word, position):
                break
            position += len(word)
        else:
            return start, position
        start = text.find(first, start + 1)
    return None


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Blank-line separated blocks; bullet lines are paragraphs of their own; a text with no blank
    lines at all is one paragraph per line (scraped pages often come that way)."""
    if not BLANK_LINES.search(text):
        blocks = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    else:
        blocks, start = [], 0
        for gap in BLANK_LINES.finditer(text):
            blocks.append((start, gap.start()))
            start = gap.end()
        blocks.append((start, len(text)))
    paragraphs: list[tuple[int, int]] = []
    for start, end in blocks:
        lines = [(m.start() + start, m.end() + start) for m in re.finditer(r"[^\n]+", text[start:end])]
        lines = [(s, e) for s, e in lines if text[s:e].strip()]
        if not lines:
            continue
        if any(BULLET.match(text[s:e]) for s, e in lines):
            # a list: every bullet starts a paragraph; unbulleted lines continue the previous one
            current: tuple[int, int] | None = None
            for s, e in lines:
                if BULLET.match(text[s:e]) or current is None:
                    if current:
                        paragraphs.append(current)
                    current = (s, e)
                else:
                    current = (current[0], e)
            if current:
                paragraphs.append(current)
        else:
            paragraphs.append((lines[0][0], lines[-1][1]))
    return [_trim(text, s, e) for s, e in paragraphs]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# a line ending in a full stop, a semicolon or a colon ends its sentence, whatever the splitter makes of the line
# break: a list without bullets ("Ось як змінювалася ціна:" and "2015 – 4 грн;" on lines of their own), which
# tokenize_uk runs together and razdel does not; not before a line in lower case, which goes on with the sentence
# in hard-wrapped text ("The minister said:\nwe will not leave."), unless one of the two is an item of a list,
# ending in a semicolon ("рішення:\nпідвищити тарифи;\nскасувати пільги.")
LINE_END = re.compile(r"(?<=[.;:!?…])[ \t]*\n")


def _lines_ending_sentences(text: str) -> list[str]:
    """`text` cut at each LINE_END, but before a line in lower case where neither it nor the line before is a
    list's item; and before each line a pictograph opens, as a post's items open with one ("📍 8 грудня — смт
    Захарівка, ... з 10:00 до 14:00"), the line before it ending in no mark."""
    lines, start = [], 0
    items = [m for m in _BREAK.finditer(text)
             if _a_pictograph(text, m.end()) and (m.start() == 0 or text[m.start() - 1] not in ".;:!?…")]
    ends = sorted([*LINE_END.finditer(text), *items], key=lambda m: m.start())
    for end in ends:
        next_end = text.find("\n", end.end())
        next_line = text[end.end():next_end if next_end >= 0 else len(text)].strip()
        listed = text[end.start() - 1] == ";" or next_line.endswith(";")
        if listed or not next_line[:1].islower():
            lines.append(text[start:end.start()])
            start = end.end()
    return lines + [text[start:]]


_BREAK = re.compile(r"[ \t]*\n[ \t]*")


def _a_pictograph(text: str, at: int) -> bool:
    """A pictograph (an emoji, an arrow, a pin: `is_pictograph`) stands at `at`."""
    return at < len(text) and is_pictograph(text[at])


# a row of a table in words: a label of a few words, a spaced dash, maybe a word, a figure and what it counts
# ("танків ‒ 11412 (+3) од", "personnel ‒ about 1,187,450 (+1,180)", "«Слуга народу» – 23,4%", "Вінниця – 12:40 /
# 12:43"), no mark in it but a figure's and none at its end but ",", ";" or "."; as the General Staff's daily tally
# lists the enemy's losses, a poll its parties and a timetable its stations; maybe under a heading of its own before a
# colon ("Важка вага: Назар Бойко – 27-ме місце", a ranking's division)
_TABLE_ROW = re.compile(r"(?:[^\W\d][^\d,:;!?…\n]{0,30}:\s)?"
                        r"[«\"“„‘']?[^\W\d][^\d,:;!?…\n]{0,60}?\s[‒–—-]\s+(?:[^\W\d]+\s+)?[+−-]?\d"
                        r"(?:[^,:;!?…\n]|(?<=\d)[,.:](?=\d)){0,30}?[,;.]?")


# or a row labelled by its number before a spaced dash ("1.1 — з 00:00 до 03:30 та з 14:00 до 17:30", a subgroup of
# a power-cut schedule), with no mark in it that ends a sentence
_NUMBERED_ROW = re.compile(r"\d{1,3}(?:\.\d{1,3})*\.?\s[‒–—-]\s[^.!?…\n]{1,150}[,;.]?")


# or a row pairing two names by a spaced dash, a draw's or a fixture list's ("Україна – Японія", "Казахстан – Румунія",
# as English writes "Ukraine v Japan"), with no figure or mark in it
_PAIRED_ROW = re.compile(r"[«\"“„']?[A-ZА-ЯЁІЇЄҐ][^\d,:;!?…\n.]{0,40}?\s[‒–—-]\s"
                         r"[«\"“„']?[A-ZА-ЯЁІЇЄҐ][^\d,:;!?…\n.]{0,40}")


# or a row opened by its ordinal, or a range of them, and the word it counts, no mark ending it ("1-й етап, вівторок, 19
# січня: Танунда – Танунда, 141,2 км", as English writes "Stage 1, Tuesday January 19: ..."; "3–4-те місця – по $80
# 000")
_ORDINAL_ROW = re.compile(r"\d{1,3}[-–]?[^\W\d_]{0,3}(?:[-–]\d{1,3}[-–]?[^\W\d_]{0,3})?\s[^\W\d_]+[,:]?\s[^\n]{1,150}"
                          r"(?<![.!?…])(?<![.!?…][»\"”’)\]])")


# or a match's result, its two sides, its score and maybe its scorers in brackets ("«Колос» – «Динамо» – 1:3 (Сидорук,
# 58 (автогол) – Ярошенко, 23)", "Kolos 1-3 Dynamo (Sydoruk 58og – Yaroshenko 23)")
_SIDE = r"[«\"“„']?[A-ZА-ЯЁІЇЄҐ][^\d\n(]{0,40}?"
RESULT_ROW = re.compile(rf"{_SIDE}\s(?:[‒–—-]\s{_SIDE}\s[‒–—-]\s\d{{1,3}}[:\-–]\d{{1,3}}"
                         rf"|\d{{1,3}}[:\-–]\d{{1,3}}\s{_SIDE}(?:\s\d{{4}})?)(?:\s\([^\n]{{1,200}}\))?[.;,]?")


def _tables_apart(text: str) -> list[tuple[str, bool]]:
    """`text` as (block, whether it is a row of a table): two or more `_TABLE_ROW` lines in a row are each a sentence,
    which no splitter runs into its neighbours (tokenize_uk and razdel run lines without a mark together, and a
    row ending "од." or "," would be glued to the next); the text between them goes to the splitter."""
    lines = text.split("\n")
    rows = [bool(_TABLE_ROW.fullmatch(line.strip()) or _NUMBERED_ROW.fullmatch(line.strip())
                 or _PAIRED_ROW.fullmatch(line.strip()) or _ORDINAL_ROW.fullmatch(line.strip())
                 or RESULT_ROW.fullmatch(line.strip())) for line in lines]
    beside = [False, *rows[:-1]], [*rows[1:], False]  # the line before each, the line after each
    in_a_table = [row and (before or after) for row, before, after in zip(rows, *beside)]
    if not any(in_a_table):
        return [(text, False)]
    blocks: list[tuple[str, bool]] = []
    prose: list[str] = []
    for line, row in zip(lines, in_a_table):
        if row:
            if prose:
                blocks.append(("\n".join(prose), False))
                prose = []
            blocks.append((line, True))
        else:
            prose.append(line)
    if prose:
        blocks.append(("\n".join(prose), False))
    return blocks


def split_sentences(text: str, lang: str) -> list[str]:
    return [sentence for block, row in _tables_apart(text)
            for sentence in ([block.strip()] if row else _split_prose(block, lang)) if sentence]


def _split_prose(text: str, lang: str) -> list[str]:
    name = splitter_name(lang)
    if name == "pysbd":
        split = partial(_split_pysbd, lang=load_locale(lang).get("segment.pysbd_language", lang))
    else:
        split = _SPLITTERS[name]
    pieces = [p for line in _lines_ending_sentences(text) for p in _whole_spans(line, split(line))]
    pieces = _cut_after_one_digit(_cut_after_units(_cut_after_plain_words(_glue(pieces, lang), lang), lang))
    return _cut_after_smileys(_cut_lower_case_starts(pieces, lang))


# a range of figures joined by an ellipsis, as forecasts write temperatures ("-2...+3°", "+1…+6°")
FIGURES_ELLIPSIS = re.compile(r"\d[ \u00a0]?(?:\.\.\.|…)[ \u00a0]?[+\-−–]?\d")


def _whole_spans(line: str, pieces: list[str]) -> list[str]:
    """The sentences of a line, stripped, joined again where a splitter cut one inside a web address ("…/faq?" and
    "id=2024.": pysbd ends a sentence at any "?") or inside a range of figures an ellipsis joins ("At night -2.." and
    ".+3°": pysbd ends one at "...")."""
    inside = [m.span() for pattern in (WEB_ADDRESS, FIGURES_ELLIPSIS) for m in pattern.finditer(line)]
    out: list[tuple[int, str]] = []  # (where the sentence starts in the line, the sentence)
    position = 0
    for piece in (p.strip() for p in pieces):
        start = line.find(piece, position) if piece else -1
        if start < 0:
            if piece:
                out.append((-1, piece))  # a splitter that rewrote its text: kept as it gave it
            continue
        if out and out[-1][0] >= 0 and any(s < start < e for s, e in inside):
            out[-1] = (out[-1][0], line[out[-1][0] : start + len(piece)])
        else:
            out.append((start, piece))
        position = start + len(piece)
    return [piece for _, piece in out]


def _full_stop_before_a_word(head: str) -> re.Pattern[str]:
    """`head`, then a full stop, closing quotes and a space before a word (an opening quote first, maybe): where
    `_cut_after_plain_words` and `_cut_after_units` may cut."""
    return re.compile(rf"{head}\.[\"”’»]*\s+(?=[\"“«‘]?[^\W\d_])")


@lru_cache(maxsize=None)
def _plain_word_ends(lang: str) -> re.Pattern[str]:
    """A full stop after one of the locale's `segment.plain_words` (in lower case) and before a capital."""
    words = load_locale(lang).get("segment.plain_words", [])
    if not words:
        return re.compile(r"(?!)")
    return _full_stop_before_a_word(rf"(?<![\w.])(?:{'|'.join(map(re.escape, words))})")


def _cut_after_plain_words(pieces: list[str], lang: str) -> list[str]:
    """Cut where a plain word in lower case ends a sentence that the splitter kept whole, taking the word for
    an abbreviation it lists ("fine for me. I have": pysbd reads "me." as Maine's; `segment.plain_words`)."""
    return _cut_where(pieces, _plain_word_ends(lang), lambda piece, start, end: piece[end.end():][:1].isupper()
                      or piece[end.end():][:1] in "\"“«‘")


@lru_cache(maxsize=None)
def _unit_ends(lang: str) -> re.Pattern[str]:
    """A full stop after a figure and one of the locale's unit words as written (no "*" forms), before a
    capital: "до 50 °С. Коврики", "22 см. Чехол" end their sentences, where razdel and tokenize_uk read the
    unit for an initial or an abbreviation ("см." is also "see"). Not a unit of one letter: "03150 м. Київ",
    "буд. 5 м. Київ" is a city's "м." after a postcode or a house number, "м. Тверская" a metro station."""
    written = sorted({w.rstrip(".") for unit in load_locale(lang).get("units", []) for w in unit["words"]
                      if "*" not in w and len(w.rstrip(".")) > 1}, key=lambda w: (-len(w), w))
    if not written:
        return re.compile(r"(?!)")
    units = "|".join(r"\s+".join(map(re.escape, w.split())) for w in written)
    return _full_stop_before_a_word(rf"(?<=\d)\s?(?:{units})")


def _cut_after_units(pieces: list[str], lang: str) -> list[str]:
    """See `_unit_ends`."""
    return _cut_where(pieces, _unit_ends(lang),
                      lambda piece, start, end: piece[end.end():].lstrip("\"“«‘")[:1].isupper())


# a full stop after one digit that follows a word, before a capital: "on May 5. Then", "рахунок став 5. Потім" end
# their sentences, and so do "on Dec. 5. Then", "за ст. 5. Далі", where pysbd, razdel and tokenize_uk all read the
# digit for a list's number ("1. Перше" opening a line is one)
ONE_DIGIT_END = _full_stop_before_a_word(r"(?:(?<=[^\W\d_][ \u00a0])|(?<=[^\W\d_]\.[ \u00a0]))\d")


# a dateline's place in capitals and its day, opening a piece ("KYIV, December 5. UNIAN. The government",
# "WASHINGTON, Dec 5. The president"): its full stop ends no sentence
_DATELINE_DAY = re.compile(_place_and_day(after_month=r"\.?") + r"\.")


def _cut_after_one_digit(pieces: list[str]) -> list[str]:
    """See ONE_DIGIT_END."""
    def ends_a_sentence(piece: str, start: int, end: re.Match) -> bool:
        dateline = _DATELINE_DAY.match(piece, start)
        return piece[end.end():].lstrip("\"“«‘")[:1].isupper() and not (dateline and end.start() < dateline.end())

    return _cut_where(pieces, ONE_DIGIT_END, ends_a_sentence)


_SMILEY_PARENTHESES = re.compile(r"[:;]-?[()]+|\({2,}|\){2,}")
_LIST_LETTER = re.compile(r"(?:^|\s)[^\W\d_]\s*$")


def _parenthesis_open(text: str) -> bool:
    """A "(" is open at the end of `text`, smileys aside."""
    plain = _SMILEY_PARENTHESES.sub("", text)
    return plain.count("(") > plain.count(")")


def _cut_after_smileys(pieces: list[str]) -> list[str]:
    """See SMILEY_END."""
    def ends_a_sentence(piece: str, start: int, end: re.Match) -> bool:
        before = piece[:end.start()]
        return ")" not in end.group() or not (_parenthesis_open(before) or _LIST_LETTER.search(before))

    return _cut_where(pieces, SMILEY_END, ends_a_sentence)


def _cut_where(pieces: list[str], boundary: re.Pattern,
               ends_a_sentence: Callable[[str, int, re.Match], bool]) -> list[str]:
    """Each piece cut after every match of `boundary` that `ends_a_sentence(piece, start of the current
    sentence, match)` accepts."""
    out: list[str] = []
    for piece in pieces:
        start = 0
        for end in boundary.finditer(piece):
            if ends_a_sentence(piece, start, end):
                out.append(piece[start:end.end()].strip())
                start = end.end()
        out.append(piece[start:].strip())
    return [p for p in out if p]


@lru_cache(maxsize=None)
def _listed_abbreviations(lang: str) -> frozenset[str]:
    """The locale's abbreviations as words ("млн", "approx"): no sentence ends after one of them."""
    never_final, abbreviations, _ = _glue_rules(lang)
    return frozenset(a.rstrip(".").casefold() for a in never_final + abbreviations)


def _cut_lower_case_starts(pieces: list[str], lang: str) -> list[str]:
    """See LOWER_CASE_START."""
    listed = _listed_abbreviations(lang)

    def ends_a_sentence(piece: str, start: int, end: re.Match) -> bool:
        word = re.search(r"[^\W\d_]+(?=\W*$)", piece[start:end.start() + 1])
        if _question_then_speaker(piece[start:end.end()].rstrip(), piece[end.end():], lang):
            return False
        return not (piece[end.start()] == "." and word is not None and word.group().casefold() in listed)

    return _cut_where(pieces, LOWER_CASE_START, ends_a_sentence)


def segment_text(text: str, lang: str, *, path: Path | str | None = None,
                 max_sentences: int | None = MAX_SENTENCES) -> Segmentation:
    """Paragraphs and sentences of `text`; past `max_sentences` sentences a StoryError naming `path`
    (raised as soon as the count is passed: the rest of a huge file is never split)."""
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    for p_index, (p_start, p_end) in enumerate(split_paragraphs(text)):
        body = text[p_start:p_end]
        paragraphs.append(Paragraph(index=p_index, start=p_start, end=p_end, text=body))
        # a bullet marker is not part of the sentence
        marker = BULLET.match(body)
        inner_offset = marker.end() if marker else 0
        inner = body[inner_offset:]
        for s_start, s_end in _locate(split_sentences(inner, lang), inner, p_start + inner_offset):
            sentences.append(
                Sentence(index=len(sentences), paragraph=p_index, start=s_start, end=s_end, text=text[s_start:s_end])
            )
        if max_sentences is not None and len(sentences) > max_sentences:
            raise StoryError(path, f"more than {max_sentences:,} sentences (the limit per edition, MAX_SENTENCES; "
                                   "a news article has tens to a few hundred): split the story or check the file")
    return Segmentation(paragraphs=tuple(paragraphs), sentences=tuple(sentences), splitter=splitter_name(lang))


def segment_story(story: Story) -> dict[str, Segmentation]:
    return {key: segment_text(edition.text, edition.lang, path=edition.path)
            for key, edition in sorted(story.editions.items())}
