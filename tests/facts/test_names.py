"""Names read as units of words, made comparable across scripts, and the name-swap rule."""

from consistency.checks.facts import FactsCheck
from consistency.stages.facts import extract_facts, read_story_facts
from consistency.stages.facts.name_keys import sound_key
from support.facts_story import story_analysis


def names(text, lang):
    return [(f.text, f.value) for f in extract_facts(text, lang) if f.kind == "name"]


def test_english_names_are_units_and_title_words_are_not_names():
    found = names("US Defense Secretary Lloyd J. Austin III met Ukraine's Defense Minister Rustem Umerov.", "en")
    assert found == [("US", "united-states"), ("Lloyd J. Austin III", "austin"), ("Ukraine's", "ukraine"),
                     ("Rustem Umerov", "umerov")]
    assert names("Then US Secretary of State Antony Blinken spoke to Congress.", "en") == [
        ("US", "united-states"), ("Antony Blinken", "blinken"), ("Congress", "congress")]
    assert names("It was held by the Department of Defense and the White House.", "en") == [("White House", "white-house")]


def test_words_of_two_scripts_side_by_side_are_two_names():
    # a hospital's name kept in Latin letters after the city transcribed: the city is a name of its own
    assert names("Её доставили в больницу Ниццы Hospital Louis Pasteur 2.", "ru") == [
        ("Ниццы", "~niz"), ("Hospital Louis Pasteur", "~hospital|~louis|~pasteur")]
    assert [text for text, _ in names("Президент компанії Bellator Скотт Кокер пообіцяв.", "uk")] == [
        "Bellator", "Скотт Кокер"]
    # a regnal number is typed in Latin letters in any script
    assert [text for text, _ in names("Його прийняв Папа Лев XIV у Ватикані.", "uk")] == ["Папа Лев XIV", "Ватикані"]


def test_a_model_code_after_a_name_is_a_name_of_its_own():
    # as it is where the name before it is transcribed into Cyrillic ("ГАВРИШ Пинк Буш F1")
    assert names("Tomato seeds GAVRISH Pink Bush F1, 0.10 g.", "en") == [
        ("GAVRISH Pink Bush", "~gavrish|~pink|~bush"), ("F1", "~f1")]
    assert [text for text, _ in names("Семена томатов ГАВРИШ Пинк Буш F1, 0,10 г.", "ru")] == ["ГАВРИШ Пинк Буш", "F1"]
    # and a word after the code too, whichever side it stands on
    assert [text for text, _ in names("An Airbus A350 XWB landed in Kyiv.", "en")] == ["Airbus", "A350", "XWB", "Kyiv"]


def test_a_common_word_that_shares_a_places_stem_is_no_case_of_that_place():
    # "Сума" (a sum) opens the sentence; it stems to "сум" as "Суми" (Sumy) does, but no lemma of it is Sumy's
    assert names("Сума буде виплачена пізніше.", "uk") == []
    assert names("Вони живуть у Сумах.", "uk") == [("Сумах", "sumy")]
    assert names("Він поїхав до Сум.", "uk") == [("Сум", "sumy")]


def test_a_function_word_capitalised_in_mid_sentence_before_a_name_is_a_first_name():
    assert names("Broker Will Christie told the newspaper.", "en") == [("Will Christie", "~vil|~khrist")]
    # at a sentence start it is the verb
    assert names("Will Trump win the vote?", "en") == [("Trump", "trump")]


def test_a_contraction_is_no_name_whatever_its_apostrophe():
    assert names("I’m from Ukraine, and now I’m in Plzen.", "en") == names("I'm from Ukraine, and now I'm in Plzen.", "en")
    assert names("Yes, I’ve slept there, and We’ll see.", "en") == []
    assert [text for text, _ in names("Detective Brian O’Hagan said.", "en")] == ["Brian O’Hagan"]
    assert [text for text, _ in names("Детектив Брайан О'Хаган прокоментував.", "uk")] == ["Брайан О'Хаган"]


