"""Errors a user can meet with plans, reviews and the support network directory."""

from __future__ import annotations

from icf.errors import ICFError

PLANNING_MESSAGES: dict[str, dict[str, str]] = {
    "directory_rows": {
        "pl": "Plik {file} nie został zaimportowany; nic nie zmieniono. Popraw te wiersze i wczytaj go ponownie:\n{rows}",
        "en": "The file {file} was not imported; nothing was changed. Correct these rows and import it again:\n{rows}",
    },
    "directory_file": {
        "pl": "Nie można odczytać pliku {file}: {reason}",
        "en": "Cannot read the file {file}: {reason}",
    },
    "directory_format": {
        "pl": "Plik {file}: obsługiwane są tylko pliki .xlsx i .csv.",
        "en": "File {file}: only .xlsx and .csv files are supported.",
    },
    "item_not_in_plan": {
        "pl": "Ta pozycja nie należy do tego planu.",
        "en": "This item does not belong to this plan.",
    },
    "not_a_goal": {
        "pl": "Poziom osiągnięcia ocenia się tylko dla celów planu (pozycja {item} nie jest celem).",
        "en": "Attainment is rated for the plan's goals only (item {item} is not a goal).",
    },
    "bad_level": {
        "pl": "Poziom osiągnięcia celu to liczba od −2 do +2 (podano {level}).",
        "en": "A goal attainment level is a number from −2 to +2 ({level} given).",
    },
    "no_goals_rated": {
        "pl": "Przegląd wymaga oceny osiągnięcia co najmniej jednego przyjętego celu.",
        "en": "A review needs the attainment of at least one accepted goal.",
    },
    "plan_closed": {
        "pl": "Plan jest zamknięty i nie można go zmieniać.",
        "en": "The plan is closed and cannot be changed.",
    },
    "other_child": {
        "pl": "Ocena {assessment} dotyczy innego dziecka niż plan.",
        "en": "The assessment {assessment} is about a different child than the plan.",
    },
}


class PlanningError(ICFError):
    catalog = PLANNING_MESSAGES
