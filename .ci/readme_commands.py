"""Print one of the commands the README's set-up section tells a reader to type, as written.

    python3 .ci/readme_commands.py app|test|debian|fedora

``.ci/run`` runs what this prints, so CI and the README cannot drift apart; tests/test_readme.py
checks the shapes. Standard library only: it runs before any virtual environment exists.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"
SECTION = "## Set-up"
# how each command is recognised among the section's ```sh blocks
KINDS = {
    "app": lambda c: c.endswith(".venv/bin/liseuse"),
    "test": lambda c: "-m pytest" in c,
    "debian": lambda c: c.startswith("sudo apt install "),
    "fedora": lambda c: c.startswith("sudo dnf install "),
}


def section(text: str) -> str:
    start = text.index(SECTION)
    end = text.find("\n## ", start + len(SECTION))
    return text[start : end if end >= 0 else len(text)]


def commands(text: str) -> list[str]:
    """Every ```sh block of the set-up section, each one command (continued lines joined)."""
    blocks = re.findall(r"^```sh\n(.*?)^```", section(text), flags=re.MULTILINE | re.DOTALL)
    return [re.sub(r"\s*\\\n\s*", " ", block).strip() for block in blocks]


def command(kind: str, text: str | None = None) -> str:
    found = [c for c in commands(README.read_text(encoding="utf-8") if text is None else text)]
    matching = [c for c in found if KINDS[kind](c)]
    if len(matching) != 1:
        raise SystemExit(f"README.md: expected one {kind} command in '{SECTION}', found {matching}")
    return matching[0]


if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in KINDS:
        raise SystemExit(f"usage: {sys.argv[0]} {'|'.join(KINDS)}")
    print(command(sys.argv[1]))
