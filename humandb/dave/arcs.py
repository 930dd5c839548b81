"""The arcs of a session: what makes Dave a person rather than a lookup table, and a long session a story.

Before he starts on a request (said while he picks it up, in the transcript): hello, once; a new
day (Monday is its own kind of morning); back from lunch; Friday afternoon; the out-of-office on PTO,
when he is away and answering from his phone, slowly; quarter-end, when everything is urgent.

After the answer: Gary's ledger pad, whose story runs in order (lent, borrowed again, he wants it
back, the recurring calendar invite, the MISSING poster, the day Dave gives it back, and the truce
after); how tired he is; your birthday; a sign-off from his holiday.
"""

from __future__ import annotations

import datetime
import random

from humandb.dave import words
from humandb.dave.desk import GARY, Desk
from humandb.dave.words import Line

__all__ = ["LEDGER", "arriving", "ledger", "signing_off", "tired"]

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Gary's ledger pad, chapter by chapter: (the borrowing that starts the chapter, its section). Each
# borrowing says the next line of the chapter it is in, so the story can only go forwards.
LEDGER = (
    (1, "ledger.lent"),
    (2, "ledger.again"),
    (5, "ledger.wants_it_back"),
    (8, "ledger.invite"),
    (11, "ledger.poster"),
    (15, "ledger.returned"),
    (16, "ledger.truce"),
)
RETURNED = 15  # from this borrowing on, the pad is Gary's again: Dave works on the backs of envelopes
_LUNCH_ENERGY = 0.25


def chapter(uses: int) -> str:
    """The section of the ledger story for the `uses`-th borrowing."""
    return [section for start, section in LEDGER if uses >= start][-1]


def arriving(
    desk: Desk, rng: random.Random, moment: datetime.datetime, reason: str, *, user: str | None,
) -> list[Line]:
    """What Dave says as he picks a request up at `moment` (his day, not the wall clock's)."""
    said = []
    weekday = WEEKDAYS[moment.weekday()]
    first_ever = not desk.greeted
    new_day = desk.day.begin(moment)
    if new_day:
        desk.energy = 1.0  # a night's sleep
    if first_ever:
        desk.greeted = True
        section = "greeting.named" if user else "greeting"
        said.append(words.line(section, rng, desk.rotation, user=user or "", weekday=weekday))
        # The state he is in comes with the hello: away, closing the quarter, or starting a week.
        state = {"pto": "pto.morning", "quarter-end": "quarter_end.morning"}.get(reason) or (
            "day.monday" if moment.weekday() == 0 and moment.hour < 12 else "")
        if state:
            said.append(words.line(state, rng, desk.rotation, weekday=weekday))
    elif new_day and desk.day.away and reason != "pto":
        desk.day.away = False  # the first day back from holiday gets its own hello
        said.append(words.line("day.back", rng, desk.rotation, weekday=weekday))
    elif new_day:
        # A new day always gets a word, so the ETAs ("by tomorrow 11:06", then "by 15:28 today") read right:
        # the morning, Monday, the time of year, the holiday or the quarter-end; or, when the last request ran
        # on past lunch, that it did.
        section = {"pto": "pto.aside" if desk.day.away else "pto.morning", "quarter-end": "quarter_end.morning"}.get(
            reason) or ("day.later" if moment.hour >= 12 else "day.monday" if moment.weekday() == 0 else
                        _season(moment, rng))
        said.append(words.line(section, rng, desk.rotation, weekday=weekday, day=desk.day.days))
    elif not new_day and reason == "pto" and rng.random() < 0.5:
        said.append(words.line("pto.aside", rng, desk.rotation))
    elif not new_day and reason == "quarter-end" and rng.random() < 0.4:
        said.append(words.line("quarter_end.aside", rng, desk.rotation))
    if reason == "pto":
        desk.day.away = True
    if new_day and not first_ever and reason != "pto" and (printer := _printer(desk)) is not None:
        said.append(printer)
    if desk.turn in _MILESTONES:
        said.append(words.line("session.milestone", rng, desk.rotation, count=f"{desk.turn:,}"))
    friday = moment.weekday() == 4 and moment.hour >= 13 and reason != "pto" and _once(desk, "friday", moment.date())
    if friday:
        said.append(words.line("day.friday", rng, desk.rotation))
    if desk.day.after_lunch(moment):
        desk.energy = min(1.0, desk.energy + _LUNCH_ENERGY)
        if reason != "pto" and not new_day and not friday and rng.random() < 0.4:
            said.append(words.line("day.lunch", rng, desk.rotation, weekday=weekday))
    return said


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MILESTONES = frozenset({50, 100, 150, 200, 300, 500, 1000})
# The office printer's decline and rebirth, by working days into the session: (the day, the section).
PRINTER = ((3, "office.printer.noise"), (9, "office.printer.facilities"), (16, "office.printer.engineer"),
           (23, "office.printer.fixed"), (31, "office.printer.new"), (40, "office.printer.friends"))


def _season(moment: datetime.datetime, rng: random.Random) -> str:
    """An ordinary morning's line: about the time of year, now and then, else about the day."""
    month = f"month.{_MONTHS[moment.month - 1]}"
    return month if month in words.phrasebook() and rng.random() < 0.45 else "day.morning"


def _printer(desk: Desk) -> Line | None:
    """The next chapter of the printer's story, once its day has come."""
    for day, section in PRINTER:
        if desk.day.days >= day and section not in desk.mentioned:
            desk.mentioned[section] = desk.turn
            return words.line(section, random.Random(section), desk.rotation)
    return None


def _once(desk: Desk, what: str, day: datetime.date) -> bool:
    """True the first time `what` comes up on `day`."""
    key = f"{what}:{day.isoformat()}"
    if key in desk.mentioned:
        return False
    desk.mentioned[key] = desk.turn
    return True


def ledger(desk: Desk, rng: random.Random) -> Line | None:
    """Dave borrowed Gary's ledger pad for the sums: the next line of the story, or (after the truce) now
    and then a word about it."""
    desk.ledger_uses += 1
    section = chapter(desk.ledger_uses)
    if section == "ledger.truce" and rng.random() > 0.35:
        return None  # the story is over; it only comes up now and then
    return words.line(section, rng, desk.rotation, gary=GARY)


def tired(desk: Desk, rng: random.Random) -> Line | None:
    """A word about how he is holding up, when he is tired (not every time: he is a professional)."""
    if desk.tired and rng.random() < 0.35:
        return words.line("tired", rng, desk.rotation)
    return None


def signing_off(desk: Desk, rng: random.Random, reason: str, today: datetime.date) -> list[Line]:
    """After the answer: a sign-off from his holiday, and your birthday once a day."""
    said = []
    if reason == "pto" and rng.random() < 0.6:
        said.append(words.line("pto.signoff", rng, desk.rotation))
    if desk.is_birthday(today) and desk.wished_on != today:
        desk.wished_on = today  # once a day is thoughtful; every answer would be a bit much
        desk.energy = min(1.0, desk.energy + 0.3)
        said.append(words.line("birthday", rng, desk.rotation, user=desk.user or "you"))
    return said
