"""Finding later copies of text already present, however the copy is cut into paragraphs.

Scraped pages often repeat their article: once as paragraphs, then again as one long block, or a
teaser then the full text. Sentences are compared, not lines: each paragraph is cut at every
sentence end, blanks are collapsed, and a sentence seen earlier is marked as repeated — whether
the copy keeps the paragraph breaks or not. Runs of repeated sentences shorter than
``MIN_COPY_WORDS`` words are phrases that recur ("Non !", "selon le ministère"), not copies.
One pass and one dictionary: linear time, about 12,000 sentences in a 1.2 MB novel.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

MIN_COPY_WORDS = 25  # a shorter run of repeated sentences is a phrase, not a copy
MAX_GAP_SENTENCES = 2  # a copy with a sentence changed (or a heading joined) is still a copy
MIN_UNIT_SHARE = 0.6  # a paragraph is a copy when at least this share of its words is copied

# a sentence end, with its closing quotes or brackets, and the blanks after it
_SENTENCE_BREAK = re.compile(r"[.!?…][\"'»”’)\]]*\s+")


def copied_units(paragraphs: Sequence[str]) -> set[int]:
    """Indices of the paragraphs whose words mostly repeat earlier text of the sequence."""
    sentences, owners = _sentences(paragraphs)
    first = dict(zip(reversed(sentences), range(len(sentences) - 1, -1, -1), strict=True))
    repeated = [i for i, seen in enumerate(map(first.__getitem__, sentences)) if seen != i]
    copied: dict[int, int] = {}
    for first_index, last_index in _runs(repeated, sentences):
        for index in range(first_index, last_index + 1):  # what a run bridges is copied too
            copied[owners[index]] = copied.get(owners[index], 0) + _words(sentences[index])
    return {
        unit
        for unit, count in copied.items()
        if count >= MIN_UNIT_SHARE * len(paragraphs[unit].split())
    }


def _sentences(paragraphs: Sequence[str]) -> tuple[list[str], list[int]]:
    """Every sentence (blanks collapsed, end marks dropped), and the paragraph it belongs to."""
    sentences: list[str] = []
    owners: list[int] = []
    split = _SENTENCE_BREAK.split
    for unit, paragraph in enumerate(paragraphs):
        pieces = split(paragraph.strip() + " ")  # the blank lets the last end mark go too
        if not pieces[-1]:
            pieces.pop()
        if "\n" in paragraph or "\t" in paragraph:  # a wrapped block: lines joined anew
            pieces = [" ".join(piece.split()) for piece in pieces]
        sentences.extend(pieces)
        owners.extend([unit] * len(pieces))
    return sentences, owners


def _runs(repeated: list[int], sentences: list[str]) -> list[tuple[int, int]]:
    """First and last sentence of each run of repeated sentences (gaps of up to
    ``MAX_GAP_SENTENCES`` bridged) whose repeated sentences hold ``MIN_COPY_WORDS`` words."""
    runs: list[list[int]] = []
    for index in repeated:
        if runs and index - runs[-1][-1] <= MAX_GAP_SENTENCES + 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return [
        (run[0], run[-1])
        for run in runs
        if sum(_words(sentences[i]) for i in run) >= MIN_COPY_WORDS
    ]


def _words(sentence: str) -> int:
    return sentence.count(" ") + 1 if sentence else 0
