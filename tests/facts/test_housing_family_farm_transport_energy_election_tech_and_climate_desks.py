"""Habits of the forty-second to forty-fifth sets of newsroom stories, from housing, families, farming and grain,
transport, energy, elections abroad, technology and climate desks, each read alike in uk, en and ru: a commodity
desk's fraction of a cent, an exchange rate's base, an interest-free loan's nought per cent, children under an age,
every twentieth flat, wire hours of a range in a time zone, petabytes, a fashion season's year, a US dateline and a
lawmaker's party and state, a wire story's credits in translation, a headline's source, Ukraine's state services named
in full, and the forms no mile is read from; and what each must leave alone."""

import pytest

from consistency.stages.facts import extract_facts
from consistency.stages.load.chrome import strip_chrome
from consistency.stages.segment import dateline_ends, split_sentences
from support.facts_story import aligned_fact_findings, written_story_findings


def facts(text, lang, kinds=("quantity", "amount", "money", "percent", "time", "year")):
    return [(f.kind, f.value, f.unit) for f in extract_facts(text, lang) if f.kind in kinds]


def names(text, lang):
    return [(f.text, f.value) for f in extract_facts(text, lang) if f.kind == "name"]


# --- figures --------------------------------------------------------------------------------------------------------

def test_a_fraction_of_a_cent_as_grain_desks_quote_it():
    assert facts("Wheat rose 4-1/2 cents to $5.38-1/4 a bushel.", "en") == [
        ("money", 0.045, "USD|EUR"), ("money", 5.3825, "USD")]
    # the same figure in decimals, as the other editions write it, is no other price
    assert aligned_fact_findings({
        "en": ["Soft red winter wheat settled up 4-1/2 cents at $5.38-1/4 a bushel."],
        "uk": ["М'яка червона озима пшениця подорожчала на 4,5 цента – до $5,3825 за бушель."],
        "ru": ["Мягкая красная озимая пшеница подорожала на 4,5 цента – до $5,3825 за бушель."]}) == []
    # where the price ends a sentence or a clause
    assert facts("Wheat hit $5.38-1/4, its highest since May.", "en") == [("money", 5.3825, "USD")]
    assert facts("Corn fell to $4.10-1/2.", "en") == [("money", 4.105, "USD")]
    # a range, a score and a fraction no desk quotes keep their hyphen
    assert [f[1] for f in facts("in 1990-95", "en")] == [1990, 1995]
    assert facts("drew 2-1", "en") == []
    assert ("amount", 5.5, None) not in facts("4-3/2", "en")


def test_a_sale_for_a_dollar_is_a_price_not_a_rate_s_base():
    sold = [f for f in extract_facts("Компанію з боргами на 2 млрд грн продали за $1.", "uk") if f.kind == "money"]
    assert [(f.value, f.qualifier) for f in sold][-1] == (1.0, None)


def test_an_exchange_rate_s_one_is_its_base_not_a_sum():
    assert aligned_fact_findings({
        "en": ["Bulgaria joined at a fixed rate of 1.95583 leva per euro."],
        "uk": ["Болгарія приєдналася за фіксованим курсом 1,95583 лева за €1."],
        "ru": ["Болгария присоединилась по фиксированному курсу 1,95583 лева за 1 евро."]}) == []


@pytest.mark.parametrize("text,lang", [("Zero-interest solar loans", "en"), ("interest-free loans", "en"),
                                       ("безвідсоткові кредити", "uk"), ("беспроцентные кредиты", "ru")])
def test_an_interest_free_loan_is_nought_per_cent(text, lang):
    assert facts(text, lang) == [("percent", 0.0, None)]


def test_children_under_an_age_are_that_age_in_years():
    assert facts("Fares: children under 12 – 50% off.", "en") == [("quantity", 12.0, "year"), ("percent", 50.0, "%")]
    assert ("quantity", 12.0, "kg") in facts("a cap for children under 12 kg", "en")
    # a range of ages keeps both ends' years; a share, a sum or a count of something else is no age
    assert facts("Children aged 6 to 10 may enter.", "en") == [("quantity", 6.0, "year"), ("quantity", 10.0, "year")]
    assert facts("Children over 50 percent disabled qualify.", "en") == [("percent", 50.0, "%")]
    assert ("quantity", 2.0, "year") not in facts("They moved 300 children over 2 nights.", "en")
    assert facts("Entry for children under 12 is free.", "en") == [("quantity", 12.0, "year")]
    assert aligned_fact_findings({
        "en": ["Discounts: children under 12 travel at half price."],
        "uk": ["Знижки: діти до 12 років їдуть за пів ціни."],
        "ru": ["Скидки: дети до 12 лет едут за полцены."]}) == []


