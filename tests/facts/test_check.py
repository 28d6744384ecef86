"""FactsCheck on small stories: which edition a difference is blamed on, how severe, and where."""

import dataclasses
import datetime as dt

from consistency.checks.facts import FactsCheck
from consistency.stages.facts import read_story_facts
from support.facts_story import story_analysis

EN = ["The U.S. announced a $175 million package on Dec. 6, 2023.", "It includes 155 mm rounds and HIMARS ammunition."]
UK = ["США оголосили пакет на 175 млн доларів 6 грудня 2023 року.", "До нього входять 155-мм снаряди та боєприпаси для HIMARS."]
RU = ["США объявили пакет на 175 млн долларов 6 декабря 2023 года.", "В него входят 155-мм снаряды и боеприпасы для HIMARS."]


def run(editions, **kw):
    return FactsCheck()(read_story_facts(story_analysis(editions, **kw)))


def test_agreeing_editions_have_no_findings_and_score_matches():
    result = run({"en": EN, "uk": UK, "ru": RU})
    assert [f for f in result.findings if f.severity != "info"] == []
    assert result.scores["editions"]["uk"]["matched"] >= 3
    assert result.scores["mode"] == "segment"


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
    result = run({"en": ["The region covers 7,529 square kilometres."], "uk": ["Регіон займає 19 500 км²."]}, original="en")
    assert [(f.edition, f.kind, f.severity) for f in result.findings] == [("uk", "altered", "error")]


def test_two_editions_that_disagree_are_both_flagged_unless_one_is_the_original():
    en, uk = ["Kit, also 39, spoke out."], ["Кіт, 31-річний актор, висловився."]
    assert sorted(errors_of(run({"en": en, "uk": uk}))) == [("en", "altered", "error"), ("uk", "altered", "error")]
    assert errors_of(run({"en": en, "uk": uk}, original="uk")) == [("en", "altered", "error")]


def test_source_carries_more_only_warnings():
    source = {"en-dod": ["The $175 million package is the 52nd drawdown, more than $44.2 billion since February 2022."]}
    result = run({"en": EN, "uk": UK, "ru": RU}, sources=source)
    assert {f.severity for f in result.findings} == {"warning"}
    # one finding a source fact, naming every edition that lacks it
    assert sorted((f.edition_keys, f.evidence["en-dod"]) for f in result.findings) == [
        (("en", "ru", "uk"), v) for v in ("$44.2 billion", "52nd", "February 2022")
    ]
    assert {f.message.rsplit(" is not in ", 1)[1] for f in result.findings} == {"en, ru or uk"}


def test_mt_induced_change_is_a_warning_about_the_translation():
    mt = {"uk": ["The U.S. announced a $157 million package on December 6, 2023.", "It includes 155 mm shells and HIMARS ammunition."]}
    result = run({"en": EN, "uk": UK, "ru": RU}, translations=mt)
    flagged = [(f.edition, f.kind, f.severity) for f in result.findings if f.kind == "mt-induced"]
    assert flagged == [("uk", "mt-induced", "warning")]
    assert not [f for f in result.findings if f.severity == "error"]


def test_an_mt_slip_is_found_where_the_aligner_put_the_sentence_elsewhere():
    en = ["The reform stalled before 2015.", "Nobody knows why."]
    uk = ["Ніхто не знає чому.", "Реформа зупинилася до 2015 року."]  # aligned 1-1 in order: the year's sentences apart
    mt = {"uk": ["Nobody knows why.", "The reform stopped before 2016."]}
    result = run({"en": en, "uk": uk}, translations=mt)
    assert [(f.edition, f.kind) for f in result.findings if f.severity != "info"] == [("uk", "mt-induced")]


def test_an_mt_output_more_precise_than_its_edition_is_a_slip_not_a_rounding():
    en, uk = ["The plumber will get about $20,000."], ["Сантехнік отримає близько 20 тисяч доларів."]
    slipped = run({"en": en, "uk": uk}, translations={"uk": ["The plumber will get $20,003."]})
    assert [(f.edition, f.kind) for f in slipped.findings] == [("uk", "mt-induced")]
    rounded = run({"en": ["The plumber will get $20,003."], "uk": ["Сантехнік отримає 20 003 доларів."]},
                  translations={"uk": ["The plumber will get about $20,000."]})
    assert not [f for f in rounded.findings if f.kind == "mt-induced"]  # a translation may round


