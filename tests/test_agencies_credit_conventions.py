"""Agency credits as news CMSs and wires print them (issue 16, template-source probes, sixth session):
each page of our own making is a whole article page (header, navigation, sidebar, footer) around the
credit a template or a wire's style sets, with a counter-example the rule must leave alone."""

from __future__ import annotations

from field_pages import extract

from harvester.models import ArticleRecord

URL = "https://news.example.com/economy/2019/03/11/rail-plan/"

# The article's text in the page's language: four paragraphs of a rail-plan report.
TEXTS = {
    "lv": ("Valdība pirmdien paziņoja par jaunu plānu dzelzceļa pakalpojumu paplašināšanai visā valstī nākamās "
           "desmitgades laikā, ar jaunām līnijām ziemeļos un ātrākiem vilcieniem.",
           "Amatpersonas sacīja, ka plāns izmaksās vairāk nekā desmit miljardus eiro un radīs tūkstošiem darbavietu "
           "būvniecībā un apkopē.",
           "Opozīcijas deputāti kritizēja priekšlikumu kā nepietiekami finansētu un bez detalizēta laika grafika.",
           "Satiksmes ministrs sacīja, ka pirmie līgumi tiks parakstīti līdz gada beigām."),
    "lt": ("Vyriausybė pirmadienį paskelbė naują planą išplėsti geležinkelio paslaugas visoje šalyje per ateinantį "
           "dešimtmetį, su naujomis linijomis šiaurėje ir greitesniais traukiniais.",
           "Pareigūnai teigė, kad planas kainuos daugiau nei dešimt milijardų eurų ir sukurs tūkstančius darbo vietų "
           "statybose ir priežiūroje.",
           "Opozicijos parlamentarai kritikavo pasiūlymą kaip nepakankamai finansuojamą ir be išsamaus tvarkaraščio.",
           "Susisiekimo ministras sakė, kad pirmosios sutartys bus pasirašytos iki metų pabaigos."),
    "et": ("Valitsus teatas esmaspäeval uuest plaanist laiendada raudteeteenuseid kogu riigis järgmise kümnendi "
           "jooksul, uute liinidega põhjas ja kiiremate rongidega.",
           "Ametnike sõnul maksab plaan üle kümne miljardi euro ja loob tuhandeid töökohti ehituses ja hoolduses.",
           "Opositsiooni saadikud kritiseerisid ettepanekut kui alarahastatud ja ajakava üksikasjadeta.",
           "Majandusminister ütles, et esimesed lepingud allkirjastatakse enne aasta lõppu."),
    "fi": ("Hallitus ilmoitti maanantaina uudesta suunnitelmasta laajentaa rautatiepalveluja koko maassa seuraavan "
           "vuosikymmenen aikana, uusilla linjoilla pohjoisessa ja nopeammilla junilla.",
           "Virkamiesten mukaan suunnitelma maksaa yli kymmenen miljardia euroa ja luo tuhansia työpaikkoja "
           "rakentamiseen ja kunnossapitoon.",
           "Opposition kansanedustajat arvostelivat ehdotusta alirahoitetuksi ja aikataulultaan epämääräiseksi.",
           "Liikenneministeri sanoi, että ensimmäiset sopimukset allekirjoitetaan ennen vuoden loppua."),
    "no": ("Regjeringen la mandag fram en ny plan for å bygge ut jernbanetilbudet i hele landet det neste tiåret, "
           "med nye linjer i nord og raskere tog på de travleste strekningene.",
           "Tjenestemenn sa at planen vil koste mer enn ti milliarder kroner og skape tusenvis av arbeidsplasser i "
           "bygg og vedlikehold.",
           "Opposisjonspolitikere kritiserte forslaget som underfinansiert og uten detaljer om tidsplanen.",
           "Samferdselsministeren sa at de første kontraktene vil bli signert før nyttår."),
    "sv": ("Regeringen presenterade på måndagen en ny plan för att bygga ut järnvägen i hela landet under det "
           "kommande decenniet, med nya linjer i norr och snabbare tåg.",
           "Tjänstemän sade att planen kommer att kosta mer än tio miljarder kronor och skapa tusentals jobb inom "
           "bygg och underhåll.",
           "Oppositionspolitiker kritiserade förslaget som underfinansierat och utan detaljer om tidsplanen.",
           "Infrastrukturministern sade att de första kontrakten ska skrivas under före årsskiftet."),
    "nl": ("De regering heeft maandag een nieuw plan gepresenteerd om het spoor in het hele land in het komende "
           "decennium uit te breiden, met nieuwe lijnen in het noorden en snellere treinen.",
           "Ambtenaren zeiden dat het plan meer dan tien miljard euro gaat kosten en duizenden banen oplevert in de "
           "bouw en het onderhoud.",
           "Oppositiepartijen bekritiseerden het voorstel als onvoldoende gefinancierd en zonder details over de planning.",
           "De minister van Infrastructuur zei dat de eerste contracten voor het einde van het jaar worden getekend."),
    "de": ("Die Bundesregierung hat am Montag einen neuen Plan vorgestellt, um das Schienennetz im ganzen Land im "
           "kommenden Jahrzehnt auszubauen, mit neuen Strecken im Norden und schnelleren Zügen.",
           "Nach Angaben von Beamten soll der Plan mehr als zehn Milliarden Euro kosten und Tausende Arbeitsplätze "
           "in Bau und Instandhaltung schaffen.",
           "Oppositionspolitiker kritisierten den Vorschlag als unterfinanziert und ohne Angaben zum Zeitplan.",
           "Der Verkehrsminister sagte, die ersten Verträge sollten noch vor Jahresende unterzeichnet werden."),
    "hu": ("A kormány hétfőn új tervet jelentett be a vasúti szolgáltatások bővítésére az elkövetkező évtizedben, "
           "új vonalakkal északon és gyorsabb vonatokkal a legforgalmasabb útvonalakon.",
           "A tisztviselők szerint a terv több mint tízmilliárd forintba kerül, és több ezer munkahelyet teremt az "
           "építőiparban és a karbantartásban.",
           "Az ellenzéki képviselők bírálták a javaslatot, mondván, hogy alulfinanszírozott.",
           "A közlekedési miniszter szerint az első szerződéseket még az év vége előtt aláírják."),
    "el": ("Η κυβέρνηση παρουσίασε τη Δευτέρα νέο σχέδιο για την επέκταση του σιδηροδρόμου σε όλη τη χώρα την "
           "επόμενη δεκαετία, με νέες γραμμές στον βορρά και ταχύτερα τρένα.",
           "Σύμφωνα με αξιωματούχους, το σχέδιο θα κοστίσει πάνω από δέκα δισεκατομμύρια ευρώ και θα δημιουργήσει "
           "χιλιάδες θέσεις εργασίας.",
           "Βουλευτές της αντιπολίτευσης επέκριναν την πρόταση ως ανεπαρκώς χρηματοδοτούμενη.",
           "Ο υπουργός Μεταφορών είπε ότι οι πρώτες συμβάσεις θα υπογραφούν πριν από το τέλος του έτους."),
    "pt": ("O Governo apresentou na segunda-feira um novo plano para expandir a ferrovia em todo o país na próxima "
           "década, com novas linhas no norte e comboios mais rápidos.",
           "Segundo os responsáveis, o plano custará mais de dez mil milhões de euros e criará milhares de empregos "
           "na construção e manutenção.",
           "Os deputados da oposição criticaram a proposta por ser mal financiada e sem prazos concretos.",
           "O ministro das Infraestruturas disse que os primeiros contratos serão assinados antes do fim do ano."),
    "sl": ("Vlada je v ponedeljek predstavila nov načrt za širitev železniških storitev po vsej državi v prihodnjem "
           "desetletju, z novimi progami na severu in hitrejšimi vlaki.",
           "Uradniki so povedali, da bo načrt stal več kot deset milijard evrov in ustvaril na tisoče delovnih mest.",
           "Opozicijski poslanci so predlog kritizirali kot premalo financiran in brez podrobnosti o časovnici.",
           "Minister za infrastrukturo je dejal, da bodo prve pogodbe podpisane do konca leta."),
    "tr": ("Hükümet pazartesi günü önümüzdeki on yıl içinde ülke genelinde demiryolu hizmetlerini genişletmek için "
           "yeni bir plan açıkladı; kuzeyde yeni hatlar ve daha hızlı trenler olacak.",
           "Yetkililer planın on milyar liradan fazlaya mal olacağını ve binlerce iş yaratacağını söyledi.",
           "Muhalefet milletvekilleri öneriyi yetersiz finanse edilmiş ve takvimden yoksun olarak eleştirdi.",
           "Ulaştırma bakanı ilk sözleşmelerin yıl sonundan önce imzalanacağını söyledi."),
    "ko": ("정부는 월요일 향후 10년간 전국 철도 서비스를 확대하는 새로운 계획을 발표했으며, 북부에 새 노선을 건설하고 혼잡한 "
           "구간에 더 빠른 열차를 투입할 예정이다.",
           "관계자들은 이 계획에 10조 원 이상이 들고 건설과 유지보수 분야에서 수천 개의 일자리가 만들어질 것이라고 말했다.",
           "야당 의원들은 재원 대책이 부족하고 일정이 구체적이지 않다고 비판했다.",
           "교통부 장관은 첫 계약이 연말 전에 체결될 것이라고 밝혔다."),
}


