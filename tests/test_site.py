"""The marketing site in a real Chromium: the live console, the bezel, pricing, layouts at two sizes, the fonts
it ships, its icons, accessibility (axe-core) and the fallbacks (a static host, the page opened as a file).

One browser and one server for the module; each group of tests shares one page, in order, like a visitor would.
The server runs the demo SLA on a fake clock, so beats keep their `at` times but nobody waits for them (the
page still spaces beats that are due together, so a wait unfolds). Screenshots land in build/screenshots/.
"""

from __future__ import annotations

import json
import re
import shutil
import struct
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
sync_api.expect.set_options(timeout=15_000)  # a recorded answer takes as long as it took Dave (a few seconds)

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "site"
SCREENSHOTS = ROOT / "build" / "screenshots"
AXE = ROOT / "build" / "axe" / "node_modules" / "axe-core" / "axe.min.js"  # run-tests installs it (npm)
DESKTOP = {"width": 1440, "height": 900}
PHONE = {"width": 390, "height": 844}
SIZES = {"desktop": DESKTOP, "phone": PHONE}
TIMEOUT_MS = 15_000
TEXT_FONT, HAND_FONT = "Bricolage Grotesque", "Patrick Hand"
FIRST_LOAD_BUDGET = 90_000  # bytes over the wire for the first view: HTML, CSS, scripts, images, fonts
EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u231a\u231b\u23e9-\u23fa]")
SALARY = "SELECT department, AVG(salary) FROM employees GROUP BY department"
INDEX = "CREATE INDEX idx_orders_customer ON orders(customer_id)"

AUDIO_DURATION = """async (audio) => {
    if (audio.readyState < 1) {
        await new Promise((loaded, failed) => {
            audio.addEventListener("loadedmetadata", loaded, {once: true});
            audio.addEventListener("error", () => failed(new Error("the audio did not load")), {once: true});
        });
    }
    return audio.duration;
}"""

# The monitor, whole, between the sticky header and the bottom of the window.
MONITOR_IN_VIEW = """() => {
    const box = document.getElementById("monitor").getBoundingClientRect();
    const top = document.querySelector(".masthead").getBoundingClientRect().bottom;
    return box.top >= top - 1 && box.bottom <= window.innerHeight + 1;
}"""

# The newest answer's first line: inside Dave's screen, and the screen inside the window.
FIRST_LINE_IN_VIEW = """() => {
    const replies = document.querySelectorAll(".line--dave, .line--refusal");
    const reply = replies[replies.length - 1];
    if (!reply) return false;
    const words = reply.querySelector(".words").getBoundingClientRect();
    const screen = document.getElementById("log").getBoundingClientRect();
    const top = document.querySelector(".masthead").getBoundingClientRect().bottom;
    const firstLine = words.top + 20;
    return words.top >= screen.top - 1 && firstLine <= screen.bottom
        && words.top >= top - 1 && firstLine <= window.innerHeight;
}"""

# Every box that holds code or a table: nothing wider than the box unless the box says it scrolls.
CUT_OFF = """() => [...document.querySelectorAll(
        "pre, .install-command, .table-scroll, .bench-card, .chips, .log, .prompt, .plan, .feature, .steps > li")]
    .filter((box) => box.offsetParent !== null && box.scrollWidth > box.clientWidth + 1)
    .filter((box) => !box.hasAttribute("data-scrolls"))
    .map((box) => `${box.className || box.tagName}: ${box.scrollWidth} > ${box.clientWidth}`)"""


@dataclass
class Visit:
    """A page and everything it did: every request's URL, console errors and uncaught exceptions."""

    page: Any
    base: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def assert_stayed_home(self) -> None:
        """Nothing left the page's own origin (data: URLs are the page's own audio) and nothing went wrong."""
        home = urllib.parse.urlsplit(self.base)
        away = [url for url in self.requests if urllib.parse.urlsplit(url).scheme not in ("data", "blob")
                and urllib.parse.urlsplit(url)[:2] != home[:2]]
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


def _visit(browser: Any, base: str, *, viewport: dict[str, int] = DESKTOP, ignore: tuple[str, ...] = ()) -> Visit:
    context = browser.new_context(viewport=viewport, reduced_motion="reduce")
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


