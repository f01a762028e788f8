"""``feed``: articles linked from RSS 2.0 / RSS 1.0 / Atom feeds.

Feeds are parsed with lxml locked down (no entities, no DTD, no network, no huge trees): a feed is
remote input and an entity bomb or an external entity must cost nothing. A feed that declares
entities is refused whole, like anything that is not RSS or Atom; the rest of the run carries on.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import date, datetime
from email.utils import parsedate_to_datetime

import lxml.etree
from scrapy import Request
from scrapy.http import Response

from harvester.crawl.spiders.base import HarvesterSpider, UnusableDocument, refuse_entity_declarations

_PARSER = lxml.etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=True,
    remove_comments=True, remove_pis=True,
)
_RFC822_DATES = ("{*}pubDate",)
_ISO_DATES = ("{*}published", "{*}updated", "{*}date", "{*}issued", "{*}modified")


def feed_entries(body: bytes) -> list[tuple[str, date | None]]:
    """(link, newest date) per item or entry; raises UnusableDocument when the body is not a feed."""
    try:
        root = lxml.etree.fromstring(body, _PARSER)
    except lxml.etree.XMLSyntaxError:
        root = None  # recover=True returns what it could; only an empty or hopeless body raises
    if root is None:
        raise UnusableDocument("not XML")
    refuse_entity_declarations(root)
    kind = lxml.etree.QName(root).localname
    if kind not in ("rss", "feed", "RDF"):
        raise UnusableDocument(f"not an RSS or Atom feed (root element <{kind}>)")
    entries = []
    for item in root.iter("{*}item", "{*}entry"):
        link = _entry_link(item)
        if link:
            entries.append((link, _entry_day(item)))
    return entries


def _entry_link(item: lxml.etree._Element) -> str | None:
    for link in item.iterfind("{*}link"):
        href = link.get("href")
        if href is not None:  # Atom: the alternate (or unlabelled) link is the article
            if link.get("rel", "alternate") == "alternate":
                return href.strip()
        elif link.text and link.text.strip():  # RSS
            return link.text.strip()
    guid = item.find("{*}guid")
    if guid is not None and guid.get("isPermaLink", "true") == "true" and guid.text:
        return guid.text.strip()
    return None


def _entry_day(item: lxml.etree._Element) -> date | None:
    days = []
    for tag in _RFC822_DATES:
        for text in item.iterfind(tag):
            try:
                days.append(parsedate_to_datetime((text.text or "").strip()).date())
            except (TypeError, ValueError, IndexError):
                continue
    for tag in _ISO_DATES:
        for text in item.iterfind(tag):
            try:
                days.append(datetime.fromisoformat((text.text or "").strip()).date())
            except ValueError:
                continue
    return max(days, default=None)


class FeedSpider(HarvesterSpider):
    name = "feed"
    adhoc_arg = "feed"

    async def start(self) -> AsyncIterator[Request]:
        for url in self.site_profile.feeds:
            yield self.start_request(self.site_profile.resolve(url), self.parse_feed)

    def parse_feed(self, response: Response) -> Iterator[Request]:
        try:
            entries = feed_entries(response.body)
        except UnusableDocument as exc:
            self.refuse(response, "feed", str(exc))
            return
        for link, day in entries:
            if self.is_fresh(day) and (request := self.listed_article(response, link)):
                yield request
