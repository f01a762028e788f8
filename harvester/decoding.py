"""Bytes to text, the way a reader would want the page decoded, whatever its charset claims.

Order: byte-order mark, UTF-16 without one, then the HTTP header / XML / ``<meta>`` declaration.
Valid UTF-8 with non-ASCII text wins over any legacy declaration (mislabelled UTF-8 is the most
common charset bug on the web). A page that is mostly UTF-8 with stray Windows-1252 bytes (pasted
text, a template in another encoding) keeps its UTF-8 and gets the stray bytes as Windows-1252.
Detection runs only when nothing else settles it, and then only scripts a detector tells apart
reliably are believed: for Latin text detectors swing between cp1250, Mac Latin 2 and others,
where Windows-1252, the browsers' default, is right far more often.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from harvester.errors import NotHTMLError

# Input beyond this is cut before decoding: a string this long is already far over what the page
# parser keeps (``harvester.document.parse.MAX_PARSE_CHARS``, which warns), whatever the bytes per character.
MAX_DECODE_BYTES = 256 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# A declaration can sit anywhere in a sloppy page's head, even after megabytes of inline style or
# script; scanning a bounded prefix keeps the cost fixed on enormous pages. Every pattern is
# bounded too, so a hostile run of "<meta<meta<meta" costs linear time.
_DECLARATION_SCAN = 4 * 1024 * 1024
_META_CHARSET = re.compile(rb"""<meta[^<>]{0,1024}?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]{1,40})""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^<>]{0,200}?encoding\s*=\s*["']([a-zA-Z0-9_.\-]{1,40})""")
_CONTENT_TYPE_CHARSET = re.compile(r"""charset\s*=\s*["']?([^\s;"']{1,40})""", re.IGNORECASE)
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"RIFF", "a RIFF file (WebP, WAV, AVI)"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
    (b"PK\x03\x04", "a ZIP archive or office document"),
    (b"\x1f\x8b", "gzip-compressed data (decompress it first)"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data (decompress it first)"),
    (b"\x7fELF", "an executable"),
)
_SNIFF = 4096
# Bytes no text format uses; HTML has none, binary formats a tenth or more of theirs.
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 32)])
_MAX_CONTROL_SHARE = 0.05
_HIGH_BYTES = bytes(range(0x80, 0x100))
_NON_ASCII = re.compile(rb"[\x80-\xff]")
_DETECT_SAMPLE = 64 * 1024
# Browsers treat these labels as their supersets; decoding with the narrow codec loses characters.
_SUPERSETS = {"iso8859-1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252", "gb2312": "gb18030",
              "gbk": "gb18030", "shift_jis": "cp932", "euc_kr": "cp949", "tis-620": "cp874",
              "iso8859-11": "cp874", "iso8859-9": "cp1254", "big5": "big5hkscs"}
# WHATWG labels Python's codec registry does not know.
_LABELS = {"x-sjis": "cp932", "windows-31j": "cp932", "windows-874": "cp874", "x-gbk": "gb18030",
           "x-mac-cyrillic": "mac-cyrillic", "x-euc-jp": "euc_jp"}
# "x-user-defined" too: Python has no such codec, but w3lib 2.6 registers one on import (scrapy
# imports it), so whether the label decodes would depend on what ran before. Browsers map its high
# bytes to private-use characters: no page's text.
_NOT_PAGE_ENCODINGS = {"utf-7", "unicode-escape", "raw-unicode-escape", "punycode", "idna", "undefined", "x-user-defined"}
_PROBE = b"<meta charset=x>"
# Scripts a detector identifies reliably; any other verdict on undeclared legacy bytes means cp1252.
_DISTINCTIVE = {"cp1251", "koi8-r", "koi8-u", "iso8859-5", "mac-cyrillic", "cp866", "cp1253", "iso8859-7",
                "cp1255", "iso8859-8", "cp1256", "iso8859-6", "cp874", "gb18030", "big5hkscs", "cp950",
                "cp932", "euc_jp", "iso2022_jp", "cp949", "johab", "iso2022_kr"}
