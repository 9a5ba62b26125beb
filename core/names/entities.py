"""From spaCy's raw NER spans to entities: clean, drop junk, find missed mentions, group, type.

spaCy's small French model labels often go wrong on news text (a surname as a place, a company as
a person, a whole clause as a place). The rules here repair that with evidence from the whole
article: one sense per discourse (every occurrence of a name found once is a mention), surnames
and first names joined to the full name they belong to, and the kind voted over all mentions with
cues from the text ("PDG de X" makes X an organisation, a verb of speech after a name a person).
"""

from __future__ import annotations

import bisect
import difflib
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from core.alternation import one_of
from core.model import EntityKind, Mention
from core.names.attributes import NOUN_SUBJECT, ROLE_AFTER
from core.names.famous import is_famous_mononym
from core.names.given_names import (
    FEMININE_ENDINGS,
    feminine_given_name,
    is_given_name,
    same_given_name,
)
from core.names.keys import name_owners, normalise, shorter_form
from core.names.lexicon import (
    AND_NAME,
    APOSTROPHES,
    APPOSITION_AFTER,
    APPOSITION_BEFORE,
    ARTICLE_GAP,
    AT_BEFORE,
    BORN_AS,
    BY_AUTHOR_AFTER,
    CAPTION_CUE,
    CAPTIONS,
    CHARACTER_AFTER,
    CHARACTER_BEFORE,
    CLUB_WORDS,
    COMMON_ENDING,
    CUED_NAME,
    DEMONYM,
    DEMONYM_BEFORE_NAME,
    DEMONYM_SUBJECT,
    DEPARTMENTS,
    EVENT_SUFFIX,
    GENERIC_INSTITUTIONS,
    HEAD_BEFORE,
    HEAD_NOUNS,
    INSTITUTIONS,
    KIN_APPOSITION_AFTER,
    KIN_BEFORE,
    KIN_LISTED_BEFORE,
    KIN_OF_BEFORE,
    LABEL_MAP,
    LEGAL_FORMS,
    OPENING_ADJECTIVES,
    ORG_BEFORE,
    ORG_SUFFIX,
    OTHER_NAME,
    PAIR_AFTER_TITLE,
    PARTICLES,
    PARTY_MEMBERS,
    PERSON_AFTER,
    PERSON_BEFORE,
    PERSON_NOUN,
    PLACE_SUFFIX,
    PLOT_APPOSITION_BEFORE,
    PLOT_SUBJECT_AFTER,
    PLOT_SUBJECT_BEFORE,
    PLURAL_DETERMINER,
    REGNAL_NAMES,
    ROLE,
    ROLE_ADJECTIVE_APPOSITION_BEFORE,
    ROLE_ADJECTIVE_NAME,
    ROLE_ALONE_APPOSITION_BEFORE,
    ROLE_APPOSITION_BEFORE,
    ROLE_HELD_BEFORE,
    ROLE_NOUNS,
    ROLE_OF,
    ROLE_OF_PLACE_NAME,
    SAID_NAME,
    SEATS_OF_GOVERNMENT,
    SPORT_RUBRICS,
    TITLE_BEFORE,
    TITLES,
    TRADE,
    TRANSLATED_NAME,
    WORK_BEFORE,
)
from core.names.nlp import RawEntity
from core.temporal.ages import AGE_IN_WORDS

MAX_WORDS = 6
CONTEXT = 80  # characters looked at on each side of a mention for cues
EVIDENCE_WEIGHT = 3
# spaCy's French MISC label is right 10–20 % of the time (Sequoia gold): its votes count less.
VOTE_WEIGHT = {"PER": 1.0, "ORG": 1.0, "LOC": 1.0, "MISC": 0.5}

# The start of a name written with an apostrophe, which the tokenizer reads as an elision at
# the start of a sentence: "N'Guessan", "O'Brien", "M'Bala" (no French elision before a capital).
_NAME_APOSTROPHE_BEFORE = re.compile(rf"(?<!\w)[NOM][{APOSTROPHES}]")
_ELISION = re.compile(rf"(?:[dlj]|qu|jusqu|lorsqu|puisqu)[{APOSTROPHES}](?=\w)", re.I)
_TITLE_WORDS = frozenset(t.rstrip(".") for t in TITLES)
ROLE_WORDS = frozenset(r for r in ROLE_NOUNS if " " not in r) | frozenset(
    f"{r}s" for r in ROLE_NOUNS if " " not in r
)
# A French verb with its subject pronoun after it ("Pouvez-vous", "Dit-il") is no name.
_CLITIC_AFTER = re.compile(r"-(?:t-)?(?:je|tu|il|elle|on|nous|vous|ils|elles)\b", re.IGNORECASE)
_POSSESSIVE = re.compile(rf"[{APOSTROPHES}]s$")
_ELIDED_AFTER = re.compile(rf"\s+(?:qu|n|d|l|j|s|c|jusqu|lorsqu|puisqu)[{APOSTROPHES}]$", re.I)
_EDGE_JUNK = " \t\n\"'’«»“”‘()[]{}.,;:!?-–—*_/\\|"
_TITLE_OPENS = re.compile(r"(?:MM\.|M\.|Mmes?|Mlle|Dr\.?)[ \t]+(?=[A-ZÀ-ÖØ-ÞĀ-Ž])")
_INNER_TITLE = re.compile(r"(?<=\s)(?:MM\.|M\.|Mmes?|Mlle|Dr\.?)[ \t]+(?=[A-ZÀ-ÖØ-ÞĀ-Ž])")
_QUOTED_WORD = re.compile(r"\s*[\"«“][a-zà-öø-ÿā-ž]")
_DANGLING_LINK = re.compile(r"(?<=\w)\s+(?:de|du|des|et|à|au|aux|and|of)$")
_AGE_TAIL = re.compile(r",?\s+(?:(?:âgée?s?\s+)?de\s+)?\d+\s+ans$")  # "Léa, 9 ans" too
_WORD_RE = re.compile(r"\w+")
_INNER_APOSTROPHE = re.compile(rf"[{APOSTROPHES}][a-zà-öø-ÿā-ž]+(?![\w{APOSTROPHES}-])")
_NAME_BEFORE_APOSTROPHE = re.compile(
    r"(?<![\w'’-])(?!(?i:aujourd|\w*qu)$)[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+$"
)  # not "Jusqu'", "Lorsqu'", "Aujourd'"
# A hyphenated syllable in small letters closing an Asian given name ("Jong-il", "Ki-moon"),
# not what follows a verb ("-t-il", "-vous", "-ci", "-même").
_SYLLABLE_AFTER = re.compile(
    r"-(?!t-|(?:je|tu|nous|vous|ci|là|même|mêmes)(?![\w'’-]))[a-z]{2,5}(?![\w'’-])"
)
_FINAL_INITIAL = re.compile(r"\w[ \t]+[A-ZÀ-ÖØ-ÞĀ-Ž]$")  # a name, then a surname's initial
# A given name the model left out after an elided "de" ("le procès d'Anders Behring Breivik"
# read as "Behring Breivik"); not a place after a role ("le président d'Israël Shimon Peres").
_GIVEN_NAME_ELIDED_BEFORE = re.compile(
    rf"(?<![\w'’-])[dD][{APOSTROPHES}](?P<given>[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+"
    r"(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+)?)[ \t]+$"
)
_CAPITALISED = re.compile(r"(?<![\w-])[A-ZÀ-ÖØ-ÞĀ-Ž][\w&+.-]*")
_LEAD = re.compile(r"[^'’\s]+")


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    text: str
    label: str | None  # None: found by string match, no vote of its own
    titled: bool = False  # written after a title or kin ("M. Roy", "son fils Marc"): a person


@dataclass(slots=True)
class Group:
    """Mentions that name the same thing, while the kind is being decided."""

    forms: Counter[str] = field(default_factory=Counter)
    votes: Counter[str] = field(default_factory=Counter)
    evidence: Counter[str] = field(default_factory=Counter)
    mentions: list[Candidate] = field(default_factory=list)
    other_names: set[str] = field(default_factory=set)  # "née Durand": no name to show
    place_cue: bool = False  # a mention written where a place goes: "à X", "en X"
    held_at: bool = False  # a mention after a role held somewhere: "le maire de X"
    storm: bool = False  # a mention after "l'ouragan", "la tempête": a storm's name
    character: bool = False  # a mention told as a role played: "il incarnait le commissaire X"
    sovereign: bool = False  # a lone name after "le prince", "la reine": a name of its own
    named_after: bool = False  # a mention right after a noun it names: "la cour Napoléon"
    saint_place: bool = False  # a saint's name where a place goes: "la paroisse Saint-Jacques"
    article: bool = False  # a one-word mention after an article: "le Louvre", "le Debussy"
    quoted: int = 0  # mentions that fill a quotation: "le trotteur « Monsieur Léon »"


@dataclass(frozen=True, slots=True)
class DraftEntity:
    kind: EntityKind
    name: str
    aliases: tuple[str, ...]
    mentions: tuple[Mention, ...]


class SpanIndex:
    """Which sentence and which allowed region an offset falls in (bisect over sorted spans)."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    def containing(self, start: int, end: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(self.starts, start) - 1
        if i >= 0 and self.spans[i][0] <= start and end <= self.spans[i][1]:
            return self.spans[i]
        return None


def build_entities(
    text: str,
    raw: Sequence[RawEntity],
    *,
    sentences: Sequence[tuple[int, int]],
    allowed: Sequence[tuple[int, int]],
    excluded: Sequence[tuple[int, int]] = (),
    stop_words: frozenset[str] = frozenset(),
) -> list[DraftEntity]:
    """Entities in order of first mention. ``excluded`` spans (dates) never hold a mention."""
    context = Context(
        text=text,
        sentences=SpanIndex(sentences),
        allowed=SpanIndex(allowed),
        stop_words=stop_words,
        vocabulary=frozenset(_WORD_RE.findall(text)),
    )
    blocked = _Occupancy(excluded)
    candidates: list[Candidate] = []
    grown: list[tuple[int, int]] = []  # names a given name was added to
    for entity in raw:
        cleaned = clean_span(text, entity)
        split = _split_at_verb(text, cleaned) if cleaned is not None else ()
        split = [part for c in split for part in _split_acronym_tail(c)]
        split = [part for c in split for part in _split_role_name(text, c)]
        split = [part for c in split for part in _split_led_by(text, c)]
        split = [part for c in split for part in _split_elided_head(text, c)]
        split = [part for c in split for part in _split_regnal(text, c)]
        split = [part for c in split for part in _split_given_pair(c)]
        split = [part for c in split for part in _split_at_dash(c)]
        split = [part for c in split for part in _split_glued_person(text, c)]
        for candidate in (part for c in split for part in _split_place_name(text, c)):
            kept = trim_sentence_start(candidate, context)
            if kept is None or blocked.overlaps(kept.start, kept.end):
                continue
            kept = with_particle(_whole_first_word(text, kept), context)
            kept = _without_body_tail(text, kept)
            sainted = _with_pilgrim(text, _with_saint(text, kept))
            if sainted is not kept:
                grown.append((sainted.start, sainted.end))
                kept = sainted
            named = _with_particle_surname(text, _with_given_name(text, kept))
            if named is not kept:
                grown.append((named.start, named.end))
                kept = named
            if _CITY_OF_A_NAME.search(kept.text):
                kept = replace(kept, label="LOC")  # "Hô Chi Minh-Ville": a town named after him
            elif kept.label == "PER" and _FIRM_LAST.search(kept.text):
                kept = replace(kept, label="ORG")  # "Durand-Lefèvre Architectes": their firm
            if " " not in kept.text and kept.text.lower() in _TITLE_WORDS:
                continue  # "Maire" alone
            if not is_junk(kept, context):
                kept = _with_religious_title(text, kept)
                candidates.append(_with_head(text, _with_adjective(text, kept, context)))
    candidates = [  # "Gaëlle" of "Gaëlle Le Bihan", which the model's "Bihan" became (and
        c  # the model's "Néerlandaise Anneke", which crosses "Anneke de Vries")
        for c in candidates
        if not any(a < c.end and c.start < b and (a, b) != (c.start, c.end) for a, b in grown)
    ]
    candidates = _join_gaelic_surnames(text, candidates)
    candidates = _with_compound_surname(text, _join_particle_halves(text, candidates))
    candidates = _given_names_paired(text, candidates, context, blocked)
    candidates = _dedupe(_cued_names(text, candidates, context, blocked))
    candidates = _lineup_names(text, candidates, context, blocked)
    candidates, other_names = _other_names(text, candidates, context, blocked)
    other_names += _reversed_names(candidates) + _pet_names(candidates)
    candidates, shared = _shared_surnames(text, candidates, blocked)
    found = _propagate(text, candidates, context.allowed, context.sentences, blocked)
    found += _surnames_alone(text, candidates + found, context, blocked)
    candidates += [
        _with_head(text, c) for c in found if " " in c.text or not _is_demonym(c, context)
    ]  # "les Lillois", even where "Lillois" names a newspaper elsewhere
    groups = _group(text, candidates, other_names, shared, _firms_named_after(candidates))
    return _finish(groups, text)


def _firms_named_after(candidates: list[Candidate]) -> frozenset[str]:
    """ "Albin Michel" of "les éditions Albin Michel": a whole name the text gives a publisher,
    which names it wherever it stands alone too, unless a title makes it a person ("M. X"). (Not
    "les laboratoires X": the founder is told of as often as the firm.)"""
    return frozenset(
        rest
        for c in candidates
        if c.label == "ORG"
        for head, _, rest in [c.text.partition(" ")]
        if head.lower() == "éditions" and " " in rest
    )


@dataclass(frozen=True, slots=True)
class Context:
    """What the junk rules need to know about the whole text."""

    text: str
    sentences: SpanIndex
    allowed: SpanIndex
    stop_words: frozenset[str]
    vocabulary: frozenset[str]  # every word of the text as written
    found: dict[str, frozenset[str]] = field(default_factory=dict)  # read once, when needed

    def particle_name_inside(self, form: str) -> bool:
        """Whether ``form`` ("Le Cam", "La Fontaine"), a capitalised particle and a name, is
        written somewhere right after a word ("Gaëlle Le Cam", "selon Le Cam", "Jean de La
        Fontaine"), where the capital is the name's own, not a sentence's."""
        names = self.found.get("particle")
        if names is None:
            names = self.found["particle"] = frozenset(
                m.group()
                for m in _PARTICLE_NAME.finditer(self.text)
                if _AFTER_A_WORD.search(self.text, max(0, m.start() - 4), m.start())
            )
        return form in names

    def small_particle_inside(self, form: str) -> bool:
        """Whether ``form`` ("Van der Berghe", "Al Hassani"), opening a sentence on a particle,
        is written elsewhere with the particle in small letters after a name ("Pieter van der
        Berghe"): the capital is the sentence's, the particle the surname's."""
        first, rest = form.split(maxsplit=1)
        if first.lower() not in _FOREIGN_PARTICLES or first.lower() == first:
            return False  # not "Les", "De": French articles open sentences
        written = re.compile(
            rf"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*[ \t]+{re.escape(first.lower())}[ \t]+{re.escape(rest)}\b"
        )
        return written.search(self.text) is not None

    def is_common_word(self, word: str) -> bool:
        lower = word.lower()
        return lower in self.stop_words or (lower != word and lower in self.vocabulary)

    def starts_sentence(self, position: int) -> bool:
        sentence = self.sentences.containing(position, position)
        if sentence is None:
            return False
        lead = self.text[sentence[0] : position]
        return not any(ch.isalnum() for ch in lead)  # "— Oui", "« Pauvre Harbert"


# Particles of foreign surnames, no French words: "van der Berghe", "al-Hassani", "da Silva".
_FOREIGN_PARTICLES = frozenset("van von der den di da del della dos das al el ben bin".split())
# A surname's particle written with a capital ("Le Cam", "Du Bellay", "La Fontaine", "Van Dijk")
# or a name's article ("Le Monde"), and the name after it.
_CAPITAL_PARTICLE = r"(?:Le|La|Du|De|Di|Da|Del|Dos|Van|Von)"
_PARTICLE_NAME = re.compile(rf"(?<![\w'’-]){_CAPITAL_PARTICLE}[ \t]+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*\w")
_PARTICLE_BEFORE = re.compile(rf"(?<![\w'’-]){_CAPITAL_PARTICLE}[ \t]+$")
_AFTER_A_WORD = re.compile(r"[\w,»)][ \t]+$")


def with_particle(candidate: Candidate, context: Context) -> Candidate:
    """ "Cam" of "selon Le Cam", "Drian" of "Le Drian a dit": the capitalised particle before a
    name is the surname's own where the text writes the two after a word somewhere (at a
    sentence's start alone, "Le" may be an article)."""
    text, start = context.text, candidate.start
    found = _PARTICLE_BEFORE.search(text, max(0, start - 5), start)
    if found is None:
        return candidate
    first = candidate.text.split(maxsplit=1)[0]
    if not context.particle_name_inside(f"{text[found.start() : start]}{first}".replace("\t", " ")):
        return candidate
    return Candidate(
        found.start(),
        candidate.end,
        text[found.start() : candidate.end],
        candidate.label,
        candidate.titled,
    )


# An acronym in capitals right before a name: "SUD" of "la déléguée SUD Santé Stéphanie X".
_ACRONYM_BEFORE = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-ÞĀ-Ž]{2,6}[ \t]+$")


def _whole_first_word(text: str, candidate: Candidate) -> Candidate:
    """A name the model starts inside a hyphenated given name ("Prosper Mabiala" of "le
    Congolais Aimé-Prosper Mabiala") starts with the whole word."""
    if " " not in candidate.text:
        return candidate  # (a lone word: what the model meant is unknown)
    found = _HYPHENATED_HEAD.search(text, max(0, candidate.start - 30), candidate.start)
    if found is None:
        return candidate
    start = found.start()
    return replace(candidate, start=start, text=text[start : candidate.end])


_HYPHENATED_HEAD = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+-$")


def _without_body_tail(text: str, candidate: Candidate) -> Candidate:
    """ "Santé Stéphanie Lartigue" of "la déléguée SUD Santé Stéphanie Lartigue": the word
    before a given name and a surname ends the acronym's body ("SUD Santé"), no given name."""
    words = candidate.text.split()
    if (
        len(words) < 3
        or is_given_name(words[0])
        or not is_given_name(words[1])
        or _ACRONYM_BEFORE.search(text, max(0, candidate.start - 8), candidate.start) is None
    ):
        return candidate
    start = text.index(words[1], candidate.start + len(words[0]))
    return Candidate(start, candidate.end, text[start : candidate.end], "PER", candidate.titled)


# A town named after a person: "Hô Chi Minh-Ville", "Quezon City", "Mexico City".
_CITY_OF_A_NAME = re.compile(r"\w[- ](?:Ville|City)$")


# The last word of a firm named after its founders: "Durand-Lefèvre Architectes", "Roux Avocats
# Associés", "Martin Immobilier".
_FIRM_LAST = re.compile(
    r"\w[ \t]+(?:Architectes|Avocats|Associés|Consultants|Conseil|Ingénierie|Immobilier"
    r"|Industries|Partenaires|Partners|Groupe|Holding|Services|Solutions|Technologies"
    r"|Productions|Éditions|Distribution|Assurances|Automobiles|Voyages|Traiteur|Medical"
    r"|Pharma|Systems|Software|Labs|Energy|Foods)$"
)


# An Iberian saint's title right before a name: "San" of "San Fernando de Henares".
_SAINT_BEFORE = re.compile(r"(?<![\w'’-])(?:San|Santa|Santo|São|Sao)[ \t]+$")


# A pilgrim's honorific that opens a West African or Arab name: "El Hadji" of "El Hadji Malick
# Sow", "Hadj" of "Hadj Ali Benali" (the model reads it as a place or leaves it out).
_PILGRIM_BEFORE = re.compile(r"(?<![\w'’-])(?:(?:El|Al)[ \t-])?(?:Hadji?|Hajj?i?)[ \t]+$")
_PILGRIMAGE_BEFORE = re.compile(r"(?<![\w'’-])(?i:le|du|au)\s+$")


def _with_pilgrim(text: str, candidate: Candidate) -> Candidate:
    """ "Malick Sow" of "El Hadji Malick Sow" starts at the honorific, which is part of the name
    the person is called by."""
    if candidate.label != "PER":
        return candidate
    found = _PILGRIM_BEFORE.search(text, max(0, candidate.start - 10), candidate.start)
    if found is None or _PILGRIMAGE_BEFORE.search(text, max(0, found.start() - 4), found.start()):
        return candidate  # "depuis le Hadj Mohamed…": the pilgrimage
    return replace(candidate, start=found.start(), text=text[found.start() : candidate.end])


def _with_saint(text: str, candidate: Candidate) -> Candidate:
    """ "Antonio del Táchira" of "San Antonio del Táchira": a place named after a saint, which
    the model cut after the saint's title."""
    found = _SAINT_BEFORE.search(text, max(0, candidate.start - 6), candidate.start)
    if found is None:
        return candidate
    return Candidate(found.start(), candidate.end, text[found.start() : candidate.end], "LOC")


# A given name written right before a name: "Armel" of "Armel Le Cléac'h".
_GIVEN_RIGHT_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<given>[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+"
    r"(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+)?)[ \t]+$"
)


# A given name and a surname's particle in small letters right before a name
_GIVEN_AND_PARTICLE_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<given>[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+)?)[ \t]+"
    r"(?:de|van(?:[ \t]+de[nr])?|von|da|di|del|dos|das|ter)[ \t]+$"
)


def _with_given_name(text: str, candidate: Candidate) -> Candidate:
    """ "Cléac'h" or "Le Cléac'h" of "Armel Le Cléac'h": a surname opening on a capitalised
    particle takes the common given name written right before it (the model left it out); so
    does a one-word name after a given name and a particle in small letters ("Vries" of
    "Anneke de Vries"), unless the model read it as a place ("Jean de Paris")."""
    if (
        " " not in candidate.text
        and candidate.label != "LOC"
        and not _PARTICLE_NAME.match(candidate.text)
        and _PERSONAL_WORD.fullmatch(candidate.text)
    ):  # "Léa Brossard, une étudiante": the model kept the surname alone
        given = _GIVEN_RIGHT_BEFORE.search(text, max(0, candidate.start - 30), candidate.start)
        if (
            given is not None
            and is_given_name(given["given"])
            and not is_given_name(candidate.text)
        ):
            start = given.start("given")
            return Candidate(start, candidate.end, text[start : candidate.end], "PER")
    words = candidate.text.split()
    if (
        candidate.label == "PER"
        and len(words) == 2
        and is_given_name(words[0])
        and not is_given_name(words[1])
    ):  # "Né Angelo Giuseppe Roncalli": the model kept the second given name and the surname
        given = _GIVEN_RIGHT_BEFORE.search(text, max(0, candidate.start - 30), candidate.start)
        if (
            given is not None
            and (is_given_name(given["given"]) or _pape_named(text, given))
            and not _opens(text, given)
        ):
            start = given.start("given")
            return Candidate(start, candidate.end, text[start : candidate.end], "PER", True)
    if not _PARTICLE_NAME.match(candidate.text):
        particle = _GIVEN_AND_PARTICLE_BEFORE.search(
            text, max(0, candidate.start - 40), candidate.start
        )
        if (
            particle is None
            or candidate.label == "LOC"
            or " " in candidate.text
            or not is_given_name(particle["given"])
        ):
            return candidate
        start = particle.start("given")  # "Anneke de| Vries": the model's "Vries" was a thing
        return Candidate(start, candidate.end, text[start : candidate.end], "PER", True)
    given = _GIVEN_RIGHT_BEFORE.search(text, max(0, candidate.start - 30), candidate.start)
    if given is None or not is_given_name(given["given"]):
        return candidate
    start = given.start("given")
    return Candidate(start, candidate.end, text[start : candidate.end], "PER", candidate.titled)


def _pape_named(text: str, given: re.Match[str]) -> bool:
    """ "Pape" of "un centre de Pape Ibrahima Diatta": a Wolof given name with its capital, no
    article before it (the pope is "le pape", "le Pape Benoît XVI")."""
    return given["given"] == "Pape" and not _POPE_ARTICLE.search(
        text, max(0, given.start("given") - 4), given.start("given")
    )


_POPE_ARTICLE = re.compile(r"(?<![\w'’-])(?i:le|du|au)\s+$")
_REGNAL_NUMBER = re.compile(r"[IVXL]+|Ier|1er")


def _wolof_pape(text: str, start: int, words: list[str]) -> bool:
    """ "Pape Malick Sarr": a given name, a second one or a surname, then more, with no article
    before and no regnal number after (the pope is "le pape Benoît XVI", "Pape François")."""
    return (
        len(words) >= 3
        and words[0] == "Pape"
        and not _REGNAL_NUMBER.fullmatch(words[-1])
        and not _POPE_ARTICLE.search(text, max(0, start - 4), start)
    )


# A surname opening on a capitalised particle right after a given name: " Le Floc'h"
_PARTICLE_SURNAME_AFTER = re.compile(rf"[ \t]+{_CAPITAL_PARTICLE}[ \t]+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*\w")


def _with_particle_surname(text: str, candidate: Candidate) -> Candidate:
    """ "Yves-Marie" of "Troisième, Yves-Marie Le Floc'h a terminé": a given name the model
    kept alone takes the surname after it that opens on a capitalised particle."""
    if candidate.label != "PER" or " " in candidate.text or not is_given_name(candidate.text):
        return candidate
    found = _PARTICLE_SURNAME_AFTER.match(text, candidate.end)
    if found is None:
        return candidate
    return replace(candidate, end=found.end(), text=text[candidate.start : found.end()])


def _opens(text: str, given: re.Match[str]) -> bool:
    """Whether the word matched opens its sentence or paragraph ("Marie Paul Roux" in a caption
    may be a list of names; a word after another word is no such opening)."""
    lead = text[max(0, given.start("given") - 3) : given.start("given")]
    return not lead.strip(" \t") or lead.rstrip(" \t")[-1:] in '.!?:;\n«"“'


_GIVEN_BEFORE_AND = re.compile(
    r"(?<![\w'’-])(?P<given>[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+)?)\s+(?:et|and)\s+$"
)


def _given_names_paired(
    text: str, candidates: list[Candidate], context: Context, blocked: _Occupancy
) -> list[Candidate]:
    """ "Deux pompiers, Kevin et Mathieu, …", "Aurélie et Sébastien Morin": a common given name
    joined by "et" to a lone given name the model took for a person's (or to a person's full
    name) is a person's too, whether the model missed it or took it for a place (the
    candidates, with such names marked as a person's)."""
    by_start = {c.start: i for i, c in enumerate(candidates)}
    kept = list(candidates)
    for c in candidates:
        if c.label not in ("PER", "MISC") or not (
            _lone_given_name(c.text) or (c.label == "PER" and _given_and_surname(c.text))
        ):  # "Kevin et Mathieu", "Aurélie et Sébastien Morin"
            continue
        pair = _GIVEN_BEFORE_AND.search(text, max(0, c.start - 40), c.start)
        if pair is None or not _lone_given_name(pair["given"]):
            continue
        start, end = pair.span("given")
        if blocked.overlaps(start, end) or context.starts_sentence(start):
            continue  # a capital proves less at a sentence's start
        named = Candidate(start, end, pair["given"], "PER", titled=True)
        if start in by_start and kept[by_start[start]].end == end:
            kept[by_start[start]] = named
        elif not any(o.start < end and start < o.end for o in kept):
            kept.append(named)
    people = {(c.start, c.end) for c in kept if c.label == "PER"}
    for i, c in enumerate(kept):  # "Camille et Inès", the model's "Inès" a place: a person too
        if c.label == "PER" or not _lone_given_name(c.text):
            continue
        pair = _GIVEN_BEFORE_AND.search(text, max(0, c.start - 40), c.start)
        if pair is not None and pair.span("given") in people and _lone_given_name(pair["given"]):
            kept[i] = replace(c, label="PER", titled=True)
    return kept


# A surname that goes on with a particle and a name: "Orozco de la Torre", "Ruiz del Castillo".
_SURNAME_GOES_ON = re.compile(
    r"[ \t]+(?P<p>de[ \t]+la|de[ \t]+las|de[ \t]+los|dela|delos|delas|del|de|da|do|dos|das)[ \t]+"
    r"(?P<n>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*\w)(?![\w'’-])"
)


_FILIPINO_PARTICLES = frozenset(("dela", "delos", "delas"))  # a surname's, never a French word
_OF_AFTER = re.compile(r"\s*(?:d['’]|de\s|du\s|des\s)")


