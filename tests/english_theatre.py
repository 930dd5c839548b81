"""A theatre's box office: a second schema the English reader never saw in the third English pass, with
questions written before it read them, in shorter and more informal words than the bakery's.

Its shape: people split into `first` and `surname`; a show's length in `runtime_mins`; performances that
start at a T-separated TEXT moment and may be called off (`cancelled`, a flag); tickets whose money is
`paid` (a verb, not a noun) and whose sale is `sold_at`; a cast table joining actors to shows with the
`part` they play; keys declared on tickets and cast only, the rest inferred from names.

"Today" is Wednesday 2026-11-18, 10:00. A reference of None means Dave should refuse.
"""

from __future__ import annotations

import datetime
import random
from typing import Any

from tests.heldout.common import Case, create, insert, iso, money, random_day

__all__ = ["THEATRE", "build_theatre"]

_SEED = 1599

_SCHEMA = (
    "CREATE TABLE venues (venue_id INTEGER PRIMARY KEY, venue TEXT NOT NULL, seats INTEGER, city TEXT)",
    "CREATE TABLE shows (show_id INTEGER PRIMARY KEY, title TEXT NOT NULL, genre TEXT, director TEXT, "
    "premiere TEXT, runtime_mins INTEGER)",
    "CREATE TABLE performances (perf_id INTEGER PRIMARY KEY, show_id INTEGER, venue_id INTEGER, starts TEXT, "
    "cancelled INTEGER)",
    "CREATE TABLE patrons (patron_id INTEGER PRIMARY KEY, first TEXT, surname TEXT, postcode TEXT, "
    "member_since TEXT, dob TEXT)",
    "CREATE TABLE tickets (ticket_id INTEGER PRIMARY KEY, perf_id INTEGER REFERENCES performances (perf_id), "
    "patron_id INTEGER REFERENCES patrons (patron_id), seat TEXT, band TEXT, paid REAL, sold_at TEXT, "
    "refunded INTEGER)",
    "CREATE TABLE actors (actor_id INTEGER PRIMARY KEY, stage_name TEXT NOT NULL, agent TEXT)",
    "CREATE TABLE cast_members (show_id INTEGER REFERENCES shows (show_id), "
    "actor_id INTEGER REFERENCES actors (actor_id), part TEXT, PRIMARY KEY (show_id, actor_id))",
)

_VENUES = ((1, "The Playhouse", 820, "Manchester"), (2, "Studio Two", 160, "Manchester"),
           (3, "Old Vic Rooms", 540, "Bristol"), (4, "Garden Stage", 300, "Bath"))
# show_id, title, genre, director, premiere, runtime in minutes
_SHOWS = (
    (1, "Hamlet", "drama", "Greta Lind", "2024-02-10", 195),
    (2, "The Seagull", "drama", "Paul Ameri", "2024-09-05", 150),
    (3, "Noises Off", "comedy", "Greta Lind", "2024-05-18", 140),
    (4, "Cabaret", "musical", "Nora Vail", "2025-01-24", 160),
    (5, "Blithe Spirit", "comedy", "Paul Ameri", "2025-04-02", 125),
    (6, "Into the Woods", "musical", "Nora Vail", "2025-10-11", 165),
    (7, "Macbeth", "drama", "Greta Lind", "2026-03-06", 130),
    (8, "Twelfth Night", "comedy", "Sid Okafor", "2026-06-19", 135),
    (9, "Company", "musical", "Nora Vail", "2027-02-14", 170),  # not yet performed
)
_ACTORS = ("Jem Hollis", "Priya Nair", "Owen Blake", "Rosa Finch", "Tariq Noor", "Lily Marsh", "Ezra Cole",
           "Mae Sutton", "Dominic Hale", "Ivy Carter", "Kofi Mensah", "Hazel Brook")
_FIRST = ("Ellen", "Marcus", "Sade", "Tomas", "Ruth", "Ikaika", "Bea", "Colm", "Dana", "Ewan", "Freya", "Gil",
          "Hiba", "Ines", "Joel", "Kara", "Luc", "Mona")
_SURNAMES = ("Frost", "Agar", "Bolt", "Crisp", "Dale", "Eames", "Fox", "Grove", "Hume", "Jarvis", "Kemp", "Lane",
             "Moss", "Nye", "Orme", "Penn", "Rudd", "Steel", "Tull", "Vine")
_BANDS = (("stalls", 55, 48.0), ("circle", 30, 36.0), ("balcony", 15, 22.0))


