"""Red-team probes of the sixth session's Joomla "Written by" labels (review-a): a Joomla site whose
articles go out under the newsroom's shared account prints the label before the newsroom's word,
"<dd class="createdby">Napsal redakce</dd>" (Joomla 2.5's components/com_content/views/article/tmpl/
default.php, COM_CONTENT_WRITTEN_BY in the cs-CZ, sk-SK and hu-HU packs). Stripped of its label, the
word was credited as a person ("redakce", "Szerkesztőség")."""

from __future__ import annotations

from tests.field_pages import credited_people, extract
from tests.test_authors_joomla_labels import _joomla25_article


def test_the_newsroom_after_a_translated_written_by_is_no_person() -> None:
    for label, name, lang in (("Napsal", "redakce", "cs"), ("Napísal:", "redakcia", "sk"),
                              ("Írta:", "Szerkesztőség", "hu"), ("Napsal", "Redakce Zdraví", "cs")):
        assert credited_people(extract(_joomla25_article(label, name, lang))) == [], name


def test_a_writer_after_the_label_is_still_credited() -> None:
    """Counter-example: the labels' own probes keep their writer."""
    for label, name, lang in (("Napsal", "Jan Novák", "cs"), ("Írta:", "Kovács Péter", "hu")):
        assert credited_people(extract(_joomla25_article(label, name, lang))) == [name]
