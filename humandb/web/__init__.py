"""The website and its JSON API: `humandb serve` (the `server` extra, Starlette + uvicorn)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from starlette.applications import Starlette

__all__ = ["create_app"]


def create_app(**options: Any) -> Starlette:
    """The ASGI app (see humandb.web.app.create_app for the options); needs ``pip install 'humandb-dave[server]'``."""
    try:
        import starlette  # noqa: F401 - only to ask whether the extra is installed
    except ImportError:
        from humandb import errors

        raise errors.InterfaceError("Dave's website needs its server parts.",
                                    "pip install 'humandb-dave[server]' (Starlette and uvicorn)") from None
    from humandb.web.app import create_app as build

    return build(**options)
