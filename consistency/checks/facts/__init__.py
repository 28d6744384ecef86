"""The facts check: figures, dates and names compared across editions, sources and MT output."""

from consistency.checks.facts.check import FactsCheck

__all__ = ["FactsCheck"]
