"""The temporal tagger as a spaCy pipeline component: ``nlp.add_pipe("liseuse/timex")``.

Importing this module registers the factory (the only module of ``core.temporal`` that imports
spaCy). The component runs ``tag_dates`` on ``doc.text`` and stores:

- ``doc.spans[spans_key]``: one span per expression, ``label_`` its type (DATE, TIME, DURATION,
  SET) and ``kb_id_`` its value ("" when unresolved);
- ``doc.user_data["liseuse_dates"]``: the ``TimeExpression`` objects themselves (mod, anchor…).

The document date comes from ``doc.user_data["dct"]`` when set, else from the ``dct`` setting,
else from a dateline at the top of the text.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from core.model import TimeExpression
from core.temporal.tagger import find_dct, tag_dates

FACTORY = "liseuse/timex"
USER_DATA_KEY = "liseuse_dates"


class TimexComponent:
    """Callable pipeline component wrapping ``tag_dates``."""

    def __init__(self, lang: str, spans_key: str, dct: str | None) -> None:
        self.lang = lang
        self.spans_key = spans_key
        self.dct = dct

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        dct = doc.user_data.get("dct") or self.dct or find_dct(text, lang=self.lang)
        sentences = (
            [(s.start_char, s.end_char) for s in doc.sents]
            if doc.has_annotation("SENT_START")
            else []
        )
        exprs = tag_dates(
            text, lang=self.lang, dct=dct, spans=[(0, len(text))], sentences=sentences
        )
        doc.spans[self.spans_key] = [
            s for s in (self._span(doc, e) for e in exprs) if s is not None
        ]
        doc.user_data[USER_DATA_KEY] = exprs
        return doc

    @staticmethod
    def _span(doc: Doc, expr: TimeExpression) -> Span | None:
        return doc.char_span(
            expr.start,
            expr.end,
            label=expr.type,
            kb_id=expr.value or "",
            alignment_mode="expand",
        )


@Language.factory(
    FACTORY,
    assigns=["doc.spans"],
    default_config={"lang": None, "spans_key": "dates", "dct": None},
)
def make_timex(
    nlp: Language, name: str, lang: str | None, spans_key: str, dct: str | None
) -> TimexComponent:
    """Factory of the "liseuse/timex" component (``lang`` defaults to the pipeline's)."""
    return TimexComponent(lang or nlp.lang or "fr", spans_key, dct)
