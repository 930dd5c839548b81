"""A wildlife field survey: sites, observers, a taxonomy, sightings, weather, equipment and its checkouts, grants
and their expenses.

Written blind, like the rest of the held-out corpus. Column names are the terse ones field people use
(``obs_ts``, ``qty``, ``lat``, ``lon``, ``elev_m``, ``wx_readings``, ``amt``, ``cert_lvl``); ``obs_id`` is the
observer (not the observation). Every timestamp is TEXT. `taxa` refers to itself (species → genus → family →
order → class). Two sites were never surveyed, three species were never seen, four observers never
recorded anything, and the newest grant has no expenses yet.
"""

from __future__ import annotations

import datetime
import itertools
import math
import random
from typing import Any

from .common import FIRST_DAY, LAST_DAY, Case, create, insert, iso, money, random_day, random_moment

SEED = 4417

SCHEMA = (
    """CREATE TABLE sites (
        site_id INTEGER PRIMARY KEY,
        site_name TEXT NOT NULL,
        region TEXT NOT NULL,
        habitat TEXT NOT NULL,
        lat REAL,
        lon REAL,
        elev_m INTEGER,
        est_dt TEXT
    )""",
    """CREATE TABLE observers (
        obs_id INTEGER PRIMARY KEY,
        full_name TEXT NOT NULL,
        affil TEXT,
        cert_lvl TEXT NOT NULL,
        joined_dt TEXT,
        email TEXT
    )""",
    """CREATE TABLE taxa (
        taxon_id INTEGER PRIMARY KEY,
        sci_name TEXT NOT NULL,
        common_name TEXT,
        rank TEXT NOT NULL,
        parent_id INTEGER REFERENCES taxa (taxon_id),
        iucn TEXT
    )""",
    """CREATE TABLE sightings (
        id INTEGER PRIMARY KEY,
        site_id INTEGER NOT NULL REFERENCES sites (site_id),
        obs_id INTEGER NOT NULL REFERENCES observers (obs_id),
        taxon_id INTEGER NOT NULL REFERENCES taxa (taxon_id),
        obs_ts TEXT NOT NULL,
        qty INTEGER NOT NULL,
        method TEXT NOT NULL,
        conf TEXT,
        notes TEXT
    )""",
    """CREATE TABLE wx_readings (
        id INTEGER PRIMARY KEY,
        site_id INTEGER NOT NULL,
        read_ts TEXT NOT NULL,
        temp_c REAL,
        precip_mm REAL,
        wind_kph REAL,
        cloud_pct INTEGER
    )""",
    """CREATE TABLE equipment (
        equip_id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        serial_no TEXT NOT NULL,
        cost_usd REAL,
        purchased_ts TEXT,
        status TEXT NOT NULL
    )""",
    """CREATE TABLE checkouts (
        id INTEGER PRIMARY KEY,
        equip_id INTEGER NOT NULL,
        obs_id INTEGER NOT NULL,
        out_ts TEXT NOT NULL,
        in_ts TEXT,
        cond_in TEXT
    )""",
    """CREATE TABLE grants (
        grant_id INTEGER PRIMARY KEY,
        funder TEXT NOT NULL,
        title TEXT NOT NULL,
        budget_amt REAL NOT NULL,
        start_dt TEXT NOT NULL,
        end_dt TEXT,
        pi_obs_id INTEGER
    )""",
    """CREATE TABLE expenses (
        exp_id INTEGER PRIMARY KEY,
        grant_id INTEGER NOT NULL,
        category TEXT NOT NULL,
        amt REAL NOT NULL,
        spent_ts TEXT NOT NULL,
        obs_id INTEGER,
        descr TEXT
    )""",
)

# name, region, habitat
SITES = (
    ("Heron Marsh", "Salt Delta", "wetland"), ("Pintail Flats", "Salt Delta", "wetland"),
    ("Reed Channel", "Salt Delta", "wetland"), ("Mudlark Spit", "Salt Delta", "coastal"),
    ("Gull Point", "Coastline", "coastal"), ("Driftwood Cove", "Coastline", "coastal"),
    ("Sanderling Beach", "Coastline", "coastal"), ("Otter Rocks", "Coastline", "coastal"),
    ("Pine Hollow", "Cedar Basin", "forest"), ("Cedar Creek", "Cedar Basin", "forest"),
    ("Old Growth Loop", "Cedar Basin", "forest"), ("Fern Gully", "Cedar Basin", "forest"),
    ("Beaver Pond", "Cedar Basin", "wetland"), ("Larch Ridge", "North Ridge", "forest"),
    ("Windy Saddle", "North Ridge", "alpine"), ("Marmot Bowl", "North Ridge", "alpine"),
    ("Lookout Tarn", "North Ridge", "alpine"), ("Elk Meadow", "North Ridge", "grassland"),
    ("Sage Bench", "High Plateau", "grassland"), ("Coyote Draw", "High Plateau", "grassland"),
    ("Kestrel Butte", "High Plateau", "grassland"), ("Prairie Springs", "High Plateau", "wetland"),
    ("Fox Meadow", "High Plateau", "grassland"), ("Juniper Flat", "High Plateau", "grassland"),
)  # fmt: skip
UNVISITED_SITES = ("Lookout Tarn", "Fox Meadow")
ELEVATION = {"wetland": (2, 400), "coastal": (0, 40), "forest": (150, 1200), "alpine": (1600, 2600),
             "grassland": (600, 1400)}  # fmt: skip

FIRST_NAMES = (
    "Aiyana", "Bram", "Celeste", "Dario", "Eun-ji", "Fergus", "Gwen", "Hamid", "Isla", "Joaquin", "Kaia",
    "Lorcan", "Marisol", "Nils", "Odette", "Piotr", "Rhea", "Soren", "Tamsin", "Uriel",
)  # fmt: skip
LAST_NAMES = (
    "Ashdown", "Barrow", "Castillo", "Dunleavy", "Eriksen", "Faulkner", "Greaves", "Holloway", "Iwata",
    "Jovanovic", "Kincaid", "Lachance", "Mwangi", "Nyberg", "Orsini", "Pemberton",
)  # fmt: skip
AFFILIATIONS = ("Cascade University", "State Parks", "Audubon Society", "Volunteer")

