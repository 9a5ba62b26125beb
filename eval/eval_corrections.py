"""Do a reader's corrections survive re-extraction? Measured on ``timeline_fr/`` and the sample.

    python -m eval.eval_corrections              # both halves, per article, then totals
    python -m eval.eval_corrections --details    # also each correction that no longer applies

For each article a simulated reader corrects what the gold says is wrong, through the same
``Library`` the window and ``liseuse correct`` use:

- people: a PER entity the gold does not have → "not a name"; two entities of one gold person →
  merged; a gold person the extractor kept as another kind → kind PER; one it missed, whose name
  is in the text → a selection marked as a person;
- timeline: an event whose value is wrong → the gold value; an event the gold keeps off the
  timeline → off the timeline; a gold timeline date never found → a selection marked as a date.

Then the article is **extracted again from an edited text** (an editor's note added after the
first paragraph, the dateline: every later offset moves) and **again from the same text** (a
re-extraction, as a new extractor version does), and the corrections are applied to each new
extraction. Reported:
people F1 and timeline value F1 (strict, one-to-one, ``eval.scoring``) before and after the
corrections, and the share of corrections re-applied on each new extraction (target: all of
those whose words are still in the text — here, all of them).

On the sample article (no gold: it is already exact), a fixed set of corrections of every kind
is made and the share re-applied after the same edit is reported.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eval.eval_timeline import fold
from eval.scoring import HALVES, PRF, ROOT, Item, gold_dir, match, missing_gold, same_value, split

NOTE = "Note de la rédaction : des précisions ont été ajoutées à cet article.\n\n"


def _article(text: str, source: str, raw: str) -> Any:
    from dataclasses import replace

    from core.reading.article import article_from_text

    return replace(article_from_text(text, source=source, lang="fr"), raw_sha256=raw * 64)


def people_prf(extraction: Any, gold: dict[str, Any]) -> PRF:
    gold_people = [
        {fold(a) for a in p["aliases"]} | {fold(name)} for name, p in gold["people"].items()
    ]
    pred = [
        {fold(e.name)} | {fold(a) for a in e.aliases}
        for e in extraction.entities
        if e.kind == "PER"
    ]
    return PRF(len(match(pred, gold_people, lambda p, g: bool(p & g))), len(pred), len(gold_people))


def timeline_prf(extraction: Any, gold: dict[str, Any], *, at: int = 0, shift: int = 0) -> PRF:
    dates = {d.id: d for d in extraction.dates}
    pred = [Item(dates[e.date_id].start, dates[e.date_id].end, e.value) for e in extraction.events]

    def moved(offset: int) -> int:  # a gold offset in the edited text (``shift`` put at ``at``)
        return offset + shift if offset >= at else offset

    wanted = [
        Item(moved(t["start"]), moved(t["end"]), t["value"]) for t in gold["timex"] if t["timeline"]
    ]
    return PRF(len(match(pred, wanted, same_value)), len(pred), len(wanted))


def correct(library: Any, document_id: int, extraction: Any, gold: dict[str, Any]) -> int:
    """What a careful reader would correct, from the gold; how many corrections were made."""
    made = _correct_people(library, document_id, extraction, gold)
    return made + _correct_timeline(library, document_id, extraction, gold)


def _correct_people(library: Any, document_id: int, extraction: Any, gold: dict[str, Any]) -> int:
    add = library.corrections.add
    owners: dict[str, list[Any]] = {}
    made = 0
    for entity in extraction.entities:
        forms = {fold(entity.name)} | {fold(a) for a in entity.aliases}
        person = next(
            (
                name
                for name, p in gold["people"].items()
                if forms & ({fold(a) for a in p["aliases"]} | {fold(name)})
            ),
            None,
        )
        if person is not None:
            owners.setdefault(person, []).append(entity)
        elif entity.kind == "PER":
            add("not_name", entity.name, document_id=document_id)
            made += 1
    for name, person in gold["people"].items():
        found = owners.get(name, [])
        people = [e for e in found if e.kind == "PER"]
        if not people and found:
            add("kind", found[0].name, document_id=document_id, kind="PER")
            made += 1
            people = found[:1]
        for extra in people[1:]:
            add("merge", extra.name, document_id=document_id, into=people[0].name)
            made += 1
        if not found:
            form = next((a for a in (name, *person["aliases"]) if a in extraction.text), None)
            if form is not None:
                add("mark_name", form, document_id=document_id, kind="PER")
                made += 1
    return made


def _correct_timeline(library: Any, document_id: int, extraction: Any, gold: dict[str, Any]) -> int:
    add = library.corrections.add
    dates = sorted(extraction.dates, key=lambda d: d.start)
    on_timeline = {e.date_id for e in extraction.events}
    wanted = [t for t in gold["timex"] if t["timeline"]]
    made = 0
    shown: dict[int, list[Any]] = {}  # gold expression → the dates found over it
    for date in dates:
        hit = next(
            (i for i, t in enumerate(wanted) if t["start"] < date.end and date.start < t["end"]),
            None,
        )
        if hit is None:
            if date.id in on_timeline:
                add("off_timeline", date.text, document_id=document_id, span=(date.start, date.end))
                made += 1
        else:
            shown.setdefault(hit, []).append(date)
    for i, t in enumerate(wanted):
        found = shown.get(i, [])
        if any(d.id in on_timeline and d.value == t["value"] for d in found):
            continue  # one of the dates over it is on the timeline, right: nothing to do
        placed = [d for d in found if d.id in on_timeline] or found
        if placed:
            date, span = placed[0], (placed[0].start, placed[0].end)
            if date.value != t["value"]:
                add("date_value", date.text, document_id=document_id, span=span, value=t["value"])
                made += 1
            if date.id not in on_timeline and date.value is not None:
                add("on_timeline", date.text, document_id=document_id, span=span)
                made += 1
        else:
            add(
                "mark_date",
                t["text"],
                document_id=document_id,
                span=(t["start"], t["end"]),
                value=t["value"],
            )
            made += 1
    return made


def evaluate(txt: Path, gold: dict[str, Any], details: bool) -> dict[str, Any]:
    from core.library import Library

    text = txt.read_text(encoding="utf-8")
    cut = text.index("\n\n", text.index("\n\n") + 2) + 2  # after the first paragraph
    edited = text[:cut] + NOTE + text[cut:]
    with tempfile.TemporaryDirectory() as folder, Library.open(f"{folder}/s.sqlite") as library:
        source = f"/articles/{txt.name}"
        first = library.analyse(_article(text, source, "a")).extraction
        document_id = first.document.id
        before = (people_prf(first, gold), timeline_prf(first, gold))
        made = correct(library, document_id, first, gold)
        corrected = library.document(document_id)
        after = (people_prf(corrected, gold), timeline_prf(corrected, gold))
        again = library.analyse(_article(edited, source, "b")).extraction
        shifted = (people_prf(again, gold), timeline_prf(again, gold, at=cut, shift=len(NOTE)))
        same = library.analyse(_article(text, source, "c")).extraction  # the same text again
        for lost in (*again.unapplied, *same.unapplied) if details else ():
            print(f"    no longer applies: {lost.action} {lost.subject!r}")
    return {
        "made": made,
        "before": before,
        "after": after,
        "edited": shifted,
        "reapplied_edited": made - len(again.unapplied),
        "reapplied_same": made - len(same.unapplied),
    }


def sample(details: bool) -> tuple[int, int]:
    """Corrections of every kind on the sample; (made, re-applied after the same edit)."""
    from core.library import Library

    path = ROOT / "seeds" / "musk-altman-fr.txt"
    text = path.read_text(encoding="utf-8")
    first_line = text.index("\n") + 1
    edited = text[:first_line] + NOTE + text[first_line:]
    with tempfile.TemporaryDirectory() as folder, Library.open(f"{folder}/s.sqlite") as library:
        extraction = library.analyse(_article(text, "/articles/sample.txt", "a")).extraction
        doc, add = extraction.document.id, library.corrections.add
        people = sorted(
            (e for e in extraction.entities if e.kind == "PER"), key=lambda e: -len(e.mentions)
        )
        dates = [d for d in extraction.dates if d.value]
        add("kind", people[-1].name, document_id=doc, kind="ORG")
        add("rename", people[0].name, document_id=doc, name=people[0].name + " (le patron)")
        add("merge", people[2].name, document_id=doc, into=people[1].name)
        add("person", people[1].name, document_id=doc, age=40, roles=["PDG"])
        add(
            "date_value",
            dates[0].text,
            document_id=doc,
            span=(dates[0].start, dates[0].end),
            value="2011",
        )
        add("off_timeline", dates[-1].text, document_id=doc, span=(dates[-1].start, dates[-1].end))
        add("mark_name", "intelligence artificielle", document_id=doc, kind="MISC")
        add("not_name", "Google", document_id=None)
        made = len(library.corrections.listed())
        again = library.analyse(_article(edited, "/articles/sample.txt", "b")).extraction
        for lost in again.unapplied if details else ():
            print(f"    no longer applies: {lost.action} {lost.subject!r}")
        return made, made - len(again.unapplied)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, help="gold folder (default: shared/gold/timeline_fr)")
    parser.add_argument("--details", action="store_true", help="list what no longer applies")
    args = parser.parse_args(argv)
    folder = args.gold or gold_dir("timeline_fr")
    if folder is None or not folder.is_dir():
        return missing_gold("eval_corrections", "timeline_fr")
    totals: dict[str, dict[str, Any]] = {}
    print(f"{folder} (dev = even index of the sorted names, check = odd)")
    print(
        f"  {'article':20s} half  made  people F1 before→after   timeline F1 before→after  "
        "re-applied (edited, same text)"
    )
    for half, paths in split(folder.glob("fr_wikinews_*.json")).items():
        total = totals.setdefault(
            half, {k: PRF() for k in ("pb", "pa", "tb", "ta", "pe", "te")} | {"n": [0, 0, 0]}
        )
        for path in paths:
            gold = json.loads(path.read_text(encoding="utf-8"))
            r = evaluate(path.with_suffix(".txt"), gold, args.details)
            keys = ("pb", "tb", "pa", "ta", "pe", "te")
            for key, prf in zip(keys, (*r["before"], *r["after"], *r["edited"]), strict=True):
                total[key].add(prf.tp, prf.pred, prf.gold)
            for i, n in enumerate((r["made"], r["reapplied_edited"], r["reapplied_same"])):
                total["n"][i] += n
            print(
                f"  {path.stem:20s} {half:5s} {r['made']:4d}  "
                f"{r['before'][0].f1:.2f} → {r['after'][0].f1:.2f}           "
                f"{r['before'][1].f1:.2f} → {r['after'][1].f1:.2f}             "
                f"{r['reapplied_edited']}/{r['made']}, {r['reapplied_same']}/{r['made']}"
            )
    for half in HALVES:
        t = totals[half]
        made, edited, same = t["n"]
        print(f"[{half}]")
        print(
            f"  people   F1 {t['pb'].f1:.3f} → {t['pa'].f1:.3f} (after the edit: {t['pe'].f1:.3f})"
        )
        print(
            f"  timeline F1 {t['tb'].f1:.3f} → {t['ta'].f1:.3f} (after the edit: {t['te'].f1:.3f})"
        )
        print(
            f"  corrections {made}: re-applied {edited / made:.1%} after the edit, "
            f"{same / made:.1%} after the same text again"
            if made
            else "  no corrections"
        )
    made, kept = sample(args.details)
    print(
        f"[sample] corrections {made}: re-applied {kept}/{made} ({kept / made:.0%}) after the edit"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
