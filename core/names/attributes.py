"""Facts about people read around their mentions: age and roles.

Age: "Jean Dupont (39 ans)", "Dupont, 53 ans,", "âgé de 53 ans, Dupont", "Smith, 53, said" — read
by ``core.temporal.ages``, the one place that knows how an age is written.
Roles, from appositions and titles: "le PDG de Acme, Jean Dupont" → "PDG de Acme";
"Jean Dupont, associé chez Acme Partners" → "associé chez Acme Partners"; "le cofondateur
Jean Dupont" → "cofondateur".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

from core.model import Attributes, Mention
from core.names.given_names import feminine_given_name, folded
from core.names.lexicon import (
    ARTICLE_GAP,
    CALLING,
    DEMONYM_AGED,
    DEMONYM_SPEAKER,
    DEMONYMS_UNTOLD,
    NAME_WORD,
    PERSON_NOUN,
    QUOTED_SPEECH_VERB,
    ROLE,
    TRADE,
)
from core.temporal.ages import AGE_IN_WORDS, age_beside, age_number

_ARTICLE = (
    r"(?:le|la|les|l['’]|du|de\s+la|des|au|aux|à\s+la|un|une|son|sa|ses|the|a|an|its|his|her)"
)
_PHRASE_START = (
    r"(?:(?:et|ou|and|or)\s+(?-i:[a-zà-öø-ÿā-ž])"  # "de Renault et Nissan" runs on
    r"|(?:mais|le|la|les|l['’]|un|une|son|sa|ses|qui|que|but|a|an|who"
    # a verb: "le président de la fédération avait rencontré X" gives X no role
    r"|avait|avaient|ont|est|était|étaient|sont|sera|seront|va|vont|vient|has|had|is|was|were"
    r")(?![\w'’-]))"
)
_LINK = (
    r"(?:de\s+la\s+|de\s+l['’]|de\s+|d['’]|du\s+|des\s+|chez\s+|of\s+the\s+|of\s+|at\s+"
    r"|pour\s+(?:la\s+|le\s+|les\s+|l['’])?)"  # "l'émissaire de l'ONU pour la Syrie"
)
# What a role may say before its noun ("l'ancien président", "l'ex-ministre") and the one
# adjective after it, of a country, a party or a state ("le président syrien", "la députée
# socialiste", "le maire sortant"), told by its ending: no verb ("le président reçoit X").
_BEFORE_ROLE = (
    r"(?:(?:ancien(?:ne)?s?|nouvel(?:le)?s?|nouveaux?|future?s?|actuel(?:le)?s?)\s+|ex-\s*)"
)
_ADJECTIVE = (
    r"(?:\s+(?!(?:de|du|des|la|le|les|et|en|à|au|aux)\b)[a-zà-öø-ÿā-ž-]+"
    r"(?:iens?|iennes?|ais|aises?|ois|oises?|ains?|aines?|istes?|iques?|aux|al|ales?|ants?|antes?"
    r"|crates?|aves?|ans?|anes?|éens?|éennes?|vatrices?|vateurs?)(?![\w-])"
    rf"|\s+(?i:{DEMONYMS_UNTOLD})s?(?![\w-])"  # in any case: "belge", "suisses"
    r"|\s+(?-i:[A-Z]{2,6})(?![\w-]))?"  # a party's acronym: "le député UMP X"
)
# What the role is of ("de la République", "des affaires étrangères", read ignoring case), up to
# a word that starts the next phrase: "le prince de Galles et la princesse Anne" gives Anne the
# role "princesse", not "prince de Galles et la princesse".
_OF_WHAT = (
    rf"(?!{_PHRASE_START}){NAME_WORD}"
    rf"(?:\s+(?:(?:de|du|des|of|the|and|&)\s+)?(?!{_PHRASE_START}){NAME_WORD})*"
)
# A portfolio in small letters: "l'adjoint aux sports X", "la conseillère déléguée à la
# culture Y", "l'adjoint chargé des finances Z", "l'adjoint au maire W".
_PORTFOLIO = (
    r"(?:(?:délégué|chargé)e?s?\s+)?(?:aux|au|à\s+la|à\s+l['’]|de\s+la|de\s+l['’]|des|du)\s*"
    r"[a-zà-öø-ÿā-ž]{3,}(?:\s+et\s+(?:aux\s+|à\s+la\s+|à\s+l['’]|de\s+la\s+|des\s+|du\s+)?[a-zà-öø-ÿā-ž]{3,})?"
)
_ROLE_PHRASE = (
    rf"(?P<role>{_BEFORE_ROLE}?(?:{ROLE}|{TRADE}){_ADJECTIVE}(?:\s+par\s+intérim)?"
    rf"(?:\s+{_LINK}\s*{_OF_WHAT}|\s+(?-i:{_PORTFOLIO}))?)"
)

ROLE_BEFORE = re.compile(
    rf"(?:^|\b{_ARTICLE}\s+|\b[lL]['’]\s*){_ROLE_PHRASE}\s*,?\s*"
    r"(?:(?:M\.|Mme|Me|Maître|Dr\.?|Pr\.?|Mr\.?|Mrs\.?|Ms\.?)\s+)?$",  # "L'avocat, Me X"
    re.IGNORECASE,
)
ROLE_AFTER = re.compile(
    r"^\s*,\s*(?:\d{1,3}\s+ans\s*,\s*)?"  # "X, 45 ans, chef d'entreprise"
    # "X, de Marchiennes, présidente du comité": the town one comes from, then the role
    r"(?:(?:de|d['’])\s*[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)?\s*,\s*)?"
    rf"(?:{_ARTICLE}\s+|l['’]\s*)?(?:autre\s+|another\s+)?"  # "X, un autre candidat républicain"
    rf"(?P<role>{_BEFORE_ROLE}?(?:{ROLE}|{TRADE}|{CALLING}s?)\b[^,.;:()«»\"“”\n]{{0,60}})",
    re.IGNORECASE,
)
# A role the person was given, told after the name: "X a été élu président de Y", "X, élue
# maire de Z en 2008", "X, nommé ministre".
ROLE_GIVEN = re.compile(
    r"^\s*,?\s*(?:qui\s+)?(?:(?:a\s+été\s+|avait\s+été\s+|est\s+|sera\s+|vient\s+d['’]être\s+"
    r"|has\s+been\s+|was\s+|is\s+)?(?:ré)?(?:élue?|nommée?|désignée?|investie?|elected|"
    r"re-elected|appointed|named)\s+(?:au\s+poste\s+de\s+|as\s+)?"
    # or what the person is, was, became: "X était maire de Paris", "X est devenu ministre"
    r"|(?:est|était|fut|devient|est\s+devenue?|était\s+alors|reste|demeure|became|is\s+now"
    r"|remains)\s+"
    rf"(?:(?:le|la|l['’]|un|une){ARTICLE_GAP})?)"  # "X est un ancien chef rebelle"
    rf"(?P<role>{_BEFORE_ROLE}?{ROLE}\b[^,.;:()«»\"“”\n]{{0,60}})",
    re.IGNORECASE,
)
# A date closing a role ("maire de Z en 2008", "depuis mars"): when, not what.
_TRAILING_DATE = re.compile(
    r"\s+(?:de|from)\s+\d{4}\b.*$"  # "de 2004 à 2007"
    r"|\s+(?:en|depuis|dès|le|in|since|on)\s+(?:\d|janvier|février|mars|avril|mai|juin|juillet"
    r"|août|septembre|octobre|novembre|décembre|january|february|march|april|may|june|july"
    r"|august|september|october|november|december|l['’]an|l['’]année|last|this).*$",
    re.IGNORECASE,
)
_TRAILING_AGE = re.compile(  # "infirmière de 34 ans", "retraité âgé de soixante-sept ans"
    rf"\s+(?:âgée?\s+)?de\s+(?:\d{{1,3}}|{AGE_IN_WORDS})\s+ans\b.*$"
)
_TRAILING_CLAUSE = re.compile(
    r"\s+(?:qui|que|dont|où|et|mais|who|which|that|and|but|a|est|has|is|was|avait"
    r"|lors|pendant|durant|au\s+cours|during|sous\s+le\s+nom|under\s+the\s+name)\b.*$",
    re.IGNORECASE,
)
# Small words a role cut short would end on ("… des disparus de la" → "… des disparus").
_DANGLING_END = re.compile(
    r"(?:\s+(?:de|du|des|la|le|les|l['’]|d['’]|aux|au|à|en|et|of|the|and|for|in))+\s*$",
    re.IGNORECASE,
)
_NAME_FOLLOWS = re.compile(r"\s*,\s*[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)*\s*[,.;]")
# The end of a sentence in the text before a name (not the period of "P.-D.G." or "M.").
_SENTENCE_END = re.compile(r"(?:(?<=\w\w)\.|[!?…])[»”\"]?\s+|\n")
CONTEXT = 90


def person_attributes(text: str, mentions: Sequence[Mention]) -> Attributes:
    """Age and roles of a person from the text around each of its mentions."""
    age: int | None = None
    roles: list[str] = []
    for mention in mentions:
        before = text[max(0, mention.start - CONTEXT) : mention.start]
        after = text[mention.end : mention.end + CONTEXT]
        if mention.end + CONTEXT < len(text) and not text[mention.end + CONTEXT].isspace():
            after = after[: after.rfind(" ") + 1]  # no word cut in two ("présidentielle de 200")
        if age is None:
            age = age_beside(before, after)
        for role in (_role_before(before), _role_after(after)):
            if role and _key(role) not in {_key(r) for r in roles}:
                roles.append(role)
    return Attributes(age=age, roles=tuple(roles))


def people_attributes(text: str, people: Sequence[Sequence[Mention]]) -> list[Attributes]:
    """``person_attributes`` of each person (its mentions), and the role a noun opening the next
    sentence gives the subject of one: "Serena Roy remporte le tournoi. La joueuse américaine a
    battu …" gives Serena Roy the role "joueuse américaine", and an age told with the noun ("La
    chanteuse de 53 ans a …") her age. (A pronoun's age, "X est mort. Il
    avait 47 ans.", is not read: the one who died is as often not the previous subject.)"""
    found = [person_attributes(text, mentions) for mentions in people]
    subject_of = _Subjects(text, people)
    for told in NOUN_SUBJECT.finditer(text):
        person = subject_of(told.start())
        if person is None:  # "… contre l'exclusion de Nicolas X. L'attaquant, âgé de 31 ans,
            person = subject_of.only_named(told.start())  # avait…": the one person named
        if person is None:
            continue
        role = " ".join(told["role"].split())
        if _key(role) not in {_key(r) for r in found[person].roles}:
            found[person] = replace(found[person], roles=(*found[person].roles, role))
        age = told["age"] or told["aged"] or told["age_only"]
        if age and found[person].age is None and 0 < int(age) < 120:
            found[person] = replace(found[person], age=int(age))
    named_at = [m.start for mentions in people for m in mentions]
    for person, mentions in enumerate(people):  # "X s'est éteint mercredi à l'hôpital de Y, à
        if found[person].age is not None:  # l'âge de 87 ans": the age at death, in its sentence
            continue
        for mention in mentions:
            stop = _SENTENCE_END.search(text, mention.end)
            end = stop.start() if stop else len(text)
            died = _DIED_AFTER.match(text, mention.end)
            if died is None and _opens_sentence(text, mention.start):
                # "X, maire de Y de 1971 à 2001, est mort samedi …": the subject, an aside, then
                # its verb (no other person named in between)
                died = _DIED_AFTER_ASIDE.search(text, mention.end, end)
                if died is not None and any(
                    mention.end < start < died.start() for start in named_at
                ):
                    died = None
            if died is None:
                continue
            at_death = _AGE_AT_DEATH.search(text, died.end(), end)
            if at_death is not None and 0 < int(at_death["age"]) < 120:
                found[person] = replace(found[person], age=int(at_death["age"]))
                break
    closing = _OBITUARY_AGE.search(text)  # "X est mort dimanche. … Il avait 72 ans."
    dead = _the_dead(text, people) if closing and 0 < int(closing["age"]) < 120 else None
    if closing and dead is not None and found[dead].age is None:  # (most texts have no such age:
        found[dead] = replace(found[dead], age=int(closing["age"]))  # the dead are sought after)
    for told in _AGED_OPENING.finditer(text):  # "Âgé de 57 ans, le député de la Corrèze…"
        person = subject_of(told.start())
        if person is None:
            person = subject_of.first_named(told.start())
        age = age_number(told["age"])
        told_of = (told["article"] or told["pronoun"]).lower()
        if (
            person is not None
            and told["aged"] == "é"
            and told_of not in ("la", "elle")
            and _womanly(people[person], found[person])
        ):  # a man's age: not the queen's ("La reine Beatrix … Âgé de 46 ans, le nouveau roi")
            continue
        if person is not None and found[person].age is None and 0 < age < 120:
            found[person] = replace(found[person], age=age)
    for told in _SPEAKER_AGED.finditer(text):  # "« … », a déclaré le Franc-Comtois de 29 ans."
        opening = text.rfind(_OPENING_QUOTE.get(told["quote"], '"'), 0, told.start())
        person = None if opening < 0 else subject_of(opening)
        if person is None and opening >= 0:
            person = subject_of.only_named(opening)
        if person is None:
            continue
        if told["role"]:
            role = " ".join(told["role"].split())
            if _key(role) not in {_key(r) for r in found[person].roles}:
                found[person] = replace(found[person], roles=(*found[person].roles, role))
        age = int(told["age"] or told["aged"])
        if found[person].age is None and 0 < age < 120:
            found[person] = replace(found[person], age=age)
    for told in DEMONYM_AGED.finditer(text):  # "Le Niçois, 20 ans, a devancé…": the age only
        person = _told_by(text, told, people)
        if person is None:
            person = subject_of(told.start())
        age = int(told["age"] or told["aged"] or told["feted"])
        if person is not None and found[person].age is None and 0 < age < 120:
            found[person] = replace(found[person], age=age)
    return found