# (sci_name, common_name, rank, parent sci_name, iucn); species carry the habitats they turn up in
TAXA: tuple[tuple[str, str | None, str, str | None, str | None], ...] = (
    ("Aves", "birds", "class", None, None),
    ("Mammalia", "mammals", "class", None, None),
    ("Amphibia", "amphibians", "class", None, None),
    ("Passeriformes", "perching birds", "order", "Aves", None),
    ("Accipitriformes", "birds of prey", "order", "Aves", None),
    ("Anseriformes", "waterfowl", "order", "Aves", None),
    ("Charadriiformes", "shorebirds", "order", "Aves", None),
    ("Strigiformes", "owls", "order", "Aves", None),
    ("Carnivora", "carnivores", "order", "Mammalia", None),
    ("Rodentia", "rodents", "order", "Mammalia", None),
    ("Chiroptera", "bats", "order", "Mammalia", None),
    ("Artiodactyla", "even-toed ungulates", "order", "Mammalia", None),
    ("Anura", "frogs and toads", "order", "Amphibia", None),
    ("Caudata", "salamanders", "order", "Amphibia", None),
    ("Corvidae", None, "family", "Passeriformes", None),
    ("Paridae", None, "family", "Passeriformes", None),
    ("Turdidae", None, "family", "Passeriformes", None),
    ("Parulidae", None, "family", "Passeriformes", None),
    ("Accipitridae", None, "family", "Accipitriformes", None),
    ("Pandionidae", None, "family", "Accipitriformes", None),
    ("Anatidae", None, "family", "Anseriformes", None),
    ("Laridae", None, "family", "Charadriiformes", None),
    ("Scolopacidae", None, "family", "Charadriiformes", None),
    ("Strigidae", None, "family", "Strigiformes", None),
    ("Canidae", None, "family", "Carnivora", None),
    ("Mustelidae", None, "family", "Carnivora", None),
    ("Ursidae", None, "family", "Carnivora", None),
    ("Sciuridae", None, "family", "Rodentia", None),
    ("Castoridae", None, "family", "Rodentia", None),
    ("Vespertilionidae", None, "family", "Chiroptera", None),
    ("Cervidae", None, "family", "Artiodactyla", None),
    ("Ranidae", None, "family", "Anura", None),
    ("Hylidae", None, "family", "Anura", None),
    ("Salamandridae", None, "family", "Caudata", None),
    ("Ambystomatidae", None, "family", "Caudata", None),
    ("Corvus", None, "genus", "Corvidae", None),
    ("Cyanocitta", None, "genus", "Corvidae", None),
    ("Poecile", None, "genus", "Paridae", None),
    ("Turdus", None, "genus", "Turdidae", None),
    ("Catharus", None, "genus", "Turdidae", None),
    ("Setophaga", None, "genus", "Parulidae", None),
    ("Haliaeetus", None, "genus", "Accipitridae", None),
    ("Buteo", None, "genus", "Accipitridae", None),
    ("Accipiter", None, "genus", "Accipitridae", None),
    ("Pandion", None, "genus", "Pandionidae", None),
    ("Anas", None, "genus", "Anatidae", None),
    ("Branta", None, "genus", "Anatidae", None),
    ("Aix", None, "genus", "Anatidae", None),
    ("Larus", None, "genus", "Laridae", None),
    ("Calidris", None, "genus", "Scolopacidae", None),
    ("Strix", None, "genus", "Strigidae", None),
    ("Bubo", None, "genus", "Strigidae", None),
    ("Canis", None, "genus", "Canidae", None),
    ("Vulpes", None, "genus", "Canidae", None),
    ("Lontra", None, "genus", "Mustelidae", None),
    ("Martes", None, "genus", "Mustelidae", None),
    ("Ursus", None, "genus", "Ursidae", None),
    ("Tamiasciurus", None, "genus", "Sciuridae", None),
    ("Glaucomys", None, "genus", "Sciuridae", None),
    ("Castor", None, "genus", "Castoridae", None),
    ("Myotis", None, "genus", "Vespertilionidae", None),
    ("Eptesicus", None, "genus", "Vespertilionidae", None),
    ("Odocoileus", None, "genus", "Cervidae", None),
    ("Cervus", None, "genus", "Cervidae", None),
    ("Rana", None, "genus", "Ranidae", None),
    ("Lithobates", None, "genus", "Ranidae", None),
    ("Pseudacris", None, "genus", "Hylidae", None),
    ("Taricha", None, "genus", "Salamandridae", None),
    ("Ambystoma", None, "genus", "Ambystomatidae", None),
    ("Corvus corax", "Common Raven", "species", "Corvus", "LC"),
    ("Corvus brachyrhynchos", "American Crow", "species", "Corvus", "LC"),
    ("Cyanocitta stelleri", "Steller's Jay", "species", "Cyanocitta", "LC"),
    ("Poecile atricapillus", "Black-capped Chickadee", "species", "Poecile", "LC"),
    ("Poecile rufescens", "Chestnut-backed Chickadee", "species", "Poecile", "LC"),
    ("Turdus migratorius", "American Robin", "species", "Turdus", "LC"),
    ("Catharus ustulatus", "Swainson's Thrush", "species", "Catharus", "LC"),
    ("Setophaga petechia", "Yellow Warbler", "species", "Setophaga", "LC"),
    ("Setophaga townsendi", "Townsend's Warbler", "species", "Setophaga", "LC"),
    ("Haliaeetus leucocephalus", "Bald Eagle", "species", "Haliaeetus", "LC"),
    ("Buteo jamaicensis", "Red-tailed Hawk", "species", "Buteo", "LC"),
    ("Buteo lineatus", "Red-shouldered Hawk", "species", "Buteo", "LC"),
    ("Accipiter cooperii", "Cooper's Hawk", "species", "Accipiter", "LC"),
    ("Pandion haliaetus", "Osprey", "species", "Pandion", "LC"),
    ("Anas platyrhynchos", "Mallard", "species", "Anas", "LC"),
    ("Anas acuta", "Northern Pintail", "species", "Anas", "LC"),
    ("Branta canadensis", "Canada Goose", "species", "Branta", "LC"),
    ("Aix sponsa", "Wood Duck", "species", "Aix", "LC"),
    ("Larus occidentalis", "Western Gull", "species", "Larus", "LC"),
    ("Calidris alba", "Sanderling", "species", "Calidris", "LC"),
    ("Calidris mauri", "Western Sandpiper", "species", "Calidris", "LC"),
    ("Strix varia", "Barred Owl", "species", "Strix", "LC"),
    ("Strix occidentalis", "Spotted Owl", "species", "Strix", "NT"),
    ("Bubo virginianus", "Great Horned Owl", "species", "Bubo", "LC"),
    ("Canis latrans", "Coyote", "species", "Canis", "LC"),
    ("Vulpes vulpes", "Red Fox", "species", "Vulpes", "LC"),
    ("Lontra canadensis", "North American River Otter", "species", "Lontra", "LC"),
    ("Martes caurina", "Pacific Marten", "species", "Martes", "LC"),
    ("Ursus americanus", "American Black Bear", "species", "Ursus", "LC"),
    ("Tamiasciurus douglasii", "Douglas Squirrel", "species", "Tamiasciurus", "LC"),
    ("Glaucomys oregonensis", "Humboldt's Flying Squirrel", "species", "Glaucomys", "LC"),
    ("Castor canadensis", "American Beaver", "species", "Castor", "LC"),
    ("Myotis lucifugus", "Little Brown Bat", "species", "Myotis", "EN"),
    ("Eptesicus fuscus", "Big Brown Bat", "species", "Eptesicus", "LC"),
    ("Odocoileus hemionus", "Mule Deer", "species", "Odocoileus", "LC"),
    ("Cervus canadensis", "Elk", "species", "Cervus", "LC"),
    ("Rana aurora", "Northern Red-legged Frog", "species", "Rana", "VU"),
    ("Lithobates catesbeianus", "American Bullfrog", "species", "Lithobates", "LC"),
    ("Pseudacris regilla", "Pacific Treefrog", "species", "Pseudacris", "LC"),
    ("Taricha granulosa", "Rough-skinned Newt", "species", "Taricha", "LC"),
    ("Ambystoma gracile", "Northwestern Salamander", "species", "Ambystoma", "NT"),
    ("Rana pretiosa", "Oregon Spotted Frog", "species", "Rana", "VU"),
)
NEVER_SEEN = ("Glaucomys oregonensis", "Ambystoma gracile", "Rana pretiosa")
# where each genus turns up, and how many at once (flocking birds come in numbers)
HABITATS = {
    "Corvus": ("forest", "grassland", "coastal", "wetland"), "Cyanocitta": ("forest",), "Poecile": ("forest",),
    "Turdus": ("forest", "grassland", "wetland"), "Catharus": ("forest",), "Setophaga": ("forest", "wetland"),
    "Haliaeetus": ("wetland", "coastal"), "Buteo": ("grassland", "forest"), "Accipiter": ("forest",),
    "Pandion": ("wetland", "coastal"), "Anas": ("wetland",), "Branta": ("wetland", "grassland"),
    "Aix": ("wetland",), "Larus": ("coastal",), "Calidris": ("coastal",), "Strix": ("forest",),
    "Bubo": ("forest", "grassland"), "Canis": ("grassland", "alpine"), "Vulpes": ("grassland", "forest"),
    "Lontra": ("wetland", "coastal"), "Martes": ("forest", "alpine"), "Ursus": ("forest", "alpine"),
    "Tamiasciurus": ("forest",), "Castor": ("wetland",), "Myotis": ("forest", "wetland"),
    "Eptesicus": ("forest", "grassland"), "Odocoileus": ("grassland", "forest", "alpine"),
    "Cervus": ("grassland", "alpine"), "Rana": ("wetland",), "Lithobates": ("wetland",),
    "Pseudacris": ("wetland", "forest"), "Taricha": ("forest", "wetland"),
}  # fmt: skip
FLOCKING = {"Anas": 40, "Branta": 90, "Larus": 60, "Calidris": 150, "Corvus": 12, "Poecile": 8, "Cervus": 25}
CLASS_OF = {"Aves": "bird", "Mammalia": "mammal", "Amphibia": "amphibian"}
NOTES = ("juvenile present", "pair", "calling only", "nest nearby", "photo taken", "partial view", "roadkill")

