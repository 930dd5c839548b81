"""An amateur football league: clubs in two divisions, their players (each club has one captain, and its other
current players point at him), the venues they play at, seasons, fixtures between a home and an away club,
the goals and cards in those fixtures, the suspensions handed out, and the players' yearly membership fees.

Written blind, like the rest of the held-out corpus: by someone who has not read the English reader. Tables are
plural snake_case and columns camelCase, the way an ORM writes them. Day dates are ISO TEXT (``dateOfBirth``,
``joinedOn``, ``leftOn``, ``startDate``, ``endDate``, ``openedOn``, ``joinedLeagueOn``, ``startsOn``); moments
are ISO TEXT with a time (``kickoffAt``, ``paidAt``). Meaningful NULLs: a match's ``homeGoals``/``awayGoals``
are NULL unless it was played (postponed, abandoned and still-to-come fixtures have none), ``attendance`` is
NULL when nobody counted, a player's ``leftOn`` is NULL while he is still at the club, ``captainId`` is NULL for
the captain himself and for players who have left, ``email`` is NULL when unknown, a suspension's ``cardId`` is
NULL when it did not come from a single card (yellow accumulation or misconduct), ``fineAmount`` is NULL when the
fine was waived. Two links are not declared as foreign keys: ``goals.clubId`` (the club the goal counts for,
which for an own goal is not the scorer's club) and ``fee_payments.playerId``.

Rows with no children: Quayside Dynamo joined the league in autumn 2026 and has never played; its ground,
Quayside Arena, has never hosted a match; the 2027 season has no fixtures yet (but a few players have already
paid for it); many players never scored, some never got a card, a few never paid a fee.
"""

from __future__ import annotations

import datetime
import math
import random
from typing import Any

from .common import Case, create, insert, iso, money

SEED = 77031

SCHEMA = (
    """CREATE TABLE venues (
        venueId INTEGER PRIMARY KEY,
        venueName TEXT NOT NULL,
        town TEXT NOT NULL,
        surface TEXT NOT NULL,
        capacity INTEGER NOT NULL,
        hasFloodlights INTEGER NOT NULL,
        hireFee REAL NOT NULL,
        openedOn TEXT NOT NULL
    )""",
    """CREATE TABLE clubs (
        clubId INTEGER PRIMARY KEY,
        clubName TEXT NOT NULL,
        town TEXT NOT NULL,
        foundedYear INTEGER NOT NULL,
        kitColours TEXT NOT NULL,
        division TEXT NOT NULL,
        homeVenueId INTEGER REFERENCES venues (venueId),
        joinedLeagueOn TEXT NOT NULL,
        secretaryEmail TEXT
    )""",
    """CREATE TABLE players (
        playerId INTEGER PRIMARY KEY,
        clubId INTEGER NOT NULL REFERENCES clubs (clubId),
        firstName TEXT NOT NULL,
        lastName TEXT NOT NULL,
        position TEXT NOT NULL,
        shirtNumber INTEGER NOT NULL,
        dateOfBirth TEXT NOT NULL,
        joinedOn TEXT NOT NULL,
        leftOn TEXT,
        captainId INTEGER REFERENCES players (playerId),
        email TEXT
    )""",
    """CREATE TABLE seasons (
        seasonId INTEGER PRIMARY KEY,
        seasonName TEXT NOT NULL,
        startDate TEXT NOT NULL,
        endDate TEXT NOT NULL,
        membershipFee REAL NOT NULL
    )""",
    """CREATE TABLE matches (
        matchId INTEGER PRIMARY KEY,
        seasonId INTEGER NOT NULL REFERENCES seasons (seasonId),
        roundNo INTEGER NOT NULL,
        homeClubId INTEGER NOT NULL REFERENCES clubs (clubId),
        awayClubId INTEGER NOT NULL REFERENCES clubs (clubId),
        venueId INTEGER NOT NULL REFERENCES venues (venueId),
        kickoffAt TEXT NOT NULL,
        status TEXT NOT NULL,
        homeGoals INTEGER,
        awayGoals INTEGER,
        attendance INTEGER
    )""",
    """CREATE TABLE goals (
        goalId INTEGER PRIMARY KEY,
        matchId INTEGER NOT NULL REFERENCES matches (matchId),
        playerId INTEGER NOT NULL REFERENCES players (playerId),
        clubId INTEGER NOT NULL,
        minute INTEGER NOT NULL,
        isOwnGoal INTEGER NOT NULL DEFAULT 0,
        isPenalty INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE cards (
        cardId INTEGER PRIMARY KEY,
        matchId INTEGER NOT NULL REFERENCES matches (matchId),
        playerId INTEGER NOT NULL REFERENCES players (playerId),
        minute INTEGER NOT NULL,
        cardColour TEXT NOT NULL,
        reason TEXT NOT NULL
    )""",
    """CREATE TABLE suspensions (
        suspensionId INTEGER PRIMARY KEY,
        playerId INTEGER NOT NULL REFERENCES players (playerId),
        cardId INTEGER REFERENCES cards (cardId),
        reason TEXT NOT NULL,
        startsOn TEXT NOT NULL,
        matchesBanned INTEGER NOT NULL,
        fineAmount REAL
    )""",
    """CREATE TABLE fee_payments (
        paymentId INTEGER PRIMARY KEY,
        playerId INTEGER NOT NULL,
        seasonId INTEGER NOT NULL REFERENCES seasons (seasonId),
        amount REAL NOT NULL,
        paidAt TEXT NOT NULL,
        paymentMethod TEXT NOT NULL
    )""",
)

# name, town, surface, capacity, floodlights, hire fee per match, opened on
VENUES = (
    ("Ashford Recreation Ground", "Ashford", "grass", 800, 1, 120.0, "1952-05-01"),
    ("Brookside Park", "Brookside", "grass", 450, 0, 85.0, "1961-08-12"),
    ("Calder Vale Stadium", "Calder", "hybrid", 1500, 1, 210.0, "1998-07-25"),
    ("Dovecote Lane", "Dovecote", "grass", 300, 0, 60.0, "1970-04-18"),
    ("Elmstead Community Stadium", "Elmstead", "3G", 1100, 1, 175.0, "2014-09-06"),
    ("Greyfield Memorial Ground", "Greyfield", "grass", 650, 1, 95.0, "1947-10-04"),
    ("Hollins Park", "Hollins", "grass", 400, 0, 70.0, "1985-03-30"),
    ("Ivybridge Sports Centre", "Ivybridge", "3G", 350, 1, 140.0, "2017-01-14"),
    ("Kingsmoor Playing Fields", "Kingsmoor", "grass", 250, 0, 45.0, "1966-06-11"),
    ("Netherby Road", "Netherby", "grass", 500, 1, 90.0, "1979-08-20"),
    ("Pennington Leisure Park", "Pennington", "3G", 300, 1, 130.0, "2020-02-29"),
    ("Quayside Arena", "Quayside", "3G", 600, 1, 160.0, "2026-10-03"),
)
NEW_VENUE = 12

