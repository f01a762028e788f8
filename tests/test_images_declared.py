"""The declared lead image: a site's logo, icon or placeholder declared for every post is no
picture of the article (found by an invariant scan: 15 corpus records led with WordPress.com's
blank og:image)."""

from __future__ import annotations

from harvester.document.page import Page
from harvester.fields.body import extract_body

URL = "https://healthnews.example/2025/11/stem-cell-trial/"
PARAGRAPH = ("Researchers at Keio University reported that a stem cell treatment restored some movement "
             "to patients with spinal cord injuries in a small first trial. ")


def _lead(head: str, body: str = "") -> list[str]:
    html = (f"<html><head>{head}</head><body><article><h1>Stem cell trial restores mobility</h1>{body}"
            f"<p>{PARAGRAPH}</p><p>{PARAGRAPH} A second paragraph with more words.</p></article></body></html>")
    return [image.url for image in extract_body(Page.from_text(html, URL)).images]


def test_a_declared_placeholder_logo_or_icon_is_no_lead_image_and_the_next_declared_one_is() -> None:
    for placeholder in ("https://s0.wp.com/i/blank.jpg", "https://healthnews.example/favicon-96.ico",
                        "https://healthnews.example/apple-touch-icon@2.png", "https://healthnews.example/img/logo-opengraph.png",
                        "https://secure.gravatar.com/blavatar/f40de3dc402685dfea3ed62785b21d3e?s=200"):
        assert _lead(f'<meta property="og:image" content="{placeholder}">') == [], placeholder
    head = ('<meta property="og:image" content="https://docs.example/favicons/docs@2x.ico">'
            '<meta property="twitter:image" content="https://healthnews.example/media/trial-lab.jpg">')
    assert _lead(head) == ["https://healthnews.example/media/trial-lab.jpg"]


def test_a_declared_photo_whose_name_holds_such_a_word_stays_the_lead() -> None:
    """Counter-examples: a photo of a new logo as a JPEG, a blank-page photo named for its subject."""
    for photo in ("https://healthnews.example/media/new-clinic-logo-unveiled.jpg",
                  "https://healthnews.example/media/blank-page-syndrome.jpg"):
        assert _lead(f'<meta property="og:image" content="{photo}">') == [photo]
