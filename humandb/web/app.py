"""The ASGI app: the marketing site, the live console's stream, and a JSON API that strangers may use.

    GET  /                       the site (site/), static
    GET  /sounds/{cue}.{hash}.wav  Dave's desk sounds, for the console: named by content, cached for a year
    GET  /api/desk               your bezel and tables (a fresh visitor's are the sample's; nothing is made for them),
                                 and the cues' URLs
    POST /api/query              {"sql": …} → Dave's answer as JSON, once he is done, with a link to his voice
    POST /api/stream             {"sql": …} → Server-Sent Events: the beats as they happen, then the answer
    GET  /api/voice.wav?…        Dave saying his answer: the answer's `voice_url` (humandb/web/media.py)
    POST /api/humandb-query/     the original humandb 0.1.0 client's endpoint: {"sql": …} → {"text", "audio_b64", …}
    GET  /openapi.json           the API described

Each request is worked out on the visitor's own thread, where their brain lives (humandb/web/workers.py),
in their turn (humandb/web/turns.py): never on the event loop, so one visitor's slow statement is
never everyone's wait. Then it is performed: the waiting is asynchronous (the event loop sleeps), the
beats are sent when they are due, and the answer's bytes and Dave's voice are made, off the loop
again, when the wait is over.

Nothing that can change a visitor's data runs on a GET, and a POST must say it is JSON: a cross-site form
or a link can then never run SQL with a visitor's cookie (browsers send `application/json` across sites
only after a CORS preflight, which this server never grants).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import hashlib
import json
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar, cast

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response, StreamingResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

import humandb
from humandb.connection import Connection
from humandb.dave import words
from humandb.stage.clock import Clock, RealClock
from humandb.web import media, openapi
from humandb.web.answers import SPOKEN_CHARS, Performance, Refusal, ask, desk, encode, linked, spoken
from humandb.web.limits import RateLimit, ServerLimits, client_group
from humandb.web.proxy import Proxies
from humandb.web.turns import Busy, Turns
from humandb.web.visitors import COOKIE, DeskFull, Visitor, Visitors
from humandb.web.workers import Gone, Job

__all__ = ["create_app", "site_dir"]

Handler = Callable[[Request], Awaitable[Response]]
T = TypeVar("T")


def site_dir() -> Path:
    """The site: inside the installed package (the wheel ships it), else the checkout's site/."""
    packaged = Path(humandb.__file__).parent / "site"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parents[2] / "site"