def test_a_particle_hyphenated_to_a_surname_keeps_the_surname_in_the_name():
    # "al-Moualem" opens with a lower-case particle, and is still the surname the name is compared by; the
    # key is the surname's alone, as translators keep the particle or drop it ("Башара Асада")
    assert names("Foreign minister Walid al-Moualem said so.", "en") == [("Walid al-Moualem", "~valid|~moualem")]
    assert [text for text, _ in names("Міністр Валід аль-Муалем заявив.", "uk")] == ["Валід аль-Муалем"]
    assert names("против президента Башара аль-Асада.", "ru") == [("Башара аль-Асада", "~bashar|~asad")]
    assert names("против президента Башара Асада.", "ru") == [("Башара Асада", "~bashar|~asad")]
    assert names("Prices rose as-is, and the al-fresco cafe opened.", "en") == []
    assert names("The at-Risk group and the ad-Hoc panel met.", "en") == []


def test_a_possessive_ends_a_name_and_a_known_first_name_opens_one_at_a_sentence_start():
    assert names("Jeremy Corbyn’s Labour Party is to consider a plan.", "en") == [
        ("Corbyn’s", "~korbin"), ("Labour", "~labour")]
    assert [text for text, _ in names("Брайан О'Хаган прокоментував заяву.", "uk")] == ["Брайан О'Хаган"]
    assert [text for text, _ in names("Дмитро Кулеба заявив.", "uk")] == ["Дмитро Кулеба"]
    # English has no dictionary of names: a first name opening a sentence is one a Ukrainian or Russian
    # dictionary knows in some spelling the English one could transcribe
    assert names("Valeriy Zaluzhny, the commander-in-chief, assured them.", "en") == [
        ("Valeriy Zaluzhny", "~valeri|~zaluzhni")]
    assert [text for text, _ in names("Dmytro Kuleba said so.", "en")] == ["Dmytro Kuleba"]
    assert [text for text, _ in names("Will Ukraine win?", "en")] == ["Ukraine"]
    # alone, too, a first name or a surname ("Oleh" of a chat, "Pompeo"), unless the edition writes the word in
    # lower case as well ("Wait": "Вейт") or English opens sentences with it ("Tell" is a surname to a Ukrainian
    # dictionary)
    assert [text for text, _ in names("Oleh also found me a part-time job.", "en")] == ["Oleh"]
    assert [text for text, _ in names("Pompeo said the talks would go on.", "en")] == ["Pompeo"]
    assert names("Wait, we had to wait an hour.", "en") == []
    assert names("Tell me about the trip.", "en") == []
    # a language with a dictionary of its own reads a word alone opening a sentence as before: "Надія" is hope
    assert names("Надія є завжди.", "uk") == []
    # a title written as letters after a name is no part of it
    assert names("She met Jeane Freeman MSP and Jess Phillips MP.", "en") == [
        ("Jeane Freeman", "~iean|~freman"), ("Jess Phillips", "~ies|~filips")]
    # nor a rank before it
    assert names("Police said Detective Inspector Brian O’Hagan was there.", "en") == [("Brian O’Hagan", "~brian|~ohagan")]


def test_a_title_case_headline_gives_glossary_names_only():
    assert [v for _, v in names("Austin And Umerov Meet At The Pentagon: What The Ministers Discussed", "en")] == [
        "austin", "umerov", "pentagon"]
    assert names("Drought Hits National Parks In The West", "en") == []


