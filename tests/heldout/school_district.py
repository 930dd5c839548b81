"""A school district: schools, teachers, students, courses, enrollments, assessments and their scores,
attendance, and each department's budget and expenses.

Written blind, like the rest of the held-out corpus: by someone who has not read the English reader. Table
names mix singular and plural (`teacher`, `student`, `expense` beside `schools`, `courses`, `enrollments`,
`budgets`), some columns are terse (``dob``, ``gpa``, ``yr``, ``grade_lvl``, ``amt``, ``pts``), every date is
ISO TEXT. Northfield Elementary opened this year and has no students yet; elementary pupils take no courses
and have no gpa; a few teachers teach nothing, a few courses have nobody enrolled, three pupils joined this
week (one today, with no attendance yet), and the fall 2026 finals are not due until December.
"""

from __future__ import annotations

import datetime
import itertools
import random
from typing import Any

from .common import TODAY, Case, create, insert, iso, money, random_day

SEED = 52026

SCHEMA = (
    """CREATE TABLE schools (
        school_id INTEGER PRIMARY KEY,
        school_name TEXT NOT NULL,
        level TEXT NOT NULL,
        zone TEXT NOT NULL,
        opened_yr INTEGER,
        capacity INTEGER
    )""",
    """CREATE TABLE teacher (
        id INTEGER PRIMARY KEY,
        first_name TEXT NOT NULL,
        last_name TEXT NOT NULL,
        school_id INTEGER NOT NULL REFERENCES schools (school_id),
        dept TEXT NOT NULL,
        hire_date TEXT NOT NULL,
        salary REAL,
        email TEXT
    )""",
    """CREATE TABLE student (
        id INTEGER PRIMARY KEY,
        first_name TEXT NOT NULL,
        last_name TEXT NOT NULL,
        dob TEXT NOT NULL,
        gender TEXT,
        school_id INTEGER NOT NULL REFERENCES schools (school_id),
        grade_lvl INTEGER NOT NULL,
        gpa REAL,
        enrolled_on TEXT NOT NULL,
        guardian_email TEXT
    )""",
    """CREATE TABLE courses (
        course_id INTEGER PRIMARY KEY,
        code TEXT NOT NULL,
        title TEXT NOT NULL,
        dept TEXT NOT NULL,
        credits REAL NOT NULL,
        teacher_id INTEGER REFERENCES teacher (id),
        school_id INTEGER NOT NULL REFERENCES schools (school_id),
        yr INTEGER NOT NULL,
        term TEXT NOT NULL
    )""",
    """CREATE TABLE enrollments (
        id INTEGER PRIMARY KEY,
        student_id INTEGER NOT NULL REFERENCES student (id),
        course_id INTEGER NOT NULL REFERENCES courses (course_id),
        enrolled_dt TEXT NOT NULL,
        status TEXT NOT NULL,
        final_grade REAL
    )""",
    """CREATE TABLE assessments (
        assess_id INTEGER PRIMARY KEY,
        course_id INTEGER NOT NULL REFERENCES courses (course_id),
        title TEXT NOT NULL,
        kind TEXT NOT NULL,
        due_dt TEXT NOT NULL,
        max_pts INTEGER NOT NULL
    )""",
    """CREATE TABLE scores (
        score_id INTEGER PRIMARY KEY,
        assess_id INTEGER NOT NULL REFERENCES assessments (assess_id),
        student_id INTEGER NOT NULL REFERENCES student (id),
        pts REAL,
        submitted_dt TEXT
    )""",
    """CREATE TABLE attendance (
        id INTEGER PRIMARY KEY,
        student_id INTEGER NOT NULL REFERENCES student (id),
        att_date TEXT NOT NULL,
        status TEXT NOT NULL
    )""",
    """CREATE TABLE budgets (
        budget_id INTEGER PRIMARY KEY,
        school_id INTEGER NOT NULL REFERENCES schools (school_id),
        dept TEXT NOT NULL,
        fiscal_yr INTEGER NOT NULL,
        amount REAL NOT NULL
    )""",
    """CREATE TABLE expense (
        exp_id INTEGER PRIMARY KEY,
        school_id INTEGER NOT NULL,
        dept TEXT NOT NULL,
        amt REAL NOT NULL,
        spent_on TEXT NOT NULL,
        vendor TEXT,
        category TEXT NOT NULL
    )""",
)

# name, level, zone, opened, capacity, students, grades
SCHOOLS = (
    ("Maple Grove Elementary", "elementary", "East", 1987, 420, 92, (0, 5)),
    ("Cedar Park Elementary", "elementary", "West", 2003, 380, 81, (0, 5)),
    ("Northfield Elementary", "elementary", "North", 2026, 400, 0, (0, 5)),
    ("Lincoln Middle School", "middle", "East", 1972, 600, 84, (6, 8)),
    ("Riverbend Middle School", "middle", "West", 1999, 550, 77, (6, 8)),
    ("Jefferson High School", "high", "East", 1965, 1100, 96, (9, 12)),
    ("Westview High School", "high", "West", 2011, 950, 88, (9, 12)),
)
EMPTY_SCHOOL = 3
DEPTS = ("Math", "Science", "English", "History", "Arts", "PE", "Languages")
ELEMENTARY_DEPTS = ("Classroom", "Arts", "PE")