# A Gaelic surname, which the model often reads apart from the given name: "Gráinne O'Neill"
_GAELIC_SURNAME = re.compile(r"(?:O['’]|Mc|Mac|Fitz|Ní\s|Nic\s|Mhic\s)[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+")


def _join_gaelic_surnames(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A given name and a Gaelic surname right after it, two spans to the model ("Gráinne",
    "O'Neill"): one person's name."""
    if "'" not in text and "’" not in text and "Mc" not in text and "Mac" not in text:
        return candidates  # (most texts: no such name)
    by_end = {c.end: i for i, c in enumerate(candidates)}
    joined = list(candidates)
    gone: set[int] = set()
    for i, c in enumerate(candidates):
        j = by_end.get(c.start - 1)
        if j is None or j in gone or not _GAELIC_SURNAME.fullmatch(c.text):
            continue
        given = candidates[j]
        if text[given.end : c.start] == " " and _PERSONAL_WORD.fullmatch(given.text):
            joined[j] = Candidate(given.start, c.end, text[given.start : c.end], "PER", True)
            gone.add(i)
    return [c for i, c in enumerate(joined) if i not in gone]


def _with_compound_surname(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """ "José Luis Orozco" then "de la Torre": a person's name runs on through a particle and a
    name when the text writes its surname with them elsewhere too ("selon Orozco de la Torre")
    — not "Jean Roux de Lyon", where "Roux de Lyon" is written once."""
    kept = list(candidates)
    runs_on: list[tuple[int, int]] = []  # what a name took in
    surnames: set[tuple[int, int]] = set()
    for i, candidate in enumerate(kept):
        words = candidate.text.split()
        if candidate.label not in ("PER", "MISC"):
            continue
        more = _SURNAME_GOES_ON.match(text, candidate.end)
        if more is None or not _PERSONAL_WORD.fullmatch(more["n"]):
            continue
        if len(words) == 1 or (
            len(words) == 2
            and all(map(is_given_name, words))
            and not _OF_AFTER.match(text, more.end())  # (not "Jean Paul de la Cour d'appel")
        ):  # "Fernando de la Rionda", "María Fernanda de la Cruz": given names, then a Spanish
            # surname
            if (
                is_given_name(words[0]) and more["p"].split()[-1] in ("la", "las", "los", "del")
            ) or more["p"] in _FILIPINO_PARTICLES:  # "Rodel dela Cruz", whatever his name is
                kept[i] = Candidate(candidate.start, more.end(),
                                    text[candidate.start : more.end()], "PER", True)  # fmt: skip
                runs_on.append((candidate.end, more.end()))
            continue
        if candidate.label != "PER":
            continue  # (a name of several words runs on only where it is a person's)
        particle = r"[ \t]+".join(more["p"].split())
        surname = re.compile(
            rf"(?<![\w'’-]){re.escape(words[-1])}[ \t]+{particle}[ \t]+{re.escape(more['n'])}"
            r"(?![\w'’-])"
        )
        written = [m.span() for m in surname.finditer(text)]
        spanish = (  # two given names unhyphenated ("Juan Carlos", "José Luis"): Spanish-style
            more["p"].split()[-1] in ("la", "las", "los", "del")
            and len(words) >= 3
            and is_given_name(words[0])
            and is_given_name(words[1])
        )
        thing = any(
            o.label in ("LOC", "ORG") and o.start < more.end("n") and more.start("n") < o.end
            for o in candidates
        )
        if (
            len(written) < 2
            and not (spanish and not thing)
            and more["p"] not in _FILIPINO_PARTICLES
        ):
            continue  # ("Juan Carlos Gutiérrez de la Cruz": a Spanish surname, written once)
        kept[i] = Candidate(
            candidate.start, more.end(), text[candidate.start : more.end()], "PER", candidate.titled
        )
        runs_on.append((candidate.end, more.end()))
        surnames.update(written)
    return [  # the model's piece of it ("Torre") goes; the surname alone is the person's
        replace(c, label="PER") if (c.start, c.end) in surnames else c
        for c in kept
        if not any(start <= c.start and c.end <= end for start, end in runs_on)
    ]


def _join_particle_halves(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """ "Gaëlle" and "Le Cam", one space apart: the model cut a person's name at the particle
    of the surname (a given name, then a capitalised particle and a name, is one name)."""
    ordered = sorted(candidates, key=lambda c: c.start)
    joined: list[Candidate] = []
    for candidate in ordered:
        last = joined[-1] if joined else None
        between = text[last.end : candidate.start] if last is not None else ""
        if last is not None and (
            (
                between == " "
                and _PERSONAL_WORD.fullmatch(last.text)
                and _PARTICLE_NAME.match(candidate.text)
            )
            or _halves_across_small_particle(last, candidate, between)
        ):
            joined[-1] = Candidate(
                last.start, candidate.end, text[last.start : candidate.end], "PER"
            )
        else:
            joined.append(candidate)
    return joined


def _halves_across_small_particle(last: Candidate, candidate: Candidate, between: str) -> bool:
    """ "Jose" and "Cruz" of "Jose dela Cruz", "Sidi Ahmed" and "Cheikh Maalouf" of "Sidi Ahmed
    ould Cheikh Maalouf": a particle in small letters between a given name and a surname."""
    words = candidate.text.split()
    return bool(
        _SMALL_PARTICLE_BETWEEN.fullmatch(between)
        and candidate.label == "PER"
        and last.label in ("PER", "MISC")
        and (last.label == "PER" or is_given_name(last.text.split()[0]))
        and any(is_given_name(w) for w in last.text.split())
        and len(words) <= 2
        and all(w[:1].isupper() for w in words)
    )


_SMALL_PARTICLE_BETWEEN = re.compile(
    r" (?:dela|delos|delas|van der|van den|von der|van|von|del|da|dos|das|ould|ben|bin|ibn|bint) "
)


_PILGRIM_TITLE = re.compile(r"El[ \t]+Hadji?|Al[ \t]+Hajj?")
_TWO_WORD_TITLE = re.compile(
    r"(?i:premier|première|vice|ancien|ancienne)[ -](?i:ministre|président|présidente)"
)


# Titles of the religious that make a name with a given name alone: "l'abbé Pierre", "sœur
# Emmanuelle", "frère Roger" (not "sa sœur Marie", kin; nor "l'abbé Grouès", a surname; nor
# "Dom Juan", a play).
_RELIGIOUS_TITLES = frozenset("abbé sœur soeur frère père mère".split())
_POSSESSIVE_BEFORE = re.compile(
    r"(?<![\w'’-])(?i:son|sa|ses|leur|leurs|mon|ma|mes|ton|ta|notre|votre|nos|vos)\s+$"
)


def _religious_name(text: str, start: int, words: list[str]) -> bool:
    """Whether ``words`` (at ``start``) are a religious title and a given name alone: the name
    the person is known by, title and all ("l'abbé Pierre", "sœur Emmanuelle")."""
    return (
        len(words) == 2
        and words[0].lower() in _RELIGIOUS_TITLES  # "Sœur Emmanuelle" opening a sentence
        and is_given_name(words[1])
        and words[1] != "Noël"  # "le père Noël", no one's name
        and _POSSESSIVE_BEFORE.search(text, max(0, start - 8), start) is None
    )


_RELIGIOUS_TITLE_BEFORE = re.compile(
    rf"(?<![\w-])(?i:{'|'.join(sorted(_RELIGIOUS_TITLES))})[ \t]+$"
)


def _with_religious_title(text: str, candidate: Candidate) -> Candidate:
    """ "Emmanuelle" of "sœur Emmanuelle": a given name alone after a religious title is known
    with it (see ``_religious_name``)."""
    if " " in candidate.text or not is_given_name(candidate.text) or candidate.text == "Noël":
        return candidate
    title = _RELIGIOUS_TITLE_BEFORE.search(text, max(0, candidate.start - 8), candidate.start)
    if title is None or _POSSESSIVE_BEFORE.search(text, max(0, title.start() - 8), title.start()):
        return candidate
    start = title.start()
    return Candidate(start, candidate.end, text[start : candidate.end], "PER", True)


def clean_span(text: str, entity: RawEntity) -> Candidate | None:
    """Trim punctuation, elisions ("d'", "l'"), titles ("M.") and possessives from a span."""
    label = LABEL_MAP.get(entity.label)
    if label is None:
        return None
    start, end = entity.start, entity.end
    elided = _ELIDED_AFTER.search(text, start, end)
    if elided:  # "Scott Brown n'", "Rappelons qu'": the next word's elision
        end = elided.start()
    elif (inner := _INNER_APOSTROPHE.match(text, end - 1)) and _NAME_BEFORE_APOSTROPHE.search(
        text, start, end - 1
    ):
        end = inner.end()  # "Eto'", cut like "l'" by the tokenizer: the name is "Eto'o"
    while start < end and text[start] in _EDGE_JUNK:
        start += 1
    while end > start and text[end - 1] in _EDGE_JUNK:
        end -= 1
    inner = _INNER_TITLE.search(text, start, end)
    if inner:  # "Victoire de MM. Roy": the person is the name after the title
        start = inner.end()
    colon = text.find(" : ", start, end)
    if colon > start and text[start:colon].isupper():  # "MARCHIENNES : T. Lefebvre (9)": a
        start = colon + 3  # heading in capitals, then the name
    quoted = _QUOTED_WORD.search(text, start, end)
    if quoted and quoted.start() > start:  # 'appelant Gérard "tonton"': a word in quotation
        end = quoted.start()  # marks after a name is what the name is called, not part of it
    dangling = _DANGLING_LINK.search(text, start, end)
    if dangling:  # "le Barça de Tito Vilanova": the model's span stopped after "de"
        end = dangling.start()
    if text[end : end + 1] == "." and _FINAL_INITIAL.search(text, start, end):
        end += 1  # "Jean-Marc D.": the initial keeps its period
    elif (
        label == "PER"
        and " " not in text[start:end]
        and is_given_name(text[start:end])
        and (initial := _INITIAL_NEXT.match(text, end))
    ):
        end = initial.end()  # "Grégory" of "Le conducteur, Grégory P., 35 ans, …"
    if (
        label == "PER"
        and _PARTICLE_LAST.search(text, start, end)
        and (rest := _SURNAME_NEXT.match(text, end))
    ):
        end = rest.end()  # "Gwenaël Le" of "Gwenaël Le Floc'h": the model stopped at the particle
    if label == "PER" and (rest := _SLAVIC_SURNAME_NEXT.match(text, end)):
        end = rest.end()  # "Nikola" of "Nikola Đorđević": the model stopped at the letters it
        # did not know
    if label == "PER" and (syllable := _SYLLABLE_AFTER.match(text, end)):
        end = syllable.end()  # "Kim Jong-un", "Ban Ki-moon": the tokenizer cut the syllable off
    elision = _ELISION.match(text, start, end)
    if elision:
        start = elision.end()
    elif _NAME_APOSTROPHE_BEFORE.match(text, max(0, start - 2), start) and text[start].isupper():
        start -= 2  # "N'Guessan", "O'Sullivan" opening a sentence: the tokenizer cut "N'" off
    if (
        label == "PER"
        and " " in text[start:end].strip()
        and (given := _GIVEN_NAME_ELIDED_BEFORE.search(text, max(0, start - 30), start))
        and not ROLE_OF.search(text, max(0, given.start() - 60), given.start("given"))
    ):
        start = given.start("given")
    possessive = _POSSESSIVE.search(text, start, end)
    if possessive:
        end = possessive.start()
    article = _ARTICLE_INSIDE.search(text, start, end)
    if article:  # "avec son épouse Odile l'Auberge du Pont": a name ends before an article
        end = article.start()
    age = _AGE_TAIL.search(text, start, end)
    if age:  # "Lillois de 30 ans": the age is no part of a name
        end = age.start()
    count = _COUNT_TAIL.search(text, start, end)
    if count and _in_a_lineup(text, start, goals=True):
        end = count.start()  # "Radosavljević 7" of "Meilleurs buteurs : X 8, Radosavljević 7":
        # the goals (not "Ligue 1", "Euro 2016")
    if label == "PER" and (verb := _LOWER_TAIL.search(text, start, end)):
        end = verb.start()  # the model's "Pierre fonde" of "L'abbé Pierre fonde Emmaüs"
    words = text[start:end].split()
    pilgrim = len(words) > 2 and _PILGRIM_TITLE.fullmatch(f"{words[0]} {words[1]}") is not None
    if pilgrim:  # "El Hadj X Y": the pilgrim's honorific, which the person is called by
        label = "PER"
    if (
        len(words) > 2
        and _TWO_WORD_TITLE.fullmatch(f"{words[0]} {words[1]}")
        and words[2][:1].isupper()  # (not "Premier ministre d'Ostrie": where, see below)
    ):
        start = text.index(words[2], start + len(words[0]) + len(words[1]))  # "Première
        words = words[2:]  # ministre Sheikh X": the office the model took in
    while (
        len(words) > 1
        and not _religious_name(text, start, words)
        and not _wolof_pape(text, start, words)
        and (
            words[0].lower().rstrip(".:") in _TITLE_WORDS
            or (words[0].lower().rstrip(".:") in CAPTIONS and _opens_line(text, start))
            or words[0] in ("saint", "sainte")  # "saint Vincent de Paul" (not "Saint Louis")
            or (words[0] == "Veuve" and _womans_title_before(text, start))  # "Mme Veuve X"
            or (len(words) > 2 and words[0].lower() in PARTY_MEMBERS)
        )
    ):
        start = text.index(words[1], start + len(words[0]))
        words = words[1:]
        held_in = _HELD_IN.match(text, start, end)
        if held_in and len(text[held_in.end() : end].split()) >= 3:
            start = held_in.end()  # "ministre de la Culture X Y": where it is held, then a name
            words = text[start:end].split()
    role = _ROLE_LEAD.match(text, start, end) if len(words) >= 3 else None
    if role and role.end() < end and _given_and_surname(text[role.end() : end]):
        start = role.end()  # the model's "Premier ministre hongrois Viktor X": the person
        words = text[start:end].split()
    laureate = False
    if (
        (nobel := _NOBEL.match(text, start, end))
        and (laureate_words := text[nobel.end() : end].split())
        and is_given_name(laureate_words[0])
    ):
        start = nobel.end()  # "le prix Nobel de la paix Mohamed X": a title, then the person
        words, laureate = text[start:end].split(), True
    if len(words) > 1 and _ORDINAL_WORD.fullmatch(words[0]):  # "99e Tour de France": the
        start = text.index(words[1], start + len(words[0]))  # edition is no part of the name
        words = words[1:]
    if len(words) > 1 and words[0] in HEAD_NOUNS:  # "col de la Schlucht", "place de l'Église":
        named = _CAPITAL_START.search(text, start + len(words[0]), end)  # the name; its head
        if named is not None:  # is joined again, with the kind it gives (``_with_head``)
            start = named.start()
            words = text[start:end].split()
    if (
        len(words) > 2
        and words[0].islower()
        and words[0] not in _SURNAME_PARTICLES
        and _given_and_surname(" ".join(words[1:]))
    ):  # "ligne Jean Dupont" ("le troisième ligne Jean Dupont"): a noun before a person's name
        start = text.index(words[1], start + len(words[0]))
        words = words[1:]
    titled = laureate or pilgrim
    opening = _ARTICLE_OPENING.match(text, start, end) if len(words) >= 3 else None
    if opening and DEMONYM_BEFORE_NAME.match(text, opening.end(), end):
        start = opening.end()  # the model's "Le Sud-Africain Oscar Pistorius": the article is
        words = words[1:]  # no part of it
    if (
        (len(words) >= 3 or (len(words) == 2 and label != "ORG"))
        and (demonym := DEMONYM_BEFORE_NAME.match(text, start, end))
        and _ARTICLE_BEFORE.search(text, max(0, start - 12), start)
    ):  # "le Géorgien Guram Tushishvili", "le Brésilien Neymar", "l'Argentin Messi" (a thing
        # to the model): the person is the name after
        start = demonym.end()
        titled = label != "ORG" or _given_and_surname(text[start:end])  # "le Philippin Pedro X"
    if end - start < 2 or (
        len(words) == 1
        and words[0].lower().rstrip(".") in _TITLE_WORDS
        and not _PARTICLE_BEFORE.search(text, max(0, start - 5), start)  # "Le Maire"
    ):
        return None
    return Candidate(start, end, text[start:end], label, titled=titled)


# A role opening a span, with at most two words in small letters after it ("Premier ministre
# hongrois"), before a capital
_ROLE_LEAD = re.compile(rf"(?i:{ROLE})(?:[ \t]+[a-zà-öø-ÿā-ž-]+){{0,2}}[ \t]+(?=[A-ZÀ-ÖØ-ÞĀ-Ž])")
# A prize its laureate is called by: "prix Nobel de la paix", "prix Goncourt", "Nobel laureate".
_NOBEL = re.compile(
    r"(?:(?i:prix|lauréate?)\s+(?:Nobel|Goncourt|Pulitzer)(?:\s+(?:de\s+la\s+|de\s+l['’]|de\s+|d['’])"
    r"[a-zà-öø-ÿā-ž]+)?|Nobel\s+(?:(?i:peace|prize)\s+)*(?i:laureate|winner))\s+"
)
# A name that ends on a capitalised particle, the surname after it: "Gwenaël Le| Floc'h".
_PARTICLE_LAST = re.compile(r"(?<=\w)[ \t]+(?:Le|La|Du|De|Van|Von|Da|Di|Del)\Z")
# A surname's initial after a given name, then a comma, an age or a verb: "Grégory P., 35 ans"
_INITIAL_NEXT = re.compile(r"[ \t]+[A-ZÀ-ÖØ-ÞĀ-Ž]\.(?=[ \t]*[,;:)]|[ \t]+(?:a|est|avait|était)\b)")
_COUNT_TAIL = re.compile(r"(?<=[^\W\d_])[ \t]+\d{1,3}$")
_SURNAME_NEXT = re.compile(r"[ \t]+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*\w")
# A capitalised word with a letter of Central European alphabets: "Đorđević", "Łukaszewski".
_SLAVIC_SURNAME_NEXT = re.compile(r"[ \t]+(?=[\w'’-]*[Ā-ž])[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*\w(?![\w'’-])")
_ORDINAL_SUFFIX = r"(?:e|ᵉ|ème|er|re|st|nd|rd|th)"  # "7e", "1er", "3rd"
_ORDINAL_WORD = re.compile(rf"\d{{1,4}}{_ORDINAL_SUFFIX}")
_CAPITAL_START = re.compile(r"(?<![\w-])[A-ZÀ-ÖØ-ÞĀ-Ž]")


def _opens_line(text: str, start: int) -> bool:
    """ "Photos Marc Durand" on a line of its own, or after a caption's sentence ("La ferme,
    samedi matin. Photo Claire MOREAU"): a signature (not "le Crédit Mutuel")."""
    lead = text[text.rfind("\n", 0, start) + 1 : start].rstrip()
    return not lead or lead.endswith((".", "!", "?", "»", ")", "("))  # "(Photo Erwan X)"


_HELD_IN = re.compile(
    rf"(?:de\s+la|de\s+l[{APOSTROPHES}]|de|du|d[{APOSTROPHES}])\s*(?=[A-ZÀ-ÖØ-ÞĀ-Ž])"
)
_ARTICLE_BEFORE = re.compile(
    rf"(?:(?<![\w])(?i:le|la|les|du|des|au|aux)\s+|(?<![\w])[lL][{APOSTROPHES}])"
    r"(?:(?:jeune|petite?|grande?|vieil|vieux|ancien|ancienne)\s+)?$"  # "le jeune Marocain X"
)
_ARTICLE_OPENING = re.compile(rf"(?:Le|La|L[{APOSTROPHES}])\s*")


_PARTICIPLE = re.compile(
    r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]{3,}(?:é|ée|és|ées)|[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]{2}(?:ée|és|ées)|Née?s?"
)  # not "Arié"; "Armés de…"
_CLAUSE_ENDS = re.compile(r"[^,.;:!?\n]{0,30},")
# A participle agreed with a woman or a plural ("Embauchée", "Arrivés"; not "Vitré", a town),
# then what its clause goes on with.
_AGREED_PARTICIPLE = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]{2,}(?:ée|és|ées)")  # ("Menés")
_PARTICIPLE_GOES_ON = re.compile(
    r"\s*,|\s+(?:en|à|au|aux|par|dans|depuis|pour|sur|avec|de|du|des|d['’]|le|la|les|l['’]"
    r"|dès|sous|après|avant|contre|lors|grâce|malgré|vers|chez)\b"
)


_INFINITIVE = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{2,}(?:er|ir|re)")


def trim_sentence_start(candidate: Candidate, context: Context) -> Candidate | None:
    """At a sentence start, a capital proves nothing: drop leading common words ("Pauvre X")."""
    start, words = candidate.start, candidate.text.split()
    if not context.starts_sentence(start) or (
        len(words) > 1
        and (
            context.particle_name_inside(f"{words[0]} {words[1]}")
            or context.small_particle_inside(candidate.text)
        )
    ):
        return candidate  # "Le Cam a dit", where "Gaëlle Le Cam" is written too
    while len(words) > 1 and (
        context.is_common_word(words[0])
        or (
            _PARTICIPLE.fullmatch(words[0]) is not None
            and not is_given_name(words[0])
            and _CLAUSE_ENDS.match(context.text, candidate.end) is not None
        )
        or (
            len(words) > 2
            and _INFINITIVE.fullmatch(words[0]) is not None
            and not is_given_name(words[0])
            and is_given_name(words[1])
        )  # "« Invoquer Simone X pour justifier… »": a verb, then the name
    ):  # "Baptisée Gliese 581 g, elle…", "Née Máxima X, la reine…": a participle's clause
        start = context.text.index(words[1], start + len(words[0]))
        words = words[1:]
    if len(words) == 1 and (
        context.is_common_word(words[0])
        or COMMON_ENDING.fullmatch(words[0]) is not None
        or words[0].lower() in OPENING_ADJECTIVES
        or words[0].lower() in SPORT_RUBRICS  # "Handball (Nationale 3). Les filles…"
        or (
            _AGREED_PARTICIPLE.fullmatch(words[0]) is not None
            and not is_given_name(words[0])
            and _PARTICIPLE_GOES_ON.match(context.text, candidate.end) is not None
        )  # "Embauchée en 1975, …", "Arrivés à l'aube, …": a participle opening its clause
    ):
        return None  # "Cependant", "Oui", "Curieusement", "Natation", "Prochain match :"
    return Candidate(start, candidate.end, context.text[start : candidate.end], candidate.label)


def is_junk(candidate: Candidate, context: Context) -> bool:
    """Spans that cannot be names."""
    span = (candidate.start, candidate.end)
    if context.allowed.containing(*span) is None or context.sentences.containing(*span) is None:
        return True  # crosses a sentence or region boundary, or lies in set-aside text
    words = candidate.text.split()
    if len(words) > MAX_WORDS or "\n" in candidate.text or len(candidate.text) < 2:
        return True  # too long, on two lines, or one letter ("secteur B" trimmed to "B")
    if not any(ch.isupper() for ch in candidate.text) or candidate.text.isdigit():
        return True
    first = words[0]
    if not (
        first[0].isupper()
        or first[0].isdigit()
        or _has_inner_capital(first)
        or _religious_name(context.text, candidate.start, words)  # "l'abbé Pierre"
    ):
        return True
    if first.lower() in GENERIC_INSTITUTIONS or (
        first in ("Le", "La", "Les") and len(words) > 1 and words[1].lower() in GENERIC_INSTITUTIONS
    ):  # "l'Administration", "les États membres", "Le Département de X": nouns with a capital
        return True
    if (len(words) == 1 and _CODE.fullmatch(first)) or _REFERENCE.fullmatch(candidate.text):
        return True  # "CM1", "la D400", "A7": a class, a road, a code; "ISBN", "No. 7"
    if candidate.text.lower() in _ROLE_SET or any(
        " ".join(words[:n]).lower() in _ROLE_SET and all(w.islower() for w in words[n:])
        for n in (1, 2)
        if len(words) > n
    ):
        return True  # "Première ministre", "Premier ministre grec": a role, no name
    if len(words) == 1:
        # "Or", "Non" wherever they stand; "Président" alone is a role; "Pouvez-vous" a verb.
        return (
            first.lower() in context.stop_words
            or first.lower() in ROLE_WORDS
            or first.lower() in CAPTIONS  # "Photos" before a signature
            or _CLITIC_AFTER.match(context.text, candidate.end) is not None
            or _is_demonym(candidate, context)
            or (
                _IMPERATIVE.fullmatch(first) is not None
                and _QUE_AFTER.match(context.text, candidate.end) is not None
            )
        )
    lower_words = [w for w in words[1:] if not _is_name_word(w)]
    # A clause, not a name: "Eh bien", "Point commun"; "Union européenne" is fine.
    return len(lower_words) > 2 or any(w.lower() in context.stop_words for w in lower_words)


# A lower-case word ending a person's span, neither a particle nor "père"/"fils": a verb the
# model took in ("Pierre fonde").
_LOWER_TAIL = re.compile(
    r"(?<=\w)[ \t]+(?!(?:de|du|des|la|le|van|von|der|den|di|da|del|della|do|dos|das|y|e|i|bin"
    r"|ben|ibn|al|el|zu|ter|ten|dela|delos|wa|père|fils|aîné|aînée|cadet|cadette|junior)$)"
    r"[a-zà-öø-ÿ]+$"
)
_CODE = re.compile(r"[A-Z]{1,3}-?\d{1,4}[a-z]?")
_REFERENCE = re.compile(r"(?:ISBN|ISSN|DOI|(?:No|N°)\.?\s*\d+)(?:-\d+)?")
_ROLE_SET = frozenset(ROLE_NOUNS)
_IMPERATIVE = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+(?:ons|ez)")  # "Rappelons que", "Notez que"
_QUE_AFTER = re.compile(rf"\s*qu(?:e\b|[{APOSTROPHES}])", re.I)


def _is_demonym(candidate: Candidate, context: Context) -> bool:
    """ "les Lillois", "un Belge de 30 ans", "des Irakiens": people by their place, no name."""
    word = candidate.text
    before = context.text[max(0, candidate.start - 20) : candidate.start]
    if (
        (demonym := DEMONYM_BEFORE_NAME.match(context.text, candidate.start))
        and demonym.end() > candidate.end
        and _ARTICLE_BEFORE.search(before)
    ):
        return True  # "l'Américain" of "l'Américain Michael Phelps": the person follows
    if _INDEFINITE.search(before) and (
        DEMONYM.fullmatch(word)
        or _DEMONYM_IN.fullmatch(word)
        or _AGE_AFTER.match(context.text, candidate.end)
    ):
        return True  # "un jeune Vésulien", "une Bisontine", "un Belge de 30 ans"
    if _DEFINITE_ONE.search(before) and DEMONYM.fullmatch(word):
        return True  # "le jeune Indien, âgé de 17 ans"
    if not PLURAL_DETERMINER.search(before):
        return False
    if DEMONYM.fullmatch(word):
        return True
    # a capitalised plural after "les"/"des" ("les Serbes", "des Juifs"), not an organisation
    plural = re.search(r"(?:^|\s)(?:les|des|aux|ces)\s+$", before, re.IGNORECASE) is not None
    return plural and word.endswith("s") and candidate.label != "ORG"


# One person told by a word, not named: "un jeune X", "une X de 30 ans", "une X, 45 ans".
_INDEFINITE = re.compile(r"(?:^|[\s(])(?i:un|une)\s+(?:(?:jeune|petite?|vieil|vieux)\s+)?$")
# The article and an adjective of age or size: "le jeune Indien" (not "l'Iran", "le Bordelais")
_DEFINITE_ONE = re.compile(r"(?:^|[\s(])(?i:le|la)\s+(?:jeune|petite?|vieil|vieux|grande?)\s+$")
_DEMONYM_IN = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+(?:in|ine)")  # "un Messin", "une Angevine"
# An age told beside a name: "X, 45 ans,", "X, âgée de sept ans,", "X (8 ans)".
_AGE_APPOSITION = re.compile(  # (at a sentence's end too: "leurs enfants, Mathis, 12 ans, et
    # Chloé, 9 ans.")
    rf"\s*,\s*(?:âgée?\s+de\s+)?(?:\d{{1,2}}|{AGE_IN_WORDS})\s+ans\s*(?:,|\.(?!\d)|;)"
    rf"|\s*\(\s*\d{{1,2}}\s+ans\s*\)"
)
_AGE_AFTER = re.compile(r"\s*,?\s+(?:âgée?\s+)?de\s+\d+\s+ans\b|\s*,\s*\d+\s+ans\b")


_PLURAL_TITLE = re.compile(r"\b(?:MM\.|Mmes|messieurs|mesdames)\s*$")
_NAME_RUN = re.compile(
    r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*)(?:\s+(?:(?:de|du|des|d['’]|la|le|van|von|der|di|da|del|zu)\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*)*"
)


def _split_at_verb(text: str, candidate: Candidate) -> list[Candidate]:
    """ "Éric Halphen interroge Francis Poullain", "Andre Gunthert for ARHV": two names joined by
    a lower-case word that is not a particle are two names."""
    words = candidate.text.split()
    inner = [
        i
        for i in range(1, len(words) - 1)
        if words[i][0].islower()
        and words[i].lower() not in PARTICLES
        and words[i].split("-")[0].lower() not in PARTICLES  # "Zine el-Abidine Ben Ali"
        and words[i - 1][0].isupper()
        and words[i + 1][0].isupper()
    ]
    plural_title = _PLURAL_TITLE.search(text, max(0, candidate.start - 8), candidate.start)
    if plural_title and " et " in candidate.text:  # "MM. Roy et Petit": two people
        cut = text.index(" et ", candidate.start)
        return [
            Candidate(candidate.start, cut, text[candidate.start : cut], "PER"),
            Candidate(cut + 4, candidate.end, text[cut + 4 : candidate.end], "PER"),
        ]
    if candidate.label != "PER" or not inner:
        return [candidate]
    runs = [
        m for m in _NAME_RUN.finditer(text, candidate.start, candidate.end) if m.end() > m.start()
    ]
    return [Candidate(m.start(), m.end(), m.group(), candidate.label) for m in runs]


# A person's name then a party's or a list's acronym: "Marine Le Pen RN", "Jean Roux DVG".
_SMALL_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž]?[a-zà-öø-ÿā-ž'’]+)*"
_ACRONYM_TAIL = re.compile(
    rf"(?P<name>{_SMALL_WORD}(?:\s+(?:(?:de|du|d['’]|van|von|al|el)\s+)?{_SMALL_WORD}){{1,3}})"
    r"\s+(?P<acronym>(?![IVXLC]+$)[A-Z]{2,4})"
)


# (not a ship's prefix: "le porte-avions USS George Washington")
_ACRONYM_HEAD = re.compile(
    r"(?P<acronym>(?![IVXLC]+\s|(?:USS|HMS|HMCS|HMAS|RMS|SS|MS|MV|INS)\s)[A-Z]{2,5})\s+"
    r"(?=[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž])"
)


def _split_acronym_tail(candidate: Candidate) -> list[Candidate]:
    """ "Marine Le Pen RN", "Olivier Faure PS": a person's full name, written in small letters,
    then a word of two to four capitals (no Roman numeral: "Benoît XVI") is the person, then a
    party or a list (an organisation). A name in capitals ("Marc DURAND") is not cut."""
    if " " not in candidate.text or "\n" in candidate.text:
        return [candidate]
    head = _ACRONYM_HEAD.match(candidate.text)
    if head is not None and _given_and_surname(candidate.text[head.end() :]):
        # "la déléguée CGT Sylvie Kerbrat": the union, then the person
        start = candidate.start + head.end()
        return [
            Candidate(candidate.start, candidate.start + len(head["acronym"]), head["acronym"],
                      "ORG"),
            Candidate(start, candidate.end, candidate.text[head.end() :], "PER"),
        ]  # fmt: skip
    if candidate.label != "PER":
        return [candidate]
    found = _ACRONYM_TAIL.fullmatch(candidate.text)
    if found is None or ORG_SUFFIX.search(candidate.text):
        return [candidate]
    name_end, acronym_start = found.end("name"), found.start("acronym")
    start = candidate.start
    return [
        Candidate(start, start + name_end, found["name"], "PER"),
        Candidate(start + acronym_start, candidate.end, found["acronym"], "ORG"),
    ]


_ROLE_HELD_IN = re.compile(
    rf"(?i:{ROLE})\s+(?:de\s+la\s+|de\s+l[{APOSTROPHES}]|de\s+|du\s+|des\s+|d[{APOSTROPHES}])"
    r"(?=[A-ZÀ-ÖØ-ÞĀ-Ž])"
)


def _split_role_name(text: str, candidate: Candidate) -> list[Candidate]:
    """ "le fondateur de Qwantix Paul Lemaire", "le maire de Val-Fleuri Jean Roux": after a role
    held somewhere, a span of three words or more that ends with a given name and a surname is
    the place or company, then the person (of an organisation when the role is a company's)."""
    held = _ROLE_HELD_IN.match(candidate.text)
    if held:  # "Premier ministre d'Israël": the place is the name, the role none
        start = candidate.start + held.end()
        candidate = Candidate(start, candidate.end, text[start : candidate.end], candidate.label)
    words = candidate.text.split()
    if len(words) < 3 or not (
        held or ROLE_OF.search(text, max(0, candidate.start - 60), candidate.start)
    ):
        return [candidate]
    if held and is_given_name(words[0]) and _given_and_surname(candidate.text):
        return [candidate]  # "le Premier ministre d'Alpha Oumar Konaré": whose Premier ministre
    # the person starts at the first common given name whose words make a name ("Défense
    # Karl-Theodor zu Guttenberg"), else at the last two words
    first = next(
        (
            i
            for i in range(1, len(words) - 1)
            if is_given_name(words[i]) and _given_and_surname(" ".join(words[i:]))
        ),
        len(words) - 2,
    )
    given, surname = words[first], words[-1]
    if not all(_PERSONAL_WORD.fullmatch(w) for w in (given, surname)):
        return [candidate]
    offset = len(" ".join(words[:first])) + 1
    cut = candidate.start + candidate.text.index(given, offset - 1)
    head_end = cut
    while head_end > candidate.start and text[head_end - 1].isspace():
        head_end -= 1
    org = ORG_BEFORE.search(text, max(0, candidate.start - CONTEXT), candidate.start) is not None
    return [
        Candidate(
            candidate.start,
            head_end,
            text[candidate.start : head_end],
            "ORG" if org else candidate.label,
        ),
        Candidate(cut, candidate.end, text[cut : candidate.end], "PER"),
    ]


def _split_elided_head(text: str, candidate: Candidate) -> list[Candidate]:
    """ "Antan Jean-Marie Brossard" of "le fondateur de Saveurs d'Antan Jean-Marie Brossard": a
    word right after an elided "d'" ends the name before it (a firm's, a place's); a given name
    and a surname after it are the person."""
    words = candidate.text.split()
    if (
        candidate.label != "PER"
        or len(words) < 3
        or text[max(0, candidate.start - 2) : candidate.start] not in ("d'", "d’")
        or is_given_name(words[0])
        or not is_given_name(words[1])
        or not _given_and_surname(" ".join(words[1:]))
    ):
        return [candidate]
    start = candidate.start + candidate.text.index(words[1], len(words[0]))
    return [Candidate(start, candidate.end, text[start : candidate.end], "PER", candidate.titled)]


def _split_led_by(text: str, candidate: Candidate) -> list[Candidate]:
    """ "le Lille OSC de Rudi Garcia", "l'Athletic Bilbao de Marcelo Bielsa": a team or a body,
    then "de" and a common given name with a surname, is the body and the person leading it
    (not "Charles de Gaulle": a given name before "de" is a person's name with its particle)."""
    words = candidate.text.split()
    elided = _LED_BY_ELIDED.fullmatch(candidate.text)
    if (
        elided is not None
        and not is_given_name(words[0])
        and all(w[:1].isupper() for w in elided["head"].split())
        and (
            _given_and_surname(elided["person"])
            or len(re.findall(rf"(?<![\w'’-]){re.escape(elided['person'].split()[-1])}\b", text))
            > 1
        )
    ):  # "le Pasok d'Evangelos X" (X named alone elsewhere): the party and its leader
        cut, named = candidate.start + elided.end("head"), candidate.start + elided.start("person")
        return [
            Candidate(candidate.start, cut, text[candidate.start : cut], candidate.label),
            Candidate(named, candidate.end, text[named : candidate.end], "PER"),
        ]
    if len(words) < 4 or "de" not in words[1:-2]:
        return [candidate]
    of = len(words) - 1 - words[::-1].index("de")
    head, person = words[:of], words[of + 1 :]
    if (
        len(person) != 2
        or is_given_name(head[0])
        or not all(w[:1].isupper() for w in head)
        or not _given_and_surname(" ".join(person))
    ):
        return [candidate]
    cut = candidate.start + candidate.text.index(" de ", len(" ".join(head)) - 1)
    named = cut + len(" de ")
    return [
        Candidate(candidate.start, cut, text[candidate.start : cut], candidate.label),
        Candidate(named, candidate.end, text[named : candidate.end], "PER"),
    ]


_LED_BY_ELIDED = re.compile(
    r"(?P<head>[^\s'’].*?)\s+d['’](?P<person>[A-ZÀ-ÖØ-ÞĀ-Ž][\w-]+\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)"
)


# A sovereign's name and number, then the country: "Harald V de Norvège", "Carl XVI Gustaf de
# Suède", "Juan Carlos Ier d'Espagne".
_REGNAL_OF = re.compile(
    r"(?P<name>(?!(?:Le|La|Les|Du|De|Des|The)\s)[A-ZÀ-ÖØ-ÞĀ-Ž][\w-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w-]+)?\s+[IVXL]+(?:er|re|e)?"
    r"(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž-]+)?)\s+(?:de\s+|du\s+|d['’]\s*)"
    r"(?P<place>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+(?:[ -][A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)?)"
)


# A sovereign's given names, then the kingdom: "Juan Carlos d'Espagne", "Fabiola de Belgique"
_KING_OF = re.compile(
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][\w-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w-]+)?)\s+(?:de\s+|d['’]\s*)"
    r"(?P<place>Espagne|Belgique|Angleterre|Grande-Bretagne|Norvège|Suède|Danemark|Monaco"
    r"|Luxembourg|Maroc|Jordanie|Thaïlande|Japon|Bahreïn|Liechtenstein|Hollande)"
)


_SPACED_DASH = re.compile(r"[ \t]+[–—-][ \t]+")


def _split_at_dash(candidate: Candidate) -> list[Candidate]:
    """ "Castagnet – Naivalu" of a line-up ("Composition : Castagnet – Naivalu, Lafforgue"): a
    dash between spaces parts two names."""
    if _SPACED_DASH.search(candidate.text) is None:
        return [candidate]
    parts: list[Candidate] = []
    at = 0
    for piece in [*_SPACED_DASH.finditer(candidate.text), None]:
        stop = piece.start() if piece is not None else len(candidate.text)
        text = candidate.text[at:stop]
        if text.strip():
            parts.append(
                Candidate(
                    candidate.start + at,
                    candidate.start + stop,
                    text,
                    candidate.label,
                    candidate.titled and not parts,
                )
            )
        at = piece.end() if piece is not None else stop
    return parts


_GIVEN_PAIR = re.compile(
    r"(?P<a>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)[ \t]+(?:et|and)[ \t]+(?P<b>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)"
)


def _split_given_pair(candidate: Candidate) -> list[Candidate]:
    """ "Michel et Annie": two people the model read as one name (two given names joined by
    "et"; not "Aurélie et Sébastien Morin", whose surname the first shares)."""
    pair = _GIVEN_PAIR.fullmatch(candidate.text)
    if pair is None or not (is_given_name(pair["a"]) and is_given_name(pair["b"])):
        return [candidate]
    return [
        Candidate(candidate.start + pair.start(k), candidate.start + pair.end(k), pair[k], "PER")
        for k in ("a", "b")
    ]


def _split_regnal(text: str, candidate: Candidate) -> list[Candidate]:
    """ "Harald V de Norvège": the sovereign ("Harald V") and the country, two names; so is "le
    roi Juan Carlos d'Espagne" (a kingdom's name after a sovereign's title and given names)."""
    found = _REGNAL_OF.fullmatch(candidate.text)
    if found is None and _SOVEREIGN_BEFORE.search(
        text, max(0, candidate.start - 12), candidate.start
    ):
        found = _KING_OF.fullmatch(candidate.text)
    if found is None:
        return [candidate]
    start = candidate.start
    return [
        Candidate(start, start + found.end("name"), found["name"], "PER", titled=True),
        Candidate(start + found.start("place"), candidate.end, found["place"], "LOC"),
    ]


def _split_place_name(text: str, candidate: Candidate) -> list[Candidate]:
    """ "a nommé à Matignon Jean-Pierre Raffarin": after "à", a place's word, then a common
    given name and a surname, are the place and the person the model read as one name."""
    words = candidate.text.split()
    if (
        len(words) < 3
        or not _PLACE_BEFORE.search(text, max(0, candidate.start - 8), candidate.start)
        or is_given_name(words[0])
        or not (is_given_name(words[1]) or _written_alone(text, candidate, words))
        or not all(_PERSONAL_WORD.fullmatch(w) for w in (words[0], words[1], words[-1]))
    ):
        return [candidate]
    cut = candidate.start + candidate.text.index(words[1], len(words[0]))
    end = candidate.start + len(words[0])
    return [
        Candidate(candidate.start, end, words[0], "LOC"),
        Candidate(cut, candidate.end, text[cut : candidate.end], "PER"),
    ]


# A role a few words before a name: "le député écologiste du Finistère X".
_ROLE_NEAR_BEFORE = re.compile(rf"(?i:\b(?:{ROLE})\b)(?:\s+[\w'’-]+){{0,3}}\s+$")


def _split_glued_person(text: str, candidate: Candidate) -> list[Candidate]:
    """ "Finistère Paul-Henri Mercadier" of "le député écologiste du Finistère Paul-Henri
    Mercadier": after a role, the place or the party it is held for, then a common given name and
    a surname, which the model read as one place."""
    words = candidate.text.split()
    if (
        candidate.label not in ("LOC", "ORG", "MISC")
        or len(words) < 3
        or _ROLE_NEAR_BEFORE.search(text, max(0, candidate.start - 50), candidate.start) is None
    ):
        return [candidate]
    for i in range(1, len(words) - 1):
        tail = words[i:]
        if (
            len(tail) <= 3
            and words[i - 1][:1].isupper()
            and not is_given_name(words[i - 1])
            and _given_and_surname(" ".join(tail))
        ):
            cut = candidate.start + len(" ".join(words[:i])) + 1
            if text[cut : candidate.end] != " ".join(tail):
                return [candidate]  # (spaces of another kind: leave it whole)
            head_end = candidate.start + len(" ".join(words[:i]))
            return [
                Candidate(candidate.start, head_end, text[candidate.start : head_end], "LOC"),
                Candidate(cut, candidate.end, text[cut : candidate.end], "PER"),
            ]
    return [candidate]


def _written_alone(text: str, candidate: Candidate, words: list[str]) -> bool:
    """Whether the words after the first are a name the text writes elsewhere without it:
    "condamné à Valence Kemal Öztürk", the title having "Kemal Öztürk condamné"."""
    rest = re.escape(" ".join(words[1:]))
    head = re.escape(words[0])
    found = re.compile(rf"(?<![\w'’-])(?<!{head} ){rest}(?![\w'’-])")
    return any(m.start() != candidate.start + len(words[0]) + 1 for m in found.finditer(text))


# A given name, then a surname in capitals ("Didier PLANADEVALL", "Anne-Marie LE GALL").
_GIVEN_CAPITALS = re.compile(
    r"(?<![\w'’-])(?P<given>[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+)?)[ \t]+"
    r"(?:(?:LE|LA|DE|DU|VAN|VON)[ \t]+)?[A-ZÀ-ÖØ-ÞĀ-Ž]{3,}(?:-[A-ZÀ-ÖØ-ÞĀ-Ž]{2,})?(?![\w'’-])"
)
# A word of a person's name: "Anne", "Jean-Luc" (not "Écologie-Les": an article is no name)
_PERSONAL_WORD = re.compile(
    r"(?:(?:Mc|Mac|El|Al|Abu|Abou|Di|De|Da|Le|La|Van|Von|O)(?=[A-Z][a-z]))?"  # "ElBaradei"
    # "Cléac'h", "Floc'h" (Breton), "O'Neill"
    r"[A-ZÀ-ÖØ-ÞĀ-Ž](?:[a-zà-öø-ÿā-ž]+(?:['’][a-zà-öø-ÿā-ž]+)?|['’][A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+)"
    r"(?:-(?!(?:Les|La|Le|Des|Du|De|Et|En|Sur|Sous)$)[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+"
    r"|-[a-z]{2,4})?"  # (a Korean given name's second syllable: "Jae-in", "Jong-un")
)


# The cue of a caption or a signature alone, as the model may take it into the name.
_CUE_ONLY = re.compile(rf"\(?[ \t]*{CAPTION_CUE}[ \t]*:?[ \t]*")


def _cued_names(
    text: str, candidates: list[Candidate], context: Context, blocked: _Occupancy
) -> list[Candidate]:
    """Add the names a cue before them makes sure of (``CUED_NAME``: "M. Girard", "le général de
    Rivière", "son épouse Odette", "J.-L. Martin", "Photos Marc DURAND", "rue des Tilleuls"),
    which the model may miss or cut short: one pass of one pattern. A name found by the model
    inside one of them gives way to it; one that crosses it wins."""
    titled = []
    for match in CUED_NAME.finditer(text):
        if match["demonym"]:  # "l'Américain X Y": the name where the model saw no person
            # there ("Sun Yang" of "le Chinois Sun Yang" read as an organisation, "Clos" of "Chad
            # le Clos" as a place) and no span of its runs beyond it
            start, end = match.span("name")
            if any(
                c.start < end
                and start < c.end
                and (c.label == "PER" or c.start < start or end < c.end)
                for c in candidates
            ):
                continue
        names = [match]
        plural = (match["plural"] or "").rstrip(" ,")
        while plural.endswith(("s", "x", "MM.")) and (
            following := AND_NAME.match(text, names[-1].end())
        ):
            names.append(following)  # "MM. Roy, Petit et Leroy", "ses fils Marc et Paul"
        group = next(
            g
            for g in ("name", "initials", "caption", "company", "place", "association", "affair")
            if match[g]
        )
        label = {"company": "ORG", "association": "ORG", "affair": "MISC"}.get(group, "PER")
        if group == "place":
            # "rue X" a place, "garage X" a firm (a street's head no other word takes: a place)
            label = HEAD_NOUNS.get(match["head"].lower(), "LOC")
        for found in names:
            start, end = found.span(group)
            if group == "name" and (inner := _TITLE_OPENS.match(text, start, end)):
                start = inner.end()  # "sa fille, Mme Perrotin": the name after the title
            if blocked.overlaps(start, end):
                continue
            candidate = Candidate(start, end, text[start:end], label, titled=group == "name")
            if group != "name":  # a whole name: it needs only to lie in one sentence (initials
                # may end one for the sentence splitter: "J.-L. Martin")
                if context.allowed.containing(start, end) and (
                    context.sentences.containing(start, end)
                    if group != "initials"
                    else not context.is_common_word(match["surname"])  # "racheté X. La …"
                ):  # ("le fondateur de Maison Gaborit Louis Gaborit": the firm, then him)
                    titled.extend(_split_role_name(text, candidate))
                continue
            # "de Rivière": the junk rules read "Rivière"
            name_start = start + next(i for i, ch in enumerate(found[group]) if ch.isupper())
            if not is_junk(Candidate(name_start, end, text[name_start:end], label), context):
                titled.append(candidate)
    held = [span for found in ROLE_OF_PLACE_NAME.finditer(text) if (span := _holder(found))]
    named = [found.span("name") for found in ROLE_ADJECTIVE_NAME.finditer(text)] + held
    for start, end in named:  # "la ministre kényane X Y", "le maire de São Paulo X Y"
        if (
            not blocked.overlaps(start, end)
            and context.allowed.containing(start, end)
            and context.sentences.containing(start, end)
            and all(_surname_word(w) for w in text[start:end].split() if w[:1].isupper())
            and not ORG_SUFFIX.search(text[start:end])
        ):
            titled.append(Candidate(start, end, text[start:end], "PER", titled=True))
    for found in _GIVEN_CAPITALS.finditer(text):  # "Didier PLANADEVALL": a signature's name
        start, end = found.span()
        if (
            is_given_name(found["given"])
            and not blocked.overlaps(start, end)
            and context.allowed.containing(start, end)
            and context.sentences.containing(start, end)
        ):
            titled.append(Candidate(start, end, found.group(), "PER"))
    if " ans" in text:
        for found in _AGED_THEN_GIVEN.finditer(text):  # "un matelot de 23 ans, Erwan, s'est…"
            start, end = found.span("given")  # (whatever the model made of the name)
            if (
                is_given_name(found["given"])
                and not blocked.overlaps(start, end)
                and context.allowed.containing(start, end)
            ):
                titled.append(Candidate(start, end, found["given"], "PER"))
        for found in _FULL_NAME_AGED.finditer(text):  # "Ronan Quiniou, 28 ans, …"
            start, end = found.start("given"), found.end("surname")
            if (
                is_given_name(found["given"])
                and not context.is_common_word(found["surname"].split()[-1])
                and not blocked.overlaps(start, end)
                and context.allowed.containing(start, end)
                and context.sentences.containing(start, end)
            ):
                titled.append(Candidate(start, end, text[start:end], "PER"))
        for found in _GIVEN_NAME_AGED.finditer(text):  # "Sabrina, 38 ans, opératrice": a
            start, end = found.span("given")  # given name the model left out at a sentence's start
            if (
                is_given_name(found["given"])
                and not blocked.overlaps(start, end)
                and not any(c.start < end and start < c.end for c in candidates)
                and context.allowed.containing(start, end)
            ):
                titled.append(Candidate(start, end, found["given"], "PER"))
    if not titled:
        return candidates
    spans = _Occupancy([(t.start, t.end) for t in titled])
    crossing = _Occupancy()
    for c in candidates:
        holder = spans.holder(c.start, c.end)
        if (
            holder is not None
            and not (holder[0] <= c.start and c.end <= holder[1])
            and not (c.end == holder[1] and _CUE_ONLY.fullmatch(text, c.start, holder[0]))
            and not (c.end == holder[1] and holder in held)  # (nor "São Paulo Fernando X")
        ):  # (the model's "Correspondant : Jean X" holds the cue, not more: the name wins)
            crossing.add(c.start, c.end)  # the model's span crosses a titled name: it wins
    titled = [t for t in titled if not crossing.overlaps(t.start, t.end)]
    taken = _Occupancy([(t.start, t.end) for t in titled])
    return [c for c in candidates if not taken.overlaps(c.start, c.end)] + titled


# A team's line-up on a line of its own: the team's name and a colon, then players parted by
# semicolons or dashes (the lines of the team) and commas, a position or the captain's mark in
# brackets, a substitute after the minute he came on: "SPY : Delhaye ; Van Hoof, Mathieu,
# Dubois (46e Lambert), Kabongo ; Collard, Thys.", "Lavardac : Fourcade – Soubiran, Dupuy –
# (o) Barrère, (m) Larrieu – Pujos, Daguerre (cap.), Vidal. Remplaçants : Arrouy, Bordes."
_LINEUP_SEGMENT = re.compile(
    r"[ \t]*(?P<team>[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]*(?:[ '’.-]+[^\W\d_]+){0,4})[ \t]*:[ \t]*"
    r"(?P<body>[^\n:]+?)[ \t]*\.?[ \t]*"
)
# Where a second list opens on the line: ". Remplaçants entrés en jeu : …"
_NEXT_SEGMENT = re.compile(r"(?<=[.)])[ \t]+(?=[A-ZÀ-ÖØ-ÞĀ-Ž][^\n:.]{0,40}:)")
_LINEUP_SEPARATOR = re.compile(r"[;,–—]|\s-\s")
_SCORED_ITEM = re.compile(r"[^\W\d_]\s+\d{1,3}\s*(?:[,;]|$)")
_PLAYER = (
    r"(?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]el|[Dd]i|[Dd]a|[Ll]e|[Ll]a|[Dd]os|[Dd]u)\s+)?"
    r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž]\.\s?)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*[a-zà-ÿ][\w'’-]*"
)
_POSITION = r"\(\s*(?:[a-z]{1,3}|cap\.?)\s*\)"  # "(o)", "(m)", "(cap.)"
_LINEUP_ITEM = re.compile(
    rf"\s*(?:{_POSITION}\s*)?(?P<name>{_PLAYER})(?:\s*{_POSITION})?"
    rf"(?:\s*\(\s*\d{{1,3}}\s*(?:e|ᵉ|ème|')\s+(?P<sub>{_PLAYER})\s*\))?"
    r"(?:\s+(?P<points>\d{1,3}))?\s*"  # a scorer's points or goals: "Hopkins 19"
)


def _lineup_players(body: str, offset: int) -> list[tuple[int, int]] | None:
    """The spans of the players of a list of names (``_LINEUP_ITEM`` parted by
    ``_LINEUP_SEPARATOR``), or None where one item is no name; the points after each name of a
    list of scorers, all of them or none."""
    players: list[tuple[int, int]] = []
    at = 0
    scored: set[bool] = set()
    for part in _LINEUP_SEPARATOR.split(body):
        at = body.index(part, at)
        item = _LINEUP_ITEM.fullmatch(part)
        if item is None:
            return None
        scored.add(item["points"] is not None)
        if len(scored) > 1:
            return None
        players += [
            (offset + at + item.start(g), offset + at + item.end(g))
            for g in ("name", "sub")
            if item[g]
        ]
        at += len(part)
    return players


def _lineup_names(
    text: str, candidates: list[Candidate], context: Context, blocked: _Occupancy
) -> list[Candidate]:
    """Add the players of a team's line-up (``_LINEUP_SEGMENT``), which the model reads in pieces
    if at all: at least six names in at least two lines of the team (eight after a team's name
    not in capitals), nothing but names; then the substitutes' list on the same line."""
    if " : " not in text and "\t:" not in text:
        return candidates
    added: list[Candidate] = []
    for line in re.finditer(r"^[^\n]*:[^\n]*$", text, re.MULTILINE):
        accepted = False
        at = line.start()
        for segment in _NEXT_SEGMENT.split(line.group()):
            start = text.index(segment, at)
            at = start + len(segment)
            found = _LINEUP_SEGMENT.fullmatch(segment)
            if found is None:
                break
            body = found["body"]
            players = _lineup_players(body, start + found.start("body"))
            if players is None:
                break
            lines = len(re.findall(r"[;–—]|\s-\s", body))
            shouting = found["team"].upper() == found["team"]
            scorers = _SCORED_ITEM.search(body) is not None and len(players) >= 4
            if (
                not accepted
                and not scorers
                and (lines < 1 or len(players) < (6 if shouting else 8))
            ):
                break  # ("Chalon : Hopkins 19, Girardot 13, Nkembe 12, Delattre 10": scorers)
            if not context.allowed.containing(start, at):
                break
            accepted = True
            added += [
                Candidate(a, b, text[a:b], "PER", titled=True)
                for a, b in players
                if not blocked.overlaps(a, b)
            ]
    if not added:
        return candidates
    taken = _Occupancy([(c.start, c.end) for c in added])  # (whatever the model made of them)
    return [c for c in candidates if not taken.overlaps(c.start, c.end)] + added


# The first word of a town named after a saint or a place, before a given name: "São Paulo"
_PLACE_PREFIXES = frozenset("São San Santa Santo Saint Sainte Port Puerto Porto Rio".split())


def _holder(found: re.Match[str]) -> tuple[int, int] | None:
    """The holder's name at the end of a role held somewhere (``ROLE_OF_PLACE_NAME``): from its
    given name on ("le maire de São Paulo Fernando X"), a sovereign's one word after a place of
    one ("l'empereur du Japon X"); None where no word tells where the name starts."""
    words = list(re.finditer(r"\S+", found["run"]))
    offset = found.start("run")
    if is_given_name(words[0].group()):
        return None  # "le Premier ministre d'Alpha Oumar X": whose, not where
    for i in reversed(range(1, len(words) - 1)):  # (the last one: "São Paulo" holds "Paulo")
        if not is_given_name(words[i].group()):
            continue
        if words[i - 1].group() in _PLACE_PREFIXES:  # "São Paulo Geraldo X": the name after
            return (offset + words[i + 1].start(), found.end("run")) if i + 2 < len(words) else None
        return offset + words[i].start(), found.end("run")
    if found["ruler"] and len(words) == 2:
        return offset + words[1].start(), found.end("run")
    return None


def _other_names(
    text: str, candidates: list[Candidate], context: Context, blocked: _Occupancy
) -> tuple[list[Candidate], list[tuple[str, str]]]:
    """ "Anne Martin, née Durand", "Marie Curie (née Skłodowska)", "X, de son vrai nom Y", "X, dit
    « Y »": the
    name after the cue is another name of the person named right before it, not a second
    person. Gives the candidates, the other name among them (found if the model missed it), and
    the pairs (person's key, other name's key) that ``_group`` joins."""
    if not any(
        cue in text for cue in ("né", "Né", "nom", "alias", "dit", "surnomm", " en ", "evenue")
    ):
        return candidates, []
    ends: dict[int, Candidate] | None = None
    links: list[tuple[str, str]] = []
    added: list[Candidate] = []
    said = (
        [
            m
            for m in SAID_NAME.finditer(text)
            if " " in m["name"] or _ONE_WORD_SAID.match(text, m.end())
        ]
        if "dit" in text
        else []
    )
    translated = TRANSLATED_NAME.finditer(text) if "(" in text else iter(())
    for match in itertools.chain(OTHER_NAME.finditer(text), said, translated):
        if ends is None:
            ends = {c.end: c for c in candidates}
        before = match.start()
        while before > 0 and text[before - 1].isspace():
            before -= 1
        person = ends.get(before)
        if person is None and match.re is OTHER_NAME:
            aged = _AGE_GAP_BEFORE.search(text, max(0, before - 30), before)
            if aged is not None:  # "Amandine Roux, 19 ans, surnommée « Mimi »"
                person = ends.get(aged.start())
        if person is None and match.re is OTHER_NAME:
            person = _described_before(text, candidates, before)
        start, end = match.span("name")
        if person is None or blocked.overlaps(start, end):
            continue
        if (
            match.re is OTHER_NAME
            and person.label == "LOC"
            and _AT_PLACE_BEFORE.search(text, max(0, person.start - 4), person.start)
        ):  # "X Y, 61 ans, ancien professeur à Tulle, plus connu sous le nom de plume de Z":
            subject = _subject_named_before(text, candidates, person.start)  # the person the
            if subject is None:  # sentence opened on, not the town
                continue
            person = subject
        if (
            match.re is OTHER_NAME
            and person.label == "LOC"
            and _OF_BEFORE.search(text, max(0, person.start - 4), person.start)
        ):
            continue  # "Figure du Haut-Jura, surnommé « Pépé Violon »": the subject's nickname
        if (
            match.re is SAID_NAME
            and " " in match["name"]
            and person.text.split()[-1] != match["name"].split()[-1]
        ):  # "Tito Vilanova" after "Francesc Vilanova, dit": the same surname (or one word:
            continue  # "Zbigniew Gutkowski, dit Gutek, …")
        if context.allowed.containing(start, end) is None:
            continue
        # another name of a thing is the thing's: "la comète 67P/X, surnommée « Tchouri »"
        told = _evidence(text, person)
        thing = told == ["MISC"] and not is_given_name(person.text.split()[0])
        label = "MISC" if thing else "PER"
        added.append(Candidate(start, end, match["name"], label, titled=label == "PER"))
        links.append((normalise(person.text), normalise(match["name"])))
    links.extend(_birth_names(text, candidates))
    links.extend(_married_names(text, candidates))
    links.extend(_real_names(text, candidates))
    if not added:
        return candidates, links
    taken = _Occupancy([(c.start, c.end) for c in added])
    kept = [c for c in candidates if not taken.overlaps(c.start, c.end)]
    return kept + added, links


_AT_PLACE_BEFORE = re.compile(r"(?<![\w'’-])(?:à|au|en)\s+$")


def _subject_named_before(text: str, candidates: list[Candidate], at: int) -> Candidate | None:
    """The full name of a person the sentence of ``at`` gives before it, right after a comma
    or at the sentence's start ("Autre figure attendue, Jean-Louis X, 61 ans, …")."""
    opened = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    for c in sorted(candidates, key=lambda c: c.start):
        if opened <= c.start < at and c.label == "PER" and _given_and_surname(c.text):
            return c
    return None


# An age between a name and what follows it: ", 19 ans", ", âgée de 19 ans"
_AGE_GAP_BEFORE = re.compile(  # ", 19 ans", " (62 ans)"
    r"(?:,\s*(?:âgée?\s+de\s+)?\d{1,3}\s+ans|\s*\(\s*\d{1,3}\s+ans\s*\))\s*$"
)
# A sentence that opens on the description of someone: "Le joueur de 23 ans", "L'attaquant".
_DESCRIPTION_OPENS = re.compile(
    rf"(?:^|[.!?»]\s+|\n)(?:Le|La|L['’]){ARTICLE_GAP}[a-zà-öø-ÿā-ž-]+(?:\s+[a-zà-öø-ÿā-ž\d'’-]+){{0,5}}$"
)


def _described_before(text: str, candidates: list[Candidate], at: int) -> Candidate | None:
    """ "Il a recruté l'attaquant X. Le joueur de 23 ans, de son vrai nom Y, …": the person a
    sentence opening on a description of someone speaks of, the last one named in the sentence
    before, whose other name follows."""
    if _DESCRIPTION_OPENS.search(text, max(0, at - 60), at) is None:
        return None
    named = [
        c
        for c in candidates
        if c.label == "PER"
        and at - 300 <= c.start
        and c.end <= at - 2
        # (not "en provenance de l'Atlético X": a club, whatever the model says)
        and not _PREPOSITION_ARTICLE_BEFORE.search(text, max(0, c.start - 16), c.start)
    ]
    return max(named, key=lambda c: c.start) if named else None


# Words of filiation inside Arabic and Berber names ("son of"): "Ben", "Ould", "Ag", "Ibn".
_FILIATION_WORDS = frozenset("Ben Ould Ag Ibn Bin Abou Abu Bent".split())
_PERSON_AND_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<given>[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+)[ \t]+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+"
    r"[ \t]+et[ \t]+$"
)
_LITTLE_BEFORE = re.compile(r"(?<![\w'’-])(?i:le|la)\s+(?i:petit|petite|jeune)\s+$")
_AGENT_BEFORE = re.compile(r"(?<![\w'’-])par\s+$")


def _reversed_names(candidates: list[Candidate]) -> list[tuple[str, str]]:
    """ "Hiroshi Sato (Sato Hiroshi, dans l'ordre japonais)", "Claire MOREAU … MOREAU Claire": a
    two-word name written the other way round is the same person's; so is one with the short
    form of a given name ("Tom Enders", "Thomas Enders"). The pairs of keys ``_group`` joins."""
    first: dict[str, int] = {}  # the form told first is the person's name
    turned: dict[str, str] = {}  # each two-word form's key, and the key of its words swapped
    listed: set[str] = set()  # forms with the surname first in capitals: "GUILLOU Jean-Yves"
    for c in sorted(candidates, key=lambda c: c.start):
        if c.text.count(" ") == 1:
            first.setdefault(normalise(c.text), c.start)
            one, two = c.text.split(" ")  # (the words as written)
            turned.setdefault(normalise(c.text), normalise(f"{two} {one}"))
            if len(one) > 1 and one.isupper() and not two.isupper():
                listed.add(normalise(c.text))
    by_surname: dict[str, list[str]] = {}
    for key in first:
        given, _, surname = key.partition(" ")
        by_surname.setdefault(surname, []).append(given)
    links = []
    for key, start in first.items():
        other = turned.get(key, "")
        if first.get(other, -1) > start:
            # (a list's "M. GUILLOU Jean-Yves" takes the name written the usual way)
            links.append((other, key) if key in listed else (key, other))
        words = key.split(" ")
        if len(words) != 2:
            continue
        for given in by_surname.get(words[1], ()):  # "Tom Enders" of "Thomas Enders"
            if same_given_name(words[0], given):
                links.append((f"{given} {words[1]}", key))
    return links


# A one-word name after "dit" closes its aside: "Zbigniew Gutkowski, dit Gutek, sur Energa".
# Pet forms of given names in the news ("Kate Middleton" is "Catherine Middleton").
_PET_FORMS: dict[str, frozenset[str]] = {
    pet: frozenset(full.split())
    for pet, full in {
        "kate": "catherine katherine", "katie": "catherine katherine", "cathy": "catherine",
        "bill": "william", "billy": "william", "will": "william", "bob": "robert",
        "bobby": "robert", "rob": "robert", "mike": "michael", "jim": "james", "jimmy": "james",
        "tom": "thomas", "tony": "anthony antoine antonio", "rick": "richard", "dick": "richard",
        "ted": "edward", "eddie": "edward", "ed": "edward", "joe": "joseph", "dan": "daniel",
        "danny": "daniel", "dave": "david", "steve": "stephen steven", "chris": "christopher",
        "liz": "elizabeth", "beth": "elizabeth", "betty": "elizabeth", "sam": "samuel",
        "ben": "benjamin", "nick": "nicholas", "pat": "patrick patricia", "peggy": "margaret",
        "maggie": "margaret", "jenny": "jennifer", "sandy": "sandra", "sasha": "alexandre",
        "pepe": "jose", "paco": "francisco", "manu": "emmanuel", "jojo": "joseph",
    }.items()
}  # fmt: skip


def _pet_names(candidates: list[Candidate]) -> list[tuple[str, str]]:
    """ "Catherine Middleton" and "Kate Middleton": one person, by the pet form of her given
    name and the same surname (the name given in full is hers)."""
    full: dict[str, set[str]] = defaultdict(set)  # surname → the given names written with it
    for c in candidates:
        words = normalise(c.text).split()
        if c.label == "PER" and len(words) == 2:
            full[words[1]].add(words[0])
    pairs = []
    for surname, given in full.items():
        for pet in given:
            for formal in _PET_FORMS.get(pet, frozenset()) & given:
                pairs.append((f"{formal} {surname}", f"{pet} {surname}"))
    return pairs


_ONE_WORD_SAID = re.compile(r"\s*[,.;)]")


# A sentence that opens on a person's real name: "De son vrai nom Hamid X, le comédien…".
_REAL_NAME_OPENS = re.compile(r"(?:^|(?<=[.!?»\n]))\s*De\s+son\s+vrai\s+nom\s+(?=[A-ZÀ-ÖØ-ÞĀ-Ž])")


def _real_names(text: str, candidates: list[Candidate]) -> list[tuple[str, str]]:
    """ "Un sketch de l'humoriste Hamido … [¶] De son vrai nom Hamid X, le comédien…": the real
    name of the one-word name (a stage name, a nickname) told last before it, within a few
    sentences (the pair of keys ``_group`` joins)."""
    if "De son vrai nom" not in text:
        return []
    links: list[tuple[str, str]] = []
    ordered = sorted(candidates, key=lambda c: c.start)
    for match in _REAL_NAME_OPENS.finditer(text):
        real = next((c for c in ordered if c.start == match.end() and c.label == "PER"), None)
        known = [
            c
            for c in ordered
            if c.end <= match.start()
            and match.start() - c.end < 600
            and c.label == "PER"
            and " " not in c.text
        ]
        if real is not None and " " in real.text and known:
            links.append((normalise(known[-1].text), normalise(real.text)))
    return links


# A name a woman took, right before it: "Devenue Odile X, elle…", "elle a dirigé la maison sous
# le nom de Marguerite Y".
_TOOK_NAME_BEFORE = re.compile(
    r"(?<![\w-])(?:(?i:devenue)|(?:connue\s+)?sous\s+le\s+nom\s+d['’]?(?:e\s+)?"
    r"|(?:alors\s+)?(?:se\s+nommait|s['’]appelait)(?:\s+alors)?)\s*$"
)


def _married_names(text: str, candidates: list[Candidate]) -> list[tuple[str, str]]:
    """ "Odile Marty … Devenue Odile Castets, elle…", "la mariée se nommait Yvonne Le Gall": the
    full name a person of the same given name, told with another surname before (else the one
    such person told after), took or was born with (the pair of keys ``_group`` joins)."""
    if not any(cue in text for cue in ("evenue", "sous le nom", "nommait", "appelait")):
        return []
    links: list[tuple[str, str]] = []
    people = sorted(
        (c for c in candidates if c.label == "PER" and _given_and_surname(c.text)),
        key=lambda c: c.start,
    )
    for taken in people:
        if _TOOK_NAME_BEFORE.search(text, max(0, taken.start - 30), taken.start) is None:
            continue
        given = normalise(taken.text.split()[0])
        same = [
            c
            for c in people
            if normalise(c.text.split()[0]) == given and normalise(c.text) != normalise(taken.text)
        ]
        earlier = [c for c in same if c.end <= taken.start]
        later = {normalise(c.text) for c in same}
        if earlier:
            links.append((normalise(earlier[-1].text), normalise(taken.text)))
        elif len(later) == 1:
            links.append((later.pop(), normalise(taken.text)))
    return links


def _birth_names(text: str, candidates: list[Candidate]) -> list[tuple[str, str]]:
    """ "Né René Delmastro le 12 octobre 1936, il…": the name a person of the same given name,
    told before, was born with (the pair of keys ``_group`` joins)."""
    if "Né" not in text:
        return []
    links: list[tuple[str, str]] = []
    people = [c for c in candidates if c.label == "PER" and " " in c.text]
    told: Counter[str] | None = None
    for match in BORN_AS.finditer(text):
        name = match["name"]
        given = normalise(name.split()[0])
        earlier = [
            c
            for c in people
            if c.end <= match.start()
            and normalise(c.text.split()[0]) == given
            and normalise(c.text) != normalise(name)
        ]
        if not any(c.start == match.start("name") for c in candidates):
            continue
        if earlier:
            links.append((normalise(earlier[-1].text), normalise(name)))
            continue
        # "Né Angelo X en 1881, Jean XXIII avait…": the one the sentence names; "Né Jean-Philippe
        # X en 1943, celui que ses fans surnommaient…": the one the text is about
        stop = _SENTENCE_STOP.search(text, match.end())
        end = stop.start() if stop else len(text)
        named = [c for c in people if match.end() < c.start < end and c.text != name]
        if named:
            links.append((normalise(named[0].text), normalise(name)))
            continue
        if told is None:  # each full name, with the mentions of its words alone
            said = Counter(c.text for c in candidates)
            told = Counter()
            for full in {c.text for c in people}:
                words = set(full.split())
                by_model = sum(n for t, n in said.items() if set(t.split()) <= words)
                # (or as often as the text writes it: the model may propose it once)
                told[normalise(full)] += max(by_model, text.count(full))
        told = told.copy()
        told.pop(normalise(name), None)
        subject = max(told, key=lambda k: told[k]) if told else None
        if subject is not None and told[subject] >= 3:
            links.append((subject, normalise(name)))
    return links


# A given name, then "et", right before a person's full name: "Jean-Marie et Marine Le Pen".
_GIVEN_AND = re.compile(
    r"(?<![\w'’-])(?P<given>[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+)?)"
    r"\s+(?:et|and|&)\s+$"
)


def _shared_surnames(
    text: str, candidates: list[Candidate], blocked: _Occupancy
) -> tuple[list[Candidate], list[tuple[str, str]]]:
    """ "Jean-Marie et Marine Le Pen", "Pierre et Marie Curie": the given name before "et" and a
    full name shares its surname; it is a person of that full name ("Jean-Marie Le Pen"), not a
    thing the model saw. Not a place or a company ("Lyon et Jean Roux"), nor a surname the text
    writes after a given name ("Nicolas Sarkozy … Sarkozy et François Hollande")."""
    by_span = {(c.start, c.end): c for c in candidates}
    taken = _Occupancy([(c.start, c.end) for c in candidates])
    # a surname of the text is none of these given names: "Sarkozy et François Hollande" after
    # "Nicolas Sarkozy"
    surnames = {c.text.split()[-1] for c in candidates if c.label == "PER" and " " in c.text}
    found: list[Candidate] = []
    links: list[tuple[str, str]] = []
    relabelled: dict[tuple[int, int], Candidate] = {}
    for person in candidates:
        words = person.text.split()
        if len(words) < 2 or not _PERSONAL_WORD.fullmatch(words[0]):
            continue
        given = _GIVEN_AND.search(text, max(0, person.start - 40), person.start)
        if given is None:
            continue
        said = by_span.get(given.span("given"))
        if person.label != "PER" and not (
            (_lone_given_name(given["given"]) or (said is not None and said.label == "PER"))
            and _given_and_surname(person.text)
            and not _ORDINAL_BEFORE.search(text, max(0, given.start() - 20), given.start())
        ):  # (not "son septième Jean-Orsel et X Y": a tournament)
            continue  # "Pierrick et Loïc X", two given names, even where the model saw a place
        listed = _GIVEN_LISTED.search(text, max(0, given.start() - 60), given.start())
        family = listed is not None and _FAMILY_BEFORE.search(
            text, max(0, listed.start() - 30), listed.start()
        )
        if not (
            family
            or _lone_given_name(given["given"])
            or is_given_name(given["given"].split("-")[0])  # "Jean-Loup"
            or (said is not None and said.label == "PER")
        ):
            continue  # "Laurent X aux Armées et Claire Y à la Culture": no given name
        givens = [given.span("given")]
        if listed is not None:  # "les frères Xosé, Brais et Iago X": each of the list
            more = [m.span() for m in _GIVEN_WORD.finditer(text, listed.start(), listed.end())]
            if family or all(_lone_given_name(text[a:b]) for a, b in more):
                givens = more + givens
        for start, end in givens:
            model = by_span.get((start, end))
            if (
                text[start:end] in surnames
                or blocked.overlaps(start, end)
                or f"{person.text} et {text[start:end]}" in text  # "Cyrus X et Nab" too: two
                # people, not "Nab X"
                or (
                    taken.overlaps(start, end)
                    and (model is None or model.label in ("LOC", "ORG"))
                    and not (family or person.label != "PER")
                )
            ):
                continue
            found.append(Candidate(start, end, text[start:end], "PER", titled=True))
            links.append((normalise(text[start:end]), f"{text[start:end]} {' '.join(words[1:])}"))
            if person.label != "PER":
                relabelled[(person.start, person.end)] = replace(person, label="PER", titled=True)
    if relabelled:
        candidates = [relabelled.get((c.start, c.end), c) for c in candidates]
    for family in _families(text):  # "les frères Kouachi, Saïd et Chérif,"
        surname = family["surname"]
        for given in _GIVEN_WORD.finditer(family["given"]):
            start, end = family.start("given") + given.start(), family.start("given") + given.end()
            if blocked.overlaps(start, end):
                continue
            if taken.overlaps(start, end) and (start, end) not in by_span:
                continue  # the model's name runs beyond the given name: leave it
            found.append(Candidate(start, end, given.group(), "PER", titled=True))
            links.append((normalise(given.group()), f"{given.group()} {surname}"))
    for nick in _NICKNAME.finditer(text):  # 'Thierry « Titi » Mangin': one person, nicknamed
        given = _GIVEN_RIGHT_BEFORE_QUOTE.search(text, max(0, nick.start() - 30), nick.start())
        if given is None or not _lone_given_name(given["given"]):
            continue
        spans = [given.span("given"), nick.span("nick"), nick.span("surname")]
        if any(blocked.overlaps(a, b) for a, b in spans):
            continue
        full = f"{given['given']} {nick['surname']}"
        for start, end in spans:
            found.append(Candidate(start, end, text[start:end], "PER", titled=True))
            links.append((normalise(text[start:end]), full))
    if not found:
        return candidates, []
    added = _Occupancy([(c.start, c.end) for c in found])
    return [c for c in candidates if not added.overlaps(c.start, c.end)] + found, links


# A nickname in quotation marks between a given name and a surname: "Thierry « Titi » Mangin".
_NICKNAME = re.compile(
    r"[«\"“][ \t\u00a0]*(?P<nick>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*)[ \t\u00a0]*[»\"”][ \t]+"
    r"(?P<surname>(?:(?:Le|La|De|Du|Van|Von)[ \t]+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*\w)"
)
# Given names listed before the last one and "et": "Xosé, Brais et" (the "Xosé, Brais, ").
_GIVEN_LISTED = re.compile(
    r"(?<![\w'’-])(?:[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+)?\s*,\s*)+$"
)
# A family's word right before a list of given names: "les trois frères Xosé, Brais et …".
_FAMILY_BEFORE = re.compile(
    r"(?i:frères|sœurs|soeurs|cousins|cousines|jumeaux|jumelles|enfants|fils|filles)"
    r"(?:\s+[a-zà-öø-ÿā-ž]+)?\s+$"
)


def _families(text: str) -> Iterator[re.Match[str]]:
    """``_FAMILY_GIVEN`` where a family word stands (found by plain search: a regex that starts
    with a choice of words would be tried at every position of a long text)."""
    words = [w for word in _FAMILY_WORDS for w in (word, word.capitalize(), word.upper())]
    starts = sorted(
        i for word in words for i in _positions(text, word) if i == 0 or not text[i - 1].isalnum()
    )  # (not in ``text.lower()``, whose offsets may differ from the text's)
    for start in starts:
        found = _FAMILY_GIVEN.match(text, start)
        if found is not None:
            yield found


def _positions(text: str, word: str) -> Iterator[int]:
    i = text.find(word)
    while i != -1:
        yield i
        i = text.find(word, i + 1)


# A family told by its name, then the given names of its members between commas: "les frères
# Kouachi, Saïd et Chérif,", "le couple Balkany, Patrick et Isabelle,".
_FAMILY_WORDS = "frères sœurs soeurs époux cousins cousines jumeaux jumelles couple famille".split()
_GIVEN = r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+)?"  # "Anne", "Jean-Luc"
_FAMILY_GIVEN = re.compile(
    rf"(?i:(?:{'|'.join(_FAMILY_WORDS)}))\s+"
    r"(?P<surname>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)?)\s*,\s*"
    rf"(?P<given>{_GIVEN}(?:\s*,\s*{_GIVEN})*\s+(?:et|and)\s+{_GIVEN})\s*[,)]"
)
_GIVEN_WORD = re.compile(_GIVEN)
_GIVEN_RIGHT_BEFORE_QUOTE = re.compile(rf"(?<![\w'’-])(?P<given>{_GIVEN})[ \t]+$")


