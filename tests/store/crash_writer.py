"""The child of the crash test: writes highlights and corrections as fast as it can and
acknowledges each one, over the pipe it was handed, only after the store's commit has returned."""

from __future__ import annotations

import random
from multiprocessing.connection import Connection

from core.annotations.colors import COLORS
from core.store import annotations as service
from core.store import corrections
from core.store.db import open_store

NOTES = ("", "court", "une note\nsur deux lignes", "émoji 🚀 et « guillemets »", "نص عربي")


def write_forever(url: str, acks: Connection, document_id: int, length: int, seed: int) -> None:
    """Create (mostly), recolour or delete highlights, add or take back corrections, until
    killed; send one message per commit: ``("put", annotation)``, ``("gone", id)``,
    ``("fix", correction)`` or ``("unfix", uuid)``. A change to a row already acknowledged is
    announced before it starts (``("will", kind, subject)``): killed between its commit and
    its acknowledgement, it may be in the store or not, and the test must accept either."""
    rng = random.Random(seed)
    store = open_store(url)
    mine: list[int] = []
    fixes: list[str] = []
    step = 0
    while True:
        step += 1
        roll = rng.random()
        if roll > 0.85:
            start = rng.randrange(length - 20)
            made = corrections.add(
                store,
                "date_value",
                "?",
                document_id=document_id,
                span=(start, start + 12),
                payload={"value": f"20{rng.randrange(10, 30)}-0{rng.randint(1, 9)}"},
            )
            fixes.append(made.uuid)
            acks.send(("fix", made))
        elif fixes and roll > 0.80:
            uuid = fixes.pop(rng.randrange(len(fixes)))
            acks.send(("will", "unfix", uuid))
            gone = corrections.remove(store, uuid)
            acks.send(("unfix", gone.uuid))
        elif mine and roll < 0.15:
            chosen = rng.choice(mine)
            acks.send(("will", "put", chosen))
            annotation = service.update(
                store, chosen, color=rng.choice(tuple(COLORS)), note=f"revu {step}"
            )
            acks.send(("put", annotation))
        elif mine and roll < 0.22:
            chosen = mine.pop(rng.randrange(len(mine)))
            acks.send(("will", "gone", chosen))
            gone = service.delete(store, chosen)
            acks.send(("gone", gone.id))
        else:
            start = rng.randrange(length - 40)
            annotation = service.create(
                store,
                document_id,
                start,
                start + rng.randint(5, 40),
                color=rng.choice(tuple(COLORS)),
                note=f"{rng.choice(NOTES)} {seed}/{step}",
                tags=rng.sample(("a", "b", "c", "d"), rng.randint(0, 2)),
            )
            mine.append(annotation.id)
            acks.send(("put", annotation))


def _warm_up() -> None:
    """Run every kind of write once in memory, so that a forked child starts with SQLAlchemy's
    mappers configured and its statement caches filled (no connection crosses the fork)."""
    import hashlib

    from core.model import DocumentInfo, Extraction, Region
    from core.store.repository import save_extraction

    store = open_store("sqlite://")
    text = "x" * 100
    sha = hashlib.sha256(text.encode()).hexdigest()
    info = DocumentInfo(0, "", "fr", sha, "", None, len(text))
    document = save_extraction(
        store,
        Extraction(info, text, (Region(0, 100, "body"),)),
        raw_sha256=sha,
        extractor_version="",
    )
    made = service.create(store, document, 0, 10, tags=["a", "b"])
    service.update(store, made.id, color="red", note="n")
    service.delete(store, made.id)
    fix = corrections.add(store, "kind", "x", document_id=document, payload={"kind": "ORG"})
    corrections.remove(store, fix.uuid)
    store.close()


_warm_up()
