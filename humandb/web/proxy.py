"""Several `humandb serve` processes behind one load balancer, without losing a visitor's desk.

A visitor's brain lives in the one process that opened it, so every request of theirs must reach that
process. The load balancer (nginx; the config comes from `humandb nginx`) hashes the visitor's cookie
onto a ring of processes — consistent hashing, so adding a process moves few visitors. A newcomer has
no cookie yet: nginx makes up an id for them (its random `$request_id`), routes by it and passes it on in
the `X-HumanDB-Visitor` header; the process that gets the newcomer gives them that id as their cookie,
so their next request hashes to the same place. Only a proxy the server was told to trust
(`humandb serve --behind ADDRESS`) may name a visitor or a client address this way.

Why this and not brains on shared storage: a brain is an in-memory SQLite database copied from the
sample; keeping it in memory is what makes Dave quick to answer. A process that dies loses its own
visitors' desks (they start again at another process, with a fresh copy), never anyone else's.
"""

from __future__ import annotations

import ipaddress
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from humandb.web.limits import ServerLimits

__all__ = ["VISITOR_HEADER", "Proxies", "nginx_config", "standalone"]

VISITOR_HEADER = "x-humandb-visitor"
# A cookie we give out is 24 URL-safe characters; nginx's $request_id is 32 hex digits. Anything else
# (a header naming the wrong thing, an attacker's 4 KB) is not an id.
_VISITOR_ID = re.compile(r"[A-Za-z0-9_-]{16,64}")


@dataclass(frozen=True)
class Proxies:
    """The proxies a server trusts to say who is asking (none, unless told)."""

    networks: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = ()

    @classmethod
    def parse(cls, addresses: Iterable[str]) -> Proxies:
        """Addresses or networks (`127.0.0.1`, `10.0.0.0/8`, `::1`); ValueError names a bad one."""
        networks = []
        for address in addresses:
            try:
                networks.append(ipaddress.ip_network(address.strip(), strict=False))
            except ValueError:
                raise ValueError(f"{address!r} is not an address or a network (e.g. 127.0.0.1, 10.0.0.0/8)") from None
        return cls(tuple(networks))

    def trusts(self, peer: str | None) -> bool:
        if not self.networks or not peer:
            return False
        try:
            ip = ipaddress.ip_address(peer)
        except ValueError:
            return False
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        return any(ip in network for network in self.networks)

    def client(self, peer: str | None, headers: Mapping[str, str]) -> str | None:
        """The address asking: behind a trusted proxy, the last address in X-Forwarded-For that the
        proxies did not add themselves (what a visitor writes there is to the left of it); else the peer."""
        if not self.trusts(peer):
            return peer
        forwarded = [part.strip() for part in headers.get("x-forwarded-for", "").split(",") if part.strip()]
        for address in reversed(forwarded):
            if not self.trusts(address):
                return address
        return forwarded[0] if forwarded else peer

    def visitor(self, peer: str | None, headers: Mapping[str, str]) -> str | None:
        """The id a trusted proxy chose for a visitor it routes by, if it chose a well-formed one."""
        if not self.trusts(peer):
            return None
        chosen = headers.get(VISITOR_HEADER, "")
        return chosen if _VISITOR_ID.fullmatch(chosen) else None