def _with_adjective(text: str, candidate: Candidate, context: Context) -> Candidate:
    """ "Conseil constitutionnel", "Parlement européen", "Assemblée nationale": an institution's
    noun takes the adjective in small letters that names which one (the model often stops
    before it)."""
    if " " in candidate.text or candidate.text.lower() not in INSTITUTIONS:
        return candidate
    found = _INSTITUTION_ADJECTIVE.match(text, candidate.end)
    if found is None or context.sentences.containing(candidate.start, found.end()) is None:
        return candidate
    return Candidate(candidate.start, found.end(), text[candidate.start : found.end()], "ORG")


# An adjective of an institution, by its ending: "constitutionnel", "européen", "nationale",
# "général", "municipal", "régional", "suprême" (not a nationality: "le Sénat américain").
_INSTITUTION_ADJECTIVE = re.compile(
    r"[ \t]+(?:[a-zà-öø-ÿā-ž]+(?:el|elle|en|enne|al|ale|aux|ique|aire|ier|ière|if|ive)|suprême)"
    r"(?![\w'’-])"
)


# Capitalised words the model left out between a head noun and a name: "l'hôpital Beth" before
# "Israel Deaconess".
_CUT_NAME_BEFORE = re.compile(r"(?<=[a-zà-öø-ÿā-ž] )(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*[ \t]+){1,2}$")
# A head noun and an adjective right before a name: "école primaire", "stade olympique".
_HEAD_ADJECTIVE_BEFORE = re.compile(
    r"(?<![\w-])(?P<head>[a-zà-öø-ÿā-ž-]+)[ \t]+"
    r"(?:primaire|maternelle|élémentaire|militaire|agricole|municipale?|communale?|olympique"
    r"|départementale?|régionale?|nationale?|privée?|publique?|catholique|protestante?"
    r"|polyvalente?|paroissiale?|universitaire|psychiatrique|technique|professionnelle?"
    r"|intercommunale?|omnisports?|piétonne?|principale?|internationale?)[ \t]+$"
)
# A noun and "de" with no article before a head noun: "maître d'hôtel", "chef de gare".
_NOUN_OF_BEFORE = re.compile(r"(?<![\w'’-])(?P<noun>[a-zà-öø-ÿā-ž]{3,})\s+(?:de\s+|d['’])$")


