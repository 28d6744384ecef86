"""Fixtures for the MT tests: a tiny MarianMT model (built once per session), an empty Hugging Face cache and
translation cache per test, and small stories written to disk and read by the real loader."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

from consistency.model import Segmentation, Story
from consistency.stages.load import load_story
from consistency.stages.segment import segment_story
from support.tiny_marian import build_tiny_marian

UK_TEXT = """Міністерство оборони оголосило новий пакет допомоги. У пакеті є ракети та генератори.

Міністр сказав журналістам у середу, що підтримка триватиме.

Конгрес ще не ухвалив запит. Загальна сума допомоги перевищила 44,2 мільярда доларів.
"""

RU_TEXT = """Министерство обороны объявило новый пакет помощи. В пакете есть ракеты и генераторы.

Министр сказал журналистам в среду, что поддержка продолжится.

Конгресс ещё не одобрил запрос. Общая сумма помощи превысила 44,2 миллиарда долларов.
"""

EN_TEXT = """The Defense Department announced a new aid package. The package includes missiles and generators.

The minister told reporters on Wednesday that support will continue.

Congress has not yet approved the request. Total assistance has exceeded $44.2 billion.
"""

@pytest.fixture(scope="session")
def tiny_marian_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_marian(tmp_path_factory.mktemp("tiny-marian"))


@pytest.fixture(autouse=True)
def hf_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty Hugging Face cache, so a model cached on the developer's machine cannot change a result,
    and a fresh translation cache folder for each test."""
    from huggingface_hub import constants

    empty = tmp_path / "hf-cache"
    empty.mkdir()
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(empty))
    monkeypatch.setenv("CONSISTENCY_CACHE_DIR", str(tmp_path / "translation-cache"))
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("TRANSFORMERS_OFFLINE", raising=False)
    return empty


@pytest.fixture(autouse=True)
def one_torch_thread():
    """The tiny model is fastest on one thread, and on a busy 2-core CI runner two threads spinning against
    the other jobs make each test 30 times slower."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


StoryMaker = Callable[..., tuple[Story, dict[str, Segmentation]]]


@pytest.fixture
def make_story(tmp_path: Path) -> StoryMaker:
    """Write files into a story folder, load and segment it: make_story(**{"uk.txt": "...", ...})."""

    def make(files: dict[str, str] | None = None, **named: str) -> tuple[Story, dict[str, Segmentation]]:
        folder = tmp_path / "story"
        folder.mkdir(exist_ok=True)
        contents = {"uk.txt": UK_TEXT, "ru.txt": RU_TEXT, "en.txt": EN_TEXT} if files is None else files
        for name, text in {**contents, **named}.items():
            (folder / name).write_text(text, encoding="utf-8")
        story = load_story(folder)
        return story, segment_story(story)

    return make


class GenerateSpy:
    """Records what the real `generate` was given; the model itself runs unchanged."""

    def __init__(self):
        self.calls = 0
        self.input_lengths: list[int] = []  # one per row: tokens without padding
        self.inputs: list[list[int]] = []

    def record(self, kwargs) -> None:
        self.calls += 1
        for ids, mask in zip(kwargs["input_ids"], kwargs["attention_mask"]):
            kept = [int(i) for i, keep in zip(ids, mask) if keep]
            self.input_lengths.append(len(kept))
            self.inputs.append(kept)


@pytest.fixture
def spy_generate(monkeypatch: pytest.MonkeyPatch):
    """spy_generate(model) counts that model's generate calls; spy_generate(MarianMTModel) every model's."""
    spied_models = []

    def install(target) -> GenerateSpy:
        spy = GenerateSpy()
        original = target.generate
        if isinstance(target, type):
            def generate(model, *args, **kwargs):
                spy.record(kwargs)
                return original(model, *args, **kwargs)
            monkeypatch.setattr(target, "generate", generate)
        else:
            # not monkeypatch: before pytest 9.2 its undo put the bound method back into the model's own
            # __dict__, where it hid a later test's spy on the class (the model is kept for the next test)
            def generate(*args, **kwargs):
                spy.record(kwargs)
                return original(*args, **kwargs)
            vars(target)["generate"] = generate
            spied_models.append(target)
        return spy

    yield install
    for model in spied_models:
        vars(model).pop("generate", None)