def agencies(record: ArticleRecord) -> list[str]:
    return [author.name for author in record.byline.authors if author.kind == "agency"]


def news_page(lang: str, *, after: str = "", meta: str = "", before: str = "", first: str = "") -> str:
    """A news site's article page in ``lang``: the masthead and sections, a breadcrumb trail, the
    headline, a meta row (``meta``: a byline or credit), the text (``first`` opening it, ``before`` it
    a figure, ``after`` it a closing line), tags, share links, a sidebar of the latest news and the footer."""
    opening, *rest = TEXTS[lang]
    text = "".join(f"<p>{paragraph}</p>" for paragraph in (first + opening, *rest))
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Rail plan | Example News</title>
<meta property="og:type" content="article"><meta property="og:title" content="Rail plan">
<meta property="article:published_time" content="2019-03-11T09:00:00+01:00"></head><body>
<header class="site-header"><div class="logo"><a href="/">Example News</a></div><nav class="main-nav"><ul>
<li><a href="/politics/">Politics</a></li><li><a href="/economy/">Economy</a></li><li><a href="/world/">World</a></li>
</ul></nav></header><div class="container"><main class="content"><article class="post">
<header class="entry-header"><div class="breadcrumbs"><a href="/">Home</a> › <a href="/economy/">Economy</a></div>
<h1 class="entry-title">Rail plan</h1><div class="entry-meta"><time datetime="2019-03-11T09:00:00+01:00">11.03.2019
09:00</time>{meta}</div></header><div class="entry-content">{before}{text}{after}</div>
<div class="tags"><a href="/tag/rail/" rel="tag">rail</a></div><div class="share"><a href="https://facebook.com/sharer">
Facebook</a> <a href="https://twitter.com/share">Twitter</a></div></article></main>
<aside class="sidebar"><section class="widget"><h3 class="widget-title">Latest news</h3><ul>
<li><a href="/economy/2019/03/10/fuel-prices-rise/">Fuel prices rise for third week</a></li>
<li><a href="/politics/2019/03/10/election-date-set/">Election date set for autumn</a></li></ul></section></aside></div>
<footer class="site-footer"><p>© 2019 Example News. All rights reserved.</p><p><a href="/imprint/">Imprint</a>
<a href="/privacy/">Privacy</a></p></footer></body></html>"""


# --- Source labels of the Baltic, Nordic, Dutch languages -----------------------------------------


def test_a_source_line_in_a_baltic_nordic_or_dutch_label_credits_its_agency() -> None:
    """Papers of these languages close a wire's copy with the source label of their language, as the
    Central European ones print "Zdroj: ČTK": Latvian "Avots:", Lithuanian "Šaltinis:", Estonian
    "Allikas:", Finnish "Lähde:", Norwegian "Kilde:", Swedish "Källa:", Dutch "Bron:", Slovene "Vir:",
    Turkish "Kaynak:", Korean "출처:". NTB's own
    translators render Superdesk's wire feeds, its "sources", as "kilde" (superdesk/superdesk-client-core,
    po/nb.po: "Add New Source" -> "Legg til ny kilde"); the labels print as "Šaltinis: " + the
    reference in a Lithuanian Typst table template and "**Allikas:** …" in an Estonian dashboard's
    caption (tool library, code). Before, only the Central and Eastern European labels were read."""
    for lang, line, agency in (("lv", "Avots: LETA", "LETA"), ("lt", "Šaltinis: ELTA", "ELTA"), ("et", "Allikas: BNS", "BNS"),
                               ("fi", "Lähde: STT", "STT"), ("no", "Kilde: NTB", "NTB"), ("sv", "Källa: TT", "TT"),
                               ("nl", "Bron: ANP", "ANP"), ("sl", "Vir: STA", "STA"),
                               ("tr", "Kaynak: Anadolu Ajansı", "Anadolu Agency"), ("ko", "출처: 연합뉴스", "Yonhap")):
        assert agencies(extract(news_page(lang, after=f"<p>{line}</p>"), URL)) == [agency], line
    # The label in the meta row under the headline, as a theme's source field prints it.
    assert agencies(extract(news_page("no", meta='<span class="source">Kilde: NTB</span>'), URL)) == ["NTB"]


def test_a_source_line_naming_no_agency_or_a_picture_credits_nothing() -> None:
    """The same labels before a statistics office, an institute or a site name credit no agency, nor
    does a wire in a picture's caption; and the words open sentences without their colon."""
    for lang, line in (("no", "Kilde: Statistisk sentralbyrå"), ("nl", "Bron: RIVM"), ("fi", "Lähde: Tilastokeskus"),
                       ("sv", "Källa: SCB"), ("no", "Kilde: nrk.no"), ("no", "Kilde NTB melder at toget er forsinket."),
                       ("sl", "Vir: Statistični urad"), ("tr", "Kaynak: TÜİK")):
        assert agencies(extract(news_page(lang, after=f"<p>{line}</p>"), URL)) == [], line
    caption = '<figure><img src="/tog.jpg" alt=""><figcaption>Toget på stasjonen. Kilde: NTB</figcaption></figure>'
    assert agencies(extract(news_page("no", before=caption), URL)) == []


