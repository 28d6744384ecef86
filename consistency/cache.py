"""Persistent sentence-level caches in SQLite (translations, embeddings), shared safely between processes.

MT is the slowest stage by far, and newsroom CI re-checks the same stories on every push, so each
translated sentence is kept under a key that covers everything that shaped it (model, revision, generation
settings, languages, text). A cache is a convenience, never a reason to fail: a corrupt file is moved
aside and rebuilt, and a directory that cannot be written turns caching off with one warning.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
import time
import warnings
from pathlib import Path
from typing import Any, Iterable, Mapping, Self, Sequence

CACHE_ENV = "CONSISTENCY_CACHE_DIR"
CACHE_FILENAME = "translations.sqlite3"
SCHEMA_VERSION = 1
# SQLite's smallest limit on bound parameters (999 before 3.32) decides how many keys one SELECT asks for
_KEYS_PER_QUERY = 500
# how long to wait for another process's lock: long enough for a neighbour's write transaction (tens of
# milliseconds), short enough that a file held locked for good (a crashed tool, a backup) costs a run two
# seconds, not the minute a 30-second timeout cost it once per cache file
BUSY_TIMEOUT_S = 2.0


class CacheWarning(UserWarning):
    """A cache could not be used as asked (the run carries on without it, or rebuilt it)."""


def default_cache_dir() -> Path:
    """`$CONSISTENCY_CACHE_DIR`, else the platform's user cache folder for `consistency`."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("consistency"))