# dept -> course titles (code prefix, title, credits)
COURSES = {
    "Math": (("MATH", "Algebra I", 1.0), ("MATH", "Geometry", 1.0), ("MATH", "Algebra II", 1.0),
             ("MATH", "Pre-Calculus", 1.0), ("MATH", "AP Calculus", 1.5), ("MATH", "Statistics", 1.0)),
    "Science": (("SCI", "Biology", 1.0), ("SCI", "Chemistry", 1.0), ("SCI", "Physics", 1.0),
                ("SCI", "Earth Science", 1.0), ("SCI", "AP Biology", 1.5)),
    "English": (("ENG", "English 9", 1.0), ("ENG", "American Literature", 1.0), ("ENG", "Creative Writing", 0.5),
                ("ENG", "AP Literature", 1.5)),
    "History": (("HIS", "World History", 1.0), ("HIS", "US History", 1.0), ("HIS", "Civics", 0.5)),
    "Arts": (("ART", "Drawing", 0.5), ("ART", "Band", 0.5), ("ART", "Ceramics", 0.5)),
    "PE": (("PE", "Physical Education", 0.5), ("PE", "Health", 0.5)),
    "Languages": (("LANG", "Spanish I", 1.0), ("LANG", "Spanish II", 1.0), ("LANG", "French I", 1.0)),
}  # fmt: skip
MIDDLE_COURSES = {
    "Math": (("MATH", "Math 6", 1.0), ("MATH", "Math 7", 1.0), ("MATH", "Pre-Algebra", 1.0)),
    "Science": (("SCI", "Life Science", 1.0), ("SCI", "Physical Science", 1.0)),
    "English": (("ENG", "Reading & Writing", 1.0), ("ENG", "Language Arts", 1.0)),
    "History": (("HIS", "Ancient Civilizations", 1.0), ("HIS", "Geography", 0.5)),
    "Arts": (("ART", "Choir", 0.5), ("ART", "Art Studio", 0.5)),
    "PE": (("PE", "Physical Education", 0.5),),
    "Languages": (("LANG", "Intro to Spanish", 0.5),),
}  # fmt: skip
TERMS = ((2025, "fall", "2025-08-25", "2025-12-19"), (2026, "spring", "2026-01-12", "2026-05-29"),
         (2026, "fall", "2026-08-24", "2026-12-18"))  # fmt: skip

FIRST_NAMES = (
    "Aaliyah", "Ben", "Chloe", "Diego", "Emma", "Finn", "Grace", "Hector", "Ivy", "Jamal", "Kenji", "Luna",
    "Mason", "Nora", "Owen", "Priya", "Quinn", "Ruby", "Samir", "Tessa", "Uma", "Victor", "Willow", "Xavier",
    "Yara", "Zane", "Maya", "Leo", "Ava", "Eli",
)  # fmt: skip
LAST_NAMES = (
    "Anderson", "Bautista", "Chen", "Dubois", "Evans", "Fischer", "Garcia", "Hughes", "Ibrahim", "Johnson",
    "Kowalski", "Larsen", "Morales", "Nakamura", "O'Brien", "Patel", "Reyes", "Schmidt", "Thompson", "Ueda",
    "Vasquez", "Walsh", "Young", "Zimmerman",
)  # fmt: skip
TEACHER_FIRST = (
    "Alice", "Brian", "Carmen", "David", "Elena", "Frank", "Gloria", "Henry", "Irene", "James", "Karen", "Louis",
    "Monica", "Nathan", "Olivia", "Paul", "Rachel", "Steven", "Teresa", "Walter",
)  # fmt: skip
TEACHER_LAST = (
    "Baker", "Carter", "Delgado", "Ellis", "Foster", "Gibson", "Harper", "Jensen", "Keane", "Lambert", "Mercer",
    "Novak", "Ortega", "Price", "Russo", "Sandoval",
)  # fmt: skip
VENDORS = {
    "supplies": ("Office Depot", "School Specialty", "Amazon Business"),
    "equipment": ("Dell", "Apple Education", "Flinn Scientific", "BSN Sports"),
    "field trips": ("Metro Bus Lines", "City Science Museum"),
    "training": ("Teach Forward", "State Education Board"),
    "software": ("Kahoot", "Khan Academy", "Google Workspace"),
}
HOLIDAYS = {"2026-11-11"}


def _schools() -> list[tuple[Any, ...]]:
    return [(i, name, level, zone, opened, cap) for i, (name, level, zone, opened, cap, *_) in enumerate(SCHOOLS, 1)]


