"""One lexicon for what several field units recognise: sites by domain, credit prefixes, names.

Units used to carry their own copies of these (three ways to find a registrable domain, seven
"By"-prefix patterns, three author-name cleaners), which drifted apart. Each fact lives here once;
a unit that needs a narrower variant builds it from these lists.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

from tld import get_fld

# Words that introduce a credited name: "By Jane Doe", "Von Anna Berg", "Par Marie Dupont"; and as
# WordPress's default theme Twenty Nineteen translates its byline's "Posted by" and its author box's
# "Published by %s" (Automattic/twenty-nineteen-amp-prototype, languages/fi.po, vi.po, hr.po, ro.po):
# Finnish "Kirjoittanut" and "Julkaissut", Vietnamese "Đăng bởi", Croatian "Objavio" ("Objavila", a
# woman), Romanian "Publicat de". Each is a verb of a sentence too ("Vlada je objavila …"): a sentence
# after it is read as one (`byline._SENTENCE_LINE`), not as a name.
# Joomla's article info translates its "Written by %s" (COM_CONTENT_WRITTEN_BY) into Czech "Napsal %s", without
# a colon (resyst-cz/cyklo-janicek, language/cs-CZ/cs-CZ.com_content.ini, Joomla's cs-CZ pack), and Joomla 1.5's
# Vietnamese pack its "Written by %s" into "Viết bởi %s" (congthanhkid/xaydungWeb-joomla,
# language/vi-VN/vi-VN.com_content.ini): verbs too, read as such before a sentence like the others.
CREDIT_WORDS = ("by", "von", "par", "por", "door", "przez", "kirjoittanut", "julkaissut", r"đăng\s+bởi", r"objavi(?:o|la)",
                r"publicat\s+de", "napsal", r"viết\s+bởi")
# Verbs that may come before them: "Written by", "Posted by", "Kommentar von"; Blogger's "Posted by"
# as its templates translate it ("Eingestellt von", "Publié par", "Publicado por", "Geplaatst door");
# German CMSs' "Erstellt von" (created by: TYPO3's news list, WordPress themes' dated meta line).
# The same before "by" in other languages' own words: Spanish and Portuguese "Escrito por", German "Ein
# Beitrag von" (a contribution by; "Ein Gastbeitrag von", a guest's), French "Propos recueillis par" (an interview's interviewer), "Écrit par".
# A round-up's or a rewrite's writer: "Compiled by" (news briefs, wire round-ups), German "Zusammengestellt
# von", French "Rédigé par", Spanish "Redactado por".
CREDIT_VERBS = ("written", "posted", "comment", "kommentar", "commentaire", "geschrieben", "verfasst",
                "eingestellt", "publié", "publicado", "postado", "geplaatst", "erstellt", "escrito", "écrit",
                r"(?:ein\s+)?(?:gast)?beitrag", r"propos\s+recueillis",
                "compiled", "zusammengestellt", r"rédigée?", "redactado")
# Words that label a byline without a preposition ("Autorin: Anna Berg", "Text: Jan Jansen"); German
# labels both genders in one word with a slash, star, colon or underscore ("Autor/in:", "Autor*in:",
# "Autor:in:", NDR's "Autor/in: Korinna Hennig").
GENDER_SUFFIX = r"(?:[/*:_]-?in|in)"
# "Author(s)" as an author field's label prints it in more languages and in the plural, over one name
# or several: a CMS's field label ("Authors", Drupal's field.html.twig printing a field's label over
# its items), a multi-author byline ("Autorzy: Anna Nowak, Piotr Kowalski"); German "Autoren", Spanish
# and Portuguese "Autores", French "Auteurs", Italian, Romanian and Croatian "Autori" (Italian
# "Autrice", a woman), Polish "Autorzy", Czech "Autoři", Russian "Автор" / "Авторы", Ukrainian and
# Bulgarian "Автори", Swedish "Författare", Danish and Norwegian "Forfatter(e)", Finnish "Tekijä(t)",
# Hungarian "Szerző(k)"; and as docutils translates its "Author" and "Authors" field labels
# (docutils/docutils, docutils/languages/lt.py, lv.py, fa.py): Lithuanian "Autorius" / "Autoriai",
# Latvian "Autors" / "Autori", Persian "نویسنده" / "نویسندگان".
AUTHOR_FIELD_LABELS = (r"authors", r"autor(?:en|es|i|zy)", r"autoři", r"auteurs", r"autrice", r"автор(?:ы|и)?", r"författare",
                       r"forfattere?", r"tekijä(?:t)?", r"szerzők?", r"autori(?:us|ai)", r"autors", r"نویسنده", r"نویسندگان")
# The same labels of other scripts and languages, as their news sites print them: Russian and Ukrainian
# "Автор:", "Текст:", Finnish "Teksti:", Dutch, Polish and Nordic "Tekst:", Hungarian "Szerző:",
# Arabic "بقلم" ("by the pen of", with or without a colon), Hebrew "מאת".
CREDIT_LABELS = ("av", "af", rf"autor(?:{GENDER_SUFFIX}(?:nen)?|a)?", "author", "auteur", "autore", "text", "texto", "redaktion", "bron",
                 "source", "作者", "автор", "текст", "teksti", "tekst", "szerző", "بقلم", "מאת",
                 # Italian "A cura di" (edited, i.e. written, by), Polish "Oprac." (compiled by), Indonesian
                 # "Penulis" (writer, Kompas's and Detik's credit box)
                 r"a\s+cura\s+di", r"oprac\.", "opracowanie", "penulis",
                 # Thai "ผู้เขียน" (writer)
                 "ผู้เขียน")
# Words that credit the name BEFORE them, in languages that put the preposition after it: Turkish
# "tarafından" (by), as Twenty Nineteen's Turkish author box prints "Published by %s" ("%s tarafından
# yayımlandı", Automattic/twenty-nineteen-amp-prototype, languages/tr.po) and Turkish bylines print
# "Ayşe Yılmaz tarafından"; the participle after it ("yayımlandı", "yayınlandı": published) goes with it.
CREDIT_POSTPOSITIONS = (r"tarafından(?:\s+(?:yayımlandı|yayınlandı|yazıldı|eklendi))?",)
# Labels that are also a word or a name before one ("Haber" is Turkish "news" and a surname, "Yazar" a
# surname, "文" a Chinese surname): a label only with its colon, spaced or not ("Haber: Ayşe Yılmaz",
# Turkish; Japanese and Chinese "文：山田太郎", "文/王小明"; Finnish "Kirjoittaja:").
# "Reporter:" (Indonesian, Dutch and German sites' credit boxes), "Interview:" (the interviewer, German
# magazines), Greek "Συντάκτης:", Hindi "लेखक:" (writer) are the same with a colon; without it they
# open a kicker or a sentence.
# Twenty Nineteen's translations give two more (Automattic/twenty-nineteen-amp-prototype): Turkish "Yazan:"
# for the byline's "Posted by" (languages/tr.po; "Yazan" is also "the one who writes" in a sentence), Hungarian
# "Közzétéve:" for the author box's "Published by %s" (hu.po; the same label opens a date line, where no
# name follows it).
# Joomla's own translations of its article info's "Written by %s" give two more with their colon
# (joomla/joomla-cms, language/hu-HU/hu-HU.com_content.ini "Írta: %s", language/sk-SK/sk-SK.com_content.ini
# "Napísal: %s"): each a verb of a sentence too ("Ezt írta: …", "Napísal list …"), so only with the colon.
CREDIT_COLON_LABELS = ("haber", "yazar", "kirjoittaja", "文", "撰文", "reporter", "interview", "συντάκτης", "लेखक", "লেখক",
                       "yazan", "közzétéve", "írta", "napísal",
                       # "Authors Guild" is a body's name: the plural labels only with their colon
                       *AUTHOR_FIELD_LABELS)
# East Asian portals label the day in their info row, the colon full-width: "发布时间：2019-05-18",
# "时间：2019年10月31日 23:00", "发布于 2019-09-26 07:19" (Chinese), "公開日：" (Japanese), "입력 2019.10.08"
# (Korean). A bare "时间" or "日期" ("time", "date") only with its colon, and only opening its text:
# "活动时间：" (an event's time) or "更新时间：" (the update's) open with another word.
CJK_DATE_LABELS = (r"(?:发布|發佈|發布|发表|發表|发稿|發稿|刊发|刊發)(?:时间|時間|日期|于|於)?|(?:时间|時間|日期)(?=\s*[:：])|"
                   r"(?:公開|投稿|掲載|配信)日時?|(?:기사\s*)?입력|등록일")
# The publication's label in more languages, as news sites and CMS translations print it before the day:
# Czech and Slovak "Publikováno"/"Publikované", Hungarian "Publikálva"/"Közzétéve"/"Megjelent" (Twenty
# Nineteen's hu.po prints "Közzétéve:" before the day as before a name, see CREDIT_COLON_LABELS), Romanian and
# Catalan "Publicat", the Nordic "Publicerad", "Publiceret", "Publisert", Finnish "Julkaistu", Estonian
# "Avaldatud", Lithuanian "Paskelbta", Latvian "Publicēts", South Slavic "Objavljeno", Greek
# "Δημοσιεύθηκε"/"Δημοσίευση", Russian, Ukrainian and Bulgarian "Опубликовано", "Опубліковано",
# "Публикувано", Indonesian and Malay "Diterbitkan"/"Dipublikasikan", Vietnamese "Ngày đăng"/"Đăng
# ngày", Turkish "Yayınlanma (tarihi)"/"Yayınlandı", Hebrew "פורסם", Arabic "تاريخ النشر"/"نشر في",
# Persian "(تاریخ) انتشار", Hindi "प्रकाशित", Thai "เผยแพร่"; with the word for "on" some put after it.
MORE_PUBLISHED_LABELS = (
    r"(?:publikováno|publikované|publikálva|közzétéve|megjelent|publicat|publicerad|publiceret|publisert|julkaistu|avaldatud|"
    r"paskelbta|publicēts|objavljeno|δημοσιεύθηκε|δημοσίευση|опубликовано|опубліковано|публикувано|публикувана|"
    r"diterbitkan|dipublikasikan|ngày\s+đăng|đăng\s+ngày|yayınlanma(?:\s+tarihi)?|yayınlandı|פורסם|"
    r"تاريخ\s+النشر|نشر\s+في|(?:تاریخ\s+)?انتشار|प्रकाशित|เผยแพร่)(?:\s+(?:dne|den|pada|lúc|в|u|el|on))?")
# A publication-date field's own label, the CMS's name for the stamp: Superdesk Publisher's demo theme
# prints "Publish date: 03.11.2025, 14:30 | Creation date: … | Update date: …" over its headline
# (superdesk/web-publisher, src/SWP/Bundle/FixturesBundle/Resources/themes/DefaultTheme/views/
# article.html.twig); news and archive CMSs label their field "Publication date", "Date published",
# "Veröffentlichungsdatum", "Date de publication", "Fecha de publicación", "Data di pubblicazione",
# "Data de publicação", "Data publikacji", "Publicatiedatum".
PUBLICATION_DATE_LABELS = (r"publish(?:ed|ing)?\s+date|publication\s+date|date\s+(?:of\s+)?publi(?:shed|cation)|"
                           r"veröffentlichungsdatum|erscheinungsdatum|date\s+de\s+publication|"
                           r"fecha\s+de\s+publicaci[óo]n|data\s+(?:di\s+pubblicazione|de\s+publica[çc][ãa]o|publikacji)|"
                           r"publicatiedatum")
# The words that label a publication's day in German, English, French, Spanish, Portuguese, Italian,
# Dutch and Polish ("Veröffentlicht am", "Published on", "Publié le", "Opublikowano dnia").
PUBLISHED_WORDS = (r"(?:veröffentlicht|erstellt|publiziert|erschienen|published|publié|publiée|publicado|publicada|pubblicato|"
                   r"gepubliceerd|opublikowano)(?:\s+(?:am|on|le|el|em|il|op|dnia))?")
# An update's word as a date element's class and as its printed label (see UPDATE_LABELS).
UPDATED_WORDS = r"updated|modified|update-?date|last-?mod|aktualisiert|actualiza|aggiornat|mis-?a-?jour|aktualizacja"
# A label before a date in a line printing the publication and the update: the update's. A
# review's date is one too: health sites print "Last reviewed: 9 March 2021" ("Page last reviewed",
# "Medically reviewed by … on", "Revisado el", "Medizinisch geprüft am") beside the publication.
# Japanese and Chinese "更新" ("更新日時", "最終更新：", "更新时间："), Korean "업데이트" and "수정" (Korean
# news CMSs' "입력 2019.03.12 09:15 수정 2019.03.13 10:00", "최종수정"): "수정" is a given name too ("김수정
# 기자"), so only right before a date or its colon. The word news sites of more languages print before an
# update's date: Czech and Slovak "Aktualizováno"/"Aktualizované", Hungarian "Frissítve", Catalan
# "Actualitzat", the Nordic "Uppdaterad", "Opdateret", "Oppdatert", Finnish "Päivitetty", Estonian
# "Uuendatud", Lithuanian "Atnaujinta", Latvian "Atjaunots"/"Atjaunināts", Croatian, Serbian and Bosnian
# "Ažurirano", Slovenian "Posodobljeno", Greek "Ενημερώθηκε" and "Τελευταία ενημέρωση" (not
# "Ενημέρωση" alone, also a news section's name), Ukrainian "Оновлено", Bulgarian "Обновена"/"Актуализирана", Vietnamese "Cập nhật", Indonesian
# "Diperbarui", Malay "Dikemas kini", Arabic "تحديث", Hebrew "עודכן", Persian "به‌روزرسانی", Hindi
# "अपडेट", Thai "อัปเดต".
UPDATE_LABELS = (UPDATED_WORDS + "|" + r"update|mis\s+[àa]\s+jour|bijgewerkt|atualizad|"
                 r"zaktualizowano|обновлено|güncelleme|güncellendi|"
                 r"reviewed|review\s+due|next\s+review|revisad[oa]|geprüft|"
                 r"更新|업데이트|수정(?=\s*(?:일시|일자|시간)?\s*[:：]?\s*(?:$|\d))|"
                 r"aktualizov|frissítve|frissítés|actualitzat|uppdaterad|opdateret|oppdatert|päivitetty|"
                 r"uuendatud|atnaujinta|atjaunots|atjaunināts|ažurirano|posodobljeno|ενημερώθηκε|"
                 r"τελευταία\s+ενημέρωση|оновлено|обновена|актуализиран|cập\s+nhật|diperbarui|dikemas\s+kini|تحديث|עודכן|"
                 r"به[\u200c ]?روز|अपडेट|อัปเดต|อัพเดท")
# The heading of an author's bio box closing a post, the writer's name after it ("About the author",
# German "Über den Autor" / "Über die Autorin", French "À propos de l'auteur", Spanish "Sobre el autor",
# Polish "O autorze", Czech "O autorovi", Hungarian "A szerzőről", Romanian "Despre autor", Russian "Об
# авторе"), lower case, as a regular-expression alternation.
ABOUT_AUTHOR_LABELS = (r"about\s+the\s+author", r"über\s+(?:den\s+autor|die\s+autorin)", r"à\s+propos\s+de\s+l['’]auteur",
                       r"sobre\s+(?:el|la)\s+autora?", r"o\s+autorze", r"o\s+autorovi", r"a\s+szerzőről",
                       r"despre\s+autor", r"об\s+авторе")
# News agencies and wire services as bylines and credit lines print them ("Von Jane Doe, dpa",
# "Montpellier (SID) –", "Por Agencia EFE", "aja/PAP"): a record labels them apart from people.
# National and major agencies worldwide, by the name or acronym they credit themselves with. A
# name is an agency only as a whole byline piece, case ignored, so acronyms that are also words
# or first names stay out and their full names are listed instead: NA (Noticias Argentinas), ABr
# ("abr." is April in Spanish and Portuguese), MAP, TAP, APS (the Danish company suffix "ApS"),
# SPA, APP, UNI, RSS, MENA, SANA, WAFA, Petra, HINA, MIA, MINA, SITA, KAI, ABI, ENA, AMNA, Fars,
# Tasnim, Mehr (German "more"), Beta, Dire, Trend, idea, AA and CP. "ANI" is kept though "Ani" is a
# first name: Indian pages credit the agency so alone, a person hardly ever.
NEWS_AGENCIES = (
    # the wires, Europe
    "dpa", "dpa-AFX", "AFX", "AFP", "Agence France-Presse", "Reuters", "Thomson Reuters", "AP",
    "Associated Press", "SID", "KNA", "epd", "APA", "EFE", "ANSA", "JIJI", "Jiji Press", "Kyodo",
    "Kyodo News", "Xinhua", "PA", "PA Media", "UPI", "AAP", "Belga", "ANP", "TT", "NTB", "Ritzau",
    "Europa Press", "Keystone-SDA", "SDA", "ATS", "dts", "Bloomberg", "CNA", "Yonhap", "TASS",
    "RIA Novosti", "Interfax", "Anadolu", "PTI", "IANS", "Notimex", "Télam", "Lusa", "ČTK", "PAP",
    "MTI", "AGI", "Adnkronos", "Canadian Press", "The Canadian Press", "Press Association",
    "Deutsche Presse-Agentur", "Evangelischer Pressedienst", "Katholische Nachrichten-Agentur",
    "Sport-Informations-Dienst", "Austria Presse Agentur", "Agencia EFE", "Agence Belga",
    "ddp", "dapd", "Keystone-ATS", "AWP", "CTK", "TASR", "ISBnews", "IAR", "Informacyjna Agencja Radiowa",
    "Katolicka Agencja Informacyjna", "Polska Agencja Prasowa", "STT", "STT-FNB", "Agerpres", "Mediafax",
    "BTA", "Tanjug", "FoNet", "STA", "Slovenska tiskovna agencija", "Hrvatska izvještajna novinska agencija",
    "ANA-MPA", "Athens-Macedonian News Agency", "LETA", "ELTA", "BNS", "Baltic News Service", "Ukrinform", "UNIAN",
    "BelTA", "Moldpres", "ITAR-TASS", "Sputnik", "Anadolu Agency", "Anadolu Ajansı", "DHA", "LaPresse", "Askanews",
    "Italpress", "Servimedia", "Colpisa", "Newsis", "News1",
    # the churches' press services ("Wien (epdÖ) –", "Quelle: kathpress"), as KNA and epd
    "epdÖ", "Evangelischer Pressedienst für Österreich", "Kathpress",
    # motoring agencies of the German trade press ("Autor: Peter Maahn/SP-X")
    "SP-X", "Spot Press Services",
    # the German celebrity and entertainment agency, crediting itself in one word ("SpotOnNews")
    "spot on news", "SpotOnNews",
    # the German agricultural news agency Agra-Europe, crediting itself "AgE" (proplanta's JSON-LD
    # author; see CASED_AGENCIES)
    "AgE", "Agra-Europe",
    # Asia, Middle East, Africa
    "Kazinform", "IRNA", "ISNA", "Fars News Agency", "Tasnim News Agency", "Mehr News Agency", "WAM",
    "Saudi Press Agency", "QNA", "KUNA", "BNA", "Oman News Agency", "Middle East News Agency", "NNA",
    "Syrian Arab News Agency", "Maghreb Arabe Presse", "Tunis Afrique Presse", "Algérie Presse Service",
    "News Agency of Nigeria", "GNA", "Ghana News Agency", "Bernama", "Antara", "PNA", "Philippine News Agency",
    "VNA", "Vietnam News Agency", "KCNA", "ANI", "United News of India", "BSS", "Associated Press of Pakistan",
    "Central News Agency", "China News Service", "Chinanews",
    # the Chinese agencies as their own datelines print them ("新华社北京11月17日电")
    "新华社", "新華社", "中新社", "中国新闻社", "Armenpress", "AzerTAc",
    # China News Service's wire as portals credit its copy ("来源：中新网", the service's website name)
    "中新网", "中新網",
    # the Americas
    "Prensa Latina", "Agência Brasil", "Agencia Brasil", "Estadão Conteúdo", "Folhapress", "Telam", "Andina",
    "Colprensa", "ERBOL", "Agencia Boliviana de Información", "Noticias Argentinas",
    # the Russian and Ukrainian wires as their own datelines print them ("МОСКВА, 3 ноября. /ТАСС/.")
    "ТАСС", "ИТАР-ТАСС", "РИА Новости", "Интерфакс", "Укрінформ", "УНІАН",
    # the Bulgarian and Serbian wires in Cyrillic ("София, 12 март /БТА/.", "Извор: Танјуг")
    "БТА", "Танјуг",
)
# One agency printed under several names: its acronym, its full name, a former or spelled-out
# form ("(AP)" in a dateline and "Associated Press" as a portal's provider, "AFP" and "Agence
# France-Presse"). A record names each credited agency once, by the canonical name on the left:
# the name the agency credits itself with in its own datelines. The forms on the right are
# matched as NEWS_AGENCIES are (whole name, case and punctuation ignored, the generic "Agencia",
# "News Agency" around it dropped); a form listed nowhere here is its own canonical name.
AGENCY_ALIASES: dict[str, tuple[str, ...]] = {
    "dpa": ("Deutsche Presse-Agentur",),
    "AFP": ("Agence France-Presse",),
    "AP": ("Associated Press", "The Associated Press"),
    "Reuters": ("Thomson Reuters",),
    "SID": ("Sport-Informations-Dienst",),
    "KNA": ("Katholische Nachrichten-Agentur",),
    "epd": ("Evangelischer Pressedienst",),
    "epdÖ": ("Evangelischer Pressedienst für Österreich",),
    "APA": ("Austria Presse Agentur",),
    "EFE": ("Agencia EFE",),
    "JIJI": ("Jiji Press", "時事", "時事通信", "時事通信社"),
    "Kyodo": ("Kyodo News", "共同", "共同通信", "共同通信社"),
    "Yonhap": ("Yonhap News Agency", "연합뉴스"),
    "Newsis": ("뉴시스",),
    "News1": ("뉴스1",),
    "PA": ("PA Media", "Press Association"),
    "Belga": ("Agence Belga",),
    "Keystone-SDA": ("Keystone-ATS",),
    "The Canadian Press": ("Canadian Press",),
    "ČTK": ("CTK",),
    "PAP": ("Polska Agencja Prasowa",),
    "IAR": ("Informacyjna Agencja Radiowa",),
    "STA": ("Slovenska tiskovna agencija",),
    # Greek papers credit it in Greek: "Πηγή: ΑΠΕ-ΜΠΕ", "(ΑΠΕ)".
    "ANA-MPA": ("Athens-Macedonian News Agency", "ΑΠΕ-ΜΠΕ", "ΑΠΕ"),
    "BNS": ("Baltic News Service",),
    "Anadolu Agency": ("Anadolu", "Anadolu Ajansı"),
    "TASS": ("ITAR-TASS", "ТАСС", "ИТАР-ТАСС"),
    "RIA Novosti": ("РИА Новости",),
    "Interfax": ("Интерфакс",),
    "Ukrinform": ("Укрінформ",),
    "UNIAN": ("УНІАН",),
    "BTA": ("БТА",),
    "Tanjug": ("Танјуг",),
    "SP-X": ("Spot Press Services",),
    "GNA": ("Ghana News Agency",),
    "PNA": ("Philippine News Agency",),
    # Vietnamese papers credit it by its own name's initials: "Viết bởi TTXVN" (Thông tấn xã Việt Nam).
    "VNA": ("Vietnam News Agency", "TTXVN", "Thông tấn xã Việt Nam"),
    "Télam": ("Telam",),
    "Agência Brasil": ("Agencia Brasil",),
    # 中国新闻网 is 中新网's full name, as chinanews.com's own info line credits its copy ("来源：中国新闻网").
    "China News Service": ("Chinanews", "中新社", "中国新闻社", "中新网", "中新網", "中国新闻网", "中國新聞網"),
    "Xinhua": ("新华社", "新華社"),
    "spot on news": ("SpotOnNews",),
    "AgE": ("Agra-Europe",),
}
# What a Chinese outlet's or company's name ends with, where a byline or author meta names the
# publisher: a website "…网" ("证券时报网"), a newspaper "…报" ("新京报"), a press or agency "…社", a
# station "…台", a portal "…之家" ("IT之家"), a company "…公司"/"…集团", a media house "…传媒"; and
# "…整理" (compiled by: "网络整理", "本站整理", a source note where the name goes). Portals and platform
# accounts name themselves so too: a portal's news channel "…新闻" ("新浪新闻", "腾讯新闻", declared as
# its pages' author), a government's or city's account "…发布" ("上海发布", "北京发布", the publisher
# of what it posts), an app "…客户端", "…在线", "…资讯", "…头条", a county's media centre "…融媒". A Chinese name is
# two to four characters and hardly ends so; the one-character nouns count from three characters
# on (see credits.is_publisher).
HAN_OUTLET_ENDINGS = ("网", "報", "报", "社", "台", "之家", "公司", "集团", "集團", "传媒", "傳媒", "媒体", "频道",
                      "杂志", "雜誌", "周刊", "週刊", "整理", "新闻", "新聞", "发布", "發布", "發佈", "客户端", "客戶端",
                      "在线", "在線", "资讯", "資訊", "头条", "頭條", "融媒")
# Chinese words printed where the writer's name goes that name no one: the web ("网络", as a
# source), "综合" (compiled), "本站"/"本网" (this site), "佚名" (anonymous), "小编" (the editor's
# nickname for itself), "管理员" (administrator), "网友" (a netizen), "未知" (unknown).
HAN_NO_AUTHOR = frozenset({"网络", "網絡", "综合", "綜合", "本站", "本网", "佚名", "小编", "小編", "管理员", "管理員",
                           "网友", "網友", "未知", "匿名",
                           # a page's labels an author box or info line prints beside the name: "当前位置"
                           # (you are here), "相关文章" (related articles), "发布于" (published on), "首页" (the
                           # home page, opening a trail "首页/新闻")
                           "首页", "首頁", "当前位置", "相关文章", "相關文章", "发布于", "發佈於", "发布时间", "發佈時間",
                           # a newsroom's role words, printed before or between the names they label and
                           # read as a name when a credit line splits at spaces or slashes: "澎湃新闻记者 刘威
                           # 实习生 张三", "记者 王小明 通讯员 赵六", "编辑/排版：李华" (editor, intern,
                           # correspondent, reporter, photographer, proofreader, reviewer, layout, art editor)
                           "编辑", "編輯", "责任编辑", "責任編輯", "责编", "責編", "实习生", "實習生", "通讯员", "通訊員",
                           "记者", "記者", "摄影", "攝影", "校对", "校對", "审核", "審核", "排版", "美编", "美編"})
# Agencies whose acronym is also a word in another case ("AgE", the English "age"): an agency only
# as the agency prints it, case and all.
CASED_AGENCIES = frozenset({"AgE"})
# Acronyms left out of NEWS_AGENCIES as words, first names or other bodies' (see its note) that are
# the agency in a wire's own dateline, in its bracket after the place and the day: Anadolu's "ANKARA
# (AA) -", The Canadian Press's "TORONTO (CP) -", MAP's "Rabat, 12/05/2023 (MAP) -", TAP's "Tunis,
# 12 mai (TAP) -", "New Delhi, Dec 7 (UNI)", "ISLAMABAD, May 12 (APP):", "CAIRO, May 12 (MENA) -",
# "Amman, May 12 (Petra) --", "RAMALLAH, May 12 (WAFA) -". Printed as the agency prints it, case and
# all; each with the agency's name a record gives it. HINA stays out ("Hina" is a first name; the
# deliberate choice of the earlier passes).
DATELINE_AGENCIES: dict[str, str] = {
    "AA": "Anadolu Agency", "CP": "The Canadian Press", "MAP": "Maghreb Arabe Presse",
    "TAP": "Tunis Afrique Presse", "UNI": "United News of India", "APP": "Associated Press of Pakistan",
    "MENA": "Middle East News Agency", "Petra": "Petra", "WAFA": "WAFA",
}
# What a job title printed after a name ends with: "Seattle Times business reporter",
# "Senior Staff Technologist", "Medizinredakteurin" (a regular-expression alternation).
JOB_TITLE_ENDINGS = (
    r"reporter|writer|correspondent|editor|columnist|journalist|contributor|producer|photographer|"
    r"technologist|analyst|strategist|director|manager|officer|advisor|adviser|intern|staff|"
    r"redakteur(?:in)?|korrespondent(?:in)?|chefredakteur(?:in)?|autor(?:in)?|journaliste|rédacteur|rédactrice|"
    r"correspondant(?:e)?|periodista|redactor(?:a)?|corresponsal"
)
# A correspondent's title in Italian, Spanish and Portuguese bylines, before "a" and the place the writer is
# sent to ("Nostro Inviato a New York", "Enviada Especial a Nueva York", "Correspondente a Nova Iorque"):
# the words of the title (a regular-expression alternation, whole words).
DISPATCH_TITLE_WORDS = r"inviat[oa]|enviad[oa]|corrispondente|correspondente|corresponsal|speciale|especial"
# The link texts of a site's legal, footer and sharing furniture, lower case ("Privacy Policy",
# "Terms of Use", "Impressum", "Artikel empfehlen"): a byline scan that reaches a consent line ("By
# clicking "Submit," you agree to the Privacy Policy and Terms of Use", TMZ) or a share box beside
# an editor's initials ("so Artikel empfehlen:") reads them as names. No one is called so; a name
# holding one of these phrases as whole words is furniture.
SITE_FURNITURE_PHRASES = (
    "privacy policy", "privacy notice", "privacy statement", "terms of use", "terms of service",
    "terms and conditions", "terms & conditions", "cookie policy", "cookie settings", "cookie preferences",
    "do not sell my personal information", "ad choices", "adchoices", "contact us", "about us", "sign up",
    "subscribe now", "newsletter abonnieren", "datenschutz", "datenschutzerklärung", "datenschutzhinweise",
    "impressum", "nutzungsbedingungen", "cookie einstellungen", "artikel empfehlen", "artikel teilen",
    "artikel drucken", "beitrag teilen", "seite teilen", "jetzt teilen", "share this article", "share this story",
    "share this post", "share on facebook", "share on twitter", "email this", "print this", "mentions légales",
    "politique de confidentialité", "partager cet article", "aviso legal", "política de privacidad",
    "política de cookies", "compartir en", "condiciones de uso", "informativa sulla privacy", "condividi",
    # a site's account menu, read where its "username" box holds "Edit Profile" and "Logout"
    "edit profile", "logout", "log out", "sign out", "my account", "mein konto", "abmelden", "mon compte",
    "se déconnecter", "déconnexion", "mi cuenta", "cerrar sesión",
    # a content-recommendation widget's attribution ("by Taboola" over its cards): a vendor, no writer
    "taboola", "outbrain", "plista", "revcontent", "zergnet", "ligatus",
    # a "like us" widget's button beside the byline ("Polub Money.pl na Facebooku", Polish "Like")
    "polub", "like us", "folge uns", "follow us",
)
# Verbs of a printed byline before "by": "Reported by", "Photos by", "Reviewed by"; the kind of piece
# before it too, as news sites label opinion and analysis bylines ("Opinion by Jane Roe", "Analysis by").
# "Updated by": Vox Media's Chorus bylines print it over the writer of a story updated since (Vox's
# "Updated by <a href=/authors/aja-romano>Aja Romano</a> @ajaromano Dec 10, 2016").
BYLINE_VERBS = ("written", "posted", "reported", "published", "compiled", "words", "text", "story", "article", "photos?", "reviewed", "edited",
                "opinion", "analysis", "commentary", "column", "essay", "updated")
# Words that open a date phrase after a byline's names: "Hace 13 horas", "Vor 2 Stunden",
# "Updated 3 May", "Publicado el 4 de mayo" (lower case).
DATE_LEAD_WORDS = frozenset({
    "hace", "vor", "il", "há", "ago", "updated", "published", "posted", "publicado", "actualizado", "aktualisiert",
    "veröffentlicht", "publié", "publiée", "mis", "am", "on", "le", "el", "em", "hoy", "ayer", "today",
    "yesterday", "heute", "gestern", "aujourd", "hier", "oggi", "ieri", "pubblicato", "aggiornato",
})
_WORDS = "|".join(CREDIT_WORDS)
_VERBS = "|".join(CREDIT_VERBS)
# Alternations for units that build a narrower pattern from these lists.
CREDIT_WORD_PATTERN = _WORDS
# A credit prefix at the start of a text, with its optional verb and colon.
CREDIT_PREFIX = re.compile(rf"^(?:(?:{_VERBS})\s+)?(?:{_WORDS})\s*:?\s+", re.IGNORECASE)
# "ByJane Doe": a prefix glued to the capitalised name (templates that drop the space).
CREDIT_GLUED = re.compile(r"^(?:By|BY|by|Von|Par|Por)(?=[A-ZÀ-ÖØ-Þ])")
# A credit word ending a text, the name following in the next element: "Written by <a>".
CREDIT_BEFORE = re.compile(rf"(?:^|\s)(?:(?:{_VERBS})\s+)?(?:{_WORDS})\s*:?\s*$", re.IGNORECASE)
# A credit word inside a text, the name after it: "Foto: dpa. Von Jane Doe".
CREDIT_INSIDE = re.compile(rf"(?:^|\s)(?:{_WORDS})\s+(?P<name>\S.*)", re.IGNORECASE)
# Italian, Spanish and Portuguese credit particles, only before a capitalised name ("di Mario Rossi";
# "de" alone is too common a word to be a prefix anywhere else).
CREDIT_PARTICLE = re.compile(r"^(?:di|da|de|dal|del)\s+(?=[A-ZÀ-ÖØ-Þ])")
# The lower-case words a person's name holds between capitalised ones: particles of descent or place
# ("Ursula von der Leyen", "Rafael dos Santos", "Osama bin Laden", "Jan ter Horst") and the words
# joining two people on one line ("Jane Roe and Ali Khan", "Anna Berg og Ole Dahl"). Any other
# lower-case word before a capitalised one makes the text a phrase.
NAME_PARTICLES = frozenset({
    "von", "vom", "zu", "zum", "zur", "van", "de", "der", "den", "het", "ter", "ten", "te", "da", "das", "do", "dos",
    "di", "du", "des", "del", "della", "delle", "dei", "degli", "dello", "dal", "dalla", "la", "le", "les", "lo",
    "bin", "ibn", "bint", "ben", "al", "el", "af", "av", "y", "e", "i", "and", "und", "et", "og", "och", "en", "ja",
})


# The labels of a box of other articles as headings print them ("Related posts", "Lesen Sie auch",
# "À lire aussi", "Te puede interesar"), a regular-expression alternation: related posts read the
# block under such a heading, the body drops such a label and the headlines it announces.
RELATED_LABELS = (
    # "Related Story" in the singular too (NPR's in-body "bucketwrap internallink" box of one story).
    r"related(?:\s+(?:posts?|articles?|stor(?:y|ies)|news|content|reading|coverage|recipes|reads|guides|tutorials))?|"
    r"releated\s+posts?|"
    r"(?:you\s+)?(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be\s+interested(?:\s+in)?)|you'll\s+also\s+like|"
    r"recommended(?:\s+(?:for\s+you|reading|articles?|posts?|stories))?|(?:what\s+to\s+)?read\s+(?:this\s+)?next|"
    r"editors?['’]?\s+recommendations|"
    # "Check Also": TieLabs' Jannah and Sahifa themes head their box of posts on the article's category so
    # (the slide-in "check-also-box" under the text).
    r"check\s+also|"
    # The same in German ("Die Redaktion empfiehlt" over topagrar's picks under the text).
    r"(?:die\s+)?redaktion\s+empfiehlt|empfehlungen\s+der\s+redaktion|"
    # And in French: "La rédaction vous conseille :" over a newspaper's picks under the text.
    r"la\s+rédaction\s+vous\s+(?:conseille|recommande)|"
    # "More stories like this one" (a car site's box of the model's earlier stories).
    r"more\s+(?:stories|articles|posts)(?:\s+like\s+this(?:\s+one)?)?|more\s+(?:on|about)\s+this\s+(?:story|topic|subject)|also\s+read|read\s+also|also\s+see|"
    r"similar\s+(?:posts?|articles?|stories)|ähnliche\s+(?:beiträge|artikel|themen|news|meldungen)|"
    # "Diese Artikel könnten dich ebenfalls interessieren:" (grazia), "Lesen Sie auch die folgenden Beiträge:"
    # (hrjournal): the same labels with a synonym of "auch" or the list announced as "the following".
    r"verwandte\s+(?:beiträge|artikel)|(?:das|dies)\s+könnte\s+(?:sie|dich|ihnen|dir)\s+(?:auch\s+)?(?:noch\s+)?"
    r"(?:interessieren|gefallen)|(?:diese\s+(?:artikel|beiträge)\s+)?könnten\s+(?:euch|sie|dich|dir|ihnen)\s+"
    r"(?:auch\s+|ebenfalls\s+)?(?:noch\s+)?(?:interessieren|gefallen)|auch\s+interessant|weitere\s+(?:artikel|beiträge)|mehr\s+zum\s+thema|"
    # fr "Articles associés" too (associated articles: a French theme's heading over its cards under the text,
    # webdevproformation/wp-d-janvier-2021 dev/wp-content/themes/mon-theme/single.php).
    r"passend\s+dazu|lesen\s+sie\s+(?:dazu\s+|hierzu\s+)?auch(?:\s+(?:die|unsere|unseren)\s+(?:folgenden\s+)?[\w-]+)?|articles?\s+(?:similaires|liés|connexes|associés)|(?:à|a)\s+lire\s+aussi|"
    r"lire\s+aussi|(?:(?:à|a)\s+)?lire\s+également|vous\s+aimerez\s+aussi|sur\s+le\s+même\s+sujet|(?:artículos|noticias|entradas)\s+"
    r"relacionad[ao]s|relacionad[ao]s?|te\s+puede\s+interesar|(?:posts|postagens|artigos)\s+relacionad[ao]s|"
    r"leia\s+também|"
    r"articoli\s+correlati|potrebbe\s+interessarti|gerelateerde\s+artikelen|lees\s+ook|"
    r"suggested\s+(?:articles?|posts?|stories|reading|reads)|more\s+to\s+explore|"
    # "Continue Reading" and "More like this" over the cards under a post (1password's blog, eHow), heading
    # the box (as a line's label "Continue reading" stays below); "DW recommends", "<Brand> recommends":
    # the publisher's picks for the article; "Audios and videos on the topic", "More on the topic".
    r"continue\s+reading|more\s+like\s+this|[\w.'’&-]+(?:\s+[\w.'’&-]+)?\s+recommends|"
    r"(?:more|(?:audios?|videos?|articles|stories)(?:\s+and\s+(?:audios?|videos?|articles))?)\s+on\s+the\s+topic|"
    # The same boxes in the other languages of the corpus and its neighbours, as one list (pl, cs, sk,
    # pt, it, nl, es, sv, da, no, fi, hu, tr, ro). Not "Veja também" (a Brazilian paper's sports
    # section prints its standing service pieces under it; it stays a line label below), not
    # "Související témata" or "Powiązane tematy" (topic pages; "Verwandte Themen" and "Related topics" are read
    # only over article cards, `fields/related._TOPICS_HEADING`), not "Você
    # também pode gostar" (a recipe site prints it as a paragraph whose box reaches over the recipe's
    # ingredient links; tried and taken back after the record comparison), and the Polish "Czytaj także" only
    # with its colon, as a line's label (a Polish weekly heads its site-wide picks across all sections
    # with it: 13 false links on holdout 5 when it was tried as a heading).
    r"powiązane(?:\s+(?:artykuły|wpisy|teksty|materiały|wiadomości))?|"
    r"související\s+(?:články|zprávy|příspěvky)|související|mohlo\s+by\s+(?:vás|tě)\s+(?:také\s+|též\s+)?zajímat|"
    r"čtěte\s+(?:také|též|dále)|súvisiace(?:\s+články)?|čítajte\s+(?:aj|tiež)|"
    r"(?:notícias|matérias|reportagens)\s+relacionadas|"
    r"leggi\s+anche|notizie\s+correlate|(?:ti\s+)?potrebbe(?:ro)?\s+(?:anche\s+)?interessarti(?:\s+anche)?|"
    r"gerelateerde\s+(?:berichten|artikels|nieuws)|ook\s+interessant|"
    r"(?:lee|lea)\s+también|(?:quizás?|tal\s+vez)\s+te\s+interese|"
    r"läs\s+(?:också|även)|relaterade\s+artiklar|læs\s+også|relaterede\s+artikler|"
    r"les\s+også|relaterte\s+(?:artikler|saker)|lue\s+myös|aiheeseen\s+liittyvät(?:\s+artikkelit)?|"
    r"kapcsolódó(?:\s+(?:cikkek|cikkünk|hírek|írások))?|"
    r"(?:ilgili|i̇lgili)\s+(?:haberler|yazılar|içerikler)|benzer\s+haberler|"
    r"cite(?:ș|ş|s)te\s+(?:ș|ş|s)i|articole\s+(?:similare|asemănătoare|recomandate)|"
    # ru, uk: "Читайте также" (a football site's box of three cards under the text), "Похожие новости",
    # "Материалы по теме", "Читайте також", "Схожі новини", "Новини за темою".
    r"(?:читайте|смотрите)\s+(?:также|тоже)|(?:читайте|дивіться)\s+також|"
    r"похожие\s+(?:новости|статьи|материалы|публикации|записи)|схожі\s+(?:новини|статті|матеріали|публікації)|"
    r"(?:материалы|новости|статьи|публикации)\s+по\s+теме|(?:матеріали|новини|статті|публікації)\s+за\s+темою|"
    # ja, zh, ko, th: "【関連記事】" (Yahoo! News Japan under each copied story), "相关文章", "延伸閱讀", "관련 기사",
    # "เรื่องที่เกี่ยวข้อง" ("related stories", a Thai paper's in-body line and its box under the text).
    # "相关推荐" (related recommendations) over a portal's cards under the text; "관련글" (related posts), a
    # Korean blog platform's box.
    r"関連(?:記事|ニュース)|相[关關](?:文章|新[闻聞]|[阅閱][读讀]|推[荐薦])|延伸[阅閱][读讀]|관련\s*(?:기사|글|포스트)|"
    # zh "猜你喜欢" (guess you like: Typecho's OneBlog and Z-BlogPHP's xiaonan theme head the post's related list,
    # `$this->related(5)` / `GetList(…, array('is_related'=>$article.ID))`, with it; "you may also like"), ko "함께
    # 보면 좋은 글" (posts good to read with this one: Korean tech blogs' closing list of posts on the subject).
    r"猜你喜[欢歡]|함께\s*보면\s*좋은\s*(?:글|기사)|"
    # ja "あわせて読みたい" (to read along with this one): the label of Japanese blogs' related box (a WordPress
    # theme's block pattern `<div class="… lish-related"><p class="lish-box-label">あわせて読みたい</p>` over two
    # post cards) and of their closing "## あわせて読みたい" lists.
    r"(?:あわせて|合わせて|併せて)読みたい(?:記事)?|"
    # ja "あなたにおすすめの記事" (articles recommended for you), as "Recommended for you": CNET Japan's box of picks
    # under the text (its links marked "c_article_related_article"). Not "編集部おすすめ" (the editors' picks, the
    # same beside every article) nor a bare "おすすめ記事".
    r"あなたに(?:お(?:すすめ|勧め|薦め)|オススメ)(?:の(?:記事|ニュース))?|"
    r"เรื่องที่เกี่ยวข้อง|"
    # bg "Още по темата" (more on the topic), "Свързани статии" (related articles).
    r"още\s+по\s+темата|свързани\s+(?:статии|новини|материали|публикации)|"
    # "More on this topic" in the other languages ("Więcej na ten temat", a Polish think tank's sidebar
    # box of publications on the analysis's subject): the subject is this article's, not a section's.
    r"więcej\s+na\s+(?:ten|to)\s+temat|más\s+sobre\s+(?:este|el|esto)\s+tema|"
    r"mais\s+sobre\s+(?:este|esse|o)\s+(?:tema|assunto)|(?:plus|davantage)\s+sur\s+(?:ce|le)\s+(?:sujet|thème)|"
    r"(?:altro|di\s+più)\s+su\s+questo\s+(?:tema|argomento)|meer\s+over\s+dit\s+onderwerp|více\s+k\s+tématu|"
    # The "read also" and "related" boxes of the scripts and languages the list above lacked (cs "Přečtěte
    # si také", hu "Ezt is olvassa el" / "Ez is érdekelheti", tr "Bunlar da ilginizi çekebilir", el "Διαβάστε
    # επίσης" / "Σχετικά άρθρα", ar "اقرأ أيضا" / "مقالات ذات صلة", fa "مطالب مرتبط", hi "ये भी पढ़ें" / "संबंधित
    # खबरें"): each the standing label of a news CMS's box or in-body line in its language. Greek capitals
    # drop their accents ("ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ"), Arabic writes the hamza and the final tanween or not, Hindi
    # its nukta precomposed (ढ़) or not.
    r"přečtěte\s+si\s+(?:také|též|rovněž)|ezt\s+is\s+olvassa\s+el|olvassa\s+el\s+ezt\s+is|ez(?:ek)?\s+is\s+érdekelheti(?:k)?|"
    r"(?:bunlar\s+da\s+)?i̇?lginizi\s+çekebilir|ayrıca\s+okuyun|"
    r"διαβ[άα]στε\s+(?:επ[ίι]σης|ακ[όο]μη|ακ[όο]μα)|σχετικ[άα]\s+(?:[άα]ρθρα|θ[έε]ματα|ν[έε]α)|σχετικ[έε]ς\s+ειδ[ήη]σεις|"
    r"[اإ]قر[أا]\s+[أا]يضاً?|(?:مقالات|أخبار|اخبار|مواضيع)\s+(?:ذات\s+صلة|متعلقة)|"
    r"(?:مطالب|اخبار|مقالات|خبرهای)\s+(?:مرتبط|مشابه)|"
    r"(?:ये|यह)\s+(?:भी\s+)?(?:पढ़ें|पढ़ें)|संबंधित\s+(?:खबरें|ख़बरें|ख़बरें|लेख|समाचार)|"
    # id/ms "Baca juga" (read also: detik's in-body `table.linksisip > div.lihatjg`, "<strong>Baca juga: </strong>
    # <a>"; the Indonesian and Malaysian papers' line between paragraphs), "Berita terkait" / "Artikel terkait"
    # (related news, articles); vi "Tin liên quan" / "Bài viết liên quan" (related news, posts: the heading of a
    # Vietnamese news CMS's box under the text, lxthien/cms system/application/views/front/news/news_de.php).
    r"baca\s+juga|(?:berita|artikel)\s+terkait|(?:tin(?:\s+tức)?|bài(?:\s+viết)?)\s+liên\s+quan|"
    # lt "Skaitykite taip pat", lv "Lasiet arī" (read also): the heading a Baltic blog prints over its list of
    # related posts ("## Skaitykite taip pat", "<h3>Skaitykite taip pat</h3>", "lv: 'Lasiet arī'" in a
    # tutoring blog's table of related headings), and the Baltic papers' in-body line.
    r"skaitykite\s+taip\s+pat|lasiet\s+arī"
)
# "Verwandte Themen", "Related topics": a site heads its topic pages so as often as its articles on the
# subject, so these head related posts only over article cards. Not "Powiązane tematy" nor "Související
# témata": the two pages printing them head tag pages and a news portal's latest list (ten stories newer
# than the article) with them, no related box.
RELATED_TOPIC_LABELS = r"verwandte\s+themen|related\s+topics"

# The labels a paragraph prints before a linked headline inside an article's text, beside the
# headings' ("Lea aquí: …", "Czytaj też: …", "Lesen Sie hier: …"): the body drops such a line,
# related posts read its links as a related post.
READ_ALSO_LABELS = (
    # en
    r"read\s+more|see\s+also|related\s+links?|more\s+on\s+this(?:\s+(?:story|topic))?|"
    # "Continue reading", "Weiterlesen »", "Seguir leyendo:", "Lire la suite", "Czytaj dalej": a teaser card's
    # link to the rest of another post, alone on its line, or the label of a list of them ("Weiterlesen:"
    # over a travel magazine's next trips); as a line's label only, so "Continue reading the main story"
    # (a paper's skip link, part of Readability's expected text) and a sentence stay.
    r"continue\s+reading|keep\s+reading|weiterlesen|mehr\s+lesen|seguir\s+leyendo|lire\s+la\s+suite|czytaj\s+dalej|"
    # de
    r"lesen\s+sie\s+(?:mehr|weiter|hier)|auch\s+lesen|lies\s+auch|schon\s+gelesen|zum\s+weiterlesen|"
    # "Sehen Sie auch: <a>…</a>" (the polite "see also" of a German celebrity portal's in-body line; "Sehen
    # Sie auch, wie …" in a sentence has no separator after the label and stays).
    r"sehen\s+sie\s+auch|"
    # "Auch auf gofeminin.de", "Also on example.com", "Aussi sur exemple.fr": a box of the site's other posts
    # named by the site's address (not "Auch auf Instagram", a network's name without one).
    r"(?:auch\s+(?:auf|bei)|also\s+on|aussi\s+sur)\s+(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}|"
    r"passend\s+zum\s+thema|(?:weitere|mehr|empfohlene)\s+(?:themen|artikel|beiträge|nachrichten|news)|"
    r"das\s+thema\s+könnte\s+(?:sie|dich|ihnen|dir)\s+(?:auch\s+)?(?:interessieren|gefallen)|"
    # fr
    r"(?:à\s+)?voir\s+aussi|"
    # es, pt, it
    r"(?:lea|lee|leer)\s+(?:también|más|aquí|además)|vea\s+también|(?:también\s+)?(?:le|te)\s+puede\s+interesar|"
    r"puedes\s+ver|ver\s+también|mire|notas\s+relacionad[oa]s|contenido\s+relacionado|leia\s+mais|"
    r"veja\s+também|(?:notícias|matérias)\s+relacionadas|leggi\s+anche|"
    # pl
    r"czytaj\s+(?:też|także|również|więcej)|(?:zobacz|przeczytaj)\s+(?:też|także|również)|dowiedz\s+się\s+więcej|"
    # hu "Olvassa el:" (read it), fa "بیشتر بخوانید:" (read more): a line's label only, as "Read more:" is.
    r"olvassa\s+el|بیشتر\s+بخوانید|"
    # vi "Đọc thêm:" / "Xem thêm:" (read more, see more): a line's label only, as "Read more:" is ("Xem thêm"
    # alone is also a list's "show more" button).
    r"đọc\s+thêm|xem\s+thêm|"
    # bg "Прочетете още:" (read more), hr/sr/bs "PROČITAJTE JOŠ:", "Pročitajte i:" (read also), "Vidi još:",
    # "Možda vas zanima:" (you may be interested): the in-body line of Bulgarian and Yugoslav news sites before a
    # linked headline (alo.rs prints "PROČITAJTE JOŠ:" as a paragraph of its `#newsContent`; scrapers of Croatian
    # news drop "PROČITAJTE I:|VIDI JOŠ:|MOŽDA VAS ZANIMA:" as promo lines). A line's label only: "Прочетете
    # още" and "Pročitajte još" are also the "read more" buttons of teaser cards.
    r"прочетете\s+още|pročitajte\s+(?:još|i)|прочитајте\s+(?:још|и)|vidi\s+još|možda\s+vas\s+zanima"
)


# The words of a compound label: names of sources (one at least) and of the lists that go with them (notes,
# links), joined by "and", "&", "/" or a comma.
_SOURCE_NAMES = (r"sources?|references|bibliography|literature|further\s+reading|quellen|quellenangaben|literatur|"
                 r"einzelnachweise|weiterführende\s+links|références|bibliographie|fuentes|referencias|bibliografía|"
                 r"fonti|riferimenti|bibliografia|fontes|referências|bronnen")
_LIST_NAMES = (r"notes|footnotes|links|weblinks|anmerkungen|fußnoten|liens|notas|enlaces|note|collegamenti|resources|"
               r"studies|studien|ressources|recursos|risorse")
_JOIN = r"\s*(?:,|&|/|\+|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*"
SOURCE_COMPOUNDS = (rf"(?:(?:{_LIST_NAMES}){_JOIN})+(?:{_SOURCE_NAMES})(?:{_JOIN}(?:{_SOURCE_NAMES}|{_LIST_NAMES}))*|"
                    rf"(?:{_SOURCE_NAMES})(?:{_JOIN}(?:{_SOURCE_NAMES}|{_LIST_NAMES}))+")

# The headings (or labels) of an article's own sources box, in every language of the corpus and its
# neighbours, as one list: the sources, references, bibliography and further-reading lists an
# article closes with. Not "Weitere Informationen" or "Resources" alone (a site's topic links and
# footer menus use them), not "Notes" alone (explanatory footnotes): those are closing labels below.
SOURCE_LABELS = (
    # en
    r"sources?|source\s+links|sources?\s*(?:&|and|/)\s*(?:links|references|further\s+reading)|references?|"
    r"reference\s+list|(?:notes|footnotes)\s*(?:&|and)\s*references|references\s*(?:&|and)\s*(?:notes|further\s+reading)|"
    r"further\s+reading|more\s+reading|works\s+cited|citations?|bibliography|studies(?:\s+cited)?|literature|"
    r"external\s+links|credits?\s*(?:/|&|and)\s*(?:resources|sources|references)|(?:further|additional)\s+resources|via|"
    # Security and research blogs' closing list of the earlier reports a write-up builds on ("Previous Research on
    # ACRStealer", "Prior research"), the topic named or not.
    r"(?:previous|prior|earlier)\s+research(?:\s+on\s+[^:]{1,40})?|"
    # de
    r"quellen?|quellenangaben?|quellen\s*(?:und|&|/)\s*(?:links|literatur|weiterführende\s+links)|quellenverzeichnis|"
    r"quellen-?\s*und\s+literaturverzeichnis|literatur|literaturverzeichnis|literaturangaben|literaturhinweise|"
    r"literatur\s*(?:und|&)\s*links|einzelnachweise|weblinks|nachweise|weiterführender?\s+(?:links?|literatur|informationen)|"
    r"zusatzinformationen|zum\s+weiterlesen|im\s+web|originalpublikation|originalveröffentlichung|literaturliste|"
    r"(?:links\s+|literatur\s+)?zur\s+vertiefung(?:\s+und\s+\w+)?|"
    # fr
    r"sources\s+et\s+références|références(?:\s+bibliographiques)?|bibliographie|notes\s+et\s+références|"
    r"liens\s+externes|(?:pour\s+)?aller\s+plus\s+loin|"
    # es, pt, it, nl
    r"fuentes?|referencias(?:\s+bibliográficas)?|bibliografía|enlaces\s+externos|fontes?|referências|"
    r"bibliografia|ligações\s+externas|fonti|riferimenti(?:\s+bibliografici)?|collegamenti\s+esterni|"
    r"bronnen|bronvermelding|referenties|externe\s+links|"
    # Beyond Western Europe: pl, cs/sk, ru, nl singular and its literature list, da/no, sv, fi, tr, zh, ja.
    r"źródła|zdroje|použitá\s+literatura|источники|литература|список\s+литературы|bron|literatuur(?:lijst)?|"
    r"kilder|källor|lähteet|kaynaklar|kaynakça|参考资料|参考資料|参考文献|出典|"
    # Japanese and Chinese "External links" (ja.wikipedia's "外部リンク") and "Reference links / sites / URL" ("参考リンク",
    # "参考サイト", "参考URL", "参考链接"), a blog's closing list of the pages it used.
    r"外部リンク|外部链接|外部連結|参考(?:リンク|サイト|url|链接|網站|网站)|"
    # The Nordic "references", hu, el, ro, uk, ko, id, vi, he, ar; the singular "source" that opens a source line
    # ("Źródło: <a>…</a>", "Источник: <a>…</a>", "المصدر: <a>…</a>").
    r"referenser|referanser|referencer|források|hivatkozások|πηγές|πηγή|βιβλιογραφία|αναφορές|surse|bibliografie|"
    r"referințe|джерела|література|참고\s*문헌|참고\s*자료|출처|referensi|daftar\s+pustaka|sumber|"
    r"tài\s+liệu\s+tham\s+khảo|nguồn|מקורות|מקור|المصادر|المراجع|المصدر|źródło|источник|"
    # The reference-list titles of the languages around the Baltic and the Balkans, as Zotero's PDF reader knows them
    # (zotero/pdf-worker, src/structure/reference/titles.js: "Literatura", "Literatúra", "Literatūra", "Piśmiennictwo",
    # "Bibliografija", "Irodalomjegyzék", "Viri", "Šaltiniai", "Atsauces", "Kirjandus", "Viited", "Kildeliste", ...),
    # and Wikipedia's ("Referencie", "Извори", "Heimildir": wikimedia/pywikibot, scripts/noreferences.py; Bulgarian
    # "== Източници ==" of bg.wikipedia's edit toolbar); "Avoti" and "Allikad" (Latvian and Estonian "Sources"), and
    # Hungarian "Irodalom" (literature), Croatian "Izvori".
    r"literatura|literatúra|literatūra|piśmiennictwo|wykaz\s+literatury|seznam\s+literatury|zoznam\s+literatúry|"
    r"popis\s+literature|bibliografija|bibliogrāfija|bibliograafia|библиография|бібліографія|библиографија|"
    r"irodalomjegyzék|irodalom|avoti|atsauces|šaltiniai|allikad|kirjandus|viited|viitteet|kirjallisuusluettelo|"
    r"izvori|извори|viri|източници|използвана\s+литература|референци|референце|referencie|referencat|heimildir|"
    r"kildeliste|litteraturliste|referenslista|litteraturförteckning|källförteckning|"
    # A source noun qualified as the ones the article used ("Sources cited", "Verwendete Quellen", "Fuentes
    # consultadas"), or paired with further reading or web links ("Quellen und weiterführende Informationen").
    r"(?:sources|references|works)\s+(?:cited|used|consulted)|"
    # A source noun qualified by what it backs or who chose it ("Article Sources", "Medical References", "Our
    # sources"), and German "Referenzen", Italian "Per approfondire" (further reading).
    r"(?:article|medical|scientific|research|academic|selected|key|primary|our)\s+(?:sources|references)|referenzen|"
    r"per\s+approfondire|(?:bibliography|references)\s*(?:&|and)\s*further\s+reading|"
    r"(?:verwendete|genutzte|benutzte)\s+(?:quellen|literatur)|quellenhinweise|"
    r"quellen\s*(?:und|&)\s*weiterführende\s+informationen|sources\s+(?:et\s+liens|utilisées|consultées)|"
    r"webographie|sitographie|sitografia|fuentes\s+(?:consultadas|utilizadas)|fonti\s+(?:consultate|utilizzate)|"
    r"fontes\s+consultadas|referências\s+bibliográficas|"
    # The paper a science-news item reports on, under its own label ("Journal Reference:", "Fachartikel:"). Not
    # "Originalartikel": the article's own print original (a forestry portal's document box).
    r"journal\s+references?|original\s+(?:paper|study|publication)|study\s+reference|fachartikel|"
    r"originalarbeit|originalstudie|"
    # Two or more list names joined ("Literatur und Quellen", "Sources & Notes", "Fuentes y referencias"),
    # one of them naming sources: see SOURCE_COMPOUNDS below.
    rf"{SOURCE_COMPOUNDS}"
)
# The verbs of a toggle that shows or hides a collapsed sources box ("Show sources", "Quellen anzeigen"): before
# the label, and (German) after it.
TOGGLE_VERBS = r"show|hide|view|display|toggle|afficher|masquer|voir|mostrar|ocultar|ver|mostra|nascondi|toon|verberg"
TOGGLE_VERBS_AFTER = r"anzeigen|einblenden|ausblenden|zeigen|öffnen|aufklappen"
# Labels that head a sources box only where it closes the article ("Links", "Weitere Informationen"
# over the links of its last block); elsewhere they head a site's topic links, menus or talks.
# Notes ("Notes", "Anmerkungen") closing the text, or numbered, cite works with their URLs: a note's link is
# what it cites.
NOTE_LABELS = r"notes|endnotes|footnotes|anmerkungen|fußnoten|endnoten|przypisy|примечания|jegyzetek"
# "Verwandte Links" / "Related links" over the article's own links, and notes.
# The same "more information" label in the other languages of the corpus's neighbours (a call to action
# "Learn more", "En savoir plus", "Saiba mais" is a button's text, not a label).
MORE_INFORMATION_LABELS = (
    r"(?:for\s+)?more\s+information|further\s+information|useful\s+links|helpful\s+links|pour\s+en\s+savoir\s+plus|"
    r"plus\s+d['’]informations|más\s+información|para\s+saber\s+más|per\s+saperne\s+di\s+più|approfondimenti|"
    r"maggiori\s+informazioni|meer\s+informatie|więcej\s+informacji|mais\s+informações"
)
# Japanese and Chinese "Related links" / "Related sites" ("■関連サイト" over the maker's and the shop's sites after a
# Weekly ASCII hands-on, "関連リンク" under a Mynavi news item, "相关链接"), a box the way "Verwandte Links" is.
RELATED_LINK_LABELS = r"関連リンク|関連サイト|相关链接|相關連結|相关网站"
CLOSING_SOURCE_LABELS = (rf"links|weitere\s+informationen|mehr\s+informationen|resources|verwandte\s+links|"
                         rf"related\s+links|{RELATED_LINK_LABELS}|{MORE_INFORMATION_LABELS}|{NOTE_LABELS}")
# Headings of a box that offers the site's publications to download or order: inside a column of the
# page's boxes ("Zusatzinformationen") such a box is no source.
OFFER_LABELS = r"publikationen|publications|downloads?|bestellen|broschüren|brochures"
# Plural source nouns that make a short phrase ending in a colon a label ("Weitere genutzte Quellen in
# englischer Sprache:", "Sources used for this article:"): read only where its list of links closes the article.
SOURCE_NOUNS = r"quellen|quellenangaben|literatur|sources|references|références|fuentes|fonti|fontes|bronnen"
# The singular "source" of a source line ("Source: Reuters", "Quelle: dpa", "Fuente: EFE"): under it, a site's home
# page under its name credits an agency or publisher (see source_box._credits_agency).
SOURCE_CREDIT_LABELS = r"source|quelle|fuente|fonte|bron|źródło|zdroj|источник|forrás|kilde|källa|lähde"
# Closing labels that also open a one-line box ("Links: <a>www.trauernetz.de</a> und <a>…</a>"), read only
# where the line follows the article's prose.
CLOSING_LINE_LABELS = (rf"links|weitere\s+informationen|mehr\s+informationen|related\s+links|verwandte\s+links|"
                       rf"{RELATED_LINK_LABELS}|{MORE_INFORMATION_LABELS}")


def starts_with_credit(text: str) -> bool:
    """"By Jane", "ByJane", "di Mario Rossi": a text that opens with a credit."""
    return bool(CREDIT_PREFIX.match(text) or CREDIT_GLUED.match(text) or CREDIT_PARTICLE.match(text))


def load_public_suffixes() -> None:
    """Read the public suffix list now, not on the first link that needs it (25 ms, once a process)."""
    get_fld("example.org", fix_protocol=True, fail_silently=True)


def registrable_domain(url: str | None) -> str | None:
    """The registrable domain of a URL by the public suffix list ("news.bbc.co.uk" -> "bbc.co.uk").

    A host the list does not know (localhost, an address) stands for itself, without ``www.``.
    """
    if not url:
        return None
    try:
        host = (urlsplit(url).hostname or "").rstrip(".")
    except ValueError:
        return None
    return _domain_of_host(host) if host else None


@lru_cache(maxsize=4096)
def _domain_of_host(host: str) -> str:
    # Pages link the same few hosts again and again; the suffix lookup is the costly part.
    return get_fld(host, fix_protocol=True, fail_silently=True) or host.removeprefix("www.")


def is_domain_name(text: str) -> bool:
    """"Example.de", "www.energieverbraucher.de": one word that is a domain under a public suffix
    ("Node.js" is none: .js is no suffix)."""
    text = text.strip().lower()
    if not text or "." not in text or any(ch.isspace() or ch in "/:@" for ch in text):
        return False
    return get_fld(text, fix_protocol=True, fail_silently=True) is not None


def site_label(url: str | None) -> str | None:
    """The name a site's domain gives it: "bbc" for www.bbc.co.uk, "aerzteblatt" for aerzteblatt.de."""
    domain = registrable_domain(url)
    label = domain.split(".")[0] if domain else ""
    return label or None


