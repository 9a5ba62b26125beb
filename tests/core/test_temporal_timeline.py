"""``liseuse timeline``: the subcommand is registered and prints events in date order."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.cli import build_parser, command_names, main
from core.commands.timeline import format_timeline
from core.model import DocumentInfo, Entity, Event, Extraction, Mention, Region, TimeExpression

SEED = Path(__file__).resolve().parents[2] / "seeds" / "musk-altman-fr.txt"
TEXT = "En mars 2015, Paul écrit. 2 mois plus tard, Acme répond. En 2012, rien."


def extraction(events: tuple[Event, ...]) -> Extraction:
    dates = (
        TimeExpression(1, 0, 12, "En mars 2015", "DATE", "2015-03", anchor="explicit"),
        TimeExpression(2, 26, 42, "2 mois plus tard", "DATE", "2015-05", None, "previous", 1),
        TimeExpression(3, 58, 65, "En 2012", "DATE", "2012", anchor="explicit"),
    )
    entities = (
        Entity(1, "PER", "Paul Dupont", (), (Mention(14, 18, "Paul"),)),
        Entity(2, "ORG", "Acme", (), (Mention(44, 48, "Acme"),)),
    )
    info = DocumentInfo(7, "Un article", "fr", "x" * 64, "<text>", None, len(TEXT))
    return Extraction(info, TEXT, (Region(0, len(TEXT), "body"),), entities, dates, events)


EVENTS = (
    Event(1, 1, "2015-03", None, "month", "2015-03-01", 0, 25, "Paul écrit", (1,)),
    Event(2, 2, "2015-05", None, "month", "2015-05-01", 26, 57, "Acme répond", (2,)),
    Event(3, 3, "2012", "START", "year", "2012-01-01", 58, 72, "Rien", ()),
)


def test_timeline_is_a_subcommand() -> None:
    assert "timeline" in command_names()
    args = build_parser().parse_args(["timeline", "article.txt", "--dct", "2020-01-02"])
    assert (args.targets, args.dct) == (["article.txt"], "2020-01-02")


def test_events_are_printed_in_date_order_with_words_and_people() -> None:
    lines = format_timeline(extraction(EVENTS)).splitlines()
    assert lines[0] == "Un article"
    assert lines[1].strip() == "3 events"
    body = [line.split() for line in lines[2:]]
    assert body[0][:2] == ["début", "2012"]
    assert " ".join(body[1]).startswith("mars 2015 Paul écrit [Paul Dupont]")
    assert " ".join(body[2]).startswith("mai 2015 (2 mois plus tard) Acme répond [Acme]")


def test_a_document_without_events_says_so() -> None:
    assert format_timeline(extraction(())).splitlines()[1].strip() == "no dated events"


@pytest.mark.slow
def test_timeline_of_the_sample_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'store.sqlite'}"
    assert main(["timeline", str(SEED), "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()[2:]
    wanted = [
        "2012", "février 2015", "mars 2015", "mai 2015 (2 mois plus tard)", "début 2018",
        "30 novembre 2022", "février 2024", "juin 2024", "août 2024", "novembre 2024",
    ]  # fmt: skip
    found = [next(i for i, line in enumerate(lines) if line.strip().startswith(w)) for w in wanted]
    assert found == sorted(found)
    may = lines[found[3]]
    assert "Altman envoie un e-mail à Musk" in may
    assert may.rstrip().endswith("]")
    assert "Sam Altman" in may.rsplit("[", 1)[1]
    assert "Elon Musk" in may.rsplit("[", 1)[1]


def test_timeline_of_a_missing_file_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = f"sqlite:///{tmp_path / 'store.sqlite'}"
    assert main(["timeline", str(tmp_path / "missing.txt"), "--db", db]) == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
