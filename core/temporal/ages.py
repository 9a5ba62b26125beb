"""Ages: "Jeanne Roy (39 ans)", "Alain, 53 ans,", "une fillette de 6 ans", "a 39-year-old".

The one place that knows how a text says someone's age, for both of its uses:

- ``age_of`` tells an age from a length of time ("pendant 6 ans", "une peine de 6 ans"): an age
  is a DURATION in years after a person noun, a profession or a demonym ("un plombier belge de 51
  ans", "un Lillois de 30 ans"), "âgé de", "à l'âge de", "il avait", a name and a comma ("Marc
  Lenoir, 42 ans."), an age group ("les 6 à 12 ans", "les moins de 17 ans"). ``tag_dates`` leaves
  ages out: they are never dates nor on the timeline.
- ``age_beside`` reads the age written right next to a person's name ("Jean Dupont (39 ans)",
  "Dupont, 53 ans,", "âgé de 53 ans, Dupont", "Smith, 53, said"), for the person's attributes
  (``core.names.attributes``).
"""

from __future__ import annotations

import re

from core.model import TimeExpression
from core.names.lexicon import ARTICLE_GAP
from core.temporal.lexicon import FR

_YEARS = re.compile(r"^P(\d{1,3})Y$")
_PERSON_NOUNS = (
    "homme|femme|fille|fillette|garçon|enfant|bébé|jeune|adolescente?|retraitée?|chauffeur|"
    "conducteur|conductrice|victime|patient|patiente|mère|père|fils|élève|étudiante?|ouvrier|"
    "ouvrière|agricultrice|agriculteur|cycliste|piéton|piétonne|motard|automobiliste|"
    "septuagénaire|octogénaire|quadragénaire|quinquagénaire|sexagénaire|nonagénaire|centenaire|"
    "doyenne?|"
    "caporal-chef|caporal|sergent|soldat|militaire|gendarme|capitaine|colonel|athlète|pilote|"
    "skipper|employée?|salariée?|blessée?|otage|voisine?|témoin|bénévole|réfugiée?|rescapée?|"
    "détenue?|prévenue?|accusée?|suspecte?|mineure?|"
    "man|woman|boy|girl|child|driver|victim"
)
# Nouns of people by their ending (professions, inhabitants): "plombier", "conductrice",
# "cycliste", "habitant", "Lillois".
_PERSON_ENDING = (  # ("un marin-pêcheur de 45 ans")
    r"(?:[^\W\d_]+-)?[^\W\d_]{2,}"
    r"(?:ier|ière|eur|euse|rice|iste|ien|ienne|éen|éenne|ais|aise|ois|oise|ant|ante)"
)
_BEFORE = re.compile(
    r"(?:\b(?:[âa]gée?s?|aged?)\s+(?:(?:respectivement|pour\s+la\s+plupart|en\s+moyenne|tous"
    r"|toutes|presque\s+tous)\s+)?(?:de\s+|d['’]\s*)?"  # ("âgés pour la plupart de 98 à 104 ans")
    # the second of two ages: "âgés respectivement de 81 et 85 ans"
    r"(?:\d{1,3}\s*(?:,\s*\d{1,3}\s*)*(?:et|and)\s+)?"
    r"|\bl['’]âge\s+de\s+|(?:^|[^\d\s])\s*[,(]\s*"
    r"|\b(?:(?:un|une|le|la|les|des|ce|cet|cette|ces|du|au|aux|ses|leurs|nos|deux|trois|quatre"
    r"|cinq|six)\s+|[ld]['’]\s*)"
    # "cet ancien professeur d'histoire de 63 ans"
    r"(?:(?:ancienne?|jeune|vieil|vieille|nouvel|nouvelle)\s+|ex-)?"
    r"(?:(?:" + _PERSON_NOUNS + r")s?|" + _PERSON_ENDING + r"s?)(?:\s+(?:d['’])?[^\W\d_]+){0,2}"
    r"\s+de\s+(?:\d{1,3}\s*(?:,\s*\d{1,3}\s*)*(?:et|and)\s+)?"  # "trois enfants de 4, 9 et 12 ans"
    r"|\b[A-ZÉ][a-zé]+(?:ien|ienne|ais|aise|ois|oise|ain|aine)s?\s+de\s+"
    r"|\b(?:les|des)\s+(?:moins|plus)\s+de\s+|\b(?:les|des|de)\s+\d{1,2}\s*(?:à|-|–)\s*"
    # "Miller avait 70 ans"
    r"|(?P<had>\b(?:il|elle|qui|on|(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž'’-]+))\s+"
    r"(?:n['’]\s*)?(?:a|avait|aura|aurait|allait|va)\s+(?:pas\s+(?:encore\s+)?)?"
    r"(?:(?:à\s+peine|tout\s+juste|presque|déjà|seulement|juste)\s+)?(?:eu\s+)?"
    # "qui venait d'avoir 44 ans", "avant d'avoir 18 ans"
    r"|\b(?:venait|vient|venaient|viennent)\s+d['’]avoir\s+|\bavant\s+d['’]avoir\s+"
    r"|\bj['’]\s*(?:ai|avais|aurai)\s+(?:(?:déjà|presque|bientôt|juste)\s+)?)"  # "j'ai 71 ans"
    r"|\ba\s+\(?\s*"
    # the age at death: "mort à 82 ans", "décédée samedi à Nice à 93 ans"
    r"|(?P<died>\b(?:morte?s?|décédée?s?|meurt|mourait|décède|éteinte?)"
    r"(?:\s+[^\W\d_]+){0,4}?\s+à\s+)"
    r"|(?P<own>\b(?:ses|leurs|mes|tes|nos|vos)\s+)"  # "fêter ses 100 ans" (not "ses 10 ans de…")
    # an age of a rule: "repousse l'âge légal de départ de 60 à 62 ans"
    r"|\bâge\b[^.;:!?\d]{0,40}?\bde\s+(?:\d{1,3}\s+(?:à|et)\s+)?"
    # the age something happened at: "il obtient son certificat d'études à 12 ans"
    r"|(?P<at>(?<![\w'’])à\s+))$",
    re.IGNORECASE,
)
_OF_AFTER = re.compile(r"\s+(?:de|d['’])", re.IGNORECASE)
# What takes a length of time after "à": "condamné à", "réduite à", "de 6 à", "d'ici à".
_LENGTH_TO_BEFORE = re.compile(
    r"(?:\b(?:condamn|rédui|port|fix|ramen|pass|allong|prolong|limit|plafonn|abaiss|relev|augment"
    r"|peines?|durée|mandat)\w*|\bde\s+\d{1,3}|\bd['’]\s*ici)\s+(?:[\wà-ÿ'’-]+\s+){0,2}?à\s+$"
    r"|\bjusqu['’]\s*à\s+$",
    re.IGNORECASE,
)
_AFTER_PAUSE = re.compile(r"\s*(?:[,)]|[.;:!?](?:\s|$)|$)")
# A name before the comma: "Marc Lenoir, 42 ans." (a capitalised word, not "En 2015, 10 ans…").
_NAME_COMMA = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+\s*,\s*$")
_EN_AGE = re.compile(r"-olds?\b|\s+old\b", re.IGNORECASE)  # "a 39-year-old", "18-year-olds"
_HYPHENATED = re.compile(r"\w-years?$|long$", re.IGNORECASE)  # "a 27-year", "year-long"


