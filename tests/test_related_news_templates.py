"""Related posts on news sites: template-source probes (docs/field-quality.md, "Related posts on news sites:
template-source probes").

Each test prints the markup a news CMS renders (cited in its docstring) inside an article page of our own
making, and checks what a reader sees; each rule has a counter-example."""

from __future__ import annotations

from tests.field_pages import extract, page

ID_URL = "https://news.example.co.id/berita/d-3841774/kpk-siap-hadapi-sidang-praperadilan"
ID_PARAGRAPHS = (
    "<p><strong>Jakarta</strong> - KPK sudah menyiapkan berkas untuk sidang praperadilan yang diajukan di "
    "Pengadilan Negeri Jakarta Selatan. Menurut KPK, penetapan tersangka sudah sesuai prosedur.</p>"
    "<p>\"Jadi ada beberapa hal yang masih perlu dilengkapi lebih lanjut, bukti-bukti sebenarnya kita sudah cukup "
    "banyak,\" ujar Kabiro Humas KPK di kantornya, Jalan Kuningan Persada, Jakarta, Selasa (30/1/2018).</p>"
    "<p>Pejabat humas PN Jaksel sebelumnya menjelaskan majunya jadwal praperadilan itu lantaran pihak pemohon "
    "mencabut gugatan, kemudian mendaftarkannya lagi dengan nomor perkara yang baru.</p>"
)
ID_RELATED = (
    ("https://news.example.co.id/berita/d-3840432/pn-jaksel-jelaskan-soal-praperadilan-dipercepat",
     "PN Jaksel Jelaskan soal Praperadilan Dipercepat Seminggu"),
    ("https://news.example.co.id/berita/d-3839738/kpk-nilai-majunya-jadwal-sidang-janggal",
     "KPK Nilai Majunya Jadwal Sidang Praperadilan Janggal"),
)


def id_page(body: str) -> str:
    return page(f"<article><h1>KPK Siap Hadapi Sidang Praperadilan di PN Jaksel Senin</h1>{body}</article>",
                title="KPK Siap Hadapi Sidang Praperadilan", lang="id")


def detik_box(href: str, title: str) -> str:
    """detik's in-body "read also" box, as its saved articles print it (a public SQL dump of them in the code
    index): ``table.linksisip > div.lihatjg``, the label in ``<strong>`` with its colon, then the link."""
    return (f'<table class="linksisip"><tbody><tr><td><div class="lihatjg"><strong>Baca juga: </strong><a href="{href}" '
            f'target="_blank" data-label="List Berita" data-action="Berita Pilihan"><span style="color: blue;">{title}'
            f'</span></a></div></td></tr></tbody></table>')


def test_indonesian_read_also_boxes_between_paragraphs_are_related_posts() -> None:
    """"Baca juga:" (read also), the line Indonesian and Malaysian papers put between paragraphs: both links
    are related posts, and neither line stays in the text."""
    first, second, third = ID_PARAGRAPHS.split("</p>")[:3]
    body = (f"{first}</p>{detik_box(*ID_RELATED[0])}{second}</p>{detik_box(*ID_RELATED[1])}{third}</p>")
    record = extract(id_page(body), ID_URL)
    assert [(str(post.url), post.title) for post in record.related_posts] == list(ID_RELATED)
    assert "Baca juga" not in record.body_text
    assert "Seminggu" not in record.body_text


def test_baca_juga_inside_a_sentence_is_no_label() -> None:
    """The counter-example: "baca juga" as words of a sentence with a link inside it is the text's."""
    sentence = (f'<p>Untuk latar belakang perkara ini, Anda bisa baca juga <a href="{ID_RELATED[0][0]}">laporan kami '
                f'sebelumnya</a> tentang jadwal sidang yang dipercepat oleh pengadilan.</p>')
    record = extract(id_page(ID_PARAGRAPHS + sentence), ID_URL)
    assert record.related_posts == []
    assert "Anda bisa baca juga laporan kami sebelumnya" in record.body_text