def _serious_axe_violations(page: Any) -> list[dict[str, Any]]:
    """axe-core's serious and critical findings on the page as it is now (the script is evaluated, so the
    page's own policy, which forbids inline scripts, stays on)."""
    page.evaluate(AXE.read_text(encoding="utf-8"))
    found = page.evaluate("""async () => (await axe.run(document, {resultTypes: ["violations"]})).violations
        .map((v) => ({id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 4).map((n) => n.target.join(" "))}))""")
    return [violation for violation in found if violation["impact"] in ("serious", "critical")]


def _drawn_fonts(page: Any, selector: str) -> list[tuple[str, bool]]:
    """The fonts Chromium really drew an element's text with (most glyphs first), from DevTools."""
    cdp = page.context.new_cdp_session(page)
    try:
        cdp.send("DOM.enable")
        cdp.send("CSS.enable")
        root = cdp.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
        node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
        assert node, f"nothing matches {selector}"
        fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    finally:
        cdp.detach()
    return [(font["familyName"], font["isCustomFont"]) for font in sorted(fonts, key=lambda f: -f["glyphCount"])]


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


# -- a visitor at a desk: what the console does -------------------------------------------------------------


def test_the_page_loads_finds_dave_and_renders_the_benchmark(visit: Visit) -> None:
    page = visit.page
    assert "Blazingly slow." in page.locator("h1").inner_text()
    assert "Dave is in" in page.locator("#console-status").inner_text()
    sync_api.expect(page.locator("#hello")).to_contain_text("Dave is at his desk")
    sync_api.expect(page.locator("#tables")).to_contain_text("customers")
    sync_api.expect(page.locator("#bench-card")).to_have_attribute("data-source", "measured")
    rows = page.locator("#bench-body tr")
    assert rows.count() >= 7  # three queries, then cost, vibes, gut feeling and birthdays
    first = [cell.inner_text() for cell in rows.first.locator("td").all()]
    assert first[0].endswith(" ms") and first[1].endswith(" ms") and "business hours" in first[2]  # DuckDB measured
    # This visitor prefers reduced motion: the typing dots sit still.
    assert page.locator(".typing-dot").first.evaluate("dot => getComputedStyle(dot).animationName") == "none"
    alts = page.eval_on_selector_all("img", "images => images.map(image => image.getAttribute('alt'))")
    assert None not in alts and any(alt for alt in alts)
    visit.assert_stayed_home()


def test_the_console_answers_sql_with_beats_that_unfold_rows_and_a_voice(visit: Visit) -> None:
    page = visit.page
    reply = visit.ask("SELECT COUNT(*) FROM orders")
    beats = page.locator(".line--beat")
    assert beats.count() >= 4
    assert "Dave" in beats.first.inner_text()
    # The script's opening beats are all due at 0 s; on screen they come one after another.
    stamps = [float(stamp.replace(" s", "")) for stamp in beats.locator(".at").all_inner_texts()]
    assert stamps == sorted(stamps) and len(set(stamps[:4])) == 4
    assert reply.locator(".words").inner_text().strip()
    table = reply.locator(".result-table")
    assert table.locator("th").inner_text() == "COUNT(*)"
    daves = table.locator("td").inner_text()
    assert re.fullmatch(r"\d{1,3}(,\d{3})+", daves), daves  # thousands separated
    exact = reply.get_by_label("Show exact values")  # a box to tick, as the FAQ says
    assert exact.get_attribute("type") == "checkbox"
    exact.check()
    sync_api.expect(table).to_have_attribute("data-values", "exact")
    assert int(table.locator("td").inner_text().replace(",", "")) > 1000
    assert reply.locator(".voice audio").evaluate(AUDIO_DURATION) > 0
    assert reply.locator(".voice audio").get_attribute("controls") is not None
    assert page.input_value("#question") == ""  # sent, so the prompt is clear again


def test_big_numbers_get_thousands_separators(visit: Visit) -> None:
    reply = visit.ask("SELECT SUM(amount) FROM orders")
    value = reply.locator(".result-table td").inner_text()
    assert re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", value), value


def test_the_console_reads_an_english_question_and_shows_the_sql(visit: Visit) -> None:
    reply = visit.ask("how many customers are there")
    assert "customers" in reply.locator(".read-as").inner_text()
    assert "SELECT COUNT(*) FROM customers" in reply.locator(".sql-ran").inner_text()
    assert reply.locator(".result-table td").count() == 1
    assert reply.locator(".voice audio").evaluate(AUDIO_DURATION) > 0


