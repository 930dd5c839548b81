"""The general English of analytics questions, with no table or column of any schema in it.

Three kinds of knowledge, all data:
- CUES: words that say what is asked (count, total, the highest, per, before, not ...), as (kind, cue).
- KINDRED: groups of words that name the same thing ("staff", "employees", "personnel"): when one of them is
  a table or column name, the others point at it too. A thesaurus, not a map of anybody's tables.
- ROLES: words that name what a column does rather than what it is called (money, pay, a moment, a birth,
  a lifecycle start, a size, a person's name), with the name parts that give a column that role.
"""

from __future__ import annotations

__all__ = [
    "ABBREVIATIONS",
    "ACTIVITY",
    "COUNTRY_NAMES",
    "CUES",
    "DAYS_OF_WEEK",
    "DEMONYMS",
    "ENDINGS",
    "HAVING_VERBS",
    "IRREGULAR_PARTICIPLES",
    "KINDRED",
    "KINDRED_FALLBACKS",
    "KINDRED_NAMES",
    "LIFECYCLE_VERBS",
    "LINKING_VERBS",
    "MONTHS",
    "NUMBER_WORDS",
    "PEOPLE_NOUNS",
    "PERSON_NAME_PARTS",
    "ROLE_PARTS",
    "ROLE_SYNONYMS",
    "ROLE_WORDS",
    "STATES",
    "STOPWORDS",
    "SUMMED",
]

NUMBER_WORDS = {word: n for n, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())} | {
    "twenty": 20, "fifty": 50, "hundred": 100, "dozen": 12, "a dozen": 12}
MONTHS = {word: n for n, word in enumerate(
    "january february march april may june july august september october november december".split(), start=1)}
MONTHS |= {word[:3]: n for word, n in MONTHS.items()} | {"sept": 9}
del MONTHS["may"]  # "may" is a verb far more often than a month: the full name is matched as a phrase instead

# Abbreviations and informal spellings, rewritten before anything else reads the words.
ABBREVIATIONS: dict[str, str] = {
    "dept": "department", "depts": "departments", "qty": "quantity", "qtys": "quantities", "amt": "amount",
    "avg": "average", "num": "number", "nr": "number", "no.": "number", "cust": "customer", "custs": "customers",
    "emp": "employee", "emps": "employees", "mgr": "manager", "mgrs": "managers", "addr": "address",
    "tel": "phone", "yr": "year", "yrs": "years", "mo": "month", "mos": "months", "mth": "month",
    "mths": "months", "cat": "category", "cats": "categories", "prod": "product", "prods": "products",
    "inv": "invoice", "invs": "invoices", "txn": "transaction", "txns": "transactions", "pct": "percent",
    "percentage": "percent", "tot": "total", "ttl": "total", "max": "maximum", "min": "minimum",
    "info": "information", "desc": "descending", "asc": "ascending", "w/o": "without", "w/": "with",
    "thru": "through", "hrs": "hours", "hr": "hour", "mins": "minutes", "secs": "seconds", "ppl": "people",
    "pls": "please", "plz": "please", "r": "are", "whats": "what", "hows": "how",
    "atleast": "at least", "atmost": "at most", "whos": "who", "wheres": "where", "thats": "that",
    "theres": "there", "dont": "do not", "didnt": "did not",
    "doesnt": "does not", "havent": "have not", "hasnt": "has not", "wasnt": "was not", "werent": "were not",
    "isnt": "is not", "arent": "are not", "cant": "can not", "cannot": "can not", "wont": "will not",
    "alot": "a lot", "bday": "birthday", "bdays": "birthdays", "dob": "birth date",
    # what people type in a hurry
    "hw": "how", "u": "you", "ur": "your", "incl": "including", "b4": "before",
    "yday": "yesterday", "tmrw": "tomorrow", "wk": "week", "wks": "weeks", "whove": "who have",
    "weve": "we have", "ive": "i have", "theyve": "they have", "rn": "",  # "right now": said of every question
}