class Door:
    """Everything a request goes through before Dave sees it, and the waiting after."""

    def __init__(self, *, sla: str | float, tier: str, seed: int, limits: ServerLimits, clock: Clock,
                 sandbox: Any, proxies: Proxies) -> None:
        self.limits = limits
        self.proxies = proxies
        self.clock = clock
        self.seed = seed
        self.rate = RateLimit(limits.rate_per_second, limits.rate_burst)
        self.newcomers = RateLimit(limits.new_visitors_per_minute / 60, limits.new_visitors_burst)

        def open_brain(visitor_id: str) -> Connection:
            # No stage: the visitor's Dave works his answers out at once, and the web performs them.
            # The server's options come from its command line: connect() checks them at run time.
            return humandb.connect(":dave:", sla=cast(Any, sla), tier=cast(Any, tier),
                                   seed=visitor_seed(seed, visitor_id), show=False,
                                   sound=False, consistency="strong", clock=clock, stage=False, sandbox=sandbox,
                                   words=True)

        self.visitors = Visitors(open_brain, limit=limits.visitors, idle_seconds=limits.idle_seconds,
                                 protect_seconds=limits.protect_seconds)
        self.turns = Turns(limits.working_at_once)
        # The answers' bytes and Dave's voice need no brain: made on these threads, in the visitor's turn.
        self.finishers = concurrent.futures.ThreadPoolExecutor(limits.working_at_once,
                                                               thread_name_prefix="humandb-answer")
        # Dave's voices, made when a browser asks for one: a thread or two of their own, so a crowd asking for
        # voices never holds up an answer, and a bounded queue in front of them.
        self.voices = concurrent.futures.ThreadPoolExecutor(max(1, limits.working_at_once // 2),
                                                            thread_name_prefix="humandb-voice")
        self.voices_waiting = 0
        self.open_brain = open_brain
        self._sample_tables: dict[str, list[str]] | None = None

    def warm_up(self) -> dict[str, list[str]]:
        """Look up the sample's tables (returned) and answer a question of each kind once, with Dave's voice,
        in a brain opened and closed for the purpose (on the calling thread: a connection stays on its own)."""
        from humandb.web.answers import voice_b64

        showroom = self.open_brain("showroom")
        try:
            tables = {name: list(columns) for name, columns in showroom.tables().items()}
            for question in ("SELECT COUNT(*) FROM orders", "how many customers are there"):
                voice_b64(ask(showroom, question, max_wait=self.limits.max_wait_seconds,
                              max_statements=self.limits.max_statements))
        finally:
            showroom.close()
        self._sample_tables = tables
        return tables

    @property
    def sample_tables_known(self) -> bool:
        return self._sample_tables is not None

    def sample_tables(self) -> dict[str, list[str]]:
        """The tables a new visitor will find: looked up once, when warming up (off the loop)."""
        return self._sample_tables if self._sample_tables is not None else self.warm_up()

    def refuse(self, status: int, section: str, cause: str, error: str) -> Refusal:
        """A refusal at the door (before any brain is opened), in Dave's words."""
        rng = random.Random(f"{self.seed}:{cause}".encode("utf-8", "surrogatepass"))  # causes quote strangers
        return Refusal(status, words.say(section, rng), cause, error)

    async def text(self, request: Request) -> str:
        """The SQL or question: `sql` in a JSON body, within the limits."""
        kind = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
        if kind != "application/json":
            cause = f"the body must be sent as application/json, not {kind or 'without a Content-Type'}"
            raise self.refuse(415, "web.not_json", cause, "UnsupportedMediaType")
        body = await self._body(request)
        try:
            data = json.loads(body)
        except (ValueError, UnicodeDecodeError, RecursionError) as error:
            raise self.refuse(400, "web.not_json", f"the body is not JSON: {error}", "BadRequest") from None
        given = data.get("sql") if isinstance(data, dict) else None
        if not isinstance(given, str):
            raise self.refuse(400, "web.not_json", 'the body must be a JSON object with a string "sql"', "BadRequest")
        text = given
        if not text.strip():
            raise self.refuse(400, "web.empty", "the request has no SQL or question in it", "BadRequest")
        if len(text) > self.limits.max_sql_chars:
            cause = f"the request is {len(text)} characters; the limit is {self.limits.max_sql_chars}"
            raise self.refuse(413, "web.too_long", cause, "TooLong")
        return text

    async def _body(self, request: Request) -> bytes:
        limit = self.limits.max_body_bytes
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise self.refuse(413, "web.too_long", f"the body is {declared} bytes; the limit is {limit}", "TooLarge")
        body = bytearray()

        async def read() -> None:
            async for chunk in request.stream():  # counted as it arrives: a lying Content-Length gains nothing
                body.extend(chunk)
                if len(body) > limit:
                    raise self.refuse(413, "web.too_long", f"the body is over {limit} bytes", "TooLarge")

        try:  # a body sent a byte at a time holds a connection, not Dave
            await asyncio.wait_for(read(), self.limits.body_seconds)
        except asyncio.TimeoutError:
            cause = f"the body did not arrive within {self.limits.body_seconds:g} s"
            raise self.refuse(408, "web.slow", cause, "RequestTimeout") from None
        return bytes(body)

    def client(self, request: Request) -> str:
        """Who is asking, for the limits: the address's group (see limits.client_group), the one a trusted
        proxy names when the request came through it."""
        address = self.proxies.client(request.client.host if request.client else None, request.headers)
        return client_group(address) if address else "unknown"

    def let_in(self, request: Request) -> None:
        client = self.client(request)
        wait = self.rate.allow(client)
        if wait > 0:
            cause = f"more than {self.limits.rate_burst} requests at once from {client}; try again in {wait:.1f} s"
            raise self.refuse(429, "web.rate", cause, "TooManyRequests")

    def welcome(self, request: Request) -> Visitor:
        """The visitor the cookie names, or a newcomer with a fresh brain, if their address may have one
        and there is a desk free (a crowd of newcomers never pushes out someone who is still here)."""
        known = self.visitors.find(request.cookies.get(COOKIE))
        if known is not None:
            return known
        client = self.client(request)
        wait = self.newcomers.allow(client)
        if wait > 0:
            cause = f"too many new visitors from {client}; try again in {wait:.0f} s"
            raise self.refuse(429, "web.rate", cause, "TooManyRequests")
        # Behind a load balancer that routes by visitor, the newcomer keeps the id it routed them by.
        chosen = self.proxies.visitor(request.client.host if request.client else None, request.headers)
        try:
            return self.visitors.visit(None, new_id=chosen)
        except DeskFull as full:
            raise self.refuse(503, "web.full", str(full), "DeskFull") from None

    async def perform(self, request: Request) -> tuple[Visitor, Performance]:
        """Let the request in, hand it to the visitor's Dave, and return his performance (not yet waited)."""
        visitor, (performance, _) = await self._performed(request, None)
        return visitor, performance

    async def answer(self, request: Request, make: Callable[[Performance], bytes]) -> tuple[Visitor, bytes]:
        """The request performed, waited for, and its answer's bytes made by `make`.

        When Dave takes no time (the instant SLA) the bytes are made in the same turn on the visitor's
        thread, straight after the work: a second trip to a thread and back would cost more than making
        them. Otherwise they are made after the wait, in a turn of their own, so waiting visitors hold none.
        """
        started = self.clock.now()
        visitor, (performance, made) = await self._performed(request, make)
        if made is not None:
            return visitor, made
        await self.wait_until(started, performance.wait_seconds)
        return visitor, await self.finish(visitor, lambda: make(performance))

    async def _performed(self, request: Request, make: Callable[[Performance], bytes] | None) -> tuple[
            Visitor, tuple[Performance, bytes | None]]:
        self.let_in(request)
        text = await self.text(request)
        visitor = request.state.visitor = self.welcome(request)
        limits = self.limits

        def job(connection: Connection) -> tuple[Performance, bytes | None]:
            performance = ask(connection, text, max_wait=limits.max_wait_seconds, max_statements=limits.max_statements)
            return performance, make(performance) if make is not None and performance.wait_seconds <= 0 else None

        return visitor, await self.work(visitor, job)

    async def work(self, visitor: Visitor, job: Callable[[Connection], T]) -> T:
        """`job` run on the visitor's brain, on their thread, after their earlier requests and in their turn.

        A request that has not begun within `queue_seconds` is refused (503) and never runs; one visitor
        may have `waiting_per_visitor` requests waiting behind their own (429 beyond).
        """
        limits, loop = self.limits, asyncio.get_running_loop()
        if visitor.waiting >= limits.waiting_per_visitor:
            cause = f"{visitor.waiting} of this visitor's requests are already waiting for the ones before them"
            raise self.refuse(429, "web.rate", cause, "TooManyRequests")
        deadline = loop.time() + limits.queue_seconds
        visitor.waiting += 1
        try:
            if visitor.order.locked() or visitor.waiting > 1:  # behind their own earlier requests
                await asyncio.wait_for(visitor.order.acquire(), limits.queue_seconds)
            else:
                await visitor.order.acquire()  # free: taken at once, without a task to time it
        except asyncio.TimeoutError:
            raise self.busy(f"this visitor's earlier requests took more than {limits.queue_seconds:g} s") from None
        finally:
            visitor.waiting -= 1
        try:
            await self.turns.take(visitor.account, patience=max(0.0, deadline - loop.time()))
        except BaseException as error:
            visitor.order.release()
            if isinstance(error, Busy):
                raise self.busy(str(error)) from None
            raise
        return await self._on_thread(visitor.worker.submit, lambda brain: job(brain()), visitor,
                                     release=visitor.order.release)

    async def finish(self, visitor: Visitor, make: Callable[[], T]) -> T:
        """`make()` (an answer's bytes, Dave's voice: no brain needed) off the loop, in the visitor's turn.
        The answer is due: it waits as long as it takes, first in line among the quick."""
        await self.turns.take(visitor.account, patience=self.limits.max_wait_seconds)
        return await self._on_thread(lambda job: self.finishers.submit(job, _no_brain), lambda _: make(), visitor)

    async def _on_thread(self, hand: Callable[[Job], object], work: Callable[[Callable[[], Connection]], T],
                         visitor: Visitor, release: Callable[[], None] | None = None) -> T:
        """`work` handed to a thread by `hand`, in a turn already taken, and awaited (it is given what
        gives the brain: a visitor's thread opens it the first time; an answer's finishing needs none).

        The turn (and the visitor's order, `release`) is given back when the work ends, not when this
        request stops waiting: a client that goes away does not stop the thread. The visitor is charged
        the processor time the work took on its thread (not the wall time: with others' work on the same
        cores, that says more about them). One call back to the loop settles it all.
        """
        loop = asyncio.get_running_loop()
        answer: asyncio.Future[T] = loop.create_future()

        def job(brain: Callable[[], Connection]) -> None:
            began = time.thread_time()
            result: T | None = None
            failure: BaseException | None = None
            try:
                result = work(brain)
            except BaseException as error:  # noqa: BLE001 - the request answers for it
                failure = error
            seconds = time.thread_time() - began

            def settle() -> None:
                self.turns.give_back(visitor.account, seconds)
                if release is not None:
                    release()
                if not answer.done():  # else its request was cancelled: nobody is waiting
                    if failure is not None:
                        answer.set_exception(failure)
                    else:
                        answer.set_result(result)  # type: ignore[arg-type]  # T, when nothing failed

            with contextlib.suppress(RuntimeError):  # the loop closed: the server is going home
                loop.call_soon_threadsafe(settle)

        try:
            hand(job)
        except Gone as gone:
            self.turns.give_back()
            if release is not None:
                release()
            raise self.busy(f"{gone}; ask again") from None
        return await answer

    def busy(self, cause: str) -> Refusal:
        return self.refuse(503, "web.busy", cause, "Busy")

    async def voice(self, words: str, mood: float) -> bytes:
        """Dave saying `words` as a WAV, made off the loop (at most a few waiting: then he is busy, 503)."""
        from humandb.stage.voice import telephone

        if self.voices_waiting >= self.limits.working_at_once * self.limits.waiting_per_visitor:
            raise self.busy(f"{self.voices_waiting} voices are already being made")
        self.voices_waiting += 1
        try:
            return await asyncio.get_running_loop().run_in_executor(
                self.voices, lambda: telephone(words, energy=mood))
        finally:
            self.voices_waiting -= 1

    async def wait_until(self, started: datetime, seconds: float) -> None:
        """Sleep (on the server's clock) until `seconds` after `started`: the work already done counts."""
        remaining = seconds - (self.clock.now() - started).total_seconds()
        if remaining > 0:
            await self.clock.asleep(remaining)


def visitor_seed(seed: int, visitor_id: str) -> int:
    """A visitor's Dave's luck: the server's seed and their id together, so two visitors asking the same
    thing hear different beats, and one visitor (one id) always the same ones."""
    return int.from_bytes(hashlib.sha256(f"{seed}:{visitor_id}".encode()).digest()[:8], "big")


def _no_brain() -> Connection:
    raise RuntimeError("an answer is finished without a brain")




def _json(data: dict[str, Any] | bytes, status: int = 200, visitor: Visitor | None = None,
          headers: dict[str, str] | None = None) -> Response:
    body = data if isinstance(data, bytes) else encode(data)
    return _introduce(Response(body, status_code=status, media_type="application/json", headers=headers), visitor)


def _introduce(response: Response, visitor: Visitor | None) -> Response:
    """A new visitor's first response gives them their cookie: from then on, their brain is theirs."""
    if visitor is not None and visitor.new:
        response.set_cookie(COOKIE, visitor.id, httponly=True, samesite="lax", path="/")
    return response


def _refusal_response(refusal: Refusal, visitor: Visitor | None = None) -> Response:
    headers = {"Retry-After": "1"} if refusal.status in (429, 503) else None
    return _json(refusal.as_json(), refusal.status, visitor, headers)


def _guarded(handler: Callable[[Door, Request], Awaitable[Response]], door: Door) -> Handler:
    async def endpoint(request: Request) -> Response:
        try:
            return await handler(door, request)
        except Refusal as refusal:  # a refusal after the visitor was let in still sets their cookie
            return _refusal_response(refusal, getattr(request.state, "visitor", None))

    return endpoint


async def _desk(door: Door, request: Request) -> Response:
    door.let_in(request)
    visitor = door.visitors.find(request.cookies.get(COOKIE))
    if visitor is None:  # a stranger's desk is the sample's: nothing is opened (or evicted) for a look
        tables = door.sample_tables() if door.sample_tables_known else await asyncio.to_thread(door.sample_tables)
        return _json({"known": False, "postits": [], "tables": tables, "cues": _cues(request)})
    return _json({**await door.work(visitor, desk), "cues": _cues(request)})


def _cues(request: Request) -> dict[str, str]:
    from humandb.stage.sound import sounds_dir

    return media.cue_urls(sounds_dir(), request.scope.get("root_path", ""))


async def _query(door: Door, request: Request) -> Response:
    limit, root = door.limits.max_response_bytes, request.scope.get("root_path", "")
    visitor, body = await door.answer(request, lambda performance: linked(performance, limit, root))
    return _json(body, visitor=visitor)


async def _anchor_query(door: Door, request: Request) -> Response:
    """The original client's endpoint: the same answer, with the voice inside it (it plays what it was sent)."""
    limit = door.limits.max_response_bytes
    visitor, body = await door.answer(request, lambda performance: spoken(performance, limit))
    return _json(body, visitor=visitor)


async def _stream(door: Door, request: Request) -> Response:
    started = door.clock.now()
    visitor, performance = await door.perform(request)

    async def events() -> AsyncIterator[bytes]:
        for beat in performance.beats:
            await door.wait_until(started, beat.at)
            yield _event("beat", encode(beat.as_json()))
        await door.wait_until(started, performance.wait_seconds)
        limit, root = door.limits.max_response_bytes, request.scope.get("root_path", "")
        yield _event("answer", await door.finish(visitor, lambda: linked(performance, limit, root)))

    return _introduce(StreamingResponse(events(), media_type="text/event-stream",
                                        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}), visitor)