def age_of(text: str, expr: TimeExpression) -> int | None:
    """The age ``expr`` states, or None when it is a length of time (or not in years)."""
    found = _YEARS.match(expr.value or "") if expr.type == "DURATION" else None
    if found is None:
        return None
    age = int(found.group(1))
    if expr.mod in ("LESS_THAN", "MORE_THAN"):
        return age if _group_age(text, expr) else None
    if expr.mod not in (None, "APPROX"):
        return None
    if _EN_AGE.match(text, expr.end):
        return age
    if _HYPHENATED.search(expr.text):
        return None  # "a 27-year veteran", "a two-year option": an adjective of length
    cue = _BEFORE.search(text[max(0, expr.start - 40) : expr.start])
    if cue is None or (
        (cue["own"] or cue["had"] or cue["died"] or cue["at"]) and _OF_AFTER.match(text, expr.end)
    ):
        return None  # "ses 10 ans de mandat", "Lyon avait 10 ans d'avance": a length of time
    if cue["at"] and _LENGTH_TO_BEFORE.search(text, max(0, expr.start - 60), expr.start):
        return None  # "condamné à 12 ans", "une peine réduite à 5 ans": a length of time
    if cue.group().strip().endswith((",", "(")):
        closing = _AFTER_PAUSE.match(text, expr.end)
        if closing is None:
            return None
        before = text[max(0, expr.start - 40) : expr.start]
        if closing.group().strip()[:1] not in (",", ")") and not _NAME_COMMA.search(before):
            return None  # "…, 10 ans." after a common word: a length of time
    return age


