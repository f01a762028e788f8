"""Breadcrumb trails: site profile selector, JSON-LD BreadcrumbList, microdata, then markup."""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from harvester.document import Page, Regions, clean_text, inside, text_of
from harvester.document.markup import hides_from_everyone, shown_to_screen_readers_only, trail_navs
from harvester.fields.base import cascade
from harvester.document.structured import JsonLd, text_value, url_value
from harvester.models import Crumb, Via

__all__ = ["extract_breadcrumbs"]

MAX_CRUMBS = 20
# The deepest trail a site prints (home, sections, subsections, the page): more steps found by the
# markup are a menu's.
MAX_TRAIL_STEPS = 9
MAX_CRUMB_CHARS = 300
# Real trails are a few levels deep; hostile nesting must not exhaust the recursion.
MAX_DEPTH = 30
# Pieces of a trail that are only separators or a "You are here" label.
_SEPARATOR_ONLY = re.compile(r"^[\s>»›/|\\•·:→\-–—]*$")
_SEPARATORS = re.compile(r"\s*(?:[>»›|\\•·→]|\s/\s)\s*")
_LABEL = re.compile(r"^(?:you are here|vous êtes ici|sie sind hier|usted está aquí|estás aquí|você está aqui|"
                    r"sei qui|u bent hier|jesteś tutaj)\s*:?\s*", re.IGNORECASE)
_ITEM_TAGS = frozenset({"li", "a", "span"})
# Headings inside a trail are labels for it ("Breadcrumb"), never a step of it.
_SKIP_TAGS = frozenset({"script", "style", "svg", "noscript", "template", "button", "h1", "h2", "h3", "h4", "h5", "h6"})


def extract_breadcrumbs(page: Page) -> list[Crumb]:
    """Never raises on a bad page: no trail gives an empty list."""
    return cascade(page, "breadcrumbs", [
        (Via.JSON_LD, lambda: _from_jsonld(page)),
        (Via.MICRODATA, lambda: _from_microdata(page)),
        (Via.MARKUP, lambda: _from_trails(page)),
    ], profile=lambda elements: _from_group(page, elements)) or []


def _from_trails(page: Page) -> list[Crumb]:
    for group in _trails(page.markup.crumbs + trail_navs(page)):
        if (crumbs := _from_group(page, group)) and not _is_menu(crumbs):
            return crumbs
    return []


def _is_menu(crumbs: list[Crumb]) -> bool:
    """Whether a trail found by its markup is a menu named like one: deeper than any site's trail
    (a theme's whole navigation in a "breadcrumbs" container, a "Featured:" bar), or naming a step
    twice (a menu listing a section under two parents; a trail passes each level once). A declared
    trail (JSON-LD, microdata) is taken as declared."""
    names = [crumb.name.casefold() for crumb in crumbs]
    return len(crumbs) > MAX_TRAIL_STEPS or len(set(names)) < len(names)


def _from_group(page: Page, group: list[etree._Element]) -> list[Crumb]:
    """One container holding the trail, or the trail's items themselves."""
    return _from_markup(page, group[:1]) if len(group) == 1 else _from_elements(page, group)


def _from_jsonld(page: Page) -> list[Crumb]:
    jsonld = page.ld
    for trail in jsonld.of_type("BreadcrumbList"):
        elements = trail.get("itemListElement")
        if isinstance(elements, dict):
            elements = [elements]
        if not isinstance(elements, list):
            continue
        items = [jsonld.resolve(el) for el in elements if isinstance(el, dict)]
        ordered = sorted(enumerate(items), key=lambda pair: (_position(pair[1], pair[0]), pair[0]))
        crumbs = _dedupe(page, (_jsonld_crumb(jsonld, item) for _, item in ordered))
        if crumbs:
            return crumbs
    return []


def _position(item: dict[str, Any], index: int) -> float:
    try:
        return float(item.get("position", index + 1))
    except (TypeError, ValueError):
        return float(index + 1)


def _jsonld_crumb(jsonld: JsonLd, item: dict[str, Any]) -> tuple[str | None, str | None]:
    target = jsonld.resolve(item.get("item"))
    name = text_value(item.get("name"))
    url: str | None = None
    if isinstance(target, str):
        url = target
    elif isinstance(target, dict):
        name = name or text_value(target.get("name"))
        url = url_value(target)
    return name, url or url_value(item.get("url"))