@lru_cache(maxsize=1)
def _platform_entries() -> tuple[tuple[str, str], ...]:
    """The content platforms of ``data/accounts/platforms.txt`` as (host, path prefix) pairs."""
    text = (resources.files("harvester") / "data" / "accounts" / "platforms.txt").read_text(encoding="utf-8")
    entries = []
    for line in text.splitlines():
        if entry := line.split("#", 1)[0].strip().lower().removeprefix("www."):
            host, _, path = entry.partition("/")
            entries.append((host, "/" + path))
    return tuple(entries)


def is_platform_post(url: str | None) -> bool:
    """Whether ``url`` is an article an account posted on a content platform that prints the account
    where a byline would be (百家号, 企鹅号, 网易号, 搜狐号): that name is the publisher, not a writer.
    Which platforms do so is per-site knowledge, kept as data (``data/accounts/platforms.txt``)."""
    try:
        parts = urlsplit(url or "")
    except ValueError:
        return False
    host = (parts.hostname or "").lower()
    return any((host == entry or host.endswith("." + entry)) and parts.path.startswith(prefix)
               for entry, prefix in _platform_entries())


# German domains spell an umlaut as two letters: Ärzteblatt is aerzteblatt.de, Nalas Löwenseiten
# nalas-loewenseiten.info.
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
_LATIN_MARKS = re.compile(r"(?<=[a-z])[\u0300-\u036f]+")


