"""What every step of the facts check reads (the story, its editions and sources, the tolerances) and
what it counts, so that the steps take one object each instead of a long list of arguments."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from consistency.checks.facts.relations import relation
from consistency.model import Analysis, Fact, Thresholds

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

    def found_in(self, fact: Fact, facts: Iterable[Fact]) -> bool:
        return any(self.relation(fact, other) is not None for other in facts)

    def mentions(self, fact: Fact, facts: Iterable[Fact]) -> int:
        """In how many sentences `facts` state `fact` ("45 miles (72 km)" is one mention)."""
        return len({other.sentence for other in facts if self.relation(fact, other) is not None})


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

    @property
    def editions_and_sources(self) -> tuple[str, ...]:
        return self.editions + self.sources

    @property
    def reference(self) -> str:
        return self.analysis.reference


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