def build_theatre(con: Any) -> None:
    rng = random.Random(_SEED)
    cur = con.cursor()
    create(cur, _SCHEMA)
    insert(cur, "venues", ("venue_id", "venue", "seats", "city"), _VENUES)
    insert(cur, "shows", ("show_id", "title", "genre", "director", "premiere", "runtime_mins"), _SHOWS)
    insert(cur, "actors", ("actor_id", "stage_name", "agent"),
           [(n, name, ("Curtain Call", "Limelight", None)[n % 3]) for n, name in enumerate(_ACTORS, 1)])
    cast = []
    for show in range(1, 10):
        for actor in rng.sample(range(1, 11), 4):  # actors 11 and 12 have no parts
            cast.append((show, actor, f"part {len(cast) + 1}"))
    insert(cur, "cast_members", ("show_id", "actor_id", "part"), cast)
    patrons = []
    for number in range(1, 121):
        first, surname = ("Ellen", "Frost") if number == 5 else (_FIRST[number % 18], _SURNAMES[(number * 7) % 20])
        if number != 5 and (first, surname) == ("Ellen", "Frost"):
            surname = "Finch"
        born = datetime.date(1940, 1, 1) + datetime.timedelta(days=rng.randrange(0, 365 * 65))
        patrons.append((number, first, surname, f"M{number % 30} {number % 9}AB",
                        iso(random_day(rng, datetime.date(2022, 1, 1), datetime.date(2026, 11, 12))), iso(born)))
    insert(cur, "patrons", ("patron_id", "first", "surname", "postcode", "member_since", "dob"), patrons)
    performances = []
    for number in range(1, 241):
        show = rng.choices(range(1, 9), (14, 8, 12, 16, 9, 15, 12, 10))[0]
        opened = datetime.date.fromisoformat(_SHOWS[show - 1][4])
        day = random_day(rng, max(opened, datetime.date(2024, 1, 1)), datetime.date(2027, 1, 31))
        moment = datetime.datetime(day.year, day.month, day.day, rng.choice((14, 19)), 30)
        performances.append((number, show, 1 + (number * 7 + show) % 4, moment.strftime("%Y-%m-%dT%H:%M"),
                             int(rng.random() < 0.05)))
    insert(cur, "performances", ("perf_id", "show_id", "venue_id", "starts", "cancelled"), performances)
    tickets = []
    now = datetime.datetime(2026, 11, 18, 10, 0)
    for perf_id, _, _, starts, cancelled in performances:
        start = datetime.datetime.fromisoformat(starts)
        for _ in range(rng.randint(3, 12)):
            band, _, price = rng.choices(_BANDS, [w for _, w, _ in _BANDS])[0]
            sold = start - datetime.timedelta(days=rng.randint(1, 60), hours=rng.randint(0, 12))
            if sold > now:
                continue  # no ticket is sold in the future
            tickets.append((len(tickets) + 1, perf_id, rng.randint(1, 114), f"{band[0].upper()}{rng.randint(1, 40)}",
                            band, money(price * rng.choice((1.0, 1.0, 0.8))), sold.strftime("%Y-%m-%d %H:%M"),
                            int(cancelled or rng.random() < 0.03)))  # patrons 115-120 never bought one
    insert(cur, "tickets", ("ticket_id", "perf_id", "patron_id", "seat", "band", "paid", "sold_at", "refunded"),
           tickets)
    con.commit()


_PATRON = "p.first, p.surname"
_NOW = "'2026-11-18T10:00'"