# One who speaks after a quotation, told by a noun and an age ("« … », a fait valoir l'élu, 61
# ans, qui…", "», a déclaré le Franc-Comtois de 29 ans."): the subject of the sentence before
# the quotation (a new person would be named).
_SPEAKER_AGED = re.compile(
    rf"(?P<quote>[»”\"])\s*,\s*{QUOTED_SPEECH_VERB}\s+(?:le|la|l['’])\s*"
    rf"(?:(?P<role>(?-i:{_BEFORE_ROLE}?(?:{TRADE}|{PERSON_NOUN}|{ROLE}){_ADJECTIVE})"
    rf"(?:\s+(?:de|du|des|d['’])\s*{NAME_WORD})?)"  # "la conseillère d'État, 72 ans,"
    rf"|{DEMONYM_SPEAKER})"
    r"(?:\s+de\s+(?P<age>\d{1,3})\s+ans|\s*,\s*(?:âgée?\s+de\s+)?(?P<aged>\d{1,3})\s+ans)"
    r"\s*[,.;]"
)
_OPENING_QUOTE = {"»": "«", "”": "“"}
# A sentence that opens on an age, then the noun of its subject: "Âgé de 57 ans, le député de la
# Corrèze devient…" (the previous sentence's subject; not "Âgé de 57 ans, Paul Roy…": named)
_AGED_OPENING = re.compile(
    rf"(?:^|(?<=[.!?…»”\"]\s))[ÂA]g(?P<aged>ée?)\s+de\s+(?P<age>\d{{1,3}}|{AGE_IN_WORDS})"
    r"\s+ans\s*,\s*"
    # or a pronoun: "Âgé de 76 ans, il a choisi…"
    # (a people's noun too: "Âgé de 21 ans, le Picard s'est imposé")
    rf"(?:(?P<article>le|la|l['’]|ce|cet|cette){ARTICLE_GAP}[a-zà-öø-ÿā-žA-ZÀ-ÖØ-ÞĀ-Ž]|(?P<pronoun>il|elle)\s)",
    re.MULTILINE,
)
# What tells a woman: her title or role ("la reine", "Mme", "présidente", "directrice")
_WOMAN_WORD = re.compile(
    r"(?:^|\s)(?:reine|princesse|impératrice|duchesse|comtesse|mère|fille|épouse|sœur|veuve|femme"
    r"|dame|madame|mme|\w+(?:euse|rice|ienne|ière|esse|ante|ente))$",
    re.IGNORECASE,
)


