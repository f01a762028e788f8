"""Who a byline credits: people, news agencies, and names that are neither.

Bylines and author fields mix a reporter with the agency the copy came from ("Von David Hutzler,
dpa"), a dateline place ("Von Markus Balser, Berlin"), a job title ("Benjamin Romano, Seattle
Times business reporter") and the publisher itself (``<meta name="author" content="Example.de
GmbH, Munich, Germany">``, a JSON-LD Organization author naming the site). A record keeps the
people and the agencies, says which is which, and drops the rest. Pure string functions: the
byline extractor decides where names come from, this module what each name is.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Literal

from harvester.lexicon import (AGENCY_ALIASES, CASED_AGENCIES, HAN_NO_AUTHOR, HAN_OUTLET_ENDINGS, JOB_TITLE_ENDINGS,
                               NEWS_AGENCIES, SITE_FURNITURE_PHRASES)

__all__ = ["AGENCIES", "INITIALS", "CreditKind", "agency_credit", "canonical_agency", "credit_kind", "is_newsroom", "is_publisher", "is_role", "is_sentence",
           "sort_line", "wire_split", "without_interns", "without_trailers"]

CreditKind = Literal["person", "agency", "drop"]

# A name is an agency only when the whole name (or its part before "-", as in "dpa-AFX") is one of
# the lexicon's: "AP" in "AP Photo" or "Reuters" in a headline never count.
AGENCIES: dict[str, str] = {
    re.sub(r"[\W_]+", " ", unicodedata.normalize("NFKC", name).casefold()).strip(): name for name in NEWS_AGENCIES
}
# Each printed form the lexicon lists for an agency, whole, is one too: "The Associated Press".
_ALIAS_FORMS = frozenset(re.sub(r"[\W_]+", " ", unicodedata.normalize("NFKC", form).casefold()).strip()
                         for forms in AGENCY_ALIASES.values() for form in forms)
# Words around an agency's name that are not its name: "Agencia EFE", "Reuters News Agency", Portuguese
# "Agência Lusa".
_AGENCY_WORDS = re.compile(
    r"\b(?:agencia|agência|agence|agentur|agenzia|nachrichtenagentur|news\s+agency|press\s+agency|agency|"
    r"news\s+service|wire|via|mit\s+material\s+von|with|con|avec|mit|and|und|et|y|material|von|de|from)\b",
    re.IGNORECASE,
)
# What a publisher's legal name ends with: "Süddeutsche.de GmbH" is a company, never a person; so
# is a German cooperative, "eG" in its case ("besserwisser eG").
_COMPANY = re.compile(
    r"\b(?:gmbh|ag|kg|se|inc|llc|ltd|plc|corp|corporation|company|s\.?a\.?|s\.?l\.?|b\.?v\.?|n\.?v\.?|sarl|"
    # the Polish limited company and partnership ("AWR Wprost Sp. z o.o.", "Example sp.j.")
    r"sp\.\s*z\s*o\.\s*o|sp\.\s*[jk]|"
    # a security vendor's research desk as the author box names it: "G DATA Security Center", "Elastic
    # Security Labs", "Check Point Research", "Microsoft Threat Intelligence"
    r"security\s+center|security\s+centre|labs|research|threat\s+intelligence|"
    r"verlag|verlagsgruppe|mediengruppe|media\s+group|publishing|editorial|ediciones|éditions|"
    r"redaktion|online-redaktion|newsroom|news\s+desk|staff|staff\s+reports?|editors|team|desk|(?-i:eG)|"
    # a site's team account in German compounds: "revamp-it Webteam", "Example Redaktionsteam"
    r"webteam|redaktionsteam|onlineteam)\b\.?$",
    re.IGNORECASE,
)
# Words only a publication's name holds, also inside compounds ("IT Finanzmagazin", "AUTO ZEITUNG",
# "Polizeiticker Schweiz", "Diario Pagina Siete"): no person's name.
_PUBLICATION = re.compile(
    r"zeitung|magazin|zeitschrift|tageblatt|anzeiger|rundschau|nachrichten|ticker|newspaper|gazette|gazzetta|"
    # "gazeta": the newspaper in Albanian, Polish, Portuguese, Romanian and Russian transliterated
    # ("Gazeta Telegraf", telegraf.al's byline and microdata Person; "Gazeta Wyborcza").
    r"diario|periódico|periodico|noticias|notícias|jornal|illustrierte|gazeta",
    re.IGNORECASE,
)
# A press outlet's name by its form: the word "Press" or "Presse" opening it ("Presse Augsburg",
# presse-augsburg.de's byline), or "The" opening it and a newspaper's noun closing it ("The
# Planetary Press", the site's own account as its byline; "The Daily Herald"). No person's name opens
# with "The" or "Presse"; "Bill Press" keeps his name.
_OUTLET_NAME = re.compile(
    r"^(?:the\s+(?:\S+\s+){0,3}(?:press|times|post|herald|tribune|journal|chronicle|gazette|observer|telegraph|"
    r"courier|dispatch|daily|weekly)|(?:press|presse)\s+\S+(?:\s+\S+)?|"
    # a news outlet by its closing word: "Kaiser Health News", "Fox News", "Sky News" after the writers'
    # names ("By Jane Roe and Ali Khan, Kaiser Health News"); no one's surname is "News"; a media
    # house by its "Media" ("Wirtualna Polska Media", the author meta of its sites), a wire so named
    # ("PA Media") being read as an agency first; a newspaper by the noun closing its name, no one's
    # surname ("By Jane Roe, Los Angeles Times", "Chicago Tribune", "USA TODAY", "SPIEGEL ONLINE",
    # "Scripps Howard News Service", "Tribune Newspapers"; "Robert Service" keeps his surname)
    r"(?:\S+\s+){1,3}(?:news|newswire|media|times|tribune|register|gazette|chronicle|inquirer|examiner|online|today|"
    r"newspapers|news\s+service|wire\s+service)|"
    # a media group by the word opening its name: "Grupa Wirtualna Polska", "Grupo Clarín", "Groupe
    # Le Monde" (their author metas); no person's name opens so
    r"(?:grupa|grupo|groupe|gruppo|gruppe|group)\s+\S+(?:\s+\S+){0,3})$",
    re.IGNORECASE,
)
# The head nouns of a public body's or an institution's name, in the languages of the corpus: "U.S.
# Customs and Border Protection", "Aussenministerium der Republik Österreich", "Ministerio de Salud".
# A byline line naming such a body names no person, and its "and" joins the body's own words, not two
# people. German compounds end with the noun ("Aussenministerium", "Bundesamt"); Swiss federal
# departments spell it "Departement" ("Eidgenössisches Departement für Wirtschaft, Bildung und
# Forschung WBF", "Finanzdepartement"); parties and their groups name themselves "Bündnis",
# "…partei", "…fraktion" ("Bündnis 90/Die Grünen Bundestagsfraktion"). Not "Service" (a
# surname) and not "Agency" (news agencies are read before this test).
_ORGANISATION = re.compile(
    r"\b(?:ministry|ministère|ministerio|ministero|ministério|department|département|departamento|customs|"
    r"police|policía|polizia|administration|commission|council|authority|institute|université|university|"
    r"universidad|universität|foundation|fundación|association|society|republic|république|república|"
    r"repubblica|government|gouvernement|gobierno|governo|regierung|embassy|ambassade|embajada|bündnis)\b|"
    r"\w*(?:ministerium|bundesamt|landesamt|behörde|verband|stiftung|polizei|botschaft|republik|departement|"
    r"partei|fraktion|verein|feuerwehr)\b",
    re.IGNORECASE,
)
# "e.V." (eingetragener Verein) closes a registered association's name: "Bund der Energieverbraucher
# e.V.", "Verein: Historische Wehranlage in Horka e.V." (their author metas). With its points: an
# Italian or Portuguese "e" joining two names has none ("Giulia e Vittoria").
_REGISTERED_ASSOCIATION = re.compile(r"\S\s+e\.\s?V\.?\s*$")
# A German body named by its head noun and what it is of or for, the joining word in lower case:
# "Bund der Energieverbraucher", "Türkisch-Islamische Union der Anstalt für Religion", "Stadt Zürich
# im Auftrag des Bundes". A person's name holds "der" only after a particle ("Ursula von der Leyen",
# "Jan Van der Berg"), where no capitalised name word stands before it. Not "im": an interview's
# credit ("Richard David Precht im Gespräch mit Karin Fischer") names its guest so.
_BODY_OF = re.compile(r"(?<![\w-])(?!(?:Von|Van|Vom|Zu|Ter|De)\b)[A-ZÄÖÜ][\w-]+\s+(?:der|des|für)\s+[A-ZÄÖÜ]")
_LIST_MARK = re.compile(r"[,;|/]")
# A finite verb or a relative pronoun, lower case, in the languages of the corpus: a line holding one
# says something about someone ("Jane Roe is a reporter who covers health", a bio in the author box;
# "Credaris ist ein Partner-Service von comparis.ch", a testimonial's; "selbst ist der Mann", a
# magazine's motto as its byline) and is no credit. A name never holds one ("Es" and "E" are
# capitalised where a name has them).
_SENTENCE_VERB = re.compile(r"is|are|was|were|who|ist|sind|war|waren|est|sont|était|es|está|están|era|son|è|sono|jest|są")
_AFFILIATION_WORDS = frozenset({"of", "at", "from", "for", "von", "vom", "aus", "de", "du", "del", "della", "des", "der"})
# A legal, footer or share link's text inside a name, as whole words: "Terms of Use", "so Artikel empfehlen".
_FURNITURE = re.compile(
    r"(?:^|\s)(?:" + "|".join(re.escape(phrase) for phrase in SITE_FURNITURE_PHRASES) + r")(?:\s|$)", re.IGNORECASE)
# A host name standing for its site ("tennisnet.com", "datev.de"): no person's name.
# A country code or a common generic top-level domain: "robert.stitz" is a user's handle.
_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:[a-z]{2}|com|net|org|info|biz|online|news|media)$",
                     re.IGNORECASE)
# An outlet's web edition by its name and domain, after words of its name: "Le Monde.fr avec AFP",
# "Le Figaro.fr", "Berliner Morgenpost.de", "FAZ.NET". A person's name ends in no domain ("Jr.", "St.Pauli" do not).
_OUTLET_DOMAIN = re.compile(r"^(?:\S+\s+){1,3}[\w-]+\.(?:[a-z]{2}|com|net|org|info|online|NET|COM|DE|FR)$")
# Placeholders some CMSs print where the author goes.
_NO_AUTHOR = frozenset({
    "no author", "noauthor", "admin", "administrator", "redaktion", "die redaktion", "online redaktion",
    "editorial staff", "editorial team", "editorial", "the editors", "editors", "staff", "staff writer",
    # an opinion page's collective byline
    "editorial board", "the editorial board",
    "staff reporter", "newsroom", "news desk", "web desk", "redaccion", "redacción", "rédaction", "la rédaction",
    "redazione", "team", "guest", "gast", "unknown", "anonymous", "anonym", "autor", "author",
    # a CMS's role where the name goes (the Government Site Builder's meta author "publisher")
    "publisher", "webmaster",
    # a CMS's default account, named at install and left as the writer: Joomla's "Super User" (its
    # first account's name), "Administrator", WordPress's "admin" above; the one-word "Newsdesk" a
    # theme's author box prints for the newsroom's shared account
    "super user", "superuser", "newsdesk",
    # a template's placeholder left in its author meta ("name, email@gmail.com", the form a theme ships)
    "name", "your name", "author name", "first name last name", "firstname lastname",
    "anónimo", "anonimo", "anónima", "anônimo", "anonyme", "anonymus", "аноним", "redação", "redacao", "редакция",
    # the newsroom in Czech, Slovak and Hungarian, as a Joomla site's account prints it after the translated
    # "Written by" ("Napsal redakce", "Napísal: redakcia", "Írta: Szerkesztőség"): no one's name
    "redakce", "redakcia", "szerkesztőség", "a szerkesztőség",
    # Vietnamese "Ban Biên Tập" (the editorial board) after "Viết bởi" (written by)
    "ban biên tập", "ban bien tap",
    # an author archive's link text where the name should be
    "all posts", "view all posts", "more posts", "alle beiträge", "alle artikel", "weitere beiträge",
    "tous les articles", "todos los artículos", "ver todos",
    # a picture's or a fact's credit label left alone where the name goes
    "photo", "photos", "foto", "fotos", "image", "images", "picture", "pictures", "bild", "bilder", "credit",
    "credits", "source", "sources", "quelle", "fuente", "fonte",
})
# What a site's name adds for its web edition: "heise online" on heise.de.
_EDITION_WORDS = frozenset({"online", "digital", "news", "aktuell", "live"})
# A newsroom word opening a short credit names the newsroom, whatever follows it: "Redacción EC",
# "Redaktion Sport", "Rédaction Le Monde". No person's first name is one of these words.
_NEWSROOM = re.compile(r"^(?:redacci[oó]n|reda[cç][aã]o|redaktion|redakcja|redakce|redakcia|szerkesztőség|ban\s+biên\s+tập|"
                       r"r[ée]daction|redazione|newsroom|редакция)\b",
                       re.IGNORECASE)
# A picture's credit printed where a byline goes ("Фото из Инстаграма ...", "Foto: Jaiver Nieto",
# "Photo courtesy of ..."): it credits an image, not the text.
_PICTURE_CREDIT = re.compile(r"^(?:fotos?|photos?|фото|bild(?:er)?|imagen|immagine|image)\b", re.IGNORECASE)
# A source's label printed where a byline goes ("Źródło: Statista.com", "Fuente: Ministerio de
# Salud"): it names where facts came from, not who wrote the text. An agency so credited
# ("Quelle: KNA") is found before this test.
# Chinese portals label it "来源：" (source: "来源：中新网") in the info line under the headline.
# Central and Eastern European papers close an agency's copy so: Czech and Slovak "Zdroj: ČTK",
# Hungarian "forrás: MTI", Romanian "Sursa: Agerpres", Serbian and Croatian "Izvor: Tanjug", Russian
# "Источник: ТАСС", Bulgarian "Източник: БТА", Ukrainian "Джерело: Укрінформ"; these words only with
# their colon ("Izvor iz vlade je rekao …" opens a sentence), and not a picture's ("Sursa foto:").
# The Baltic, Nordic, Dutch, Slovene, Greek, Turkish and Korean papers label their wires' copy the same
# way: Latvian "Avots: LETA", Lithuanian "Šaltinis: ELTA", Estonian "Allikas: BNS", Finnish "Lähde: STT",
# Norwegian and Danish "Kilde: NTB", Swedish "Källa: TT", Dutch "Bron: ANP", Slovene "Vir: STA", Greek
# "Πηγή: ΑΠΕ-ΜΠΕ", Turkish "Kaynak: Anadolu Ajansı", Korean "출처: 연합뉴스"; with their colon too ("Kilden
# sier …", "Vir je …" open sentences).
_SOURCE_CREDIT = re.compile(r"^(?:(?:źródło|zrodlo|quelle|fuente|fonte|source|来源|來源)\b"
                            r"|(?:zdroj|forrás|sursa|izvor|извор|источник|източник|джерело|avots|šaltinis|allikas|"
                            r"lähde|kilde|källa|bron|vir|πηγ[ήη]|kaynak|출처)(?=\s*:))", re.IGNORECASE)
# A Chinese portal's info line prints the day and time first ("2020-05-12 10:20:31　来源: 新华社", NetEase's post_info,
# Sina's, chinanews', Xinhua's) and further fields after the source ("来源: 澎湃新闻　作者：李明"): the
# day before the label and a labelled field after the source's name are no part of the source.
_DAY_BEFORE_HAN_SOURCE = re.compile(r"^[\d\s:：./\-年月日]{8,25}(?=来源|來源)")
_FIELD_AFTER_HAN_SOURCE = re.compile(r"\s+\S{1,6}[：:].*$")
# Newsroom shorthands and unnamed wire services: ORF's "red, wien.ORF.at/Agenturen" ("red" for
# Redaktion). Lower case only: "Red" is also a nickname.
_UNNAMED_CREDITS = frozenset({"red", "agenturen", "agencias", "agences", "agencies", "agenzie", "wires"})
# An unnamed wire as American papers credit it: "From wire reports", "Staff and wire reports" (after
# "and"), "From news services", "Times wire services", "From wire service reports". No one's name.
_WIRE_REPORTS = re.compile(r"^(?:from\s+)?(?:\S+\s+)?(?:wire|news)\s+(?:service\s+)?(?:reports?|services?|dispatches)$",
                           re.IGNORECASE)
# A site's account glued to a team word: "BBNTEAM", "webteam", "NEWSDESK" (one word, one case).
_TEAM_ACCOUNT = re.compile(r"^(?:[A-Z0-9]{2,}(?:TEAM|DESK|STAFF|ADMIN|REDAKTION)|[a-z0-9]{2,}(?:team|desk|staff|admin|redaktion))$")
# Words a job title ends with: "Seattle Times business reporter", "Medizinredakteurin".
# The plural too: "World's Editorial Writers" is a newsroom's label, no one.
_ROLE_END = re.compile(rf"(?:{JOB_TITLE_ENDINGS})s?$", re.IGNORECASE)
# A newsroom's titles, capitalised after the paper's name: "Globe Correspondent", "Telegraph Reporters"
# ("Writer" is a surname too).
_NEWSROOM_TITLE = re.compile(r"(?:Reporter|Correspondent|Columnist|Editor|Contributor)s?")
# A photographer's title: the picture's credit, not the text's ("AP Photographer").
_PHOTOGRAPHER = re.compile(r"photograph|fotograf", re.IGNORECASE)
_SQUASH = re.compile(r"[\W_]+")
_WWW = re.compile(r"^www\.", re.IGNORECASE)
# Initials or an abbreviation: an editor's ("det", "nxp") or a publisher's ("DR") beside an agency.
INITIALS = re.compile(r"^(?:[a-zäöü]{2,4}|[A-ZÄÖÜ]{2,3})$")
_EDITOR_INITIALS = re.compile(r"^[bcdfghjklmnpqrstvwxzß]{2,4}$")
# A lower-case word that is no name particle ("von", "de", "van der"): a description, not a name.
_DESCRIPTIVE = re.compile(r"^(?!(?:von|van|de|der|den|da|di|du|del|della|la|le|ter|ten|bin|ibn|al|y|e|zu)$)[a-zäöüßéèà]")
# Words a byline leaves after a name once its date is gone: "am", "on", "le", "el", "vom".
# Name particles ("Michiel de", then "Jong") are not among them.
_TRAILING_WORD = re.compile(r"^(?:am|an|on|at|el|il|vom|um|à)$")


_HAN = re.compile(r"[\u4e00-\u9fff]")


# What no Chinese name holds: a digit or a sentence's punctuation ("半个月涨逾30", "天秤币迷思：真能实现
# 精密的平衡吗", headlines an author box lists under the writer).
_HAN_TEXT_MARK = re.compile(r"[0-9０-９：:，,。？?！!“”]")


# A name followed by a host name in brackets: "Deutsche Welle (www.dw.com)", a publisher naming
# itself with its address (DW's author meta).
_HOST_IN_BRACKETS = re.compile(r"\(\s*(?:https?://)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)/?\s*\)\s*$", re.IGNORECASE)


def _named_with_site_address(name: str, site_names: Iterable[str]) -> bool:
    """A name with the site's own address in brackets after it is the publisher ("Deutsche Welle
    (www.dw.com)" on dw.com); a writer's own blog address after the name ("Jane Roe (janeroe.net)"
    on another site) is no site's."""
    match = _HOST_IN_BRACKETS.search(name)
    if match is None:
        return False
    host = match.group(1).casefold()
    return any(_WWW.sub("", site.strip()).casefold() == host for site in site_names)