def test_the_birthday_chip_asks_whose_birthday_is_next(visit: Visit) -> None:
    page = visit.page
    replies = page.locator(".line--dave, .line--refusal")
    before = replies.count()
    page.locator("#chips .chip", has_text="birthday").click()
    sync_api.expect(replies).to_have_count(before + 1)
    reply = replies.last
    assert "line--dave" in (reply.get_attribute("class") or "")
    assert "birthday" in reply.locator(".result-table thead").inner_text()


def test_creating_an_index_sticks_a_postit_on_the_bezel(visit: Visit) -> None:
    page = visit.page
    assert page.locator(".postit[data-index]").count() == 0
    sync_api.expect(page.locator("#bezel-note")).to_be_visible()
    visit.ask(INDEX)
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


def test_narration_is_not_put_in_daves_mouth_and_quotes_do_not_nest(visit: Visit) -> None:
    reply = visit.ask("what colour is the moon")
    narration = reply.locator(".narration").inner_text()
    speech = reply.locator(".speech").inner_text()
    assert narration.startswith("Dave ") and "“" not in narration
    assert speech and not speech.startswith(("“", '"')) and not speech.endswith(("”", '"'))
    assert reply.locator(".who").inner_text().strip().lower() == "dave"
    visit.errors[:] = [error for error in visit.errors if "responded with a status of 4" not in error]
    everything = visit.page.locator("#transcript").inner_text()
    assert "Dave: Dave" not in everything and "Dave:\nDave" not in everything


def test_the_keyboard_reaches_the_console_and_enter_submits(visit: Visit) -> None:
    page = visit.page
    page.locator("h1").click()  # start from the top of the page, as a keyboard user would
    for _ in range(80):
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
    page.keyboard.press("ArrowUp")  # like a terminal: the last request comes back
    assert page.input_value("#question").startswith("SELECT department")
    page.fill("#question", "")


def test_the_pricing_buttons_make_dave_answer_without_leaving(visit: Visit) -> None:
    page = visit.page
    url, asked = page.url, len(visit.requests)
    for plan, words in (("free", "pile"), ("pro", "snacks"), ("enterprise", "equity")):
        page.click(f'.plan-button[data-plan="{plan}"]')
        dialog = page.locator("#plan-dialog")
        sync_api.expect(dialog).to_be_visible()
        sync_api.expect(dialog.locator(".plan-chat")).to_contain_text(words)
        if plan == "enterprise" and AXE.exists():
            assert _serious_axe_violations(page) == []
        dialog.get_by_role("button", name="OK, Dave").click()
        sync_api.expect(dialog).to_be_hidden()
    assert page.url == url
    assert len(visit.requests) == asked  # no payment page, no link out, nothing fetched at all


def test_the_header_stays_with_a_way_to_ask_dave(visit: Visit) -> None:
    page = visit.page
    page.evaluate("document.getElementById('pricing').scrollIntoView()")
    header = page.locator(".masthead")
    assert abs(header.bounding_box()["y"]) < 1
    sync_api.expect(header.locator(".masthead-cta")).to_be_in_viewport()
    page.set_viewport_size(PHONE)
    try:
        assert header.bounding_box()["height"] <= 72  # one row: brand, the call to action, the menu
        nav = page.locator("#site-nav")
        sync_api.expect(nav).to_be_hidden()
        menu = page.locator("#menu-button")
        menu.click()
        sync_api.expect(menu).to_have_attribute("aria-expanded", "true")
        nav.get_by_role("link", name="FAQ").click()
        sync_api.expect(nav).to_be_hidden()
        sync_api.expect(page.locator("#faq-title")).to_be_in_viewport()
    finally:
        page.set_viewport_size(DESKTOP)


