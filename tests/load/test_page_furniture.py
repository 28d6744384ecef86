"""Page furniture of real sites (credits, "Read also", subscribe banners) goes on loading, and only that:
the locales' [chrome] patterns match whole lines, so prose that starts with the same word stays."""

from pathlib import Path

import pytest

from consistency.pipeline import check_story
from consistency.stages.load import load_story, strip_chrome

FIRST = "Уряд затвердив нову програму підтримки малого бізнесу."
LAST = "Заявки прийматимуть з березня."


def stripped(line: str) -> tuple[str, tuple[str, ...]]:
    return strip_chrome(f"{FIRST}\n\n{line}\n\n{LAST}")


@pytest.mark.parametrize("line", [
    "Автор фото: Олена Коваль",
    "Автор фото: Ирина Смирнова",
    "Фото: Reuters",
    "Фото : AP",
    "Фото – УНІАН",
    "Фото ілюстративне",
    "Photo: Getty Images",
    "Image credit: AFP",
    "Відео: Суспільне",
    "Видео: РИА Новости",
    "Video: Reuters",
    "Читайте також: Нацбанк знизив облікову ставку",
    "Читайте также: Нацбанк снизил учетную ставку",
    "Read also: National Bank cuts its key rate",
    "Please also read our interview with the minister",
    "Subscribe to our newsletter",
    "Sign up for our morning briefing",
    "Підписуйтесь на наш Telegram",
    "Підписуйтеся на наш Telegram-канал, щоб першими дізнаватися новини.",
    "Підпишіться на нашу розсилку",
    "Подписывайтесь на наш канал в Telegram",
    "Джерело: Укрінформ",
    "Источник: Укринформ",
    "Теги: Львів, енергетика",
    "Tags: Lviv, energy",
    "($1 = 42.1800 hryvnias)",
    "(Reporting by Olena Harmash; Editing by Mark Heinrich)",
    "By Andriy Melnyk",
    "By Olena Harmash and Tom Balmforth, Reuters",
])
def test_a_furniture_line_between_paragraphs_goes(line):
    kept, removed = stripped(line)
    assert kept == f"{FIRST}\n\n{LAST}"
    assert removed == (line,)


@pytest.mark.parametrize("prose", [
    "Фото з місця події оприлюднила поліція області.",
    "Фотографії з фронту облетіли весь світ.",
    "Відео з дрона показує зруйнований міст.",
    "Видео: игрок сборной забивает решающий гол в дополнительное время матча",  # a video story's headline
    "Video footage shows the damaged bridge.",
    "Підписання угоди відбулося у Варшаві.",
    "Подписанный договор вступит в силу в январе.",
    "Subscribers will pay less from January, the company said.",
    "Джерело в уряді повідомило, що рішення вже ухвалене.",
    "Source: the ministry. It did not say when the money would arrive.",
    "By 2030, Ukraine hopes to join the European Union.",
    "By the numbers",
    "By Friday, Ukraine will get 40 more missiles",  # a headline: no byline names a day
    "By Thursday Evening",
    "By Land and Sea",
])
def test_prose_that_starts_like_furniture_stays(prose):
    kept, removed = stripped(prose)
    assert removed == ()
    assert prose in kept


def test_a_credit_in_a_text_without_blank_lines_takes_only_its_own_line():
    # one paragraph per line: the whole text is one block, which is no caption
    text = f"{FIRST}\nМіністр назвав програму пріоритетною.\nФото: Reuters\n{LAST}"
    kept, removed = strip_chrome(text)
    assert kept == f"{FIRST}\nМіністр назвав програму пріоритетною.\n{LAST}"
    assert removed == ("Фото: Reuters",)


def test_a_caption_block_with_a_ukrainian_credit_goes_whole():
    text = f"{FIRST}\n\nМіністр економіки під час брифінгу\nАвтор фото: Олена Коваль\n\n{LAST}"
    kept, removed = strip_chrome(text)
    assert kept == f"{FIRST}\n\n{LAST}"
    assert removed == ("Міністр економіки під час брифінгу", "Автор фото: Олена Коваль")


UK = """Уряд затвердив нову програму підтримки малого бізнесу на 2025 рік.

Автор фото: Олена Коваль

За словами міністра економіки, програма передбачає пільгові кредити під 5% річних для підприємців у прифронтових областях.

Читайте також: Нацбанк знизив облікову ставку

Заявки прийматимуть з 1 березня через портал «Дія», а перші кредити банки видадуть уже у квітні.

Відео: Суспільне Новини

Загалом на програму передбачено 12 мільярдів гривень з державного бюджету.

Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися новини"""

