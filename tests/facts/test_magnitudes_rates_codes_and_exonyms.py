"""Habits of the eighth set of newsroom stories, each read alike in uk, en and ru: orders of magnitude in words
("тисячі людей", "десятки тисяч", "several hundred"), a sum per a period ("28 000 грн/міс." / "UAH 28,000 a month"),
a day of the week ("у четвер" / "on Thursday"), a multiplier in a word ("вдвічі" / "twice"), a loser's score first
("lost 0-3 to Kolos"), the Premier League's clubs whose names are common words ("Зоря", "Колос"), a first name of
two hyphenated ("Жан-Ноель Барро"), a work's title in quotation marks, the leaders' clubs in figures or words ("G20"
/ "«Большой двадцатки»"), codes written spaced or with a version ("PS 101" / "PS101", "GPT-5.1"), a monarch by his
regnal number ("Charles III"), the world wars and the churches' heads by the names each language gives them,
Japanese names and the yen, the anti-corruption bodies and the US states, a Latin name two Cyrillic editions copy, a
hard-wrapped English edition; and what each of these readings must leave alone."""

import pytest

from consistency.stages.facts import extract_facts
from consistency.stages.facts.amounts import MAGNITUDE
from consistency.stages.facts.entities import glossary_kind
from consistency.stages.facts.name_keys import name_key
from consistency.stages.segment import split_sentences
from support.facts_story import aligned_fact_findings

fact_findings = aligned_fact_findings


def names(text, lang):
    return [(f.text, f.value) for f in extract_facts(text, lang) if f.kind == "name"]


# --- orders of magnitude --------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,magnitude", [
    ("uk", "Попрощатися прийшли тисячі людей.", 1000),
    ("uk", "Попрощатися прийшли кілька тисяч людей.", 1000),
    ("ru", "Проститься пришли несколько тысяч человек.", 1000),
    ("en", "Several thousand people came to say goodbye.", 1000),
    ("en", "Thousands of people came to say goodbye.", 1000),
    ("uk", "Десятки тисяч людей залишилися без світла.", 10_000),
    ("en", "Tens of thousands of people were left without power.", 10_000),
    ("en", "Hundreds of thousands of people fled.", 100_000),
    ("ru", "Сотни тысяч человек бежали.", 100_000),
])
def test_a_magnitude_in_words_is_read_with_its_words_multiplied(lang, text, magnitude):
    assert [(f.kind, f.value, f.qualifier) for f in extract_facts(text, lang)] == [("count", magnitude, MAGNITUDE)]


@pytest.mark.parametrize("lang,text,value", [
    ("uk", "Прийшли дві тисячі людей.", 2000),  # a number word before it: a count
    ("en", "A thousand people came.", 1000),  # one thousand, no magnitude
    ("en", "Two thousand people came.", 2000),
])
def test_a_scale_word_after_a_number_is_a_count_of_its_own(lang, text, value):
    assert [(f.kind, f.value, f.qualifier) for f in extract_facts(text, lang)] == [("count", value, None)]


def test_a_sum_of_a_few_hundred_thousand_keeps_its_currency():
    assert [(f.kind, f.value, f.unit) for f in extract_facts("Вкрали кілька сотень тисяч гривень.", "uk")] == [
        ("money", 100_000, "UAH")]


def test_dozens_against_hundreds_in_sentences_that_say_the_same_is_an_alteration():
    story = {"uk": ["Десятки колег виступили з прощальними словами."],
             "en": ["Dozens of colleagues gave farewell speeches."],
             "ru": ["Сотни коллег выступили с прощальными словами."]}
    assert fact_findings(story) == [("ru", "numbers", "altered", "error")]


def test_thousands_against_a_figure_is_no_alteration_an_edition_may_be_more_exact():
    story = {"uk": ["Попрощатися прийшли тисячі людей."],
             "en": ["About 1,500 people came to say goodbye."],
             "ru": ["Проститься пришли тысячи человек."]}
    assert ("en", "numbers", "altered", "error") not in fact_findings(story)


