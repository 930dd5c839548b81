"""The PEP 249 exception hierarchy, in the PEP's own words and order.

Every message HumanDB raises starts with what Dave would say and ends with the technical cause,
so an error is both funny and useful::

    Dave squints at line 1, column 8. "Is that a typo or a new keyword?" — cause: Invalid expression ...
"""

from __future__ import annotations

__all__ = [
    "DataError",
    "DatabaseError",
    "Error",
    "IntegrityError",
    "InterfaceError",
    "InternalError",
    "NotSupportedError",
    "OperationalError",
    "ProgrammingError",
    "Warning",
]


class Warning(Exception):  # noqa: A001, N818 - PEP 249 names it so
    """Important warnings, like data truncations while inserting."""


class Error(Exception):
    """Base class of all other error exceptions.

    ``dave`` holds Dave's words and ``cause`` the technical cause; ``str(error)`` joins them.
    ``limit`` names the sandbox rule a refusal enforced ("forbidden", "time" or "size"; see
    humandb/brain/guard.py), or is None for an ordinary error.
    """

    def __init__(self, dave: str, cause: str = "", *, limit: str | None = None) -> None:
        self.dave = dave
        self.cause = cause
        self.limit = limit
        super().__init__(f"{dave} — cause: {cause}" if cause else dave)


class InterfaceError(Error):
    """Errors related to the database interface rather than the database itself."""


class DatabaseError(Error):
    """Errors related to the database."""


class DataError(DatabaseError):
    """Problems with the processed data: division by zero, numeric value out of range, ..."""


class OperationalError(DatabaseError):
    """Errors related to the database's operation, not necessarily under the programmer's control."""


class IntegrityError(DatabaseError):
    """The relational integrity of the database is affected, e.g. a foreign key check fails."""


class InternalError(DatabaseError):
    """The database encountered an internal error, e.g. the cursor is not valid anymore."""


class ProgrammingError(DatabaseError):
    """Programming errors: table not found, syntax error in the SQL statement, wrong parameters, ..."""


class NotSupportedError(DatabaseError):
    """A method or database API was used which is not supported by the database."""