# --- A source label in an element of its own, the name after it -------------------------------------

_ZH_TEXT = (
    "上海市交通委员会今日表示，地铁新线的土建工程已经全部完成，目前正在进行设备调试和试运行，预计年底前正式通车。",
    "新线全长约三十公里，共设车站二十座，通车后将连接城市东部的多个居住区和商务区，缓解现有线路的客流压力。",
    "有关负责人介绍，试运行期间将按照正式运营的标准组织行车，并对各类应急预案进行演练，确保开通后的运营安全。",
)


def dedecms_page(source: str) -> str:
    """An article page of DedeCMS's default template (templets/default/article_article.htm, e.g.
    931863856/dedecms): the info row "<small>时间:</small>{pubdate}<small>来源:</small>{source}
    <small>作者:</small>{writer} <small>点击:</small><script …></script>次", each label in a
    ``small`` of its own and its value the text after it; the editor's "(责任编辑：…)" closing the
    text; the previous and next posts; the column list and the most-read box beside it."""
    text = "".join(f"<p>{paragraph}</p>" for paragraph in _ZH_TEXT)
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>上海地铁新线年底通车_城市新闻网</title><meta name="keywords" content="地铁,通车" /></head>
<body class="articleview"><div class="header"><div class="top"><a href="/">城市新闻网</a></div><div class="nav"><ul>
<li><a href="/">主页</a></li><li><a href="/news/">新闻</a></li><li><a href="/city/">城市</a></li></ul></div></div>
<div class="w960 center clear mt10"><div class="pleft">
<div class="place"> <strong>当前位置:</strong> <a href='/'>主页</a> > <a href='/news/'>新闻</a> > </div>
<div class="viewbox"><div class="title"><h2>上海地铁新线年底通车</h2></div>
<div class="info"> <small>时间:</small>2019-03-11 09:00<small>来源:</small>{source} <small>作者:</small>李明 <small>点击:</small>
<script src="/plus/count.php?view=yes&aid=123&mid=1" type='text/javascript' language="javascript"></script> 次</div>
<div class="content"><table width='100%'><tr><td>{text} (责任编辑：admin)</td></tr></table></div>
<div class="handle"><div class="context"><ul><li>上一篇：<a href='/news/2019/0310/122.html'>本市今年新增公交线路二十条</a></li>
<li>下一篇：<a href='/news/2019/0311/124.html'>地铁票价调整方案公布</a></li></ul></div></div></div></div>
<div class="pright"><dl class="tbox"><dt><strong>栏目列表</strong></dt><dd><ul class="d6"><li><a href='/news/'>新闻</a></li>
</ul></dd></dl><dl class="tbox light"><dt class='light'><strong>热点内容</strong></dt><dd class='light'><ul class="c1 ico2">
<li><a href="/news/2019/0301/100.html">春季招聘会本周末举行</a></li></ul></dd></dl></div></div>
<div class="footer w960 center mt1 clear"><p class="powered">Powered by <a href="http://www.dedecms.com">DedeCMS</a>
&copy; 2004-2019 城市新闻网</p></div></body></html>"""


def test_a_source_label_in_its_own_element_credits_the_agency_after_it() -> None:
    """DedeCMS's info row prints "来源:" in a ``small`` and the source as the text after it: the label's
    element held nothing but the label, so a wire there went uncredited (the writer after "作者:" was
    found). A theme setting the label in bold before the value ("<p><strong>Quelle:</strong> dpa</p>",
    understrap child themes' "<strong>Original Source:</strong> …", abhilashlegend/ashield
    themes/understrap-child/understrap-child-master/loop-templates/content-single.php) read the same."""
    url = "http://www.example.cn/news/2019/0311/123.html"
    assert agencies(extract(dedecms_page("新华社"), url)) == ["Xinhua"]
    assert agencies(extract(dedecms_page("中新社"), url)) == ["China News Service"]
    assert agencies(extract(news_page("de", after="<p><strong>Quelle:</strong> dpa</p>"), URL)) == ["dpa"]
    assert agencies(extract(news_page("hu", after="<p><b>Forrás:</b> MTI</p>"), URL)) == ["MTI"]


def test_a_labelled_source_that_is_no_agency_or_a_picture_credit_credits_nothing() -> None:
    """A newspaper or the site's web portal in DedeCMS's source field (the guide: "来源：人民日报" and
    Xinhua's portal 新华网 are no agency credits), an institute after a bold "Quelle:", a bold
    "Foto:" before a wire, and a label followed by a sentence credit no agency."""
    url = "http://www.example.cn/news/2019/0311/123.html"
    assert agencies(extract(dedecms_page("人民日报"), url)) == []
    assert agencies(extract(dedecms_page("新华网"), url)) == []
    for line in ("<p><strong>Quelle:</strong> Robert Koch-Institut</p>", "<p><strong>Foto:</strong> dpa</p>",
                 "<p><strong>Quelle:</strong> dpa und Reuters berichteten am Montag über den Plan der Regierung.</p>"):
        assert agencies(extract(news_page("de", after=line), URL)) == [], line


# --- The agencies' names in their own languages -----------------------------------------------------


def chinanews_page(source: str) -> str:
    """An article page whose info line prints the day and the source as chinanews.com's
    ``.content_left_time`` does ("2019年03月11日 09:00　来源：中国新闻网")."""
    text = "".join(f"<p>{paragraph}</p>" for paragraph in _ZH_TEXT)
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>上海地铁新线年底通车-中新网</title>
</head><body><div class="top_nav"><a href="/">首页</a> <a href="/china/">国内</a> <a href="/world/">国际</a></div>
<div class="content"><div class="content_left"><h1>上海地铁新线年底通车</h1>
<div class="content_left_time">2019年03月11日 09:00　来源：{source}</div><div class="left_zw">{text}</div>
<div class="adEditor"><div class="left_name"><div class="left_name">【编辑:李华】</div></div></div></div>
<div class="content_right"><div class="rank"><h3>排行榜</h3><ul><li><a href="/sh/2019/03-10/1.shtml">春季招聘会本周末举行</a></li>
</ul></div></div></div><div class="bottom"><p>Copyright ©1999-2019 chinanews.com. All Rights Reserved</p></div></body></html>"""


def test_an_agency_credited_by_its_name_in_its_own_language_is_found() -> None:
    """Greek papers credit the Athens-Macedonian News Agency as "ΑΠΕ-ΜΠΕ" ("Πηγή: ΑΠΕ-ΜΠΕ"), China News
    Service's site credits its copy by its full name "中国新闻网" (中新网, which the lexicon knew, is its
    short name; the guide counts 中新社/中新网 for its own copy), and Portuguese papers print the wire
    as "Agência Lusa" where a byline goes: "Agência" is the generic word "Agencia" is in Spanish."""
    assert agencies(extract(news_page("el", after="<p>Πηγή: ΑΠΕ-ΜΠΕ</p>"), URL)) == ["ANA-MPA"]
    assert agencies(extract(chinanews_page("中国新闻网"), "https://www.chinanews.com/sh/2019/03-11/8777777.shtml")) \
        == ["China News Service"]
    record = extract(news_page("pt", meta='<span class="author">Agência Lusa</span>'), URL)
    assert agencies(record) == ["Lusa"]
    assert [author.name for author in record.byline.authors if author.kind == "person"] == []


def test_names_like_the_agencies_in_their_languages_credit_nothing() -> None:
    """A statistics office after the Greek label, a magazine of the same house ("中国新闻周刊", a weekly:
    no agency) and a Portuguese public body "Agência …" that is no wire credit no agency."""
    assert agencies(extract(news_page("el", after="<p>Πηγή: ΕΛΣΤΑΤ</p>"), URL)) == []
    assert agencies(extract(chinanews_page("中国新闻周刊"), "https://www.chinanews.com/sh/2019/03-11/8777777.shtml")) == []
    record = extract(news_page("pt", after="<p>Fonte: Agência Portuguesa do Ambiente</p>"), URL)
    assert agencies(record) == []


# --- The Baltic News Service's English dateline ------------------------------------------------------

TEXTS["en"] = (
    "The government announced on Monday a new plan to expand rail services across the country over the next "
    "decade, with new lines in the north and faster trains on the busiest routes.",
    "Officials said the plan would cost more than ten billion euros and create thousands of jobs in construction, "
    "engineering and maintenance over the coming years.",
    "Opposition lawmakers criticised the proposal as poorly funded and lacking detail on timelines.",
)


def english_page(first: str) -> str:
    """An English-language Baltic news site's article whose text opens with ``first``."""
    return news_page("en", first=first)


def test_a_place_day_and_agency_between_commas_opening_the_text_credit_the_agency() -> None:
    """BNS dates its English copy "VILNIUS, Feb 02, BNS – The following events are scheduled …" (its
    daily copy as a Lithuanian site reprints it, hclit-tz.com's K2 blog in the tool library's pages):
    the agency between commas after the day, not in brackets, was read by no dateline form."""
    assert agencies(extract(english_page("VILNIUS, Feb 02, BNS – "), URL)) == ["BNS"]
    assert agencies(extract(english_page("TALLINN, Mar 11, BNS - "), URL)) == ["BNS"]


def test_a_place_and_day_before_anything_but_an_agency_credit_nothing() -> None:
    """A speaker or a year where the agency goes, and an agency between commas in a sentence that
    opens with no capitals' place, credit no agency."""
    assert agencies(extract(english_page("WASHINGTON, March 11, Smith said - "), URL)) == []
    assert agencies(extract(english_page("WASHINGTON, March 11, 2019 - "), URL)) == []
    assert agencies(extract(english_page("On Monday, March 11, BNS - the Baltic News Service - reported that "), URL)) == []


# --- A bracketed source line closing a reprint --------------------------------------------------------


def reprint_page(closing: str) -> str:
    """A Chinese school's or office's news page reprinting a wire's copy, which it closes with a
    right-aligned bracketed source line in a styled span, as such sites' editors set it (a saved page
    of Shaoxing No. 1 Middle School's "学习专栏" in the tool library: "<p style="text-align:right">
    <span style="font-family:仿宋">（来源：新华社）</span></p>" before ``<!--endprint-->``)."""
    text = "".join(f'<p style="text-indent:2em">{paragraph}</p>' for paragraph in _ZH_TEXT)
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>上海地铁新线年底通车--学习专栏-某某中学</title>
</head><body><div id="top"><div class="toplink"><a href="/">首页</a> | <a href="/news/">新闻中心</a></div></div>
<div class="nav"><ul id="mainNav"><li><a href="/">首页</a></li><li><a href="/Category_1/">新闻中心</a></li></ul></div>
<div class="main"><div class="location">当前位置：<a href="/">首页</a> >> <a href="/Category_55/">学习专栏</a></div>
<div class="article"><h2 class="title">上海地铁新线年底通车</h2><div class="property">发布时间：2019-03-11 点击数：192</div>
<div class="content"><!--startprint-->{text}<p style="text-align:right;line-height:35px"><span
style="font-size:19px;font-family:仿宋;color:#333333">{closing}</span></p><p></p><!--endprint--></div>
<div class="userControl"><a href="javascript:doPrint()">【打印正文】</a></div></div></div>
<div id="footer"><p>版权所有：某某中学 地址：某某路1号</p></div></body></html>"""


def test_a_bracketed_source_line_closing_the_text_credits_its_agency() -> None:
    """"（来源：新华社）" closing the text credits Xinhua: the bracket kept the source label from being
    read (an unbracketed "来源：新华社" was), as "(Quelle: dpa)" closing a German text did."""
    url = "http://www.example.edu.cn/Item/10174.aspx"
    assert agencies(extract(reprint_page("（来源：新华社）"), url)) == ["Xinhua"]
    assert agencies(extract(news_page("de", after="<p>(Quelle: dpa)</p>"), URL)) == ["dpa"]


def test_a_bracketed_source_line_naming_a_paper_or_a_picture_credits_nothing() -> None:
    """A newspaper, Xinhua's web portal and a picture's source in the same bracket credit no agency."""
    url = "http://www.example.edu.cn/Item/10174.aspx"
    for closing in ("（来源：人民日报）", "（来源：新华网）", "（图片来源：新华社）"):
        assert agencies(extract(reprint_page(closing), url)) == [], closing
    assert agencies(extract(news_page("de", after="<p>(Quelle: Statistisches Bundesamt)</p>"), URL)) == []
