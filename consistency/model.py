"""Plain data objects that flow through the pipeline.

load → detect language → segment → translate → align → extract facts → compare → report.
Each stage reads these objects and returns new ones; nothing here does work, so a notebook
can stop after any stage and look at what it produced.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, Literal

# the `check` of every finding, in the order reports list them; the pytest plugin makes one test of each
CHECK_NAMES: tuple[str, ...] = ("language", "numbers", "dates", "entities", "omission", "addition", "semantic")
SEVERITIES: tuple[str, ...] = ("error", "warning", "info")


@dataclass(frozen=True)
class Thresholds:
    """Per-story knobs; defaults are calibrated on NTREX-128, `story.toml` [thresholds] overrides them."""

    # how sure language identification must be before a paragraph is reported as in the wrong language
    foreign_paragraph_confidence: float = 0.5
    # an aligned pair whose similarity is this many robust z-scores below the story's median is `semantic`
    # (4.5 leaves 1 warning in 1,206 clean NTREX sentence pairs; 3.5 left 7, all faithful translations)
    semantic_z: float = 4.5
    # inside a merged bead, a sentence whose support (0 ≈ an unrelated pair of this story, 1 ≈ its typical
    # translation) is below this counts as omitted
    omission_support: float = 0.4
    # relative difference below which two amounts are a rounding, not an alteration
    rounding_tolerance: float = 0.05
    # relative tolerance for unit conversions beyond a rounding of the exact one: 550 pounds is 249 kg or
    # 250 kg (rounded), "85 mph" is "135 км/ч" (1.3% off); 650 pounds is not 302 kg (2.4%). All 80 unit
    # conversions between NTREX-128 editions pass at 0.015
    conversion_tolerance: float = 0.015

    def __post_init__(self) -> None:
        for name in self.__dataclass_fields__:
            problem = Thresholds.problem(name, getattr(self, name))
            if problem:
                raise ValueError(problem)

    @staticmethod
    def problem(name: str, value: float) -> str | None:
        """Why `value` cannot be threshold `name` (naming both and the range), or None when it can."""
        import reprlib

        low, high, low_allowed = THRESHOLD_RANGES[name]
        shown = reprlib.repr(value)  # an integer of 400 digits is shortened
        try:
            inside = (low <= value if low_allowed else low < value) and value <= high
        except TypeError:
            return f"{name} = {shown} is not a number"
        if inside:  # nan compares false with everything, so it never gets here
            return None
        allowed = f"{'[' if low_allowed else '('}{low:g}, {high:g}]"
        if value != value or value in (float("inf"), float("-inf")):
            return f"{name} = {shown} is not a finite number; write a number in {allowed}"
        return f"{name} = {shown} is outside {allowed}; write a number in that range"

    def as_dict(self) -> dict[str, float]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


# The values each threshold can take: (low, high, whether low itself is allowed). Outside them a check
# quietly stops reporting (a confidence above 1 is never reached, a z-score of 1e9 never exceeded) or reports
# every sentence, and nan compares false with everything: a story would pass without being checked.
THRESHOLD_RANGES: dict[str, tuple[float, float, bool]] = {
    "foreign_paragraph_confidence": (0.0, 1.0, True),  # a probability
    "semantic_z": (0.0, 100.0, False),  # at 0 every pair below the median is drift; past 100 none ever is
    "omission_support": (0.0, 1.0, True),  # the support scale runs from 0 to 1
    "rounding_tolerance": (0.0, 0.5, True),  # past half, 100 and 150 would be "a rounding"
    "conversion_tolerance": (0.0, 0.5, True),
}


@dataclass(frozen=True)
class ExpectedFailure:
    """A known issue of one check of a story (story.toml's [expected_failures]): the reason, and what it
    accepts. A bare reason accepts every error of the check; `edition` and `contains` (text the finding's
    message or one of its spans holds: "157 млн") accept only the errors that match both, so that a new,
    second error of the same check still fails."""

    reason: str
    edition: str | None = None
    contains: str | None = None

    def accepts(self, finding: Finding) -> bool:
        if self.edition is not None and finding.edition != self.edition:
            return False
        return self.contains is None or any(self.contains in text for text in (finding.message, *finding.evidence.values()))

    def __str__(self) -> str:
        named = []
        if self.edition is not None:
            named.append(f"edition {self.edition}")
        if self.contains is not None:
            named.append(repr(self.contains))
        return self.reason + (f" (accepts: {', '.join(named)})" if named else "")


@dataclass(frozen=True)
class StoryConfig:
    """What `story.toml` says about a story (all optional)."""

    title: str | None = None
    published: date | None = None
    # how the story writes numeric dates that read both ways ("10/11/22"): "dmy" or "mdy"; None: as its
    # own dates show, else as each edition's language does
    date_order: str | None = None
    # language code of the edition the others were translated from, if known
    original: str | None = None
    # language codes of editions that are outside sources (a press release), not editions
    sources: tuple[str, ...] = ()
    # edition key the others are aligned and compared to; None: the pivot-language edition
    reference: str | None = None
    thresholds: Thresholds = field(default_factory=Thresholds)
    # check names expected to fail for this story (a known issue), with the reason and, where given, the
    # difference accepted (any other error of the check still fails)
    expected_failures: dict[str, ExpectedFailure] = field(default_factory=dict)


@dataclass(frozen=True)
class Edition:
    """One language version of the story, as loaded: normalised text, chrome stripped."""

    key: str  # unique name in the story: the language code, or e.g. "en-dod" for a second English source
    lang: str  # declared language code (from the file name or story.toml)
    path: Path
    text: str
    role: Literal["edition", "source"] = "edition"
    encoding: str = "utf-8"
    stripped_lines: tuple[str, ...] = ()  # page chrome the loader removed, kept for audit
    precomputed_pivot: Path | None = None  # e.g. uk.en.txt beside uk.txt
    # the file's line (1-based) of each line of `text`; empty when the text is the file (an edition made
    # in a notebook), where line n of the text is line n
    file_lines: tuple[int, ...] = ()

    def lines_of(self, span: tuple[int, int]) -> tuple[int, int]:
        """First and last line of the edition's file that a span of its text covers."""
        first = self.text.count("\n", 0, span[0])
        last = first + self.text.count("\n", span[0], max(span[0], span[1] - 1))
        if not self.file_lines:
            return first + 1, last + 1
        top = len(self.file_lines) - 1
        return self.file_lines[min(first, top)], self.file_lines[min(last, top)]


@dataclass(frozen=True)
class Story:
    slug: str
    path: Path
    config: StoryConfig
    editions: dict[str, Edition]

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(sorted({e.lang for e in self.editions.values()}))


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Sentence:
    index: int
    paragraph: int
    start: int  # character offsets into Edition.text
    end: int
    text: str


@dataclass(frozen=True)
class Segmentation:
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    splitter: str  # which splitter produced it, for the signature


@dataclass(frozen=True)
class LanguageGuess:
    lang: str | None  # None when the text has too little evidence (figures only, a name)
    confidence: float
    evidence: str  # "letters", "letters+lingua" (the detector weighed in), "too-short"


@dataclass(frozen=True)
class EditionLanguage:
    edition: str
    declared: str
    detected: LanguageGuess
    paragraphs: tuple[LanguageGuess, ...]  # one per Segmentation.paragraphs


@dataclass(frozen=True)
class Translation:
    """Pivot-language text for each sentence of one edition (or the edition itself when it is the pivot)."""

    edition: str
    source_lang: str
    pivot: str
    sentences: tuple[str, ...]  # one per Segmentation.sentences of the edition
    translator: str  # "transformers", "precomputed", "none", "pass-through"
    model: str | None = None
    revision: str | None = None
    settings: dict[str, Any] = field(default_factory=dict)


EDITION_SEPARATOR = ","


@dataclass(frozen=True)
class Finding:
    check: str  # one of CHECK_NAMES
    severity: str  # one of SEVERITIES
    # key of the edition where the problem is seen; a source's fact that several editions lack is one
    # finding, its editions' keys joined by EDITION_SEPARATOR ("en,ru,uk")
    edition: str
    message: str
    evidence: dict[str, str] = field(default_factory=dict)  # edition key -> text span concerned
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)  # edition key -> offsets into its text
    kind: str = ""  # finer type: "missing", "altered", "mt-induced", "rounding", "foreign-paragraph", ...
    # edition key -> first and last line of its file that the span covers (filled in once the checks ran)
    lines: dict[str, tuple[int, int]] = field(default_factory=dict)
    # the odd edition's span rewritten to the value the other editions agree on, in its own locale's
    # format ("157 млн долларов" -> "175 млн долларов"); only for figures and dates with a majority
    suggestion: str | None = None

    def suggested_fix(self) -> str | None:
        """"157 млн долларов → 175 млн долларов": the odd edition's words and the suggestion, or None."""
        if self.suggestion is None:
            return None
        return f"{self.evidence.get(self.edition, '')} → {self.suggestion}"

    def located(self, editions: dict[str, "Edition"]) -> "Finding":
        """The finding with the file lines of its spans."""
        lines = {key: editions[key].lines_of(span) for key, span in sorted(self.spans.items()) if key in editions}
        return replace(self, lines=lines)

    @property
    def edition_keys(self) -> tuple[str, ...]:
        """The edition or editions the finding is against."""
        return tuple(self.edition.split(EDITION_SEPARATOR))

    def odd_first(self, keys) -> list[str]:
        """`keys` sorted with the edition or editions the finding is against first."""
        return sorted(keys, key=lambda k: (k not in self.edition_keys, k))

    def sort_key(self) -> tuple:
        first_span = min(self.spans.values()) if self.spans else (0, 0)
        rank = SEVERITIES.index(self.severity) if self.severity in SEVERITIES else len(SEVERITIES)
        return (rank, self.check, self.edition, first_span, self.kind, self.message)