def test_the_page_can_be_shared(visit: Visit) -> None:
    page = visit.page
    meta = page.eval_on_selector_all(
        "meta[property^='og:'], meta[name^='twitter:']",
        "tags => Object.fromEntries(tags.map(t => [t.getAttribute('property') || t.getAttribute('name'), t.content]))")
    assert {"og:title", "og:description", "og:image", "twitter:card", "twitter:image"} <= set(meta)
    assert meta["twitter:card"] == "summary_large_image"
    image = (SITE / meta["og:image"]).read_bytes()
    assert image[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", image[16:24]) == (1200, 630)
    assert len(image) < 80_000
    footer = page.locator("footer").inner_text()
    assert "MotherDuck" in footer and "April Fools" in footer
    links = page.locator("footer a").evaluate_all("links => links.map(link => link.href)")
    assert any("pypi.org/project/humandb-dave" in link for link in links)


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


def test_sounds_are_fingerprinted_files_and_the_voice_a_fetch_of_its_own(visit: Visit) -> None:
    page = visit.page
    reply = visit.ask("SELECT COUNT(*) FROM employees")
    source = reply.locator(".voice audio").get_attribute("src") or ""
    assert source.startswith("/api/voice.wav?say=") or source.startswith("/api/voice.wav?mood=")
    assert reply.locator(".voice audio").evaluate(AUDIO_DURATION) > 0
    cues = [url for url in visit.requests if "/sounds/" in url]
    assert cues and all(re.search(r"/sounds/[a-z]+\.[0-9a-f]{10}\.wav$", url) for url in cues), cues
    # The stream carried words and rows, not a voice: each answer's stream is a few kilobytes.
    streams = page.evaluate("""() => performance.getEntriesByType("resource")
        .filter((entry) => entry.name.endsWith("/api/stream")).map((entry) => entry.transferSize)""")
    assert streams and max(streams) < 24_000, streams


def test_nothing_left_home_and_nothing_went_wrong(visit: Visit) -> None:
    assert any(url.endswith("/api/stream") for url in visit.requests)
    visit.assert_stayed_home()


# -- two sizes, the same promises: 1440×900 and 390×844 -----------------------------------------------------


@pytest.fixture(scope="module", params=list(SIZES))
def sized(request: pytest.FixtureRequest, browser: Any, server: str) -> Iterator[tuple[str, Visit]]:
    """A new visitor at one window size (its own desk, so its own bezel)."""
    visit = _visit(browser, server, viewport=SIZES[request.param])
    visit.page.goto(server + "/")
    sync_api.expect(visit.page.locator("#console-status")).to_have_attribute("data-mode", "live")
    yield request.param, visit
    visit.page.context.close()


def test_the_monitor_is_in_view_while_dave_works(sized: tuple[str, Visit]) -> None:
    name, visit = sized
    page = visit.page
    page.evaluate("window.scrollTo(0, 0)")
    replies = page.locator(".line--dave, .line--refusal")
    before = replies.count()
    page.locator("#chips .chip", has_text="CREATE INDEX").click()  # on a phone the chips are under the monitor
    sync_api.expect(page.locator("#typing")).to_be_visible()
    page.wait_for_function(MONITOR_IN_VIEW, timeout=5_000)
    for _ in range(3):  # and it stays there while the beats come
        assert page.locator("#typing").is_hidden() or page.evaluate(MONITOR_IN_VIEW), name
        page.wait_for_timeout(300)
    sync_api.expect(replies).to_have_count(before + 1)
    # From the prompt itself, with the top of the monitor scrolled away.
    page.evaluate("""() => {
        const box = document.getElementById("monitor").getBoundingClientRect();
        window.scrollBy(0, box.top + box.height * 0.6);
    }""")
    page.fill("#question", "SELECT COUNT(*) FROM products")
    page.press("#question", "Enter")
    sync_api.expect(page.locator("#typing")).to_be_visible()
    page.wait_for_function(MONITOR_IN_VIEW, timeout=5_000)
    sync_api.expect(replies).to_have_count(before + 2)


def test_daves_first_line_is_on_screen_when_the_answer_lands(sized: tuple[str, Visit]) -> None:
    name, visit = sized
    page = visit.page
    reply = visit.ask(SALARY)  # a long answer: words, SQL, remarks, seven rows, a voice
    assert reply.evaluate("card => card.offsetHeight") > page.locator("#log").evaluate("log => log.clientHeight")
    page.wait_for_function(FIRST_LINE_IN_VIEW, timeout=5_000)
    assert page.locator("#log").evaluate("log => log.scrollTop + log.clientHeight < log.scrollHeight - 8"), name


def test_nothing_is_cut_off_sideways(sized: tuple[str, Visit]) -> None:
    name, visit = sized
    page = visit.page
    width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert width[0] <= width[1], name
    page.evaluate("document.querySelectorAll('details').forEach((d) => { d.open = true; })")
    assert page.evaluate(CUT_OFF) == [], name
    # The benchmark's punchline is on screen without scrolling sideways.
    dave = page.locator("#bench-body tr").first.locator(".bench-dave")
    box, viewport = dave.bounding_box(), page.viewport_size
    assert box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"], name
    # Words that must not break across lines: "post-its" in the eyebrow.
    assert page.locator(".eyebrow .nowrap").evaluate("span => span.getClientRects().length") == 1
    page.evaluate("document.querySelectorAll('details').forEach((d) => { d.open = false; })")


@pytest.mark.parametrize("selector,family", [
    ("h1", TEXT_FONT), (".lede", TEXT_FONT), ("#console-status", TEXT_FONT), (".section-lede", TEXT_FONT),
    (".tagline", HAND_FONT), (".plan-badge", HAND_FONT), (".price .plus", HAND_FONT), (".terms-hand", HAND_FONT),
    (".postit-label", HAND_FONT),
])
def test_the_shipped_fonts_are_the_ones_drawn(sized: tuple[str, Visit], selector: str, family: str) -> None:
    name, visit = sized
    page = visit.page
    page.evaluate("document.fonts.ready")
    computed = page.locator(selector).first.evaluate("node => getComputedStyle(node).fontFamily")
    assert computed.startswith(f'"{family}"'), (name, computed)
    drawn = _drawn_fonts(page, selector)
    assert drawn and drawn[0][0].startswith(family) and drawn[0][1], (name, selector, drawn)  # a web font of ours


def test_icons_are_svg_and_no_emoji_is_shown(sized: tuple[str, Visit]) -> None:
    name, visit = sized
    page = visit.page
    text = page.evaluate("document.body.innerText")
    assert EMOJI.findall(text) == [], name
    assert page.locator(".line--beat .icon").count() >= 4  # every beat has a drawn icon
    assert page.locator(".feature .feature-icon").count() == 6
    missing = page.eval_on_selector_all(
        "svg use", "uses => uses.map(u => u.getAttribute('href')).filter(h => !document.querySelector(h))")
    assert missing == [], name


def test_axe_finds_nothing_serious(sized: tuple[str, Visit]) -> None:
    if not AXE.exists():
        pytest.skip("axe-core is not installed (run-tests installs it with npm; npm was missing)")
    name, visit = sized
    assert _serious_axe_violations(visit.page) == [], name


def test_screenshots_and_nothing_went_wrong(sized: tuple[str, Visit]) -> None:
    name, visit = sized
    page = visit.page
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.evaluate("document.getElementById('console').scrollIntoView()")
    page.screenshot(path=str(SCREENSHOTS / f"console-{name}.png"))
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(SCREENSHOTS / f"top-{name}.png"))
    visit.assert_stayed_home()


