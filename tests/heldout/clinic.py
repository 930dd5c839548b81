"""A veterinary clinic, invented for this corpus (sealed: no well-known layout to have learned it from).

owners, pets (declared FOREIGN KEY to owners), vets (mentor_id: a declared self-reference), appointments
(declared FOREIGN KEY to pets; vet_id only by name), proc_categories (parent_cat_id: a self-reference by
name only), procedures, appt_procedures, payments and vaccinations. Column names mix styles (firstName,
apptDate, vet_fee_usd, qty) and every date or time is TEXT holding an ISO string.
"""

from __future__ import annotations

import datetime
import itertools
import random
from typing import Any

from .common import LAST_DAY, Case, create, insert, iso, money, random_day

SEED = 4242

SCHEMA = (
    "CREATE TABLE owners (owner_id INTEGER PRIMARY KEY, firstName TEXT NOT NULL, lastName TEXT NOT NULL, "
    "phone TEXT, email TEXT, city TEXT, joinedOn TEXT)",
    "CREATE TABLE pets (pet_id INTEGER PRIMARY KEY, owner_id INTEGER NOT NULL, name TEXT NOT NULL, species TEXT, "
    "breed TEXT, sex TEXT, dob TEXT, microchip_no TEXT, weight_kg REAL, "
    "FOREIGN KEY (owner_id) REFERENCES owners (owner_id))",
    "CREATE TABLE vets (vet_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, specialty TEXT, "
    "mentor_id INTEGER REFERENCES vets (vet_id), hired_on TEXT, birth_date TEXT, day_rate_usd REAL)",
    "CREATE TABLE appointments (appt_id INTEGER PRIMARY KEY, pet_id INTEGER NOT NULL REFERENCES pets (pet_id), "
    "vet_id INTEGER, apptDate TEXT NOT NULL, reason TEXT, status TEXT, vet_fee_usd REAL, notes TEXT)",
    "CREATE TABLE proc_categories (cat_id INTEGER PRIMARY KEY, cat_name TEXT NOT NULL, parent_cat_id INTEGER)",
    "CREATE TABLE procedures (proc_id INTEGER PRIMARY KEY, proc_name TEXT NOT NULL, cat_id INTEGER, "
    "list_price_usd REAL)",
    "CREATE TABLE appt_procedures (appt_id INTEGER NOT NULL, proc_id INTEGER NOT NULL, qty INTEGER NOT NULL, "
    "charged_usd REAL, FOREIGN KEY (appt_id) REFERENCES appointments (appt_id), "
    "FOREIGN KEY (proc_id) REFERENCES procedures (proc_id))",
    "CREATE TABLE payments (pay_id INTEGER PRIMARY KEY, owner_id INTEGER NOT NULL, paidAt TEXT NOT NULL, "
    "amount_usd REAL NOT NULL, method TEXT NOT NULL)",
    "CREATE TABLE vaccinations (vacc_id INTEGER PRIMARY KEY, pet_id INTEGER NOT NULL, vaccine TEXT NOT NULL, "
    "givenOn TEXT NOT NULL, nextDue TEXT, vet_id INTEGER)",
)

# every date or time column: TEXT holding '2025-03-14' or '2025-03-14 09:30:00'
DATE_COLUMNS = (("owners", "joinedOn"), ("pets", "dob"), ("vets", "hired_on"), ("vets", "birth_date"),
                ("appointments", "apptDate"), ("payments", "paidAt"), ("vaccinations", "givenOn"),
                ("vaccinations", "nextDue"))  # fmt: skip
CITIES = (("Riverton", 30), ("Maple Falls", 22), ("Eastport", 18), ("Cedar Hill", 14), ("Brookside", 10),
          ("Lakeview", 6))  # fmt: skip
FIRST = ("Alice", "Ben", "Carmen", "Dmitri", "Erin", "Fatima", "George", "Hana", "Ivan", "Julia", "Kofi", "Laura",
         "Mateo", "Nina", "Oscar", "Priya", "Quentin", "Rachel", "Samir", "Tilda", "Uma", "Victor", "Wendy",
         "Yusuf")  # fmt: skip