@dataclass(frozen=True, repr=False)
class Report:
    story: str
    pivot: str
    editions: dict[str, dict[str, Any]]
    findings: tuple[Finding, ...]
    scores: dict[str, Any]
    signature: dict[str, Any]
    notes: tuple[str, ...] = ()  # plain words on what ran and why ("MT is off: no model cached")

    @property
    def verdict(self) -> str:
        return "fail" if any(f.severity == "error" for f in self.findings) else "pass"

    @property
    def counts(self) -> dict[str, int]:
        """Number of findings per severity, in the order error, warning, info."""
        return {severity: sum(1 for f in self.findings if f.severity == severity) for severity in SEVERITIES}

    def findings_for(self, check: str) -> list[Finding]:
        return [f for f in self.findings if f.check == check]

    def __repr__(self) -> str:
        counts = self.counts
        return (f"<Report {self.story}: {self.verdict.upper()}, {counts['error']} error(s), {counts['warning']} "
                f"warning(s), {counts['info']} info; editions {', '.join(self.editions)}>")

    def _repr_html_(self) -> str:
        """Jupyter's display: the HTML report (findings, counts, scores; the editions side by side need the
        Analysis, as `Audit` has it)."""
        from consistency.report.html import html_fragment

        return html_fragment(self)


@dataclass(frozen=True)
class Fact:
    """A figure, date or name read from one text, with where it stands in that text."""

    # "amount", "money", "percent", "ordinal", "date", "time", "year", "weekday", "quantity", "count", "score",
    # "dimensions", "phone", "code" (a case number), "name"
    kind: str
    value: Any  # canonical, hashable: a float, an ISO date "2023-12-06", an entity key "austin"
    text: str  # the span as written
    start: int  # offsets into the text the fact was read from
    end: int
    unit: str | None = None  # currency code ("USD") or canonical unit ("kg"); None for plain numbers
    qualifier: str | None = None  # "more-than", "less-than", "about", or None for an exact value; a clock time
    # on a twelve-hour dial, its half of the day unsaid: "either-half-of-the-day" (facts/dates.py); a count said as
    # an order of magnitude ("тисячі": "magnitude") or a multiplier ("вдвічі": "multiplier"; "утричі менше":
    # "fewer-times") (facts/amounts.py)
    sentence: int | None = None  # index of the sentence holding it, when read from a segmented edition
    # a name's kind of entity, when something vouches for it (the glossary, a morphological dictionary):
    # "person", "place", "organisation"; None when unknown
    entity: str | None = None
    # the period a sum is paid or spent per, when the edition says it ("UAH 28,000 a month", "100 грн/год"):
    # "hour", "day", "week", "month", "year"; None when unsaid
    per: str | None = None


