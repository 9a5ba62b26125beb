"""People across articles: the persons of many articles merged by name and aliases.

The rules are the ones an article's own names follow (``core.names.entities``): spellings meet
under one normalised key (case, accents, apostrophes and hyphens folded); every full name (two
words or more) an article gives a person, as its name or an alias, joins the articles that give
it; a lone name ("Dupont") joins the one full name it ends (else begins), and stays apart, marked
ambiguous, when it could be several people's ("Marie Dupont", "Paul Dupont").
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from core.model import Extraction, Person, PersonInArticle
from core.names.keys import name_owners, normalise, shorter_form


class _Keys:
    """``normalise`` remembered: the same names come back in article after article."""

    def __init__(self) -> None:
        self._known: dict[str, str] = {}

    def __call__(self, form: str) -> str:
        key = self._known.get(form)
        if key is None:
            key = self._known[form] = normalise(form)
        return key


class _Groups:
    """Union-find over full-name keys."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        root = self.parent.setdefault(key, key)
        while root != self.parent[root]:
            root = self.parent[root]
        while key != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def join(self, keys: Sequence[str]) -> str:
        root = self.find(keys[0])
        for key in keys[1:]:
            other = self.find(key)
            if other != root:
                self.parent[other] = root
        return root


Token = tuple[str, tuple[str, ...]]  # a name and its aliases, as an article gives them


def merge_people(appearances: Iterable[PersonInArticle], *, in_order: bool = False) -> list[Person]:
    """One ``Person`` per person of the library, most mentioned first.

    A library of 10,000 articles has some 40,000 appearances but only a few thousand distinct
    names with their aliases: the names are read, keyed and joined once each; an appearance
    only goes to its person, the appearances sorted once, all together, in article order
    (``in_order``: they come so, as ``core.store.catalogue.people_rows`` gives them)."""
    ordered = list(appearances) if in_order else sorted(appearances, key=article_order)
    tokens: dict[Token, int] = {}
    for appearance in ordered:
        token = (appearance.name, appearance.aliases)
        tokens[token] = tokens.get(token, 0) + 1
    keys = _Keys()
    groups = _Groups()
    full: dict[Token, str] = {}
    lone: dict[Token, str] = {}
    for token in tokens:
        forms = [keys(f) for f in (token[0], *token[1])]
        long_forms = [f for f in forms if len(f.split()) >= 2]
        if long_forms:
            full[token] = groups.join(long_forms)
        elif forms[0]:
            lone[token] = forms[0]
    _join_shorter_forms(groups)
    person_of = {token: groups.find(root) for token, root in full.items()}
    owners_of = name_owners(groups.parent)
    owners_by_key: dict[str, set[str]] = {}
    for token, key in lone.items():
        owners = owners_by_key.get(key)
        if owners is None:
            owners = owners_by_key[key] = {groups.find(k) for k in owners_of(key)}
        person_of[token] = next(iter(owners)) if len(owners) == 1 else f"?{key}"
    members: dict[str, list[PersonInArticle]] = defaultdict(list)
    names: dict[str, list[Token]] = defaultdict(list)
    for token, person in person_of.items():
        names[person].append(token)
    for appearance in ordered:
        owner = person_of.get((appearance.name, appearance.aliases))
        if owner is not None:
            members[owner].append(appearance)
    ambiguous = {
        f"?{key}": _candidates([_name(names[o], tokens) for o in owners])
        for key, owners in owners_by_key.items()
        if len(owners) > 1
    }
    people = [
        _person(key, names[key], tokens, found, ambiguous.get(key, ()))
        for key, found in members.items()
    ]
    ranked = sorted((-p.mentions, p.name.casefold(), n) for n, p in enumerate(people))
    return [people[n] for _, _, n in ranked]


def article_order(appearance: PersonInArticle) -> tuple[bool, str, int, int]:
    """The articles in the order of their dates (undated ones last, in the order they were
    stored); in one article, the first mention first."""
    dct = appearance.dct
    return (dct is None, dct or "", appearance.document_id, appearance.first_at)


