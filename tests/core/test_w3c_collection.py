"""The W3C export checked as a strict consumer would, offline: every key a term of the Web
Annotation JSON-LD context (http://www.w3.org/ns/anno.jsonld, its terms copied below) or of a
prefix it defines, every type one of its classes; and the collection and page assertions of the
W3C's test suite (web-annotation-tests: collections/collectionMusts.test, pageOptionals.test,
definitions/collections.json and id.json), written here as checks."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from core.annotations import exporting
from core.model import Annotation, DocumentInfo

ANNO = "http://www.w3.org/ns/anno.jsonld"
# The terms of anno.jsonld's @context (W3C Recommendation, 2017), and its prefixes.
PREFIXES = {
    "oa", "dc", "dcterms", "dctypes", "foaf", "rdf", "rdfs", "skos", "xsd", "iana", "owl", "as",
    "schema",
}  # fmt: skip
CLASSES = {
    "Annotation", "Dataset", "Image", "Video", "Audio", "Text", "Content", "TextualBody",
    "ResourceSelection", "SpecificResource", "FragmentSelector", "CssSelector", "XPathSelector",
    "TextQuoteSelector", "TextPositionSelector", "DataPositionSelector", "SvgSelector",
    "RangeSelector", "TimeState", "HttpState", "CssStylesheet", "Choice", "Person", "Software",
    "Organization", "AnnotationCollection", "AnnotationPage", "Audience",
}  # fmt: skip
MOTIVATIONS = {
    "bookmarking", "classifying", "commenting", "describing", "editing", "highlighting",
    "identifying", "linking", "moderating", "questioning", "replying", "reviewing", "tagging",
}  # fmt: skip
PROPERTIES = {
    "id", "type", "body", "target", "source", "selector", "state", "scope", "refinedBy",
    "startSelector", "endSelector", "renderedVia", "creator", "generator", "rights", "motivation",
    "purpose", "homepage", "via", "canonical", "stylesheet", "cached", "conformsTo", "items",
    "partOf", "first", "last", "next", "prev", "audience", "bodyText", "format", "language",
    "created", "modified", "generated", "text", "value", "start", "end", "exact", "prefix",
    "suffix", "sourceDate", "sourceDateStart", "sourceDateEnd", "styleClass", "name", "email",
    "email_sha1", "account", "label", "total", "startIndex",
}  # fmt: skip
URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*$")  # RFC 3986: a scheme, then
DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$")


def _annotation(uuid: str, start: int | None, state: Any = "exact", **values: Any) -> Annotation:
    return Annotation(
        id=1,
        uuid=uuid,
        document_id=1,
        document_sha256="a" * 64,
        start=start,
        end=None if start is None else start + 9,
        quote="le budget",
        prefix="a voté ",
        suffix=" de la ville",
        color=values.pop("color", "yellow"),
        note=values.pop("note", ""),
        tags=values.pop("tags", ()),
        created="2024-05-01T10:00:00.000000Z",
        modified="2024-05-02T10:00:00.000000Z",
        anchor_state=state,
    )


DOCUMENT = DocumentInfo(1, "Le budget", "fr", "a" * 64, "/articles/budget.txt", None, 100)
ANNOTATIONS = [
    _annotation("0f8fad5b-d9cb-469f-a165-70867728950e", 12, note="à **vérifier**", tags=("vélo",)),
    _annotation("7c9e6679-7425-40de-944b-e07fc1f90ae7", 40, "approximate", color="red"),
    _annotation("16fd2706-8baf-433b-82eb-8c7fada847da", None, "unanchored", color="blue"),
]


@pytest.fixture(params=["three highlights", "none"])
def exported(request: pytest.FixtureRequest) -> dict[str, Any]:
    annotations = ANNOTATIONS if request.param == "three highlights" else []
    parsed: dict[str, Any] = json.loads(exporting.to_json_text(DOCUMENT, annotations))
    return parsed


def _local_prefixes(data: dict[str, Any]) -> set[str]:
    contexts = data["@context"] if isinstance(data["@context"], list) else [data["@context"]]
    return {key for c in contexts if isinstance(c, dict) for key in c}


def _walk(value: Any, prefixes: set[str], where: str = "$") -> list[str]:
    """Keys that are no term of the context (nor a compact IRI of a defined prefix)."""
    wrong: list[str] = []
    if isinstance(value, list):
        for i, item in enumerate(value):
            wrong += _walk(item, prefixes, f"{where}[{i}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            if key == "@context":
                continue
            prefix = key.split(":", 1)[0] if ":" in key else None
            if key not in PROPERTIES and prefix not in prefixes:
                wrong.append(f"{where}.{key}")
            if key == "type":
                types = item if isinstance(item, list) else [item]
                wrong += [f"{where}.type={t}" for t in types if t not in CLASSES]
            if key in ("motivation", "purpose") and item not in MOTIVATIONS:
                wrong.append(f"{where}.{key}={item}")
            wrong += _walk(item, prefixes, f"{where}.{key}")
    return wrong


def test_every_key_and_type_is_a_term_of_the_context(exported: dict[str, Any]) -> None:
    assert _walk(exported, PREFIXES | _local_prefixes(exported)) == []


def test_the_context_is_the_web_annotation_one(exported: dict[str, Any]) -> None:
    """collections/5.1-collectionContextValidated: the anno context, alone or in an array."""
    value = exported["@context"]
    assert value == ANNO or (isinstance(value, list) and ANNO in value)
    for extra in value if isinstance(value, list) else []:
        if isinstance(extra, dict):  # a prefix of Liseuse's own: an IRI that ends a name
            assert all(URI.match(iri) and iri[-1] in "#/:" for iri in extra.values())


def test_the_collection_meets_the_musts(exported: dict[str, Any]) -> None:
    """collections/collectionMusts.test: id (§5.1), type, label, total, first, last."""
    assert isinstance(exported["id"], str)
    assert URI.match(exported["id"])
    assert exported["type"] == "AnnotationCollection"
    assert isinstance(exported["label"], str)
    assert exported["label"]
    total = exported["total"]
    assert isinstance(total, int)
    assert total >= 0
    first = exported["first"]  # firstRequiredIfTotalMoreThanZero, firstValidIfPresent
    assert isinstance(first, str | dict)
    if total > 0:
        assert isinstance(first, dict)
        assert first["type"] == "AnnotationPage"
    if "last" in exported:  # lastValidIfPresent: a single string of format uri
        assert isinstance(exported["last"], str)
        assert URI.match(exported["last"])


def test_the_page_has_its_id_and_says_what_it_is_part_of(exported: dict[str, Any]) -> None:
    """§5.2 and collections/pages/pageOptionals.test: id, type, partOf, startIndex, items."""
    page = exported["first"]
    assert isinstance(page["id"], str)
    assert URI.match(page["id"])
    assert page["id"] != exported["id"]
    assert page["partOf"] == exported["id"]
    assert page["startIndex"] == 0
    assert isinstance(page["items"], list)
    assert len(page["items"]) == exported["total"]
    assert exported["last"] == page["id"]
    for item in page["items"]:  # itemsFound: objects of type Annotation
        assert item["type"] == "Annotation"
        assert URI.match(item["id"])
        assert DATE_TIME.match(item["created"])  # 3.3.1-annotationCreatedValidated
        assert DATE_TIME.match(item["modified"])
        assert item["target"]["source"].startswith("urn:sha256:")


def test_the_ids_are_stable_for_the_same_text() -> None:
    again = exporting.to_collection(DOCUMENT, ANNOTATIONS[:1])
    first = exporting.to_collection(DOCUMENT, ANNOTATIONS)
    assert (again["id"], again["first"]["id"]) == (first["id"], first["first"]["id"])
    other = exporting.to_collection(
        DocumentInfo(2, "Autre", "fr", "b" * 64, "/b.txt", None, 1), ANNOTATIONS
    )
    assert other["id"] != first["id"]
