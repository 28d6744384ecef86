"""Reading facts in each language: the same figure written the uk, ru and en way is one value."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consistency.stages.facts import extract_facts


def kinds(text, lang, **kw):
    return [(f.kind, f.value, f.unit) for f in extract_facts(text, lang, **kw) if f.kind != "name"]


@pytest.mark.parametrize(
    "lang,text",
    [("en", "$44.2 billion"), ("en", "44.2 billion dollars"), ("uk", "44,2 млрд доларів"),
     ("uk", "44,2 мільярда доларів"), ("ru", "44,2 млрд долл."), ("ru", "44,2 миллиарда долларов")],
)
def test_money_with_scale_and_currency_in_every_form(lang, text):
    assert kinds(text, lang) == [("money", 44.2e9, "USD")]


@pytest.mark.parametrize("lang,text", [("en", "2,000"), ("uk", "2 000"), ("uk", "2\u00a0000"), ("ru", "2\u202f000"), ("ru", "2 тыс.")])
def test_grouping_separators_and_thousands(lang, text):
    assert kinds(text, lang) == [("amount", 2000.0, None)]


def test_qualifiers_are_kept_with_the_value():
    assert extract_facts("понад 44,2 млрд доларів", "uk")[0].qualifier == "more-than"
    assert extract_facts("almost $45 billion", "en")[0].qualifier == "almost"
    assert extract_facts("приблизно на 130 миль", "uk")[0].qualifier == "about"
    assert extract_facts("свыше 380 тысяч", "ru")[0].qualifier == "more-than"


@pytest.mark.parametrize("lang,text", [("en", "52nd"), ("uk", "52-й"), ("uk", "52-го"), ("uk", "52-му"), ("ru", "52-го")])
def test_ordinals(lang, text):
    assert kinds(text, lang) == [("ordinal", 52.0, None)]


@pytest.mark.parametrize(
    "lang,text,value",
    [("en", "Dec. 6, 2023", "2023-12-06"), ("en", "December 6", "--12-06"), ("uk", "6 грудня 2023 року", "2023-12-06"),
     ("ru", "6 декабря", "--12-06"), ("uk", "06.12.2023", "2023-12-06"), ("en", "12/06/2023", "2023-12-06")],
)
def test_dates(lang, text, value):
    assert kinds(text, lang) == [("date", value, None)]


def test_a_day_of_a_month_is_a_date():
    assert [(f.kind, f.value) for f in extract_facts("on the 6th of December 2023", "en")] == [("date", "2023-12-06")]


def test_date_ranges_give_both_days():
    assert [v for _, v, _ in kinds("5–6 грудня", "uk")] == ["--12-05", "--12-06"]
    assert [v for _, v, _ in kinds("December 5-6", "en")] == ["--12-05", "--12-06"]


def test_relative_days_resolve_with_the_story_date():
    published = dt.date(2023, 12, 7)
    for lang, word in (("en", "Yesterday"), ("uk", "Вчора"), ("ru", "Вчера")):
        assert kinds(word + ",", lang, published=published) == [("date", "2023-12-06", None)]


@pytest.mark.parametrize("lang,text", [("en", "3 p.m."), ("en", "3pm"), ("uk", "о 15:00"), ("ru", "в 15:00"), ("ru", "3 часа дня")])
def test_times(lang, text):
    assert kinds(text, lang) == [("time", "15:00", None)]


@pytest.mark.parametrize("lang,text", [("en", "from 1 to 2 pm"), ("en", "between 1 and 2 p.m."),
                                       ("uk", "з 13:00 до 14:00"), ("ru", "с 13:00 до 14:00")])
def test_two_hours_share_the_half_of_the_day_said_after_the_second(lang, text):
    assert kinds(text, lang) == [("time", "13:00", None), ("time", "14:00", None)]


def test_a_range_of_hours_runs_forward_and_a_score_is_no_range():
    assert kinds("from 11 to 1 pm", "en") == [("time", "11:00", None), ("time", "13:00", None)]
    assert kinds("from 11 to 2 am", "en") == [("time", "23:00", None), ("time", "02:00", None)]
    assert [kind for kind, _, _ in kinds("The team won 3 to 2 in the evening match.", "en")] == ["amount", "time"]


@pytest.mark.parametrize(
    "lang,text,value,unit",
    [("en", "155 mm", 155.0, "mm"), ("uk", "155-мм", 155.0, "mm"), ("en", "550 pounds", 550.0, "lb"), ("uk", "249 кг", 249.0, "kg"),
     ("uk", "19 500 км²", 19500.0, "km2"), ("en", "7,529 square kilometres", 7529.0, "km2"), ("ru", "48 часов", 48.0, "h")],
)
def test_units(lang, text, value, unit):
    assert kinds(text, lang) == [("quantity", value, unit)]


@pytest.mark.parametrize(
    "lang,text,value,unit",
    [("en", "a 6-foot-6 forward", 6.5, "ft"), ("en", "6 feet and 6 inches", 6.5, "ft"), ("uk", "6 футів і 6 дюймів", 6.5, "ft"),
     ("ru", "ростом 1 м 82 см", 1.82, "m"), ("en", "2 hours 30 minutes", 2.5, "h"), ("uk", "2 години 30 хвилин", 2.5, "h")],
)
def test_a_quantity_in_two_units_is_one_quantity(lang, text, value, unit):
    assert kinds(text, lang) == [("quantity", value, unit)]


def test_a_range_in_one_unit_stays_two_figures():
    assert kinds("from 2 to 5 cm", "en") == [("quantity", 2.0, "cm"), ("quantity", 5.0, "cm")]


def test_a_score_is_one_fact_of_both_figures():
    assert kinds("со счетом 2/1", "ru") == kinds("a 2&1 win", "en") == [("score", "2:1", None)]
    assert kinds("see /2019/10/05/story", "en") == []


def test_a_percentage_as_an_adjective_or_in_words_is_a_percentage():
    assert kinds("о 14-процентном росте", "ru") == kinds("a 14-percent surge", "en") == [("percent", 14.0, "%")]
    assert kinds("Twenty per cent of pupils", "en") == kinds("Двадцять відсотків учнів", "uk") == [("percent", 20.0, "%")]


def test_a_year_with_a_case_ending_is_a_year():
    assert kinds("до кінця 2022-го", "uk") == [("year", 2022, None)]
    assert kinds("у 1930-х роках", "uk") == [("date", "1930s", None)]  # a decade (test_dates_in_real_news.py)
    assert kinds("52-й пакет", "uk") == [("ordinal", 52.0, None)]


@pytest.mark.parametrize("lang,text", [("en", "40 per cent"), ("en", "40%"), ("uk", "40 відсотків"), ("ru", "40 процентов")])
def test_percent(lang, text):
    assert kinds(text, lang) == [("percent", 40.0, "%")]


def test_number_words_are_weak_counts():
    assert kinds("two", "en") == [("count", 2.0, None)]
    assert kinds("двох", "uk") == [("count", 2.0, None)]
    assert kinds("сорока восьми", "ru") == [("count", 48.0, None)]


def test_a_few_hundred_thousand_reads_alike_in_every_language():
    salary = [("money", 100000.0, "UAH")]
    assert kinds("a salary of several hundred thousand hryvnias", "en")[:1] == salary
    assert kinds("з окладом у кілька сотень тисяч гривень", "uk") == salary
    assert kinds("с окладом в несколько сотен тысяч гривен", "ru") == salary


def test_codes_and_phone_numbers_are_not_figures():
    assert kinds("AIM-9M missiles", "en") == []
    assert kinds("call 0800 555 111", "en") == kinds("за номером 0800 555 111", "uk")


def test_names_across_scripts_and_cases():
    def names(text, lang):
        return [f.value for f in extract_facts(text, lang) if f.kind == "name"]

    assert names("Then Austin met Umerov in Kyiv.", "en") == ["austin", "umerov", "kyiv"]
    assert names("Потім Остін зустрівся з Умєровим у Києві.", "uk") == ["austin", "umerov", "kyiv"]
    assert names("Затем Остин встретился с Умеровым в Киеве.", "ru") == ["austin", "umerov", "kyiv"]


# --- property-based: write random values in each locale's formats, read back the same fact -----
def _group(n: int, sep: str) -> str:
    s = str(n)
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    return sep.join([s] + parts)


FORMATS = {
    "en": (",", ".", {1e6: "million", 1e9: "billion"}, "${n} {scale}", "USD"),
    "uk": ("\u00a0", ",", {1e6: "млн", 1e9: "млрд"}, "{n} {scale} доларів", "USD"),
    "ru": (" ", ",", {1e6: "млн", 1e9: "млрд"}, "{n} {scale} рублей", "RUB"),
}


@settings(max_examples=150, deadline=None)
@given(lang=st.sampled_from(sorted(FORMATS)), whole=st.integers(1, 999), tenths=st.integers(0, 9), big=st.sampled_from([1e6, 1e9]))
def test_money_round_trips_in_every_locale(lang, whole, tenths, big):
    group, decimal, scales, template, code = FORMATS[lang]
    written = f"{whole}{decimal}{tenths}" if tenths else str(whole)
    text = template.replace("{n}", written).replace("{scale}", scales[big])
    facts = [f for f in extract_facts("Це " + text + " тут." if lang != "en" else "It is " + text + " here.", lang) if f.kind != "name"]
    assert [(f.kind, f.unit) for f in facts] == [("money", code)]
    assert facts[0].value == pytest.approx((whole + tenths / 10) * big)


@settings(max_examples=150, deadline=None)
@given(lang=st.sampled_from(sorted(FORMATS)), n=st.integers(1000, 99_999_999).filter(lambda n: not 1000 <= n <= 2100))
def test_grouped_integers_round_trip(lang, n):
    text = _group(n, FORMATS[lang][0])
    assert kinds(text, lang) == [("amount", float(n), None)]


@settings(max_examples=100, deadline=None)
@given(feet=st.integers(4, 7), inches=st.integers(0, 11), metres=st.integers(1, 2), cm=st.integers(0, 99))
def test_heights_in_two_units_round_trip(feet, inches, metres, cm):
    assert kinds(f"a {feet}-foot-{inches} centre", "en") == [("quantity", pytest.approx(feet + inches / 12), "ft")]
    assert kinds(f"зріст {feet} футів і {inches} дюймів", "uk") == [("quantity", pytest.approx(feet + inches / 12), "ft")]
    assert kinds(f"ростом {metres} м {cm} см", "ru") == [("quantity", pytest.approx(metres + cm / 100), "m")]


@settings(max_examples=100, deadline=None)
@given(lang=st.sampled_from(["en", "uk", "ru"]), day=st.integers(1, 28), month=st.integers(1, 12), year=st.integers(1990, 2030))
def test_dates_round_trip(lang, day, month, year):
    from babel.dates import format_date

    text = format_date(dt.date(year, month, day), "long", locale=lang)
    values = [v for k, v, _ in kinds(text, lang) if k == "date"]
    assert values == [f"{year:04d}-{month:02d}-{day:02d}"]


@settings(max_examples=300, deadline=None)
@given(lang=st.sampled_from(["en", "uk", "ru"]), text=st.text(alphabet=st.sampled_from(list("0123456789 ,.-–:/$€£%кмгдтсяйabcKMBmn\u00a0\u202fгрудняDec")), max_size=60))
def test_fuzz_never_raises_and_spans_stay_inside(lang, text):
    for f in extract_facts(text, lang):
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.text


def test_an_hour_of_the_clock_is_a_time_and_a_span_of_hours_is_not():
    def kinds(text, lang):
        return [(f.kind, f.value) for f in extract_facts(text, lang) if f.kind != "name"]

    assert kinds("Зустріч призначено на 19 годину.", "uk") == [("time", "19:00")]
    assert kinds("Зустріч о 19 годині.", "uk") == [("time", "19:00")]
    assert kinds("Встреча в 19 часов.", "ru") == [("time", "19:00")]
    assert kinds("Встреча в 2 часа дня.", "ru") == [("time", "14:00")]
    assert kinds("Переговори тривали 19 годин.", "uk") == [("quantity", 19.0)]
    # the genitive singular after "після", "з", "до" is an hour of the clock; the plural a count of hours, and so
    # is the genitive of one hour ("up to an hour"); an hour as an ordinal after a marker is the clock's
    assert kinds("Комендантська година діє з 20 години до 6 години.", "uk") == [("time", "20:00"), ("time", "06:00")]
    assert kinds("Після 17 годин роботи він пішов додому.", "uk") == [("quantity", 17.0)]
    assert kinds("Відключення триватимуть до 1 години.", "uk") == [("quantity", 1.0)]
    assert kinds("Лікар чекатиме вас на цю 9-ту годину.", "uk") == [("time", "09:00")]
    assert kinds("Бій триває вже 5-ту годину.", "uk") == [("ordinal", 5.0)]
    # the night runs from the evening into the morning; "на 2 ночі" is two nights, no hour
    assert kinds("Комендантська година діє з 11 години ночі.", "uk") == [("time", "23:00")]
    assert kinds("Вибухи пролунали о 2 годині ночі.", "uk") == [("time", "02:00")]
    assert kinds("Взрывы прогремели в 11 часов ночи.", "ru") == [("time", "23:00")]
    assert kinds("He came home at about 10 o'clock at night.", "en") == [("time", "22:00")]
    assert kinds("Бронювання на 2 ночі.", "uk") == [("amount", 2.0)]
    assert kinds("I'll be waiting for you at 6 o'clock.", "en") == [("time", "06:00")]
