"""The server: the original client's endpoint, the stream, every guard, visitors' brains, and a fuzz.

A real uvicorn server on 127.0.0.1 in a thread; a fake clock, so demo-SLA waits take no time while
the beats keep their timing.
"""

from __future__ import annotations

import base64
import hashlib
import json
import subprocess
import urllib.request
import venv
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from conftest import TODAY, live_server
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from humandb.brain.guard import Sandbox
from humandb.stage.clock import FakeClock
from humandb.web import create_app
from humandb.web.limits import RateLimit, ServerLimits
from humandb.web.visitors import COOKIE, Visitors

# No rate limits: one test client makes many requests and many visitors.
OPEN = ServerLimits(rate_per_second=0, new_visitors_per_minute=0)
ANCHOR_WHEEL = Path(__file__).resolve().parents[1] / "build" / "anchor"


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with live_server(create_app(sla="instant", seed=3, limits=OPEN, clock=FakeClock(TODAY))) as url:
        yield url


@pytest.fixture(scope="module")
def demo_clock() -> FakeClock:
    return FakeClock(TODAY)


@pytest.fixture(scope="module")
def demo_server(demo_clock: FakeClock) -> Iterator[str]:
    """Demo SLA (one business hour = one second) on a fake clock: the waits are recorded, not slept."""
    limits = ServerLimits(rate_per_second=0, new_visitors_per_minute=0, max_wait_seconds=3.0)
    with live_server(create_app(sla="demo", seed=3, limits=limits, clock=demo_clock)) as url:
        yield url


def ask(url: str, sql: Any, client: httpx.Client | None = None, path: str = "/api/query") -> httpx.Response:
    if client is not None:
        return client.post(url + path, json={"sql": sql})
    return httpx.post(url + path, json={"sql": sql}, timeout=30)


def is_wav(audio_b64: str) -> bool:
    audio = base64.b64decode(audio_b64, validate=True)  # standard base64, strictly
    return audio[:4] == b"RIFF" and audio[8:12] == b"WAVE" and len(audio) > 1000


def voice(url: str, answer: dict[str, Any]) -> httpx.Response:
    """The voice an answer links to, fetched as a browser would (after checking nothing of it is inline)."""
    assert "audio_b64" not in answer and answer["voice_type"] == "audio/wav"
    heard = httpx.get(url + answer["voice_url"], timeout=30)
    assert heard.status_code == 200 and heard.headers["content-type"] == "audio/wav", heard.text[:300]
    assert heard.content[:4] == b"RIFF" and heard.content[8:12] == b"WAVE" and len(heard.content) > 1000
    return heard


# -- the original client's endpoint ----------------------------------------------------------------


