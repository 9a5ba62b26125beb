"""The hostile families of issue 13, as hypothesis strategies and as a fixed corpus.

A hostile document is a few building blocks, each repeated many times (repetition is what finds
backtracking and quadratic scans), in any of the formats Liseuse reads, encoded in a declared or
undeclared charset, or plain random bytes.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from hypothesis import strategies as st

MAX_BYTES = 24_000  # per generated input: big enough for a quadratic path to show, fast to read
BUDGET_BASE_S = 1.5  # processor time any input may take, plus…
BUDGET_PER_BYTE_S = 60e-6  # …this much per byte: a linear budget (HTML is the slowest, ~20 µs)

NOT_TEXT_CODECS = ["base64", "rot13", "hex", "zlib", "bz2", "undefined", "utf-7", "cp037", "uu"]
TEXT_CODECS = ["utf-8", "windows-1252", "iso-8859-1", "utf-16", "shift_jis", "koi8-r", "gb18030"]

BLOCKS = [
    # HTML
    "<!-- -->",
    "<!--",
    "-->",
    "<script>",
    "</script>",
    "<style>",
    "<p>",
    "<div>",
    "</div>",
    "<br>",
    "<b>a ",
    "<table><tr><td>a",
    "<a href=javascript:alert(1)>x</a>",
    "<img src=x onerror=alert(1)>",
    "<p a=1 b=2 c=3 d=4 e=5 f=6 g=7 h=8>",
    "<![CDATA[",
    "<embed",
    "<a" + "b" * 60,
    "<!DOCTYPE html>",
    "&#",
    "&amp;",
    "&#x1b;",
    # Markdown
    "*a ",
    "**a ",
    "_a ",
    "~~a ",
    "[a",
    "[a](",
    "](",
    "![a",
    "``a `",
    "# ",
    "---\n",
    "> ",
    "- ",
    "| --- ",
    "---" + " " * 40,
    "[a]: ",
    "\\*",
    # text
    "Le maire a signé le 3 mars 2015. ",
    "Ligne.\n",
    "\n\n",
    "\r",
    "\r\n",
    " ",
    "\t",
    "é",
    "😀",
    "\u202e",
    "\ufeff",
    "\x1b[31m",
    "\x00",
    "\x07",
    "9" * 40,
    "en 2015, puis 2016, ",
    "il y a 3 ans, ",
]


@st.composite
def hostile_text(draw: st.DrawFn, max_chars: int = MAX_BYTES // 2) -> str:
    """A few blocks, each repeated up to thousands of times, around a readable sentence."""
    parts: list[str] = []
    size = 0
    for _ in range(draw(st.integers(1, 4))):
        block = draw(st.sampled_from(BLOCKS) | st.text(min_size=1, max_size=8))
        times = draw(st.integers(1, max(1, (max_chars - size) // max(1, len(block)))))
        parts.append(block * min(times, 4000))
        size += len(parts[-1])
        if size >= max_chars:
            break
    if draw(st.booleans()):
        parts.insert(
            draw(st.integers(0, len(parts))), "Un paragraphe lisible, daté du 4 mai 2020.\n"
        )
    return "".join(parts)[:max_chars]


@st.composite
def hostile_file(draw: st.DrawFn) -> tuple[str, bytes]:
    """``(suffix, bytes)``: hostile text in a format (by extension, or none), encoded, with a
    declared charset that may lie or name no text encoding; or random bytes."""
    suffix = draw(st.sampled_from(["", ".txt", ".md", ".html", ".htm", ".xhtml"]))
    if draw(st.integers(0, 9)) == 0:
        return suffix, draw(st.binary(max_size=4096))
    text = draw(hostile_text())
    if draw(st.booleans()):
        codec = draw(st.sampled_from(NOT_TEXT_CODECS + TEXT_CODECS))
        text = f'<html><head><meta charset="{codec}"></head><body>{text}</body></html>'
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-16", "cp1252", "latin-1"]))
    data = text.encode(encoding, errors="replace" if encoding != "utf-8" else "surrogatepass")
    return suffix, data[:MAX_BYTES]


def budget_s(size: int) -> float:
    """Processor time an input of ``size`` bytes (or characters) may take: linear in its size."""
    return BUDGET_BASE_S + BUDGET_PER_BYTE_S * size


def timed(operation: Callable[[], object]) -> tuple[object | BaseException, float]:
    """Run ``operation``; its result or the exception it raised, and the processor time it took
    (this thread's: other processes on a busy machine do not count)."""
    started = time.thread_time()
    try:
        result: object | BaseException = operation()
    except Exception as exc:
        result = exc
    return result, time.thread_time() - started


# The fixed corpus: each family of the issue, as a function of a size, with the operation that
# was slow on it. Every one must grow linearly (tests/fuzz/test_fuzz_corpus.py).
CORPUS: dict[str, tuple[str, Callable[[int], str]]] = {
    "html comments before the text": ("sniff", lambda n: "<!-- -->" * n + "Bonjour."),
    "markdown emphasis": ("md", lambda n: "*a " * n),
    "markdown strong": ("md", lambda n: "**a " * n),
    "markdown strike": ("md", lambda n: "~~a " * n),
    "markdown links": ("md", lambda n: "[a](" * n),
    "markdown brackets": ("md", lambda n: "[a" * n),
    "markdown code ticks": ("md", lambda n: "``a `" * n),
    "markdown unclosed comments": ("md", lambda n: "<!--" * n),
    "markdown unclosed scripts": ("md", lambda n: "<script>" * n),
    "markdown heading blanks": ("md", lambda n: "# a" + " " * (4 * n) + "b"),
    "html attributes": (
        "html",
        lambda n: f"<p {' '.join(f'a{i}=1' for i in range(n))}>Bonjour.</p>",
    ),
    "html unclosed comments": ("html", lambda n: "<p>Un texte.</p>" + "<!--" * n),
    "text control characters": ("txt", lambda n: "Un texte.\x1b[31m\u202e " * n),
    "text one long line": ("txt", lambda n: "mot " * (4 * n)),
}