def test_glossary_phrases_are_matched_in_any_case_form():
    assert [v for _, v in names("Вчора Сполучені Штати і Білий дім, а також Конгрес зобовʼязання Америки.", "uk")] == [
        "united-states", "white-house", "congress", "united-states"]
    assert [v for _, v in names("Из Белого дома и Соединённых Штатов пишет Энтони Блинкен.", "ru")] == [
        "white-house", "united-states", "blinken"]
    assert names("He met Ллойдом Остіном.", "uk")[-1] == ("Ллойдом Остіном", "austin")
    # an institution other languages call by its city: London's police is the Metropolitan Police, not London
    assert names("The Metropolitan Police said so.", "en") == [("Metropolitan Police", "metropolitan-police")]
    assert [v for _, v in names("Про це повідомила Лондонська поліція.", "uk")] == ["metropolitan-police"]
    assert [v for _, v in names("По данным Лондонской полиции, пострадавших нет.", "ru")] == ["metropolitan-police"]
    # the protesters killed on the Maidan: "Небесної" is no adjective of a place the English edition lacks
    assert [v for _, v in names("Окупанти потрощили фотографії Небесної сотні.", "uk")] == ["heavenly-hundred"]
    assert [v for _, v in names("They crushed the photos of the Heavenly Hundred.", "en")] == ["heavenly-hundred"]


def test_transliterated_names_match_their_inflected_forms():
    from consistency.stages.facts.name_keys import same_name

    en = dict(names("They met Sturridge.", "en"))["Sturridge"]
    ru = dict(names("Они встретили Старриджа.", "ru"))["Старриджа"]
    assert same_name(en, ru)


def test_a_month_after_a_first_name_or_a_title_is_a_surname_that_sounds_as_its_transcription():
    from consistency.stages.facts.name_keys import same_name

    assert names("He urged Mrs May to act.", "en") == [("May", "~mei")]
    assert [f.kind for f in extract_facts("In May the rally came.", "en")] == ["date"]
    en = dict(names("The homeless, Theresa May will announce.", "en"))["Theresa May"]
    assert same_name(en, dict(names("Як оголосила Тереза Мей, все.", "uk"))["Тереза Мей"])
    # a word's end only: "Bayer" is no "Бейєр"
    assert same_name(dict(names("The company Bayer said so.", "en"))["Bayer"], dict(names("Компанія Байєр заявила.", "uk"))["Байєр"])


def test_a_person_in_place_of_a_surname_that_is_a_month_is_a_swap():
    en = ["Foreign buyers will pay more, Theresa May will announce today.", "He urged Mrs May to abandon the quotas."]
    uk = ["Іноземні покупці платитимуть більше, оголосить сьогодні Тереза Мей.", "Він закликав Ангелу Меркель відмовитися від квот."]
    ru = ["Иностранные покупатели будут платить больше, объявит сегодня Тереза Мэй.", "Он призвал г-жу Мэй отказаться от квот."]
    found = [(f.edition, f.kind, f.severity) for f in run({"en": en, "uk": uk, "ru": ru}).findings if f.severity != "info"]
    assert found == [("uk", "altered", "error")]


EN = ["US Secretary of State Antony Blinken said America stands with Ukraine.", "Austin met Umerov in Washington."]
UK = ["Державний секретар США Ентоні Блінкен заявив, що Америка підтримує Україну.", "Остін зустрівся з Умєровим у Вашингтоні."]
RU = ["Госсекретарь США Энтони Блинкен заявил, что Америка поддерживает Украину.", "Остин встретился с Умеровым в Вашингтоне."]


def run(editions):
    return FactsCheck()(read_story_facts(story_analysis(editions)))


def test_agreeing_names_raise_nothing():
    assert [f for f in run({"en": EN, "uk": UK, "ru": RU}).findings if f.check == "entities" and f.severity != "info"] == []


def test_a_person_named_in_place_of_another_is_an_error_on_the_edition_that_swapped_it():
    # Blinken and Umerov are both people the glossary knows: one standing where the others name the other
    uk = [UK[0], "Остін зустрівся з Блінкеном у Вашингтоні."]
    found = [(f.edition, f.kind, f.severity) for f in run({"en": EN, "uk": uk, "ru": RU}).findings if f.check == "entities"
             and f.severity != "info"]
    assert ("uk", "altered", "error") in found
    assert all(edition == "uk" for edition, _, _ in found)