LAST = ("Adler", "Brennan", "Cho", "Dalton", "Estrada", "Finch", "Gallo", "Hale", "Ibsen", "Joshi", "Keller",
        "Lindqvist", "Moreau", "Nakamura", "O'Brien", "Pike", "Quiroga", "Rhodes", "Sato", "Thorne", "Ueda",
        "Voss", "Whitmore")  # fmt: skip
BIG_FAMILY = ("Laura", "Keller")  # the owner with the most pets
PET_NAMES = ("Max", "Luna", "Bella", "Charlie", "Daisy", "Milo", "Coco", "Rocky", "Nala", "Oliver", "Pepper",
             "Ziggy", "Tilly", "Bruno", "Hazel", "Olive", "Toby", "Willow", "Rosie", "Gus", "Mochi", "Pickle",
             "Juniper", "Nugget", "Sprout", "Waffles", "Kiwi", "Pretzel", "Fig", "Maple", "Clover", "Bandit",
             "Sushi", "Pumpkin", "Scout", "Ginger", "Button", "Socks", "Jasper", "Lola")  # fmt: skip
# species: weight, (breeds), (low, high) kg, chance of no microchip
SPECIES = {
    "dog": (45, ("Labrador", "Beagle", "Border Collie", "Dachshund", "Poodle", "Boxer", "Greyhound", "Shih Tzu",
                 "German Shepherd", "Golden Retriever", "Pug", "Whippet"), (3.5, 42.0), 0.15),
    "cat": (38, ("Domestic Shorthair", "Maine Coon", "Siamese", "Ragdoll", "Bengal", "Persian", "Sphynx"),
            (2.5, 7.5), 0.35),
    "rabbit": (8, ("Lop", "Rex", "Dutch", "Lionhead"), (1.0, 3.2), 0.8),
    "bird": (6, ("Budgerigar", "Cockatiel", "African Grey", "Lovebird"), (0.03, 0.6), 0.9),
    "reptile": (3, ("Leopard Gecko", "Bearded Dragon", "Corn Snake"), (0.05, 0.9), 0.95),
}  # fmt: skip
# vet_id, name, specialty, mentor, hired, born, day rate
VETS = (
    (1, "Helen Marsh", "general", None, "2014-03-03", "1962-12-02", 980.0),
    (2, "Omar Siddiqui", "surgery", 1, "2016-09-12", "1974-05-19", 1250.0),
    (3, "Grace Liu", "dentistry", 1, "2018-01-08", "1981-07-27", 1040.0),
    (4, "Tomas Ferreira", "general", 2, "2019-06-17", "1985-03-09", 860.0),
    (5, "Amara Okafor", "dermatology", 1, "2020-02-24", "1983-10-14", 920.0),
    (6, "Ben Whitfield", "general", 4, "2022-08-29", "1990-11-24", 720.0),
    (7, "Sofia Novak", "exotics", 2, "2021-04-05", "1988-01-30", 890.0),
    (8, "Ravi Menon", "surgery", 2, "2023-01-09", "1986-09-02", 1180.0),
    (9, "Nell Harper", "general", 4, "2026-10-05", "1997-06-21", 640.0),
)  # fmt: skip
GENERAL_VETS = (1, 4, 6)
GENERAL_WEIGHTS = (2, 5, 3)
# reason: weight, (low, high) fee
REASONS = {"checkup": (34, (55, 75)), "vaccination": (22, (40, 60)), "illness": (14, (60, 180)),
           "injury": (10, (80, 200)), "dental": (8, (120, 380)), "skin": (7, (70, 150)),
           "surgery": (5, (420, 1800))}  # fmt: skip
