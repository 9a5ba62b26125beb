"""Score Liseuse's people/organisation/place extraction.

1. The sample article against our own expectations (eval/expected_seed.json): the people found,
   nothing else as a person, ages, roles, and the kinds of the main organisations.
2. Entity-level precision/recall/F1 (exact span and label) on the Sequoia gold in
   ../shared/gold/ner_fr, for the raw spaCy model and for Liseuse's post-processing, in one run.

    python -m eval.eval_ner [--gold DIR] [--json]      (from the project root)

The gold data lives outside the project (../shared); without it part 2 is skipped and said so.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from core.extractor import _stop_words
from core.names.entities import build_entities
from core.names.lexicon import LABEL_MAP
from core.names.nlp import find_entities
from core.reading.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]
KINDS = ("PER", "ORG", "LOC", "MISC")
DEFAULT_GOLD = ROOT.parent / "shared" / "gold" / "ner_fr"


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold: set[tuple[int, int, int, str]], found: set[tuple[int, int, int, str]]) -> dict:
    table = {}
    for kind in (*KINDS, "ALL"):
        g = {x for x in gold if kind in ("ALL", x[3])}
        f = {x for x in found if kind in ("ALL", x[3])}
        p, r, f1 = prf(len(g & f), len(f - g), len(g - f))
        table[kind] = {"p": p, "r": r, "f1": f1, "gold": len(g), "found": len(f)}
    return table


def evaluate_gold(gold_dir: Path) -> dict[str, dict]:
    gold: set[tuple[int, int, int, str]] = set()
    raw_found: set[tuple[int, int, int, str]] = set()
    ours: set[tuple[int, int, int, str]] = set()
    stop_words = _stop_words("fr")
    timings = Counter[str]()
    for n, path in enumerate(sorted(gold_dir.glob("*.json"))):
        doc = json.loads(path.read_text(encoding="utf-8"))
        text = doc["text"]
        gold |= {(n, e["start"], e["end"], e["label"]) for e in doc["entities"]}
        spans = [(s["start"], s["end"]) for s in doc["sentences"]]
        started = time.perf_counter()
        raw = find_entities(text, [(0, len(text))], "fr")
        timings["spacy"] += time.perf_counter() - started
        raw_found |= {(n, r.start, r.end, LABEL_MAP[r.label]) for r in raw if r.label in LABEL_MAP}
        sentences = [s for a, b in spans for s in split_sentences(text, a, b)]
        started = time.perf_counter()
        entities = build_entities(
            text, raw, sentences=sentences, allowed=[(0, len(text))], stop_words=stop_words
        )
        timings["post"] += time.perf_counter() - started
        ours |= {(n, m.start, m.end, e.kind) for e in entities for m in e.mentions}
    return {"spacy": score(gold, raw_found), "liseuse": score(gold, ours), "seconds": timings}


def evaluate_seed(expected_path: Path) -> list[tuple[str, bool, str]]:
    from core import api
    from core.library import Library

    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    with Library.open("sqlite://") as library:
        extraction = library.analyse(api.prepare(ROOT / expected["article"])).extraction
    people = {e.name: e for e in extraction.entities if e.kind == "PER"}
    checks: list[tuple[str, bool, str]] = []
    wanted = set(expected["people"])
    checks.append(("exactly the expected people", set(people) == wanted, ", ".join(sorted(people))))
    for name, age in expected["ages"].items():
        got = people[name].attributes.age if name in people else None
        checks.append((f"age of {name} = {age}", got == age, str(got)))
    with_roles = [n for n, e in people.items() if e.attributes.roles]
    checks.append(
        (
            f"at least {expected['min_people_with_roles']} people with a role",
            len(with_roles) >= expected["min_people_with_roles"],
            "; ".join(f"{n}: {', '.join(people[n].attributes.roles)}" for n in with_roles),
        )
    )
    kinds = {e.name: e.kind for e in extraction.entities}
    for name, kind in expected["kinds"].items():
        checks.append((f"{name} is {kind}", kinds.get(name) == kind, str(kinds.get(name))))
    return checks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    print("Sample article (eval/expected_seed.json)")
    checks = evaluate_seed(ROOT / "eval" / "expected_seed.json")
    for what, ok, got in checks:
        print(f"  [{'ok' if ok else 'FAIL'}] {what}: {got}")
    print(f"  {sum(ok for _, ok, _ in checks)}/{len(checks)} checks pass\n")

    if not args.gold.is_dir():
        print(f"Gold data not found at {args.gold}: the Sequoia score is skipped.")
        return 0 if all(ok for _, ok, _ in checks) else 1
    results = evaluate_gold(args.gold)
    if args.json:
        print(json.dumps(results, indent=1, default=float))
    print(f"Sequoia NER gold ({args.gold}), entity level, exact span and label")
    print(f"  {'kind':5} {'spaCy P':>8} {'R':>6} {'F1':>6}   {'Liseuse P':>9} {'R':>6} {'F1':>6}")
    for kind in (*KINDS, "ALL"):
        a, b = results["spacy"][kind], results["liseuse"][kind]
        print(
            f"  {kind:5} {a['p']:8.3f} {a['r']:6.3f} {a['f1']:6.3f}   "
            f"{b['p']:9.3f} {b['r']:6.3f} {b['f1']:6.3f}"
        )
    s = results["seconds"]
    print(f"  time: spaCy {s['spacy']:.2f} s, post-processing {s['post']:.2f} s")
    return 0 if all(ok for _, ok, _ in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
