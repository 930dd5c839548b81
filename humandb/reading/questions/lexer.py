"""The question as understood words: longest phrase first, then numbers, dates and months, then typos.

Every token ends up as exactly one of: a meaning (or several, for the reader to choose from), a word that
carries no meaning (a stopword), or an unknown word that the reader must name when it refuses.
"""

from __future__ import annotations

from humandb.brain.catalog import Column, name_parts
from humandb.reading.questions.linking import Index, verb_columns, verb_tables
from humandb.reading.questions.typos import correct
from humandb.reading.questions.vocabulary import (
    ABBREVIATIONS,
    DAYS_OF_WEEK,
    FILLERS,
    MONTHS,
    NUMBER_WORDS,
    STATES,
    STOPWORDS,
)
from humandb.reading.questions.words import Word, number_value, stem, tokens

__all__ = ["lex", "normalised"]

_MAX_SPAN = 6
_SOFT_CUES = frozenset({"by", "who", "has", "more", "fewer", "than", "or", "and", "order?", "date", "when", "group?",
                        "ratio?", "parent?"})
_MAX_TYPOS = 6  # typo look-ups per question: each costs a scan of the catalog's words
_AUXILIARY_VERBS = frozenset({"did", "do", "does", "not", "ever", "never"})
# How long something went on, said with a verb: "lasted more than", "took under".
_DURATION_VERBS = frozenset({"lasted", "lasts", "lasting", "took", "takes", "taking", "ran", "runs"})
_LONGER = {"more": "longer", "over": "longer", "longer": "longer", "less": "shorter", "under": "shorter",
           "shorter": "shorter"}
_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})
_BEFORE_AN = frozenset({"than", "over", "under", "within", "about"})


def normalised(question: str, index: Index | None = None) -> list[str]:
    """Tokens with abbreviations and informal spellings written out ("avg salary by dept"), unless the catalog
    knows the word itself ("cats" are cats where a species is "cat", not categories)."""
    words: list[str] = []
    found = tokens(question)
    at = 0
    while at < len(found):
        span = next((n for n in (4, 3, 2, 1) if tuple(found[at:at + n]) in FILLERS), 0)
        if span:
            at += span
            continue
        token = found[at]
        at += 1
        rest = found[at:at + 2]
        if token in _DURATION_VERBS and rest[:1] and rest[0] in _LONGER:
            # "trips that lasted more than an hour", "jobs that took under 2 days": longer or shorter than
            longer, used = _LONGER[rest[0]], 2 if rest[0] in ("more", "less") and rest[1:] == ["than"] else 1
            words += [longer, "than"]
            at += used
            continue
        if token in ("a", "an") and rest[:1] and rest[0] in _TIME_UNITS and words[-1:] and words[-1] in _BEFORE_AN:
            words.append("1")  # "more than an hour": one hour
            continue
        if "-" in token and token[0].isalpha():  # "e-bikes": the ebike column; "x-ray" a value; "g-rated": G
            joined = token.replace("-", "")
            known = index is not None and (index.meanings((token,)) or index.meanings((joined,)))
            words += ([token] if index is not None and index.meanings((token,)) else [joined]) if known \
                else token.split("-")
            continue
        if token in ABBREVIATIONS and index is not None and index.meanings((token,)):
            words.append(token)
            continue
        words += ABBREVIATIONS.get(token, token).split()
    return words


