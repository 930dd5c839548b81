"""Splitting a script into statements, at the semicolons the dialect's tokenizer sees
(so a ';' inside a string or a comment does not split)."""

from __future__ import annotations

__all__ = ["statements"]


def statements(script: str, dialect: str = "duckdb") -> list[str]:
    """The statements of `script`, each as the user wrote it.

    >>> statements("SELECT 'a;b'; SELECT 2;")
    ["SELECT 'a;b'", 'SELECT 2']
    """
    from sqlglot import TokenType
    from sqlglot.dialects.dialect import Dialect
    from sqlglot.errors import TokenError

    from humandb.reading.sql import SyntaxProblem, UnreadableSQL

    try:
        tokens = Dialect.get_or_raise(dialect).tokenize(script)
    except TokenError as error:
        raise UnreadableSQL(SyntaxProblem(f"could not split the script into tokens ({error})")) from error
    found, start = [], 0
    for token in tokens:
        if token.token_type == TokenType.SEMICOLON:
            found.append(script[start : token.start])
            start = token.end + 1
    found.append(script[start:])
    return [text.strip() for text in found if _has_code(text, dialect)]


def _has_code(text: str, dialect: str) -> bool:
    from sqlglot.dialects.dialect import Dialect

    return bool(text.strip()) and bool(Dialect.get_or_raise(dialect).tokenize(text))
