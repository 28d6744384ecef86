from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # hardening_support, whatever pytest's import mode


@pytest.fixture(scope="session")
def tiny_marian(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A few-kilobyte MarianMT model with random weights (tests/support/tiny_marian.py): real loading,
    generation and translation caching, offline; its output is gibberish."""
    pytest.importorskip("torch")
    pytest.importorskip("sentencepiece")
    from support.tiny_marian import build_tiny_marian

    return build_tiny_marian(tmp_path_factory.mktemp("tiny-marian"))
