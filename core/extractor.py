"""The extraction pipeline: an ``Article`` in, an ``Extraction`` (local ids) out.

A pure function with a progress callback and a cancel check, so the GUI can run it on its worker
and tests can call it directly. Only here (through ``core.names.nlp``) is spaCy used.
"""

from __future__ import annotations

from core import EXTRACTOR_VERSION
from core.model import Attributes, DocumentInfo, Entity, Extraction, TimeExpression
from core.names.attributes import people_attributes
from core.names.entities import build_entities
from core.names.nlp import find_entities
from core.progress import CancelFn, ProgressFn, check_cancel
from core.reading.article import Article
from core.reading.sentences import split_sentences
from core.temporal import tag_dates
from core.temporal.dateline import find_dateline
from core.timeline.events import build_events

__all__ = ["EXTRACTOR_VERSION", "extract"]

# Shares of the whole job, for the progress bar: NER is by far the longest step.
_NER_FROM, _NER_TO = 0.1, 0.9


def extract(
    article: Article,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> Extraction:
    report = progress or (lambda _fraction, _message: None)
    text, lang = article.text, article.language
    allowed = article.body_spans()
    sentences = [s for start, end in allowed for s in split_sentences(text, start, end)]
    dateline = find_dateline(text)
    dct = article.dct or (dateline.value if dateline is not None else None)
    report(0.05, "dates")
    dates = tag_dates(text, lang=lang, dct=dct, spans=allowed, sentences=sentences)
    check_cancel(cancel)
    report(_NER_FROM, "names")
    raw = find_entities(
        text,
        allowed,
        lang,
        sentences=sentences,
        progress=lambda f: report(_NER_FROM + f * (_NER_TO - _NER_FROM), "names"),
        cancel=cancel,
    )
    drafts = build_entities(
        text,
        raw,
        sentences=sentences,
        allowed=allowed,
        excluded=[(d.start, d.end) for d in dates if _is_point(d)],
        stop_words=_stop_words(lang) if raw else frozenset(),
    )
    people = [d.mentions for d in drafts if d.kind == "PER"]
    told = iter(people_attributes(text, people))  # in the people's order
    entities = [
        Entity(
            id=i,
            kind=d.kind,
            name=d.name,
            aliases=d.aliases,
            mentions=d.mentions,
            attributes=next(told) if d.kind == "PER" else Attributes(),
        )
        for i, d in enumerate(drafts, start=1)
    ]
    check_cancel(cancel)
    report(0.95, "timeline")
    events = build_events(
        text,
        dates=dates,
        entities=entities,
        sentences=sentences,
        lang=lang,
        not_events=[(dateline.start, dateline.end)] if dateline is not None else (),
    )
    report(1.0, "done")
    return Extraction(
        document=DocumentInfo(
            id=0,
            title=article.title,
            language=lang,
            sha256=article.sha256,
            source=article.source,
            dct=dct,
            chars=len(text),
        ),
        text=text,
        regions=article.regions,
        entities=tuple(entities),
        dates=tuple(dates),
        events=tuple(events),
    )


def _is_point(date: TimeExpression) -> bool:
    return date.type in ("DATE", "TIME")


def _stop_words(lang: str) -> frozenset[str]:
    try:
        from spacy.util import get_lang_class

        return frozenset(get_lang_class(lang).Defaults.stop_words)
    except (ImportError, KeyError, ValueError):
        return frozenset()