@dataclass(frozen=True)
class Bead:
    """One step of an alignment: reference sentences ↔ edition sentences (either side may be empty)."""

    reference: tuple[int, ...]
    edition: tuple[int, ...]
    score: float  # similarity of the two sides, in [0, 1]; 0 for 1-0 and 0-1 beads


@dataclass(frozen=True)
class Alignment:
    reference: str  # edition key everything is aligned to (the pivot edition, or the source)
    edition: str
    beads: tuple[Bead, ...]
    signals: tuple[str, ...]  # which similarities were used: "embeddings", "mt-chrf", "anchors", "length"


@dataclass(frozen=True, repr=False)
class Analysis:
    """Everything learned about one story so far; each pipeline stage returns a copy with one more part."""

    story: Story
    pivot: str
    reference: str  # key of the edition others are aligned and compared to
    segmentations: dict[str, Segmentation] = field(default_factory=dict)
    languages: dict[str, EditionLanguage] = field(default_factory=dict)
    translations: dict[str, Translation] = field(default_factory=dict)
    alignments: dict[str, Alignment] = field(default_factory=dict)
    # edition key -> the aligner's similarities (align.signals.PairSignals), kept for the checks and plots
    signals: dict[str, Any] = field(default_factory=dict)
    facts: dict[str, tuple[Fact, ...]] = field(default_factory=dict)  # read in each edition's own language
    pivot_facts: dict[str, tuple[Fact, ...]] = field(default_factory=dict)  # read in each edition's MT output
    findings: tuple[Finding, ...] = ()
    scores: dict[str, Any] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    signature: dict[str, Any] = field(default_factory=dict)

    def __repr__(self) -> str:
        stages = [name for name in ("segmentations", "languages", "translations", "alignments", "facts")
                  if getattr(self, name)]
        return (f"<Analysis {self.story.slug}: editions {', '.join(self.story.editions)}, reference {self.reference}, "
                f"done: {', '.join(stages) or 'nothing yet'}; {len(self.findings)} finding(s)>")

    def _repr_html_(self) -> str:
        """Jupyter's display: the editions side by side with what the stages run so far found."""
        from consistency.report.build import build_report
        from consistency.report.html import html_fragment

        return html_fragment(build_report(self), self)
