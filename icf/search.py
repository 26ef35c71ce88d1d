"""Type-ahead search over codes and titles in every language of a classification.

Queries are folded (case and diacritics ignored). A query matches an entry when it is a
prefix of the entry's code, or when every query word is the prefix of some word of one of
its titles (`uwag podziel` finds “Dzielenie uwagi”... in any language). Ranking, best first:
exact code, code prefix (shorter codes first), a title that starts with the query, a title
whose first words match, then words anywhere — ties by level, then classification order.

Polish inflects: “uwaga” should find “Funkcje uwagi”, “szkoła” “Edukacja szkolna”. A query
word of four or more letters ending in vowels also matches through its stem (the word
without those vowels: `uwag`, `szkol`); such matches rank after the literal ones.

The index maps every distinct title word to the entries containing it; a query word's
candidates are found by bisecting the sorted word list for the prefix range, so a query
costs a few set intersections rather than a scan of the classification.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from icf.classification import Classification, Entry, Kind
from icf.text import fold, words

_CODE_QUERY = re.compile(r"[bsde]\d{0,5}(-[bsde]?\d{0,3})?")


@dataclass(frozen=True)
class Hit:
    entry: Entry
    rank: tuple[int, int, int]
    language: str | None  # the language whose title matched (None for a code match)


class SearchIndex:
    def __init__(self, classification: Classification) -> None:
        self._entries: list[Entry] = [e for e in classification if e.kind is not Kind.COMPONENT]
        self._codes: list[tuple[str, int]] = sorted(
            (e.code, i) for i, e in enumerate(self._entries)
        )
        self._code_keys = [c for c, _ in self._codes]
        # per entry and language: folded title and its words
        self._titles: list[dict[str, tuple[str, list[str]]]] = []
        postings: dict[str, set[int]] = {}
        for i, entry in enumerate(self._entries):
            per_lang = {}
            for lang, title in entry.title.items():
                ws = words(title)
                per_lang[lang] = (" ".join(ws), ws)
                for w in ws:
                    postings.setdefault(w, set()).add(i)
            self._titles.append(per_lang)
        self._words = sorted(postings)
        self._postings = [postings[w] for w in self._words]

    def _with_prefix(self, prefix: str) -> set[int]:
        lo = bisect.bisect_left(self._words, prefix)
        hi = bisect.bisect_left(self._words, prefix + "\uffff")
        if hi - lo == 1:
            return self._postings[lo]
        found: set[int] = set()
        for postings in self._postings[lo:hi]:
            found |= postings
        return found

    def search(self, query: str, limit: int = 50) -> list[Hit]:
        q = fold(query).strip()
        if not q:
            return []
        hits: dict[int, Hit] = {}
        compact = q.replace(" ", "")
        if _CODE_QUERY.fullmatch(compact):
            lo = bisect.bisect_left(self._code_keys, compact)
            hi = bisect.bisect_left(self._code_keys, compact + "\uffff")
            for code, i in self._codes[lo:hi]:
                exact = code == compact
                hits[i] = Hit(self._entries[i], (0 if exact else 1, len(code), i), None)
        terms = [(w, _stem(w)) for w in words(q)]
        if terms:
            candidates: set[int] | None = None
            for _word, stem in sorted(terms, key=lambda t: len(t[0]), reverse=True):
                found = self._with_prefix(stem)
                candidates = found if candidates is None else candidates & found
                if not candidates:
                    break
            for i in candidates or ():
                if i in hits:
                    continue
                rank, lang = self._title_rank(i, terms)
                if lang is not None:  # all words matched within one language's title
                    hits[i] = Hit(self._entries[i], (rank, self._entries[i].level, i), lang)
        ordered = sorted(hits.values(), key=lambda h: h.rank)
        return ordered[:limit]

    def _title_rank(self, i: int, terms: list[tuple[str, str]]) -> tuple[int, str | None]:
        """2: title starts with the query; 3: query words match the title's first words in
        order; 4: every query word prefixes some title word (any order); 5-7: the same, but
        some word matched only through its stem."""
        best, best_lang = 99, None
        q_words = [word for word, _ in terms]
        joined_q = " ".join(q_words)
        for lang, (joined, ws) in self._titles[i].items():
            if not all(any(w.startswith(stem) for w in ws) for _, stem in terms):
                continue
            literal = all(any(w.startswith(word) for w in ws) for word in q_words)
            if literal and joined.startswith(joined_q):
                rank = 2
            elif len(ws) >= len(terms) and all(
                w.startswith(word if literal else stem)
                for w, (word, stem) in zip(ws, terms, strict=False)
            ):
                rank = 3
            else:
                rank = 4
            if not literal:
                rank += 3
            if rank < best:
                best, best_lang = rank, lang
        return best, best_lang


_VOWELS = "aeiouy"


def _stem(word: str) -> str:
    """The word without trailing vowels when at least three letters remain (`uwaga` → `uwag`,
    `szkola` → `szkol`, `emocje` → `emocj`); short words and codes stay as they are."""
    if len(word) < 4 or not word.isalpha():
        return word
    stem = word.rstrip(_VOWELS)
    return stem if len(stem) >= 3 else word