def _event(name: str, data: bytes) -> bytes:
    return b"event: " + name.encode() + b"\ndata: " + data + b"\n\n"


async def _voice(door: Door, request: Request) -> Response:
    door.let_in(request)
    try:
        words, mood = media.voice_request(dict(request.query_params), SPOKEN_CHARS)
    except OverflowError as error:
        raise door.refuse(413, "web.too_long", str(error), "TooLong") from None
    except ValueError as error:
        raise door.refuse(400, "web.not_json", str(error), "BadRequest") from None
    return Response(await door.voice(words, mood), media_type="audio/wav",
                    headers={"Cache-Control": media.VOICE_CACHE})


def _sound(folder: Path) -> Handler:
    async def sound(request: Request) -> Response:
        found = media.cue_file(folder, request.path_params["name"])
        if found is None:
            return Response("no such sound", status_code=404, media_type="text/plain")
        path, forever = found
        # A fingerprinted name never changes; the plain name is checked with the server on every use.
        cache = media.CUE_CACHE if forever else "no-cache"
        return FileResponse(path, media_type="audio/wav", headers={"Cache-Control": cache})

    return sound


async def _post_only(door: Door, request: Request) -> Response:
    """A question sent any other way than POST: 405, with Dave saying how to send one."""
    refusal = door.refuse(405, "web.not_json", f"{request.method} {request.url.path} takes only POST with a JSON body",
                          "MethodNotAllowed")
    return _json(refusal.as_json(), 405, headers={"Allow": "POST"})