def test_an_mt_that_keeps_one_of_two_equal_figures_slipped_on_the_other():
    en, uk = ["They do not need 1+1 any more."], ["Їм більше не потрібен 1+1."]
    result = run({"en": en, "uk": uk}, translations={"uk": ["They no longer need 4+1."]})
    assert [(f.edition, f.kind, f.evidence["uk"]) for f in result.findings] == [("uk", "mt-induced", "1")]


def test_an_mt_that_says_a_figure_in_words_where_its_edition_says_it_twice_slipped_on_the_digits():
    # "через 4-5 месяцев ... от четырёх до пяти": the MT's "five" is the edition's "пяти", and its "4-6" the slip
    en = ["A booster in 4-5 months protects, the doctor said: from four to five months."]
    ru = ["Ревакцинация через 4-5 месяцев защитит, сказал врач: от четырёх до пяти месяцев."]
    result = run({"en": en, "ru": ru},
                 translations={"ru": ["Revaccination in 4-6 months will protect, the doctor said: four to five months."]})
    assert [(f.edition, f.kind, f.evidence["ru"]) for f in result.findings] == [("ru", "mt-induced", "5 месяцев")]


def test_an_mt_that_writes_a_country_as_its_adjective_keeps_it_and_one_that_names_another_slipped():
    en = ["Georgia's former president needs treatment, the doctors said."]
    ru = ["Бывшему президенту Грузии нужно лечение, сообщили врачи."]
    kept = run({"en": en, "ru": ru}, translations={"ru": ["The former Georgian President needs treatment, doctors said."]})
    assert not [f for f in kept.findings if f.kind == "mt-induced"]
    slipped = run({"en": en, "ru": ru}, translations={"ru": ["The former Armenian President needs treatment, doctors said."]})
    assert [(f.edition, f.kind) for f in slipped.findings] == [("ru", "mt-induced")]


def test_an_mt_that_writes_a_range_of_days_in_words_keeps_both_days():
    en = ["The summit for democracy was held on December 9-10 with 110 countries."]
    ru = ["Саммит за демократию прошел с 9 по 10 декабря с участием 110 стран."]
    result = run({"en": en, "ru": ru},
                 translations={"ru": ["The summit for democracy was held from December 9 to 10 with 110 countries."]})
    assert [f for f in result.findings if f.severity != "info"] == []


def test_an_mt_that_glues_a_figure_to_a_name_still_states_it_and_one_that_changes_it_slipped():
    en = ["Certification of the Nord Stream 2 pipeline goes on, Baerbock said."]
    ru = ["Сертификация газопровода \"Северный поток - 2\" продолжается, заявила Бербок."]
    glued = run({"en": en, "ru": ru}, translations={"ru": ["Certification of the Nord Stream-2 gas pipeline continues, Berbock said."]})
    assert not [f for f in glued.findings if f.kind == "mt-induced"]
    changed = run({"en": en, "ru": ru}, translations={"ru": ["Certification of the Nord Stream-3 gas pipeline continues, Berbock said."]})
    assert [f.evidence["ru"] for f in changed.findings if f.kind == "mt-induced"] == ["2"]


def test_an_mt_that_writes_a_country_by_an_adjective_of_another_root_keeps_it():
    en = ["Emmanuel Macron, the President of France, will speak on Sunday."]
    ru = ["Президент Франции Эммануэль Макрон выступит в воскресенье."]
    kept = run({"en": en, "ru": ru}, translations={"ru": ["French President Emmanuel Macron will speak on Sunday."]})
    assert not [f for f in kept.findings if f.kind == "mt-induced"]
    slipped = run({"en": en, "ru": ru}, translations={"ru": ["Spanish President Emmanuel Macron will speak on Sunday."]})
    assert [(f.edition, f.kind) for f in slipped.findings] == [("ru", "mt-induced")]


