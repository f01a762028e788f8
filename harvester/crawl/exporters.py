"""The feed's JSON Lines exporter and its storage: each record written as the JSON the state holds,
each batch file made public only once complete.

A record's JSON is made once, for the state database's delivery row (see
:mod:`harvester.crawl.delivery`); Scrapy's own exporter would encode the same record a second time
on the reactor thread, the crawl's one busy CPU. The feed line and the delivery row are then the
same text by construction.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

from scrapy import Spider
from scrapy.exporters import JsonLinesItemExporter
from scrapy.extensions.feedexport import FileFeedStorage

from harvester.crawl.manifest import PART_SUFFIX, finish


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


class AtomicFileFeedStorage(FileFeedStorage):
    """FEEDS storage writing ``<name>.part`` and renaming it when the batch closes.

    A consumer tailing the directory sees a batch file only once it is complete, and finds it in
    ``manifest.json`` with its record count and checksum (:mod:`harvester.crawl.manifest`).
    """

    def open(self, spider: Spider) -> IO[bytes]:
        final = Path(self.path)
        final.parent.mkdir(parents=True, exist_ok=True)
        self._part = final.with_name(final.name + PART_SUFFIX)
        return self._part.open(self.write_mode)

    def store(self, file: IO[bytes]) -> None:
        file.close()
        finish(self._part)
