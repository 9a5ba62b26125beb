"""Language identification by counting function words: fast, offline, no model to load.

Function words (articles, pronouns, prepositions, auxiliaries) make up a large share of any running
text, and each language has its own. Counting them tells French from English (and a few other
European languages) reliably on a paragraph, and in microseconds.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

DEFAULT_LANGUAGE = "fr"  # what a document with no detectable language is taken to be
MIN_HITS = 3  # fewer function words than this: too little evidence to decide
MIN_DENSITY = 0.12  # share of the words that must be function words (running prose, not a list)
MIN_MARGIN = 1.5  # the winner must have this many times the runner-up's hits
SAMPLE_CHARS = 60_000  # a document's language is decided on at most this much of its text

_STOPWORDS: dict[str, str] = {
    "fr": (
        "le la les l un une des du de d a au aux et ou mais donc car ni que qu qui quoi dont où "
        "ce cet cette ces se sa son ses leur leurs il ils elle elles on nous vous je tu lui "
        "est sont était étaient été être avoir avait ont sera serait fait plus pas ne n "
        "dans sur avec pour par sans sous chez entre vers depuis pendant selon lors "
        "aussi très bien tout tous toute toutes comme si déjà encore alors après avant "
        "y en même cela ça ceci celui celle ceux dont notre nos votre vos mon ma mes"
    ),
    "en": (
        "the a an and or but so nor that which who whom whose what this these those "
        "is are was were be been being have has had do does did will would shall should "
        "can could may might must of to in on at by for with from into about over after "
        "before under between through during without it its he she they them their his her "
        "we our you your i me my not no as than then there here when where while also only "
        "very just such any some all more most other"
    ),
    "de": (
        "der die das den dem des ein eine einen einem einer und oder aber nicht ist sind war "
        "waren wird werden hat haben mit von zu zum zur auf für bei nach aus über unter ich "
        "du er sie es wir ihr auch noch nur wie dass sich"
    ),
    "es": (
        "el la los las un una unos unas y o pero que de del al en con por para sin sobre es "
        "son era fue ha han ser está están se su sus le les lo muy más también como cuando "
        "donde porque esta este estos"
    ),
    "it": (
        "il lo la gli le un una uno e o ma che di del della dei delle in con per su tra fra "
        "è sono era stato essere ha hanno si suo sua loro non più anche come quando dove "
        "questo questa perché nel nella"
    ),
    "pt": (
        "o a os as um uma uns umas e ou mas que de do da dos das em no na nos nas com por "
        "para sem sobre é são era foi ser está estão se seu sua seus suas não mais também "
        "como quando onde porque este esta isso"
    ),
    "nl": (
        "de het een en of maar dat die dit deze van in op aan met voor door bij naar uit "
        "is zijn was waren wordt worden heeft hebben niet ook nog wel als dan er hij zij "
        "wij ik je het zich"
    ),
}

# word → the languages it is a function word of
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in _STOPWORDS.items():
    for _word in _words.split():
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _lang)

_WORD = re.compile(r"[^\W\d_]+")

LANGUAGES: tuple[str, ...] = tuple(_STOPWORDS)


def language_scores(text: str) -> tuple[Counter[str], int]:
    """Count the function words of each language in ``text``; also return the number of words."""
    words = _WORD.findall(text.casefold())
    scores: Counter[str] = Counter()
    for word in words:
        languages = _LANGUAGES_OF.get(word)
        if languages:
            scores.update(languages)
    return scores, len(words)


def detect_language(text: str) -> str | None:
    """The language of ``text`` when the evidence is clear, else ``None``."""
    scores, n_words = language_scores(text[:SAMPLE_CHARS])
    ranked = scores.most_common(2)
    if not ranked:
        return None
    best, hits = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if hits < MIN_HITS or hits < MIN_DENSITY * n_words or hits < MIN_MARGIN * runner_up:
        return None
    return best


def document_language(paragraphs: Iterable[str]) -> str:
    """The language of a document from its body paragraphs (a sample of them), or the default."""
    sample: list[str] = []
    size = 0
    for paragraph in paragraphs:
        sample.append(paragraph)
        size += len(paragraph)
        if size >= SAMPLE_CHARS:
            break
    return detect_language("\n".join(sample)) or DEFAULT_LANGUAGE


def normalise_language_code(code: str) -> str | None:
    """``"FR"``, ``"fr-FR"``, ``"fr_CA"`` → ``"fr"``; ``None`` when it is not a language code."""
    match = re.fullmatch(r"\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*\s*", code)
    return match.group(1).lower() if match else None
