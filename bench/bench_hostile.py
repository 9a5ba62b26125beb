"""Time each hostile family of issue 13, before and after: ``python bench/bench_hostile.py``.

Each case runs in a fresh interpreter with a time cap (``--cap``, 60 s by default: "> 60 s" means
it was stopped there). With ``--before TREE`` every case also runs against the code in TREE, an
older checkout made for instance with::

    mkdir /tmp/before && git archive main | tar -x -C /tmp/before
    python bench/bench_hostile.py --before /tmp/before

and the table has both columns. Timing families print seconds (wall time of the operation alone,
imports excluded); the crash families print what the user got: "read", "refused: one line", or
"traceback: <exception>". Cases: ``--only NAME`` (repeatable) runs some of them.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHA_TEXT = " ".join(f"mot{i}" for i in range(120_000))

# name: (sizes, what a size counts)
CASES: dict[str, tuple[tuple[int, ...], str]] = {
    "html comments before the text": ((20, 24, 26), "comments"),
    "markdown '*a ' on one line": ((8_000, 60_000), "repeats"),
    "a note of '*a ' (highlights panel)": ((16_000,), "repeats"),
    "one element, many attributes": ((50_000, 200_000), "attributes"),
    "server sending a byte a second": ((1,), "request (deadline 5 s)"),
    "import highlights": ((10_000, 100_000), "highlights"),
    "meta charset=base64": ((1,), "page"),
    "symbolic link loop": ((1,), "file"),
    "address http://[::1": ((1,), "address"),
    "export DOC_ID ²": ((1,), "argument"),
    "import --doc 99999999999999999999": ((1,), "argument"),
    "import file with a 5,000-digit number": ((1,), "file"),
    "link liseuse://open?doc=²": ((1,), "link"),
}


def _outcome(action: Callable[[], object]) -> tuple[str, float]:
    from core.errors import LiseuseError

    started = time.perf_counter()
    try:
        result = action()
    except LiseuseError as exc:
        lines = str(exc).count("\n") + 1
        return (
            f"refused: {'one line' if lines == 1 else f'{lines} lines'}",
            time.perf_counter() - started,
        )
    except Exception as exc:
        return f"traceback: {type(exc).__name__}", time.perf_counter() - started
    seconds = time.perf_counter() - started
    if isinstance(result, int) and result != 0:  # a command's exit status
        return f"exit {result}", seconds
    return "read", seconds


def _import_data() -> Any:
    try:
        from core.store.importing import import_data
    except ImportError:  # before the store package held it
        from core.annotations.importing import import_data  # type: ignore[no-redef]
    return import_data


def _drip_server(pause: float) -> int:
    listener = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        connection, _ = listener.accept()
        with connection:
            connection.recv(65536)
            for byte in b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n" * 100:
                time.sleep(pause)
                try:
                    connection.sendall(bytes([byte]))
                except OSError:
                    return

    threading.Thread(target=serve, daemon=True).start()
    return int(listener.getsockname()[1])


def run_case(name: str, size: int, scratch: Path) -> tuple[str, float]:
    """Prepare the input (not timed), then time the operation; ``(outcome, seconds)``."""
    from core.reading.article import article_from_text, load_article

    if name == "html comments before the text":
        path = scratch / "article"
        path.write_text("<!-- -->" * size + "Bonjour.", encoding="utf-8")
        return _outcome(lambda: load_article(path))
    if name == "markdown '*a ' on one line":
        text = "*a " * size
        return _outcome(lambda: article_from_text(text, fmt="md"))
    if name == "a note of '*a ' (highlights panel)":
        from core.reading.markdown_text import markdown_to_text

        note = "*a " * size
        return _outcome(lambda: markdown_to_text(note))
    if name == "one element, many attributes":
        attributes = " ".join(f"a{i}=1" for i in range(size))
        page = f"<html><body><p {attributes}>Bonjour, une phrase assez longue.</p></body></html>"
        return _outcome(lambda: article_from_text(page, fmt="html"))
    if name == "server sending a byte a second":
        from core.reading import fetching

        os.environ["no_proxy"] = "*"
        fetching.URL_TOTAL_S = 5.0
        port = _drip_server(1.0)
        return _outcome(lambda: fetching.fetch_url(f"http://127.0.0.1:{port}/a.txt"))
    if name == "import highlights":
        return _import_case(size, scratch)
    if name == "meta charset=base64":
        path = scratch / "page.html"
        page = '<html><head><meta charset="base64"></head><body><p>Un été.</p></body></html>'
        path.write_text(page, encoding="utf-8")
        return _outcome(lambda: load_article(path))
    if name == "symbolic link loop":
        (scratch / "a.txt").symlink_to(scratch / "b.txt")
        (scratch / "b.txt").symlink_to(scratch / "a.txt")
        return _outcome(lambda: load_article(scratch / "a.txt"))
    if name == "address http://[::1":
        return _outcome(lambda: load_article("http://[::1"))
    if name.startswith(("export DOC_ID", "import --doc")):
        from core.cli import main

        db = str(scratch / "s.sqlite")
        if name.startswith("export"):
            argv = ["export", "²", "--format", "md", "--db", db]
        else:
            (scratch / "f.json").write_text("[]", encoding="utf-8")
            argv = ["import", str(scratch / "f.json"), "--doc", "9" * 20, "--db", db]
        said: list[str] = []
        outcome, seconds = _outcome(lambda: _quiet(lambda: main(argv), said))
        if outcome.startswith("exit"):
            lines = "".join(said).count("\n")
            outcome = "refused: one line" if lines == 1 else f"{outcome}, {lines} lines"
        return outcome, seconds
    if name == "import file with a 5,000-digit number":
        from core.store.db import open_store

        store = open_store(str(scratch / "s.sqlite"))
        path = scratch / "in.json"
        path.write_text('[{"type": "Annotation", "n": ' + "9" * 5000 + "}]", encoding="utf-8")
        importing = sys.modules[_import_data().__module__]
        return _outcome(lambda: importing.import_file(store, path))
    if name == "link liseuse://open?doc=²":
        from core.links import parse_link

        return _outcome(lambda: parse_link("liseuse://open?doc=²"))
    raise SystemExit(f"unknown case {name!r}")


def _quiet(action: Callable[[], object], said: list[str]) -> object:
    """Run a command with its output kept in ``said`` instead of printed."""
    import io

    sink = io.StringIO()
    saved = sys.stderr, sys.stdout
    sys.stderr = sys.stdout = sink
    try:
        return action()
    finally:
        sys.stderr, sys.stdout = saved
        said.append(sink.getvalue())


def _import_case(size: int, scratch: Path) -> tuple[str, float]:
    """``size`` highlights of one document, as an export writes them (quote, position, note,
    tag), imported into a store that holds that document."""
    import hashlib

    from core.store.db import open_store

    sys.path.insert(0, str(ROOT))  # tests.core.annotation_helpers, in either tree
    from tests.core.annotation_helpers import save_text

    store = open_store(str(scratch / "s.sqlite"))
    save_text(store, SHA_TEXT)
    sha = hashlib.sha256(SHA_TEXT.encode()).hexdigest()
    items, position = [], 0
    for i in range(size):
        word = f"mot{i}"
        position = SHA_TEXT.index(word + " ", position)
        items.append(
            {
                "type": "Annotation",
                "id": f"urn:bench:{i}",
                "body": [
                    {"type": "TextualBody", "value": f"note {i}", "purpose": "commenting"},
                    {"type": "TextualBody", "value": f"tag{i % 50}", "purpose": "tagging"},
                ],
                "target": {
                    "source": f"urn:sha256:{sha}",
                    "selector": [
                        {"type": "TextQuoteSelector", "exact": word, "prefix": "", "suffix": " "},
                        {
                            "type": "TextPositionSelector",
                            "start": position,
                            "end": position + len(word),
                        },
                    ],
                },
            }
        )
    import_data = _import_data()
    return _outcome(lambda: import_data(store, items))


def measure(tree: Path, name: str, size: int, cap: float) -> str:
    """One case in a fresh interpreter against the code in ``tree``: a cell of the table."""
    command = [sys.executable, str(Path(__file__).resolve()), "--case", name, "--size", str(size)]
    env = dict(os.environ, PYTHONPATH=str(tree), LISEUSE_BENCH_TREE=str(tree))
    try:
        done = subprocess.run(
            command, cwd=tree, env=env, capture_output=True, text=True, timeout=cap, check=False
        )
    except subprocess.TimeoutExpired:
        return f"> {cap:g} s"
    try:
        outcome, seconds = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        return "crashed: " + (done.stderr.strip().splitlines() or ["?"])[-1][:40]
    return f"{seconds:.2f} s" if outcome == "read" else f"{outcome} ({seconds:.2f} s)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--before", type=Path, help="an older checkout to compare with")
    parser.add_argument("--cap", type=float, default=60.0, help="seconds before a case is stopped")
    parser.add_argument("--only", action="append", default=[], help="run only this case")
    parser.add_argument("--case", help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.case:  # the child: run one case, print its outcome as JSON
        sys.path.insert(0, os.environ.get("LISEUSE_BENCH_TREE", str(ROOT)))
        with tempfile.TemporaryDirectory() as scratch:
            outcome, seconds = run_case(args.case, args.size, Path(scratch))
        print(json.dumps([outcome, seconds]))
        return 0
    names = args.only or list(CASES)
    header = f"{'family':38} {'size':>22}  {'before':>30}  {'after':>30}"
    print(header)
    print("-" * len(header))
    for name in names:
        sizes, unit = CASES[name]
        for size in sizes:
            before = measure(args.before, name, size, args.cap) if args.before else "-"
            after = measure(ROOT, name, size, args.cap)
            print(f"{name:38} {f'{size:,} {unit}':>22}  {before:>30}  {after:>30}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
