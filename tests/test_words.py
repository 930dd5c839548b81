"""Dave's words v2: the answer first for every shape of result, English that cannot glitch, only true things,
and two long sessions proofread line by line and measured for freshness."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest

import humandb
from humandb.dave import grammar, words
from humandb.rehearsal import Exchange, as_text, rehearse, rehearse_regular
from humandb.stage.clock import FakeClock
from tests.conftest import TODAY
from tests.glitches import glitches, most_repeated, new_jokes, prose, sentences

TRANSCRIPT = Path(__file__).parent.parent / "docs" / "transcript-seed-1.txt"


@pytest.fixture(scope="module")
def sessions() -> dict[str, list[Exchange]]:
    return {"rehearsal": rehearse(seed=1, count=200), "regular": rehearse_regular(seed=1, count=200)}


@pytest.fixture
def pro() -> humandb.Connection:
    """Dave at the pro tier (no queue), always exactly right, on an ordinary morning."""
    return humandb.connect(sla="instant", seed=4, tier="pro", accuracy=1.0, clock=FakeClock(TODAY))


def _said(con: humandb.Connection, text: str) -> tuple[str, list[str]]:
    """The first sentence of Dave's words, and the sections of all his lines."""
    answer = con.execute(text).answer
    assert answer is not None and answer.report is not None
    return sentences([answer.words])[0], [line.section for line in answer.report.said]


# -- the grammar layer ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("count", "noun", "approximate", "said"),
    [(1, "row", False, "one row"), (0, "order", False, "zero orders"), (3, "pile", False, "three piles"),
     (12, "egg", False, "a dozen eggs"), (18_000, "order", True, "about 18 thousand orders"),
     (1, "order", True, "about one order"), (240, "employee", False, "240 employees"),
     (5, "category", False, "five categories"), (2, "status", False, "two statuses")],
)
def test_counts_agree_with_their_nouns(count: int, noun: str, approximate: bool, said: str) -> None:
    assert grammar.counted(count, noun, approximate=approximate) == said


@pytest.mark.parametrize(
    ("phrase", "said"),
    [("orange post-it", "an orange post-it"), ("yellow post-it", "a yellow post-it"), ("hour", "an hour"),
     ("unicorn", "a unicorn"), ("11-page printout", "an 11-page printout"), ("donut", "a donut"),
     ("1987 order", "a 1987 order"), ("8 ball", "an 8 ball")],
)
def test_articles_agree_with_the_next_word(phrase: str, said: str) -> None:
    assert grammar.a(phrase) == said


def test_tables_name_their_rows_or_say_rows() -> None:
    assert grammar.noun_of("orders") == ("order", "orders")
    assert grammar.noun_of("order_items") == ("order item", "order items")
    assert grammar.noun_of("staff") is None and grammar.noun_of("data") is None and grammar.noun_of("t1") is None


def test_slots_render_english_and_lines_start_with_a_capital() -> None:
    assert words.fill("{snack:a}? {names:list}. {gary:'s} pad. {x} leads", {
        "snack": "orange", "names": ["Priya", "Tom", "Ana"], "gary": "Gary", "x": "delivered"}) == \
        "An orange? Priya, Tom and Ana. Gary's pad. Delivered leads"
    email = "thomas.billy@yahoo.com"
    assert words.fill("{email} is in twice", {"email": email}) == f"{email} is in twice"