def test_an_mt_may_translate_a_name_made_of_common_words_but_not_transcribe_a_person_away():
    en = ["Mikhail Shulgin of Otkritie Investitsii and the Ministry's MinTsifry said so."]
    ru = ["Так считают Михаил Шульгин из \"Открытие Инвестиции\" и Минцифры."]
    translated = run({"en": en, "ru": ru}, translations={
        "ru": ['Mikhail Shulgin of "Opening Investments" and the Ministry of Digital Development think so.']})
    assert not [f for f in translated.findings if f.kind == "mt-induced"]
    dropped = run({"en": en, "ru": ru}, translations={
        "ru": ['The head of "Otkritie Investments" and the Ministry of Digital Development think so.']})
    assert [(f.kind, f.evidence["ru"]) for f in dropped.findings] == [("mt-induced", "Михаил Шульгин")]


def test_document_mode_without_alignment_and_deterministic_order():
    uk = [UK[0].replace("175", "157"), UK[1]]
    a = run({"en": EN, "uk": uk, "ru": RU}, aligned=False)
    b = run({"en": EN, "uk": uk, "ru": RU}, aligned=False)
    assert a.scores["mode"] == "document"
    assert a.findings == b.findings
    assert [(f.edition, f.kind) for f in a.findings if f.severity == "error"] == [("uk", "altered")]


def test_relative_day_matches_the_date_with_a_story_date():
    result = run({"en": ["Yesterday, December 6, the U.S. announced aid."], "uk": ["6 грудня США оголосили допомогу."]},
                 published=dt.date(2023, 12, 7))
    assert [f for f in result.findings if f.severity == "error"] == []


def test_a_sum_without_currency_does_not_bridge_two_currencies():
    result = run({"en": ["Deals worth £1.5 million."], "uk": ["Угоди вартістю 1,5 мільйона доларів."],
                  "ru": ["Контракты стоимостью 1,5 млн."]}, original="en")
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


def errors_of(result):
    return [(f.edition, f.kind, f.severity) for f in result.findings if f.severity == "error"]


def test_a_figure_changed_into_one_the_sentence_already_gives_is_an_alteration():
    en = ["72 per cent passed Mandarin, while 72 per cent of German students and 69 per cent of French ones passed."]
    ru = ["72 процента сдали китайский, 72 процента изучающих немецкий и 69 процентов изучающих французский."]
    uk = ["72% склали китайську, 32% тих, хто вивчає німецьку, і 69% тих, хто вивчає французьку."]
    assert errors_of(run({"en": en, "uk": uk, "ru": ru})) == [("uk", "altered", "error")]
    # a figure said twice in one edition and once in the others is not an added fact
    twice = ["72% склали китайську, і 72% тих, хто вивчає німецьку, та 69% тих, хто вивчає французьку."]
    once = ["72 per cent passed Mandarin and German, 69 per cent French."]
    assert [f for f in run({"en": once, "uk": twice}).findings if f.severity != "info"] == []


def test_the_rival_that_the_other_editions_share_is_the_one_altered():
    en = ["The Rockies won 9-2 over the Nationals."]
    uk = ["«Рокіс» перемогли 5-2 «Нашионалс»."]
    ru = ["Победой 5-2 над «Нэшионалс» «Рокиз» завоевали 7 или 8 место."]
    errors = [f for f in run({"en": en, "uk": uk, "ru": ru}).findings if f.severity == "error"]
    # a score is one fact: "9-2" against "5-2", not a 9 against a 5
    assert [(f.edition, f.evidence["en"], f.evidence["uk"], f.evidence["ru"]) for f in errors] == [("en", "9-2", "5-2", "5-2")]


def test_three_editions_giving_three_figures_are_each_an_error():
    en = ["It would be approximately 90 degrees above average."]
    uk = ["Це приблизно на 12 градусів вище середньої."]
    ru = ["Это на 10 градусов выше среднего."]
    assert sorted(errors_of(run({"en": en, "uk": uk, "ru": ru}))) == [
        ("en", "altered", "error"), ("ru", "altered", "error"), ("uk", "altered", "error")]


