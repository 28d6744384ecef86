"""`consistency check STORY_DIR`: exit 0 when consistent, 1 when it found inconsistencies, 2 for bad input."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Sequence

from .errors import ModelUnavailableError, StoryError

EXIT_PASS, EXIT_FAIL, EXIT_BAD_INPUT = 0, 1, 2
FORMATS = ("text", "json", "markdown", "html")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse exits 2 on usage errors already; keep its one-line style
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message}\n")


def write_atomically(path: Path, text: str) -> None:
    """Write to a temporary file beside `path` and rename it: a reader never sees half a report."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise StoryError(path, "the folder for the output file does not exist")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # mkstemp makes it private; a report is an ordinary file
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _add_run_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--pivot", default="en", help="language everything is translated into (default: en)")
    parser.add_argument("--translator", default="auto", choices=("auto", "transformers", "precomputed", "none"),
                        help="auto: a cached model if any, else precomputed <lang>.<pivot>.txt files, else none")
    parser.add_argument("--model", help="Hugging Face model id or local directory for --translator transformers")
    parser.add_argument("--revision", help="model revision (a branch, tag or commit)")
    parser.add_argument("--download-model", action="store_true",
                        help="allow downloading the model from the Hugging Face Hub (otherwise no network call is made)")
    parser.add_argument("--device", default="cpu", help="torch device for MT: cpu, cuda, auto")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--beams", type=int, default=1, help="beam size for MT (1 = greedy)")
    parser.add_argument("--no-embeddings", action="store_true", help="align without sentence embeddings")
    parser.add_argument("--cache-dir", help="translation cache folder (default: the user cache dir)")


def _options(args: argparse.Namespace):
    from .pipeline import Options

    if args.batch_size < 1:
        raise StoryError(None, "--batch-size must be at least 1")
    return Options(
        pivot=args.pivot, translator=args.translator, model=args.model, revision=args.revision,
        allow_download=args.download_model, device=args.device, batch_size=args.batch_size, num_beams=args.beams,
        embeddings=not args.no_embeddings, cache_dir=args.cache_dir,
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="consistency", description="Do all editions of a news story say the same thing?")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    check = commands.add_parser("check", help="check one story folder (uk.txt, en.txt, ru.txt, story.toml)")
    check.add_argument("story_dir", type=Path)
    check.add_argument("--format", choices=FORMATS, default=None,
                       help="report format (default: text on the terminal; with --output, from its suffix)")
    check.add_argument("--output", "-o", type=Path, help="write the report to this file (the verdict still prints)")
    _add_run_options(check)
    try:
        from .archive import add_check_all_parser

        add_check_all_parser(commands, _add_run_options)
    except ImportError:
        pass
    return parser


def _format_for(args: argparse.Namespace) -> str:
    if args.format:
        return args.format
    if args.output is not None:
        return {".json": "json", ".md": "markdown", ".html": "html", ".htm": "html"}.get(args.output.suffix.lower(), "text")
    return "text"


def run_check(args: argparse.Namespace) -> int:
    from .pipeline import analyse, build_report
    from .report import render, to_text

    options = _options(args)
    analysis = analyse(args.story_dir, options)
    report = build_report(analysis, options)
    fmt = _format_for(args)
    rendered = render(report, fmt, analysis)
    if args.output is not None:
        write_atomically(args.output, rendered)
        sys.stdout.write(to_text(report))
        sys.stdout.write(f"report written to {args.output}\n")
    else:
        sys.stdout.write(rendered)
    return EXIT_FAIL if report.verdict == "fail" else EXIT_PASS


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "check":
            return run_check(args)
        return args.handler(args)
    except StoryError as exc:
        sys.stderr.write(f"consistency: error: {exc}\n")
        return EXIT_BAD_INPUT
    except ModelUnavailableError as exc:
        sys.stderr.write(f"consistency: error: {exc}\n")
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        sys.stderr.write("consistency: interrupted\n")
        return 130
    except BrokenPipeError:
        # `consistency check … | head`: the reader left; say nothing more (Python's own flush at exit
        # would raise again, so stdout is pointed at /dev/null) and exit as a SIGPIPE'd tool does
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 128 + 13


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