def test_inflect_loads_without_its_runtime_type_checks() -> None:
    import subprocess
    import sys

    # In a fresh interpreter: with typeguard's instrumentation inflect's import alone takes seconds.
    code = ("import sys; from humandb.dave import grammar; print(grammar.a('hour')); "
            "print('typeguard' in sys.modules, 'inflect' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[:2] == ["an hour", "False True"]


# -- the answer, said first ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "answer", "section"),
    [
        ("SELECT COUNT(*) FROM orders", "18 thousand orders", "answer.count"),
        ("SELECT COUNT(*) FROM orders WHERE status = 'returned'", "890 orders|‘returned’", "answer.count.where"),
        ("SELECT AVG(salary) FROM employees WHERE department = 'Engineering'", "$87,000", "answer.average"),
        ("SELECT MIN(amount), MAX(amount) FROM orders", "$8,600", "answer.range"),
        ("which department has the highest average salary", "Data", "answer.top_one"),
        ("SELECT department, COUNT(*) FROM employees GROUP BY department ORDER BY 2 DESC", "Engineering",
         "answer.ranking"),
        ("SELECT status, COUNT(*) FROM orders GROUP BY status", "delivered", "answer.groups"),
        ("top 5 customers by total amount", "Billy Brown", "answer.ranking"),
        ("SELECT * FROM employees WHERE id = 87", "Dave Campos", "answer.one_row"),
        ("SELECT name FROM products WHERE id < 4", "Ergonomic Whiteboard, Travel Stapler and Compact Pen Set",
         "answer.rows"),
        ("SELECT * FROM orders WHERE id < 0", "No", "answer.empty"),
        ("SELECT COUNT(DISTINCT country) FROM customers", "eight different countries", "answer.count"),
    ],
)
def test_the_first_sentence_carries_the_answer(pro: humandb.Connection, text: str, answer: str,
                                                section: str) -> None:
    first, sections = _said(pro, text)
    assert all(part.lower() in first.lower() for part in answer.split("|")), (first, sections)
    assert sections[0].startswith(section), (first, sections)