EN = """The government has approved a new small business support programme for 2025.

Photo: Reuters

According to the economy minister, the programme provides preferential loans at 5% a year for entrepreneurs in frontline regions.

Read also: National Bank cuts its key rate

Applications will be accepted from March 1 through the Diia portal, and banks will issue the first loans as early as April.

In total, 12 billion hryvnias from the state budget have been allocated to the programme.

Subscribe to our newsletter"""

RU = """Правительство утвердило новую программу поддержки малого бизнеса на 2025 год.

Фото: Reuters

По словам министра экономики, программа предусматривает льготные кредиты под 5% годовых для предпринимателей в прифронтовых областях.

Читайте также: Нацбанк снизил учетную ставку

Заявки будут принимать с 1 марта через портал «Дія», а первые кредиты банки выдадут уже в апреле.

Видео: Общественное

Всего на программу предусмотрено 12 миллиардов гривен из государственного бюджета.

Подписывайтесь на наш Telegram-канал"""


def write_story(folder: Path) -> Path:
    folder.mkdir()
    for lang, text in {"uk": UK, "en": EN, "ru": RU}.items():
        (folder / f"{lang}.txt").write_text(text, encoding="utf-8")
    return folder


def test_each_edition_keeps_its_four_paragraphs_and_the_furniture_for_audit(tmp_path):
    story = load_story(write_story(tmp_path / "story"))
    for key, edition in story.editions.items():
        assert len(edition.text.split("\n\n")) == 4, key
    assert story.editions["uk"].stripped_lines == (
        "Автор фото: Олена Коваль", "Читайте також: Нацбанк знизив облікову ставку", "Відео: Суспільне Новини",
        "Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися новини")
    assert "Subscribe to our newsletter" in story.editions["en"].stripped_lines


def test_furniture_is_no_omission_or_addition(tmp_path):
    report = check_story(write_story(tmp_path / "story"), translator="none", embeddings=False, checks=("alignment",))
    assert [f.message for f in report.findings if f.check in ("omission", "addition")] == []


def test_an_embedded_post_goes_whole_with_its_signature_in_a_page_of_any_language():
    post = ("Thank you, Canada, for the new sanctions against Russia's shadow fleet. pic.twitter.com/4kXy2ZqPLm\n"
            "— Volodymyr Zelensky (@ZelenskyyUa) December 6, 2025")
    kept, removed = strip_chrome(f"{FIRST}\n\n{post}\n\n{LAST}")
    assert kept == f"{FIRST}\n\n{LAST}"
    assert removed == tuple(post.split("\n"))
    # a dash before a name with no handle is a quote's attribution, which stays
    quoted = f"{FIRST}\n\n«Ми вистоїмо».\n— Володимир Зеленський\n\n{LAST}"
    assert strip_chrome(quoted) == (quoted, ())


@pytest.mark.parametrize("caption", ["На фото: наслідки удару по НПЗ.", "На фото — Денис Шмигаль",
                                     "На снимке: последствия удара", "Pictured: the refinery after the strike"])
def test_a_captions_own_line_is_furniture(caption):
    kept, removed = strip_chrome(f"{FIRST}\n\n{caption}\n\n{LAST}")
    assert kept == f"{FIRST}\n\n{LAST}"
    assert removed == (caption,)


def test_a_sentence_about_a_photo_stays():
    text = f"{FIRST}\n\nНа фото видно, що будівля зруйнована.\n\n{LAST}"
    assert strip_chrome(text) == (text, ())


def test_the_footnote_of_a_name_marked_with_an_asterisk_is_furniture_and_a_bullet_stays():
    footnote = "*Радио Свобода признано в РФ «нежелательной организацией»."
    kept, removed = strip_chrome(f"{FIRST}\n\nКорреспондентка Радио Свобода* работает в Праге.\n\n{footnote}")
    assert removed == (footnote,)
    bullets = f"{FIRST}\n\n* 18 пускових установок HIMARS;\n* 20 машин Bradley."
    assert strip_chrome(bullets) == (bullets, ())


@pytest.mark.parametrize("line", ["**Key takeaways:** Zelensky said talks would continue.",
                                  "*Editor's note: this story was updated on Monday.",
                                  "*18 пусковых установок HIMARS;"])
def test_a_line_opening_with_an_asterisk_but_no_law_is_text(line):
    text = f"{FIRST}\n\n{line}"
    assert strip_chrome(text) == (text, ())
