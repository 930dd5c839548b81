"""An online learning platform: instructors, courses filed under categories (a category may sit under a parent
category), learners and their enrollments in courses, the lessons of each course, lesson completions with quiz
scores, coupon codes taken off the price of an enrollment, and refund requests.

Written blind, like the rest of the held-out corpus: by someone who has not read the English reader. Tables are
singular snake_case with ``id`` keys and ``<table>_id`` links. Two links are left undeclared, as they often are in
real files: ``enrollment.coupon_id`` and ``refund.enrollment_id``. Day dates are ISO TEXT (``joined_on``,
``published_on``, ``starts_on``, ``expires_on``, ``requested_on``, ``resolved_on``); moments are ISO TEXT with a
time (``enrolled_at``, ``completed_at``). ``course.published_on`` is NULL for a draft, ``coupon.expires_on`` and
``coupon.max_redemptions`` are NULL for no end and no limit, ``enrollment.coupon_id`` is NULL when no code was
used, ``enrollment.completed_at`` is NULL until every lesson is done, ``enrollment.rating`` is NULL unless the
learner rated the course, ``lesson_completion.quiz_score`` is NULL when the lesson has no quiz or the quiz was
skipped, ``refund.resolved_on`` is NULL while the request is pending, ``learner.referral_source`` is NULL when
unknown. Some learners never enrolled, one instructor has no course and another only a draft, the Public Speaking
category is empty, two coupons were never used, and a course published last week has nobody enrolled yet.
"""

from __future__ import annotations

import datetime
import random
from typing import Any

from .common import NOW, Case, create, insert, iso, money, random_day

SEED = 70417

SCHEMA = (
    """CREATE TABLE category (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        parent_id INTEGER REFERENCES category (id)
    )""",
    """CREATE TABLE instructor (
        id INTEGER PRIMARY KEY,
        full_name TEXT NOT NULL,
        email TEXT NOT NULL,
        country TEXT NOT NULL,
        joined_on TEXT NOT NULL,
        revenue_share_pct INTEGER NOT NULL
    )""",
    """CREATE TABLE course (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        category_id INTEGER NOT NULL REFERENCES category (id),
        instructor_id INTEGER NOT NULL REFERENCES instructor (id),
        level TEXT NOT NULL,
        language TEXT NOT NULL,
        list_price REAL NOT NULL,
        published_on TEXT
    )""",
    """CREATE TABLE learner (
        id INTEGER PRIMARY KEY,
        full_name TEXT NOT NULL,
        email TEXT NOT NULL,
        country TEXT NOT NULL,
        joined_on TEXT NOT NULL,
        referral_source TEXT
    )""",
    """CREATE TABLE coupon (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        discount_pct INTEGER NOT NULL,
        starts_on TEXT NOT NULL,
        expires_on TEXT,
        max_redemptions INTEGER
    )""",
    """CREATE TABLE enrollment (
        id INTEGER PRIMARY KEY,
        learner_id INTEGER NOT NULL REFERENCES learner (id),
        course_id INTEGER NOT NULL REFERENCES course (id),
        enrolled_at TEXT NOT NULL,
        price_paid REAL NOT NULL,
        coupon_id INTEGER,
        completed_at TEXT,
        rating INTEGER
    )""",
    """CREATE TABLE lesson (
        id INTEGER PRIMARY KEY,
        course_id INTEGER NOT NULL REFERENCES course (id),
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        duration_min INTEGER NOT NULL,
        has_quiz INTEGER NOT NULL,
        is_free_preview INTEGER NOT NULL
    )""",
    """CREATE TABLE lesson_completion (
        id INTEGER PRIMARY KEY,
        enrollment_id INTEGER NOT NULL REFERENCES enrollment (id),
        lesson_id INTEGER NOT NULL REFERENCES lesson (id),
        completed_at TEXT NOT NULL,
        quiz_score INTEGER
    )""",
    """CREATE TABLE refund (
        id INTEGER PRIMARY KEY,
        enrollment_id INTEGER NOT NULL,
        requested_on TEXT NOT NULL,
        reason TEXT NOT NULL,
        amount REAL NOT NULL,
        status TEXT NOT NULL,
        resolved_on TEXT
    )""",
)

# name, parent (1-based index into this list)
CATEGORIES = (
    ("Development", None),
    ("Business", None),
    ("Design", None),
    ("Data Science", None),
    ("Personal Growth", None),
    ("Web Development", 1),
    ("Mobile Development", 1),
    ("Programming Languages", 1),
    ("Finance", 2),
    ("Marketing", 2),
    ("Entrepreneurship", 2),
    ("Graphic Design", 3),
    ("UX Design", 3),
    ("Machine Learning", 4),
    ("Data Analysis", 4),
    ("Productivity", 5),
    ("Public Speaking", 5),
    ("JavaScript Frameworks", 6),
)

# name, country, joined on, revenue share %
INSTRUCTORS = (
    ("Maya Fernandes", "Portugal", "2019-05-14", 60),
    ("Daniel Brooks", "USA", "2018-09-03", 70),
    ("Ingrid Solberg", "Norway", "2020-01-20", 60),
    ("Kwame Mensah", "Ghana", "2021-03-11", 50),
    ("Lucia Romero", "Spain", "2019-11-28", 60),
    ("Arjun Mehta", "India", "2020-06-07", 50),
    ("Sophie Laurent", "France", "2022-02-15", 50),
    ("Ethan Clarke", "UK", "2018-04-30", 70),
    ("Mei Lin", "Singapore", "2021-08-19", 60),
    ("Jonas Weber", "Germany", "2023-05-02", 50),
    ("Olivia Grant", "Canada", "2022-10-10", 60),
    ("Tomasz Zielinski", "Poland", "2024-01-08", 50),
    ("Fatima Zahra", "Morocco", "2024-07-22", 50),
    ("Ryan O'Connell", "Ireland", "2025-09-01", 50),
    ("Hana Suzuki", "Japan", "2026-06-15", 50),
)