# Country names people shorten; used only when the long name is a value in the catalog.
COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "usa": ("united states", "united states of america", "usa"), "us": ("united states", "usa"),
    "america": ("united states", "usa"), "uk": ("united kingdom", "uk"), "britain": ("united kingdom", "uk"),
    "great britain": ("united kingdom", "uk"), "england": ("united kingdom", "england"),
    "uae": ("united arab emirates",), "nz": ("new zealand",), "holland": ("netherlands",),
    "the netherlands": ("netherlands",), "czechia": ("czech republic",), "south korea": ("korea",),
}

# What people of a country are called, for "japanese guests" where a country column says "Japan".
DEMONYMS: dict[str, str] = {
    "american": "united states", "british": "united kingdom", "english": "england", "scottish": "scotland",
    "welsh": "wales", "irish": "ireland", "french": "france", "german": "germany", "italian": "italy",
    "spanish": "spain", "portuguese": "portugal", "dutch": "netherlands", "belgian": "belgium",
    "swiss": "switzerland", "austrian": "austria", "swedish": "sweden", "norwegian": "norway", "danish": "denmark",
    "finnish": "finland", "polish": "poland", "czech": "czech republic", "hungarian": "hungary",
    "greek": "greece", "turkish": "turkey", "russian": "russia", "ukrainian": "ukraine", "japanese": "japan",
    "chinese": "china", "korean": "korea", "indian": "india", "pakistani": "pakistan", "thai": "thailand",
    "vietnamese": "vietnam", "indonesian": "indonesia", "filipino": "philippines", "australian": "australia",
    "canadian": "canada", "mexican": "mexico", "brazilian": "brazil", "argentinian": "argentina",
    "argentine": "argentina", "chilean": "chile", "colombian": "colombia", "peruvian": "peru",
    "egyptian": "egypt", "nigerian": "nigeria", "kenyan": "kenya", "moroccan": "morocco", "israeli": "israel",
    "south african": "south africa", "new zealander": "new zealand", "kiwi": "new zealand",
}

# Adverbs that change nothing a table can answer: dropped before phrases are matched ("report directly to").
FILLERS = frozenset(tuple(phrase.split()) for phrase in (
    "directly", "really", "actually", "basically", "literally", "even", "currently", "presently", "on file",
    "on record", "on the books", "on our books", "in the catalogue", "in the catalog", "in our catalogue",
    "in our catalog", "in the system", "in the database", "in our database", "of all time", "so far", "to date",
    "at all", "among", "amongst", "right now", "in the collection", "in our collection",
    # "the branches and the city each one is in": the city of each, said as a clause
    "each one is in", "each is in", "each one is located in", "each is located in", "each one belongs to",
    "each belongs to",
    # partitives: "the priciest piece of equipment" is the priciest equipment
    "piece of", "pieces of", "bit of", "bits of",
    # "the total budget across all grants": one total over every row, not one per row
    "across all", "over all", "across every", "across the whole", "over the whole"))

# Words that carry no meaning of their own for the query (read, not matched).
STOPWORDS = frozenset("""
a an the of is are was were be been being do does did has have had what which show me list give get find
display tell please can could would will should you i we our my all any there their them they it its to for from
with and or that this these those on at as named called whose whom who by into about
one ones much many rows row records record entries entry data table tables info information details
just only also so than then such same like us let see want know need other kind sort type
currently current now ever still already yet again ok okay hey hi hello thanks thank
how where got get gets getting here
live lives living lived came come comes make made makes work works working worked belong belongs
contain contains located based single ones been being ago actually really exactly roughly approximately
some stuff things thing lot lots bunch overall across within happen happened having anything something anyone
someone anybody somebody ever very directly up really currently presently listed recorded registered
via through worth
""".split()) - {"most"}