THEATRE: list[Case] = [
    # plain
    Case("no. of patrons", "SELECT COUNT(*) FROM patrons"),
    Case("how many musicals", "SELECT COUNT(*) FROM shows WHERE genre = 'musical'"),
    Case("venues with more than 500 seats", "SELECT venue FROM venues WHERE seats > 500"),
    Case("avg ticket price", "SELECT AVG(paid) FROM tickets"),
    Case("average seats per venue", "SELECT AVG(seats) FROM venues"),
    # extremes
    Case("longest show", "SELECT title FROM shows ORDER BY runtime_mins DESC LIMIT 1"),
    Case("earliest premiere", "SELECT title FROM shows ORDER BY premiere LIMIT 1"),
    Case("youngest patron", f"SELECT {_PATRON} FROM patrons p ORDER BY dob DESC LIMIT 1"),
    Case("next performance",
         f"SELECT perf_id FROM performances WHERE starts > {_NOW} ORDER BY starts LIMIT 1"),
    # money
    Case("total ticket sales last year",
         "SELECT SUM(paid) FROM tickets WHERE sold_at >= '2025-01-01' AND sold_at < '2026-01-01'"),
    Case("how much did we take in october",
         "SELECT SUM(paid) FROM tickets WHERE sold_at >= '2026-10-01' AND sold_at < '2026-11-01'"),
    Case("revenue per show",
         "SELECT s.title, SUM(t.paid) FROM tickets t JOIN performances f ON f.perf_id = t.perf_id "
         "JOIN shows s ON s.show_id = f.show_id GROUP BY s.show_id"),
    Case("top 5 patrons by spending",
         f"SELECT {_PATRON} FROM patrons p JOIN tickets t ON t.patron_id = p.patron_id GROUP BY p.patron_id "
         "ORDER BY SUM(t.paid) DESC LIMIT 5"),
    # groups and rankings
    Case("tickets sold per band", "SELECT band, COUNT(*) FROM tickets GROUP BY band"),
    Case("which show sold the most tickets",
         "SELECT s.title FROM shows s JOIN performances f ON f.show_id = s.show_id JOIN tickets t "
         "ON t.perf_id = f.perf_id GROUP BY s.show_id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("which venue hosts the most performances",
         "SELECT v.venue FROM venues v JOIN performances f ON f.venue_id = v.venue_id GROUP BY v.venue_id "
         "ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("who directed the most shows", "SELECT director FROM shows GROUP BY director ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("tickets per month in 2026",
         "SELECT strftime('%Y-%m', sold_at), COUNT(*) FROM tickets WHERE sold_at >= '2026-01-01' GROUP BY 1"),
    Case("how many parts has each actor got",
         "SELECT a.stage_name, COUNT(c.show_id) FROM actors a LEFT JOIN cast_members c ON c.actor_id = a.actor_id "
         "GROUP BY a.actor_id"),
    # anti-joins
    Case("patrons who never bought a ticket",
         f"SELECT {_PATRON} FROM patrons p WHERE patron_id NOT IN (SELECT patron_id FROM tickets)"),
    Case("actors not cast in anything",
         "SELECT stage_name FROM actors WHERE actor_id NOT IN (SELECT actor_id FROM cast_members)"),
    Case("shows that have never been performed",
         "SELECT title FROM shows WHERE show_id NOT IN (SELECT show_id FROM performances)"),
    # ratios and the average
    Case("what % of tickets were refunded", "SELECT 100.0 * AVG(refunded) FROM tickets"),
    Case("shows longer than average",
         "SELECT title FROM shows WHERE runtime_mins > (SELECT AVG(runtime_mins) FROM shows)"),
    # yes / no
    Case("are there more comedies than dramas",
         "SELECT (SELECT COUNT(*) FROM shows WHERE genre = 'comedy') > "
         "(SELECT COUNT(*) FROM shows WHERE genre = 'drama')"),
    # HAVING
    Case("patrons who spent more than 700",
         f"SELECT {_PATRON} FROM patrons p JOIN tickets t ON t.patron_id = p.patron_id GROUP BY p.patron_id "
         "HAVING SUM(t.paid) > 700"),
    Case("shows with over 30 performances",
         "SELECT s.title FROM shows s JOIN performances f ON f.show_id = s.show_id GROUP BY s.show_id "
         "HAVING COUNT(*) > 30"),
    # TEXT dates
    Case("cancelled performances this year",
         "SELECT COUNT(*) FROM performances WHERE cancelled = 1 AND starts >= '2026-01-01' "
         "AND starts < '2027-01-01'"),
    Case("upcoming performances", f"SELECT COUNT(*) FROM performances WHERE starts > {_NOW}"),
    Case("how many patrons joined since july", "SELECT COUNT(*) FROM patrons WHERE member_since >= '2026-07-01'"),
    Case("patrons over 70", "SELECT COUNT(*) FROM patrons WHERE dob <= '1956-11-18'"),
    # names and composed
    Case("how many performances of hamlet",
         "SELECT COUNT(*) FROM performances f JOIN shows s ON s.show_id = f.show_id WHERE s.title = 'Hamlet'"),
    Case("who is in macbeth",
         "SELECT a.stage_name FROM actors a JOIN cast_members c ON c.actor_id = a.actor_id "
         "JOIN shows s ON s.show_id = c.show_id WHERE s.title = 'Macbeth'"),
    Case("how many tickets did ellen frost buy",
         "SELECT COUNT(*) FROM tickets t JOIN patrons p ON p.patron_id = t.patron_id "
         "WHERE p.first = 'Ellen' AND p.surname = 'Frost'"),
    Case("stalls tickets sold for cabaret in 2026",
         "SELECT COUNT(*) FROM tickets t JOIN performances f ON f.perf_id = t.perf_id JOIN shows s "
         "ON s.show_id = f.show_id WHERE t.band = 'stalls' AND s.title = 'Cabaret' AND t.sold_at >= '2026-01-01' "
         "AND t.sold_at < '2027-01-01'"),
    # refuse
    Case("which show got the best reviews", None),
    Case("how many interval drinks did we sell", None),
    Case("what will hamlet gross next year", None),
    Case("which actor is the funniest", None),
    Case("is the car park full tonight", None),
    Case("why was the matinee cancelled", None),
]
