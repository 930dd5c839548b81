"""EXPLAIN: Dave's plan in his words, from SQLite's real plan, with minutes per step and a total."""

from __future__ import annotations

import pytest

import humandb

JOIN = (
    "EXPLAIN SELECT c.country, SUM(o.amount) FROM orders o JOIN customers c ON c.id = o.customer_id "
    "WHERE o.status = 'returned' GROUP BY c.country ORDER BY 2 DESC"
)


def test_explain_a_join_in_daves_words(dave: humandb.Connection) -> None:
    cursor = dave.execute(JOIN)
    assert [column[0] for column in cursor.description or ()] == ["step", "what_dave_does", "business_minutes"]
    rows = cursor.fetchall()
    steps, total = rows[:-1], rows[-1]
    assert [row[0] for row in steps] == list(range(1, len(steps) + 1))
    text = "\n".join(row[1] for row in steps)
    assert "Print out the orders table (about 18,000 rows)" in text
    assert "right page of customers" in text  # the join looks customers up by primary key
    assert "Highlight everything where o.status = 'returned'" in text
    assert "Staple" in text and "piles by c.country" in text and "in order by" in text
    assert total[0] == "total" and total[1].startswith("Total: about") and "NULL" not in total[1]
    assert total[2] == pytest.approx(sum(row[2] for row in steps), abs=0.2)


def test_explain_mentions_the_postit_and_costs_less_with_it(dave: humandb.Connection) -> None:
    query = "EXPLAIN SELECT * FROM orders WHERE customer_id = 7"
    without = dave.execute(query).fetchall()[-1][2]
    dave.execute("CREATE INDEX orders_by_customer ON orders (customer_id)")
    rows = dave.execute(query).fetchall()
    postit = dave.postits[0]
    assert any(postit.label in row[1] and postit.colour in row[1] for row in rows)
    assert rows[-1][2] < without


def test_explain_does_not_run_the_statement(dave: humandb.Connection) -> None:
    dave.execute("EXPLAIN DELETE FROM orders")
    assert dave.execute("SELECT COUNT(*) FROM orders").fetchone()[0] > 17_000


def test_explain_of_nonsense_is_a_programming_error(dave: humandb.Connection) -> None:
    with pytest.raises(humandb.ProgrammingError):
        dave.execute("EXPLAIN SELECT FROM WHERE")
