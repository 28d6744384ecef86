"""`consistency check STORY_DIR` and `consistency check-all ARCHIVE_DIR`.

Exit codes: 0 when the editions are consistent, 1 when it found inconsistencies, 2 for bad input or
options.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Sequence

from consistency.errors import ModelUnavailableError, OptionError, StoryError
from consistency.options import add_run_arguments, options_from_arguments

EXIT_PASS, EXIT_FAIL, EXIT_BAD_INPUT = 0, 1, 2
FORMATS = ("text", "json", "markdown", "html")
SUFFIX_FORMATS = {".json": "json", ".md": "markdown", ".html": "html", ".htm": "html"}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse exits 2 on usage errors already; keep its one-line style
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="consistency", description="Do all editions of a news story say the same thing?")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    check = commands.add_parser("check", help="check one story folder (uk.txt, en.txt, ru.txt, story.toml)")
    check.add_argument("story_dir", type=Path)
    check.add_argument("--format", choices=FORMATS, default=None,
                       help="report format (default: text on the terminal; with --output, from its suffix)")
    check.add_argument("--output", "-o", type=Path, help="write the report to this file (the verdict still prints)")
    add_run_arguments(check)
    check.set_defaults(handler=run_check)

    archive = commands.add_parser("check-all", help="check every story folder of an archive (resumable)")
    archive.add_argument("archive_dir", type=Path)
    archive.add_argument("--jobs", "-j", type=int, default=1, help="worker processes (default 1)")
    archive.add_argument("--output", "-o", type=Path, default=Path("results.jsonl"),
                         help="JSON-lines results, one line per story (default results.jsonl); reruns resume from it")
    archive.add_argument("--no-progress", action="store_true")
    add_run_arguments(archive)
    archive.set_defaults(handler=run_check_all)
    return parser


def _format_for(args: argparse.Namespace) -> str:
    if args.format:
        return args.format
    if args.output is not None:
        return SUFFIX_FORMATS.get(args.output.suffix.lower(), "text")
    return "text"


def run_check(args: argparse.Namespace) -> int:
    from consistency.files import write_atomically
    from consistency.pipeline import Pipeline
    from consistency.report import render, to_text

    result = Pipeline(options_from_arguments(args)).run(args.story_dir)
    rendered = render(result.report, _format_for(args), result.analysis)
    if args.output is not None:
        write_atomically(args.output, rendered)
        sys.stdout.write(to_text(result.report))
        sys.stdout.write(f"report written to {args.output}\n")
    else:
        sys.stdout.write(rendered)
    return EXIT_FAIL if result.report.verdict == "fail" else EXIT_PASS


def run_check_all(args: argparse.Namespace) -> int:
    from consistency.entry.archive import check_archive  # multiprocessing: only when an archive is checked

    if args.jobs < 1:
        raise OptionError("--jobs must be at least 1")
    summary = check_archive(args.archive_dir, args.output, options_from_arguments(args), jobs=args.jobs,
                            progress=False if args.no_progress else None)
    sys.stdout.write(summary.table())
    sys.stdout.write(f"results: {args.output}\n")
    return EXIT_PASS if summary.verdicts.get("fail", 0) == 0 and summary.verdicts.get("error", 0) == 0 else EXIT_FAIL


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except (StoryError, ModelUnavailableError, OptionError) as exc:
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
