"""Pages made for the field-quality tests (issue 16): an article with a site header and footer
around what each test puts in it."""

from __future__ import annotations

import json

from conftest import html_document

from harvester import extract_article
from harvester.models import ArticleRecord

URL = "https://health.example.org/2025/11/vitamin-d-trial/"
PARAGRAPHS = (
    "<p>A large randomised trial followed more than twenty thousand adults for five years and found that a daily "
    "vitamin D supplement did not lower their risk of fractures, cancer or heart disease.</p>"
    "<p>The researchers say people with a diagnosed deficiency should still take what their doctor prescribes, "
    "but that healthy adults gain little from the pills bought over the counter.</p>"
    "<p>Earlier observational studies had linked low vitamin D levels with many illnesses, which raised hopes "
    "that supplements would prevent them; randomised trials have mostly not borne that out.</p>"
)


def page(body: str, head: str = "", *, title: str = "Example Health", lang: str = "en") -> str:
    """``body`` in the main region of a site page with a header, navigation and footer."""
    return html_document(
        '<header class="site-header"><a href="/">Example Health</a><nav><a href="/news/">News</a>'
        f'<a href="/about/">About</a></nav></header><main>{body}</main>'
        '<footer class="site-footer"><p>© 2025 Example Health GmbH</p></footer>',
        f"<title>{title}</title>{head}", lang=lang,
    )


def extract(html: str, url: str = URL) -> ArticleRecord:
    return extract_article(html, url)


def credited_people(record: ArticleRecord) -> list[str]:
    """The names the record credits as persons (agencies and organisations left out)."""
    return [author.name for author in record.byline.authors if author.kind == "person"]


ZH_TITLE = "上海地铁新线年底通车"
ZH_PARAGRAPHS = (
    "<p>上海市交通委员会今日表示，地铁新线的土建工程已经全部完成，目前正在进行设备调试和试运行，预计年底前正式通车。</p>"
    "<p>新线全长约三十公里，共设车站二十座，通车后将连接城市东部的多个居住区和商务区，缓解现有线路的客流压力。</p>"
    "<p>有关负责人介绍，试运行期间将按照正式运营的标准组织行车，并对各类应急预案进行演练，确保开通后的运营安全。</p>"
)


def zh_page(body: str, head: str = "") -> str:
    """A Chinese portal's article: ``body`` under the headline, the site's name glued to the title."""
    return page(f"<article><h1>{ZH_TITLE}</h1>{body}</article>", head, title=f"{ZH_TITLE}_新闻", lang="zh-CN")


def jsonld(data: dict[str, object]) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


