"""Bytes to text: what the page says about its charset, what it really is, and what is not text."""

from __future__ import annotations

import gzip

import pytest
# w3lib 2.6 registers an "x-user-defined" codec on import; importing it here makes the hostile-label
# test the same whatever test ran before (a scrapy import registers it too).
import w3lib.encoding  # noqa: F401

from harvester import NotHTMLError
from harvester.decoding import binary_kind, declared_encoding, decode_html

WESTERN = "Caf\u00e9 \u201cna\u00efve\u201d study \u2014 r\u00e9sum\u00e9, cr\u00e8me br\u00fbl\u00e9e \u2026 \u20ac5"
CHINESE = "研究人员建议每天步行三十分钟，以降低心脏病的风险。"
JAPANESE = "研究者らは、毎日三十分歩くことで心臓病のリスクが下がると発表した。"
RUSSIAN = "Исследователи советуют ходить пешком каждый день, чтобы снизить риск болезней сердца."


def page(text: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}<title>T</title></head><body><p>{text}</p></body></html>"


def decoded(data: bytes, content_type: str | None = None) -> str:
    return decode_html(data, content_type)[0]


def test_undeclared_windows_1252_is_read_as_windows_1252() -> None:
    # Detectors call this cp1250 or Mac Latin 2; a browser (and a reader) sees Windows-1252.
    assert WESTERN in decoded(page(WESTERN).encode("cp1252"))
    assert decode_html(page("Gr\u00fc\u00dfe aus M\u00fcnchen").encode("cp1252"))[1] == "cp1252"


def test_undeclared_cyrillic_is_detected() -> None:
    assert RUSSIAN in decoded(page(RUSSIAN).encode("cp1251"))


def test_declared_shift_jis() -> None:
    data = page(JAPANESE, '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">').encode("cp932")
    assert JAPANESE in decoded(data)


def test_gb2312_declared_late_after_a_long_head() -> None:
    style = "<style>" + "".join(f".rule-{i} {{ margin: 0 }}\n" for i in range(60_000)) + "</style>"
    declaration = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
    data = page(CHINESE, style + declaration).encode("gb18030")
    assert data.index(b"charset=gb2312") > 1_000_000
    assert CHINESE in decoded(data)


def test_gb2312_declared_beyond_the_scan_is_still_detected() -> None:
    script = "<script>" + "var x = 1;\n" * 500_000 + "</script>"
    data = page(CHINESE * 20, script + '<meta charset="gb2312">').encode("gb18030")
    assert CHINESE in decoded(data)


def test_utf8_bom_wins_over_a_contradicting_declaration_and_is_dropped() -> None:
    text, encoding = decode_html(b"\xef\xbb\xbf" + page(WESTERN, '<meta charset="windows-1252">').encode())
    assert (text[:15], encoding) == ("<!DOCTYPE html>", "utf-8")
    assert WESTERN in text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_and_without_bom(codec: str) -> None:
    bom = "\ufeff".encode(codec)
    for data in (bom + page(WESTERN).encode(codec), page(WESTERN).encode(codec)):
        assert WESTERN in decoded(data)


def test_valid_utf8_wins_over_a_legacy_label() -> None:
    data = page(WESTERN, '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">').encode()
    assert WESTERN in decoded(data, "text/html; charset=ISO-8859-1")


def test_windows_1252_labelled_utf8_is_read_as_windows_1252() -> None:
    assert WESTERN in decoded(page(WESTERN, '<meta charset="utf-8">').encode("cp1252"))


def test_utf8_with_stray_windows_1252_bytes_keeps_both() -> None:
    data = page(WESTERN + " @@ " + CHINESE, '<meta charset="utf-8">').encode().replace(
        b"@@", "\u201cquoted\u201d na\u00efve".encode("cp1252"))
    text = decoded(data)
    assert WESTERN in text and CHINESE in text
    assert "\u201cquoted\u201d na\u00efve" in text


def test_many_stray_bytes_still_decode_in_one_pass() -> None:
    data = ("\u00e9t\u00e9 " * 300_000).encode() + b"\xe9 " * 200_000
    text = decoded(page("x").encode() + data)
    assert text.count("\u00e9t\u00e9") == 300_000
    assert "\ufffd" in text


def test_declared_charset_in_the_http_header_wins_over_the_markup() -> None:
    data = page(RUSSIAN, '<meta charset="windows-1252">').encode("koi8-r")
    assert RUSSIAN in decoded(data, "text/html; charset=KOI8-R")


@pytest.mark.parametrize("label", ["base64", "zlib", "hex", "rot13", "utf-7", "unicode_escape", "undefined", "cp037",
                                   "x-user-defined", "../../etc/passwd", "utf-16"])
def test_hostile_charset_labels_are_ignored(label: str) -> None:
    data = page(WESTERN, f'<meta charset="{label}">').encode()
    assert declared_encoding(data) is None
    assert WESTERN in decoded(data, f"text/html; charset={label}")


def test_whatwg_labels_python_lacks_are_understood() -> None:
    assert declared_encoding(b'<meta charset="x-sjis">') == "cp932"
    assert declared_encoding(b'<meta charset="windows-874">') == "cp874"
    assert declared_encoding(b'<meta charset="latin1">') == "cp1252"


def test_a_run_of_unclosed_meta_tags_is_scanned_in_linear_time() -> None:
    # A backtracking pattern would take hours here; the bounded one takes milliseconds.
    data = b"<html><head>" + b"<meta " * 600_000 + b"<meta charset=utf-8></head><body>x</body></html>"
    assert declared_encoding(data) == "utf-8"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"GIF89a\x01\x00", "GIF"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (gzip.compress(b"<html></html>", mtime=0), "gzip"),
        (b"PK\x03\x04\x14\x00", "ZIP"),
        (bytes(range(256)) * 16, "binary"),
    ],
)
def test_binary_content_is_named(data: bytes, kind: str) -> None:
    assert kind in (binary_kind(data) or "")
    with pytest.raises(NotHTMLError, match=f"not HTML: .*{kind}"):
        decode_html(data)


def test_a_few_nul_bytes_do_not_make_a_page_binary() -> None:
    sentence = "Walking\x00 cuts heart risk, researchers reported on Tuesday in a study of 12,000 adults.\x01 "
    data = page(sentence * 50).encode()
    assert binary_kind(data) is None
    assert "Walking\x00 cuts" in decoded(data)