# name, town, founded, colours, division, home venue, joined the league on, strength, secretary email
CLUBS = (
    ("Ashford Athletic", "Ashford", 1921, "red and white", "Premier", 1, "2004-06-01", 0.15,
     "sec@ashfordathletic.example"),
    ("Brookside United", "Brookside", 1948, "royal blue", "Premier", 2, "2006-06-01", -0.05, None),
    ("Calder Vale FC", "Calder", 1932, "green", "Premier", 3, "2004-06-01", 0.55, "secretary@caldervale.example"),
    ("Dovecote Rangers", "Dovecote", 1965, "amber and black", "Premier", 4, "2009-06-01", -0.3,
     "dovecoterangers@mail.example"),
    ("Elmstead Town", "Elmstead", 1899, "claret", "Premier", 5, "2004-06-01", 0.3, "office@elmsteadtown.example"),
    ("Fairholme Wanderers", "Fairholme", 1977, "sky blue", "Premier", 2, "2011-06-01", -0.2, None),
    ("Greyfield Albion", "Greyfield", 1910, "white", "Premier", 6, "2004-06-01", 0.05, "greyfieldalbion@mail.example"),
    ("Hollins Park Rovers", "Hollins", 1983, "navy", "Premier", 7, "2013-06-01", -0.45, None),
    ("Ivybridge Celtic", "Ivybridge", 1990, "green and white", "Championship", 8, "2015-06-01", 0.25,
     "celtic@ivybridge.example"),
    ("Juniper Lane FC", "Ivybridge", 2001, "purple", "Championship", 8, "2016-06-01", -0.1, None),
    ("Kingsmoor Swifts", "Kingsmoor", 1955, "yellow", "Championship", 9, "2008-06-01", 0.0,
     "swifts@kingsmoor.example"),
    ("Larkhill Sports", "Calder", 1970, "orange", "Championship", 3, "2012-06-01", -0.25, None),
    ("Millbrook Harriers", "Millbrook", 1938, "black and white", "Championship", 9, "2007-06-01", 0.1,
     "harriers@millbrook.example"),
    ("Netherby Villa", "Netherby", 1986, "maroon", "Championship", 10, "2014-06-01", -0.35, None),
    ("Oakhurst Saints", "Oakhurst", 2012, "red", "Championship", 10, "2024-11-20", 0.05, "saints@oakhurst.example"),
    ("Pennington Phoenix", "Pennington", 2019, "teal", "Championship", 11, "2021-06-01", 0.2, None),
    ("Quayside Dynamo", "Quayside", 2026, "pink", "Championship", 12, "2026-09-14", 0.0,
     "hello@quaysidedynamo.example"),
)  # fmt: skip
CALDER, QUAYSIDE = 3, 17

# name, start, end, membership fee; the 2027 season has no fixtures yet
SEASONS = (
    ("2023", "2023-04-01", "2023-10-28", 60.0),
    ("2024", "2024-04-06", "2024-10-26", 65.0),
    ("2025", "2025-04-05", "2025-10-25", 70.0),
    ("2026", "2026-03-07", "2026-11-28", 75.0),
    ("2027", "2027-03-06", "2027-11-27", 80.0),
)
# weeks after the season's first Saturday on which each of the 14 rounds falls
ROUND_WEEKS = {
    1: (0, 2, 4, 6, 8, 10, 12, 16, 18, 20, 22, 24, 26, 28),
    2: (0, 2, 4, 6, 8, 10, 12, 16, 18, 20, 22, 24, 26, 28),
    3: (0, 2, 4, 6, 8, 10, 12, 16, 18, 20, 22, 24, 26, 28),
    4: (0, 3, 6, 9, 12, 15, 21, 24, 27, 30, 33, 35, 36, 37),
}
PLAYED_UNTIL = datetime.date(2026, 11, 15)

FIRST_NAMES = (
    "Jack", "Harry", "Oliver", "Charlie", "George", "Tom", "Sam", "Ben", "Josh", "Luke", "Ryan", "Dan", "Callum",
    "Connor", "Liam", "Jordan", "Kyle", "Adam", "Jamie", "Lewis", "Matt", "Nathan", "Owen", "Reece", "Scott",
    "Tyler", "Aaron", "Ethan", "Joe", "Marcus", "Kofi", "Tariq", "Mateusz", "Nico", "Rhys", "Declan", "Alfie",
    "Zak", "Ibrahim", "Theo",
)  # fmt: skip
LAST_NAMES = (
    "Walker", "Hughes", "Patel", "Clarke", "Turner", "Bennett", "Shaw", "Lloyd", "Barker", "Doyle", "Fletcher",
    "Griffiths", "Holland", "Jennings", "Kerr", "Lowe", "Marsh", "Naylor", "Osei", "Pearce", "Quinn", "Rowley",
    "Sutton", "Thorne", "Underwood", "Vickers", "Whitfield", "Yates", "Abbott", "Brennan", "Cooke", "Dunn",
    "Ellison", "Foley", "Gill", "Hale", "Iqbal", "Jarvis", "Kowalczyk", "Mensah",
)  # fmt: skip
STAR = ("Kieran", "Ashworth")  # Calder Vale's striker, the league's top scorer
POSITION_WEIGHT = {"GK": 0.03, "DEF": 1.0, "MID": 2.6, "FWD": 5.5}
CARD_WEIGHT = {"GK": 0.3, "DEF": 2.2, "MID": 1.6, "FWD": 0.9}
YELLOW_REASONS = (("foul", 60), ("dissent", 20), ("time wasting", 10), ("unsporting behaviour", 10))
RED_REASONS = (("second yellow", 45), ("serious foul play", 30), ("violent conduct", 15), ("denying a goal", 10))
METHODS = (("bank transfer", 55), ("cash", 25), ("card", 20))