def test_the_first_load_is_light(browser: Any, server: str) -> None:
    visit = _visit(browser, server)
    page = visit.page
    try:
        page.goto(server + "/")
        sync_api.expect(page.locator("#console-status")).to_have_attribute("data-mode", "live")
        page.evaluate("document.fonts.ready")
        page.wait_for_load_state("networkidle")
        sizes = page.evaluate("""() => performance.getEntriesByType("navigation")
            .concat(performance.getEntriesByType("resource"))
            .map((entry) => [entry.name, entry.transferSize])""")
        total = sum(size for _, size in sizes)
        print(f"first load: {total} bytes", json.dumps(sizes))
        assert total < FIRST_LOAD_BUDGET, json.dumps(sizes, indent=1)
        assert not any("tape" in url or url.endswith((".wav", ".mp3")) for url, _ in sizes)  # no sound, no tape
    finally:
        page.context.close()


def test_the_benchmark_in_the_html_is_the_recorded_one() -> None:
    """Without JavaScript, or from a file, the table in the HTML is what shows: it must say what bench.json says."""
    bench = json.loads((SITE / "data" / "bench.json").read_text(encoding="utf-8"))
    html = (SITE / "index.html").read_text(encoding="utf-8")

    def shown(seconds: float) -> str:  # page.js's seconds()
        ms = seconds * 1000
        return f"{ms:.2f} ms" if ms < 1 else f"{ms:.1f} ms" if ms < 100 else f"{ms:.0f} ms"

    for query in bench["per_query"]:
        cells = (f'<td data-label="SQLite">{shown(query["sqlite_seconds"])}</td>',
                 f'<td data-label="DuckDB">{shown(query["duckdb_seconds"])}</td>',
                 f'class="bench-dave">{query["humandb_business_hours"]} business hours</td>')
        assert all(cell in html for cell in cells), (query["sql"], cells)


