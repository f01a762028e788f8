"""People and agencies: an invariant audit (issue 16, third session). Every person a record credits is
printed on the page as a name: these pages hold what the audit found credited that is no one's name."""

from __future__ import annotations

from harvester.models import ArticleRecord
from tests.field_pages import PARAGRAPHS, extract, page

_JOOMLA = '<meta name="generator" content="Joomla! - Open Source Content Management">'


def _people(record: ArticleRecord) -> list[str]:
    return [author.name for author in record.byline.authors if author.kind == "person"]


def test_a_cms_default_account_names_no_one() -> None:
    """Joomla names its first account "Super User" and prints it, and its author meta, for every
    article the site's owner posts under it; a theme's author box prints "Newsdesk" for a newsroom's
    shared account. Neither is a writer, whether declared or printed."""
    declared = page(f"<article><h1>Schreibstil im Netz</h1>{PARAGRAPHS}</article>",
                    f'{_JOOMLA}<meta name="author" content="Super User">', lang="de")
    assert _people(extract(declared)) == []
    for line in ("Geschrieben von Super User", "Von Newsdesk"):
        printed = page(f'<article><h1>Schreibstil im Netz</h1><p class="author">{line}</p>{PARAGRAPHS}</article>', lang="de")
        assert _people(extract(printed)) == [], line


def test_a_writer_beside_or_named_like_an_account_stays() -> None:
    """Counter-example: the printed writer is read over the default account's meta, and a surname
    that is the account's word ("Hans User") is a name."""
    printed = page('<article><h1>Schreibstil im Netz</h1><p class="author">Geschrieben von Jana Berger</p>'
                   f"{PARAGRAPHS}</article>", f'{_JOOMLA}<meta name="author" content="Super User">', lang="de")
    assert _people(extract(printed)) == ["Jana Berger"]
    user = page(f'<article><h1>Schreibstil im Netz</h1><p class="author">Von Hans User</p>{PARAGRAPHS}</article>', lang="de")
    assert _people(extract(user)) == ["Hans User"]
