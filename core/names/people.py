"""People across articles: the persons of many articles merged by name and aliases.

The rules are the ones an article's own names follow (``core.names.entities``): spellings meet
under one normalised key (case, accents, apostrophes and hyphens folded); every full name (two
words or more) an article gives a person, as its name or an alias, joins the articles that give
it; a lone name ("Dupont") joins the one full name it ends (else begins), and stays apart, marked
ambiguous, when it could be several people's ("Marie Dupont", "Paul Dupont").
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from core.model import Extraction, NameForms, Person, PersonInArticle, RoleSaid
from core.names.keys import name_owners, normalise, shorter_form


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


@dataclass(slots=True)
class NameGroup:
    """One name with its aliases as articles give it, over the library: the articles giving it
    (one entry an entity) and the mentions they make of it. The store groups its rows so
    (``core.store.catalogue.people_names``): people are merged from these, a few thousand in
    10,000 articles, not from each of their 45,000 appearances."""

    name: str
    aliases: tuple[str, ...]
    documents: list[int]
    mentions: int


@dataclass(frozen=True, slots=True)
class Fact:
    """An age or a role an article gives the bearer of a name."""

    name: str
    aliases: tuple[str, ...]
    document_id: int
    key: str  # "age" or "role"
    value: str


def merge_names(
    groups: Iterable[NameGroup], facts: Iterable[Fact], dates: Mapping[int, str | None]
) -> list[Person]:
    """One ``Person`` per person of the library, most mentioned first. ``dates``: every
    article's date, the articles in article order (``article_order``)."""
    rank = {document_id: n for n, document_id in enumerate(dates)}
    named: dict[NameForms, NameGroup] = {}
    for group in groups:  # one name from the store and from an article read again: added up
        token = (group.name, group.aliases)
        seen = named.get(token)
        if seen is None:
            named[token] = group
        else:  # a new group: those given are left as they are
            named[token] = NameGroup(
                seen.name, seen.aliases, seen.documents + group.documents,
                seen.mentions + group.mentions,
            )  # fmt: skip
    first = {token: min(map(rank.__getitem__, g.documents)) for token, g in named.items()}
    # in the order of their first article (then alphabetically): whatever order they come in
    tokens = sorted(named, key=lambda token: (first[token], token))
    person_of, ambiguous_of = _people_of(tokens, named)
    names: dict[str, list[NameForms]] = defaultdict(list)
    for token in tokens:
        owner = person_of.get(token)
        if owner is not None:  # none for a name without a letter ("-")
            names[owner].append(token)
    told: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        owner = person_of.get((fact.name, fact.aliases))
        if owner is not None:
            told[owner].append(fact)
    ambiguous = {
        key: _candidates([_name(names[o], named) for o in owners])
        for key, owners in ambiguous_of.items()
    }
    people = [
        _person(key, found, named, told.get(key, []), rank, dates, ambiguous.get(key, ()))
        for key, found in names.items()
    ]
    ranked = sorted((-p.mentions, p.name.casefold(), n) for n, p in enumerate(people))
    return [people[n] for _, _, n in ranked]


def _people_of(
    tokens: Sequence[NameForms], named: Mapping[NameForms, NameGroup]
) -> tuple[dict[NameForms, str], dict[str, set[str]]]:
    """Each name's person (a key), by the rules of one article's names; and, for each lone name
    of several people, whom it could be."""
    key_of = {f: normalise(f) for token in tokens for f in (token[0], *token[1])}
    groups = _Groups()
    full: dict[NameForms, str] = {}
    lone: dict[NameForms, str] = {}
    for token in tokens:
        forms = [key_of[f] for f in (token[0], *token[1])]
        long_forms = [f for f in forms if " " in f]  # two words or more (keys have one space)
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
    ambiguous = {f"?{key}": owners for key, owners in owners_by_key.items() if len(owners) > 1}
    return person_of, ambiguous


def merge_people(appearances: Iterable[PersonInArticle]) -> list[Person]:
    """``merge_names`` of appearances (one article's people, or a few articles read again)."""
    found = list(appearances)
    groups, facts = name_groups(found)
    dated = sorted({a.document_id: a for a in found}.values(), key=article_order)
    return merge_names(groups, facts, {a.document_id: a.dct for a in dated})


def name_groups(appearances: Iterable[PersonInArticle]) -> tuple[list[NameGroup], list[Fact]]:
    """The names and the facts of appearances, as the store gives them of its rows."""
    groups: dict[NameForms, NameGroup] = {}
    facts: list[Fact] = []
    for a in appearances:
        group = groups.setdefault((a.name, a.aliases), NameGroup(a.name, a.aliases, [], 0))
        group.documents.append(a.document_id)
        group.mentions += a.mentions
        if a.age is not None:
            facts.append(Fact(a.name, a.aliases, a.document_id, "age", str(a.age)))
        facts += [Fact(a.name, a.aliases, a.document_id, "role", role) for role in a.roles]
    return list(groups.values()), facts


def appearances_of(
    person: Person, appearances: Iterable[PersonInArticle]
) -> tuple[PersonInArticle, ...]:
    """What each of the person's articles says of them, one ``PersonInArticle`` an article,
    in article order, from appearances that may hold other people's."""
    names, articles = set(person.names), set(person.articles)
    mine = [a for a in appearances if (a.name, a.aliases) in names and a.document_id in articles]
    return _by_article(sorted(mine, key=article_order))


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


def _name(tokens: Sequence[NameForms], named: Mapping[NameForms, NameGroup]) -> str:
    """The fullest name most articles give: most words, then most appearances, then longest,
    then the earliest article's (``tokens`` come in the order of their first article)."""
    counts: Counter[str] = Counter()
    for token in tokens:
        counts[token[0]] += len(named[token].documents)
    return max(counts, key=lambda n: (len(n.split()), counts[n], len(n)))  # not the initials


def _person(
    key: str,
    tokens: Sequence[NameForms],
    named: Mapping[NameForms, NameGroup],
    facts: list[Fact],
    rank: Mapping[int, int],
    dates: Mapping[int, str | None],
    ambiguous: tuple[str, ...],
) -> Person:
    name = _name(tokens, named)
    forms: dict[str, int] = {}
    articles: set[int] = set()
    mentions = 0
    for token in tokens:
        group = named[token]
        articles.update(group.documents)
        mentions += group.mentions
        for form in (token[0], *token[1]):
            forms[form] = forms.get(form, 0) + len(group.documents)
    if len(forms) > 2:  # the most used first, ties in order of appearance
        forms = dict(sorted(forms.items(), key=_count, reverse=True))
    if facts:  # few people have any
        facts = sorted(facts, key=lambda f: rank[f.document_id])
    return Person(
        key=key.lstrip("?"),
        name=name,
        aliases=tuple(f for f in forms if f != name),
        articles=tuple(sorted(articles, key=rank.__getitem__)),
        mentions=mentions,
        ages=tuple(dict.fromkeys(int(f.value) for f in facts if f.key == "age")),
        roles=tuple(
            dict.fromkeys(
                RoleSaid(f.value, f.document_id, dates[f.document_id])
                for f in facts
                if f.key == "role"
            )
        ),
        ambiguous=ambiguous,
        names=tuple(tokens),
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