def test_a_rough_figure_must_be_the_precise_one_rounded():
    def kinds_of(en, uk):
        return sorted((f.kind, f.severity) for f in run({"en": en, "uk": uk}, original="en").findings)

    assert kinds_of(["About 300 troops arrived."], ["Прибули 308 військових."]) == [("rounding", "info")]
    assert kinds_of(["It spans approximately 130 miles."], ["Вона тягнеться на 136 миль."]) == [("altered", "error")]
    assert kinds_of(["It spans 130 miles."], ["Вона тягнеться приблизно на 136 миль."]) == [("altered", "error")]
    # "almost" rounds up: $44.2 billion is almost $45 billion, $45.3 billion is not
    assert kinds_of(["almost $45 billion"], ["44,2 млрд доларів"]) == [("rounding", "info")]
    assert kinds_of(["almost $45 billion"], ["45,3 млрд доларів"]) == [("altered", "error")]


def test_a_figure_written_to_as_many_decimals_is_no_rounding_of_another():
    def kinds_of(en, uk):
        return sorted((f.kind, f.severity) for f in run({"en": en, "uk": uk}, original="en").findings)

    # a trailing zero says the hundredth: "2,10 м" is no rounding of 2.09 m
    assert kinds_of(["The world record is 2.09 m."], ["Світовий рекорд – 2,10 м."]) == [("altered", "error")]
    assert kinds_of(["The world record is 2.09 m."], ["Світовий рекорд – 2,1 м."]) == [("rounding", "info")]


def test_a_height_in_feet_and_inches_converts_to_metres():
    en = ["The 6-foot-6 forward grew up in Baton Rouge."]
    assert errors_of(run({"en": en, "uk": ["Форвард ростом 198 см виріс у Батон-Руж."]})) == []
    assert errors_of(run({"en": en, "ru": ["Форвард ростом 1 м 98 см вырос в Батон-Руж."]})) == []
    assert errors_of(run({"en": en, "ru": ["Форвард ростом 1 м 82 см вырос в Батон-Руж."]}, original="en")) == [("ru", "altered", "error")]


def test_a_conversion_is_the_exact_figure_rounded_or_close_to_it():
    en = ["A 650 pound pig pinned a farmer to his tractor."]
    for ru, errors in (("Свинья весом 295 кг прижала фермера.", []), ("300-килограммовое животное прижало фермера.", []),
                       ("302-килограммовое животное прижало фермера.", [("ru", "altered", "error")])):
        assert errors_of(run({"en": en, "ru": [ru]}, original="en")) == errors


def test_editions_agreeing_in_words_outvote_a_third_in_digits():
    en = ["Twenty per cent of pupils have a main account."]
    uk = ["10% учнів мають основний обліковий запис."]
    ru = ["Двадцать процентов учеников имеют основной аккаунт."]
    assert errors_of(run({"en": en, "uk": uk, "ru": ru})) == [("uk", "altered", "error")]


def test_a_sum_without_currency_takes_no_side_between_two_currencies():
    en = ["At least $10 billion has been disbursed."]
    uk = ["Щонайменше 10 мільярдів уже виплачено."]
    ru = ["Не менее 10 миллиардов евро уже выплачено."]
    assert sorted(errors_of(run({"en": en, "uk": uk, "ru": ru}))) == [("en", "altered", "error"), ("ru", "altered", "error")]
    assert errors_of(run({"en": en, "uk": uk, "ru": ru}, original="en")) == [("ru", "altered", "error")]


def test_a_small_figure_two_editions_give_in_digits_is_missed_as_an_error():
    en = ["Woods has a career Ryder Cup record of 13-21-3."]
    ru = ["Рекорд Вудса на Кубке Райдера 13–21–3."]
    uk = ["Рекорд Вудса на Кубку Райдера 13–21."]
    assert errors_of(run({"en": en, "uk": uk, "ru": ru})) == [("uk", "missing", "error")]


def test_a_year_is_no_decade_of_a_quantity():
    en = ["2011: A 7.5 magnitude quake triggered a tsunami of up to 10 meters."]
    uk = ["2010: землетрус магнітудою 7,5 балів викликав цунамі висотою до 10 метрів."]
    ru = ["2010: землетрясение магнитудой 7,5 вызвало цунами до 10 метров."]
    assert errors_of(run({"en": en, "uk": uk, "ru": ru})) == [("en", "altered", "error")]


