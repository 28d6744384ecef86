"""The same Hugging Face model run by CTranslate2, an inference engine for Marian models: int8 on a CPU.

`benchmarks/mt_backends.py` measured it against transformers at OPUS-MT's real size, in the same run: see
the README for the figures. The model is the one `--model` names (a hub id in the local cache or a
directory); on first use it is converted with CTranslate2's own converter into the cache folder, beside
the translations (`<cache>/ctranslate2/<model digest>-int8`), and read from there afterwards. Everything
else (chunking of long sentences, batching by length, output limits, the translation cache) is the
transformers translator's; the cache keys carry the engine, so the two never answer for each other.

    translator = CTranslate2Translator("Helsinki-NLP/opus-mt-uk-en", cache=TranslationCache())

Needs `pip install "consistency[ctranslate2]"` (ctranslate2; converting also needs torch and transformers).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import threading
from pathlib import Path
from typing import Any

from consistency.cache import default_cache_dir
from consistency.errors import ModelUnavailableError
from consistency.stages.translate.transformers import TransformersTranslator

COMPUTE_TYPES = ("int8", "int8_float32", "float32", "float16", "int8_float16")
_CONVERTING = threading.Lock()


class _Engine:
    """A CTranslate2 translator with the model's config beside it (its length limits)."""

    def __init__(self, translator: Any, config: Any) -> None:
        self.translator, self.config = translator, config


def ctranslate2_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("ctranslate2") is not None


def converted_model(path: str, compute_type: str, root: Path) -> Path:
    """The CTranslate2 conversion of the model in `path`, made once per model (its files' digest) and kept."""
    import ctranslate2

    digest = hashlib.sha256()
    for file in sorted(Path(path).iterdir()):
        if file.is_file():
            digest.update(file.name.encode())
            digest.update(str(file.stat().st_size).encode())
            with file.open("rb") as handle:
                digest.update(handle.read(1 << 20))  # the head of each file: a changed model changes it
    target = root / "ctranslate2" / f"{digest.hexdigest()[:16]}-{compute_type}"
    with _CONVERTING:
        if (target / "model.bin").is_file():
            return target
        target.parent.mkdir(parents=True, exist_ok=True)
        # converted beside the target and moved in whole: an interrupted conversion leaves no half model
        work = Path(tempfile.mkdtemp(prefix=".converting-", dir=target.parent))
        try:
            ctranslate2.converters.TransformersConverter(path).convert(str(work / "model"), quantization=compute_type,
                                                                      force=True)
            os.replace(work / "model", target)
        except Exception as exc:  # noqa: BLE001 - the converter raises anything a model it cannot read causes
            if (target / "model.bin").is_file():
                return target  # another process (a check-all worker) converted it first
            raise ModelUnavailableError(f"Translation model in {path} could not be converted for CTranslate2 "
                                        f"({type(exc).__name__}: {' '.join(str(exc).split())[:300]})") from None
        finally:
            shutil.rmtree(work, ignore_errors=True)
    return target


def _loader(compute_type: str, threads: int, root: Path):
    def load(path: str, device: str) -> tuple[Any, Any]:
        import ctranslate2
        from transformers import AutoConfig, AutoTokenizer

        tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
        config = AutoConfig.from_pretrained(path, local_files_only=True)
        kind, _, index = device.partition(":")
        translator = ctranslate2.Translator(str(converted_model(path, compute_type, root)), device=kind,
                                            device_index=int(index or 0), compute_type=compute_type,
                                            intra_threads=threads)
        return tokenizer, _Engine(translator, config)

    return load


class CTranslate2Translator(TransformersTranslator):
    """TransformersTranslator with CTranslate2 generating (see the module docstring)."""

    name = "ctranslate2"

    def __init__(self, model, *, compute_type: str = "int8", threads: int = 0,
                 converted_root: str | os.PathLike[str] | None = None, **options: Any) -> None:
        if not ctranslate2_available():
            raise ModelUnavailableError("the ctranslate2 engine needs the ctranslate2 package: "
                                        "pip install 'consistency[ctranslate2]'")
        if compute_type not in COMPUTE_TYPES:
            raise ValueError(f"compute_type must be one of {', '.join(COMPUTE_TYPES)}, not {compute_type!r}")
        self.compute_type = compute_type
        root = Path(converted_root) if converted_root is not None else default_cache_dir()
        # threads 0: CTranslate2's own choice (the cores it may use); the store key keeps engines apart
        super().__init__(model, loader=_loader(compute_type, threads, root), **options)

    @property
    def engine(self) -> str:
        return f"ctranslate2-{self.compute_type}"

    def signature(self) -> dict[str, Any]:
        import ctranslate2

        signature = super().signature()
        signature.update(translator=self.name, compute_type=self.compute_type, ctranslate2=ctranslate2.__version__)
        return signature

    def _generate_batch(self, pieces: list[str], limits: list[int]) -> list[str]:
        """The transformers translator's batch, decoded by CTranslate2 to the same limits."""
        special = set(self.tokenizer.all_special_tokens)
        tokens = [self.tokenizer.convert_ids_to_tokens(self.tokenizer(piece)["input_ids"]) for piece in pieces]
        # generate's lengths count the decoder's start token, which CTranslate2 leaves out of its output
        results = self.model.translator.translate_batch(tokens, beam_size=self.num_beams,
                                                        max_decoding_length=max(limits) - 1)
        # each cut to its own sentence's limit, as the transformers translator does, the end mark's place left out
        return [self.tokenizer.convert_tokens_to_string([t for t in result.hypotheses[0][: limit - 2] if t not in special])
                for limit, result in zip(limits, results)]

    def __repr__(self) -> str:
        return f"CTranslate2Translator({self.resolved.model_id!r}, {self.compute_type}, device={self.device!r})"