def lex(question: str, index: Index) -> tuple[list[str], list[Word]]:
    """The question's tokens and its words, in order; unknown words are kept as kind "unknown"."""
    raw = normalised(question, index)
    found: list[Word] = []
    typos = 0
    at = 0
    while at < len(raw):
        if raw[at] == "for" and at + 1 < len(raw) and _year(raw[at + 1]):
            found.append(Word("when", "for", at, cue="in"))  # "loan counts for 2025": in 2025
            at += 1
            continue
        match = _longest(index, raw, at) if not _pronoun(raw, at) else None
        if match is not None and match[0] > 1 and not any(m.kind in ("table", "column", "value") for m in match[1]):
            later = _longest(index, raw, at + match[0] - 1)  # "per year group": per, then the year_group column
            if later is not None and later[0] > 1 and any(m.kind in ("table", "column") for m in later[1]):
                match = _longest(index, raw, at, match[0] - 1) or match
        if match is not None and match[0] == 1 and _month_after_time_word(raw, at):
            match = None  # "since June": the month, though someone is called June
        if match is not None and match[0] > 1 and all(m.kind == "nullpost" for m in match[1]) \
                and at + match[0] < len(raw) and raw[at + match[0]] in ("any", "a", "an"):
            match = _longest(index, raw, at, 1)  # "haven't recorded any sightings": a verb negated, not a blank
        if match is not None:
            span, meanings = match
            text = " ".join(raw[at : at + span])
            found += [_placed(meaning, text, at, span) for meaning in _prefer(meanings)]
            at += span
            continue
        word = raw[at]
        number = number_value(word) if word[0].isdigit() or word[0] == "$" else None
        if len(word) == 10 and word[4] == "-" and word[:4].isdigit():
            found.append(Word("day", word, at, value=word))
        elif number is not None:
            found.append(Word("number", word, at, number=number))
        elif word in NUMBER_WORDS:
            found.append(Word("number", word, at, number=float(NUMBER_WORDS[word])))
        elif word in MONTHS or (word == "may" and at > 0 and raw[at - 1] in _BEFORE_MONTH):
            found.append(Word("month", word, at, number=float(MONTHS.get(word, 5))))  # "in may", not "may we"
        elif len(word) == 2 and word[0] == "q" and word[1] in "1234":
            found.append(Word("quarter", word, at, number=float(word[1])))
        elif word in DAYS_OF_WEEK:  # "on a weekend", "on Sundays": which days of the week
            found.append(Word("weekday", word, at, cue=",".join(str(day) for day in DAYS_OF_WEEK[word])))
        elif word not in STOPWORDS:
            verbs = verb_tables(index, word) or _phrasal(verb_columns(index, word), raw, at) \
                or _negated_flag(index, word) or _had(index, word) or _we_did(index, raw, at, word)
            # "how many deliveries has Ben done": done is what he did; "how many tickets has Aisha resolved":
            # the ones she saw to the end, which is a state too
            perfect = word == "done" and bool(set(raw[max(0, at - 4):at]) & {"has", "have", "had", "having"})
            if word in STATES and not verbs and not perfect:
                found.append(Word("state", word, at, cue=STATES[word]))
                at += 1
                continue
            if verbs and verbs[0].span == 2:  # "checked out": the check_out date, both words
                found += [_placed(meaning, " ".join(raw[at:at + 2]), at, 2) for meaning in verbs]
                at += 2
                continue
            verbs = verbs or _written_out(index, word) or _to_do(index, raw, at) or _we_did(index, raw, at, word)
            fixed = correct(word, index) if typos < _MAX_TYPOS and not verbs else None
            typos += 1
            meanings = verbs or (index.meanings((fixed,)) or _we_did(index, raw, at, fixed) if fixed else [])
            meanings = [m for m in meanings if m.kind not in _SOFT_CUES]  # a typo never quietly becomes glue
            if meanings:
                found += [_placed(meaning, word, at, 1) for meaning in _prefer(meanings)]
            elif fixed not in STOPWORDS or _another_word(word, fixed):
                found.append(Word("unknown", word, at))
        at += 1
    return raw, _sorts_named(_keys_named(found, index), raw, index)


def _keys_named(found: list[Word], index: Index) -> list[Word]:
    """"Bike id", "which bike ids": the id said after a table's name is that table's key column."""
    for word in [w for w in found if w.kind == "unknown" and w.text in ("id", "ids")]:
        tables = [w for w in found if w.kind == "table" and w.at + w.span == word.at and not w.cue]
        if len(tables) != 1:
            continue
        named = tables[0]
        key = index.catalog.tables[named.table].key
        if index.catalog.tables[named.table].column(key) is None:
            continue  # a rowid: no column to name
        found = [w for w in found if w is not word and w.at != named.at]
        found.append(Word("column", f"{named.text} {word.text}", named.at, table=named.table, column=key,
                          span=named.span + 1))
    return sorted(found, key=lambda w: w.at)