def _han_outlet(name: str) -> bool:
    """A Chinese name that is an outlet, a company, a source note, a page's label or a headline, not a
    writer: "证券时报网", "新京报", "IT之家", "青岛软媒网络科技有限公司", "网络整理", "相关文章"
    (lexicon.HAN_OUTLET_ENDINGS, HAN_NO_AUTHOR), a text with a digit or a colon. A one-character
    ending counts from three characters on: a person's two-character name may end in any character."""
    text = "".join(name.split())
    if not _HAN.search(text):
        return False
    return text in HAN_NO_AUTHOR or _HAN_TEXT_MARK.search(text) is not None or any(text.endswith(ending) and (len(ending) > 1 or len(text) >= 3)
                                        for ending in HAN_OUTLET_ENDINGS)


def _key(text: str) -> str:
    return _SQUASH.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def source_credited(text: str) -> str | None:
    """What a printed line credits as where facts came from ("Quelle: Fachinformation ... von
    DHU-Arzneimittel GmbH" -> "Fachinformation ..."), or None when it is no such line. Its names
    are no authors, an agency's aside ("Quelle: dpa")."""
    text = _DAY_BEFORE_HAN_SOURCE.sub("", text.strip())
    if (match := _SOURCE_CREDIT.match(text)) is None:
        return None
    source = text[match.end():].lstrip(" :：")
    return _FIELD_AFTER_HAN_SOURCE.sub("", source) if match.group(0) in ("来源", "來源") else source