# Words that point at a whole kind of thing. When any word of a group is a table's name, every word of the group
# means that table (a column's name is no kind of thing: an "item" column is not the products).
# A phrase of several words is written with "_" ("staff_member").
KINDRED: tuple[frozenset[str], ...] = tuple(frozenset(word.replace("_", " ") for word in group.split())
                                                    for group in (
    "employee employees staff staffer staffers worker workers personnel colleague colleagues people "
    "person everyone everybody workforce staff_member staff_members team_member team_members rep reps "
    "representative representatives sales_rep sales_reps salesperson salespeople member_of_staff "
    "members_of_staff",
    "customer customers client clients buyer buyers shopper shoppers patron patrons consumer consumers",
    "product products item items goods merchandise article articles sku skus stock",
    "order orders purchase purchases",
    "supplier suppliers vendor vendors provider providers",
    "member members reader readers borrower borrowers subscriber subscribers",
    "author authors writer writers novelist novelists",
    "book books novel novels",
    "song songs track tracks tune tunes",
    "film films movie movies picture pictures",
    "actor actors actress actresses performer performers",
    "artist artists band bands musician musicians singer singers",
    "invoice invoices bill bills",
    "payment payments",
    "rental rentals hire hires",
    "shipper shippers carrier carriers courier couriers",
    "patient patients",
    "inventory inventories copy copies",
    "appointment appointments visit visits consultation consultations",
    "doctor doctors physician physicians",
    "student students pupil pupils kid kids",
    "teacher teachers instructor instructors tutor tutors trainer trainers",
    "course courses",
    "store stores shop shops branch branches outlet outlets",
    "ticket tickets case cases",
    "event events",
    "company companies firm firms business businesses",
))

# Names of attributes: a word of a group also names the column called by another ("wage" the salary).
# Narrower kindred nouns that stand for a broader group's table where no table of their own is named: a
# library's or a club's members, readers and subscribers are the customers it keeps.
KINDRED_FALLBACKS: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (frozenset("member members reader readers borrower borrowers subscriber subscribers".split()),
     frozenset("customer customers client clients patron patrons".split())),
)

KINDRED_NAMES: tuple[frozenset[str], ...] = tuple(frozenset(word.replace("_", " ") for word in group.split())
                                                          for group in (
    "category categories kind kinds type types class classes section sections",
    "genre genres style styles",
    "department departments dept depts division divisions",
    "city cities town towns",
    "country countries nation nations",
    "state states province provinces region regions",
    "title titles job jobs position positions role roles job_title job_titles",
    "salary salaries wage wages pay",
    "price prices cost costs",
    "quantity quantities units unit qty",
    "status statuses state",
    "email emails mail",
    "phone phones telephone",
    "birthday birthdays birthdate birthdates",
    "rating ratings score scores stars star",
    "grade grades mark marks",
    "address addresses",
    "manager managers boss bosses supervisor supervisors lead leads",
))

# What a column does, from the parts of its name (split at "_" and camelCase).
ROLE_PARTS: dict[str, frozenset[str]] = {
    "money": frozenset("amount total price cost fee fees revenue sales subtotal payment charge charges balance "
                       "value salary wage wages pay income budget paid billed freight shipping postage tax tip "
                       "deposit rent fare toll commission bonus spend spent".split()),
    "pay": frozenset("salary salaries wage wages pay compensation earnings income rate".split()),
    "birth": frozenset("birth born dob birthday birthdate".split()),
    "lifecycle": frozenset("joined join signed signup registered registration created creation hired hire start "
                           "started since enrolled enrollment enrolment opened onboarded member first".split()),
    "size": frozenset("pages length duration size words minutes milliseconds seconds runtime bytes weight "
                      "capacity height width distance hours nights".split()),
    "weight": frozenset("weight mass kg kgs lb lbs grams".split()),
    "height": frozenset("height elevation altitude elev".split()),
    "temperature": frozenset("temperature temp temperatures celsius fahrenheit degrees".split()),
    "quantity": frozenset("quantity quantities qty units count".split()),
    "name": frozenset("name title label".split()),
    "first": frozenset("first given forename".split()),
    "last": frozenset("last surname family".split()),
}