_SORTS = frozenset("type types kind kinds category categories class classes sort sorts".split())
# What a unit in a column's name measures: "wind speed" is wind_kph.
_UNITS = {"speed": {"kph", "mph", "kmh", "kmph", "knots"}, "temperature": {"c", "f", "celsius", "fahrenheit"},
          "weight": {"kg", "kgs", "lb", "lbs", "g", "grams"}, "distance": {"km", "mi", "miles", "m"}}
# Words that finish a compound a column is named by its first word of: a phone number, an email address.
_COMPLETIONS = frozenset("number numbers address addresses".split())


def _sorts_named(found: list[Word], raw: list[str], index: Index) -> list[Word]:
    """"Membership type", "habitat type": a category column's name followed by a word for a sort of thing is
    that column still (no column of its table is called so), not another table's "type"; so is a column
    named by a compound's first word ("phone number", "email address"), or by what its unit measures ("wind
    speed" of wind_kph)."""
    for word in [w for w in found if w.kind == "column" and w.cue in ("", "part")]:
        after = word.at + word.span
        column = index.catalog.tables[word.table].column(word.column)
        if after >= len(raw) or column is None or not (_measured(column, raw[after]) or (
                not word.cue and raw[after] in _SORTS | _COMPLETIONS and not column.numeric and not column.temporal)):
            continue
        if any(w.at == after and w.kind == "column" and w.table == word.table for w in found):
            continue  # "payment type" where the payments have a type of their own
        longer = _placed(word, f"{word.text} {raw[after]}", word.at, word.span + 1)
        measured = _measured(column, raw[after])  # then the unit has said which of the word's columns it is
        found = [longer if w is word else w for w in found
                 if w.at != after and not (measured and w.at == word.at and w is not word)]
    return found


def _measured(column: Column, token: str) -> bool:
    return column.numeric and bool(set(column.parts) & _UNITS.get(token, set()))


def _written_out(index: Index, word: str) -> list[Word]:
    """"elevation" of elev_m, "temperature" of temp_c, "precipitation" of precip_mm: a column named by the
    first letters of the word (at least four, and a third of it), where the word means nothing else."""
    for end in range(len(word) - 2, 3, -1):
        if 3 * end < len(word):
            break
        found = [m for m in index.phrases.get((word[:end],), []) if m.kind == "column" and m.cue in ("", "part")
                 and (c := index.catalog.tables[m.table].column(m.column)) is not None and not c.key]
        if found:
            return [Word("column", word, 0, table=m.table, column=m.column) for m in found]
    return []


def _to_do(index: Index, raw: list[str], at: int) -> list[Word]:
    """"The cheapest dvds to replace", "cost more than average to repair": a verb after "to" names the column
    whose first word is made from it (replacement_cost, repair_fee)."""
    root = stem(raw[at])
    if at == 0 or raw[at - 1] != "to" or len(root) < 4:
        return []
    return [Word("column", raw[at], 0, table=column.table, column=column.name)
            for table in index.catalog.tables.values() for column in table.columns
            if column.numeric and not column.key and column.parts and column.parts[0] != raw[at]
            and column.parts[0].startswith(root)]


def _we_did(index: Index, raw: list[str], at: int, word: str) -> list[Word]:
    """"How many items did we acquire", "when did the shop open": a verb in its plain form after "did" and its
    subject is the dated column named by its past (acquired_on, opened_on), as "acquired" would be."""
    # "did we acquire", "did Summit Park station open": an auxiliary, a subject of up to four words, the verb
    if at < 2 or not {"did", "do", "does"} & set(raw[max(0, at - 5):at - 1]) or raw[at - 1] in _AUXILIARY_VERBS:
        return []
    past = word + "d" if word.endswith("e") else word + "ed"
    return [m for m in verb_columns(index, past) if m.cue == "event"]


def _year(token: str) -> bool:
    return len(token) == 4 and token.isdigit() and 1900 <= int(token) <= 2100