def _unaccented(key: str) -> str:
    """Without combining marks: a host name spells "La República" as "larepublica". ASCII text is
    its own NFKD form and holds no combining mark: returned as it is (most names and sites are)."""
    if key.isascii():
        return key
    return "".join(ch for ch in unicodedata.normalize("NFKD", key) if not unicodedata.combining(ch))


def agency_credit(name: str) -> str | None:
    """The agency a name credits, as the page prints it, or None for anything else.

    "dpa", "Agencia EFE", "Reuters News Agency", "(SID)" and "dpa-AFX" are agencies; "Jane Doe"
    and "AP Photo/Jane Doe" are not.
    """
    text = name.strip().strip("()[]").strip()
    if not text or len(text) > 60:
        return None
    key = _key(text)
    if key in AGENCIES or key in _ALIAS_FORMS:
        return text if _as_printed(key, text) else None
    bare = _key(_AGENCY_WORDS.sub(" ", text))
    if bare and bare in AGENCIES and len(bare.split()) <= 3 and _as_printed(bare, text):
        return text
    return None


def _as_printed(key: str, text: str) -> bool:
    """Whether an agency whose acronym is also a word (``CASED_AGENCIES``: "AgE") is printed in its
    own case: "Age" or "AGE" after a name is no agency."""
    name = AGENCIES.get(key)
    return name not in CASED_AGENCIES or name in text.split()


