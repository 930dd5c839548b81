"""``humandb.english``: ask what SQL Dave would write for a question, without running it.

    >>> import humandb, humandb.english
    >>> humandb.english.to_sql("average price of products", humandb.connect(sla="instant"))
    'SELECT AVG(products.price) FROM products'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from humandb.reading.questions import NotUnderstood, Reading, is_english, translate

if TYPE_CHECKING:
    from humandb.connection import Connection

__all__ = ["NotUnderstood", "Reading", "is_english", "to_sql", "translate"]


def to_sql(question: str, connection: Connection) -> str:
    """The SQL Dave would write for an English question about the connection's tables.

    >>> import humandb
    >>> to_sql("how many products are there?", humandb.connect(sla="instant"))
    'SELECT COUNT(*) FROM products'
    """
    return translate(question, connection.store.catalog(), connection.clock.now().date()).sql