VI_URL = "https://tintuc.example.vn/tin-tuc/gia-xang-giam-lan-thu-ba.html"
VI_PARAGRAPHS = (
    "<p>Giá xăng trong nước giảm lần thứ ba liên tiếp từ chiều nay, sau khi liên bộ Công Thương và Tài chính điều "
    "chỉnh giá bán lẻ theo diễn biến của thị trường thế giới trong kỳ vừa qua.</p>"
    "<p>Theo thông báo, mỗi lít xăng sinh học giảm hơn 300 đồng, dầu diesel giảm gần 400 đồng; quỹ bình ổn giá "
    "không được trích lập và không được chi sử dụng trong kỳ điều hành này.</p>"
)
VI_RELATED = (
    ("https://tintuc.example.vn/tin-tuc/gia-dau-the-gioi-xuong-thap-nhat.html", "Giá dầu thế giới xuống thấp nhất"
     " trong ba tháng"),
    ("https://tintuc.example.vn/tin-tuc/doanh-nghiep-xang-dau-bao-lo.html", "Doanh nghiệp xăng dầu báo lỗ quý"
     " thứ hai"),
)


def vi_page(body: str) -> str:
    return page(f'<div class="col-md-9 col-right"><h1 class="name-cat">Giá xăng giảm lần thứ ba liên tiếp</h1>'
                f'<div class="content">{body}</div>', title="Giá xăng giảm lần thứ ba liên tiếp", lang="vi")


def test_a_vietnamese_related_news_heading_names_its_list() -> None:
    """"Tin liên quan" (related news), the heading Vietnamese news templates print over their list of other
    articles (lxthien/cms, system/application/views/front/news/news_de.php; miamor/vubi, pages/service2/view.php),
    here over a list whose classes name nothing: the heading alone tells it, as "Related news" does."""
    box = '<h3>Tin liên quan</h3><ul>' + "".join(f'<li><a href="{href}">{title}</a></li>'
                                                  for href, title in VI_RELATED) + '</ul>'
    record = extract(vi_page(VI_PARAGRAPHS + "</div>" + box), VI_URL)
    assert [(str(post.url), post.title) for post in record.related_posts] == list(VI_RELATED)


def test_a_vietnamese_see_more_line_and_a_show_more_button() -> None:
    """"Xem thêm:" (see more) with its colon before a headline link is a related post, as "Read more:" is;
    a section list's bare "Xem thêm" button (show more) is none."""
    line = f'<p><strong>Xem thêm:</strong> <a href="{VI_RELATED[0][0]}">{VI_RELATED[0][1]}</a></p>'
    record = extract(vi_page(VI_PARAGRAPHS + line + "</div>"), VI_URL)
    assert [(str(post.url), post.title) for post in record.related_posts] == [VI_RELATED[0]]
    assert "Xem thêm" not in record.body_text
    button = '<div class="box-more"><a href="/kinh-te/" class="view-more">Xem thêm</a></div>'
    record = extract(vi_page(VI_PARAGRAPHS + "</div>" + button), VI_URL)
    assert record.related_posts == []


EN_URL = "https://www.example-daily.com/health/2025/11/18/vitamin-d-trial/"
EN_PARAGRAPHS = (
    "WASHINGTON &mdash; A large randomised trial followed more than twenty thousand adults for five years and found "
    "that a daily vitamin D supplement did not lower their risk of fractures, cancer or heart disease.",
    "The researchers say people with a diagnosed deficiency should still take what their doctor prescribes, but that "
    "healthy adults gain little from the pills bought over the counter.",
    "Earlier observational studies had linked low vitamin D levels with many illnesses, which raised hopes that "
    "supplements would prevent them; randomised trials have mostly not borne that out.",
)
EN_RELATED = (
    ("https://www.example-daily.com/health/2025/10/02/zinc-colds/", "Zinc lozenges shorten colds by a day, review says"),
    ("https://www.example-daily.com/health/2025/09/14/fish-oil/", "Why fish oil trials keep disagreeing"),
)


def arc_interstitial(href: str, title: str) -> str:
    """Arc XP's interstitial link (WPMedia/arc-themes-blocks, blocks/article-body-block/chains/article-body/
    default.jsx, case "interstitial_link"; the aria-label from the block's intl.json): the related story's
    headline between square brackets, alone in its paragraph."""
    return (f'<p class="c-paragraph b-article-body__interstitial-link"><span>[&nbsp;</span><a class="c-link" '
            f'href="{href}" aria-label="Open related story">{title}</a><span>&nbsp;]</span></p>')


