"""Generated hostile links, ids and import files (issue 13): refused with the project's own error
in one line, never a traceback; an import file that holds nothing importable leaves no backup."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from core.errors import LiseuseError
from core.ids import SQLITE_MAX_INTEGER, parse_number
from core.links import Link, parse_link
from core.store.backup import list_backups
from core.store.db import open_store
from core.store.importing import import_data
from tests.core.annotation_helpers import TEXT, save_text
from tests.fuzz.hostile import timed

NUMBERS = st.one_of(
    st.from_regex(r"\A[0-9]{1,30}\Z"),
    st.just("9" * 5000),
    st.text(alphabet="0123456789²³¹٣٤੫൬߂-+.e ", min_size=0, max_size=40),
)


def _one_line(outcome: object) -> None:
    if isinstance(outcome, BaseException) and not isinstance(outcome, LiseuseError):
        raise outcome
    if isinstance(outcome, LiseuseError):
        assert str(outcome).strip()
        assert "\n" not in str(outcome)


@settings(settings.get_profile("hostile"), max_examples=300)
@given(
    st.one_of(
        st.text(max_size=200),
        st.builds(
            "liseuse://{}?doc={}&at={}".format,
            st.sampled_from(["open", "OPEN", "[::1", "open:99999999", "", "open@x"]),
            NUMBERS,
            NUMBERS,
        ),
    )
)
def test_hostile_links_never_escape(url: str) -> None:
    outcome, _seconds = timed(lambda: parse_link(url))
    _one_line(outcome)
    if isinstance(outcome, Link):
        assert 0 <= outcome.document_id <= SQLITE_MAX_INTEGER


@settings(settings.get_profile("hostile"), max_examples=200)
@given(NUMBERS)
def test_hostile_ids_never_escape(text: str) -> None:
    outcome, _seconds = timed(lambda: parse_number(text))
    _one_line(outcome)
    if isinstance(outcome, int):
        assert 0 <= outcome <= SQLITE_MAX_INTEGER


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats()
    | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


@st.composite
def hostile_annotation(draw: st.DrawFn) -> Any:
    """An item shaped like a W3C annotation, with hostile values where the fields are."""
    quote = draw(
        st.sampled_from(["le budget", "", "absent", "\ud800", "x" * 2000]) | st.text(max_size=20)
    )
    position = {
        "type": "TextPositionSelector",
        "start": draw(JSON_VALUES),
        "end": draw(JSON_VALUES),
    }
    body = [
        {"type": "TextualBody", "value": draw(st.text(max_size=20) | JSON_VALUES), "purpose": p}
        for p in draw(st.lists(st.sampled_from(["commenting", "tagging"]), max_size=3))
    ]
    item = {
        "type": draw(st.sampled_from(["Annotation", "Annotation", "Other"]) | JSON_VALUES),
        "id": draw(st.text(max_size=40) | JSON_VALUES),
        "body": draw(st.just(body) | JSON_VALUES),
        "target": {
            "source": draw(st.sampled_from(["", "/articles/a.txt", "urn:sha256:00"]) | JSON_VALUES),
            "selector": [{"type": "TextQuoteSelector", "exact": quote}, position],
        },
    }
    return draw(st.just(item) | JSON_VALUES)


@settings(settings.get_profile("hostile"), max_examples=60)
@given(st.lists(hostile_annotation(), max_size=5) | JSON_VALUES)
def test_hostile_import_data_never_escapes(data: Any) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "store.sqlite"
        store = open_store(str(path))
        try:
            document = save_text(store, TEXT)
            text = json.dumps(data)  # what a file would hold (lone surrogates escaped as \\ud800)
            outcome, _seconds = timed(
                lambda: import_data(store, json.loads(text), document_id=document)
            )
            _one_line(outcome)
            if not getattr(outcome, "added", None):
                assert list_backups(path) == [], "a backup for an import that added nothing"
        finally:
            store.close()