# --- a sum per a period ---------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,per", [
    ("uk", "Середня зарплата становить 28 000 грн/міс.", "month"),
    ("uk", "Водіям пропонують 45 000 грн на місяць.", "month"),
    ("uk", "Кур'єрам платять від 100 грн/год.", "hour"),
    ("ru", "Курьерам платят от 100 грн/час.", "hour"),
    ("ru", "Бюджет — 5 млрд грн в год.", "year"),
    ("en", "The average salary is UAH 28,000 a month.", "month"),
    ("en", "Couriers are offered UAH 100 an hour.", "hour"),
])
def test_a_sum_says_the_period_it_is_per(lang, text, per):
    assert [f.per for f in extract_facts(text, lang) if f.kind == "money"] == [per]


def test_a_month_ago_is_no_period_of_the_sum():
    assert [f.per for f in extract_facts("He was paid UAH 5,000 a month ago.", "en")] == [None]


def test_a_sum_per_month_against_one_per_year_is_an_altered_unit_and_an_unsaid_period_alters_nothing():
    story = {"uk": ["Середня зарплата становить 28 000 грн/міс."],
             "en": ["The average salary is UAH 28,000 a year."],
             "ru": ["Средняя зарплата составляет 28 000 грн в месяц."]}
    assert fact_findings(story) == [("en", "numbers", "altered", "error")]
    story["en"] = ["The average salary is UAH 28,000."]
    assert fact_findings(story) == []


# --- codes -----------------------------------------------------------------------------------------------

def test_a_flight_code_written_spaced_is_the_code_written_glued():
    assert [value for _, value in names("Flight PS 101 departs at 6:45 a.m.", "en")] == [
        value for _, value in names("Рейс PS101 вилетить о 06:45.", "uk")]
    assert [f.kind for f in extract_facts("Flight PS 101 departs.", "en")] == ["name"]


@pytest.mark.parametrize("lang,text,kind", [
    ("en", "USD 500 was paid.", "money"),  # a currency's code before a sum
    ("en", "The IMF disbursed SDR 822 million.", "amount"),  # a figure with its scale word
    ("en", "FY 24 results were strong.", "year"),  # a kind of year and its year
])
def test_letters_before_a_sum_or_a_year_make_no_code(lang, text, kind):
    assert kind in [f.kind for f in extract_facts(text, lang)]


@pytest.mark.parametrize("text,codes", [
    ("The 5G network is ten times faster than 4G.", ["5G", "4G"]),
    ("A 3D printer and 2FA codes.", ["3D", "2FA"]),
    ("5K runners and 1M subscribers.", []),  # a thousand and a million, no code
    ("Temperatures fell to 9C.", []),  # nine degrees: the unit read the figure first
])
def test_a_figure_glued_to_capitals_is_a_code(text, codes):
    assert [text for text, _ in names(text, "en")] == codes


def test_a_code_keeps_its_version():
    assert "GPT-5.1" in [text for text, _ in names("The company has unveiled its new GPT-5.1 model.", "en")]


def test_a_code_of_other_figures_written_spaced_is_a_code_changed():
    story = {"uk": ["Рейс PS101 вилетить з Борисполя."],
             "en": ["Flight PS 111 will depart from Boryspil."],
             "ru": ["Рейс PS101 вылетит из Борисполя."]}
    assert fact_findings(story) == [("en", "entities", "missing", "warning")]


# --- regnal numbers, world wars, churches' heads ------------------------------------------------------

def test_a_monarch_by_his_first_name_keeps_his_regnal_number():
    assert names("King Charles III received Zelensky.", "en")[0] == ("Charles III", "~kharles|~3")


def test_a_regnal_number_said_in_words_is_the_numeral():
    assert names("Царь Николай Второй отрекся от престола.", "ru")[0][1].endswith("|~2")
    story = {"uk": ["Цар Микола II зрікся престолу."], "en": ["Tsar Nicholas II abdicated."],
             "ru": ["Царь Николай Второй отрекся от престола."]}
    assert [kind for _, _, kind, _ in fact_findings(story)] == []


def test_another_regnal_number_is_another_monarch():
    story = {"uk": ["Король Чарльз III прийняв Зеленського."],
             "en": ["King Charles II received Zelensky."],
             "ru": ["Король Чарльз III принял Зеленского."]}
    assert fact_findings(story) == [("en", "entities", "altered", "error")]


