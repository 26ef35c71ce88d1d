"""Synthetic demo data: counties, counselling centres and schools, specialists, children with
guardians, cases, assessments and ICF ratings that look real to a Polish specialist.

Everything comes from one `random.Random`, so the same seed and the same number of children
give the same rows (dates are counted from a fixed reference date, never from today). Rows are
made in Python and inserted in batches with SQLAlchemy Core, with explicit ids that continue
after the largest id already in each table, so that tens of thousands of children take
minutes, not hours, and the generator can add to a database that already has records.

Every person is invented: names are drawn from lists of common Polish (and some Ukrainian)
names, phone numbers are of the clearly fake form ``500 000 xxx``, e-mail addresses use
``example.com``. PESEL numbers are well formed (the checksum, the birth date and the sex
agree) and unique in the database, so the screens that check them accept them.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, func, select
from sqlalchemy.engine import Connection

from app.pesel import pesel_for
from app.services.children import school_key, search_key
from app.storage.database import Database
from app.storage.models import (
    CONSENSUS,
    Assessment,
    AssessmentAuthor,
    AssessmentKind,
    AssessmentStatus,
    AuditEntry,
    Case,
    CaseStatus,
    Child,
    Guardian,
    Informant,
    InformantRole,
    Institution,
    InstitutionKind,
    Rating,
    RatingSource,
    Sex,
    Specialist,
)
from icf.classification import Classification
from icf.grammar import CodedExpression
from icf.text import fold

#: ages, school classes and assessment dates are counted from this day (a school year start)
REFERENCE_DATE = date(2026, 9, 1)
#: children generated and committed together
BATCH_SIZE = 500
#: the counties' schools and centres are always the same, whatever the seed
LAYOUT_SEED = 20260901
ACTOR = "demo"
TEMPLATE_VERSION = "1.0"

Progress = Callable[[int, int], None]
#: rows to insert by table name: dicts, or tuples in RATING_COLUMNS order for the ratings
Rows = dict[str, list[Any]]


@dataclass(frozen=True)
class DemoSummary:
    """How many records of each kind one run added."""

    institutions: int = 0
    specialists: int = 0
    children: int = 0
    guardians: int = 0
    cases: int = 0
    assessments: int = 0
    ratings: int = 0


# --- places ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    name: str
    #: "w Jaworznie": Polish institution names use the locative
    locative: str
    postal_code: str


@dataclass(frozen=True)
class County:
    name: str
    town: Place
    villages: tuple[Place, ...]
    #: share of the children
    weight: int
    centres: int
    preschools: int
    primary_schools: int
    secondary_schools: int


def _table(model: type) -> Table:
    """The Core table of a mapped class (typed, for bulk inserts)."""
    return cast(Table, model.__table__)  # type: ignore[attr-defined]


def _p(name: str, locative: str, postal_code: str) -> Place:
    return Place(name, locative, postal_code)


# fmt: off
COUNTIES: tuple[County, ...] = (
    County("miasto Jaworzno", _p("Jaworzno", "w Jaworznie", "43-600"), (), 9, 1, 4, 6, 2),
    County("miasto Chełm", _p("Chełm", "w Chełmie", "22-100"), (), 8, 1, 4, 6, 2),
    County("miasto Olsztyn", _p("Olsztyn", "w Olsztynie", "10-900"), (), 17, 2, 6, 9, 3),
    County("miasto Toruń", _p("Toruń", "w Toruniu", "87-100"), (), 20, 2, 6, 10, 3),
    County(
        "powiat łęczyński",
        _p("Łęczna", "w Łęcznej", "21-010"),
        (
            _p("Cyców", "w Cycowie", "21-070"),
            _p("Milejów", "w Milejowie", "21-020"),
            _p("Puchaczów", "w Puchaczowie", "21-013"),
        ),
        6, 1, 2, 3, 1,
    ),
    County(
        "powiat skarżyski",
        _p("Skarżysko-Kamienna", "w Skarżysku-Kamiennej", "26-110"),
        (_p("Suchedniów", "w Suchedniowie", "26-130"), _p("Bliżyn", "w Bliżynie", "26-120")),
        8, 1, 3, 4, 2,
    ),
    County(
        "powiat bartoszycki",
        _p("Bartoszyce", "w Bartoszycach", "11-200"),
        (
            _p("Sępopol", "w Sępopolu", "11-210"),
            _p("Górowo Iławeckie", "w Górowie Iławeckim", "11-220"),
        ),
        7, 1, 2, 3, 2,
    ),
    County(
        "powiat ropczycko-sędziszowski",
        _p("Ropczyce", "w Ropczycach", "39-100"),
        (
            _p("Sędziszów Małopolski", "w Sędziszowie Małopolskim", "39-120"),
            _p("Iwierzyce", "w Iwierzycach", "39-124"),
            _p("Wielopole Skrzyńskie", "w Wielopolu Skrzyńskim", "39-110"),
        ),
        7, 1, 2, 3, 1,
    ),
    County(
        "powiat świdnicki",
        _p("Świdnica", "w Świdnicy", "58-100"),
        (
            _p("Strzegom", "w Strzegomiu", "58-150"),
            _p("Żarów", "w Żarowie", "58-130"),
            _p("Jaworzyna Śląska", "w Jaworzynie Śląskiej", "58-140"),
        ),
        12, 1, 4, 6, 2,
    ),
)
# fmt: on

STREETS = (
    "Mickiewicza", "Słowackiego", "Kościuszki", "Szkolna", "Polna", "Lipowa", "Ogrodowa",
    "Leśna", "Kwiatowa", "Sienkiewicza", "Długa", "Krótka", "Zielona", "Jana Pawła II",
    "3 Maja", "Piłsudskiego", "Kolejowa", "Parkowa", "Słoneczna", "Konopnickiej", "Wiejska",
    "Akacjowa", "Brzozowa", "Reymonta", "Prusa", "Traugutta", "Żeromskiego", "Chopina",
)  # fmt: skip
PATRONS = (
    "Marii Konopnickiej", "Jana Pawła II", "Adama Mickiewicza", "Tadeusza Kościuszki",
    "Henryka Sienkiewicza", "Janusza Korczaka", "Marii Skłodowskiej-Curie",
    "Kornela Makuszyńskiego", "Jana Brzechwy", "Juliana Tuwima", "Polskich Olimpijczyków",
    "Orła Białego", "Bolesława Prusa", "Stefana Żeromskiego", "Fryderyka Chopina",
    "Jana Kochanowskiego", "Kawalerów Orderu Uśmiechu", "Ireny Sendlerowej",
)  # fmt: skip
SECONDARY_PATRONS = (
    "Mikołaja Kopernika", "Juliusza Słowackiego", "Cypriana Kamila Norwida",
    "Stanisława Staszica", "Romualda Traugutta", "Władysława Jagiełły", "Hugona Kołłątaja",
)  # fmt: skip
PRESCHOOL_NICKNAMES = (
    "Słoneczko", "Bajka", "Tęcza", "Kubuś Puchatek", "Smerfy", "Promyczek", "Calineczka",
)  # fmt: skip
ROMAN = ("I", "II", "III", "IV", "V", "VI")
PRESCHOOL_GROUPS = (
    "Motylki", "Biedronki", "Misie", "Żabki", "Pszczółki", "Krasnoludki", "Jeżyki", "Sówki",
)  # fmt: skip

# --- people ---------------------------------------------------------------------------------

GIRLS = (
    "Zuzanna", "Julia", "Maja", "Zofia", "Hanna", "Lena", "Alicja", "Maria", "Amelia",
    "Oliwia", "Aleksandra", "Wiktoria", "Natalia", "Emilia", "Laura", "Pola", "Antonina",
    "Nikola", "Jagoda", "Gabriela", "Anna", "Martyna", "Weronika", "Kornelia", "Liliana",
    "Marcelina", "Michalina", "Nadia", "Helena", "Iga", "Łucja", "Klara", "Róża", "Blanka",
)  # fmt: skip
BOYS = (
    "Antoni", "Jan", "Aleksander", "Franciszek", "Jakub", "Szymon", "Filip", "Mikołaj",
    "Stanisław", "Wojciech", "Kacper", "Adam", "Michał", "Leon", "Ignacy", "Nikodem", "Tymon",
    "Igor", "Maksymilian", "Bartosz", "Wiktor", "Oliwer", "Piotr", "Mateusz", "Dawid",
    "Kamil", "Hubert", "Oskar", "Julian", "Tymoteusz", "Marcel", "Tomasz", "Józef", "Łukasz",
)  # fmt: skip
SURNAMES = (
    "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski",
    "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur",
    "Wojciechowski", "Kwiatkowski", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski",
    "Zając", "Pawłowski", "Michalski", "Król", "Wieczorek", "Jabłoński", "Wróbel",
    "Nowakowski", "Majewski", "Olszewski", "Stępień", "Malinowski", "Jaworski", "Adamczyk",
    "Dudek", "Nowicki", "Pawlak", "Górski", "Witkowski", "Walczak", "Sikora", "Baran",
    "Rutkowski", "Michalak", "Szewczyk", "Ostrowski", "Tomaszewski", "Pietrzak", "Zalewski",
    "Wróblewski", "Marciniak", "Jasiński", "Zawadzki", "Bąk", "Jakubowski", "Sadowski", "Duda",
    "Włodarczyk", "Wilk", "Chmielewski", "Borkowski", "Sokołowski", "Szczepański", "Sawicki",
    "Lis", "Kucharski", "Mazurek", "Kubiak", "Kalinowski", "Wysocki", "Czarnecki", "Kołodziej",
    "Urbański", "Kaczmarczyk", "Sobczak", "Konieczny", "Głowacki", "Zakrzewski", "Krajewski",
    "Wasilewski", "Krupa", "Laskowski", "Ziółkowski", "Gajewski", "Szulc", "Makowski",
    "Baranowski", "Przybylski", "Szymczak", "Borowski", "Sowa", "Kasprzak", "Kruk", "Cichy",
    "Wesoły", "Biały", "Łęcki", "Żak", "Gołębiowski", "Śliwiński", "Bielecki", "Wrona",
)  # fmt: skip
#: feminine forms that the -ski/-cki/-dzki rule does not give
FEMININE = {"Konieczny": "Konieczna", "Cichy": "Cicha", "Wesoły": "Wesoła", "Biały": "Biała"}

UA_GIRLS = ("Sofija", "Anastazja", "Daryna", "Marija", "Wiktorija", "Polina", "Solomija")
UA_BOYS = ("Maksym", "Artem", "Bohdan", "Denys", "Mykyta", "Ołeksandr", "Taras", "Dmytro")
UA_SURNAMES = (
    "Kowalenko", "Szewczenko", "Bondarenko", "Tkaczenko", "Melnyk", "Bojko", "Kowalczuk",
    "Sawczuk", "Łysenko", "Marczenko", "Ponomarenko", "Hnatiuk", "Romaniuk", "Kraweć",
)  # fmt: skip
UA_MOTHERS = ("Olena", "Natalia", "Iryna", "Tetiana", "Oksana", "Switłana", "Julija")
UA_FATHERS = ("Andrij", "Serhij", "Ołeh", "Wołodymyr", "Jurij", "Wasyl")

MOTHERS = (
    "Anna", "Katarzyna", "Magdalena", "Agnieszka", "Monika", "Joanna", "Aleksandra",
    "Karolina", "Marta", "Ewa", "Justyna", "Paulina", "Natalia", "Kamila", "Dorota", "Beata",
    "Sylwia", "Małgorzata", "Patrycja", "Emilia", "Izabela",
)  # fmt: skip
FATHERS = (
    "Tomasz", "Piotr", "Paweł", "Marcin", "Michał", "Krzysztof", "Łukasz", "Mateusz",
    "Grzegorz", "Rafał", "Adam", "Bartosz", "Jakub", "Dariusz", "Sebastian", "Kamil", "Robert",
)  # fmt: skip
GRANDMOTHERS = ("Krystyna", "Elżbieta", "Danuta", "Barbara", "Teresa", "Halina", "Jadwiga")
SPECIALIST_WOMEN = (
    "Anna", "Katarzyna", "Magdalena", "Agnieszka", "Monika", "Joanna", "Beata", "Ewa",
    "Justyna", "Małgorzata", "Barbara", "Dorota", "Iwona", "Renata", "Marta", "Aleksandra",
    "Karolina", "Paulina", "Natalia", "Edyta", "Grażyna", "Urszula",
)  # fmt: skip
SPECIALIST_MEN = ("Piotr", "Tomasz", "Marcin", "Paweł", "Krzysztof", "Michał", "Jacek", "Łukasz")

#: profession -> weight, in a counselling centre and in a school
CENTRE_PROFESSIONS = {"psycholog": 35, "pedagog": 25, "pedagog specjalny": 20, "logopeda": 20}
SCHOOL_PROFESSIONS = {"pedagog": 40, "pedagog specjalny": 30, "psycholog": 20, "logopeda": 10}

#: completed age at the reference date -> weight (school age is the busiest)
AGE_WEIGHTS = {
    2: 2, 3: 4, 4: 5, 5: 6, 6: 7, 7: 8, 8: 8, 9: 8, 10: 7, 11: 6, 12: 6, 13: 5, 14: 5,
    15: 4, 16: 3, 17: 3, 18: 2, 19: 1,
}  # fmt: skip

# --- ICF: codes by age band and difficulty profiles ------------------------------------------

PRESCHOOL, PRIMARY, SECONDARY = "preschool", "primary", "secondary"

BAND_CODES: dict[str, str] = {
    PRESCHOOL: """
        d110 d115 d120 d130 d131 d1310 d133 d1330 d1331 d135 d137 d155 d1550 d160 d161 d210
        d230 d250 d2500 d310 d315 d3150 d330 d331 d335 d350 d440 d520 d540 d550 d710 d7104
        d720 d730 d750 d760 d815 d8150 d816 d880 d8800
        b117 b122 b125 b126 b130 b134 b140 b1400 b147 b152 b156 b1560 b163 b167 b1670 b1671
        e115 e125 e130 e310 e315 e320 e325 e355 e360 e410 e415 e425 e430 e450 e455 e575 e585
    """,
    PRIMARY: """
        d110 d115 d132 d137 d140 d1400 d1401 d145 d1450 d1451 d150 d1500 d1501 d155 d160 d161
        d163 d166 d1660 d1661 d170 d1700 d1701 d172 d1720 d175 d177 d210 d220 d230 d240 d250
        d2500 d310 d315 d325 d330 d335 d345 d350 d355 d360 d440 d710 d7104 d720 d7200 d7202
        d730 d750 d760 d820 d8200 d8201 d835 d880
        b117 b122 b125 b126 b130 b134 b140 b1400 b1401 b144 b1440 b1442 b147 b152 b1520 b156
        b160 b163 b164 b167 b1670 b1671 b172 b176
        e115 e125 e130 e1300 e310 e315 e320 e325 e330 e355 e360 e410 e420 e425 e430 e455
        e460 e575 e585 e5850
    """,
    SECONDARY: """
        d132 d137 d155 d160 d163 d166 d170 d172 d175 d177 d210 d220 d230 d240 d2402 d250 d310
        d330 d345 d350 d355 d360 d720 d7200 d7202 d730 d740 d750 d760 d820 d8201 d825 d835
        d845 d860 d865
        b117 b122 b125 b126 b1263 b130 b134 b140 b1400 b144 b1442 b152 b1520 b160 b164 b167
        b172 b180
        e115 e125 e130 e310 e320 e325 e330 e355 e360 e410 e420 e425 e430 e460 e585 e590
    """,
}


@dataclass(frozen=True)
class Profile:
    key: str
    reason: str
    #: the codes where this child has difficulties (those outside the band are skipped)
    core: tuple[str, ...]
    ages: tuple[int, int]
    weight: int
    difficulties: str


def _profile(
    key: str, reason: str, core: str, ages: tuple[int, int], weight: int, difficulties: str
) -> Profile:
    return Profile(key, reason, tuple(core.split()), ages, weight, difficulties)


# fmt: off
PROFILES: tuple[Profile, ...] = (
    _profile(
        "reading", "trudności w czytaniu i pisaniu",
        "d140 d1401 d145 d166 d1661 d170 d1701 d345 b144 b167 b156", (7, 19), 22,
        "Czyta wolno, głoskuje, myli litery o podobnym kształcie; w pisaniu liczne błędy "
        "ortograficzne i trudności z zapisem ze słuchu.",
    ),
    _profile(
        "maths", "trudności w nauce matematyki",
        "d150 d1501 d172 d1720 d175 b172 b176 b1440", (7, 19), 10,
        "Liczy na palcach, nie automatyzuje tabliczki mnożenia, gubi się w zadaniach "
        "tekstowych wymagających kilku kroków.",
    ),
    _profile(
        "attention", "trudności z koncentracją uwagi i nadruchliwość",
        "d160 d161 d210 d220 d250 d2500 b140 b1400 b147 b125 d720 d7202 d820 d815", (4, 19), 20,
        "Szybko się rozprasza, nie kończy zadań, wierci się i wstaje z ławki; w sytuacjach "
        "konfliktowych reaguje impulsywnie.",
    ),
    _profile(
        "speech", "opóźniony rozwój mowy",
        "d330 d133 d1330 d1331 d310 d350 b167 b1670 b1671 d335", (2, 8), 14,
        "Mówi pojedynczymi wyrazami lub krótkimi wypowiedziami, nie realizuje części głosek; "
        "rozumie proste polecenia w codziennych sytuacjach.",
    ),
    _profile(
        "social", "trudności w relacjach z rówieśnikami i w komunikacji społecznej",
        "d710 d7104 d720 d7200 d750 d350 d335 d2500 d880 d8800 b122 b125 b126 b156 d250",
        (2, 19), 12,
        "Unika kontaktu z rówieśnikami, trudno mu/jej odczytywać intencje innych, źle znosi "
        "zmiany planu dnia; ma wąskie, intensywne zainteresowania.",
    ),
    _profile(
        "emotions", "trudności emocjonalne: lęk, obniżony nastrój, unikanie szkoły",
        "b152 b1520 b1263 b130 b134 d240 d2402 d720 d835 d820 b126", (8, 19), 10,
        "Często zgłasza dolegliwości somatyczne przed szkołą, wycofuje się, ma obniżony "
        "nastrój; ocenia siebie bardzo krytycznie.",
    ),
    _profile(
        "intellectual", "podejrzenie niepełnosprawności intelektualnej w stopniu lekkim",
        "b117 b163 b164 d137 d163 d175 d155 d1550 d166 d172 d177 d820", (4, 19), 6,
        "Wolniej przyswaja nowe pojęcia, potrzebuje konkretu i wielokrotnych powtórzeń; "
        "trudności z myśleniem abstrakcyjnym i przenoszeniem umiejętności.",
    ),
    _profile(
        "readiness", "ocena gotowości szkolnej",
        "d815 d816 d131 d155 d160 b140 d880 d710 d440", (5, 6), 8,
        "Krótko skupia uwagę na zadaniach, ma trudności grafomotoryczne, słabo znosi porażki "
        "w zabawach grupowych.",
    ),
    _profile(
        "hearing", "niedosłuch: dostosowanie warunków nauki",
        "b230 d115 d310 d350 e125 e1251 e355 e585", (3, 19), 3,
        "Nie słyszy części poleceń wydawanych w hałasie, korzysta z aparatów słuchowych; "
        "szybciej męczy się na lekcjach.",
    ),
    _profile(
        "motor", "trudności grafomotoryczne i koordynacji ruchowej",
        "d440 d145 d1450 d170 b147 b760 d520 d540", (4, 10), 5,
        "Nieprawidłowo trzyma narzędzie pisarskie, pismo mało czytelne, szybko męczy się "
        "podczas pisania; trudności z zapinaniem guzików.",
    ),
)
MIGRATION = _profile(
    "migration",
    "doświadczenie migracji: nauka języka polskiego i adaptacja w grupie",
    "d134 d133 d310 d330 d350 d750 d720 b152 e585 e325", (2, 19), 0,
    "Rozumie proste polecenia po polsku, wypowiada się krótko, chętniej po ukraińsku; "
    "bywa wycofany/wycofana w grupie rówieśniczej.",
)
# fmt: on

STRENGTHS = (
    "Chętnie pomaga innym.", "Dobrze radzi sobie z zadaniami manualnymi.",
    "Ma bogaty zasób słownictwa.", "Jest wytrwały w zadaniach, które go ciekawią.",
    "Szybko nawiązuje kontakt z dorosłymi.", "Ma dobrą pamięć wzrokową.",
    "Lubi pracę w parach.", "Jest obowiązkowy i punktualny.", "Ma poczucie humoru.",
    "Dobrze radzi sobie z zadaniami wymagającymi logicznego myślenia.",
    "Jest sprawny ruchowo.", "Chętnie uczestniczy w zajęciach artystycznych.",
)  # fmt: skip
INTERESTS = (
    "piłka nożna", "rysowanie", "klocki LEGO", "dinozaury", "gry komputerowe", "zwierzęta",
    "taniec", "muzyka", "jazda na rowerze", "kosmos", "gotowanie", "książki przygodowe",
    "pływanie", "majsterkowanie", "konie", "komiksy",
)  # fmt: skip
PERSONAL_FACTORS = (
    "Praworęczny/praworęczna.", "Nosi okulary.", "Ma dwoje rodzeństwa.",
    "Wychowuje się w rodzinie wielodzietnej.", "Jest jedynakiem/jedynaczką.",
    "Często choruje, ma absencje w nauce.", "Dojeżdża do szkoły autobusem szkolnym.",
    "Rodzice pracują za granicą, opiekę sprawuje babcia.",
    "Uczestniczy w zajęciach korekcyjno-kompensacyjnych.", "Ma alergię pokarmową.",
)  # fmt: skip
EVIDENCE = {
    "teacher": "obserwacja na zajęciach",
    "parent": "wywiad z rodzicem",
    "specialist": "badanie w poradni",
    "student": "rozmowa z uczniem",
    CONSENSUS: "ustalenia zespołu",
}
SOURCE: dict[str, RatingSource | None] = {
    "teacher": RatingSource.OBSERVATION,
    "parent": RatingSource.INTERVIEW,
    "specialist": RatingSource.TEST,
    "student": RatingSource.INTERVIEW,
    CONSENSUS: None,  # what the team settled on, from all the sources
}
#: how likely an informant rates a category of a chapter (first two characters of the code)
AFFINITY: dict[str, dict[str, float]] = {
    "teacher": {"d1": 0.9, "d2": 0.8, "d3": 0.7, "d7": 0.8, "d8": 0.9, "b1": 0.3, "e": 0.4},
    "parent": {"d1": 0.3, "d2": 0.7, "d3": 0.6, "d5": 0.9, "d7": 0.7, "b1": 0.4, "e": 0.7},
    "specialist": {"d1": 0.8, "d3": 0.6, "b1": 0.9, "b2": 0.9, "b7": 0.8, "e": 0.3},
    "student": {"d2": 0.6, "d7": 0.7, "d8": 0.6, "b1": 0.3, "e": 0.5},
}
DEFAULT_AFFINITY = 0.35

KIND_PREFIX = {
    AssessmentKind.SCHOOL_FUNCTIONAL: "ofu",
    AssessmentKind.WOPFU: "wopfu",
    AssessmentKind.COUNSELLING_DIAGNOSIS: "diagnoza",
    AssessmentKind.REVIEW: "przeglad",
}
TEMPLATE_BANDS = ((0, 3), (4, 8), (9, 13), (14, 19))


# --- helpers ---------------------------------------------------------------------------------


def feminine(surname: str) -> str:
    """The feminine form of a Polish surname: Kowalski → Kowalska; Nowak stays Nowak."""
    if surname in FEMININE:
        return FEMININE[surname]
    if surname.endswith(("ski", "cki", "dzki")):
        return surname[:-1] + "a"
    return surname


def _weighted(rng: random.Random, weights: dict[Any, int] | dict[Any, float]) -> Any:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _band(age: int) -> str:
    if age <= 6:
        return PRESCHOOL
    return PRIMARY if age <= 14 else SECONDARY


def _template(kind: AssessmentKind, age: int) -> str:
    for low, high in TEMPLATE_BANDS:
        if age <= high:
            return f"{KIND_PREFIX[kind]}-{low}-{high}"
    low, high = TEMPLATE_BANDS[-1]
    return f"{KIND_PREFIX[kind]}-{low}-{high}"


def _usable(classification: Classification, code: str) -> bool:
    entry = classification.get(code)
    return (
        entry is not None and entry.is_category and entry.level in (2, 3) and code[-1] not in "89"
    )


class _Expressions:
    """Canonical coded expressions, built with the grammar once per distinct value."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, int | None, int | None, bool], tuple[str, int | None]] = {}

    def get(
        self, code: str, first: int | None, second: int | None = None, facilitator: bool = False
    ) -> tuple[str, int | None]:
        key = (code, first, second, facilitator)
        found = self._cache.get(key)
        if found is None:
            expression = CodedExpression.of(code, first, second, facilitator=facilitator)
            found = (expression.format(), expression.first)
            self._cache[key] = found
        return found


