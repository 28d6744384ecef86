"""The facts stage: figures, money, dates, ordinals, units and names read in each edition's own language
(and in its MT output). Comparing them is the facts check's business (`consistency.checks.facts`).

    facts = extract_facts("понад 44,2 млрд доларів", "uk")     # one text
    analysis = read_story_facts(analysis)                         # every edition and its MT output
"""

from consistency.stages.facts.extract import extract_facts, read_story_facts

__all__ = ["extract_facts", "read_story_facts"]
