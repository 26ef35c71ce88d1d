"""Anonymous statistics for a school, a counselling centre or a county (pandas).

Only final assessments count (one that was amended counts through its newest version).
For each assessment and category the settled rating is used (see `app.profile.settled`).
A child's assessments are numbered in date order: round 1, round 2, …; the current state
of a child is their latest round.

Figures are numbers of distinct children. No figure about fewer than `THRESHOLD` (5)
children is shown: such a cell is suppressed (primary suppression), and so are further
cells in every row or column whose hidden cells could be worked out from the total and the
other cells: each such line hides at least two cells that together hold at least 5 children
(secondary suppression, repeated until every line is safe; see `suppress_lines`). Zero is
shown: it tells nothing about any child. Every hidden figure is shown as "×".

The tables hold no identities: no names, dates of birth, ids or free text ever enter the
frame past `load_frame`'s query (the date of birth only becomes an age band). Being
anonymous, they are open to every role (a coordinator's main tool), but once the database
has accounts only to a signed-in user (`statistics`).

Goals attained come from the reviews of support plans (`load_goals`): the latest review of
each plan, the attainment level (−2…+2) of each of its goals and its T-score, counted by
level and by kind of plan with the same suppression.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sqlalchemy import Integer, case, func, select, type_coerce

from app.services.access import Actor, acting, gate
from app.services.common import audit
from app.storage.database import Database
from app.storage.models import CONSENSUS, Assessment, AssessmentStatus, Child, Rating
from icf.classification import Classification
from icf.text import fold

THRESHOLD = 5
#: a suppressed figure
SUPPRESSED = -1
RANK = {"consensus": 0, "specialist": 1, "teacher": 2, "parent": 3, "student": 4}
AGE_BANDS = (
    (0, 2, "0–2"),
    (3, 6, "3–6"),
    (7, 9, "7–9"),
    (10, 14, "10–14"),
    (15, 19, "15–19"),
    (20, 99, "20+"),
)
VALUE_COLUMNS = ("0", "1", "2", "3", "4", "+1", "+2", "+3", "+4", "8", "9")

T = {
    "pl": {
        "by_category": "Rozkład ocen według kategorii",
        "by_category_note": "Liczba dzieci według kwalifikatora w ostatniej ocenie. 0–4: stopień "
        "problemu (czynniki środowiskowe: bariera), +1…+4: czynnik ułatwiający, 8: nieokreślone, "
        "9: nie dotyczy.",
        "by_chapter": "Rozkład ocen według rozdziałów",
        "by_chapter_note": "Liczba dzieci według najwyższego kwalifikatora w rozdziale "
        "(najpoważniejszej trudności lub bariery) w ostatniej ocenie.",
        "by_age": "Znaczne trudności według wieku",
        "by_school": "Znaczne trudności według szkoły",
        "by_sex": "Znaczne trudności według płci",
        "by_need": "Znaczne trudności według głównego obszaru potrzeb",
        "by_group_note": "Liczba dzieci z co najmniej umiarkowaną trudnością (kwalifikator 2–4) "
        "w danym rozdziale, w ostatniej ocenie; „Dzieci” – wszystkie dzieci w grupie.",
        "changes": "Zmiany między kolejnymi ocenami",
        "changes_note": "Dzieci ocenione w tej samej kategorii w dwóch kolejnych ocenach "
        "(pierwszej i ostatniej): poprawa, bez zmian, pogorszenie. Czynniki środowiskowe: "
        "poprawa to mniejsza bariera lub silniejszy czynnik ułatwiający.",
        "code": "Kod",
        "category": "Kategoria",
        "chapter": "Rozdział",
        "chapter_name": "Nazwa rozdziału",
        "children": "Dzieci",
        "group": "Grupa",
        "improved": "Poprawa",
        "unchanged": "Bez zmian",
        "worse": "Pogorszenie",
        "total": "Razem",
        "female": "dziewczęta",
        "male": "chłopcy",
        "no_school": "bez szkoły (wczesne wspomaganie)",
        "goals": "Osiągnięcie celów planów wsparcia",
        "goals_note": "Cele ocenione w ostatnim przeglądzie każdego planu według poziomu "
        "osiągnięcia (−2…+2); „Dzieci” – dzieci, które mają co najmniej jeden cel na tym "
        "poziomie.",
        "goals_t": "Wynik T osiągnięcia celów według rodzaju planu",
        "goals_t_note": "Ostatni przegląd każdego planu. Wynik T (Kiresuk i Sherman): 50 – cele "
        "osiągnięte zgodnie z założeniami, powyżej 50 – lepiej, poniżej – słabiej.",
        "level": "Poziom",
        "goals_col": "Cele",
        "plans_col": "Plany",
        "mean_t": "Średni wynik T",
        "kind": "Rodzaj planu",
        "suppressed": "×",
        "suppression_note": "× – liczba ukryta: dotyczy mniej niż 5 dzieci albo pozwoliłaby "
        "taką liczbę odtworzyć z sumy i pozostałych liczb.",
    },
    "en": {
        "by_category": "Distribution of ratings by category",
        "by_category_note": "Number of children by qualifier in their latest assessment. 0–4: "
        "extent of the problem (environmental factors: barrier), +1…+4: facilitator, 8: not "
        "specified, 9: not applicable.",
        "by_chapter": "Distribution of ratings by chapter",
        "by_chapter_note": "Number of children by their highest qualifier in the chapter (most "
        "serious difficulty or barrier) in the latest assessment.",
        "by_age": "Considerable difficulties by age",
        "by_school": "Considerable difficulties by school",
        "by_sex": "Considerable difficulties by sex",
        "by_need": "Considerable difficulties by main area of need",
        "by_group_note": "Number of children with at least a moderate difficulty (qualifier "
        "2–4) in the chapter in the latest assessment; “Children” – all children in the group.",
        "changes": "Changes between assessments",
        "changes_note": "Children rated in the same category in two assessments (the first and "
        "the latest): improved, unchanged, worse. Environmental factors: improved means a "
        "smaller barrier or a stronger facilitator.",
        "code": "Code",
        "category": "Category",
        "chapter": "Chapter",
        "chapter_name": "Chapter title",
        "children": "Children",
        "group": "Group",
        "improved": "Improved",
        "unchanged": "Unchanged",
        "worse": "Worse",
        "total": "Total",
        "female": "girls",
        "male": "boys",
        "no_school": "no school (early support)",
        "goals": "Goal attainment in support plans",
        "goals_note": "Goals rated at the latest review of each plan by level of attainment "
        "(−2…+2); “Children” – children with at least one goal at that level.",
        "goals_t": "Goal attainment T-score by kind of plan",
        "goals_t_note": "The latest review of each plan. T-score (Kiresuk and Sherman): 50 – goals "
        "attained as expected, above 50 better, below 50 worse.",
        "level": "Level",
        "goals_col": "Goals",
        "plans_col": "Plans",
        "mean_t": "Mean T-score",
        "kind": "Kind of plan",
        "suppressed": "×",
        "suppression_note": "× – figure hidden: it concerns fewer than 5 children or would "
        "let one work such a figure out from a total and the other figures.",
    },
}


GOAL_LEVELS: dict[str, dict[int, str]] = {
    "pl": {
        -2: "−2 znacznie poniżej oczekiwań",
        -1: "−1 poniżej oczekiwań",
        0: "0 zgodnie z oczekiwaniami",
        1: "+1 powyżej oczekiwań",
        2: "+2 znacznie powyżej oczekiwań",
    },
    "en": {
        -2: "−2 much less than expected",
        -1: "−1 less than expected",
        0: "0 as expected",
        1: "+1 more than expected",
        2: "+2 much more than expected",
    },
}
PLAN_KINDS: dict[str, dict[str, str]] = {
    "pl": {
        "ipet": "IPET",
        "family": "plan wsparcia rodziny",
        "intersectoral": "plan międzysektorowy",
    },
    "en": {
        "ipet": "IPET",
        "family": "family support plan",
        "intersectoral": "intersectoral plan",
    },
}


@dataclass(frozen=True)
class Scope:
    """Which children: a school (part of its name), a counselling centre (institution id)
    or, with neither, everyone in the database (a county's records)."""

    school: str | None = None
    centre_id: int | None = None
    label: str = ""

    def describe(self, lang: str) -> str:
        if self.label:
            return self.label
        if self.school:
            return self.school
        if self.centre_id is not None:
            return ("placówka nr " if lang == "pl" else "institution no. ") + str(self.centre_id)
        return "wszystkie dzieci w bazie" if lang == "pl" else "all children in the database"


@dataclass
class StatTable:
    key: str
    title: str
    note: str
    #: label columns first (text), then figure columns (int; SUPPRESSED for hidden)
    frame: pd.DataFrame
    label_columns: int
    #: which figure columns to chart (None: no chart)
    chart_columns: list[str] | None = None


@dataclass
class Statistics:
    scope: str
    children: int  # shown only when >= THRESHOLD, else SUPPRESSED
    assessments: int
    tables: list[StatTable] = field(default_factory=list)
    lang: str = "pl"

    def table(self, key: str) -> StatTable:
        return next(t for t in self.tables if t.key == key)


# --- loading ------------------------------------------------------------------------------


def load_frame(db: Database, scope: Scope) -> pd.DataFrame:
    """One row per final assessment (the first and the latest of each child) and category
    with the settled rating: child (a number used only for counting), age band, sex,
    school, round, code, value.

    Read in two light queries: the children's final assessments, then the agreed
    (consensus) ratings, which a final assessment normally has for every category, plus the
    few categories without one (the best informant's rating stands in for them).
    """
    visits_query = (
        select(
            Assessment.id,
            Assessment.child_id,
            Assessment.assessed_on,
            Assessment.amends_id,
            Child.birth_date,
            Child.sex,
            Child.school,
        )
        .join(Child, Child.id == Assessment.child_id)
        .where(Assessment.status == AssessmentStatus.FINAL)
    )
    if scope.school:
        visits_query = visits_query.where(Child.school_key.contains(fold(scope.school)))
    if scope.centre_id is not None:
        visits_query = visits_query.where(Child.institution_id == scope.centre_id)

    def scoped(query):  # type: ignore[no-untyped-def]
        query = query.join(Assessment, Assessment.id == Rating.assessment_id).where(
            Assessment.status == AssessmentStatus.FINAL
        )
        if scope.school or scope.centre_id is not None:
            query = query.join(Child, Child.id == Assessment.child_id)
        if scope.school:
            query = query.where(Child.school_key.contains(fold(scope.school)))
        if scope.centre_id is not None:
            query = query.where(Child.institution_id == scope.centre_id)
        return query

    columns = (
        Rating.assessment_id,
        Rating.code,
        func.coalesce(Rating.first_qualifier, -1),
        type_coerce(Rating.facilitator, Integer),  # no per-row bool conversion
    )
    agreed = scoped(select(*columns)).where(Rating.informant == CONSENSUS)
    # assessments with a category that has no agreed rating (rare): their other ratings too
    consensus = func.sum(case((Rating.informant == CONSENSUS, 1), else_=0))
    incomplete = (
        scoped(select(Rating.assessment_id))
        .group_by(Rating.assessment_id)
        .having(func.count(Rating.code.distinct()) > consensus)
    )

    def incomplete_ids() -> list[int]:
        with db.engine.connect() as own:
            return [row[0] for row in own.execute(incomplete)]

    # the check for categories without an agreed rating scans the ratings as the main read
    # does: on a second connection, at the same time (the driver releases the GIL in SQL)
    with ThreadPoolExecutor(max_workers=1) as pool, db.engine.connect() as connection:
        pending = pool.submit(incomplete_ids)
        visits = pd.DataFrame.from_records(
            [tuple(row) for row in connection.execute(visits_query)],
            columns=["assessment", "child", "day", "amends", "born", "sex", "school"],
        )
        # a million rows and more: read the driver's plain tuples, not result rows
        cursor = connection.execute(agreed).cursor
        chunks = []
        while batch := cursor.fetchmany(100_000):  # a chunk at a time: less memory
            chunks.append(np.fromiter(batch, dtype=RATING_ROW, count=len(batch)))
        ids = pending.result()
        others: list[tuple] = []  # type: ignore[type-arg]
        for start in range(0, len(ids), 500):
            others += connection.execute(
                select(*columns, Rating.informant).where(
                    Rating.assessment_id.in_(ids[start : start + 500]),
                    Rating.informant != CONSENSUS,
                )
            ).cursor.fetchall()
    table = np.concatenate(chunks) if chunks else np.empty(0, dtype=RATING_ROW)
    ratings = pd.DataFrame(
        {
            "assessment": table["assessment"],
            "code": pd.Categorical(table["code"]),
            "informant": CONSENSUS,
            "q": table["q"],
            "facilitator": table["facilitator"].astype(bool),
        }
    )
    if others:
        extra = pd.DataFrame.from_records(
            others, columns=["assessment", "code", "q", "facilitator", "informant"]
        )
        ratings = pd.concat([ratings, extra], ignore_index=True)
    return settle(visits, ratings)


def prepare(raw: pd.DataFrame) -> pd.DataFrame:
    """`settle` from one frame of rating rows that repeat their assessment's and child's
    details (columns: child, born, sex, school, assessment, day, amends, code, informant, q,
    facilitator); for crafted data in tests."""
    visits = raw[["assessment", "child", "day", "amends", "born", "sex", "school"]]
    ratings = raw[["assessment", "code", "informant", "q", "facilitator"]]
    return settle(visits.drop_duplicates("assessment"), ratings)


def settle(visits: pd.DataFrame, ratings: pd.DataFrame) -> pd.DataFrame:
    """From final assessments and their rating rows to one settled row per assessment and
    code of each child's first and latest assessment, with rounds, age bands and values."""
    if visits.empty or ratings.empty:
        return pd.DataFrame(
            columns=[
                "child",
                "assessment",
                "code",
                "round",
                "last",
                "band",
                "sex",
                "school",
                "value",
                "lab",
                "chapter",
            ]
        )
    amended = set(visits["amends"].dropna().astype(int))
    visits = visits[~visits["assessment"].isin(amended)].sort_values(["child", "day", "assessment"])
    visits = visits.assign(round=visits.groupby("child").cumcount() + 1)
    visits["last"] = visits["round"] == visits.groupby("child")["round"].transform("max")
    visits = visits[(visits["round"] == 1) | visits["last"]]
    born = pd.to_datetime(visits["born"])
    day = pd.to_datetime(visits["day"])
    before_birthday = (day.dt.month < born.dt.month) | (
        (day.dt.month == born.dt.month) & (day.dt.day < born.dt.day)
    )
    age = day.dt.year - born.dt.year - before_birthday.astype(int)
    bins = [-1] + [high for _, high, _ in AGE_BANDS]
    visits["band"] = pd.cut(age, bins=bins, labels=[label for *_, label in AGE_BANDS]).astype(str)
    visits["sex"] = visits["sex"].map(lambda s: getattr(s, "value", s))
    ratings = ratings[ratings["assessment"].isin(visits["assessment"])]
    if (ratings["informant"] != CONSENSUS).any():
        rank = ratings["informant"].map(RANK).fillna(9)
        ratings = (
            ratings.assign(rank=rank)
            .sort_values(["assessment", "code", "rank"], kind="stable")
            .drop_duplicates(["assessment", "code"])
        )
    q = ratings["q"].fillna(-1).to_numpy(dtype=np.int64)
    facilitator = ratings["facilitator"].fillna(0).to_numpy(dtype=bool)
    graded = np.where((q >= 0) & (q <= 4), q, np.nan)
    codes = ratings["code"].astype("category")
    frame = pd.DataFrame(
        {
            "assessment": ratings["assessment"].to_numpy(),
            "code": codes.to_numpy(),
            # facilitators negative; 8/9 (and a missing first qualifier) NaN
            "value": np.where(facilitator, -graded, graded),
            # the column of the distribution: 0-4, 11-14 for facilitators +1..+4, 8, 9
            "lab": np.where(facilitator & (q >= 1) & (q <= 4), q + 10, q),
            "chapter": np.asarray(codes.cat.categories.str[:2])[codes.cat.codes.to_numpy()],
        }
    )
    attributes = visits[["assessment", "child", "round", "last", "band", "sex", "school"]]
    return frame.merge(attributes, on="assessment")


#: a rating row as the statistics query reads it
RATING_ROW = np.dtype([("assessment", "i8"), ("code", "U6"), ("q", "i8"), ("facilitator", "i8")])

LAB_COLUMNS = {
    0: "0",
    1: "1",
    2: "2",
    3: "3",
    4: "4",
    11: "+1",
    12: "+2",
    13: "+3",
    14: "+4",
    8: "8",
    9: "9",
}


# --- suppression --------------------------------------------------------------------------

Cell = tuple[int, int]


def suppress_lines(
    matrix: np.ndarray,
    lines: list[list[Cell]],
    threshold: int = THRESHOLD,
    hidden_rows: list[int] = (),  # type: ignore[assignment]
    totals: set[Cell] = frozenset(),  # type: ignore[assignment]
) -> np.ndarray:
    """Counts with hidden figures as SUPPRESSED.

    Every figure of 1 to threshold-1 children is hidden, and so is every figure of the
    `hidden_rows` (a group too small to show). Each line is a set of cells whose sum is
    known to a reader (a row with its total, a column with its total, the cells that add
    up to a figure shown in another table). In a line with hidden cells a reader can work
    out their sum: so a line must hide at least two cells, and together at least
    `threshold` children (or none at all). Until that holds everywhere, another cell of
    an offending line is hidden: an inner cell rather than a total, the smallest non-zero
    one first.
    """
    values = np.asarray(matrix, dtype=np.int64)
    hidden = (values > 0) & (values < threshold)
    for row in hidden_rows:
        hidden[row, :] = True
    changed = True
    while changed:
        changed = False
        for line in lines:
            concealed = [cell for cell in line if hidden[cell]]
            if not concealed:
                continue
            concealed_sum = sum(int(values[cell]) for cell in concealed)
            if len(concealed) >= 2 and (concealed_sum == 0 or concealed_sum >= threshold):
                continue
            free = [cell for cell in line if not hidden[cell]]
            if not free:
                continue
            inner = [cell for cell in free if cell not in totals] or free
            pick = min(inner, key=lambda cell: (values[cell] == 0, values[cell]))
            hidden[pick] = True
            changed = True
    out = values.copy()
    out[hidden] = SUPPRESSED
    return out


def grid_lines(rows: int, cols: int) -> tuple[list[list[Cell]], set[Cell]]:
    """Lines of a table whose last row and last column are totals."""
    lines = [[(i, j) for j in range(cols)] for i in range(rows)]
    lines += [[(i, j) for i in range(rows)] for j in range(cols)]
    totals = {(rows - 1, j) for j in range(cols)} | {(i, cols - 1) for i in range(rows)}
    return lines, totals


def suppress(matrix: np.ndarray, threshold: int = THRESHOLD) -> np.ndarray:
    """Suppression for a table whose last row and last column are the totals."""
    values = np.asarray(matrix)
    lines, totals = grid_lines(*values.shape)
    return suppress_lines(values, lines, threshold, totals=totals)


def _with_totals(
    labels: list[list[str]],
    counts: np.ndarray,
    row_totals: np.ndarray,
    col_totals: np.ndarray,
    grand: int,
    total_label: str,
    label_names: list[str],
    count_names: list[str],
    total_name: str,
    extra_lines: list[list[int]] = (),  # type: ignore[assignment]
    total_row: bool = True,
) -> pd.DataFrame:
    """A table with its total column and row, suppressed. `extra_lines` are column indexes
    whose sum per row a reader knows from another table. Without `total_row` the column
    totals are left out of the table (they would count a child once per row) but the
    suppression still treats them as known."""
    matrix = np.zeros((counts.shape[0] + 1, counts.shape[1] + 1), dtype=np.int64)
    matrix[:-1, :-1] = counts
    matrix[:-1, -1] = row_totals
    matrix[-1, :-1] = col_totals
    matrix[-1, -1] = grand
    lines, totals = grid_lines(*matrix.shape)
    for columns in extra_lines:
        lines += [[(i, j) for j in columns] for i in range(matrix.shape[0])]
    shown = suppress_lines(matrix, lines, totals=totals)
    width = len(label_names)
    rows = [list(label) + list(values) for label, values in zip(labels, shown[:-1], strict=True)]
    if total_row:
        rows.append([total_label] + [""] * (width - 1) + list(shown[-1]))
    return pd.DataFrame(rows, columns=label_names + count_names + [total_name])


# --- tables -------------------------------------------------------------------------------


def _distinct(frame: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    return frame.groupby(by, observed=True)["child"].nunique()


def by_category(current: pd.DataFrame, classification: Classification, lang: str) -> StatTable:
    t = T[lang]
    # one settled rating per child and category: rows count children
    pivot = current.groupby(["code", "lab"], observed=True).size().unstack(fill_value=0)
    pivot = pivot.rename(columns=LAB_COLUMNS)
    pivot = pivot.reindex(columns=[c for c in VALUE_COLUMNS if c in pivot.columns], fill_value=0)
    pivot = pivot.loc[sorted(pivot.index, key=_code_key)]
    totals = pivot.sum(axis=1)
    # a child has one settled rating per category: rows add up to their totals
    frame = _with_totals(
        [[code, _title(classification, code, lang)] for code in pivot.index],
        pivot.to_numpy(),
        totals.to_numpy(),
        pivot.sum(axis=0).to_numpy(),
        int(pivot.to_numpy().sum()),
        t["total"],
        [t["code"], t["category"]],
        list(pivot.columns),
        t["children"],
        total_row=False,
    )
    return StatTable(
        "by_category",
        t["by_category"],
        t["by_category_note"],
        frame,
        2,
        [c for c in ("1", "2", "3", "4") if c in pivot.columns],
    )


def _chapter_max(current: pd.DataFrame) -> pd.DataFrame:
    """Per child and chapter the highest graded value (facilitators count as 0)."""
    graded = current.dropna(subset=["value"])
    worst = (
        graded.assign(v=graded["value"].clip(lower=0))
        .groupby(["child", "chapter"], observed=True)["v"]
        .max()
    )
    return worst.reset_index()


def by_chapter(
    current: pd.DataFrame,
    classification: Classification,
    lang: str,
    worst: pd.DataFrame | None = None,
) -> StatTable:
    t = T[lang]
    worst = _chapter_max(current) if worst is None else worst
    # one row per child and chapter: rows count children
    pivot = worst.groupby(["chapter", "v"], observed=True).size().unstack(fill_value=0)
    pivot.columns = [str(int(c)) for c in pivot.columns]
    pivot = pivot.reindex(
        columns=[c for c in ("0", "1", "2", "3", "4") if c in pivot.columns], fill_value=0
    )
    pivot = pivot.loc[sorted(pivot.index, key=_code_key)]
    frame = _with_totals(
        [[ch, _title(classification, ch, lang)] for ch in pivot.index],
        pivot.to_numpy(),
        pivot.sum(axis=1).to_numpy(),
        pivot.sum(axis=0).to_numpy(),
        int(pivot.to_numpy().sum()),
        t["total"],
        [t["chapter"], t["chapter_name"]],
        list(pivot.columns),
        t["children"],
        # the "at least moderate" figures of the group tables add up columns 2-4
        [[list(pivot.columns).index(c) for c in ("2", "3", "4") if c in pivot.columns]],
        total_row=False,
    )
    return StatTable(
        "by_chapter",
        t["by_chapter"],
        t["by_chapter_note"],
        frame,
        2,
        [c for c in ("2", "3", "4") if c in pivot.columns],
    )


def main_need(current: pd.DataFrame) -> pd.Series:
    """Per child the chapter of body functions or activities with the highest mean
    qualifier: the "main area of need" (the records have no coded kind of need yet)."""
    chapters = [c for c in pd.unique(current["chapter"]) if str(c)[0] in "bd"]
    graded = current[current["chapter"].isin(chapters)].dropna(subset=["value"])
    means = graded.groupby(["child", "chapter"], observed=True)["value"].mean().reset_index()
    means = means.sort_values(["child", "value", "chapter"], ascending=[True, False, True])
    return means.drop_duplicates("child").set_index("child")["chapter"]


def by_group(
    current: pd.DataFrame,
    groups: pd.Series,
    key: str,
    lang: str,
    classification: Classification,
    order: list[str] | None = None,
    worst: pd.DataFrame | None = None,
) -> StatTable:
    """Rows: groups; columns: chapters; figures: children with at least a moderate
    difficulty (2-4) in the chapter; plus every child of the group. `groups` maps every
    child of `current` to a group."""
    t = T[lang]
    worst = _chapter_max(current) if worst is None else worst
    worst = worst[~worst["chapter"].astype(str).str.startswith("e")]
    chapters = sorted(pd.unique(worst["chapter"]), key=_code_key)
    severe = worst[worst["v"] >= 2]
    severe = severe.assign(group=severe["child"].map(groups).to_numpy())
    # one row per child and chapter: rows count children
    pivot = severe.groupby(["group", "chapter"], observed=True).size().unstack(fill_value=0)
    everyone = groups.value_counts()
    names = order or sorted(everyone.index, key=fold)
    names = [g for g in names if g in everyone.index]
    pivot = pivot.reindex(index=names, columns=chapters, fill_value=0)
    counts = np.column_stack([pivot.to_numpy(), everyone.reindex(names).to_numpy()])
    # rows do not add up (a child may count in several chapters); each column adds up to
    # the total row, which is shown (a reader could also add it up from other tables)
    matrix = np.zeros((counts.shape[0] + 1, counts.shape[1]), dtype=np.int64)
    matrix[:-1] = counts
    matrix[-1] = counts.sum(axis=0)
    last = matrix.shape[0] - 1
    lines = [[(i, j) for i in range(matrix.shape[0])] for j in range(matrix.shape[1])]
    small = [i for i in range(last) if 0 < matrix[i, -1] < THRESHOLD]
    shown = suppress_lines(
        matrix, lines, hidden_rows=small, totals={(last, j) for j in range(matrix.shape[1])}
    )
    rows = [[g] + list(v) for g, v in zip(names, shown[:-1], strict=True)]
    rows.append([t["total"]] + list(shown[-1]))
    frame = pd.DataFrame(rows, columns=[t["group"]] + chapters + [t["children"]])
    return StatTable(key, t[key], t["by_group_note"], frame, 1, chapters)


def changes(frame: pd.DataFrame, classification: Classification, lang: str) -> StatTable:
    t = T[lang]
    graded = frame.dropna(subset=["value"])
    first = graded[graded["round"] == 1][["child", "code", "value"]]
    last = graded[graded["last"] & (graded["round"] > 1)][["child", "code", "value"]]
    pair = first.merge(last, on=["child", "code"], suffixes=("_a", "_b"))
    delta = pair["value_b"] - pair["value_a"]
    pair["change"] = np.select([delta < 0, delta == 0], ["improved", "unchanged"], "worse")
    pivot = pair.groupby(["code", "change"])["child"].nunique().unstack(fill_value=0)
    pivot = pivot.reindex(columns=["improved", "unchanged", "worse"], fill_value=0)
    pivot = pivot.loc[sorted(pivot.index, key=_code_key)]
    frame_out = _with_totals(
        [[code, _title(classification, code, lang)] for code in pivot.index],
        pivot.to_numpy(),
        pivot.sum(axis=1).to_numpy(),
        pivot.sum(axis=0).to_numpy(),
        int(pivot.to_numpy().sum()),
        t["total"],
        [t["code"], t["category"]],
        [t["improved"], t["unchanged"], t["worse"]],
        t["children"],
        total_row=False,
    )
    return StatTable(
        "changes",
        t["changes"],
        t["changes_note"],
        frame_out,
        2,
        [t["improved"], t["unchanged"], t["worse"]],
    )


GOAL_COLUMNS = ["child", "plan", "kind", "review", "reviewed_on", "t_score", "level"]


def load_goals(db: Database, scope: Scope) -> pd.DataFrame:
    """One row per goal rated at a review (child and plan numbers only for counting): child,
    plan, kind of plan, review, its date and T-score, the goal's attainment level."""
    from app.storage.plans_models import GoalAttainment, PlanReview, SupportPlan

    query = (
        select(
            SupportPlan.child_id,
            SupportPlan.id,
            SupportPlan.kind,
            PlanReview.id,
            PlanReview.reviewed_on,
            PlanReview.t_score,
            GoalAttainment.level,
        )
        .join(PlanReview, PlanReview.plan_id == SupportPlan.id)
        .join(GoalAttainment, GoalAttainment.review_id == PlanReview.id)
        .join(Child, Child.id == SupportPlan.child_id)
    )
    if scope.school:
        query = query.where(Child.school_key.contains(fold(scope.school)))
    if scope.centre_id is not None:
        query = query.where(Child.institution_id == scope.centre_id)
    with db.engine.connect() as connection:
        rows = [
            (child, plan, getattr(kind, "value", kind), review, day, t, level)
            for child, plan, kind, review, day, t, level in connection.execute(query)
        ]
    return pd.DataFrame.from_records(rows, columns=GOAL_COLUMNS)


def goals_attained(goals: pd.DataFrame | None, lang: str) -> list[StatTable]:
    """Goal attainment at the latest review of each plan: goals and children by level, and
    plans, children and the mean T-score by kind of plan. A level or a kind of plan with
    fewer than 5 children is hidden, and so is what would let it be worked out."""
    t = T[lang]
    if goals is None or goals.empty:
        return []
    latest = (
        goals.sort_values(["plan", "reviewed_on", "review"])
        .groupby("plan")["review"]
        .transform("last")
        .reindex(goals.index)
    )
    rated = goals[goals["review"] == latest]

    levels = [-2, -1, 0, 1, 2]
    matrix = np.zeros((len(levels) + 1, 2), dtype=np.int64)
    for row, level in enumerate(levels):
        at = rated[rated["level"] == level]
        matrix[row] = (len(at), at["child"].nunique())
    matrix[-1] = (len(rated), rated["child"].nunique())
    last = len(levels)
    small = [i for i in range(last) if 0 < matrix[i, 1] < THRESHOLD]
    lines = [[(i, j) for i in range(last + 1)] for j in range(2)]
    shown = suppress_lines(matrix, lines, hidden_rows=small, totals={(last, 0), (last, 1)})
    if matrix[-1, 1] < THRESHOLD:
        shown[:, :] = SUPPRESSED
    rows = [[GOAL_LEVELS[lang][level], *shown[i]] for i, level in enumerate(levels)]
    rows.append([t["total"], *shown[-1]])
    by_level = StatTable(
        "goals",
        t["goals"],
        t["goals_note"],
        pd.DataFrame(rows, columns=[t["level"], t["goals_col"], t["children"]]),
        1,
        [t["goals_col"]],
    )

    plans = rated.drop_duplicates("plan")[["plan", "kind", "child", "t_score"]]
    kinds = [k for k in ("ipet", "family", "intersectoral") if k in set(plans["kind"])]
    counts = np.zeros((len(kinds) + 1, 2), dtype=np.int64)
    means: list[float | None] = []
    for row, kind in enumerate(kinds):
        of_kind = plans[plans["kind"] == kind]
        counts[row] = (len(of_kind), of_kind["child"].nunique())
        means.append(_mean(of_kind["t_score"]))
    counts[-1] = (len(plans), plans["child"].nunique())
    means.append(_mean(plans["t_score"]))
    last = len(kinds)
    small = [i for i in range(last) if 0 < counts[i, 1] < THRESHOLD]
    lines = [[(i, j) for i in range(last + 1)] for j in range(2)]
    shown = suppress_lines(counts, lines, hidden_rows=small, totals={(last, 0), (last, 1)})
    if counts[-1, 1] < THRESHOLD:
        shown[:, :] = SUPPRESSED
    rows = []
    for i, name in enumerate([PLAN_KINDS[lang][k] for k in kinds] + [t["total"]]):
        # a mean is hidden wherever the number of children behind it is
        mean = SUPPRESSED if shown[i, 1] == SUPPRESSED or means[i] is None else means[i]
        rows.append([name, *shown[i], mean])
    by_kind = StatTable(
        "goals_t",
        t["goals_t"],
        t["goals_t_note"],
        pd.DataFrame(rows, columns=[t["kind"], t["plans_col"], t["children"], t["mean_t"]]),
        1,
        None,
    )
    return [by_level, by_kind]


def _mean(values: pd.Series) -> float | None:
    values = values.dropna()
    return round(float(values.mean()), 1) if len(values) else None


def _title(classification: Classification, code: str, lang: str) -> str:
    entry = classification.get(code)
    return entry.title_in(lang) if entry else code


def _code_key(code: str) -> tuple[int, str]:
    return ({"b": 0, "s": 1, "d": 2, "e": 3}.get(code[0], 9), code)


def compute(
    frame: pd.DataFrame,
    classification: Classification,
    lang: str = "pl",
    scope: str = "",
    goals: pd.DataFrame | None = None,
) -> Statistics:
    t = T[lang]
    if frame.empty:
        return Statistics(scope, 0, 0, goals_attained(goals, lang), lang)
    current = frame[frame["last"]]
    n_children = int(current["child"].nunique())
    n_assessments = int(frame["assessment"].nunique())
    worst = _chapter_max(current)
    tables = [
        by_category(current, classification, lang),
        by_chapter(current, classification, lang, worst),
    ]
    per_child = current.drop_duplicates("child").set_index("child")
    bands = per_child["band"]
    ages = [label for *_, label in AGE_BANDS]
    tables.append(by_group(current, bands, "by_age", lang, classification, ages, worst))
    schools = per_child["school"].fillna(t["no_school"])
    tables.append(by_group(current, schools, "by_school", lang, classification, None, worst))
    sexes = per_child["sex"].map({"F": t["female"], "M": t["male"]})
    tables.append(
        by_group(current, sexes, "by_sex", lang, classification, [t["female"], t["male"]], worst)
    )
    need = main_need(current)
    need_names = need.map(lambda ch: f"{ch} {_title(classification, ch, lang)}")
    needs = need_names.reindex(per_child.index).fillna("–")
    tables.append(by_group(current, needs, "by_need", lang, classification, None, worst))
    tables.append(changes(frame, classification, lang))
    tables.extend(goals_attained(goals, lang))
    return Statistics(
        scope,
        n_children if n_children >= THRESHOLD else SUPPRESSED,
        n_assessments if n_children >= THRESHOLD else SUPPRESSED,
        tables,
        lang,
    )


def statistics(
    db: Database,
    scope: Scope,
    classification: Classification,
    lang: str = "pl",
    *,
    actor: str | Actor | None = None,
) -> Statistics:
    """The tables for `scope`, for `actor` (default: whoever acts in the program now).
    Anonymous, so every role may compute them, but once the database has accounts only a
    signed-in user (app.services.access.gate); each computation is noted in the audit log."""
    with db.session() as session:
        who = gate(session, acting(actor))
        audit(session, who, "view", "statistics", None)
    return compute(
        load_frame(db, scope), classification, lang, scope.describe(lang), load_goals(db, scope)
    )
