"""The class catalogues of markup that hide an element: from every reader, or from all but screen readers."""

from __future__ import annotations

from harvester.document.markup import hides_from_everyone, shown_to_screen_readers_only


def test_hiding_classes_are_whole_tokens_in_any_case() -> None:
    assert hides_from_everyone("author rich-snippet-hidden")
    assert hides_from_everyone("Is-Hidden")
    assert hides_from_everyone("d-none")
    # A part's, a layout's or a breakpoint's class hides nothing from every reader.
    assert not hides_from_everyone("field--label-hidden overflow-hidden hidden-xs")
    assert not hides_from_everyone("")


def test_bootstrap_d_none_beside_a_breakpoint_display_hides_on_phones_only() -> None:
    assert not hides_from_everyone("breadcrumbs d-none d-md-block")
    assert hides_from_everyone("d-none d-md-none")
    assert hides_from_everyone("hidden d-none d-md-block")


def test_screen_reader_classes_are_not_hiding_classes() -> None:
    for name in ("sr-only", "visually-hidden", "visuallyhidden", "Screen-Reader-Text", "element-invisible"):
        assert shown_to_screen_readers_only(f"label {name}")
        assert not hides_from_everyone(name)
    assert not shown_to_screen_readers_only("sr-only-focusable-x hidden")
