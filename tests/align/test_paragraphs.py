"""Where two editions have as many paragraphs, the aligner keeps each bead inside one pair of paragraphs."""

import numpy as np

from consistency.stages.align.dp import AlignerSettings, align_signals
from consistency.stages.align.signals import compute_signals

# three paragraphs each; the edition's second paragraph holds one sentence, the reference's one too, and
# the reference's third paragraph one more sentence than the edition's
REFERENCE = ("Sales rose in May.", "So I am you, I am us.", "It went from one name to another.", "West said so.")
EDITION = ("Продажі зросли в травні.", "Отже, я — це ти, я — це ми.", "Ім'я змінилося, сказав Вест.")
REFERENCE_PARAGRAPHS = [0, 1, 2, 2]
EDITION_PARAGRAPHS = [0, 1, 2]


def misleading_signals():
    """Signals without content, where a name anchor pulls the last reference sentences towards the
    edition's second sentence (as figures and names alone often do)."""
    signals = compute_signals(REFERENCE, EDITION, embedder=None, pivot=None, band=20)
    one_to_one = np.full((len(REFERENCE), len(EDITION)), 0.3)
    one_to_one[0, 0] = 0.9
    one_to_one[1, 1] = 0.4
    one_to_one[2, 1] = one_to_one[3, 2] = 0.9
    signals.combined[(1, 1)] = one_to_one
    signals.combined[(2, 1)] = np.full((len(REFERENCE), len(EDITION)), 0.3)
    signals.combined[(2, 1)][2, 2] = 0.75
    return signals


def shapes(beads):
    return [(b.reference, b.edition) for b in beads]


def test_a_bead_across_paragraphs_costs_more_where_the_paragraphs_are_parallel():
    signals = misleading_signals()
    without = align_signals(signals, AlignerSettings(), None)
    assert ((2,), (1,)) in shapes(without)  # the third reference sentence pulled into the second paragraph
    kept = align_signals(signals, AlignerSettings(), (REFERENCE_PARAGRAPHS, EDITION_PARAGRAPHS))
    assert shapes(kept) == [((0,), (0,)), ((1,), (1,)), ((2, 3), (2,))]


def test_paragraphs_that_do_not_pair_up_change_nothing():
    signals = misleading_signals()
    uneven = ([0, 1, 2, 3], EDITION_PARAGRAPHS)  # four paragraphs against three: a paragraph is missing somewhere
    assert align_signals(signals, AlignerSettings(), uneven) == align_signals(signals, AlignerSettings(), None)
