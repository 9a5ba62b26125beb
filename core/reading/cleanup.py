"""Cut an article's text into regions: its title, its body, boilerplate, and later copies.

Nothing is deleted: the regions tile the whole text, in order, and only say what each stretch
is. The unit is the paragraph — a line, or a blank-line separated block when the text is
hard-wrapped. In order:

1. duplicate: a paragraph that mostly repeats earlier text (``core.reading.duplicates``);
2. boilerplate: a short paragraph worded like a notice (``core.reading.boilerplate``), and a few
   short paragraphs in another language than the article's at its very start or end (a disclaimer,
   a footer), where the article's language is the one its body paragraphs are written in;
3. title: the given one (HTML, Markdown), else a heading-like first paragraph, else — the
   pattern of scraped pages — a heading-like paragraph right before a copy of the body;
4. duplicate again: a short paragraph next to a copy that repeats an earlier paragraph word for
   word (the title line before a copied body, say);
5. everything else is body, short section headings included.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from core.model import Region, RegionRole
from core.reading.boilerplate import notice_paragraphs
from core.reading.duplicates import copied_units
from core.reading.language import detect_language, document_language

TITLE_MAX_CHARS = 200
TITLE_MIN_WORDS = 3  # a shorter first line is a kicker ("Économie"), not the title
TITLE_MAX_WORDS = 30
FOREIGN_MAX_WORDS = 150  # a longer paragraph in another language is kept as body
FOREIGN_MAX_PARAGRAPHS = 3  # more paragraphs in another language at one end are content
SUBSTANTIAL_WORDS = 12  # a paragraph this long (or a full sentence) is part of the article

_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?…][\s\"'»”’)]*$")
_NOT_TITLE_END = re.compile(r"[.,;:…\-–—]\s*$")
_DIALOGUE = re.compile(r"^\s*(?:[-–—]|«(?!.*»)|“(?!.*”)|\"(?!.*\"))")


@dataclass(frozen=True, slots=True)
class Unit:
    """One paragraph: ``text[start:end]``, without its line break."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Cleaned:
    regions: tuple[Region, ...]
    title_span: tuple[int, int] | None  # the title's text, without surrounding blanks
    language: str


def clean(
    text: str,
    *,
    title_span: tuple[int, int] | None = None,
    lang: str | None = None,
    aside: Sequence[tuple[int, int]] = (),
) -> Cleaned:
    """Regions of ``text``; ``title_span`` names the title when the format gave one; ``aside``
    what the format knows is no part of the article (an HTML page's navigation and footer):
    boilerplate, whatever it reads like."""
    units = split_units(text)
    roles: list[RegionRole] = ["body"] * len(units)
    for index, unit in enumerate(units):
        if any(start <= unit.start < end for start, end in aside):
            roles[index] = "boilerplate"
    for index in copied_units([unit.text for unit in units]):
        roles[index] = "duplicate"
    starts = [unit.start for unit in units]
    for index in notice_paragraphs(text, starts, [unit.text for unit in units]):
        if roles[index] == "body":
            roles[index] = "boilerplate"
    detected = document_language(
        unit.text for unit, role in zip(units, roles, strict=True) if role == "body"
    )
    for index in _foreign_edges(units, roles, detected):
        roles[index] = "boilerplate"
    title = _title(units, roles, title_span)
    span = _strip_span(units[title]) if title is not None else None
    return Cleaned(_regions(text, units, roles), span, lang or detected)


def _title(units: list[Unit], roles: list[RegionRole], given: tuple[int, int] | None) -> int | None:
    """Find the title (and the short repeats around copies, which depend on it); mark them."""
    title = _given_title(units, given) if given else _leading_title(units, roles)
    if title is not None:
        roles[title] = "title"
    _absorb_repeats(units, roles)
    if title is None and given is None:
        title = _title_before_copy(units, roles)
        if title is not None:
            roles[title] = "title"
    return title


def split_units(text: str) -> list[Unit]:
    """The paragraphs of ``text``: its non-blank lines, or its blocks when it is hard-wrapped."""
    lines: list[Unit] = []
    position = 0
    for line in text.split("\n"):
        if line.strip():
            lines.append(Unit(position, position + len(line), line))
        position += len(line) + 1
    if text.count("\n\n") < 2:  # no paragraph breaks, so nothing is wrapped
        return lines
    blocks = _blocks(text, lines)
    return [unit for unit, _ in blocks] if _hard_wrapped(lines, blocks) else lines


def _blocks(text: str, lines: list[Unit]) -> list[tuple[Unit, int]]:
    """Runs of consecutive lines (no blank line between), with how many lines each holds."""
    groups: list[list[Unit]] = []
    for line in lines:
        if groups and line.start == groups[-1][-1].end + 1:
            groups[-1].append(line)
        else:
            groups.append([line])
    return [
        (Unit(group[0].start, group[-1].end, text[group[0].start : group[-1].end]), len(group))
        for group in groups
    ]