def test_a_span_in_words_outvotes_a_changed_one_in_digits():
    en = ["They have been close for ten years."]
    uk = ["Вони були близькі протягом десяти років."]
    ru = ["Они дружат уже 17 лет."]
    assert errors_of(run({"en": en, "uk": uk, "ru": ru})) == [("ru", "altered", "error")]


def test_a_figure_kept_elsewhere_but_lost_with_its_headline_is_a_warning():
    en = ["Death toll from Indonesia tsunami rises to 832", "The death toll has risen to 832, officials said on Sunday."]
    uk = ["Кількість загиблих від цунамі в Індонезії зросла до 832", "Кількість загиблих зросла до 832, повідомили в неділю."]
    ru = ["", "Число жертв достигло 832, сообщили в воскресенье."]
    lost = [(f.edition, f.kind, f.severity) for f in run({"en": en, "uk": uk, "ru": ru}).findings if f.check == "numbers"]
    assert lost == [("ru", "missing", "warning")]
    # said as often as the other editions say it, only elsewhere: an alignment matter, not a lost figure
    en_once = ["A tsunami hit Indonesia on Friday.", "The death toll has risen to 832, officials said."]
    uk_once = ["Цунамі вдарило по Індонезії в п'ятницю.", "Кількість загиблих зросла до 832, повідомили посадовці."]
    ru_moved = ["Цунами, унесшее 832 жизни, обрушилось на Индонезию в пятницу.", "Об этом сообщили власти."]
    assert [f for f in run({"en": en_once, "uk": uk_once, "ru": ru_moved}).findings if f.check == "numbers"] == []


def with_thresholds(analysis, **thresholds):
    config = analysis.story.config
    story = dataclasses.replace(analysis.story, config=dataclasses.replace(
        config, thresholds=dataclasses.replace(config.thresholds, **thresholds)))
    return dataclasses.replace(analysis, story=story)


def test_the_tolerances_are_the_story_thresholds_and_the_check_keeps_no_state():
    analysis = read_story_facts(story_analysis({"en": ["About 300 troops arrived."], "uk": ["Прибули 308 військових."]},
                                               original="en"))
    check = FactsCheck()
    settings = dict(vars(check))
    assert [f.kind for f in check(analysis).findings] == ["rounding"]
    # 308 is 2.6% off 300: with a 1% rounding tolerance it is a changed figure
    strict = check(with_thresholds(analysis, rounding_tolerance=0.01))
    assert [(f.kind, f.severity) for f in strict.findings] == [("altered", "error")]
    assert strict.signature["rounding_tolerance"] == 0.01
    assert vars(check) == settings  # nothing of one story is left on the check


def test_scores_count_each_status_of_every_edition_and_source():
    source = {"en-dod": ["The $175 million package is the 52nd drawdown."]}
    uk = [UK[0].replace("175", "157"), UK[1]]
    scores = run({"en": EN, "uk": uk, "ru": RU}, sources=source).scores
    assert scores["mode"] == "segment"
    assert list(scores["editions"]) == ["en", "ru", "uk", "en-dod"]
    statuses = ["matched", "missing", "altered", "added", "rounding", "mt_induced"]
    assert all(list(counts) == statuses for counts in scores["editions"].values())
    assert scores["editions"]["uk"]["altered"] == 1
    assert scores["editions"]["en"]["missing"] == scores["editions"]["uk"]["missing"] == 1  # the 52nd


def test_a_name_the_mt_writes_otherwise_is_no_slip_but_a_name_it_drops_is():
    editions = {"en": ["Experts restored the head of the god Amon found in Egypt."],
                "ru": ["Специалисты отреставрировали голову бога Амона, найденную в Египте."]}
    faithful = {"ru": ["Specialists restored the head of the god Amun, found in the Egyptian desert."]}
    assert [f for f in run(editions, translations=faithful).findings if f.kind == "mt-induced"] == []
    dropped = {"ru": ["Specialists restored the head of the god found in the desert."]}
    assert {f.kind for f in run(editions, translations=dropped).findings} == {"mt-induced"}


