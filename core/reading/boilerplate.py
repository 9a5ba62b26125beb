"""Notices a site adds around an article: disclaimers, cookie banners, subscribe and share prompts.

General French and English phrasings only, matched on short paragraphs (a long paragraph that
mentions cookies or a newsletter is the article talking about them, not a notice). Every notice
holds one of a few keywords: those are first looked up in the whole text at C speed, and only the
paragraphs holding one are matched against the patterns, so a novel costs a few milliseconds.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence

MAX_NOTICE_WORDS = 60  # longer paragraphs are never taken for notices by their wording

# (a keyword in lower case that the notice must contain, the notice's pattern, case-insensitive)
_NOTICES: tuple[tuple[str, str], ...] = (
    # disclaimers, advice notices, rights, credits
    ("disclaimer", r"\bsee (?:the |our )?disclaimer\b|^\W*disclaimer\s*:"),
    ("avertissement", r"^\W*avertissement\s*:"),
    ("non-responsabilité", r"^\W*clause de non-responsabilité\s*:"),
    ("advice", r"\bnot (?:be )?(?:considered |construed )?(?:as )?(?:financial|investment) advice"),
    (
        "conseil",
        r"\bne constitue(?:nt)? (?:pas|en aucun cas) (?:un |des )?conseils? (?:financ|en inv)",
    ),
    ("rights reserved", r"\ball rights reserved\b"),
    ("droits réservés", r"\btous droits réservés\b"),
    ("©", r"^\W*©"),
    ("copyright", r"^\W*copyright\b"),
    ("crédit", r"^\W*crédits? (?:photos?|images?)\b"),
    ("credit", r"^\W*(?:photo|image) credits?\b"),
    # cookies and privacy
    (
        "cookie",
        r"\b(?:we|this (?:web)?site) uses? cookies\b|\baccept(?:er)? (?:all |les )?cookies\b",
    ),
    ("cookie", r"\b(?:nous utilisons|ce site (?:web )?utilise) des cookies\b|\bcookie policy\b"),
    ("cookie", r"\bpolitique (?:de|relative aux|en matière de) cookies\b"),
    ("privacy", r"\bour privacy policy\b"),
    ("confidentialité", r"\bnotre politique de confidentialité\b"),
    # subscribe, follow, share, download
    (
        "newsletter",
        r"\b(?:subscribe|sign up) (?:to|for) (?:our|the) newsletter\b|^\W*newsletter\W*$",
    ),
    ("newsletter", r"\b(?:abonnez-vous|inscrivez-vous) à (?:notre|la) newsletter\b"),
    ("subscribe", r"^\W*subscribe(?: now)?\W*$"),
    ("abonn", r"^\W*(?:abonnez-vous|s'abonner)\W*$"),
    ("follow us", r"\bfollow us on\b"),
    ("suivez-nous", r"\bsuivez-nous sur\b"),
    ("share", r"\bshare (?:this|on) (?:article|story|post|facebook|twitter|x|linkedin)\b"),
    ("partage", r"\bpartage[rz] (?:cet article|sur (?:facebook|twitter|x|linkedin))\b"),
    ("download", r"\bdownload (?:our|the) app\b"),
    ("téléchargez", r"\btéléchargez (?:notre |l')application\b"),
    # pointers to other pages, advertising
    ("read more", r"^\W*read more\b"),
    ("related", r"^\W*related(?: articles?| stories)?\s*:"),
    ("see also", r"^\W*see also\s*:"),
    ("lire aussi", r"^\W*(?:à )?lire aussi\b"),
    ("voir aussi", r"^\W*voir aussi\s*:"),
    ("même sujet", r"^\W*sur le même sujet\b"),
    ("click here", r"^\W*click here\b"),
    ("cliquez ici", r"^\W*cliquez ici\b"),
    ("advertisement", r"^\W*advertisement\W*$"),
    ("publicité", r"^\W*publicité\W*$"),
    ("sponsor", r"^\W*(?:sponsored|contenu sponsorisé)\b"),
)
_KEYWORDS = tuple(dict.fromkeys(keyword for keyword, _ in _NOTICES))

# a line made only of share buttons ("Facebook Twitter E-mail")
_SHARE_BUTTONS = (
    "share partager partagez facebook twitter x linkedin whatsapp telegram reddit pinterest "
    "email e mail print imprimer copy copier link lien le the on sur messenger"
)
_SHARE_WORDS = frozenset(_SHARE_BUTTONS.split())
_SHARE_KEYWORDS = ("facebook", "twitter", "linkedin", "whatsapp", "partage", "share")
_WORD = re.compile(r"[^\W\d_]+")


def notice_paragraphs(text: str, starts: Sequence[int], paragraphs: Sequence[str]) -> set[int]:
    """Indices of the paragraphs that are notices; paragraph ``i`` starts at ``text[starts[i]]``."""
    lowered = text.lower()
    if len(lowered) == len(text):
        candidates: Iterable[int] = {
            bisect_right(starts, position) - 1 for position in _keyword_positions(lowered)
        }
    else:  # lower() changed a length (a rare letter): check every paragraph
        candidates = range(len(paragraphs))
    return {index for index in candidates if index >= 0 and is_notice(paragraphs[index])}


def is_notice(paragraph: str) -> bool:
    """True when a (short) paragraph reads like a notice a site adds, not like the article."""
    if len(paragraph) > 15 * MAX_NOTICE_WORDS or len(paragraph.split()) > MAX_NOTICE_WORDS:
        return False
    lowered = paragraph.lower()
    for keyword, pattern in _NOTICES:
        if keyword in lowered and re.search(pattern, paragraph, re.IGNORECASE):
            return True
    if any(keyword in lowered for keyword in _SHARE_KEYWORDS):
        words = _WORD.findall(lowered)
        return len(words) >= 2 and all(word in _SHARE_WORDS for word in words)
    return False


def _keyword_positions(lowered: str) -> Iterable[int]:
    for keyword in (*_KEYWORDS, *_SHARE_KEYWORDS):
        position = lowered.find(keyword)
        while position != -1:
            yield position
            position = lowered.find(keyword, position + len(keyword))