def _with_head(text: str, candidate: Candidate) -> Candidate:
    """ "rue Cadet", "éditions Gallimard", "affaire Dupont": the lower-case head noun written
    before a name joins it, and gives the kind (see ``HEAD_NOUNS``)."""
    at = candidate.start
    cut = _CUT_NAME_BEFORE.search(text, max(0, at - 40), at)  # "l'hôpital Beth" + "Israel X"
    if cut is not None and not any(
        w.rstrip(".").lower() in _TITLE_WORDS for w in cut.group().split()
    ):  # (not "le rapport de Mme X": a title)
        at = cut.start()
    before = text[max(0, at - 30) : at].lower().replace("’", "'")
    words = before.replace("'", "' ").split()
    while len(words) >= 2 and words[-1] in ("de", "du", "des", "d'", "la", "l'"):
        words.pop()
    if not words:
        return candidate
    if words[-1] not in HEAD_NOUNS and len(words) >= 2 and words[-2] in HEAD_NOUNS:
        # a head noun and its adjective right before the name: "l'école primaire Jules-Ferry",
        # "le collège militaire X" (not "la maison natale de Victor Hugo": the person's)
        adjective = _HEAD_ADJECTIVE_BEFORE.search(text, max(0, at - 40), at)
        if adjective is None or adjective["head"].lower() != words[-2]:
            return candidate
        kind = HEAD_NOUNS[words[-2]]
        start = adjective.start()
        return Candidate(start, candidate.end, text[start : candidate.end], kind)
    if words[-1] not in HEAD_NOUNS:  # a look-up first, the regex on a hit only
        return candidate
    found = HEAD_BEFORE.search(text, max(0, at - 30), at)
    if found is None:
        return candidate
    if (
        found["head"].lower() == "place"
        and text[max(0, found.start() - 5) : found.start()].lower() == "à la "
        and is_given_name(candidate.text.split()[0])
    ):
        return candidate  # "entré à la place de Morgan X": instead of him, no square
    complement = _NOUN_OF_BEFORE.search(text, max(0, found.start() - 30), found.start())
    if complement is not None and complement["noun"].lower() not in _HEADS_OF_HEADS:
        return candidate  # "le maître d'hôtel X", "le chef de gare X": a trade, not a place
    kind = HEAD_NOUNS[found["head"].lower()]
    if (
        kind in ("MISC", "ORG")
        and candidate.label == "PER"
        and " " in text[at : candidate.end]
        and found.end("head") < found.end() - 1  # "de": "le procès de Jean Roux", not "affaire X"
    ):
        return candidate  # the trial or the report of a person named in full, "la fondation
        # de Jean Roux": the person
    start = found.start()
    if found["head"].lower() == "hospitalier":  # an adjective: "centre hospitalier X"
        noun = re.search(r"\b(?:centre|pôle)\s+$", text[max(0, start - 8) : start])
        start -= len(noun.group()) if noun else 0
    return Candidate(start, candidate.end, text[start : candidate.end], kind)


# What may stand before a head noun: another head, a bill ("la proposition de loi X", "le projet
# de loi Y": the law's name)
_HEADS_OF_HEADS = frozenset(HEAD_NOUNS) | {"proposition", "projet"}


def _is_name_word(word: str) -> bool:
    return (
        word[0].isupper()
        or word[0].isdigit()
        or word.lower() in PARTICLES
        or (_has_inner_capital(word))
    )


# A surname's particle written joined to it: "McCain", "ElBaradei", "DiCaprio".
_JOINED_PARTICLE = re.compile(
    r"(?:Mc|Mac|El|Al|Ben|Abu|Abou|Di|De|Da|Du|Le|La|Van|Von|O)(?=[A-Z][a-z])"
)


def _has_inner_capital(word: str) -> bool:
    """CamelCase ("YouTube", "iPhone"), not "Jean-Claude", "d'Estaing", "McCain", "ElBaradei"
    or "DiCaprio" (a surname's particle joined to it)."""
    particle = _JOINED_PARTICLE.match(word)
    if particle:
        word = word[particle.end() :]
    return any(a.islower() and b.isupper() for a, b in itertools.pairwise(word))


