"""Facts: figures, money, dates, ordinals, units and names, read in each language and compared.

    facts = extract_facts("понад 44,2 млрд доларів", "uk")     # one text
    analysis = read_story_facts(analysis)                         # every edition and its MT output
    result = FactsCheck()(analysis)                               # findings: numbers, dates, entities
"""

from .check import FactsCheck
from .extract import extract_facts, read_story_facts

__all__ = ["FactsCheck", "extract_facts", "read_story_facts"]