def _group_age(text: str, expr: TimeExpression) -> bool:
    """ "les moins de 17 ans": an age group, written with a mod."""
    before = text[max(0, expr.start - 6) : expr.start]
    return re.search(r"\b(?:les|des)\s+$", before, re.IGNORECASE) is not None


MAX_AGE = 120
# "âgé de seulement 20 ans": the age all the same
_ONLY = r"(?:seulement|à\s+peine|tout\s+juste)\s+"
# An age in figures or in words: "Inès, âgée de sept ans,", "âgé de soixante-sept ans"
_WORD_AGES = {w: n for w, n in FR.numbers.items() if 1 < n < 100}
AGE_IN_WORDS = r"(?i:" + "|".join(sorted(_WORD_AGES, key=len, reverse=True)) + r")(?=\s+ans\b)"
_AGE_NUMBER = rf"(?:\d{{1,3}}|{AGE_IN_WORDS})"
AGE_AFTER = re.compile(
    r"""^\s*(?:\((?![^()\n]*\d)[^()\n]{1,30}\)(?=\s*,))?(?:      # (divers droite), 63 ans
      ,\s*(?:dite?|surnommée?)\s+[«"“][^»"”\n]{1,30}[»"”](?=\s*,))?(?:    # , dit « Nénesse »
        (?:a\s*)?\(\s*(?P<a>\d{1,3})\s*(?:ans|years?(?:\s+old)?)?\s*\)      # (39 ans) / (39)
      | ,\s*(?P<b>{NUMBER})\s*(?:ans|years?\s+old)                          # , 53 ans,
        (?:\s+(?:aujourd['’]hui|désormais))?\s*(?:[,);.!?»]|$)          # 74 ans aujourd'hui,
      | ,\s*(?:(?:aujourd['’]hui|désormais|alors)\s+)?                    # , aujourd'hui
        (?:âgée?|aged)\s+(?:de\s+)?(?:{ONLY})?(?P<c>{NUMBER})(?:\s*ans)?\b   # âgée de 8 ans
      | ,\s*(?P<d>\d{1,3})\s*,(?!\d)                                  # , 53, (not 16,78 %)
      | ,\s*une?\s+(?!(?:ami|amie|collègue|compagnon|compagne)\s)              # , une infirmière
        (?:[a-zà-öø-ÿā-ž-]+\s+){1,3}de\s+(?P<g>\d{1,3})\s*ans(?!\s+d[e'’])      # de 34 ans
        (?!\s*,\s*(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž])[\w'’-]+\s+(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž]))   # (not "…, Abdul Aziz,")
      | ,\s*(?!(?:une?|ami|amie|collègue|compagnon|compagne|mère|père|fille|fils)\s)
        (?:(?!(?:du|des|d['’]\w+|la|le|les|l['’]\w+|à|au|aux|sa|son|ses|leur|et)\s)
        [a-zà-öø-ÿā-ž-]+\s+){1,3}                           # , étudiante, souffleuse de verre
        de\s+(?P<i>\d{1,3})\s*ans(?=\s*[,.;)])                             # de 22 ans,
      | ,\s*(?!(?:une?|mère|père|fille|fils)\s)[a-zà-öø-ÿā-ž-]+          # , gardien
        \s+d['’][a-zà-öø-ÿā-ž-]+\s+de\s+(?P<m>\d{1,3})\s*ans       # d'immeuble de 61 ans arrivé
        (?=\s*[,.;)]|\s+(?:arrivée?s?|installée?s?|originaire|venue?s?|née?)\b)
      | ,(?-i:[^,.;!?()«»\nA-ZÀ-ÖØ-ÞĀ-Ž]{1,50}),\s*(?:aujourd['’]hui\s+)?  # , mère de deux enfants,
        âgée?\s+de\s+(?:{ONLY})?(?P<l>{NUMBER})\s*ans\b                   # âgée de 38 ans
      | ,(?-i:[^,.;!?()«»\nA-ZÀ-ÖØ-ÞĀ-Ž]{1,50}),\s*(?P<n>\d{1,3})\s*ans    # , directeur adjoint,
        \s*(?=[,.;)]|$)                                                     # 55 ans.
      | ,\s*une?\s+[^,.;!?()«»\n]{1,60},\s*(?P<o>\d{1,3})\s*ans      # , une étudiante de
        \s*(?=[,.;)]|$)                                        # l'université de X, 23 ans.
      | (?:\s*,[^,.;!?()«»\n]{1,60}(?:,[^,.;!?()«»\n]{1,60})?,)?         # , née X le …,
        \s+(?:y\s+)?(?:a\s+fêté|fête|fêtait|vient\s+de\s+fêter|a\s+célébré|célèbre)
        \s+ses\s+(?P<j>\d{1,3})\s*ans\b(?!\s+d[e'’])                        # y a fêté ses 100 ans
      | ,\s*(?:une?\s+|ancienne?\s+)?                                      # , une habitante
        (?!(?:une?|la|le|les|sa|son|ses|ami|amie|collègue|compagnon|compagne)\s)
        [a-zà-öø-ÿā-ž-]+\s+[^,.;!?()«»\n]{0,40}?                            # de Lorval
        \bâgée?\s+de\s+(?:{ONLY})?(?P<h>{NUMBER})\s*ans\b                   # âgée de 58 ans
      | (?:,\s*qui)?\s+(?:a|avait)\s+(?P<e>\d{1,3})\s*ans(?!\s+d[e'’])          # avait 70 ans
      | \s+(?:est|était)\s+âgée?\s+de\s+(?P<k>\d{1,3})\s*ans\b                   # était âgé de
      | (?:,(?![^,.;!?()«»\n]*?(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+\s+  # (no
        [A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+))
        [^,.;!?()«»\n]{1,60}(?=,))?   # full name: "fils du financier James X, mort en 1997 à 64
        # ans" is the father's age) ", maire de X de 1983 à 2008, décédé"
        (?:,\s*(?:qui\s+)?(?:est\s+|était\s+)?|\s+(?:est|était)\s+)       # , est mort
        (?:morte?|décédée?)\b[^.;!?\n]{0,40}?                                  # mort samedi
        \bà\s+(?:l['’]âge\s+de\s+)?(?P<f>\d{1,3})\s*ans(?!\s+d[e'’])           # à 82 ans
    )""".replace("{ONLY}", _ONLY).replace("{NUMBER}", _AGE_NUMBER),
    re.IGNORECASE | re.VERBOSE,
)
AGE_BEFORE = re.compile(
    r"(?:âgée?\s+de|aged)\s+(?P<a>\d{1,3})(?:\s*ans)?\s*,?\s*"
    r"(?:(?:M\.|Mme|Me|Dr|Pr|Mr\.?|Mrs\.?|Ms\.?)\s+)?$"  # "Âgé de 54 ans, M. X"
    # "Un motard de 34 ans, Kévin Marchal, …", "…, une infirmière de 45 ans, Anne Roy": the
    # noun opens its clause (not "le père de l'enfant de 5 ans, Marc")
    # ("attribué à un jeune Burkinabè de 24 ans, Idrissa X": after a preposition too; "a
    # condamné mardi un homme de 34 ans, Karim B.": an indefinite one anywhere but after "de")
    r"|(?:^|(?<=[.!?:;,»–—])\s*|\b(?:à|par|pour|avec|chez)\s+|(?<=\s)(?<!\bde\s)(?=une?\s))"
    rf"(?:un|une|le|la|l['’]){ARTICLE_GAP}"
    r"(?:[a-zà-öø-ÿā-ž-]+\s+){1,2}"
    r"de\s+(?P<b>\d{1,3})\s*ans\s*,\s*(?:(?:pré)?nommée?\s+|appelée?\s+)?$",
    re.IGNORECASE,
)


