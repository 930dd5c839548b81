"""What the server allows one stranger: request sizes, statements per request, a wait cap and a rate.

The SQL itself is guarded inside SQLite (humandb/brain/guard.py: authorizer, progress handler,
limits); these are the guards in front of it, at the HTTP door.
"""

from __future__ import annotations

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
