"""Sentence splitting keeps abbreviations, initials and decimals whole in all three languages."""

import pytest

from consistency.stages.segment import _pysbd_cannot_cut, segment_text, split_sentences


@pytest.mark.parametrize(
    "lang, text, sentences",
    [
        ("en", "Lloyd J. Austin III met Umerov on Dec. 6, 2023, in Washington, D.C. today. The U.S. pledged $44.2 billion.",
         ["Lloyd J. Austin III met Umerov on Dec. 6, 2023, in Washington, D.C. today.", "The U.S. pledged $44.2 billion."]),
        ("uk", "Пакет на 175 млн. доларів оголосили вчора. Т. зв. пакет від ім. Шевченка має 44,2 млрд. Ллойд Дж. Остін III погодився.",
         ["Пакет на 175 млн. доларів оголосили вчора.", "Т. зв. пакет від ім. Шевченка має 44,2 млрд.", "Ллойд Дж. Остін III погодився."]),
        ("ru", "Пакет на 175 млн. долларов объявили вчера. Глава т. е. Пентагона Ллойд Дж. Остин III согласился. Итого 44,2 млрд.",
         ["Пакет на 175 млн. долларов объявили вчера.", "Глава т. е. Пентагона Ллойд Дж. Остин III согласился.", "Итого 44,2 млрд."]),
    ],
)
def test_sentences_stay_whole(lang, text, sentences):
    assert [s.text for s in segment_text(text, lang).sentences] == sentences


def test_offsets_point_into_the_text_and_bullets_are_paragraphs():
    text = "The package includes:\n• ammunition for HIMARS;\n• 155 mm and 105 mm rounds.\n\nIt is the 52nd drawdown."
    segmentation = segment_text(text, "en")
    assert [p.text for p in segmentation.paragraphs] == [
        "The package includes:", "• ammunition for HIMARS;", "• 155 mm and 105 mm rounds.", "It is the 52nd drawdown."]
    for sentence in segmentation.sentences:
        assert text[sentence.start:sentence.end] == sentence.text
    assert segmentation.sentences[1].text == "ammunition for HIMARS;"  # the bullet is not part of the sentence


def test_a_text_without_blank_lines_is_one_paragraph_per_line():
    segmentation = segment_text("First line.\nSecond line.\nThird line.", "en")
    assert len(segmentation.paragraphs) == 3


def test_a_very_long_sentence_is_segmented_without_error():
    text = "Слово " * 4000 + "кінець."
    segmentation = segment_text(text, "uk")
    assert segmentation.sentences[-1].end == len(text)


@pytest.mark.parametrize("piece", [
    "the minister met a colleague in Kyiv and discussed a new aid package worth 175 million",
    "Мінфін: «кошти надійдуть у грудні» — 44,2 млрд доларів",
    "a b c d e f g h i j k l m n o p q r s t u v w x y z",
])
def test_a_piece_without_a_mark_pysbd_cuts_at_is_left_whole_without_asking_pysbd(piece):
    import pysbd

    assert _pysbd_cannot_cut(piece, "en")
    assert pysbd.Segmenter(language="en", clean=False).segment(piece) == [piece]


@pytest.mark.parametrize("piece", ["It ended. Then", "a) first b) second", 'he said -" Then', "one\ntwo"])
def test_a_piece_with_a_mark_pysbd_may_cut_at_goes_to_pysbd(piece):
    assert not _pysbd_cannot_cut(piece, "en")


def test_a_line_of_megabytes_without_punctuation_stays_one_sentence_and_the_next_one_is_cut():
    line = "the minister met a colleague in kyiv " * 30_000
    sentences = split_sentences(line + "\nThe aid arrived. It was late.", "en")
    assert sentences[0] == line.strip() and sentences[1:] == ["The aid arrived.", "It was late."]


