"""The SQLAlchemy dialect: URLs, options, pools, Core, the ORM and reflection, on real SQLAlchemy 2.x."""

from __future__ import annotations

import datetime
import importlib.metadata
import sqlite3
import threading
from collections.abc import Callable, Iterator
from inspect import signature
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Engine,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    create_engine,
    delete,
    exc,
    func,
    insert,
    inspect,
    pool,
    select,
    text,
    update,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship

import humandb
from humandb.brain import sample_cache
from humandb.connection import Connection
from humandb.integrations.sqlalchemy import OPTIONS, HumanDBDialect
from humandb.stage.clock import FakeClock

SAMPLE_TABLES = ["customers", "employees", "orders", "products"]
QUICK = "sla=instant&show=false&sound=false"


EngineFor = Callable[..., Engine]


@pytest.fixture
def engine_for() -> Iterator[EngineFor]:
    """create_engine, and every engine it made disposed of (its connections closed) after the test."""
    made: list[Engine] = []

    def make(url: str, **kwargs: Any) -> Engine:
        made.append(create_engine(url, **kwargs))
        return made[-1]

    yield make
    for engine in made:
        engine.dispose()


@pytest.fixture
def exact(engine_for: EngineFor) -> Engine:
    """Dave's sample company, exact."""
    return engine_for(f"humandb://?{QUICK}&exact=true")


@pytest.fixture
def brain(engine_for: EngineFor, tmp_path: Path) -> Engine:
    """A file database in tmp_path, exact."""
    return engine_for(f"humandb:///{tmp_path / 'company.brain'}?{QUICK}&exact=true")


@pytest.fixture
def reference() -> Iterator[sqlite3.Connection]:
    """Dave's sample company, straight from sqlite3: what exact answers must equal."""
    connection = sqlite3.connect(sample_cache.cached_sample())
    yield connection
    connection.close()


def humandb_connection(engine: Engine) -> Connection:
    """The humandb Connection behind one of the engine's pooled connections."""
    with engine.connect() as connection:
        driver = connection.connection.driver_connection
    assert isinstance(driver, Connection)
    return driver


# -- the dialect and its URLs ----------------------------------------------------------------------


def test_the_entry_point_names_the_dialect(exact: Engine) -> None:
    (entry,) = importlib.metadata.entry_points(group="sqlalchemy.dialects", name="humandb")
    assert entry.load() is HumanDBDialect
    dialect = exact.dialect
    assert isinstance(dialect, HumanDBDialect)
    assert (dialect.name, dialect.driver, dialect.paramstyle) == ("humandb", "humandb", "qmark")
    assert vars(dialect)["dbapi"] is humandb and str(dialect.dbapi_version) == humandb.__version__
    with exact.connect():
        assert dialect.server_version_info == sqlite3.sqlite_version_info


@pytest.mark.parametrize(
    ("url", "database"),
    [("humandb://", ":dave:"), ("humandb:///:dave:", ":dave:"), ("humandb:///:memory:", ":memory:")],
)
def test_urls_without_a_file_name_a_database_in_memory(engine_for: EngineFor, url: str, database: str) -> None:
    engine = engine_for(f"{url}?{QUICK}")
    assert humandb_connection(engine).settings.database == database
    assert isinstance(engine.pool, pool.SingletonThreadPool)


