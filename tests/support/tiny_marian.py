"""A tiny MarianMT model built offline, to exercise the real loading and generation code.

The Hugging Face Hub is unreachable in CI, and the real OPUS-MT models are ~300 MB, so the tests (and the
translation-throughput benchmark) build a model with the same architecture, tokenizer and files as
`Helsinki-NLP/opus-mt-uk-en`, only a few kilobytes large and with random weights. It is loaded back through
the ordinary `from_pretrained(directory)` path, so everything but the quality of the output is real.
Its translations are gibberish: assert structure, counts, determinism and caching, never content.

Importable without pytest: `build_tiny_marian(directory) -> Path`.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

# Written for this file (uk, ru and en mixed) so the sentencepiece model has Cyrillic and Latin pieces,
# digits and punctuation; any short multilingual text would do.
TRAINING_LINES: tuple[str, ...] = (
    "Міністерство оборони оголосило новий пакет допомоги на 175 мільйонів доларів.",
    "Министерство обороны объявило новый пакет помощи на 175 миллионов долларов.",
    "The Defense Department announced a new aid package worth $175 million.",
    "У пакеті є ракети, снаряди та генератори для енергетичної системи.",
    "В пакете есть ракеты, снаряды и генераторы для энергетической системы.",
    "The package includes missiles, shells and generators for the power grid.",
    "Міністр сказав журналістам у середу, 6 грудня, що підтримка триватиме.",
    "Министр сказал журналистам в среду, 6 декабря, что поддержка продолжится.",
    "The minister told reporters on Wednesday, December 6, that support will continue.",
    "Конгрес ще не ухвалив запит на додаткове фінансування.",
    "Конгресс ещё не одобрил запрос на дополнительное финансирование.",
    "Congress has not yet approved the request for additional funding.",
    "Це вже п'ятдесят перший пакет з початку війни.",
    "Это уже пятьдесят первый пакет с начала войны.",
    "This is the fifty-first package since the start of the war.",
    "Загальна сума допомоги перевищила 44,2 мільярда доларів.",
    "Общая сумма помощи превысила 44,2 миллиарда долларов.",
    "Total assistance has exceeded $44.2 billion.",
    "Вантаж важить близько 250 кілограмів; його доставлять до кінця тижня.",
    "Груз весит около 250 килограммов; его доставят до конца недели.",
    "The cargo weighs about 550 pounds; it will be delivered by the end of the week.",
    "Речник міністерства відмовився коментувати деталі операції.",
    "Представитель министерства отказался комментировать детали операции.",
    "A ministry spokesperson declined to comment on the details of the operation.",
    "Зустріч відбулася у Брюсселі, а наступна запланована на січень.",
    "Встреча прошла в Брюсселе, а следующая запланирована на январь.",
    "The meeting took place in Brussels, and the next one is planned for January.",
    "Ціни на пальне зросли на 3,5 відсотка за місяць.",
    "Цены на топливо выросли на 3,5 процента за месяц.",
    "Fuel prices rose by 3.5 percent in a month.",
    "Їхні партнери пообіцяли ґрунтовну відповідь — і дотримали слова.",
    "Их партнёры пообещали обстоятельный ответ — и сдержали слово.",
    "Their partners promised a thorough answer — and kept their word.",
    "Перший заступник, другий радник, третій день: числа пишуть словами.",
    "Первый заместитель, второй советник, третий день: числа пишут словами.",
    "First deputy, second adviser, third day: numbers are written as words.",
)

VOCAB_SIZE = 400  # a soft limit: sentencepiece stops earlier on so little text
MAX_POSITIONS = 64  # the model's longest input and output, in tokens; small so chunking is easy to reach


# The architecture of Helsinki-NLP/opus-mt-uk-en (and -ru-en): MarianMT, 6 + 6 layers of width 512, 8 heads,
# feed-forward 2048, shared embeddings over a vocabulary of about 61,600 pieces, 512 positions (~77M
# parameters). The benchmarks build it with random weights to measure the translation stage at real size.
OPUS_MT_SIZE = dict(d_model=512, encoder_layers=6, decoder_layers=6, encoder_attention_heads=8,
                    decoder_attention_heads=8, encoder_ffn_dim=2048, decoder_ffn_dim=2048,
                    max_position_embeddings=512, init_std=0.02, scale_embedding=True)
OPUS_MT_VOCABULARY = 61_587


def _train_sentencepiece(lines=TRAINING_LINES, vocab_size: int = VOCAB_SIZE) -> bytes:
    import sentencepiece

    model = io.BytesIO()
    sentencepiece.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_writer=model,
        vocab_size=vocab_size,
        hard_vocab_limit=False,
        model_type="unigram",
        character_coverage=1.0,
        num_threads=1,  # one thread: the same pieces on every run
        minloglevel=2,
    )
    return model.getvalue()


def build_tiny_marian(directory: str | Path, *, seed: int = 0) -> Path:
    """Write a tokenizer and a randomly initialised MarianMT model to `directory`; return the directory.

    The files are the ones an OPUS-MT checkpoint has (source.spm, target.spm, vocab.json, config.json,
    model weights, tokenizer and generation configs). The same seed gives the same weights.
    """
    return _build_marian(directory, seed=seed)


def build_opus_sized_marian(directory: str | Path, lines, *, seed: int = 0) -> Path:
    """A MarianMT model of OPUS-MT's real size (OPUS_MT_SIZE, a vocabulary of OPUS_MT_VOCABULARY pieces:
    a sentencepiece model trained on `lines`, padded with unused pieces) and random weights that never
    end a sentence early: what the translation stage costs at real size, not what it says."""
    return _build_marian(directory, seed=seed, lines=lines, pieces=8000, vocabulary=OPUS_MT_VOCABULARY,
                         size=OPUS_MT_SIZE, max_positions=512, endless=True)


def _build_marian(directory: str | Path, *, seed: int = 0, lines=TRAINING_LINES, pieces: int = VOCAB_SIZE,
                  vocabulary: int | None = None, size: dict | None = None, max_positions: int = MAX_POSITIONS,
                  endless: bool = False) -> Path:
    import sentencepiece
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    spm_bytes = _train_sentencepiece(lines, pieces)
    spm_path = directory / "spm.model"
    spm_path.write_bytes(spm_bytes)

    processor = sentencepiece.SentencePieceProcessor(model_file=str(spm_path))
    # Marian's own vocabulary order: </s> 0, <unk> 1, the pieces, <pad> last (as in the OPUS-MT files).
    vocab: dict[str, int] = {"</s>": 0, "<unk>": 1}
    for piece_id in range(processor.get_piece_size()):
        piece = processor.id_to_piece(piece_id)
        if piece not in vocab and piece not in ("<s>",):
            vocab[piece] = len(vocab)
    while vocabulary is not None and len(vocab) < vocabulary - 1:  # the real model's embedding size
        vocab[f"▁unused{len(vocab)}"] = len(vocab)
    vocab["<pad>"] = len(vocab)
    vocab_path = directory / "vocab.build.json"
    vocab_path.write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")

    tokenizer = MarianTokenizer(
        source_spm=str(spm_path),
        target_spm=str(spm_path),
        vocab=str(vocab_path),
        source_lang="uk",
        target_lang="en",
        model_max_length=max_positions,
    )
    tokenizer.save_pretrained(directory)
    spm_path.unlink()
    vocab_path.unlink()

    pad_id = vocab["<pad>"]
    shape = size or dict(
        d_model=16, encoder_layers=1, decoder_layers=1, encoder_attention_heads=2, decoder_attention_heads=2,
        encoder_ffn_dim=32, decoder_ffn_dim=32, max_position_embeddings=MAX_POSITIONS,
        # large initial weights make the random model's output depend on its input, so tests can tell
        # sentences (and their order) apart; with the usual 0.02 every input decodes to the same tokens
        init_std=1.0, scale_embedding=True,
    )
    config = MarianConfig(
        vocab_size=len(vocab), pad_token_id=pad_id, eos_token_id=0, decoder_start_token_id=pad_id,
        forced_eos_token_id=0, **shape,
    )
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        model = MarianMTModel(config)
    model.generation_config.max_length = max_positions
    model.generation_config.num_beams = 1
    # a model that could end early would do less work the less it is like a real one
    model.generation_config.bad_words_ids = [[pad_id], [0]] if endless else [[pad_id]]
    model.save_pretrained(directory)
    return directory


FAKE_COMMIT = "0123456789abcdef0123456789abcdef01234567"


def install_in_hf_cache(hf_cache: str | Path, repo_id: str, model_dir: str | Path, commit: str = FAKE_COMMIT) -> Path:
    """Lay a model directory out as `hf download repo_id` leaves it in a Hugging Face cache folder
    (models--owner--name/snapshots/<commit>/..., refs/main); return the snapshot folder."""
    import shutil

    repo = Path(hf_cache) / ("models--" + repo_id.replace("/", "--"))
    snapshot = repo / "snapshots" / commit
    shutil.copytree(model_dir, snapshot)
    (repo / "refs").mkdir(parents=True, exist_ok=True)
    (repo / "refs" / "main").write_text(commit)
    return snapshot


if __name__ == "__main__":  # python tests/support/tiny_marian.py DIR
    import sys

    print(build_tiny_marian(sys.argv[1] if len(sys.argv) > 1 else "tiny-marian"))
