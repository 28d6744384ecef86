"""What every translator offers: a name, a batch `translate`, and a signature of the settings that shaped it."""

from __future__ import annotations

from typing import Any, Protocol, Sequence, runtime_checkable


@runtime_checkable
class Translator(Protocol):
    #: short name recorded in each Translation it produces ("transformers")
    name: str

    def translate(self, texts: Sequence[str], source_lang: str, target_lang: str) -> list[str]:
        """One output per input, in the input's order."""
        ...

    def signature(self) -> dict[str, Any]:
        """Everything that determines the output (model id, revision, generation settings), for reports
        and cache keys; nothing that does not (device, batch size)."""
        ...
