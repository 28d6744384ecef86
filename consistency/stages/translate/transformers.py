"""Machine translation with a Hugging Face seq2seq model (OPUS-MT by default), offline unless asked.

Resolution never touches the network unless the user allowed a download: a directory is loaded as it is;
a hub id is looked up in the local Hugging Face cache; if it is not there, `ModelUnavailableError` says so at
once, with the ways to get the model. (`from_pretrained("Helsinki-NLP/opus-mt-uk-en")` on a machine without
the Hub retries for ~30 s before failing; a CI job must not wait for that.)
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Sequence

from consistency.errors import ModelUnavailableError
from consistency.locales import load_locale
from consistency.cache import TranslationCache
from consistency.stages.translate.chunking import split_to_fit

WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin", "model.safetensors.index.json", "pytorch_model.bin.index.json")
# a hub repo id: "name" or "owner/name" (letters, digits, - _ .), no leading dot or slash
REPO_ID = re.compile(r"^(?!\.)[\w.-]+(/[\w.-]+)?$")
# output length limit, as in fairseq's max_len_a * source + max_len_b: long enough for any real translation
# of a sentence, short enough that a degenerate repetition loop stops early
OUTPUT_LENGTH_RATIO = 2.0
OUTPUT_LENGTH_EXTRA = 10


def _env_true(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in ("1", "true", "yes", "on")


def hub_offline() -> bool:
    """HF_HUB_OFFLINE / TRANSFORMERS_OFFLINE, read now (huggingface_hub reads them once, at import)."""
    return _env_true("HF_HUB_OFFLINE") or _env_true("TRANSFORMERS_OFFLINE")


def default_model(source_lang: str, target_lang: str) -> str | None:
    """The model `locales/<source>.toml` names for translating into `target_lang` ([translate] models)."""
    try:
        models = load_locale(source_lang).get("translate.models", {})
    except Exception:  # a language without a locale file has no default model
        return None
    return models.get(target_lang)


@dataclass(frozen=True)
class ResolvedModel:
    """Where a model was found: `path` is a local directory `from_pretrained` can read without the network."""

    model_id: str  # what the user named: a hub id, or the directory's name
    path: Path
    revision: str | None  # the commit of a hub snapshot; None for a plain directory
    origin: str  # "directory", "hf-cache" or "downloaded"
    fingerprint: str | None = None  # for a directory: a digest of its files, so a changed model misses the cache


def _hf_cache_dir() -> Path:
    from huggingface_hub import constants

    return Path(constants.HF_HUB_CACHE)


def _how_to_get(model_id: str) -> str:
    return (
        f"Download it once with `hf download {model_id}` (older: `huggingface-cli download {model_id}`), "
        "pass a local copy with --model DIR (model=DIR), or let the tool download it with --download-model "
        "(allow_download=True)."
    )


def _directory_fingerprint(directory: Path) -> str:
    """Names, sizes and the first and last MiB of every file: cheap, and changes when the model does."""
    digest = hashlib.sha256()
    for file in sorted(p for p in directory.iterdir() if p.is_file() and not p.name.startswith(".")):
        size = file.stat().st_size
        digest.update(f"{file.name}\0{size}\0".encode())
        with file.open("rb") as handle:
            digest.update(handle.read(1 << 20))
            if size > 2 << 20:
                handle.seek(-(1 << 20), os.SEEK_END)
                digest.update(handle.read())
    return digest.hexdigest()[:16]


def _check_directory(directory: Path, model_id: str) -> None:
    missing = [name for name in ("config.json",) if not (directory / name).is_file()]
    if not any((directory / name).is_file() for name in WEIGHT_FILES):
        missing.append("model weights (" + " or ".join(WEIGHT_FILES[:2]) + ")")
    if missing:
        raise ModelUnavailableError(
            f"Translation model {model_id!r}: {directory} lacks {', '.join(missing)}; it is not a complete "
            f"model directory. {_how_to_get(model_id)}"
        )


def find_cached_model(model_id: str, revision: str | None = None) -> ResolvedModel | None:
    """The model's snapshot in the local Hugging Face cache, or None. Makes no network call."""
    if not REPO_ID.match(model_id):
        return None
    from huggingface_hub import try_to_load_from_cache

    found = try_to_load_from_cache(model_id, "config.json", revision=revision)
    if not isinstance(found, str):  # None (never fetched) or the "known not to exist" marker
        return None
    snapshot = Path(found).parent
    if not any((snapshot / name).exists() for name in WEIGHT_FILES):
        return None  # an interrupted download: config but no weights
    return ResolvedModel(model_id=model_id, path=snapshot, revision=snapshot.name, origin="hf-cache")