@pytest.mark.parametrize("lang,text", [
    ("uk", "Україна втратила у Другій світовій понад 8 млн людей."),
    ("uk", "Він воював у ІІ світовій війні."),
    ("ru", "Украина потеряла во Второй мировой более 8 млн человек."),
    ("en", "Ukraine lost more than 8 million people in World War II."),
    ("en", "Ukraine lost more than 8 million people in the Second World War."),
])
def test_the_second_world_war_is_one_name_in_words_or_numerals(lang, text):
    assert "world-war-ii" in [value for _, value in names(text, lang)]


def test_the_first_world_war_for_the_second_is_a_swap():
    story = {"uk": ["Україна втратила у Другій світовій понад 8 млн людей."],
             "en": ["Ukraine lost more than 8 million people in World War I."],
             "ru": ["Украина потеряла во Второй мировой более 8 млн человек."]}
    assert fact_findings(story) == [("en", "entities", "altered", "error")]


def test_a_patriarch_named_by_each_languages_form_of_his_name():
    for text, lang in [("Вселенський патріарх Варфоломій привітав митрополита Епіфанія.", "uk"),
                       ("Вселенский патриарх Варфоломей поздравил митрополита Епифания.", "ru"),
                       ("Ecumenical Patriarch Bartholomew congratulated Metropolitan Epiphanius.", "en")]:
        keys = [value for _, value in names(text, lang)]
        assert "patriarch-bartholomew" in keys and "metropolitan-epiphanius" in keys


# --- Japanese names, currencies, institutions, US states -------------------------------------------------

def test_a_japanese_name_transcribed_by_its_syllables_is_one_name():
    story = {"uk": ["Прем'єр-міністерка Японії Санае Такаїті оголосила новий пакет."],
             "en": ["Japanese Prime Minister Sanae Takaichi announced a new package."],
             "ru": ["Премьер-министр Японии Санаэ Такаити объявила новый пакет."]}
    assert fact_findings(story) == []


@pytest.mark.parametrize("lang,text,code", [
    ("uk", "Японія виділить ¥500 млрд.", "JPY"),
    ("ru", "Япония выделит 500 млрд иен.", "JPY"),
    ("ru", "Китай выделит 500 млрд юаней.", "CNY"),
    ("uk", "Канада виділить 5 млрд канадських доларів.", "CAD"),
    ("en", "Canada will allocate C$5 billion.", "CAD"),
    ("uk", "Квиток коштує 300 молдовських леїв.", "MDL"),
    ("uk", "Квиток коштує 300 леїв.", "RON|MDL"),  # a leu without its country: Romania's or Moldova's
])
def test_the_currencies_world_news_prices_in(lang, text, code):
    assert [f.unit for f in extract_facts(text, lang) if f.kind == "money"] == [code]


def test_yen_for_yuan_is_a_currency_altered():
    story = {"uk": ["Японія виділить ¥500 млрд."], "en": ["Japan will give ¥500 billion."],
             "ru": ["Япония выделит 500 млрд юаней."]}
    assert fact_findings(story) == [("ru", "numbers", "altered", "error")]


def test_an_anti_corruption_body_for_another_is_a_swap():
    story = {"uk": ["За даними ДБР і САП, посадовець організував схему."],
             "en": ["According to NABU and SAPO, the official organised a scheme."],
             "ru": ["По данным НАБУ и САП, чиновник организовал схему."]}
    assert fact_findings(story) == [("uk", "entities", "altered", "error")]


def test_georgia_the_us_state_is_no_swap_for_georgia_the_country():
    story = {"uk": ["Республіканці зберегли посаду губернатора в Джорджії."],
             "en": ["Republicans kept the governorship in Georgia."],
             "ru": ["Республиканцы сохранили пост губернатора в Джорджии."]}
    assert fact_findings(story) == []


# --- a Latin name copied by two Cyrillic editions ----------------------------------------------------------

def test_a_latin_name_both_cyrillic_editions_copy_and_english_lacks_is_lost():
    story = {"uk": ["OpenAI разом з Oracle і SoftBank оголосила про інвестиції."],
             "en": ["OpenAI, together with Oracle and Microsoft, announced investments."],
             "ru": ["OpenAI вместе с Oracle и SoftBank объявила об инвестициях."]}
    # SoftBank copied alike by both Cyrillic editions, Microsoft in its place in English: a swap worth a look
    assert ("en", "entities", "altered", "warning") in fact_findings(story)