def _poisson(rng: random.Random, mean: float) -> int:
    limit, k, p = math.exp(-mean), 0, 1.0
    while True:
        p *= rng.random()
        if p < limit:
            return k
        k += 1


def _day(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)


def _players(rng: random.Random) -> list[list[Any]]:
    rows: list[list[Any]] = []
    used: set[tuple[str, str]] = {STAR}
    for club_id, club in enumerate(CLUBS, 1):
        joined_league = _day(club[6])
        new_club = club_id == QUAYSIDE
        size = 12 if new_club else rng.randint(15, 17)
        extra = 0 if new_club else rng.randint(2, 4)
        positions = ["GK", "DEF", "DEF", "DEF", "DEF", "MID", "MID", "MID", "MID", "FWD", "FWD"]
        positions += [rng.choice(("GK", "DEF", "DEF", "MID", "MID", "FWD")) for _ in range(size + extra - 11)]
        numbers = rng.sample(range(1, 31), size + extra)
        for k in range(size + extra):
            if club_id == CALDER and k == 9:
                first, last = STAR
            else:
                while True:
                    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
                    if (first, last) not in used:
                        used.add((first, last))
                        break
            if k < size:
                lo = max(datetime.date(2014, 1, 1), joined_league - datetime.timedelta(days=400))
                hi = max(joined_league, datetime.date(2022, 12, 31)) if not new_club else datetime.date(2026, 10, 20)
                if new_club:
                    lo = joined_league
                joined = datetime.date.fromordinal(rng.randint(lo.toordinal(), hi.toordinal()))
            else:
                start = max(datetime.date(2023, 2, 1), joined_league)
                stop = datetime.date(2026, 9, 30)
                joined = datetime.date.fromordinal(rng.randint(start.toordinal(), stop.toordinal()))
            left = None
            if not new_club and k != 9 and k not in (0, 1, 5) and rng.random() < 0.22:
                first_exit = max(joined + datetime.timedelta(days=120), datetime.date(2023, 3, 1))
                if first_exit < datetime.date(2026, 10, 1):
                    left = datetime.date.fromordinal(rng.randint(first_exit.toordinal(),
                                                                 datetime.date(2026, 10, 31).toordinal()))
            age = rng.randint(17, 38)
            born = datetime.date(2026 - age, rng.randint(1, 12), rng.randint(1, 28))
            email = None
            if rng.random() < 0.78:
                email = f"{first.lower()}.{last.lower()}{rng.randint(1, 99)}@mail.example"
            rows.append([len(rows) + 1, club_id, first, last, positions[k], numbers[k], iso(born), iso(joined),
                         iso(left), None, email])  # fmt: skip
    # one captain per club, chosen among those still there; the others still there point at him
    for club_id in range(1, len(CLUBS) + 1):
        squad = [r for r in rows if r[1] == club_id]
        current = [r for r in squad if r[8] is None and r[4] != "GK"]
        captain = rng.choice(current)
        for r in squad:
            if r is not captain and r[8] is None:
                r[9] = captain[0]
    return rows


def _squad(players: list[list[Any]], club_id: int, day: datetime.date) -> list[list[Any]]:
    pool = [p for p in players if p[1] == club_id and _day(p[7]) <= day and (p[8] is None or _day(p[8]) > day)]
    return pool or [p for p in players if p[1] == club_id]