# A list of names, each with a bare number in brackets: "X (8), Y (6) et Z (5)".
_NUMBERED_NEXT = re.compile(r"\s*(?:,|et)\s*[^\s(),.;]+(?:\s+[^\s(),.;]+){0,3}\s*\(\s*\d{1,3}\s*\)")
_NUMBERED_BEFORE = re.compile(r"\(\s*\d{1,3}\s*\)\s*(?:,|et)\s*[^()\n,.;]{1,40}$")


def age_number(written: str) -> int:
    """An age written in figures or in words ("soixante-sept")."""
    return int(written) if written.isdigit() else _WORD_AGES[" ".join(written.lower().split())]


def age_beside(before: str, after: str) -> int | None:
    """The age written right after (or just before) a person's name, if any."""
    match = AGE_AFTER.match(after) or AGE_BEFORE.search(before)
    if match is None:
        return None
    if (
        match.re is AGE_AFTER
        and match["a"] is not None
        and not re.search(r"ans|year", match.group(), re.IGNORECASE)
        and (_NUMBERED_NEXT.match(after, match.end()) or _NUMBERED_BEFORE.search(before))
    ):  # "Buteurs : X (8), Y (6), Z (5)": goals, points, not ages
        return None
    value = next(age_number(v) for v in match.groupdict().values() if v is not None)
    return value if 0 < value <= MAX_AGE else None