# Words of a question that ask for a role, whatever the column is called.
ROLE_WORDS: dict[str, str] = {
    **dict.fromkeys("revenue sales turnover takings spend spent spending money billed invoiced charged "
                    "dollars bucks receipts proceeds collected takings owe owes owed owing".split(), "money"),
    **dict.fromkeys("charge charges cost costs price prices fee fees amount amounts value".split(), "price"),
    **dict.fromkeys(["paid us", "pays us", "paid to us", "pay us"], "money"),  # a customer's money, not a wage
    **dict.fromkeys(["bring in", "brings in", "brought in", "bringing in", "grossing", "gross", "generate",
                     "generated", "generates"], "money"),
    **dict.fromkeys(["salary bill", "wage bill", "pay bill", "salary costs", "staff costs"], "pay"),
    **dict.fromkeys("earnings earn earns earning earned paid income wage wages pay compensation payroll "
                    "salaries salary".split(), "pay"),
    **dict.fromkeys("birthday birthdays born birth age".split(), "birth"),
    **dict.fromkeys(["length", "lengths", "duration", "durations", "runtime", "running time", "run time",
                     "playing time", "play time"], "size"),
    **dict.fromkeys("weight weights heavy mass".split(), "weight"),
}

# Past participles not made with -ed: real words, never typos ("lost" is not "last"), and a column named by
# one counts what was done (made, sold).
IRREGULAR_PARTICIPLES = frozenset("""
made sold done given taken won lost spent bought built grown sent kept seen run written read caught thrown
""".split())

# Verbs of an entity's first moment: they mean its lifecycle date (and the verb's own column, if it has one).
LIFECYCLE_VERBS = frozenset("""
joined join joining signed registered register enrolled enroll created hired hire started start onboarded
subscribed became added
""".split())

# Verbs that say how two things are linked ("customers who bought …", "agents who handled …"): general
# English, never corrected as typos, read as the join between the two things they link.
LINKING_VERBS = frozenset("""
buy bought purchase order ordered place placed make made handle handled write wrote written sell sold rent
rented borrow borrowed book booked attend attended take took taken teach taught serve served ship shipped supply
supplied play played listen listened watch watched visit visited treat treated manage managed own owned use used
hold held receive received send sent pay paid spend spent create created assign assigned process processed
submit submitted open opened register registered enrol enroll enrolled join joined belong belonged contain
contained include included feature featured star starred appear appeared record recorded release released
perform performed compose composed direct directed produce produced publish published host hosted organise
organize organised organized lead led run ran drive drove fly flew deliver delivered review reviewed rate rated
post posted like liked follow followed subscribe subscribed download downloaded stream streamed acquire acquired
sign signed employ employed hire hired report reported prescribe prescribed see saw seen meet met call called
contact contacted answer answered resolve resolved fix fixed log logged raise raised file filed issue issued
bill billed invoice invoiced charge charged lend lent loan loaned check checked read visit taken go went do did
get got give gave cover covered sing sang sung appear go carry carried carries transport transported
handle handles look looked treat see sees visit visits stay stayed stays log logs done driven drive drives
""".split())

# Verbs of simply having things: "how many teachers do we employ" asks how many there are.
HAVING_VERBS = frozenset("employ employs have has hold holds keep keeps stock stocks carry carries run runs own owns "
                         "host hosts offer offers list lists use used consume consumed burn burned".split())

# Verbs of a row's own first moment: "orders placed in 2024" means the order date, whatever else is dated.
CREATION_VERBS = frozenset("""
placed made created opened submitted issued raised filed logged started booked registered signed joined hired
ordered written published released recorded received added listed
""".split())

# Words for where a row is in its life, when no status column says it: "open tasks" have no completion date
# yet, "done tasks" have one. Read against the entity's one date of an ending (completed_at, closed_on, ...).
STATES: dict[str, str] = {
    **dict.fromkeys("open pending outstanding unfinished incomplete ongoing unresolved unclosed unfulfilled "
                    "unshipped undelivered unreturned".split(), "open"),
    **dict.fromkeys("done finished complete completed closed resolved ended fulfilled".split(), "done"),
    "late": "late", "overdue": "overdue",
}
# The roots of verbs that end a row's life: its date of ending is named with one of them.
ENDINGS = ("complet", "finish", "clos", "resolv", "end", "done", "return", "ship", "deliver", "fulfil", "settl",
           "check out", "checkout", "paid", "left", "cancel")

