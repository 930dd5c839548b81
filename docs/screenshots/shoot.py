"""Screenshots of the website for the README: the top of the page, and the console just after Dave answers.

    python docs/screenshots/shoot.py after                     # this checkout's site/
    python docs/screenshots/shoot.py before --site /tmp/old    # another version's site/ (git worktree, archive)

A real server (demo SLA on a fake clock, so nobody waits long) and the system's Chromium, at 1440×900 and
390×844, as a visitor sees them: no scrolling by hand, the console reached by clicking a suggestion.
Desktop shots are taken at 0.6× and all are palette-reduced with pngquant (when installed) to stay small.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

SIZES = {"desktop": ({"width": 1440, "height": 900}, 0.6), "phone": ({"width": 390, "height": 844}, 1.0)}
QUESTION = "SELECT department, AVG(salary) FROM employees GROUP BY department"


def shoot(label: str, site: Path | None, out: Path) -> list[Path]:
    from conftest import TODAY, live_server
    from playwright.sync_api import expect, sync_playwright

    from humandb.stage.clock import FakeClock
    from humandb.web.app import create_app
    from humandb.web.limits import ServerLimits

    expect.set_options(timeout=30_000)
    app = create_app(sla="demo", seed=1, clock=FakeClock(TODAY), limits=ServerLimits(rate_per_second=0), site=site)
    written = []
    with live_server(app) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium"),
                                             args=["--headless", "--no-sandbox", "--disable-gpu", "--mute-audio",
                                                   "--disable-background-networking", "--disable-component-update"])
        for size, (viewport, scale) in SIZES.items():
            context = browser.new_context(viewport=viewport, device_scale_factor=scale, reduced_motion="reduce")
            page = context.new_page()
            page.goto(base + "/")
            expect(page.locator("#console-status")).to_have_attribute("data-mode", "live")
            page.wait_for_timeout(500)
            written.append(out / f"{label}-top-{size}.png")
            page.screenshot(path=str(written[-1]))
            page.locator(".chip", has_text="AVG(salary)").click()
            expect(page.locator(".line--dave")).to_have_count(1)
            page.wait_for_timeout(800)
            written.append(out / f"{label}-console-{size}.png")
            page.screenshot(path=str(written[-1]))
            context.close()
        browser.close()
    if shutil.which("pngquant"):
        for path in written:
            subprocess.run(["pngquant", "--force", "--skip-if-larger", "--quality", "60-85", "--output", str(path),
                            str(path)], check=False)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("label", help="the files' prefix: before or after")
    parser.add_argument("--site", type=Path, help="the site folder to serve (default: this checkout's)")
    args = parser.parse_args()
    for path in shoot(args.label, args.site, Path(__file__).resolve().parent):
        print(path.relative_to(ROOT), path.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
