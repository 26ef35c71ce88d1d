"""Errors in rule files and planning input, with messages in Polish and English."""

from __future__ import annotations

from icf.errors import ICFError

PLANS_MESSAGES: dict[str, dict[str, str]] = {
    "rule_invalid": {
        "pl": "Plik reguł {file}, wiersz {line}: {reason}",
        "en": "Rule file {file}, line {line}: {reason}",
    },
    "rules_missing": {
        "pl": "Nie znaleziono plików reguł w folderze {folder}.",
        "en": "No rule files found in the folder {folder}.",
    },
    "bad_input": {
        "pl": "{what}: {reason}",
        "en": "{what}: {reason}",
    },
}


class PlansError(ICFError):
    catalog = PLANS_MESSAGES


class RuleFileError(PlansError):
    """A rule file that cannot be trusted; no rule of it is used."""

    def __init__(self, file: str, line: int, pl: str, en: str) -> None:
        self.file = file
        self.line = line
        super().__init__("rule_invalid", file=file, line=line, reason={"pl": pl, "en": en})