def test_writes_and_ddl_say_what_happened(pro: humandb.Connection) -> None:
    assert _said(pro, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")[1][0] == "answer.create"
    first, sections = _said(pro, "INSERT INTO notes (body) VALUES ('one'), ('two'), ('three')")
    assert "three notes" in first and sections[0] == "answer.insert"
    first, sections = _said(pro, "UPDATE notes SET body = 'x' WHERE id = 1")
    assert "one note" in first and sections[0] == "answer.update"
    first, sections = _said(pro, "DELETE FROM notes WHERE id > 100")
    assert sections[0] == "answer.delete.none" and "0" not in first and "(s)" not in first
    assert _said(pro, "BEGIN")[1][0] == "answer.begin" and _said(pro, "ROLLBACK")[1][0] == "answer.rollback"


def test_only_true_things(pro: humandb.Connection) -> None:
    text = "SELECT COUNT(*) FROM employees WHERE department = 'Finance' AND salary > 70000"
    exact = pro.execute(text).exact_rows[0][0]
    small, _ = _said(pro, text.replace("70000", "70000.0"))
    assert 0 < exact <= 10 and grammar.number_words(exact) in small.lower(), (exact, small)
    whole = pro.execute("SELECT name, salary FROM employees WHERE salary IS NULL").answer
    assert whole is not None and whole.report is not None
    assert "left those out" not in whole.words and "oddity.itself.nulls" in [
        line.section for line in whole.report.said]
    returned = pro.execute("SELECT COUNT(*) FROM orders WHERE status = 'returned'").messages[0][1]
    assert "holds" not in returned and "returned" in returned
    lines = [line for templates in words.phrasebook().values() for line in templates]
    assert not any("row nine hundred" in line or "(s)" in line for line in lines)


def test_internal_names_never_reach_the_words(pro: humandb.Connection) -> None:
    for text in ("SELECT 1", "SELECT * FROM (SELECT status, COUNT(*) AS n FROM orders GROUP BY status) WHERE n > 500",
                 "SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id < 3",
                 "WITH big AS (SELECT * FROM products WHERE price > 500) SELECT COUNT(*) FROM big"):
        answer = pro.execute(text).answer
        assert answer is not None and answer.report is not None
        for line in (answer.words, *answer.report.transcript):
            if not line.startswith("📝"):
                assert not glitches(line), (text, line, glitches(line))


def test_dave_knows_his_snacks() -> None:
    con = humandb.connect(sla="instant", seed=3, clock=FakeClock(TODAY))
    for snack in ("biscuits", "crisps", "a muffin", "a ham sandwich", "some chocolate digestives", "a flat white"):
        before = len(con.desk.boosts)
        reply = con.offer_snack(snack)
        assert len(con.desk.boosts) == before + 1, (snack, reply)  # eaten, and it helps
        assert not glitches(reply), (snack, reply)
    unknown = con.offer_snack("a kouign-amann")
    assert con.desk.boosts[-1].snack == "kouign-amann" and not glitches(unknown)


def test_five_coffees_in_a_row_are_five_different_stages() -> None:
    con = humandb.connect(sla="instant", seed=3, clock=FakeClock(TODAY))
    replies = [con.offer_snack("coffee") for _ in range(5)]
    stages = ["coffee.first", "coffee.second", "coffee.third", "coffee.fourth", "coffee.too_many"]
    from tests.conftest import said_from

    assert [next(s for s in stages if said_from(s, reply)) for reply in replies] == stages
    assert len(con.desk.boosts) == 4  # the fifth went to the plant


def test_beer_waits_for_friday_afternoon() -> None:
    wednesday = humandb.connect(sla="instant", seed=3, clock=FakeClock(TODAY))
    wednesday.execute("SELECT 1")
    from tests.conftest import said_from

    assert said_from("snack.beer", wednesday.offer_snack("a beer"))
    friday = humandb.connect(sla="instant", seed=3, clock=FakeClock(TODAY.replace(day=20, hour=15)))
    friday.execute("SELECT 1")
    assert said_from("snack.beer.friday", friday.offer_snack("beer"))


def test_picking_lines_is_a_seeded_rotation() -> None:
    one, other = words.Rotation(1), words.Rotation(1)
    section = "answer.empty"
    size = len(words.lines(section))
    walk = [one.next(section) for _ in range(size)]
    assert sorted(walk) == list(range(size))  # every line once before any comes back
    assert [other.next(section) for _ in range(size)] == walk
    assert [words.Rotation(2).next(section) for _ in range(3)] != walk[:3] or size < 3


# -- two sessions, proofread and measured -----------------------------------------------------------


@pytest.mark.parametrize("name", ["rehearsal", "regular"])
def test_no_line_of_a_long_session_has_a_glitch(sessions: dict[str, list[Exchange]], name: str) -> None:
    problems = [(exchange.request, problem) for exchange in sessions[name] for line in prose(exchange)
                for problem in glitches(line)]
    assert problems == []


@pytest.mark.parametrize("name", ["rehearsal", "regular"])
def test_a_long_session_stays_fresh(sessions: dict[str, list[Exchange]], name: str) -> None:
    fresh = new_jokes(sessions[name])
    assert len(fresh) == 4 and fresh[3] >= fresh[0] / 2, fresh
    sentence, times = most_repeated(sessions[name])
    assert times <= 3, (sentence, times)


def test_the_checker_catches_each_kind_of_glitch() -> None:
    for bad in ("There were 1 groups.", "Stuck a orange post-it.", "Wrote 1 new row(s).", "the the binder",
                "spreading the and its partner", "reading CONSTANT aloud", "the (subquery-2) table", "salary None",
                "There are 1.", "Your 5 row", "{table} is gone"):
        assert glitches(bad), bad
    assert not glitches("Stuck an orange post-it on the 1987 order. One row, five piles, a dozen eggs.")


def test_the_transcript_in_the_docs_is_what_the_command_prints() -> None:
    from humandb import cli

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli.main(["transcript"]) == 0
    assert out.getvalue() == TRANSCRIPT.read_text(encoding="utf-8")
    assert out.getvalue() == as_text(rehearse(seed=1)) + "\n"


def test_rendering_is_pure_and_a_report_reads_the_same_later(pro: humandb.Connection) -> None:
    answer = pro.execute("SELECT status, COUNT(*) FROM orders GROUP BY status").answer
    assert answer is not None and answer.report is not None
    pro.execute("DELETE FROM orders WHERE status = 'pending'")
    assert [line.render() for line in answer.report.said] == list(answer.report.lines[: len(answer.report.said)])


def test_the_stage_demo_compares_with_the_post_it_really_up() -> None:
    """At the stage's pace the index is an eventual write: the demo waits for the in-tray before it compares."""
    import datetime
    import re

    from humandb import demo

    clock = FakeClock(datetime.datetime(2026, 11, 18, 10, 0))
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        assert demo.tour(sla=demo.STAGE_SLA, clock=clock, sound=False) == 0
    shown = err.getvalue()
    compared = re.search(r"With the post-it: (\d+) business minutes of work instead of (\d+)\.", shown)
    assert compared is not None, shown[-3000:]
    after, before = int(compared.group(1)), int(compared.group(2))
    assert after < before, compared.group(0)
    act = shown[shown.index("4. Post-it indexing"):compared.start()]
    assert act.index("📥") < act.index("🟩")  # the in-tray emptied, then he tapped the post-it on the bezel
    assert sum(clock.sleeps) > 10  # the stage's pace really played, on the fake clock


# -- the arcs: the paid pile goes down through a day; each planted oddity fixed pays off -------------------


def test_the_paid_pile_goes_down_as_the_day_goes_on() -> None:
    con = humandb.connect(sla="instant", seed=6, clock=FakeClock(TODAY))  # the free tier: a paid pile ahead
    days: dict[object, list[int]] = {}
    for text in ("SELECT COUNT(*) FROM customers", "SELECT AVG(price) FROM products", "SELECT * FROM orders WHERE "
                 "id = 3", "SELECT MAX(salary) FROM employees") * 5:
        answer = con.execute(text).answer
        assert answer is not None and answer.timing is not None
        days.setdefault(answer.timing.start.date(), []).append(answer.timing.tickets_ahead)
    busy = [piles for piles in days.values() if len(piles) > 1]
    assert busy and all(max(piles[1:]) < piles[0] for piles in busy), days  # the morning pile is the tallest
    assert len({piles[0] for piles in days.values()}) >= 1 and all(piles[0] > 0 for piles in days.values())


@pytest.mark.parametrize(
    ("fix", "payoff"),
    [("UPDATE orders SET ordered_at = '2024-03-01' WHERE ordered_at < '1990-01-01'", "payoff.old_date"),
     ("UPDATE employees SET salary = 58000 WHERE salary IS NULL", "payoff.nulls"),
     ("UPDATE customers SET email = 'second.' || email WHERE id = (SELECT MAX(id) FROM customers WHERE email IN "
      "(SELECT email FROM customers GROUP BY email HAVING COUNT(*) > 1))", "payoff.duplicate"),
     ("DELETE FROM orders WHERE amount < 0 OR quantity < 0", "payoff.negative")],
)
def test_fixing_a_planted_oddity_any_way_gets_a_payoff_line(pro: humandb.Connection, fix: str, payoff: str) -> None:
    answer = pro.execute(fix).answer
    assert answer is not None and answer.report is not None
    sections = [line.section for line in answer.report.said]
    assert payoff in sections, (answer.words, sections)
    assert not glitches(answer.words), answer.words


@pytest.mark.parametrize(
    ("alter", "section", "said", "unsaid"),
    [("ALTER TABLE ledger{n} ADD COLUMN owner_since TEXT", "answer.alter.add", "owner_since", "rename"),
     ("ALTER TABLE ledger{n} DROP COLUMN owner", "answer.alter.drop", "owner", "new column"),
     ("ALTER TABLE ledger{n} RENAME COLUMN owner TO keeper", "answer.alter.rename_column", "keeper", "layout"),
     ("ALTER TABLE ledger{n} RENAME TO pad{n}", "answer.alter.rename", "pad", "layout")],
)
def test_an_alter_says_what_changed(memory: humandb.Connection, alter: str, section: str, said: str,
                                    unsaid: str) -> None:
    for n in range(len(words.lines(section))):  # the rotation says every line once
        memory.execute(f"CREATE TABLE ledger{n} (id INTEGER PRIMARY KEY, owner TEXT, note TEXT)")
        answer = memory.execute(alter.format(n=n)).answer
        assert answer is not None and answer.report is not None
        first = sentences([answer.words])[0]
        assert answer.report.said[0].section == section and said in first.lower(), answer.words
        assert unsaid not in answer.words.lower() and not glitches(answer.words), answer.words


def test_the_table_on_stage_shows_a_whole_number_as_dave_says_it() -> None:
    from humandb.stage.terminal import Terminal

    out = io.StringIO()
    clock = FakeClock(TODAY)
    con = humandb.connect(sla="instant", seed=4, tier="pro", accuracy=1.0, clock=clock,
                          stage=humandb.Stage(clock, Terminal(out, width=100)))
    answer = con.execute("SELECT AVG(salary) FROM employees WHERE department = 'Engineering'").answer
    assert answer is not None and answer.rows[0][0] == 87000.0 and "$87,000" in answer.words
    shown = out.getvalue()
    assert "87000" in shown and "87000.0" not in shown, shown
    con.execute("SELECT 2.5 * 3, 0.1")  # a fraction is shown as it is
    assert "7.5" in out.getvalue() and "0.1" in out.getvalue()


def test_a_table_still_in_the_in_tray_is_not_a_table_he_never_heard_of() -> None:
    from tests.conftest import said_from

    con = humandb.connect(":memory:", sla="demo", show=False, sound=False, clock=FakeClock(TODAY))
    con.execute("CREATE TABLE visits (day TEXT)")  # eventual: acknowledged, waiting in the in-tray
    with pytest.raises(humandb.ProgrammingError) as waiting:
        con.execute("SELECT * FROM visits")
    assert said_from("error.missing.queued", waiting.value.dave) and "visits" in waiting.value.dave
    assert not glitches(waiting.value.dave)
    with pytest.raises(humandb.ProgrammingError) as never:
        con.execute("SELECT * FROM visitors")  # not in the in-tray: that one really isn't there
    assert said_from("error.missing", never.value.dave) and not said_from("error.missing.queued", never.value.dave)
    con.commit()
    assert con.execute("SELECT COUNT(*) FROM visits").fetchone() == (0,)  # made, once the in-tray was done


def test_with_a_post_it_he_says_how_it_helped_rather_than_how_he_scanned(pro: humandb.Connection) -> None:
    pro.execute("CREATE INDEX orders_by_product ON orders (product_id)")
    for product in range(3, 9):
        answer = pro.execute(f"SELECT COUNT(*) FROM orders WHERE product_id = {product}").answer
        assert answer is not None and answer.report is not None
        sections = [line.section for line in answer.report.said]
        assert "postit.used" in sections and not any(s.startswith("colour.") for s in sections), answer.words


def test_dave_is_reached_before_he_reads_the_query() -> None:
    """You get hold of him, he says hello, then he reads your query and gives his ETA: in that order."""
    con = humandb.connect(":dave:", sla="demo", show=False, sound=False, stage=False, seed=3,
                          clock=FakeClock(TODAY))
    for question in ("SELECT COUNT(*) FROM orders", "how many customers are there", "SELECT 1"):
        kinds = [beat.kind for beat in con.execute(question).answer.report.script.beats]
        assert kinds.index("contact") < kinds.index("receive") < kinds.index("eta"), kinds
        greeting = [at for at, kind in enumerate(kinds) if kind == "aside"]
        assert all(kinds.index("contact") < at < kinds.index("receive") for at in greeting), kinds
    con.close()