def test_anchor_endpoint_answers_like_the_original_service(server: str) -> None:
    # Exactly what humandb 0.1.0 sends: urllib, JSON, no cookie, no Accept-Encoding.
    request = urllib.request.Request(server + "/api/humandb-query/", data=b'{"sql": "SELECT COUNT(*) FROM orders"}',
                                     headers={"Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.status == 200
        assert response.headers["Content-Type"] == "application/json"
        assert response.headers.get("Content-Encoding") is None
        data = json.loads(response.read().decode("utf-8"))
    assert isinstance(data["text"], str) and data["text"]
    assert is_wav(data["audio_b64"])
    assert 17_000 < data["exact_rows"][0][0] < 19_000
    assert data["columns"] and data["rows"]


def test_an_english_question_is_a_normal_answer(server: str) -> None:
    response = ask(server, "how many customers are there", path="/api/humandb-query/")
    assert response.status_code == 200
    data = response.json()
    assert data["read_as"] and "customers" in data["sql"].lower()
    assert data["exact_rows"] == [[2000]]
    assert is_wav(data["audio_b64"])


def test_compression_only_when_asked(server: str) -> None:
    asked = httpx.post(server + "/api/query", json={"sql": "SELECT * FROM products"},
                       headers={"Accept-Encoding": "gzip"})
    assert asked.headers["Content-Encoding"] == "gzip" and asked.json()["rowcount"] == 120
    plain = httpx.post(server + "/api/query", json={"sql": "SELECT * FROM products"},
                       headers={"Accept-Encoding": "identity"})
    assert "Content-Encoding" not in plain.headers


def test_the_page_gets_a_link_to_daves_voice_and_the_original_client_the_voice_itself(server: str) -> None:
    with httpx.Client(timeout=30) as client:
        linked = ask(server, "SELECT COUNT(*) FROM orders", client)
        inside = ask(server, "SELECT COUNT(*) FROM orders", client, path="/api/humandb-query/").json()
    assert linked.status_code == 200 and len(linked.content) < 8_000  # words and rows, no audio
    assert is_wav(inside["audio_b64"]) and "voice_url" not in inside
    heard = voice(server, linked.json())
    said = parse_qs(urlsplit(linked.json()["voice_url"]).query)
    # What he mumbles is what he wrote (its first 300 characters: a longer answer trails off).
    assert linked.json()["text"].startswith(said["say"][0].removesuffix("…")) and len(said["say"][0]) <= 300
    assert heard.headers["cache-control"] == "public, max-age=31536000, immutable"  # its URL is its content
    again = httpx.get(server + linked.json()["voice_url"], headers={"Accept-Encoding": "gzip"})
    assert again.content == heard.content and "content-encoding" not in again.headers  # audio is not gzipped


@pytest.mark.parametrize("query,status", [
    ({"say": "x" * 301, "mood": "1"}, 413), ({"say": "hm", "mood": "nan"}, 400), ({"say": "hm", "mood": "3"}, 400),
    ({"say": "hm", "mood": "loud"}, 400),
])
def test_a_voice_is_only_what_dave_would_say(server: str, query: dict[str, str], status: int) -> None:
    refused = httpx.get(server + "/api/voice.wav", params=query)
    assert refused.status_code == status and refused.json()["text"]
    assert httpx.get(server + "/api/voice.wav", params={"say": "Hm.", "mood": "0.5"}).content[:4] == b"RIFF"


def test_desk_sounds_are_named_by_their_content_and_cached_for_a_year(server: str) -> None:
    from humandb.stage.sound import CUES, sounds_dir

    cues = httpx.get(server + "/api/desk").json()["cues"]
    assert set(cues) == set(CUES)
    for cue, url in cues.items():
        sound = httpx.get(server + url)
        assert sound.status_code == 200 and sound.headers["content-type"] == "audio/wav"
        assert sound.headers["cache-control"] == "public, max-age=31536000, immutable"
        assert sound.content == (sounds_dir() / f"{cue}.wav").read_bytes()
        assert url == f"/sounds/{cue}.{hashlib.sha256(sound.content).hexdigest()[:10]}.wav"
    stale = cues["ding"].replace(cues["ding"].split(".")[1], "0123456789")  # an old release's name
    assert httpx.get(server + stale).status_code == 404
    plain = httpx.get(server + "/sounds/ding.wav")
    assert plain.status_code == 200 and plain.headers["cache-control"] == "no-cache"
    for wrong in ("/sounds/synthesize.py", "/sounds/..%2Fpyproject.toml", "/sounds/nope.wav"):
        assert httpx.get(server + wrong).status_code == 404


def test_two_visitors_asking_the_same_hear_different_beats_and_each_always_the_same() -> None:
    from humandb.web.answers import ask as perform

    door = create_app(sla="demo", seed=3, limits=OPEN, clock=FakeClock(TODAY)).state.door

    def beats(visitor_id: str) -> list[str]:
        brain = door.open_brain(visitor_id)
        try:
            performance = perform(brain, "SELECT COUNT(*) FROM orders", max_wait=25, max_statements=5)
            return [cue.text for cue in performance.beats]
        finally:
            brain.close()

    first = beats("visitor-a")
    assert first != beats("visitor-b")
    assert first == beats("visitor-a")


def test_fresh_visitors_are_not_all_told_the_same(server: str) -> None:
    heard = set()
    for _ in range(3):  # three strangers, each with luck of their own: all alike only if every line matched
        response = httpx.post(server + "/api/stream", json={"sql": "SELECT COUNT(*) FROM customers"}, timeout=30)
        heard.add(tuple(data["text"] for name, data in events(response) if name == "beat"))
    assert len(heard) > 1


def test_the_original_client_in_its_own_venv_gets_daves_answer(server: str, tmp_path: Path) -> None:
    wheels = sorted(ANCHOR_WHEEL.glob("humandb-0.1.0-*.whl"))
    assert wheels, "run-tests downloads humandb 0.1.0 into build/anchor (pip download --no-deps humandb==0.1.0)"
    env_dir = tmp_path / "anchor-venv"
    venv.create(env_dir, with_pip=False, symlinks=True)
    python = env_dir / "bin" / "python"
    site_packages = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                   capture_output=True, text=True, check=True).stdout.strip()
    with zipfile.ZipFile(wheels[0]) as wheel:  # a pure-Python wheel: installing it is unpacking it
        wheel.extractall(site_packages)
    code = ("import humandb, json; words = humandb.query('SELECT COUNT(*) FROM orders'); "
            "print(json.dumps([humandb.__version__, words]))")
    run = subprocess.run([python, "-c", code], capture_output=True, text=True, timeout=60, cwd=tmp_path,
                         env={"HUMANDB_API_URL": server + "/api/humandb-query/", "PATH": "/usr/bin:/bin"})
    assert run.returncode == 0, run.stderr
    version, words = json.loads(run.stdout.splitlines()[-1])
    assert version == "0.1.0"  # the original package, not ours
    assert "orders" in words.lower() and "Dave said something but we lost it" not in words
    saved = list(tmp_path.glob("dave_answer_*.mp3"))  # it saves the audio it was sent
    assert saved and saved[0].read_bytes()[:4] == b"RIFF"


# -- demo SLA: waiting, beats, the cap ------------------------------------------------------------


def test_demo_sla_waits_and_the_wait_is_capped_for_the_original_client(
    demo_server: str, demo_clock: FakeClock
) -> None:
    before = sum(demo_clock.sleeps)
    data = ask(demo_server, "SELECT status, COUNT(*) FROM orders GROUP BY status", path="/api/humandb-query/").json()
    waited = sum(demo_clock.sleeps) - before
    assert 0 < data["wait_seconds"] <= 3.0  # this query plans several business hours: squeezed into the cap
    assert waited == pytest.approx(data["wait_seconds"], abs=0.2)
    times = [beat["at"] for beat in data["beats"]]
    assert times == sorted(times) and times[-1] <= 3.0 + 1e-9


def events(response: httpx.Response) -> list[tuple[str, dict[str, Any]]]:
    found = []
    for block in response.text.split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.splitlines() if ": " in line)
        if "event" in lines:
            found.append((lines["event"], json.loads(lines["data"])))
    return found