def nginx_config(backends: Sequence[str], *, listen: str = "8080", limits: ServerLimits | None = None) -> str:
    """An nginx `http { }` block's worth of config putting `backends` (host:port of each `humandb serve
    --behind <nginx's address>`) behind one address, with the servers' own limits at the front door."""
    if not backends:
        raise ValueError("give at least one backend (host:port of a humandb serve)")
    limits = limits or ServerLimits()
    servers = "\n".join(f"    server {backend} max_fails=1 fail_timeout=10s;" for backend in backends)
    # nginx counts rates in whole requests per second or minute; the server's are per second.
    rate = _nginx_rate(limits.rate_per_second)
    newcomers = _nginx_rate(limits.new_visitors_per_minute / 60)
    # The longest a request can take at a process: waiting for its turn, then Dave's capped answer.
    answer_seconds = math.ceil(limits.queue_seconds + limits.max_wait_seconds) + 5
    throttles = []
    if rate:
        throttles.append(f"limit_req_zone $binary_remote_addr zone=humandb_requests:10m rate={rate};")
    if newcomers:
        throttles.append(f"limit_req_zone $humandb_newcomer zone=humandb_newcomers:10m rate={newcomers};")
    applied = []
    if rate:
        applied.append(f"        limit_req zone=humandb_requests burst={limits.rate_burst} nodelay;")
    if newcomers:
        applied.append(f"        limit_req zone=humandb_newcomers burst={limits.new_visitors_burst} nodelay;")
    header_buffer = max(1, math.ceil(limits.max_header_bytes / 1024))
    refusals = "\n".join(
        f"    location = /.humandb/{status}.json {{ internal; default_type application/json; "
        f"return {status} '{_quoted(body)}'; }}" for status, body in _refusals(limits).items())
    passing = f"""\
        proxy_pass http://humandb;
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-HumanDB-Visitor $humandb_visitor;
        # Dave's beats stream as he works (/api/stream): pass them on as they come.
        proxy_buffering off;
        proxy_read_timeout {answer_seconds}s;
        # A process that is gone: its visitors start again at the next one on the ring.
        proxy_next_upstream error timeout;"""
    return f"""\
# HumanDB behind nginx, written by `humandb nginx`: include it inside nginx's http {{ }} block.
# Each backend is a `humandb serve --port P --behind <this nginx's address>`; the limits below are the
# servers' own (ServerLimits), so a request nginx lets through is one the servers take.

# A visitor is their cookie; a newcomer gets an id here, is routed by it, and keeps it as their cookie.
map $cookie_humandb_visitor $humandb_visitor {{
    default $cookie_humandb_visitor;
    ""      $request_id;
}}
# Newcomers (no cookie yet) asking Dave are counted per address: each costs a process a fresh brain.
map $cookie_humandb_visitor $humandb_newcomer {{
    default "";
    ""      $binary_remote_addr;
}}
{chr(10).join(throttles)}
limit_conn_zone $binary_remote_addr zone=humandb_connections:10m;

upstream humandb {{
    # Consistent hashing: adding or removing a process moves only the visitors it takes or had.
    hash $humandb_visitor consistent;
{servers}
    keepalive 64;
}}

server {{
    listen {listen};
    client_max_body_size {limits.max_body_bytes};
    client_body_buffer_size {limits.max_body_bytes};  # a body the servers take is never written to disk
    client_body_timeout {_seconds(limits.body_seconds)};
    client_header_timeout {_seconds(limits.header_seconds)};
    large_client_header_buffers 4 {header_buffer}k;
    keepalive_timeout {_seconds(limits.keep_alive_seconds)};
    limit_conn humandb_connections {limits.max_connections_per_client};
    limit_conn_status 503;
    limit_req_status 429;
    # Refused at the front door, in Dave's words and the servers' own JSON shape.
    error_page 413 /.humandb/413.json;
    error_page 429 /.humandb/429.json;
    error_page 502 503 504 /.humandb/503.json;
{refusals}

    # The API: Dave's answers, counted against the servers' rates.
    location /api/ {{
{passing}
{chr(10).join(applied)}
    }}
    # The page and its files: no brain is opened for them.
    location / {{
{passing}
    }}
}}
"""


def _refusals(limits: ServerLimits) -> dict[int, str]:
    """What nginx answers when it refuses: the body a server would send (humandb.web.answers.Refusal)."""
    from humandb.dave import words

    said = {
        413: ("web.too_long", f"the request is over {limits.max_body_bytes} bytes", "TooLarge"),
        429: ("web.rate", "too many requests from this address; try again in a second", "TooManyRequests"),
        503: ("web.busy", "no HumanDB process answered in time; try again in a moment", "Busy"),
    }
    return {status: json.dumps({"text": words.lines(section)[0], "cause": cause, "error": error, "status": status})
            for status, (section, cause, error) in said.items()}


def _quoted(text: str) -> str:
    """`text` inside single quotes in nginx's config: quotes and backslashes escaped; a `$` would be read
    as a variable, and Dave's refusals have none."""
    if "$" in text:
        raise ValueError(f"nginx would read a variable in {text!r}")
    return text.replace("\\", "\\\\").replace("'", "\\'")


def _nginx_rate(per_second: float) -> str:
    if per_second <= 0:
        return ""  # 0 turns the server's limit off: nginx's too
    if per_second >= 1:
        return f"{math.ceil(per_second)}r/s"
    return f"{max(1, math.ceil(per_second * 60))}r/m"


def _seconds(value: float) -> str:
    return f"{max(1, math.ceil(value))}s"


def standalone(folder: Path, *, connections: int = 1024) -> Path:
    """Write `folder`/nginx.conf: an nginx of its own that runs `folder`/humandb.conf in the foreground, with
    its pid, logs and temporary files in `folder` (for trying the recipe out, the tests and the benchmarks:
    `nginx -p FOLDER -c FOLDER/nginx.conf`)."""
    for temporary in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (folder / temporary).mkdir(exist_ok=True)
        (folder / temporary).chmod(0o777)  # started as root, nginx's workers run as nobody
    main = folder / "nginx.conf"
    main.write_text(f"""\
daemon off;
worker_processes 1;
worker_rlimit_nofile {connections * 2 + 64};
pid {folder}/nginx.pid;
error_log {folder}/error.log warn;
events {{ worker_connections {connections}; }}
http {{
    access_log off;
    client_body_temp_path {folder}/body;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;
    include {folder}/humandb.conf;
}}
""")
    return main
