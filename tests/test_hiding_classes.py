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


def test_the_screen_reader_words_of_other_frameworks_and_their_namespaces() -> None:
    """Foundation's "show-for-sr", the Government Site Builder's "aural", jQuery UI's
    "ui-helper-hidden-accessible", GOV.UK's "govuk-visually-hidden", Jetpack's
    "sharing-screen-reader-text": a namespace before the word is the same utility. Counter-examples:
    Tailwind's "not-sr-only" shows the element again, "md:sr-only" hides it on wide screens only, a
    word inside a longer one ("auraljump", "offscreen-menu") is another class."""
    for name in ("show-for-sr", "aural", "is-aural", "ui-helper-hidden-accessible", "govuk-visually-hidden",
                 "sharing-screen-reader-text", "o-visuallyhidden", "u-hiddenvisually", "a11y-hidden", "assistive-text",
                 "vjs-offscreen", "visually-hidden-focusable", "wt-cli-sr-only", "_screen-reader-only"):
        assert shown_to_screen_readers_only(f"label {name}"), name
        assert not hides_from_everyone(name)
    for name in ("not-sr-only", "focus:not-sr-only", "md:sr-only", "auraljump", "offscreen-menu",
                 "field--label-visually_hidden"):
        assert not shown_to_screen_readers_only(name), name
