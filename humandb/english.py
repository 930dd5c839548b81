"""``humandb.english``: ask what SQL Dave would write for a question, without running it.

    >>> import humandb, humandb.english
    >>> humandb.english.to_sql("average price of products", humandb.connect(sla="instant"))
    'SELECT AVG(products.price) FROM products'
"""

from __future__ import annotations

from humandb.reading.english import NotUnderstood, Reading, is_english, to_sql, translate

__all__ = ["NotUnderstood", "Reading", "is_english", "to_sql", "translate"]