# Stray bytes in mostly-UTF-8 pages are repaired one run at a time; past this many the page is a
# mess either way and the bytes become U+FFFD in one C-speed pass instead.
_MAX_REPAIRS = 100_000
_STRAY = re.compile("[\udc80-\udcff]+")


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    try:
        name = codecs.lookup(_LABELS.get(label, label)).name
        # A hostile label must not pick a transform (base64, zlib), an escape codec or EBCDIC:
        # only ASCII-compatible text encodings can label an HTML page.
        if name in _NOT_PAGE_ENCODINGS or _PROBE.decode(name) != _PROBE.decode("ascii"):
            return None
    except (LookupError, UnicodeError, TypeError, ValueError):
        return None
    return _SUPERSETS.get(name, name)


def declared_encoding(data: bytes, content_type: str | None = None) -> str | None:
    """The encoding a browser would use before sniffing: BOM, then HTTP header, then markup."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    if content_type and (match := _CONTENT_TYPE_CHARSET.search(content_type)):
        if codec := _codec(match.group(1)):
            return codec
    head = data[:_DECLARATION_SCAN]
    if match := _XML_ENCODING.match(head):
        if codec := _codec(match.group(1).decode("ascii")):
            return codec
    for match in _META_CHARSET.finditer(head):
        if codec := _codec(match.group(1).decode("ascii", "replace")):
            return codec
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 saved without a BOM (Windows tools do): ASCII markup with a NUL beside every byte."""
    if len(sample) < 64:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.7 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.7 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def binary_kind(data: bytes) -> str | None:
    """What the bytes are when they are not text at all (an image, an archive...), else None."""
    head = data[:1024].lstrip()
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    sample = data[:_SNIFF]
    if not sample or any(sample.startswith(bom) for bom, _ in _BOMS) or _utf16_without_bom(sample):
        return None
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > _MAX_CONTROL_SHARE * len(sample):
        return "binary data"
    return None


def _decode_utf8_ladder(data: bytes) -> tuple[str, str] | None:
    """UTF-8 when the bytes are UTF-8 or mostly so; None when they are some other encoding."""
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    escaped = data.decode("utf-8", "surrogateescape")
    invalid = len(escaped) - len(data.decode("utf-8", "ignore"))
    non_ascii = len(data) - len(data.translate(None, _HIGH_BYTES))
    # Valid multi-byte characters outnumbering the bad bytes: UTF-8 with strays, not a legacy page
    # (where almost every non-ASCII byte is invalid UTF-8).
    if non_ascii - invalid < 2 * invalid:
        return None
    if invalid > _MAX_REPAIRS:
        return data.decode("utf-8", "replace"), "utf-8"
    repaired = _STRAY.sub(lambda m: m.group().encode("utf-8", "surrogateescape").decode("cp1252", "replace"), escaped)
    return repaired, "utf-8"


def _detect(data: bytes) -> str:
    match = _NON_ASCII.search(data)
    if match is None:
        return "cp1252"
    best = from_bytes(data[match.start():match.start() + _DETECT_SAMPLE]).best()
    codec = _codec(best.encoding) if best else None
    return codec if codec in _DISTINCTIVE else "cp1252"


def decode_html(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Return ``(text, encoding)``; raises NotHTMLError for binary content."""
    data = data[:MAX_DECODE_BYTES]
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(name, errors="replace"), name
    if utf16 := _utf16_without_bom(data[:_SNIFF]):
        return data.decode(utf16, errors="replace"), utf16
    if kind := binary_kind(data):
        raise NotHTMLError(f"not HTML: {kind}")
    declared = declared_encoding(data, content_type)
    if declared in (None, "utf-8"):
        if (decoded := _decode_utf8_ladder(data)) is not None:
            return decoded
        encoding = _detect(data)
    else:
        if not data.isascii():
            try:
                return data.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                pass
        encoding = declared
    return data.decode(encoding, errors="replace"), encoding
