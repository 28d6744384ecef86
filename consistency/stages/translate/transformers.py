"""Machine translation with a Hugging Face seq2seq model (OPUS-MT by default), offline unless asked.

A model is found by `models.resolve_model` (never over the network unless asked), loaded once per process
(or per `LoadedModels` store the pipeline's Resources hold), and run sentence by sentence with a cache.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, MutableMapping, Sequence
from typing import Any

from consistency.cache import TranslationCache
from consistency.errors import ModelUnavailableError, OptionError
from consistency.recent import RecentlyUsed
from consistency.stages.translate.chunking import split_to_fit
from consistency.stages.translate.models import ResolvedModel, resolve_model

# output length limit, as in fairseq's max_len_a * source + max_len_b: long enough for any real translation
# of a sentence, short enough that a degenerate repetition loop stops early
OUTPUT_LENGTH_RATIO = 2.0
OUTPUT_LENGTH_EXTRA = 10


def resolve_device(device: str) -> str:
    """`device`, or what "auto" means here; OptionError (a ValueError) for a device this machine lacks."""
    import torch

    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    try:
        parsed = torch.device(device)
    except (RuntimeError, TypeError, ValueError):
        raise OptionError(f"--device {device!r}: not a torch device (use cpu, cuda, cuda:N or auto)") from None
    if parsed.type == "cuda":
        if not torch.cuda.is_available():
            raise OptionError(f"--device {device!r}: this machine (or this torch build) has no CUDA GPU "
                              "(use cpu or auto)")
        if parsed.index is not None and parsed.index >= torch.cuda.device_count():
            raise OptionError(f"--device {device!r}: there are only {torch.cuda.device_count()} CUDA GPU(s)")
    return device


def load_translation_model(path: str, device: str) -> tuple[Any, Any]:
    """Tokenizer and model from a local model directory, on `device`; never touches the network."""
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer
    from transformers.utils import logging as hf_logging

    bars = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()  # "Loading weights" bars on every story are noise in a CI log
    try:
        tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
        model = AutoModelForSeq2SeqLM.from_pretrained(path, local_files_only=True)
    except Exception as exc:  # noqa: BLE001 - broken files raise anything (SafetensorError, KeyError, ...)
        problem = " ".join(str(exc).split())[:300] or "no details"
        raise ModelUnavailableError(
            f"Translation model in {path} could not be loaded ({type(exc).__name__}: {problem}); "
            "is the folder a complete, uncorrupted model?"
        ) from None
    finally:
        if bars:
            hf_logging.enable_progress_bar()
    try:
        model.to(device)
    except (RuntimeError, AssertionError, ValueError) as exc:  # a device torch knows but cannot use here
        raise OptionError(f"--device {device!r}: the model cannot be moved there ({' '.join(str(exc).split())[:200]})") from None
    model.eval()
    return tokenizer, model


#: (tokenizer, model) pairs by (model directory, device): a plain dict keeps every model, LoadedModels a few
LoadedModelStore = MutableMapping[tuple[str, str], tuple[Any, Any]]
ModelLoader = Callable[[str, str], tuple[Any, Any]]


class LoadedModels(RecentlyUsed):
    """The `capacity` most recently used (tokenizer, model) pairs: a notebook or a pytest session checks
    many stories with a few models, and each model must not stay in memory for the process's life."""

    def __init__(self, capacity: int = 4) -> None:
        super().__init__(capacity)


#: where translators keep their models when the caller gives no store of its own (the pipeline's
#: `Resources` gives one): the only per-process model state in the package
PROCESS_MODELS = LoadedModels()
# two threads asking for one model must not load it twice
_LOADING = threading.Lock()


def loaded_model(
    path: str, device: str, models: LoadedModelStore, loader: ModelLoader = load_translation_model,
    engine: str = "transformers",
) -> tuple[Any, Any]:
    """The (tokenizer, model) pair in `models`, loaded into it by `loader` on first use; `engine` keeps
    the same model run by another engine (CTranslate2) apart."""
    key = (path, device) if engine == "transformers" else (path, device, engine)
    with _LOADING:
        if key not in models:
            models[key] = loader(path, device)
        return models[key]


