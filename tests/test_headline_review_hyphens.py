"""Red-team probes of the sixth session's two-hyphen rule (review-a). Chinese writers type two hyphens for
the dash "——" inside a headline ("新冠疫苗研发取得重大进展--专家解读", progress on a vaccine -- experts
explain), and the rule made the short part after them a site's name to strip. People's Daily's own titles,
the rule's source, glue a section and the site ("标题--健康·生活--人民网") or the site alone ("--人民网")."""

from __future__ import annotations

from field_pages import extract
from test_headline_template_probes import ZH_HEADLINE, _people

_URL = "http://health.people.com.cn/n1/2025/1104/c14739-40123456.html"


def test_a_dash_typed_as_two_hyphens_keeps_the_headline_whole() -> None:
    title = "新冠疫苗研发取得重大进展--专家解读"
    assert _extract(title) == title


def test_peoples_daily_tails_still_come_off() -> None:
    """Counter-example: the rule's own titles."""
    assert _extract(f"{ZH_HEADLINE}--健康·生活--人民网") == ZH_HEADLINE
    assert _extract(f"{ZH_HEADLINE}--人民网") == ZH_HEADLINE


def _extract(title: str) -> str | None:
    return extract(_people(title), _URL).headline