def test_the_stream_sends_beats_as_they_happen_then_the_answer(demo_server: str, demo_clock: FakeClock) -> None:
    before = len(demo_clock.sleeps)
    with httpx.stream("POST", demo_server + "/api/stream", json={"sql": "SELECT COUNT(*) FROM employees"}) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        response.read()
    sent = events(response)
    kinds = [name for name, _ in sent]
    assert kinds[-1] == "answer" and kinds.count("answer") == 1 and kinds.count("beat") >= 3
    beats = [data for name, data in sent if name == "beat"]
    assert beats[0]["kind"] == "contact" and beats[-1]["kind"] == "answer"
    assert [beat["at"] for beat in beats] == sorted(beat["at"] for beat in beats)
    assert len(demo_clock.sleeps) - before >= 2  # the stream waited between beats
    answer = sent[-1][1]
    assert voice(demo_server, answer) and answer["exact_rows"][0][0] > 0


def test_nothing_runs_on_a_get_and_a_post_must_be_json(server: str) -> None:
    """A link or a cross-site form can't run SQL with a visitor's cookie: no SQL on GET, POST only as JSON
    (which a browser sends across sites only after a preflight this server never grants)."""
    with httpx.Client(timeout=30) as victim:
        assert ask(server, "CREATE TABLE precious (x INTEGER)", victim).status_code == 200
        for path in ("/api/stream", "/api/query", "/api/humandb-query/"):
            wrong_way = victim.get(server + path, params={"sql": "DROP TABLE precious"})
            assert refused(wrong_way, 405)["error"] == "MethodNotAllowed" and wrong_way.headers["Allow"] == "POST"
            for kind in ("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", None):
                headers = {"Content-Type": kind} if kind else {}
                body = b'{"sql": "DROP TABLE precious"}'
                response = victim.post(server + path, content=body, headers=headers)
                assert refused(response, 415)["error"] == "UnsupportedMediaType"
        assert ask(server, "SELECT COUNT(*) FROM precious", victim).json()["exact_rows"] == [[0]]
        charset = victim.post(server + "/api/query", content=b'{"sql": "SELECT 1"}',
                              headers={"Content-Type": "application/json; charset=utf-8"})
        assert charset.status_code == 200