def cache_key(signature: Mapping[str, Any], source_lang: str, target_lang: str, text: str) -> str:
    """sha256 of everything that determines a translation; the text is taken exactly as sent to the model."""
    payload = json.dumps(
        {"signature": signature, "source": source_lang, "target": target_lang, "text": text},
        sort_keys=True,
        ensure_ascii=False,
        default=str,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class SqliteCache:
    """Maps cache keys to text values in `<directory>/<FILENAME>`; each subclass keeps one kind of value.

    directory: a folder; default `$CONSISTENCY_CACHE_DIR`, else `platformdirs.user_cache_dir("consistency")`.
    Every write is one transaction; the journal is WAL with a busy timeout, so two processes (pytest-xdist
    workers, a notebook and the CLI) can read and write the same file at once. The table is named
    `translations` in every file, because existing cache files already use that name.
    """

    FILENAME: str
    #: what warnings call the cache
    LABEL: str

    def __init__(self, directory: str | os.PathLike[str] | None = None, *, busy_timeout_s: float = BUSY_TIMEOUT_S):
        self.directory = Path(directory).expanduser() if directory is not None else default_cache_dir()
        self.path = self.directory / self.FILENAME
        self.busy_timeout_s = busy_timeout_s
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self._disabled_because: str | None = None
        self._open()

    # -- public -------------------------------------------------------------------------------------------

    @property
    def enabled(self) -> bool:
        return self._connection is not None

    @property
    def disabled_because(self) -> str | None:
        """Why caching is off (for notes), or None while it works."""
        return self._disabled_because

    key = staticmethod(cache_key)

    def get_many(self, keys: Sequence[str]) -> dict[str, str]:
        """The cached values among `keys` (missing keys are simply absent)."""
        found: dict[str, str] = {}
        unique = sorted(set(keys))
        for start in range(0, len(unique), _KEYS_PER_QUERY):
            chunk = unique[start : start + _KEYS_PER_QUERY]
            rows = self._run(
                lambda db, chunk=chunk: db.execute(
                    f"SELECT key, translation FROM translations WHERE key IN ({','.join('?' * len(chunk))})",
                    chunk,
                ).fetchall(),
                default=[],
            )
            # a row written by something else (a BLOB, a number, NULL, undecodable text) is a miss, not a
            # failure: it is computed again and the put that follows replaces it
            found.update((key, value) for key, value in rows if isinstance(key, str) and isinstance(value, str))
        return found

    def get(self, key: str) -> str | None:
        return self.get_many([key]).get(key)

    def put_many(self, items: Mapping[str, str] | Iterable[tuple[str, str]]) -> None:
        """Store values, all in one transaction (all or nothing)."""
        pairs = sorted(items.items() if isinstance(items, Mapping) else items)
        if not pairs:
            return

        def write(db: sqlite3.Connection) -> None:
            with db:  # one transaction: committed as a whole or rolled back
                db.executemany("INSERT OR REPLACE INTO translations (key, translation) VALUES (?, ?)", pairs)

        self._run(write, default=None)

    def __len__(self) -> int:
        return self._run(lambda db: db.execute("SELECT count(*) FROM translations").fetchone()[0], default=0)

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "enabled" if self.enabled else f"disabled: {self._disabled_because}"
        return f"{type(self).__name__}({str(self.path)!r}, {state})"

    # -- internals ----------------------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        self.directory.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=self.busy_timeout_s, check_same_thread=False)
        db.text_factory = _text_or_bytes
        try:
            db.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout_s * 1000)}")
            db.execute("PRAGMA journal_mode = WAL")  # reads the header: a corrupt file fails here
            db.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL cannot corrupt, may lose the last commit
            with db:
                db.execute(
                    "CREATE TABLE IF NOT EXISTS translations (key TEXT PRIMARY KEY, translation TEXT NOT NULL)"
                )
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version == 0:
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            elif version != SCHEMA_VERSION:
                raise sqlite3.DatabaseError(f"schema version {version}, expected {SCHEMA_VERSION}")
            db.execute("SELECT key, translation FROM translations LIMIT 1").fetchall()
        except BaseException:
            db.close()
            raise
        return db

    def _open(self) -> None:
        try:
            self._connection = self._connect_while_busy()
        except sqlite3.OperationalError as exc:  # read-only, unopenable, disk full, locked for too long
            self._disable(exc)
        except sqlite3.DatabaseError as exc:  # not a database, malformed image, foreign schema
            self._rebuild(exc)
        except OSError as exc:  # the folder cannot be created
            self._disable(exc)

    def _connect_while_busy(self) -> sqlite3.Connection:
        """`_connect`, tried again until the busy timeout has passed where the file is locked: two processes opening
        a new cache at once both switch it to WAL, and SQLite answers the second "database is locked" at once,
        without waiting out its busy timeout."""
        deadline = time.monotonic() + self.busy_timeout_s
        while True:
            try:
                return self._connect()
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() >= deadline:
                    raise
                time.sleep(0.05)

    def _rebuild(self, problem: Exception) -> None:
        aside = self.path.with_name(self.path.name + ".corrupt")
        message = f"{self.LABEL} {self.path} is unreadable ({problem}); moved it to {aside.name} and started a new one"
        warnings.warn(message, CacheWarning, stacklevel=4)
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        try:
            os.replace(self.path, aside)
            for suffix in ("-wal", "-shm"):  # a journal that belongs to the corrupt file must not be replayed
                Path(str(self.path) + suffix).unlink(missing_ok=True)
            self._connection = self._connect()
        except (OSError, sqlite3.Error) as exc:
            self._disable(exc)

    def _disable(self, problem: Exception) -> None:
        if self._connection is not None:
            try:
                self._connection.close()
            except sqlite3.Error:
                pass
            self._connection = None
        if self._disabled_because is None:  # one warning, however many calls fail afterwards
            self._disabled_because = f"{type(problem).__name__}: {problem}"
            message = f"{self.LABEL} {self.path} cannot be used ({problem}); carrying on without it"
            warnings.warn(message, CacheWarning, stacklevel=4)

    def _run(self, operation, *, default):
        """Run `operation(connection)`; on trouble, rebuild a corrupt file once or carry on without a cache."""
        with self._lock:
            for attempt in (1, 2):
                if self._connection is None:
                    return default
                try:
                    return operation(self._connection)
                except sqlite3.OperationalError as exc:
                    self._disable(exc)
                    return default
                except sqlite3.DatabaseError as exc:
                    if attempt == 2:
                        self._disable(exc)
                        return default
                    self._rebuild(exc)
            return default


def _text_or_bytes(raw: bytes) -> str | bytes:
    # sqlite3's default raises on invalid UTF-8 in a TEXT column, which would switch the whole cache off
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw


class TranslationCache(SqliteCache):
    """Translated sentences in `<directory>/translations.sqlite3`."""

    FILENAME = CACHE_FILENAME
    LABEL = "translation cache"
