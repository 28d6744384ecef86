"""The detector's readings are kept on disk, so that a rerun of a story loads no detector model."""

import sqlite3

from consistency.stages import langid
from consistency.stages.langid import DetectorCache, identify

# no letter or function word only one of uk and ru has: the detector decides
UNMARKED = "Программа помощи начнет работать до конца года"


def test_a_rerun_reads_the_detector_from_the_cache_and_says_the_same(tmp_path, monkeypatch):
    cache = DetectorCache(tmp_path)
    first = identify(UNMARKED, ("en", "ru", "uk"), cache)
    assert first.lang == "ru" and first.evidence == "letters+lingua" and len(cache) == 1

    def no_detector(candidates):
        raise AssertionError("the detector was asked again")

    monkeypatch.setattr(langid, "_detector", no_detector)
    assert identify(UNMARKED, ("en", "ru", "uk"), DetectorCache(tmp_path)) == first


def test_a_cached_reading_that_cannot_be_one_is_read_again_and_overwritten(tmp_path):
    cache = DetectorCache(tmp_path)
    expected = identify(UNMARKED, ("en", "ru", "uk"))
    identify(UNMARKED, ("en", "ru", "uk"), cache)
    cache.close()
    with sqlite3.connect(tmp_path / DetectorCache.FILENAME) as db:
        db.execute("UPDATE translations SET translation = '{\"uk\": \"NaN\"}'")
    cache = DetectorCache(tmp_path)
    assert identify(UNMARKED, ("en", "ru", "uk"), cache) == expected
    assert "NaN" not in next(iter(cache.get_many(list(_keys(tmp_path))).values()))


def _keys(directory):
    with sqlite3.connect(directory / DetectorCache.FILENAME) as db:
        return [key for (key,) in db.execute("SELECT key FROM translations")]