# title, category, instructor, level, language, list price, published on, popularity weight
COURSES = (
    ("Modern JavaScript from Scratch", 8, 2, "beginner", "English", 89.99, "2022-03-01", 9),
    ("React in Practice", 18, 2, "intermediate", "English", 119.99, "2023-01-15", 8),
    ("Vue 3 Essentials", 18, 10, "intermediate", "English", 79.99, "2024-02-10", 4),
    ("HTML & CSS Foundations", 6, 8, "beginner", "English", 49.99, "2021-09-12", 8),
    ("Full-Stack Web Apps with Django", 6, 8, "advanced", "English", 129.99, "2022-11-05", 5),
    ("Flutter for Beginners", 7, 9, "beginner", "English", 94.99, "2023-04-22", 5),
    ("iOS Apps with SwiftUI", 7, 9, "intermediate", "English", 109.99, "2024-05-30", 4),
    ("Python Programming Bootcamp", 8, 6, "beginner", "English", 99.99, "2021-06-01", 16),
    ("Rust for Systems Programmers", 8, 10, "advanced", "English", 139.99, "2025-03-18", 4),
    ("Go Concurrency Patterns", 8, 12, "advanced", "English", 114.99, "2026-02-09", 3),
    ("Personal Finance 101", 9, 5, "beginner", "Spanish", 0.0, "2020-08-01", 10),
    ("Investing in Index Funds", 9, 5, "intermediate", "English", 59.99, "2021-12-10", 5),
    ("Corporate Finance Fundamentals", 9, 4, "intermediate", "English", 84.99, "2022-06-20", 3),
    ("Digital Marketing Masterclass", 10, 7, "beginner", "French", 74.99, "2022-04-04", 7),
    ("SEO That Actually Works", 10, 7, "intermediate", "English", 64.99, "2023-09-09", 4),
    ("Email Marketing Automation", 10, 11, "intermediate", "English", 54.99, "2024-11-11", 3),
    ("Launch Your Startup", 11, 4, "beginner", "English", 69.99, "2023-02-27", 4),
    ("Pitching to Investors", 11, 13, "advanced", "English", 89.99, "2025-06-14", 2),
    ("Logo Design Workshop", 12, 1, "beginner", "Portuguese", 44.99, "2021-05-05", 4),
    ("Typography Deep Dive", 12, 1, "intermediate", "English", 0.0, "2022-08-16", 5),
    ("Illustrator for Everyone", 12, 11, "beginner", "English", 59.99, "2023-07-03", 4),
    ("UX Research Methods", 13, 3, "intermediate", "English", 99.99, "2021-10-25", 6),
    ("Figma Prototyping", 13, 3, "beginner", "English", 79.99, "2022-12-12", 7),
    ("Design Systems at Scale", 13, 3, "advanced", "English", 149.99, "2025-01-20", 3),
    ("Machine Learning A to Z", 14, 6, "intermediate", "English", 129.99, "2021-02-14", 11),
    ("Deep Learning with PyTorch", 14, 6, "advanced", "English", 159.99, "2023-06-06", 6),
    ("Intro to LLM Apps", 14, 12, "intermediate", "English", 119.99, "2026-04-27", 6),
    ("SQL for Data Analysis", 15, 9, "beginner", "English", 69.99, "2020-11-30", 10),
    ("Excel Dashboards", 15, 5, "beginner", "Spanish", 39.99, "2020-05-18", 6),
    ("Statistics for Analysts", 15, 4, "intermediate", "English", 89.99, "2022-09-01", 4),
    ("Tableau Storytelling", 15, 13, "intermediate", "English", 79.99, "2025-10-06", 3),
    ("Getting Things Done with Notion", 16, 11, "beginner", "English", 29.99, "2023-03-14", 5),
    ("Deep Work Habits", 16, 7, "beginner", "French", 0.0, "2024-01-29", 6),
    ("Kotlin Android Development", 7, 10, "intermediate", "English", 99.99, None, 0),
    ("Advanced TypeScript", 18, 2, "advanced", "English", 129.99, None, 0),
    ("Negotiation Skills", 11, 14, "intermediate", "English", 74.99, None, 0),
    ("Data Visualization with D3", 15, 8, "advanced", "English", 109.99, "2026-10-12", 3),
    ("Svelte Quickstart", 18, 10, "beginner", "English", 49.99, "2026-11-10", 0),
)