@pytest.mark.parametrize("text,lang", [
    ("у 2026 році кожну 20-ту квартиру у Вроцлаві придбали українці", "uk"),
    ("в 2026 году каждую 20-ю квартиру во Вроцлаве приобрели украинцы", "ru"),
    ("Кожен 20-й серед опитаних купив житло.", "uk"),
    ("Каждый 20-й среди опрошенных купил жилье.", "ru"),
])
def test_every_twentieth_flat_is_one_in_twenty(text, lang):
    assert ("amount", 0.05, None) in facts(text, lang, kinds=("amount",))


@pytest.mark.parametrize("text,lang", [("Виплату здійснюють кожного 20-го числа.", "uk"),
                                       ("Ярмарок працює кожної 2-ї середи місяця.", "uk"),
                                       ("Ярмарка работает каждую 2-ю среду месяца.", "ru")])
def test_a_day_of_the_month_or_a_weekday_is_still_no_share(text, lang):
    assert facts(text, lang, kinds=("amount",)) == []


def test_wire_hours_of_a_range_in_a_time_zone_are_no_phone():
    assert facts("Polls were open from 8 a.m. to 8 p.m. (0500-1700 GMT).", "en", kinds=("time",))[-2:] == [
        ("time", "05:00", "GMT"), ("time", "17:00", "GMT")]


@pytest.mark.parametrize("text,lang", [("with 40PB of storage", "en"), ("сховище на 40 ПБ", "uk"),
                                       ("хранилище на 40 петабайт", "ru")])
def test_petabytes(text, lang):
    assert facts(text, lang) == [("quantity", 40.0, "PB")]


def test_an_athlete_s_pb_is_a_personal_best():
    assert facts("Tsegay lowered her 5000m PB by eight seconds.", "en", kinds=("quantity",))[0][2] == "m"


@pytest.mark.parametrize("text,lang,year", [("their SS19 collection", "en", 2019), ("коллекции SS19", "ru", 2019),
                                            ("колекції AW26", "uk", 2026)])
def test_a_fashion_season_s_code_holds_its_year(text, lang, year):
    assert facts(text, lang, kinds=("year",)) == [("year", year, None)]


@pytest.mark.parametrize("text", ["Williams unveiled its FW47 car on Monday.", "the AW09 helicopter", "SS 20 missiles"])
def test_a_model_s_code_holds_no_year(text):
    assert facts(text, "en", kinds=("year",)) == []


@pytest.mark.parametrize("text", ["Десятимиллионного клиента банк получил в феврале.", "Пришли 5 милиционеров."])
def test_no_mile_is_read_from_a_million_or_the_police(text):
    assert facts(text, "ru", kinds=("quantity",)) == []


@pytest.mark.parametrize("text,lang,value", [("в 10 милях от берега", "ru", 10.0), ("за 3 милі від берега", "uk", 3.0),
                                             ("десятимильная зона", "ru", 10.0)])
def test_miles_are_still_miles(text, lang, value):
    assert facts(text, lang, kinds=("quantity",)) == [("quantity", value, "mi")]


# --- datelines, bylines and furniture -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "BOULDER, Colo. — Arctic sea ice extent in November averaged 9.41 million square kilometers.",
    "OMAHA, Neb. (AP) — Cattle prices hit another record this week.",
    "RALEIGH, N.C. — The state board certified the results.",
])
def test_a_us_dateline_s_state_opens_its_sentence(text):
    assert split_sentences(text, "en") == [text]


def test_a_title_after_a_comma_is_no_state_s_dateline():
    assert dateline_ends("NATO, Gen. Cavoli said. It was late.", "en") == []
    assert dateline_ends("PHILADELPHIA, Pa. — The city said.", "en") == [len("PHILADELPHIA, Pa. — ")]


def test_a_lawmaker_s_party_and_state_name_the_state():
    assert names("led by Rep. Thomas Massie, R-Ky., to force a vote", "en")[-1] == ("R-Ky", "kentucky")
    assert names("Sen. Bernie Sanders, I-Vt., said", "en")[-1] == ("I-Vt", "vermont")
    assert names("Sen. Chuck Schumer (D-N.Y.) said", "en")[-1] == ("D-N.Y.", "new-york")
    assert names("House Speaker Mike Johnson, R-La., said", "en")[-1] == ("R-La", "louisiana")
    assert names("said Rep. John Carter, R-Texas.", "en")[-1] == ("R-Texas", "texas")


def test_a_state_s_abbreviation_that_is_a_word_names_it_only_after_a_city():
    assert names("Police in Baton Rouge, La., announced an arrest.", "en")[-1] == ("La", "louisiana")
    assert "louisiana" not in [v for _, v in names("He sang La. Then he left.", "en")]
    assert "delaware" not in [v for _, v in names("Sen. Mark Warner, Del. Danica Roem and others", "en")]
    assert names("В Омахе, штат Небраска, цены выросли.", "ru")[-1][1] == "nebraska"