def test_a_name_translated_rather_than_transliterated_is_no_swap():
    en = ["China and Wales signed the deal.", "Then China agreed."]
    uk = ["Китай та Уельс підписали угоду.", "Потім Китай погодився."]
    ru = ["Китай и Уэльс подписали соглашение.", "Затем Китай согласился."]
    assert [f for f in run({"en": en, "uk": uk, "ru": ru}).findings if f.check == "entities" and f.severity != "info"] == []


def test_a_word_typed_with_a_letter_of_the_other_script_is_read_in_its_own_script():
    from consistency.stages.facts.extract import in_one_script

    # "WНO" with a Cyrillic Н is the WHO a Russian edition writes as ВОЗ; the fact still shows what was written
    assert names("The WНO said so.", "en") == [("WНO", "who")]
    assert names("ВОЗ заявила об этом.", "ru")[0][1] == "who"
    assert [value for _, value in names("Кyiv is the capital.", "en")] == ["kyiv"]
    assert in_one_script("Светильник cостоит из основания") == "Светильник состоит из основания"
    # a letter with no look-alike in the script most of the word is in, and the word stays as it was typed
    assert in_one_script("Яndex і Samsung") == "Яndex і Samsung"
    assert in_one_script("NАТО") == "NАТО"


def test_a_particle_inside_a_name_keeps_the_first_name_and_the_surname_one_name():
    assert names("Прем'єр Бельгії Барт де Вевер вимагав гарантій.", "uk") == [
        ("Бельгії", "belgium"), ("Барт де Вевер", "~bart|~vever")]
    assert names("Belgian Prime Minister Bart De Wever demanded guarantees.", "en") == [
        ("Bart De Wever", "~bart|~vever")]
    assert [text for text, _ in names("Сказала Урсула фон дер Ляйен.", "ru")] == ["Урсула фон дер Ляйен"]
    # a particle with no capital after it is a word of the sentence, and one after a place, a name of the glossary or
    # a name in full opens a name of its own
    assert names("The deal is in Kyiv de facto.", "en") == [("Kyiv", "kyiv")]
    assert names("Після зустрічі Зеленського Ле Пен заявила.", "uk")[0] == ("Зеленського", "zelensky")
    assert names("In an Emmanuel Macron Le Figaro interview.", "en") == [
        ("Emmanuel Macron", "~emanuel|~makron"), ("Figaro", "~figar")]
    assert names("Luiz Inacio Lula da Silva said so.", "en") == [
        ("Luiz Inacio Lula da Silva", "~luiz|~inaki|~lula|~silv")]
    assert names("Barcelona's Frenkie de Jong scored.", "en") == [("Barcelona's", "barcelona"),
                                                                   ("Frenkie de Jong", "~frenk|~iong")]
    # a run of particles is walked once: a thousand of them reach no recursion limit
    long_run = "Bart " + "de " * 1100 + "Wever"
    assert [text for text, _ in names(long_run + " said.", "en")] == [long_run]


def test_a_country_in_a_case_form_before_a_first_name_is_the_country():
    # CLDR lists "Чад" and "Jordan" as places: the form it lists before a capital is a first name ("Chad Hammel"),
    # a case form is the country ("президент Бельгії Барт", of Belgium); a case form of a city before a surname is a
    # first name ("Софии Ротару")
    assert names("Заявив Чад Гаммел.", "uk") == [("Чад Гаммел", "~khad|~hamel")]
    assert names("Концерт Софии Ротару прошёл вчера.", "ru") == [("Софии Ротару", "~sofi|~rotar")]
    # a country before a surname is the country: "Президент Сербії Вучич" is Serbia's
    assert names("Президент Сербії Вучич заявив.", "uk")[0] == ("Сербії", "serbia")
    assert names("Прем'єр-міністр Бельгії Барт Вевер заявив.", "uk") == [
        ("Бельгії", "belgium"), ("Барт Вевер", "~bart|~vever")]


