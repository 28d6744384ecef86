"""The alignment as rows a notebook can show (`pandas.DataFrame(alignment_table(...))`)."""

from __future__ import annotations

from consistency.model import Alignment, Analysis


def alignment_table(alignment: Alignment, analysis: Analysis) -> list[dict]:
    ref_sentences = analysis.segmentations[alignment.reference].sentences
    ed_sentences = analysis.segmentations[alignment.edition].sentences
    rows = []
    for number, bead in enumerate(alignment.beads):
        rows.append(
            {
                "bead": number,
                "type": f"{len(bead.reference)}-{len(bead.edition)}",
                "reference_sentences": list(bead.reference),
                "edition_sentences": list(bead.edition),
                alignment.reference: " ".join(ref_sentences[i].text for i in bead.reference),
                alignment.edition: " ".join(ed_sentences[j].text for j in bead.edition),
                "score": bead.score,
            }
        )
    return rows
