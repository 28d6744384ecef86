"""Render a story's HTML report and take a screenshot of it in headless Chromium (Debian: apt-get install chromium).

    python scripts/render_html_screenshot.py tests/fixtures/stories/pentagon-2023-12-06-broken out/ [--checks language]

Writes out/<slug>.html and out/<slug>.png; prints both paths. For looking at the report by eye: the test
tests/report/test_html_in_browser.py checks the same rendering automatically.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from consistency.options import PIPELINE_PARTS, build_options
from consistency.pipeline import Pipeline
from consistency.report.html import to_html

CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars")


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def screenshot(html_path: Path, png_path: Path, size: tuple[int, int] = (1400, 1000), timeout: float = 60) -> None:
    browser = chromium()
    if browser is None:
        raise SystemExit("chromium is not installed (apt-get install -y chromium)")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--screenshot={png_path}",
                        f"--window-size={size[0]},{size[1]}", html_path.resolve().as_uri()],
                       check=True, capture_output=True, timeout=timeout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("story", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--checks", default=",".join(PIPELINE_PARTS), help="pipeline parts to run")
    parser.add_argument("--height", type=int, default=1000)
    args = parser.parse_args(argv)
    options = build_options(checks=args.checks, translator="auto")
    result = Pipeline(options).run(args.story)
    analysis = result.analysis
    report = result.report
    args.out.mkdir(parents=True, exist_ok=True)
    html_path = args.out / f"{report.story}.html"
    png_path = args.out / f"{report.story}.png"
    html_path.write_text(to_html(report, analysis), encoding="utf-8")
    screenshot(html_path, png_path, size=(1400, args.height))
    print(html_path)
    print(png_path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
