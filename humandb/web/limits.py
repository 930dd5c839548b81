"""What the server allows one stranger: connections, request sizes, statements per request, a wait cap,
a rate, and a fair share of the work.

The SQL itself is guarded inside SQLite (humandb/brain/guard.py: authorizer, progress handler,
limits); these are the guards in front of it: at the socket (humandb/web/serving.py), at the HTTP door
(humandb/web/app.py) and in the queue for Dave's time (humandb/web/turns.py).

`humandb serve --limits name=value,...` (or HUMANDB_SERVE_LIMITS) changes any of them, e.g. to put
a load test's thousands of requests from one address through the real command.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["RateLimit", "ServerLimits", "client_group"]


@dataclass(frozen=True)
class ServerLimits:
    """The server's limits; every one of them, when hit, is a 4xx in Dave's words."""

    max_body_bytes: int = 16_384  # a request body larger than this is refused (413) before it is read whole
    max_sql_chars: int = 10_000  # one request's text (413)
    max_statements: int = 5  # statements in one request, separated by semicolons (413)
    max_response_bytes: int = 1_000_000  # rows are cut off (truncated: true) to keep an answer below this
    max_wait_seconds: float = 25.0  # the original client gives up after 30 s: Dave always answers before
    rate_per_second: float = 2.0  # per client address, refilled continuously; 0 turns the limit off
    rate_burst: int = 20  # how many requests a client may make at once before the rate applies
    visitors: int = 128  # brains kept at once; the least recently seen goes first, if it has been quiet a while
    idle_seconds: float = 1800.0  # a brain unused this long is let go
    protect_seconds: float = 120.0  # a visitor seen this recently is never let go for a newcomer (503 instead)
    new_visitors_per_minute: float = 10.0  # fresh brains per client address group (each costs memory)
    new_visitors_burst: int = 10
    # Dave's time: each visitor's brain lives on a thread of its own; this many requests are worked on at
    # once (the rest wait their turn, those who asked least lately first), and one of them is kept for
    # visitors who have asked little lately, so a crowd of slow statements never makes everyone wait.
    working_at_once: int = 4
    queue_seconds: float = 2.0  # a request not begun within this long is answered 503 (Dave is busy)
    waiting_per_visitor: int = 8  # one visitor's requests waiting behind their own earlier ones; more: 429
    # The sockets (humandb serve sets these on uvicorn; see humandb/web/serving.py)
    max_connections: int = 4096  # open at once; a connection beyond them is answered 503 and closed
    max_connections_per_client: int = 256  # per address group: one client's idle sockets never fill the server
    max_header_bytes: int = 16_384  # the request line and headers; more is refused with 431
    header_seconds: float = 10.0  # a request's headers must all arrive within this long (else 408, closed)
    body_seconds: float = 10.0  # ... and its body within this long after them (408)
    keep_alive_seconds: float = 5.0  # an idle keep-alive connection is closed after this long

    @classmethod
    def parse(cls, text: str) -> ServerLimits:
        """Limits from ``name=value`` pairs separated by commas; the defaults for the rest.

        >>> ServerLimits.parse("rate_per_second=0, visitors=64").visitors
        64
        >>> ServerLimits.parse("visiters=64")
        Traceback (most recent call last):
        ...
        ValueError: no limit named 'visiters'; the limits are: max_body_bytes, max_sql_chars, ...
        """
        fields = {field.name: field for field in dataclasses.fields(cls)}
        values: dict[str, int | float] = {}
        for pair in filter(None, (part.strip() for part in text.split(","))):
            name, equals, value = (piece.strip() for piece in pair.partition("="))
            if name not in fields:
                names = ", ".join(fields)
                raise ValueError(f"no limit named {name!r}; the limits are: {names}")
            number = float if fields[name].type in ("float", float) else int
            try:
                values[name] = number(value.replace("_", "")) if equals else number("")
            except ValueError:
                raise ValueError(f"{name} takes {'a number' if number is float else 'a whole number'}, "
                                 f"not {value!r}") from None
        limits = cls(**values)  # type: ignore[arg-type]  # each value has its field's type, checked above
        limits.check()
        return limits

    def check(self) -> None:
        """Refuse limits a server cannot run with (ValueError)."""
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            if value < 0:
                raise ValueError(f"{field.name} must not be negative, not {value}")
        for name in ("visitors", "working_at_once", "max_connections", "max_connections_per_client",
                     "max_header_bytes", "max_statements", "waiting_per_visitor"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1, not {getattr(self, name)}")


def client_group(address: str) -> str:
    """The part of an address one client controls: an IPv6 /64, an IPv4 /24, all of loopback.

    A rate limit per exact address is evaded by hopping within one's own block (any 127.x.y.z, any host
    of an IPv6 /64); limits are kept per group instead.

    >>> client_group("203.0.113.77"), client_group("127.8.9.10"), client_group("2001:db8::1:2:3:4")
    ('203.0.113.0/24', '127.0.0.0/8', '2001:db8::/64')
    """
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address  # not an address (a test client, a unix socket): as it is
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_loopback:
        return "127.0.0.0/8" if ip.version == 4 else "::1/128"
    prefix = 24 if ip.version == 4 else 64
    return str(ipaddress.ip_network(f"{ip}/{prefix}", strict=False))


class RateLimit:
    """A token bucket per client address: `burst` requests at once, then `rate` per second."""

    def __init__(self, rate: float, burst: int, *, clients: int = 10_000,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self.rate = rate
        self.burst = burst
        self._clients = clients
        self._monotonic = monotonic
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()  # client → (tokens, when)

    def allow(self, client: str) -> float:
        """0 if `client` may go ahead now (and takes a token), else the seconds until it may."""
        if self.rate <= 0:
            return 0.0
        now = self._monotonic()
        tokens, then = self._buckets.pop(client, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - then) * self.rate)
        if tokens >= 1.0:
            self._buckets[client] = (tokens - 1.0, now)
            allowed = 0.0
        else:
            self._buckets[client] = (tokens, now)
            allowed = (1.0 - tokens) / self.rate
        while len(self._buckets) > self._clients:  # forget the quietest clients first: memory stays bounded
            self._buckets.popitem(last=False)
        return allowed
