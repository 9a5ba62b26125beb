"""A corpus of news-sized articles for the library's benchmarks, cut from the shared novel.

The novel (``shared/corpus/verne-ile-mysterieuse.txt``) is cut at paragraph ends into pieces of
about ``--chars`` characters (a long news article), each with a title line, so that ``liseuse
add`` has hundreds of distinct articles to read, extract and store.

    python bench/corpus.py OUT_FOLDER [--chars 5500]
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def novel() -> Path:
    """The shared novel: ``$LISEUSE_CORPUS``, else ``shared/`` beside the checkout or above it
    (worktrees live one folder deeper)."""
    if os.environ.get("LISEUSE_CORPUS"):
        return Path(os.environ["LISEUSE_CORPUS"])
    for base in (ROOT.parent, ROOT.parent.parent, Path("/work")):
        found = base / "shared" / "corpus" / "verne-ile-mysterieuse.txt"
        if found.is_file():
            return found
    raise SystemExit("the shared novel is not there: set LISEUSE_CORPUS to its path")


def pieces(text: str, chars: int) -> list[str]:
    out: list[str] = []
    current: list[str] = []
    size = 0
    for paragraph in text.split("\n"):
        current.append(paragraph)
        size += len(paragraph) + 1
        if size >= chars and paragraph.rstrip().endswith((".", "!", "?", "»")):
            out.append("\n".join(current).strip())
            current, size = [], 0
    if current and "".join(current).strip():
        out.append("\n".join(current).strip())
    return out


def make(folder: Path, chars: int = 5500) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    found = pieces(novel().read_text(encoding="utf-8"), chars)
    paths = []
    for number, body in enumerate(found, start=1):
        path = folder / f"ile-{number:03d}.txt"
        if not path.exists():
            path.write_text(f"L'île mystérieuse, épisode {number}\n\n{body}\n", encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--chars", type=int, default=5500)
    args = parser.parse_args()
    made = make(args.out, args.chars)
    print(f"{len(made)} articles in {args.out}")


if __name__ == "__main__":
    main()
