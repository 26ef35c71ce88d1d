"""Children as a counselling centre meets them, written as ratings (informant, coded
expression). Ages are in full years on the day of the assessment. Fictional children."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Vignette:
    name: str
    age: int
    story: str
    ratings: tuple[tuple[str, str], ...]


KUBA = Vignette(
    "Kuba",
    8,
    "Grade 2; cannot stay with a task, shouts out answers, forgets his things; the teacher "
    "and the mother both see it; reads at the level of the class.",
    (
        ("teacher", "b140.3"),
        ("parent", "b140.2"),
        ("specialist", "b1304.2"),
        ("teacher", "d160.3"),
        ("parent", "d160.2"),
        ("teacher", "d250.2"),
        ("parent", "d230.2"),
        ("specialist", "d166.0"),
        ("teacher", "d170.1"),
        ("specialist", "b117.0"),
    ),
)

ZOSIA = Vignette(
    "Zosia",
    10,
    "Grade 4; bright and talkative, reads slowly with many errors and avoids writing; in "
    "a one-to-one test she reads better than in class.",
    (
        ("specialist", "d166.32"),
        ("teacher", "d140.2"),
        ("teacher", "d170.2"),
        ("specialist", "d145.22"),
        ("teacher", "b140.1"),
        ("specialist", "b117.0"),
        ("specialist", "d330.0"),
        ("teacher", "d172.1"),
    ),
)

ANTEK = Vignette(
    "Antek",
    6,
    "Last preschool year; replaces sounds, speaks in short sentences, follows instructions.",
    (
        ("specialist", "b320.2"),
        ("specialist", "d330.2"),
        ("parent", "d310.0"),
        ("specialist", "b167.1"),
        ("teacher", "d710.0"),
    ),
)

MICHAL = Vignette(
    "Michał",
    12,
    "Grade 6, autism spectrum; alone at breaks, talks about his interests only, covers his "
    "ears in the canteen, distressed by changes in the timetable.",
    (
        ("specialist", "d710.3"),
        ("teacher", "d720.2"),
        ("specialist", "d350.2"),
        ("specialist", "b156.2"),
        ("consensus", "e250.3"),
        ("teacher", "d2500.3"),
        ("specialist", "b117.0"),
        ("teacher", "d166.0"),
    ),
)

OLA = Vignette(
    "Ola",
    9,
    "Grade 3, cerebral palsy; walks with crutches, the school has stairs and no lift, "
    "writes slowly.",
    (
        ("specialist", "b760.3"),
        ("specialist", "d450.3"),
        ("teacher", "d460.3"),
        ("teacher", "d440.2"),
        ("consensus", "e150.3"),
        ("specialist", "b117.0"),
        ("teacher", "d166.1"),
    ),
)

HANIA = Vignette(
    "Hania",
    14,
    "Grade 8, moderate intellectual disability; needs help dressing after PE; the family "
    "asks about the next school.",
    (
        ("specialist", "b117.3"),
        ("specialist", "d175.3"),
        ("teacher", "d540.2"),
        ("parent", "d540.2"),
        ("teacher", "d166.2"),
    ),
)

BARTEK = Vignette(
    "Bartek",
    11,
    "Grade 5; fights when provoked, cries after failures; the father left, the mother works "
    "shifts and is overwhelmed; rarely talks with his mother.",
    (
        ("specialist", "b1521.3"),
        ("teacher", "d240.3"),
        ("teacher", "d7202.3"),
        ("consensus", "e310.3"),
        ("consensus", "e410.2"),
        ("specialist", "d760.2"),
        ("specialist", "b117.0"),
    ),
)

KASIA = Vignette(
    "Kasia",
    7,
    "Grade 1, hard of hearing with hearing aids; the classroom is noisy and the school has "
    "no FM system.",
    (
        ("specialist", "b230.3"),
        ("teacher", "d115.2"),
        ("consensus", "e125.2"),
        ("specialist", "d330.1"),
        ("specialist", "b117.0"),
    ),
)

TYPICAL = Vignette(
    "Janek",
    9,
    "Grade 3, referred by mistake with a friend's papers: no difficulty found.",
    (
        ("specialist", "b140.0"),
        ("teacher", "d160.1"),
        ("teacher", "d166.0"),
        ("teacher", "d170.1"),
        ("specialist", "d710.0"),
        ("consensus", "e310+3"),
        ("consensus", "e325+2"),
    ),
)

ALL = (KUBA, ZOSIA, ANTEK, MICHAL, OLA, HANIA, BARTEK, KASIA, TYPICAL)