# code, discount %, starts on, expires on, max redemptions, how keen people are to use it inside its window
COUPONS = (
    ("WELCOME10", 10, "2022-01-01", None, None, 0.0),  # used on a learner's first weeks only, see _enrollments
    ("SPRING23", 25, "2023-03-01", "2023-05-31", 200, 0.45),
    ("BLACKFRIDAY23", 50, "2023-11-20", "2023-11-30", None, 0.7),
    ("SUMMER24", 30, "2024-06-01", "2024-08-31", 300, 0.5),
    ("BLACKFRIDAY24", 50, "2024-11-25", "2024-12-02", None, 0.75),
    ("NEWYEAR25", 20, "2025-01-01", "2025-01-31", 150, 0.4),
    ("STUDENT15", 15, "2022-01-01", None, None, 0.0),  # a steady trickle, see _enrollments
    ("BLACKFRIDAY25", 50, "2025-11-24", "2025-12-01", None, 0.8),
    ("SPRING26", 25, "2026-03-01", "2026-04-30", 250, 0.35),
    ("BACKTOSCHOOL26", 35, "2026-08-15", "2026-09-15", 200, 0.55),
    ("VIP40", 40, "2024-01-01", "2026-12-31", 20, 0.0),  # a handful, see _enrollments
    ("CYBER26", 45, "2026-11-30", "2026-12-02", None, 0.0),  # not started yet
    ("TEAMTRIAL", 100, "2025-05-01", "2025-05-31", 10, 0.0),  # never handed out
)
WELCOME, STUDENT, VIP = 1, 7, 11

FIRST_NAMES = (
    "Ana", "Ben", "Carla", "Dev", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jack", "Kira", "Leo", "Mariam", "Nico",
    "Omar", "Paula", "Quentin", "Rosa", "Sam", "Tara", "Umar", "Vera", "Wes", "Xia", "Yusuf", "Zoe", "Aiden", "Bea",
    "Chen", "Diego", "Emma", "Felix", "Gita", "Hiro", "Isla", "Joao", "Kofi", "Lena", "Mateo", "Noor",
)  # fmt: skip
LAST_NAMES = (
    "Almeida", "Becker", "Costa", "Dlamini", "Eriksen", "Fischer", "Garcia", "Horvat", "Ibrahim", "Jansen", "Kim",
    "Lopez", "Moreau", "Novak", "Okoro", "Petrov", "Quinn", "Rossi", "Sato", "Tanaka", "Usman", "Vargas", "Walsh",
    "Xu", "Yilmaz", "Zimmer", "Acosta", "Banerjee", "Chowdhury", "Duarte",
)  # fmt: skip
# country, weight
COUNTRIES = (("USA", 22), ("India", 16), ("UK", 9), ("Brazil", 8), ("Germany", 7), ("Nigeria", 6), ("Canada", 6),
             ("Spain", 5), ("Mexico", 5), ("France", 4), ("Philippines", 4), ("Australia", 3), ("Japan", 2),
             ("Kenya", 2))  # fmt: skip
REFERRALS = (("search", 30), ("friend", 18), ("social", 22), ("ad", 14), (None, 16))
N_LEARNERS = 460
N_ENROLLMENTS = 1700

LESSON_TOPICS = (
    "Setting up your tools", "Core concepts", "A first worked example", "Common mistakes", "Going deeper",
    "Hands-on exercise", "Case study", "Working with real data", "Tips from the field", "Putting it together",
    "Best practices", "Troubleshooting", "Advanced techniques", "Mini project", "Review and next steps",
)  # fmt: skip
REASONS = (("changed my mind", 36), ("not what I expected", 24), ("too basic", 12), ("too advanced", 9),
           ("technical problems", 8), ("bought by accident", 15))  # fmt: skip
LAST_DAY = NOW.date() - datetime.timedelta(days=1)


def _day(text: str | None) -> datetime.date | None:
    return None if text is None else datetime.date.fromisoformat(text)


def _moment_after(rng: random.Random, start: datetime.datetime, days: float) -> datetime.datetime:
    return (start + datetime.timedelta(seconds=rng.uniform(600, days * 86400))).replace(microsecond=0)


def _learners(rng: random.Random) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    used: set[str] = set()
    for i in range(1, N_LEARNERS + 1):
        while True:
            name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
            if name not in used:
                used.add(name)
                break
        email = name.lower().replace(" ", ".") + f"{rng.randint(1, 99)}@mail.example"
        country = rng.choices([c for c, _ in COUNTRIES], [w for _, w in COUNTRIES])[0]
        joined = random_day(rng, datetime.date(2022, 1, 1), LAST_DAY)
        source = rng.choices([s for s, _ in REFERRALS], [w for _, w in REFERRALS])[0]
        rows.append((i, name, email, country, joined, source))
    rows.sort(key=lambda r: (r[4], r[0]))
    return [(i, r[1], r[2], r[3], iso(r[4]), r[5]) for i, r in enumerate(rows, 1)]


def _lessons(rng: random.Random) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    for course_id in range(1, len(COURSES) + 1):
        count = rng.randint(5, 12)
        topics = rng.sample(LESSON_TOPICS, count - 1)
        for position in range(1, count + 1):
            title = "Welcome and course overview" if position == 1 else topics[position - 2]
            minutes = rng.randint(3, 8) if position == 1 else rng.randint(6, 38)
            quiz = int(position > 1 and rng.random() < 0.45)
            preview = int(position == 1 or (position == 2 and rng.random() < 0.4))
            rows.append((len(rows) + 1, course_id, position, title, minutes, quiz, preview))
    # one unmistakably long lesson: a recorded live session in the deep learning course
    rows.append((len(rows) + 1, 26, 13, "Recorded live session: training a vision model", 94, 0, 0))
    return rows


def _coupon_for(rng: random.Random, when: datetime.date, joined: datetime.date) -> int | None:
    for i, (_, _, starts, ends, _, keen) in enumerate(COUPONS, 1):
        if keen and _day(starts) <= when <= (_day(ends) or when) and rng.random() < keen:  # type: ignore[operator]
            return i
    if (when - joined).days < 21 and rng.random() < 0.3:
        return WELCOME
    if rng.random() < 0.05:
        return STUDENT
    if when >= datetime.date(2024, 1, 1) and rng.random() < 0.012:
        return VIP
    return None


