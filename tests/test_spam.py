"""Spam comments: campaign spam in several languages flagged, real readers' comments not."""

from __future__ import annotations

import pytest

from harvester.evidence.spam import flag_comments, normalise_comment_text
from harvester.models import Comment

ARTICLE = (
    "Flu vaccine cuts hospital admissions among older adults",
    "A study of 40,000 adults over 65 found the high-dose flu vaccine reduced hospital admissions by a third. "
    "Der Grippeimpfstoff senkte die Krankenhausaufnahmen. Le vaccin antigrippal a réduit les hospitalisations.",
)

SPAM = [
    ("registro na binance", None, "Can you be more specific about the content of your article? After reading it, I still have some doubts. Hope you can help me.", {"keyword_author", "stock_text"}),
    ("Meilleur code de parrainage Binance", None, "Your point of view caught my eye and was very interesting. Thanks. I have a question for you.", {"keyword_author", "stock_text"}),
    ("Creati un cont personal", None, "Your article helped me a lot, is there any more related content? Thanks!", {"keyword_author", "stock_text"}),
    ("Najlepszy kod polecajacy Binance", None, "Thanks for sharing. I read many of your blog posts, cool, your blog is very good. https://accounts.binance.info/ar-BH/register-person?ref=UT2YTZSU", {"referral_link", "commercial_link", "keyword_author", "stock_text"}),
    ("Anna", None, "Toller Beitrag! Hier bekommst du 100 USDT Bonus: https://www.bybit.com/invite?ref=ABC123", {"referral_link", "commercial_link"}),
    ("Lucas", "https://best-casino-bonus.example/fr", "Merci pour cet article très intéressant !", {"commercial_link"}),
    ("código de referido de Binance", None, "Excelente artículo, gracias por compartir.", {"keyword_author"}),
    ("cheap-pills-online.com", None, "Great post, keep it up.", {"keyword_author"}),
]

REAL = [
    ("Margaret Hill", None, "I disagree: a third fewer admissions in one season is not the same as saving lives, the study did not count deaths."),
    ("Dr. Paul Evans", None, "Was the high-dose vaccine compared with the standard dose or with no vaccine at all?"),
    ("K. Tanaka", None, "The full trial is in NEJM: https://www.nejm.org/doi/full/10.1056/NEJMoa2034577 — the hospital admissions figure is in table 2."),
    ("Sabine", None, "Gilt das auch für den Grippeimpfstoff für Jüngere? Meine Krankenhausaufnahmen-Statistik sagt etwas anderes."),
    ("Jean Dupont", None, "Je ne suis pas convaincu : les hospitalisations baissent chaque année en été."),
    ("Tom", None, "Great article, thanks!"),
    ("Bet Lynch", None, "My GP offered the high-dose vaccine this year, good to know it reduces admissions."),
    # User names with dots, seen on corpus pages, are names, not web addresses.
    ("muffin.princess", None, "Wenn man die Impfung im Herbst bekommt, wie lange hält der Schutz vor Krankenhausaufnahmen?"),
    ("Memo.ST", None, "Das verlinkte Dokument ist selbst eine hochwertige Quelle zur Grippeimpfung."),
]


@pytest.mark.parametrize(("author", "url", "text", "reasons"), SPAM, ids=[s[0] for s in SPAM])
def test_spam_flagged(author: str, url: str | None, text: str, reasons: set[str]) -> None:
    [comment] = flag_comments([Comment(id="c", author=author, author_url=url, text=text)], *ARTICLE)
    assert comment.spam
    assert reasons <= set(comment.spam_reasons), comment.spam_reasons


@pytest.mark.parametrize(("author", "url", "text"), REAL, ids=[r[0] for r in REAL])
def test_real_comment_not_spam(author: str, url: str | None, text: str) -> None:
    [comment] = flag_comments([Comment(id="c", author=author, author_url=url, text=text)], *ARTICLE)
    assert not comment.spam, comment.spam_reasons


def test_generic_praise_is_a_signal_but_not_spam_alone() -> None:
    [comment] = flag_comments([Comment(id="c", author="Tom", text="Great article, thanks!")], *ARTICLE)
    assert comment.spam_reasons == ["generic_praise"] and not comment.spam


def test_normalised_text_ignores_case_punctuation_and_links() -> None:
    assert normalise_comment_text("Thanks for sharing!! https://x.example/?ref=1") == normalise_comment_text("thanks  for sharing")
