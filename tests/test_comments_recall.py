"""Reader comments the markup rules did not see (issue 16, a recall audit after round thirteen):
comment systems named in ways the class rules do not read. Each convention has a page of our own
making and a counter-example that must stay without comments."""

from __future__ import annotations

from functools import partial

from harvester.fields.comments import extract_comments

from conftest import parsed_page

URL = "https://countynews.example/opinion/article.aspx?articleid=20111118"

page_of = partial(parsed_page, url=URL, lang="en")

ARTICLE = """<div id="main"><h1>New rules for the county court</h1>
  <p>The county court will publish the names of witnesses only after the trial, its clerk said on
  Thursday, after a year in which three witnesses were threatened before they could testify.</p></div>"""


def aspnet_row(prefix: str, n: int, name: str, words: str) -> str:
    """One row of an ASP.NET comment control: a table whose boxes are all classed "comment"."""
    row = f"{prefix}_ctrl{n}"
    return f"""<table id="{row}_tblOdd" class="commentBackground"><tr>
      <td id="{row}_tdAvatar"><img id="{row}_imgAvatar" src="/a.jpg"></td>
      <td id="{row}_tdComment"><div>
        <a id="{row}_lnkScreenName" class="comment" href="/profile/profile.aspx?id={n}">{name}</a>
        <span id="{row}_lblCommentDate" class="comment">(1 day ago)</span></div>
        <div class="comment">{words}</div></td></tr></table>"""


def test_each_row_of_an_aspnet_comment_list_is_a_comment() -> None:
    """ASP.NET names every control of a list's row "<list>_ctrl<N>_<control>": with the list named
    for comments, each row is one comment; its date box is named for the date ("lblCommentDate")
    and stays out of the text, the profile link is the author."""
    prefix = "ctl00_body1_CommentControl1_lstComment"
    p = page_of(ARTICLE + aspnet_row(prefix, 0, "Richard Hart", "Simply ghastly. I side with the editors.")
                + aspnet_row(prefix, 1, "Eagle 4", "I think the proposal started in McAlester.")
                + f"""<span id="{prefix}_lblViewAll" class="commentLink">2 comments displayed</span>""")
    assert [(c.author, c.text) for c in extract_comments(p)] == [
        ("Richard Hart", "Simply ghastly. I side with the editors."),
        ("Eagle 4", "I think the proposal started in McAlester."),
    ]


def test_a_list_of_the_most_commented_articles_is_no_comment_list() -> None:
    """Counter-example: a sidebar's repeater of the most commented articles ("rptMostCommented"),
    each row a link to an article and its date, is no reader's comment."""
    prefix = "ctl00_sidebar_rptMostCommented"
    rows = "".join(f"""<div id="{prefix}_ctrl{n}_divItem" class="comment-teaser">
        <a id="{prefix}_ctrl{n}_lnkTitle" href="/news/{n}">School board votes on the new budget plan</a>
        <span id="{prefix}_ctrl{n}_lblDate">Nov 17, 2011</span></div>""" for n in range(3))
    assert extract_comments(page_of(ARTICLE + rows)) == []
