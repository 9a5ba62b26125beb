"""Hostile numbers: ids, links and import files refused in one line, before anything is written
(issue 13). Each case gave a traceback before."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from core.cli import main
from core.errors import LiseuseError, ReadError
from core.ids import SQLITE_MAX_INTEGER, InvalidNumber, check_number, parse_number
from core.links import Link, parse_link
from core.store.backup import list_backups
from core.store.db import Store, open_store
from core.store.importing import import_data, import_file
from tests.core.annotation_helpers import TEXT, save_text

SHA = "4349d3d884fa09a44ee276ef186dbc8ec1a604fcf24ec681c321d04d791c2684"  # of TEXT
HUGE = "9" * 5000


@pytest.mark.parametrize(
    ("text", "expected"),
    [("0", 0), ("42", 42), ("0042", 42), (str(SQLITE_MAX_INTEGER), SQLITE_MAX_INTEGER)],
)
def test_ascii_digits_within_sqlite_range_are_ids(text: str, expected: int) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("²", "not a number"),
        ("١٢", "not a number"),  # Arabic-Indic digits
        ("-1", "not a number"),
        ("", "not a number"),
        ("1e3", "not a number"),
        (str(SQLITE_MAX_INTEGER + 1), "too large"),
        ("99999999999999999999", "too large"),
        (HUGE, "too large"),
    ],
)
def test_other_ids_are_refused_in_one_short_line(text: str, words: str) -> None:
    with pytest.raises(InvalidNumber, match=words) as caught:
        parse_number(text)
    message = str(caught.value)
    assert "\n" not in message
    assert len(message) < 120


@pytest.mark.parametrize("value", [True, -1, SQLITE_MAX_INTEGER + 1, 1.0, "1"])
def test_values_from_json_are_checked_the_same(value: object) -> None:
    with pytest.raises(InvalidNumber):
        check_number(value)


@pytest.mark.parametrize(
    "url",
    [
        "liseuse://open?doc=99999999999999999999",
        "liseuse://open?doc=²",
        "liseuse://open?doc=1&at=¹",
        f"liseuse://open?doc={HUGE}",
        f"liseuse://open?doc=1&at={HUGE}",
        "liseuse://[::1?doc=1",
        "liseuse://open?doc=1&doc=2",
        "liseuse://open?doc=",
        "liseuse://open?doc=1\x1b[31m",
        "liseuse://open?" + "&".join(f"f{i}=1" for i in range(5000)),
        "liseuse://open?doc=1&at=" + "1" * 10_000,
    ],
)
def test_hostile_links_are_refused_with_a_clear_line(url: str) -> None:
    with pytest.raises(ReadError, match="not a Liseuse link") as caught:
        parse_link(url)
    message = str(caught.value)
    assert "\n" not in message
    assert "\x1b" not in message
    assert len(message) < 200


def test_links_that_exports_write_still_read() -> None:
    assert parse_link("LISEUSE://Open?doc=0012&at=0") == Link(12, 0)
    assert parse_link(Link(SQLITE_MAX_INTEGER, SQLITE_MAX_INTEGER).url()).at == SQLITE_MAX_INTEGER


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "cli.sqlite"
    store = open_store(str(path))
    save_text(store, TEXT)
    store.close()
    return str(path)


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["export", "²", "--format", "md"], "not a number"),
        (["export", "9" * 300, "--format", "md"], "too large"),
        (["annotate", "99999999999999999999", "--quote", "x"], "too large"),
        (["import", "f.json", "--doc", "99999999999999999999"], "too large"),
        (["import", "f.json", "--doc", "²"], "not a number"),
    ],
)
def test_hostile_doc_ids_on_the_command_line(
    db: str, capsys: pytest.CaptureFixture[str], argv: list[str], words: str
) -> None:
    assert main([*argv, "--db", db]) == 1
    err = capsys.readouterr().err
    assert err.startswith("liseuse: ")
    assert words in err
    assert err.count("\n") == 1


def _item(exact: str, **extra: Any) -> dict[str, Any]:
    selectors: list[dict[str, Any]] = [{"type": "TextQuoteSelector", "exact": exact}]
    if "start" in extra:
        selectors.append({"type": "TextPositionSelector", "start": extra.pop("start"), "end": 9})
    item: dict[str, Any] = {
        "type": "Annotation",
        "target": {"source": f"urn:sha256:{SHA}", "selector": selectors},
    }
    item.update(extra)
    return item


def _backups(store: Store) -> list[object]:
    return list_backups(Path(store.engine.url.database or ""))


def test_an_import_file_with_a_5000_digit_number_imports_the_rest(
    store: Store, document: int, tmp_path: Path
) -> None:
    path = tmp_path / "in.json"
    good = json.dumps(_item("le budget"))
    path.write_text(f'[{good}, {{"type": "Annotation", "n": {HUGE}}}]', encoding="utf-8")
    report = import_file(store, path)
    assert len(report.added) == 1
    assert len(report.skipped) == 1


def test_a_position_beyond_sqlite_range_is_only_a_hint(store: Store, document: int) -> None:
    report = import_data(store, [_item("le budget", start=SQLITE_MAX_INTEGER + 1)])
    [added] = report.added
    assert TEXT[added.start or 0 : added.end] == "le budget"


def test_a_lone_surrogate_is_refused_before_the_backup(store: Store, document: int) -> None:
    report = import_data(store, [_item("le budget\ud800")])
    assert report.added == []
    assert "lone surrogate" in report.skipped[0]
    assert _backups(store) == []


def test_a_note_over_the_apps_limit_is_left_out(store: Store, document: int) -> None:
    note = {"type": "TextualBody", "value": "n" * 100_001, "purpose": "commenting"}
    report = import_data(store, [_item("le budget", body=[note]), _item("la maire")])
    assert len(report.added) == 1
    assert "100,000" in report.skipped[0]


@pytest.mark.parametrize("bad", ["t" * 500, 42, "x\ud800", None, ["a"]])
def test_one_bad_tag_is_left_out_alone(store: Store, document: int, bad: object) -> None:
    tags = [{"type": "TextualBody", "value": v, "purpose": "tagging"} for v in ("ok", bad)]
    report = import_data(store, [_item("le budget", body=tags), _item("La maire")])
    assert [a.tags for a in report.added] == [("ok",), ()]
    assert len(report.skipped) == (0 if bad is None else 1)  # no value: no tag, nothing to say
    assert all("tag" in reason for reason in report.skipped)


def test_a_hostile_document_id_is_refused_before_any_backup(store: Store, document: int) -> None:
    with pytest.raises(LiseuseError, match="out of range"):
        import_data(store, [_item("le budget")], document_id=SQLITE_MAX_INTEGER + 1)
    assert _backups(store) == []


def _vm_steps(store: Store, items: list[dict[str, Any]]) -> int:
    """SQLite virtual-machine steps the import makes (a count, not a time): rows scanned show."""
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    def on_checkout(dbapi: Any, _record: object, _proxy: object) -> None:
        dbapi.set_progress_handler(count, 100)

    event.listen(store.engine, "checkout", on_checkout)
    store.engine.dispose()
    try:
        import_data(store, items)
    finally:
        event.remove(store.engine, "checkout", on_checkout)
    return steps[0]


def test_importing_is_linear_even_when_nothing_can_be_placed(tmp_path: Path) -> None:
    """Unplaced highlights all have no offset: the old duplicate check scanned every one of
    them for each new item (quadratic)."""

    def steps(n: int) -> int:
        store = open_store(str(tmp_path / f"s{n}.sqlite"))
        try:
            save_text(store, TEXT)
            items = [_item(f"absent passage {i}", id=f"urn:x:{i}") for i in range(n)]
            return _vm_steps(store, items)
        finally:
            store.close()

    small, large = steps(300), steps(1200)
    assert large / small < 6  # linear: about 4; the old import made about 13
