"""What every step of the facts check reads (the story, its editions and sources, the tolerances) and
what it counts, so that the steps take one object each instead of a long list of arguments."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from rapidfuzz import fuzz, process

from consistency.checks.facts.relations import (
    APPROXIMATE,
    NUMERIC,
    _has_decimals,
    clock_of_figure,
    date_keys,
    hours_of_figure,
    literal_key,
    relation,
    two_readings,
)
from consistency.checks.facts.segments import text_of_segment
from consistency.model import Analysis, Fact, Thresholds
from consistency.stages.facts.amounts import FEWER_TIMES, YEAR_OF_LIFE
from consistency.stages.facts.dates import EITHER_DATE, clock_times
from consistency.stages.facts.extract import code_typed_in_latin
from consistency.stages.facts.name_keys import FUZZY_THRESHOLD, is_glossary, name_words
from consistency.stages.facts.units import TEMPERATURE, to_base

# the per-edition scores, in the order the report shows them
STATUSES: tuple[str, ...] = ("matched", "missing", "altered", "added", "rounding", "mt_induced")


@dataclass(frozen=True)
class Tolerances:
    """How far apart two figures may be and still state the same thing (story.toml's thresholds)."""

    rounding_tolerance: float
    conversion_tolerance: float

    @classmethod
    def of(cls, thresholds: Thresholds) -> Tolerances:
        return cls(rounding_tolerance=thresholds.rounding_tolerance,
                   conversion_tolerance=thresholds.conversion_tolerance)

    def relation(self, a: Fact, b: Fact) -> str | None:
        """"equal", "conversion", "rounding" or None (see relations.relation)."""
        return relation(a, b, rounding_tolerance=self.rounding_tolerance,
                        conversion_tolerance=self.conversion_tolerance)

    def found_in(self, fact: Fact, facts: Iterable[Fact] | FactIndex) -> bool:
        return any(self.relation(fact, other) is not None for other in _near(fact, facts))

    def mentions(self, fact: Fact, facts: Iterable[Fact] | FactIndex) -> int:
        """In how many sentences `facts` state `fact` ("45 miles (72 km)" is one mention); a date read as one of two
        (`EITHER_DATE`: the first year of "2025/26 фінансовий рік") is no mention of its own."""
        return len({other.sentence for other in _near(fact, facts)
                    if self.relation(fact, other) is not None and other.qualifier != EITHER_DATE})

    def times_stated(self, fact: Fact, facts: Iterable[Fact] | FactIndex) -> int:
        """How many of `facts` state `fact`: unlike `mentions`, twice in one sentence counts twice (a name
        said again, "for Mr Bush ... Mr Bush's secretary")."""
        return sum(1 for other in _near(fact, facts) if self.relation(fact, other) is not None)

    def index(self, facts: Iterable[Fact] = ()) -> FactIndex:
        """An index of `facts` (each its own payload) for `found_in` and `mentions`."""
        index = FactIndex(max(self.rounding_tolerance, self.conversion_tolerance))
        for fact in facts:
            index.add(fact, fact)
        return index


def _may_round(fact: Fact, value: float) -> bool:
    """Whether `relation` may relate `fact` to an unequal figure of its own scale: written with decimals,
    said to be approximate, a quantity (converted between units), or so near zero that `_close`'s
    absolute tolerance is wider than the narrow buckets."""
    return (fact.kind == "quantity" or abs(value) < 1e-3 or _has_decimals(fact)
            or fact.qualifier in APPROXIMATE)


def _near(fact: Fact, facts: Iterable[Fact] | FactIndex) -> Iterable[Fact]:
    return facts.near(fact) if isinstance(facts, FactIndex) else facts


class FactIndex:
    """Payloads (facts, or clusters by number) filed under keys that any two facts `relation` relates
    share: `near(fact)` is a superset of the related ones, in the order they were added, for the caller
    to test with `relation` itself. Without it every fact of an edition was compared with every other
    one, and 3,500 figures in one sentence took minutes.

    Figures are filed by the logarithm of their value (raw, and in the base unit for quantities) in
    buckets as wide as the widest tolerance, so that two figures within it are in the same or adjacent
    buckets; decades by their last two digits, dates by month and year, names by key and, for
    transliterated guesses, by a fuzzy scan of their parts at `same_name`'s threshold.

    Two plain figures (no decimals written, no "about") are related only when equal: `relation` calls a
    figure a rounding of another only when one of them is written with decimals or said to be
    approximate. So such a figure looks in the wide buckets only for figures that can round, and for
    equal ones in buckets as narrow as `_close`'s tolerance: 3,500 consecutive whole numbers no longer
    meet every figure within 5% of them (that was quadratic)."""

    def __init__(self, tolerance: float) -> None:
        self._width = -math.log(1.0 - tolerance) if 0.0 < tolerance < 1.0 else None
        self._by_key: dict[tuple, list[int]] = defaultdict(list)
        self._payloads: list[Any] = []
        self._parts: list[str] = []  # of transliterated name guesses, as `same_name` compares them
        self._part_owner: list[int] = []

    def add(self, fact: Fact, payload: Any) -> None:
        number = len(self._payloads)
        self._payloads.append(payload)
        for key in self._keys(fact):
            self._by_key[key].append(number)
        if fact.kind == "name" and not is_glossary(str(fact.value)):
            parts = [part[1:] for part in str(fact.value).split("|")]
            # and the words hyphenated, as another script writes them as one ("Baton Rouge" / "Батон-Руж")
            for part in parts + (["-".join(parts)] if len(parts) > 1 else []):
                self._parts.append(part)
                self._part_owner.append(number)

    def near(self, fact: Fact) -> list[Any]:
        found: set[int] = set()
        for key in self._keys(fact, neighbours=True):
            found.update(self._by_key.get(key, ()))
        if fact.kind == "name" and not is_glossary(str(fact.value)) and self._parts:
            for part in str(fact.value).split("|"):
                for _, _, i in process.extract(part[1:], self._parts, scorer=fuzz.ratio,
                                               score_cutoff=FUZZY_THRESHOLD, limit=None):
                    found.add(self._part_owner[i])
        payloads = self._payloads
        return [payloads[i] for i in sorted(found)]

    def _keys(self, fact: Fact, neighbours: bool = False) -> list[tuple]:
        """The keys `fact` is filed under, or (`neighbours`) those to look under for facts related to it;
        a fact written alike ("10/11/22") is related whatever each language read in it."""
        return [("literal", literal_key(fact.text))] + self._value_keys(fact, neighbours)

    def _value_keys(self, fact: Fact, neighbours: bool) -> list[tuple]:
        if fact.kind == "name":
            typed = code_typed_in_latin(fact.text)  # "СС2" in Cyrillic for "CC2"
            return [("name", fact.value)] + ([("code typed", typed)] if typed else [])
        readings = two_readings(fact)
        if readings is not None:  # "3.5m": filed as 3.5 metres and as 3.5 million; "до 6 часов" as 06:00 and 6 hours
            return [key for reading in readings for key in self._value_keys(reading, neighbours)]
        if fact.kind == "time":
            return [("time", clock) for clock in clock_times(fact)]
        if fact.kind == "date":
            return date_keys(str(fact.value))
        if fact.kind not in NUMERIC:
            return [("kind", fact.kind)]
        # "14.00" is also "2 pm", and "at 9," is "на 9-ту годину"
        clocks = [clock] if (clock := clock_of_figure(fact)) is not None else list(hours_of_figure(fact))
        if clocks:
            return [("time", clock) for clock in clocks] + self._figure_keys(fact, neighbours)
        return self._figure_keys(fact, neighbours)

    def _figure_keys(self, fact: Fact, neighbours: bool) -> list[tuple]:
        # every figure is also filed under "number", for the figures no bucket holds (infinite, unreadable),
        # which are compared with all
        try:
            value = float(fact.value)
        except (TypeError, ValueError):
            return [("number",)] if neighbours else [("number",), ("odd",)]
        keys = []
        if fact.kind == "year" and value.is_integer():
            keys.append(("year-of", f"{int(value):04d}"))
        if not math.isfinite(value) or self._width is None:
            return keys + ([("number",)] if neighbours else [("number",), ("odd",)])
        if _may_round(fact, value):
            keys += self._buckets("raw", value, neighbours)
            if not neighbours:
                keys += self._buckets("raw-rounding", value, False)
                keys += self._fine(value, False) if abs(value) >= 1e-3 else []
        elif neighbours:
            keys += self._buckets("raw-rounding", value, True) + self._fine(value, True)
        else:
            keys += self._buckets("raw", value, False) + self._fine(value, False)
        if fact.kind == "quantity" and fact.unit:
            base = to_base(value, fact.unit)
            if base is not None:
                keys += self._buckets(base[0], base[1], neighbours)
            if fact.unit in TEMPERATURE:  # a difference of temperatures converts without the offset
                keys += self._buckets("difference", value * 5.0 / 9.0 if fact.unit == "F" else value, neighbours)
        if fact.kind in ("year", "ordinal") and value.is_integer():
            keys.append(("decade", int(value) % 100))
        if fact.qualifier == YEAR_OF_LIFE:  # "на 76-му році життя" is aged 75
            keys += self._fine(value - 1, neighbours)
        if fact.qualifier == FEWER_TIMES and value:  # "утричі менше" is "a third of" (`relations.relation`)
            keys += self._fine(1 / value, neighbours)
        keys.append(("odd",) if neighbours else ("number",))
        return keys

    @staticmethod
    def _fine(value: float, neighbours: bool) -> list[tuple]:
        """Buckets of log-width 1e-8, wider than `_close`'s relative tolerance (1e-9): equal figures
        share one or sit in adjacent ones (figures this near zero go to the wide buckets, `_may_round`)."""
        bucket = math.floor(math.log(abs(value)) / 1e-8)
        if not neighbours:
            return [("fine", bucket)]
        return [("fine", bucket - 1), ("fine", bucket), ("fine", bucket + 1)]

    def _buckets(self, scale: str, value: float, neighbours: bool) -> list[tuple]:
        magnitude = abs(value)
        # `_close`'s absolute tolerance relates figures near zero whatever their logarithms: they share a key
        near_zero = [(scale, "tiny")] if magnitude < 2e-9 else []
        bucket = math.floor(math.log(max(magnitude, 1e-9)) / self._width)  # type: ignore[operator]
        around = (bucket - 1, bucket, bucket + 1) if neighbours else (bucket,)
        return [(scale, b) for b in around] + near_zero


@dataclass(frozen=True)
class Context:
    """One story as the facts check sees it. `editions` has the reference first: it wins ties."""

    analysis: Analysis
    editions: tuple[str, ...]
    sources: tuple[str, ...]
    tolerances: Tolerances
    # every fact of each edition and source, wherever it stands: a fact lacking in a segment may be
    # stated in another
    doc_facts: dict[str, list[Fact]]
    # the segments (sentences by edition) the story is compared in, all of them: a fact an edition lacks in
    # one segment may be one it moved to another
    segmentation: tuple[dict[str, set[int] | None], ...] = ()
    # what each step reads of one edition's text or facts again and again, computed once per story
    # (by edition and segment): rescanning a whole edition per fact pair made a long edition quadratic
    memo: dict[tuple, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, analysis: Analysis, tolerances: Tolerances) -> Context:
        story = analysis.story
        editions = [k for k in sorted(story.editions) if story.editions[k].role == "edition"]
        sources = tuple(k for k in sorted(story.editions) if story.editions[k].role == "source")
        if analysis.reference in editions:
            editions.remove(analysis.reference)
            editions.insert(0, analysis.reference)
        doc_facts = {k: list(analysis.facts.get(k, ())) for k in editions + list(sources)}
        return cls(analysis, tuple(editions), sources, tolerances, doc_facts)

    def of_segment(self, what: str, key: str, segment: dict, build: Callable[[], Any]) -> Any:
        """`what` of `key`'s text in `segment` (its `WordForms`, the sounds of its words), built once; the
        segment itself is kept with it so that its id, the cache key, is never reused by another segment."""
        slot = (what, key, id(segment))
        if slot not in self.memo:
            self.memo[slot] = (segment, build())
        return self.memo[slot][1]

    def words_of_segment(self, key: str, segment: dict) -> Counter[str]:
        """The words of `key`'s text in `segment`, each with how often it is written there, read once: the checks
        that look for a form of a name among them ask each distinct word once."""
        return self.of_segment("word counts", key, segment, lambda: Counter(
            name_words(text_of_segment(self.analysis, key, segment))))

    def doc_index(self, key: str) -> FactIndex:
        """`doc_facts[key]` indexed for `Tolerances.found_in` and `mentions`, built once."""
        slot = ("doc", key)
        if slot not in self.memo:
            self.memo[slot] = self.tolerances.index(self.doc_facts[key])
        return self.memo[slot]

    def by_sentence(self, facts: tuple[Fact, ...] | list[Fact]) -> dict[int | None, list[Fact]]:
        """`facts` (an edition's, or those read in its MT output) by sentence, built once per list."""
        slot = ("sentences", id(facts))
        if slot not in self.memo:
            self.memo[slot] = (facts, facts_by_sentence(facts))
        return self.memo[slot][1]

    @property
    def editions_and_sources(self) -> tuple[str, ...]:
        return self.editions + self.sources

    @property
    def reference(self) -> str:
        return self.analysis.reference

    def lang(self, key: str) -> str:
        """The language edition `key` is written in."""
        return self.analysis.story.editions[key].lang


def facts_by_sentence(facts: Iterable[Fact]) -> dict[int | None, list[Fact]]:
    grouped: dict[int | None, list[Fact]] = {}
    for f in facts:
        grouped.setdefault(f.sentence, []).append(f)
    return grouped


@dataclass
class Tally:
    """How many facts of each edition matched, went missing, were altered, added, rounded or changed by MT."""

    counts: dict[str, dict[str, int]] = field(default_factory=dict)

    @classmethod
    def over(cls, keys: Iterable[str]) -> Tally:
        return cls({k: dict.fromkeys(STATUSES, 0) for k in keys})

    def add(self, edition: str, status: str) -> None:
        self.counts[edition][status] += 1

    def as_scores(self) -> dict[str, dict[str, int]]:
        return {k: dict(counts) for k, counts in self.counts.items()}