def test_a_subscript_written_as_a_plain_digit_is_the_same_name():
    story = {"uk": ["Викиди CO₂ скоротилися на 30%."], "en": ["CO2 emissions fell by 30%."],
             "ru": ["Выбросы CO₂ сократились на 30%."]}
    assert fact_findings(story) == []


# --- a hard-wrapped English edition -------------------------------------------------------------------

def test_a_hard_wrapped_english_paragraph_is_cut_only_at_its_sentence_ends():
    wrapped = ("The Cabinet of Ministers on Friday approved a plan to\nrestore the energy sector. Kyiv Mayor Vitali "
               "Klitschko said that the\nCabinet had approved it.")
    assert split_sentences(wrapped, "en") == [
        "The Cabinet of Ministers on Friday approved a plan to restore the energy sector.",
        "Kyiv Mayor Vitali Klitschko said that the Cabinet had approved it."]


def test_a_heading_and_a_list_keep_their_lines():
    assert split_sentences("Key points\nThe Defense Forces repelled 156 attacks.", "en") == [
        "Key points", "The Defense Forces repelled 156 attacks."]
    assert split_sentences("The package includes:\n- 18 HIMARS launchers\n- shells", "en") == [
        "The package includes:", "- 18 HIMARS launchers", "- shells"]


# --- days of the week -----------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,day", [
    ("uk", "Зеленський у четвер зустрінеться з Коштою.", 4),
    ("uk", "Засідання відбулося в середу, 3 грудня.", 3),
    ("uk", "У п’ятницю він виступить у Європарламенті.", 5),
    ("ru", "Первый этап обмена состоится во вторник.", 2),
    ("en", "He will address the European Parliament on Friday.", 5),
])
def test_a_day_of_the_week_is_read_in_any_case_form(lang, text, day):
    assert [f.value for f in extract_facts(text, lang) if f.kind == "weekday"] == [day]


def test_the_environment_is_no_wednesday():
    assert [f for f in extract_facts("Выбросы загрязняют окружающей среды воздух.", "ru") if f.kind == "weekday"] == []


def test_another_day_in_sentences_that_say_the_same_is_an_altered_date():
    story = {"uk": ["Зеленський у четвер зустрінеться з Коштою."],
             "en": ["Zelensky will meet Costa on Tuesday."],
             "ru": ["Зеленский в четверг встретится с Коштой."]}
    assert fact_findings(story) == [("en", "dates", "altered", "error")]


def test_a_day_one_edition_leaves_unsaid_is_no_finding():
    story = {"uk": ["Зеленський у четвер зустрінеться з Коштою."], "en": ["Zelensky will meet Costa."],
             "ru": ["Зеленский в четверг встретится с Коштой."]}
    assert fact_findings(story) == []


# --- a hyphenated first name, a work's title, the leaders' clubs --------------------------------------------

def test_another_person_for_one_with_a_hyphenated_first_name_is_a_swap():
    story = {"uk": ["Міністр закордонних справ Франції Жан-Ноель Барро провів розмову з Сибігою."],
             "en": ["French Foreign Minister Jean-Yves Le Drian held a call with Sybiha."],
             "ru": ["Министр иностранных дел Франции Жан-Ноэль Барро провел разговор с Сибигой."]}
    assert fact_findings(story) == [("en", "entities", "altered", "error")]


def test_capitals_of_a_title_the_other_editions_translate_name_nobody():
    story = {"uk": ["Фільм «Мавка. Лісова пісня» вийде в прокат у Японії."],
             "en": ['The film "Mavka: The Forest Song" will be released in Japan.'],
             "ru": ["Фильм «Мавка. Лесная песня» выйдет в прокат в Японии."]}
    assert fact_findings(story) == []


def test_a_person_the_dictionary_knows_inside_quotation_marks_is_still_a_person():
    story = {"uk": ["Репортаж зі стадіону «Тоні Макароні Арена»."], "en": ["Reporting from the Tony Macaroni Arena."],
             "ru": ["Репортаж со стадиона «Йенса Столтенберга»."]}
    assert ("ru", "entities", "added", "warning") in fact_findings(story)


