"""Score the people panel and the timeline on ``timeline_fr/`` (French Wikinews), the strict way.

    python -m eval.eval_timeline                 # per article, then dev and check totals
    python -m eval.eval_timeline --errors dev    # also list the wrong items of the dev half

Each ``.txt`` is extracted as ``liseuse extract`` would (``core.extractor.extract``, the document
date found in the text's own dateline, not given), then:

- **people**: a predicted PER entity matches a gold person when one of its forms (name or alias)
  is one of the person's aliases (case and accents folded); one-to-one, so a person split in two
  entities gives one match and one false positive, and two people merged into one give a miss.
- **ages and roles** of the people matched (the people panel's columns): an age is right when it
  is the gold's number; a role matches a gold role when one, case and accents folded, holds the
  other ("président" and "ancien président"); one-to-one within each person.
- **timeline value**: the events the reader sees (``Extraction.events``, one per date kept on
  the timeline) against the gold expressions flagged ``timeline``; an event matches when its
  date's span overlaps the gold span and its value is equal; one-to-one. The dateline is a false
  positive when it shows as an event (the gold never puts it on the timeline).

Halves: sorted file names, even index = dev (tuned on), odd = check (held out).
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from eval.scoring import HALVES, PRF, Item, extract_text, gold_dir, match, missing_gold, same_value


def fold(form: str) -> str:
    text = unicodedata.normalize("NFKD", form.casefold().replace("’", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.replace("-", " ").split())


@dataclass
class Scores:
    people: PRF = field(default_factory=PRF)
    timeline: PRF = field(default_factory=PRF)
    values: PRF = field(default_factory=PRF)
    ages: PRF = field(default_factory=PRF)
    roles: PRF = field(default_factory=PRF)

    def add(self, other: Scores) -> None:
        for name in ("people", "timeline", "values", "ages", "roles"):
            part = getattr(other, name)
            getattr(self, name).add(part.tp, part.pred, part.gold)


def _same_role(predicted: str, gold: str) -> bool:
    a, b = fold(predicted), fold(gold)
    return a in b or b in a


def score_article(txt: Path, gold: dict[str, object], show: bool) -> tuple[Scores, str | None]:
    text = txt.read_text(encoding="utf-8")
    extraction = extract_text(text, lang="fr", dct=None)
    dct = extraction.document.dct  # type: ignore[attr-defined]
    entities = extraction.entities  # type: ignore[attr-defined]
    dates = {d.id: d for d in extraction.dates}  # type: ignore[attr-defined]

    people_gold = gold["people"]
    assert isinstance(people_gold, dict)
    gold_people = [
        (name, {fold(a) for a in p["aliases"]} | {fold(name)}) for name, p in people_gold.items()
    ]
    people_found = [e for e in entities if e.kind == "PER"]
    pred_people = [(e.name, {fold(e.name)} | {fold(a) for a in e.aliases}) for e in people_found]
    pairs = match(pred_people, gold_people, lambda p, g: bool(p[1] & g[1]))
    people = PRF(len(pairs), len(pred_people), len(gold_people))
    ages, roles = PRF(), PRF()
    attribute_errors = []
    for p, g in pairs:
        found, wanted = people_found[p].attributes, people_gold[gold_people[g][0]]
        age = PRF(int(found.age is not None and found.age == wanted["age"]),
                  int(found.age is not None), int(wanted["age"] is not None))  # fmt: skip
        ages.add(age.tp, age.pred, age.gold)
        right = len(match(list(found.roles), list(wanted["roles"]), _same_role))
        roles.add(right, len(found.roles), len(wanted["roles"]))
        if age.tp != max(age.pred, age.gold) or right != max(
            len(found.roles), len(wanted["roles"])
        ):
            attribute_errors.append(
                f"    ATTRIBUTES    {gold_people[g][0]!r}: age {found.age} (gold {wanted['age']}), "
                f"roles {list(found.roles)} (gold {wanted['roles']})"
            )

    timexes = gold["timex"]
    assert isinstance(timexes, list)
    gold_events = [
        Item(t["start"], t["end"], t["value"], t["text"]) for t in timexes if t["timeline"]
    ]
    pred_events = []
    for event in extraction.events:  # type: ignore[attr-defined]
        date = dates[event.date_id]
        pred_events.append(Item(date.start, date.end, event.value, date.text))
    ev_pairs = match(pred_events, gold_events, same_value)
    timeline = PRF(len(ev_pairs), len(pred_events), len(gold_events))

    all_gold = [Item(t["start"], t["end"], t["value"], t["text"]) for t in timexes]
    all_pred = [Item(d.start, d.end, d.value, d.text) for d in dates.values()]
    values = PRF(len(match(all_pred, all_gold, same_value)), len(all_pred), len(all_gold))

    if show:
        matched_p = {p for p, _ in pairs}
        matched_g = {g for _, g in pairs}
        for i, (name, forms) in enumerate(pred_people):
            if i not in matched_p:
                print(f"    PERSON FALSE  {name!r}  {sorted(forms)}")
        for i, (name, _forms) in enumerate(gold_people):
            if i not in matched_g:
                print(f"    PERSON MISS   {name!r}")
        print(*attribute_errors, sep="\n") if attribute_errors else None
        ep = {p for p, _ in ev_pairs}
        eg = {g for _, g in ev_pairs}
        for i, g in enumerate(gold_events):
            if i not in eg:
                got = [
                    f"{d.text!r}={d.value}"
                    for d in dates.values()
                    if d.start < g.end and g.start < d.end
                ]
                print(f"    EVENT MISS    {g.text!r} = {g.value}   dates: {', '.join(got) or '-'}")
        for i, p in enumerate(pred_events):
            if i not in ep:
                ctx = text[max(0, p.start - 40) : p.end + 20].replace("\n", " ")
                print(f"    EVENT FALSE   {p.text!r} = {p.value}   in {ctx!r}")
    return Scores(people, timeline, values, ages, roles), dct


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, help="gold folder (default: shared/gold/timeline_fr)")
    parser.add_argument("--errors", choices=("dev", "check", "all"), help="list a half's errors")
    args = parser.parse_args(argv)
    folder = args.gold or gold_dir("timeline_fr")
    if folder is None or not folder.is_dir():
        return missing_gold("eval_timeline", "timeline_fr")
    from eval.scoring import split

    totals = {h: Scores() for h in HALVES}
    print(f"{folder} (dev = even index of the sorted names, check = odd)")
    print(f"  {'article':20s} {'half':5s} {'people P/R/F1':>20s}   {'timeline P/R/F1':>20s}  dct")
    for half, paths in split(folder.glob("fr_wikinews_*.json")).items():
        for path in paths:
            gold = json.loads(path.read_text(encoding="utf-8"))
            show = args.errors in (half, "all")
            scores, dct = score_article(path.with_suffix(".txt"), gold, show)
            totals[half].add(scores)
            people, timeline = scores.people, scores.timeline
            flag = "" if dct == gold["dct"] else f"  (gold {gold['dct']})"
            print(
                f"  {path.stem:20s} {half:5s} {people.p:5.2f} {people.r:5.2f} {people.f1:5.2f}   "
                f"   {timeline.p:5.2f} {timeline.r:5.2f} {timeline.f1:5.2f}    {dct}{flag}"
            )
    for half in HALVES:
        total = totals[half]
        print(f"[{half}]")
        print(total.people.line("people"))
        print(total.timeline.line("timeline"))
        print(total.values.line("all values"))
        print(total.ages.line("ages"))
        print(total.roles.line("roles"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
