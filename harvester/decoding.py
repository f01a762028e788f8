"""Bytes to text: the page's declared charset first, detection only when nothing is declared."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from harvester.errors import NotHTMLError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# A declaration can sit anywhere in a sloppy page's head, even after megabytes of inline script;
# scanning a bounded prefix keeps the cost fixed on enormous pages.
_DECLARATION_SCAN = 1 << 20
_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]+)""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.\-]+)""")
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"RIFF", b"\x00\x00\x01\x00")
# Browsers treat these labels as their supersets; decoding with the narrow codec loses characters.
_SUPERSETS = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252",
              "gb2312": "gb18030", "gbk": "gb18030", "shift_jis": "cp932", "sjis": "cp932",
              "x-sjis": "cp932", "euc-kr": "cp949", "tis-620": "cp874", "iso-8859-9": "cp1254"}


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return _SUPERSETS.get(label, _SUPERSETS.get(name, name))


def declared_encoding(data: bytes, content_type: str | None = None) -> str | None:
    """The encoding a browser would use before sniffing: BOM, then HTTP header, then markup."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    if content_type:
        match = re.search(r"charset\s*=\s*[\"']?([^\s;\"']+)", content_type, re.IGNORECASE)
        if match and (codec := _codec(match.group(1))):
            return codec
    head = data[:_DECLARATION_SCAN]
    if match := _XML_ENCODING.match(head):
        if codec := _codec(match.group(1).decode("ascii")):
            return codec
    for match in _META_CHARSET.finditer(head):
        if codec := _codec(match.group(1).decode("ascii", "replace")):
            # UTF-16 declared in an ASCII-compatible byte stream is always a lie.
            return "utf-8" if codec.startswith("utf-16") else codec
    return None


def looks_binary(data: bytes) -> bool:
    if data.lstrip()[:8].startswith(_BINARY_MAGIC):
        return True
    sample = data[:4096]
    if not sample:
        return False
    if any(sample.startswith(bom) for bom, _ in _BOMS[1:]):
        return False
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls / len(sample) > 0.1


def decode_html(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Return ``(text, encoding)``; raises NotHTMLError for binary content."""
    if looks_binary(data):
        raise NotHTMLError("binary content, not HTML")
    encoding = declared_encoding(data, content_type)
    if encoding:
        return data.decode(encoding, errors="replace").lstrip("\ufeff"), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000]).best()
    encoding = _codec(best.encoding) if best else None
    encoding = encoding or "cp1252"
    return data.decode(encoding, errors="replace"), encoding
