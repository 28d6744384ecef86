"""FactsCheck on small stories: which edition a difference is blamed on, how severe, and where."""

import datetime as dt

from support.facts_story import story_analysis

from consistency.facts import FactsCheck, read_story_facts

EN = ["The U.S. announced a $175 million package on Dec. 6, 2023.", "It includes 155 mm rounds and HIMARS ammunition."]
UK = ["США оголосили пакет на 175 млн доларів 6 грудня 2023 року.", "До нього входять 155-мм снаряди та боєприпаси для HIMARS."]
RU = ["США объявили пакет на 175 млн долларов 6 декабря 2023 года.", "В него входят 155-мм снаряды и боеприпасы для HIMARS."]


def run(editions, **kw):
    return FactsCheck()(read_story_facts(story_analysis(editions, **kw)))


def test_agreeing_editions_have_no_findings_and_score_matches():
    result = run({"en": EN, "uk": UK, "ru": RU})
    assert [f for f in result.findings if f.severity != "info"] == []
    assert result.scores["facts"]["uk"]["matched"] >= 3
    assert result.signature["mode"] == "segment"


def test_one_changed_figure_is_one_error_on_the_edition_that_changed_it():
    uk = [UK[0].replace("175", "157"), UK[1]]
    result = run({"en": EN, "uk": uk, "ru": RU})
    errors = [f for f in result.findings if f.severity == "error"]
    assert [(f.check, f.edition, f.kind) for f in errors] == [("numbers", "uk", "altered")]
    story_text = {"en": "\n".join(EN), "uk": "\n".join(uk), "ru": "\n".join(RU)}
    for key, (s, e) in errors[0].spans.items():
        assert story_text[key][s:e] == errors[0].evidence[key]
    assert errors[0].evidence["uk"] == "157 млн доларів"


def test_scale_currency_and_date_changes_are_errors():
    for changed in ("175 млрд доларів", "175 млн євро"):
        uk = [UK[0].replace("175 млн доларів", changed), UK[1]]
        kinds = [(f.edition, f.kind) for f in run({"en": EN, "uk": uk, "ru": RU}).findings if f.severity == "error"]
        assert kinds == [("uk", "altered")]
    ru = [RU[0].replace("6 декабря", "7 декабря"), RU[1]]
    errors = [f for f in run({"en": EN, "uk": UK, "ru": ru}).findings if f.severity == "error"]
    assert [(f.check, f.edition) for f in errors] == [("dates", "ru")]


def test_missing_figure_is_an_error_in_the_edition_that_lacks_it():
    ru = [RU[0], "В него входят снаряды и боеприпасы для HIMARS."]
    errors = [f for f in run({"en": EN, "uk": UK, "ru": ru}).findings if f.severity == "error"]
    assert [(f.edition, f.kind) for f in errors] == [("ru", "missing")]
    assert "ru" in errors[0].spans  # the sentence where it should have been


def test_conversions_and_rounding_are_not_errors():
    result = run({"en": ["A 550 pound hog, worth almost $45 billion."], "uk": ["Кабан вагою 249 кг, вартістю 44,2 млрд доларів."],
                  "ru": ["Кабан весом 250 кг, стоимостью 44,2 млрд долларов."]})
    assert [f for f in result.findings if f.severity == "error"] == []
    assert [(f.kind, f.severity, f.edition) for f in result.findings] == [("rounding", "info", "ru"), ("rounding", "info", "uk")]


def test_wrong_unit_area_is_an_error():
    result = run({"en": ["The region covers 7,529 square kilometres."], "uk": ["Регіон займає 19 500 км²."]})
    assert [(f.edition, f.kind, f.severity) for f in result.findings] == [("uk", "altered", "error")]


def test_source_carries_more_only_warnings():
    source = {"en-dod": ["The $175 million package is the 52nd drawdown, more than $44.2 billion since February 2022."]}
    result = run({"en": EN, "uk": UK, "ru": RU}, sources=source)
    assert {f.severity for f in result.findings} == {"warning"}
    assert sorted({(f.edition, f.evidence["en-dod"]) for f in result.findings}) == [
        (k, v) for k in ("en", "ru", "uk") for v in ("$44.2 billion", "52nd", "February 2022")
    ]


def test_mt_induced_change_is_a_warning_about_the_translation():
    mt = {"uk": ["The U.S. announced a $157 million package on December 6, 2023.", "It includes 155 mm shells and HIMARS ammunition."]}
    result = run({"en": EN, "uk": UK, "ru": RU}, translations=mt)
    flagged = [(f.edition, f.kind, f.severity) for f in result.findings if f.kind == "mt-induced"]
    assert flagged == [("uk", "mt-induced", "warning")]
    assert not [f for f in result.findings if f.severity == "error"]


def test_document_mode_without_alignment_and_deterministic_order():
    uk = [UK[0].replace("175", "157"), UK[1]]
    a = run({"en": EN, "uk": uk, "ru": RU}, aligned=False)
    b = run({"en": EN, "uk": uk, "ru": RU}, aligned=False)
    assert a.signature["mode"] == "document"
    assert a.findings == b.findings
    assert [(f.edition, f.kind) for f in a.findings if f.severity == "error"] == [("uk", "altered")]


def test_relative_day_matches_the_date_with_a_story_date():
    result = run({"en": ["Yesterday, December 6, the U.S. announced aid."], "uk": ["6 грудня США оголосили допомогу."]},
                 published=dt.date(2023, 12, 7))
    assert [f for f in result.findings if f.severity == "error"] == []


def test_a_sum_without_currency_does_not_bridge_two_currencies():
    result = run({"en": ["Deals worth £1.5 million."], "uk": ["Угоди вартістю 1,5 мільйона доларів."],
                  "ru": ["Контракты стоимостью 1,5 млн."]})
    errors = [(f.edition, f.kind, f.message.split(" ")[0]) for f in result.findings if f.severity == "error"]
    assert errors == [("uk", "altered", "currency")]


def test_a_year_with_its_case_word_is_a_year_and_a_changed_one_is_an_error():
    en, uk, ru = ["Since the 2016 vote."], ["Після голосування 2016 року."], ["После голосования 2016 года."]
    assert [f for f in run({"en": en, "uk": uk, "ru": ru}).findings if f.severity == "error"] == []
    errors = [f for f in run({"en": ["Since the 2015 vote."], "uk": uk, "ru": ru}).findings if f.severity == "error"]
    assert [(f.check, f.edition) for f in errors] == [("dates", "en")]


def test_a_temperature_difference_converts_without_the_offset():
    en = ["It would be 80 degrees, approximately 10 degrees above average."]
    uk = ["Температура досягне 27 градусів Цельсія, що приблизно на 5,6 градуса вище середньої."]
    ru = ["Температура поднимется до 27 градусов, что на 10 градусов выше среднего."]
    assert [f for f in run({"en": en, "uk": uk, "ru": ru}).findings if f.severity == "error"] == []
