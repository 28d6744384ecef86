"""Stories as Ukrainian newsrooms write them (tests/fixtures/newsroom, written for these tests): a clean story
passes with no error or warning, and a fact changed in one edition is caught in that edition."""

import shutil
from pathlib import Path

import pytest

from consistency.pipeline import check_story

NEWSROOM = Path(__file__).resolve().parents[1] / "fixtures" / "newsroom"
STORIES = sorted(p.name for p in NEWSROOM.iterdir() if p.is_dir())


def findings(folder: Path) -> list:
    report = check_story(folder, translator="none", embeddings=False)
    return [f for f in report.findings if f.severity != "info"]


@pytest.mark.parametrize("story", STORIES)
def test_a_clean_story_passes_with_no_error_or_warning(story):
    assert [(f.edition, f.check, f.kind, f.message) for f in findings(NEWSROOM / story)] == []


# (story, edition, what it said, what it says now, the check and severity that must name that edition)
CHANGES = [
    ("economy", "uk", "без змін – 13,5%", "без змін – 14,5%", "numbers", "error"),
    ("power", "en", "117 drones", "171 drones", "numbers", "error"),
    ("politics", "en", "in Brussels on December 3", "in Paris on December 3", "entities", "error"),
    ("court", "uk", "до 15 років позбавлення", "до 12 років позбавлення", "numbers", "error"),
    ("transport", "en", "departing Kyiv at 06:02", "departing Kyiv at 07:02", "dates", "error"),
    ("weather", "ru", "порывы 15–20 м/с", "порывы 15–25 м/с", "numbers", "error"),
    ("culture", "uk", "19 лютого 2027", "19 березня 2027", "dates", "error"),
    ("agro", "en", "58.4 million tonnes of grain and", "58.4 thousand tonnes of grain and", "numbers", "error"),
    ("agro", "uk", "становить 72,5 ц/га", "становить 62,5 ц/га", "numbers", "error"),
    ("crime", "ru", "14 золотых колец", "16 золотых колец", "numbers", "error"),
    ("realty", "en", "an average of $1,850", "an average of €1,850", "numbers", "error"),
    ("tech", "en", "Oleh Horokhovskyi", "Oleh Hudyma", "entities", "error"),
    ("local", "uk", "трамвай №6 курсуватиме", "трамвай №7 курсуватиме", "numbers", "error"),
    ("school", "ru", "отведено 60 минут", "отведено 60 часов", "numbers", "error"),
    ("transport", "uk", "за номером 0 800 503 111", "за номером 0 800 503 117", "numbers", "error"),
    ("health", "uk", "зокрема у Волинській та Рівненській", "зокрема у Волинській", "entities", "warning"),
    ("sport", "ru", "Кауан Элиас", "Кауан Силва", "entities", "warning"),
    ("court", "ru", "Верховной Рады VIII созыва", "Верховной Рады VIII созыва в 2019 году", "dates", "warning"),
    ("storm", "uk", "вітер до 132 км/год", "вітер до 152 км/год", "numbers", "error"),
    ("obit", "uk", "На 76-му році життя", "На 86-му році життя", "numbers", "error"),
    ("energy", "en", "amounted to 13.9 bcm", "amounted to 19.3 bcm", "numbers", "error"),
    ("markets", "uk", "$2,98 трлн", "$2,98 млрд", "numbers", "error"),
    ("election", "ru", "набрала 52,1% голосов", "набрала 51,2% голосов", "numbers", "error"),
    ("wire", "ru", "до 400 ракет", "до 300 ракет", "numbers", "error"),
    ("sanctions", "en", "to $44.10 per barrel", "to $41.10 per barrel", "numbers", "error"),
    ("cup", "uk", "Жеребкування 1/8 фіналу", "Жеребкування 1/4 фіналу", "numbers", "error"),
    ("cup", "en", "in the 47th minute (45+2)", "in the 57th minute", "numbers", "error"),
    ("live", "ru", "с 01:12 до 05:30", "с 01:12 до 06:30", "dates", "error"),
    ("qa", "en", "it will be UAH 8,647", "it will be UAH 8,467", "numbers", "error"),
    ("dates", "uk", "ще на 90 діб", "ще на 60 діб", "numbers", "error"),
    ("tech2", "ru", "около 1,8 ГБ", "около 1,8 МБ", "numbers", "error"),
    ("aid", "uk", "- 300 ракет AIM-120;", "- 200 ракет AIM-120;", "numbers", "error"),
    ("euro", "en", "third in the Eurovision 2026 final", "third in the Eurovision 2025 final", "dates", "error"),
    ("space", "ru", "на рекордные 406 тыс. км", "на рекордные 406 км", "numbers", "error"),
    ("kremlin", "uk", "в Стамбулі 2 червня", "в Стамбулі 2 липня", "dates", "error"),
    ("tariffs", "en", "about 250 kWh a month", "about 250 MWh a month", "numbers", "error"),
    ("pills", "en", "75 mg twice a day", "75 grams twice a day", "numbers", "error"),
    ("growth", "ru", "В III квартале", "В II квартале", "numbers", "warning"),
    ("summit", "en", "Bart De Wever", "Alexander De Croo", "entities", "error"),
    ("basket", "uk", "22:18, 19:25, 27:15", "22:18, 19:25, 27:17", "numbers", "error"),
    ("flights", "en", "depart at 9:30 p.m.", "depart at 9:30 a.m.", "dates", "error"),
    ("fed", "en", "January 27-28", "January 28-29", "dates", "error"),
    ("rate", "uk", "на 21 коп.", "на 12 коп.", "numbers", "error"),
    ("vote", "en", "Petr Fiala", "Petr Pavel", "entities", "error"),
    ("tax", "ru", "Закон №4015-IX", "Закон №4051-IX", "numbers", "error"),
    ("science", "uk", "від −40 до +30 °C", "від −40 до +20 °C", "numbers", "error"),
    ("memory", "en", "at 4 p.m.", "at 3 p.m.", "dates", "error"),
    ("grant", "ru", "в 1 200 школах", "в 1 100 школах", "numbers", "error"),
    ("hike", "en", "in 3 hours and 40 minutes", "in 3 hours and 10 minutes", "numbers", "error"),
    ("pills", "uk", "перевищує 38,5 °C", "перевищує 38 °C", "numbers", "error"),
    ("front", "uk", "на Покровському напрямку", "на Краматорському напрямку", "entities", "error"),
    ("phone", "uk", "5000 мА·год", "4000 мА·год", "numbers", "error"),
    ("rail", "en", "train No. 67/68", "train No. 65/66", "numbers", "error"),
    ("concert", "uk", "12, 14 і 16 грудня", "12, 15 і 16 грудня", "dates", "error"),
    ("concert", "en", "December 12, 14 and 16", "December 12, 14 and 17", "dates", "error"),
    ("quake", "en", "03:12 Kyiv time", "04:12 Kyiv time", "dates", "error"),
    ("wire2", "uk", "о 14:00 за київським часом", "о 15:00 за київським часом", "dates", "error"),
    ("boxing", "ru", "британца Даниэля Дюбуа", "британца Даниэля Джошуа", "entities", "error"),
    ("decree", "uk", "Туреччини, які", "Катару, які", "entities", "error"),
    ("fires", "ru", "0,10–0,12 мкЗв/ч", "0,10–0,12 мЗв/ч", "numbers", "error"),
    ("verdict", "en", "to eight years in prison with", "to six years in prison with", "numbers", "error"),
    ("jets", "ru", "еще шесть истребителей", "еще восемь истребителей", "numbers", "warning"),
    ("updated", "uk", "загинули четверо людей, ще 22", "загинули п'ятеро людей, ще 22", "numbers", "warning"),
    ("plates", "uk", "АА1234ВК", "АА1284ВК", "entities", "warning"),
    ("jets", "en", "attacks by Su-34s", "attacks by Su-35s", "entities", "warning"),
    ("naftogaz", "en", "in Q3 2025", "in Q4 2025", "numbers", "error"),
    ("naftogaz", "en", "In January-September", "In January-October", "dates", "error"),
    ("exports", "uk", "за 11 місяців", "за 10 місяців", "numbers", "error"),
    ("shelter", "ru", "на 500 человек", "на 300 человек", "numbers", "error"),
    ("match", "en", "Traore (81')", "Traore (84')", "numbers", "error"),
    ("museum", "en", "(1908-1997)", "(1909-1997)", "dates", "error"),
    ("curfew", "en", "from midnight to 5 a.m.", "from 1 a.m. to 5 a.m.", "dates", "error"),
    ("bribe", "en", "(about UAH 2.1 million)", "(about UAH 3.1 million)", "numbers", "error"),
    ("snowstorm", "uk", "до -10 °C", "до -12 °C", "numbers", "error"),
    ("snowstorm", "en", "(80 km/h)", "(90 km/h)", "numbers", "warning"),
    ("unian", "en", "December 5 (UNIAN)", "December 6 (UNIAN)", "dates", "error"),
    ("night", "uk", "з 4 на 5 грудня російські", "з 5 на 6 грудня російські", "dates", "error"),
    ("roads", "en", "M-05", "M-06", "entities", "warning"),
    ("iaea", "uk", "генеральний директор МАГАТЕ", "генеральний директор ВООЗ", "entities", "error"),
    ("echr", "en", "17 votes to 0", "16 votes to 1", "numbers", "error"),
    ("khmelnytskyi", "en", "Unit 2 of the", "Unit 3 of the", "numbers", "error"),
    ("apple", "ru", "256 ГБ", "128 ГБ", "numbers", "error"),
    # the fourth set
    ("forecast", "ru", "9–14 м/с", "9–14 км/ч", "numbers", "error"),
    ("transplant", "en", "€150,000–200,000", "€150,000–250,000", "numbers", "error"),
    ("ranking", "en", "fourth year", "third year", "numbers", "warning"),
    ("ranking", "uk", "вчетверте", "втретє", "numbers", "warning"),
    ("times2", "uk", "з 8.00 до 12.00", "з 8.00 до 13.00", "dates", "error"),
    ("aidpoint", "uk", "з 9.00 до 17.00", "з 9.00 до 18.00", "dates", "error"),
    ("partypoll", "en", "from November 14 to 20", "from November 14 to 21", "dates", "error"),
    ("timeline", "uk", "2017 – 8 грн;", "2017 – 6 грн;", "numbers", "error"),
    ("scheme", "en", "Ihor Melnychuk", "Ihor Melnyk", "entities", "error"),
    ("scheme", "ru", "Олег Тимошенко", "Олег Тищенко", "entities", "error"),
    ("xi", "ru", "По словам Си Цзиньпина", "По словам Владимира Путина", "entities", "error"),
    ("tennis", "en", "6-3, 4-6, 7-6(5)", "6-3, 4-6, 7-5", "numbers", "error"),
    ("drones", "uk", "54 ударними", "45 ударними", "numbers", "error"),
    ("law", "uk", "№12089", "№12098", "numbers", "error"),
    ("cyber", "en", "Part 4 of Article 190", "Part 3 of Article 190", "numbers", "error"),
    ("tariff", "ru", "1,2 ГВт", "1,2 МВт", "numbers", "error"),
    ("grain", "en", "$220–225/t", "$230–235/t", "numbers", "error"),
    ("hoverla", "ru", "до минус 9", "до минус 19", "numbers", "error"),
    ("nvidia", "uk", "$3,56 трлн", "$3,56 млрд", "numbers", "error"),
    ("words", "uk", "1950 кг", "1590 кг", "numbers", "error"),
    ("roundup", "en", "Kryvbas 4-0 away", "Kryvbas 3-0 away", "numbers", "error"),
    ("rates", "en", "UAH 41.9312/$", "UAH 41.9321/$", "numbers", "error"),
    ("accident", "ru", "1979 года рождения", "1997 года рождения", "dates", "error"),
    ("oldstyle", "uk", "7,1 млрд. грн.", "7,1 млн. грн.", "numbers", "error"),
    ("halves", "uk", "коштує 68 грн", "коштує 86 грн", "numbers", "error"),
    ("digest", "ru", "на $275 млн", "на $275 тыс.", "numbers", "error"),
    ("freed", "en", "in Melitopol", "in Berdiansk", "entities", "error"),
    ("ucl", "en", "2-1 (1-0)", "2-1 (2-0)", "numbers", "error"),
    ("webb", "en", "1.5 million km", "1.5 million miles", "numbers", "error"),
    ("mortgage", "en", "at 3% per annum", "at 5% per annum", "numbers", "error"),
    ("starlink", "en", "15 million zlotys", "15 million euros", "numbers", "error"),
    ("towns", "en", "at least 3,540", "at least 3,450", "numbers", "error"),
    ("nmt", "ru", "36 тыс. – за границей", "63 тыс. – за границей", "numbers", "error"),
    ("antarctic", "uk", "з 45 до 28 см", "з 45 до 28 мм", "numbers", "error"),
    ("boxing2", "en", "(21-2, 16 KOs)", "(21-2, 17 KOs)", "numbers", "error"),
    ("flu", "en", "per 100,000 population", "per 10,000 population", "numbers", "error"),
    ("boeing", "en", "Boeing 737-800", "Boeing 737-900", "numbers", "error"),
    ("echr2", "ru", "16 марта 2022", "16 апреля 2022", "dates", "error"),
]


@pytest.mark.parametrize("story,edition,said,now,check,severity", CHANGES)
def test_a_fact_changed_in_one_edition_is_caught_there(tmp_path, story, edition, said, now, check, severity):
    folder = tmp_path / story
    shutil.copytree(NEWSROOM / story, folder)
    text = (folder / f"{edition}.txt").read_text(encoding="utf-8")
    assert said in text
    (folder / f"{edition}.txt").write_text(text.replace(said, now, 1), encoding="utf-8")
    assert (edition, check, severity) in [(f.edition, f.check, f.severity) for f in findings(folder)]
