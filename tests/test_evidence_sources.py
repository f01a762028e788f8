"""Source classification: one case per kind and rule, and the curated lists' integrity."""

from __future__ import annotations

import pytest

from harvester.evidence.sources import SOURCE_KINDS, classify_source, domain_lists, listed_kind

CASES = [
    # (url, link text, kind): each rule of the module's docstring at least once.
    ("https://pmc.ncbi.nlm.nih.gov/articles/PMC8169603/", "PMC", "journal_article"),
    ("https://doi.org/10.1056/NEJMoa2034577", "the trial", "journal_article"),
    ("https://link.example-publisher.org/doi/10.5555/abc.123", "study", "journal_article"),
    ("https://www.nature.com/articles/s41586-020-2798-3", "paper", "journal_article"),
    ("https://www.nature.com/articles/d41586-025-00863-2", "Nature", "news"),
    ("https://doi.org/10.1101/2020.12.10.20246736", "preprint", "preprint"),
    ("https://www.medrxiv.org/content/10.1101/2020.12.10.20246736v1", "medRxiv", "preprint"),
    ("https://clinicaltrials.gov/study/NCT04368728", "registry", "trial_registry"),
    ("https://registry.example.net/trial/NCT04368728", "registry", "trial_registry"),
    ("https://www.keio.ac.jp/en/press-releases/2025/Mar/21/49-164139/", "Keio University", "press_release"),
    ("https://www.example-pharma.com/media/2024/results.html", "press release", "press_release"),
    ("https://www.uni-heidelberg.de/de/newsroom/neue-studie", "Universität", "press_release"),
    ("https://news.stanford.edu/2024/01/10/study/", "Stanford", "press_release"),
    ("https://www.eurekalert.org/news-releases/1012345", "EurekAlert", "press_release"),
    ("https://www.who.int/news/item/02-01-2024-statement", "WHO", "press_release"),
    ("https://www.cdc.gov/flu/index.html", "CDC", "public_health_agency"),
    ("https://www.bfarm.de/DE/Arzneimittel/_node.html", "BfArM", "public_health_agency"),
    ("https://www.sante.gouv.example.fr/x", "", "other"),
    ("https://www.health.gov.example/x", "", "other"),
    ("https://www.ministerstwo.gov.pl/zdrowie/szczepienia", "", "public_health_agency"),
    ("https://www.hopkinsmedicine.org/health/conditions", "Johns Hopkins", "institution"),
    ("https://www.cs.example.edu/~lab/", "lab", "institution"),
    ("https://www.uniklinik-freiburg.de/neurologie.html", "Uniklinik", "institution"),
    ("https://medicalxpress.com/news/2025-03-ips.html", "Medical Xpress", "news"),
    ("https://www.dailyherald-example.com/story/1", "Herald", "news"),
    ("https://en.wikipedia.org/wiki/Stem_cell", "stem cell", "reference"),
    ("https://www.example-encyclopedia.org/entry", "entry", "reference"),
    ("https://twitter.com/US_FDA/status/1", "tweet", "social_media"),
    ("https://www.youtube.com/watch?v=abc", "video", "social_media"),
    ("https://github.com/org/repo", "code", "other"),
    # URL shapes of a news story on a host no list knows, and what they leave alone.
    ("https://outlet.example/culture/the-spectacular-story-of-metroid-part-2-1284621108", "", "news"),
    ("https://outlet.example/299655/why-your-uber-driver-hates-uber/", "", "news"),
    ("https://outlet.example/chaos-theory-in-ecology-predicts-future-populations-20151013/", "", "news"),
    ("https://outlet.example/Articles/770966/", "", "news"),
    ("https://outlet.example/story/news/politics/2019/11/17/poll-leads/4198100002/", "", "news"),
    ("https://someone.example/2015/03/02/qgis-2-8-ltr-has-landed/", "", "other"),  # a dated blog post
    ("https://team.example/blog/299655/why-we-moved-to-a-new-office/", "", "other"),
    ("https://stackoverflow.com/questions/1801878/the-pythonic-way-of-organizing-modules", "", "other"),
    ("https://union.example/wp-content/uploads/2019/12/leaflet-about-the-big-strike-20191206.pdf", "", "other"),
    ("https://shop.example/item/12345678/a-very-nice-red-umbrella-for-two", "", "other"),
    # Reference entries on hosts no list knows; consumer-health references and their news pages.
    ("https://memory-alpha.fandom.com/wiki/Borg", "", "reference"),
    ("https://www.juraforum.de/lexikon/klaeger", "", "reference"),
    ("https://www.webmd.com/allergies/guide/nut-allergy", "", "reference"),
    ("https://www.webmd.com/news/20240101/new-study", "", "news"),
    ("https://www.healthline.com/health-news/long-covid-study", "", "news"),
    ("https://www.marketwatch.com/press-release/acme-announces-results-2024", "", "press_release"),
    ("not a url", "", "other"),
]


@pytest.mark.parametrize(("url", "text", "kind"), CASES, ids=[c[0][8:48] for c in CASES])
def test_classify_source(url: str, text: str, kind: str) -> None:
    assert classify_source(url, text) == kind


def test_longest_entry_wins() -> None:
    assert listed_kind("nature.com", "/articles/d41586-025-00863-2") == "news"
    assert listed_kind("nature.com", "/articles/s41586-020-2798-3") == "journal_article"
    assert listed_kind("pubmed.ncbi.nlm.nih.gov", "/1/") == "journal_article"
    assert listed_kind("nih.gov", "/") == "public_health_agency"
    assert listed_kind("notlisted.example", "/") is None


def test_lists_are_well_formed() -> None:
    """Every entry a host (optionally with a path), lower-case, in one list only, of a known kind."""
    entries = domain_lists()
    assert len(entries) > 300
    for entry, (kind, name) in entries.items():
        host = entry.split("/", 1)[0]
        assert kind in SOURCE_KINDS and kind != "other", name
        assert "." in host and " " not in entry and "://" not in entry, f"{name}: {entry!r}"


def test_no_entry_in_two_lists() -> None:
    from importlib import resources

    seen: dict[str, str] = {}
    for path in (resources.files("harvester") / "data" / "source_domains").iterdir():
        if not path.name.endswith(".txt"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            entry = line.split("#", 1)[0].strip().lower()
            if entry:
                assert entry not in seen, f"{entry!r} is in {seen[entry]} and {path.name}"
                seen[entry] = path.name