@pytest.mark.parametrize("line", [
    "(Том Гальворсен, Чикаго; редагування – Рейчел Мосс)",
    "(Лусия Феррейра; редактирование – Хелен Крофтон)",
    "Авторка: Марина Беккер",
    "Гарриет Коул, корреспондент по вопросам окружающей среды",
])
def test_a_wire_story_s_credits_and_bylines_as_translations_give_them(line):
    last = "Ціни зросли на 3%."
    assert strip_chrome(f"{last}\n\n{line}")[0].strip() == last


@pytest.mark.parametrize("line", ["(Редакція не змінювала позицію автора.)",
                                  "(Головний редактор видання Іван Петренко сплатив 5000 грн штрафу.)",
                                  "(Редактор издания получил 12 угроз за неделю.)"])
def test_a_sentence_in_brackets_that_credits_nobody_stays(line):
    text = f"Заголовок\n\n{line}\n\nТекст."
    assert strip_chrome(text)[0] == text


# --- names ----------------------------------------------------------------------------------------------------------

def test_a_headline_s_source_is_said_where_the_story_says_it(tmp_path):
    # and a headline crediting another source has swapped it
    assert ("uk", "entities", "altered", "error") in written_story_findings(
        tmp_path,
        en="Housing commissioned rises 12.6%, Economy Ministry says\n\nUkraine commissioned 6.14 million m² of housing "
           "in January-September, the State Statistics Service said.",
        uk="Держстат: житла введено на 12,6% більше\n\nУ січні–вересні в Україні ввели в експлуатацію 6,14 млн м² "
           "житла, повідомила Державна служба статистики.")
    story = dict(
        en="Ukraine commissions 6.14 million m² of housing\n\nUkraine commissioned 6.14 million m² of housing in "
           "January-September, the State Statistics Service said.",
        uk="Держстат: в Україні ввели 6,14 млн м² житла\n\nУ січні–вересні в Україні ввели в експлуатацію 6,14 млн м² "
           "житла, повідомила Державна служба статистики.",
        ru="Госстат: в Украине ввели 6,14 млн кв. м жилья\n\nВ январе–сентябре в Украине ввели в эксплуатацию 6,14 млн "
           "кв. м жилья, сообщила Государственная служба статистики.")
    assert written_story_findings(tmp_path, **story) == []


@pytest.mark.parametrize("text,lang,key", [
    ("The State Service of Ukraine on Food Safety and Consumer Protection fined 12 bakeries.", "en",
     "state-food-safety-service"),
    ("Державна служба України з питань безпечності харчових продуктів та захисту споживачів оштрафувала", "uk",
     "state-food-safety-service"),
    ("the UN Office for the Coordination of Humanitarian Affairs said", "en", "ocha"),
    ("Ремонт на Південноукраїнській АЕС завершили.", "uk", "south-ukraine-npp"),
    ("said glaciologist Andrea Zürcher of ETH Zurich", "en", "eth-zurich"),
    ("Дослідники Луїзіанського державного університету", "uk", "lsu"),
])
def test_an_institution_named_in_full_holds_its_country(text, lang, key):
    assert [v for _, v in names(text, lang)][-1] == key
    if key in ("state-food-safety-service", "south-ukraine-npp"):
        assert "ukraine" not in [v for _, v in names(text, lang)]


def test_a_place_s_adjective_says_the_place_whatever_its_apostrophe(tmp_path):
    assert written_story_findings(
        tmp_path,
        en="Rice\n\nVietnam's 5% broken rice was offered at $372-375 a tonne.",
        uk="Рис\n\nВ’єтнамський рис із 5% битого зерна пропонували по $372–375 за тонну.",
        ru="Рис\n\nВьетнамский рис с 5% битого зерна предлагали по $372–375 за тонну.") == []


def test_a_south_slavic_dj_is_the_dzh_of_its_transcription():
    assert aligned_fact_findings({
        "en": ["The Serb member will be Nenad Đurić, who won 51.2%."],
        "uk": ["Сербським членом стане Ненад Джурич, який набрав 51,2%."],
        "ru": ["Сербским членом станет Ненад Джурич, набравший 51,2%."]}) == []


def test_the_bloc_and_the_election_commission_are_their_institutions(tmp_path):
    assert written_story_findings(
        tmp_path,
        en="Gas storage\n\nGermany, which has the bloc's largest storage, reported a fill level of 71.3%. "
           "Kyrgyzstan's election commission registered four candidates.",
        uk="Запаси газу\n\nНімеччина, яка має найбільші сховища в ЄС, повідомила про заповненість 71,3%. "
           "ЦВК Киргизстану зареєструвала чотирьох кандидатів.",
        ru="Запасы газа\n\nГермания, у которой крупнейшие хранилища в ЕС, сообщила о заполненности 71,3%. "
           "ЦИК Киргизии зарегистрировал четырех кандидатов.") == []