def _enrollments(rng: random.Random, learners: list[tuple[Any, ...]]) -> list[list[Any]]:
    never = set(rng.sample(range(1, N_LEARNERS + 1), 41))
    keen = {lid: rng.choice((1, 1, 1, 2, 2, 3, 5, 8)) for lid in range(1, N_LEARNERS + 1) if lid not in never}
    ids = list(keen)
    weights = [keen[i] for i in ids]
    courses = [i for i, c in enumerate(COURSES, 1) if c[7] > 0]
    cweights = [COURSES[i - 1][7] for i in courses]
    seen: set[tuple[int, int]] = set()
    rows: list[list[Any]] = []
    redeemed: dict[int, int] = {}
    while len(rows) < N_ENROLLMENTS:
        learner = rng.choices(ids, weights)[0]
        course = rng.choices(courses, cweights)[0]
        if (learner, course) in seen:
            continue
        joined = _day(learners[learner - 1][4])
        published = _day(COURSES[course - 1][6])
        first = max(joined, published)  # type: ignore[type-var]
        if first > LAST_DAY:
            continue
        seen.add((learner, course))
        day = random_day(rng, first, LAST_DAY)
        moment = datetime.datetime(day.year, day.month, day.day, rng.randint(6, 23), rng.randrange(60),
                                   rng.randrange(60))  # fmt: skip
        price = COURSES[course - 1][5]
        coupon = None if price == 0 else _coupon_for(rng, day, joined)  # type: ignore[arg-type]
        limit = COUPONS[coupon - 1][4] if coupon else None
        if coupon and limit is not None and redeemed.get(coupon, 0) >= limit:
            coupon = None
        if coupon:
            redeemed[coupon] = redeemed.get(coupon, 0) + 1
            price = money(price * (100 - COUPONS[coupon - 1][1]) / 100)
        rows.append([None, learner, course, moment, price, coupon, None, None])
    rows.sort(key=lambda r: r[3])
    for i, row in enumerate(rows, 1):
        row[0] = i
    return rows