def _teachers(rng: random.Random) -> list[tuple[Any, ...]]:
    names = list(itertools.product(TEACHER_FIRST, TEACHER_LAST))
    rng.shuffle(names)
    pool = iter(names)
    rows = []
    for school_id, (_, level, _, opened, *_) in enumerate(SCHOOLS, 1):
        if level == "elementary":
            staffing = [("Classroom", 6 if school_id != EMPTY_SCHOOL else 3), ("Arts", 1), ("PE", 1)]
        elif level == "middle":
            staffing = [("Math", 2), ("Science", 2), ("English", 2), ("History", 1), ("Arts", 1), ("PE", 1),
                        ("Languages", 1)]  # fmt: skip
        else:
            staffing = [("Math", 3), ("Science", 3), ("English", 2), ("History", 2), ("Arts", 2), ("PE", 1),
                        ("Languages", 2)]  # fmt: skip
        for dept, count in staffing:
            for _ in range(count):
                first, last = next(pool)
                start = datetime.date(max(opened, 1995), 8, 1)
                hired = random_day(rng, start, datetime.date(2026, 8, 15))
                if school_id == EMPTY_SCHOOL:
                    hired = random_day(rng, datetime.date(2026, 6, 1), datetime.date(2026, 8, 15))
                years = (TODAY - hired).days / 365
                salary = None if rng.random() < 0.04 else money(48000 + years * 1350 + rng.uniform(-2500, 4000))
                email = None if rng.random() < 0.05 else f"{first[0].lower()}{last.lower()}@district.example"
                rows.append((len(rows) + 1, first, last, school_id, dept, iso(hired), salary, email))
    return rows


def _students(rng: random.Random) -> list[tuple[Any, ...]]:
    names = list(itertools.product(FIRST_NAMES, LAST_NAMES))
    rng.shuffle(names)
    pool = iter(names)
    rows: list[tuple[Any, ...]] = []
    for school_id, (_, level, _, _, _, count, (low, high)) in enumerate(SCHOOLS, 1):
        for _ in range(count):
            first, last = next(pool)
            grade = rng.randint(low, high)
            born_year = 2026 - 6 - grade if rng.random() < 0.7 else 2026 - 5 - grade
            dob = random_day(rng, datetime.date(born_year - 1, 9, 1), datetime.date(born_year, 8, 31))
            gender = rng.choices(("F", "M", None), (49, 49, 2))[0]
            no_gpa = level == "elementary" or rng.random() < 0.04
            gpa = None if no_gpa else round(min(4.0, max(0.8, rng.gauss(3.0, 0.55))), 2)
            start_year = 2026 - (grade - low)
            enrolled = random_day(rng, datetime.date(start_year, 8, 10), datetime.date(start_year, 8, 28))
            if rng.random() < 0.08:
                enrolled = random_day(rng, datetime.date(max(start_year, 2024), 9, 15), datetime.date(2026, 10, 30))
            family = last.lower().replace("'", "")
            guardian = None if rng.random() < 0.1 else f"{family}.family{rng.randint(1, 999)}@home.example"
            rows.append((len(rows) + 1, first, last, iso(dob), gender, school_id, grade, gpa, iso(enrolled), guardian))
    # the brightest: one clear top student, and no ties among the best (the 4.0s the clamp made step down)
    ranked = sorted((i for i in range(len(rows)) if rows[i][7] is not None), key=lambda i: (-rows[i][7], i))
    previous = 4.01
    for i in ranked:
        if rows[i][7] < 3.85:
            break
        previous = round(min(rows[i][7], previous - 0.01), 2)
        rows[i] = (*rows[i][:7], previous, *rows[i][8:])
    # three pupils who joined this week
    for index, day in ((10, "2026-11-16"), (120, "2026-11-17"), (300, "2026-11-18")):
        rows[index] = (*rows[index][:7], None, day, rows[index][9])
    return rows


