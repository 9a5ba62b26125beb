"""Score Liseuse's people/organisation/place extraction.

1. The sample article against our own expectations (eval/expected_seed.json): the people found,
   nothing else as a person, ages, roles, and the kinds of the main organisations.
2. Mention-level precision/recall/F1 (exact span and label) on the Sequoia gold in
   shared/gold/ner_fr, for the raw spaCy model and for Liseuse (``core.extractor.extract``, the
   path of ``liseuse extract``), per half: sorted file names, even index = dev, odd = check.

    python -m eval.eval_ner [--gold DIR] [--json]      (from the project root)

The gold data lives outside the project (see eval/scoring.py); without it part 2 is skipped
and said so.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from core.names.lexicon import LABEL_MAP
from core.names.nlp import find_entities
from eval.scoring import extract_text, gold_dir

ROOT = Path(__file__).resolve().parents[1]
KINDS = ("PER", "ORG", "LOC", "MISC")


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
    """Mentions found by spaCy alone and by Liseuse (``core.extractor.extract`` on the text, the
    path of ``liseuse extract``), exact span and label, per half (sorted names: even = dev)."""
    from eval.scoring import split

    results: dict[str, dict] = {}
    timings = Counter[str]()
    for half, paths in split(gold_dir.glob("*.json")).items():
        gold: set[tuple[int, int, int, str]] = set()
        raw_found: set[tuple[int, int, int, str]] = set()
        ours: set[tuple[int, int, int, str]] = set()
        for n, path in enumerate(paths):
            doc = json.loads(path.read_text(encoding="utf-8"))
            text = doc["text"]
            gold |= {(n, e["start"], e["end"], e["label"]) for e in doc["entities"]}
            started = time.perf_counter()
            raw = find_entities(text, [(0, len(text))], "fr")
            timings["spacy"] += time.perf_counter() - started
            raw_found |= {
                (n, r.start, r.end, LABEL_MAP[r.label]) for r in raw if r.label in LABEL_MAP
            }
            started = time.perf_counter()
            extraction = extract_text(text, lang="fr", dct=None)
            timings["extract"] += time.perf_counter() - started
            ours |= {
                (n, m.start, m.end, e.kind)
                for e in extraction.entities  # type: ignore[attr-defined]
                for m in e.mentions
            }
        results[half] = {"spacy": score(gold, raw_found), "liseuse": score(gold, ours)}
    results["seconds"] = dict(timings)
    return results


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
    parser.add_argument("--gold", type=Path, default=gold_dir("ner_fr"))
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    print("Sample article (eval/expected_seed.json)")
    checks = evaluate_seed(ROOT / "eval" / "expected_seed.json")
    for what, ok, got in checks:
        print(f"  [{'ok' if ok else 'FAIL'}] {what}: {got}")
    print(f"  {sum(ok for _, ok, _ in checks)}/{len(checks)} checks pass\n")

    if args.gold is None or not args.gold.is_dir():
        print(
            "Gold data not found (shared/gold/ner_fr beside the repository, or set "
            "LISEUSE_SHARED=/path/to/shared, or pass --gold DIR): the Sequoia score is skipped."
        )
        return 0 if all(ok for _, ok, _ in checks) else 1
    results = evaluate_gold(args.gold)
    if args.json:
        print(json.dumps(results, indent=1, default=float))
    print(f"Sequoia NER gold ({args.gold}), mention level, exact span and label")
    print("(halves: sorted file names, even index = dev, odd = check)")
    for half in ("dev", "check"):
        print(f"[{half}]")
        print(
            f"  {'kind':5} {'spaCy P':>8} {'R':>6} {'F1':>6}   {'Liseuse P':>9} {'R':>6} {'F1':>6}"
        )
        for kind in (*KINDS, "ALL"):
            a, b = results[half]["spacy"][kind], results[half]["liseuse"][kind]
            print(
                f"  {kind:5} {a['p']:8.3f} {a['r']:6.3f} {a['f1']:6.3f}   "
                f"{b['p']:9.3f} {b['r']:6.3f} {b['f1']:6.3f}"
            )
    s = results["seconds"]
    print(f"  time: spaCy {s['spacy']:.2f} s, liseuse extract {s['extract']:.2f} s")
    return 0 if all(ok for _, ok, _ in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
