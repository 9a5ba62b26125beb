"""A stored, unchanged article is answered from the store without importing spaCy, or even
SQLAlchemy (``core.store.quick`` reads it)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from core import EXTRACTOR_VERSION, api
from core.model import DocumentInfo, Extraction
from core.store import repository
from core.store.db import open_store

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
from core.cli import main
code = main(sys.argv[1:])
loaded = {name: name in sys.modules for name in ("spacy", "sqlalchemy")}
print(json.dumps({"code": code, **loaded}), file=sys.stderr)
"""


def test_stored_article_needs_neither_spacy_nor_sqlalchemy(tmp_path: Path) -> None:
    article_path = tmp_path / "article.txt"
    article_path.write_text("Un titre\nAnne Roy est arrivée à Lyon en mars 2015.\n", "utf-8")
    db = f"sqlite:///{tmp_path / 'store.sqlite'}"
    article = api.prepare(article_path)
    store = open_store(db)
    stored = Extraction(
        DocumentInfo(
            0,
            article.title,
            article.language,
            article.sha256,
            article.source,
            None,
            len(article.text),
        ),
        article.text,
        article.regions,
    )
    repository.save_extraction(
        store, stored, raw_sha256=article.raw_sha256, extractor_version=EXTRACTOR_VERSION
    )
    store.close()

    result = subprocess.run(
        [sys.executable, "-c", PROBE, "extract", str(article_path), "--json", "--db", db],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    probe = json.loads(result.stderr.strip().splitlines()[-1])
    assert probe == {"code": 0, "spacy": False, "sqlalchemy": False}
    assert json.loads(result.stdout)["text"] == article.text
