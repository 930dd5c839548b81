"""A lost post-it may cost speed, never a constraint: UNIQUE indexes are laminated rules that never fall.

Tools that don't hear Dave (SQLAlchemy, pandas) make many indexes at once; whatever happens to the
bezel, every uniqueness they asked for must still hold afterwards, exactly as on sqlite3.
"""

from __future__ import annotations

from pathlib import Path

import pandas
import pytest
import sqlalchemy
from sqlalchemy import Integer, String, create_engine, inspect
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

import humandb
from humandb.dave.bezel import CAPACITY
from tests.conftest import said_from

UNIQUE_TABLES = 30


class Base(DeclarativeBase):
    pass


def _model(number: int) -> type[Base]:
    """A table with a unique, indexed email (a UNIQUE index) and an indexed plain column (a post-it)."""
    return type(f"Account{number}", (Base,), {
        "__tablename__": f"accounts_{number:02}",
        "__annotations__": {"id": Mapped[int], "email": Mapped[str], "team": Mapped[int]},
        "id": mapped_column(Integer, primary_key=True),
        "email": mapped_column(String(80), unique=True, index=True),
        "team": mapped_column(Integer, index=True),
    })


MODELS = [_model(number) for number in range(UNIQUE_TABLES)]


def test_thirty_unique_indexes_hold_through_sqlalchemy_and_pandas(tmp_path: Path) -> None:
    engine = create_engine(f"humandb:///{tmp_path / 'orm.brain'}?sla=instant&exact=true")
    Base.metadata.create_all(engine)
    frame = pandas.DataFrame({"n": range(5)})
    for number in range(CAPACITY + 3):  # pandas makes one plain index per table: enough to crowd the bezel
        frame.to_sql(f"frame_{number:02}", engine, index=True)
    with engine.begin() as connection:
        for model in MODELS:
            connection.execute(sqlalchemy.insert(model.__table__), {"email": "gary@example.com", "team": 1})
    inspector = inspect(engine)
    for model in MODELS:
        table = model.__tablename__
        unique = [index for index in inspector.get_indexes(table) if index["unique"]]
        assert [index["column_names"] for index in unique] == [["email"]], table
        with pytest.raises(IntegrityError), engine.begin() as connection:
            connection.execute(sqlalchemy.insert(model.__table__), {"email": "gary@example.com", "team": 2})
    with engine.connect() as connection:
        for model in MODELS:
            count = connection.execute(sqlalchemy.select(sqlalchemy.func.count()).select_from(model.__table__))
            assert count.scalar() == 1
    engine.dispose()
    # Speed is what the bezel costs: the plain indexes beyond its twelve places are gone, the rules are not.
    con = humandb.connect(tmp_path / "orm.brain", sla="instant", exact=True)
    loose = [postit for postit in con.postits if not postit.laminated]
    laminated = [postit for postit in con.postits if postit.laminated]
    assert len(loose) == CAPACITY and len(laminated) == UNIQUE_TABLES
    assert all(postit.label for postit in laminated)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()


def test_a_unique_index_is_laminated_and_never_falls(memory: humandb.Connection) -> None:
    memory.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT, city TEXT)")
    cursor = memory.execute("CREATE UNIQUE INDEX one_email ON people (email)")
    assert said_from("answer.create_rule", cursor.messages[0][1])
    (rule,) = memory.postits
    assert rule.laminated and rule.index == "one_email"
    for number in range(CAPACITY + 5):
        memory.execute(f"CREATE INDEX by_city_{number:02} ON people (city)")
    assert [postit.index for postit in memory.postits if postit.laminated] == ["one_email"]
    assert len([postit for postit in memory.postits if not postit.laminated]) == CAPACITY
    memory.execute("INSERT INTO people (email, city) VALUES ('dave@example.com', 'Leeds')")
    with pytest.raises(humandb.IntegrityError):
        memory.execute("INSERT INTO people (email, city) VALUES ('dave@example.com', 'York')")
    assert memory.execute("SELECT COUNT(*) FROM people").fetchone() == (1,)


def test_a_unique_index_on_an_expression_or_part_of_a_table_is_a_rule_too(memory: humandb.Connection) -> None:
    memory.execute("CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT, live INTEGER)")
    memory.execute("CREATE UNIQUE INDEX tag_name ON tags (lower(name)) WHERE live = 1")
    for number in range(CAPACITY + 1):
        memory.execute(f"CREATE INDEX tags_{number:02} ON tags (live)")
    memory.execute("INSERT INTO tags (name, live) VALUES ('Urgent', 1), ('urgent', 0)")
    with pytest.raises(humandb.IntegrityError):
        memory.execute("INSERT INTO tags (name, live) VALUES ('URGENT', 1)")
    assert "tag_name" in [postit.index for postit in memory.postits]
