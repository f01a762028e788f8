"""What the open web sends the extractor: every page either yields a record that validates (with
warnings when something was cut or skipped) or raises NotHTMLError, and does so in bounded time.

The big inputs run in a subprocess with a generous timeout, so a hang fails its test instead of
blocking the suite; the subprocess also reports time and peak memory, for the README's table.
"""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import lxml.etree
import pytest
from strict_schema import format_errors

import harvester.document.parse
import harvester.fields.body
import harvester.fields.comments
from harvester import ArticleRecord, NotHTMLError, extract_article
from harvester.document import Page, text_of
from harvester.document.parse import MAX_DEPTH, MAX_JSONLD_CHARS, MAX_JSONLD_DEPTH
from harvester.evaluation import calendar_day
from harvester.schema import SCHEMA_FILE

URL = "https://health.example.org/news/walking-study.html"
HEADLINE = "Walking cuts heart risk"
PARAGRAPHS = (
    "Adults who walked thirty minutes a day had fewer heart attacks over ten years, researchers reported "
    "on Tuesday in a study that followed 12,000 people in four countries.",
    "The effect held after the team accounted for age, smoking, diet and income, although the authors "
    "cautioned that an observational study cannot prove that walking itself lowers the risk.",
    "Participants who walked briskly saw the largest benefit, and the gains were similar for men and women, "
    "the lead author said in an interview with the newspaper's health desk.",
)
BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
URL_KEYS = {"url", "canonical_url", "author_url"}
# C0 and C1 controls but tab, line feed and carriage return (body_text separates blocks with them).
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def article(body: str = BODY, head: str = "", *, lang: str = "en", title: str = HEADLINE, byline: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
            f'<body><header class="site-header"><nav><a href="/">Home</a> <a href="/news/">News</a></nav></header>'
            f'<main><article class="post"><header class="entry-header"><h1 class="entry-title">{title}</h1>{byline}'
            f'</header><div class="entry-content">{body}</div></article></main>'
            f'<footer class="site-footer"><p>&copy; 2024 Health Example</p></footer></body></html>')


def validated(record: ArticleRecord) -> ArticleRecord:
    """The record as a consumer reads it back: a record that fails here is a broken feed line.

    A strict consumer's check too: the committed schema with formats asserted.
    """
    data = record.model_dump(mode="json")
    assert format_errors(data) == []
    return ArticleRecord.model_validate(data)