def test_the_page_s_own_words_need_only_the_basic_font_files() -> None:
    """The fonts are split (site/fonts/README.md): the page's copy must not pull in the accents files."""
    css = (SITE / "site.css").read_text(encoding="utf-8")
    ranges = re.search(r'basic\.woff2"\) format\("woff2"\);[^}]*unicode-range: ([^;]+);', css)
    assert ranges
    basic: set[int] = set()
    for part in ranges.group(1).split(","):
        first, _, last = part.strip().removeprefix("U+").partition("-")
        basic.update(range(int(first, 16), int(last or first, 16) + 1))
    copy = "".join((SITE / name).read_text(encoding="utf-8") for name in ("index.html", "console.js", "page.js"))
    assert sorted({char for char in copy if ord(char) not in basic and char not in "\n"}) == []


# -- without a server ---------------------------------------------------------------------------------------


def _replay(page: Any, question: str) -> Any:
    replies = page.locator(".line--dave, .line--refusal")
    before = replies.count()
    page.locator("#chips .chip", has_text=question).click()
    sync_api.expect(replies).to_have_count(before + 1)
    return replies.last


def _plays_the_tape(visit: Visit) -> None:
    page = visit.page
    status = page.locator("#console-status")
    sync_api.expect(status).to_have_attribute("data-mode", "recorded")
    assert "recorded answers" in status.inner_text()
    sync_api.expect(page.locator("#hello")).to_contain_text("Dave is out")  # the screen agrees with the status
    assert "at his desk" not in page.locator("#transcript").inner_text()
    sync_api.expect(page.locator("#chips .chip", has_text=INDEX)).to_have_count(1)
    # The tape was one visitor's session; replaying the salary answer first makes no post-it appear.
    reply = _replay(page, SALARY)
    assert reply.locator(".result-table tbody tr").count() == 7
    assert page.locator(".postit[data-index]").count() == 0
    _replay(page, INDEX)
    assert page.locator(".line--beat").count() >= 4
    sync_api.expect(page.locator('.postit[data-index="idx_orders_customer"]')).to_have_count(1)
    assert page.locator(".line--dave .voice audio").last.evaluate(AUDIO_DURATION) > 0
    _replay(page, SALARY)
    sync_api.expect(page.locator('.postit[data-index="idx_orders_customer"]')).to_have_count(1)
    _replay(page, "birthday")
    refusal = _replay(page, "ATTACH")
    assert "line--refusal" in (refusal.get_attribute("class") or "")
    page.fill("#question", "SELECT something nobody recorded")
    page.press("#question", "Enter")
    sync_api.expect(page.locator(".line--system").last).to_contain_text("isn't on the tape")
    assert EMOJI.findall(page.evaluate("document.body.innerText")) == []


def test_on_a_static_host_the_console_plays_recorded_answers(browser: Any) -> None:
    from starlette.applications import Starlette
    from starlette.routing import Mount
    from starlette.staticfiles import StaticFiles

    from humandb.web.app import site_dir

    static = Starlette(routes=[Mount("/", StaticFiles(directory=site_dir(), html=True))])
    with live_server(static) as base:
        visit = _visit(browser, base, ignore=("404",))  # the missing /api/desk is how it finds out
        try:
            visit.page.goto(base + "/")
            _plays_the_tape(visit)
            # The tape is a few kilobytes of words; each voice is a file of its own, fetched when it plays.
            fetched = dict(visit.page.evaluate("""() => performance.getEntriesByType("resource")
                .map((entry) => [new URL(entry.name).pathname, entry.transferSize])"""))
            assert 0 < fetched["/data/tape.js"] < 32_000 and "/data/transcripts.json" not in fetched
            voices = [size for path, size in fetched.items() if path.startswith("/data/tape/")]
            assert voices and max(voices) < 64_000, fetched
            if AXE.exists():
                assert _serious_axe_violations(visit.page) == []
            visit.assert_stayed_home()
        finally:
            visit.page.context.close()


def test_opened_as_a_file_the_page_plays_the_tape_without_a_single_error(browser: Any) -> None:
    page_url = (SITE / "index.html").as_uri()
    visit = _visit(browser, page_url)  # no errors ignored: no fetch is refused, no font, no tape
    try:
        visit.page.goto(page_url)
        _plays_the_tape(visit)
        bench = visit.page.locator("#bench-body tr").first.locator("td").all_inner_texts()
        assert bench[1].endswith(" ms")  # the recorded DuckDB time, straight from the HTML
        assert visit.page.evaluate(f"document.fonts.check('16px \"{TEXT_FONT}\"')")
        assert [url for url in visit.requests if not url.startswith(("file:", "data:"))] == []
        assert visit.errors == []
    finally:
        visit.page.context.close()