def wire_split(name: str) -> list[str]:
    """A byline piece that glues a wire's name to a reporter's, as two: AP's own byline "By JOSH BOAK
    Associated Press" (no comma before the wire) -> "JOSH BOAK", "Associated Press"; "Jane Roe The
    Associated Press" too. Only a wire named in two words or more after a name of two: a one-word
    wire closing a name may be a surname. A wire's acronym opening a piece of two words is the wire
    and its newsroom's place ("dpa Berlin", "EFE Madrid"; ``sort_line`` drops the place): printed
    in capitals or lower case, never as a first name is ("Antara Sen"), and not before a picture's
    word ("AP Photo" credits a picture). Any other piece stays whole."""
    words = name.split()
    if (wire := _wire_of_title(words)) is not None:
        return [wire]
    if len(words) == 2 and not words[0].istitle() and agency_credit(words[0]) and words[1][:1].isupper() \
            and not _PICTURE_CREDIT.match(words[1]):
        return words
    for size in range(min(4, len(words) - 2), 1, -1):
        if agency_credit(" ".join(words[-size:])):
            return [" ".join(words[:-size]), " ".join(words[-size:])]
    return [name]


def _wire_of_title(words: list[str]) -> str | None:
    """The wire a reporter's title after the name works for: AP's "By Jane Roe, Associated Press
    Writer", "AP Medical Writer", "AP Technology Writers", "Reuters correspondent". The piece is a
    job title (its last word one, ``_ROLE_END``) the wire's name opens, with at most two desk words
    between ("Medical", "White House"); a wire printed as one capitalised word ("Reuters", "Antara")
    only before a lower-case word or the title itself, as a first name never is. A photographer's
    title credits a picture, not the text: no agency."""
    if len(words) < 2 or not _ROLE_END.search(words[-1]) or _PHOTOGRAPHER.match(words[-1]):
        return None
    for size in range(min(4, len(words) - 1), 0, -1):
        wire = " ".join(words[:size])
        if len(words) - size > 3 or not agency_credit(wire):
            continue
        after = words[size]
        if size == 1 and wire.istitle() and len(wire) > 1 and not (after.islower() or after is words[-1]):
            return None
        return wire
    return None


