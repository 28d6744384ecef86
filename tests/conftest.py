import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
sys.path.insert(0, str(TESTS))  # so tests can import shared helpers from tests/support/

STORIES = TESTS / "fixtures" / "stories"
NTREX = ROOT.parent / "shared" / "data" / "ntrex128"


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