def arc_page(*middle: str) -> str:
    first, second, third = (f'<p class="c-paragraph">{text}</p>' for text in EN_PARAGRAPHS)
    return page(f'<h1 class="b-headline">Vitamin D pills do not prevent fractures, trial finds</h1>'
                f'<article class="b-article-body">{first}{"".join(middle)}{second}{third}</article>')


def test_arc_xp_interstitial_links_are_related_posts() -> None:
    """Two interstitial links after the first paragraph: both are related stories, not the article's text."""
    record = extract(arc_page(*(arc_interstitial(*post) for post in EN_RELATED)), EN_URL)
    assert [(str(post.url), post.title) for post in record.related_posts] == list(EN_RELATED)
    assert "fish oil" not in record.body_text
    assert "did not lower their risk" in record.body_text


def test_a_bracketed_link_to_another_site_stays_in_the_text() -> None:
    """The counter-example: the same brackets around a link to the study on a journal's site are the
    article's source, not a related story of the paper."""
    study = ('<p class="c-paragraph"><span>[&nbsp;</span><a class="c-link" href="https://www.journal.example.org/'
             'articles/s41591-025-0001">Vitamin D supplements and fracture risk in older adults</a><span>&nbsp;]'
             '</span></p>')
    record = extract(arc_page(study), EN_URL)
    assert record.related_posts == []


FR_URL = "https://www.exemple-journal.fr/sante/2025/11/18/vitamine-d-essai/"
FR_RELATED = (
    ("https://www.exemple-journal.fr/sante/2025/10/02/zinc-rhume/", "Le zinc raccourcit le rhume d'un jour"),
    ("https://www.exemple-journal.fr/sante/2025/09/14/huile-de-poisson/", "Pourquoi les essais sur l'huile de poisson"
     " se contredisent"),
)
FR_TEXT = (
    "<p>Un vaste essai randomisé a suivi plus de vingt mille adultes pendant cinq ans : la vitamine D prise chaque "
    "jour n'a réduit ni le risque de fracture, ni celui de cancer ou de maladie cardiaque.</p>"
    "<p>Les chercheurs rappellent que les personnes carencées doivent suivre la prescription de leur médecin, mais "
    "que les adultes en bonne santé gagnent peu aux comprimés achetés sans ordonnance.</p>"
)


def test_a_french_associated_articles_heading_names_its_cards() -> None:
    """"Articles associés" over cards under the text (webdevproformation/wp-d-janvier-2021,
    dev/wp-content/themes/mon-theme/single.php: ``<h3>Articles associés</h3>``, each card an ``<h4>`` title and a
    "voir l'article" link): the cards are related posts, named by their titles."""
    cards = "".join(f"<article class='col-3 card'><h4>{title} </h4><a href='{href}'>voir l'article</a></article>"
                    for href, title in FR_RELATED)
    html = page(f"<div class='col-10'><h2>La vitamine D ne prévient pas les fractures</h2><div id='contenu'>{FR_TEXT}"
                f"</div></div><div class='col-12'><hr><h3>Articles associés</h3><div class='row'>{cards}</div></div>",
                title="La vitamine D ne prévient pas les fractures", lang="fr")
    record = extract(html, FR_URL)
    assert [(str(post.url), post.title) for post in record.related_posts] == list(FR_RELATED)


def test_associated_words_in_a_heading_of_the_text_are_no_label() -> None:
    """The counter-example: a subheading of the text using the word ("Les risques associés") heads the
    article's own section, and its list of links to studies stays among the text's links."""
    html = page(f"<div class='col-10'><h2>La vitamine D ne prévient pas les fractures</h2><div id='contenu'>{FR_TEXT}"
                f"<h3>Les risques associés</h3><ul><li><a href='{FR_RELATED[0][0]}'>{FR_RELATED[0][1]}</a></li></ul>"
                f"{FR_TEXT}</div></div>", title="La vitamine D ne prévient pas les fractures", lang="fr")
    assert extract(html, FR_URL).related_posts == []