def test_the_front_line_towns_are_places_in_every_script_and_case():
    assert names("На Покровському напрямку ворог атакував 52 рази.", "uk")[0][1] == "pokrovsk"
    assert names("Бої тривають під Покровськом.", "uk")[0][1] == "pokrovsk"
    assert names("Fighting continues near Pokrovsk.", "en")[0][1] == "pokrovsk"
    assert names("В Кривом Роге объявили тревогу.", "ru")[0][1] == "kryvyi-rih"
    # the adjective of Sloviansk is Slavic too: a place only before a word that says so, whatever apostrophe it has
    assert names("на Слов’янському напрямку", "uk")[0][1] == "sloviansk"
    assert names("Слов’янські мови мають спільне походження.", "uk") == []


def test_an_organisation_named_without_its_country_is_still_named():
    # English copy of a Ukrainian outlet says "the Armed Forces" once the country is clear; "the Russian Armed
    # Forces" is another army, and the ЗСУ of the other editions is missing there
    def warned(en):
        editions = {"en": [en], "uk": ["Частину коштів спрямують на потреби ЗСУ."],
                    "ru": ["Часть средств направят на нужды ВСУ."]}
        return [(f.edition, f.kind) for f in run(editions).findings if f.check == "entities" and f.severity != "info"]

    assert warned("Part of the proceeds will go to the needs of the Armed Forces.") == []
    assert warned("The Armed Forces will get part of the proceeds.") == []
    assert warned("Part of the proceeds will go to the Armed Forces of Russia.") == [("en", "missing")]
    assert warned("Part of the proceeds will go to the Armed Forces of the Russian Federation.") == [("en", "missing")]
    assert warned("Part of the proceeds will go to the needs of the Russian Armed Forces.") == [("en", "missing")]


def entity_findings(editions):
    return [(f.edition, f.kind, f.severity) for f in run(editions).findings if f.check == "entities"
            and f.severity != "info"]


def test_a_french_name_transcribed_by_ear_is_the_same_name():
    # transcribers leave out the letters French leaves unsaid: "Dubois" / "Дюбуа", "Renault" / "Рено"
    assert sound_key("Dubois", "en") == sound_key("Дюбуа", "uk") == sound_key("Дюбуа", "ru")
    assert sound_key("Renault", "en") == sound_key("Рено", "ru")
    assert sound_key("Rousseau", "en") == sound_key("Руссо", "uk")
    fight = {"en": ["Usyk knocked out Daniel Dubois in London."], "uk": ["Усик нокаутував Даніеля Дюбуа в Лондоні."],
             "ru": ["Усик нокаутировал Даниэля Дюбуа в Лондоне."]}
    assert entity_findings(fight) == []
    joshua = {**fight, "ru": ["Усик нокаутировал Даниэля Джошуа в Лондоне."]}
    assert ("ru", "altered", "error") in entity_findings(joshua)


def test_short_and_old_names_of_countries_are_the_countries():
    assert [v for _, v in names("Компанії з ОАЕ та Голландії", "uk")] == ["united-arab-emirates", "netherlands"]
    assert [v for _, v in names("Компании из Голландии", "ru")] == ["netherlands"]
    # English writes "the Netherlands": a "Holland" is mostly a surname ("Tom Holland")
    assert "netherlands" not in [v for _, v in names("Actor Tom Holland arrived.", "en")]