def _canonical_names() -> dict[str, str]:
    """Each printed form's key, bare and whole, to its agency's canonical name."""
    names: dict[str, str] = {}
    for canonical, forms in AGENCY_ALIASES.items():
        for form in (canonical, *forms):
            for key in (_key(form), _key(_AGENCY_WORDS.sub(" ", form))):
                if key:
                    names.setdefault(key, canonical)
    return names


_CANONICAL = _canonical_names()


def canonical_agency(name: str) -> str:
    """The one name of the agency a credit names: "Associated Press" and "(AP)" are "AP", "Agence
    France-Presse" is "AFP", "REUTERS" and "Reuters News Agency" are the lexicon's "Reuters"; a name
    the lexicon knows not stays as printed."""
    text = name.strip().strip("()[]").strip()
    for key in (_key(text), _key(_AGENCY_WORDS.sub(" ", text))):
        if key in _CANONICAL:
            return _CANONICAL[key]
        if key in AGENCIES:
            return AGENCIES[key]
    return text or name


# A name written as a web address, in any script ("LaRepública.pe", "Lebensmittelpraxis.de").
_HOST_NAME = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}$")


def spells_host_name(name: str, organization: str) -> bool:
    """Whether a name spells in words an organization named as its web address: "Lebensmittel
    Praxis" and "Lebensmittelpraxis.de", "La República" and "LaRepública.pe". A publisher naming
    itself by its address is a site, not a person; a personal site's publisher bears its owner's
    name ("Haki Benita"), which this never matches."""
    organization = organization.strip()
    if not _HOST_NAME.match(organization):
        return False
    site = _unaccented(_key(_WWW.sub("", organization).rsplit(".", 1)[0])).replace(" ", "")
    return len(site) >= 3 and _unaccented(_key(name)).replace(" ", "") == site


