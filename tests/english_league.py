"""A football league: the third pass's last unseen schema, with questions written before the reader read
them and kept unread until the end of that pass (its score is the pass's honest measure).

Its shape: two links from matches to the same table (`home_team_id`, `away_team_id`), a founding year as an
INTEGER beside TEXT dates, goals as rows of their own that agree with each match's score, a shirt number
that may be missing, weekly wages. No foreign key is declared.

"Today" is Wednesday 2026-11-18. A reference of None means Dave should refuse.
"""

from __future__ import annotations

import datetime
import random
from typing import Any

from tests.heldout.common import Case, create, insert, iso, random_day

__all__ = ["LEAGUE", "build_league"]

_SEED = 4242

_SCHEMA = (
    "CREATE TABLE teams (team_id INTEGER PRIMARY KEY, team_name TEXT NOT NULL, city TEXT, founded INTEGER, "
    "stadium TEXT, capacity INTEGER)",
    "CREATE TABLE players (player_id INTEGER PRIMARY KEY, player_name TEXT NOT NULL, team_id INTEGER, "
    "position TEXT, born TEXT, nationality TEXT, weekly_wage REAL, shirt_no INTEGER)",
    "CREATE TABLE matches (match_id INTEGER PRIMARY KEY, played_on TEXT, home_team_id INTEGER, "
    "away_team_id INTEGER, home_goals INTEGER, away_goals INTEGER, attendance INTEGER)",
    "CREATE TABLE goals (goal_id INTEGER PRIMARY KEY, match_id INTEGER, player_id INTEGER, minute INTEGER, "
    "penalty INTEGER)",
)

_TEAMS = ((1, "Ashford Rovers", "Ashford", 1887, "Mill Lane", 21000),
          (2, "Brookvale United", "Brookvale", 1902, "The Brook", 34500),
          (3, "Carlow Athletic", "Carlow", 1879, "Kings Park", 48200),
          (4, "Dunmore City", "Dunmore", 1921, "Dunmore Arena", 52000),
          (5, "Eastfield Town", "Eastfield", 1895, "Eastfield Road", 17800),
          (6, "Fernhill Wanderers", "Fernhill", 1911, "The Warren", 26300))
_POSITIONS = (("goalkeeper", 2), ("defender", 7), ("midfielder", 7), ("forward", 4))
_NATIONS = (("England", 40), ("Brazil", 8), ("France", 10), ("Spain", 9), ("Nigeria", 7), ("Japan", 5),
            ("Ireland", 11), ("Portugal", 10))
_GIVEN = ("Rico", "Sam", "Theo", "Ugo", "Vik", "Will", "Xavi", "Yan", "Zeke", "Alfie", "Ben", "Cal", "Dom", "Eli",
          "Fin", "Gus", "Hal", "Ike", "Jay", "Kai", "Lou", "Max", "Ned", "Oz")
_FAMILY = ("Alves", "Baker", "Costa", "Drake", "Evans", "Fofana", "Green", "Hale", "Ito", "Jones", "Kane", "Lima",
           "Moore", "Nunes", "Okoye", "Price", "Quinn", "Reyes", "Silva", "Tait", "Umeh", "Vidal", "Walsh", "Young")


def build_league(con: Any) -> None:
    rng = random.Random(_SEED)
    cur = con.cursor()
    create(cur, _SCHEMA)
    insert(cur, "teams", ("team_id", "team_name", "city", "founded", "stadium", "capacity"), _TEAMS)
    players = []
    for team in range(1, 7):
        shirts = rng.sample(range(1, 40), 20)
        for slot, position in enumerate([p for p, n in _POSITIONS for _ in range(n)]):
            number = len(players) + 1
            name = "Rico Alves" if number == 1 else f"{_GIVEN[number % 24]} {_FAMILY[(number * 5 + team) % 24]}"
            born = random_day(rng, datetime.date(1988, 1, 1), datetime.date(2007, 6, 1))
            nation = rng.choices([n for n, _ in _NATIONS], [w for _, w in _NATIONS])[0]
            wage = round(rng.uniform(8_000, 60_000) * (1.6 if position == "forward" else 1.0), -2)
            players.append((number, name, team, position, iso(born), nation, wage,
                            None if rng.random() < 0.08 else shirts[slot]))
    insert(cur, "players", ("player_id", "player_name", "team_id", "position", "born", "nationality",
                            "weekly_wage", "shirt_no"), players)
    scorers = {team: [p[0] for p in players if p[2] == team and p[3] != "goalkeeper" and p[0] % 6 != 0]
               for team in range(1, 7)}  # goalkeepers and every sixth player never score
    matches, goals = [], []
    day = datetime.date(2025, 8, 9)
    number = 0
    while day < datetime.date(2026, 11, 18):
        if day.month not in (6, 7):
            for home, away in rng.sample([(h, a) for h in range(1, 7) for a in range(1, 7) if h != a], 3):
                number += 1
                home_goals, away_goals = rng.choice((0, 1, 1, 2, 2, 3, 4)), rng.choice((0, 0, 1, 1, 2, 3))
                capacity = _TEAMS[home - 1][5]
                matches.append((number, iso(day), home, away, home_goals, away_goals,
                                int(capacity * rng.uniform(0.55, 0.99))))
                for team, many in ((home, home_goals), (away, away_goals)):
                    for _ in range(many):
                        goals.append((len(goals) + 1, number, rng.choice(scorers[team]), rng.randint(1, 94),
                                      int(rng.random() < 0.1)))
        day += datetime.timedelta(days=7)
    insert(cur, "matches", ("match_id", "played_on", "home_team_id", "away_team_id", "home_goals", "away_goals",
                            "attendance"), matches)
    insert(cur, "goals", ("goal_id", "match_id", "player_id", "minute", "penalty"), goals)
    con.commit()