def test_an_ordinal_changed_where_the_other_edition_writes_it_as_a_plain_figure_is_altered():
    en = ["Units of the 29th Combined Arms Army are also taking part."]
    uk = ["Також беруть участь підрозділи 29 загальновійськової армії."]
    assert [f for f in run({"en": en, "uk": uk}).findings if f.severity != "info"] == []
    changed = run({"en": [en[0].replace("29th", "19th")], "uk": uk}).findings
    assert {(f.edition, f.kind) for f in changed if f.severity == "error"} == {("en", "altered"), ("uk", "altered")}


def test_a_clock_hour_said_without_the_half_of_the_day_agrees_with_either_half():
    def problems(editions, **kw):
        return [(f.edition, f.kind, f.severity) for f in run(editions, **kw).findings if f.severity != "info"]

    meeting = {"en": ["Yes, I'll be waiting for you at 6 o'clock."], "uk": ["Так, о 18 годині буду тебе чекати."]}
    assert problems(meeting) == []
    assert problems({"en": ["Of course, we can do that after 5 pm."], "uk": ["Авжеш, можемо після 17 години."]}) == []
    # the hour itself changed is still a change
    assert problems({**meeting, "uk": ["Так, о 19 годині буду тебе чекати."]}) == [
        ("en", "altered", "error"), ("uk", "altered", "error")]
    # and so is the half of the day, between two languages that count hours to 24
    assert problems({"uk": ["Так, о 6 годині буду тебе чекати."], "ru": ["Да, в 18 часов буду тебя ждать."]},
                    reference="uk") == [
        ("ru", "altered", "error"), ("uk", "altered", "error")]



def test_a_figure_whose_unit_one_edition_leaves_unsaid_is_no_altered_value():
    family = {"en": ["There are 3 of us so far (me and my children aged 3 and 17), maybe later my husband will come."],
              "uk": ["Нас поки 3 (я та діти 3 роки та 17 років), можливо пізніше чоловік до нас переселиться."]}
    assert [f for f in run(family).findings if f.severity != "info"] == []
    # another figure in its place is
    assert [(f.edition, f.kind) for f in run({**family, "uk": [family["uk"][0].replace("3 роки", "5 років")]}).findings
            if f.severity == "error"] == [("en", "altered"), ("uk", "altered")]


def test_other_outlets_ways_with_days_hours_and_turns_agree_with_the_english():
    def problems(editions):
        return [(f.edition, f.kind, f.severity) for f in run(editions).findings if f.severity != "info"]

    # a day and a month in figures, with no year: "25.04" is April 25, not a decimal
    monday = {"en": ["Is it possible on Monday, April 25?"], "uk": ["Можна в понеділок 25.04.?"]}
    assert problems(monday) == []
    assert problems({**monday, "en": ["Is it possible on Monday, April 26?"]}) == [
        ("uk", "missing", "warning"), ("uk", "added", "warning")]
    # a figure the other edition gives too is that figure, and the day is lost
    assert problems({"en": ["The coefficient rose to 1.05."], "uk": ["1 травня коефіцієнт зріс до 1,05."]}) == [
        ("uk", "added", "warning")]
    # an hour with its ordinal ending and the half of the day after "годині"
    assert problems({"en": ["At approximately 12 o'clock in the afternoon on February 24, they saw helicopters."],
                     "uk": ["Приблизно о 12-ій годині дня 24-го лютого вони побачили гелікоптери."]}) == []
    # a clock time after a date is no second day of it ("April 2 to 06:00", "April 2 – 06:00")
    assert problems({"en": ["Restrictions will apply from 21:00 on April 2 to 06:00 on April 5."],
                     "uk": ["Обмеження діятимуть з 21:00 2 квітня до 06:00 5 квітня."]}) == []
    assert problems({"en": ["Restrictions will apply from 21:00 on April 2 – 06:00 on April 5."],
                     "uk": ["Обмеження діятимуть з 21:00 2 квітня до 06:00 5 квітня."]}) == []
    # a turn of 180 degrees is no temperature
    assert problems({"en": ["Many who despised him suddenly turned 180 degrees."],
                     "uk": ["Багато хто, хто зневажав його, раптом повернулися на 180 градусів."]}) == []
