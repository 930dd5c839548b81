"""The marketing site in a real Chromium: the live console, the bezel, pricing, layouts and the static fallback.

One browser and one server for the module; the live tests share one page, in order, like a visitor would.
The server runs the demo SLA on a fake clock, so beats keep their `at` times but nobody waits for them.
Screenshots (desktop and phone, after Dave has answered) land in build/screenshots/.
"""

from __future__ import annotations

import shutil
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from conftest import TODAY, live_server

from humandb.stage.clock import FakeClock

sync_api = pytest.importorskip("playwright.sync_api")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="the site's tests drive the system's Chromium")

SCREENSHOTS = Path(__file__).resolve().parents[1] / "build" / "screenshots"
DESKTOP = {"width": 1440, "height": 900}
PHONE = {"width": 390, "height": 844}
TIMEOUT_MS = 10_000

AUDIO_DURATION = """async (audio) => {
    if (audio.readyState < 1) {
        await new Promise((loaded, failed) => {
            audio.addEventListener("loadedmetadata", loaded, {once: true});
            audio.addEventListener("error", () => failed(new Error("the audio did not load")), {once: true});
        });
    }
    return audio.duration;
}"""


@dataclass
class Visit:
    """A page and everything it did: every request's URL, console errors and uncaught exceptions."""

    page: Any
    base: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def assert_stayed_home(self) -> None:
        """Nothing left 127.0.0.1 (data: URLs are the page's own audio) and nothing went wrong."""
        away = [url for url in self.requests
                if urllib.parse.urlsplit(url).scheme not in ("data", "blob")
                and urllib.parse.urlsplit(url).hostname != "127.0.0.1"]
        assert away == []
        assert self.errors == []

    def ask(self, text: str) -> Any:
        """Type `text` into the console, press Enter, and return Dave's newest reply (answer or refusal)."""
        replies = self.page.locator(".line--dave, .line--refusal")
        before = replies.count()
        self.page.fill("#question", text)
        self.page.press("#question", "Enter")
        sync_api.expect(replies).to_have_count(before + 1)
        return replies.last


def _visit(browser: Any, base: str, *, ignore: tuple[str, ...] = ()) -> Visit:
    context = browser.new_context(viewport=DESKTOP, reduced_motion="reduce")
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    visit = Visit(page, base)
    page.on("request", lambda request: visit.requests.append(request.url))
    page.on("pageerror", lambda error: visit.errors.append(f"uncaught: {error}"))

    def console(message: Any) -> None:
        if message.type == "error" and not any(expected in message.text for expected in ignore):
            visit.errors.append(f"console: {message.text}")

    page.on("console", console)
    return visit


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--mute-audio",
        ])
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    from humandb.web.app import create_app
    from humandb.web.limits import ServerLimits

    app = create_app(sla="demo", seed=1, clock=FakeClock(TODAY), limits=ServerLimits(rate_per_second=0))
    with live_server(app) as base:
        yield base


@pytest.fixture(scope="module")
def visit(browser: Any, server: str) -> Iterator[Visit]:
    visit = _visit(browser, server)
    visit.page.goto(server + "/")
    sync_api.expect(visit.page.locator("#console-status")).to_have_attribute("data-mode", "live")
    yield visit
    visit.page.context.close()


def test_the_page_loads_finds_dave_and_renders_the_benchmark(visit: Visit) -> None:
    page = visit.page
    assert "Blazingly slow." in page.locator("h1").inner_text()
    assert "Dave is in" in page.locator("#console-status").inner_text()
    sync_api.expect(page.locator("#tables")).to_contain_text("customers")
    sync_api.expect(page.locator("#bench-note")).to_contain_text("Measured")
    first_row = page.locator("#bench-body tr").first.inner_text()
    assert "ms" in first_row and "business hours" in first_row
    assert page.locator("#bench-body tr").count() >= 5
    # This visitor prefers reduced motion: the typing dots sit still.
    assert page.locator(".typing-dot").first.evaluate("dot => getComputedStyle(dot).animationName") == "none"
    alts = page.eval_on_selector_all("img", "images => images.map(image => image.getAttribute('alt'))")
    assert None not in alts and any(alt for alt in alts)
    visit.assert_stayed_home()


def test_the_console_answers_sql_with_beats_rows_and_a_voice(visit: Visit) -> None:
    page = visit.page
    reply = visit.ask("SELECT COUNT(*) FROM orders")
    assert page.locator(".line--beat").count() >= 3
    assert "Dave" in page.locator(".line--beat").first.inner_text()
    assert reply.locator(".words").inner_text().strip()
    table = reply.locator(".result-table")
    assert table.locator("th").inner_text() == "COUNT(*)"
    daves = table.locator("td").inner_text()
    assert daves.isdigit() and int(daves) > 1000
    reply.locator(".exact-toggle").click()
    sync_api.expect(table).to_have_attribute("data-values", "exact")
    assert table.locator("td").inner_text().isdigit()
    assert reply.locator(".voice audio").evaluate(AUDIO_DURATION) > 0
    assert reply.locator(".voice audio").get_attribute("controls") is not None


def test_the_console_reads_an_english_question_and_shows_the_sql(visit: Visit) -> None:
    reply = visit.ask("how many customers are there")
    assert "customers" in reply.locator(".read-as").inner_text()
    assert "SELECT COUNT(*) FROM customers" in reply.locator(".sql-ran").inner_text()
    assert reply.locator(".result-table td").count() == 1
    assert reply.locator(".voice audio").evaluate(AUDIO_DURATION) > 0