def host_spelling(text: str) -> str:
    """``text`` (case-folded) spelt as a domain name spells it: umlauts as two letters, other Latin
    letters without their marks ("nestlé marktplatz" -> "nestle marktplatz", as nestle-marktplatz.de).
    Only marks on a Latin letter go: a kana's voicing mark is a letter of its own."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_UMLAUTS))
    return unicodedata.normalize("NFC", _LATIN_MARKS.sub("", decomposed))


# What a site calls its front page, the whole <title> of a template never given the page's own:
# no article's headline.
HOME_PAGE_LABELS = frozenset({
    "home", "homepage", "home page", "startseite", "accueil", "inicio", "portada", "pagina iniziale",
    "página inicial", "voorpagina", "forside", "etusivu", "strona główna",
    # Chinese, Japanese, Korean, Russian and Arabic trails open with these ("首页 - 新闻动态").
    "首页", "主页", "首頁", "ホーム", "홈", "главная", "الرئيسية",
})

# Two-letter language codes a language switcher prints as its links ("EN", "DE" beside the author's
# name on a translated page): no one's name.
LANGUAGE_CODES = frozenset({
    "en", "de", "fr", "es", "it", "nl", "pt", "pl", "cs", "sk", "hu", "ro", "bg", "hr", "sl", "sr", "el", "tr",
    "ru", "uk", "da", "sv", "no", "nb", "fi", "et", "lv", "lt", "zh", "ja", "ko", "ar", "he", "fa", "hi",
})