def _dedupe(candidates: list[Candidate]) -> list[Candidate]:
    seen: set[tuple[int, int]] = set()
    unique = []
    for c in sorted(candidates, key=lambda c: (c.start, -c.end)):
        if (c.start, c.end) not in seen:
            seen.add((c.start, c.end))
            unique.append(c)
    return unique


class _Occupancy:
    """Sorted, non-overlapping spans already taken; answers overlap queries by bisect."""

    def __init__(self, spans: Sequence[tuple[int, int]] = ()) -> None:
        self.spans: list[tuple[int, int]] = sorted(spans)

    def holder(self, start: int, end: int) -> tuple[int, int] | None:
        """The first span taken that overlaps ``start``–``end``, if any."""
        i = bisect.bisect_left(self.spans, (start, start))
        for j in (i - 1, i):
            if 0 <= j < len(self.spans):
                s, e = self.spans[j]
                if s < end and start < e:
                    return s, e
        return None

    def overlaps(self, start: int, end: int) -> bool:
        return self.holder(start, end) is not None

    def add(self, start: int, end: int) -> None:
        bisect.insort(self.spans, (start, end))


def _propagate(
    text: str,
    candidates: list[Candidate],
    allowed: SpanIndex,
    sentences: SpanIndex,
    blocked: _Occupancy,
) -> list[Candidate]:
    """Every other occurrence of a name already found is a mention too (one sense per text).

    One pass over the text: at each capitalised word, a walk down a trie of the names found
    gives the longest one written there (linear in the text, whatever the number of names)."""
    forms = {c.text for c in candidates}
    trie = _trie(forms)
    leads = {_lead(form) for form in forms}
    taken = _Occupancy([(c.start, c.end) for c in candidates])
    found: list[Candidate] = []
    last_end = -1  # the spans found here come in text order: only the last can overlap
    for start, end in allowed.spans:
        for match in _CAPITALISED.finditer(text, start, end):
            position = match.start()
            if position < last_end:
                continue
            lead = _lead(match.group())
            if lead not in leads:
                continue  # no name found starts with this word: no walk
            form = _longest_at(text, position, trie, lead)
            if form is None:
                continue
            stop = position + len(form)
            span = (position, stop)
            if not (taken.overlaps(*span) or blocked.overlaps(*span)) and (
                sentences.containing(*span) is not None and stop <= end
            ):
                last_end = stop
                found.append(Candidate(position, stop, form, None))
    return found


def _surnames_alone(
    text: str, candidates: list[Candidate], context: Context, blocked: _Occupancy
) -> list[Candidate]:
    """ "Le nageur Florent Manaudou a gagné. Manaudou devance X": a person's surname written
    alone later is a mention of the person where the model missed it. Only the surname of a
    given name and a surname seen as a person's, that is no common word of the text, not after
    a preposition of place ("à Tours"), and only after the full name."""
    first_seen: dict[str, int] = {}
    for c in candidates:
        words = c.text.split()
        if (
            c.label == "PER"
            and len(words) == 2
            and all(_PERSONAL_WORD.fullmatch(w) for w in words)
            and len(words[1]) >= 3
            and not context.is_common_word(words[1])
        ):
            first_seen[words[1]] = min(first_seen.get(words[1], c.end), c.end)
    if not first_seen:
        return []
    taken = _Occupancy([(c.start, c.end) for c in candidates])
    pattern = re.compile(
        rf"(?<![\w'’-])(?:{'|'.join(map(re.escape, sorted(first_seen, key=len, reverse=True)))})"
        r"(?![\w'’-])"
    )
    found = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if (
            start < first_seen[match.group()]
            or taken.overlaps(start, end)
            or blocked.overlaps(start, end)
            or context.allowed.containing(start, end) is None
            or _PLACE_BEFORE.search(text, max(0, start - 10), start)
            or _NAME_BEFORE.search(text, max(0, start - 30), start)  # "Jean Manaudou": another
        ):
            continue
        found.append(Candidate(start, end, match.group(), None))
    return found


_END = ""  # the key marking the end of a name in the trie (no character is empty)


def _trie(forms: set[str]) -> dict[str, Any]:
    root: dict[str, Any] = {}
    for form in forms:
        node = root
        for char in form:
            node = node.setdefault(char, {})
        node[_END] = form
    return root


def _longest_at(text: str, position: int, trie: dict[str, Any], lead: str) -> str | None:
    """The longest name of ``trie`` written at ``position``, ending a word, whose first word is
    the word written there (``lead``): "Jean" is not found inside "Jean-Pierre"."""
    node, ends, i = trie, [], position
    while True:
        form = node.get(_END)
        if form is not None and _ends_word(text, i):
            ends.append(form)
        if i >= len(text):
            break
        child = node.get(text[i])
        if child is None:
            break
        node, i = child, i + 1
    return next((form for form in reversed(ends) if _lead(form) == lead), None)


def _lead(form: str) -> str:
    """The first word of a name up to an apostrophe, without a final period ("O" of "O'Neil")."""
    found = _LEAD.match(form)
    return found.group().rstrip(".") if found else form


def _ends_word(text: str, position: int) -> bool:
    return position >= len(text) or not (text[position].isalnum() or text[position] == "_")


def _group(
    text: str,
    candidates: list[Candidate],
    other_names: Sequence[tuple[str, str]] = (),
    shared: Sequence[tuple[str, str]] = (),
    firms: frozenset[str] = frozenset(),
) -> list[Group]:
    groups: dict[str, Group] = {}
    ordered = sorted(candidates, key=lambda c: c.start)
    listed = _listed_among_people(text, ordered)
    places = _listed_among_places(text, ordered)
    for i, candidate in enumerate(ordered):
        group = groups.setdefault(normalise(candidate.text), Group())
        group.forms[candidate.text] += 1
        label = candidate.label
        if (
            label == "PER"
            and not candidate.titled
            and " " not in candidate.text
            and _DEFINITE_BEFORE.search(text, max(0, candidate.start - 4), candidate.start)
        ):
            label = "MISC"  # "l'Élysée", "le Louvre": a person's name takes no article
            group.article = True
        if label:
            group.votes[label] += 1
        evidence = _evidence(text, candidate)
        if candidate.text in firms and not candidate.titled:
            evidence = ["ORG"]  # "Albin Michel" beside "les éditions Albin Michel"
        group.evidence.update(evidence)
        if " " not in candidate.text and candidate.label in ("LOC", "ORG"):
            if not group.place_cue:
                group.place_cue = bool(
                    _PLACE_BEFORE.search(text, max(0, candidate.start - 8), candidate.start)
                )
            if not group.held_at:
                group.held_at = bool(
                    ROLE_OF.search(text, max(0, candidate.start - 50), candidate.start)
                )
        if _STORM_BEFORE.search(text, max(0, candidate.start - 24), candidate.start):
            group.storm = True
        if _NOUN_NAMED_BEFORE.search(text, max(0, candidate.start - 30), candidate.start):
            group.named_after = True
        if candidate.text.startswith(("Saint-", "Sainte-")) and (
            _SAINT_PLACE_BEFORE.search(text, max(0, candidate.start - 20), candidate.start)
            and not group.evidence["PER"]
        ):
            group.saint_place = True
        if "MISC" in evidence and _quoted_whole(text, candidate):
            group.quoted += 1
        if "MISC" in evidence and _played(text, candidate):
            group.character = True
        if " " not in candidate.text and _SOVEREIGN_BEFORE.search(
            text, max(0, candidate.start - 12), candidate.start
        ):
            group.sovereign = True
        if (
            (candidate.titled or i in listed)
            and not group.evidence["PER"]
            and "MISC" not in evidence
        ):
            group.evidence["PER"] += 1  # "MM. Roy et Petit": Petit too
        elif i in places and not evidence:
            group.evidence["LOC"] += 1  # "les centres de La Rochette, Saint-Pierre et Cruet"
        group.mentions.append(candidate)
    for person, other in other_names:  # "Anne Martin, née Durand": one person
        if person != other and person in groups and other in groups:
            groups[person].other_names.update(groups[other].forms)
            _merge(groups, other, person)
        # "une choriste, Simone Durand … Simone Delmas, née Durand": her maiden full name too
        maiden = f"{person.split()[0]} {other}" if " " not in other else ""
        if maiden and maiden != person and maiden in groups and person in groups:
            groups[person].other_names.update(groups[maiden].forms)
            _merge(groups, maiden, person)
    for given, full in shared:  # "Jean-Marie et Marine Le Pen": Jean-Marie Le Pen
        key = normalise(full)
        if given in groups and given != key:
            group = groups.pop(given)
            group.forms[full] += 1  # the name it is known by, written in no one place
            if key in groups:
                groups[given] = group
                _merge(groups, given, key)
            else:
                groups[key] = group
    _join_regnal_names(text, groups)
    _join_religious_names(text, groups)
    _join_name_parts(text, groups)
    return sorted(groups.values(), key=lambda g: min(m.start for m in g.mentions))


def _join_regnal_names(text: str, groups: dict[str, Group]) -> None:
    """ "Benoît XVI … Joseph Ratzinger": a pope's reigning name and his birth name are one person,
    known by the name written more often; "le pape François" is written "François" as well."""
    for regnal, born in REGNAL_NAMES.items():
        bare = regnal.partition(" ")[2]
        if (
            regnal.startswith(("pape ", "pope "))
            and regnal not in groups
            and bare in groups
            and any(
                _POPE_BEFORE.search(text, max(0, m.start - 8), m.start)
                for m in groups[bare].mentions
            )
        ):
            regnal = bare
        if born not in groups:  # "Angelo Giuseppe Roncalli": the birth name with more given names
            born = next((key for key in groups if shorter_form(born, key)), born)
        if regnal in groups and born in groups and regnal != born:
            keep, fold = (
                (regnal, born)
                if len(groups[regnal].mentions) >= len(groups[born].mentions) and regnal != bare
                else (born, regnal)  # (a given name alone is no key to keep: "François")
            )
            _merge(groups, fold, keep)


_POPE_BEFORE = re.compile(r"\b(?i:pape|pope)\s+$")
_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:et\s+)?|\s+et\s+")


def _listed_among_people(text: str, ordered: Sequence[Candidate]) -> set[int]:
    """ "Édith Roux, Jacques Morel, Paul Vidal, Dumas": a lone name in a list of two full names of
    people or more is a person's too (the indexes of such lone names in ``ordered``)."""
    listed: set[int] = set()
    for i, candidate in enumerate(ordered):
        if " " in candidate.text:
            continue
        others = _list_around(text, ordered, i)
        people = sum(o.label == "PER" and " " in o.text for o in others)
        first = min([candidate, *others], key=lambda c: c.start)
        if people >= 2 or (
            people == 1 and _PEOPLE_LISTED.search(text, max(0, first.start - 60), first.start)
        ):  # "Plusieurs humoristes, dont X Y et Z, étaient présents"
            listed.add(i)
    return listed


def _list_around(text: str, ordered: Sequence[Candidate], i: int) -> list[Candidate]:
    """The other names of the list ``ordered[i]`` stands in ("X, Y et Z"), up to three each side
    (a long list costs no more than a short one)."""
    others = []
    for step in (-1, 1):
        j = i
        while 0 <= j + step < len(ordered) and abs(j - i) < 4:
            left, right = sorted((ordered[j], ordered[j + step]), key=lambda c: c.start)
            if right.start - left.end > 6 or not _LIST_SEPARATOR.fullmatch(
                text, left.end, right.start
            ):
                break
            j += step
            others.append(ordered[j])
    return others


# A town's name by its shape: "Chamoux-sur-Gelon", "Saint-Pierre", "Bourg-en-Bresse" (not a
# firm's "Spie-Batignolles").
_TOWN_SHAPED = re.compile(
    r"-(?:sur|sous|lès|lez|en|le|la|les|de|du|des|aux?)-|^(?:Saint|Sainte|Sant|San|Santa)-"
)


def _listed_among_places(text: str, ordered: Sequence[Candidate]) -> set[int]:
    """ "les centres de La Rochette, Chamoux-sur-Gelon et Montmélian": a name listed with two
    places or more, one of them shaped like a town's name, and no person is a place too (the
    indexes of such names in ``ordered``), unless a given name opens it or a title goes before
    it."""
    places: set[int] = set()
    for i, candidate in enumerate(ordered):
        if candidate.label == "LOC" or candidate.titled:
            continue
        others = _list_around(text, ordered, i)
        if (
            sum(o.label == "LOC" for o in others) >= 2
            and any(_TOWN_SHAPED.search(o.text) for o in others)
            and not any(o.label == "PER" or o.titled for o in others)
            and not is_given_name(candidate.text.split()[0])
        ):
            places.add(i)
    return places


# A noun of people, then the names it counts: "des humoristes, dont X Y et Z".
_PEOPLE_LISTED = re.compile(
    r"(?i:humoristes|artistes|comédiens|comédiennes|acteurs|actrices|chanteurs|chanteuses"
    r"|musiciens|musiciennes|personnalités|invités|invitées|écrivains|auteurs|joueurs|joueuses"
    r"|ministres|candidats|candidates|élus|sportifs|champions|championnes)\s*,?\s+"
    r"(?i:dont|comme|notamment|parmi\s+lesquel(?:le)?s|tels?\s+que|telles?\s+que)\s+$"
)


def _quoted_whole(text: str, candidate: Candidate) -> bool:
    """Whether ``candidate`` fills a quotation: "« Monsieur Léon »", a horse, a boat, a work."""
    return bool(
        _QUOTE_OPENS.search(text, max(0, candidate.start - 16), candidate.start)
        and _QUOTE_CLOSES.match(text, candidate.end)
    )


def _played(text: str, candidate: Candidate) -> bool:
    """Whether the text tells ``candidate`` as a character: "il incarnait le commissaire X",
    "le commissaire X de la série « … »"."""
    before = text[max(0, candidate.start - CONTEXT) : candidate.start]
    after = text[candidate.end : candidate.end + CONTEXT]
    cue = any(word in before for word in _PLAYED_WORDS)  # (cheap first: most names have none)
    return bool(
        (cue and CHARACTER_BEFORE.search(before))
        or (  # "Son héroïne, l'inspectrice X", "Le narrateur, Y": a story's
            any(w in before for w in ("héro", "narrat", "protagoni", "personnage"))
            and _HERO_BEFORE.search(before) is not None
        )
        or CHARACTER_AFTER.match(after)
        or (before.endswith((", ", ",")) and _plot_apposition(text, candidate.start))
        or (
            PLOT_SUBJECT_AFTER.match(after) is not None
            and PLOT_SUBJECT_BEFORE.search(
                text, max(0, candidate.start - 2 * CONTEXT), candidate.start
            )
            is not None
        )
        or (  # "X, 24 ans, joue Camille, la petite-fille qui refuse l'héritage" (on a stage)
            _PLAYS_BEFORE.search(before) is not None
            and _ROLE_TOLD_AFTER.match(after) is not None
            and _STAGE_WORDS.search(text, max(0, candidate.start - 300), candidate.start)
            is not None
        )
    )


# Who an actor plays, right before the character's name, then who the character is
_PLAYS_BEFORE = re.compile(r"\bjou(?:e|ent|ait|aient|era|eront)\s+$")
_ROLE_TOLD_AFTER = re.compile(r"\s*,\s*(?:la|le|l['’]|un|une)\s*[a-zà-öø-ÿ]")
_STAGE_WORDS = re.compile(
    r"\b(?:pièce|film|rôle|scène|théâtre|série|acteur|actrice|comédien|comédienne|metteur"
    r"|spectacle|distribution)s?\b",
    re.IGNORECASE,
)


# A story's hero or narrator, then the name: "Son héroïne, l'inspectrice X", "Le narrateur, Y"
_HERO_BEFORE = re.compile(
    rf"(?<![\w'’-])(?i:son|sa|leur|le|la|l['’]){ARTICLE_GAP}(?i:héros|héroïne|narrateur|narratrice"
    rf"|protagoniste|personnage\s+principal)(?:\s+[a-zà-öø-ÿ-]+)?\s*,\s*(?:(?i:le|la|l['’]|un|une){ARTICLE_GAP}"
    r"[a-zà-öø-ÿ-]+(?:\s+[a-zà-öø-ÿ-]+)?\s+)?$"
)


def _plot_apposition(text: str, start: int) -> bool:
    """ "Le film suit une adolescente, X, qui…": the name of someone in a story's summary."""
    return PLOT_APPOSITION_BEFORE.search(text, max(0, start - 2 * CONTEXT), start) is not None


# Words one of which ``CHARACTER_BEFORE`` needs (read first: most names have none).
_PLAYED_WORDS = ("incarn", "interpr", "camp", "jou", "prêt", "rôle", "personnage", "tien", "tenu",
                 "reprend", "repris", "endoss", "décroch", "obt")  # fmt: skip


# Prizes named like people, and what follows their name: "le César du meilleur acteur", "un
# Molière d'honneur", "the Oscar for best actor".
_AWARDS = frozenset("César Césars Molière Molières Oscar Oscars Emmy Grammy Victoire".split())
_AWARD_AFTER = re.compile(
    r"\s+(?:du\s+meilleur|de\s+la\s+meilleure|des\s+meilleur|d['’]honneur|de\s+la\s+révélation"
    r"|for\s+best|for\s+lifetime)",
    re.IGNORECASE,
)


_ACRONYM_OF = re.compile(r"[A-Z]{2,4}\s+(?:de|du|des|d['’])\s*[A-ZÀ-ÖØ-ÞĀ-Ž]")
# Feasts named alone, as a person may be: "les chants de Noël", "à la Toussaint", "at Easter".
_PHOTO_BEFORE = re.compile(r"(?:^|\n|[.(])[ \t]*(?i:photos?|crédits?)[ \t]*:?[ \t]*$")
_CREDIT_SLASH_AFTER = re.compile(r"[ \t]*/[ \t]*[A-ZÀ-ÖØ-Þ]")
_KEEPER_OF_BEFORE = re.compile(r"\bgarde\s+des\s+$", re.IGNORECASE)
# Kinds of sports events written with capitals, as a name may be
_TOURNAMENTS = frozenset(("Grand Chelem", "Grand Slam", "Masters", "Grand Prix", "Challenger"))
_FEASTS = frozenset(
    "Noël Pâques Toussaint Pentecôte Ascension Épiphanie Chandeleur Ramadan Hanoukka Christmas "
    "Easter Thanksgiving Hanukkah Halloween".split()
)


