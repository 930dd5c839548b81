"""Memory and arcs within a session: what makes Dave a person rather than a lookup table.

He greets you once, notices when the same question comes back ("didn't you ask me this on
Tuesday?"), sounds different on Monday mornings and Friday afternoons, panics at quarter-end, answers
with an out-of-office on PTO, and keeps his running gags going: Gary wants his ledger pad back.
"""

from __future__ import annotations

import datetime
import random
import re

from humandb.dave import words
from humandb.dave.desk import GARY, Desk
from humandb.reading.sql import Statement

__all__ = ["after", "before"]

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _asked(text: str) -> str:
    # The same question typed a little differently is still the same question.
    return re.sub(r"[\s;?!.]+", " ", text.lower()).strip()


def before(statement: Statement, desk: Desk, rng: random.Random, now: datetime.datetime, reason: str) -> list[str]:
    """Lines Dave says before his answer: greeting, out-of-office, quarter-end, weekday mood, déjà vu."""
    said = []
    if not desk.greeted:
        desk.greeted = True
        said.append(words.say("greeting", rng, desk.recent, user=desk.user or "there"))
    if reason == "pto":
        said.append(words.say("pto", rng, desk.recent, eta="when I'm back"))
    elif reason == "quarter-end" and rng.random() < 0.6:
        said.append(words.say("quarter_end", rng, desk.recent))
    elif now.weekday() == 0 and now.hour < 12 and rng.random() < 0.4:
        said.append(words.say("mood.monday", rng, desk.recent))
    elif now.weekday() == 4 and now.hour >= 13 and rng.random() < 0.4:
        said.append(words.say("mood.friday", rng, desk.recent))
    key = _asked(statement.text)
    count, first = desk.asked.get(key, (0, now))
    desk.asked[key] = (count + 1, first)
    # Déjà vu is about another day ("didn't you ask me this on Tuesday?"): the first repeat on a later
    # day always, after that now and then.
    if first.date() < now.date() and (count == 1 or rng.random() < 0.2):
        said.append(words.say("dejavu", rng, desk.recent, weekday=WEEKDAYS[first.weekday()], count=count + 1))
    return said


def after(statement: Statement, desk: Desk, rng: random.Random, *, ledger: bool, today: datetime.date) -> list[str]:
    """Lines after the answer: the ledger pad (and Gary wanting it back), fatigue, a birthday."""
    said = []
    if ledger:
        desk.ledger_uses += 1
        # The running gag escalates: after a few borrowings Gary starts asking for it back.
        gag = desk.ledger_uses >= 3 and rng.random() < 0.5
        said.append(words.say("gag.gary" if gag else "ledger", rng, desk.recent, gary=GARY))
    if desk.tired and rng.random() < 0.3:
        said.append(words.say("tired", rng, desk.recent))
    if desk.is_birthday(today) and desk.wished_on != today:
        desk.wished_on = today  # once a day is thoughtful; every answer would be a bit much
        desk.energy = min(1.0, desk.energy + 0.3)
        said.append(words.say("birthday", rng, desk.recent, user=desk.user or "you"))
    return said
