"""The parts that are imported only when a feature needs them (HTML reading, spaCy and its
models): when one cannot be imported, the feature fails with one line that says what is missing
and the command that installs it (``MissingPart``), never a traceback.

The commands name this interpreter (``sys.executable``), so they install into the environment
Liseuse runs in, and the version ranges pyproject.toml declares (read from the installed
metadata).
"""

from __future__ import annotations

import re
import shlex
import sys
from functools import cache

from core.errors import MissingPart

LANGUAGES = {"fr": "French", "en": "English"}


@cache
def _declared() -> dict[str, str]:
    """Liseuse's own requirements by normalized name (empty when it is not installed)."""
    from importlib.metadata import PackageNotFoundError, requires

    try:
        found = requires("liseuse") or []
    except PackageNotFoundError:
        return {}
    requirements = {}
    for requirement in found:
        if "extra ==" in requirement:
            continue
        spec = requirement.split(";")[0].strip()
        match = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", spec)
        if match:
            requirements[_normalize(match.group(0))] = spec
    return requirements


def _normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement(distribution: str) -> str:
    """``distribution`` with the version range Liseuse declares for it, if it declares it."""
    return _declared().get(_normalize(distribution), distribution)


def pip_install(distribution: str, *, again: bool = False) -> str:
    """The command that installs ``distribution`` into this environment."""
    words = [sys.executable, "-m", "pip", "install"]
    if again:
        words.append("--force-reinstall")
    words.append(requirement(distribution))
    return shlex.join(words)


def spacy_download(model: str) -> str:
    return shlex.join(["python", "-m", "spacy", "download", model])


def missing_module(exc: BaseException) -> str | None:
    """The top-level module whose import failed, found anywhere in the exception's chain."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        name = getattr(current, "name", None)
        if isinstance(current, ImportError) and name:
            return str(name).split(".")[0]
        current = current.__cause__ or current.__context__
    return None


def first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def html_unavailable(exc: BaseException) -> MissingPart:
    """Reading HTML (trafilatura, and the lxml_html_clean its justext imports) failed to import."""
    module = missing_module(exc) or "trafilatura"
    distribution = module if _normalize(module) in _declared() else "trafilatura"
    return MissingPart(
        f"HTML articles cannot be read: the module {module} is missing or does not load "
        f"({first_line(exc)}); install it with: {pip_install(distribution, again=True)}"
    )


def spacy_unavailable(exc: BaseException) -> MissingPart:
    module = missing_module(exc)
    fix = pip_install(module) if module and module != "spacy" else pip_install("spacy", again=True)
    return MissingPart(
        f"names cannot be found: spaCy does not load ({first_line(exc)}); install what it "
        f"needs with: {fix}"
    )


def model_unavailable(model: str, exc: BaseException) -> MissingPart:
    """A spaCy model that is installed but does not load (damaged, or for another spaCy)."""
    fix = pip_install(model, again=True) if _normalize(model) in _declared() else None
    return MissingPart(
        f"names cannot be found: the spaCy model {model} does not load ({first_line(exc)}); "
        f"reinstall it with: {fix or spacy_download(model)}"
    )


def model_missing_note(lang: str, model: str) -> str:
    """Said when an article's language has no model installed (names are then not found)."""
    language = LANGUAGES.get(lang, f"'{lang}'")
    return (
        f"No spaCy model for {language} is installed, so names were not found (dates were); "
        f"install one with: {spacy_download(model)}"
    )
