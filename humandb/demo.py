"""The April Fools stage demo: a scripted tour of Dave's sample company, about a minute at demo SLA.

A COUNT (and the 1987 order), the average engineering salary (and Gary's ledger pad), an English
question, a post-it index making a query faster, a snack, EXPLAIN, an eventual write, and the benchmark.
"""

from __future__ import annotations

import sys

import humandb
from humandb.settings import Preset, Tier
from humandb.stage.clock import Clock

__all__ = ["STAGE_SLA", "tour"]

STAGE_SLA = 8.0  # real seconds per business hour of Dave's work


def _work(cursor: humandb.Cursor) -> float:
    """The business minutes Dave spent on the work itself (the queue and the calendar aside)."""
    answer = cursor.answer
    return answer.timing.work_minutes if answer is not None and answer.timing is not None else 0.0


def tour(*, fast: bool = False, seed: int = 1, sound: bool | None = None, sla: Preset | float | None = None,
         tier: Tier | None = None, clock: Clock | None = None) -> int:
    """Run the tour on stderr (where Dave's transcript goes). `fast` means instant SLA; `sla` any other
    pace (the stage's eight seconds per business hour by default); `tier` pro unless given; `clock` where
    the waiting happens (a fake one plays the stage's pace without the wait)."""
    from rich.console import Console

    console = Console(file=sys.stderr, highlight=False)
    # Pro tier on stage: no free-tier queue to sit through while the audience waits.
    # Eight seconds per business hour makes the whole tour last about a minute on stage.
    pace: Preset | float = "instant" if fast else STAGE_SLA if sla is None else sla
    con = humandb.connect(sla=pace, show=True, sound=sound, seed=seed, tier=tier or "pro", accuracy=1.0,
                          clock=clock)

    def echo(request: str) -> humandb.Cursor:
        """A statement as typed at the shell's prompt, then Dave's answer to it."""
        console.print(f"[dim]humandb>[/dim] {request}", markup=True)
        return con.execute(request)

    def act(title: str, request: str) -> humandb.Cursor:
        console.rule(f"[bold]{title}")
        return echo(request)

    console.print("[bold]HumanDB[/bold] — the world's first human-powered analytical database.")
    console.print("Blazingly slow. Emotionally consistent. Why pay for compute when Dave is right there?\n")
    act("1. How many orders?", "SELECT COUNT(*) FROM orders")
    act("2. What does Engineering earn?", "SELECT AVG(salary) FROM employees WHERE department = 'Engineering'")
    act("3. Dave learned SQL first, then English", "which department has the highest average salary?")
    query = "SELECT COUNT(*) FROM orders WHERE customer_id = 42"
    before = _work(act("4. Post-it indexing: sub-optimal but colorful", query))
    echo("CREATE INDEX orders_by_customer ON orders (customer_id)")
    # Away from the instant SLA writes are eventual: the post-it is on the bezel once Dave's in-tray is done,
    # as the shell commits each input before its next prompt.
    con.commit()
    console.print("[dim]humandb>[/dim] .postits", markup=True)
    from humandb.stage.monitor import draw

    console.print(draw(con.postits))
    after = _work(echo(query))
    console.print(f"With the post-it: {after:.0f} business minutes of work instead of {before:.0f}.")
    console.rule("[bold]5. Performance tuning")
    console.print("[dim]humandb>[/dim] .snack donut")
    con.offer_snack("donut")  # Dave's thanks appear in his transcript
    act("6. EXPLAIN, in Dave's words", "EXPLAIN SELECT c.country, SUM(o.amount) FROM orders o "
        "JOIN customers c ON c.id = o.customer_id GROUP BY c.country")
    act("7. Eventually consistent: Dave will get back to you",
        "INSERT INTO customers (name, email, city, country, signed_up_on) "
        "VALUES ('April Fools', 'april@example.com', 'Springfield', 'United States', '2027-04-01')")
    con.commit()
    console.print("commit() waited for Dave's in-tray. The April Fools customer is in.")
    console.rule("[bold]8. Benchmarks")
    from humandb.bench import measure, table

    with console.status("Dave holds a stopwatch over SQLite (and DuckDB, if it is installed)…", spinner="dots"):
        results = measure(seed=seed)
    console.print(table(results))
    con.close()
    return 0