# -- guards at the door and in the brain ----------------------------------------------------------


def refused(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    data = response.json()
    assert data["text"] and data["cause"] and data["status"] == status
    return data


HOSTILE = [
    ("ATTACH DATABASE '{tmp}/attack.db' AS attack", 403),
    ("DETACH DATABASE main", 403),
    ("PRAGMA writable_schema = 1", 403),
    ("VACUUM INTO '{tmp}/copy.db'", 403),
    ("SELECT load_extension('/tmp/evil')", 403),
    ("SELECT * FROM '/etc/passwords.csv'", 403),
    ("SELECT * FROM read_csv('/etc/passwd.tsv')", 403),
    ("WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT COUNT(*) FROM r", 408),
    ("SELECT length(randomblob(100000000))", 413),
    ("SELECT 1; SELECT 2; SELECT 3; SELECT 4; SELECT 5; SELECT 6", 413),
    ("SELECT '" + "x" * 20_000 + "'", 413),
    ("SELEC nonsense FROM", 400),
]


@pytest.mark.parametrize(("sql", "status"), HOSTILE, ids=[str(i) for i in range(len(HOSTILE))])
def test_every_guard_refuses_in_daves_words_and_the_server_answers_the_next(
    server: str, sql: str, status: int, tmp_path: Path
) -> None:
    with httpx.Client(timeout=30) as client:
        refused(ask(server, sql.replace("{tmp}", str(tmp_path)), client), status)
        assert ask(server, "SELECT COUNT(*) FROM orders", client).json()["exact_rows"][0][0] > 17_000
    assert list(tmp_path.iterdir()) == []  # no file was written


def test_bad_bodies_are_refused(server: str) -> None:
    refused(httpx.post(server + "/api/query", content=b"not json", headers={"Content-Type": "application/json"}), 400)
    refused(httpx.post(server + "/api/query", json={"query": "SELECT 1"}), 400)
    refused(httpx.post(server + "/api/query", json={"sql": 42}), 400)
    refused(httpx.post(server + "/api/query", json={"sql": "   "}), 400)
    refused(httpx.post(server + "/api/query", content=b'{"sql": "' + b"x" * 20_000 + b'"}',
                       headers={"Content-Type": "application/json"}), 413)
    deep = b'{"sql": ' + b"[" * 6_000 + b"]" * 6_000 + b"}"  # nested too deep for the JSON reader: still a 400
    refused(httpx.post(server + "/api/query", content=deep, headers={"Content-Type": "application/json"}), 400)


def test_rows_are_capped(server: str) -> None:
    data = ask(server, "SELECT * FROM orders").json()
    assert data["truncated"] is True and 0 < len(data["rows"]) <= 500


def test_answers_are_capped_in_bytes(server: str) -> None:
    response = ask(server, "SELECT id, printf('%.90000c', 'x') AS wall_of_text FROM orders LIMIT 100")
    data = response.json()
    assert response.status_code == 200 and data["truncated"] is True and voice(server, data)
    assert 0 < len(data["rows"]) < 100 and len(response.content) <= ServerLimits().max_response_bytes


@pytest.mark.parametrize("sql", [
    'CREATE TABLE "{names}" (a INT)',  # a 10 KB name said out loud got a 2.97 MB answer (issue 15)
    'SELECT 1 AS "{names}"',
    "; ".join(f'CREATE TABLE "t{n} {{few}}" (a INT)' for n in range(5)),
], ids=["table", "column", "five"])
def test_answers_are_capped_with_daves_voice_in_them(server: str, sql: str) -> None:
    text = sql.format(names=" ".join(["banana"] * 1_400), few=" ".join(["ba"] * 600))
    for path in ("/api/query", "/api/stream", "/api/humandb-query/"):
        response = ask(server, text, path=path)
        assert response.status_code == 200, response.text
        answer = response.content.rsplit(b"event: answer\ndata: ", 1)[-1]
        assert len(answer) <= ServerLimits().max_response_bytes
        data = json.loads(answer)
        assert is_wav(data["audio_b64"]) if path == "/api/humandb-query/" else voice(server, data)


def test_an_answer_too_long_even_without_rows_is_cut_in_its_words() -> None:
    from humandb.web.answers import encode, fit

    answer = {"text": "word " * 50_000, "sql": "x" * 100_000, "rows": [[1]], "exact_rows": [[1]],
              "beats": [{"text": "y " * 10_000}], "truncated": False}
    cut = fit(answer, 20_000)
    assert len(encode(cut)) <= 20_000 and cut["truncated"] is True and cut["text"].endswith("…")
    assert fit({"text": "short", "rows": [[1]], "exact_rows": [[1]]}, 1_000)["rows"] == [[1]]


def test_the_rate_limit_is_per_client_and_says_when_to_come_back() -> None:
    limits = ServerLimits(rate_per_second=0.5, rate_burst=3)
    with live_server(create_app(sla="instant", limits=limits, clock=FakeClock(TODAY))) as url, \
            httpx.Client(timeout=30) as client:
        statuses = [ask(url, "SELECT 1", client).status_code for _ in range(5)]
        assert statuses[:3] == [200, 200, 200] and statuses[3:] == [429, 429]
        late = ask(url, "SELECT 1", client)
        refused(late, 429)
        assert float(late.headers["Retry-After"]) >= 1


def test_turns_let_the_quick_through_and_the_slow_wait_their_patience() -> None:
    import asyncio

    from humandb.web.turns import Account, Busy, Turns

    async def scene() -> list[str]:
        turns, said = Turns(3), []
        slow = [Account() for _ in range(4)]
        quick, newcomer = Account(), Account()
        for account in slow:
            account.charge(0.5, now=0.0)
        quick.charge(0.002, now=0.0)
        await turns.take(slow[0], patience=1)
        await turns.take(slow[1], patience=1)  # two of three places: the third is kept for the quick
        for who, account in (("slow", slow[2]), ("newcomer", newcomer)):
            try:
                await turns.take(account, patience=0.05)
            except Busy:
                said.append(f"{who} waited")
        waiting = asyncio.ensure_future(turns.take(slow[3], patience=5))
        await asyncio.sleep(0)
        await turns.take(quick, patience=0.05)  # past the slow one waiting: the kept place is the quick's
        said.append("quick in")
        turns.give_back(quick, 0.001)
        turns.give_back(slow[0], 0.5)  # a place frees: the slow one waiting gets it
        await asyncio.wait_for(waiting, 1)
        said.append(f"running {turns.running}, refused {turns.refused}")
        cancelled = asyncio.ensure_future(turns.take(slow[2], patience=5))
        await asyncio.sleep(0)
        cancelled.cancel()  # its client went away: nothing is held for it
        await asyncio.sleep(0.01)
        turns.give_back()
        said.append(f"running {turns.running}, waiting {turns.waiting}")
        return said

    assert asyncio.run(scene()) == ["slow waited", "newcomer waited", "quick in", "running 2, refused 2",
                                    "running 1, waiting 0"]


def test_a_token_bucket_refills_over_time() -> None:
    now = [0.0]
    bucket = RateLimit(2.0, 2, monotonic=lambda: now[0])
    assert bucket.allow("a") == 0 and bucket.allow("a") == 0
    assert bucket.allow("a") == pytest.approx(0.5)
    assert bucket.allow("b") == 0  # another client has its own bucket
    now[0] = 0.5
    assert bucket.allow("a") == 0


def test_a_failed_request_undoes_all_its_statements(server: str) -> None:
    with httpx.Client(timeout=30) as client:
        refused(ask(server, "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('hi'); SELECT * FROM nope",
                    client), 400)
        refused(ask(server, "SELECT * FROM notes", client), 400)  # the table went with the failed request
        assert ask(server, "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('hi')", client).status_code == 200
        assert ask(server, "SELECT body FROM notes", client).json()["exact_rows"] == [["hi"]]


# -- visitors ---------------------------------------------------------------------------------------


def test_each_visitor_has_their_own_brain(server: str) -> None:
    with httpx.Client(timeout=30) as vandal, httpx.Client(timeout=30) as bystander:
        assert ask(server, "DROP TABLE orders", vandal).status_code == 200
        assert COOKIE in vandal.cookies
        for i in range(14):  # a bezel's worth of post-its, and then some
            assert ask(server, f"CREATE INDEX idx_{i} ON customers(city, id)", vandal).status_code == 200
        refused(ask(server, "SELECT COUNT(*) FROM orders", vandal), 400)
        assert len(vandal.get(server + "/api/desk").json()["postits"]) == 12
        assert ask(server, "SELECT COUNT(*) FROM orders", bystander).json()["exact_rows"][0][0] > 17_000
        assert bystander.get(server + "/api/desk").json()["postits"] == []
        assert bystander.cookies[COOKIE] != vandal.cookies[COOKIE]


def test_a_request_without_a_cookie_is_a_new_visitor(server: str) -> None:
    first = ask(server, "CREATE TABLE mine (x INTEGER)")
    assert first.status_code == 200 and COOKIE in first.cookies
    refused(ask(server, "SELECT * FROM mine"), 400)  # no cookie: someone else's fresh brain


def test_visitors_beyond_the_bound_are_evicted_oldest_first() -> None:
    limits = ServerLimits(rate_per_second=0, new_visitors_per_minute=0, visitors=2, protect_seconds=0)
    app = create_app(sla="instant", limits=limits, clock=FakeClock(TODAY))
    with live_server(app) as url:
        clients = [httpx.Client(timeout=30) for _ in range(3)]
        try:
            for client in clients:
                assert ask(url, "DROP TABLE products", client).status_code == 200
            assert app.state.door.visitors.evicted == 1 and len(app.state.door.visitors) == 2
            # The first visitor's brain was let go: they come back to a fresh sample company.
            assert ask(url, "SELECT COUNT(*) FROM products", clients[0]).json()["exact_rows"] == [[120]]
            refused(ask(url, "SELECT COUNT(*) FROM products", clients[2]), 400)
        finally:
            for client in clients:
                client.close()


def test_a_crowd_of_newcomers_never_pushes_out_a_visitor_who_is_still_here() -> None:
    limits = ServerLimits(rate_per_second=0, new_visitors_per_minute=0, visitors=3)
    app = create_app(sla="instant", limits=limits, clock=FakeClock(TODAY))
    with live_server(app) as url, httpx.Client(timeout=30) as regular:
        assert ask(url, "CREATE TABLE mine (x INTEGER)", regular).status_code == 200
        statuses = [ask(url, "SELECT 1").status_code for _ in range(6)]  # six cookieless newcomers
        assert statuses[:2] == [200, 200] and set(statuses[2:]) == {503}
        full = ask(url, "SELECT 1")
        assert refused(full, 503)["error"] == "DeskFull" and full.headers["Retry-After"]
        assert ask(url, "SELECT COUNT(*) FROM mine", regular).json()["exact_rows"] == [[0]]
        assert app.state.door.visitors.evicted == 0


def test_looking_at_the_desk_opens_no_brain_and_evicts_no_one() -> None:
    limits = ServerLimits(rate_per_second=0, new_visitors_per_minute=0, visitors=2, protect_seconds=0)
    app = create_app(sla="instant", limits=limits, clock=FakeClock(TODAY))
    with live_server(app) as url, httpx.Client(timeout=30) as regular:
        assert ask(url, "CREATE TABLE mine (x INTEGER)", regular).status_code == 200
        for _ in range(20):
            desk = httpx.get(url + "/api/desk").json()
            assert desk["known"] is False and desk["postits"] == [] and "orders" in desk["tables"]
            assert COOKIE not in str(desk)
        assert len(app.state.door.visitors) == 1 and app.state.door.visitors.evicted == 0
        mine = regular.get(url + "/api/desk").json()
        assert mine["known"] is True and "mine" in mine["tables"]
        assert regular.cookies[COOKIE] not in json.dumps(mine)  # the HttpOnly cookie stays out of reach of scripts


def test_new_visitors_are_limited_per_address_group() -> None:
    limits = ServerLimits(rate_per_second=0, new_visitors_per_minute=1, new_visitors_burst=3)
    app = create_app(sla="instant", limits=limits, clock=FakeClock(TODAY))
    with live_server(app) as url, httpx.Client(timeout=30) as regular:
        assert ask(url, "CREATE TABLE mine (x INTEGER)", regular).status_code == 200
        statuses = [ask(url, "SELECT 1").status_code for _ in range(4)]
        assert statuses == [200, 200, 429, 429] and len(app.state.door.visitors) == 3
        # A visitor with a cookie is not a newcomer: the newcomers' limit never stops them.
        assert ask(url, "SELECT COUNT(*) FROM mine", regular).json()["exact_rows"] == [[0]]


def test_rate_limits_are_kept_per_address_group() -> None:
    from humandb.web.limits import client_group

    assert client_group("127.0.0.1") == client_group("127.200.3.4")
    assert client_group("2001:db8:1:2::1") == client_group("2001:db8:1:2:ffff::9")
    assert client_group("2001:db8:1:3::1") != client_group("2001:db8:1:2::1")
    assert client_group("198.51.100.7") == client_group("198.51.100.250") != client_group("198.51.101.7")
    assert client_group("::ffff:198.51.100.7") == client_group("198.51.100.7")
    bucket = RateLimit(1.0, 2, monotonic=lambda: 0.0)
    hops = [bucket.allow(client_group(f"127.0.0.{n}")) for n in range(1, 5)]
    assert hops[:2] == [0.0, 0.0] and all(wait > 0 for wait in hops[2:])


def test_idle_visitors_are_let_go() -> None:
    import humandb

    now = [0.0]
    visitors = Visitors(lambda visitor_id: humandb.connect(":memory:", sla="instant"), limit=10, idle_seconds=60,
                        monotonic=lambda: now[0])
    early = visitors.visit(None)
    now[0] = 30.0
    regular = visitors.visit(None)
    now[0] = 80.0
    assert visitors.visit(regular.id) is regular  # seen 50 s ago: still known
    assert early.id not in visitors and early.worker.closed
    early.worker.join(10)
    assert not early.worker.alive  # its brain was closed on its own thread, and the thread is gone
    assert visitors.visit(early.id).id != early.id
    visitors.close()


# -- the site, the sounds, the contract ---------------------------------------------------------------


def test_the_site_and_sounds_are_served_with_a_strict_policy(server: str) -> None:
    page = httpx.get(server + "/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "default-src 'self'" in page.headers["content-security-policy"]
    cue = httpx.get(server + "/sounds/phone.wav")
    assert cue.status_code == 200 and cue.content[:4] == b"RIFF"


def test_openapi_describes_every_api_path(server: str) -> None:
    document = httpx.get(server + "/openapi.json").json()
    assert document["openapi"].startswith("3.")
    assert set(document["paths"]) == {"/api/humandb-query/", "/api/query", "/api/stream", "/api/desk",
                                         "/api/voice.wav"}
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            if method == "post":
                assert {"200", "400", "413", "429"} <= set(operation["responses"]), path


# -- fuzz: nothing a stranger sends makes a 5xx -----------------------------------------------------

_SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30)
_JSON = st.recursive(_SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                                         max_size=4), max_leaves=10)
_SQLISH = st.lists(st.sampled_from(["SELECT", "*", "FROM", "orders", "WHERE", "1", "=", "'x'", ";", "(", ")",
                                    "PRAGMA", "ATTACH", "how", "many", "customers", "GROUP BY", "--", "/*", "NULL",
                                    "CREATE INDEX i ON orders(id)", "DROP TABLE orders", ",", "\x00", "é"]),
                   max_size=12).map(" ".join)