def test_a_file_path_is_made_absolute_once(
    engine_for: EngineFor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    engine = engine_for(f"humandb:///company.brain?{QUICK}")
    monkeypatch.chdir(tmp_path.parent)  # later connections still open the same file
    assert humandb_connection(engine).settings.database == str(tmp_path / "company.brain")
    assert (tmp_path / "company.brain").exists()
    assert isinstance(engine.pool, pool.NullPool)


def test_url_options_become_typed_connect_options(engine_for: EngineFor) -> None:
    url = ("humandb://?sla=2.5&exact=true&seed=7&tier=pro&show=false&sound=no&dialect=postgres"
           "&accuracy=0.5&user=pat&consistency=strong&voice=mumble")
    settings = humandb_connection(engine_for(url)).settings
    assert (settings.sla, settings.seconds_per_hour, settings.exact, settings.seed) == (2.5, 2.5, True, 7)
    assert (settings.tier, settings.show, settings.sound, settings.dialect) == ("pro", False, False, "postgres")
    assert (settings.accuracy, settings.user, settings.consistency) == (0.5, "pat", "strong")


def test_every_url_option_is_a_connect_option() -> None:
    assert set(OPTIONS) <= set(signature(humandb.connect).parameters)


def test_an_engine_keeps_connects_defaults_except_dialect_and_consistency(
    engine_for: EngineFor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("HUMANDB_SLA")
    settings = humandb_connection(engine_for("humandb://")).settings  # connecting asks Dave nothing
    assert (settings.sla, settings.seconds_per_hour) == ("demo", 1.0)
    assert (settings.dialect, settings.consistency, settings.exact) == ("sqlite", "strong", False)


@pytest.mark.parametrize(
    ("query", "named"),
    [("colour=blue", "colour"), ("exact=maybe", "exact"), ("seed=seven", "seed"), ("seed=1&seed=2", "seed"),
     ("accuracy=high", "accuracy")],
)
def test_bad_url_options_are_refused_by_create_engine(query: str, named: str) -> None:
    with pytest.raises(humandb.InterfaceError, match=named) as refused:
        create_engine(f"humandb://?{query}")
    assert refused.value.dave.startswith("Dave")


def test_options_connect_refuses_arrive_wrapped_by_sqlalchemy() -> None:
    engine = create_engine("humandb://?sla=whenever")
    with pytest.raises(exc.InterfaceError) as refused:
        engine.connect()
    assert isinstance(refused.value.orig, humandb.InterfaceError)


def test_a_url_with_a_host_is_not_daves() -> None:
    with pytest.raises(exc.ArgumentError, match="locally"):
        create_engine("humandb://dave@example.com/company.brain")


# -- where the data lives --------------------------------------------------------------------------


def test_writes_to_the_sample_persist_within_an_engine_and_no_further(engine_for: EngineFor, exact: Engine) -> None:
    with exact.begin() as connection:
        connection.execute(text("INSERT INTO products (name, price) VALUES ('Stapler', 9.5)"))
    with exact.connect() as connection:
        assert connection.execute(text("SELECT COUNT(*) FROM products")).scalar_one() == 121
    other = engine_for(f"humandb://?{QUICK}&exact=true")
    with other.connect() as connection:
        assert connection.execute(text("SELECT COUNT(*) FROM products")).scalar_one() == 120


def test_memory_starts_empty(engine_for: EngineFor) -> None:
    assert inspect(engine_for(f"humandb:///:memory:?{QUICK}")).get_table_names() == []


def test_a_file_engine_works_from_other_threads(brain: Engine) -> None:
    with brain.begin() as connection:
        connection.execute(text("CREATE TABLE visits (who INTEGER)"))

    def visit(who: int) -> None:
        with brain.begin() as connection:
            connection.execute(text("INSERT INTO visits VALUES (:who)"), {"who": who})

    threads = [threading.Thread(target=visit, args=(who,)) for who in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with brain.connect() as connection:
        assert connection.execute(text("SELECT who FROM visits ORDER BY who")).scalars().all() == list(range(6))


# -- Core ------------------------------------------------------------------------------------------

metadata = MetaData()
people = Table(
    "people", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(40), nullable=False, unique=True),
    Column("born", Date),
    Column("seen", DateTime),
)
owners = Table("owners", metadata, Column("id", Integer, primary_key=True),
               Column("person_id", ForeignKey("people.id"), index=True))


def test_core_creates_inserts_selects_updates_and_deletes_in_a_file(brain: Engine, tmp_path: Path) -> None:
    metadata.create_all(brain)
    with brain.begin() as connection:
        first = connection.execute(insert(people).values(name="Pat", born=datetime.date(1990, 5, 17)))
        assert first.inserted_primary_key == (1,)
        connection.execute(insert(people), [{"name": "Sam"}, {"name": "Lee"}])
        returned = connection.execute(insert(people).returning(people.c.id), [{"name": "Kim"}, {"name": "Ash"}])
        assert returned.scalars().all() == [4, 5]
    with brain.begin() as connection:
        assert connection.execute(update(people).where(people.c.name == "Sam").values(name="Samuel")).rowcount == 1
        assert connection.execute(delete(people).where(people.c.name == "Lee")).rowcount == 1
        connection.execute(update(people).where(people.c.id == 1).values(seen=datetime.datetime(2026, 11, 18, 10)))
    with brain.connect() as connection:
        pat = connection.execute(select(people).where(people.c.id == 1)).one()
        assert (pat.born, pat.seen) == (datetime.date(1990, 5, 17), datetime.datetime(2026, 11, 18, 10))
    stored = sqlite3.connect(tmp_path / "company.brain")  # the real file, read without Dave
    assert stored.execute("SELECT id, name FROM people ORDER BY id").fetchall() == [
        (1, "Pat"), (2, "Samuel"), (4, "Kim"), (5, "Ash")]
    stored.close()


def test_a_rollback_undoes_the_transaction(brain: Engine) -> None:
    metadata.create_all(brain)
    with brain.connect() as connection:
        connection.execute(insert(people).values(name="Pat"))
        connection.rollback()
        assert connection.execute(select(func.count()).select_from(people)).scalar_one() == 0


def test_daves_refusals_arrive_as_sqlalchemys_errors(brain: Engine) -> None:
    metadata.create_all(brain)
    with brain.connect() as connection:
        connection.execute(insert(people).values(name="Pat"))
        with pytest.raises(exc.IntegrityError) as duplicate:
            connection.execute(insert(people).values(name="Pat"))
        assert isinstance(duplicate.value.orig, humandb.IntegrityError)
        with pytest.raises(exc.ProgrammingError) as missing:
            connection.execute(text("SELECT * FROM nowhere"))
        assert isinstance(missing.value.orig, humandb.ProgrammingError)
        assert "nowhere" in missing.value.orig.cause and missing.value.orig.dave


def test_a_closed_connection_is_a_disconnect_and_the_pool_moves_on(
    exact: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    with exact.connect() as connection:
        driver = connection.connection.driver_connection
        assert isinstance(driver, Connection)
        driver.close()
        with pytest.raises(exc.ProgrammingError) as closed:
            connection.execute(text("SELECT 1"))
        assert closed.value.connection_invalidated
    with exact.connect() as connection:  # a fresh copy of the sample
        assert connection.execute(text("SELECT COUNT(*) FROM products")).scalar_one() == 120
    assert not [record for record in caplog.records if record.levelname == "ERROR"]


def test_disposing_leaves_other_threads_connections_alone(caplog: pytest.LogCaptureFixture) -> None:
    engine = create_engine(f"humandb://?{QUICK}")
    worker = threading.Thread(target=lambda: engine.connect().close())
    worker.start()
    worker.join()
    engine.dispose()  # from this thread, which may not close the worker's connection
    assert not [record for record in caplog.records if record.levelname == "ERROR"]


def test_savepoints_undo_only_their_part_of_the_transaction(exact: Engine) -> None:
    with exact.connect() as connection:
        connection.execute(text("UPDATE products SET price = 1 WHERE id = 1"))
        nested = connection.begin_nested()
        connection.execute(text("UPDATE products SET price = 2 WHERE id = 2"))
        nested.rollback()
        with connection.begin_nested():
            connection.execute(text("UPDATE products SET price = 3 WHERE id = 3"))
        connection.commit()
        prices = connection.execute(text("SELECT id, price FROM products WHERE id <= 3 ORDER BY id")).all()
        assert prices[0] == (1, 1) and prices[1][1] != 2 and prices[2] == (3, 3)


def test_isolation_levels_are_sqlites(exact: Engine) -> None:
    with exact.connect() as connection:
        assert connection.get_isolation_level() == "SERIALIZABLE"
        connection.execution_options(isolation_level="READ UNCOMMITTED")
        assert connection.get_isolation_level() == "READ UNCOMMITTED"


def test_eventual_consistency_lands_core_writes_at_commit(engine_for: EngineFor, clock: FakeClock) -> None:
    engine = engine_for("humandb://?sla=demo&consistency=eventual&exact=true&show=false&sound=false",
                           connect_args={"clock": clock})
    with engine.connect() as connection:
        connection.execute(text("INSERT INTO products (name, price) VALUES ('Stapler', 9.5)"))
        connection.commit()  # waits, on the fake clock, for Dave's in-tray
        assert clock.elapsed > 0
        assert connection.execute(text("SELECT COUNT(*) FROM products")).scalar_one() == 121


# -- results: exact, or Dave's ---------------------------------------------------------------------

QUESTIONS = [
    "SELECT status, COUNT(*), SUM(amount), AVG(quantity) FROM orders GROUP BY status ORDER BY status",
    "SELECT department, MAX(salary), MIN(salary) FROM employees GROUP BY department ORDER BY department",
    "SELECT id, name, price FROM products ORDER BY id",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_exact_results_equal_sqlite3s(exact: Engine, reference: sqlite3.Connection, question: str) -> None:
    with exact.connect() as connection:
        rows = [tuple(row) for row in connection.execute(text(question))]
    assert rows == reference.execute(question).fetchall()


def test_without_exact_computed_values_are_daves_and_stored_ones_real(
    engine_for: EngineFor, reference: sqlite3.Connection
) -> None:
    engine = engine_for(f"humandb://?{QUICK}&seed=7")
    with engine.connect() as connection:
        total = connection.execute(text("SELECT SUM(amount) FROM orders")).scalar_one()
        prices = connection.execute(text("SELECT id, price FROM products ORDER BY id")).all()
    (exact_total,) = reference.execute("SELECT SUM(amount) FROM orders").fetchone()
    assert total != exact_total and abs(total - exact_total) < 0.35 * exact_total
    assert [tuple(row) for row in prices] == reference.execute("SELECT id, price FROM products ORDER BY id").fetchall()


def test_daves_words_stay_off_the_terminal(exact: Engine, capfd: pytest.CaptureFixture[str]) -> None:
    with exact.connect() as connection:
        connection.execute(text("SELECT COUNT(*) FROM orders")).scalar_one()
    assert capfd.readouterr() == ("", "")


# -- reflection ------------------------------------------------------------------------------------


def test_reflection_sees_the_sample_and_not_daves_desk(exact: Engine, reference: sqlite3.Connection) -> None:
    with exact.begin() as connection:  # a post-it on Dave's bezel: HumanDB's own table appears
        connection.execute(text("CREATE INDEX orders_by_status ON orders (status)"))
    inspector = inspect(exact)
    assert inspector.get_table_names() == SAMPLE_TABLES
    assert "humandb_postits" in inspector.get_table_names(sqlite_include_internal=True)
    columns = [column["name"] for column in inspector.get_columns("orders")]
    assert columns == [row[1] for row in reference.execute("PRAGMA table_info(orders)")]
    assert inspector.get_pk_constraint("orders")["constrained_columns"] == ["id"]
    assert inspector.get_foreign_keys("orders") == []
    assert [index["name"] for index in inspector.get_indexes("orders")] == ["orders_by_status"]
    reflected = MetaData()
    reflected.reflect(exact)
    assert sorted(reflected.tables) == SAMPLE_TABLES


def test_reflection_reads_back_what_core_created(brain: Engine) -> None:
    metadata.create_all(brain)
    inspector = inspect(brain)
    assert inspector.get_table_names() == ["owners", "people"]
    (link,) = inspector.get_foreign_keys("owners")
    assert (link["constrained_columns"], link["referred_table"], link["referred_columns"]) == (
        ["person_id"], "people", ["id"])
    assert [index["column_names"] for index in inspector.get_indexes("owners")] == [["person_id"]]
    assert [column["name"] for column in inspector.get_columns("people")] == ["id", "name", "born", "seen"]


# -- the ORM ---------------------------------------------------------------------------------------


class Base(DeclarativeBase):
    pass


class Team(Base):
    __tablename__ = "teams"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    members: Mapped[list[Member]] = relationship(back_populates="team", order_by="Member.id")


class Member(Base):
    __tablename__ = "members"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"))
    team: Mapped[Team] = relationship(back_populates="members")


def test_the_orm_adds_queries_changes_and_deletes(brain: Engine) -> None:
    Base.metadata.create_all(brain)
    with Session(brain) as session:
        data = Team(name="Data", members=[Member(name="Dave"), Member(name="Gary"), Member(name="Pat")])
        session.add_all([data, Team(name="Sales")])
        session.commit()
        assert [member.id for member in data.members] == [1, 2, 3]
    with Session(brain) as session:
        data = session.scalars(select(Team).where(Team.name == "Data")).one()
        assert [member.name for member in data.members] == ["Dave", "Gary", "Pat"]
        data.members[0].name = "David"
        session.delete(data.members[2])
        session.commit()
    with Session(brain) as session:
        assert session.scalars(select(Member.name).order_by(Member.id)).all() == ["David", "Gary"]
        assert session.get(Member, 3) is None
        gary = session.get(Member, 2)
        assert gary is not None and gary.team.name == "Data"
