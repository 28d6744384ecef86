"""`consistency check STORY_DIR` and `consistency check-all ARCHIVE_DIR`.

Exit codes: 0 when the editions are consistent, 1 when it found inconsistencies, 2 for bad input or
options (one line on stderr), 3 for an internal error (a bug: one line, the traceback with
CONSISTENCY_DEBUG=1). A crash must never read as a verdict in CI.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Sequence

from consistency.errors import ModelUnavailableError, OptionError, StoryError
from consistency.files import printable
from consistency.options import add_run_arguments, options_from_arguments

EXIT_PASS, EXIT_FAIL, EXIT_BAD_INPUT, EXIT_INTERNAL = 0, 1, 2, 3
DEBUG_ENV = "CONSISTENCY_DEBUG"
FORMATS = ("text", "json", "markdown", "html", "github")
SUFFIX_FORMATS = {".json": "json", ".md": "markdown", ".html": "html", ".htm": "html"}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse exits 2 on usage errors already; keep its one-line style
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message}\n")


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version("consistency")
    except metadata.PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="consistency", description="Do all editions of a news story say the same thing?")
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    check = commands.add_parser("check", help="check one story folder (uk.txt, en.txt, ru.txt, story.toml)")
    check.add_argument("story_dir", type=Path)
    check.add_argument("--format", choices=FORMATS, default=None,
                       help="report format (default: text on the terminal; with --output, from its suffix); "
                            "github: GitHub Actions annotations on the lines of the story files")
    # a str, not a Path: Path("") is ".", and an empty --output must be refused, not read as the current folder
    check.add_argument("--output", "-o", help="write the report to this file (the verdict still prints)")
    check.add_argument("--verbose", "-v", action="store_true",
                       help="the text report lists the info findings too (roundings, source-only names, ...)")
    check.add_argument("--suggest-patch", action="store_true",
                       help="print a unified diff of the edition files that puts each altered figure and date to the "
                            "value the other editions agree on (review it, then git apply); the report goes to stderr")
    check.add_argument("--no-progress", action="store_true",
                       help="no progress on stderr (by default a bar on a terminal, one line per stage in a CI log)")
    add_run_arguments(check)
    check.set_defaults(handler=run_check)

    archive = commands.add_parser("check-all", help="check every story folder of an archive (resumable)")
    archive.add_argument("archive_dir", type=Path)
    archive.add_argument("--jobs", "-j", type=int, default=None,
                         help="worker processes (default 1); with --engine ray, story workers (default: one per "
                              "CPU of the cluster)")
    archive.add_argument("--output", "-o", type=Path, default=Path("results.jsonl"),
                         help="JSON-lines results, one line per story (default results.jsonl); reruns resume from it")
    archive.add_argument("--no-progress", action="store_true")
    engine = archive.add_argument_group("Ray (--engine ray: pip install \"consistency[ray]\")")
    engine.add_argument("--engine", choices=("local", "ray"), default="local",
                        help="local: worker processes on this machine (default); ray: story workers, the "
                             "embedding model and the MT models as actors of a Ray cluster")
    engine.add_argument("--address", default=None,
                        help="the Ray cluster: auto (the one this machine belongs to) or ray://HOST:10001; "
                             "default: a local cluster started for the run")
    engine.add_argument("--embedding-actors", type=int, default=1, help="actors holding the embedding model (default 1)")
    engine.add_argument("--translation-actors", type=int, default=1, help="actors holding the MT models (default 1)")
    engine.add_argument("--gpus-per-actor", type=float, default=0.0,
                        help="GPUs each embedding or MT actor takes (default 0: CPU)")
    add_run_arguments(archive)
    archive.set_defaults(handler=run_check_all)
    return parser


def _format_for(args: argparse.Namespace) -> str:
    if args.format:
        return args.format
    if args.output is not None:
        return SUFFIX_FORMATS.get(Path(args.output).suffix.lower(), "text")
    return "text"


# Options' field names as the command line spells them: an OptionError from build_options names the field
# (the notebook's and the pytest plugin's word), a shell user knows the flag
_FLAGS = {"mt_engine": "--mt-engine", "num_beams": "--beams", "batch_size": "--batch-size", "translator": "--translator", "pivot": "--pivot",
          "checks": "--checks", "device": "--device"}


def _options(args: argparse.Namespace):
    try:
        return options_from_arguments(args)
    except OptionError as exc:
        field = str(exc).split(" ", 1)[0].rstrip(":")
        if field in _FLAGS:
            raise OptionError(f"{_FLAGS[field]}: {str(exc).removeprefix(field + ': ')}") from None
        raise


class _StandardStreamError(Exception):
    """stdout could not be written (a full disk, an I/O error): bad surroundings, not a bug."""

    def __init__(self, error: OSError):
        super().__init__(f"standard output: cannot write the report ({error.strerror or error})")


def _emit(text: str) -> None:
    try:
        sys.stdout.write(printable(text))
        sys.stdout.flush()  # here, not at exit: a full disk must fail while it can still be reported
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise _StandardStreamError(exc) from None


def _resolved(path: Path | str) -> Path:
    return Path(os.path.realpath(os.path.abspath(path)))


def _check_output_target(output: str, story_dir: Path) -> Path:
    """The --output path, refused before the run when it cannot or must not be written."""
    if not output.strip():
        raise OptionError("--output: the file name is empty")
    target = Path(output)
    if target.is_dir():
        raise OptionError(f"--output {output}: is a folder; name a file for the report")
    story = _resolved(story_dir)
    resolved = _resolved(target)
    if resolved == story or story in resolved.parents:
        raise OptionError(f"--output {output}: is inside the story folder {story_dir}; the report must not "
                          "be written among the files it checks (write it elsewhere)")
    parent = resolved.parent
    if not parent.is_dir():
        raise OptionError(f"--output {output}: the folder {parent} does not exist")
    return target


def _files_read(analysis) -> list[Path]:
    story = analysis.story
    paths = [Path(story.path) / "story.toml"]
    for edition in story.editions.values():
        paths.append(edition.path)
        if edition.precomputed_pivot is not None:
            paths.append(edition.precomputed_pivot)
    return paths


def _refuse_overwriting_input(target: Path, analysis) -> None:
    resolved = _resolved(target)
    for path in _files_read(analysis):
        same = _resolved(path) == resolved
        if not same and target.exists() and Path(path).exists():
            same = os.path.samefile(target, path)  # a hard link is the same file under another name
        if same:
            raise OptionError(f"--output {target}: is {path}, a file this run read; refusing to write over it")


def _standard_stream_for(target: Path):
    """sys.stdout or sys.stderr when `target` is the same file (`-o /dev/stdout > log`): writing there
    directly keeps the report and the verdict in order instead of racing on two descriptors."""
    try:
        status = os.stat(target)
    except OSError:
        return None
    for stream in (sys.stdout, sys.stderr):
        try:
            if os.path.samestat(status, os.fstat(stream.fileno())):
                return stream
        except (OSError, ValueError, AttributeError):
            continue
    return None


def run_check(args: argparse.Namespace) -> int:
    import dataclasses

    from consistency.files import write_atomically
    from consistency.pipeline import Pipeline
    from consistency.report import render, to_text

    target = _check_output_target(args.output, args.story_dir) if args.output is not None else None
    if args.suggest_patch and target is not None:
        raise OptionError("--suggest-patch prints the diff on standard output; leave out --output")
    result = Pipeline(_options(args).replace(progress=not args.no_progress)).run(args.story_dir)
    if args.suggest_patch:
        return _print_patch(result)
    report = dataclasses.replace(result.report, story=printable(result.report.story))
    fmt = _format_for(args)
    text = to_text(report, verbose=args.verbose)
    rendered = printable(text if fmt == "text" else render(report, fmt, result.analysis))
    if target is not None:
        _refuse_overwriting_input(target, result.analysis)
        stream = _standard_stream_for(target)
        if stream is sys.stdout:
            _emit(rendered)
        elif stream is not None:
            stream.write(rendered)
            stream.flush()
        else:
            write_atomically(target, rendered)
        _emit(text)
        _emit(f"report written to {args.output}\n")
    else:
        _emit(rendered)
    return EXIT_FAIL if report.verdict == "fail" else EXIT_PASS


def _print_patch(result) -> int:
    """The diff on stdout (so that `> fix.patch` holds only it); the verdict and what was left out on stderr."""
    from consistency.report import to_text
    from consistency.report.patch import suggested_patch

    patch = suggested_patch(result.analysis, result.report.findings)
    sys.stderr.write(printable(to_text(result.report).split("\n", 1)[0]) + "\n")
    for finding, why in patch.left_out:
        sys.stderr.write(printable(f"no patch for {finding.edition}: {finding.message}: {why}\n"))
    if patch.applied:
        sys.stderr.write(f"{len(patch.applied)} suggested fix(es) in the patch\n")
    elif not patch.left_out:
        sys.stderr.write("no suggested fixes: no altered figure or date has a value the other editions agree on\n")
    else:
        sys.stderr.write("no suggested fix could be placed in the files (see above)\n")
    _emit(patch.diff)
    return EXIT_FAIL if result.report.verdict == "fail" else EXIT_PASS


def run_check_all(args: argparse.Namespace) -> int:
    from consistency.entry.archive import RaySettings, check_archive  # multiprocessing: only for an archive

    if args.jobs is not None and args.jobs < 1:
        raise OptionError("--jobs must be at least 1")
    ray = None
    if args.engine == "ray":
        ray = RaySettings(address=args.address, workers=args.jobs, embedding_actors=args.embedding_actors,
                          translation_actors=args.translation_actors, gpus_per_actor=args.gpus_per_actor)
    elif (args.address is not None or args.embedding_actors != 1 or args.translation_actors != 1
          or args.gpus_per_actor):
        raise OptionError("--address, --embedding-actors, --translation-actors and --gpus-per-actor are options "
                          "of --engine ray")
    summary = check_archive(args.archive_dir, args.output, _options(args), jobs=args.jobs or 1,
                            progress=False if args.no_progress else None, ray=ray)
    _emit(summary.table())
    _emit(f"results: {args.output}\n")
    return EXIT_PASS if summary.verdicts.get("fail", 0) == 0 and summary.verdicts.get("error", 0) == 0 else EXIT_FAIL


def _one_line(text: str) -> str:
    return " ".join(printable(str(text)).split())


def _silence_stdout() -> None:
    # what is left in stdout's buffer would be flushed again at exit and fail again
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except (StoryError, ModelUnavailableError, OptionError) as exc:
        sys.stderr.write(f"consistency: error: {_one_line(exc)}\n")
        return EXIT_BAD_INPUT
    except _StandardStreamError as exc:
        sys.stderr.write(f"consistency: error: {exc}\n")
        _silence_stdout()
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        sys.stderr.write("consistency: interrupted\n")
        return 130
    except BrokenPipeError:
        # `consistency check … | head`: the reader left; say nothing more (Python's own flush at exit
        # would raise again, so stdout is pointed at /dev/null) and exit as a SIGPIPE'd tool does
        _silence_stdout()
        return 128 + 13
    except Exception as exc:
        # exit 1 means "inconsistencies found": a bug must not pass for a verdict in CI
        if os.environ.get(DEBUG_ENV, "").strip() not in ("", "0"):
            import traceback

            traceback.print_exc()
        sys.stderr.write(f"consistency: internal error: {type(exc).__name__}: {_one_line(exc)} (please report it; "
                         f"{DEBUG_ENV}=1 shows the traceback)\n")
        return EXIT_INTERNAL


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
