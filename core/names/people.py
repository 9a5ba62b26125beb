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


def merge_people(appearances: Iterable[PersonInArticle]) -> list[Person]:
    """One ``Person`` per person of the library, most mentioned first."""
    keys = _Keys()
    groups = _Groups()
    full: list[tuple[PersonInArticle, str]] = []
    lone: list[tuple[PersonInArticle, str]] = []
    # the same name with the same aliases comes back article after article: read it once
    seen: dict[tuple[str, tuple[str, ...]], tuple[str, bool]] = {}
    for appearance in appearances:
        token = (appearance.name, appearance.aliases)
        found = seen.get(token)
        if found is None:
            forms = [keys(f) for f in (appearance.name, *appearance.aliases)]
            long_forms = [f for f in forms if len(f.split()) >= 2]
            found = seen[token] = (
                (groups.join(long_forms), True) if long_forms else (forms[0], False)
            )
        key, is_full = found
        if is_full:
            full.append((appearance, key))
        elif key:
            lone.append((appearance, key))
    _join_shorter_forms(groups)
    members: dict[str, list[PersonInArticle]] = defaultdict(list)
    for appearance, root in full:
        members[groups.find(root)].append(appearance)
    owners_of = name_owners(groups.parent)
    owners_by_key: dict[str, set[str]] = {}
    for appearance, key in lone:
        owners = owners_by_key.get(key)
        if owners is None:
            owners = owners_by_key[key] = {groups.find(k) for k in owners_of(key)}
        if len(owners) == 1:
            members[next(iter(owners))].append(appearance)
        else:
            members[f"?{key}"].append(appearance)
    ambiguous = {
        f"?{key}": _candidates([_name(members[o]) for o in owners])
        for key, owners in owners_by_key.items()
        if len(owners) > 1
    }
    people = [_person(key, found, ambiguous.get(key, ())) for key, found in members.items()]
    return sorted(people, key=lambda p: (-p.mentions, p.name.casefold()))


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


def _name(appearances: Sequence[PersonInArticle]) -> str:
    """The fullest name most articles give (most words, then most articles, then longest)."""
    counts = Counter(a.name for a in appearances)
    return max(counts, key=lambda n: (len(n.split()), counts[n], len(n)))  # not the initials


def _person(key: str, appearances: list[PersonInArticle], ambiguous: tuple[str, ...]) -> Person:
    name = _name(appearances)
    forms = Counter(f for a in appearances for f in (a.name, *a.aliases))
    aliases = tuple(f for f, _ in forms.most_common() if f != name)
    return Person(
        key=key.lstrip("?"),
        name=name,
        aliases=aliases,
        appearances=_by_article(appearances),
        ambiguous=ambiguous,
    )


def _by_article(appearances: list[PersonInArticle]) -> tuple[PersonInArticle, ...]:
    """One appearance per article (two entities of one article joined add up), the articles in
    the order of their dates (undated ones last, in the order they were stored)."""
    merged: dict[int, PersonInArticle] = {}
    for a in appearances:
        seen = merged.get(a.document_id)
        if seen is None:
            merged[a.document_id] = a
        else:
            merged[a.document_id] = replace(
                seen if seen.first_at <= a.first_at else a,
                mentions=seen.mentions + a.mentions,
                age=seen.age if seen.age is not None else a.age,
                roles=tuple(dict.fromkeys(seen.roles + a.roles)),
                aliases=tuple(dict.fromkeys(seen.aliases + a.aliases)),
            )
    return tuple(sorted(merged.values(), key=lambda a: (a.dct is None, a.dct or "", a.document_id)))


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
