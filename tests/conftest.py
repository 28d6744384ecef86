from pathlib import Path

import pytest


def pytest_configure(config: pytest.Config) -> None:
    # `pytest -n 2` spreads tests one by one; the tests of one local Ray cluster (xdist_group "ray",
    # tests/entry/test_archive_ray.py) must stay in one worker: a second cluster on two cores slows both
    if getattr(config.option, "dist", "no") == "load":
        config.option.dist = "loadgroup"

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent

STORIES = TESTS / "fixtures" / "stories"
NTREX = ROOT.parent / "shared" / "data" / "ntrex128"
WMT22 = ROOT.parent / "shared" / "data" / "wmt22"


@pytest.fixture(scope="session")
def example_story() -> Path:
    return STORIES / "pentagon-2023-12-06"


@pytest.fixture(scope="session")
def broken_story() -> Path:
    return STORIES / "pentagon-2023-12-06-broken"


@pytest.fixture(scope="session")
def ntrex_dir() -> Path:
    if not (NTREX / "DOCUMENT_IDS.tsv").is_file():
        pytest.skip("../shared/data/ntrex128 is not present on this machine")
    return NTREX


@pytest.fixture(scope="session")
def wmt22_dir() -> Path:
    if not (WMT22 / "wmttest2022.uk-en.all.xml").is_file():
        pytest.skip("../shared/data/wmt22 is not present on this machine")
    return WMT22


@pytest.fixture(scope="session")
def tiny_marian(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A few-kilobyte MarianMT model with random weights (tests/support/tiny_marian.py): real loading,
    generation and translation caching, offline; its output is gibberish."""
    pytest.importorskip("torch")
    pytest.importorskip("sentencepiece")
    from support.tiny_marian import build_tiny_marian

    return build_tiny_marian(tmp_path_factory.mktemp("tiny-marian"))