def _from_microdata(page: Page) -> list[Crumb]:
    for trail in page.microdata_of_type("BreadcrumbList"):
        pairs: list[tuple[float, int, str | None, str | None]] = []
        for index, element in enumerate(trail.get("itemListElement", [])):
            if not isinstance(element, dict):
                continue
            name = _first(element.get("name"))
            url: str | None = None
            for target in element.get("item", []):
                if isinstance(target, dict):
                    name = name or _first(target.get("name"))
                    url = _first(target.get("url")) or _first(target.get("@id"))
                elif isinstance(target, str):
                    url = target
            if name is None and element.get("@element") is not None:
                name = text_of(element["@element"])
            pairs.append((_position({"position": _first(element.get("position"))}, index), index, name, url))
        pairs.sort(key=lambda p: (p[0], p[1]))
        if crumbs := _dedupe(page, ((name, url) for _, _, name, url in pairs)):
            return crumbs
    return []


def _first(values: Any) -> str | None:
    for value in values or ():
        if isinstance(value, str) and value.strip():
            return value
    return None


def _trails(found: list[etree._Element]) -> list[list[etree._Element]]:
    """Trail candidates: a named container read whole, or named items read side by side.

    A container nested in another named one is read once, from the outer element; items
    (``li.breadcrumb-item``) whose container is not named are grouped by their parent.
    """
    groups: list[list[etree._Element]] = []
    last: set[etree._Element] = set()
    for el in found:
        if Regions.is_claimed(el) or inside(el, last, MAX_DEPTH):
            continue
        if el.tag in _ITEM_TAGS and groups and groups[-1][0].tag in _ITEM_TAGS \
                and groups[-1][0].getparent() is el.getparent():
            groups[-1].append(el)
            last.add(el)
            continue
        groups.append([el])
        last = {el}
    return groups


def _from_elements(page: Page, elements: list[etree._Element]) -> list[Crumb]:
    pairs: list[tuple[str | None, str | None]] = []
    for el in elements:
        link = el if el.tag == "a" else next(iter(el.iter("a")), None)
        pairs.append((text_of(el), link.get("href") if link is not None else None))
    return _dedupe(page, pairs)


def _from_markup(page: Page, containers: list[etree._Element]) -> list[Crumb]:
    """Links become crumbs with their URL; text between them, split at separators, without."""
    pairs: list[tuple[str | None, str | None]] = []
    for container in containers:
        _walk(container, pairs)
    return _dedupe(page, pairs)


def _walk(el: etree._Element, pairs: list[tuple[str | None, str | None]], depth: int = 0) -> None:
    if len(pairs) > MAX_CRUMBS * 3 or depth > MAX_DEPTH:
        return
    if el.tag == "a":
        pairs.append((text_of(el), el.get("href")))
    elif isinstance(el.tag, str) and el.tag not in _SKIP_TAGS and not _hidden(el):
        _add_text(el.text, pairs)
        for child in el:
            _walk(child, pairs, depth + 1)
            _add_text(child.tail, pairs)


def _hidden(el: etree._Element) -> bool:
    """Not shown: a screen-reader label ("Breadcrumb", "You are here") or a hidden copy is no crumb."""
    if el.get("aria-hidden") == "true" or el.get("hidden") is not None:
        return True
    names = el.get("class") or ""
    return hides_from_everyone(names) or shown_to_screen_readers_only(names)


def _add_text(text: str | None, pairs: list[tuple[str | None, str | None]]) -> None:
    if not text or _SEPARATOR_ONLY.match(text):
        return
    for piece in _SEPARATORS.split(text):
        pairs.append((piece, None))


def _dedupe(page: Page, pairs: Any) -> list[Crumb]:
    crumbs: list[Crumb] = []
    for name, url in pairs:
        name = _LABEL.sub("", clean_text(name)) if name else ""
        if not name or _SEPARATOR_ONLY.match(name) or len(name) > MAX_CRUMB_CHARS:
            continue
        absolute = page.absolute(url) if url else None
        if crumbs and crumbs[-1].name == name:
            if crumbs[-1].url is None and absolute:
                crumbs[-1] = Crumb(name=name, url=absolute)
            continue
        crumbs.append(Crumb(name=name, url=absolute))
        if len(crumbs) >= MAX_CRUMBS:
            break
    return crumbs
