"""Reader comments an invariant audit found wrong (issue 16, third session): a page printing "3
Kommentare" over a thread in its HTML has three comments; a commenter's name is a name. Each
convention has a page of our own making and a counter-example where the rule must not fire."""

from __future__ import annotations

from functools import partial

from harvester.fields.comments import extract_comments

from conftest import parsed_page

URL = "https://wirtschaft.example/politik/grenzen-zu/25776812.html"

page_of = partial(parsed_page, url=URL, lang="de")

ARTICLE = """<article><h1>Grenzen zu, Pendler warten</h1>
  <p>Seit sechs Wochen warten Pendler an der Grenze zu Frankreich, weil die Kontrollen nur zwei
  Übergänge offen lassen; die Landesregierung will darüber am Dienstag mit Paris sprechen.</p></article>"""


def lower_case_item(name: str, when: str, words: str, itemtype: str) -> str:
    """One reader's comment as a news CMS prints it: a microdata item and no comment class on it."""
    return f"""<li itemscope itemtype="{itemtype}" itemprop="comment" class="col-md-offset-1">
      <header><span itemscope itemtype="https://schema.org/Person" itemprop="author">Herr
        <span itemprop="name">{name}</span></span>
        <time content="{when}" itemprop="datePublished">{when[8:10]}.{when[5:7]}.{when[:4]}</time></header>
      <p itemprop="text">{words}</p>
      <footer><a href="#" class="report">Als Spam melden!</a></footer></li>"""


def test_a_comment_type_spelled_in_lower_case_is_a_comment() -> None:
    """'itemtype="http://schema.org/comment"': the type's case is a typo, the items are the thread
    the page's "2 Kommentare" counts."""
    items = "".join(lower_case_item(*args, itemtype="http://schema.org/comment") for args in [
        ("Steffen Ecks", "2020-04-28T10:27:29+02:00", "Diese ganze Situation ist der traurige Rest deutscher Europapolitik."),
        ("Hans Bajohr", "2020-04-27T20:10:40+02:00", "Viele Saarländer haben mehr Bindungen nach Frankreich als nach Berlin."),
    ])
    p = page_of(ARTICLE + f"<section><h2>2 Kommentare</h2><ul>{items}</ul></section>")
    assert [(c.author, c.published_at.isoformat()[:10], c.text) for c in extract_comments(p)] == [
        ("Steffen Ecks", "2020-04-28", "Diese ganze Situation ist der traurige Rest deutscher Europapolitik."),
        ("Hans Bajohr", "2020-04-27", "Viele Saarländer haben mehr Bindungen nach Frankreich als nach Berlin."),
    ]


def test_a_lower_case_type_of_another_kind_is_no_comment() -> None:
    """Counter-example: items of another type spelled in lower case (a "review" list of products,
    with author, date and words) stay no comments."""
    items = "".join(lower_case_item(*args, itemtype="http://schema.org/review") for args in [
        ("Steffen Ecks", "2020-04-28T10:27:29+02:00", "Der Adapter hält, was er verspricht, und lädt schnell."),
        ("Hans Bajohr", "2020-04-27T20:10:40+02:00", "Nach zwei Wochen ist das Kabel am Stecker gebrochen."),
    ])
    assert extract_comments(page_of(ARTICLE + f"<section><ul>{items}</ul></section>")) == []