@pytest.mark.parametrize("lang,text,key", [
    ("ru", "Вопрос обсудят на саммите «Большой двадцатки».", "g20"),
    ("uk", "Саміт «Групи двадцяти» пройшов у Йоганнесбурзі.", "g20"),
    ("uk", "Країни «Великої сімки» домовилися про ціну.", "g7"),
    ("en", "G7 finance ministers agreed.", "g7"),
])
def test_the_leaders_clubs_in_figures_or_in_words_are_one_name(lang, text, key):
    assert key in [value for _, value in names(text, lang)]


# --- multipliers, a loser's score, the league's clubs -----------------------------------------------------

def test_twice_against_three_times_is_an_alteration_as_no_wording_says_one_for_the_other():
    story = {"uk": ["Це вдвічі більше, ніж торік."], "en": ["That is three times as many as last year."],
             "ru": ["Это вдвое больше, чем в прошлом году."]}
    assert fact_findings(story) == [("en", "numbers", "altered", "error")]


def test_two_in_words_against_three_is_left_alone_as_two_is_often_wording():
    story = {"uk": ["Обидва міністри підписали угоду."], "en": ["Three ministers signed the agreement."],
             "ru": ["Оба министра подписали соглашение."]}
    assert ("en", "numbers", "altered", "error") not in fact_findings(story)


@pytest.mark.parametrize("text,facts", [
    ("Obolon lost 0-3 to Kolos.", [("score", "0:3")]),
    ("Obolon lost 0-3.", [("score", "0:3")]),
    ("The party lost 2-3 seats.", [("amount", 2), ("amount", 3)]),  # a range of what was lost
])
def test_after_a_loss_the_smaller_figure_first_is_the_losers_score_where_the_clause_ends(text, facts):
    assert [(f.kind, f.value) for f in extract_facts(text, "en") if f.kind != "name"] == facts


def test_a_club_whose_name_is_a_common_word_swapped_for_another_is_caught():
    story = {"uk": ["«Оболонь» поступилася «Колосу» 0:3."], "en": ["Obolon lost 0-3 to Zorya."],
             "ru": ["«Оболонь» уступила «Колосу» 0:3."]}
    assert fact_findings(story) == [("en", "entities", "altered", "error")]


@pytest.mark.parametrize("text", ["Вони живуть на Оболоні.", "Ліси Полісся горять.", "Він народився в Олександрії."])
def test_a_place_a_club_is_named_after_stays_a_place(text):
    # Obolon is a district of Kyiv (`obolon-district`), Polissya and Oleksandriya are places the glossary lacks
    assert all(glossary_kind(value) != "organisation" for _, value in names(text, "uk"))
    assert [glossary_kind(value) for _, value in names("Вони живуть на Оболоні.", "uk")] == ["place"]


def test_a_person_the_story_knows_against_a_place_is_a_sentence_retold_no_swap():
    story = {"uk": ["Свідчення кандидата на пост судді Бретта Кавано подивилися 20 млн людей.",
                    "Угоду підготував сенатор Аризони Джефф Флейк."],
             "en": ["Testimony by Supreme Court nominee Brett Kavanaugh was watched by 20 million people.",
                    "The deal was engineered by Arizona Sen. Jeff Flake."],
             "ru": ["Показания Бретта Кавано посмотрели 20 млн зрителей.",
                    "Вокруг кандидатуры Кавано возникло противостояние: условие выдвинул республиканец Джефф Флейк."]}
    # "Кавано" is a person (the story names "Бретта Кавано"), Arizona a place: ru retold the sentence, and lost the
    # state
    assert fact_findings(story) == [("ru", "entities", "missing", "warning")]


def test_a_state_by_its_postal_code_is_the_state():
    assert [value for _, value in names("Katrina passed within 40 miles of the AZ border.", "en")][-1] == "arizona"


# --- a count in words against two editions' figure, a connection's speed, two places side by side ------------

def test_a_count_in_words_against_the_figure_two_editions_agree_on_is_an_alteration():
    story = {"uk": ["На Олімпіаду поїдуть 46 українських спортсменів."],
             "en": ["Forty-two Ukrainian athletes will go to the Olympics."],
             "ru": ["На Олимпиаду поедут 46 украинских спортсменов."]}
    assert fact_findings(story) == [("en", "numbers", "altered", "error")]


@pytest.mark.parametrize("lang,text,unit", [
    ("uk", "Швидкість сягає 1,2 Гбіт/с.", "Gbit/s"), ("ru", "Скорость достигает 100 Мбит/с.", "Mbit/s"),
    ("en", "Download speeds reach 1.2 Gbps.", "Gbit/s"),
])
def test_a_connections_speed_is_a_measure(lang, text, unit):
    assert [f.unit for f in extract_facts(text, lang)] == [unit]


