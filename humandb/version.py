"""The package's version, in a module of its own: the sample's cache files are keyed by it, and the brain
should not reach up to the public face to learn it."""

from __future__ import annotations

__all__ = ["__version__"]

__version__ = "0.3.0"