EQUIPMENT = (("binoculars", "BN", 14, (180, 900)), ("camera trap", "CT", 12, (120, 420)),
             ("GPS unit", "GP", 8, (250, 700)), ("audio recorder", "AR", 8, (300, 1100)),
             ("thermal scope", "TS", 6, (1800, 4200)))  # fmt: skip

# funder, title, budget, start, end (None: still running)
GRANTS = (
    ("National Science Fund", "Delta shorebird migration", 185000.0, "2022-09-01", "2025-08-31"),
    ("State Wildlife Agency", "Amphibian decline monitoring", 92500.0, "2023-01-15", "2024-12-31"),
    ("Coastal Trust", "Otter recovery on the coastline", 64000.0, "2023-04-01", None),
    ("Hollis Family Foundation", "Owl nest box program", 27500.0, "2023-06-01", "2025-05-31"),
    ("National Science Fund", "Bat acoustic survey", 143250.0, "2024-02-01", None),
    ("State Wildlife Agency", "Elk corridor mapping", 118900.0, "2024-05-15", "2026-05-14"),
    ("Coastal Trust", "Gull colony census", 38750.0, "2024-09-01", "2026-03-31"),
    ("Hollis Family Foundation", "Youth birding days", 12000.0, "2025-03-01", "2025-12-31"),
    ("National Science Fund", "Camera trap network expansion", 210400.0, "2025-07-01", None),
    ("State Wildlife Agency", "Plateau grassland baseline", 76300.0, "2026-10-01", None),
)
EXPENSE_CATEGORIES = (("travel", 30, (40, 900)), ("lodging", 18, (90, 1400)), ("field supplies", 25, (15, 600)),
                      ("lab fees", 12, (200, 3500)), ("equipment", 15, (150, 5000)))  # fmt: skip