def test_megabits_for_gigabits_is_an_altered_unit():
    story = {"uk": ["Швидкість сягає 1,2 Мбіт/с."], "en": ["Download speeds reach 1.2 Gbps."],
             "ru": ["Скорость достигает 1,2 Гбит/с."]}
    assert fact_findings(story) == [("uk", "numbers", "altered", "error")]


def test_a_city_before_a_country_is_two_places():
    assert [value for _, value in names("На Олімпіаді у Токіо Україна здобула медаль.", "uk")][-2:] == [
        "tokyo", "ukraine"]


# --- Russian "ё", people named in full that nothing knows, Korean names ---------------------------------------

@pytest.mark.parametrize("russian,english", [("Пётр", "Petr"), ("Горбачёв", "Gorbachev"), ("Семёнов", "Semenov")])
def test_a_russian_yo_is_the_e_english_copy_writes(russian, english):
    assert name_key(russian, "ru") == name_key(english, "en")


def test_another_person_named_in_full_where_two_editions_agree_is_worth_a_look():
    story = {"uk": ["Ірландський прем'єр Міхол Мартін запропонував обговорити питання."],
             "en": ["Irish Taoiseach Leo Varadkar proposed discussing the issue."],
             "ru": ["Ирландский премьер Михол Мартин предложил обсудить вопрос."]}
    assert fact_findings(story) == [("en", "entities", "altered", "warning")]


def test_a_korean_name_in_syllables_is_no_other_person():
    story = {"uk": ["Президент Південної Кореї Лі Дже Мьон закликав Пхеньян відновити переговори."],
             "en": ["South Korean President Lee Jae-myung has urged Pyongyang to resume negotiations."],
             "ru": ["Президент Южной Кореи Ли Чжэ Мён призвал Пхеньян возобновить переговоры."]}
    assert fact_findings(story) == []


# --- what the readings above must leave alone -------------------------------------------------------------------

@pytest.mark.parametrize("text", ["According to the UN 300 civilians were killed.", "The US 10-year yield rose.",
                                  "They offered to drive to MAZ 250 km one way."])
def test_a_known_name_before_a_figure_makes_no_code(text):
    assert not any(f.kind == "name" and any(ch.isdigit() for ch in f.text) for f in extract_facts(text, "en"))


@pytest.mark.parametrize("text", ["The index fell 2-3 on Monday.", "The party lost 2-3 in the polls."])
def test_a_range_after_a_fall_or_a_loss_stays_a_range(text):
    assert "score" not in [f.kind for f in extract_facts(text, "en")]


@pytest.mark.parametrize("text", ["Они загрязняют окружающую среду.", "Окружающая среда страдает."])
def test_the_environment_in_any_case_is_no_wednesday(text):
    assert "weekday" not in [f.kind for f in extract_facts(text, "ru")]


@pytest.mark.parametrize("lang,text", [("uk", "500 тис. грн на День Незалежності"),
                                       ("ru", "1000 рублей в день рождения")])
def test_a_holiday_is_no_period_of_a_sum(lang, text):
    assert [f.per for f in extract_facts(text, lang) if f.kind == "money"] == [None]


def test_gigabytes_a_second_are_no_gigabits():
    assert [f.unit for f in extract_facts("The drive reads 7 GB/s.", "en")] == ["GB"]


def test_a_headline_ending_in_a_capital_letter_or_a_brand_in_lower_case_starts_no_wrapped_line():
    assert split_sentences("Ukraine unveils Plan A\nThe government said it.", "en") == [
        "Ukraine unveils Plan A", "The government said it."]
    assert split_sentences("Ukraine war latest\niPhone maker Foxconn said it.", "en") == [
        "Ukraine war latest", "iPhone maker Foxconn said it."]


def test_a_name_after_a_closed_quotation_is_no_title():
    story = {"uk": ["Він сказав виданню Politico, що уряд помиляється."],
             "en": ['He told "Politico" that Boris Johnson was "wrong".'],
             "ru": ["Он сказал изданию Politico, что правительство ошибается."]}
    assert ("en", "entities", "added", "warning") in fact_findings(story)