@dataclass
class _Ids:
    """The next free id of each table."""

    next: dict[str, int]

    def take(self, table: str, count: int = 1) -> int:
        first = self.next[table]
        self.next[table] = first + count
        return first


TABLES = (
    Institution, Specialist, Child, Guardian, Case, Assessment, AssessmentAuthor, Informant,
    Rating,
)  # fmt: skip


def _next_ids(connection: Connection) -> _Ids:
    ids = {}
    for model in TABLES:
        table = _table(model)
        ids[table.name] = (connection.scalar(select(func.max(table.c.id))) or 0) + 1
    return _Ids(ids)


# --- the generator ---------------------------------------------------------------------------


@dataclass
class _Unit:
    """A counselling centre or a school with the specialists who work there."""

    id: int
    name: str
    kind: str  # centre, preschool, primary, secondary
    place: Place
    specialists: list[tuple[int, str]]  # (id, profession)


@dataclass
class _Area:
    county: County
    centres: list[_Unit]
    schools: dict[str, list[_Unit]]  # kind -> units


class _Generator:
    def __init__(
        self,
        rng: random.Random,
        classification: Classification,
        reference: date,
        ids: _Ids,
        used_pesels: set[str],
    ) -> None:
        self.rng = rng
        self.reference = reference
        self.ids = ids
        self.used_pesels = used_pesels
        self.expressions = _Expressions()
        self.pools = {
            band: [c for c in text.split() if _usable(classification, c)]
            for band, text in BAND_CODES.items()
        }
        self.profile_core = {
            p.key: [c for c in p.core if _usable(classification, c)] for p in (*PROFILES, MIGRATION)
        }
        self.areas: list[_Area] = []
        self.new_institutions: list[dict[str, Any]] = []
        self.new_specialists: list[dict[str, Any]] = []

    # --- institutions and specialists ---------------------------------------------------

    def institutions(
        self,
        existing: dict[str, int],
        staff: dict[int, list[tuple[int, str]]],
        children: int,
    ) -> None:
        """The counties' centres and schools (always the same ones: a database that has them
        keeps them) and enough specialists to work in them."""
        rng = random.Random(LAYOUT_SEED)  # places do not depend on the seed
        created = _at(self.reference - timedelta(days=5 * 365), 8)
        total_weight = sum(c.weight for c in COUNTIES)

        def unit(name: str, kind: str, place: Place, inst_kind: InstitutionKind) -> _Unit:
            street = rng.choice(STREETS)
            address = f"ul. {street} {rng.randint(1, 60)}, {place.postal_code} {place.name}"
            if name in existing:
                ident = existing[name]
            else:
                ident = self.ids.take("institutions")
                existing[name] = ident
                self.new_institutions.append(
                    {
                        "id": ident,
                        "name": name,
                        "kind": inst_kind,
                        "address": address,
                        "regon": None,
                        "created_at": created,
                    }
                )
            return _Unit(ident, name, kind, place, list(staff.get(ident, ())))

        for county in COUNTIES:
            town = county.town
            centres = [
                unit(
                    "Poradnia Psychologiczno-Pedagogiczna"
                    + (f" nr {n}" if county.centres > 1 else "")
                    + f" {town.locative}",
                    "centre",
                    town,
                    InstitutionKind.COUNSELLING_CENTRE,
                )
                for n in range(1, county.centres + 1)
            ]
            schools: dict[str, list[_Unit]] = {"preschool": [], "primary": [], "secondary": []}
            patrons = rng.sample(PATRONS, len(PATRONS))
            for n in range(1, county.preschools + 1):
                if rng.random() < 0.5:
                    name = f"Przedszkole nr {n} „{rng.choice(PRESCHOOL_NICKNAMES)}” {town.locative}"
                else:
                    name = f"Przedszkole Miejskie nr {n} {town.locative}"
                schools["preschool"].append(
                    unit(name, "preschool", town, InstitutionKind.PRESCHOOL)
                )
            for n in range(1, county.primary_schools + 1):
                patron = patrons[(n - 1) % len(patrons)]
                name = f"Szkoła Podstawowa nr {n} im. {patron} {town.locative}"
                schools["primary"].append(unit(name, "primary", town, InstitutionKind.SCHOOL))
            for k, village in enumerate(county.villages):
                schools["preschool"].append(
                    unit(
                        f"Przedszkole Samorządowe {village.locative}",
                        "preschool",
                        village,
                        InstitutionKind.PRESCHOOL,
                    )
                )
                patron = patrons[-1 - k]
                schools["primary"].append(
                    unit(
                        f"Szkoła Podstawowa im. {patron} {village.locative}",
                        "primary",
                        village,
                        InstitutionKind.SCHOOL,
                    )
                )
            secondary_patrons = rng.sample(SECONDARY_PATRONS, len(SECONDARY_PATRONS))
            for n in range(1, county.secondary_schools + 1):
                if n % 3 == 0:
                    name = f"Technikum nr {n // 3} {town.locative}"
                else:
                    patron = secondary_patrons[n - 1]
                    name = f"{ROMAN[n - 1]} Liceum Ogólnokształcące im. {patron} {town.locative}"
                schools["secondary"].append(unit(name, "secondary", town, InstitutionKind.SCHOOL))
            self.areas.append(_Area(county, centres, schools))

        # specialists: a team per counselling centre, one or two per school
        for area in self.areas:
            share = children * area.county.weight / total_weight
            per_centre = 3 + round(share / len(area.centres) / 150)
            for centre in area.centres:
                for _ in range(per_centre - len(centre.specialists)):
                    self._specialist(centre, CENTRE_PROFESSIONS, created)
            for units in area.schools.values():
                for school in units:
                    wanted = 1 if self.rng.random() < 0.6 else 2
                    for _ in range(wanted - len(school.specialists)):
                        self._specialist(school, SCHOOL_PROFESSIONS, created)

    def _specialist(self, unit: _Unit, professions: dict[str, int], created: datetime) -> None:
        rng = self.rng
        woman = rng.random() < 0.85
        given = rng.choice(SPECIALIST_WOMEN if woman else SPECIALIST_MEN)
        surname = rng.choice(SURNAMES)
        profession = _weighted(rng, professions)
        ident = self.ids.take("specialists")
        unit.specialists.append((ident, profession))
        self.new_specialists.append(
            {
                "id": ident,
                "given_names": given,
                "surname": feminine(surname) if woman else surname,
                "profession": profession,
                "institution_id": unit.id,
                "created_at": created,
            }
        )

    # --- children -----------------------------------------------------------------------

    def batch(self, count: int) -> Rows:
        rows: Rows = {_table(model).name: [] for model in TABLES[2:]}
        weights = [a.county.weight for a in self.areas]
        for _ in range(count):
            area = self.rng.choices(self.areas, weights=weights)[0]
            self._child(area, rows)
        return rows

    def _child(self, area: _Area, rows: Rows) -> None:
        rng = self.rng
        ref = self.reference
        age = _weighted(rng, AGE_WEIGHTS)
        # born between ref - (age + 1) years + 1 day and ref - age years
        latest = date(ref.year - age, ref.month, ref.day)
        born = latest - timedelta(days=rng.randrange(365))
        girl = rng.random() < 0.42  # boys are referred more often
        sex = Sex.FEMALE if girl else Sex.MALE
        ukrainian = rng.random() < 0.06
        if ukrainian:
            given = rng.choice(UA_GIRLS if girl else UA_BOYS)
            surname = rng.choice(UA_SURNAMES)
            languages = "polski, ukraiński"
        else:
            names = GIRLS if girl else BOYS
            given = rng.choice(names)
            if rng.random() < 0.25:
                second = rng.choice(names)
                if second != given:
                    given = f"{given} {second}"
            family = rng.choice(SURNAMES)
            surname = feminine(family) if girl else family
            languages = "polski" if rng.random() < 0.98 else "polski, angielski"

        pesel = self._pesel(born, sex.value) if rng.random() < 0.8 else None
        school, class_name, school_unit = self._school(area, born)
        centre = rng.choice(area.centres)

        # the difficulty profile: kept for all of the child's assessments
        if ukrainian and rng.random() < 0.6:
            profile = MIGRATION
        else:
            fitting = [p for p in PROFILES if p.ages[0] <= age <= p.ages[1]]
            profile = rng.choices(fitting, weights=[p.weight for p in fitting])[0]

        child_id = self.ids.take("children")
        count = 3 if rng.random() < 0.58 else 2
        days = self._assessment_days(born, count)
        last_final = rng.random() >= 0.35  # else the newest assessment is still a draft
        cases = self._cases(child_id, days, centre, profile, age, last_final, rows)
        guardian = self._guardians(child_id, area, surname, ukrainian, rows)

        traits: dict[str, tuple[int, bool, bool]] = {}  # code -> (severity, improves, facil.)
        order: dict[str, list[str]] = {}  # band -> the child's codes, most relevant first
        improve_from = rng.choice((1, 2, 2, 99))
        for index, day in enumerate(days):
            case_id = next(cid for cid, opened in cases if opened <= day)
            at_age = _age(born, day)
            kind = self._kind(index, at_age)
            final = index < len(days) - 1 or last_final
            assessment_id = self.ids.take("assessments")
            created = _at(day, rng.randint(8, 14), rng.randrange(60))
            informants = self._informants(assessment_id, at_age, sex, guardian, rows)
            self._authors(assessment_id, kind, centre, school_unit, rows)
            rows["assessments"].append(
                {
                    "id": assessment_id,
                    "child_id": child_id,
                    "case_id": case_id,
                    "kind": kind,
                    "template_id": _template(kind, at_age),
                    "template_version": TEMPLATE_VERSION,
                    "assessed_on": day,
                    "status": AssessmentStatus.FINAL if final else AssessmentStatus.DRAFT,
                    "amends_id": None,
                    "strengths": " ".join(rng.sample(STRENGTHS, 2)),
                    "interests": ", ".join(rng.sample(INTERESTS, rng.randint(1, 3))),
                    "difficulties": profile.difficulties
                    + (" Widoczna poprawa od poprzedniej oceny." if index >= improve_from else ""),
                    "personal_factors": rng.choice(PERSONAL_FACTORS) if final else None,
                    "created_at": created,
                    "finalised_at": _at(min(day + timedelta(days=rng.randint(0, 10)), ref), 15)
                    if final
                    else None,
                    "version": 1,
                }
            )
            band = _band(at_age)
            if band not in order:
                order[band] = self._code_order(profile, band)
            self._ratings(
                assessment_id, order[band], profile, traits, index >= improve_from,
                informants, created, rows,
            )  # fmt: skip

        first_day = cases[-1][1]  # the oldest case
        rows["children"].append(
            {
                "id": child_id,
                "given_names": given,
                "surname": surname,
                "search_key": search_key(surname, given),
                "birth_date": born,
                "sex": sex,
                "pesel": pesel,
                "school": school,
                "school_key": school_key(school),
                "class_name": class_name,
                "languages": languages,
                "institution_id": centre.id,
                "created_at": _at(first_day, 9, rng.randrange(60)),
                "updated_at": _at(days[-1], 16),
                "version": 1,
            }
        )

    def _pesel(self, born: date, sex: str) -> str:
        serial = self.rng.randrange(5000)
        for step in range(5000):
            pesel = pesel_for(born, sex, (serial + step) % 5000)
            if pesel not in self.used_pesels:
                self.used_pesels.add(pesel)
                return pesel
        raise RuntimeError(f"no free PESEL left for {born.isoformat()}")  # pragma: no cover

    def _school(self, area: _Area, born: date) -> tuple[str | None, str | None, _Unit | None]:
        """The school and class at the reference date (Polish school starts in the calendar
        year a child turns 7; preschool from the year it turns 3)."""
        rng = self.rng
        year_age = self.reference.year - born.year
        if year_age < 3:
            return None, None, None
        if year_age <= 6:
            unit = rng.choice(area.schools["preschool"])
            group = rng.choice(PRESCHOOL_GROUPS)
            return unit.name, f"{group} ({year_age}-latki)", unit
        if year_age <= 14:
            unit = rng.choice(area.schools["primary"])
            letters = "ab" if unit.place is not area.county.town else "abc"
            return unit.name, f"{year_age - 6}{rng.choice(letters)}", unit
        unit = rng.choice(area.schools["secondary"])
        grade = min(year_age - 14, 5 if unit.name.startswith("Technikum") else 4)
        return unit.name, f"{grade}{rng.choice('abcd')}", unit

    def _assessment_days(self, born: date, count: int) -> list[date]:
        """Assessment dates after the child was 1.5, within the last five years, on weekdays
        outside the summer holidays, at least three weeks apart, in increasing order."""
        rng = self.rng
        earliest = max(born + timedelta(days=548), self.reference - timedelta(days=5 * 365))
        latest = self.reference - timedelta(days=14)
        span = (latest - earliest).days
        for _ in range(50):
            days: list[date] = []
            while len(days) < count:
                day = earliest + timedelta(days=rng.randint(0, span))
                if day.weekday() < 5 and day.month not in (7, 8):
                    days.append(day)
            days.sort()
            if all((b - a).days >= 21 for a, b in zip(days, days[1:], strict=False)):
                return days
        step = span // max(1, count - 1)
        return [earliest + timedelta(days=i * step) for i in range(count)]

    def _cases(
        self,
        child_id: int,
        days: list[date],
        centre: _Unit,
        profile: Profile,
        age: int,
        last_final: bool,
        rows: Rows,
    ) -> list[tuple[int, date]]:
        """One or two cases; the assessments fall into them. Returns (id, opened) newest
        first, so that the case of an assessment is the first one opened before it."""
        rng = self.rng
        split = rng.randint(1, len(days) - 1) if rng.random() < 0.35 else len(days)
        spans = [days[:split], days[split:]] if split < len(days) else [days]
        if age < 3:
            referrers = {"rodzic": 60, "lekarz": 40}
        elif age <= 6:
            referrers = {"przedszkole": 35, "rodzic": 45, "lekarz": 20}
        else:
            referrers = {"szkoła": 50, "rodzic": 30, "lekarz": 10, "MOPS": 10}
        purposes = (
            "opinię o dostosowaniu wymagań edukacyjnych",
            "orzeczenie o potrzebie kształcenia specjalnego",
            "objęcie pomocą psychologiczno-pedagogiczną",
            "diagnozę i zalecenia do pracy z dzieckiem",
        )
        result: list[tuple[int, date]] = []
        previous_end: date | None = None
        for number, span in enumerate(spans):
            first = span[0]
            gap = (first - previous_end).days if previous_end else 60
            opened = first - timedelta(days=rng.randint(1, max(1, min(60, gap - 1))))
            weekend = opened.weekday() - 4  # Saturday 1, Sunday 2
            if weekend > 0 and (first - opened).days > 3:
                opened += timedelta(days=3 - weekend)  # the Monday after
            if number + 1 < len(spans):
                next_first = spans[number + 1][0]
                room = max(1, (next_first - span[-1]).days // 2)
                closed: date | None = span[-1] + timedelta(days=rng.randint(1, room))
            elif last_final and rng.random() < 0.3:
                closed = min(span[-1] + timedelta(days=rng.randint(7, 90)), self.reference)
            else:
                closed = None
            previous_end = closed
            reason = profile.reason[0].upper() + profile.reason[1:]
            if number:
                reason = f"Ponowna diagnoza ({profile.reason})"
            ident = self.ids.take("cases")
            rows["cases"].append(
                {
                    "id": ident,
                    "child_id": child_id,
                    "referred_by": _weighted(rng, referrers),
                    "reason": f"{reason}; prośba o {rng.choice(purposes)}.",
                    "opened_on": opened,
                    "closed_on": closed,
                    "status": CaseStatus.CLOSED if closed else CaseStatus.OPEN,
                    "responsible_id": rng.choice(centre.specialists)[0],
                    "version": 1,
                }
            )
            result.append((ident, opened))
        result.reverse()
        return result

    def _guardians(
        self,
        child_id: int,
        area: _Area,
        surname: str,
        family_ua: bool,
        rows: Rows,
    ) -> str:
        """One or two guardians; returns how the first one is described as an informant."""
        rng = self.rng
        male_surname = surname
        if surname.endswith(("ska", "cka", "dzka")) or surname in FEMININE.values():
            male_surname = next(
                (m for m, f in FEMININE.items() if f == surname), surname[:-1] + "i"
            )
        first = _weighted(rng, {"matka": 75, "ojciec": 12, "babcia": 6, "opiekun prawny": 7})
        relations = [first]
        if rng.random() < 0.5:
            relations.append(
                {"matka": "ojciec", "ojciec": "matka", "babcia": "matka"}.get(first, "matka")
            )
        place = rng.choice((area.county.town, *area.county.villages))
        if place is area.county.town:
            address = (
                f"ul. {rng.choice(STREETS)} {rng.randint(1, 120)}/{rng.randint(1, 40)}, "
                f"{place.postal_code} {place.name}"
            )
        else:
            address = f"{place.name} {rng.randint(1, 200)}, {place.postal_code} {place.name}"
        for relation in relations:
            names: tuple[str, ...]
            if relation == "matka":
                names = UA_MOTHERS if family_ua else MOTHERS
                family = feminine(male_surname)
            elif relation == "babcia":
                names = GRANDMOTHERS
                family = feminine(male_surname)
            elif relation == "ojciec":
                names = UA_FATHERS if family_ua else FATHERS
                family = male_surname
            else:  # a legal guardian: often a relative with another surname
                names = FATHERS if rng.random() < 0.4 else MOTHERS
                other = rng.choice(SURNAMES)
                family = other if names is FATHERS else feminine(other)
            given = rng.choice(names)
            email = None
            if rng.random() < 0.4:
                email = f"{fold(given)}.{fold(family)}".replace(" ", "").replace("-", "")
                email += "@example.com"
            rows["guardians"].append(
                {
                    "id": self.ids.take("guardians"),
                    "child_id": child_id,
                    "name": f"{given} {family}",
                    "relation": relation,
                    "phone": f"500 000 {rng.randrange(1000):03d}",
                    "email": email,
                    "address": address,
                }
            )
        return {"matka": "mama", "ojciec": "tata"}.get(first, first)

    def _kind(self, index: int, age: int) -> AssessmentKind:
        rng = self.rng
        if index == 0:
            if age < 3 or rng.random() < 0.55:
                return AssessmentKind.COUNSELLING_DIAGNOSIS
            return AssessmentKind.SCHOOL_FUNCTIONAL
        if age < 3:
            return AssessmentKind.REVIEW
        return _weighted(
            rng,
            {
                AssessmentKind.WOPFU: 35,
                AssessmentKind.SCHOOL_FUNCTIONAL: 30,
                AssessmentKind.REVIEW: 35,
            },
        )

    def _informants(
        self,
        assessment_id: int,
        age: int,
        sex: Sex,
        guardian: str,
        rows: Rows,
    ) -> list[str]:
        rng = self.rng
        roles: list[tuple[InformantRole, str]] = []
        if age >= 3:
            if age <= 6:
                who = rng.choice(("nauczycielka przedszkola", "wychowawczyni grupy"))
            else:
                who = rng.choice(
                    ("wychowawczyni", "wychowawca", "nauczycielka wspomagająca",
                     "nauczycielka języka polskiego", "nauczyciel matematyki")
                )  # fmt: skip
            roles.append((InformantRole.TEACHER, who))
        roles.append((InformantRole.PARENT, guardian))
        roles.append((InformantRole.SPECIALIST, rng.choice(("psycholog", "pedagog", "logopeda"))))
        if age >= 10 and rng.random() < 0.5:
            roles.append((InformantRole.STUDENT, "uczennica" if sex is Sex.FEMALE else "uczeń"))
        for role, who in roles:
            rows["informants"].append(
                {
                    "id": self.ids.take("informants"),
                    "assessment_id": assessment_id,
                    "role": role,
                    "description": who,
                }
            )
        return [role.value for role, _ in roles]

    def _authors(
        self,
        assessment_id: int,
        kind: AssessmentKind,
        centre: _Unit,
        school: _Unit | None,
        rows: Rows,
    ) -> list[int]:
        rng = self.rng
        in_school = kind in (AssessmentKind.SCHOOL_FUNCTIONAL, AssessmentKind.WOPFU)
        team = school.specialists if in_school and school and school.specialists else None
        team = team or centre.specialists
        chosen = rng.sample(team, min(len(team), rng.randint(1, 2)))
        for ident, _ in chosen:
            rows["assessment_authors"].append(
                {
                    "id": self.ids.take("assessment_authors"),
                    "assessment_id": assessment_id,
                    "specialist_id": ident,
                }
            )
        return [ident for ident, _ in chosen]

    # --- ratings ------------------------------------------------------------------------

    def _code_order(self, profile: Profile, band: str) -> list[str]:
        """The child's categories in a band: the profile's first, then the rest shuffled."""
        pool = self.pools[band]
        core = [c for c in self.profile_core[profile.key] if c in pool]
        rest = [c for c in pool if c not in core]
        self.rng.shuffle(rest)
        return core + rest

    def _trait(
        self, code: str, core: bool, traits: dict[str, tuple[int, bool, bool]]
    ) -> tuple[int, bool, bool]:
        """(severity or strength, improves later, facilitator) of one category for a child."""
        found = traits.get(code)
        if found is not None:
            return found
        rng = self.rng
        if code[0] == "e":
            close = code.startswith(("e310", "e355", "e360"))  # family, professionals
            facilitator = rng.random() < (0.85 if close else 0.6)
            strength = rng.choices((1, 2, 3, 4), weights=(30, 40, 25, 5))[0]
            if not facilitator:
                strength = min(strength, 3)
            trait = (strength, False, facilitator)
        elif core:
            severity = rng.choices((1, 2, 3, 4), weights=(30, 45, 22, 3))[0]
            trait = (severity, rng.random() < 0.5, False)
        else:
            severity = rng.choices((0, 1, 2, 3), weights=(58, 30, 10, 2))[0]
            trait = (severity, rng.random() < 0.3, False)
        traits[code] = trait
        return trait

    def _ratings(
        self,
        assessment_id: int,
        order: list[str],
        profile: Profile,
        traits: dict[str, tuple[int, bool, bool]],
        improved: bool,
        informants: list[str],
        updated: datetime,
        rows: Rows,
    ) -> None:
        rng = self.rng
        target = rng.randint(40, 80)
        core = self.profile_core[profile.key]
        n_codes = min(len(order), max(12, math.ceil(target / (1 + 0.7 * len(informants)))))
        # mostly the same categories as last time: the child's order, lightly perturbed
        take = order[: n_codes + 4]
        codes = take[:n_codes] if len(take) <= n_codes else rng.sample(take, n_codes)
        # weighted sample of (code, informant) pairs without replacement
        pairs: list[tuple[float, str, str]] = []
        for code in codes:
            chapter = code[:2]
            for role in informants:
                affinity = AFFINITY[role]
                weight = affinity.get(chapter) or affinity.get(code[0]) or DEFAULT_AFFINITY
                pairs.append((rng.random() ** (1 / weight), code, role))
        pairs.sort(reverse=True)
        wanted = max(0, target - len(codes))
        chosen = [(code, CONSENSUS) for code in codes]
        chosen += [(code, role) for _, code, role in pairs[:wanted]]

        expressions = self.expressions
        table = rows["ratings"]
        next_id = self.ids.take("ratings", len(chosen))
        for offset, (code, informant) in enumerate(chosen):
            value, improves, facilitator = self._trait(code, code in core, traits)
            component = code[0]
            if component == "e":
                if informant != CONSENSUS and rng.random() < 0.25:
                    value = min(4, max(1, value + rng.choice((-1, 1))))
                expression, first = expressions.get(code, value, None, facilitator)
            else:
                if improved and improves and value > 0:
                    value -= 1
                if informant != CONSENSUS:
                    shift = rng.random()
                    if informant in ("parent", "student"):
                        value += -1 if shift < 0.25 else (1 if shift > 0.9 else 0)
                    else:
                        value += -1 if shift < 0.1 else (1 if shift > 0.85 else 0)
                    value = min(4, max(0, value))
                if component == "d":
                    form = rng.random() if informant != CONSENSUS else 0.0
                    capacity = value - (1 if rng.random() < 0.35 else 0)
                    if rng.random() < 0.05:
                        capacity = value + 1
                    capacity = min(4, max(0, capacity))
                    if form < 0.7:
                        expression, first = expressions.get(code, value, capacity)
                    elif form < 0.95:
                        expression, first = expressions.get(code, value)
                    else:
                        expression, first = expressions.get(code, None, capacity)
                else:
                    expression, first = expressions.get(code, value)
            with_evidence = rng.random() < 0.08
            table.append(
                (
                    next_id + offset,
                    assessment_id,
                    code,
                    expression,
                    first,
                    facilitator,
                    informant,
                    SOURCE[informant],
                    EVIDENCE[informant] if with_evidence else None,
                    updated,
                    1,
                )
            )


#: the order of the values in the ratings' rows (tuples: there are millions of them)
RATING_COLUMNS = (
    "id", "assessment_id", "code", "expression", "first_qualifier", "facilitator",
    "informant", "source", "evidence", "updated_at", "version",
)  # fmt: skip


def _insert(connection: Connection, rows: dict[str, list[Any]]) -> None:
    """Insert in an order that satisfies the foreign keys."""
    for model in TABLES:
        table = _table(model)
        items = rows.get(table.name)
        if not items:
            continue
        if table.name == "ratings":
            _insert_tuples(connection, table, RATING_COLUMNS, items)
        else:
            connection.execute(table.insert(), items)


def _insert_tuples(
    connection: Connection, table: Table, columns: Sequence[str], rows: list[tuple[Any, ...]]
) -> None:
    """Insert many rows without SQLAlchemy's per-row work: values go through the columns'
    bind processors (dates as SQLite stores them, enums as their values; each distinct value
    once), then to the driver: COPY on PostgreSQL, executemany elsewhere."""
    dialect = connection.dialect
    processors: list[tuple[int, Callable[[Any], Any], dict[Any, Any]] | None] = []
    for name in columns:
        processor = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        processors.append((columns.index(name), processor, {}) if processor else None)
    active: list[tuple[int, Callable[[Any], Any], dict[Any, Any]]] = [
        p for p in processors if p is not None
    ]
    if active:
        converted = []
        for row in rows:
            values = list(row)
            for index, convert, cache in active:
                raw = values[index]
                if raw is not None:
                    done = cache.get(raw)
                    if done is None:
                        done = cache[raw] = convert(raw)
                    values[index] = done
            converted.append(tuple(values))
        rows = converted  # type: ignore[assignment]
    names = ", ".join(columns)
    if dialect.name == "postgresql" and dialect.driver == "psycopg":
        raw_connection: Any = connection.connection.driver_connection
        with raw_connection.cursor() as cursor:
            with cursor.copy(f"COPY {table.name} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        return
    if dialect.paramstyle == "qmark":
        marks = ", ".join("?" for _ in columns)
        connection.exec_driver_sql(f"INSERT INTO {table.name} ({names}) VALUES ({marks})", rows)
        return
    connection.execute(table.insert(), [dict(zip(columns, row, strict=True)) for row in rows])


def _advance_sequences(connection: Connection) -> None:
    """PostgreSQL: move the id sequences past the explicit ids, for rows added later."""
    if connection.dialect.name != "postgresql":
        return
    for model in TABLES:
        name = _table(model).name
        connection.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
            f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {name}), false)"
        )