def _join_shorter_forms(groups: _Groups) -> None:
    """A full name that is a shorter form of exactly one other ("B. Obama" of "Barack Obama",
    "Lucía Ortega" of "Lucía Ortega Díaz") joins it, as inside an article (``shorter_form``).
    The longer names are found through two indexes, not by trying every pair: a library has
    thousands of names, many sharing a first name."""
    keys = list(groups.parent)
    by_prefix: dict[str, list[str]] = defaultdict(list)  # "lucia ortega" → its longer forms
    by_initials: dict[tuple[str, tuple[str, ...]], list[str]] = defaultdict(list)
    for key in keys:
        words = key.split()
        for size in range(2, len(words)):
            by_prefix[" ".join(words[:size])].append(key)
        by_initials[(words[-1], tuple(w[0] for w in words[:-1]))].append(key)
    for key in sorted(keys, key=lambda k: len(k.split())):
        words = key.split()
        longer = set(by_prefix.get(key, ()))
        if all(len(w.rstrip(".")) == 1 for w in words[:-1]):
            signature = (words[-1], tuple(w[0] for w in words[:-1]))
            longer.update(o for o in by_initials.get(signature, ()) if shorter_form(key, o))
        owners = {groups.find(o) for o in longer if o != key}
        if len(owners) == 1:
            groups.join([owners.pop(), key])


SHOWN_CANDIDATES = 6


def _candidates(names: list[str]) -> tuple[str, ...]:
    """Whom an ambiguous name could be: the first few, alphabetically (then how many more)."""
    ordered = sorted(names, key=str.casefold)
    if len(ordered) <= SHOWN_CANDIDATES:
        return tuple(ordered)
    rest = len(ordered) - SHOWN_CANDIDATES + 1
    return (*ordered[: SHOWN_CANDIDATES - 1], f"{rest} others")


def _count(item: tuple[str, int]) -> int:
    return item[1]


def _name(tokens: Sequence[Token], counts: dict[Token, int]) -> str:
    """The fullest name most articles give: most words, then most appearances, then longest,
    then the earliest article's (``tokens`` come in the order of their first appearance)."""
    named: Counter[str] = Counter()
    for token in tokens:
        named[token[0]] += counts[token]
    return max(named, key=lambda n: (len(n.split()), named[n], len(n)))  # not the initials


def _person(
    key: str,
    tokens: Sequence[Token],
    counts: dict[Token, int],
    appearances: list[PersonInArticle],
    ambiguous: tuple[str, ...],
) -> Person:
    name = _name(tokens, counts)
    forms: dict[str, int] = {}
    for token in tokens:
        for form in (token[0], *token[1]):
            forms[form] = forms.get(form, 0) + counts[token]
    if len(forms) > 2:  # the most used first, ties in order of appearance
        forms = dict(sorted(forms.items(), key=_count, reverse=True))
    aliases = tuple(f for f in forms if f != name)
    return Person(
        key=key.lstrip("?"),
        name=name,
        aliases=aliases,
        appearances=_by_article(appearances),
        ambiguous=ambiguous,
    )


def _by_article(appearances: list[PersonInArticle]) -> tuple[PersonInArticle, ...]:
    """One appearance per article (two entities of one article joined add up); the
    appearances come in article order (``article_order``), an article's next to each other."""
    merged: list[PersonInArticle] = []
    for a in appearances:
        if not merged or merged[-1].document_id != a.document_id:
            merged.append(a)
            continue
        seen = merged[-1]
        merged[-1] = replace(
            seen,
            mentions=seen.mentions + a.mentions,
            age=seen.age if seen.age is not None else a.age,
            roles=tuple(dict.fromkeys(seen.roles + a.roles)),
            aliases=tuple(dict.fromkeys(seen.aliases + a.aliases)),
        )
    return tuple(merged)


def appearances(extraction: Extraction) -> list[PersonInArticle]:
    """The people of one article as the library's people are made from (what
    ``core.store.catalogue.people_rows`` reads from the store, here from an extraction)."""
    info = extraction.document
    return [
        PersonInArticle(
            document_id=info.id,
            title=info.title,
            dct=info.dct,
            entity_id=entity.id,
            name=entity.name,
            mentions=len(entity.mentions),
            first_at=min(m.start for m in entity.mentions),
            age=entity.attributes.age,
            roles=entity.attributes.roles,
            aliases=entity.aliases,
        )
        for entity in extraction.entities
        if entity.kind == "PER" and entity.mentions
    ]