def names_the_site(name: str, site_names: Iterable[str]) -> bool:
    """Whether a name is one the site goes by ("ZEIT ONLINE" on zeit.de, declared as its
    og:site_name, or its address spelled in words): in a source list "Quelle: ZEIT ONLINE, dpa,
    AFP" it is the publisher, beside the agencies the line credits."""
    key = _key(name)
    return bool(key) and any(_key(site) == key or spells_host_name(name, site) for site in site_names)


def is_publisher(name: str, site_names: Iterable[str]) -> bool:
    """The site, its company, a publication or a placeholder, not a writer: "finanztreff.de",
    "TOUR Magazin" on tour-magazin.de, "Le Monde.fr", "Süddeutsche.de GmbH", "AUTO ZEITUNG", "Presse Augsburg", "The Planetary Press", "Redaktion", "Redacción EC",
    "No Author", "anónimo", a team's account ("BBNTEAM"), an unnamed wire ("From wire reports"), a legal or share link's text ("Terms of Use"); a picture's credit ("Foto: ...") is none either."""
    site_names = list(site_names)
    key = _key(name)
    if not key:
        return True
    if _FURNITURE.search(" ".join(name.split())):
        return True
    if _OUTLET_NAME.match(" ".join(name.split())):
        return True
    if _han_outlet(name) or _named_with_site_address(name, site_names):
        return True
    if key in _NO_AUTHOR or _TEAM_ACCOUNT.match(name.strip()) or _COMPANY.search(name.strip()) or _PUBLICATION.search(name) or _DOMAIN.match(name.strip()) \
            or _OUTLET_DOMAIN.match(" ".join(name.split())):
        return True
    if (_NEWSROOM.match(key) and len(key.split()) <= 4) or (_PICTURE_CREDIT.match(key) and len(key.split()) >= 2):
        return True
    if (_SOURCE_CREDIT.match(key) and len(key.split()) >= 2) or (key in _UNNAMED_CREDITS and (key != "red" or name.strip() == "red")) \
            or _WIRE_REPORTS.match(key):
        return True
    unaccented = _unaccented(key)
    squashed = unaccented.replace(" ", "")
    words = unaccented.split()
    for site in site_names:
        # "www.elcolombiano.com" names the site "El Colombiano"; "La República" is larepublica.pe.
        site_key = _unaccented(_key(_WWW.sub("", site.strip()))).replace(" ", "")
        if len(site_key) < 3:
            continue
        # "finanztreff.de" and "finanztreff", "TOUR Magazin" and "tour-magazin.de": one site, a
        # top-level domain apart.
        # "OÖ Volksblatt" and "volksblatt": a regional prefix apart; "heise online" and "heise":
        # the web edition's word apart.
        # "Betty Crocker Kitchens" on bettycrocker.com: the site's name in two words or more and a
        # word after it names a department of the publisher ("John Smith" on john.com does not).
        if any("".join(words[:count]) == site_key for count in range(2, len(words))):
            return True
        shorter, longer = sorted((squashed, site_key), key=len)
        if (longer.startswith(shorter) or longer.endswith(shorter)) and len(shorter) >= 3 \
                and (len(longer) - len(shorter) <= 4 or longer.removeprefix(shorter) in _EDITION_WORDS):
            return True
    return False


