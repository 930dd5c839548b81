"""How `humandb serve` runs uvicorn: with limits on connections and request heads that uvicorn does not set.

uvicorn's defaults let one client hold every file descriptor with half-sent headers and send a header
of any size. Here each connection is held to the server's limits (humandb/web/limits.py):

- at most `max_connections` open, and `max_connections_per_client` from one address group (its /24 or
  IPv6 /64, as the rate limit groups them); a connection beyond either gets a 503 and is closed at once;
- a request's line and headers at most `max_header_bytes` (431, closed), all arrived within
  `header_seconds` of the connection opening or of its last answer (408, closed) — which also ends a
  connection that trickles a body nobody is reading;
- an idle keep-alive connection is closed after `keep_alive_seconds`;
- the process may open enough files for all of them (its soft RLIMIT_NOFILE is raised to fit);
- malloc shares a few arenas among the visitors' threads (humandb.web.workers.few_arenas), so the
  memory a crowd's brains freed is used again rather than kept.

The body's own time limit (`body_seconds`) is kept by the app, which reads it.
"""

from __future__ import annotations

import asyncio
import math
import socket
import sys
from collections import Counter
from typing import Any

from humandb.web.limits import ServerLimits, client_group
from humandb.web.proxy import Proxies

__all__ = ["protocol", "serve"]

_REASONS = {408: b"Request Timeout", 431: b"Request Header Fields Too Large", 503: b"Service Unavailable"}


def protocol(limits: ServerLimits, proxies: Proxies | None = None) -> type[asyncio.Protocol]:
    """uvicorn's httptools protocol, held to `limits` (one class per server: it counts that server's clients).
    A trusted load balancer's connections carry many visitors: it is held to the limits of the whole server,
    not to one client's (it keeps its own per client: humandb.web.proxy)."""
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

    open_by_client: Counter[str] = Counter()

    class GuardedProtocol(HttpToolsProtocol):
        _group = ""
        _head_bytes = 0
        _in_head = True
        _heads = 0  # request heads completed on this connection
        _head_timer: asyncio.TimerHandle | None = None

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._group = client_group(self.client[0]) if self.client else "unknown"
            open_by_client[self._group] += 1
            if len(self.connections) > limits.max_connections:
                self._refuse(503, f"more than {limits.max_connections} connections are open")
            elif (open_by_client[self._group] > limits.max_connections_per_client
                  and not (proxies and proxies.trusts(self.client[0] if self.client else None))):
                self._refuse(503, f"more than {limits.max_connections_per_client} connections from {self._group}")
            else:
                self._await_head()

        def connection_lost(self, exc: Exception | None) -> None:
            if self._group:
                open_by_client[self._group] -= 1
                if open_by_client[self._group] <= 0:
                    del open_by_client[self._group]
                self._group = ""
            self._stop_timer()
            super().connection_lost(exc)

        def data_received(self, data: bytes) -> None:
            if self._in_head:
                self._head_bytes += len(data)
            super().data_received(data)
            # Still in the head after the parser saw this chunk: every byte counted so far was the head's.
            if self._in_head and self._head_bytes > limits.max_header_bytes and not self.transport.is_closing():
                self._refuse(431, f"the request's head is over {limits.max_header_bytes} bytes")

        def on_headers_complete(self) -> None:
            self._in_head, self._heads = False, self._heads + 1
            self._stop_timer()
            super().on_headers_complete()

        def on_message_complete(self) -> None:
            self._in_head, self._head_bytes = True, 0  # whatever comes next is the next request's head
            super().on_message_complete()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing():
                self._await_head()

        def _await_head(self) -> None:
            self._stop_timer()
            self._head_timer = self.loop.call_later(limits.header_seconds, self._head_late, self._heads)

        def _head_late(self, heads: int) -> None:
            self._head_timer = None
            answering = self.cycle is not None and not self.cycle.response_complete
            if heads == self._heads and not answering and not self.transport.is_closing():
                self._refuse(408, f"no request arrived whole within {limits.header_seconds:g} s")

        def _stop_timer(self) -> None:
            if self._head_timer is not None:
                self._head_timer.cancel()
                self._head_timer = None

        def _refuse(self, status: int, cause: str) -> None:
            """A plain-text refusal, and the connection closed (nothing of it has reached the app)."""
            self._stop_timer()
            body = cause.encode()
            head = [b"HTTP/1.1 %d %s" % (status, _REASONS[status]), b"content-type: text/plain; charset=utf-8",
                    b"content-length: %d" % len(body), b"connection: close"]
            if status == 503:
                head.append(b"retry-after: 1")
            self.transport.write(b"\r\n".join(head) + b"\r\n\r\n" + body)
            self.transport.close()

    return GuardedProtocol


def serve(app: Any, *, hosts: list[str], port: int, limits: ServerLimits, proxies: Proxies | None = None) -> None:
    """Run `app` with uvicorn on `port` of every address in `hosts`, held to `limits`, until Ctrl-C.
    Who is asking is the app's to decide (humandb.web.proxy): uvicorn's own X-Forwarded-For handling, which
    trusts anyone on 127.0.0.1 by default, is off."""
    import uvicorn

    from humandb.web.workers import few_arenas

    _enough_files(limits)
    few_arenas()  # before the visitors' threads: memory freed by one brain is there for the next
    config = uvicorn.Config(app, host=hosts[0], port=port, http=protocol(limits, proxies), lifespan="on",
                            proxy_headers=False, log_level="warning", backlog=2048,
                            timeout_keep_alive=max(1, math.ceil(limits.keep_alive_seconds)))
    server = uvicorn.Server(config)
    if len(hosts) == 1:
        server.run()
        return
    sockets = [_listen(host, port) for host in hosts]
    try:
        server.run(sockets=sockets)
    finally:
        for sock in sockets:
            sock.close()


def _listen(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if family == socket.AF_INET6:  # "::" means IPv6 only here: IPv4 addresses are given by name
        sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
    sock.bind((host, port))
    return sock


def _enough_files(limits: ServerLimits) -> None:
    """Raise the soft limit on open files to fit every connection allowed, and some for the rest (sounds,
    the site's files, the sample's cache); say so when the hard limit is lower."""
    try:
        import resource
    except ImportError:  # Windows: no such limit to raise
        return
    wanted = limits.max_connections + 256
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < wanted:
        raised = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (raised, hard))
        if raised < wanted:
            print(f"humandb: this process may open {raised} files, fewer than max_connections "
                  f"({limits.max_connections}) needs; lower it with --limits max_connections={raised - 256}",
                  file=sys.stderr)
