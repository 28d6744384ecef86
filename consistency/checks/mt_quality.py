"""How close each edition's MT is to the reference edition: sacrebleu's chrF, BLEU and TER over the aligned
pairs, per edition. Scores only (no findings): a low chrF says "read this one", not "this one is wrong",
and the fact and alignment checks already name what differs.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from consistency.checks.base import Check, Signature
from consistency.model import Analysis, Finding
from consistency.stages.align.aligner import pivot_sentences

METRICS = ("chrf", "bleu", "ter")


def _metric(name: str):
    from sacrebleu.metrics import BLEU, CHRF, TER

    return {"chrf": CHRF, "bleu": BLEU, "ter": TER}[name]()


@dataclass(frozen=True, kw_only=True)
class MTQualityCheck(Check):
    name = "mt_quality"
    produces = ()
    requires = ("segmentations", "translations", "alignments")

    metrics: tuple[str, ...] = METRICS

    def run(self, analysis: Analysis) -> tuple[list[Finding], dict[str, Any]]:
        reference = analysis.segmentations[analysis.reference].sentences
        scores: dict[str, Any] = {}
        for key, alignment in sorted(analysis.alignments.items()):
            pivot = pivot_sentences(analysis, key)
            paired = [b for b in alignment.beads if b.reference and b.edition]
            if pivot is None or not paired:
                continue
            hypotheses = [" ".join(pivot[j] for j in b.edition) for b in paired]
            references = [" ".join(reference[i].text for i in b.reference) for b in paired]
            scores[key] = {name: round(_metric(name).corpus_score(hypotheses, [references]).score, 2)
                           for name in self.metrics}
        return [], scores

    def signature(self, analysis: Analysis | None = None) -> Signature:
        """The check's settings and, when some edition was translated (the metrics ran), each metric's own
        sacrebleu signature (one reference per pair). Setting sacrebleu's metrics up costs ~40 ms, a tenth of
        a warm CLI run, so a run without MT skips it."""
        signature = super().signature(analysis)
        if analysis is None or any(pivot_sentences(analysis, key) for key in analysis.alignments):
            signature.update(_sacrebleu_signature(name) for name in self.metrics)
        return signature


@lru_cache(maxsize=None)
def _sacrebleu_signature(name: str) -> tuple[str, str]:
    metric = _metric(name)
    metric.corpus_score(["a"], [["a"]])  # sacrebleu states the reference count only once it has seen one
    return name, str(metric.get_signature())
