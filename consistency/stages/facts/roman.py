"""Roman numerals as news writes them: centuries, convocations and quarters ("XIX ст.", "VIII скликання", "у ІІ
кварталі") and regnal numbers ("Лев XIV"), in Latin letters or their Cyrillic look-alikes."""

from __future__ import annotations

from typing import Mapping

# up to 89: a council's "LXXII сесії" (the 72nd session) is the largest news numbers by Roman numerals
_ROMAN = ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
_LATIN_LETTER = {1: "I", 5: "V", 10: "X", 50: "L"}
LATIN_LETTERS = {"I": 1, "V": 5, "X": 10}


def roman_value(numeral: str, letters: Mapping[str, int]) -> int | None:
    """"XIX" -> 19, with the letters a locale gives (so "ХІХ" in Cyrillic letters too); None for what is no
    well-formed numeral up to 89 ("IIII", "VX", "IXI"), with the letters the locale has ("L" where it reads
    councils' sessions)."""
    values = [letters.get(ch) for ch in numeral]
    if not values or None in values or any(v not in _LATIN_LETTER for v in values):
        return None
    total = sum(-v if v < nxt else v for v, nxt in zip(values, values[1:] + [0]))
    latin = "".join(_LATIN_LETTER[v] for v in values)
    return total if 0 < total < 90 and _roman(total) == latin else None


def _roman(number: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)