def _womanly(mentions: Sequence[Mention], told: Attributes) -> bool:
    """Whether a person's roles or given name tell a woman."""
    if any(_WOMAN_WORD.search(role.split(" de ")[0].strip()) for role in told.roles):
        return True
    return feminine_given_name(folded(max((m.text for m in mentions), key=len).split()[0]))


# The age of the one who died, told alone at the end of an obituary's sentence: "Il avait 72 ans."
_OBITUARY_AGE = re.compile(
    r"(?:^|(?<=[.!?»”]\s))(?:Il|Elle)\s+(?:avait|était\s+âgée?\s+de)\s+(?P<age>\d{1,3})\s+ans\s*\."
)  # ("Elle était âgée de 88 ans.")
# What tells a person died, right after a mention ("X est mort dimanche", "X, décédé samedi")
# or right before it ("Mort du comédien X", "les obsèques de X").
_DIED_AFTER = re.compile(
    r"\s*,?\s*(?:est\s+|serait\s+)?(?:morte?|décédée?)\b|\s+s['’]est\s+éteinte?\b|\s+meurt\b"
    r"|\s+a\s+succombé\b"
)
# The same verb after an aside closed by a comma: "X, qui a dirigé le domaine, est mort samedi"
_DIED_AFTER_ASIDE = re.compile(
    r",\s*(?:est\s+|serait\s+)(?:morte?|décédée?)\b|,\s*s['’]est\s+éteinte?\b|,\s*meurt\b"
)
_DIED_AFTER_APPOSITION = re.compile(r",[^,.;:!?()«»\n]{1,60},\s*(?:morte?|décédée?)\b")
# What may stand before a sentence's subject: a dash after a dateline, quotation marks.
_SENTENCE_OPENER = re.compile(r"[\s–—«\"“-]*")


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the name at ``start`` is the first words of its sentence."""
    lead_start = max(0, start - 200)
    ends = list(_SENTENCE_END.finditer(text, lead_start, start))
    lead = text[ends[-1].end() if ends else lead_start : start]
    return (bool(ends) or lead_start == 0) and _SENTENCE_OPENER.fullmatch(lead) is not None


_DIED_BEFORE = re.compile(
    r"(?i:\b(?:mort|décès|disparition|obsèques|funérailles)\s+(?:de\s+l['’]|du|de\s+la|de|d['’])"
    r"\s*(?:[a-zà-öø-ÿā-ž-]+\s+){0,3})$"
)


# The age at death, later in the sentence that tells it: "…, à l'âge de 87 ans", ", à 87 ans".
_AGE_AT_DEATH = re.compile(r"(?:\bà\s+l['’]âge\s+de|,\s*à)\s+(?P<age>\d{1,3})\s+ans\b")


def _the_dead(text: str, people: Sequence[Sequence[Mention]]) -> int | None:
    """The one person the text tells died, if exactly one."""
    dead = {
        i
        for i, mentions in enumerate(people)
        for m in mentions
        if _DIED_AFTER.match(text, m.end)
        or _DIED_AFTER_APPOSITION.match(text, m.end)  # "X, ancien patron de la station, mort"
        or _DIED_BEFORE.search(text, max(0, m.start - 60), m.start)
    }
    return next(iter(dead)) if len(dead) == 1 else None


def _told_by(text: str, told: re.Match[str], people: Sequence[Sequence[Mention]]) -> int | None:
    """The person an inhabitant's noun was written before earlier: "la Polonaise Agnieszka X …
    La Polonaise, âgée de 23 ans, a …" (the last one so introduced)."""
    word = re.sub(r"^(?:Le|La|L['’])\s*", "", told.group()).split()[0].rstrip(",")
    found: tuple[int, int] | None = None
    for i, mentions in enumerate(people):
        for mention in mentions:
            if mention.start >= told.start():
                continue
            lead = text[max(0, mention.start - len(word) - 2) : mention.start]
            told_so = lead.rstrip() == word or lead.endswith(f"{word} ")
            if told_so and (found is None or mention.start > found[0]):
                found = (mention.start, i)
    return None if found is None else found[1]