def resolve_model(
    model: str | os.PathLike[str],
    *,
    revision: str | None = None,
    allow_download: bool = False,
    download_timeout_s: float = 10.0,
) -> ResolvedModel:
    """Find `model` (a directory or a hub id) locally, or download it when `allow_download` is set.

    Raises ModelUnavailableError with the model id, the places looked at and how to get the model. Without
    `allow_download` no network call is made; with it, the Hub is asked once with a short timeout.
    """
    name = os.fspath(model)
    directory = Path(name).expanduser()
    if directory.is_dir():
        _check_directory(directory, name)
        return ResolvedModel(
            model_id=directory.resolve().name, path=directory.resolve(), revision=None, origin="directory",
            fingerprint=_directory_fingerprint(directory),
        )
    if not REPO_ID.match(name):
        raise ModelUnavailableError(
            f"Translation model {name!r}: no such directory, and it is not a Hugging Face model id. "
            "Pass --model with an existing model directory or a hub id such as Helsinki-NLP/opus-mt-uk-en."
        )
    cached = find_cached_model(name, revision)
    if cached is not None:
        return cached
    where = f"it is not a directory and not in the Hugging Face cache ({_hf_cache_dir()})"
    if not allow_download:
        raise ModelUnavailableError(
            f"Translation model {name!r} is not available offline: {where}, and no download was asked for. "
            + _how_to_get(name)
        )
    if hub_offline():
        raise ModelUnavailableError(
            f"Translation model {name!r} is not available offline: {where}, and HF_HUB_OFFLINE is set, so "
            f"it cannot be downloaded. Unset HF_HUB_OFFLINE, or download it elsewhere and pass --model DIR."
        )
    return _download(name, revision, download_timeout_s)


def _download(model_id: str, revision: str | None, timeout_s: float) -> ResolvedModel:
    """One short-timeout metadata request decides whether the Hub is reachable before any download."""
    from huggingface_hub import HfApi, snapshot_download

    try:
        info = HfApi().model_info(model_id, revision=revision, timeout=timeout_s, files_metadata=False)
        files = [sibling.rfilename for sibling in (info.siblings or [])]
        weights = ["model.safetensors*"] if any(f.startswith("model.safetensors") for f in files) else [
            "pytorch_model.bin*"
        ]
        path = snapshot_download(
            model_id,
            revision=info.sha,
            allow_patterns=["*.json", "*.spm", "*.model", "*.txt", *weights],
            etag_timeout=timeout_s,
        )
    except Exception as exc:  # unreachable host, unknown repo, gated model: all say "not available"
        raise ModelUnavailableError(
            f"Translation model {model_id!r} could not be downloaded from the Hugging Face Hub "
            f"({type(exc).__name__}: {exc}). Download it elsewhere and pass --model DIR."
        ) from None
    return ResolvedModel(model_id=model_id, path=Path(path), revision=info.sha, origin="downloaded")


def resolve_device(device: str) -> str:
    import torch

    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if device.startswith("cuda") and not torch.cuda.is_available():
        raise ValueError(f"device {device!r} was asked for, but this torch build sees no CUDA GPU (use cpu or auto)")
    return device


@lru_cache(maxsize=4)
def _load(path: str, device: str):
    """Tokenizer and model, loaded once per process (a notebook or a pytest session checks many stories)."""
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer
    from transformers.utils import logging as hf_logging

    bars = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()  # "Loading weights" bars on every story are noise in a CI log
    try:
        tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
        model = AutoModelForSeq2SeqLM.from_pretrained(path, local_files_only=True)
    except (OSError, ValueError) as exc:
        raise ModelUnavailableError(f"Translation model in {path} could not be loaded: {exc}") from None
    finally:
        if bars:
            hf_logging.enable_progress_bar()
    model.to(device)
    model.eval()
    return tokenizer, model


class TransformersTranslator:
    """Sentence-level MT with AutoTokenizer + AutoModelForSeq2SeqLM, cached per sentence.

    model: hub id (looked up in the local HF cache) or a local directory. Generation is deterministic
    (greedy or beam search, never sampling). Sentences longer than the model's input are cut at clause
    punctuation into pieces that fit and the translated pieces joined with spaces.
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
        self.tokenizer, self.model = _load(str(self.resolved.path), self.device)
        limits = [max_length, getattr(self.model.config, "max_position_embeddings", None) or max_length]
        if 0 < getattr(self.tokenizer, "model_max_length", 0) < 10**6:
            limits.append(self.tokenizer.model_max_length)
        #: the longest input (and output) in tokens, special tokens included
        self.max_length = min(limits)
        #: running totals: texts asked for, answered from the cache, sent to the model
        self.stats = {"texts": 0, "from_cache": 0, "translated": 0}

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
        import torch

        if not pieces:
            return []
        lengths = [self.count_tokens(piece) for piece in pieces]
        order = sorted(range(len(pieces)), key=lambda i: (-lengths[i], i))
        outputs: list[str] = [""] * len(pieces)
        for start in range(0, len(order), self.batch_size):
            batch = order[start : start + self.batch_size]
            encoded = self.tokenizer(
                [pieces[i] for i in batch], return_tensors="pt", padding=True, truncation=False
            ).to(self.device)
            limits = [self._output_limit(lengths[i]) for i in batch]
            with torch.inference_mode():
                generated = self.model.generate(
                    **encoded, do_sample=False, num_beams=self.num_beams, max_length=max(limits)
                )
            # each output is cut to its own sentence's limit, so a translation does not depend on which
            # sentences shared its batch: greedy decoding makes the first tokens the same either way, and the
            # last place is left out because a model with forced_eos_token_id puts </s> there when it is the limit
            rows = [row[: limit - 1].tolist() for row, limit in zip(generated, limits)]
            decoded = self.tokenizer.batch_decode(rows, skip_special_tokens=True)
            for index, text in zip(batch, decoded):
                outputs[index] = text
        return outputs

    def __repr__(self) -> str:
        return f"TransformersTranslator({self.resolved.model_id!r}, device={self.device!r})"