# cat_id, name, parent
CATEGORIES = (
    (1, "Diagnostics", None), (2, "Surgery", None), (3, "Preventive Care", None), (4, "Dental", None),
    (5, "Imaging", 1), (6, "Lab Work", 1), (7, "Soft Tissue", 2), (8, "Orthopedic", 2), (9, "Anesthesia", 2),
    (10, "Vaccines", 3), (11, "Parasite Control", 3), (12, "Cleaning", 4), (13, "Extractions", 4),
    (14, "X-ray", 5), (15, "Ultrasound", 5), (16, "Behavioural", None),
)  # fmt: skip
# proc_id, name, category, list price, used for reasons
PROCEDURES = (
    (1, "Chest X-ray", 14, 185.0, ("illness", "injury")), (2, "Limb X-ray", 14, 160.0, ("injury",)),
    (3, "Dental X-ray", 14, 140.0, ("dental",)), (4, "Abdominal ultrasound", 15, 320.0, ("illness",)),
    (5, "Cardiac ultrasound", 15, 410.0, ()), (6, "Blood panel", 6, 138.0, ("illness", "checkup", "surgery")),
    (7, "Urinalysis", 6, 46.0, ("illness",)), (8, "Skin scraping", 6, 58.0, ("skin",)),
    (9, "Spay", 7, 455.0, ("surgery",)), (10, "Neuter", 7, 315.0, ("surgery",)),
    (11, "Mass removal", 7, 690.0, ("surgery",)), (12, "Wound repair", 7, 240.0, ("injury",)),
    (13, "Cruciate repair", 8, 2860.0, ("surgery",)), (14, "Fracture fixation", 8, 2140.0, ("surgery", "injury")),
    (15, "General anesthesia", 9, 215.0, ("surgery", "dental")), (16, "Sedation", 9, 95.0, ("injury", "dental")),
    (17, "Rabies vaccine", 10, 29.0, ("vaccination",)), (18, "Core combo vaccine", 10, 34.0, ("vaccination",)),
    (19, "Flea treatment", 11, 23.0, ("checkup", "skin")), (20, "Deworming", 11, 19.0, ("checkup",)),
    (21, "Nail trim", 3, 14.0, ("checkup",)), (22, "Scale and polish", 12, 285.0, ("dental",)),
    (23, "Tooth extraction", 13, 195.0, ("dental",)), (24, "Microchip implant", 3, 45.0, ("vaccination",)),
    (25, "Allergy test", 6, 260.0, ("skin",)),
)  # fmt: skip
VACCINES = {"dog": (("rabies", 3), ("DHPP", 1), ("leptospirosis", 1), ("bordetella", 1)),
            "cat": (("rabies", 3), ("FVRCP", 1), ("FeLV", 1)), "rabbit": (("RHDV2", 1),)}  # fmt: skip
METHODS = (("card", 62), ("insurance", 20), ("cash", 13), ("bank transfer", 5))


def _plus_years(day: datetime.date, years: int) -> datetime.date:
    return day.replace(year=day.year + years, day=min(day.day, 28))