class _Subjects:
    """The person a sentence's opening noun refers to: the previous sentence's subject,
    the first person named in it within the first words of a clause ("Le comédien X", "Après
    2002, X"), not after a preposition ("Selon Y, X …": X), in the same paragraph."""

    def __init__(self, text: str, people: Sequence[Sequence[Mention]]) -> None:
        self.text = text
        self.named = sorted((m.start, i) for i, mentions in enumerate(people) for m in mentions)
        self.starts = [start for start, _ in self.named]

    def first_named(self, position: int) -> int | None:
        """The first person named in the sentence before the one opening at ``position``, in the
        same paragraph, wherever in it ("L'académie a couronné mercredi X. Âgé de 44 ans, …")."""
        previous = self._previous_sentence(position)
        if previous is None:
            return None
        i = bisect.bisect_left(self.starts, previous)
        first = None
        for start, person in self.named[i:]:
            if start >= position:
                break
            if not _OWNER_BEFORE.search(self.text, max(0, start - 6), start):
                return person
            first = person if first is None else first  # "les joueurs de Yann X ont renversé
        return first  # le match, portés par Tarik Y. Âgé de 23 ans, le joueur…": Tarik Y

    def only_named(self, position: int) -> int | None:
        """The one person the sentence before the one opening at ``position`` names, if it
        names exactly one (in the same paragraph)."""
        previous = self._previous_sentence(position)
        if previous is None:
            return None
        i, j = bisect.bisect_left(self.starts, previous), bisect.bisect_left(self.starts, position)
        named = {person for _, person in self.named[i:j]}
        return named.pop() if len(named) == 1 else None

    def __call__(self, position: int) -> int | None:
        previous = self._previous_sentence(position)
        if previous is None:
            return None
        for i in range(bisect.bisect_left(self.starts, previous), len(self.named)):
            subject_start, person = self.named[i]
            if subject_start >= position:
                break
            # the words since the last comma ("Après 2002, X remporte", "Selon Y, X dit")
            lead = self.text[previous:subject_start].rsplit(",", 1)[-1]
            if len(lead.split()) <= _SUBJECT_WORDS and not _NO_SUBJECT.search(lead):
                return person
        return None

    def _previous_sentence(self, position: int) -> int | None:
        """Where the sentence before the one opening at ``position`` starts, in the same
        paragraph; None when ``position`` opens no sentence of a paragraph."""
        window = max(0, position - _REACH)
        stops = [m.end() for m in _SENTENCE_END.finditer(self.text, window, position)]
        if not stops or stops[-1] != position:
            return None  # the noun must open a sentence of the paragraph
        previous = stops[-2] if len(stops) > 1 else window
        return None if "\n" in self.text[previous:position] else previous