# Units of time a question may count in, in seconds.
TIME_UNITS = {"millisecond": 0.001, "milliseconds": 0.001, "ms": 0.001, "second": 1.0, "seconds": 1.0,
              "secs": 1.0, "sec": 1.0, "minute": 60.0, "minutes": 60.0, "mins": 60.0, "min": 60.0,
              "hour": 3600.0, "hours": 3600.0, "hrs": 3600.0, "day": 86400.0, "days": 86400.0}

# Words that mean money added up ("what was the revenue last year?" is a sum without saying so).
SUMMED = frozenset({"revenue", "sales", "turnover", "spending", "spent", "takings", "spend", "income", "money",
                    "owe", "owes", "owed", "owing",
                    "payroll", "bring in", "brings in", "brought in", "grossing", "gross", "take", "took", "make",
                    "made", "makes", "generated", "generate", "generates", "proceeds", "receipts", "invoiced",
                    "billed", "salary bill", "wage bill", "pay bill", "salary costs", "staff costs"})

# Counting related rows: "the busiest", "most active", "the most popular".
ACTIVITY = frozenset("busiest active popular frequent prolific loyal productive bestselling".split())

# Cue phrases: what the question asks for, as (kind, cue). Multi-word phrases are matched first.
CUES: dict[str, tuple[str, str]] = {
    # counting
    "how many": ("agg", "count"), "how many times": ("agg", "count"), "how often": ("agg", "count"),
    "number of times": ("agg", "count"), "number of": ("agg", "count"), "count": ("agg", "count"),
    "count of": ("agg", "count"), "headcount": ("agg", "count"), "total number of": ("agg", "sum"),
    "how much": ("agg", "sum"), "tally": ("agg", "count"), "amount of": ("agg", "count?"),
    # sums and averages
    "total": ("agg", "sum"), "totals": ("agg", "sum"), "sum": ("agg", "sum"), "sum of": ("agg", "sum"),
    "combined": ("agg", "sum"), "altogether": ("agg", "sum"), "in total": ("agg", "sum"), "add up": ("agg", "sum"),
    "overall": ("agg", "sum?"),
    "average": ("agg", "avg"), "mean": ("agg", "avg"), "typical": ("agg", "avg"), "on average": ("agg", "avg"),
    # extremes
    "highest": ("best", "max"), "maximum": ("best", "max"), "largest": ("best", "max"), "biggest": ("best", "max"),
    "greatest": ("best", "max"), "most": ("best", "max"), "top": ("best", "max"), "best": ("best", "max"),
    "longest": ("best", "max:size"), "heaviest": ("best", "max:weight"), "lightest": ("best", "min:weight"),
    # warmth means something only where a column is a temperature; elsewhere these words are refused
    "coldest": ("best", "min:temperature"), "hottest": ("best", "max:temperature"),
    "warmest": ("best", "max:temperature"), "coolest": ("best", "min:temperature"),
    "highest paid": ("best", "max:pay"), "best paid": ("best", "max:pay"),
    "lowest": ("best", "min"), "minimum": ("best", "min"), "smallest": ("best", "min"), "least": ("best", "min"),
    "fewest": ("best", "min"), "shortest": ("best", "min:size"), "lowest paid": ("best", "min:pay"),
    "worst paid": ("best", "min:pay"), "worst": ("best", "min"),
    "most expensive": ("best", "max:money"), "priciest": ("best", "max:money"), "dearest": ("best", "max:money"),
    "cheapest": ("best", "min:money"), "least expensive": ("best", "min:money"),
    "oldest": ("best", "min:birth"), "youngest": ("best", "max:birth"),
    "newest": ("best", "max:lifecycle"), "latest": ("best", "max:date"), "most recent": ("best", "max:date"),
    "most recently": ("best", "max:date"), "earliest": ("best", "min:date"),
    "longest serving": ("best", "min:lifecycle"),
    "first": ("best", "min:date"), "last": ("best", "max:date"), "next": ("next", ""), "upcoming": ("next", ""),
    "highest earning": ("best", "max:pay"), "top earning": ("best", "max:pay"), "earners": ("best", "max:pay"),
    "top earners": ("best", "max:pay"), "most popular": ("best", "max:activity"), "busiest": ("best", "max:activity"),
    "most active": ("best", "max:activity"), "least active": ("best", "min:activity"),
    "least popular": ("best", "min:activity"), "best selling": ("best", "max:activity"),
    "top selling": ("best", "max:activity"), "bestselling": ("best", "max:activity"),
    "most frequent": ("best", "max:activity"), "most prolific": ("best", "max:activity"),
    "most common": ("best", "max:activity"), "least common": ("best", "min:activity"),
    "most often": ("best", "max:activity"), "most frequently": ("best", "max:activity"),
    "least often": ("best", "min:activity"), "least frequently": ("best", "min:activity"),
    "least frequent": ("best", "min:activity"), "commonest": ("best", "max:activity"),
    # order
    "most recent first": ("dir", "desc:date"), "latest first": ("dir", "desc:date"),
    "newest first": ("dir", "desc:date"), "oldest first": ("dir", "asc:date"), "earliest first": ("dir", "asc:date"),
    "most first": ("dir", "desc"), "least first": ("dir", "asc"), "highest first": ("dir", "desc"),
    "lowest first": ("dir", "asc"), "most expensive first": ("dir", "desc:money"),
    "cheapest first": ("dir", "asc:money"), "biggest first": ("dir", "desc"), "smallest first": ("dir", "asc"),
    "largest first": ("dir", "desc"), "descending": ("dir", "desc"), "ascending": ("dir", "asc"),
    "in descending order": ("dir", "desc"), "in ascending order": ("dir", "asc"),
    "high to low": ("dir", "desc"), "low to high": ("dir", "asc"),
    "sorted by": ("order", ""), "ordered by": ("order", ""), "order by": ("order", ""), "sort by": ("order", ""),
    "sorted": ("order", ""), "ordered": ("order?", ""), "alphabetically": ("order", "alpha"),
    "in alphabetical order": ("order", "alpha"), "alphabetical": ("order", "alpha"), "ranked by": ("order", ""),
    # comparisons
    "more than": ("cmp", ">"), "over": ("cmp", ">"), "above": ("cmp", ">"), "greater than": ("cmp", ">"),
    "higher than": ("cmp", ">"), "exceeding": ("cmp", ">"), "bigger than": ("cmp", ">"), "larger than": ("cmp", ">"),
    "longer than": ("cmp", ">:size"), "shorter than": ("cmp", "<:size"),
    "heavier than": ("cmp", ">:weight"), "lighter than": ("cmp", "<:weight"),
    "older than": ("cmp", ">:age"), "younger than": ("cmp", "<:age"), "or older": ("cmp", ">=post:age"),
    "or younger": ("cmp", "<=post:age"), "years old": ("ageunit", ""),
    "year old": ("ageunit", ""), "yrs old": ("ageunit", ""), "years of age": ("ageunit", ""),
    "aged": ("aged", ""), "how old": ("howold", ""), "how long": ("howlong", ""),
    "on time": ("state", "ontime"), "in time": ("state", "ontime"), "past due": ("state", "overdue"),
    "more expensive than": ("cmp", ">:money"), "pricier than": ("cmp", ">:money"),
    "cheaper than": ("cmp", "<:money"), "less than": ("cmp", "<"), "under": ("cmp", "<"), "below": ("cmp", "<"),
    "fewer than": ("cmp", "<"), "lower than": ("cmp", "<"), "smaller than": ("cmp", "<"),
    "at least": ("cmp", ">="), "no less than": ("cmp", ">="), "or more": ("cmp", ">=post"),
    "at most": ("cmp", "<="), "no more than": ("cmp", "<="), "up to": ("cmp", "<="), "or less": ("cmp", "<=post"),
    "or fewer": ("cmp", "<=post"), "exactly": ("cmp", "="), "equal to": ("cmp", "="), "between": ("cmp", "between"),
    "above average": ("vsavg", ">"), "above the average": ("vsavg", ">"), "more than average": ("vsavg", ">"),
    "more than the average": ("vsavg", ">"), "higher than average": ("vsavg", ">"),
    "higher than the average": ("vsavg", ">"), "below average": ("vsavg", "<"), "below the average": ("vsavg", "<"),
    "less than average": ("vsavg", "<"), "less than the average": ("vsavg", "<"),
    "lower than average": ("vsavg", "<"), "lower than the average": ("vsavg", "<"),
    "under average": ("vsavg", "<"), "better than average": ("vsavg", ">"), "worse than average": ("vsavg", "<"),
    "than average": ("vsavg", "?"),
    # time
    "before": ("when", "before"), "after": ("when", "after"), "since": ("when", "since"), "in": ("when", "in"),
    "during": ("when", "in"), "last year": ("year", "-1"), "this year": ("year", "0"), "previous year": ("year", "-1"),
    "past year": ("year", "-1"), "next year": ("year", "1"), "this month": ("monthrel", "0"),
    "last month": ("monthrel", "-1"), "previous month": ("monthrel", "-1"), "next month": ("monthrel", "1"),
    "today": ("dayrel", "0"), "yesterday": ("dayrel", "-1"), "this week": ("dayrel", "week0"),
    "last week": ("dayrel", "week-1"), "next week": ("dayrel", "week1"), "previous week": ("dayrel", "week-1"),
    "past week": ("dayrel", "week-1"),
    "per year": ("yearly", ""), "each year": ("yearly", ""), "by year": ("yearly", ""), "every year": ("yearly", ""),
    "yearly": ("yearly", ""), "annually": ("yearly", ""), "year by year": ("yearly", ""),
    "per month": ("monthly", ""), "each month": ("monthly", ""), "by month": ("monthly", ""),
    "every month": ("monthly", ""), "monthly": ("monthly", ""), "month by month": ("monthly", ""),
    "month over month": ("monthly", ""), "per quarter": ("quarterly", ""), "by quarter": ("quarterly", ""),
    "each quarter": ("quarterly", ""), "quarterly": ("quarterly", ""),
    "date": ("date", ""), "dates": ("date", ""), "when": ("date", ""), "what day": ("date", ""),
    "what year": ("date", ""), "year": ("date", ""), "time": ("date", ""),
    "what time": ("date", ""),
    # grouping
    "per": ("group", ""), "for each": ("group", ""), "for every": ("group", ""), "in each": ("group", ""),
    "each": ("group", ""), "every": ("group?", ""), "grouped by": ("group", ""), "broken down by": ("group", ""),
    "break down by": ("group", ""), "breakdown by": ("group", ""), "split by": ("group", ""),
    "grouped per": ("group", ""), "by": ("by", ""), "across": ("group", ""), "by each": ("group", ""),
    # shapes
    "different": ("distinct", ""), "distinct": ("distinct", ""), "unique": ("distinct", ""),
    "no": ("none", ""), "without a": ("none", ""), "without any": ("none", ""), "missing": ("none", ""),
    "negative": ("sign", "<"), "positive": ("sign", ">"),
    "not": ("not", ""), "without": ("not", ""), "never": ("never", ""), "nobody": ("never", ""),
    "none": ("never", ""), "zero": ("zero", ""),
    "who": ("who", ""), "whom": ("who", ""), "whose": ("who", ""), "why": ("why", ""), "how come": ("why", ""),
    "should": ("why", ""), "will": ("future", ""), "predict": ("future", ""), "forecast": ("future", ""),
    "empty": ("empty", ""), "coming up": ("next", ""), "soonest": ("next", ""),
    "is unknown": ("nullpost", ""), "are unknown": ("nullpost", ""), "is missing": ("nullpost", ""),
    "are missing": ("nullpost", ""), "is blank": ("nullpost", ""), "is empty": ("nullpost", ""),
    "is not recorded": ("nullpost", ""), "not recorded": ("nullpost", ""), "is null": ("nullpost", ""),
    "not known": ("nullpost", ""), "is not known": ("nullpost", ""), "unknown": ("nullpost", ""),
    "bottom": ("bottom", ""),
    "with their": ("their", ""), "and their": ("their", ""), "along with": ("their", ""),
    "together with": ("their", ""),
    "percent": ("ratio", "100"), "proportion": ("ratio", "1"), "share": ("ratio", "1"), "fraction": ("ratio", "1"),
    "ratio": ("ratio", "1"), "percent of": ("ratio", "100"), "proportion of": ("ratio", "1"),
    "share of": ("ratio", "1"), "fraction of": ("ratio", "1"), "rate": ("ratio?", "1"),
    "are there more": ("versus", ""), "were there more": ("versus", ""), "is there more": ("versus", ""),
    "do we have more": ("versus", ""), "more": ("more", ""), "fewer": ("fewer", ""),
    "or": ("or", ""), "and": ("and", ""), "than": ("than", ""),
    "reports to": ("child", ""), "report to": ("child", ""), "reporting to": ("child", ""),
    "works for": ("child", ""), "work for": ("child", ""), "working for": ("child", ""),
    "managed by": ("child", ""),
    # the rows that point at one: "Marcus's direct reports", "the direct reports of Marcus" (a noun, either way)
    "direct reports": ("child", "noun"), "reportees": ("child", "noun"), "subordinates": ("child", "noun"),
    "manager": ("parent", ""), "managers": ("parent", ""), "boss": ("parent", ""), "supervisor": ("parent", ""),
    "parent": ("parent", ""), "team lead": ("parent", ""), "manages": ("manages", ""),
    "lead": ("parent?", ""),
    "has": ("has", ""), "have": ("has", ""), "had": ("has", ""), "with": ("has", ""),
    # verbs of piling up: what a thing has, in total
    "racks up": ("has", ""), "rack up": ("has", ""), "racked up": ("has", ""), "runs up": ("has", ""),
    "run up": ("has", ""), "ran up": ("has", ""), "clocks up": ("has", ""), "clocked up": ("has", ""),
}