def _evidence(text: str, candidate: Candidate) -> list[str]:
    before = text[max(0, candidate.start - CONTEXT) : candidate.start]
    after = text[candidate.end : candidate.end + CONTEXT]
    words = candidate.text.split()
    given_first = bool(words) and is_given_name(words[0])  # "Sally Field", not "Fenway Park"
    if _religious_name(text, candidate.start, words):
        return ["PER"]  # "l'abbé Pierre", "sœur Emmanuelle": the name one is known by
    if (
        given_first
        and " " in candidate.text
        and not candidate.titled
        and _ARTICLE_RIGHT_BEFORE.search(before)
        and not _SCHOOL_WORD.search(candidate.text)  # ("du Anna-X-Gymnasium": a school, below)
    ):  # "le copropriétaire du Tim X voisin", "au Jean-Bouin": a shop, a ground named after
        return [candidate.label if candidate.label in ("ORG", "LOC") else "MISC"]  # someone
    if len(words) > 1 and _ACRONYM_OF.match(candidate.text):  # "JO de Rio", "le XV de France":
        return [candidate.label if candidate.label in ("ORG", "LOC") else "MISC"]  # no one
    if candidate.text in _FEASTS and not candidate.titled:
        return ["MISC"]  # "des chants de Noël": the feast, not a man called Noël
    if (
        candidate.text.startswith(("La ", "Le ", "Les ", "L'", "L’"))
        and _PHOTO_BEFORE.search(before)
        and _CREDIT_SLASH_AFTER.match(after)
    ):  # "Photo La Dépêche / Marc Vidal": the paper, then who took it (not "Photo : Rosa X /
        return ["ORG"]  # AFP": the photographer, then the agency)
    if candidate.text in _TOURNAMENTS:
        return ["MISC"]  # "sa première finale de Grand Chelem": a kind of tournament
    if candidate.text == "Sceaux" and _KEEPER_OF_BEFORE.search(before):
        return ["MISC"]  # "garde des Sceaux": the minister's title
    if _played(text, candidate):
        return ["MISC"]  # "il incarnait le commissaire X": a character, whatever the title says
    if _QUOTE_OPENS.search(before) and _QUOTE_CLOSES.match(after):
        return ["MISC"]  # "« Thérèse Desqueyroux »", "« Maître Jacques X »": a work, a boat
    if (
        candidate.label == "PER"
        and " " not in candidate.text
        and not given_first
        and _A_THING_BEFORE.search(before)
    ):
        return ["MISC"]  # "le passage d'un Spitfire et d'un Lancaster", "d'un Picasso": a thing
    if (
        candidate.label == "PER"
        and " " in candidate.text
        and not given_first
        and _ELIDED_ARTICLE_BEFORE.search(before)
    ):
        return ["MISC"]  # "une calèche, l'Ascot Landau": a thing with its article, no person
    if (
        " " in candidate.text
        and not given_first
        and candidate.text.endswith("s")
        and all(w[:1].isupper() for w in words)
        and candidate.label != "LOC"
        and _PLURAL_ARTICLE_BEFORE.search(before)
    ):
        return ["ORG"]  # "Les All Blacks ont battu…", "les Rolling Stones": a team, a band
    if _ENTITLED_BEFORE.search(before):
        return ["MISC"]  # "Intitulé Portrait de Mademoiselle X, le tableau…": a work's title
    if " & " in candidate.text:
        return ["ORG"]  # "Heidemann & Söhne", "Dupont & Fils": a firm
    quoted = "«" in before or "“" in before
    if quoted and (
        (_IN_A_TITLE.search(before) and _QUOTE_CLOSES.match(after))
        or (_QUOTE_OPEN_BEFORE.search(before) and _TITLE_DATED_AFTER.match(after))
    ):
        return ["MISC"]  # "pour « Le Dernier Été de Gustave X »": a name in a work's title
    if quoted and _TITLE_OPENS_BEFORE.search(before) and _TITLE_GOES_ON.match(after):
        return ["MISC"]  # "des livres pour enfants, dont « Georges et les secrets de l'univers »"
    if (
        before.rstrip().endswith("(")
        and _AFTER_A_NAME_IN_BRACKETS.search(before)
        and _BRACKET_CLOSES.match(after)
    ):
        return ["ORG"]  # "Marc X (Safran)", "Hélène Y (Albin Michel)": a sponsor, a publisher
    if candidate.text in _AWARDS and _AWARD_AFTER.match(after):
        return ["MISC"]  # "le César du meilleur acteur", "un César d'honneur": a prize
    if _BOAT_BEFORE.search(before, max(0, len(before) - 40)):
        return ["MISC"]  # "à bord de Hugo X", "le skipper de Groupe Y": a boat
    if (
        _PLURAL_NOUN_NAME.fullmatch(candidate.text)
        and _PLURAL_ARTICLE_BEFORE.search(before)
        and not given_first
    ):  # "les Foulées du Moulin", "des Tréteaux de la Choisille": an event, a troupe
        return ["ORG"] if candidate.label == "ORG" else ["MISC"]
    if _ANIMALS_LISTED_BEFORE.search(before):
        return ["MISC"]  # "les trois chevaux venus du Japon, Harp Star, X et Y": horses
    if _RIDDEN_AFTER.match(after):
        return ["MISC"]  # "Flintshire, l'élève de X monté par Y": a horse, whoever trains it
    if _CRAFT_BEFORE.search(before, max(0, len(before) - 40)):
        return ["MISC"]  # "le robot Philae", "la sonde européenne Rosetta": a craft
    if "Chez" in before and _CHEZ_INSIDE.search(before):
        return ["ORG"]  # "deux étoiles : Chez Paul X, à Annecy": a restaurant's name
    if candidate.text.startswith(("Chez ", "La Mère ", "Le Père ")) and not _OPENS_SENTENCE.search(
        before
    ):
        return ["ORG"]  # "la boutique Chez Margot", "chef de La Mère X": a shop's name, no one's
    if " " not in candidate.text and (
        _HELD_AT.search(before) or (_FRAME_AT.search(before) and after.lstrip().startswith(","))
    ):  # "Le maire de Nantes, 62 ans", "À Washington, la porte-parole…": a place, whatever
        return ["LOC"]  # follows it
    if not given_first and (
        _HELD_AT.search(before) or (_CLEFT_AT.search(before) and _CLEFT_THAT.match(after))
    ):  # "le maire de New York, Michael X", "C'est à Brasília que…"
        return ["LOC"]
    if any(w in before[-8:] for w in ("de", "du", "d'", "d’", "of")) and _PLACE_OF.search(before):
        return ["LOC"]  # "le quartier de Baba Amr", "la ville de Homs"
    if (
        " " not in candidate.text
        and not given_first
        and (_DEPARTMENT_AFTER.match(after) or _DEPARTMENT_HEADING.search(before))
    ):  # "Kogenheim (Bas-Rhin)", "à Lunel (34)", a headline's "Moselle : Creutzwald a dit
        return ["LOC"]  # adieu à …": a French town and its county
    found = []

    if (
        before.endswith(", ")
        and _TITLE_CLOSED_BEFORE.search(before)
        and _DATED_ENTRY_AFTER.match(after)
    ):
        return ["ORG"]  # "« Naissance d'un géant », Le Temps, 7 février 2012": the paper
    if "ource" in before and _SOURCES_LINE.search(before):
        return ["ORG"]  # "Sources : Le Soleil ; Walf Fadjri": newspapers, agencies
    if _ARMED_GROUP_BEFORE.search(before) and not given_first:
        return ["ORG"]  # "les attaques de Boko Haram", "des combattants d'Ansar Dine"
    if not given_first and _LEADER_OF_BEFORE.search(before) and _NAME_APPOSED_AFTER.match(after):
        return ["ORG"]  # "le chef de Boko Haram, Abubakar X,": the group its leader heads
    if (
        " " not in candidate.text
        and not given_first
        and candidate.label == "PER"
        and _HEAD_OF_BEFORE.search(before)
        and _NAME_APPOSED_AFTER.match(after)
    ):  # "le président de Mediapart, Edwy X,": what its head heads, no one (whatever it is)
        return ["ORG"]
    if not given_first and _LIVES_AT.search(before):
        return ["LOC"]  # "réside depuis à Castel Gandolfo"
    if not given_first and (_HELD_THERE.search(before) or _CAME_FROM.search(before)):
        return ["LOC"]  # "arrêté vendredi soir à Watertown", "inhumé samedi à Y"
    if " " in candidate.text and _FIRST_SINCE_BEFORE.search(before) and _IN_A_YEAR.match(after):
        return ["PER"]  # "le premier Britannique en finale depuis Bunny X en 1937": who did it
    if not given_first and _FROM_PLACE_BEFORE.search(before):
        return ["LOC"]  # "venu la chercher depuis Ascoli Piceno": where from
    if (
        " " not in candidate.text
        and not given_first
        and _WHERE_AT_END_BEFORE.search(before)
        and _CLAUSE_END_AFTER.match(after)
    ):  # "dans son premier discours, à Brasília.", "le 1er janvier à Brasília.": where it
        return ["LOC"]  # happens, told last
    if not given_first and before.endswith("à ") and _IN_A_COUNTRY_AFTER.match(after):
        return ["LOC"]  # "à Abu Dhabi, aux Émirats arabes unis": a town, then its country
    if not given_first and _LINKS_BEFORE.search(before):
        return ["LOC"]  # "le vol qui reliait Kuala Lumpur à Pékin": a town, whatever follows
    if (
        candidate.label == "PER"
        and not given_first
        and _AT_THE_BEFORE.search(before)
        and not _HOMAGE_TO_BEFORE.search(before)
        and not ORG_SUFFIX.search(candidate.text)  # ("au Minor Planet Center": a body)
    ):
        return ["LOC"]  # "sacrée au Maracanã", "au Bataclan": a place, no person
    if not given_first and _PLACE_APPOSITION_AFTER.match(after):
        return ["LOC"]  # "Glasgow, la plus grande ville du pays, a voté oui"
    if _DESIGNATION_BEFORE.search(before):
        return ["MISC"]  # "la comète 67P/Tchourioumov-Guérassimenko": a catalogue's name
    if " " not in candidate.text and not given_first and _NEAR_PLACE.search(before):
        return ["LOC"]  # "un raid près de Konna", "non loin de X"
    if " " not in candidate.text and not given_first and _TRADE_AT.search(before):
        return ["ORG" if candidate.label == "ORG" else "LOC"]  # "notaire à Riez", "avocat à X"
    if (
        before.endswith(("de ", "d'", "d’"))
        and _NAMED_FROM_BEFORE.search(before)
        and _CLAUSE_GOES_ON.match(after)
        and not given_first
    ):
        return ["LOC"]  # "Ginette Duquesne, de Marchiennes, présidente…": where she comes from
    if PLACE_SUFFIX.search(candidate.text) and not (
        given_first and not _LANDMARK_SUFFIX.search(candidate.text)
    ):  # ("le Scott Monument": nobody is called Monument)
        return ["LOC"]  # "au Fenway Park", "sur Boylston Street" (not "Sally Field")
    if not given_first:
        if EVENT_SUFFIX.search(candidate.text):
            return ["MISC"]  # "cinq Grammy Awards", "la Davis Cup"
        if ORG_SUFFIX.search(candidate.text):
            return ["ORG"]  # "Scotland Yard a indiqué": a body speaks too
    if _SCHOOL_WORD.search(candidate.text):
        return ["ORG"]  # "le Joseph-König-Gymnasium": a school, whoever it is named after
    if _SCORE_AFTER.match(after) and not _given_and_surname(candidate.text):
        return ["ORG"]  # "Montauriol a battu Valbonne (24-19)": a team, by its score
    if _BODY_PAIR_BEFORE.search(before):
        return ["ORG"]  # "la Fondation Lucie et André X": the body's name goes on
    # "l'Élysée", "le Louvre": a one-word name after a definite article is no person's
    after_article = _DEFINITE_BEFORE.search(before) is not None
    if " " in candidate.text and _TOWARDS_THE.search(before) and not given_first:
        found.append("LOC")  # "la relance du tourisme vers le Machu Picchu"
    if (
        (ORG_BEFORE.search(before) and not _named_after_a_name(candidate, before))
        or _OWNER_OF_BEFORE.search(before)  # "LVMH, propriétaire de X": a brand, no one owned
        or (
            candidate.label != "LOC"
            and ("tête" in before or "helm" in before)
            and _HEAD_OF.search(before)
        )
        or (before.rstrip().endswith(("sur", "on")) and _BROADCAST_ON.search(before))
        or ORG_SUFFIX.search(candidate.text)
        or (" " not in candidate.text and AT_BEFORE.search(before))
        or (  # "Ansar Dine, le mouvement d'Iyad Ag Ghaly" (not "Fondée en 1921 par Émile X,
            # la société…": the body is the clause's subject)
            _BODY_APPOSITION_AFTER.match(after) and not _AGENT_BEFORE.search(before)
        )
    ):
        found.append("ORG")
    by_author = BY_AUTHOR_AFTER.match(after)
    if by_author is not None and given_first and _OF_LISTED_BEFORE.search(before):
        by_author = None  # "sous les présidences de Jacques X, de Nicolas Y": a list, no work
    if (
        WORK_BEFORE.search(before)
        or (by_author is not None and is_given_name(by_author["given"]))
        or _IN_A_WORK_BEFORE.search(before)
        or (_YEAR_OF_WORK_AFTER.match(after) and not _AUTHOR_BEFORE.search(before))
        or _ORDINAL_BEFORE.search(before)
        or (_QUOTE_OPENS.search(before) and _QUOTE_CLOSES.match(after))
        or (_QUOTED_ARTICLE_BEFORE.search(before) and _QUOTE_CLOSES.match(after))
        # "« Le Malade imaginaire » de Molière": a title opening on its article
        or (_QUOTE_RIGHT_BEFORE.search(before) and _ARTICLE_OPENS.match(candidate.text))
        or _WORK_APPOSITION_AFTER.match(after)  # "X, dernier film de Claude Y"
        or _ANIMAL_AFTER.match(after)  # "Gaspard, le vieux cheval du retraité": no person
        or _ANIMAL_BEFORE.search(before)  # "un cheval, Jules de X, engagé à Vincennes"
        or _VARIETY_BEFORE.search(before)  # "un rosier Papa Meilland"
        or _OWNED_BEFORE.search(before)  # "son vieux Massey Ferguson": a thing one owns
    ):  # "le film « X »", "son septième Roland-Garros", "« Thérèse Desqueyroux »": no person
        found.append("MISC")
    if (
        TITLE_BEFORE.search(before)
        or PERSON_BEFORE.search(before)
        or _CALLED_BEFORE.search(before)  # "un commandant qui se fait appeler « Abou X »"
        or (
            PERSON_AFTER.match(after)
            and not _PREPOSITION_BEFORE.search(before)
            and not (" " not in candidate.text and after_article)
            and "ORG" not in found  # "l'hebdomadaire régional X avait publié": a paper
        )  # "L'Élysée a annoncé": a body speaks too
        or APPOSITION_BEFORE.search(before)
        or (before.rstrip().endswith(",") and ROLE_APPOSITION_BEFORE.search(before))
        or (
            before.endswith(", ")
            and " " in candidate.text
            and all(_surname_word(w) for w in candidate.text.split())
            and not ORG_SUFFIX.search(candidate.text)
            and ROLE_ALONE_APPOSITION_BEFORE.search(before)
        )
        or (  # "le président sud-coréen, Moon Jae-in,"
            before.rstrip().endswith(",")
            and " " in candidate.text
            and ROLE_ADJECTIVE_APPOSITION_BEFORE.search(before)
        )
        or (  # "le secrétaire général de la Ligue arabe X Y"
            " " in candidate.text
            and all(_PERSONAL_WORD.fullmatch(w) for w in candidate.text.split())
            and re.search(r"\b(?:de|du|des|d['’])\s*\S+(?:\s+\S+){0,2}\s+$", before[-50:])
            and ROLE_HELD_BEFORE.search(before)
            and not ORG_BEFORE.search(before)  # "coordinatrice de l'ONG X Y": the body's name
        )
        or (APPOSITION_AFTER.match(after) and not _NEW_CLAUSE_AFTER.match(after))
        # "Murat, frère aîné de l'accusé," (not "né à Clermont-Ferrand, fils d'un cheminot")
        or (KIN_APPOSITION_AFTER.match(after) and not _PREPOSITION_ARTICLE_BEFORE.search(before))
        or (" et " in before[-24:] and PAIR_AFTER_TITLE.search(before))
        or _described_next(text, candidate)
        or (" " not in candidate.text and _LED_BY.search(before))  # "le régime Assad"
        or (  # "Agnès, 13 ans," (not "le reporter de l'hebdomadaire X, âgé de 41 ans,", nor
            # "la jument Bella, âgée de 22 ans,")
            candidate.label == "PER"
            and _AGE_AFTER.match(text, candidate.end)
            and "ORG" not in found
            and "MISC" not in found
        )
        or (_LINEUP_AFTER.match(after) and _in_a_lineup(text, candidate.start))  # "Composition :"
        or (_GOALS_AFTER.match(after) and _in_a_lineup(text, candidate.start, goals=True))
        or (  # "sur une passe de Wesley X" (a player's), "à The Tree of Life, de Terrence X"
            " " in candidate.text  # (a work's author)
            and (_PLAY_OF_BEFORE.search(before) or _WORK_BY_BEFORE.search(before))
            and all(_PERSONAL_WORD.fullmatch(w) for w in candidate.text.split())
        )
        or (  # "Messi (12e)": a scorer
            _MINUTES_AFTER.match(after)
            and all(_PERSONAL_WORD.fullmatch(w) for w in candidate.text.split())
        )
        or (  # "Xi Jinping, 59 ans, a été désigné": a name of personal words with an age
            candidate.label == "MISC"
            and " " in candidate.text
            and all(_PERSONAL_WORD.fullmatch(w) for w in candidate.text.split())
            and _AGE_APPOSITION.match(text, candidate.end)
            and not _ANY_ARTICLE_BEFORE.search(before)
        )
        or (  # "la petite Maëlys, 9 ans, …", whatever the model says
            _PERSONAL_WORD.fullmatch(candidate.text)
            and _AGE_APPOSITION.match(text, candidate.end)
            and not after_article
            and "MISC" not in found
            and not _OF_BEFORE.search(before)  # "une ingénieure de Southampton, 33 ans,"
        )
    ):
        found.append("PER")
    elif (
        not found
        and (
            (candidate.label == "MISC" and _given_and_surname(candidate.text))
            or (  # "le monocoque d'Yvon-Marie X" (not "Il habite Jean X": a place there)
                candidate.label == "LOC"
                and _given_and_surname(candidate.text)
                and not _WHERE_BEFORE.search(before)
                and not _ANY_ARTICLE_BEFORE.search(before)  # "la Caroline du Nord", "Le Marion X"
                and candidate.text.split()[-1] not in _POINTS_OF_COMPASS
            )
            or (  # "Élise Munier, auteure de neuf buts": a person the model took for a body
                candidate.label == "ORG"
                and (
                    _given_and_surname(candidate.text)
                    or (  # "Rosli Mat Yusof, ancien instructeur de vol": a name of three words
                        len(words) == 3
                        and all(_PERSONAL_WORD.fullmatch(w) for w in words)
                        and not _ANY_ARTICLE_BEFORE.search(before)
                    )
                )
                and ROLE_AFTER.match(after) is not None
            )
            or (
                candidate.label == "MISC"
                and _GIVEN_AND_INITIAL.fullmatch(candidate.text)
                and given_first
            )  # "Mehdi B.", fmt: skip
            or (
                candidate.label in ("MISC", "PER")
                and _lone_given_name(candidate.text)
                and not after_article
            )
            or (  # "Selon Hassan, …": a given name as the source, whatever the model says
                _lone_given_name(candidate.text) and _SOURCE_BEFORE.search(before)
            )
            or (  # "Le père de Thomas, Karim, est arrivé"
                _lone_given_name(candidate.text) and KIN_OF_BEFORE.search(before)
            )
            or (  # "La petite Inès jouait près du toboggan"
                _lone_given_name(candidate.text) and _LITTLE_BEFORE.search(before)
            )
            or (  # "trois enfants, Pascal, Nathalie et Erwan"
                _lone_given_name(candidate.text) and KIN_LISTED_BEFORE.search(before)
            )
            or (  # "Abou Bakr Ben Slimane", "Mohamed Ould Abdel Aziz", "Iyad Ag Ghaly": a
                # filiation's word inside a name of three words or more
                len(words) >= 3
                and any(w in _FILIATION_WORDS for w in words[1:-1])
                and all(_PERSONAL_WORD.fullmatch(w) or w in _FILIATION_WORDS for w in words)
                and not _WHERE_BEFORE.search(before)
                and not _ANY_ARTICLE_BEFORE.search(before)
            )
            or (  # "Mesut Özil et Petr Čech lui ont rendu hommage": a pair of people
                candidate.label in ("ORG", "LOC")
                and _given_and_surname(candidate.text)
                and (pair := _PERSON_AND_BEFORE.search(before)) is not None
                and is_given_name(pair["given"])
            )
        )
    ):
        found.append("PER")  # "Armel Le Cléache", "Pauline, en vacances…": a thing to the model
    return found


# A work's title opened before a name, its quotation marks closing right after it: "son roman
# « La Vie de Jeanne X »", "le prix lui est remis pour « Le Dernier Été de Gustave X »".
_IN_A_TITLE = re.compile(
    r"(?i:\b(?:film|livre|roman|documentaire|téléfilm|spectacle|feuilleton|disque|single|récit"
    r"|essai|série|pièce|chanson|album|ouvrage|émission|opéra|exposition|œuvre|biographie"
    r"|mémoires|tableau|portrait|pour|intitulée?s?))\s*[«“][^»”\n]{1,60}[ \t]$"
)
# A work's noun (or "dont" in a list of works), then a title opening on the name; the title
# goes on in small letters and closes soon after.
_TITLE_OPENS_BEFORE = re.compile(
    r"(?i:\b(?:film|livre|livres|roman|romans|série|album|pièce|chanson|essai|ouvrage|dont))"
    r",?\s*[«“]\s*$"
)
_TITLE_GOES_ON = re.compile(r"\s+(?:et|de|du|des|à|au|aux|en)\s+[^«»“”\n]{0,60}[»”]")
# A title in quotation marks and the year of the work after it: "« Monsieur X prend des
# vacances » (1978)".
_TITLE_DATED_AFTER = re.compile(r"[^«»“”\n]{0,60}[»”]\s*\((?:1[89]|20)\d\d\)")
_QUOTE_OPEN_BEFORE = re.compile(r"[«“][^«»“”\n]{0,60}$")
# A name in brackets right after a person's name: the team, the boat's sponsor, the publisher.
_AFTER_A_NAME_IN_BRACKETS = re.compile(  # ("pour « Lame de fond » (Christian Bourgois)": a title's)
    r"(?:(?<![\w'’-])[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*[ \t]+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*[a-zà-öø-ÿā-ž]|[»”])"
    r"[ \t]*\([ \t]*$"
)
_BRACKET_CLOSES = re.compile(r"[ \t]*\)")
# Who a report is "according to": "Selon Hassan, …".
_SOURCE_BEFORE = re.compile(r"(?<![\w'’-])(?i:selon|d['’]après|according\s+to)\s+$")
# What is said of a boat right before its name: "à bord de X", "le skipper de X", "le monocoque X".
_BOAT_BEFORE = re.compile(
    r"(?i:\bà\s+bord\s+(?:de|du)|\bskippers?\s+(?:de|du)|\bbarreur\s+(?:de|du)"
    r"|\b(?:le|du|au|son)\s+(?:monocoque|multicoque|trimaran|catamaran|voilier|bateau|navire"
    r"|paquebot|cargo|chalutier|porte-avions|porte-hélicoptères|sous-marin|destroyer|croiseur"
    r"|frégate|pétrolier|ferry|remorqueur))\s+$"
)
# A craft's noun right before its name: "le robot Philae", "la sonde européenne Rosetta", "the
# rover Curiosity".
_CRAFT_BEFORE = re.compile(
    r"(?i:\b(?:le|la|l['’]|du|de\s+la|de\s+l['’]|au|à\s+la|à\s+l['’]|son|sa|the)\s*"
    r"(?:robot|sonde|atterrisseur|rover|astromobile|satellite|vaisseau|capsule|fusée|lanceur"
    r"|télescope|navette|station|module|probe|lander|spacecraft|shuttle|rocket|telescope)"
    r"(?:\s+(?:spatiale?|européenne?|américaine?|russe|chinoise?|japonaise?|indienne?))?)\s+$"
    # a boat, often named after someone: "le canot de sauvetage Patron Henri X", "le chalutier
    # Anne-Marie", "le NGCC Louis S. St-Laurent"
    r"|\b(?:NGCC|NCSM|HMCS|HMS|USS|RMS)\s+$"
    r"|(?i:\b(?:canot|navire|bateau|chalutier|vedette|paquebot|voilier|cargo|pétrolier|ferry"
    r"|remorqueur|caboteur|thonier|goélette|frégate|porte-avions|sous-marin)"
    r"(?:\s+(?:de\s+sauvetage|de\s+pêche|tous\s+temps))?)\s+(?:(?-i:[A-Z][a-zé]+)\s+)?$"
)
# "Chez" with its capital inside a sentence: the name of a restaurant or a shop.
_CHEZ_INSIDE = re.compile(r"[\w,;:»)][ \t]+Chez[ \t]+$")
# "une ingénieure de X": what follows "de" is where the person is from, or works.
_OF_BEFORE = re.compile(r"(?<![\w'’-])(?:de|du|des|d['’])\s*$", re.IGNORECASE)
# A scorer's minutes after the name, in a match report: "Messi (12e, 45e)", "Villa (67e, s.p.)".
_MINUTES_AFTER = re.compile(
    r"\s*\(\s*\d{1,3}\s*(?:e|ᵉ|ème|')(?:\s*(?:,|et)\s*\d{1,3}\s*(?:e|ᵉ|ème|'))*"
    r"(?:\s*,?\s*(?:s\.?\s*p\.?|pen\.?|csc|sur\s+penalty))?\s*\)"
)


# A team's line-up or its scorers, a list of names after a heading and a colon: "Composition de
# Lyon : Lopes – Réveillère, Koné – …", "Buteurs : Gomis (12e), Lacazette (80e)".
_LINEUP_BEFORE = re.compile(  # ("Meilleurs buteurs. Montpellier : X 8, Y 7")
    r"(?i:compositions?|buteurs?|buts|remplaçants|titulaires|arbitres?)\b"
    r"(?:[^:\n.;]{0,40}|\.\s+[^:\n.;]{1,30}):"
    # (names parted by commas, dashes, semicolons, a captain's "(cap.)", a position's "(o)")
    r"(?:(?:[^\n.:]|\(cap\.\))*[,;–—-])?\s*(?:\([a-zé]{1,4}\)\s*)?$"
)


def _in_a_lineup(text: str, start: int, goals: bool = False) -> bool:
    """Whether ``start`` is in a list of players after a heading; with ``goals`` (the name is
    followed by its goals, "Dufour (6)"), a team's name in capitals heads it too ("ARQUES :")."""
    line_start = max(text.rfind("\n", 0, start) + 1, start - 400)
    if text.find(":", line_start, start) < 0:  # most names: no heading on their line (cheap)
        return False
    if goals and _TEAM_HEADING.match(text, line_start):
        return True
    if (
        goals
        and _SCORERS.search(text, line_start, start)
        and _TEAM_OPENS.search(text, line_start, start)
    ):  # "Meilleurs buteurs. Montpellier : X 8, Y 7. Nantes : Dahl 7"
        return True
    return _LINEUP_BEFORE.search(text, line_start, start) is not None


# A team's name in capitals heading its scorers: "MARCHIENNES : T. Lefebvre (9), Dufour (6)".
_TEAM_HEADING = re.compile(r"[ \t]*[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’ .-]{1,40}[ \t]*:[ \t]")
_SCORERS = re.compile(r"\b(?i:buteurs?|buteuses?|marqueurs?|marqueuses?)\b")
_TEAM_OPENS = re.compile(
    r"(?:^|[.;]\s+)[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’ -]{1,30}[ \t]*:[ \t]*(?:[^\n.;:]*,[ \t]*)?$"
)
_GOALS_AFTER = re.compile(r"\s*\(\d{1,2}\)|\s+\d{1,2}(?=\s*[,.;]|\s*$)")  # "X (6)", "X 6,"


_LINEUP_AFTER = re.compile(r"\s*(?:[,–—.;)(]|-\s|$|\s+(?:et|puis)\s)")
_GIVEN_AND_INITIAL = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w-]+\s+[A-ZÀ-ÖØ-ÞĀ-Ž]\.")


def _lone_given_name(word: str) -> bool:
    """ "Pauline", "Jean-Pierre"; not "Paul-Bert" (a street's way of writing a person's name)."""
    return _PERSONAL_WORD.fullmatch(word) is not None and all(
        is_given_name(part) for part in word.split("-")
    )


def _given_and_surname(name: str) -> bool:
    """A common given name, then a surname, particles allowed ("Armel Le Cléache", "Bachar
    al-Jaafari")."""
    words = name.split()
    return (
        len(words) >= 2
        and is_given_name(words[0])
        and _PERSONAL_WORD.fullmatch(words[0]) is not None
        and _surname_word(words[-1])
        and all(_surname_word(w) or w.lower() in _SURNAME_PARTICLES for w in words[1:])
    )