def _completions(rng: random.Random, enrollments: list[list[Any]],
                 lessons: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:  # fmt: skip
    by_course: dict[int, list[tuple[Any, ...]]] = {}
    for lesson in lessons:
        by_course.setdefault(lesson[1], []).append(lesson)
    for course_lessons in by_course.values():
        course_lessons.sort(key=lambda lesson: lesson[2])
    hard = {9: 12, 26: 14, 24: 8, 5: 7}  # advanced courses score lower
    rows: list[tuple[Any, ...]] = []
    for enrollment in enrollments:
        enrollment_id, _, course, enrolled, *_ = enrollment
        course_lessons = by_course[course]
        roll = rng.random()
        if roll < 0.12:
            target = 0
        elif roll < 0.5:
            target = len(course_lessons)
        else:
            target = rng.randint(1, len(course_lessons) - 1)
        pace = rng.choice((0.3, 1.0, 2.0, 4.0, 9.0))
        moment = enrolled
        skill = rng.gauss(80, 9) - hard.get(course, 0)
        done = 0
        for lesson in course_lessons[:target]:
            moment = _moment_after(rng, moment, pace)
            if moment >= NOW:
                break
            score = None
            if lesson[5] and rng.random() < 0.88:
                score = max(20, min(100, round(rng.gauss(skill, 10))))
            rows.append((len(rows) + 1, enrollment_id, lesson[0], iso(moment), score))
            done += 1
        if done == len(course_lessons):
            enrollment[6] = moment
        if rng.random() < (0.55 if enrollment[6] else 0.12):
            base = 4.4 if enrollment[6] else 3.4
            base -= 0.5 if COURSES[course - 1][3] == "advanced" else 0
            enrollment[7] = max(1, min(5, round(rng.gauss(base, 0.9))))
    return rows


def _refunds(rng: random.Random, enrollments: list[list[Any]]) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    for enrollment_id, _, course, enrolled, price, _, completed, _ in enrollments:
        chance = 0.04 if completed else 0.09
        if course in (14, 26):
            chance *= 2.2  # the two courses people most often want their money back for
        if price == 0 or rng.random() >= chance:
            continue
        asked = enrolled.date() + datetime.timedelta(days=rng.randint(0, 29))
        if asked > LAST_DAY:
            continue
        reason = rng.choices([r for r, _ in REASONS], [w for _, w in REASONS])[0]
        amount = price if rng.random() < 0.8 else money(price / 2)
        if (LAST_DAY - asked).days < 6 and rng.random() < 0.8:
            status, resolved = "pending", None
        else:
            status = "denied" if completed or rng.random() < 0.2 else "approved"
            resolved = min(asked + datetime.timedelta(days=rng.choice((0, 1, 1, 2, 2, 3, 4, 7))), LAST_DAY)
        rows.append((len(rows) + 1, enrollment_id, iso(asked), reason, amount, status, iso(resolved)))
    return rows


def build(con: Any) -> None:
    rng = random.Random(SEED)
    cur = con.cursor()
    create(cur, SCHEMA)
    learners = _learners(rng)
    lessons = _lessons(rng)
    enrollments = _enrollments(rng, learners)
    completions = _completions(rng, enrollments, lessons)
    refunds = _refunds(rng, enrollments)
    insert(cur, "category", ("id", "name", "parent_id"), [(i, n, p) for i, (n, p) in enumerate(CATEGORIES, 1)])
    insert(cur, "instructor", ("id", "full_name", "email", "country", "joined_on", "revenue_share_pct"),
           [(i, n, n.lower().replace(" ", ".").replace("'", "") + "@teach.example", c, j, s)
            for i, (n, c, j, s) in enumerate(INSTRUCTORS, 1)])  # fmt: skip
    insert(cur, "course", ("id", "title", "category_id", "instructor_id", "level", "language", "list_price",
                           "published_on"), [(i, *c[:7]) for i, c in enumerate(COURSES, 1)])  # fmt: skip
    insert(cur, "learner", ("id", "full_name", "email", "country", "joined_on", "referral_source"), learners)
    insert(cur, "coupon", ("id", "code", "discount_pct", "starts_on", "expires_on", "max_redemptions"),
           [(i, *c[:5]) for i, c in enumerate(COUPONS, 1)])  # fmt: skip
    insert(cur, "enrollment", ("id", "learner_id", "course_id", "enrolled_at", "price_paid", "coupon_id",
                               "completed_at", "rating"),
           [(e[0], e[1], e[2], iso(e[3]), e[4], e[5], iso(e[6]), e[7]) for e in enrollments])  # fmt: skip
    insert(cur, "lesson", ("id", "course_id", "position", "title", "duration_min", "has_quiz", "is_free_preview"),
           lessons)  # fmt: skip
    insert(cur, "lesson_completion", ("id", "enrollment_id", "lesson_id", "completed_at", "quiz_score"), completions)
    insert(cur, "refund", ("id", "enrollment_id", "requested_on", "reason", "amount", "status", "resolved_on"),
           refunds)  # fmt: skip



EN_C = "FROM enrollment e JOIN course c ON c.id = e.course_id"
EN_I = "FROM enrollment e JOIN course c ON c.id = e.course_id JOIN instructor i ON i.id = c.instructor_id"
LC_L = "FROM lesson_completion lc JOIN lesson s ON s.id = lc.lesson_id"
LC_E = "FROM lesson_completion lc JOIN enrollment e ON e.id = lc.enrollment_id"
R_E = "FROM refund r JOIN enrollment e ON e.id = r.enrollment_id"
IN_2025 = "BETWEEN '2025-01-01' AND '2025-12-31 23:59:59'"
LAST_MONTH = "BETWEEN '2026-10-01' AND '2026-10-31 23:59:59'"
ROOT = ("JOIN category k ON k.id = c.category_id LEFT JOIN category p ON p.id = k.parent_id "
        "LEFT JOIN category g ON g.id = p.parent_id")  # fmt: skip
DAYS_TO_FINISH = "julianday(e.completed_at) - julianday(e.enrolled_at)"

QUESTIONS: list[Case] = [
    # -- plain lookups ---------------------------------------------------------------------------------------
    Case("how many learners are there", "SELECT COUNT(*) FROM learner"),
    Case("how many courses have we actually published", "SELECT COUNT(*) FROM course WHERE published_on IS NOT NULL"),
    Case("list the courses ingrid solberg teaches",
         "SELECT c.title FROM course c JOIN instructor i ON i.id = c.instructor_id "
         "WHERE i.full_name = 'Ingrid Solberg'"),
    Case("what does react in practice cost", "SELECT list_price FROM course WHERE title = 'React in Practice'"),
    Case("which country is kwame mensah from", "SELECT country FROM instructor WHERE full_name = 'Kwame Mensah'"),
    Case("whats the discount on the summer24 code", "SELECT discount_pct FROM coupon WHERE code = 'SUMMER24'"),
    Case("how many lessons are in the python bootcamp",
         "SELECT COUNT(*) FROM lesson s JOIN course c ON c.id = s.course_id "
         "WHERE c.title = 'Python Programming Bootcamp'"),
    Case("which courses are taught in spanish", "SELECT title FROM course WHERE language = 'Spanish'"),
    Case("show me all the free courses", "SELECT title FROM course WHERE list_price = 0"),
    Case("what are the top level categories", "SELECT name FROM category WHERE parent_id IS NULL"),
    Case("email for tutor daniel brooks", "SELECT email FROM instructor WHERE full_name = 'Daniel Brooks'"),
    Case("how many classes are marked advanced", "SELECT COUNT(*) FROM course WHERE level = 'advanced'"),
    Case("which tutors are based in the usa", "SELECT full_name FROM instructor WHERE country = 'USA'"),
    Case("how many modules does figma prototyping have",
         "SELECT COUNT(*) FROM lesson s JOIN course c ON c.id = s.course_id WHERE c.title = 'Figma Prototyping'"),
    # -- counts with filters ---------------------------------------------------------------------------------
    Case("how many new learners joined last month",
         "SELECT COUNT(*) FROM learner WHERE joined_on BETWEEN '2026-10-01' AND '2026-10-31'"),
    Case("how many enrollments were there in 2025", f"SELECT COUNT(*) FROM enrollment WHERE enrolled_at {IN_2025}"),
    Case("how many people enrolled in machine learning a to z",
         f"SELECT COUNT(*) {EN_C} WHERE c.title = 'Machine Learning A to Z'"),
    Case("how many refund requests are still pending", "SELECT COUNT(*) FROM refund WHERE status = 'pending'"),
    Case("how many learners r from india", "SELECT COUNT(*) FROM learner WHERE country = 'India'"),
    Case("number of lessons completed yesterday",
         "SELECT COUNT(*) FROM lesson_completion WHERE completed_at BETWEEN '2026-11-17' AND '2026-11-17 23:59:59'"),
    Case("how many lessons come with a quiz", "SELECT COUNT(*) FROM lesson WHERE has_quiz = 1"),
    Case("how many free preview videos are there", "SELECT COUNT(*) FROM lesson WHERE is_free_preview = 1"),
    Case("how many enrollments used the blackfriday24 code",
         "SELECT COUNT(*) FROM enrollment e JOIN coupon k ON k.id = e.coupon_id WHERE k.code = 'BLACKFRIDAY24'"),
    Case("how many learners came to us through a friend",
         "SELECT COUNT(*) FROM learner WHERE referral_source = 'friend'"),
    Case("how many learners have no referral source on record",
         "SELECT COUNT(*) FROM learner WHERE referral_source IS NULL"),
    Case("enrollments since march", "SELECT COUNT(*) FROM enrollment WHERE enrolled_at >= '2026-03-01'"),
    Case("how many courses went live in 2023",
         "SELECT COUNT(*) FROM course WHERE published_on BETWEEN '2023-01-01' AND '2023-12-31'"),
    Case("how many students completed deep work habits",
         f"SELECT COUNT(*) {EN_C} WHERE c.title = 'Deep Work Habits' AND e.completed_at IS NOT NULL"),
    Case("how many discount codes are valid right now",
         "SELECT COUNT(*) FROM coupon WHERE starts_on <= '2026-11-18' "
         "AND (expires_on IS NULL OR expires_on >= '2026-11-18')"),
    Case("how many quizzes were aced with a perfect 100",
         "SELECT COUNT(*) FROM lesson_completion WHERE quiz_score = 100"),
    Case("how many money-back requests came in during 2025",
         "SELECT COUNT(*) FROM refund WHERE requested_on BETWEEN '2025-01-01' AND '2025-12-31'"),
    # -- sum / avg / min / max -------------------------------------------------------------------------------
    Case("total money taken in from enrollments in 2025",
         f"SELECT SUM(price_paid) FROM enrollment WHERE enrolled_at {IN_2025}"),
    Case("avg price actually paid per enrollment this year",
         "SELECT AVG(price_paid) FROM enrollment WHERE enrolled_at >= '2026-01-01'"),
    Case("whats the average quiz score", "SELECT AVG(quiz_score) FROM lesson_completion"),
    Case("avg quiz score in deep learning with pytorch",
         f"SELECT AVG(lc.quiz_score) {LC_L} JOIN course c ON c.id = s.course_id "
         "WHERE c.title = 'Deep Learning with PyTorch'"),
    Case("how much money have we refunded altogether", "SELECT SUM(amount) FROM refund WHERE status = 'approved'"),
    Case("most expensive course", "SELECT title FROM course ORDER BY list_price DESC LIMIT 1"),
    Case("whats the cheapest course that isnt free",
         "SELECT title FROM course WHERE list_price > 0 ORDER BY list_price LIMIT 1"),
    Case("avg lesson length in minutes", "SELECT AVG(duration_min) FROM lesson"),
    Case("total runtime of sql for data analysis in hours",
         "SELECT SUM(s.duration_min) / 60.0 FROM lesson s JOIN course c ON c.id = s.course_id "
         "WHERE c.title = 'SQL for Data Analysis'"),
    Case("when did the very first enrollment happen", "SELECT MIN(enrolled_at) FROM enrollment"),
    Case("average rating for ux research methods",
         f"SELECT AVG(e.rating) {EN_C} WHERE c.title = 'UX Research Methods'"),
    Case("biggest single refund we approved", "SELECT MAX(amount) FROM refund WHERE status = 'approved'"),
    # -- top-N -----------------------------------------------------------------------------------------------
    Case("which course has the most students",
         f"SELECT c.title {EN_C} GROUP BY c.id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("top 3 courses by revenue", f"SELECT c.title {EN_C} GROUP BY c.id ORDER BY SUM(e.price_paid) DESC LIMIT 3"),
    Case("which instructor brings in the most enrollment revenue",
         f"SELECT i.full_name {EN_I} GROUP BY i.id ORDER BY SUM(e.price_paid) DESC LIMIT 1"),
    Case("which subcategory has the most courses",
         "SELECT k.name FROM category k JOIN course c ON c.category_id = k.id WHERE k.parent_id IS NOT NULL "
         "GROUP BY k.id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("top 3 learners by lessons completed",
         f"SELECT l.full_name {LC_E} JOIN learner l ON l.id = e.learner_id GROUP BY l.id "
         "ORDER BY COUNT(*) DESC LIMIT 3"),
    Case("which coupon code gets used the most",
         "SELECT k.code FROM enrollment e JOIN coupon k ON k.id = e.coupon_id GROUP BY k.id "
         "ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("whose courses got the most refund requests",
         f"SELECT i.full_name {R_E} JOIN course c ON c.id = e.course_id JOIN instructor i ON i.id = c.instructor_id "
         "GROUP BY i.id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("most common reason ppl give for a refund",
         "SELECT reason FROM refund GROUP BY reason ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("which country do most of our learners come from",
         "SELECT country FROM learner GROUP BY country ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("3 highest rated courses with at least 15 ratings",
         f"SELECT c.title {EN_C} WHERE e.rating IS NOT NULL GROUP BY c.id HAVING COUNT(*) >= 15 "
         "ORDER BY AVG(e.rating) DESC LIMIT 3"),
    # -- breakdowns ------------------------------------------------------------------------------------------
    Case("enrollments by course level", f"SELECT c.level, COUNT(*) {EN_C} GROUP BY c.level"),
    Case("how many published courses does each instructor have, including the ones with zero",
         "SELECT i.full_name, COUNT(c.id) FROM instructor i LEFT JOIN course c "
         "ON c.instructor_id = i.id AND c.published_on IS NOT NULL GROUP BY i.id"),
    Case("number of courses in every subcategory, empty ones too",
         "SELECT k.name, COUNT(c.id) FROM category k LEFT JOIN course c ON c.category_id = k.id "
         "WHERE k.parent_id IS NOT NULL GROUP BY k.id"),
    Case("avg test score by course level",
         f"SELECT c.level, AVG(lc.quiz_score) {LC_L} JOIN course c ON c.id = s.course_id GROUP BY c.level"),
    Case("revenue per course language this year",
         f"SELECT c.language, SUM(e.price_paid) {EN_C} WHERE e.enrolled_at >= '2026-01-01' GROUP BY c.language"),
    Case("refund requests broken down by status", "SELECT status, COUNT(*) FROM refund GROUP BY status"),
    Case("learner count per country", "SELECT country, COUNT(*) FROM learner GROUP BY country"),
    # -- never / nobody --------------------------------------------------------------------------------------
    Case("learners who never enrolled in anything",
         "SELECT l.full_name FROM learner l WHERE NOT EXISTS (SELECT 1 FROM enrollment e WHERE e.learner_id = l.id)"),
    Case("courses nobody has signed up for",
         "SELECT c.title FROM course c WHERE NOT EXISTS (SELECT 1 FROM enrollment e WHERE e.course_id = c.id)"),
    Case("which instructors have no courses at all",
         "SELECT i.full_name FROM instructor i WHERE NOT EXISTS (SELECT 1 FROM course c WHERE c.instructor_id = i.id)"),
    Case("which promo codes has nobody used",
         "SELECT k.code FROM coupon k WHERE NOT EXISTS (SELECT 1 FROM enrollment e WHERE e.coupon_id = k.id)"),
    Case("how many enrollments never had a single lesson completed",
         "SELECT COUNT(*) FROM enrollment e WHERE NOT EXISTS "
         "(SELECT 1 FROM lesson_completion lc WHERE lc.enrollment_id = e.id)"),
    Case("teachers who havent published a course yet",
         "SELECT i.full_name FROM instructor i WHERE NOT EXISTS "
         "(SELECT 1 FROM course c WHERE c.instructor_id = i.id AND c.published_on IS NOT NULL)"),
    Case("how many lessons has no one finished",
         "SELECT COUNT(*) FROM lesson s WHERE NOT EXISTS "
         "(SELECT 1 FROM lesson_completion lc WHERE lc.lesson_id = s.id)"),
    # -- ratios ----------------------------------------------------------------------------------------------
    Case("what percentage of enrollments used a coupon",
         "SELECT AVG(CASE WHEN coupon_id IS NOT NULL THEN 1.0 ELSE 0 END) FROM enrollment"),
    Case("completion rate for python programming bootcamp",
         f"SELECT AVG(CASE WHEN e.completed_at IS NOT NULL THEN 1.0 ELSE 0 END) {EN_C} "
         "WHERE c.title = 'Python Programming Bootcamp'", ratio=True),
    Case("what share of refund requests got approved",
         "SELECT AVG(CASE WHEN status = 'approved' THEN 1.0 ELSE 0 END) FROM refund"),
    Case("what % of learners found us on social media",
         "SELECT AVG(CASE WHEN referral_source = 'social' THEN 1.0 ELSE 0 END) FROM learner"),
    # -- above average ---------------------------------------------------------------------------------------
    Case("courses priced above the average course price",
         "SELECT title FROM course WHERE list_price > (SELECT AVG(list_price) FROM course)"),
    Case("how many lessons run longer than average",
         "SELECT COUNT(*) FROM lesson WHERE duration_min > (SELECT AVG(duration_min) FROM lesson)"),
    Case("how many learners have a better avg quiz score than the overall average",
         f"SELECT COUNT(*) FROM (SELECT e.learner_id {LC_E} GROUP BY e.learner_id "
         "HAVING AVG(lc.quiz_score) > (SELECT AVG(quiz_score) FROM lesson_completion))"),
    # -- HAVING ----------------------------------------------------------------------------------------------
    Case("courses with more than 80 enrollments",
         f"SELECT c.title {EN_C} GROUP BY c.id HAVING COUNT(*) > 80"),
    Case("teachers with at least 3 published courses",
         "SELECT i.full_name FROM instructor i JOIN course c ON c.instructor_id = i.id "
         "WHERE c.published_on IS NOT NULL GROUP BY i.id HAVING COUNT(*) >= 3"),
    Case("learners enrolled in 10 or more courses",
         "SELECT l.full_name FROM learner l JOIN enrollment e ON e.learner_id = l.id GROUP BY l.id "
         "HAVING COUNT(*) >= 10"),
    Case("courses where the avg quiz score is under 70",
         f"SELECT c.title {LC_L} JOIN course c ON c.id = s.course_id GROUP BY c.id HAVING AVG(lc.quiz_score) < 70"),
    # -- categories and their parents ------------------------------------------------------------------------
    Case("whats the parent category of machine learning",
         "SELECT p.name FROM category k JOIN category p ON p.id = k.parent_id WHERE k.name = 'Machine Learning'"),
    Case("list each subcategory alongside its parent",
         "SELECT k.name, p.name FROM category k JOIN category p ON p.id = k.parent_id"),
    Case("how many topics sit directly under development",
         "SELECT COUNT(*) FROM category k JOIN category p ON p.id = k.parent_id WHERE p.name = 'Development'"),
    Case("how many courses are in web development or any of its subcategories",
         "SELECT COUNT(*) FROM course c JOIN category k ON k.id = c.category_id LEFT JOIN category p "
         "ON p.id = k.parent_id WHERE k.name = 'Web Development' OR p.name = 'Web Development'"),
    Case("which top-level category gets the most enrollments",
         f"SELECT COALESCE(g.name, p.name, k.name) {EN_C} {ROOT} GROUP BY COALESCE(g.name, p.name, k.name) "
         "ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("how many enrollments in data science courses this year",
         f"SELECT COUNT(*) {EN_C} {ROOT} WHERE e.enrolled_at >= '2026-01-01' "
         "AND 'Data Science' IN (k.name, p.name, g.name)"),
    # -- yes / no --------------------------------------------------------------------------------------------
    Case("is there any course over 150 dollars", "SELECT EXISTS (SELECT 1 FROM course WHERE list_price > 150)"),
    Case("did anyone use the teamtrial coupon",
         "SELECT EXISTS (SELECT 1 FROM enrollment e JOIN coupon k ON k.id = e.coupon_id WHERE k.code = 'TEAMTRIAL')"),
    Case("has hana suzuki published any courses",
         "SELECT EXISTS (SELECT 1 FROM course c JOIN instructor i ON i.id = c.instructor_id "
         "WHERE i.full_name = 'Hana Suzuki' AND c.published_on IS NOT NULL)"),
    Case("do we have any courses in portuguese", "SELECT EXISTS (SELECT 1 FROM course WHERE language = 'Portuguese')"),
    # -- durations -------------------------------------------------------------------------------------------
    Case("on average how many days does it take to process a refund",
         "SELECT AVG(julianday(resolved_on) - julianday(requested_on)) FROM refund WHERE resolved_on IS NOT NULL"),
    Case("avg days for learners to finish react in practice",
         f"SELECT AVG({DAYS_TO_FINISH}) {EN_C} WHERE c.title = 'React in Practice' AND e.completed_at IS NOT NULL"),
    Case("longest anyone took to complete a course, in days",
         f"SELECT MAX({DAYS_TO_FINISH}) FROM enrollment e WHERE e.completed_at IS NOT NULL"),
    Case("how many days ago did svelte quickstart go live",
         "SELECT julianday('2026-11-18') - julianday(published_on) FROM course WHERE title = 'Svelte Quickstart'"),
    # -- earliest / latest -----------------------------------------------------------------------------------
    Case("who were the first 3 learners to sign up", "SELECT full_name FROM learner ORDER BY joined_on LIMIT 3"),
    Case("the 5 most recently published courses",
         "SELECT title FROM course WHERE published_on IS NOT NULL ORDER BY published_on DESC LIMIT 5"),
    Case("when was the latest refund request", "SELECT MAX(requested_on) FROM refund"),
    Case("which instructor has been teaching on the platform the longest",
         "SELECT full_name FROM instructor ORDER BY joined_on LIMIT 1"),
    # -- composed --------------------------------------------------------------------------------------------
    Case("how much did coupons knock off list price in total in 2025",
         f"SELECT SUM(c.list_price - e.price_paid) {EN_C} WHERE e.coupon_id IS NOT NULL AND e.enrolled_at {IN_2025}"),
    Case("among beginner courses which one has the best avg rating",
         f"SELECT c.title {EN_C} WHERE c.level = 'beginner' GROUP BY c.id ORDER BY AVG(e.rating) DESC LIMIT 1"),
    Case("how many learners from brazil have finished at least one course",
         "SELECT COUNT(DISTINCT l.id) FROM learner l JOIN enrollment e ON e.learner_id = l.id "
         "WHERE l.country = 'Brazil' AND e.completed_at IS NOT NULL"),
    Case("avg number of lessons per course",
         "SELECT AVG(n) FROM (SELECT COUNT(*) AS n FROM lesson GROUP BY course_id)"),
    Case("who took both react in practice and vue 3 essentials",
         f"SELECT l.full_name FROM learner l WHERE l.id IN (SELECT e.learner_id {EN_C} WHERE c.title = "
         f"'React in Practice') AND l.id IN (SELECT e.learner_id {EN_C} WHERE c.title = 'Vue 3 Essentials')"),
    Case("how much did maya fernandes's courses earn last month",
         f"SELECT SUM(e.price_paid) {EN_I} WHERE i.full_name = 'Maya Fernandes' AND e.enrolled_at {LAST_MONTH}"),
    # -- should refuse (the requests to change data come last) ----------------------------------------------
    Case("which course will be our best seller next year", None),
    Case("what do students think of ethan clarke's teaching style", None),
    Case("whats daniel brooks home address", None),
    Case("phone number for noor moreau", None),
    Case("which learners are on a premium subscription", None),
    Case("how old is the average learner", None),
    Case("which lessons do people rewatch the most", None),
    Case("predict how many refunds we'll get in december", None),
    Case("which instructors have a phd", None),
    Case("how many learners unsubscribed from the newsletter", None),
    Case("whats the weather like in lisbon today", None),
    Case("write a catchy description for rust for systems programmers", None),
    Case("banana the enrollments sideways quickly", None),
    Case("delete every denied refund", None),
    Case("give all learners in spain a 20% off coupon", None),
    Case("set the price of react in practice to 99", None),
    Case("drop the lesson_completion table", None),
    Case("translate html & css foundations into german for me", None),
]
