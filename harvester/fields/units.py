"""The catalogue of field units, in the order they are declared (``base.order`` adds needs).

Adding a field: write its unit (a function ``(page, values) -> {field: value}``) in a module of
its own, declare it here with what it fills and needs, add the field to ``ArticleRecord``,
regenerate the schema (``harvester schema``), and test the unit on a page. Nothing else changes:
the runner orders it, isolates its errors and ``core`` builds the record from the filled values.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from harvester.document import Page
from harvester.evidence.record import extract_artifacts, extract_identifiers, extract_sources, extract_spam
from harvester.fields.base import FieldUnit, Values, cascade, order
from harvester.fields.body import Body, extract_body
from harvester.fields.breadcrumbs import extract_breadcrumbs
from harvester.fields.byline import extract_byline
from harvester.fields.caveats import extract_caveats
from harvester.fields.citations import cited_sources
from harvester.fields.comments import extract_comments
from harvester.fields.metadata import Metadata, extract_metadata
from harvester.fields.related import extract_related_posts
from harvester.models import Byline, Via
from harvester.text import render_body_text


def _comments(page: Page, values: Mapping[str, Any]) -> Values:
    return {"_comments": extract_comments(page)}


def _related(page: Page, values: Mapping[str, Any]) -> Values:
    return {"related_posts": extract_related_posts(page)}


def _metadata(page: Page, values: Mapping[str, Any]) -> Values:
    return _metadata_values(extract_metadata(page))


def _metadata_values(meta: Metadata) -> Values:
    return {"headline": meta.headline, "alternative_headlines": meta.alternative_headlines,
            "description": meta.description, "site_name": meta.site_name,
            "language": meta.language, "canonical_url": meta.canonical_url, "tags": meta.tags}


def _breadcrumbs(page: Page, values: Mapping[str, Any]) -> Values:
    return {"breadcrumbs": extract_breadcrumbs(page)}


def _byline(page: Page, values: Mapping[str, Any]) -> Values:
    return {"byline": extract_byline(page)}


def _body(page: Page, values: Mapping[str, Any]) -> Values:
    return _body_values(extract_body(page))


def _body_values(body: Body) -> Values:
    # The evidence units below turn these working values into the record's sections, body_text
    # and sources (instruction text out, sources classified).
    return {"_sections": body.sections, "_body_text": body.body_text, "_sources": body.sources,
            "images": body.images, "_leads": body.leads}


def _caveats(page: Page, values: Mapping[str, Any]) -> Values:
    # The leads are keyed by the body's own block positions, so caveats read the body's sections.
    return {"caveats": extract_caveats(values["_sections"], values["_leads"])}


def _artifacts(page: Page, values: Mapping[str, Any]) -> Values:
    scan = extract_artifacts(values["_sections"], values["headline"], values["description"], values["related_posts"])
    cascade(page, "artifacts", [(Via.HEURISTIC, lambda: scan.artifacts)])
    removed = any(artifact.removed for artifact in scan.artifacts)
    body_text = render_body_text(scan.sections) if removed else values["_body_text"]
    return {"sections": scan.sections, "body_text": body_text, "artifacts": scan.artifacts}


def _unrefined_body(values: Mapping[str, Any]) -> Values:
    return {"sections": values["_sections"], "body_text": values["_body_text"], "artifacts": []}


def _sources(page: Page, values: Mapping[str, Any]) -> Values:
    return {"sources": extract_sources(page.tree, values["_sources"], values["images"],
                                       lambda links: cited_sources(page, links), page.absolute)}


def _identifiers(page: Page, values: Mapping[str, Any]) -> Values:
    found = cascade(page, "identifiers",
                    [(Via.HEURISTIC, lambda: extract_identifiers(values["body_text"], values["sources"]))])
    return {"identifiers": found or []}


def _spam(page: Page, values: Mapping[str, Any]) -> Values:
    return {"comments": extract_spam(values["_comments"], values["headline"], values["body_text"])}


UNITS: tuple[FieldUnit, ...] = tuple(order([
    FieldUnit("comments", ("_comments",), _comments, lambda: {"_comments": []}, claims=True,
              selectors=("comments",)),
    FieldUnit("related_posts", ("related_posts",), _related, lambda: {"related_posts": []}, claims=True,
              selectors=("related_posts",)),
    FieldUnit("metadata", ("headline", "alternative_headlines", "description", "site_name", "language",
                           "canonical_url", "tags"),
              _metadata, lambda: _metadata_values(Metadata()), reads_claims=True, selectors=("headline", "tags")),
    FieldUnit("breadcrumbs", ("breadcrumbs",), _breadcrumbs, lambda: {"breadcrumbs": []}, reads_claims=True,
              selectors=("breadcrumbs",)),
    FieldUnit("byline", ("byline",), _byline, lambda: {"byline": Byline()}, reads_claims=True,
              selectors=("authors", "published_at", "updated_at")),
    FieldUnit("body", ("_sections", "_body_text", "_sources", "images", "_leads"), _body,
              lambda: _body_values(Body()), reads_claims=True, selectors=("body",)),
    FieldUnit("caveats", ("caveats",), _caveats, lambda: {"caveats": []}, needs=("_sections", "_leads")),
    # The evidence layer (harvester/evidence): each refines what a unit above found, and on a
    # failure leaves it as found.
    FieldUnit("artifacts", ("sections", "body_text", "artifacts"), _artifacts,
              lambda: {"sections": [], "body_text": "", "artifacts": []},
              needs=("_sections", "_body_text", "headline", "description", "related_posts"), fallback=_unrefined_body),
    FieldUnit("sources", ("sources",), _sources, lambda: {"sources": []}, needs=("_sources", "images"),
              fallback=lambda values: {"sources": values["_sources"]}),
    FieldUnit("identifiers", ("identifiers",), _identifiers, lambda: {"identifiers": []},
              needs=("body_text", "sources")),
    FieldUnit("spam", ("comments",), _spam, lambda: {"comments": []}, needs=("_comments", "headline", "body_text"),
              fallback=lambda values: {"comments": values["_comments"]}),
]))
