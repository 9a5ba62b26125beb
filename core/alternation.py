"""Word lists as regular expressions that fail fast.

``"(?:rue|route|roi)"`` makes Python's engine try each word in turn at every place it looks;
with case folded (``(?i:…)``) each try costs a case conversion per character, and the names and
dates rules scan a whole book this way. ``one_of`` writes the same words as a tree of their
shared beginnings, ``"(?:r(?:ue|o(?:ute|i)))"``: one character decides between the branches.

It matches the same strings as the plain alternation. Where one word is the start of another
("baron", "baronne"), the longer is tried first, as in an alternation sorted longest first; so
a pattern gives the same matches either way (``tests/core/test_alternation.py`` checks this).
A list read ignoring case is written in one case: "É" and "é" would be two branches that both
match, and the first would win where the plain alternation tries the longer word first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["one_of"]

_END = ""  # the key marking the end of a word in the tree (no token is empty)
_Tree = dict[str, "_Tree"]


def _tokens(word: str, space: str, apostrophe: str | None) -> list[str]:
    out = []
    for ch in word:
        if ch == " ":
            out.append(space)
        elif apostrophe is not None and ch == "'":
            out.append(apostrophe)
        else:
            out.append(re.escape(ch))
    return out


def one_of(words: Iterable[str], *, space: str = r"\s+", apostrophe: str | None = None) -> str:
    """A non-capturing group matching any of ``words``: the blanks between two parts of a word
    match ``space`` (a word is read as its parts: blanks around it or doubled in it change
    nothing), and a straight apostrophe ``apostrophe`` where one is given (``"['’]"``)."""
    tree: _Tree = {}
    for word in {" ".join(w.split()) for w in words}:
        if not word:
            raise ValueError("an empty word would match everywhere")
        node = tree
        for token in _tokens(word, space, apostrophe):
            node = node.setdefault(token, {})
        node[_END] = {}
    return f"(?:{_branches(tree)})"


def _branches(node: _Tree) -> str:
    ways = [token + _branches(child) for token, child in sorted(node.items()) if token]
    if not ways:
        return ""
    body = "|".join(ways)
    if _END in node:  # a word ends here and longer ones go on: the longer first (greedy "?")
        return f"(?:{body})?"
    return body if len(ways) == 1 else f"(?:{body})"