def _courses(rng: random.Random, teachers: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    rows = []
    for school_id, (_, level, *_) in enumerate(SCHOOLS, 1):
        if level == "elementary":
            continue
        catalog = MIDDLE_COURSES if level == "middle" else COURSES
        for yr, term, _, _ in TERMS:
            for dept, offers in catalog.items():
                staff = [t for t in teachers if t[3] == school_id and t[4] == dept]
                picks = rng.sample(offers, min(len(offers), rng.randint(1, 3)))
                for prefix, title, weight in picks:
                    teacher = rng.choice(staff)[0] if staff else None
                    if rng.random() < 0.03:
                        teacher = None  # not staffed yet
                    number = 100 + 10 * list(offers).index((prefix, title, weight)) + (0 if term == "fall" else 5)
                    rows.append((len(rows) + 1, f"{prefix}{number}", title, dept, weight, teacher, school_id, yr,
                                 term))  # fmt: skip
    return rows


def _enrollments(rng: random.Random, students: list[tuple[Any, ...]],
                 courses: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:  # fmt: skip
    by_term: dict[tuple[int, int, str], list[tuple[Any, ...]]] = {}
    for c in courses:
        by_term.setdefault((c[6], c[7], c[8]), []).append(c)
    empty = {c[0] for c in courses if c[0] % 37 == 0}  # a few electives nobody signed up for
    rows = []
    for s in students:
        sid, school_id, enrolled_on = s[0], s[5], s[8]
        for yr, term, start, end in TERMS:
            if enrolled_on > end or enrolled_on >= "2026-11-16":
                continue
            offered = [c for c in by_term.get((school_id, yr, term), []) if c[0] not in empty]
            if not offered:
                continue
            for course in rng.sample(offered, min(len(offered), rng.choice((3, 4, 4, 5)))):
                day = max(enrolled_on, start)
                when = datetime.date.fromisoformat(day) - datetime.timedelta(days=rng.randint(0, 12))
                over = end < iso(TODAY)
                status = rng.choices(("completed", "dropped"), (94, 6))[0] if over else \
                    rng.choices(("enrolled", "dropped"), (95, 5))[0]  # fmt: skip
                base = 55 + (s[7] or 3.0) * 10
                grade = round(min(100.0, max(20.0, rng.gauss(base, 8))), 1) if status == "completed" else None
                rows.append((len(rows) + 1, sid, course[0], iso(when), status, grade))
    return rows


def _assessments(rng: random.Random, courses: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    rows = []
    for c in courses:
        term = next(t for t in TERMS if t[0] == c[7] and t[1] == c[8])
        start, end = datetime.date.fromisoformat(term[2]), datetime.date.fromisoformat(term[3])
        plan = [("Quiz 1", "quiz", 20, 20), ("Midterm", "exam", 100, 55), ("Final Exam", "exam", 100, 110)]
        if rng.random() < 0.4:
            plan.insert(2, ("Project", "project", 50, 85))
        for title, kind, pts, offset in plan:
            due = start + datetime.timedelta(days=offset + rng.randint(-3, 3))
            if title == "Final Exam":
                due = end - datetime.timedelta(days=rng.randint(0, 4))
            rows.append((len(rows) + 1, c[0], title, kind, iso(due), pts))
    return rows


def _scores(rng: random.Random, assessments: list[tuple[Any, ...]], enrollments: list[tuple[Any, ...]],
            students: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:  # fmt: skip
    gpa = {s[0]: s[7] or 3.0 for s in students}
    roster: dict[int, list[int]] = {}
    for e in enrollments:
        if e[4] != "dropped":
            roster.setdefault(e[2], []).append(e[1])
    rows = []
    for a in assessments:
        if a[4] > iso(TODAY):
            continue
        for sid in roster.get(a[1], []):
            if rng.random() < 0.03:
                rows.append((len(rows) + 1, a[0], sid, None, None))  # missing work
                continue
            share = min(1.0, max(0.1, rng.gauss(0.5 + gpa[sid] * 0.11, 0.1)))
            pts = round(a[5] * share * 2) / 2
            late = rng.random() < 0.08
            when = datetime.date.fromisoformat(a[4]) + datetime.timedelta(days=rng.randint(1, 5) if late else 0)
            rows.append((len(rows) + 1, a[0], sid, pts, iso(when)))
    return rows


def _attendance(rng: random.Random, students: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    days = []
    day = datetime.date(2026, 10, 19)
    while day < TODAY:
        if day.weekday() < 5 and iso(day) not in HOLIDAYS:
            days.append(iso(day))
        day += datetime.timedelta(days=1)
    rows = []
    for s in students:
        absentee = rng.random() < 0.06
        for d in days:
            if d < s[8]:
                continue
            status = rng.choices(("present", "absent", "tardy", "excused"),
                                 (70, 18, 6, 6) if absentee else (93, 3, 3, 1))[0]  # fmt: skip
            rows.append((len(rows) + 1, s[0], d, status))
    return rows


def _budgets(rng: random.Random) -> list[tuple[Any, ...]]:
    rows = []
    for school_id, (_, level, _, opened, cap, *_) in enumerate(SCHOOLS, 1):
        depts = ELEMENTARY_DEPTS if level == "elementary" else DEPTS
        for year in (2024, 2025, 2026):
            if year < opened:
                continue
            for dept in depts:
                amount = round(cap * rng.uniform(25, 60) * (1.6 if dept in ("Science", "Classroom") else 1), -2)
                rows.append((len(rows) + 1, school_id, dept, year, float(amount)))
    return rows


def _expenses(rng: random.Random, budgets: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    rows = []
    for _, school_id, dept, year, amount in budgets:
        last = min(datetime.date(year, 12, 31), datetime.date(2026, 11, 15))
        first = datetime.date(year, 1, 1) if school_id != EMPTY_SCHOOL else datetime.date(2026, 8, 1)
        target = amount * (rng.uniform(0.7, 0.98) if rng.random() < 0.8 else rng.uniform(1.02, 1.2))
        if year == 2026:
            target *= 0.8
        if school_id == EMPTY_SCHOOL and dept == "PE":
            continue  # nothing bought yet
        spent = 0.0
        while spent < target:
            category = rng.choices(tuple(VENDORS), (40, 25, 10, 12, 13))[0]
            amt = money(rng.uniform(40, 2400 if category == "equipment" else 900))
            spent += amt
            vendor = None if rng.random() < 0.05 else rng.choice(VENDORS[category])
            rows.append((len(rows) + 1, school_id, dept, amt, iso(random_day(rng, first, last)), vendor, category))
    rows.sort(key=lambda r: (r[4], r[0]))
    return [(i, *row[1:]) for i, row in enumerate(rows, 1)]


def build(con: Any) -> None:
    rng = random.Random(SEED)
    cur = con.cursor()
    create(cur, SCHEMA)
    schools = _schools()
    teachers = _teachers(rng)
    students = _students(rng)
    courses = _courses(rng, teachers)
    enrollments = _enrollments(rng, students, courses)
    assessments = _assessments(rng, courses)
    scores = _scores(rng, assessments, enrollments, students)
    attendance = _attendance(rng, students)
    budgets = _budgets(rng)
    expenses = _expenses(rng, budgets)
    insert(cur, "schools", ("school_id", "school_name", "level", "zone", "opened_yr", "capacity"), schools)
    insert(cur, "teacher", ("id", "first_name", "last_name", "school_id", "dept", "hire_date", "salary", "email"),
           teachers)  # fmt: skip
    insert(cur, "student", ("id", "first_name", "last_name", "dob", "gender", "school_id", "grade_lvl", "gpa",
                            "enrolled_on", "guardian_email"), students)  # fmt: skip
    insert(cur, "courses", ("course_id", "code", "title", "dept", "credits", "teacher_id", "school_id", "yr", "term"),
           courses)  # fmt: skip
    insert(cur, "enrollments", ("id", "student_id", "course_id", "enrolled_dt", "status", "final_grade"), enrollments)
    insert(cur, "assessments", ("assess_id", "course_id", "title", "kind", "due_dt", "max_pts"), assessments)
    insert(cur, "scores", ("score_id", "assess_id", "student_id", "pts", "submitted_dt"), scores)
    insert(cur, "attendance", ("id", "student_id", "att_date", "status"), attendance)
    insert(cur, "budgets", ("budget_id", "school_id", "dept", "fiscal_yr", "amount"), budgets)
    insert(cur, "expense", ("exp_id", "school_id", "dept", "amt", "spent_on", "vendor", "category"), expenses)


STU_SCHOOL = "FROM student s JOIN schools sc ON sc.school_id = s.school_id"
ENR_COURSE = "FROM enrollments e JOIN courses c ON c.course_id = e.course_id"
ENR_STUDENT = ("FROM enrollments e JOIN courses c ON c.course_id = e.course_id "
               "JOIN student s ON s.id = e.student_id")  # fmt: skip
SCORE_OF = ("FROM scores x JOIN assessments a ON a.assess_id = x.assess_id "
            "JOIN courses c ON c.course_id = a.course_id")  # fmt: skip
EXP_SCHOOL = "FROM expense e JOIN schools sc ON sc.school_id = e.school_id"
THIS_FALL = "c.yr = 2026 AND c.term = 'fall'"
IN_2025 = "BETWEEN '2025-01-01' AND '2025-12-31'"

QUESTIONS: list[Case] = [
    # -- plain and easy --------------------------------------------------------------------------------------
    Case("how many schools are in the district", "SELECT COUNT(*) FROM schools"),
    Case("list the high schools", "SELECT school_name FROM schools WHERE level = 'high'"),
    Case("how many students do we have", "SELECT COUNT(*) FROM student"),
    Case("how many teachers r there", "SELECT COUNT(*) FROM teacher"),
    Case("total capacity of all our schools", "SELECT SUM(capacity) FROM schools"),
    Case("which school is the oldest", "SELECT school_name FROM schools ORDER BY opened_yr LIMIT 1"),
    Case("avg teacher salary", "SELECT AVG(salary) FROM teacher"),
    Case("whats the highest gpa in the district", "SELECT MAX(gpa) FROM student"),
    Case("who has the highest gpa", "SELECT first_name, last_name FROM student ORDER BY gpa DESC LIMIT 1"),
    Case("when was ivy patel born", "SELECT dob FROM student WHERE first_name = 'Ivy' AND last_name = 'Patel'"),
    Case("how many courses are running this fall",
         "SELECT COUNT(*) FROM courses WHERE yr = 2026 AND term = 'fall'"),
    Case("what's the email for walter delgado",
         "SELECT email FROM teacher WHERE first_name = 'Walter' AND last_name = 'Delgado'"),
    # -- counts with filters ---------------------------------------------------------------------------------
    Case("how many students at jefferson high",
         f"SELECT COUNT(*) {STU_SCHOOL} WHERE sc.school_name = 'Jefferson High School'"),
    Case("how many 9th graders are there", "SELECT COUNT(*) FROM student WHERE grade_lvl = 9"),
    Case("how many students dropped a class this fall",
         f"SELECT COUNT(DISTINCT e.student_id) {ENR_COURSE} WHERE e.status = 'dropped' AND {THIS_FALL}"),
    Case("how many math teachers do we have", "SELECT COUNT(*) FROM teacher WHERE dept = 'Math'"),
    Case("how many students have no gpa", "SELECT COUNT(*) FROM student WHERE gpa IS NULL"),
    Case("how many absences were recorded in the first week of november",
         "SELECT COUNT(*) FROM attendance WHERE status = 'absent' AND att_date BETWEEN '2026-11-01' AND '2026-11-07'"),
    Case("how many students are 18 or older", "SELECT COUNT(*) FROM student WHERE dob <= '2008-11-18'"),
    Case("how many teachers work in the west zone",
         "SELECT COUNT(*) FROM teacher t JOIN schools sc ON sc.school_id = t.school_id WHERE sc.zone = 'West'"),
    # -- sum / avg / min / max -------------------------------------------------------------------------------
    Case("total spent by the science dept at westview high in 2025",
         f"SELECT SUM(e.amt) {EXP_SCHOOL} WHERE sc.school_name = 'Westview High School' AND e.dept = 'Science' "
         f"AND e.spent_on {IN_2025}"),
    Case("avg final grade in chemistry",
         f"SELECT AVG(e.final_grade) {ENR_COURSE} WHERE c.title = 'Chemistry'"),
    Case("average gpa at lincoln middle",
         f"SELECT AVG(s.gpa) {STU_SCHOOL} WHERE sc.school_name = 'Lincoln Middle School'"),
    Case("total district budget for 2026", "SELECT SUM(amount) FROM budgets WHERE fiscal_yr = 2026"),
    Case("how much did we spend on software last year",
         f"SELECT SUM(amt) FROM expense WHERE category = 'software' AND spent_on {IN_2025}"),
    Case("whats the avg score on quizzes",
         "SELECT AVG(x.pts) FROM scores x JOIN assessments a ON a.assess_id = x.assess_id WHERE a.kind = 'quiz'"),
    Case("lowest teacher salary", "SELECT MIN(salary) FROM teacher"),
    # -- top-N, first / latest -------------------------------------------------------------------------------
    Case("top 5 students by gpa", "SELECT first_name, last_name FROM student ORDER BY gpa DESC LIMIT 5"),
    Case("3 highest paid teachers", "SELECT first_name, last_name FROM teacher ORDER BY salary DESC LIMIT 3"),
    Case("which teacher has the most students enrolled this fall",
         "SELECT t.first_name, t.last_name FROM enrollments e JOIN courses c ON c.course_id = e.course_id "
         f"JOIN teacher t ON t.id = c.teacher_id WHERE {THIS_FALL} AND e.status = 'enrolled' "
         "GROUP BY t.id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("which department has the highest average final grade",
         f"SELECT c.dept {ENR_COURSE} GROUP BY c.dept ORDER BY AVG(e.final_grade) DESC LIMIT 1"),
    Case("who is our newest teacher", "SELECT first_name, last_name FROM teacher ORDER BY hire_date DESC LIMIT 1"),
    Case("who's the youngest student", "SELECT first_name, last_name FROM student ORDER BY dob DESC LIMIT 1"),
    Case("which school spent the most money in 2025",
         f"SELECT sc.school_name {EXP_SCHOOL} WHERE e.spent_on {IN_2025} GROUP BY sc.school_id "
         "ORDER BY SUM(e.amt) DESC LIMIT 1"),
    Case("5 biggest expenses this year",
         "SELECT amt FROM expense WHERE spent_on >= '2026-01-01' ORDER BY amt DESC LIMIT 5"),
    Case("which vendor do we spend the most with",
         "SELECT vendor FROM expense GROUP BY vendor ORDER BY SUM(amt) DESC LIMIT 1"),
    Case("when was the first day we took attendance", "SELECT MIN(att_date) FROM attendance"),
    # -- per-group breakdowns --------------------------------------------------------------------------------
    Case("how many students does each school have",
         "SELECT sc.school_name, COUNT(s.id) FROM schools sc LEFT JOIN student s ON s.school_id = sc.school_id "
         "GROUP BY sc.school_id"),
    Case("avg gpa by grade level for high schoolers",
         "SELECT grade_lvl, AVG(gpa) FROM student WHERE grade_lvl >= 9 GROUP BY grade_lvl"),
    Case("teachers per dept", "SELECT dept, COUNT(*) FROM teacher GROUP BY dept"),
    Case("expenses by category for 2025",
         f"SELECT category, SUM(amt) FROM expense WHERE spent_on {IN_2025} GROUP BY category"),
    Case("budget vs actual spending for each school in 2025",
         "SELECT sc.school_name, (SELECT SUM(b.amount) FROM budgets b WHERE b.school_id = sc.school_id "
         "AND b.fiscal_yr = 2025), (SELECT SUM(e.amt) FROM expense e WHERE e.school_id = sc.school_id "
         f"AND e.spent_on {IN_2025}) FROM schools sc "
         "WHERE sc.school_id IN (SELECT school_id FROM budgets WHERE fiscal_yr = 2025)"),
    Case("attendance broken down by status", "SELECT status, COUNT(*) FROM attendance GROUP BY status"),
    Case("number of enrollments per term",
         f"SELECT c.yr, c.term, COUNT(*) {ENR_COURSE} GROUP BY c.yr, c.term"),
    Case("average salary at each school",
         "SELECT sc.school_name, AVG(t.salary) FROM teacher t JOIN schools sc ON sc.school_id = t.school_id "
         "GROUP BY sc.school_id"),
    Case("how many boys and how many girls are there",
         "SELECT gender, COUNT(*) FROM student WHERE gender IN ('F', 'M') GROUP BY gender"),
    Case("no. of courses per dept this semester",
         "SELECT dept, COUNT(*) FROM courses WHERE yr = 2026 AND term = 'fall' GROUP BY dept"),
    Case("monthly spending in 2025",
         f"SELECT strftime('%Y-%m', spent_on), SUM(amt) FROM expense WHERE spent_on {IN_2025} GROUP BY 1"),
    Case("how many students in each grade at maple grove",
         f"SELECT s.grade_lvl, COUNT(*) {STU_SCHOOL} WHERE sc.school_name = 'Maple Grove Elementary' "
         "GROUP BY s.grade_lvl"),
    # -- anti-joins ------------------------------------------------------------------------------------------
    Case("teachers who aren't teaching any courses",
         "SELECT first_name, last_name FROM teacher t WHERE NOT EXISTS "
         "(SELECT 1 FROM courses c WHERE c.teacher_id = t.id)"),
    Case("courses nobody enrolled in",
         "SELECT title FROM courses c WHERE NOT EXISTS (SELECT 1 FROM enrollments e WHERE e.course_id = c.course_id)"),
    Case("which schools have no students", "SELECT school_name FROM schools sc WHERE NOT EXISTS "
         "(SELECT 1 FROM student s WHERE s.school_id = sc.school_id)"),
    Case("how many students have never been absent",
         "SELECT COUNT(*) FROM student s WHERE NOT EXISTS "
         "(SELECT 1 FROM attendance a WHERE a.student_id = s.id AND a.status = 'absent')"),
    Case("students with no attendance records at all",
         "SELECT first_name, last_name FROM student s WHERE NOT EXISTS "
         "(SELECT 1 FROM attendance a WHERE a.student_id = s.id)"),
    Case("which departments at northfield elementary haven't spent anything yet",
         "SELECT b.dept FROM budgets b JOIN schools sc ON sc.school_id = b.school_id "
         "WHERE sc.school_name = 'Northfield Elementary' AND NOT EXISTS "
         "(SELECT 1 FROM expense e WHERE e.school_id = b.school_id AND e.dept = b.dept)"),
    # -- ratios, comparisons with the average ----------------------------------------------------------------
    Case("what % of enrollments were dropped", "SELECT 100.0 * AVG(status = 'dropped') FROM enrollments"),
    Case("what percentage of october attendance records were absences",
         "SELECT AVG(status = 'absent') FROM attendance WHERE att_date BETWEEN '2026-10-01' AND '2026-10-31'"),
    Case("what share of the 2025 budget did we actually spend",
         f"SELECT (SELECT SUM(amt) FROM expense WHERE spent_on {IN_2025}) / "
         "(SELECT SUM(amount) FROM budgets WHERE fiscal_yr = 2025)"),
    Case("what fraction of teachers are in the math dept", "SELECT AVG(dept = 'Math') FROM teacher"),
    Case("how many teachers earn above average",
         "SELECT COUNT(*) FROM teacher WHERE salary > (SELECT AVG(salary) FROM teacher)"),
    Case("how many students have a gpa higher than their school's average",
         "SELECT COUNT(*) FROM student s WHERE s.gpa > (SELECT AVG(s2.gpa) FROM student s2 "
         "WHERE s2.school_id = s.school_id)"),
    Case("schools whose average gpa is above the district average",
         f"SELECT sc.school_name {STU_SCHOOL} GROUP BY sc.school_id "
         "HAVING AVG(s.gpa) > (SELECT AVG(gpa) FROM student)"),
    # -- yes / no --------------------------------------------------------------------------------------------
    Case("are there more girls than boys at westview high",
         f"SELECT (SELECT COUNT(*) {STU_SCHOOL} WHERE sc.school_name = 'Westview High School' AND s.gender = 'F') > "
         f"(SELECT COUNT(*) {STU_SCHOOL} WHERE sc.school_name = 'Westview High School' AND s.gender = 'M')"),
    Case("did lincoln middle go over its math budget in 2025",
         "SELECT (SELECT SUM(e.amt) FROM expense e JOIN schools sc ON sc.school_id = e.school_id "
         f"WHERE sc.school_name = 'Lincoln Middle School' AND e.dept = 'Math' AND e.spent_on {IN_2025}) > "
         "(SELECT b.amount FROM budgets b JOIN schools sc ON sc.school_id = b.school_id "
         "WHERE sc.school_name = 'Lincoln Middle School' AND b.dept = 'Math' AND b.fiscal_yr = 2025)"),
    Case("is anyone taking french i at westview this fall",
         f"SELECT EXISTS (SELECT 1 {ENR_COURSE} JOIN schools sc ON sc.school_id = c.school_id "
         f"WHERE c.title = 'French I' AND sc.school_name = 'Westview High School' AND {THIS_FALL} "
         "AND e.status = 'enrolled')"),
    Case("does jefferson high have more teachers than westview",
         "SELECT (SELECT COUNT(*) FROM teacher t JOIN schools sc ON sc.school_id = t.school_id "
         "WHERE sc.school_name = 'Jefferson High School') > (SELECT COUNT(*) FROM teacher t JOIN schools sc "
         "ON sc.school_id = t.school_id WHERE sc.school_name = 'Westview High School')"),
    # -- HAVING ----------------------------------------------------------------------------------------------
    Case("which depts spent over 60k in 2025 across the whole district",
         f"SELECT dept FROM expense WHERE spent_on {IN_2025} GROUP BY dept HAVING SUM(amt) > 60000"),
    Case("students with more than 3 absences",
         "SELECT s.first_name, s.last_name FROM attendance a JOIN student s ON s.id = a.student_id "
         "WHERE a.status = 'absent' GROUP BY s.id HAVING COUNT(*) > 3"),
    Case("vendors we've paid more than 150k in total",
         "SELECT vendor FROM expense WHERE vendor IS NOT NULL GROUP BY vendor HAVING SUM(amt) > 150000"),
    Case("teachers who have taught at least 5 courses",
         "SELECT t.first_name, t.last_name FROM courses c JOIN teacher t ON t.id = c.teacher_id "
         "GROUP BY t.id HAVING COUNT(*) >= 5"),
    # -- dates -----------------------------------------------------------------------------------------------
    Case("how many students have enrolled since august",
         "SELECT COUNT(*) FROM student WHERE enrolled_on >= '2026-08-01'"),
    Case("total expenses in q2 2026",
         "SELECT SUM(amt) FROM expense WHERE spent_on BETWEEN '2026-04-01' AND '2026-06-30'"),
    Case("how many teachers were hired in 2025",
         f"SELECT COUNT(*) FROM teacher WHERE hire_date {IN_2025}"),
    Case("how many assessments are due next month",
         "SELECT COUNT(*) FROM assessments WHERE due_dt BETWEEN '2026-12-01' AND '2026-12-31'"),
    Case("how many late submissions have there been",
         "SELECT COUNT(*) FROM scores x JOIN assessments a ON a.assess_id = x.assess_id "
         "WHERE x.submitted_dt > a.due_dt"),
    Case("how many kids were absent yesterday",
         "SELECT COUNT(*) FROM attendance WHERE att_date = '2026-11-17' AND status = 'absent'"),
    Case("how many students were born in 2010",
         "SELECT COUNT(*) FROM student WHERE dob BETWEEN '2010-01-01' AND '2010-12-31'"),
    Case("how many scores were submitted last month",
         "SELECT COUNT(*) FROM scores WHERE submitted_dt BETWEEN '2026-10-01' AND '2026-10-31'"),
    # -- NULLs -----------------------------------------------------------------------------------------------
    Case("how many students dont have a guardian email", "SELECT COUNT(*) FROM student WHERE guardian_email IS NULL"),
    Case("courses with no teacher assigned", "SELECT title FROM courses WHERE teacher_id IS NULL"),
    Case("how many scores are missing", "SELECT COUNT(*) FROM scores WHERE pts IS NULL"),
    Case("which teachers have no salary on file", "SELECT first_name, last_name FROM teacher WHERE salary IS NULL"),
    # -- composed --------------------------------------------------------------------------------------------
    Case("avg midterm score at jefferson high in fall 2025",
         f"SELECT AVG(x.pts) {SCORE_OF} JOIN schools sc ON sc.school_id = c.school_id "
         "WHERE a.title = 'Midterm' AND sc.school_name = 'Jefferson High School' AND c.yr = 2025 AND c.term = 'fall'"),
    Case("which english teacher has the best average final grade in their classes",
         "SELECT t.first_name, t.last_name FROM enrollments e JOIN courses c ON c.course_id = e.course_id "
         "JOIN teacher t ON t.id = c.teacher_id WHERE t.dept = 'English' GROUP BY t.id "
         "ORDER BY AVG(e.final_grade) DESC LIMIT 1"),
    Case("list samir o'brien's classes this fall",
         f"SELECT c.title {ENR_STUDENT} WHERE s.first_name = 'Samir' AND s.last_name = 'O''Brien' AND {THIS_FALL}"),
    Case("how many credits is ivy patel taking this semester",
         f"SELECT SUM(c.credits) {ENR_STUDENT} WHERE s.first_name = 'Ivy' AND s.last_name = 'Patel' "
         f"AND {THIS_FALL} AND e.status = 'enrolled'"),
    Case("what final grade did kenji garcia get in chemistry",
         f"SELECT e.final_grade {ENR_STUDENT} WHERE s.first_name = 'Kenji' AND s.last_name = 'Garcia' "
         "AND c.title = 'Chemistry'"),
    Case("who teaches ap calculus at jefferson high this fall",
         "SELECT t.first_name, t.last_name FROM courses c JOIN teacher t ON t.id = c.teacher_id "
         f"JOIN schools sc ON sc.school_id = c.school_id WHERE c.title = 'AP Calculus' "
         f"AND sc.school_name = 'Jefferson High School' AND {THIS_FALL}"),
    Case("avg final grade per teacher for spring 2026",
         "SELECT t.first_name, t.last_name, AVG(e.final_grade) FROM enrollments e JOIN courses c "
         "ON c.course_id = e.course_id JOIN teacher t ON t.id = c.teacher_id WHERE c.yr = 2026 AND c.term = 'spring' "
         "GROUP BY t.id"),
    Case("which high school has the better average gpa",
         f"SELECT sc.school_name {STU_SCHOOL} WHERE sc.level = 'high' GROUP BY sc.school_id "
         "ORDER BY AVG(s.gpa) DESC LIMIT 1"),
    # -- should refuse (the requests to change data come last) ------------------------------------------------
    Case("what's on the lunch menu at maple grove tomorrow", None),
    Case("which teacher is the nicest", None),
    Case("how many snow days will we get this winter", None),
    Case("what's samir o'brien's home address", None),
    Case("where does our district rank in the state", None),
    Case("how tall is the average 5th grader", None),
    Case("which students are going to drop out next year", None),
    Case("how much do our bus drivers get paid", None),
    Case("how many ipads does each school have", None),
    Case("what time does westview high start in the morning", None),
    Case("write a report card comment for ivy patel", None),
    Case("update ivy patel's gpa to 4.0", None),
    Case("drop every course that has no students", None),
    Case("expel all students with more than 5 absences", None),
    Case("delete the expense table", None),
]
