"""Stable record ids: the same article gets the same id on every crawl and every machine."""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that only track the visitor; they never change which article a URL names.
_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "_ga", "ref_src", "igshid")


def normalize_url(url: str) -> str:
    """Scheme and host lower-cased, default port, fragment and tracking parameters dropped."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if parts.port and not (parts.scheme == "http" and parts.port == 80 or parts.scheme == "https" and parts.port == 443):
        host = f"{host}:{parts.port}"
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                             if not k.lower().startswith(_TRACKING)))
    return urlunsplit((parts.scheme.lower(), host, parts.path or "/", query, ""))


def record_id(canonical_url: str | None, url: str | None, content: str) -> str:
    if canonical_url or url:
        basis = "url:" + normalize_url(canonical_url or url or "")
    else:
        basis = "content:" + content
    return hashlib.sha256(basis.encode("utf-8", "replace")).hexdigest()[:32]