def strings(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from strings(item, f"{path}[{index}]")


def urls(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """Every URL the record holds, wherever it sits (authors, comments, images, sources...)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "extraction":
                continue
            if key in URL_KEYS and isinstance(item, str):
                yield f"{path}.{key}", item
            else:
                yield from urls(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from urls(item, f"{path}[{index}]")


def assert_absolute_urls(record: ArticleRecord) -> None:
    for path, url in urls(record.model_dump(mode="json")):
        assert re.match(r"https?://[^/?#\s]+", url), f"{path} is not an absolute http(s) URL: {url!r}"


# --- not HTML at all -------------------------------------------------------------------------

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
       b"\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff\x89\x99=\x1d\x00\x00\x00\x00IEND\xaeB`\x82")
PDF = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
       b"2 0 obj\n<< /Length 44 >>\nstream\n" + bytes(range(256)) + b"\nendstream\nendobj\n%%EOF\n")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b" \n\t\r\n   \n", "empty"),
        ("\ufeff  \n".encode(), "empty"),
        (b"Walking cuts heart risk.\n\nAdults who walked 30 minutes a day (p < 0.05) had fewer events.\n"
         b"Contact: <press@example.org>\n", "markup"),
        (b'{"headline": "Walking cuts heart risk", "body": "a < b"}', "markup"),
        (PNG, "PNG"),
        (PDF, "PDF"),
        (gzip.compress(article().encode(), mtime=0), "gzip"),
        (bytes(range(256)) * 64, "binary"),
    ],
    ids=["empty", "whitespace", "bom-only", "plain-text", "json", "png", "pdf", "gzip", "random-bytes"],
)
def test_input_that_is_not_html_raises_the_one_documented_error(data: bytes, reason: str) -> None:
    with pytest.raises(NotHTMLError, match=reason):
        extract_article(data, URL)


@pytest.mark.parametrize("text", ["", "   \n\t  ", "Plain text, no markup at all.", "\x00\x01\x02\x03" * 500])
def test_text_input_that_is_not_html_raises_too(text: str) -> None:
    with pytest.raises(NotHTMLError):
        extract_article(text, URL)


def test_not_html_error_is_a_value_error_for_callers_that_catch_broadly() -> None:
    assert issubclass(NotHTMLError, ValueError)


# --- broken markup ---------------------------------------------------------------------------

@pytest.mark.parametrize("fraction", [0.05, 0.3, 0.5, 0.62, 0.8, 0.95])
def test_truncated_html_yields_a_valid_record(fraction: float) -> None:
    page = article().encode()
    record = validated(extract_article(page[: int(len(page) * fraction)], URL))
    assert record.url == URL


def test_html_truncated_inside_the_body_keeps_headline_and_the_text_before_the_cut() -> None:
    page = article()
    cut = page.index(PARAGRAPHS[2][:40]) + 20  # inside the third paragraph, mid-word
    record = validated(extract_article(page[:cut] + '<a href="/x" class="', URL))
    assert record.headline == HEADLINE
    assert PARAGRAPHS[0] in record.body_text


def test_unclosed_tags_everywhere_keep_all_the_text() -> None:
    # Old CMS output: nothing ever closed, 3,000 levels deep by the end. libxml2 alone stops
    # building at its depth limit and silently drops everything after it.
    paragraphs = [f"Paragraph {i}: researchers followed the cohort for another year." for i in range(1000)]
    body = "".join(f'<div class="c"><font color="#333"><p>{p}<span>' for p in paragraphs)
    page = Page.from_text(article(body))
    text = page.tree.text_content()
    assert all(p in text for p in (paragraphs[0], paragraphs[500], paragraphs[-1]))
    assert any("nested deeper" in w for w in page.warnings)
    record = validated(extract_article(article(body), URL))
    assert record.headline == HEADLINE
    assert paragraphs[-1] in record.body_text


@pytest.mark.slow
def test_100000_nested_divs_are_folded_not_lost() -> None:
    body = "<div>" * 100_000 + f"<p>{PARAGRAPHS[0]}</p>" + "</div>" * 100_000 + f"<p>{PARAGRAPHS[1]}</p>"
    page = Page.from_text(article(body))
    text = page.tree.text_content()
    assert PARAGRAPHS[0] in text and PARAGRAPHS[1] in text
    assert max(len(list(el.iterancestors())) for el in page.tree.iter("p")) <= MAX_DEPTH
    record = validated(extract_article(article(body), URL))
    assert any("nested deeper" in w for w in record.extraction.warnings)
    assert record.headline == HEADLINE
    assert PARAGRAPHS[1] in record.body_text


def test_nul_bytes_and_control_characters_never_reach_the_record() -> None:
    dirty = "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\x9f"
    head = (f'<meta name="description" content="Short{dirty} summary">'
            f'<meta property="og:site_name" content="Health{dirty} Example">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Walking\\u0000 cuts\\u0007 '
            'heart risk", "author": {"@type": "Person", "name": "Jane\\u0000 Doe\\u001b"}, '
            f'"datePublished": "2024-03-14T09:30:00Z", "keywords": ["heart{dirty}", "walking"]}}</script>')
    # Inside words, and (with the form feed, which HTML counts as a space) between them.
    in_word = dirty.replace("\x0c", "")
    body = "".join(f"<p>{p[:40]}{in_word}{p[40:].replace(' ', ' ' + dirty, 1)}</p>" for p in PARAGRAPHS)
    byline = f'<p class="byline">By <a rel="author" href="/author/jane{dirty}">Jane{dirty} Doe</a></p>'
    title = f"Walking{dirty[:3]} cuts heart{dirty[3:]} risk"
    data = article(body, head, title=title, byline=byline).encode("utf-8")
    record = validated(extract_article(data, URL))
    leaks = [(path, value) for path, value in strings(record.model_dump(mode="json")) if CONTROL.search(value)]
    assert leaks == []
    assert record.headline == HEADLINE
    assert [a.name for a in record.byline.authors] == ["Jane Doe"]
    assert PARAGRAPHS[0] in record.body_text


def test_control_characters_in_a_str_input_are_handled_like_in_bytes() -> None:
    record = validated(extract_article(article(title="Walking\x00 cuts\x01 heart\ud800 risk\ufffe"), URL))
    assert record.headline == "Walking cuts heart risk"


# --- charsets --------------------------------------------------------------------------------

CAFE = "Caf\u00e9 \u201cna\u00efve\u201d study \u2014 r\u00e9sum\u00e9"


def _legacy_page(title: str, encoding: str, head: str = "") -> bytes:
    return (f"<html><head>{head}<title>{title}</title></head><body><h1>{title}</h1>{BODY}</body></html>"
            .encode(encoding))


@pytest.mark.parametrize(
    ("data", "headline"),
    [
        (_legacy_page(CAFE, "cp1252"), CAFE),
        (_legacy_page("研究者らは毎日歩くことを勧めた", "shift_jis", '<meta http-equiv="Content-Type" '
                      'content="text/html; charset=Shift_JIS">'), "研究者らは毎日歩くことを勧めた"),
        (_legacy_page("研究人员建议每天步行三十分钟", "gb2312",
                      "<style>" + "".join(f".rule-{i} {{ margin: 0 }}\n" for i in range(50_000)) + "</style>"
                      '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'),
         "研究人员建议每天步行三十分钟"),
        (b"\xef\xbb\xbf" + _legacy_page(CAFE, "utf-8", '<meta charset="iso-8859-1">'), CAFE),
        (_legacy_page(CAFE, "utf-8", '<meta charset="iso-8859-1">'), CAFE),
        (_legacy_page("Исследователи советуют ходить пешком каждый день", "cp1251"),
         "Исследователи советуют ходить пешком каждый день"),
    ],
    ids=["cp1252-undeclared", "shift-jis-declared", "gb2312-declared-late", "utf8-bom", "utf8-labelled-latin1",
         "cp1251-undeclared"],
)
def test_charsets_decode_to_the_text_a_reader_sees(data: bytes, headline: str) -> None:
    record = validated(extract_article(data, URL))
    assert record.headline == headline


def test_utf8_page_with_stray_cp1252_bytes_is_mostly_right() -> None:
    # A UTF-8 template with an excerpt pasted in as Windows-1252.
    page = article(BODY + "<p>Quote: @@ done.</p>", title="Café study — résumé")
    data = page.encode("utf-8").replace(b"@@", "\u201cna\u00efve\u201d caf\u00e9 \u2013".encode("cp1252"))
    record = validated(extract_article(data, URL))
    assert record.headline == "Café study — résumé"
    assert "\u201cna\u00efve\u201d caf\u00e9 \u2013 done." in record.body_text


# --- names, dates ----------------------------------------------------------------------------

# Decorative emoji may be kept or dropped from a name, but never half of a sequence.
RENEE = "Renée O\u2019Brien-Nguyễn"
JOSE = "José García"


def test_entities_and_emoji_in_author_names_come_out_as_printed() -> None:
    byline = ('<p class="byline">By <a rel="author" href="/author/renee/">Ren&eacute;e O&#8217;Brien-Nguy&#7877;n '
              '&#x1F469;&#x200D;&#x2695;&#xFE0F;</a></p>')
    record = validated(extract_article(article(byline=byline), URL))
    assert [(a.name, a.url) for a in record.byline.authors] in (
        [(RENEE, "https://health.example.org/author/renee/")],
        [(f"{RENEE} \U0001F469\u200d\u2695\ufe0f", "https://health.example.org/author/renee/")])


def test_entities_and_emoji_in_json_ld_author_names_are_decoded() -> None:
    head = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            '"headline": "Walking cuts heart risk", "author": {"@type": "Person", '
            '"name": "Jos&eacute; Garc&iacute;a \U0001FA7A", "url": "/author/jose/"}}</script>')
    record = validated(extract_article(article(head=head), URL))
    assert [(a.name, a.url) for a in record.byline.authors] in (
        [(JOSE, "https://health.example.org/author/jose/")],
        [(f"{JOSE} \U0001FA7A", "https://health.example.org/author/jose/")])


MARCH_14 = date(2024, 3, 14)


@pytest.mark.parametrize(
    ("lang", "printed"),
    [
        ("en", "March 14, 2024"),
        ("en-GB", "14th March 2024"),
        ("en", "2024-03-14"),
        ("en", "14/03/2024"),
        ("fr", "14 mars 2024"),
        ("de", "14. März 2024"),
        ("es", "14 de marzo de 2024"),
        ("it", "14 marzo 2024"),
        ("pt", "14 de março de 2024"),
        ("nl", "14 maart 2024"),
        ("ru", "14 марта 2024"),
        ("ja", "2024年3月14日"),
        ("zh", "2024年3月14日"),
    ],
)
def test_printed_dates_in_many_languages_and_formats(lang: str, printed: str) -> None:
    byline = (f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published">{printed}</time>'
              '</span></div>')
    record = validated(extract_article(article(byline=byline, lang=lang), URL))
    assert calendar_day(record.byline.published_at) == MARCH_14


@pytest.mark.parametrize("value", ["2024-03-14T09:30:00+01:00", "2024-03-14", "Thu, 14 Mar 2024 09:30:00 GMT",
                                   "March 14, 2024", "2024-03-14 09:30:00", "20240314"])
def test_json_ld_dates_in_the_formats_sites_actually_use(value: str) -> None:
    head = f'<script type="application/ld+json">{{"@type": "NewsArticle", "datePublished": "{value}"}}</script>'
    record = validated(extract_article(article(head=head), URL))
    assert calendar_day(record.byline.published_at) == MARCH_14


def test_impossible_dates_give_no_date_and_no_error() -> None:
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-02-31", '
            '"dateModified": "2024-13-45T25:61:00Z"}</script>'
            '<meta property="article:published_time" content="0000-00-00">')
    byline = ('<div class="entry-meta"><time class="entry-date published" datetime="2024-02-31">31 February 2024'
              '</time> <time class="updated" datetime="99999-01-01">January 1, 99999</time></div>')
    record = validated(extract_article(article(head=head, byline=byline), URL))
    assert record.byline.published_at is None
    assert record.byline.updated_at is None


# --- JSON-LD ---------------------------------------------------------------------------------

def _jsonld(*blocks: str) -> str:
    return "".join(f'<script type="application/ld+json">{b}</script>' for b in blocks)


def test_invalid_json_ld_is_skipped_with_a_warning_and_the_valid_block_still_read() -> None:
    head = _jsonld('{"@type": "NewsArticle", "headline": "Broken", }', '{"@type": "NewsArticle" "x": 1',
                   '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Walking cuts heart risk", '
                   '"author": {"@type": "Person", "name": "Jane Doe"}, "datePublished": "2024-03-14"}')
    page = Page.from_text(article(head=head, title="Site name"))
    assert [o.get("headline") for o in page.jsonld] == ["Walking cuts heart risk"]
    assert "invalid json-ld block skipped" in page.warnings
    record = validated(extract_article(article(head=head), URL))
    assert [a.name for a in record.byline.authors] == ["Jane Doe"]
    assert calendar_day(record.byline.published_at) == MARCH_14


def test_concatenated_json_ld_objects_and_trailing_junk_are_read() -> None:
    head = _jsonld('<!-- {"@type": "WebSite", "name": "Health Example"}, {"@type": "NewsArticle", '
                   '"headline": "Walking cuts heart risk"}; -->')
    page = Page.from_text(article(head=head))
    assert [o["@type"] for o in page.jsonld] == ["WebSite", "NewsArticle"]


def test_json_ld_with_lists_where_objects_are_expected() -> None:
    head = _jsonld(
        '[{"@context": "https://schema.org", "@graph": {"@type": ["NewsArticle", "MedicalWebPage"], '
        '"headline": ["Walking cuts heart risk", "Alt"], "author": [["Jane Doe"], {"@type": "Person", '
        '"name": ["John Roe"]}, 42, null], "datePublished": ["2024-03-14T09:30:00Z"], "publisher": [[]], '
        '"image": [{"url": {"@id": "/img.png"}}], "keywords": {"a": 1}, "mainEntityOfPage": [null]}}, "text", 3]',
        '"just a string"', "[]", "null", '{"@type": null, "@graph": "nope"}')
    page = Page.from_text(article(head=head))
    assert len(page.jsonld_of_type("NewsArticle")) == 1
    record = validated(extract_article(article(head=head), URL))
    assert record.headline == HEADLINE
    assert_absolute_urls(record)
    assert calendar_day(record.byline.published_at) == MARCH_14


def test_megabytes_of_json_ld_within_the_limit_are_read_beyond_it_skipped() -> None:
    body = "Long article body. " * (1_500_000 // 19)
    big = json.dumps({"@type": "NewsArticle", "headline": "From the big block", "articleBody": body})
    huge = json.dumps({"@type": "NewsArticle", "headline": "Never read", "articleBody": body * 2})
    assert len(big) < MAX_JSONLD_CHARS < len(huge)
    page = Page.from_text(article(head=_jsonld(big, huge)))
    assert [o["headline"] for o in page.jsonld] == ["From the big block"]
    assert any("skipped (over the size limit)" in w for w in page.warnings)
    validated(extract_article(article(head=_jsonld(big, huge)), URL))


def test_deeply_nested_json_ld_is_cut_not_a_recursion_error() -> None:
    deep_object = '{"@type": "NewsArticle", "headline": "Deep", "x": ' + '{"a": ' * 500 + "1" + "}" * 500 + "}"
    deep_array = '{"@type": "NewsArticle", "y": ' + "[" * 100_000 + "]" * 100_000 + "}"
    page = Page.from_text(article(head=_jsonld(deep_object, deep_array)))
    assert [o["headline"] for o in page.jsonld] == ["Deep"]
    node, depth = page.jsonld[0]["x"], 1
    while isinstance(node, dict):
        node, depth = node["a"], depth + 1
    assert depth <= MAX_JSONLD_DEPTH + 1
    validated(extract_article(article(head=_jsonld(deep_object, deep_array)), URL))


# --- scripts, links, URLs --------------------------------------------------------------------

def test_script_and_template_contents_never_reach_the_record() -> None:
    head = ('<script>document.write("<p>Injected paragraph one</p>");</script>'
            '<style>p::after { content: "Injected style text" }</style>')
    body = (BODY + '<script>var s = "</div><p>Injected paragraph two</p><h1>Injected headline</h1>";</script>'
            '<script type="text/template"><article><h1>Injected template</h1><p>Injected template text</p></article>'
            '</script><template><p>Injected template element</p></template>'
            '<noscript><p>Please enable JavaScript.</p></noscript>')
    page = article(body, head).replace(f'{HEADLINE}</h1>', f'{HEADLINE}<script>var t = "Injected title";</script></h1>')
    record = validated(extract_article(page, URL))
    found = [(path, value) for path, value in strings(record.model_dump(mode="json")) if "Injected" in value]
    assert found == []
    assert record.headline == HEADLINE
    assert PARAGRAPHS[2] in record.body_text


def test_text_of_skips_script_and_style() -> None:
    page = Page.from_text('<html><body><h1>Real <script>var x = "<b>fake</b>";</script>title<style>h1{}</style></h1>'
                          "</body></html>")
    assert text_of(page.tree.find(".//h1")) == "Real title"


LINKS_HEAD = ('<link rel="canonical" href="//health.example.org/news/walking-study.html?utm_source=x">'
              '<meta property="og:image" content="/images/walk.jpg">'
              '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Walking cuts heart risk", '
              '"author": {"@type": "Person", "name": "Jane Doe", "url": "../authors/jane"}, '
              '"image": {"@type": "ImageObject", "url": "//cdn.example.org/walk.jpg"}}</script>')
LINKS_BODY = (BODY + '<figure><img src="../images/chart.png" alt="Chart"><figcaption>Risk by steps</figcaption>'
              '</figure><p>Read the <a href="//journals.example.com/study/123">full study</a> and '
              '<a href="report.pdf">the report</a>.</p>'
              '<aside class="related-posts"><h3>Related posts</h3><ul>'
              '<li><a href="?p=2">Sleep and memory</a></li><li><a href="../2023/diet.html">Diet myths</a></li>'
              '</ul></aside>')
LINKS_BYLINE = '<p class="byline">By <a rel="author" href="/author/jane-doe/">Jane Doe</a></p>'
COMMENTS = ('<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on “Walking”</h2>'
            '<ol class="comment-list">'
            '<li id="comment-1" class="comment"><article class="comment-body"><footer class="comment-meta">'
            '<div class="comment-author vcard"><b class="fn"><a href="//reader.example.net/" class="url">Reader One</a>'
            '</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-1">'
            '<time datetime="2024-03-15T10:00:00+00:00">March 15, 2024</time></a></div></footer>'
            '<div class="comment-content"><p>Great news for walkers.</p></div></article></li>'
            '<li id="comment-2" class="comment"><article class="comment-body"><footer class="comment-meta">'
            '<div class="comment-author vcard"><b class="fn"><a href="{js}" class="url">Reader Two</a></b> '
            '<span class="says">says:</span></div></footer>'
            '<div class="comment-content"><p>I walk every day.</p></div></article></li></ol></div>')


def _links_page(js: str = "/people/two") -> str:
    return article(LINKS_BODY, LINKS_HEAD, byline=LINKS_BYLINE).replace(
        "</article>", "</article>" + COMMENTS.replace("{js}", js))


def test_relative_and_protocol_relative_urls_come_out_absolute() -> None:
    record = validated(extract_article(_links_page(), URL))
    assert_absolute_urls(record)
    assert record.canonical_url is not None and record.canonical_url.startswith("https://health.example.org/news/")
    # JSON-LD's relative URLs resolve against the page, like every other link
    assert [a.url for a in record.byline.authors] == ["https://health.example.org/authors/jane"]
    assert {c.author_url for c in record.comments} == {"https://reader.example.net/",
                                                       "https://health.example.org/people/two"}


def test_without_a_page_url_relative_links_are_dropped_not_kept_relative() -> None:
    record = validated(extract_article(_links_page(), None))
    assert_absolute_urls(record)


@pytest.mark.parametrize("href", ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
                                  "java&#x0A;script:alert(1)", "&#106;avascript:alert(1)",
                                  "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox(1)"])
def test_javascript_and_data_links_never_reach_the_record(href: str) -> None:
    page = (_links_page(js=href)
            .replace('href="/author/jane-doe/"', f'href="{href}"')
            .replace('href="?p=2"', f'href="{href}"')
            .replace('href="//health.example.org/news/walking-study.html?utm_source=x"', f'href="{href}"'))
    record = validated(extract_article(page, URL))
    leaks = [(path, value) for path, value in strings(record.model_dump(mode="json"))
             if re.search(r"(java|vb)script:|data:text", value, re.IGNORECASE)]
    assert leaks == []
    assert_absolute_urls(record)
    assert [c.author for c in record.comments] == ["Reader One", "Reader Two"]


def test_base_href_elsewhere_resolves_relative_links_like_a_browser() -> None:
    head = '<base href="https://cdn.example.net/assets/">'
    byline = '<p class="byline">By <a rel="author" href="people/jane/">Jane Doe</a></p>'
    record = validated(extract_article(article(head=head, byline=byline), URL))
    assert [a.url for a in record.byline.authors] == ["https://cdn.example.net/assets/people/jane/"]
    assert_absolute_urls(record)


@pytest.mark.parametrize(
    ("base", "expected"),
    [
        ('<base href="https://cdn.example.net/assets/">', "https://cdn.example.net/assets/img/a.png"),
        ('<base href="/static/">', "https://health.example.org/static/img/a.png"),
        ('<base href="javascript:alert(1)//">', "https://health.example.org/news/img/a.png"),
        ('<base href="http://[oops/">', "https://health.example.org/news/img/a.png"),
        ('<base target="_blank">', "https://health.example.org/news/img/a.png"),
    ],
    ids=["elsewhere", "relative", "javascript", "malformed", "no-href"],
)
def test_page_absolute_follows_base_href(base: str, expected: str) -> None:
    page = Page.from_text(article(head=base), URL)
    assert page.absolute("img/a.png") == expected
    assert page.absolute("//cdn.example.org/x.png") == "https://cdn.example.org/x.png"
    assert page.absolute(" java\tscript:alert(1)") is None
    assert page.absolute("http://[::1") is None
    assert Page.from_text(article()).absolute("https:///no-host") is None


# --- big inputs, in a subprocess -------------------------------------------------------------

MEASURE = textwrap.dedent("""
    import json, resource, sys, time
    from harvester import ArticleRecord, extract_article
    data = open(sys.argv[1], "rb").read()
    start = time.perf_counter()
    record = extract_article(data, sys.argv[2])
    seconds = time.perf_counter() - start
    ArticleRecord.model_validate(record.model_dump(mode="json"))
    print(json.dumps({
        "seconds": round(seconds, 2),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
        "headline": record.headline, "body_chars": len(record.body_text),
        "body_head": record.body_text[:300], "comments": len(record.comments),
        "first_comment": record.comments[0].author if record.comments else None,
        "last_comment": record.comments[-1].author if record.comments else None,
        "warnings": record.extraction.warnings,
    }))
""")


def measure(path: Path, url: str = URL) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-c", MEASURE, str(path), url], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def page_50mb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    paragraph = ("<p>Paragraph {}: health researchers reported on the trial outcomes and the caveats that apply to "
                 "the cohort studied in this long report.</p>\n")
    count = 50 * 1024 * 1024 // len(paragraph.format(100_000))
    path = tmp_path_factory.mktemp("big") / "50mb.html"
    path.write_text(article("".join(paragraph.format(i) for i in range(count))), encoding="utf-8")
    return path


@pytest.mark.slow
def test_a_50_mb_page_completes_with_a_valid_record(page_50mb: Path) -> None:
    result = measure(page_50mb)
    assert result["headline"] == HEADLINE
    assert result["body_head"].startswith("Paragraph 0: health researchers")


WP_COMMENT = ('<li id="comment-{i}" class="comment depth-1"><article id="div-comment-{i}" class="comment-body">'
              '<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Reader {i}</b> '
              '<span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-{i}">'
              '<time datetime="2024-03-15T10:00:00+00:00">March 15, 2024</time></a></div></footer>'
              '<div class="comment-content"><p>Comment {i}: thanks for the write-up.</p></div></article></li>\n')


@pytest.mark.slow
def test_a_page_with_100000_comments_completes_with_the_first_20000(tmp_path: Path) -> None:
    comments = "".join(WP_COMMENT.format(i=i) for i in range(100_000))
    page = article().replace("</article>", '</article><div id="comments" class="comments-area">'
                             '<h2 class="comments-title">100,000 thoughts on “Walking”</h2>'
                             f'<ol class="comment-list">{comments}</ol></div>')
    path = tmp_path / "comments.html"
    path.write_text(page, encoding="utf-8")
    result = measure(path)
    assert result["headline"] == HEADLINE
    assert result["comments"] == 20_000
    assert (result["first_comment"], result["last_comment"]) == ("Reader 0", "Reader 19999")
    assert "comments past the first 20,000 not read" in result["warnings"]
    assert "Comment 5:" not in result["body_head"]


def test_the_tag_limit_holds_every_comment_the_comment_unit_reads() -> None:
    # The parse cut comes before the comment cap: it must never be what shortens the comments.
    comments = "".join(WP_COMMENT.format(i=i) for i in range(harvester.fields.comments.MAX_COMMENTS))
    page = article().replace("</article>", f'</article><div id="comments"><ol class="comment-list">{comments}</ol></div>')
    assert page.count("<") < harvester.document.parse.MAX_TAGS


def test_a_page_over_the_tag_limit_is_cut_with_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(harvester.document.parse, "MAX_TAGS", 500)
    page = Page.from_text(article(BODY + "<a>x</a>" * 1000 + "<p>Never parsed</p>"))
    assert "page cut after its first 500 tags" in page.warnings
    assert PARAGRAPHS[2] in page.tree.text_content() and "Never parsed" not in page.tree.text_content()
    assert len(page.tree.xpath("//*")) <= 500


def test_a_page_over_the_size_limit_is_cut_at_a_tag_with_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(harvester.document.parse, "MAX_PARSE_CHARS", 2000)
    page = Page.from_text(article(BODY + f"<p>{'Never parsed. ' * 200}</p>"))
    assert "page cut to its first 2,000 characters" in page.warnings
    assert PARAGRAPHS[0] in page.tree.text_content() and "Never parsed" not in page.tree.text_content()


@pytest.mark.parametrize("url", ["javascript:alert(1)", "/relative/path", "http://exa\x00mple.org/a", "ftp://host/x"])
def test_an_unusable_url_argument_never_reaches_the_record(url: str) -> None:
    record = extract_article("<html><body><h1>Title</h1><p>Some text here.</p></body></html>", url)
    assert record.url is None
    assert "url ignored: not an absolute http(s) URL" in record.extraction.warnings


def test_json_ld_wrapped_in_cdata_is_read() -> None:
    page = ("<html><head><script type='application/ld+json'>//<![CDATA[\n"
            '{"@type": "NewsArticle", "headline": "Wrapped", "datePublished": "2024-05-17T08:00:00+02:00"}\n'
            "//]]></script></head><body><h1>Wrapped</h1><p>Body text of the story.</p></body></html>")
    record = extract_article(page, URL)
    assert record.byline.published_at is not None
    assert record.byline.published_at.isoformat() == "2024-05-17T08:00:00+02:00"


# Bidi overrides and isolates, zero-width and other invisible characters, controls, spaces.
INVISIBLE = ["\u202e", "\u2066", "\u200f", "\u200b", "\ufeff", "\x7f", "\x85", "\u00a0", "\u2028", "\U000e0041"]


@pytest.mark.parametrize("char", INVISIBLE, ids=[f"U+{ord(c):04X}" for c in INVISIBLE])
def test_bidi_and_control_characters_in_urls_are_percent_encoded(char: str) -> None:
    """A canonical link holding U+202E ("right-to-left override") must not reach canonical_url as is:
    "/news/\u202egpj.exe" displays as "/news/exe.jpg". Every URL field is percent-encoded, wherever
    the URL was found."""
    evil = f"/news/{char}gpj.exe"
    head = f'<link rel="canonical" href="{evil}"><meta property="og:image" content="{evil}.png">'
    byline = f'<p class="byline">By <a rel="author" href="/people/{char}jane">Jane Doe</a></p>'
    body = BODY + f'<p>Read <a href="https://journals.example.com/{char}study">the study</a>.</p>'
    record = validated(extract_article(article(body, head, byline=byline), URL + f"?from=a{char}b"))
    found = dict(urls(record.model_dump(mode="json")))
    encoded = "".join(f"%{b:02X}" for b in char.encode())
    # DEL and the C1 controls are already gone from the page text (they never reach any field).
    assert found[".canonical_url"] in (f"https://health.example.org/news/{encoded}gpj.exe",
                                       "https://health.example.org/news/gpj.exe")
    assert found[".url"].endswith(f"?from=a{encoded}b")
    assert len(found) >= 4  # canonical, url, the image, the author or the source
    for path, url in found.items():
        assert char not in url and url.isascii() and url.isprintable(), path


def test_the_schema_refuses_a_url_with_a_bidi_override() -> None:
    import jsonschema

    schema = json.loads((Path(__file__).resolve().parents[1] / "schemas" / SCHEMA_FILE).read_text())
    record = validated(extract_article(article(), URL)).model_dump(mode="json")
    jsonschema.validate(record, schema)
    record["canonical_url"] = "https://health.example.org/news/\u202egpj.exe"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(record, schema)


# --- huge and deep pages: bounded, and nothing silently lost ---------------------------------


def test_30000_nested_tables_keep_the_innermost_text() -> None:
    """Layout tables nested 30,000 deep once lost the whole body; their cells now join the cell
    holding them, and the text stays."""
    inner = "The innermost cell holds the article's last paragraph about walking."
    body = "<table><tr><td>" * 30_000 + f"<p>{inner}</p>" + "</td></tr></table>" * 30_000
    record = validated(extract_article(article(BODY + body), URL))
    assert PARAGRAPHS[0] in record.body_text and inner in record.body_text
    assert any("nested deeper" in w for w in record.extraction.warnings)


def test_100000_nested_blockquotes_are_one_quote() -> None:
    inner = "Walking is the best medicine, the doctor said."
    record = validated(extract_article(article(BODY + "<blockquote>" * 100_000 + f"<p>{inner}</p>"
                                               + "</blockquote>" * 100_000), URL))
    assert inner in record.body_text
    assert any("100,000 empty wrappers merged" in w or "99,999 empty wrappers merged" in w
               for w in record.extraction.warnings), record.extraction.warnings


def test_wrappers_with_attributes_or_content_are_never_merged() -> None:
    body = ('<div><div class="keep"><p>One.</p></div><div><p>Two.</p></div></div>' + "<span>" * 300 + "x"
            + "</span>" * 300)
    page = Page.from_text(article(body))
    assert page.tree.xpath("count(//div[@class='keep']/p)") == 1
    texts = [p.text for p in page.tree.iter("p")]
    assert texts.index("Two.") == texts.index("One.") + 1
    assert any("nested deeper" in w for w in page.warnings)


def test_unclosed_spans_past_the_depth_limit_become_one_span_and_keep_all_their_text() -> None:
    # 100,000 of them were 100,000 elements after folding, past the body extractor's element
    # limit: half the page's words were cut (with a warning).
    words = "".join(f"<span>word{i} " for i in range(2_000))
    page = Page.from_text(article(BODY + f"<p>{words}</p>"), URL)
    assert len(page.tree.xpath("//p/descendant-or-self::span")) == 1
    assert " ".join(f"word{i}" for i in range(2_000)) in " ".join(page.tree.text_content().split())
    assert any("1,999 nested inline elements merged" in w for w in page.warnings), page.warnings
    record = validated(extract_article(article(BODY + f"<p>{words}</p>"), URL))
    assert "word0 word1 " in record.body_text and "word1999" in record.body_text
    assert not any("main text read from the first" in w for w in record.extraction.warnings)


def test_unclosed_formatting_with_the_same_attributes_is_merged_and_other_attributes_kept() -> None:
    words = "".join(f'<font color="#333">word{i} ' for i in range(1_000))
    styled = '<span class="x">styled <span class="y">apart</span></span>'
    page = Page.from_text(article(BODY + f"<p>{styled}{words}</p>"), URL)
    assert len(page.tree.xpath("//font")) == 1
    assert page.tree.xpath("count(//span[@class='x']/span[@class='y'])") == 1
    assert " ".join(f"word{i}" for i in range(1_000)) in " ".join(page.tree.text_content().split())
    assert any("999 nested inline elements merged" in w for w in page.warnings), page.warnings


def test_merged_inline_elements_keep_the_text_and_the_links_in_order() -> None:
    chunk = '<span>a <b>b <a href="/x">link</a> c <i>d '
    page = Page.from_text(article(BODY + f"<p>{chunk * 300}</p>"), URL)
    assert any("nested inline elements merged" in w for w in page.warnings)
    assert len(page.tree.xpath("//a[@href='/x']")) == 300
    assert " ".join(page.tree.xpath("string(//p[last()])").split()) == " ".join(["a b link c d"] * 300)


def test_past_the_text_block_limit_the_rest_is_set_aside_and_put_back(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cut hides the rest of the page from trafilatura only: the page every other field reads
    is the whole page again afterwards, in its order, tails included."""
    monkeypatch.setattr(harvester.fields.body, "MAX_TEXT_BLOCKS", 5)
    body = "".join(f"<p>Paragraph {i} about walking and the heart, reported at some length.</p>tail {i}"
                   for i in range(12))
    page = Page.from_text(article(body), URL)
    before = lxml.etree.tostring(page.tree)
    result = harvester.fields.body.extract_body(page)
    assert lxml.etree.tostring(page.tree) == before
    assert "main text read from the first 5 paragraphs of the page only" in page.warnings
    assert "Paragraph 3 about" in result.body_text and "Paragraph 9 about" not in result.body_text


def test_past_the_element_limit_trafilatura_reads_the_first_elements_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(harvester.fields.body, "MAX_BODY_ELEMENTS", 80)
    monkeypatch.setattr(harvester.fields.body, "_NTH_ELEMENT", lxml.etree.XPath("/descendant::*[81]"))
    body = BODY + "<p>" + "".join(f"<b>w{i}</b> " for i in range(300)) + "</p>"
    page = Page.from_text(article(body), URL)
    before = lxml.etree.tostring(page.tree)
    result = harvester.fields.body.extract_body(page)
    assert lxml.etree.tostring(page.tree) == before
    assert "main text read from the first 80 elements of the page only" in page.warnings
    assert PARAGRAPHS[0] in result.body_text and "w10 " in result.body_text and "w290" not in result.body_text


def test_both_cuts_in_one_parent_put_the_page_back_in_its_order(monkeypatch: pytest.MonkeyPatch) -> None:
    """The paragraph cut and then the element cut set aside two parts of the same parent: they go
    back latest first, so the page other fields read is byte for byte what it was."""
    monkeypatch.setattr(harvester.fields.body, "MAX_TEXT_BLOCKS", 9)
    monkeypatch.setattr(harvester.fields.body, "MAX_BODY_ELEMENTS", 30)
    monkeypatch.setattr(harvester.fields.body, "_NTH_ELEMENT", lxml.etree.XPath("/descendant::*[31]"))
    body = "".join(f"<p>Paragraph {i} about <b>walking</b> and <i>the heart</i>, at some length.</p>tail {i}"
                   for i in range(14))
    page = Page.from_text(article(body), URL)
    before = lxml.etree.tostring(page.tree)
    result = harvester.fields.body.extract_body(page)
    assert lxml.etree.tostring(page.tree) == before
    assert "main text read from the first 9 paragraphs of the page only" in page.warnings
    assert "main text read from the first 30 elements of the page only" in page.warnings
    assert "Paragraph 0 about" in result.body_text and "Paragraph 9 about" not in result.body_text


def test_a_huge_page_skips_trafilaturas_fallbacks_with_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(harvester.fields.body, "MAX_FULL_TAGS", 10)
    record = validated(extract_article(article(), URL))
    assert PARAGRAPHS[2] in record.body_text
    assert "main text read without trafilatura's fallback extractors: a page of over 10 tags" in record.extraction.warnings