def _refresh_statistics(connection: Connection) -> None:
    """PostgreSQL: ANALYZE the filled tables now rather than when autovacuum gets to them;
    until then the planner knows nothing of the new rows, and opening a child takes 30 ms
    instead of 3 (a hash join over all ratings instead of the index)."""
    if connection.dialect.name == "postgresql":
        for model in TABLES:
            connection.exec_driver_sql(f"ANALYZE {_table(model).name}")


def _used_pesels(connection: Connection) -> set[str]:
    query = select(Child.pesel).where(Child.pesel.is_not(None))
    return {p for p in connection.scalars(query) if p}


def generate(
    db: Database,
    children: int,
    *,
    seed: int = 1,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    reference: date = REFERENCE_DATE,
    classification: Classification | None = None,
    batch_size: int = BATCH_SIZE,
) -> DemoSummary:
    """Add `children` synthetic children with everything around them to an open database.

    The same seed and count give the same rows in an empty database; in a database that
    already has records the new ids continue after the existing ones and the data differ
    (the seed is combined with the first new child id), so that a second run adds other
    children. Each batch of children is committed on its own: `progress(done, total)` is
    called after each, and `cancelled()` is asked before each, so a cancelled run stops
    after the current batch and leaves only complete children behind.
    """
    if children < 0:
        raise ValueError("the number of children cannot be negative")
    if classification is None:
        from app.classification_service import load_bundled

        classification = load_bundled()
    with db.engine.begin() as connection:
        ids = _next_ids(connection)
        used = _used_pesels(connection)
        existing = {
            name: ident
            for ident, name in connection.execute(select(Institution.id, Institution.name))
        }
        staff: dict[int, list[tuple[int, str]]] = {}
        for ident, institution, profession in connection.execute(
            select(Specialist.id, Specialist.institution_id, Specialist.profession)
            .where(Specialist.institution_id.is_not(None))
            .order_by(Specialist.id)
        ):
            if institution is not None:
                staff.setdefault(institution, []).append((ident, profession or ""))
    first_child = ids.next["children"]
    rng = random.Random(seed if first_child == 1 else seed * 1_000_003 + first_child)
    generator = _Generator(rng, classification, reference, ids, used)
    generator.institutions(existing, staff, children)

    counts = {
        "institutions": len(generator.new_institutions),
        "specialists": len(generator.new_specialists),
    }
    with db.engine.begin() as connection:
        if generator.new_institutions:
            connection.execute(_table(Institution).insert(), generator.new_institutions)
        if generator.new_specialists:
            connection.execute(_table(Specialist).insert(), generator.new_specialists)
        _advance_sequences(connection)

    done = 0
    for table in ("children", "guardians", "cases", "assessments", "ratings"):
        counts[table] = 0
    while done < children:
        if cancelled is not None and cancelled():
            break
        size = min(batch_size, children - done)
        rows = generator.batch(size)
        with db.engine.begin() as connection:
            _insert(connection, rows)
            _advance_sequences(connection)
        for table in ("children", "guardians", "cases", "assessments", "ratings"):
            counts[table] += len(rows[table])
        done += size
        if progress is not None:
            progress(done, children)

    summary = DemoSummary(**counts)
    with db.engine.begin() as connection:
        _refresh_statistics(connection)
    with db.session() as session:  # through the audit chain, like every other entry
        from app.storage.audit_chain import append

        append(
            session,
            AuditEntry(
                at=datetime.now(UTC),
                actor=ACTOR,
                action="demo",
                entity="database",
                entity_id=None,
                fields=json.dumps(sorted(k for k, v in counts.items() if v)),
            ),
        )
    return summary


def describe(summary: DemoSummary) -> str:
    """The summary in Polish, for the command line and the GUI."""
    return (
        f"Dodano dane demonstracyjne: placówki {summary.institutions}, "
        f"specjaliści {summary.specialists}, dzieci {summary.children}, "
        f"opiekunowie {summary.guardians}, sprawy {summary.cases}, "
        f"oceny {summary.assessments}, oceny kategorii {summary.ratings}."
    )


__all__: Sequence[str] = ("REFERENCE_DATE", "DemoSummary", "describe", "feminine", "generate")
