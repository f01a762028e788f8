"""Related posts: conventions read on the fourth pool of real pages (issue 16, seventh session of
2026-12-08), each on a page of our own making with a counter-example."""

from __future__ import annotations

from tests.field_pages import PARAGRAPHS, extract, page

BASE = "https://health.example.org"
TITLES = ("Omega-3 pills do not protect the heart, a review finds", "Why winter sun is too weak for vitamin D")


def article(after: str = "") -> str:
    return (f"<article class='post'><h1>Vitamin D pills do not prevent fractures, a large trial finds</h1>"
            f"<div class='entry-content'>{PARAGRAPHS}</div></article>{after}")


def related(body: str) -> list[str]:
    return [str(post.url) for post in extract(page(body)).related_posts]


def contributor_card(i: int, title: str, link_class: str) -> str:
    return (f'<div class="card"><h3 class="card__title"><a class="card__title-link" href="/health/story-{i}">{title}</a></h3>'
            f'<ul class="card__contributors"><li><a class="{link_class}" href="/community/jane-doe-{i}">Jane Doe</a>'
            "</li></ul></div>")


def test_a_cards_contributor_link_is_no_post() -> None:
    """LeadDev's cards ("More like this") name their writer as "a.ld-card__contributor" linking the
    writer's page under /community/: the person, not a post."""
    cards = "".join(contributor_card(i, title, "card__contributor card__contributors__item__name")
                    for i, title in enumerate(TITLES))
    body = article(f'<section class="more"><h2>More like this</h2>{cards}</section>')
    assert related(body) == [f"{BASE}/health/story-{i}" for i in range(len(TITLES))]


def test_a_guest_contribution_link_stays() -> None:
    """Counter-example: a post link classed for a guest contribution ("card__contribution-link", an
    op-ed by an outside writer) leads to the post: only a contributor's link leads to a person."""
    cards = "".join(f'<div class="card"><h3><a class="card__contribution-link" href="/health/story-{i}">{title}</a></h3></div>'
                    for i, title in enumerate(TITLES))
    body = article(f'<section class="more"><h2>More like this</h2>{cards}</section>')
    assert related(body) == [f"{BASE}/health/story-{i}" for i in range(len(TITLES))]


def sections_block(heading: str) -> str:
    cards = "".join(f'<article class="card"><a href="/article/40{i}/story-{i}.html"><h3>{title}</h3></a></article>'
                    for i, title in enumerate(TITLES))
    sections = ('<ul class="related__links"><li><a href="/videos/">Videos</a></li>'
                '<li><a href="/cloud-computing/">Spotlight: Data Center Modernization</a></li></ul>')
    return (f'<div class="related-content"><h2>Related content</h2>{cards}'
            f'<nav aria-labelledby="rc-nav"><h2 id="rc-nav" class="sr-only">{heading}</h2>{sections}</nav></div>')


def test_a_related_blocks_sections_part_is_no_post() -> None:
    """InfoWorld's "Related content" box ends with a nav headed "Other Sections" (for screen readers)
    linking the site's sections ("/cloud-computing/" as "Spotlight: …"): site navigation, not posts."""
    assert related(article(sections_block("Other Sections"))) == [
        f"{BASE}/article/40{i}/story-{i}.html" for i in range(len(TITLES))]


def test_a_part_headed_by_a_related_label_stays() -> None:
    """Counter-example: the same part headed "More on this story" offers posts; its links stay."""
    found = related(article(sections_block("More on this story")))
    assert f"{BASE}/cloud-computing/" in found


def next_story(label: str) -> str:
    return (f'<div class="article-nav"><div class="article-nav_container"><span class="article_meta-title">'
            f'<i class="fa fa-arrow-down" aria-hidden="true"></i> {label}</span>'
            f'<a id="next-story_1" href="/news/story-n754806">{TITLES[0]}</a></div></div>')


def test_a_link_after_a_next_story_label_is_the_next_post() -> None:
    """NBC News closes its articles with "<span>Next Story</span> <a>Title</a>": the label names one
    post (direction and noun), in an element of its own, no colon needed."""
    assert related(article(next_story("Next Story"))) == [f"{BASE}/news/story-n754806"]


def test_a_link_after_a_sentence_ending_in_next_story_is_no_post() -> None:
    """Counter-example: a line whose words end in "next story" ("We will follow up in the next story")
    before a link labels nothing."""
    assert related(article(next_story("We will follow up in the next story"))) == []


def related_story(i: int, title: str) -> str:
    return (f'<aside class="related__wrap"><h2 class="related__title">Related Story</h2>'
            f'<a class="related__link" href="/2026/02/0{i}/11325{i}/story-{i}/">{title}</a></aside>')


def test_a_headline_about_subscriptions_is_no_sale() -> None:
    """MIT Technology Review's in-body "Related Story" card 'A “QuitGPT” campaign is urging people to
    cancel their ChatGPT subscriptions': the noun inside a headline's sentence reports on subscriptions;
    it offers none."""
    title = "A campaign is urging people to cancel their ChatGPT subscriptions"
    body = article(related_story(1, title) + related_story(2, TITLES[0]))
    assert related(body) == [f"{BASE}/2026/02/01/113251/story-1/", f"{BASE}/2026/02/02/113252/story-2/"]


def test_a_short_subscription_offer_stays_out() -> None:
    """Counter-example: a card that is the offer itself ("Digital subscription", "Subscribe now") is
    a sale, not a post."""
    body = article(related_story(1, "Digital subscription") + related_story(2, TITLES[0])
                   + related_story(3, "Subscribe now for full access"))
    assert related(body) == [f"{BASE}/2026/02/02/113252/story-2/"]
