"""Property tests: the loader and the segmenter take any text without an exception, and every span
they return lies inside the text it describes."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consistency.stages.langid import identify
from consistency.stages.load import decode, normalise, strip_chrome
from consistency.stages.segment import segment_text

NEWS_ALPHABET = st.sampled_from(
    list("abcXYZ абвгґєіїщьюя ЫЭЪЁыэъё0123456789.,;:!?-–—«»\"'’ʼ$€%()\n\n\t\u00a0\u2009•*#")
    + ["млн.", "т. зв.", "U.S.", "Dec.", "Dr. ", "44,2", "2 000", "\n\n", "• ", "Photo By: x\n"]
)
news_text = st.lists(NEWS_ALPHABET, max_size=300).map("".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(news_text, st.text(max_size=400)), lang=st.sampled_from(["uk", "ru", "en"]))
def test_segmentation_spans_lie_inside_the_text(text, lang):
    clean, _ = strip_chrome(normalise(text))
    segmentation = segment_text(clean, lang)
    for paragraph in segmentation.paragraphs:
        assert 0 <= paragraph.start <= paragraph.end <= len(clean)
        assert clean[paragraph.start:paragraph.end] == paragraph.text
    previous_end = 0
    for sentence in segmentation.sentences:
        assert 0 <= sentence.start <= sentence.end <= len(clean)
        assert clean[sentence.start:sentence.end] == sentence.text
        assert sentence.start >= previous_end
        previous_end = sentence.end


@settings(max_examples=200, deadline=None)
@given(raw=st.binary(max_size=400))
def test_any_bytes_either_decode_or_raise_a_story_error(raw, tmp_path_factory):
    from consistency.errors import StoryError

    try:
        text, encoding = decode(raw, tmp_path_factory.mktemp("f") / "uk.txt")
    except StoryError as exc:
        assert "uk.txt" in str(exc)
    else:
        assert isinstance(text, str) and encoding


@settings(max_examples=100, deadline=None)
@given(text=st.one_of(news_text, st.text(max_size=300)))
def test_language_identification_never_fails(text):
    guess = identify(text)
    assert guess.lang in (None, "en", "uk", "ru")
    assert 0.0 <= guess.confidence <= 1.0