def _sites(rng: random.Random) -> list[tuple[Any, ...]]:
    rows = []
    for ident, (name, region, habitat) in enumerate(SITES, 1):
        lat = round(45.2 + rng.uniform(-1.4, 1.4), 5)
        lon = round(-121.7 + rng.uniform(-2.2, 2.2), 5)
        elev = rng.randint(*ELEVATION[habitat])
        est = random_day(rng, datetime.date(2018, 1, 1), datetime.date(2022, 12, 31))
        if name == "Fox Meadow":
            est = datetime.date(2026, 9, 14)
        rows.append((ident, name, region, habitat, lat, lon, None if rng.random() < 0.05 else elev, iso(est)))
    return rows


def _observers(rng: random.Random) -> list[tuple[Any, ...]]:
    names = [f"{first} {last}" for first, last in itertools.product(FIRST_NAMES, LAST_NAMES)]
    rng.shuffle(names)
    rows = []
    for ident in range(1, 37):
        name = names[ident - 1]
        affil = None if rng.random() < 0.06 else rng.choice(AFFILIATIONS)
        level = rng.choices(("trainee", "certified", "expert"), (25, 50, 25))[0]
        joined = random_day(rng, datetime.date(2019, 1, 1), datetime.date(2026, 6, 30))
        email = None if rng.random() < 0.2 else name.lower().replace(" ", ".") + "@fieldsurvey.example"
        rows.append((ident, name, affil, level, iso(joined), email))
    return rows


def _taxa() -> list[tuple[Any, ...]]:
    ids = {row[0]: index for index, row in enumerate(TAXA, 1)}
    return [(ids[sci], sci, common, rank, ids.get(parent) if parent else None, iucn)
            for sci, common, rank, parent, iucn in TAXA]  # fmt: skip


def _class_of(sci: str) -> str:
    parents = {row[0]: row[3] for row in TAXA}
    while parents[sci] is not None:
        sci = parents[sci]
    return CLASS_OF[sci]