def test_a_code_of_letters_and_figures_keeps_its_figures():
    # a car's plate, an aircraft, a missile: letters may be transcribed, never the figures
    plate = {"en": ["Police seek a Toyota with plate AA1234BK."], "uk": ["Поліція шукає Toyota з номером АА1234ВК."],
             "ru": ["Полиция ищет Toyota с номером АА1234ВК."]}
    assert entity_findings(plate) == []
    assert entity_findings({**plate, "uk": ["Поліція шукає Toyota з номером АА1284ВК."]}) == [
        ("uk", "missing", "warning")]
    jets = {"en": ["They repel attacks by Su-34s."], "uk": ["Вони відбивають атаки Су-34."],
            "ru": ["Они отражают атаки Су-34."]}
    assert entity_findings(jets) == []
    assert entity_findings({**jets, "en": ["They repel attacks by Su-35s."]}) == [("en", "missing", "warning")]
    # a name whose figure another edition writes apart is said there ("Formula 1" / "Формули-1")
    f1 = {"en": ["Norris won the Formula 1 title."], "uk": ["Норріс став чемпіоном Формули-1."],
          "ru": ["Норрис стал чемпионом Формулы-1."]}
    assert entity_findings(f1) == []


def test_a_code_keeps_its_repeated_figures_and_a_name_said_in_words_is_no_changed_code():
    plate = {"en": ["Police seek a car with plate AA1224BK."], "uk": ["Поліція шукає авто з номером АА1224ВК."],
             "ru": ["Полиция ищет авто с номером АА1224ВК."]}
    changed = {**plate, "uk": ["Поліція шукає авто з номером АА1244ВК."]}
    assert entity_findings(changed) == [("uk", "missing", "warning")]
    summit = {"en": ["Leaders met at the G20 summit."], "uk": ["Лідери зустрілися на саміті «Великої двадцятки»."],
              "ru": ["Лидеры встретились на саммите G20."]}
    assert entity_findings(summit) == []


def test_a_figure_with_an_ending_is_no_other_code():
    assert entity_findings({"en": ["Leaders met at the G20 summit in mid-2025."],
                            "uk": ["Лідери зустрілися на саміті «Великої двадцятки» у середині 2025-го."],
                            "ru": ["Лидеры встретились на саммите G20 в середине 2025-го."]}) == []
    assert entity_findings({"en": ["A 24-year-old pilot ejected from the Su-34."],
                            "uk": ["24-річний пілот катапультувався з Су-34."],
                            "ru": ["24-летний пилот катапультировался из Су-34."]}) == []


def test_a_name_written_without_its_figures_is_the_same_name_and_a_code_of_other_figures_is_none():
    # "COVID-паспорта" for "COVID-19 passports": the figures left out, not changed
    assert entity_findings({"en": ["Spain protests against COVID-19 passports."],
                            "uk": ["В Іспанії протестують проти COVID-паспортів."],
                            "ru": ["В Испании протестуют против COVID-паспортов."]}) == []
    patriot = {"en": ["The Netherlands sent two Patriot systems with PAC-3 missiles."],
               "uk": ["Нідерланди передали дві системи Patriot з ракетами PAC-3."],
               "ru": ["Нидерланды передали две системы Patriot с ракетами PAC-3."]}
    assert entity_findings(patriot) == []
    changed = {**patriot, "ru": ["Нидерланды передали две системы Patriot с ракетами PAC-2."]}
    assert entity_findings(changed) == [("ru", "missing", "warning")]


def test_a_german_or_italian_z_is_the_ts_of_its_transcription():
    # the Cyrillic "ц" of "Мерц", "Шольц", "Ренці" is the "z" of the Latin spelling, not another surname
    en = ["Friedrich Merz and Olaf Scholz met Matteo Renzi and Robert Fico."]
    uk = ["Фрідріх Мерц і Олаф Шольц зустрілися з Маттео Ренці та Робертом Фіцо."]
    ru = ["Фридрих Мерц и Олаф Шольц встретились с Маттео Ренци и Робертом Фицо."]
    agreeing = run({"en": en, "uk": uk, "ru": ru}).findings
    assert [f for f in agreeing if f.check == "entities" and f.severity != "info"] == []
    uk_swapped = [uk[0].replace("Фрідріх Мерц", "Борис Пісторіус")]
    swapped = [(f.edition, f.kind, f.severity) for f in run({"en": en, "uk": uk_swapped, "ru": ru}).findings
               if f.check == "entities" and f.severity != "info"]
    assert ("uk", "altered", "error") in swapped
