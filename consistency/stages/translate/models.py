"""Where a translation model is: a local directory, or a hub id found in the local Hugging Face cache.

Resolution never touches the network unless the user allowed a download: a directory is loaded as it is;
a hub id is looked up in the local cache; if it is not there, `ModelUnavailableError` says so at once, with
the ways to get the model. (`from_pretrained("Helsinki-NLP/opus-mt-uk-en")` on a machine without the Hub
retries for ~30 s before failing; a CI job must not wait for that.)
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from consistency.errors import ModelUnavailableError
from consistency.locales import load_locale

WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin", "model.safetensors.index.json", "pytorch_model.bin.index.json")
# a hub repo id: "name" or "owner/name" (letters, digits, - _ .), no leading dot or slash
REPO_ID = re.compile(r"^(?!\.)[\w.-]+(/[\w.-]+)?$")


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
    from huggingface_hub import constants

    # the cache's folder for the repository, as huggingface_hub names it ("models--org--name"): where there
    # is none, file_download (a tenth of a second to import, in every check) has nothing to find
    if not (Path(constants.HF_HUB_CACHE) / f"models--{model_id.replace('/', '--')}").is_dir():
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
