"""Red-team probes of the sixth session's two-digit year after a publication's word (review-a). German "am"
and "vom" are any day's prepositions: a legal story's "Urteil <span>vom 12.11.20</span>" (the court's day)
or a closing "<span>am 14.06.21</span>" of a "Stand" line dated the page. htmldate's own case, the rule's
source, prints "am" in an element named for the publication (adbar/htmldate, tests/unit_tests.py, "<abbr
class="published">am 12.11.16</abbr>")."""

from __future__ import annotations

from harvester import extract_article
from tests.test_day_short_year_label import _URL, _page


def test_am_or_vom_alone_in_an_unnamed_element_dates_no_page() -> None:
    for meta in ('<p class="urteil">BGH, Urteil <span class="az">vom 12.11.20</span></p>',
                 '<p class="stand"><span>am 14.06.21</span></p>'):
        assert extract_article(_page(meta), _URL).byline.published_at is None, meta


def test_am_in_a_published_element_and_a_publication_word_still_date() -> None:
    """Counter-example: the rule's own forms."""
    for meta in ('<div class="entry-meta">Von Jane Roe <abbr class="published">am 04.03.21</abbr></div>',
                 '<div class="entry-meta"><span class="posted-on">am 04.03.21</span></div>',
                 '<div class="entry-meta"><span>Veröffentlicht am 04.03.21</span></div>'):
        assert str(extract_article(_page(meta), _URL).byline.published_at) == "2021-03-04", meta
