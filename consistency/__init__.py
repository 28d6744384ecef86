"""consistency: do all editions of a news story say the same thing?

    from consistency import Options, Pipeline
    result = Pipeline(Options(translator="none")).run("stories/pentagon-2023-12-06")
    print(result.report.verdict)

The names below are imported on first use, so that `import consistency` (which the pytest plugin's
entry point does in every pytest run) stays cheap.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "Options": "consistency.options",
    "build_options": "consistency.options",
    "Pipeline": "consistency.pipeline",
    "Result": "consistency.pipeline",
    "check_story": "consistency.pipeline",
    "StoryError": "consistency.errors",
    "Audit": "consistency.entry.notebook",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'consistency' has no attribute {name!r}")
