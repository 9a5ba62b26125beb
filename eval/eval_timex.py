"""Score the temporal tagger on the French TimeBank gold data, beside ``dateparser``.

    python eval/eval_timex.py                 # both systems, one table
    python eval/eval_timex.py --errors        # also list our misses, false alarms, wrong values
    python eval/eval_timex.py --no-dateparser # only ours

Reads ``../shared/gold/timex_fr/*.json`` relative to the repository root (or ``--gold DIR``).
Ages ("Alain, 53 ans,") are set aside in the main row, since the gold data does not annotate
them; a second row counts them. Detection is scored relaxed (a span counts when it overlaps one
of the other side) and strict (same boundaries); value accuracy end to end: a predicted value
counts when its span overlaps a gold span whose value is equal (precision over our expressions,
recall over the gold ones).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.reading.sentences import split_sentences  # noqa: E402
from core.temporal import tag_dates  # noqa: E402
from core.temporal.ages import age_of  # noqa: E402

DEFAULT_GOLD = ROOT.parent / "shared" / "gold" / "timex_fr"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    value: str | None
    text: str = ""


@dataclass
class Counts:
    pred: int = 0
    gold: int = 0
    relaxed_pred: int = 0
    relaxed_gold: int = 0
    strict: int = 0
    value_pred: int = 0
    value_gold: int = 0

    def add(self, pred: Sequence[Span], gold: Sequence[Span]) -> None:
        self.pred += len(pred)
        self.gold += len(gold)
        self.relaxed_pred += sum(any(_overlap(p, g) for g in gold) for p in pred)
        self.relaxed_gold += sum(any(_overlap(p, g) for p in pred) for g in gold)
        exact = {(g.start, g.end) for g in gold}
        self.strict += sum((p.start, p.end) in exact for p in pred)
        self.value_pred += sum(any(_same_value(p, g) for g in gold) for p in pred)
        self.value_gold += sum(any(_same_value(p, g) for p in pred) for g in gold)

    def scores(self) -> dict[str, tuple[float, float, float]]:
        return {
            "relaxed": _prf(self.relaxed_pred, self.pred, self.relaxed_gold, self.gold),
            "strict": _prf(self.strict, self.pred, self.strict, self.gold),
            "value": _prf(self.value_pred, self.pred, self.value_gold, self.gold),
        }


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _same_value(p: Span, g: Span) -> bool:
    return _overlap(p, g) and p.value is not None and p.value == g.value


def _prf(tp_p: int, n_p: int, tp_g: int, n_g: int) -> tuple[float, float, float]:
    p = tp_p / n_p if n_p else 0.0
    r = tp_g / n_g if n_g else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def ours(text: str, dct: str, *, keep_ages: bool = False) -> list[Span]:
    sentences = split_sentences(text)
    exprs = tag_dates(text, lang="fr", dct=dct, spans=[(0, len(text))], sentences=sentences)
    return [
        Span(e.start, e.end, e.value, e.text) for e in exprs if keep_ages or age_of(text, e) is None
    ]


def ours_with_ages(text: str, dct: str) -> list[Span]:
    return ours(text, dct, keep_ages=True)


def dateparser_system() -> Callable[[str, str], list[Span]] | None:
    try:
        from dateparser.date import DateDataParser
        from dateparser.search import search_dates
    except ImportError:
        return None
    warnings.filterwarnings("ignore")

    def run(text: str, dct: str) -> list[Span]:
        base = dt.datetime.fromisoformat(dct)
        settings = {"RELATIVE_BASE": base}
        found = search_dates(text, languages=["fr"], settings=settings) or []
        parser = DateDataParser(languages=["fr"], settings=settings)
        spans: list[Span] = []
        cursor = 0
        for phrase, _moment in found:
            start = text.find(phrase, cursor)
            if start < 0:
                continue
            cursor = start + len(phrase)
            data = parser.get_date_data(phrase)
            spans.append(Span(start, cursor, _dateparser_value(data), phrase))
        return spans

    return run


def _dateparser_value(data: object) -> str | None:
    moment = getattr(data, "date_obj", None)
    period = getattr(data, "period", "day")
    if moment is None:
        return None
    if period == "year":
        return f"{moment:%Y}"
    if period == "month":
        return f"{moment:%Y-%m}"
    if period == "time":
        return f"{moment:%Y-%m-%dT%H:%M}"
    return f"{moment:%Y-%m-%d}"


def load_gold(folder: Path) -> list[dict[str, object]]:
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]
    if not docs:
        raise SystemExit(f"eval_timex: no *.json gold documents in {folder}")
    return docs


def report_errors(doc: dict[str, object], pred: Sequence[Span], gold: Sequence[Span]) -> None:
    text = str(doc["text"])
    for g in gold:
        hits = [p for p in pred if _overlap(p, g)]
        if not hits:
            print(f"  MISS  {g.text!r} = {g.value}   …{text[max(0, g.start - 40) : g.start]!r}")
        elif not any(p.value == g.value for p in hits):
            got = ", ".join(f"{p.text!r}={p.value}" for p in hits)
            print(f"  VALUE {g.text!r} = {g.value}   got {got}")
    for p in pred:
        if not any(_overlap(p, g) for g in gold):
            ctx = text[max(0, p.start - 40) : p.end + 20]
            print(f"  FALSE {p.text!r} = {p.value}   in {ctx!r}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--errors", action="store_true", help="list our errors per document")
    parser.add_argument("--no-dateparser", action="store_true")
    args = parser.parse_args(argv)
    if not args.gold.is_dir():
        print(
            f"eval_timex: gold data not found at {args.gold} (the ../shared folder beside the "
            "repository is missing); pass --gold DIR",
            file=sys.stderr,
        )
        return 2
    docs = load_gold(args.gold)
    # French TimeBank leaves ages ("un chauffeur de 38 ans") unannotated; Liseuse tags them as
    # durations that feed a person's age, so the main row sets them aside; the next one does not.
    systems: dict[str, Callable[[str, str], list[Span]]] = {
        "liseuse": ours,
        "liseuse, ages counted": ours_with_ages,
    }
    other = None if args.no_dateparser else dateparser_system()
    if other is not None:
        systems["dateparser"] = other
    elif not args.no_dateparser:
        print("eval_timex: dateparser is not installed; scoring liseuse only", file=sys.stderr)
    print(f"{len(docs)} documents, {sum(len(d['timex']) for d in docs)} gold expressions")  # type: ignore[arg-type]
    for name, system in systems.items():
        counts = Counts()
        began = time.perf_counter()
        for doc in docs:
            gold = [
                Span(t["start"], t["end"], t["value"], t["text"])
                for t in doc["timex"]  # type: ignore[union-attr]
            ]
            pred = system(str(doc["text"]), str(doc["dct"]))
            counts.add(pred, gold)
            if args.errors and name == "liseuse":
                print(f"{doc['id']} (dct {doc['dct']})")
                report_errors(doc, pred, gold)
        elapsed = time.perf_counter() - began
        print(f"\n{name}: {counts.pred} predicted, {elapsed:.2f} s")
        for kind, (p, r, f) in counts.scores().items():
            print(f"  {kind:8s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