def test_a_quote_left_open_does_not_swallow_the_sentences_after_it():
    # English news closes in one paragraph a quote opened in another; pysbd reads the lone closing mark
    # as an opening one and kept everything up to the next quote mark as one sentence
    text = ('This year alone, 5,300 items were found," he said. The inspector said all of them are recorded. '
            'Staff are working on their return. "We monitor auctions. Mrs. Smith agrees. It is slow," she said.')
    assert [s.text for s in segment_text(text, "en").sentences] == [
        'This year alone, 5,300 items were found," he said.', "The inspector said all of them are recorded.",
        "Staff are working on their return.", '"We monitor auctions.', "Mrs. Smith agrees.", 'It is slow," she said.']


@pytest.mark.parametrize("lang, text, sentences", [
    ("uk", "Внаслідок удару загинули 5 перехожих. 2 березня росіяни влучили в будинок. Див. ст. 5 закону.",
     ["Внаслідок удару загинули 5 перехожих.", "2 березня росіяни влучили в будинок.", "Див. ст. 5 закону."]),
    ("ru", "В результате погибли 5 прохожих. 2 марта россияне попали в дом. См. п. 3 договора.",
     ["В результате погибли 5 прохожих.", "2 марта россияне попали в дом.", "См. п. 3 договора."]),
])
def test_a_sentence_may_start_with_a_figure(lang, text, sentences):
    assert [s.text for s in segment_text(text, lang).sentences] == sentences


def test_a_quote_closed_after_its_full_stop_ends_the_sentence_and_no_sentence_is_empty():
    text = ("They said: “Friends helped us in the war (the “Viking” unit – “Pravda”), now we have come to help "
            "you.” On the third day they asked what we lacked. We said water.")
    assert [s.text for s in segment_text(text, "en").sentences] == [
        "They said: “Friends helped us in the war (the “Viking” unit – “Pravda”), now we have come to help you.”",
        "On the third day they asked what we lacked.", "We said water."]


@pytest.mark.parametrize("lang, text, sentences", [
    ("uk", "Він сказав: «Ми допоможемо вам. » Наступного дня вони прийшли. Потім пішли.",
     ["Він сказав: «Ми допоможемо вам. »", "Наступного дня вони прийшли.", "Потім пішли."]),
    ("uk", "Вони пішли туди. 3 людини загинули.", ["Вони пішли туди.", "3 людини загинули."]),
    ("en", "They won. 3 people died. See No. 5 here.", ["They won.", "3 people died.", "See No. 5 here."]),
])
def test_a_closing_quote_or_a_short_word_before_the_full_stop_keeps_the_sentences_apart(lang, text, sentences):
    assert [s.text for s in segment_text(text, lang).sentences] == sentences


@pytest.mark.parametrize("lang, text, sentences", [
    # a chat starts its sentences in lower case
    ("uk", "я привезу вареники іншим разом! сьогодні я не маю сили їх робити",
     ["я привезу вареники іншим разом!", "сьогодні я не маю сили їх робити"]),
    ("uk", "мій чоловік є спортсменом. займається туризмом, маю сина.",
     ["мій чоловік є спортсменом.", "займається туризмом, маю сина."]),
    # an abbreviation before a lower-case word ends nothing
    ("uk", "Зібрали 5 млн. доларів і 3 тис. гривень.", ["Зібрали 5 млн. доларів і 3 тис. гривень."]),
    ("ru", "Свет, звук, в компл. игровое поле, бат. не входят.", ["Свет, звук, в компл. игровое поле, бат. не входят."]),
    ("en", "Is it true? yes, it costs approx. two dollars.", ["Is it true?", "yes, it costs approx. two dollars."]),
    # a quote closed after its mark goes on in lower case: one sentence
    ("en", '"Who are the doctors?" asked Martin.', ['"Who are the doctors?" asked Martin.']),
])
def test_a_sentence_may_start_in_lower_case_after_a_full_stop_or_an_exclamation(lang, text, sentences):
    assert [s.text for s in segment_text(text, lang).sentences] == sentences


