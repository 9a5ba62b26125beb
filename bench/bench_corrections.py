"""What the reader's corrections cost when a stored article is shown (target: at most +5 %).

    python -m bench.bench_corrections            # the sample article, and the novel if present
    python -m bench.bench_corrections --repeat 30

The article is extracted once (spaCy) and stored twice: as it is, and with a realistic set of
corrections (a kind, "not a name", a merge, a rename, a date value that moves the dates counted
from it, a date off the timeline, a rule for every article). Two figures, each the best and the
median of ``--repeat`` runs, the two stores alternating so the machine's load falls on both alike:

- the read alone (``core.library.lookup``: the quick read without SQLAlchemy, what the window
  and ``liseuse extract`` do first), in this process;
- showing the stored article on the command line: a whole ``liseuse extract PATH`` process.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
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
    import shutil

    from core import api
    from core.library import Library, lookup

    with tempfile.TemporaryDirectory() as folder:
        plain_db = str(Path(folder) / "plain.sqlite")
        corrected_db = str(Path(folder) / "corrected.sqlite")
        article = api.prepare(path)
        started = time.perf_counter()
        with Library.open(plain_db) as library:
            document_id = library.analyse(article).extraction.document.id
        print(f"\n{path.name}: extracted and stored in {time.perf_counter() - started:.1f} s")
        shutil.copyfile(plain_db, corrected_db)
        with Library.open(corrected_db) as library:
            count = corrections_for(library, document_id)
        found = lookup(corrected_db, article)
        assert found.stored is not None
        amended = len(found.stored.extraction.amendments)
        print(f"  corrections: {count} ({amended} items changed)")

        def read(db: str) -> None:
            assert lookup(db, article).stored is not None

        def show(db: str) -> None:
            command = [sys.executable, "-m", "core.cli", "extract", "--db", db, str(path)]
            subprocess.run(command, cwd=ROOT, check=True, capture_output=True)

        for what, action, runs in (
            ("stored article read (quick read)", read, repeat),
            ("whole 'liseuse extract' process", show, max(5, repeat // 2)),
        ):
            plain, corrected = _alternated(action, plain_db, corrected_db, runs)
            best_plain, best_corrected = min(plain), min(corrected)
            print(
                f"  {what}, best of {runs}: {best_plain * 1000:.1f} ms without, "
                f"{best_corrected * 1000:.1f} ms with "
                f"({100 * (best_corrected / best_plain - 1):+.1f} %); medians "
                f"{statistics.median(plain) * 1000:.1f} / "
                f"{statistics.median(corrected) * 1000:.1f} ms"
            )


def _alternated(
    action: Callable[[str], None], first: str, second: str, runs: int
) -> tuple[list[float], list[float]]:
    """``action`` on each store in turn, ``runs`` times each: the seconds each took."""
    times: tuple[list[float], list[float]] = ([], [])
    action(first)  # warm both (imports, the file cache)
    action(second)
    for _ in range(runs):
        for db, spent in ((first, times[0]), (second, times[1])):
            begun = time.perf_counter()
            action(db)
            spent.append(time.perf_counter() - begun)
    return times


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
