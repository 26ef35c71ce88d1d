"""Languages of the classification layer and its user-facing messages.

The GUI translates its own widgets with Qt Linguist; the layers below Qt (this package,
forms, services, command line) carry their messages in both languages as data, so the same
message reaches the GUI, the command line and the logs of either language.
"""

from __future__ import annotations

from collections.abc import Mapping

LANGUAGES: tuple[str, ...] = ("pl", "en")
DEFAULT_LANGUAGE = "pl"

_current = DEFAULT_LANGUAGE


def set_language(lang: str) -> None:
    """Set the language in which messages are rendered by default."""
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language: {lang!r}")
    _current = lang


def current_language() -> str:
    return _current


def pick(texts: Mapping[str, str], lang: str | None = None) -> str:
    """The text in `lang` (or the current language), falling back to any language present."""
    lang = lang or _current
    if texts.get(lang):
        return texts[lang]
    for other in LANGUAGES:
        if texts.get(other):
            return texts[other]
    for value in texts.values():
        if value:
            return value
    return ""


def plural_pl(n: int, one: str, few: str, many: str) -> str:
    """The Polish noun form for a count: 1 pytanie, 2 pytania, 5 pytań, 22 pytania."""
    if n == 1:
        return one
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return few
    return many