# Rows that are people: the parts of a person-name column, and nouns for people.
PERSON_NAME_PARTS = frozenset("full display given family first last surname forename username".split())
PEOPLE_NOUNS = frozenset("""employee staff customer client member user person people owner vet doctor physician nurse
patient student pupil teacher instructor agent guest author writer artist actor driver rep representative manager
player athlete singer musician worker volunteer passenger tenant buyer seller candidate applicant subscriber reader
borrower contact lead salesperson associate coach trainer host speaker attendee participant""".split())

# The part a link plays, said with another verb: a trip's start station is where it departed, its end station
# where it arrived. Keyed by the stem of the role in the name. Verbs only: "from" and "to" are left out
# ("drivers from the Glasgow depot" are the drivers based there, not the shipments that set out from it), and
# so are nouns ("departures" are the trips themselves, counted, which a link can't say).
ROLE_SYNONYMS: dict[str, frozenset[str]] = {
    "start": frozenset("depart departs departed began begin".split()),
    "origin": frozenset("depart departs departed".split()),
    "end": frozenset("arrive arrives arrived finish finished".split()),
    "destination": frozenset("arrive arrives arrived".split()),
    "home": frozenset("host hosting hosted".split()),
    "away": frozenset("visiting visitor visitors".split()),
}

# Days of the week as SQLite's strftime('%w') numbers them (Sunday is 0), and the two kinds of day.
_DAY_NAMES = ("sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday")
DAYS_OF_WEEK: dict[str, tuple[int, ...]] = {
    **{name: (n,) for n, name in enumerate(_DAY_NAMES)},
    **{name + "s": (n,) for n, name in enumerate(_DAY_NAMES)},
    **dict.fromkeys(("weekend", "weekends"), (0, 6)),
    **dict.fromkeys(("weekday", "weekdays", "workday", "workdays"), (1, 2, 3, 4, 5)),
}
