"""What the reader's corrections cost when a stored article is shown (target: at most +5 %).

    python -m bench.bench_corrections            # the sample article, and the novel if present
    python -m bench.bench_corrections --repeat 30

The article is extracted once (spaCy), stored, then read back the way the window shows a stored
article (``core.library.lookup``: the quick read without SQLAlchemy) ``--repeat`` times without
corrections and with a realistic set of them (a kind, "not a name", a merge, a rename, a date
value that moves the dates counted from it, a date off the timeline, a rule for every article),
alternating the two so the machine's load falls on both alike. Prints the best and median times.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "seeds" / "musk-altman-fr.txt"
NOVEL = ROOT.parent / "shared" / "corpus" / "verne-ile-mysterieuse.txt"


def corrections_for(library: object, document_id: int) -> int:
    """A reader's usual handful of corrections on what the extractor found; how many."""
    from core.library import Library

    assert isinstance(library, Library)
    extraction = library.document(document_id)
    people = sorted(
        (e for e in extraction.entities if e.kind == "PER"), key=lambda e: -len(e.mentions)
    )
    others = [e for e in extraction.entities if e.kind != "PER"]
    dated = [d for d in extraction.dates if d.value and d.type == "DATE"]
    made = 0
    add = library.corrections.add
    if others:
        add("kind", others[0].name, document_id=document_id, kind="PER")
        add("not_name", others[-1].name, document_id=None)
        made += 2
    if len(people) >= 3:
        add("merge", people[2].name, document_id=document_id, into=people[0].name)
        add("rename", people[1].name, document_id=document_id, name=people[1].name + " (b)")
        add("person", people[0].name, document_id=document_id, age=50, roles=["PDG"])
        made += 3
    for date in dated[:3]:
        add("date_value", date.text, document_id=document_id, span=(date.start, date.end),
            value=date.value)  # fmt: skip
        made += 1
    if len(dated) > 3:
        last = dated[-1]
        add("off_timeline", last.text, document_id=document_id, span=(last.start, last.end))
        made += 1
    return made


def measure(path: Path, repeat: int) -> None:
    from core import api
    from core.library import Library, lookup

    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "bench.sqlite")
        article = api.prepare(path)
        started = time.perf_counter()
        with Library.open(db) as library:
            document_id = library.analyse(article).extraction.document.id
        print(f"\n{path.name}: extracted and stored in {time.perf_counter() - started:.1f} s")
        plain: list[float] = []
        corrected: list[float] = []
        count = 0
        for round_ in range(2):
            if round_ == 1:
                with Library.open(db) as library:
                    count = corrections_for(library, document_id)
            times = corrected if round_ else plain
            for _ in range(repeat):
                begun = time.perf_counter()
                found = lookup(db, article)
                times.append(time.perf_counter() - begun)
                assert found.stored is not None
        amended = len(found.stored.extraction.amendments)
        best_plain, best_corrected = min(plain), min(corrected)
        print(f"  corrections: {count} ({amended} items changed)")
        print(
            f"  stored article read (quick read), best of {repeat}: "
            f"{best_plain * 1000:.1f} ms without, {best_corrected * 1000:.1f} ms with "
            f"(+{100 * (best_corrected / best_plain - 1):.1f} %); medians "
            f"{statistics.median(plain) * 1000:.1f} / {statistics.median(corrected) * 1000:.1f} ms"
        )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    measure(SAMPLE, args.repeat)
    if NOVEL.is_file():
        measure(NOVEL, max(3, args.repeat // 4))
    else:
        print(f"\nnovel: skipped, {NOVEL} is missing (it lives in ../shared/corpus)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