def test_creating_an_index_sticks_a_postit_on_the_bezel(visit: Visit) -> None:
    page = visit.page
    assert page.locator(".postit[data-index]").count() == 0
    sync_api.expect(page.locator("#bezel-note")).to_be_visible()
    visit.ask("CREATE INDEX idx_orders_customer ON orders(customer_id)")
    postit = page.locator('.bezel .postit[data-index="idx_orders_customer"]')
    sync_api.expect(postit).to_have_count(1)
    assert "customer_id" in postit.inner_text()
    sync_api.expect(page.locator("#bezel-note")).to_be_hidden()


def test_a_refusal_shows_daves_words_and_the_cause(visit: Visit) -> None:
    reply = visit.ask("ATTACH DATABASE 'x' AS y")
    assert "line--refusal" in (reply.get_attribute("class") or "")
    assert reply.locator(".words").inner_text().strip()
    assert "HTTP 4" in reply.locator(".cause").inner_text()
    # Chromium logs every 4xx response as a console error; this one is the point of the test.
    visit.errors[:] = [error for error in visit.errors if "responded with a status of 4" not in error]


def test_the_keyboard_reaches_the_console_and_enter_submits(visit: Visit) -> None:
    page = visit.page
    page.locator("h1").click()  # start from the top of the page, as a keyboard user would
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "question":
            break
    else:
        pytest.fail("Tab never reached the console's input")
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.press("Control+A")
    page.keyboard.type("SELECT department, AVG(salary)")
    page.keyboard.press("Shift+Enter")  # a new line, not a request
    page.keyboard.type("FROM employees GROUP BY department")
    assert "\n" in page.input_value("#question")
    replies = page.locator(".line--dave, .line--refusal")
    before = replies.count()
    page.keyboard.press("Control+Enter")  # Enter alone sends too: every other test asks that way
    sync_api.expect(replies).to_have_count(before + 1)
    assert replies.last.locator(".result-table tbody tr").count() >= 3


def test_the_pricing_buttons_make_dave_answer_without_leaving(visit: Visit) -> None:
    page = visit.page
    url, asked = page.url, len(visit.requests)
    for plan, words in (("free", "pile"), ("pro", "snacks"), ("enterprise", "equity")):
        page.click(f'.plan-button[data-plan="{plan}"]')
        dialog = page.locator("#plan-dialog")
        sync_api.expect(dialog).to_be_visible()
        sync_api.expect(dialog.locator(".plan-chat")).to_contain_text(words)
        dialog.get_by_role("button", name="OK, Dave").click()
        sync_api.expect(dialog).to_be_hidden()
    assert page.url == url
    assert len(visit.requests) == asked  # no payment page, no link out, nothing fetched at all


@pytest.mark.parametrize("name,viewport", [("desktop", DESKTOP), ("phone", PHONE)])
def test_the_layout_fits_without_sideways_scrolling(visit: Visit, name: str, viewport: dict[str, int]) -> None:
    page = visit.page
    page.set_viewport_size(viewport)
    width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert width[0] <= width[1]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.locator("#console").screenshot(path=str(SCREENSHOTS / f"console-{name}.png"))
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(SCREENSHOTS / f"top-{name}.png"))
    page.set_viewport_size(DESKTOP)


def test_the_mute_toggle_is_remembered(visit: Visit) -> None:
    page = visit.page
    mute = page.locator("#mute")
    sync_api.expect(mute).to_have_attribute("aria-pressed", "false")
    mute.click()
    sync_api.expect(mute).to_have_attribute("aria-pressed", "true")
    page.reload()
    sync_api.expect(page.locator("#console-status")).to_have_attribute("data-mode", "live")
    sync_api.expect(mute).to_have_attribute("aria-pressed", "true")
    sync_api.expect(page.locator('.postit[data-index="idx_orders_customer"]')).to_have_count(1)  # the same desk
    mute.click()
    sync_api.expect(mute).to_have_attribute("aria-pressed", "false")


def test_nothing_left_127_0_0_1_and_nothing_went_wrong(visit: Visit) -> None:
    assert any(url.endswith("/api/stream") for url in visit.requests)
    visit.assert_stayed_home()


def test_without_a_server_the_console_plays_recorded_answers(browser: Any) -> None:
    from starlette.applications import Starlette
    from starlette.routing import Mount
    from starlette.staticfiles import StaticFiles

    from humandb.web.app import site_dir

    static = Starlette(routes=[Mount("/", StaticFiles(directory=site_dir(), html=True))])
    with live_server(static) as base:
        visit = _visit(browser, base, ignore=("404",))  # the missing /api/desk is how it finds out
        page = visit.page
        try:
            page.goto(base + "/")
            status = page.locator("#console-status")
            sync_api.expect(status).to_have_attribute("data-mode", "recorded")
            assert "recorded answers" in status.inner_text()
            question = "CREATE INDEX idx_orders_customer ON orders(customer_id)"
            sync_api.expect(page.locator("#chips .chip", has_text=question)).to_have_count(1)
            page.locator("#chips .chip", has_text=question).click()
            sync_api.expect(page.locator(".line--dave")).to_have_count(1)
            assert page.locator(".line--beat").count() >= 2
            sync_api.expect(page.locator('.postit[data-index="idx_orders_customer"]')).to_have_count(1)
            assert page.locator(".line--dave .voice audio").evaluate(AUDIO_DURATION) > 0
            page.fill("#question", "SELECT something nobody recorded")
            page.press("#question", "Enter")
            sync_api.expect(page.locator(".line--system").last).to_contain_text("isn't on the tape")
            visit.assert_stayed_home()
        finally:
            page.context.close()