@pytest.mark.parametrize("text, sentences", [
    ("Holidays are fine for me. I have free time.", ["Holidays are fine for me.", "I have free time."]),
    ("He fell ill. I called the doctors.", ["He fell ill.", "I called the doctors."]),
    ("We spoke to the man. I think he was scared.", ["We spoke to the man.", "I think he was scared."]),
    # the abbreviations stay whole
    ("Contact Mr. Smith or the U.S. Embassy.", ["Contact Mr. Smith or the U.S. Embassy."]),
])
def test_a_plain_word_the_splitter_takes_for_an_abbreviation_still_ends_a_sentence(text, sentences):
    assert [s.text for s in segment_text(text, "en").sentences] == sentences


@pytest.mark.parametrize("lang, text, sentences", [
    # the words after a question that say who asked belong to it; the sentence after them is another
    ("en", "He paused. Why? she asked. It was late.", ["He paused.", "Why? she asked.", "It was late."]),
    ("en", "Really? asked Martin. Yes.", ["Really? asked Martin.", "Yes."]),
    ("uk", "Чому? запитала вона. Ніхто не знав.", ["Чому? запитала вона.", "Ніхто не знав."]),
    ("ru", "Зачем? спросил он. Ответа не было.", ["Зачем? спросил он.", "Ответа не было."]),
    # a chat's lower-case sentence after a question is still one of its own, a speech verb in it too
    ("en", "why? she never told me", ["why?", "she never told me"]),
    ("en", "are you ok? i said i'm fine", ["are you ok?", "i said i'm fine"]),
    ("uk", "чому? вона не знає", ["чому?", "вона не знає"]),
    ("uk", "Ти де? я написала тобі вчора", ["Ти де?", "я написала тобі вчора"]),
])
def test_a_question_goes_on_with_the_words_saying_who_asked_it(lang, text, sentences):
    assert [s.text for s in segment_text(text, lang).sentences] == sentences


@pytest.mark.parametrize("lang, text, sentences", [
    ("uk", "Не думаю, що він мене обдурить :) Я розумію, скільки коштує така праця.",
     ["Не думаю, що він мене обдурить :)", "Я розумію, скільки коштує така праця."]),
    ("uk", "Можемо просто дивитись одне на одного😄 жартую", ["Можемо просто дивитись одне на одного😄", "жартую"]),
    ("en", "Thanks a lot)) See you tomorrow.", ["Thanks a lot))", "See you tomorrow."]),
    # a closing parenthesis closes what it opened: no sentence ends there
    ("en", "The price (in euros) was high.", ["The price (in euros) was high."]),
    ("uk", "Порядок: 1) відкрити коробку 2) дістати пульт.", ["Порядок: 1) відкрити коробку 2) дістати пульт."]),
    ("uk", "Порядок: а) відкрити коробку б) дістати пульт.", ["Порядок: а) відкрити коробку б) дістати пульт."]),
    # a sad smiley opens no parenthesis
    ("uk", "Сумно((( але нічого :) Побачимось завтра.", ["Сумно(((", "але нічого :)", "Побачимось завтра."]),
    ("uk", "Я сплю 😂 (і п'ю воду ☝🏻) якщо завтра поїдете, я з вами", ["Я сплю 😂 (і п'ю воду ☝🏻) якщо завтра поїдете, я з вами"]),
])
def test_a_smiley_or_an_emoji_ends_a_chat_sentence(lang, text, sentences):
    assert [s.text for s in segment_text(text, lang).sentences] == sentences


