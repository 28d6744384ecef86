"""The example story checked with MT output a newsroom already has: `uk.en.txt` and `ru.en.txt` beside the
editions (one line per sentence). No model is needed, yet the MT-based parts run: chrF/BLEU/TER of each
translation against the en edition, and facts read in the MT output.

The uk file carries one deliberate MT slip: the package of "175 мільйонів доларів" comes out as "$175 billion".
The uk edition itself is right, so the tool must blame the translation (an "mt-induced" warning), not uk.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from consistency.pipeline import check_story


@pytest.fixture(scope="module")
def report(example_story, tmp_path_factory):
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("CONSISTENCY_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
        # named outright, so a translation model in this machine's Hugging Face cache is not used instead;
        # embeddings off keeps it quick (the translations and the facts read in them are the same)
        yield check_story(example_story, translator="precomputed", embeddings=False, progress=False)


def mt_induced(findings) -> list:
    return [f for f in findings if f.kind == "mt-induced"]


def test_the_precomputed_translations_are_read_one_line_per_sentence(report):
    assert report.editions["uk"]["translator"] == "precomputed"
    assert report.editions["ru"]["translator"] == "precomputed"
    assert report.editions["en"]["translator"] == "pass-through"
    assert any("precomputed ru.en.txt, uk.en.txt" in note for note in report.notes)
    assert report.signature["translator"]["editions"]["uk"]["file"] == "uk.en.txt"
    assert report.signature["translator"]["editions"]["uk"]["layout"] == "sentences"


def test_the_story_still_passes(report):
    assert report.verdict == "pass"
    assert [f for f in report.findings if f.severity == "error"] == []


def test_each_translation_is_scored_against_the_en_edition(report):
    for edition in ("uk", "ru"):
        scores = report.scores["mt_quality"][edition]
        assert "mt-chrf" in report.scores["alignment"][edition]["signals"]
        # a literal but faithful translation of the same story: close to en, far from identical
        assert 60 < scores["chrf"] < 95
        assert 30 < scores["bleu"] < 90
        assert 10 < scores["ter"] < 60


def test_the_uk_mt_slip_is_a_warning_about_the_translation_not_an_error_of_uk(report):
    slips = [f for f in mt_induced(report.findings) if f.edition == "uk"]
    assert len(slips) == 1
    slip = slips[0]
    assert (slip.check, slip.severity) == ("numbers", "warning")
    assert '"$175 billion"' in slip.message and "175 мільйонів доларів" in slip.message
    assert slip.evidence == {"uk": "175 мільйонів доларів"}
    assert report.scores["facts"]["editions"]["uk"]["mt_induced"] >= 1


def test_with_mt_off_the_uk_edition_has_nothing_about_its_175_million(example_story, monkeypatch, tmp_path):
    monkeypatch.setenv("CONSISTENCY_CACHE_DIR", str(tmp_path))
    report = check_story(example_story, translator="none", embeddings=False, progress=False)
    assert report.editions["uk"]["translator"] == "none"
    assert mt_induced(report.findings) == []
    assert [f for f in report.findings if f.edition == "uk" and "175" in f.message] == []
    assert "uk" not in report.scores["mt_quality"]


@pytest.mark.slow
def test_the_demo_on_a_machine_without_a_model_falls_back_to_the_files(example_story, tmp_path):
    """`consistency check STORY --format json` with the default translator ("auto") and an empty model cache."""
    env = {**os.environ, "CONSISTENCY_CACHE_DIR": str(tmp_path / "cache"), "HF_HUB_CACHE": str(tmp_path / "no-models"),
           "HF_HUB_OFFLINE": "1"}
    result = subprocess.run([sys.executable, "-m", "consistency.entry.cli", "check", str(example_story), "--format", "json"],
                            capture_output=True, text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["verdict"] == "pass"
    assert report["signature"]["translator"]["mode"] == "auto"
    assert {k: report["editions"][k]["translator"] for k in ("uk", "ru")} == {"uk": "precomputed", "ru": "precomputed"}
    assert report["signature"]["embeddings"] is True
    uk_slips = [f for f in report["findings"] if f["kind"] == "mt-induced" and f["edition"] == "uk"]
    assert [(f["check"], f["severity"]) for f in uk_slips] == [("numbers", "warning")]
    assert "175" in uk_slips[0]["message"]