class TransformersTranslator:
    """Sentence-level MT with AutoTokenizer + AutoModelForSeq2SeqLM, cached per sentence.

    model: hub id (looked up in the local HF cache) or a local directory. Generation is deterministic
    (greedy or beam search, never sampling). Sentences longer than the model's input are cut at clause
    punctuation into pieces that fit and the translated pieces joined with spaces.

    models: where the loaded model is kept for the next translator (None: `PROCESS_MODELS`); loader: what
    loads a model directory onto a device when `models` lacks it.
    """

    name = "transformers"

    def __init__(
        self,
        model: str | os.PathLike[str] | ResolvedModel,
        *,
        revision: str | None = None,
        device: str = "cpu",
        batch_size: int = 16,
        num_beams: int = 1,
        max_length: int = 512,
        allow_download: bool = False,
        cache: TranslationCache | None = None,
        models: LoadedModelStore | None = None,
        loader: ModelLoader = load_translation_model,
    ):
        if batch_size < 1 or num_beams < 1 or max_length < 2:
            raise ValueError("batch_size and num_beams must be at least 1, max_length at least 2")
        if isinstance(model, ResolvedModel):
            self.resolved = model
        else:
            self.resolved = resolve_model(model, revision=revision, allow_download=allow_download)
        self.device = resolve_device(device)
        self.batch_size = batch_size
        self.num_beams = num_beams
        self.cache = cache
        store = PROCESS_MODELS if models is None else models
        self.tokenizer, self.model = loaded_model(str(self.resolved.path), self.device, store, loader, self.engine)
        limits = [max_length, getattr(self.model.config, "max_position_embeddings", None) or max_length]
        if 0 < getattr(self.tokenizer, "model_max_length", 0) < 10**6:
            limits.append(self.tokenizer.model_max_length)
        #: the longest input (and output) in tokens, special tokens included
        self.max_length = min(limits)
        #: running totals: texts asked for, answered from the cache, sent to the model
        self.stats = {"texts": 0, "from_cache": 0, "translated": 0}

    @property
    def engine(self) -> str:
        """What runs the model, as the store of loaded models tells them apart."""
        return "transformers"

    def signature(self) -> dict[str, Any]:
        import transformers

        resolved = self.resolved
        signature: dict[str, Any] = {
            "translator": self.name,
            "model": resolved.model_id,
            "revision": resolved.revision,
            "num_beams": self.num_beams,
            "do_sample": False,
            "max_length": self.max_length,
            "max_output": f"{OUTPUT_LENGTH_RATIO:g}*source+{OUTPUT_LENGTH_EXTRA}",
            "chunking": "clause,word",
            "transformers": transformers.__version__,
        }
        if resolved.fingerprint:
            signature["fingerprint"] = resolved.fingerprint
        return signature

    def count_tokens(self, text: str) -> int:
        # verbose=False: measuring a too-long sentence is how chunking starts, not a mistake to warn about
        return len(self.tokenizer(text, add_special_tokens=True, verbose=False)["input_ids"])

    def translate(
        self,
        texts: Sequence[str],
        source_lang: str,
        target_lang: str,
        *,
        progress: Callable[[int], None] | None = None,
    ) -> list[str]:
        """Translate each text; `progress(n)` is told as each n texts are done (cache hits at once)."""
        texts = [" ".join(text.split()) for text in texts]  # the model sees single spaces only
        signature = self.signature()
        keys = [TranslationCache.key(signature, source_lang, target_lang, text) for text in texts]
        known: dict[str, str] = {}
        if self.cache is not None:
            known = self.cache.get_many(keys)
        self.stats["texts"] += len(texts)
        self.stats["from_cache"] += sum(1 for key in keys if key in known)
        known.update({key: "" for key, text in zip(keys, texts) if not text})
        # each distinct missing text once, in first-seen order
        missing: dict[str, str] = {}
        for key, text in zip(keys, texts):
            if key not in known:
                missing.setdefault(key, text)
        if progress:
            progress(len(texts) - sum(1 for key in keys if key in missing))

        fresh = self._translate_uncached(list(missing.values()), source_lang)
        self.stats["translated"] += len(fresh)
        found = dict(zip(missing, fresh))
        if self.cache is not None and found:
            self.cache.put_many(found)
        if progress and missing:
            progress(sum(1 for key in keys if key in missing))
        known.update(found)
        return [known[key] for key in keys]

    def _translate_uncached(self, texts: list[str], source_lang: str) -> list[str]:
        # cut each text into pieces that fit, translate all pieces together, join each text's pieces back
        pieces: list[str] = []
        owners: list[int] = []
        for index, text in enumerate(texts):
            for piece in split_to_fit(text, self.count_tokens, self.max_length, source_lang):
                pieces.append(piece)
                owners.append(index)
        translated = self._generate(pieces)
        joined: list[list[str]] = [[] for _ in texts]
        for owner, output in zip(owners, translated):
            if output:
                joined[owner].append(output.strip())
        return [" ".join(parts) for parts in joined]

    def _output_limit(self, source_tokens: int) -> int:
        return min(self.max_length, int(OUTPUT_LENGTH_RATIO * source_tokens) + OUTPUT_LENGTH_EXTRA)

    def _generate(self, pieces: list[str]) -> list[str]:
        """Batches of similar length (less padding), longest first; outputs in the input's order."""
        if not pieces:
            return []
        lengths = [self.count_tokens(piece) for piece in pieces]
        order = sorted(range(len(pieces)), key=lambda i: (-lengths[i], i))
        outputs: list[str] = [""] * len(pieces)
        for start in range(0, len(order), self.batch_size):
            batch = order[start : start + self.batch_size]
            limits = [self._output_limit(lengths[i]) for i in batch]
            for index, text in zip(batch, self._generate_batch([pieces[i] for i in batch], limits)):
                outputs[index] = text
        return outputs

    def _generate_batch(self, pieces: list[str], limits: list[int]) -> list[str]:
        """One batch, each output at most its own limit in tokens (the decoder's start token counted)."""
        import torch

        encoded = self.tokenizer(pieces, return_tensors="pt", padding=True, truncation=False).to(self.device)
        with torch.inference_mode():
            generated = self.model.generate(**encoded, do_sample=False, num_beams=self.num_beams, max_length=max(limits))
        # each output is cut to its own sentence's limit, so a translation does not depend on which
        # sentences shared its batch: greedy decoding makes the first tokens the same either way, and the
        # last place is left out because a model with forced_eos_token_id puts </s> there when it is the limit
        rows = [row[: limit - 1].tolist() for row, limit in zip(generated, limits)]
        return self.tokenizer.batch_decode(rows, skip_special_tokens=True)

    def __repr__(self) -> str:
        return f"TransformersTranslator({self.resolved.model_id!r}, device={self.device!r})"