@pytest.mark.parametrize("lang, text, sentences", [
    ("uk", "З понеділка 4. 4. 2022 року біженці можуть просити допомоги. Філія працює щодня.",
     ["З понеділка 4. 4. 2022 року біженці можуть просити допомоги.", "Філія працює щодня."]),
    ("en", "Starting from Monday, 4. 4.2022, refugees may ask for help. The branch is open daily.",
     ["Starting from Monday, 4. 4.2022, refugees may ask for help.", "The branch is open daily."]),
    ("ru", "Поезда построила CRRC Zhuzhou Locomotive Co. Ltd., сообщила компания. Их 12.",
     ["Поезда построила CRRC Zhuzhou Locomotive Co. Ltd., сообщила компания.", "Их 12."]),
    ("uk", "Він прийшов четвертим. 5 людей чекали на нього.", ["Він прийшов четвертим.", "5 людей чекали на нього."]),
    # the country after a currency's abbreviation names the currency ("долл. США")
    ("ru", "Резервы составили 46,7 млрд долл. США, что на 3,1% больше. Это рекорд.",
     ["Резервы составили 46,7 млрд долл. США, что на 3,1% больше.", "Это рекорд."]),
    ("ru", "Выручка составила 5 млрд долл. Это рекорд.", ["Выручка составила 5 млрд долл.", "Это рекорд."]),
    ("uk", "Збитки склали 40 млн грн. США допоможуть.", ["Збитки склали 40 млн грн.", "США допоможуть."]),
])
def test_a_spaced_numeric_date_and_a_latin_company_form_stay_in_their_sentence(lang, text, sentences):
    assert [s.text for s in segment_text(text, lang).sentences] == sentences


@pytest.mark.parametrize("lang, text, sentences", [
    # a unit after a figure ends its sentence before a capital: razdel and tokenize_uk take it for an initial or
    # an abbreviation ("см." is also "see")
    ("ru", "Сохраняет свойства от -50 до 50 °С. Коврики неприхотливы.",
     ["Сохраняет свойства от -50 до 50 °С.", "Коврики неприхотливы."]),
    ("ru", "Высота модели 22 см. Чехол несъемный.", ["Высота модели 22 см.", "Чехол несъемный."]),
    ("uk", "Траса завдовжки 5 км. Потім почався спуск.", ["Траса завдовжки 5 км.", "Потім почався спуск."]),
    # a letter alone is more often an abbreviation: a city's "м." after a postcode, a year's "р."
    ("uk", "Адреса: 03150 м. Київ, вул. Велика Васильківська.", ["Адреса: 03150 м. Київ, вул. Велика Васильківська."]),
    ("uk", "У 2019 р. Київ прийняв фінал.", ["У 2019 р. Київ прийняв фінал."]),
])
def test_a_unit_after_a_figure_ends_its_sentence(lang, text, sentences):
    assert [s.text for s in segment_text(text, lang).sentences] == sentences


def test_an_editors_note_inside_a_quote_stays_in_its_sentence():
    text = ('Он сказал: "Растут протесты и противостояние с ключевыми ФПГ (финансово-промышленными группами. - Ред.) ", '
            '- добавил экс-парламентарий. По словам Денисенко, есть и другой сценарий.')
    assert len(split_sentences(text, "ru")) == 2


@pytest.mark.parametrize("lang, text, sentences", [
    # the words saying who spoke, after a dash, go on with the quote they follow
    ("uk", '"Вони думають, що мені дадуть знижку?" – здивувалася вона. Потім пішла.',
     ['"Вони думають, що мені дадуть знижку?" – здивувалася вона.', "Потім пішла."]),
    ("ru", "«Почему?» — спросила она. Потом ушла.", ["«Почему?» — спросила она.", "Потом ушла."]),
    # no sentence opens with a comma
    ("en", "'Where have we gone wrong with masculinity?,' he said. He left.",
     ["'Where have we gone wrong with masculinity?,' he said.", "He left."]),
    ("en", "\"Expect us to say, 'isn't that wonderful,'\" Pelosi said. She left.",
     ["\"Expect us to say, 'isn't that wonderful,'\" Pelosi said.", "She left."]),
    # an English title kept with a brand in a Cyrillic edition ends no sentence
    ("uk", "Вперше з'являться такі бренди, як Essie та Dr. PawPaw.", ["Вперше з'являться такі бренди, як Essie та Dr. PawPaw."]),
    # a new line of dialogue after a dash opens with a capital: a sentence of its own
    ("uk", "Ви розголошували вміст документів? – «Що?", ["Ви розголошували вміст документів?", "– «Що?"]),
])
def test_an_attribution_after_a_quote_stays_with_it(lang, text, sentences):
    assert [s.text for s in segment_text(text, lang).sentences] == sentences