# A surname with an Arabic article or filiation joined by a hyphen: "al-Jaafari", "el-Béchir"
_JOINED_ARTICLE_WORD = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|ben|bin)-[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+")


def _surname_word(word: str) -> bool:
    return bool(_PERSONAL_WORD.fullmatch(word) or _JOINED_ARTICLE_WORD.fullmatch(word))


_SENTENCE_STOP = re.compile(r"(?<=\w\w)[.!?…][»”\"]?[ \t]+|\n")
_OPENS_SENTENCE = re.compile(r"(?:^|(?<=\w\w)[.!?…][»”\"]?\s+|\n)[\s«“\"—–-]*$")


def _described_next(text: str, candidate: Candidate) -> bool:
    """A name opening its sentence, told of by the next sentence's opening noun: "Neymar a
    marqué deux fois. Le Brésilien a été élu…", in the same paragraph."""
    if not _OPENS_SENTENCE.search(text, max(0, candidate.start - 4), candidate.start):
        return False
    stop = _SENTENCE_STOP.search(text, candidate.end, candidate.end + 2 * CONTEXT)
    if stop is None or stop.group() == "\n":
        return False
    opening = stop.end()
    return bool(NOUN_SUBJECT.match(text, opening) or DEMONYM_SUBJECT.match(text, opening))


# What a leader gives a name to, right before the leader's surname: "le régime Assad", "le
# gouvernement Ayrault", "l'administration Obama", "l'ère Sarkozy" (the person, named).
_LED_BY = re.compile(r"(?<![\w'’-])(?:régime|gouvernement|administration|ère)\s+$")
# A determiner and an ordinal right before a name: "son septième Roland-Garros", "le 3e Tour
# de France", "her fifth Wimbledon" (an edition of an event, never a person).
_ORDINAL_BEFORE = re.compile(
    r"(?<![\w'’-])(?i:son|sa|ses|leur|leurs|le|la|les|un|une|du|au|aux|his|her|their|its|the|a)\s+"
    rf"(?i:\d{{1,3}}\s*{_ORDINAL_SUFFIX}|premi(?:er|ère)|second|seconde|[a-zé]+ième"
    r"|first|second|third|(?:four|fif|six|seven|eigh|nin|ten|eleven|twelf)th)\s+$"
)
# A definite article right before a name ("le Louvre", "l'Élysée"; "Le X" may be a surname).
# A name alone between quotation marks is a title, a ship's or an operation's name; a nickname
# is said so ("dit « Loulou »", "surnommé « ATT »").
_CALLED_BEFORE = re.compile(
    r"\bse\s+(?:fait|faisant|faire)\s+appeler\s*[«“]?\s*$"
    # the name of someone told by a pronoun or a noun of people: "L'homme du match s'appelle
    # X", "Il s'appelle X" (not "Le bateau s'appelle X")
    rf"|\b(?:il|elle|(?:{PERSON_NOUN})(?:\s+(?:du|de\s+la|de|des|d['’])\s*[\w'’-]+)?)"
    r"\s+s['’](?:appelle|appelait|nomme|nommait|prénomme|prénommait)\s+$",
    re.IGNORECASE,
)
_QUOTE_OPENS = re.compile(
    r"(?<!\bdit\s)(?<!\bdite\s)(?<!surnommé\s)(?<!surnommée\s)(?<!appeler\s)[«“]\s*"
    # a title inside the name of a thing: « Maître Jacques X » (a boat), « Docteur X » (a film)
    r"(?:(?:Maître|Docteur|Professeur|Capitaine|Commandant|Amiral|Général|Colonel|Président"
    r"|Monsieur|Madame|Lady|Sir)\s+)?$"
)
_QUOTE_CLOSES = re.compile(r"\s*[»”]")
# A noun in small letters after its article (or "type", "modèle"), right before a name it
# names: "la cour Napoléon", "l'amphithéâtre Richelieu", "un télescope de type Newton"
_NOUN_NAMED_BEFORE = re.compile(
    r"(?<![\w'’-])(?:(?i:le|la|les|l['’]|du|des|au|aux|un|une|ce|cet|cette)\s*"
    rf"(?:{one_of(HEAD_NOUNS)}|cour|amphithéâtre|bâtiment|aile|pavillon|hall|tour|navire"
    r"|bateau|paquebot|porte-avions|sous-marin|prix|statue|télescope|salon|auditorium"
    r"|boulevard|lycée|collège|campus|centre|institut|effet|loi|plan)"
    r"|type|modèle|style|genre)\s+$"
)
# Where a saint's name names a place: "la paroisse Saint-Jacques", "le lycée de Saint-Lô X"
_SAINT_PLACE_BEFORE = re.compile(
    r"(?<![\w'’-])(?:de|à|d['’]|paroisse|église|chapelle|basilique|cathédrale|quartier|collège"
    r"|lycée|école|rue|place|abbaye)\s*$",
    re.IGNORECASE,
)
_QUOTE_RIGHT_BEFORE = re.compile(r"[«“]\s*$")
_ARTICLE_OPENS = re.compile(r"(?:Le|La|Les)\s|L['’]")
# An article opening a quoted name: « le Boulet de Wattrelos », « la Dame de fer » (a nickname
# or a title, never a person's name).
_QUOTED_ARTICLE_BEFORE = re.compile(r"[«“]\s*(?:le|la|les|l['’])\s*$")
# A role held in a place, then the place: "le maire de Nantes", "la juge des enquêtes
# préliminaires de Grosseto", "le préfet de Corse" (not "l'avocat de Schettino").
_HELD_AT = re.compile(
    r"(?<![\w'’-])(?i:maire|préfet|préfète|sous-préfet|sous-préfète|députée?|sénat(?:eur|rice)"
    r"|gouverneure?|évêque"
    r"|archevêque|procureure?|juge|consul|conseill(?:er|ère)\s+générale?|maire\s+adjointe?)"
    r"(?:\s+(?:des?|du|d['’])?\s*[a-zà-öø-ÿā-ž'’-]+){0,3}\s+(?:de|du|d['’])\s*$"
)
# A cleft sentence on where: "C'est à X que …"
_CLEFT_AT = re.compile(r"(?<![\w'’-])(?i:c['’]est|c['’]était)\s+(?:(?:là|aussi|donc|ici)\s+)?à\s+$")
_CLEFT_THAT = re.compile(r"\s+qu(?:e\b|['’])")
# Where someone was caught, held, buried, found: a participle, a day, "à" and a place.
_HELD_THERE = re.compile(
    r"(?<![\w'’-])(?i:arrêt|interpell|hospitalis|inhum|enterr|incarcér|emprisonn|retrouv|localis"
    r"|réfugi|domicili|évacu|rapatri|captur|abattu|scolaris|hébergé|rassembl|install|vacances"
    r"|née?s?(?=\s+(?:en|le|l['’]|au|vers)\s))"  # "Né en 1921 à X"
    r"[a-zé]{0,3}"
    r"(?:\s+(?!(?:par|pour|avec)\b)[\w'’-]+){0,3}?\s+à\s+$"
)
# Where someone or something comes from: "la contestation était partie de X", "originaire de Y"
_LEADER_OF_BEFORE = re.compile(
    r"(?<![\w'’-])(?i:chef|leader|dirigeant|dirigeante|fondateur|fondatrice|porte-parole|émir"
    r"|numéro\s+deux)\s+(?:de|du|des|d['’])\s*$"
)
_HEAD_OF_BEFORE = re.compile(
    r"(?<![\w'’-])(?i:président|présidente|directeur|directrice|pdg|patron|patronne)"
    r"\s+(?:de|du|d['’])\s*$"
)
_NAME_APPOSED_AFTER = re.compile(r"\s*,\s*(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)")
_OF_LISTED_BEFORE = re.compile(r"(?<![\w'’-])(?:de|d['’])\s*$", re.IGNORECASE)
_CAME_FROM = re.compile(
    r"(?<![\w'’-])(?:(?:est|sont|était|étaient|sera|seront|fut|furent)\s+"
    r"(?:partie?s?|venue?s?|originaires?)|originaires?"
    # a participle after its noun: "le soulèvement parti de X" (not the noun: "le parti de X",
    # "une partie de X", "le principal parti de …")
    r"|(?<=[a-zà-öø-ÿ]\s)(?<!\ble\s)(?<!\bla\s)(?<!\bles\s)(?<!\bdu\s)(?<!\bdes\s)"
    r"(?<!\bau\s)(?<!\baux\s)(?<!\bun\s)(?<!\bune\s)(?<!\bson\s)(?<!\bsa\s)(?<!\bses\s)"
    r"(?<!\bleur\s)(?<!\bce\s)(?<!\bcette\s)(?<!\bnotre\s)(?<!\bgrand\s)(?<!\bgrande\s)"
    r"(?<!\bpetit\s)(?<!\bseul\s)(?<!\bautre\s)(?<!\bprincipal\s)(?<!\bpremier\s)"
    r"(?<!\bnouveau\s)(?-i:partie?s?)"
    r"|(?:^|(?<=[.!?]\s))(?-i:Partie?s?|Venue?s?))\s+(?:de|d['’])\s*$",  # "Parti d'X le 9 mars"
    re.IGNORECASE | re.MULTILINE,
)
# A town's country after it: ", en Espagne", ", aux Émirats arabes unis", ", au Népal".
_IN_A_COUNTRY_AFTER = re.compile(r"\s*,\s*(?:en|au|aux)\s+(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž])")
# "à" after a comma, a date's number or a weekday, and the clause ends after the name.
_WHERE_AT_END_BEFORE = re.compile(
    r"(?:,|\d|\b(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|soir))\s+à\s+$"
)
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.;!?]|$|,\s+(?-i:[a-zà-ÿ]))")  # (", avant de …")
_NEAR_PLACE = re.compile(
    r"(?<![\w'’-])(?i:près|non\s+loin|à\s+proximité|aux\s+environs)\s+(?:de\s+|d['’])$"
)
# The first (or the only) one to do something since someone, in a year: "le premier Français
# vainqueur depuis X en 1983", "la première Espagnole sacrée depuis Y (1998)".
_FIRST_SINCE_BEFORE = re.compile(
    r"(?i:\b(?:premier|première|premiers|premières|seul|seule)\b[^.!?\n]{0,120}?\bdepuis\s+)$"
)
_IN_A_YEAR = re.compile(r"\s*,?\s*(?:en\s+|\(\s*)\d{4}\b")
# Where one comes from, right before a name: "venu depuis X", "en provenance de Y"
_FROM_PLACE_BEFORE = re.compile(
    r"(?<![\w'’-])(?i:depuis|en\s+provenance\s+d(?:e|['’])|à\s+destination\s+d(?:e|['’]))\s*$"
)
# A road, a line or a flight between two places: "le vol qui reliait X à Y", "reliant X et Y"
_LINKS_BEFORE = re.compile(r"(?<![\w'’-])(?i:reli(?:e|ent|ait|aient|ant|era|eront|er|é|ée|és))\s+$")
# A place told by what it is, right after its name: "X, la plus grande ville du pays", "Y, une
# petite commune de l'Aude", "Z, capitale de la région"
_PLACE_APPOSITION_AFTER = re.compile(
    r"\s*,\s*(?:(?:la|le|l['’]|une?|cette|ce)\s*)?(?:(?:plus\s+)?(?:grande?|petite?|deuxième"
    r"|troisième|seconde?|vieille|ancienne?|paisible|populeuse)\s+)?"
    r"(?:ville|capitale|commune|village|bourgade|localité|métropole|agglomération|cité"
    r"|station\s+balnéaire|préfecture|sous-préfecture|chef-lieu|province|région)\b"
)
# A German school named after someone: "le Joseph-König-Gymnasium de Haltern"
_SCHOOL_WORD = re.compile(r"-(?:Gymnasium|Schule|Realschule|Gesamtschule|Hochschule)\b")
_PREPOSITION_ARTICLE_BEFORE = re.compile(
    r"(?<![\w'’-])(?:de|du|des|d['’]|à|au|aux|en|par|pour|avec|sur|sous|chez|contre|vers)\s*"
    r"(?:(?:la|le|les)\s+|l['’]\s*)?$",
    re.IGNORECASE,
)
_AT_THE_BEFORE = re.compile(r"(?<![\w'’-])(?i:au)\s+$")
# What one gives or owes a person, "au" before the name: "rend hommage au X", "succède au Y"
_HOMAGE_TO_BEFORE = re.compile(
    r"(?i:hommage|succ[eéè]d\w*|succession|rendu|rendre|rend|adress\w*|pens\w*|répond\w*"
    r"|réponse|lettre|message|soutien|appel|opposée?s?|face)\s+au\s+$"
)
_LANDMARK_SUFFIX = re.compile(r"\s(?:Monument|Memorial)$")
# A catalogue's code joined to a name by a slash: "67P/Tchourioumov-Guérassimenko", "1P/Halley"
_DESIGNATION_BEFORE = re.compile(r"(?<![\w'’-])\d+[A-Z]?/$")
_A_THING_BEFORE = re.compile(r"(?:^|[\s(])(?i:d['’]un|d['’]une|un|une)\s+$")
_ENTITLED_BEFORE = re.compile(r"(?<![\w'’-])(?i:intitulée?s?|baptisée?s?|titrée?s?)\s+$")
# A trade and the town it is practised in: "le notaire à X", "la pharmacienne à Y".
_TRADE_AT = re.compile(rf"(?<![\w'’-])(?i:{TRADE})\s+à\s+$")
# A sentence opening on where it happens: "À Washington, …", "En Bretagne, …"
_FRAME_AT = re.compile(
    r"(?:^|[.!?…»]\s+|\n)(?:À|A|En|Au|Aux"
    # "Interrogée à Lyon, la porte-parole…", "Arrivé dimanche à Rome, le pape…"
    r"|[A-ZÀ-Þ][a-zà-ÿ]+(?:ée?s?|ie?s?|ue?s?)\b[^.,;:!?\n]{0,60}?\s(?:à|en|au|aux))\s+$"
)
# An elided article inside a span, not after "de" ("Pierre de l'Estoile" keeps it).
_ARTICLE_INSIDE = re.compile(rf"(?<!\bde)\s+l[{APOSTROPHES}](?=[A-ZÀ-ÖØ-ÞĀ-Ž])")
# A person's full name, a comma and "de": "Ginette Duquesne, de " (the town she comes from
# follows, between commas).
_NAMED_FROM_BEFORE = re.compile(
    r"(?<![\w'’-])[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+)?\s+"
    r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+\s*,\s+(?:de\s+|d['’]\s*)$"
)
_CLAUSE_GOES_ON = re.compile(r"\s*[,)]")
# A match's score right after a name: "(24-19)", "(2-1)".
_SCORE_AFTER = re.compile(r"\s*\(\s*\d{1,3}\s*[-–]\s*\d{1,3}\s*\)")
# A move in a game and its player: "sur une passe de ", "un essai de ", "le doublé d'".
_PLAY_OF_BEFORE = re.compile(  # (not "les centres de secours de X": stations)
    r"\b(?!centres\b)(?:passe|centre|tir|frappe|essai|but|doublé|triplé|penalty|coup\s+franc|pénalité"
    r"|transformation|drop|service|smash|ace)s?\s+(?:décisive?s?\s+)?(?:de|d['’])\s*$",
    re.IGNORECASE,
)
# A title, then its author after a comma: "The Tree of Life, de ", "Le Gamin au vélo, de ".
_WORK_BY_BEFORE = re.compile(r"(?:\bà|\bpour|\bdans)\s+[A-ZÀ-ÖØ-ÞĀ-Ž«][^,.;:!?«»]{1,60},\s+de\s+$")
# A work described right after its title: "Michael, premier long métrage d'un Autrichien",
# "X, dernier film de Claude Y", "X, son troisième roman".
_WORK_APPOSITION_AFTER = re.compile(
    r"\s*,\s*(?:(?:son|sa|leur|un|une)\s+)?"  # (not "X, le film raconte…": a new clause)
    r"(?:(?:premier|première|dernier|dernière|nouveau|nouvel|nouvelle|ultime|[a-zé]+ième)\s+)?"
    r"(?:film|long[- ]métrage|court[- ]métrage|roman|album|documentaire|opéra|pièce|téléfilm"
    r"|feuilleton|livre|recueil|essai|disque|spectacle|tube|single)\b"
)
# A body described right after its name: "X, le mouvement de Y", "X, une société lyonnaise".
_BODY_APPOSITION_AFTER = re.compile(
    rf"\s*,\s*(?:le|la|l['’]|un|une|ce|cette){ARTICLE_GAP}(?:(?:principal|principale|puissant|puissante"
    r"|petit|petite|grand|grande|jeune)\s+)?(?:mouvement|groupe|parti|organisation|milice"
    r"|coalition|alliance|syndicat|société|entreprise|firme|formation|confédération|fédération"
    r"|association|ONG|start-up|multinationale|banque|compagnie|chaîne|radio|journal|quotidien"
    r"|hebdomadaire|quintette|quatuor|trio|duo|orchestre|chorale|fanfare|troupe)\b"
    r"|\s*,\s*(?:maison\s+mère|société\s+mère|filiale)\b"  # "X, maison mère de la MMA"
)
# An animal named: "X, le vieux cheval de trait", "son chien, X", "la jument X", "X, leur
# vieux labrador", "X, l'american staff du prévenu".
_ANIMALS = (
    r"(?:cheval|jument|étalon|hongre|poulain|pouliche|trotteur|pur-sang|âne|ânesse|poney|chien"
    r"|chienne"
    r"|chiot|chat|chatte|matou|vache|taureau|bœuf|veau|génisse|brebis|bélier|chèvre|bouc|cochon"
    r"|truie|perroquet|dauphin|ours|ourse|orque|gorille|éléphant|éléphante|girafe|panda|tigre"
    r"|tigresse|lion|lionne|labrador|golden\s+retriever|berger\s+allemand|caniche|teckel"
    r"|beagle|épagneul|setter|bouledogue|dogue|rottweiler|husky|chihuahua|yorkshire|pitbull"
    r"|american\s+staff|staffie|border\s+collie|bichon|siamois|persan|angora)"
)
# A possessive right before a name: "son vieux Massey Ferguson", "sa Renault" (a thing one
# owns; a relative has a noun between: "sa fille Marie").
_OWNED_BEFORE = re.compile(
    r"(?<![\w'’-])(?:son|sa|mon|ma|leur|notre)\s+(?:(?:vieux|vieil|vieille|nouveau|nouvel"
    r"|nouvelle|petit|petite|fidèle|increvable)\s+)?$"
)
# A flower or a grape named after someone, a machine by its maker: "un rosier Papa Meilland",
# "des roses Pierre de Ronsard", "le cépage X", "le tracteur John Deere" (no person).
_VARIETY_BEFORE = re.compile(
    r"\b(?:rosiers?|roses?|tulipes?|dahlias?|pivoines?|cépages?|variétés?"
    r"|tracteurs?|moissonneuses?(?:-batteuses?)?|camions?|motos?|voitures?|modèles?)\s+$",
    re.IGNORECASE,
)
_ANIMAL_AFTER = re.compile(
    rf"\s*,\s*(?:le|la|l['’]|un|une|son|sa|leur|notre){ARTICLE_GAP}(?:(?:vieux|vieil|vieille|jeune|petit"
    rf"|petite|fidèle|célèbre|fameux|fameuse)\s+)?{_ANIMALS}\b"
)
_ANIMAL_BEFORE = re.compile(
    rf"\b(?:le|la|l['’]|un|une|son|sa|leur|notre|mon|ma|du|au){ARTICLE_GAP}{_ANIMALS}"
    # "un labrador noir prénommé Oslo", "un chien d'avalanche prénommé Tell"
    r"(?:(?:\s+[a-zà-öø-ÿā-ž-]+|\s+(?:de\s+|d['’])[a-zà-öø-ÿā-ž-]+)?"
    r"\s+(?:prénommée?|baptisée?|nommée?|appelée?|surnommée?))?"
    r"\s*,?\s*[«“]?\s*$"
)
# A name led by a noun in the plural, then a small word and more: "Foulées du Moulin",
# "Tréteaux de la Choisille", "Amis du vieux Lorval"; and the plural article before it.
_PLURAL_NOUN_NAME = re.compile(
    r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+[sx]\s+(?:du|des|de\s+la|de\s+l['’]|de|d['’])\s*\S.*"
)
_PLURAL_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?i:les|des|aux)\s+$")
# Animals counted, then their names listed: "les trois chevaux venus du Japon, Harp Star, Just
# a Way et " (before any of the names).
_ANIMALS_LISTED_BEFORE = re.compile(
    r"\b(?i:les|des|ses|leurs|nos|ces|\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+"
    r"(?:[a-zà-öø-ÿā-ž-]+\s+)?(?:chevaux|juments|pouliches|poulains|étalons|trotteurs|pur-sang"
    r"|chiens|chiennes|chiots|chats|chattes|vaches|génisses|taureaux|ânes|poneys|horses|dogs)\b"
    r"[^.;:!?«»()\n,]{0,40},\s*(?:(?:dont|notamment|comme)\s+)?"  # ("quarante vaches, dont X")
    r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][^,.;:!?()«»\n]{0,30},\s*)*"
    r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][^,.;:!?()«»\n]{0,30}\s+(?:et|and)\s+)?"
    r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][^,.;:!?()«»\n]{0,20}\s+)?$"  # the name's own first words ("Just a ")
)
# A horse's rider told after its name: "Trêve, montée par X", "Flintshire, l'élève de Y monté
# par Z".
_RIDDEN_AFTER = re.compile(r"\s*,[^,.;:!?()«»\n]{0,50}?\bmontée?\s+par\s")
_DEFINITE_BEFORE = re.compile(
    rf"(?:(?<![\w'’-])(?:le|la|les)\s+|(?<![\w'’-])[lL][{APOSTROPHES}]"
    # "La France assure…", "Les Bleus ont…": a sentence opening on a feminine or plural article
    # (not "Le", which opens Breton surnames: "Le Bellec a dit")
    r"|(?:^|[.!?…»]\s+|\n)(?:La|Les)\s+)$"
)
# Where a programme is shown: "diffusées sur Arte", "retransmis en direct sur Canal+" (a
# channel, a body).
_BROADCAST_ON = re.compile(
    r"\b(?:diffusée?s?|rediffusée?s?|retransmise?s?|visibles?|broadcast|aired)"
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:sur|on)\s+$",
    re.IGNORECASE,
)
# What one leads: "à la tête de Berkshire Hathaway", "at the helm of X" (a body; a country's
# name, which the model knows as a place, is left alone).
_HEAD_OF = re.compile(r"\b(?:à\s+la\s+tête\s+(?:de|du|d['’])|at\s+the\s+helm\s+of)\s*$")
# (not the noun "ONG", "NGO" of "l'ONG X Y": the body's own name)
# A capitalised word and an age between commas: "Sabrina, 38 ans, opératrice"
_GIVEN_NAME_AGED = re.compile(
    r"(?<![\w'’.-])(?P<given>[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+)?)"
    r",[ \t]+(?:âgée?[ \t]+de[ \t]+)?\d{1,3}[ \t]+ans[ \t]*[,.;)]"  # ("et Chloé, 9 ans.")
)
# A given name and a surname, then the age between commas: "Ronan Quiniou, 28 ans, s'est
# imposé" (the model may see no one there)
_FULL_NAME_AGED = re.compile(
    r"(?<![\w'’.-])(?P<given>[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+)?)"
    r"[ \t]+(?P<surname>(?:(?:Le|La|De|Du|Da|Dos|Van|Von|El|Ben|Mac|Mc)[ \t]+)?"
    r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+)?)"
    r",[ \t]+(?:âgée?[ \t]+de[ \t]+)?\d{1,3}[ \t]+ans[ \t]*[,.;)]"
)
# Someone told by a noun and an age, then a given name: "un matelot de 23 ans, Erwan, …"
_AGED_THEN_GIVEN = re.compile(
    r"\b(?:un|une)[ \t]+(?:[a-zà-öø-ÿā-ž-]+[ \t]+){1,2}de[ \t]+\d{1,3}[ \t]+ans[ \t]*,[ \t]+"
    r"(?P<given>[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+)?)(?=[ \t]*,)"
)
# What an armed group (or any body) does or is made of, right before its name: "les attaques
# de X", "les chefs d'X"
_ARMED_GROUP_BEFORE = re.compile(
    r"\b(?i:attaques|attentats|exactions|combattants|militants|jihadistes|djihadistes|insurgés"
    r"|rebelles|miliciens|membres\s+présumés|chefs|leaders|dirigeants|cadres|islamistes"
    r"|terroristes|partisans)"
    r"\s+(?:de\s+|du\s+|d['’]\s*)$"
    r"|\b(?i:la\s+secte|le\s+groupe\s+(?:islamiste|terroriste|armé|djihadiste|jihadiste))\s+$"
)
# Where someone lives, was born or died, then "à": a place follows
_LIVES_AT = re.compile(
    r"\b(?i:habit\w*|résid\w*|vit|vivent|vivait|installée?s?|retirée?s?|née?s?|décédée?s?|mort"
    r"|morte)"
    r"(?:\s+(?:depuis|toujours|désormais|alors|\w+ment))?\s+à\s+$"  # "réside provisoirement à"
)
# A title a story is told in, or its year in brackets: "sa partenaire dans Madame Rose", "dont
# Monsieur Albert (1968)"
_IN_A_WORK_BEFORE = re.compile(
    r"\b(?i:dans)\s+(?:(?:Monsieur|Madame|Mademoiselle|Docteur|Maître)\s+)?$"
)
_AUTHOR_BEFORE = re.compile(r"(?:\bde|\bd['’]|\bpar)\s*$", re.IGNORECASE)  # "…, de X (1970)"
_YEAR_OF_WORK_AFTER = re.compile(r"\s*\(\s*(?:1[89]|20)\d\d\s*\)")
# A body named after two people, the first given name and "et" before a name: "la Fondation
# Lucie et André X", "l'Institut Marie et Pierre Y"
_BODY_PAIR_BEFORE = re.compile(
    r"\b(?:Fondation|Institut|Prix|Musée|Centre|Collège|Lycée|École|Foundation|Institute)[ \t]+"
    r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+[ \t]+(?:et|&|and)[ \t]+$"
)
# Where something goes or lies, and an article: a place's name follows ("vers le Machu Picchu",
# "dans le Haut-Karabakh"), no person's
_TOWARDS_THE = re.compile(
    r"(?<![\w'’-])(?:vers|dans|sur|sous|depuis|jusqu['’]au|jusqu['’]à)\s+(?:le|la|les|l['’])\s*$"
)
_NAME_BEFORE = re.compile(r"(?<![\w'’-])(?!(?:ONG|NGO)\s)[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*\s+$")
_INITIAL_WORD = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž]\.(?:-?[A-ZÀ-ÖØ-ÞĀ-Ž]\.)*")
_OWNER_BEFORE = re.compile(r"(?<![\w'’-])(?:de|d['’]|of)\s*$")
# Where a place goes: "à Taïwan", "en Corée", "au Japon", "dans Paris".
# A kind of place and "de": a place's name follows ("le quartier de Baba Amr", "la province
# d'Idleb", "the town of Homs").
# A French county in brackets after a town's name, or its number: "Kogenheim (Bas-Rhin)"
_DEPARTMENT_AFTER = re.compile(rf"\s*\((?:{one_of(DEPARTMENTS)}|\d{{2}}|2[AB]|97\d)\)")
_DEPARTMENT_HEADING = re.compile(rf"(?:^|\n)(?:{one_of(DEPARTMENTS)})[ \t]*:[ \t]*$")
_PLACE_OF = re.compile(  # (after an elided article too: "l'archipel de X")
    r"(?<![\w-])(?i:ville|village|commune|quartier|région|province|département|banlieue"
    r"|conseil\s+municipal|mairie|municipalité"
    r"|localité|bourgade|hameau|faubourg|district|lieu-dit|city|town|province|habitants"
    r"|archipel|atoll|île|îles|presqu['’]île|péninsule|baie|golfe|vallée|massif|comté|canton"
    r"|habitantes|résidents|populations?|abords|environs|alentours|périphérie|outskirts"
    r"|observatoire"
    r"|(?<=l['’])est|nord|sud|ouest)\s+"  # "la population de X", "aux abords de X", "au nord de X"
    r"(?:de(?:\s+la|\s+l['’])?|d['’]|du|des|of)\s*$"
)
# A title in quotation marks closed right before, then a comma: a source's list entry
_TITLE_CLOSED_BEFORE = re.compile(r"[«“][^«»“”\n]{1,120}[»”][ \t]*,[ \t]*$")
# ... and the entry's date or its end after the name
_DATED_ENTRY_AFTER = re.compile(r"[ \t]*(?:,[ \t]*(?:\d|\w+[ \t]+\d{4})|\.?[ \t]*(?:\n|$))")
# A line of sources at an article's end: "Sources : Le Soleil ; X Y ; Jeune Afrique"
_SOURCES_LINE = re.compile(r"(?:^|\n)[ \t]*(?i:sources?)[ \t]*:[^\n]*$")
# A comma, then the subject of another clause, not an apposition: "une salle de Montréal, un
# homme armé a ouvert le feu".
_NEW_CLAUSE_AFTER = re.compile(
    r"\s*,\s*(?:un|une)\s+[^,.;:!?]{0,40}?\s(?:a|ont|est|sont|avait|avaient|était|étaient)\s"
)
# An article in any case right before a name: "la Caroline du Nord", "Le Marion X" (a ship).
_ANY_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?i:le|la|les|l['’])\s*$")
# An article in small letters right before a name, which no person's name takes: "du Tim X"
_ARTICLE_RIGHT_BEFORE = re.compile(r"(?<![\w'’-])(?:le|la|les|du|au|aux)\s+$")  # (not "un
# Marcel X de notre temps": the writer, by likeness)
# The last word of a place named like a person: "Caroline du Nord", "Dakota du Sud".
_POINTS_OF_COMPASS = frozenset("Nord Sud Est Ouest North South East West".split())
# Where something is, right before a name: "Il habite X", "en X", "près de X" (not "à": "le
# prix a été attribué à X Y").
_WHERE_BEFORE = re.compile(
    r"(?<![\w'’-])(?i:en|dans|vers|depuis|habit\w*|résid\w*|vit|vivent|vivait"
    r"|quitt\w*|rejoin\w*|rallié|gagné|traversé|visité|près\s+de|loin\s+de)\s+$"
)
_PLACE_BEFORE = re.compile(r"(?<![\w'’-])(?i:à|en|au|aux|dans|vers|depuis)\s+$")
# A name after a preposition is no subject: in "le maire de Lyon a critiqué", "le maire" speaks.
_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w'’-])(?:de|du|des|d['’]|à|au|aux|en|par|pour|avec|sur|sous|chez|contre|vers)\s*$",
    re.IGNORECASE,
)


_OWNER_OF_BEFORE = re.compile(r"\bpropriétaires?\s+(?:de\s+|d['’]\s*)$", re.IGNORECASE)


def _named_after_a_name(candidate: Candidate, before: str) -> bool:
    """ "la start-up Nexalia Sophie Caron": a given name and a surname right after another name
    are the person, the company being the name before; "l'équipe de Paul Girard", "le parti de
    Anne Morel": a person's name the model calls one after "de" is whom the body belongs to (its
    own name follows the noun: "le parti Renaissance")."""
    words = candidate.text.split()
    if (
        len(words) < 2
        or not (  # ("l'équipe U15 de J.-M. Texier": initials too)
            all(_PERSONAL_WORD.fullmatch(w) or _INITIAL_WORD.fullmatch(w) for w in words[:-1])
            and _PERSONAL_WORD.fullmatch(words[-1])
        )
    ):
        return False
    if len(words) == 2 and _NAME_BEFORE.search(before) is not None:
        return True
    return (
        candidate.label == "PER"
        and _OWNER_BEFORE.search(before) is not None
        # (not "le club belge de Zulte Waregem": a name that opens on no given name)
        and (is_given_name(words[0]) or _INITIAL_WORD.fullmatch(words[0]) is not None)
    )


def _join_religious_names(text: str, groups: dict[str, Group]) -> None:
    """ "sœur Marie-Claire" after "sœur Marie-Claire Dubreuil", "père Emmanuel" after "l'abbé
    Emmanuel X": a name in religion joins the only full name with that given name that a
    religious title goes with in the text (not "l'abbé Pierre" beside a lay "Pierre Roux")."""
    for key in list(groups):
        group = groups.get(key)
        if group is None:
            continue
        words = group.forms.most_common(1)[0][0].split()
        if len(words) != 2 or words[0].lower() not in _RELIGIOUS_TITLES:
            continue
        owners = [
            other
            for other, g in groups.items()
            if other != key
            and len(name := g.forms.most_common(1)[0][0].split()) >= 2
            and name[0] == words[1]
            and any(
                _RELIGIOUS_TITLE_BEFORE.search(text, max(0, m.start - 8), m.start)
                or m.text.split()[0].lower() in _RELIGIOUS_TITLES
                for m in g.mentions
            )
        ]
        if len(owners) == 1:
            _merge(groups, key, owners[0])


def _join_name_parts(text: str, groups: dict[str, Group]) -> None:
    """Fold the shorter forms of a personal name into the full name they belong to: a longer
    form ("Lucía Ortega Díaz" after "Lucía Ortega"), initials ("J.-L. Martin", "B. Obama"), then
    a lone surname or first name; one that fits several full names goes, mention by mention, to
    the nearest one named before it (else after it)."""
    full_names = [
        key
        for key, g in groups.items()
        if len(key.split()) >= 2
        and _leans_person(g)
        and not (g.evidence["MISC"] and not g.evidence["PER"] and decide_kind(g) != "PER")
    ]  # (not "les rosiers Pierre de Ronsard", a flower: no first name of "ses enfants Pierre")
    # a cue may make a person of what the model took for a thing ("Le chef de l'État, X Y,"):
    # its longer and shorter forms of several words join it, its lone words only if a person's
    cued = {
        key
        for key, g in groups.items()
        if len(key.split()) >= 2
        and not _leans_person(g)
        and g.evidence["PER"]
        and _personal_name(g)
    }
    full_names += sorted(cued)
    # a longer form the model took for a title or a thing ("Luiz Inácio Lula da Silva", MISC)
    # may still hold a person's shorter one
    unsure = [
        key
        for key, g in groups.items()
        if len(key.split()) >= 3
        and not _leans_person(g)
        and _leans_misc(g)
        and _forced_kind(key) is None
        and all(
            (_is_name_word(w) and w.lower() not in _TITLE_WORDS)
            or w.split("-")[0].lower() in PARTICLES
            for w in g.forms.most_common(1)[0][0].split()
        )  # "Fatima al-Hassani", not "Affaire des billets de X Y", "L'Été de Monsieur X"
    ]
    for key in sorted(full_names, key=lambda k: len(k.split())):
        longer = [o for o in full_names + unsure if o != key and shorter_form(key, o)]
        if len(longer) == 1 and key in groups and longer[0] in groups:
            _merge(groups, key, longer[0])
            if longer[0] not in full_names:
                full_names.append(longer[0])
    people = [key for key in full_names if key in groups]
    _join_particle_surnames(groups, people, unsure)  # may add an unsure owner to people
    full_names += [key for key in people if key not in full_names]
    # every full form a person is now known by, with the group that holds it: "Ortega" ends
    # "Lucía Ortega", a form of "Lucía Ortega Díaz"
    holder = {key: key for key in full_names if key in groups}
    known = set(full_names)
    for key in list(holder):
        for written in groups[key].forms:
            form = normalise(written)
            # (and another full name of the person: "X, de son vrai nom Henri Lacombe")
            if form in known or (form != key and _given_and_surname(written)):
                holder.setdefault(form, key)
    owners_of = name_owners(holder)
    inside = _inner_words([key for key in full_names if key in groups], groups)
    for key in [k for k in groups if len(k.split()) == 1]:
        forms = owners_of(key) or inside.get(key, [])
        surname = key
        if not forms and key[:2] not in ("l'", "d'"):  # "Huillier" of "Anne L'Huillier", the
            surname = f"l'{key}"  # model having read "L'" as an article at a sentence start
            forms = owners_of(surname) or owners_of(surname := f"d'{key}")
        owners = list(dict.fromkeys(holder[f] for f in forms if holder[f] in groups))
        if (
            owners
            and _leans_place(groups[key])
            and (groups[key].held_at or (groups[key].place_cue and forms[0].split()[-1] != surname))
        ):
            # "à Taïwan": no first name of "Taïwan Connection" ("selon Lucie" is); "le maire
            # de Tours": no surname of "Jean Tours"
            continue
        if (
            owners
            and not _leans_person(groups[key])
            and all(o in cued for o in owners)
            and decide_kind(groups[key]) != "PER"
        ):  # (a word the cues make a person's joins: "« Nour a écrit… »", "a affirmé X")
            continue
        if groups[key].sovereign and not (
            len(owners) == 1 and _FILIATION_NAMED.match(forms[0]) and forms[0].startswith(key)
        ):  # "le prince William": no first name of "William Hague" (but "l'émir Tamim" is the
            continue  # first name of "cheikh Tamim ben Hamad Al Thani", the son of Hamad)
        if (
            len(owners) == 1
            and forms[0].split()[0] == key
            and _named_well_before(text, groups[key], groups[owners[0]])
            and not any(
                KIN_BEFORE.search(text, max(0, m.start - 40), m.start) for m in groups[key].mentions
            )
        ):
            continue  # "explique Ahmed, 27 ans", then "le juge Ahmed X": someone else
        if len(owners) == 1:
            _merge(groups, key, owners[0])
        elif len(owners) > 1:
            _share(groups, key, owners, text)
    _adopt_lone_surnames(groups, set(full_names))
    _join_initialled_given_names(groups)
    _join_short_given_names(groups)
    _join_spelling_variants(groups)
    _join_initialisms(groups)


