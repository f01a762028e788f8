"""The feed's JSON Lines exporter, writing each record as the JSON the state database already holds.

A record's JSON is made once, for the state database's delivery row (see
:mod:`harvester.crawl.delivery`); Scrapy's own exporter would encode the same record a second time
on the reactor thread, the crawl's one busy CPU. The feed line and the delivery row are then the
same text by construction.
"""

from __future__ import annotations

from typing import Any

from scrapy.exporters import JsonLinesItemExporter


class EncodedRecord(dict[str, Any]):
    """A record as a dict (what Scrapy and any other feed format take) that also carries its JSON."""

    __slots__ = ("json",)

    def __init__(self, record: dict[str, Any], json: str) -> None:
        super().__init__(record)
        self.json = json


class RecordLinesExporter(JsonLinesItemExporter):
    """``jsonlines`` for FEEDS: an :class:`EncodedRecord` is written as it was encoded."""

    def export_item(self, item: Any) -> None:
        # With FEED_EXPORT_FIELDS the feed wants other fields than the record's: encode as Scrapy does.
        if isinstance(item, EncodedRecord) and self.fields_to_export is None:
            self.file.write(item.json.encode(self.encoding or "utf-8") + b"\n")
            return
        super().export_item(item)