def build(con: Any) -> None:
    """Create the clinic's tables in `con` (any DB-API connection) and fill them with seeded data."""
    rng = random.Random(SEED)
    cur = con.cursor()
    create(cur, SCHEMA)

    people = rng.sample([(f, last) for f in FIRST for last in LAST if (f, last) != BIG_FAMILY], 219)
    people.insert(40, BIG_FAMILY)
    owners: list[tuple[Any, ...]] = []
    join_days = sorted(rng.sample(range(datetime.date(2023, 1, 3).toordinal(), datetime.date(2026, 10, 31).toordinal()),
                                  len(people)))  # fmt: skip
    for number, ((first, last), day) in enumerate(zip(people, join_days, strict=True), 1):
        email = None if rng.random() < 0.15 else f"{first.lower()}.{last.lower().replace(chr(39), '')}@inbox.example"
        owners.append((number, first, last, f"555-{rng.randint(1000, 9999)}", email,
                       rng.choices([c for c, _ in CITIES], [w for _, w in CITIES])[0],
                       iso(datetime.date.fromordinal(day))))  # fmt: skip
    insert(cur, "owners", ("owner_id", "firstName", "lastName", "phone", "email", "city", "joinedOn"), owners)

    petless = set(rng.sample([row[0] for row in owners if (row[1], row[2]) != BIG_FAMILY], 18))
    family_id = people.index(BIG_FAMILY) + 1
    pets: list[tuple[Any, ...]] = []
    species_names = list(SPECIES)
    species_weights = [SPECIES[s][0] for s in species_names]
    for owner in owners:
        if owner[0] in petless:
            continue
        count = 7 if owner[0] == family_id else rng.choices((1, 2, 3, 4), (55, 28, 12, 5))[0]
        for pet_name in rng.sample(PET_NAMES, count):
            species = rng.choices(species_names, species_weights)[0]
            _, breeds, (low, high), unchipped = SPECIES[species]
            breed = None if rng.random() < 0.1 else rng.choice(breeds)
            born = random_day(rng, datetime.date(2009, 1, 1), datetime.date(2026, 8, 31))
            if born == datetime.date(2016, 11, 18):
                born = datetime.date(2016, 11, 17)
            chip = None if rng.random() < unchipped else f"9851{rng.randint(10**10, 10**11 - 1)}"
            weight = round(rng.uniform(low, high), 2)
            pets.append((len(pets) + 1, owner[0], pet_name, species, breed, rng.choice("MF"),
                         iso(born), chip, weight))  # fmt: skip
    # one unmistakable giant, and one unmistakable name to ask about
    big = next(i for i, p in enumerate(pets) if p[3] == "dog" and p[4] == "Labrador")
    pets[big] = (*pets[big][:2], "Moose", "dog", "Great Dane", *pets[big][5:8], 71.4)
    named = next(i for i, p in enumerate(pets) if p[3] == "cat" and p[1] != family_id and i != big)
    pets[named] = (*pets[named][:2], "Professor Whiskers", *pets[named][3:])
    insert(cur, "pets", ("pet_id", "owner_id", "name", "species", "breed", "sex", "dob", "microchip_no",
                         "weight_kg"), pets)  # fmt: skip
    insert(cur, "vets", ("vet_id", "full_name", "specialty", "mentor_id", "hired_on", "birth_date", "day_rate_usd"),
           VETS)  # fmt: skip
    insert(cur, "proc_categories", ("cat_id", "cat_name", "parent_cat_id"), CATEGORIES)
    insert(cur, "procedures", ("proc_id", "proc_name", "cat_id", "list_price_usd"), [p[:4] for p in PROCEDURES])

    unseen = set(rng.sample([p[0] for p in pets], 22))  # pets that never came in
    patients = [p for p in pets if p[0] not in unseen]
    loyalty = list(itertools.accumulate(rng.random() ** 2 + 0.2 for _ in patients))
    by_reason = {reason: [p for p in PROCEDURES if reason in p[4]] for reason in REASONS}
    reasons, reason_weights = list(REASONS), [weight for weight, _ in REASONS.values()]
    slots: set[datetime.datetime] = set()
    while len(slots) < 2400:
        day = random_day(rng, datetime.date(2023, 1, 2), LAST_DAY)
        if day.weekday() < 6:
            slots.add(datetime.datetime(day.year, day.month, day.day, rng.randint(8, 17), rng.choice((0, 15, 30, 45))))
    appointments: list[tuple[Any, ...]] = []
    lines: list[tuple[Any, ...]] = []
    payments: list[tuple[Any, ...]] = []
    vaccinations: list[tuple[Any, ...]] = []
    for number, moment in enumerate(sorted(slots), 1):
        pet = rng.choices(patients, cum_weights=loyalty)[0]
        reason = rng.choices(reasons, reason_weights)[0]
        if pet[3] not in VACCINES and reason == "vaccination":
            reason = "checkup"
        if pet[3] in ("bird", "reptile"):
            vet = 7
        elif reason == "dental":
            vet = 3
        elif reason == "surgery":
            vet = 2 if moment.date() < datetime.date(2023, 1, 9) or rng.random() < 0.55 else 8
        elif reason == "skin":
            vet = 5
        else:
            vet = rng.choices(GENERAL_VETS, GENERAL_WEIGHTS)[0]
            if vet == 6 and moment.date() < datetime.date(2022, 8, 29):
                vet = 4
        status = rng.choices(("completed", "cancelled", "no-show"), (86, 8, 6))[0]
        low, high = REASONS[reason][1]
        fee = money(rng.uniform(low, high)) if status == "completed" else 25.0 if status == "no-show" else None
        note = rng.choice(("anxious in the waiting room", "owner asked for a payment plan", "bring stool sample",
                           "recheck in two weeks")) if rng.random() < 0.12 else None  # fmt: skip
        appointments.append((number, pet[0], vet, iso(moment), reason, status, fee, note))
        if status != "completed":
            continue
        charged = 0.0
        for proc in rng.sample(by_reason[reason], min(len(by_reason[reason]), rng.choice((0, 1, 1, 2, 3)))):
            qty = 2 if proc[0] in (1, 2, 23) and rng.random() < 0.2 else 1
            price = money(proc[3] * qty * (0.9 if rng.random() < 0.1 else 1.0))
            lines.append((number, proc[0], qty, price))
            charged += price
        if rng.random() < 0.93:
            paid = moment + datetime.timedelta(minutes=rng.randint(20, 90), seconds=rng.randint(0, 59))
            method = rng.choices([m for m, _ in METHODS], [w for _, w in METHODS])[0]
            payments.append((len(payments) + 1, pet[1], iso(paid), money((fee or 0.0) + charged), method))
        if reason == "vaccination":
            vaccine, years = rng.choice(VACCINES[pet[3]])
            due = None if rng.random() < 0.1 else iso(_plus_years(moment.date(), years))
            vaccinations.append((len(vaccinations) + 1, pet[0], vaccine, iso(moment.date()), due,
                                 None if rng.random() < 0.25 else vet))  # fmt: skip
    insert(cur, "appointments", ("appt_id", "pet_id", "vet_id", "apptDate", "reason", "status", "vet_fee_usd",
                                 "notes"), appointments)  # fmt: skip
    insert(cur, "appt_procedures", ("appt_id", "proc_id", "qty", "charged_usd"), lines)
    insert(cur, "payments", ("pay_id", "owner_id", "paidAt", "amount_usd", "method"), payments)
    insert(cur, "vaccinations", ("vacc_id", "pet_id", "vaccine", "givenOn", "nextDue", "vet_id"), vaccinations)
    con.commit()