# A given name, then a filiation: "Tamim ben Hamad …", "Mohammed bin Salman"
_FILIATION_NAMED = re.compile(r"\S+\s+(?:ben|bin|ibn|ould|bint)\s", re.IGNORECASE)


def _join_initialled_given_names(groups: dict[str, Group]) -> None:
    """ "J.-L. Martin", then "Jean-Louis" alone: the given name the initials stand for joins the
    one person whose initials they are."""
    initialled = [k for k in groups if len(k.split()) >= 2 and _INITIALS_KEY.match(k)]
    if not initialled:
        return
    for key in list(groups):
        forms = groups[key].forms
        if key not in groups or not all(_lone_given_name(f) for f in forms):
            continue
        initials = " ".join(f"{part[0]}." for part in key.split())
        owners = [
            k for k in initialled if k in groups and k.startswith(initials + " ") and k != key
        ]
        if len(owners) == 1 and _leans_person(groups[owners[0]]):
            given = forms.most_common(1)[0][0]
            written = max(groups[owners[0]].forms, key=len)
            surname = _INITIALS_FORM.sub("", written, count=1)
            _merge(groups, key, owners[0])
            if surname != written:  # the name it is known by, written in no one place
                groups[owners[0]].forms[f"{given} {surname}"] += 1


_INITIALS_FORM = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞĀ-Ž]\.[ -]?)+\s*")
_INITIALS_KEY = re.compile(r"(?:[a-z]\. )+[^.\s]")  # "j. l. martin"


def _join_short_given_names(groups: dict[str, Group]) -> None:
    """ "Sam X" and "Samantha X", "Alex Y" and "Alexandre Y": a short given name that begins a
    longer one, the same surname, one person known by the longer name (not "Jean X" and
    "Jeanne X", nor "Louis" and "Louisette": feminine forms are other people)."""
    people = [k for k in groups if len(k.split()) == 2 and _leans_person(groups[k])]
    for short in people:
        given, surname = short.split()
        longer = [
            k
            for k in people
            if k != short
            and k.split()[1] == surname
            and (
                (
                    k.split()[0].startswith(given)
                    and len(k.split()[0]) - len(given) >= 3
                    and not k.split()[0].endswith(FEMININE_ENDINGS)
                )
                or _HYPOCORISTICS.get(given) == k.split()[0]
            )
        ]
        if 3 <= len(given) <= 5 and len(longer) == 1 and short in groups and longer[0] in groups:
            groups[longer[0]].other_names.update(groups[short].forms)
            _merge(groups, short, longer[0])


# Short forms of English given names that are no beginning of them ("Bob Diamond", "Robert
# Diamond"): keys as ``normalise`` gives them.
_HYPOCORISTICS = {
    "bob": "robert", "bobby": "robert", "bill": "william", "billy": "william", "jim": "james",
    "jimmy": "james", "mike": "michael", "dick": "richard", "rick": "richard", "tony": "anthony",
    "ted": "edward", "ned": "edward", "jack": "john", "peggy": "margaret", "betty": "elizabeth",
    "liz": "elizabeth", "kate": "katherine", "chuck": "charles", "hank": "henry",
}  # fmt: skip
_WELL_BEFORE = 300  # characters: a first name told that far before the full name is another's


def _named_well_before(text: str, first_name: Group, person: Group) -> bool:
    """Whether a first name is introduced on its own, with an age ("explique Ahmed, 27 ans,"),
    well before the full name it begins: the press names a person in full first, then short."""
    first = min(first_name.mentions, key=lambda m: m.start)
    return first.start + _WELL_BEFORE < min(m.start for m in person.mentions) and bool(
        _AGE_AFTER.match(text, first.end)
    )


def _join_initialisms(groups: dict[str, Group]) -> None:
    """A person known by the initials of the name, as the press writes some ("Dominique
    Strauss-Kahn … DSK", "Patrick Poivre d'Arvor … PPDA"): three to five capitals that are the
    initials of exactly one person's full name, particles with or without."""
    owners: dict[str, set[str]] = defaultdict(set)
    for key, group in groups.items():
        if len(key.split()) >= 2 and _leans_person(group):
            for initials in _initials(key):
                owners[initials].add(key)
    for key in [k for k in groups if k in owners and len(owners[k]) == 1]:
        forms = groups[key].forms
        if all(3 <= len(f) <= 5 and f.isalpha() and f.isupper() for f in forms):
            # the model reads capitals as a body's: their labels cast no vote
            _merge(groups, key, next(iter(owners[key])), votes=False)


def _initials(key: str) -> set[str]:
    """ "dsk" of "dominique strauss kahn" (a key: hyphens are spaces), "ppda" and "ppa" of
    "patrick poivre d'arvor"."""
    words = [part for word in key.split() for part in re.split(r"(?<=['’])", word) if part]
    every = "".join(w[0] for w in words)
    named = "".join(w[0] for w in words if w.rstrip("'’") not in PARTICLES)
    return {every, named} - {""}


def _inner_words(full_names: list[str], groups: dict[str, Group]) -> dict[str, list[str]]:
    """The words inside full names, neither first nor last, as the names are written (a
    hyphenated given name is one word): "Leclerc" of "Philippe Leclerc de Hauteclocque", "Lula"
    of "Luiz Inácio Lula da Silva" (not "Pierre" of "Jean-Pierre Roy")."""
    inner: dict[str, list[str]] = defaultdict(list)
    for key in full_names:  # the longest form ("« Rosa Elvira ! Rosa Elvira ! »" is told more
        words = max(groups[key].forms, key=lambda f: len(f.split())).split()  # often)
        for word in words[1:-1]:
            if word.lower() not in PARTICLES and _is_name_word(word):
                inner[normalise(word)].append(key)
    return inner


def _of_personal_words(group: Group) -> bool:
    """Whether the group's most used form is made of personal words, particles aside ("Omer
    Talip Kaya", "Fatima al-Hassani")."""
    return all(
        (_PERSONAL_WORD.fullmatch(w) and w.lower() not in _TITLE_WORDS)
        or w.split("-")[0].lower() in PARTICLES
        for w in group.forms.most_common(1)[0][0].split()
    )  # (not "L'Été de Monsieur X", a film)


def _personal_name(group: Group) -> bool:
    """A name of personal words (particles aside) that its cues make a person's."""
    return (
        decide_kind(group) == "PER"
        and _forced_kind(normalise(group.forms.most_common(1)[0][0])) is None
        and _of_personal_words(group)
    )


def _join_spelling_variants(groups: dict[str, Group]) -> None:
    """A name spelt two ways in one article, as transliterated names often are: a lone surname
    close to exactly one person's ("Mahmoud Ahmadinejad … le président Ahmadinedjad"), a full
    name whose every word is the same or close ("Mouammar Kadhafi … Mouammar Kaddafi",
    "Benyamin Netanyahou … Benjamin Netanyahu"); close as ``_spelt_alike`` says."""
    people = [k for k, g in groups.items() if len(k.split()) >= 2 and _leans_person(g)]
    by_surname: dict[str, list[str]] = defaultdict(list)
    for key in people:
        by_surname[key.split()[-1]].append(key)
    for key in [k for k, g in groups.items() if " " not in k and _leans_person(g)]:
        owners = {o for s in by_surname if _spelt_alike(key, s) for o in by_surname[s]}
        if len(owners) == 1 and key in groups:
            _merge(groups, key, owners.pop())
    by_initials: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for key in people:
        by_initials[tuple(w[0] for w in key.split())].append(key)
    for alike_initials in by_initials.values():
        for a, b in itertools.combinations(alike_initials, 2):
            words = zip(a.split(), b.split(), strict=True)
            alike = all(x == y or _spelt_alike(x, y) for x, y in words)
            if alike and a in groups and b in groups:
                small, big = sorted((a, b), key=lambda k: len(groups[k].mentions))
                _merge(groups, small, big)


def _spelt_alike(a: str, b: str) -> bool:
    """Two spellings of one name (normalised keys): not the same, the same first and last
    letters, six letters or more, lengths within two and most letters in common, not one the
    other's start ("Martin", "Martinez" are two names, as are "Bernardi", "Bernardo")."""
    if a == b or a[0] != b[0] or a[-1] != b[-1] or min(len(a), len(b)) < 6:
        return False
    if abs(len(a) - len(b)) > 2:
        return False
    if a.startswith(b) or b.startswith(a):
        return False
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.85


def _adopt_lone_surnames(groups: dict[str, Group], people: set[str]) -> None:
    """ "Recep Tayyip Erdogan a réagi. Erdogan a menacé": the model took the full name for a
    thing and the surname alone for a person; the surname, no one else's, makes the full name a
    person's. Only a full name of personal words (particles aside) that the model never saw as
    a place or an organisation more than as a thing."""
    by_last: dict[str, list[str]] = defaultdict(list)
    for key, group in groups.items():
        if (
            " " in key
            and key not in people
            and _leans_misc(group)
            and not _leans_person(group)
            and _forced_kind(key) is None
            and _of_personal_words(group)
        ):
            by_last[key.rsplit(" ", 1)[-1]].append(key)
    for key in [k for k in by_last if k in groups]:
        owners = by_last[key]
        if len(owners) == 1 and groups[key].votes["PER"] > 0 and _leans_person(groups[key]):
            _merge(groups, key, owners[0])


_SURNAME_PARTICLES = frozenset(
    "de du des le la van von der den di da del della dos das al el zu".split()
)


def _join_particle_surnames(
    groups: dict[str, Group], full_names: list[str], unsure: Sequence[str] = ()
) -> None:
    """A surname of several words is a lone surname, not a full name: with its particle ("de
    Rivière", "Le Guen", "van Dijk"), hyphenated ("Vasseur-Lenoir") or not ("López Obrador",
    "Lula da Silva"), it joins the one full name it ends (the nearest, mention by mention, of
    several). Without a particle, the full name must be written with it as whole words ("Pierre
    Dupont" is no surname of "Jean-Pierre Dupont"), and a name the model took for a thing may
    hold it only when it is a person's itself."""
    by_last: dict[str, list[str]] = defaultdict(list)
    for key in [*full_names, *unsure]:
        by_last[key.rsplit(" ", 1)[-1]].append(key)
    for key in [k for k in groups if " " in k]:
        words = key.split()
        particles = all(w in _SURNAME_PARTICLES for w in words[:-1])
        if not (particles or key in full_names or all(" " not in f for f in groups[key].forms)):
            continue  # a name of several words the model took for no person's
        owners = [
            o
            for o in by_last.get(words[-1], ())
            if o in groups
            and o != key
            and len(o.split()) > len(words)
            and o.split()[-len(words) :] == words
            and (o in full_names or key in full_names)
            and ((particles and o in full_names) or _ends_in_whole_words(groups[o], key))
        ]
        if not owners and particles and words[0] in _FOREIGN_PARTICLES:
            # "Da Silva" of "Marcelo da Silva Rocha": a surname led by a foreign particle,
            # written inside one full name as its own words
            owners = [
                o
                for o in full_names
                if o in groups and o != key and _holds_words(o.split()[1:-1], words)
            ][:2]
        if len(owners) == 1:
            _merge(groups, key, owners[0])
        elif len(owners) > 1:
            _share(groups, key, owners)
        full_names += [o for o in owners if o not in full_names]


def _holds_words(words: Sequence[str], part: Sequence[str]) -> bool:
    """Whether ``part`` is a run of whole words of ``words``."""
    n = len(part)
    return any(list(words[i : i + n]) == list(part) for i in range(len(words) - n + 1))


def _ends_in_whole_words(group: Group, key: str) -> bool:
    """Whether a form of ``group`` ends with the words of ``key`` written as whole words."""
    for form in group.forms:
        words = form.split()
        if any(normalise(" ".join(words[-n:])) == key for n in range(1, len(words))):
            return True
    return False


def _merge(groups: dict[str, Group], part_key: str, target_key: str, *, votes: bool = True) -> None:
    target, part = groups[target_key], groups.pop(part_key)
    target.forms.update(part.forms)
    if votes:
        target.votes.update(part.votes)
    target.evidence.update(part.evidence)
    target.mentions.extend(part.mentions)
    target.other_names.update(part.other_names)
    target.place_cue = target.place_cue or part.place_cue
    target.held_at = target.held_at or part.held_at
    target.character = target.character or part.character  # "Sancho est interprété par X"
    target.evidence["PER"] += 1  # a name used in parts is a person's


def _share(groups: dict[str, Group], part_key: str, owners: list[str], text: str = "") -> None:
    """Each mention of a name part to the owner last named before it (else first named after);
    after "Mme" or "M.", to the women or the men among them where the given names tell."""
    part = groups.pop(part_key)
    # only the mentions that write the part count: "une choriste, Simone Durand" (her maiden
    # name) does not place "Simone Delmas" near a "Delmas" that follows
    named = sorted(
        (m.start, key)
        for key in owners
        for m in groups[key].mentions
        if f" {part_key} " in f" {normalise(m.text)} "
    ) or sorted((m.start, key) for key in owners for m in groups[key].mentions)
    for mention in part.mentions:
        title = _GENDERED_TITLE.search(text, max(0, mention.start - 14), mention.start)
        candidates = named
        if title is not None:
            woman = title["woman"] is not None
            told = [(s, k) for s, k in named if feminine_given_name(k.split()[0]) is woman]
            candidates = told or named
        before = [key for start, key in candidates if start < mention.start]
        owner = before[-1] if before else candidates[0][1]
        target = groups[owner]
        target.forms[mention.text] += 1
        target.mentions.append(mention)
        if mention.label:
            target.votes[mention.label] += 1
        target.evidence["PER"] += 1


def _womans_title_before(text: str, start: int) -> bool:
    """ "Mme " right before ``start`` (a widow's title, not "la Veuve Clicquot")."""
    title = _GENDERED_TITLE.search(text, max(0, start - 14), start)
    return title is not None and title["woman"] is not None


# A title that tells a woman or a man, right before a name: "Mme Roy", "M. Roy".
_GENDERED_TITLE = re.compile(
    r"(?:(?P<woman>(?<![\w.])(?:Mme|Mlle|Madame|Mademoiselle))|(?<![\w.])(?:M\.|Monsieur))[ \t]+$"
)


def _leans_place(group: Group) -> bool:
    """The model saw a place or an organisation more often than a person, and no cue says
    person."""
    other = group.votes["LOC"] + group.votes["ORG"]
    return other > group.votes["PER"] and not group.evidence["PER"]


def _leans_misc(group: Group) -> bool:
    """The model saw no place nor organisation more often than something else."""
    return group.votes["MISC"] >= max(group.votes["LOC"], group.votes["ORG"]) and not (
        group.evidence["ORG"] or group.evidence["LOC"] or group.evidence["MISC"]
    )


def _leans_person(group: Group) -> bool:
    return group.votes["PER"] > 0 and group.votes["PER"] >= max(group.votes.values())


def decide_kind(group: Group) -> EntityKind:
    scores: dict[str, float] = dict.fromkeys(group.votes, 0.0)
    for kind, count in group.votes.items():
        scores[kind] += VOTE_WEIGHT[kind] * count
    for kind, count in group.evidence.items():
        scores[kind] = scores.get(kind, 0.0) + EVIDENCE_WEIGHT * count
    ranked = sorted(scores, key=lambda kind: -scores[kind]) or ["MISC"]
    best = ranked[0]
    if best == "PER" and not _plausible_person(group):
        best = next((k for k in ranked[1:] if k != "PER"), "MISC")
    elif best != "PER" and _famous_alone(group):
        best = "PER"  # "un disque consacré à Ravel et à Debussy": no place, whatever the model
    return best  # type: ignore[return-value]


def _famous_alone(group: Group) -> bool:
    """Whether the group is a famous one-word name ("Debussy", "Flaubert") written with nothing
    that makes it a place, a firm or a thing: no article ("le Debussy"), no noun it names ("la
    cour Napoléon"), no cue of another kind ("un Picasso")."""
    name = group.forms.most_common(1)[0][0]
    return (
        is_famous_mononym(name)
        and not (group.named_after or group.article or group.storm or group.saint_place)
        and not (group.evidence["LOC"] or group.evidence["ORG"] or group.evidence["MISC"])
    )


def _plausible_person(group: Group) -> bool:
    """A person's name has no digits or inner capitals; a one-word one needs some support."""
    name = group.forms.most_common(1)[0][0]
    if (
        any(ch.isdigit() or ch == "&" for ch in name)  # ("B&B Hotels": a company)
        or any(_has_inner_capital(w) for w in name.split())
    ):
        return False
    multiword = any(len(form.split()) >= 2 for form in group.forms)
    if name.isupper() and " " not in name and len(name) <= 5 and not multiword:
        return False  # "RPR", "CNRS": an acronym (not "DSK" beside "Dominique Strauss-Kahn")
    words = name.split()
    if words[0] == "Les":
        return False  # "député Les Républicains": a party, no person's name is plural
    if (
        len(group.forms) == 1
        and len(words) == 2
        and words[0] in ("Le", "La")
        and not group.evidence["PER"]
        and group.votes["PER"] < 2
    ):
        return False  # "Selon Le Temps": a paper; a Breton surname alone ("Le Bihan") comes
        # with a title, a given name or words a person says
    if group.saint_place and all(f.startswith(("Saint-", "Sainte-")) for f in group.forms):
        return False  # "la paroisse Saint-Jacques de Bergerac": a saint's place (not "M. X")
    if (
        all(" " not in f and f.startswith(("Saint-", "Sainte-")) for f in group.forms)
        and not any(m.titled for m in group.mentions)
        and not is_famous_mononym(name)
    ):  # "quitte Saint-Étienne pour Valence", "son buteur, Saint-Étienne a recruté": a town,
        return False  # a club, whatever the cues say (not "M. Saint-Hilaire", "Saint-Saëns")
    if (
        len(words) >= 2
        and 2 <= len(words[0]) <= 4
        and words[0].isalpha()  # (not initials: "F.L. Copperman")
        and words[0].isupper()
        and not words[-1].isupper()
    ):
        return False  # "JO de Londres", "PSG Handball": an acronym leads (not "Marc DURAND")
    return (
        multiword
        or group.evidence["PER"] > 0
        or group.votes["PER"] >= 2
        # "où repose Napoléon", "citer Jaurès" (not "la cour Napoléon", "de type Newton")
        or (is_famous_mononym(name) and not group.named_after)
    )


def canonical_name(group: Group) -> str:
    """The fullest spelling (most words, written out rather than initials: "Jean-Luc Martin",
    not "J.-L. Martin"; in small letters rather than capitals: "Marc Durand", not "Marc
    DURAND"), then the most frequent."""
    return max(
        group.forms,
        key=lambda f: (
            f not in group.other_names,  # "Anne Martin, née Durand": "Anne Martin"
            len(f.split()),
            f[:1].isupper(),  # "Marie-Claire Dubreuil", not her "sœur Marie-Claire"
            _INITIAL.match(f) is None,
            not any(len(w.rstrip(".")) == 1 and w.endswith(".") for w in f.split()),  # "J." inside
            -len(_CAPITALS_WORD.findall(f)),
            group.forms[f],
            -len(f),
        ),
    )


_INITIAL = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž]\.")
# A word in capitals ("DURAND", "LE", "DUPONT-MORETTI"), not a Roman numeral ("XVI").
_CAPITALS_WORD = re.compile(
    r"(?<![\w'’-])(?![IVX]+(?![\w'’-]))(?:[A-ZÀ-ÖØ-ÞĀ-Ž]['’])?[A-ZÀ-ÖØ-ÞĀ-Ž]{2,}(?:[-'’][A-ZÀ-ÖØ-ÞĀ-Ž]+)*"
    r"(?![\w'’-])"
)
_LOWER_PARTICLES = frozenset("de du des d' d’".split())


def person_case(name: str) -> str:
    """A person's name with its words in capitals written the usual way: "Marc DURAND" gives
    "Marc Durand", "Jean DE LA FONTAINE" "Jean de La Fontaine"; "Benoît XVI" stays."""
    if _CAPITALS_WORD.search(name) is None:
        return name

    def recase(match: re.Match[str]) -> str:
        word = match.group()
        if match.start() > 0 and word.lower() in _LOWER_PARTICLES:
            return word.lower()
        word = re.sub(r"(?<=\w)\w+", lambda m: m.group().lower(), word)
        elided = match.start() > 0 and word[:1] == "D" and word[1:2] in "'’"
        return word[:2].lower() + word[2:] if elided else word  # "Jean d'Ormesson"

    return _CAPITALS_WORD.sub(recase, name)


def _forced_kind(name: str) -> EntityKind | None:
    """The kind a name's first word decides: "Affaire Dupont" MISC, "la Commission" ORG."""
    words = name.split()
    first = words[0].lower()
    if len(words) > 1 and first in HEAD_NOUNS:
        return HEAD_NOUNS[first]  # type: ignore[return-value]
    if len(words) > 1 and first in LEGAL_FORMS:
        return "ORG"  # "SARL Dubois", "SCI Les Tilleuls"
    if len(words) > 1 and first in CLUB_WORDS:
        return "ORG"  # "Real Madrid", "FC Nantes", "Olympique lyonnais": a club, not its town
    if len(words) > 1 and any(w.lower() in _SPORTS for w in words[1:]):
        return "ORG"  # "Crest Drôme Handball Féminin", "Nantes Rezé Basket": a club
    if first in INSTITUTIONS and all(
        w[0].islower() or w.lower() in PARTICLES or before.lower() in _OF_WORDS
        for before, w in itertools.pairwise(words)
    ):
        return "ORG"  # "Commission", "Parlement européen", "Conseil général des Vosges"
    if len(words) > 1 and first in _BODY_FIRST_WORDS:
        return "ORG"  # "Fédération Wallonie-Bruxelles", "Fondation Lucie", "Alliance Sahel"
    return None


# Team sports, in a club's name after its town
_SPORTS = frozenset(
    "handball basket basket-ball volley volley-ball rugby football hockey water-polo".split()
)
# The first words of a body's name whatever follows them
_BODY_FIRST_WORDS = frozenset(
    "fédération confédération fondation institut mouvement alliance coalition organisation "
    "ligue union association amicale cercle comité société compagnie chorale collectif "
    "syndicat".split()
)


_OF_WORDS = frozenset("de des du d' d’ la l' l’".split())  # before a place: "de Lorraine"


def _names_a_place(name: str, places: set[str]) -> bool:
    """Whether ``name``, one word, is a place of the text told short: the start of its
    hyphenated name ("Saint-Dié-des-Vosges"), or an island's, a lake's, a pass's name without
    its head ("île Tabor"; a street keeps the person it is named after: "rue Pasteur")."""
    return " " not in name and any(
        place.startswith(f"{name}-")
        or (place.split(" ", 1)[0] in _OWN_NAMED and place.endswith(f" {name}"))
        for place in places
    )


_ELIDED_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])[lL]['’]\s*$")
_CAPITALISED_BEFORE = re.compile(r"(?<![.!?]\s)(?<![\w'’-])[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+[ \t]+$")
_HYPHENATED_NAME = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+)+")
_HYPHENATED_OF_TOWN = re.compile(
    r"(?P<given>[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+)-(?P<surname>[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+)"
    r"[ \t]+(?:de|du|d['’])[ \t]*[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+"
)
_OWN_NAMED = frozenset("île lac col".split())  # places called by their name alone too
# A sovereign's title in small letters before a lone name: "le prince William", "la reine
# Margrethe" (a name of its own, not the first name of another).
_SOVEREIGN_BEFORE = re.compile(
    r"(?<![\w-])(?:roi|reine|prince|princesse|pape|émir|sultan|empereur|impératrice|tsar"
    r"|king|queen|princess|pope|emperor)\s+$"
)
_STORM_BEFORE = re.compile(
    r"(?<![\w-])(?i:ouragan|tempête|cyclone|typhon|hurricane|storm|typhoon)"
    r"(?:\s+(?i:tropicale?|tropical|post-tropicale?|subtropicale?))?\s+$"
)


def _finish(groups: list[Group], text: str) -> list[DraftEntity]:
    names = [canonical_name(group) for group in groups]
    kinds = [
        _forced_kind(name) or decide_kind(group) for name, group in zip(names, groups, strict=True)
    ]
    places = {name for name, kind in zip(names, kinds, strict=True) if kind == "LOC"}
    # "Le film suit un inspecteur, Henrik Lund, … « Henrik est un homme brisé »": the given name
    # of a character, told alone
    characters_given = {
        name.split()[0]
        for name, group in zip(names, groups, strict=True)
        if group.character and " " in name
    }
    # "le Cercle nautique de Plouharnel", "la mairie de X": a lone word after "de" at the end of
    # a body's or a place's name is a place's name
    of_bodies = {
        name.rsplit(" ", 1)[1]
        for name, kind in zip(names, kinds, strict=True)
        if kind in ("ORG", "LOC") and re.search(r" (?:de|d['’]) ?\S+$", name)
    }
    # "l'école Louise-Michel … ATSEM à Louise-Michel": a name hyphenated the way streets and
    # schools write the person they are named after, told without its head, is that place
    headed = {
        name.split(" ", 1)[1]: kind
        for name, kind in zip(names, kinds, strict=True)
        if kind in ("ORG", "LOC") and name.split(" ", 1)[0] in HEAD_NOUNS and " " in name
    }
    entities = []
    for group, name, kind in zip(groups, names, kinds, strict=True):
        mentions = sorted(group.mentions, key=lambda m: m.start)
        if (
            kind in ("PER", "MISC")
            and _HYPHENATED_NAME.fullmatch(name)
            and name in headed
            and not any(m.titled for m in mentions)
        ):
            kind = headed[name]
        if (
            kind == "PER"
            and _HYPHENATED_NAME.fullmatch(name)
            and name.count("-") == 1
            and is_given_name(name.split("-")[0])
            and not is_given_name(name.split("-")[1])
            and not any(m.titled for m in mentions)
            and not any(other.endswith(f" {name}") for other in names)
            # (not after a capitalised word, a given name the model left out: "à Edmonde
            # Charles-Roux")
            and not any(
                _CAPITALISED_BEFORE.search(text, max(0, m.start - 30), m.start) for m in mentions
            )
        ):  # "Roland-Garros", "Jean-Moulin" alone: a given name and a surname joined the way
            kind = "MISC"  # places, events and prizes name a person (not "Paul Roland-Garros")
        if (
            kind == "PER"
            and (of_town := _HYPHENATED_OF_TOWN.fullmatch(name)) is not None
            and is_given_name(of_town["given"])
            and not is_given_name(of_town["surname"])  # (not "Jean-Pierre de Rennes")
            and not any(m.titled for m in mentions)
        ):  # "l'ensemble vocal Albert-Schweitzer de Kaysersberg": a body named after someone,
            kind = "ORG"  # then its town (no one's name joins the given name so)
        if kind != "LOC" and not group.evidence["PER"] and _names_a_place(name, places):
            kind = "LOC"  # "Saint-Dié" beside "Saint-Dié-des-Vosges", "Tabor" beside "île
            # Tabor": the place, told short
        if (
            kind in ("PER", "MISC")
            and name in of_bodies
            and name not in _FEASTS  # "le marché de Noël": the feast, not a place
            and not group.evidence["PER"]
            and not any(m.titled for m in mentions)
        ):
            kind = "LOC"
        if (
            kind in ("PER", "MISC")
            and name in SEATS_OF_GOVERNMENT
            and not any(m.titled for m in mentions)
        ):
            kind = "LOC"  # "Washington a annoncé…": the capital that stands for a government
        if kind == "PER" and (
            group.storm
            or group.character
            # "le trotteur « Monsieur Léon » … « Monsieur Léon a bien couru »": a name at least
            # as often written as a whole quotation as not is a thing's
            or (group.quoted >= 2 and 2 * group.quoted >= len(mentions))
            or (name in characters_given and not any(m.titled for m in mentions))
        ):
            kind = "MISC"  # "Isaac" beside "l'ouragan Isaac": the storm, told short; a
            # character told by name alone elsewhere ("« Bouchard, c'est moi »")
        entities.append(
            DraftEntity(
                kind=kind,
                name=person_case(name) if kind == "PER" else name,
                aliases=tuple(form for form, _ in group.forms.most_common()),
                mentions=tuple(Mention(m.start, m.end, m.text) for m in mentions),
            )
        )
    return entities