_BODIES = st.one_of(
    st.builds(lambda sql: {"sql": sql}, _SQLISH | st.text(max_size=200)),
    _JSON.map(lambda value: value if isinstance(value, dict) else {"sql": value}),
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(path=st.sampled_from(["/api/query", "/api/humandb-query/", "/api/stream"]), body=_BODIES,
       raw=st.none() | st.binary(max_size=64))
def test_fuzzing_the_api_finds_no_server_error(server: str, path: str, body: Any, raw: bytes | None) -> None:
    content = raw if raw is not None else json.dumps(body).encode()
    response = httpx.post(server + path, content=content, headers={"Content-Type": "application/json"}, timeout=30)
    assert response.status_code < 500, response.text
    if response.status_code >= 400:
        assert response.json()["text"]


# -- the command ------------------------------------------------------------------------------------


def test_serve_refuses_workers_that_would_split_visitors_brains() -> None:
    import shutil

    command = [shutil.which("humandb") or "humandb", "serve", "--port", "0", "--workers", "2"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "one process" in done.stderr


def test_serve_refuses_limits_it_does_not_know() -> None:
    import shutil

    command = [shutil.which("humandb") or "humandb", "serve", "--port", "0", "--limits", "visiters=3"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "no limit named 'visiters'" in done.stderr and "max_connections" in done.stderr


@pytest.mark.parametrize("workers", [1])
def test_humandb_serve_runs_the_site_and_api(workers: int) -> None:
    import shutil
    import socket
    import time

    with socket.socket() as probe:  # a free port (the server binds it a moment later)
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [shutil.which("humandb") or "humandb", "serve", "--port", str(port), "--sla", "instant",
               "--workers", str(workers)]
    server = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    try:
        url, deadline = f"http://127.0.0.1:{port}", time.monotonic() + 30
        while True:
            try:
                answer = ask(url, "SELECT COUNT(*) FROM employees")
                break
            except httpx.TransportError:
                assert server.poll() is None and time.monotonic() < deadline, "humandb serve did not come up"
                time.sleep(0.1)
        assert answer.status_code == 200 and answer.json()["exact_rows"][0][0] > 0
        assert httpx.get(url + "/openapi.json").status_code == 200
    finally:
        server.terminate()
        _, errors = server.communicate(timeout=30)
    assert f"http://127.0.0.1:{port}/" in errors  # it said where Dave is


def test_the_readme_states_the_servers_real_limits() -> None:
    readme = " ".join((Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8").split())
    limits, sandbox = ServerLimits(), Sandbox()
    stated = [f"bodies up to {limits.max_body_bytes // 1024} KB", f"{limits.max_sql_chars:,} characters",
              f"at most {sandbox.max_rows} rows",
              f"{limits.max_response_bytes // 1_000_000} MB per answer", f"{limits.rate_burst} requests",
              f"then {limits.rate_per_second:g} a second", f"beyond {limits.visitors} visitors"]
    for phrase in stated:
        assert phrase in readme, phrase
    assert limits.max_statements == 5 and "five statements" in readme
    assert limits.idle_seconds == 1800 and "half an hour" in readme
    assert sandbox.statement_seconds == 0.5 and "after half a second" in readme
    assert sandbox.max_work_bytes == 64 * 2**20 and "more than 64 MiB" in readme
    assert (sandbox.max_brain_bytes, sandbox.max_temp_bytes) == (16 * 2**20, 4 * 2**20) and "16 MiB + 4 MiB" in readme


def test_the_readme_lists_every_limit_with_its_default() -> None:
    import dataclasses
    import re

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    table = dict(re.findall(r"^\| `(\w+)` \| ([\d.]+) \|", readme, flags=re.MULTILINE))
    limits = ServerLimits()
    assert set(table) == {field.name for field in dataclasses.fields(limits)}
    for name, default in table.items():
        assert float(default) == getattr(limits, name), name
    assert ServerLimits.parse(",".join(f"{name}={value}" for name, value in table.items())) == limits


def test_limits_are_parsed_as_the_command_takes_them() -> None:
    assert ServerLimits.parse("") == ServerLimits()
    assert ServerLimits.parse("rate_per_second=0, visitors=64,queue_seconds=1.5") == ServerLimits(
        rate_per_second=0, visitors=64, queue_seconds=1.5)
    for wrong in ("visiters=3", "visitors=many", "visitors=0", "header_seconds=-1", "visitors=2.5"):
        with pytest.raises(ValueError):
            ServerLimits.parse(wrong)
