"""A citizen's name as searches compare it: case and accents ignored ("nuria" finds
"Núria", "Núria" finds "Nuria", "inaki" finds "Iñaki").

Stored beside the name (`citizen.search_name`) and written by the app whenever it writes
the name, through `name_columns`: the queue's search (SQLite's trigram index is fed from
it by triggers; PostgreSQL scans it with LIKE), the lead's citizen filter and citizen find
all compare it with the search text folded by `fold_name`. Folding in Python on both
engines keeps them alike: PostgreSQL's `lower()` folds by the database's locale (ASCII
only under "C"), `unaccent` needs a superuser, and a trigger calling a Python function
would break every other connection to the SQLite file (the sqlite3 shell, a backup tool).

Unlike `search.fold_text` (words for the full-text index), punctuation stays: a search
for "2026-00" or "100%" is for those characters. Changing the folding needs a schema
version that folds every stored name again.
"""

from __future__ import annotations

import re
import unicodedata


def fold_name(text: str) -> str:
    """Case folded, accents off, recomposed (scripts written with other marks, such as
    Japanese kana, stay as typed)."""
    decomposed = unicodedata.normalize("NFD", text).casefold()  # casefold: "İ" is "i" + a mark
    # Latin, Greek and Cyrillic diacritics (the Combining Diacritical Marks block), as
    # the lead's word search drops them.
    return unicodedata.normalize("NFC", _ACCENTS.sub("", decomposed))


_ACCENTS = re.compile("[\u0300-\u036f]")


def name_columns(name: str) -> dict[str, str]:
    """The citizen columns to write for a new or changed name: the name and its key."""
    return {"name": name, "search_name": fold_name(name)}
