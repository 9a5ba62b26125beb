"""Score the dates Liseuse shows on French TimeBank (``timex_fr/``) or English TempEval-3
(``timex_en/``), the strict way, half by half.

    python -m eval.eval_timex                    # French, dev and check halves
    python -m eval.eval_timex --lang en          # English (timex_en/)
    python -m eval.eval_timex --errors dev       # also list the dev half's errors
    python -m eval.eval_timex --dateparser       # dateparser beside us (needs the eval extra)

The dates scored are ``Extraction.dates`` of ``core.extractor.extract`` on the text read as a .txt
file with the gold document date, the path of ``liseuse extract`` (ages included: the gold has no
ages, so one shown as a date is a false positive). One predicted expression matches at most one
gold expression (see ``eval/scoring.py``); detection is scored relaxed (overlap) and strict (same
boundaries), values end to end (overlap and equal value). Halves: sorted file names, even index
= dev (tuned on), odd = check (held out).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

from eval.scoring import (
    HALVES,
    PRF,
    Item,
    Scores,
    canonical,
    extract_text,
    gold_dir,
    missing_gold,
    overlap,
)
from eval.scoring import match as one_to_one

System = Callable[[str, str, str], list[Item]]


def ours(text: str, dct: str, lang: str) -> list[Item]:
    extraction = extract_text(text, lang=lang, dct=dct)
    return [Item(d.start, d.end, d.value, d.text) for d in extraction.dates]  # type: ignore[attr-defined]


def dateparser_system() -> System | None:
    try:
        from dateparser.date import DateDataParser
        from dateparser.search import search_dates
    except ImportError:
        return None
    warnings.filterwarnings("ignore")

    def run(text: str, dct: str, lang: str) -> list[Item]:
        settings = {"RELATIVE_BASE": dt.datetime.fromisoformat(dct)}
        found = search_dates(text, languages=[lang], settings=settings) or []
        parser = DateDataParser(languages=[lang], settings=settings)
        items: list[Item] = []
        cursor = 0
        for phrase, _moment in found:
            start = text.find(phrase, cursor)
            if start < 0:
                continue
            cursor = start + len(phrase)
            data = parser.get_date_data(phrase)
            items.append(Item(start, cursor, _dateparser_value(data), phrase))
        return items

    return run


def _dateparser_value(data: object) -> str | None:
    moment = getattr(data, "date_obj", None)
    period = getattr(data, "period", "day")
    if moment is None:
        return None
    formats = {"year": "%Y", "month": "%Y-%m", "time": "%Y-%m-%dT%H:%M"}
    return moment.strftime(formats.get(period, "%Y-%m-%d"))


def gold_items(doc: dict[str, object]) -> list[Item]:
    return [
        Item(t["start"], t["end"], t["value"], t["text"])
        for t in doc["timex"]  # type: ignore[union-attr]
    ]


def report_errors(name: str, doc: dict[str, object], pred: list[Item], gold: list[Item]) -> None:
    text = str(doc["text"])
    print(f"{name} (dct {doc['dct']})")
    pairs = one_to_one(pred, gold, overlap)
    by_gold = {g: p for p, g in pairs}
    by_pred = {p for p, _ in pairs}
    for gi, g in enumerate(gold):
        if gi not in by_gold:
            print(f"  MISS  {g.text!r} = {g.value}   …{text[max(0, g.start - 50) : g.start]!r}")
            continue
        p = pred[by_gold[gi]]
        if canonical(p.value) != canonical(g.value):  # as scored: "W7" is "W07"
            print(f"  VALUE {g.text!r} = {g.value}   got {p.text!r} = {p.value}")
        elif (p.start, p.end) != (g.start, g.end):
            print(f"  SPAN  {g.text!r}   got {p.text!r}")
    for pi, p in enumerate(pred):
        if pi not in by_pred:
            ctx = text[max(0, p.start - 50) : p.end + 25].replace("\n", " ")
            print(f"  FALSE {p.text!r} = {p.value}   in {ctx!r}")


def evaluate(
    folder: Path, system: System, lang: str, errors: str | None
) -> tuple[dict[str, Scores], float]:
    from eval.scoring import split

    results: dict[str, Scores] = {}
    began = time.perf_counter()
    for half, paths in split(folder.glob("*.json")).items():
        scores = Scores()
        for path in paths:
            doc = json.loads(path.read_text(encoding="utf-8"))
            gold = gold_items(doc)
            pred = system(str(doc["text"]), str(doc["dct"]), lang)
            scores.add(pred, gold)
            if errors in (half, "all"):
                report_errors(path.stem, doc, pred, gold)
        results[half] = scores
    return results, time.perf_counter() - began


def print_scores(name: str, results: dict[str, Scores], seconds: float) -> None:
    print(f"\n{name} ({seconds:.1f} s)")
    for half in HALVES:
        by: dict[str, PRF] = results[half].by
        print(f"[{half}]")
        for criterion in ("relaxed", "strict", "value"):
            print(by[criterion].line(criterion))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", choices=("fr", "en"), default="fr")
    parser.add_argument("--gold", type=Path, help="gold folder (default: shared/gold/timex_LANG)")
    parser.add_argument(
        "--errors", choices=("dev", "check", "all"), help="list the errors of a half"
    )
    parser.add_argument("--dateparser", action="store_true", help="score dateparser too")
    args = parser.parse_args(argv)
    folder = args.gold or gold_dir(f"timex_{args.lang}")
    if folder is None or not folder.is_dir():
        return missing_gold("eval_timex", f"timex_{args.lang}")
    docs = sorted(folder.glob("*.json"))
    print(f"{folder}: {len(docs)} documents (dev = even index of the sorted names, check = odd)")
    systems: dict[str, System] = {"liseuse": ours}
    if args.dateparser:
        other = dateparser_system()
        if other is None:
            print(
                "eval_timex: dateparser is not installed (pip install -e .[eval])", file=sys.stderr
            )
        else:
            systems["dateparser"] = other
    for name, system in systems.items():
        results, seconds = evaluate(
            folder, system, args.lang, args.errors if name == "liseuse" else None
        )
        print_scores(name, results, seconds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