async def _openapi(request: Request) -> Response:
    return JSONResponse(openapi.document(humandb.__version__))


# The site asks for nothing from elsewhere; the browser is told to refuse it too.
_POLICY = ("default-src 'self'; img-src 'self' data:; media-src 'self' data: blob:; style-src 'self'; "
           "script-src 'self'; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
           "frame-ancestors 'none'")


class _Headers:
    """Security headers on every response (a tiny pure-ASGI middleware: it never buffers the stream)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"],
                                      (b"content-security-policy", _POLICY.encode()),
                                      (b"x-content-type-options", b"nosniff"),
                                      (b"referrer-policy", b"no-referrer")]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(
    *, sla: str | float = "demo", tier: str = "free", seed: int = 0, limits: ServerLimits | None = None,
    clock: Clock | None = None, site: Path | None = None, sandbox: Any = True, behind: Sequence[str] = (),
) -> Starlette:
    """The whole server: site, API and stream. `clock` is where "now" and the waits come from (tests
    pass a FakeClock); `sandbox` the SQL guards (humandb.brain.guard.Sandbox; True for the defaults);
    `behind` the load balancers trusted to say who is asking (humandb.web.proxy)."""
    from humandb.stage.sound import sounds_dir

    door = Door(sla=sla, tier=tier, seed=seed, limits=limits or ServerLimits(), clock=clock or RealClock(),
                sandbox=sandbox, proxies=Proxies.parse(behind))
    routes = [
        Route("/api/desk", _guarded(_desk, door), methods=["GET"]),
        Route("/api/query", _guarded(_query, door), methods=["POST"]),
        Route("/api/stream", _guarded(_stream, door), methods=["POST"]),
        Route("/api/humandb-query/", _guarded(_anchor_query, door), methods=["POST"]),  # the original client's
        *[Route(path, _guarded(_post_only, door), methods=["GET", "PUT", "PATCH", "DELETE"])
          for path in ("/api/query", "/api/stream", "/api/humandb-query/")],
        Route(media.VOICE_PATH, _guarded(_voice, door), methods=["GET"]),
        Route("/openapi.json", _openapi, methods=["GET"]),
        Route("/sounds/{name}", _sound(sounds_dir()), methods=["GET", "HEAD"]),
        Mount("/", StaticFiles(directory=site or site_dir(), html=True, check_dir=False), name="site"),
    ]
    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        # Before the first visitor, off the loop: the sample company built (or found in the cache), and
        # everything Dave imports the first time he answers, so no visitor's request pays for it.
        await asyncio.to_thread(door.warm_up)
        yield
        await asyncio.to_thread(door.visitors.close)
        door.finishers.shutdown(wait=False)
        door.voices.shutdown(wait=False)

    # zlib's own default level: level 9 (Starlette's) costs more time per answer for a few bytes less.
    gzip = Middleware(GZipMiddleware, minimum_size=1024, compresslevel=6)
    app = Starlette(routes=routes, middleware=[Middleware(_Headers), gzip],
                    lifespan=lifespan)
    app.state.door = door
    return app


def from_environment() -> Starlette:
    """The app for any ASGI host, its options from HUMANDB_SERVE_* (HUMANDB_SERVE_LIMITS as for `humandb serve
    --limits`, HUMANDB_SERVE_BEHIND as its --behind, comma-separated). One worker per process: a visitor's
    brain lives in the process that made it. The limits on connections and headers are the host's to keep
    (humandb.web.serving keeps them for uvicorn)."""
    import os

    return create_app(sla=os.environ.get("HUMANDB_SERVE_SLA", "demo"),
                      tier=os.environ.get("HUMANDB_SERVE_TIER", "free"),
                      seed=int(os.environ.get("HUMANDB_SERVE_SEED", "0")),
                      limits=ServerLimits.parse(os.environ.get("HUMANDB_SERVE_LIMITS", "")),
                      behind=[part for part in os.environ.get("HUMANDB_SERVE_BEHIND", "").split(",") if part.strip()])