_REACH = 600  # how far back the previous sentence may start
# A name after "de": whose something is ("les joueurs de X"), not who is told of.
_OWNER_BEFORE = re.compile(r"(?<![\w'’-])(?:de|du|des|d['’])\s*$")
_SUBJECT_WORDS = 4  # "Le célèbre comédien X": words before a subject's name
_NO_SUBJECT = re.compile(
    r"(?<![\w'’-])(?:selon|pour|de|du|des|d['’]|à|au|aux|avec|par|chez|contre|sans|après|avant"
    r"|according|for|with|by|to|of|from|after|before)(?![\w'’-])",
    re.IGNORECASE,
)
_AGE_BETWEEN_COMMAS = (
    r"\s*,\s*(?:(?:aujourd['’]hui|désormais|alors)\s+)?(?:âgée?\s+de\s+)?\d{1,3}\s+ans\s*,"
)
# "La joueuse américaine a battu…", "L'ancien ministre est…" at a sentence's start: a role noun
# (a trade, a noun of people) in small letters and one adjective, then a verb.
NOUN_SUBJECT = re.compile(
    # "Cette ancienne ingénieure…"
    rf"(?:^|(?<=[.!?…»”\"]\s))(?:Le|La|L['’]|Ce|Cet|Cette){ARTICLE_GAP}"
    rf"(?P<role>(?-i:{_BEFORE_ROLE}?(?:{TRADE}|{PERSON_NOUN}){_ADJECTIVE}"
    rf"|{_BEFORE_ROLE}{ROLE}{_ADJECTIVE}"
    rf"|{ROLE}{_ADJECTIVE.removesuffix('?')}"  # not "Le président": someone else, as often
    # but with an age told between commas, the one just named: "La candidate du parti, âgée de
    # 48 ans, a…"
    rf"|{ROLE}(?=(?:\s+{_LINK}\s*(?i:{_OF_WHAT}))?{_AGE_BETWEEN_COMMAS}))"
    # what of, before an age told with commas: "Le manager écossais de Manchester United, 70 ans,"
    # (in any case there: "La candidate du Front national, âgée de 48 ans, a…")
    rf"(?:\s+{_LINK}\s*(?i:{_OF_WHAT})(?={_AGE_BETWEEN_COMMAS})"
    # or a noun in small letters and its name: "Le leader de l'équipe Sky devance…"
    # (an article after the link is no noun: "L'avocat de la partie civile, Me X, a…")
    rf"|\s+{_LINK}\s*(?!(?:la|le|les|un|une)\s)[a-zà-öø-ÿā-ž-]{{2,}}(?:\s+{NAME_WORD})?"
    r"(?=\s+[a-zà-öø-ÿā-ž]))?)"
    # the age told with it: "La chanteuse de 53 ans a…", "L'ancien raïs, âgé de 84 ans, a…"
    # or the age alone, then a comma: "Le défenseur de 24 ans, surnommé…"
    r"(?:\s+de\s+(?P<age_only>\d{1,3})\s+ans(?=\s*,)|"
    r"(?:\s+de\s+(?P<age>\d{1,3})\s+ans|\s*,\s*(?:(?:aujourd['’]hui|désormais|alors)\s+)?"
    r"(?:âgée?\s+de\s+)?(?P<aged>\d{1,3})\s+ans\s*,)?"
    r"\s+(?=(?:a|est|avait|était|sera|va|vient|ne|n['’]|s['’]|se|qui)\s"
    # a verb in -e, -ait, -a ("L'entraîneur estime…"), no word of the noun phrase going on ("de
    # Schettino, Bruno Leporatti, a…": someone else, named)
    r"|(?!(?:de|le|la|une|que|ce|cette|entre|contre|comme|sa|ma|ta|notre|votre|pour|sur|sous"
    r"|dans|avec|chez|vers|après|avant|depuis|selon)\s)[a-zà-öø-ÿā-ž]+(?:e|ait|a)\s))",
    re.MULTILINE,
)