def test_text_a_splitter_leaves_out_is_still_a_sentence():
    # pysbd returns nothing for a line holding one of its placeholder symbols ("☝")
    text = "I’ve been lazy since Friday\n\nI drink lots of water ☝🏻 If you go, I’d go with you\n\nI have to bring a test"
    assert [s.text for s in segment_text(text, "en").sentences] == [
        "I’ve been lazy since Friday", "I drink lots of water ☝🏻 If you go, I’d go with you", "I have to bring a test"]


@pytest.mark.parametrize("lang, text, first", [
    ("uk", "КИЇВ. 5 грудня. УНІАН. Уряд виділив 1,5 млрд грн. Роботи завершать восени.",
     "КИЇВ. 5 грудня. УНІАН. Уряд виділив 1,5 млрд грн."),
    ("ru", "КИЕВ. 5 декабря. УНИАН. Правительство выделило 1,5 млрд грн. Работы завершат осенью.",
     "КИЕВ. 5 декабря. УНИАН. Правительство выделило 1,5 млрд грн."),
])
def test_an_agency_dateline_opens_the_first_sentence(lang, text, first):
    assert [s.text for s in segment_text(text, lang).sentences][:1] == [first]
    # an opening in capitals with no day of a month and no agency is sentences of its own
    assert split_sentences("NATO. Друге речення. Третє.", "uk") == ["NATO.", "Друге речення.", "Третє."]


def test_short_sentences_in_capitals_are_no_dateline_without_a_day_and_an_agency():
    assert split_sentences("ВАЖЛИВО. Загинули 12. Поранено ще 30 людей.", "uk") == [
        "ВАЖЛИВО.", "Загинули 12.", "Поранено ще 30 людей."]
    assert split_sentences("ВАЖЛИВО. 12 людей. ЗСУ. Поранено ще 30 людей.", "uk") == [
        "ВАЖЛИВО.", "12 людей.", "ЗСУ.", "Поранено ще 30 людей."]
    # the agency between slashes, as TASS writes it
    assert split_sentences("МОСКВА, 5 декабря. /ТАСС/. Песков заявил об этом. Второе.", "ru") == [
        "МОСКВА, 5 декабря. /ТАСС/. Песков заявил об этом.", "Второе."]


@pytest.mark.parametrize("lang, text, sentences", [
    ("en", "The fare rose on December 1. Here is how.", ["The fare rose on December 1.", "Here is how."]),
    ("en", "It opened on Dec. 5. Then it closed.", ["It opened on Dec. 5.", "Then it closed."]),
    ("uk", "Рахунок став 5. Потім команда пішла.", ["Рахунок став 5.", "Потім команда пішла."]),
    ("ru", "Счет стал 5. Затем команда ушла.", ["Счет стал 5.", "Затем команда ушла."]),
])
def test_a_full_stop_after_one_digit_ends_its_sentence_before_a_capital(lang, text, sentences):
    assert split_sentences(text, lang) == sentences


def test_a_dateline_keeps_its_day_before_the_agency_or_the_first_sentence():
    assert split_sentences("WASHINGTON, Dec 5. The president said.", "en") == ["WASHINGTON, Dec 5. The president said."]
    assert len(split_sentences("KYIV, December 5. UNIAN. The government allocated money.", "en")) == 1