def is_newsroom(line: str) -> bool:
    """A credit line naming a newsroom, its label and all: "Redaktion MSM" after "Von" (a byline
    label strips "Redaktion" off and leaves the initials "MSM", which are no one). "Redaktion: Jane
    Doe" labels a name. A newsroom listed with its wire ("Par Rédaction / AFP", "Por Redacción / EFE",
    French and Spanish papers' form for rewritten agency copy) credits the wire: no newsroom line."""
    key = _key(line)
    return ":" not in line and bool(_NEWSROOM.match(key)) and len(key.split()) <= 4 \
        and not any(agency_credit(part) for part in _LIST_MARK.split(line)[1:])


def is_sentence(line: str) -> bool:
    """A credit line that is a sentence about someone, not a credit: it holds a finite verb or a
    relative pronoun in lower case after its first word ("Jane Roe is a reporter who covers health",
    "selbst ist der Mann"). Its names are no authors; a byline ("By Jane Roe, Health Reporter") has no verb."""
    words = line.split()
    return len(words) >= 3 and any(_SENTENCE_VERB.fullmatch(word.strip(",.;:")) for word in words[1:])


def is_organisation(line: str) -> bool:
    """A byline line naming a public body or an institution as a whole ("By U.S. CUSTOMS AND BORDER
    PROTECTION", a photo credit; "Aussenministerium der Republik Österreich", a ministry's own page;
    an association, "Verein: Historische Wehranlage in Horka", "Bund der Energieverbraucher e.V."):
    no person, and its "and" is no list. A news agency so named ("Ghana News Agency") stays an agency."""
    if _REGISTERED_ASSOCIATION.search(line) and agency_credit(line) is None:
        return True
    found = _ORGANISATION.search(line)
    if found is None and (body := _BODY_OF.search(line)) is not None:
        # "der Stadt Zürich im Auftrag des Bundes" after "Von": the body's own article may open it.
        before = _key(line[: body.start()]).split()
        return not _LIST_MARK.search(line[: body.start()]) and len(before) <= 4 \
            and not _AFFILIATION_WORDS.difference({"der", "des", "de"}).intersection(before) and agency_credit(line) is None
    if found is None or len(_key(line).split()) < 2 or agency_credit(line) is not None:
        return False
    # The body's name opens the line ("U.S. Customs", "Ministry of Health"); a person's affiliation
    # follows a name and a preposition ("Jane Doe of the University of Oxford") or a list mark
    # ("Jane Doe, University of Oxford"). A list mark after the body's head noun is its name's own:
    # "Departement für Wirtschaft, Bildung und Forschung", "Bündnis 90/Die Grünen".
    if _LIST_MARK.search(line[: found.start()]):
        return False
    before = _key(line[: found.start()]).split()
    return len(before) <= 2 and not _AFFILIATION_WORDS.intersection(before)