def _role_before(before: str) -> str | None:
    start = 0
    for end in _SENTENCE_END.finditer(before):  # the role is in the name's own sentence
        start = end.end()
    sentence = before[start:]
    described = _DESCRIBED_BEFORE.search(sentence)
    if described:
        return " ".join(described.group("role").split())
    match = ROLE_BEFORE.search(sentence)
    listed = 0
    while match is None and (name := _LISTED_BEFORE.search(sentence)) is not None:
        sentence, listed = sentence[: name.start()], listed + 1
        match = ROLE_BEFORE.search(sentence)  # "les cofondateurs Paul Girard et Anne Roy"
    if match is None or (listed and not _plural(match.group("role"))):
        return None  # "le président X et Y": the role is X's alone
    if _TITLE_LAST.search(match.group("role")):
        return None  # "L'avocat de M. Roy, X": a role of X's, said of Roy
    return _tidy(_DANGLING_END.sub("", _TRAILING_DATE.sub("", match.group("role"))))


_TITLE_LAST = re.compile(r"(?<![\w'’-])(?:M|MM|Mme|Mmes|Mlle|Me|Dr|Mr|Mrs|Ms|Pr)\.?\s*$")


# What a person is, in apposition before the name: "un jeune amérindien, X,", "une étudiante
# lyonnaise, X" (a noun of people or an inhabitant's, and one adjective).
_DESCRIBED_BEFORE = re.compile(
    r"\b(?:un|une)\s+(?P<role>(?:(?:jeune|vieil|vieux|petite?)\s+)?"
    rf"(?:{PERSON_NOUN}|[a-zà-öø-ÿā-ž]+(?:iens?|iennes?|ais|aises?|ois|oises?|ains?|aines?|éens?"
    rf"|éennes?)){_ADJECTIVE})\s*,\s*$",
    re.IGNORECASE,
)
# A name of a list before the next one: "Paul Girard et ", "Roy, ".
_LISTED_BEFORE = re.compile(
    r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*(?:\s+(?:(?:de|du|le|la)\s+|d['’])?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*)*"
    r"\s*(?:,|\s+et|\s+and)\s+$"
)


# The next names of a list up to its last, before a comma: " et Petit, …", ", Petit et Leroy, …".
_LISTED_AFTER = re.compile(
    r"(?:\s*,\s*[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*)*)*"
    r"\s+(?:et|and)\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*(?:\s+(?:(?:de|du|le|la)\s+|d['’])?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*)*"
    r"(?=\s*,)"
)


def _plural(role: str) -> bool:
    words = role.split()
    head = words[1] if len(words) > 1 and re.fullmatch(_BEFORE_ROLE, words[0] + " ") else words[0]
    return head[-1:].lower() in ("s", "x") and (
        re.fullmatch(ROLE, head[:-1], re.IGNORECASE) is not None
        or re.fullmatch(TRADE, head[:-1], re.IGNORECASE) is not None
    )


def _role_after(after: str) -> str | None:
    listed = _LISTED_AFTER.match(after)
    if listed is not None:  # "Mmes Roy et Petit, conseillères municipales": each of them is one
        match = ROLE_AFTER.match(after[listed.end() :])
        if match is not None and _plural(match.group("role")):
            return _tidy(match.group("role"))
    match = ROLE_AFTER.match(after)
    if match is None:
        match = ROLE_GIVEN.match(after)
    elif _NAME_FOLLOWS.match(after, match.end()):
        return None  # "X, du cofondateur de Y, Jean Dupont": the role is the next person's
    if match is None:
        return None
    role = _TRAILING_AGE.sub("", _TRAILING_CLAUSE.sub("", match.group("role")))
    return _tidy(_DANGLING_END.sub("", _TRAILING_DATE.sub("", role)))


def _tidy(role: str) -> str:
    role = " ".join(role.split()).strip(" ,")
    before = ""
    first, _, rest = role.partition(" ")
    if rest and re.fullmatch(_BEFORE_ROLE, first + " ", re.IGNORECASE):
        # "les anciens présidents"; "Ancien ministre, X…" opening a sentence
        before, role = _SINGULAR.get(first.lower(), first.lower()) + " ", rest
    head, _, rest = role.partition(" ")
    if head.lower().endswith("s") and (
        re.fullmatch(ROLE, head[:-1], re.IGNORECASE) or re.fullmatch(TRADE, head[:-1], re.I)
    ):
        head = head[:-1]  # "les cofondateurs X et Y", "les attaquants X et Y": each is one
        words = rest.split(" ")
        for i, word in enumerate(words):  # and its adjectives: "conseillères municipales"
            if not re.fullmatch(r"[a-zà-öø-ÿā-ž-]+(?:s|aux)", word) or word in _NOT_ADJECTIVES:
                break
            words[i] = _singular_adjective(word)
        rest = " ".join(words)
    return f"{before}{head} {rest}".strip()


_NOT_ADJECTIVES = frozenset("des les aux ses leurs nos vos ces dans sous sans vers chez".split())


def _singular_adjective(word: str) -> str:
    if word.endswith("aux"):
        return word[:-3] + "al"  # "municipaux"
    if word.endswith(("ais", "ois", "ss", "us", "is")):
        return word  # "français", "suédois", "gris": the same in the singular
    return word[:-1]


_SINGULAR = {
    "anciens": "ancien", "anciennes": "ancienne", "nouveaux": "nouveau", "nouvelles": "nouvelle",
    "nouvels": "nouvel", "futurs": "futur", "futures": "future", "actuels": "actuel",
    "actuelles": "actuelle",
}  # fmt: skip


def _key(role: str) -> str:
    return role.casefold().replace("-", "")