_TEAM_GOALS = ("SELECT t.team_name, COUNT(g.goal_id) FROM teams t JOIN players p ON p.team_id = t.team_id "
               "JOIN goals g ON g.player_id = p.player_id GROUP BY t.team_id")

LEAGUE: list[Case] = [
    Case("how many teams are in the league", "SELECT COUNT(*) FROM teams"),
    Case("how many goalkeepers", "SELECT COUNT(*) FROM players WHERE position = 'goalkeeper'"),
    Case("list players from brazil", "SELECT player_name FROM players WHERE nationality = 'Brazil'"),
    Case("biggest stadium", "SELECT stadium FROM teams ORDER BY capacity DESC LIMIT 1"),
    Case("highest paid player", "SELECT player_name FROM players ORDER BY weekly_wage DESC LIMIT 1"),
    Case("average attendance", "SELECT AVG(attendance) FROM matches"),
    Case("how many goals were scored in 2026",
         "SELECT COUNT(*) FROM goals g JOIN matches m ON m.match_id = g.match_id "
         "WHERE m.played_on >= '2026-01-01' AND m.played_on < '2027-01-01'"),
    Case("who scored the most goals",
         "SELECT p.player_name FROM players p JOIN goals g ON g.player_id = p.player_id GROUP BY p.player_id "
         "ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("goals per team", _TEAM_GOALS),
    Case("players who have never scored",
         "SELECT player_name FROM players WHERE player_id NOT IN (SELECT player_id FROM goals)"),
    Case("how many penalties were scored", "SELECT COUNT(*) FROM goals WHERE penalty = 1"),
    Case("what % of goals were penalties", "SELECT 100.0 * AVG(penalty) FROM goals"),
    Case("players older than 30", "SELECT COUNT(*) FROM players WHERE born <= '1996-11-18'"),
    Case("youngest player", "SELECT player_name FROM players ORDER BY born DESC LIMIT 1"),
    Case("matches played in october",
         "SELECT COUNT(*) FROM matches WHERE played_on >= '2026-10-01' AND played_on < '2026-11-01'"),
    Case("average wage by position", "SELECT position, AVG(weekly_wage) FROM players GROUP BY position"),
    Case("teams founded before 1900", "SELECT team_name FROM teams WHERE founded < 1900"),
    Case("how many players does each team have",
         "SELECT t.team_name, COUNT(p.player_id) FROM teams t LEFT JOIN players p ON p.team_id = t.team_id "
         "GROUP BY t.team_id"),
    Case("players earning more than the average wage",
         "SELECT player_name FROM players WHERE weekly_wage > (SELECT AVG(weekly_wage) FROM players)"),
    Case("matches with attendance over 40000", "SELECT COUNT(*) FROM matches WHERE attendance > 40000"),
    Case("how many goals did vik vidal score",
         "SELECT COUNT(*) FROM goals g JOIN players p ON p.player_id = g.player_id WHERE p.player_name = 'Vik Vidal'"),
    Case("which team does rico alves play for",
         "SELECT t.team_name FROM teams t JOIN players p ON p.team_id = t.team_id WHERE p.player_name = 'Rico Alves'"),
    Case("are there more defenders than forwards",
         "SELECT (SELECT COUNT(*) FROM players WHERE position = 'defender') > "
         "(SELECT COUNT(*) FROM players WHERE position = 'forward')"),
    Case("players without a shirt number", "SELECT player_name FROM players WHERE shirt_no IS NULL"),
    Case("most common nationality",
         "SELECT nationality FROM players GROUP BY nationality ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("total wage bill per team",
         "SELECT t.team_name, SUM(p.weekly_wage) FROM teams t JOIN players p ON p.team_id = t.team_id "
         "GROUP BY t.team_id"),
    Case("teams whose players earn over 800000 a week in total",
         "SELECT t.team_name FROM teams t JOIN players p ON p.team_id = t.team_id GROUP BY t.team_id "
         "HAVING SUM(p.weekly_wage) > 800000"),
    Case("matches per month this year",
         "SELECT strftime('%Y-%m', played_on), COUNT(*) FROM matches WHERE played_on >= '2026-01-01' GROUP BY 1"),
    Case("top 3 scorers",
         "SELECT p.player_name FROM players p JOIN goals g ON g.player_id = p.player_id GROUP BY p.player_id "
         "ORDER BY COUNT(*) DESC LIMIT 3"),
    Case("oldest team", "SELECT team_name FROM teams ORDER BY founded LIMIT 1"),
    Case("penalties scored by forwards",
         "SELECT COUNT(*) FROM goals g JOIN players p ON p.player_id = g.player_id "
         "WHERE g.penalty = 1 AND p.position = 'forward'"),
    # refuse
    Case("who is the best player in the league", None),
    Case("how many yellow cards did rico alves get", None),
    Case("who will win the league", None),
    Case("which team has the loudest fans", None),
    Case("what formation does dunmore play", None),
]