def _hard_wrapped(lines: list[Unit], blocks: list[tuple[Unit, int]]) -> bool:
    """Paragraphs wrapped at a fixed width: mostly multi-line blocks of short lines."""
    multi = sum(1 for _, count in blocks if count > 1)
    if multi < 2 or multi < len(blocks) / 2:
        return False
    lengths = sorted(unit.end - unit.start for unit in lines)
    return lengths[len(lengths) // 2] <= 100


def is_heading(unit: Unit) -> bool:
    """A line that reads like a title: short, one line, no sentence or clause punctuation at its
    end, not a line of dialogue."""
    text = unit.text.strip()
    n_words = len(_WORD.findall(text))
    return (
        "\n" not in text
        and len(text) <= TITLE_MAX_CHARS
        and 1 <= n_words <= TITLE_MAX_WORDS
        and any(char.isalpha() for char in text)
        and _NOT_TITLE_END.search(text) is None
        and _DIALOGUE.match(text) is None
        and "://" not in text
    )


def _given_title(units: list[Unit], span: tuple[int, int]) -> int | None:
    return next((i for i, unit in enumerate(units) if unit.end > span[0]), None)


def _leading_title(units: list[Unit], roles: list[RegionRole]) -> int | None:
    """The first paragraph (after any notice) when it is heading-like and text follows it; past
    a one- or two-word kicker ("Économie", "Tech") above it."""
    first = next((i for i, role in enumerate(roles) if role != "boilerplate"), None)
    if first is None or roles[first] != "body" or not is_heading(units[first]):
        return None
    if _word_count(units[first]) < TITLE_MIN_WORDS:
        first += 1
        if first >= len(units) or roles[first] != "body" or not is_heading(units[first]):
            return None
    if first + 1 >= len(units) or _word_count(units[first]) < TITLE_MIN_WORDS:
        return None
    return first


def _word_count(unit: Unit) -> int:
    return len(_WORD.findall(unit.text))


def _title_before_copy(units: list[Unit], roles: list[RegionRole]) -> int | None:
    """The heading-like paragraph just before the first copy (notices between are skipped)."""
    index = next((i for i, role in enumerate(roles) if role == "duplicate"), 0) - 1
    while index > 0 and roles[index] == "boilerplate":
        index -= 1
    if index > 0 and roles[index] == "body" and is_heading(units[index]):
        return index
    return None


def _absorb_repeats(units: list[Unit], roles: list[RegionRole]) -> None:
    """A short paragraph next to a copy that repeats an earlier paragraph word for word is part
    of the copy (longer ones were judged by ``copied_units`` already)."""
    if "duplicate" not in roles:
        return
    keys = [_short_key(unit) for unit in units]
    first_seen: dict[str, int] = {}
    for index, key in enumerate(keys):
        if key:
            first_seen.setdefault(key, index)

    def repeats(index: int) -> bool:
        key = keys[index]
        return roles[index] == "body" and key is not None and first_seen[key] < index

    for index in [i for i, role in enumerate(roles) if role == "duplicate"]:
        before, after = index - 1, index + 1
        while before >= 0 and repeats(before):
            roles[before] = "duplicate"
            before -= 1
        while after < len(units) and repeats(after):
            roles[after] = "duplicate"
            after += 1


def _short_key(unit: Unit) -> str | None:
    """A short paragraph's words, lower-cased, blanks collapsed; ``None`` for long ones."""
    if len(unit.text) > TITLE_MAX_CHARS:
        return None
    return " ".join(_WORD.findall(unit.text.casefold())) or None


def _foreign_edges(units: list[Unit], roles: list[RegionRole], language: str) -> list[int]:
    """Short paragraphs in another language before the article's first or after its last
    paragraph in its own language."""
    found: list[int] = []
    for order in (range(len(units)), range(len(units) - 1, -1, -1)):
        edge: list[int] = []
        for index in order:
            if roles[index] != "body" or is_heading(units[index]):  # headings: any language
                continue
            text = units[index].text
            n_words = len(_WORD.findall(text))
            foreign = detect_language(text) not in (None, language)
            if foreign and n_words <= FOREIGN_MAX_WORDS:
                edge.append(index)
            elif foreign or n_words >= SUBSTANTIAL_WORDS or _SENTENCE_END.search(text):
                break
        if len(edge) <= FOREIGN_MAX_PARAGRAPHS:  # more is a part in another language
            found.extend(edge)
    return found


def _regions(text: str, units: list[Unit], roles: list[RegionRole]) -> tuple[Region, ...]:
    """Merge paragraphs of one role; blank lines go with the region before them."""
    if not units:
        return (Region(0, len(text), "body"),) if text else ()
    regions: list[Region] = []
    start, role = 0, roles[0]
    for unit, unit_role in zip(units[1:], roles[1:], strict=True):
        if unit_role != role:
            regions.append(Region(start, unit.start, role))
            start, role = unit.start, unit_role
    regions.append(Region(start, len(text), role))
    return tuple(regions)


def _strip_span(unit: Unit) -> tuple[int, int]:
    leading = len(unit.text) - len(unit.text.lstrip())
    trailing = len(unit.text) - len(unit.text.rstrip())
    return unit.start + leading, unit.end - trailing
