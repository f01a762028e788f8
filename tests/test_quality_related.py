"""Related posts in the forms sites print them: in-body lists and lines in several languages,
post navigation, cards with a meta line; shop and subscription links left out."""

from __future__ import annotations

from datetime import date

from harvester.models import ArticleRecord
from tests.field_pages import PARAGRAPHS, extract, page


def _related(record: ArticleRecord) -> list[tuple[str, str | None]]:
    return [(post.title, post.url) for post in record.related_posts]


def test_an_in_body_list_under_a_related_heading() -> None:
    html = page(f'<article><h1>Lentil soup for cold days</h1><div class="entry-content">{PARAGRAPHS}'
                "<h3>Related recipes</h3><ul>"
                '<li><a href="/2025/10/red-lentil-dal/">Red lentil dal with spinach</a></li>'
                '<li><a href="/2025/09/chickpea-stew/">Smoky chickpea and tomato stew</a></li></ul>'
                "<p>Serve the soup with a squeeze of lemon and some crusty bread, and keep the leftovers for "
                "up to four days in the fridge.</p></div></article>")
    assert _related(extract(html)) == [
        ("Red lentil dal with spinach", "https://health.example.org/2025/10/red-lentil-dal/"),
        ("Smoky chickpea and tomato stew", "https://health.example.org/2025/09/chickpea-stew/"),
    ]


def test_lesen_sie_auch_mehr_zum_thema_and_a_lire_aussi_lines_in_the_body() -> None:
    html = page(f"<article><h1>Ständig müde</h1><div class='article-body'>{PARAGRAPHS}"
                '<p><strong>Lesen Sie auch:</strong> <a href="/gesundheit/eisenmangel-erkennen/">Eisenmangel '
                "erkennen: Diese Anzeichen sind typisch</a></p>"
                f"{PARAGRAPHS}"
                '<ul><li><strong>Mehr zum Thema Gesundheit:</strong></li>'
                '<li><a href="/gesundheit/augenzucken-ursachen/">Augenzucken: Das will dein Körper dir sagen</a></li>'
                '<li><a href="/gesundheit/vitamin-b12-mangel/">Vitamin-B12-Mangel: Wer betroffen ist</a></li></ul>'
                '<p><strong>À lire aussi »</strong> <a href="/bien-etre/ventre-gonfle/">Ventre gonflé : quel est '
                "votre profil digestif ?</a></p></div></article>", lang="de")
    assert [url for _, url in _related(extract(html))] == [
        "https://health.example.org/gesundheit/eisenmangel-erkennen/",
        "https://health.example.org/gesundheit/augenzucken-ursachen/",
        "https://health.example.org/gesundheit/vitamin-b12-mangel/",
        "https://health.example.org/bien-etre/ventre-gonfle/",
    ]


def test_post_navigation_gives_the_previous_and_next_posts() -> None:
    html = page(f"<article><h1>Vitamin D trial</h1>{PARAGRAPHS}</article>"
                '<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links">'
                '<div class="nav-previous"><a href="/2025/10/omega-3-review/" rel="prev"><span>Previous post</span> '
                "Omega-3 capsules: what the new review says</a></div>"
                '<div class="nav-next"><a href="/2025/12/walking-and-blood-pressure/" rel="next">'
                "<span>Next post</span> Walking lowers blood pressure in older adults</a></div></div></nav>")
    assert _related(extract(html)) == [
        ("Omega-3 capsules: what the new review says", "https://health.example.org/2025/10/omega-3-review/"),
        ("Walking lowers blood pressure in older adults",
         "https://health.example.org/2025/12/walking-and-blood-pressure/"),
    ]


def test_shop_subscription_and_sales_links_are_not_related_posts() -> None:
    html = page(f"<article><h1>Vitamin D trial</h1>{PARAGRAPHS}</article>"
                '<section class="related-posts"><h2>You might also like</h2><ul>'
                '<li><a href="/2025/10/omega-3-review/">Omega-3 capsules: what the new review says</a></li>'
                '<li><a href="/shop/vitamin-d3-drops-1000-iu/">Vitamin D3 drops 1000 IU, 50 ml</a></li>'
                '<li><a href="https://subs.example.org/checkout?plan=85339">Subscribe for full access today</a></li>'
                '<li><a href="/abo/digital-testen/">Jetzt digital testen: 4 Wochen gratis lesen</a></li>'
                '<li><a href="/kiosk/spektrum-kompakt-moderne-seuchen/1669158">Spektrum Kompakt: Moderne Seuchen</a>'
                "</li></ul></section>")
    assert _related(extract(html)) == [
        ("Omega-3 capsules: what the new review says", "https://health.example.org/2025/10/omega-3-review/"),
    ]


def test_a_card_meta_line_keeps_its_author_and_date() -> None:
    html = page(f"<article><h1>Vitamin D trial</h1>{PARAGRAPHS}</article>"
                '<section class="related-posts"><h2>Related posts</h2>'
                '<div class="card"><a href="/2025/11/omega-3-review/">Omega-3 capsules: what the new review says</a>'
                '<div class="card-meta">Jane Roe · 20 Nov 2025</div></div>'
                '<div class="card"><a href="/2025/10/walking/">Walking lowers blood pressure in older adults</a>'
                '<div class="card-meta">Max Mustermann · 2 Oct 2025</div></div></section>')
    posts = extract(html).related_posts
    # The cards print days only: the dates say so (a day, not a midnight).
    assert [(p.author, p.published_at) for p in posts] == [
        ("Jane Roe", date(2025, 11, 20)), ("Max Mustermann", date(2025, 10, 2)),
    ]
