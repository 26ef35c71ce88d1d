"""Text folding for search: case- and diacritic-insensitive comparison of Polish and English."""

from __future__ import annotations

import re
import unicodedata

# letters that do not decompose into a base letter and a combining mark
_EXTRA = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})
_WORD = re.compile(r"[0-9a-z]+")


def fold(text: str) -> str:
    """Lower case without diacritics: `Żywienie` → `zywienie`, `Łączenie` → `laczenie`."""
    text = text.translate(_EXTRA).casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """Folded words of a text (letters and digits), in order."""
    return _WORD.findall(fold(text))