def _month_after_time_word(raw: list[str], at: int) -> bool:
    return raw[at] in MONTHS and len(raw[at]) > 3 and at > 0 and raw[at - 1] in _BEFORE_MONTH


def _another_word(word: str, fixed: str) -> bool:
    """"think" is no typo of "thing": a letter changed for another makes a word of its own often enough that a
    word may vanish as a misspelt little word only if letters were swapped, dropped or doubled ("waht", "teh")."""
    return len(word) == len(fixed) and sum(a != b for a, b in zip(word, fixed, strict=True)) == 1


def _pronoun(raw: list[str], at: int) -> bool:
    """"us" after a verb or a preposition is the pronoun ("spent the most with us"); before a noun it may be
    the country ("top 5 us cities")."""
    if raw[at] != "us":
        return False
    return (at > 0 and raw[at - 1] in _BEFORE_US) or at + 1 == len(raw) or raw[at + 1] in STOPWORDS


_BEFORE_MONTH = frozenset({"in", "since", "during", "before", "after", "until", "of", "from", "through", "by"})
_BEFORE_US = frozenset("with for to of from at by give show tell let get send help from among about".split())


def _phrasal(verbs: list[Word], raw: list[str], at: int) -> list[Word]:
    """"checked out" is check_out, not check_in: a verb's particle picks the column whose name has it."""
    if len(verbs) < 2 or at + 1 >= len(raw):
        return verbs
    particle = raw[at + 1]
    chosen = [Word(v.kind, v.text, v.at, v.table, v.column, v.value, v.cue, v.number, 2) for v in verbs
              if particle in name_parts(v.column)[1:]]
    return chosen or verbs


def _had(index: Index, word: str) -> list[Word]:
    """"microchipped", "emailed": a thing the rows have (its column is filled in) said as a verb."""
    for ending in ("ped", "ted", "ed", "d"):
        noun = word.removesuffix(ending)
        if noun != word and len(noun) >= 4:
            found = [m for m in index.meanings((noun,)) if m.kind == "column" and not m.cue.startswith("role")
                     and (c := index.catalog.tables[m.table].column(m.column)) is not None and not c.numeric
                     and not c.temporal]
            if found:
                return [Word("column", word, 0, table=m.table, column=m.column, cue="having") for m in found]
    return []


def _negated_flag(index: Index, word: str) -> list[Word]:
    """"unpaid", "unattended", "inactive": the opposite of a yes/no column."""
    for prefix in ("un", "non", "in"):
        if word.startswith(prefix) and len(word) > len(prefix) + 3:
            found = [m for m in index.meanings((word[len(prefix):],)) if m.kind == "column"]
            flags = [m for m in found if (c := index.catalog.tables[m.table].column(m.column)) and c.shape == "flag"]
            if flags:
                return [Word("column", word, 0, table=m.table, column=m.column, cue="negated") for m in flags]
            dated = [m for m in found if (c := index.catalog.tables[m.table].column(m.column)) and c.temporal]
            if dated:  # "unpaid fees": no paid_date yet
                return [Word("column", word, 0, table=m.table, column=m.column, cue="unhad") for m in dated]
    return []


def _longest(index: Index, words: list[str], at: int, most: int = _MAX_SPAN) -> tuple[int, list[Word]] | None:
    for span in range(min(most, len(words) - at), 0, -1):
        meanings = index.meanings(tuple(words[at : at + span]))
        if meanings:
            return span, meanings
    return None


def _prefer(meanings: list[Word]) -> list[Word]:
    # One phrase can mean several things ("sales" is a department and a synonym for revenue); keep them
    # all, values and tables first, and let the reader pick by context.
    order = {"value": 0, "table": 1, "column": 2}
    return sorted(meanings, key=lambda word: (order.get(word.kind, 3), word.cue == "part"))


def _placed(meaning: Word, text: str, at: int, span: int) -> Word:
    return Word(meaning.kind, text, at, meaning.table, meaning.column, meaning.value, meaning.cue,
                meaning.number, span)
