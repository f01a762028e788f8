"""Red-team probes of the sixth session's Vietnamese "Viết bởi" (review-a): Joomla 1.5's vi-VN pack prints
"Written by %s" as "Viết bởi %s" (congthanhkid/xaydungWeb-joomla, language/vi-VN/vi-VN.com_content.ini),
and Vietnamese sites post under the editorial board's account ("Viết bởi Ban Biên Tập") or reprint the
national wire under its initials ("Viết bởi TTXVN", Thông tấn xã Việt Nam, the Vietnam News Agency). Both
were credited as persons."""

from __future__ import annotations

from tests.field_pages import extract
from tests.test_authors_joomla_labels import _joomla25_article


def _credits(name: str) -> list[tuple[str, str]]:
    record = extract(_joomla25_article("Viết bởi", name, "vi"))
    return [(author.name, author.kind) for author in record.byline.authors]


def test_the_editorial_board_is_no_person_and_ttxvn_the_wire() -> None:
    assert _credits("Ban Biên Tập") == []
    assert _credits("TTXVN") == [("VNA", "agency")]


def test_a_writer_is_still_a_person() -> None:
    """Counter-example: the label's own probe keeps its writer."""
    assert _credits("Nguyễn Văn An") == [("Nguyễn Văn An", "person")]