def _sightings(rng: random.Random, sites: list[tuple[Any, ...]], observers: list[tuple[Any, ...]],
               taxa: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:  # fmt: skip
    visited = [s for s in sites if s[1] not in UNVISITED_SITES]
    site_weight = [rng.choice((1, 2, 3, 5)) for _ in visited]
    active = [o for o in observers if o[0] % 9 != 0]  # observers 9, 18, 27, 36 never recorded a sighting
    obs_weight = [{"trainee": 1, "certified": 3, "expert": 5}[o[3]] for o in active]
    species = [t for t in taxa if t[3] == "species" and t[1] not in NEVER_SEEN]
    by_habitat = {h: [t for t in species if h in HABITATS[t[1].split()[0]]] for h in ELEVATION}
    popularity = {t[0]: rng.choice((1, 2, 3, 5, 8)) for t in species}
    moments: set[str] = set()
    rows = []
    for ident in range(1, 3201):
        site = rng.choices(visited, site_weight)[0]
        habitat = site[3]
        taxon = rng.choices(by_habitat[habitat], [popularity[t[0]] for t in by_habitat[habitat]])[0]
        genus = taxon[1].split()[0]
        kind = _class_of(taxon[1])
        nocturnal = genus in ("Strix", "Bubo", "Myotis", "Eptesicus")
        observer = rng.choices(active, obs_weight)[0]
        since = max(datetime.date.fromisoformat(observer[4]), FIRST_DAY)
        while True:
            moment = random_moment(rng, since, hours=(20, 23) if nocturnal else (5, 19))
            if iso(moment) not in moments:
                break
        moments.add(iso(moment))
        flock = FLOCKING.get(genus)
        qty = rng.randint(1, flock) if flock and rng.random() < 0.7 else rng.choices((1, 2, 3, 4), (60, 25, 10, 5))[0]
        if kind == "mammal":
            bat = genus in ("Myotis", "Eptesicus")
            method = "audio" if bat else rng.choice(("visual", "camera trap", "camera trap"))
        elif kind == "amphibian":
            method = rng.choice(("visual", "audio"))
        else:
            method = rng.choices(("visual", "audio", "mist net"), (70, 25, 5))[0]
        conf = None if rng.random() < 0.04 else rng.choices(("high", "med", "low"), (55, 33, 12))[0]
        note = rng.choice(NOTES) if rng.random() < 0.15 else None
        rows.append((ident, site[0], observer[0], taxon[0], iso(moment), qty, method, conf, note))
    # the biggest flock on record: one morning of sanderlings at Sanderling Beach
    sanderling = next(t[0] for t in taxa if t[1] == "Calidris alba")
    beach = next(s[0] for s in sites if s[1] == "Sanderling Beach")
    rows[1999] = (2000, beach, rows[1999][2], sanderling, "2025-09-06 07:12:44", 640, "visual", "high", None)
    return rows


def _weather(rng: random.Random, sites: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    rows = []
    for site in sites:
        if site[1] in UNVISITED_SITES:
            continue
        elev = site[6] or 500
        for _ in range(rng.randint(45, 85)):
            moment = random_moment(rng, hours=(5, 20))
            season = -10.0 * math.cos((moment.timetuple().tm_yday - 15) / 365 * 2 * math.pi)
            temp = round(11 + season - elev / 200 + rng.gauss(0, 3), 1)
            precip = 0.0 if rng.random() < 0.6 else round(rng.expovariate(1 / 6), 1)
            wind = None if rng.random() < 0.08 else round(rng.expovariate(1 / 14), 1)
            cloud = rng.randrange(0, 101, 5)
            rows.append((len(rows) + 1, site[0], iso(moment), temp, precip, wind, cloud))
    return rows


def _equipment(rng: random.Random) -> list[tuple[Any, ...]]:
    rows = []
    costs: set[float] = set()
    for kind, prefix, count, (low, high) in EQUIPMENT:
        for number in range(1, count + 1):
            cost = money(rng.uniform(low, high))
            while cost in costs:
                cost = money(cost + 0.01)
            costs.add(cost)
            bought = random_moment(rng, datetime.date(2021, 1, 1), datetime.date(2026, 9, 30))
            status = rng.choices(("in service", "repair", "retired"), (80, 8, 12))[0]
            rows.append((len(rows) + 1, kind, f"{prefix}-{1000 + number}", cost, iso(bought), status))
    return rows


def _checkouts(rng: random.Random, equipment: list[tuple[Any, ...]],
               observers: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:  # fmt: skip
    borrowers = [o for o in observers if o[0] % 7 != 0]  # observers 7, 14, 21, 28, 35 never borrowed gear
    rows: list[tuple[Any, ...]] = []
    for equip in equipment:
        if equip[0] % 11 == 0:  # a few pieces never left the store room
            continue
        start = max(datetime.datetime.fromisoformat(equip[4]), datetime.datetime(2023, 1, 1, 8))
        gap = rng.choice((10, 25, 60, 150))
        moment = start + datetime.timedelta(days=rng.expovariate(1 / gap), hours=rng.randint(0, 9))
        while moment.date() <= LAST_DAY:
            moment = moment.replace(hour=rng.randint(7, 17), minute=rng.randrange(60), second=rng.randrange(60))
            back: datetime.datetime | None = moment + datetime.timedelta(days=rng.randint(0, 21),
                                                                        hours=rng.randint(1, 8))  # fmt: skip
            if rng.random() < 0.008 or (back is not None and back.date() > LAST_DAY):
                back = None
            cond = None if back is None else rng.choices(("good", "worn", "damaged"), (80, 15, 5))[0]
            rows.append((len(rows) + 1, equip[0], rng.choice(borrowers)[0], iso(moment), iso(back), cond))
            if back is None:
                break
            moment = back + datetime.timedelta(days=rng.expovariate(1 / gap) + 1)
    return rows


def _expenses(rng: random.Random, observers: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    rows = []
    for grant_id, (_funder, _title, budget, start, end) in enumerate(GRANTS, 1):
        if end is None and start >= "2026-10-01":
            continue  # the newest grant has spent nothing yet
        first = max(datetime.date.fromisoformat(start), FIRST_DAY)
        last = min(datetime.date.fromisoformat(end), LAST_DAY) if end else LAST_DAY
        spent, target = 0.0, budget * rng.uniform(0.55, 0.97)
        while True:
            category, _, (low, high) = rng.choices(EXPENSE_CATEGORIES, [c[1] for c in EXPENSE_CATEGORIES])[0]
            amount = money(rng.uniform(low, high))
            if spent + amount > target:
                break
            spent += amount
            moment = random_moment(rng, first, last, hours=(8, 18))
            who = None if rng.random() < 0.3 else rng.choice(observers)[0]
            descr = None if rng.random() < 0.25 else f"{category} for {GRANTS[grant_id - 1][1].lower()}"
            rows.append((len(rows) + 1, grant_id, category, amount, iso(moment), who, descr))
    return rows


def build(con: Any) -> None:
    rng = random.Random(SEED)
    cur = con.cursor()
    create(cur, SCHEMA)
    sites = _sites(rng)
    observers = _observers(rng)
    taxa = _taxa()
    sightings = _sightings(rng, sites, observers, taxa)
    weather = _weather(rng, sites)
    equipment = _equipment(rng)
    checkouts = _checkouts(rng, equipment, observers)
    expenses = _expenses(rng, observers)
    experts = [o[0] for o in observers if o[3] == "expert"]
    grants = [(index, funder, title, budget, start, end, experts[index % len(experts)])
              for index, (funder, title, budget, start, end) in enumerate(GRANTS, 1)]  # fmt: skip
    insert(cur, "sites", ("site_id", "site_name", "region", "habitat", "lat", "lon", "elev_m", "est_dt"), sites)
    insert(cur, "observers", ("obs_id", "full_name", "affil", "cert_lvl", "joined_dt", "email"), observers)
    insert(cur, "taxa", ("taxon_id", "sci_name", "common_name", "rank", "parent_id", "iucn"), taxa)
    insert(cur, "sightings", ("id", "site_id", "obs_id", "taxon_id", "obs_ts", "qty", "method", "conf", "notes"),
           sightings)  # fmt: skip
    insert(cur, "wx_readings", ("id", "site_id", "read_ts", "temp_c", "precip_mm", "wind_kph", "cloud_pct"), weather)
    insert(cur, "equipment", ("equip_id", "kind", "serial_no", "cost_usd", "purchased_ts", "status"), equipment)
    insert(cur, "checkouts", ("id", "equip_id", "obs_id", "out_ts", "in_ts", "cond_in"), checkouts)
    insert(cur, "grants", ("grant_id", "funder", "title", "budget_amt", "start_dt", "end_dt", "pi_obs_id"), grants)
    insert(cur, "expenses", ("exp_id", "grant_id", "category", "amt", "spent_ts", "obs_id", "descr"), expenses)


SPECIES_OF = (
    "SELECT x.id, sp.common_name AS species, o.sci_name AS ord, c.common_name AS cls FROM sightings x "
    "JOIN taxa sp ON sp.taxon_id = x.taxon_id JOIN taxa g ON g.taxon_id = sp.parent_id "
    "JOIN taxa f ON f.taxon_id = g.parent_id JOIN taxa o ON o.taxon_id = f.parent_id "
    "JOIN taxa c ON c.taxon_id = o.parent_id"
)
SITE_OF = "FROM sightings x JOIN sites s ON s.site_id = x.site_id"
TAXON_OF = "FROM sightings x JOIN taxa t ON t.taxon_id = x.taxon_id"
IN_2025 = "BETWEEN '2025-01-01' AND '2025-12-31 23:59:59'"

QUESTIONS: list[Case] = [
    # -- plain and easy --------------------------------------------------------------------------------------
    Case("how many sites are there", "SELECT COUNT(*) FROM sites"),
    Case("how many sightings have been recorded?", "SELECT COUNT(*) FROM sightings"),
    Case("list the observers", "SELECT full_name FROM observers"),
    Case("how many species are in the taxonomy", "SELECT COUNT(*) FROM taxa WHERE rank = 'species'"),
    Case("whats the total budget across all grants", "SELECT SUM(budget_amt) FROM grants"),
    Case("avg temp across all weather readings", "SELECT AVG(temp_c) FROM wx_readings"),
    Case("how many camera traps do we own", "SELECT COUNT(*) FROM equipment WHERE kind = 'camera trap'"),
    Case("which sites are in the high plateau region", "SELECT site_name FROM sites WHERE region = 'High Plateau'"),
    Case("how many expert observers r there", "SELECT COUNT(*) FROM observers WHERE cert_lvl = 'expert'"),
    Case("what's the highest site", "SELECT site_name FROM sites ORDER BY elev_m DESC LIMIT 1"),
    Case("coldest temperature ever recorded?", "SELECT MIN(temp_c) FROM wx_readings"),
    Case("who funds our grants", "SELECT DISTINCT funder FROM grants"),
    Case("how much have we spent in total", "SELECT SUM(amt) FROM expenses"),
    Case("what's the email for tamsin mwangi", "SELECT email FROM observers WHERE full_name = 'Tamsin Mwangi'"),
    Case("whats the biggest flock ever counted in one sighting", "SELECT MAX(qty) FROM sightings"),
    # -- counts with filters, distinct counts ----------------------------------------------------------------
    Case("how many sightings came from camera traps", "SELECT COUNT(*) FROM sightings WHERE method = 'camera trap'"),
    Case("how many low confidence sightings are there", "SELECT COUNT(*) FROM sightings WHERE conf = 'low'"),
    Case("how many diffrent species have been seen at beaver pond",
         f"SELECT COUNT(DISTINCT x.taxon_id) {SITE_OF} WHERE s.site_name = 'Beaver Pond'"),
    Case("how many different observers logged something in 2025",
         f"SELECT COUNT(DISTINCT obs_id) FROM sightings WHERE obs_ts {IN_2025}"),
    Case("at how many distinct sites were bald eagles spotted",
         f"SELECT COUNT(DISTINCT x.site_id) {TAXON_OF} WHERE t.common_name = 'Bald Eagle'"),
    Case("how many species are listed as vulnerable or endangered",
         "SELECT COUNT(*) FROM taxa WHERE rank = 'species' AND iucn IN ('VU', 'EN')"),
    Case("how many sightings did kaia eriksen log",
         "SELECT COUNT(*) FROM sightings x JOIN observers o ON o.obs_id = x.obs_id WHERE o.full_name = 'Kaia Eriksen'"),
    # -- sum / avg / min / max -------------------------------------------------------------------------------
    Case("total number of canada geese counted", f"SELECT SUM(qty) {TAXON_OF} WHERE t.common_name = 'Canada Goose'"),
    Case("avg group size when elk are seen", f"SELECT AVG(qty) {TAXON_OF} WHERE t.common_name = 'Elk'"),
    Case("max wind speed recorded at windy saddle",
         "SELECT MAX(w.wind_kph) FROM wx_readings w JOIN sites s ON s.site_id = w.site_id "
         "WHERE s.site_name = 'Windy Saddle'"),
    Case("total rainfall at heron marsh in 2025",
         "SELECT SUM(w.precip_mm) FROM wx_readings w JOIN sites s ON s.site_id = w.site_id "
         f"WHERE s.site_name = 'Heron Marsh' AND w.read_ts {IN_2025}"),
    Case("what's the priciest piece of equipment", "SELECT serial_no FROM equipment ORDER BY cost_usd DESC LIMIT 1"),
    Case("average cost of a thermal scope", "SELECT AVG(cost_usd) FROM equipment WHERE kind = 'thermal scope'"),
    # -- top-N, bottom-N, first / latest -----------------------------------------------------------------------
    Case("top 5 most frequently seen species",
         f"SELECT t.common_name {TAXON_OF} GROUP BY t.taxon_id ORDER BY COUNT(*) DESC LIMIT 5"),
    Case("the 3 cheapest bits of equipment", "SELECT serial_no FROM equipment ORDER BY cost_usd LIMIT 3"),
    Case("top 3 observers by number of sightings",
         "SELECT o.full_name FROM sightings x JOIN observers o ON o.obs_id = x.obs_id "
         "GROUP BY o.obs_id ORDER BY COUNT(*) DESC LIMIT 3"),
    Case("5 most recent sightings", "SELECT obs_ts FROM sightings ORDER BY obs_ts DESC LIMIT 5"),
    Case("when was the first ever sighting recorded", "SELECT MIN(obs_ts) FROM sightings"),
    Case("last 3 equipment checkouts", "SELECT out_ts FROM checkouts ORDER BY out_ts DESC LIMIT 3"),
    Case("which site was set up most recently", "SELECT site_name FROM sites ORDER BY est_dt DESC LIMIT 1"),
    Case("the 5 coldest readings - when were they",
         "SELECT read_ts FROM wx_readings ORDER BY temp_c LIMIT 5"),
    # -- which Y has the most X ------------------------------------------------------------------------------
    Case("which site has had the most sightings",
         f"SELECT s.site_name {SITE_OF} GROUP BY s.site_id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("which grant has spent the most money",
         "SELECT g.title FROM expenses e JOIN grants g ON g.grant_id = e.grant_id "
         "GROUP BY g.grant_id ORDER BY SUM(e.amt) DESC LIMIT 1"),
    Case("who has checked out gear the most times",
         "SELECT o.full_name FROM checkouts c JOIN observers o ON o.obs_id = c.obs_id "
         "GROUP BY o.obs_id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("which region gets the most sightings",
         f"SELECT s.region {SITE_OF} GROUP BY s.region ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("which observer has counted the most individual animals",
         "SELECT o.full_name FROM sightings x JOIN observers o ON o.obs_id = x.obs_id "
         "GROUP BY o.obs_id ORDER BY SUM(x.qty) DESC LIMIT 1"),
    Case("what expense category costs us the most",
         "SELECT category FROM expenses GROUP BY category ORDER BY SUM(amt) DESC LIMIT 1"),
    Case("which funder has given us the most money overall",
         "SELECT funder FROM grants GROUP BY funder ORDER BY SUM(budget_amt) DESC LIMIT 1"),
    Case("where have bald eagles been seen most often",
         f"SELECT s.site_name {SITE_OF} JOIN taxa t ON t.taxon_id = x.taxon_id WHERE t.common_name = 'Bald Eagle' "
         "GROUP BY s.site_id ORDER BY COUNT(*) DESC LIMIT 1"),
    # -- per-group breakdowns -------------------------------------------------------------------------------------
    Case("sightings per method", "SELECT method, COUNT(*) FROM sightings GROUP BY method"),
    Case("number of sites per habitat type", "SELECT habitat, COUNT(*) FROM sites GROUP BY habitat"),
    Case("total spend by category", "SELECT category, SUM(amt) FROM expenses GROUP BY category"),
    Case("month by month sightings in 2025",
         f"SELECT strftime('%Y-%m', obs_ts), COUNT(*) FROM sightings WHERE obs_ts {IN_2025} GROUP BY 1"),
    Case("how many sightings each year", "SELECT strftime('%Y', obs_ts), COUNT(*) FROM sightings GROUP BY 1"),
    Case("average temperature for each region",
         "SELECT s.region, AVG(w.temp_c) FROM wx_readings w JOIN sites s ON s.site_id = w.site_id GROUP BY s.region"),
    Case("equipment count broken down by kind", "SELECT kind, COUNT(*) FROM equipment GROUP BY kind"),
    Case("avg checkout length in days for each kind of equipment",
         "SELECT e.kind, AVG(julianday(c.in_ts) - julianday(c.out_ts)) FROM checkouts c "
         "JOIN equipment e ON e.equip_id = c.equip_id WHERE c.in_ts IS NOT NULL GROUP BY e.kind"),
    Case("how many sightings of birds, mammals and amphibians",
         f"SELECT cls, COUNT(*) FROM ({SPECIES_OF}) GROUP BY cls"),
    # -- per-group counts keeping the zeros -------------------------------------------------------------------------
    Case("sightings for every site, including sites with none",
         "SELECT s.site_name, COUNT(x.id) FROM sites s LEFT JOIN sightings x ON x.site_id = s.site_id "
         "GROUP BY s.site_id"),
    Case("how much has each grant spent so far? show 0 for grants with no expenses",
         "SELECT g.title, COALESCE(SUM(e.amt), 0) FROM grants g LEFT JOIN expenses e ON e.grant_id = g.grant_id "
         "GROUP BY g.grant_id"),
    Case("number of checkouts for each observer, zero included",
         "SELECT o.full_name, COUNT(c.id) FROM observers o LEFT JOIN checkouts c ON c.obs_id = o.obs_id "
         "GROUP BY o.obs_id"),
    # -- anti-joins ----------------------------------------------------------------------------------------------------
    Case("sites that have never had a sighting",
         "SELECT site_name FROM sites s WHERE NOT EXISTS (SELECT 1 FROM sightings x WHERE x.site_id = s.site_id)"),
    Case("which species have never been spotted",
         "SELECT common_name FROM taxa t WHERE rank = 'species' "
         "AND NOT EXISTS (SELECT 1 FROM sightings x WHERE x.taxon_id = t.taxon_id)"),
    Case("observers who haven't recorded any sightings",
         "SELECT full_name FROM observers o WHERE NOT EXISTS (SELECT 1 FROM sightings x WHERE x.obs_id = o.obs_id)"),
    Case("how many pieces of equipment have never been checked out",
         "SELECT COUNT(*) FROM equipment e WHERE NOT EXISTS (SELECT 1 FROM checkouts c WHERE c.equip_id = e.equip_id)"),
    Case("observers who never borrowed any equipment",
         "SELECT full_name FROM observers o WHERE NOT EXISTS (SELECT 1 FROM checkouts c WHERE c.obs_id = o.obs_id)"),
    # -- ratios, comparisons with the average ----------------------------------------------------------------
    Case("what percentage of sightings are high confidence",
         "SELECT 100.0 * SUM(conf = 'high') / COUNT(*) FROM sightings"),
    Case("what share of the total grant budget has been spent",
         "SELECT (SELECT SUM(amt) FROM expenses) / (SELECT SUM(budget_amt) FROM grants)"),
    Case("proportion of sightings that were audio only", "SELECT AVG(method = 'audio') FROM sightings"),
    Case("sites with an elevation above average",
         "SELECT site_name FROM sites WHERE elev_m > (SELECT AVG(elev_m) FROM sites)"),
    Case("how many expenses were bigger than the average expense",
         "SELECT COUNT(*) FROM expenses WHERE amt > (SELECT AVG(amt) FROM expenses)"),
    Case("which grants have a bigger budget than average",
         "SELECT title FROM grants WHERE budget_amt > (SELECT AVG(budget_amt) FROM grants)"),
    # -- self-reference --------------------------------------------------------------------------------------
    Case("what genus does the barred owl belong to",
         "SELECT p.sci_name FROM taxa t JOIN taxa p ON p.taxon_id = t.parent_id WHERE t.common_name = 'Barred Owl'"),
    Case("list the familes under the order carnivora",
         "SELECT t.sci_name FROM taxa t JOIN taxa p ON p.taxon_id = t.parent_id "
         "WHERE p.sci_name = 'Carnivora' AND t.rank = 'family'"),
    Case("how many species are in the family anatidae",
         "WITH RECURSIVE under(taxon_id) AS (SELECT taxon_id FROM taxa WHERE sci_name = 'Anatidae' "
         "UNION ALL SELECT t.taxon_id FROM taxa t JOIN under u ON t.parent_id = u.taxon_id) "
         "SELECT COUNT(*) FROM taxa WHERE rank = 'species' AND taxon_id IN (SELECT taxon_id FROM under)"),
    Case("which species fall under strigiformes",
         "WITH RECURSIVE under(taxon_id) AS (SELECT taxon_id FROM taxa WHERE sci_name = 'Strigiformes' "
         "UNION ALL SELECT t.taxon_id FROM taxa t JOIN under u ON t.parent_id = u.taxon_id) "
         "SELECT common_name FROM taxa WHERE rank = 'species' AND taxon_id IN (SELECT taxon_id FROM under)"),
    Case("how many orders of mammals are in the taxonomy",
         "SELECT COUNT(*) FROM taxa t JOIN taxa p ON p.taxon_id = t.parent_id "
         "WHERE p.sci_name = 'Mammalia' AND t.rank = 'order'"),
    # -- yes / no --------------------------------------------------------------------------------------------
    Case("were there more sightings in 2025 than in 2024?",
         f"SELECT (SELECT COUNT(*) FROM sightings WHERE obs_ts {IN_2025}) > "
         "(SELECT COUNT(*) FROM sightings WHERE obs_ts BETWEEN '2024-01-01' AND '2024-12-31 23:59:59')"),
    Case("is the bat acoustic survey over budget?",
         "SELECT (SELECT SUM(e.amt) FROM expenses e WHERE e.grant_id = g.grant_id) > g.budget_amt "
         "FROM grants g WHERE g.title = 'Bat acoustic survey'"),
    Case("has anyone seen a spotted owl at pine hollow",
         f"SELECT EXISTS (SELECT 1 {SITE_OF} JOIN taxa t ON t.taxon_id = x.taxon_id "
         "WHERE t.common_name = 'Spotted Owl' AND s.site_name = 'Pine Hollow')"),
    Case("do we have more binoculars than gps units",
         "SELECT (SELECT COUNT(*) FROM equipment WHERE kind = 'binoculars') > "
         "(SELECT COUNT(*) FROM equipment WHERE kind = 'GPS unit')"),
    # -- HAVING ----------------------------------------------------------------------------------------------
    Case("species seen more than 200 times",
         f"SELECT t.common_name {TAXON_OF} GROUP BY t.taxon_id HAVING COUNT(*) > 200"),
    Case("observers with over 150 sightings",
         "SELECT o.full_name FROM sightings x JOIN observers o ON o.obs_id = x.obs_id "
         "GROUP BY o.obs_id HAVING COUNT(*) > 150"),
    Case("grants with more than 100 expense entries",
         "SELECT g.title FROM expenses e JOIN grants g ON g.grant_id = e.grant_id "
         "GROUP BY g.grant_id HAVING COUNT(*) > 100"),
    Case("sites averaging more than 10 degrees",
         "SELECT s.site_name FROM wx_readings w JOIN sites s ON s.site_id = w.site_id "
         "GROUP BY s.site_id HAVING AVG(w.temp_c) > 10"),
    # -- date ranges -----------------------------------------------------------------------------------------
    Case("how many sightings in march 2024",
         "SELECT COUNT(*) FROM sightings WHERE obs_ts BETWEEN '2024-03-01' AND '2024-03-31 23:59:59'"),
    Case("number of sightings last year", f"SELECT COUNT(*) FROM sightings WHERE obs_ts {IN_2025}"),
    Case("how much did we spend since june", "SELECT SUM(amt) FROM expenses WHERE spent_ts >= '2026-06-01'"),
    Case("sightings in Q3 2025",
         "SELECT COUNT(*) FROM sightings WHERE obs_ts BETWEEN '2025-07-01' AND '2025-09-30 23:59:59'"),
    Case("how many checkouts happened before 2024", "SELECT COUNT(*) FROM checkouts WHERE out_ts < '2024-01-01'"),
    Case("how many wx readings were taken last month",
         "SELECT COUNT(*) FROM wx_readings WHERE read_ts BETWEEN '2026-10-01' AND '2026-10-31 23:59:59'"),
    Case("how many observers joined in 2025",
         "SELECT COUNT(*) FROM observers WHERE joined_dt BETWEEN '2025-01-01' AND '2025-12-31'"),
    # -- NULLs -----------------------------------------------------------------------------------------------
    Case("which observers dont have an email on file", "SELECT full_name FROM observers WHERE email IS NULL"),
    Case("which grants have no end date", "SELECT title FROM grants WHERE end_dt IS NULL"),
    Case("which equipment is checked out right now (serial numbers)",
         "SELECT e.serial_no FROM checkouts c JOIN equipment e ON e.equip_id = c.equip_id WHERE c.in_ts IS NULL"),
    Case("how many sightings have no confidence rating", "SELECT COUNT(*) FROM sightings WHERE conf IS NULL"),
    Case("sites with no elevation recorded", "SELECT site_name FROM sites WHERE elev_m IS NULL"),
    # -- composed --------------------------------------------------------------------------------------------
    Case("in the coastline region, the 5 species with the biggest total count",
         f"SELECT t.common_name {SITE_OF} JOIN taxa t ON t.taxon_id = x.taxon_id WHERE s.region = 'Coastline' "
         "GROUP BY t.taxon_id ORDER BY SUM(x.qty) DESC LIMIT 5"),
    Case("which month of 2025 had the most rain",
         f"SELECT strftime('%Y-%m', read_ts) FROM wx_readings WHERE read_ts {IN_2025} "
         "GROUP BY 1 ORDER BY SUM(precip_mm) DESC LIMIT 1"),
    Case("among trainees who has logged the most sightings",
         "SELECT o.full_name FROM sightings x JOIN observers o ON o.obs_id = x.obs_id WHERE o.cert_lvl = 'trainee' "
         "GROUP BY o.obs_id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("which grant spent the most on travel",
         "SELECT g.title FROM expenses e JOIN grants g ON g.grant_id = e.grant_id WHERE e.category = 'travel' "
         "GROUP BY g.grant_id ORDER BY SUM(e.amt) DESC LIMIT 1"),
    # -- should refuse ---------------------------------------------------------------------------------------
    Case("what will the weather be at heron marsh next week", None),
    Case("which bird is the prettiest", None),
    Case("how many wolves live in the state", None),
    Case("what's piotr greaves's phone number", None),
    Case("how much does a tank of gas cost these days", None),
    Case("why are little brown bats endangered", None),
    Case("predict how many sanderlings we'll count next september", None),
    Case("what's dario ashdown's salary", None),
    Case("what is the average lifespan of an elk", None),
    Case("which observer is the nicest person to work with", None),
    Case("send an email to all the trainees", None),
    Case("what's the air quality index at sage bench", None),
]