def _rounds(clubs: list[int]) -> list[list[tuple[int, int]]]:
    """A double round robin (the circle method); a None in an odd field is a bye."""
    field: list[int | None] = list(clubs) + ([None] if len(clubs) % 2 else [])
    n = len(field)
    first_half: list[list[tuple[int, int]]] = []
    for r in range(n - 1):
        pairs = []
        for i in range(n // 2):
            a, b = field[i], field[n - 1 - i]
            if a is not None and b is not None:
                pairs.append((a, b) if (r + i) % 2 == 0 else (b, a))
        first_half.append(pairs)
        field = [field[0], field[-1], *field[1:-1]]
    return first_half + [[(b, a) for a, b in pairs] for pairs in first_half]


def _strength(club_id: int) -> float:
    return CLUBS[club_id - 1][7]


def _matches(rng: random.Random, players: list[list[Any]]) -> tuple[list[Any], list[Any], list[Any], list[Any]]:
    matches: list[Any] = []
    goals: list[Any] = []
    cards: list[Any] = []
    suspensions: list[Any] = []
    for season_id in range(1, 5):
        start = _day(SEASONS[season_id - 1][1])
        yellows: dict[int, int] = {}
        for division in ("Premier", "Championship"):
            clubs = [i for i, c in enumerate(CLUBS, 1) if c[4] == division and _day(c[6]) < start]
            rounds = _rounds(clubs)
            for round_no, pairs in enumerate(rounds, 1):
                day = start + datetime.timedelta(weeks=ROUND_WEEKS[season_id][round_no - 1])
                for home, away in pairs:
                    match_day = day
                    hour, minute = rng.choices(((15, 0), (14, 0), (10, 30)), (70, 18, 12))[0]
                    if (hour, minute) == (10, 30):
                        match_day = day + datetime.timedelta(days=1)
                    kickoff = datetime.datetime(match_day.year, match_day.month, match_day.day, hour, minute)
                    venue = CLUBS[home - 1][5]
                    if rng.random() < 0.05:
                        venue = rng.choice([v for v in range(1, NEW_VENUE) if v != venue])
                    roll = rng.random()
                    if match_day > PLAYED_UNTIL:
                        status = "scheduled"
                    elif roll < 0.035:
                        status = "postponed"
                    elif roll < 0.047:
                        status = "abandoned"
                    else:
                        status = "played"
                    match_id = len(matches) + 1
                    home_goals = away_goals = attendance = None
                    if status == "played":
                        diff = _strength(home) - _strength(away)
                        home_goals = _poisson(rng, max(0.3, 1.55 + 0.9 * diff))
                        away_goals = _poisson(rng, max(0.3, 1.2 - 0.9 * diff))
                        cap = VENUES[venue - 1][3]
                        if rng.random() > 0.14:
                            attendance = min(cap, int(rng.uniform(0.08, 0.45) * cap) + rng.randint(20, 60))
                        for club, opponent, count in ((home, away, home_goals), (away, home, away_goals)):
                            for _ in range(count):
                                own = rng.random() < 0.035
                                squad = _squad(players, opponent if own else club, match_day)
                                weights = [POSITION_WEIGHT[p[4]] * (9.0 if (p[2], p[3]) == STAR else 1.0)
                                           for p in squad]  # fmt: skip
                                scorer = rng.choice(squad) if own else rng.choices(squad, weights)[0]
                                penalty = int(not own and rng.random() < 0.09)
                                goals.append([None, match_id, scorer[0], club, rng.randint(1, 94), int(own), penalty])
                        for club in (home, away):
                            squad = _squad(players, club, match_day)
                            weights = [CARD_WEIGHT[p[4]] for p in squad]
                            for _ in range(_poisson(rng, 1.5)):
                                who = rng.choices(squad, weights)[0]
                                reason = rng.choices([r for r, _ in YELLOW_REASONS], [w for _, w in YELLOW_REASONS])[0]
                                cards.append([len(cards) + 1, match_id, who[0], rng.randint(3, 94), "yellow", reason])
                                yellows[who[0]] = yellows.get(who[0], 0) + 1
                                if yellows[who[0]] == 5:
                                    suspensions.append([None, who[0], None, "yellow accumulation",
                                                        iso(match_day + datetime.timedelta(days=3)), 1, 15.0])
                            if rng.random() < 0.07:
                                who = rng.choices(squad, weights)[0]
                                reason = rng.choices([r for r, _ in RED_REASONS], [w for _, w in RED_REASONS])[0]
                                card_id = len(cards) + 1
                                cards.append([card_id, match_id, who[0], rng.randint(10, 94), "red", reason])
                                banned = {"second yellow": 1, "serious foul play": rng.choice((2, 3)),
                                          "violent conduct": rng.choice((3, 4, 5)), "denying a goal": 1}[reason]
                                fine = None if rng.random() < 0.2 else money(12.5 * banned + 5)
                                suspensions.append([None, who[0], card_id, "red card",
                                                    iso(match_day + datetime.timedelta(days=3)), banned, fine])
                    matches.append([match_id, season_id, round_no, home, away, venue, iso(kickoff), status,
                                    home_goals, away_goals, attendance])  # fmt: skip
    # two bans for things said or done off the pitch
    suspensions.append([None, 40, None, "misconduct", "2024-08-14", 2, 50.0])
    suspensions.append([None, 150, None, "misconduct", "2026-06-03", 3, None])
    suspensions.sort(key=lambda s: (s[4], s[1]))
    goal_rows = [(i, *g[1:]) for i, g in enumerate(goals, 1)]
    return matches, goal_rows, cards, [(i, *s[1:]) for i, s in enumerate(suspensions, 1)]


def _fees(rng: random.Random, players: list[list[Any]]) -> list[tuple[Any, ...]]:
    rows: list[list[Any]] = []
    never = set(rng.sample([p[0] for p in players if p[1] != QUAYSIDE], 6))
    for season_id, (_name, start_text, end_text, fee) in enumerate(SEASONS, 1):
        start, end = _day(start_text), _day(end_text)
        for p in players:
            joined, left = _day(p[7]), _day(p[8]) if p[8] else None
            club_joined = _day(CLUBS[p[1] - 1][6])
            if p[0] in never or joined > end or (left is not None and left < start):
                continue
            if season_id == 5:
                if left is not None or rng.random() > 0.22:
                    continue
                moment = datetime.datetime(2026, 10, 1, 9) + datetime.timedelta(minutes=rng.randint(0, 46 * 24 * 60))
                rows.append([None, p[0], season_id, fee, moment, rng.choices(*zip(*METHODS, strict=True))[0]])
                continue
            if club_joined >= start:
                continue  # the club was not in the league that season
            roll = rng.random()
            if roll < (0.1 if season_id == 4 else 0.035):
                continue  # has not paid that season
            first_day = max(start - datetime.timedelta(days=40), joined)
            paid = datetime.datetime.combine(first_day, datetime.time(8)) + datetime.timedelta(
                minutes=rng.randint(0, 70 * 24 * 60))
            if paid.date() > PLAYED_UNTIL:
                paid = datetime.datetime(2026, 11, 14, 11, 20)
            method = rng.choices(*zip(*METHODS, strict=True))[0]
            if roll > 0.88:  # two instalments
                half = money(fee / 2)
                rows.append([None, p[0], season_id, half, paid, method])
                later = paid + datetime.timedelta(days=rng.randint(25, 60), minutes=rng.randint(0, 600))
                if later.date() <= PLAYED_UNTIL:
                    rows.append([None, p[0], season_id, money(fee - half), later, method])
            else:
                rows.append([None, p[0], season_id, fee, paid, method])
    rows.sort(key=lambda r: (r[4], r[1]))
    return [(i, r[1], r[2], r[3], iso(r[4].replace(second=r[1] % 60)), r[5]) for i, r in enumerate(rows, 1)]


def build(con: Any) -> None:
    rng = random.Random(SEED)
    cur = con.cursor()
    create(cur, SCHEMA)
    players = _players(rng)
    matches, goals, cards, suspensions = _matches(rng, players)
    fees = _fees(rng, players)
    insert(cur, "venues", ("venueId", "venueName", "town", "surface", "capacity", "hasFloodlights", "hireFee",
                           "openedOn"), [(i, *v) for i, v in enumerate(VENUES, 1)])  # fmt: skip
    insert(cur, "clubs", ("clubId", "clubName", "town", "foundedYear", "kitColours", "division", "homeVenueId",
                          "joinedLeagueOn", "secretaryEmail"),
           [(i, *c[:7], c[8]) for i, c in enumerate(CLUBS, 1)])  # fmt: skip
    insert(cur, "players", ("playerId", "clubId", "firstName", "lastName", "position", "shirtNumber", "dateOfBirth",
                            "joinedOn", "leftOn", "captainId", "email"), players)  # fmt: skip
    insert(cur, "seasons", ("seasonId", "seasonName", "startDate", "endDate", "membershipFee"),
           [(i, *s) for i, s in enumerate(SEASONS, 1)])  # fmt: skip
    insert(cur, "matches", ("matchId", "seasonId", "roundNo", "homeClubId", "awayClubId", "venueId", "kickoffAt",
                            "status", "homeGoals", "awayGoals", "attendance"), matches)  # fmt: skip
    insert(cur, "goals", ("goalId", "matchId", "playerId", "clubId", "minute", "isOwnGoal", "isPenalty"), goals)
    insert(cur, "cards", ("cardId", "matchId", "playerId", "minute", "cardColour", "reason"), cards)
    insert(cur, "suspensions", ("suspensionId", "playerId", "cardId", "reason", "startsOn", "matchesBanned",
                                "fineAmount"), suspensions)  # fmt: skip
    insert(cur, "fee_payments", ("paymentId", "playerId", "seasonId", "amount", "paidAt", "paymentMethod"), fees)

GOAL_MATCH = "FROM goals g JOIN matches m ON m.matchId = g.matchId"
SCORER = "FROM goals g JOIN players p ON p.playerId = g.playerId"
CARD_PLAYER = "FROM cards k JOIN players p ON p.playerId = k.playerId"
CAPTAINS = "SELECT DISTINCT captainId FROM players WHERE captainId IS NOT NULL"
IN_2025 = "BETWEEN '2025-01-01' AND '2025-12-31 23:59:59'"
IN_2026 = ">= '2026-01-01'"
LAST_MONTH = "BETWEEN '2026-10-01' AND '2026-10-31 23:59:59'"
PLAYS = "(m.homeClubId = c.clubId OR m.awayClubId = c.clubId)"
CONCEDED = "CASE WHEN m.homeClubId = c.clubId THEN m.awayGoals ELSE m.homeGoals END"
POINTS = ("CASE WHEN (m.homeClubId = c.clubId AND m.homeGoals > m.awayGoals) "
          "OR (m.awayClubId = c.clubId AND m.awayGoals > m.homeGoals) THEN 3 "
          "WHEN m.homeGoals = m.awayGoals THEN 1 ELSE 0 END")

QUESTIONS: list[Case] = [
    # -- plain lookups and counts ----------------------------------------------------------------------------
    Case("how many clubs are in the league", "SELECT COUNT(*) FROM clubs"),
    Case("list the clubs in the championship", "SELECT clubName FROM clubs WHERE division = 'Championship'"),
    Case("what colours do elmstead town play in", "SELECT kitColours FROM clubs WHERE clubName = 'Elmstead Town'"),
    Case("where do calder vale play their home games",
         "SELECT v.venueName FROM clubs c JOIN venues v ON v.venueId = c.homeVenueId "
         "WHERE c.clubName = 'Calder Vale FC'"),
    Case("how many players are on greyfield albion's books right now",
         "SELECT COUNT(*) FROM players p JOIN clubs c ON c.clubId = p.clubId "
         "WHERE c.clubName = 'Greyfield Albion' AND p.leftOn IS NULL"),
    Case("whats kieran ashworths shirt number",
         "SELECT shirtNumber FROM players WHERE firstName = 'Kieran' AND lastName = 'Ashworth'"),
    Case("how many grounds have floodlights", "SELECT COUNT(*) FROM venues WHERE hasFloodlights = 1"),
    Case("list all the 3g pitches", "SELECT venueName FROM venues WHERE surface = '3G'"),
    Case("how much are the dues for the 2026 season", "SELECT membershipFee FROM seasons WHERE seasonName = '2026'"),
    Case("how many red cards have been handed out in total", "SELECT COUNT(*) FROM cards WHERE cardColour = 'red'"),
    Case("what year was millbrook harriers founded",
         "SELECT foundedYear FROM clubs WHERE clubName = 'Millbrook Harriers'"),
    Case("secretary email for kingsmoor swifts",
         "SELECT secretaryEmail FROM clubs WHERE clubName = 'Kingsmoor Swifts'"),
    # -- counts with filters and dates -----------------------------------------------------------------------
    Case("how many games got postponed this season",
         "SELECT COUNT(*) FROM matches m JOIN seasons s ON s.seasonId = m.seasonId "
         "WHERE s.seasonName = '2026' AND m.status = 'postponed'"),
    Case("how many matches were played last month",
         f"SELECT COUNT(*) FROM matches WHERE status = 'played' AND kickoffAt {LAST_MONTH}"),
    Case("how many goals were scored in 2025", f"SELECT COUNT(*) {GOAL_MATCH} WHERE m.kickoffAt {IN_2025}"),
    Case("no. of penalties scored since march",
         "SELECT COUNT(*) FROM goals g JOIN matches m ON m.matchId = g.matchId "
         "WHERE g.isPenalty = 1 AND m.kickoffAt >= '2026-03-01'"),
    Case("how many own goals have there been this yr",
         f"SELECT COUNT(*) {GOAL_MATCH} WHERE g.isOwnGoal = 1 AND m.kickoffAt {IN_2026}"),
    Case("how many yellows were given for dissent",
         "SELECT COUNT(*) FROM cards WHERE cardColour = 'yellow' AND reason = 'dissent'"),
    Case("how many fixtures are coming up", "SELECT COUNT(*) FROM matches WHERE kickoffAt > '2026-11-18'"),
    Case("players that signed since the start of september",
         "SELECT COUNT(*) FROM players WHERE joinedOn >= '2026-09-01'"),
    Case("how many players have left their club this year",
         f"SELECT COUNT(*) FROM players WHERE leftOn {IN_2026}"),
    Case("how many players paid their dues in cash for the 2026 season",
         "SELECT COUNT(DISTINCT f.playerId) FROM fee_payments f JOIN seasons s ON s.seasonId = f.seasonId "
         "WHERE s.seasonName = '2026' AND f.paymentMethod = 'cash'"),
    Case("how many keepers does fairholme wanderers have at the moment",
         "SELECT COUNT(*) FROM players p JOIN clubs c ON c.clubId = p.clubId "
         "WHERE c.clubName = 'Fairholme Wanderers' AND p.position = 'GK' AND p.leftOn IS NULL"),
    Case("who are ivybridge celtic's current strikers",
         "SELECT p.firstName, p.lastName FROM players p JOIN clubs c ON c.clubId = p.clubId "
         "WHERE c.clubName = 'Ivybridge Celtic' AND p.position = 'FWD' AND p.leftOn IS NULL"),
    Case("how many home games did brookside united play in 2024",
         "SELECT COUNT(*) FROM matches m JOIN clubs c ON c.clubId = m.homeClubId "
         "WHERE c.clubName = 'Brookside United' AND m.status = 'played' AND m.kickoffAt LIKE '2024%'"),
    # -- sum / avg / min / max -------------------------------------------------------------------------------
    Case("total membership fees collected for the 2025 season",
         "SELECT SUM(f.amount) FROM fee_payments f JOIN seasons s ON s.seasonId = f.seasonId "
         "WHERE s.seasonName = '2025'"),
    Case("how much money came in from dues last month",
         f"SELECT SUM(amount) FROM fee_payments WHERE paidAt {LAST_MONTH}"),
    Case("averge crowd at premier division home games",
         "SELECT AVG(m.attendance) FROM matches m JOIN clubs c ON c.clubId = m.homeClubId "
         "WHERE c.division = 'Premier'"),
    Case("highest attendance ever recorded", "SELECT MAX(attendance) FROM matches"),
    Case("avg goals per game in 2024",
         "SELECT AVG(homeGoals + awayGoals) FROM matches WHERE status = 'played' AND kickoffAt LIKE '2024%'"),
    Case("how much have we fined players in total", "SELECT SUM(fineAmount) FROM suspensions"),
    Case("biggest winning margin for a home side", "SELECT MAX(homeGoals - awayGoals) FROM matches"),
    Case("latest minute anyone has scored in", "SELECT MAX(minute) FROM goals"),
    Case("total pitch hire for games played at calder vale stadium this year",
         "SELECT SUM(v.hireFee) FROM matches m JOIN venues v ON v.venueId = m.venueId "
         f"WHERE v.venueName = 'Calder Vale Stadium' AND m.status = 'played' AND m.kickoffAt {IN_2026}"),
    Case("who is the oldest player still at dovecote rangers",
         "SELECT p.firstName, p.lastName FROM players p JOIN clubs c ON c.clubId = p.clubId "
         "WHERE c.clubName = 'Dovecote Rangers' AND p.leftOn IS NULL ORDER BY p.dateOfBirth LIMIT 1"),
    Case("what's the biggest fine we've handed out", "SELECT MAX(fineAmount) FROM suspensions"),
    # -- top-N and the most ------------------------------------------------------------------------------------
    Case("who is the all time top scorer, not counting own goals",
         f"SELECT p.firstName, p.lastName {SCORER} WHERE g.isOwnGoal = 0 GROUP BY p.playerId "
         "ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("top 3 goalscorers in the 2025 season",
         f"SELECT p.firstName, p.lastName {SCORER} JOIN matches m ON m.matchId = g.matchId "
         "WHERE g.isOwnGoal = 0 AND m.kickoffAt LIKE '2025%' GROUP BY p.playerId ORDER BY COUNT(*) DESC LIMIT 3"),
    Case("which team has scored the most goals this seasn",
         f"SELECT c.clubName {GOAL_MATCH} JOIN clubs c ON c.clubId = g.clubId WHERE m.seasonId = 4 "
         "GROUP BY c.clubId ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("which player has been booked the most",
         f"SELECT p.firstName, p.lastName {CARD_PLAYER} WHERE k.cardColour = 'yellow' GROUP BY p.playerId "
         "ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("which ground has had the most games played on it",
         "SELECT v.venueName FROM matches m JOIN venues v ON v.venueId = m.venueId WHERE m.status = 'played' "
         "GROUP BY v.venueId ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("5 best attended games in 2025 - home team, away team and the crowd",
         "SELECT h.clubName, a.clubName, m.attendance FROM matches m JOIN clubs h ON h.clubId = m.homeClubId "
         f"JOIN clubs a ON a.clubId = m.awayClubId WHERE m.kickoffAt {IN_2025} AND m.attendance IS NOT NULL "
         "ORDER BY m.attendance DESC LIMIT 5"),
    Case("which team has won the most away games",
         "SELECT c.clubName FROM matches m JOIN clubs c ON c.clubId = m.awayClubId WHERE m.awayGoals > m.homeGoals "
         "GROUP BY c.clubId ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("who scored the very first goal of the 2026 season",
         f"SELECT p.firstName, p.lastName {SCORER} JOIN matches m ON m.matchId = g.matchId WHERE m.seasonId = 4 "
         "ORDER BY m.kickoffAt, g.minute LIMIT 1"),
    Case("which club conceded the fewest goals in 2025",
         f"SELECT c.clubName FROM clubs c JOIN matches m ON {PLAYS} WHERE m.status = 'played' "
         f"AND m.kickoffAt {IN_2025} GROUP BY c.clubId ORDER BY SUM({CONCEDED}) LIMIT 1"),
    Case("which club has scored the most pens",
         "SELECT c.clubName FROM goals g JOIN clubs c ON c.clubId = g.clubId WHERE g.isPenalty = 1 "
         "GROUP BY c.clubId ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("which defender has the most goals",
         f"SELECT p.firstName, p.lastName {SCORER} WHERE p.position = 'DEF' AND g.isOwnGoal = 0 "
         "GROUP BY p.playerId ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("who topped the premier division in 2025 on points",
         f"SELECT c.clubName FROM clubs c JOIN matches m ON {PLAYS} WHERE c.division = 'Premier' "
         f"AND m.status = 'played' AND m.seasonId = 3 GROUP BY c.clubId ORDER BY SUM({POINTS}) DESC LIMIT 1"),
    # -- per-group breakdowns --------------------------------------------------------------------------------
    Case("how many players does each club have at the moment",
         "SELECT c.clubName, COUNT(*) FROM players p JOIN clubs c ON c.clubId = p.clubId WHERE p.leftOn IS NULL "
         "GROUP BY c.clubId"),
    Case("games played by each club this season, including any that havent played",
         f"SELECT c.clubName, COUNT(m.matchId) FROM clubs c LEFT JOIN matches m ON {PLAYS} "
         "AND m.status = 'played' AND m.seasonId = 4 GROUP BY c.clubId"),
    Case("goals scored by each team that played in the 2025 season",
         f"SELECT c.clubName, COUNT(*) {GOAL_MATCH} JOIN clubs c ON c.clubId = g.clubId WHERE m.seasonId = 3 "
         "GROUP BY c.clubId"),
    Case("how many red cards were shown in each season from 2023 to 2026",
         "SELECT s.seasonName, COUNT(*) FROM cards k JOIN matches m ON m.matchId = k.matchId "
         "JOIN seasons s ON s.seasonId = m.seasonId WHERE k.cardColour = 'red' GROUP BY s.seasonId"),
    Case("suspensions broken down by reason", "SELECT reason, COUNT(*) FROM suspensions GROUP BY reason"),
    Case("fee money taken this year split by payment method",
         f"SELECT paymentMethod, SUM(amount) FROM fee_payments WHERE paidAt {IN_2026} GROUP BY paymentMethod"),
    Case("number of games played at every ground, including grounds that never had one",
         "SELECT v.venueName, COUNT(m.matchId) FROM venues v LEFT JOIN matches m ON m.venueId = v.venueId "
         "AND m.status = 'played' GROUP BY v.venueId"),
    Case("current players by position",
         "SELECT position, COUNT(*) FROM players WHERE leftOn IS NULL GROUP BY position"),
    Case("average attendance per division in 2025",
         "SELECT c.division, AVG(m.attendance) FROM matches m JOIN clubs c ON c.clubId = m.homeClubId "
         f"WHERE m.kickoffAt {IN_2025} GROUP BY c.division"),
    Case("how many yellow cards has each team picked up this season, teams with none included",
         "SELECT c.clubName, COUNT(k.cardId) FROM clubs c LEFT JOIN players p ON p.clubId = c.clubId "
         "LEFT JOIN cards k ON k.playerId = p.playerId AND k.cardColour = 'yellow' "
         "AND k.matchId IN (SELECT matchId FROM matches WHERE seasonId = 4) GROUP BY c.clubId"),
    # -- never / nobody --------------------------------------------------------------------------------------
    Case("which clubs have never played a match",
         "SELECT c.clubName FROM clubs c WHERE NOT EXISTS (SELECT 1 FROM matches m "
         f"WHERE {PLAYS} AND m.status = 'played')"),
    Case("which grounds have never hosted a game",
         "SELECT v.venueName FROM venues v WHERE NOT EXISTS (SELECT 1 FROM matches m WHERE m.venueId = v.venueId)"),
    Case("how many current players have never scored (own goals dont count)",
         "SELECT COUNT(*) FROM players p WHERE p.leftOn IS NULL AND NOT EXISTS "
         "(SELECT 1 FROM goals g WHERE g.playerId = p.playerId AND g.isOwnGoal = 0)"),
    Case("which current juniper lane midfielders have never been shown a card",
         "SELECT p.firstName, p.lastName FROM players p JOIN clubs c ON c.clubId = p.clubId "
         "WHERE c.clubName = 'Juniper Lane FC' AND p.position = 'MID' AND p.leftOn IS NULL "
         "AND NOT EXISTS (SELECT 1 FROM cards k WHERE k.playerId = p.playerId)"),
    Case("how many current players havent paid anything towards the 2026 season",
         "SELECT COUNT(*) FROM players p WHERE p.leftOn IS NULL AND NOT EXISTS (SELECT 1 FROM fee_payments f "
         "JOIN seasons s ON s.seasonId = f.seasonId WHERE f.playerId = p.playerId AND s.seasonName = '2026')"),
    Case("which players have never paid a single membership fee",
         "SELECT p.firstName, p.lastName FROM players p WHERE NOT EXISTS "
         "(SELECT 1 FROM fee_payments f WHERE f.playerId = p.playerId)"),
    Case("seasons with no fixtures at all",
         "SELECT s.seasonName FROM seasons s WHERE NOT EXISTS (SELECT 1 FROM matches m WHERE m.seasonId = s.seasonId)"),
    # -- captains (the self-reference) ----------------------------------------------------------------------
    Case("who's the captain of ashford athletic",
         "SELECT DISTINCT k.firstName, k.lastName FROM players p JOIN players k ON k.playerId = p.captainId "
         "JOIN clubs c ON c.clubId = p.clubId WHERE c.clubName = 'Ashford Athletic'"),
    Case("list the players who have callum fletcher as their skipper",
         "SELECT p.firstName, p.lastName FROM players p JOIN players k ON k.playerId = p.captainId "
         "WHERE k.firstName = 'Callum' AND k.lastName = 'Fletcher'"),
    Case("how many goals have the club captains scored between them, leaving out own goals",
         f"SELECT COUNT(*) FROM goals WHERE isOwnGoal = 0 AND playerId IN ({CAPTAINS})"),
    Case("which captain has the biggest squad under him",
         "SELECT k.firstName, k.lastName FROM players p JOIN players k ON k.playerId = p.captainId "
         "GROUP BY k.playerId ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("list every captain with their club",
         "SELECT k.firstName, k.lastName, c.clubName FROM players k JOIN clubs c ON c.clubId = k.clubId "
         f"WHERE k.playerId IN ({CAPTAINS})"),
    Case("which captains have been sent off at least once",
         f"SELECT p.firstName, p.lastName {CARD_PLAYER} WHERE k.cardColour = 'red' AND p.playerId IN ({CAPTAINS}) "
         "GROUP BY p.playerId"),
    # -- yes / no --------------------------------------------------------------------------------------------
    Case("have hollins park rovers ever beaten calder vale",
         "SELECT EXISTS (SELECT 1 FROM matches m JOIN clubs h ON h.clubId = m.homeClubId "
         "JOIN clubs a ON a.clubId = m.awayClubId WHERE (h.clubName = 'Hollins Park Rovers' "
         "AND a.clubName = 'Calder Vale FC' AND m.homeGoals > m.awayGoals) OR (a.clubName = 'Hollins Park Rovers' "
         "AND h.clubName = 'Calder Vale FC' AND m.awayGoals > m.homeGoals))"),
    Case("did anybody score a hat trick this season",
         "SELECT EXISTS (SELECT 1 FROM goals g JOIN matches m ON m.matchId = g.matchId WHERE m.seasonId = 4 "
         "AND g.isOwnGoal = 0 GROUP BY g.matchId, g.playerId HAVING COUNT(*) >= 3)"),
    Case("is quayside arena floodlit", "SELECT hasFloodlights FROM venues WHERE venueName = 'Quayside Arena'"),
    Case("has kieran ashworth ever been suspended",
         "SELECT EXISTS (SELECT 1 FROM suspensions s JOIN players p ON p.playerId = s.playerId "
         "WHERE p.firstName = 'Kieran' AND p.lastName = 'Ashworth')"),
    Case("does every club have a captain",
         "SELECT NOT EXISTS (SELECT 1 FROM clubs c WHERE NOT EXISTS (SELECT 1 FROM players p "
         "JOIN players k ON k.playerId = p.captainId WHERE k.clubId = c.clubId))"),
    # -- ratios / percentages --------------------------------------------------------------------------------
    Case("what % of games finish as a draw",
         "SELECT 100.0 * SUM(homeGoals = awayGoals) / COUNT(*) FROM matches WHERE status = 'played'"),
    Case("home win percentage in the premier division",
         "SELECT 100.0 * SUM(m.homeGoals > m.awayGoals) / COUNT(*) FROM matches m "
         "JOIN clubs c ON c.clubId = m.homeClubId WHERE c.division = 'Premier' AND m.status = 'played'"),
    Case("what share of all goals were penalties", "SELECT AVG(isPenalty) FROM goals"),
    Case("proportion of current players we have an email address for",
         "SELECT AVG(email IS NOT NULL) FROM players WHERE leftOn IS NULL"),
    # -- compared with the average ---------------------------------------------------------------------------
    Case("which clubs scored more than the average number of goals in 2025",
         f"WITH t AS (SELECT g.clubId, COUNT(*) AS n {GOAL_MATCH} WHERE m.seasonId = 3 GROUP BY g.clubId) "
         "SELECT c.clubName FROM t JOIN clubs c ON c.clubId = t.clubId WHERE t.n > (SELECT AVG(n) FROM t)"),
    Case("grounds that cost more than average to hire",
         "SELECT venueName FROM venues WHERE hireFee > (SELECT AVG(hireFee) FROM venues)"),
    Case("how many games this year had a bigger crowd than the average for the year",
         f"SELECT COUNT(*) FROM matches WHERE kickoffAt {IN_2026} AND attendance > "
         f"(SELECT AVG(attendance) FROM matches WHERE kickoffAt {IN_2026})"),
    # -- thresholds on groups --------------------------------------------------------------------------------
    Case("players with 15 or more goals in total",
         f"SELECT p.firstName, p.lastName {SCORER} WHERE g.isOwnGoal = 0 GROUP BY p.playerId HAVING COUNT(*) >= 15"),
    Case("anyone who has been sent off more than once",
         f"SELECT p.firstName, p.lastName {CARD_PLAYER} WHERE k.cardColour = 'red' GROUP BY p.playerId "
         "HAVING COUNT(*) > 1"),
    Case("which teams let in more than 20 goals in 2025",
         f"SELECT c.clubName FROM clubs c JOIN matches m ON {PLAYS} WHERE m.status = 'played' "
         f"AND m.kickoffAt {IN_2025} GROUP BY c.clubId HAVING SUM({CONCEDED}) > 20"),
    Case("clubs that have lost 5 or more players since 2023",
         "SELECT c.clubName FROM players p JOIN clubs c ON c.clubId = p.clubId WHERE p.leftOn >= '2023-01-01' "
         "GROUP BY c.clubId HAVING COUNT(*) >= 5"),
    # -- durations -------------------------------------------------------------------------------------------
    Case("on average how many days did players who left stay at their club",
         "SELECT AVG(julianday(leftOn) - julianday(joinedOn)) FROM players WHERE leftOn IS NOT NULL"),
    Case("how many days between the first and last game of the 2025 season",
         "SELECT julianday(MAX(date(kickoffAt))) - julianday(MIN(date(kickoffAt))) FROM matches WHERE seasonId = 3"),
    Case("how long is the 2027 season, in days",
         "SELECT julianday(endDate) - julianday(startDate) FROM seasons WHERE seasonName = '2027'"),
    # -- earliest / latest N ---------------------------------------------------------------------------------
    Case("who got the 3 most recent red cards",
         f"SELECT p.firstName, p.lastName {CARD_PLAYER} JOIN matches m ON m.matchId = k.matchId "
         "WHERE k.cardColour = 'red' ORDER BY m.kickoffAt DESC, k.minute DESC LIMIT 3"),
    Case("the 4 oldest grounds in the league", "SELECT venueName FROM venues ORDER BY openedOn LIMIT 4"),
    Case("who was the last player to join brookside united",
         "SELECT p.firstName, p.lastName FROM players p JOIN clubs c ON c.clubId = p.clubId "
         "WHERE c.clubName = 'Brookside United' ORDER BY p.joinedOn DESC LIMIT 1"),
    Case("latest 5 dues payments: who paid and how much",
         "SELECT p.firstName, p.lastName, f.amount FROM fee_payments f JOIN players p ON p.playerId = f.playerId "
         "ORDER BY f.paidAt DESC LIMIT 5"),
    Case("what was the score the last time elmstead town played greyfield albion",
         "SELECT m.homeGoals, m.awayGoals FROM matches m JOIN clubs h ON h.clubId = m.homeClubId "
         "JOIN clubs a ON a.clubId = m.awayClubId WHERE m.status = 'played' AND "
         "((h.clubName = 'Elmstead Town' AND a.clubName = 'Greyfield Albion') OR "
         "(h.clubName = 'Greyfield Albion' AND a.clubName = 'Elmstead Town')) ORDER BY m.kickoffAt DESC LIMIT 1"),
    # -- a few more in the league's own words ----------------------------------------------------------------
    Case("how many points did calder vale get in 2025",
         f"SELECT SUM({POINTS}) FROM clubs c JOIN matches m ON {PLAYS} WHERE c.clubName = 'Calder Vale FC' "
         "AND m.status = 'played' AND m.seasonId = 3"),
    Case("total goals in the championship this season",
         "SELECT SUM(m.homeGoals + m.awayGoals) FROM matches m JOIN clubs c ON c.clubId = m.homeClubId "
         "WHERE c.division = 'Championship' AND m.seasonId = 4"),
    Case("how many clean sheets have ashford athletic kept",
         f"SELECT COUNT(*) FROM clubs c JOIN matches m ON {PLAYS} WHERE c.clubName = 'Ashford Athletic' "
         f"AND m.status = 'played' AND {CONCEDED} = 0"),
    Case("how many players got banned in the last 30 days",
         "SELECT COUNT(DISTINCT playerId) FROM suspensions "
         "WHERE startsOn >= '2026-10-19' AND startsOn <= '2026-11-18'"),
    # -- should refuse (the requests to change data come last) -----------------------------------------------
    Case("who's going to win the premier division this year", None),
    Case("predict the score of saturday's game between brookside and ashford", None),
    Case("which player has the best left foot", None),
    Case("how much does kieran ashworth earn a week", None),
    Case("who refereed the last calder vale game", None),
    Case("how tall is tom lloyd", None),
    Case("whats the phone number for the ashford athletic secretary", None),
    Case("which players are injured at the moment", None),
    Case("what's the weather forecast for the games this weekend", None),
    Case("which clubs have a shirt sponsor", None),
    Case("how many season tickets did elmstead town sell", None),
    Case("explain the offside rule", None),
    Case("which ground serves the best pies", None),
    Case("how many yellow cards will there be next month", None),
    Case("delete all the cards from the 2023 season", None),
    Case("mark every unpaid player as paid for 2026", None),
    Case("add a new club called westgate wolves to the championship", None),
]
