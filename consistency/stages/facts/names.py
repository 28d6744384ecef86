"""Names of people, places, organisations and weapon systems, made comparable across scripts.

A name is read as a unit of words, not word by word: "Lloyd J. Austin III", "Antony Blinken", "United
States", "Ллойдом Остіном". The reading, per sentence:

1. Glossary phrases first (the locale's `names.aliases`, matched word by word on stems, so "Білого дому"
   is "Білий дім" and "Сполучених Штатів" is "Сполучені Штати").
2. The remaining capitalised words form runs; a run is cut at common and title words ("Secretary",
   "State", "Department", "Defense" — the locale's `names.common`, and any word the edition also writes
   in lower case), which never become names on their own. Initials ("J.") and generation suffixes
   ("III") belong to a run but never name it.
3. A run next to a glossary word joins it ("Lloyd Austin" → austin); a capital at a sentence start says
   nothing unless the glossary knows the word; a Title Case headline line gives glossary names only.

A name's value is a key shared by all languages: the glossary key ("kyiv" for Kyiv / Київ / Киев /
Києві) when the locale lists it, else "~" + a Latin skeleton of each word's stem (transliterated by the
locale's scheme, case endings stripped), joined by "|" ("~lloid|~ostin"); `same_name` compares those
fuzzily with rapidfuzz, word by word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from consistency.locales import available_locales, load_locale
from consistency.model import Fact

# a word (letters, inner apostrophes and hyphens), or a dotted abbreviation ("U.S.", "J.")
_TOKEN = re.compile(r"(?<![\w\-])(?:[A-Z](?:\.[A-Z])+\.?|[A-Z]\.(?!\w)|[^\W\d_](?:[\w’'\-]*[^\W_])?)")
_ROMAN = frozenset({"ii", "iii", "iv", "jr", "jr.", "sr", "sr."})
FUZZY_THRESHOLD = 80
_MAX_PHRASE = 5


@lru_cache(maxsize=None)
def _name_rules(lang: str):
    loc = load_locale(lang)
    endings = tuple(sorted(loc.get("names.endings", []), key=len, reverse=True))
    stop = frozenset(w.casefold() for w in loc.get("names.stop", []))
    function = frozenset(w.casefold() for w in loc.get("language.function_words", []))
    common = frozenset(w.casefold() for w in loc.get("names.common", []))
    aliases: dict[str, str] = {}
    phrases: dict[tuple[str, ...], str] = {}  # stems of each word of an alias → key
    # a name kept in another script ("The Washington Post" in a Ukrainian text) is read by the glossary
    # forms of every locale; the edition's own forms come last and win
    for other in available_locales():
        if other != lang:
            for key, forms in load_locale(other).get("names.aliases", {}).items():
                for form in forms:
                    aliases.setdefault(form.casefold(), key)
    for key, forms in loc.get("names.aliases", {}).items():
        for form in forms:
            aliases[form.casefold()] = key
            words = tuple(_stem(w, endings) for w in _words(form))
            phrases.setdefault(words, key)
    table = loc.get("transliteration.table", {})
    initial = loc.get("transliteration.initial", {})
    scheme = loc.get("transliteration.scheme")
    small = frozenset(w.casefold() for w in loc.get("names.title_case_small_words", []))
    title_case = (small, stop | function | common) if loc.get("names.title_case_headlines", False) else None
    return endings, stop, function, common, aliases, phrases, table, initial, scheme, title_case


def _words(text: str) -> list[str]:
    return [m.group() for m in _TOKEN.finditer(text)]


@lru_cache(maxsize=65536)
def _stem_cached(lowered: str, endings: tuple[str, ...]) -> str:
    for ending in endings:
        if lowered.endswith(ending) and len(lowered) - len(ending) >= 3:
            return lowered[: -len(ending)]
    return lowered


def _stem(word: str, endings: tuple[str, ...]) -> str:
    return _stem_cached(word.casefold().replace("’", "'"), endings)


def transliterate(word: str, lang: str) -> str:
    *_, table, initial, scheme, _title = _name_rules(lang)
    if scheme and scheme.startswith("iuliia:"):
        import iuliia

        return getattr(iuliia, scheme.split(":", 1)[1]).translate(word).casefold()
    if not table:
        return word.casefold()
    # keys may be several letters ("sz" → "sh" in Polish, "щ" in Ukrainian): the longest that fits wins
    longest = max(len(key) for key in table)
    lowered = word.casefold()
    out = []
    i = 0
    while i < len(lowered):
        if (i == 0 or not lowered[i - 1].isalpha()) and lowered[i] in initial:
            out.append(initial[lowered[i]])
            i += 1
            continue
        for size in range(min(longest, len(lowered) - i), 0, -1):
            piece = lowered[i : i + size]
            if piece in table or size == 1:
                out.append(table.get(piece, piece))
                i += size
                break
    return "".join(out)


def name_key(word: str, lang: str) -> str:
    """The key of one word (or a glossary phrase written as one string)."""
    return _name_key(word, lang)


@lru_cache(maxsize=65536)
def _name_key(word: str, lang: str) -> str:
    endings, _, _, _, aliases, phrases, *_ = _name_rules(lang)
    lowered = word.casefold()
    if lowered in aliases:
        return aliases[lowered]
    stems = tuple(_stem(w, endings) for w in _words(word))
    if stems in phrases:  # inflected alias: Остіна → austin, Умєровим → umerov
        return phrases[stems]
    return "~" + _skeleton(transliterate(stems[0] if len(stems) == 1 else lowered, lang))


_SKELETON_RULES = (("dzh", "j"), ("dge", "j"), ("kh", "h"), ("ck", "k"), ("ph", "f"), ("th", "t"), ("x", "ks"),
                   ("q", "k"), ("c", "k"), ("ie", "e"), ("j", "i"), ("y", "i"), ("w", "v"), ("'", ""), ("’", ""))


def _skeleton(latin: str) -> str:
    """Spelling variants that transliteration schemes disagree on, folded: kh/h, c/k, y/i/j, dzh/dge,
    double letters; a final vowel goes (America / Америк-и)."""
    s = latin
    for old, new in _SKELETON_RULES:
        s = s.replace(old, new)
    s = re.sub(r"(.)\1", r"\1", s)
    return s[:-1] if len(s) > 4 and s[-1] in "aeo" else s


def _parts(key: str) -> list[str]:
    return key.split("|")


def is_glossary(key: str) -> bool:
    return not key.startswith("~")


def same_name(a: str, b: str) -> bool:
    if a == b:
        return True
    return _same_name(a, b) if a <= b else _same_name(b, a)


@lru_cache(maxsize=65536)
def _same_name(a: str, b: str) -> bool:
    if is_glossary(a) or is_glossary(b):
        return False  # two glossary keys, or a glossary key and a guess: the glossary has the final word
    return any(fuzz.ratio(x[1:], y[1:]) >= FUZZY_THRESHOLD for x in _parts(a) for y in _parts(b))


def form_of(a: str, b: str) -> bool:
    """Looser than `same_name`: b could be a form of a (an adjective, a case form the endings miss, a
    transliteration off by more than fuzzy matching allows): "Nottingham" / "Ноттингемском"."""
    if same_name(a, b):
        return True
    if is_glossary(a) or is_glossary(b):
        return False
    for x in _parts(a):
        for y in _parts(b):
            x, y = x.lstrip("~"), y.lstrip("~")
            shorter = min(len(x), len(y))
            prefix = len(_common_prefix(x, y))
            if shorter >= 4 and prefix >= max(4, 0.6 * shorter):
                return True
            if fuzz.ratio(x, y) >= 70:
                return True
    return False


def _common_prefix(x: str, y: str) -> str:
    n = 0
    while n < len(x) and n < len(y) and x[n] == y[n]:
        n += 1
    return x[:n]


def word_keys(text: str, lang: str) -> list[str]:
    """The key of every word of `text`, capitalised or not, and its transliterated skeleton (to see
    whether a name is there in some form, a glossary form included)."""
    return [k for w in _words(text) if len(w) >= 3 for k in _word_keys(w, lang)]


@lru_cache(maxsize=65536)
def _word_keys(word: str, lang: str) -> tuple[str, ...]:
    key = name_key(word, lang)
    raw = "~" + _skeleton(transliterate(_stem(word, _name_rules(lang)[0]), lang))
    return (key,) if key == raw else (key, raw)


def glossary_skeletons(key: str, lang: str) -> list[str]:
    """The glossary forms of `key` in `lang` as transliterated skeletons ("russia" → "~rusi" in en), to
    compare with words the glossary does not list ("Russian")."""
    return list(_glossary_skeletons(key, lang))


@lru_cache(maxsize=4096)
def _glossary_skeletons(key: str, lang: str) -> tuple[str, ...]:
    if not is_glossary(key):
        return (key,)
    forms = load_locale(lang).get("names.aliases", {}).get(key, [])
    out = {"~" + _skeleton(transliterate(_stem(_words(f)[-1], _name_rules(lang)[0]), lang)) for f in forms if _words(f)}
    return tuple(sorted(out))


def lowercase_stems(text: str, lang: str) -> frozenset[str]:
    """Stems of the words an edition writes in lower case: such a word capitalised is a common word
    (a headline, a title), not a name."""
    endings = _name_rules(lang)[0]
    return frozenset(_stem(w, endings) for w in _words(text) if w[0].islower())


def _capitalised(word: str) -> bool:
    return word[0].isupper()


def _title_case_line(words: list[str], small: frozenset[str], known: frozenset[str], lowercase: frozenset[str],
                     endings: tuple[str, ...]) -> bool:
    """A headline written in Title Case: no word in lower case but the small ones Title Case leaves
    ("of", "the"), and some capitalised word that is plainly not a name ("And", "Meet", "Discussed")."""
    rest = words[1:]
    if len(rest) < 3 or any(not _capitalised(w) and w.casefold() not in small for w in rest):
        return False
    return any(_capitalised(w) and (w.casefold() in known or _stem(w, endings) in lowercase) for w in rest)


def read_names(text: str, lang: str, sentence_starts: list[int], taken: list[tuple[int, int]],
               lowercase: frozenset[str] | None = None) -> list[Fact]:
    endings, stop, function, common, aliases, phrases, *_rest, title_case = _name_rules(lang)
    if lowercase is None:
        lowercase = lowercase_stems(text, lang)
    starts = set(sentence_starts)
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)
              if not any(s < m.end() and m.start() < e for s, e in taken)]
    facts: list[Fact] = []
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        line_tokens = [t for t in tokens if line_start <= t[1] < line_end]
        headline = title_case is not None and _title_case_line(
            [t[0] for t in line_tokens], title_case[0], title_case[1], lowercase, endings)
        facts += _read_line(text, line_tokens, starts, headline, lowercase, lang)
        line_start = line_end + 1
    return facts


def _read_line(text, tokens, starts, headline, lowercase, lang) -> list[Fact]:
    endings, stop, function, common, aliases, phrases, *_ = _name_rules(lang)
    # each token: ("glossary", key, n tokens) | ("word", None, 1) | ("initial", ...) | ("break", ...)
    kinds: list[tuple[str, str | None, int]] = []
    i = 0
    while i < len(tokens):
        word, start, end = tokens[i]
        matched = None
        if _capitalised(word) or word.isupper():
            for n in range(min(_MAX_PHRASE, len(tokens) - i), 0, -1):
                if n > 1 and any(_gap(text, tokens[k], tokens[k + 1]) for k in range(i, i + n - 1)):
                    continue
                stems = tuple(_stem(t[0], endings) for t in tokens[i : i + n])
                key = phrases.get(stems) if n > 1 or word.casefold() not in aliases else aliases[word.casefold()]
                if key is None and n == 1:
                    key = phrases.get(stems)
                if key is not None:
                    matched = (key, n)
                    break
        if matched:
            kinds.append(("glossary", matched[0], matched[1]))
            kinds += [("inside", None, 0)] * (matched[1] - 1)
            i += matched[1]
            continue
        folded = word.casefold()
        if headline or not _capitalised(word) or folded in stop or folded in function:
            kinds.append(("break", None, 1))
        elif len(word) == 2 and word.endswith(".") or folded in _ROMAN:
            kinds.append(("initial", None, 1))
        elif folded in common or _stem(word, endings) in lowercase or (len(word) < 3 and not word.isupper()):
            kinds.append(("common", None, 1))
        else:
            kinds.append(("word", None, 1))
        i += 1

    facts: list[Fact] = []
    i = 0
    while i < len(tokens):
        kind, key, n = kinds[i]
        if kind not in ("word", "glossary", "initial"):
            i += 1
            continue
        # a run: words and initials, joined by nothing but spaces, ending at most in one glossary name
        j = i
        glossary: list[tuple[str, int]] = []
        while j < len(tokens):
            k2, key2, n2 = kinds[j]
            if j > i and _gap(text, tokens[j - 1], tokens[j]):
                break
            if k2 == "inside":
                j += 1
                continue
            if k2 == "glossary":
                if glossary:
                    break  # two glossary names side by side ("Ukraine Russia") stay two names
                glossary.append((key2, j))
                j += n2
                continue
            if k2 in ("word", "initial") and not glossary:
                j += 1
                continue
            if k2 == "initial" and glossary:  # "Lloyd J. Austin III"
                j += 1
                continue
            break
        run = list(range(i, j))
        words = [t for t in run if kinds[t][0] == "word"]
        if glossary and words and any(t > glossary[0][1] for t in words):
            # words after the glossary name belong to the next unit
            j = glossary[0][1] + kinds[glossary[0][1]][2]
            run = list(range(i, j))
            words = [t for t in run if kinds[t][0] == "word"]
        if not glossary and not words:
            i = j if j > i else i + 1
            continue
        at_start = _at_sentence_start(text, tokens[i][1], starts)
        if at_start and kinds[i][0] == "word":
            words = words[1:]  # a capital at a sentence start says nothing
            if not words and not glossary:
                i = j
                continue
            run = run[1:]
        if glossary:
            value = glossary[0][0]
        else:
            value = "|".join(name_key(tokens[t][0], lang) for t in words)
            if len(words) == 1 and len(tokens[words[0]][0]) < 3 and not tokens[words[0]][0].isupper():
                i = j
                continue
        first, last = run[0], run[-1]
        start, end = tokens[first][1], tokens[last][2]
        facts.append(Fact("name", value, text[start:end], start, end))
        i = j
    return facts


def _gap(text: str, a: tuple[str, int, int], b: tuple[str, int, int]) -> bool:
    """Anything but spaces between two tokens (a comma, a dash, a line break) ends a name."""
    between = text[a[2] : b[1]]
    return bool(between.strip()) or "\n" in between


def _at_sentence_start(text: str, start: int, starts: set[int]) -> bool:
    if start in starts:
        return True
    i = start - 1
    while i >= 0 and not text[i].isalnum():
        if i in starts:
            return True
        i -= 1
    return i < 0