OWNER = "o.firstName, o.lastName"
IN_2025 = "a.apptDate >= '2025-01-01' AND a.apptDate < '2026-01-01'"

QUESTIONS: list[Case] = [
    # plain
    Case("how many pets are registered", "SELECT COUNT(*) FROM pets"),
    Case("how many dogs do we have on file", "SELECT COUNT(*) FROM pets WHERE species = 'dog'"),
    Case("how many owners live in riverton", "SELECT COUNT(*) FROM owners WHERE city = 'Riverton'"),
    Case("how many different dog breeds do we see",
         "SELECT COUNT(DISTINCT breed) FROM pets WHERE species = 'dog'"),
    Case("total vet fees in 2024",
         "SELECT SUM(vet_fee_usd) FROM appointments WHERE apptDate >= '2024-01-01' AND apptDate < '2025-01-01'"),
    Case("average fee for a dental appointment", "SELECT AVG(vet_fee_usd) FROM appointments WHERE reason = 'dental'"),
    Case("list all the vets", "SELECT full_name FROM vets"),
    Case("how many appointments were cancelled", "SELECT COUNT(*) FROM appointments WHERE status = 'cancelled'"),
    Case("how many vaccinations were given in 2025",
         "SELECT COUNT(*) FROM vaccinations WHERE givenOn >= '2025-01-01' AND givenOn < '2026-01-01'"),
    Case("whats the day rate for ravi menon", "SELECT day_rate_usd FROM vets WHERE full_name = 'Ravi Menon'"),
    # min / max / top-N / first and latest
    Case("heaviest pet", "SELECT name FROM pets ORDER BY weight_kg DESC LIMIT 1"),
    Case("the 5 heaviest dogs", "SELECT name FROM pets WHERE species = 'dog' ORDER BY weight_kg DESC LIMIT 5"),
    Case("most expensive procedure", "SELECT proc_name FROM procedures ORDER BY list_price_usd DESC LIMIT 1"),
    Case("cheapest 3 procedures", "SELECT proc_name FROM procedures ORDER BY list_price_usd ASC LIMIT 3"),
    Case("who's our oldest patient", "SELECT name FROM pets ORDER BY dob ASC LIMIT 1"),
    Case("when was the most recent appointment", "SELECT MAX(apptDate) FROM appointments"),
    Case("first 3 owners to sign up", "SELECT firstName, lastName FROM owners ORDER BY joinedOn ASC LIMIT 3"),
    Case("biggest single payment", "SELECT MAX(amount_usd) FROM payments"),
    # which Y has the most X
    Case("which vet had the most appointments",
         "SELECT v.full_name FROM vets v JOIN appointments a ON a.vet_id = v.vet_id GROUP BY v.vet_id "
         "ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("which owner has the most pets",
         f"SELECT {OWNER} FROM owners o JOIN pets p ON p.owner_id = o.owner_id GROUP BY o.owner_id "
         "ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("who has paid us the most overall",
         f"SELECT {OWNER} FROM owners o JOIN payments pa ON pa.owner_id = o.owner_id GROUP BY o.owner_id "
         "ORDER BY SUM(pa.amount_usd) DESC LIMIT 1"),
    Case("most common reason for a visit",
         "SELECT reason FROM appointments GROUP BY reason ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("which procedure do we perform most often",
         "SELECT p.proc_name FROM procedures p JOIN appt_procedures ap ON ap.proc_id = p.proc_id GROUP BY p.proc_id "
         "ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("which species brings in the most fee revenue",
         "SELECT p.species FROM pets p JOIN appointments a ON a.pet_id = p.pet_id GROUP BY p.species "
         "ORDER BY SUM(a.vet_fee_usd) DESC LIMIT 1"),
    Case("most common vaccine", "SELECT vaccine FROM vaccinations GROUP BY vaccine ORDER BY COUNT(*) DESC LIMIT 1"),
    # per-group breakdowns
    Case("appointments by reason", "SELECT reason, COUNT(*) FROM appointments GROUP BY reason"),
    Case("payments split by method", "SELECT method, SUM(amount_usd) FROM payments GROUP BY method"),
    Case("appointments month by month in 2025",
         "SELECT strftime('%Y-%m', apptDate), COUNT(*) FROM appointments "
         "WHERE apptDate >= '2025-01-01' AND apptDate < '2026-01-01' GROUP BY 1"),
    Case("average weight by species", "SELECT species, AVG(weight_kg) FROM pets GROUP BY species"),
    Case("number of appointments per species",
         "SELECT p.species, COUNT(*) FROM appointments a JOIN pets p ON p.pet_id = a.pet_id GROUP BY p.species"),
    Case("avg fee per reason", "SELECT reason, AVG(vet_fee_usd) FROM appointments GROUP BY reason"),
    Case("how many pets in each city",
         "SELECT o.city, COUNT(*) FROM pets p JOIN owners o ON o.owner_id = p.owner_id GROUP BY o.city"),
    Case("how many vets per specialty", "SELECT specialty, COUNT(*) FROM vets GROUP BY specialty"),
    Case("fee income per year",
         "SELECT strftime('%Y', apptDate), SUM(vet_fee_usd) FROM appointments GROUP BY 1"),
    # zero-keeping group counts
    Case("how many appointments has each vet had",
         "SELECT v.full_name, COUNT(a.appt_id) FROM vets v LEFT JOIN appointments a ON a.vet_id = v.vet_id "
         "GROUP BY v.vet_id"),
    Case("for every owner in eastport, how many pets do they have",
         f"SELECT {OWNER}, COUNT(p.pet_id) FROM owners o LEFT JOIN pets p ON p.owner_id = o.owner_id "
         "WHERE o.city = 'Eastport' GROUP BY o.owner_id"),
    # anti-joins
    Case("owners with no pets",
         "SELECT firstName, lastName FROM owners WHERE owner_id NOT IN (SELECT owner_id FROM pets)"),
    Case("how many pets have never had an appointment",
         "SELECT COUNT(*) FROM pets WHERE pet_id NOT IN (SELECT pet_id FROM appointments)"),
    Case("vets who have never seen a patient",
         "SELECT full_name FROM vets WHERE vet_id NOT IN (SELECT vet_id FROM appointments)"),
    Case("procedures we've never performed",
         "SELECT proc_name FROM procedures WHERE proc_id NOT IN (SELECT proc_id FROM appt_procedures)"),
    Case("how many owners have never paid anything",
         "SELECT COUNT(*) FROM owners WHERE owner_id NOT IN (SELECT owner_id FROM payments)"),
    # ratios
    Case("what percentage of appointments were no-shows",
         "SELECT 100.0 * SUM(status = 'no-show') / COUNT(*) FROM appointments"),
    Case("proportion of pets that are microchipped", "SELECT AVG(microchip_no IS NOT NULL) FROM pets"),
    Case("what share of the money we collected came via insurance",
         "SELECT SUM(CASE WHEN method = 'insurance' THEN amount_usd ELSE 0 END) / SUM(amount_usd) FROM payments"),
    Case("percentage of cats that are chipped",
         "SELECT 100.0 * SUM(microchip_no IS NOT NULL) / COUNT(*) FROM pets WHERE species = 'cat'"),
    # comparison with an aggregate
    Case("how many appointments had a fee above the average fee",
         "SELECT COUNT(*) FROM appointments WHERE vet_fee_usd > (SELECT AVG(vet_fee_usd) FROM appointments)"),
    Case("how many dogs are heavier than the average dog",
         "SELECT COUNT(*) FROM pets WHERE species = 'dog' "
         "AND weight_kg > (SELECT AVG(weight_kg) FROM pets WHERE species = 'dog')"),
    # self-references
    Case("who is ben whitfield's mentor",
         "SELECT m.full_name FROM vets v JOIN vets m ON m.vet_id = v.mentor_id WHERE v.full_name = 'Ben Whitfield'"),
    Case("which vets did omar siddiqui mentor",
         "SELECT v.full_name FROM vets v JOIN vets m ON m.vet_id = v.mentor_id WHERE m.full_name = 'Omar Siddiqui'"),
    Case("subcategories of surgery",
         "SELECT c.cat_name FROM proc_categories c JOIN proc_categories p ON p.cat_id = c.parent_cat_id "
         "WHERE p.cat_name = 'Surgery'"),
    Case("what's the parent category of x-ray",
         "SELECT p.cat_name FROM proc_categories c JOIN proc_categories p ON p.cat_id = c.parent_cat_id "
         "WHERE c.cat_name = 'X-ray'"),
    # yes / no
    Case("are there more cats than dogs",
         "SELECT (SELECT COUNT(*) FROM pets WHERE species = 'cat') > "
         "(SELECT COUNT(*) FROM pets WHERE species = 'dog')"),
    Case("did we do more surgeries in 2025 than in 2024?",
         "SELECT (SELECT COUNT(*) FROM appointments WHERE reason = 'surgery' AND apptDate >= '2025-01-01' "
         "AND apptDate < '2026-01-01') > (SELECT COUNT(*) FROM appointments WHERE reason = 'surgery' "
         "AND apptDate >= '2024-01-01' AND apptDate < '2025-01-01')"),
    # HAVING
    Case("species with more than 50 pets", "SELECT species FROM pets GROUP BY species HAVING COUNT(*) > 50"),
    Case("owners who paid more than $14000 in total",
         f"SELECT {OWNER} FROM owners o JOIN payments pa ON pa.owner_id = o.owner_id GROUP BY o.owner_id "
         "HAVING SUM(pa.amount_usd) > 14000"),
    Case("vets with over 300 appointments",
         "SELECT v.full_name FROM vets v JOIN appointments a ON a.vet_id = v.vet_id GROUP BY v.vet_id "
         "HAVING COUNT(*) > 300"),
    # date ranges
    Case("appointments in march 2024",
         "SELECT COUNT(*) FROM appointments WHERE apptDate >= '2024-03-01' AND apptDate < '2024-04-01'"),
    Case("how much did we bill in vet fees last year",
         "SELECT SUM(vet_fee_usd) FROM appointments WHERE apptDate >= '2025-01-01' AND apptDate < '2026-01-01'"),
    Case("how many appts in Q3 2025",
         "SELECT COUNT(*) FROM appointments WHERE apptDate >= '2025-07-01' AND apptDate < '2025-10-01'"),
    Case("payments received since june", "SELECT SUM(amount_usd) FROM payments WHERE paidAt >= '2026-06-01'"),
    Case("how many owners joined before 2024", "SELECT COUNT(*) FROM owners WHERE joinedOn < '2024-01-01'"),
    Case("cancelled appointments last month",
         "SELECT COUNT(*) FROM appointments WHERE status = 'cancelled' "
         "AND apptDate >= '2026-10-01' AND apptDate < '2026-11-01'"),
    Case("how many vaccinations are due in december",
         "SELECT COUNT(*) FROM vaccinations WHERE nextDue >= '2026-12-01' AND nextDue < '2027-01-01'"),
    # names and places
    Case("pets owned by laura keller",
         "SELECT p.name FROM pets p JOIN owners o ON o.owner_id = p.owner_id "
         "WHERE o.firstName = 'Laura' AND o.lastName = 'Keller'"),
    Case("how many appointments has professor whiskers had",
         "SELECT COUNT(*) FROM appointments a JOIN pets p ON p.pet_id = a.pet_id WHERE p.name = 'Professor Whiskers'"),
    Case("how many appointments did grace liu do in 2025",
         f"SELECT COUNT(*) FROM appointments a JOIN vets v ON v.vet_id = a.vet_id "
         f"WHERE v.full_name = 'Grace Liu' AND {IN_2025}"),
    # NULLs
    Case("pets with no microchip number", "SELECT COUNT(*) FROM pets WHERE microchip_no IS NULL"),
    Case("how many owners don't have an email", "SELECT COUNT(*) FROM owners WHERE email IS NULL"),
    Case("pets whose breed is unknown", "SELECT COUNT(*) FROM pets WHERE breed IS NULL"),
    # composed
    Case("top 3 vets by fees in 2025",
         f"SELECT v.full_name FROM vets v JOIN appointments a ON a.vet_id = v.vet_id WHERE {IN_2025} "
         "GROUP BY v.vet_id ORDER BY SUM(a.vet_fee_usd) DESC LIMIT 3"),
    Case("3 most common reasons dogs come in",
         "SELECT a.reason FROM appointments a JOIN pets p ON p.pet_id = a.pet_id WHERE p.species = 'dog' "
         "GROUP BY a.reason ORDER BY COUNT(*) DESC LIMIT 3"),
    Case("most expensive procedure in the dental category, subcategories included",
         "SELECT pr.proc_name FROM procedures pr JOIN proc_categories c ON c.cat_id = pr.cat_id "
         "LEFT JOIN proc_categories p ON p.cat_id = c.parent_cat_id WHERE 'Dental' IN (c.cat_name, p.cat_name) "
         "ORDER BY pr.list_price_usd DESC LIMIT 1"),
    Case("which cat in riverton has had the most appointments",
         "SELECT p.name FROM pets p JOIN owners o ON o.owner_id = p.owner_id "
         "JOIN appointments a ON a.pet_id = p.pet_id "
         "WHERE p.species = 'cat' AND o.city = 'Riverton' GROUP BY p.pet_id ORDER BY COUNT(*) DESC LIMIT 1"),
    # people and ages
    Case("oldest vet", "SELECT full_name FROM vets ORDER BY birth_date ASC LIMIT 1"),
    Case("which vet has the next birthday",
         "SELECT full_name FROM vets ORDER BY (strftime('%m-%d', birth_date) < '11-18'), "
         "strftime('%m-%d', birth_date) LIMIT 1"),
    Case("how many pets are over 10 years old", "SELECT COUNT(*) FROM pets WHERE dob < '2016-11-18'"),
    # should be refused
    Case("is biscuit a good boy", None),
    Case("what's the weather in riverton tomorrow", None),
    Case("which vet is the friendliest", None),
    Case("predict how many appointments we'll have next month", None),
    Case("what should i feed my cat", None),
    Case("why do cats hate baths", None),
    Case("what's the best dog breed for a small apartment", None),
    Case("will luna recover from her surgery", None),
    Case("how much does a golden retriever puppy cost at a breeder", None),
    Case("what did moose's owner say on the phone yesterday", None),
    Case("which pets are the happiest", None),
    Case("how many stray dogs are there in the country", None),
]