# A Chinese credit's intern and the names after the word, up to the next role word ("本报记者", "通讯员",
# glued or after a space), a closing bracket, "报道" (reports) or the line's end.
_INTERN_CREDIT = re.compile(r"(?:实习生|實習生)[\s：:]*[^()（）]*?"
                            r"(?=(?:\s+[\u4e00-\u9fff]{0,4}?)?(?:记者|記者|通讯员|通訊員)|\s*(?:[)）]|报道|報導|$))")


def without_interns(credit: str) -> str:
    """A Chinese credit line without its interns: the labelling guide counts the reporters and
    correspondents of "（记者 张伟 实习生 李华）" or "澎湃新闻记者 刘威 实习生 张三" as the people, an
    intern's line (实习生) as no writer's credit, the way a photographer's is none."""
    return _INTERN_CREDIT.sub(" ", credit) if "实习生" in credit or "實習生" in credit else credit


def is_role(name: str) -> bool:
    """A job title printed after the name: its last word says what the person does ("Seattle
    Times business reporter", "Senior Staff Technologist"); two capitalised words are a name."""
    words = name.split()
    return bool(_ROLE_END.search(words[-1])) and (len(words) >= 3 or (len(words) == 2 and words[-1].islower()))


def without_trailers(name: str) -> str:
    """The name without what a byline glues after it: a job title's last word ("Christoph Hein
    Chefredakteur"), the preposition left of a removed date ("dpa am 25.01.2022")."""
    words = name.split()
    while len(words) > 1 and _TRAILING_WORD.match(words[-1]):
        words.pop()
    if len(words) > 2 and _ROLE_END.search(words[-1]):
        words.pop()
    return " ".join(words)


def credit_kind(name: str, site_names: Iterable[str]) -> CreditKind:
    if agency_credit(name) or agency_credit(source_credited(name) or ""):
        return "agency"
    if is_publisher(name, site_names) or is_role(name):
        return "drop"
    return "person"


def sort_line(names: list[str], site_names: Iterable[str]) -> list[tuple[str, CreditKind]]:
    """The names split from one printed byline line, each with what it is.

    After a person's name, a one-word piece that is no agency is the dateline place or the
    person's desk ("Markus Balser, Berlin"); so is one after a wire ("Reuters, London") and one
    after the publisher's name opening the line ("SPIEGEL ONLINE, Hamburg, Germany"); a line naming the publisher's company is an
    imprint ("Example GmbH, Munich, Germany"), all of it.
    """
    sites = list(site_names)
    kinds = [(name, credit_kind(name, sites)) for name in names]
    if any(kind == "drop" and _COMPANY.search(name.strip()) for name, kind in kinds):
        return [(name, kind) for name, kind in kinds if kind == "agency"]
    sorted_names: list[tuple[str, CreditKind]] = []
    seen_person = in_role = seen_agency = False
    with_agency = any(kind == "agency" for _, kind in kinds)
    after_publisher = bool(kinds) and kinds[0][1] == "drop" and is_publisher(kinds[0][0], sites)
    for name, kind in kinds:
        # After a wire too: "Reuters, London", "dpa Berlin" name the wire's newsroom.
        if kind == "person" and (seen_person or after_publisher or seen_agency) and len(name.split()) == 1:
            kind = "drop"
        seen_agency = seen_agency or kind == "agency"
        # "Jane Doe, Senior Technologist, ACLU Speech, Privacy, and Technology Project": what
        # follows a job title is the rest of it.
        if kind == "drop" and seen_person and is_role(name):
            in_role = True
        elif in_role and kind == "person":
            kind = "drop"
        # After a name, the paper's word and a newsroom title in capitals ("Jane Roe, Globe
        # Correspondent", "HealthDay Reporter", "Telegraph Reporters") are the writer's title: no
        # one's surname is such a title.
        if kind == "person" and seen_person and len(words := name.split()) == 2 and _NEWSROOM_TITLE.fullmatch(words[-1]):
            kind = "drop"
        # After a name, a piece with a lower-case word that is no name particle describes the
        # person ("Seattle Times business [reporter]").
        if kind == "person" and seen_person and any(_DESCRIPTIVE.match(word) for word in name.split()):
            kind = "drop"
        # After a name, a body's name is the body the person writes for ("Jane Roe, Bund der
        # Energieverbraucher"), not a second writer.
        if kind == "person" and seen_person and is_organisation(name):
            kind = "drop"
        # "det/dpa", "KNA, DR": beside an agency, initials and abbreviations name nobody a reader knows.
        if kind == "person" and with_agency and INITIALS.match(name):
            kind = "drop"
        # Lower-case consonants alone ("cpm" closing kirche-und-leben's text, its schema.org author
        # too) are an editor's initials anywhere: no one's name ("john", a login, has a vowel).
        if kind == "person" and _EDITOR_INITIALS.match(name):
            kind = "drop"
        if kind == "person" and len(name.split()) >= 2:
            seen_person = True
        sorted_names.append((name, kind))
    return sorted_names
