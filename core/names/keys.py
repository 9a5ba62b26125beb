"""The keys under which a name's spellings meet, and the rules that join a short name to a long
one: shared by the names of one article (``core.names.entities``) and the people across a
library (``core.names.people``). Light on purpose (no word lists, no regular expressions): the
library's people view needs these and nothing else of the names' code."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable


def normalise(form: str) -> str:
    """The key under which spellings of one name meet: case, accents and apostrophes folded."""
    folded = form.casefold()
    if not folded.isascii():  # ASCII has no accent to take off (most names of a library)
        folded = unicodedata.normalize("NFKD", folded)
        folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
        folded = folded.translate(_UNDECOMPOSED)  # "wojtyła" is "wojtyla"
    return " ".join(folded.replace("’", "'").replace("-", " ").split())


# Letters with a stroke that Unicode does not decompose into a letter and a mark.
_UNDECOMPOSED = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ħ": "h", "ı": "i"})


def shorter_form(short: str, long: str) -> bool:
    """ "lucia ortega" of "lucia ortega diaz"; "b. obama" or "j. l. martin" of "barack obama",
    "jean luc martin"; "barack obama" of "barack hussein obama" (keys as ``normalise`` gives
    them); "j.m.g. le clezio" of "jean marie gustave le clezio" (initials written together)."""
    a, b = _initials_apart(short.split()), long.split()
    if len(a) < len(b) and b[: len(a)] == a:
        return True
    if len(a) == 2 and 3 <= len(b) <= 5 and (a[0], a[1]) == (b[0], b[-1]):
        # "vladimir poutine" of "vladimir vladimirovitch poutine" (a middle name), "antonio
        # guterres" of "antonio manuel de oliveira guterres" (more of them)
        return True
    if len(a) >= 3 and len(b) > len(a) and a[-2:] == b[-2:] and _in_order(a[:-2], b[:-2]):
        # "mario vargas llosa" of "jorge mario pedro vargas llosa": a surname of two words and
        # some of the given names
        return True
    if (
        len(a) >= 3
        and len(b) > len(a)
        and (a[0], a[-1]) == (b[0], b[-1])
        and _in_order(a[1:-1], b[1:-1])
    ):  # "mohamed ould ghazouani" of "mohamed ould cheikh el ghazouani": fewer middle words
        return True
    if len(a) == len(b) >= 3 and a[0] == b[0] and a[-1] == b[-1] and a != b:
        # "robert j. lefkowitz" of "robert joseph lefkowitz": a middle name's initial
        pairs = zip(a, b, strict=True)
        return all(x == y or (len(x.rstrip(".")) == 1 and y[0] == x[0]) for x, y in pairs)
    if len(a) != len(b) or a[-1] != b[-1]:
        return False
    initials = a[:-1]  # (a particle is written out: "a. le gall" of "anne le gall")
    return initials != b[:-1] and all(
        i == w or (len(i.rstrip(".")) == 1 and i[0] == w[0])
        for i, w in zip(initials, b[:-1], strict=True)
    )


def _in_order(some: list[str], words: list[str]) -> bool:
    """Whether ``some`` are among ``words``, in the same order."""
    rest = iter(words)
    return all(word in rest for word in some)


def _initials_apart(words: list[str]) -> list[str]:
    """ "j.m.g." as "j." "m." "g.": initials written together, one word each."""
    apart: list[str] = []
    for word in words:
        letters = word.split(".")
        if len(letters) > 2 and letters[-1] == "" and all(len(x) == 1 for x in letters[:-1]):
            apart.extend(f"{x}." for x in letters[:-1])
        else:
            apart.append(word)
    return apart


def name_owners(full_names: Iterable[str]) -> Callable[[str], list[str]]:
    """The rule that joins a lone name to a full one (normalised keys): a one-word name belongs
    to the full names it ends (a surname), else to those it begins (a first name). It joins
    when it has exactly one owner. Used inside an article (where a name of several owners is
    shared among them by nearness) and across the library (``core.names.people``, where it
    stays apart, marked ambiguous)."""
    by_last: dict[str, list[str]] = defaultdict(list)
    by_first: dict[str, list[str]] = defaultdict(list)
    for key in dict.fromkeys(full_names):
        parts = key.split()
        by_last[parts[-1]].append(key)
        by_first[parts[0]].append(key)

    def owners(key: str) -> list[str]:
        return by_last.get(key) or by_first.get(key) or []

    return owners