def test_a_line_ending_in_a_semicolon_is_a_sentence_of_its_own():
    # lines of one paragraph (a blank line before it): tokenize_uk would run them into one sentence
    text = "Проїзд подорожчав.\n\nОсь як змінювалася ціна:\n2015 – 4 грн;\n2017 – 8 грн;\n2025 – 15 грн."
    assert [s.text for s in segment_text(text, "uk").sentences] == [
        "Проїзд подорожчав.", "Ось як змінювалася ціна:", "2015 – 4 грн;", "2017 – 8 грн;", "2025 – 15 грн."]


def test_a_line_in_lower_case_goes_on_with_the_sentence_before_it():
    assert split_sentences("Міністр сказав:\nми не підемо.", "uk") == ["Міністр сказав:\nми не підемо."]
    # a list's items in lower case are sentences of their own
    assert split_sentences("Уряд ухвалив три рішення:\nпідвищити тарифи;\nскасувати пільги.", "uk") == [
        "Уряд ухвалив три рішення:", "підвищити тарифи;", "скасувати пільги."]


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
def test_no_sentence_ends_inside_a_web_address(lang):
    text = "More details at https://eoselia.diia.gov.ua/en/faq?id=2031. Is it so? Yes, see www.mof.gov.ua/news?page=2."
    assert split_sentences(text, lang) == ["More details at https://eoselia.diia.gov.ua/en/faq?id=2031.", "Is it so?",
                                           "Yes, see www.mof.gov.ua/news?page=2."]


@pytest.mark.parametrize("lang,text", [
    ("uk", "Втрати склали:\nособового складу ‒ близько 1187450 (+1180) осіб\nтанків ‒ 11412 (+3) од\nРСЗВ ‒ 1545 од"),
    ("ru", "Потери составили:\nличного состава ‒ около 1187450 (+1180) человек\nтанков ‒ 11412 (+3) ед\n"
           "РСЗО ‒ 1545 ед"),
    ("en", "Losses amounted to:\npersonnel ‒ about 1,187,450 (+1,180)\ntanks ‒ 11,412 (+3)\nMLRS ‒ 1,545"),
    ("uk", "Голоси розподілилися так:\n«Слуга народу» – 23,4%\n«Європейська солідарність» – 18,1%"),
])
def test_each_line_of_a_label_and_its_figure_is_a_sentence(lang, text):
    # the General Staff's daily tally, a poll's parties: no line ends with a mark, and each is one figure the
    # editions align on
    assert split_sentences(text, lang) == text.split("\n")


def test_a_row_ending_in_a_comma_or_a_full_stop_stays_a_sentence_of_its_own():
    text = "Втрати склали:\nтанків ‒ 11412 (+3) од,\nлітаків ‒ 432 од.\nРСЗВ ‒ 1545 од."
    assert split_sentences(text, "uk") == text.split("\n")


@pytest.mark.parametrize("wrapped", [
    "Міністр сказав, що втрати\nзросли на 5%.",
    "Міністр сказав, що ціни зросли на 10 – 15\nвідсотків за рік.",
    "Кількість загиблих – понад 20\nлюдей, повідомили в ДСНС.",  # one line of a label and a figure is no table
    "Він сказав, що\nрахунок – 2:1 на користь господарів.",
])
def test_a_hard_wrapped_sentence_still_goes_on_after_a_line_break(wrapped):
    assert split_sentences(wrapped, "uk") == [wrapped]


def test_a_quotations_translation_in_brackets_stays_in_its_sentence():
    text = ("«Ukraine is not alone. We will stand by Ukraine» (Україна не сама. Ми будемо поруч з Україною), — "
            "написав Макрон. Зеленський подякував.")
    assert split_sentences(text, "uk") == [
        "«Ukraine is not alone.",
        "We will stand by Ukraine» (Україна не сама. Ми будемо поруч з Україною), — написав Макрон.",
        "Зеленський подякував."]
