"""Edits of mimeapps.list keep every line that is not ours."""

from __future__ import annotations

from gui.mimeapps import add_associations, associations, remove_associations

OURS = "io.example.Ours.desktop"


def test_adds_a_section_to_an_empty_file() -> None:
    text = add_associations("", OURS, ["text/plain", "text/html"])

    assert text == f"[Added Associations]\ntext/plain={OURS};\ntext/html={OURS};\n"


def test_appends_after_other_sections_and_before_the_next_one() -> None:
    before = (
        "[Default Applications]\ntext/plain=a.desktop\n\n[Added Associations]\n\n[Other]\nx=1\n"
    )

    text = add_associations(before, OURS, ["text/plain"])

    assert text == (
        "[Default Applications]\ntext/plain=a.desktop\n\n"
        f"[Added Associations]\ntext/plain={OURS};\n\n[Other]\nx=1\n"
    )


def test_existing_applications_keep_their_rank() -> None:
    before = "[Added Associations]\ntext/plain=a.desktop;b.desktop\n# note\n"

    text = add_associations(before, OURS, ["text/plain"])

    assert associations(text) == {"text/plain": ["a.desktop", "b.desktop", OURS]}
    assert "# note" in text


def test_adding_twice_is_the_same_as_once() -> None:
    once = add_associations("[Added Associations]\n", OURS, ["text/plain", "text/plain"])

    assert add_associations(once, OURS, ["text/plain"]) == once
    assert associations(once) == {"text/plain": [OURS]}


def test_remove_keeps_other_applications() -> None:
    before = f"[Added Associations]\ntext/plain=a.desktop;{OURS};\ntext/html={OURS};\n"

    assert remove_associations(before, OURS) == "[Added Associations]\ntext/plain=a.desktop;\n"


def test_remove_drops_an_emptied_section_between_others() -> None:
    before = f"[Default Applications]\nx=a.desktop\n\n[Added Associations]\nx={OURS};\n\n[Z]\nk=v\n"

    assert remove_associations(before, OURS) == "[Default Applications]\nx=a.desktop\n\n[Z]\nk=v\n"


def test_remove_without_our_section_changes_nothing() -> None:
    before = "[Default Applications]\ntext/plain=a.desktop\n"

    assert remove_associations(before, OURS) == before
