"""Recognisers for the kinds of standalone text a legacy dossier holds.

Parsers ask a ``Detectors`` bundle what a block of text is, rather than knowing
phrases themselves, so a site can teach the importer its own wording through the
``WAGTAIL_DOSSIERS["DETECTORS"]`` setting (dotted paths to subclasses of
``Detector``). Each detector is tried in order; the first one that answers wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .document import CallToAction, Contact, Lines

# Bounded, and starting only where a word starts: linear in the text, even on a 100 KB word.
EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}", re.UNICODE)
PHONE_RE = re.compile(r"(?:\+|\b0)\d[\d /.()-]{6,24}\d")
# An address written so that robots miss it: `an.peeters [at] demos.be`, `an (at) demos.be`.
HIDDEN_EMAIL_RE = re.compile(
    r"(?<![\w.+-])([\w.+-]{1,64}) ?[\[(]\s?(?:at|@)\s?[\])] ?([\w-]{1,63}(?:\.[\w-]{1,63}){1,8})"
)


class Detector:
    """Base class: override the methods for the kinds of text you recognise.

    Every method receives the text of one standalone block (a paragraph or a line,
    whitespace already normalised) and answers ``None`` / ``False`` when it does not apply.
    """

    def is_debris(self, text: str) -> bool:
        """Web-export leftovers with no place in the page (they go to the report)."""
        return False

    def call_to_action(self, text: str, lines: Lines) -> CallToAction | None:
        return None

    def contact(self, text: str, lines: Lines) -> Contact | None:
        return None


_SOCIAL = "(facebook|instagram|linkedin|twitter|youtube)"
_SIZE = (
    "(a[+-]?|verkleinen|vergroten|herinitialiseren|resetten|reset|kleiner|groter|"
    "(tekst|letter)grootte|text size|font size|increase|decrease)"
)
# Skip links: `Skip to content`, `Overslaan en naar de inhoud gaan`, `Inhoud overslaan`. The
# site prints one first, above its menus: where it stands, the page's content begins.
SKIP_LINK_PATTERNS = [
    r"skip to (main )?content",
    r"ga (direct )?naar (de )?(hoofd)?inhoud",
    r"naar (de )?inhoud",
    r"(overslaan en )?(ga |spring )?naar (de )?(hoofd)?inhoud( gaan| springen)?",
    r"(de )?(hoofd)?inhoud overslaan|skip (navigation|to (main )?(content|navigation))",
    # … in French and German: `Aller au contenu`, `Direkt zum Inhalt`.
    r"(aller|passer|accéder)( directement)? (au|à la) (contenu|navigation|menu)( principal)?",
    r"(direkt )?zu(m|r) (haupt)?(inhalt|navigation)( springen| wechseln)?|inhalt überspringen",
    # … and the anchor it jumps to, printed where the content starts: `Main Content Anchor`.
    r"(start of )?(the )?main content( anchor| starts here)?|content anchor",
]
# Skip links on one line, parted by bars: `Aller au contenu. | Aller à la navigation`.
_SKIP_LINK = "|".join(f"(?:{p})" for p in SKIP_LINK_PATTERNS)
SKIP_LINKS = rf"(?:{_SKIP_LINK})(?:\.?\s*[|·]\s*(?:{_SKIP_LINK}))*"
# What heads a menu of the page's own parts, its links lost: `Snel naar:`, `Op deze pagina:`
# (a document's `Inhoudsopgave` may be its own text, a list of its chapters).
CONTENTS_LABEL = (
    r"(((ga )?snel|spring|rechtstreeks) naar|(jump|go) to|"
    r"(op|in) (deze|dit) (pagina|artikel|dossier)|on this page|in this (article|section)|"
    r"auf dieser seite|in diesem artikel|"
    r"sur cette page|dans cet article)\s*:?"
)
CONTENTS_LABEL_RE = re.compile(CONTENTS_LABEL, re.IGNORECASE)

DEBRIS_PATTERNS = [
    SKIP_LINKS,
    # A text-size widget's buttons: `Verkleinen Herinitialiseren Vergroten`, `A- A A+`, perhaps
    # with its help button (`A A ?`).
    rf"{_SIZE}(\s+{_SIZE})+(\s+\?)?",
    # A cookie notice, not any sentence that mentions cookies (`we bakken cookies`).
    r"(?=.*\bcookies?\b)(?=.*\b(?:gebruik\w*|accept\w*|aanvaard\w*|akkoord|toestemming|"
    r"instellingen|voorkeuren|beleid|website|site|uses?|settings|consent|policy|"
    r"preferences|agree)\b).*",
    r"cookies?|cookie[- ]?(beleid|instellingen|voorkeuren|verklaring|policy|settings|preferences)",
    r"(deel|share)( deze pagina| this page| dit artikel| this article)?"
    r"( met je vrienden| with (your )?friends)?( via)?:?",
    r"(terug )?naar (de )?(boven|top)( van de pagina)?",
    # A logo's link, its alt text perhaps cut off: `Gemeente X - naar homepage`.
    r"(.{0,80}\s[-–|]\s)?(terug )?naar (de )?(homepage|startpagina)",
    r"back to top|top of (the )?page|[↑▲^]?\s*top\s*[↑▲^]?",
    # A widget asking about the page itself: `Iets toe te voegen aan deze pagina?`.
    r"(iets toe te voegen aan|vond je|was|is|heb je iets aan) (deze|dit|this) "
    r"(pagina|page|informatie|artikel)( nuttig| useful| helpful)?\??",
    r"(hoe (nuttig|handig|duidelijk) (vind|vond) (je|jij|u)|how (useful|helpful) (is|was|did you "
    r"find)) (deze|dit|this) (pagina|page|informatie|information|artikel|article)\??",
    r"(help (us )?improve|verbeter|help ons verbeteren) (this|deze) (web)?(page|pagina)",
    # A pager's links: `Next page:`, `Vorige pagina`.
    r"(next|previous|volgende|vorige) (page|pagina|artikel|article):?",
    r"(print|afdrukken)( deze pagina| this page)?",
    r"menu",
    # The parts a CMS (Plone) names around the page: its menu, the reader's tools, the page's.
    r"navigation|navigatie|main menu|hoofdmenu|menu de navigation|navigationsmenü|"
    r"personal tools|outils personnels|persönliche werkzeuge|"
    r"document actions|actions sur le document|dokumentaktionen",
    # A widget's instructions for the keyboard: `Press Enter to show all options, press Tab …`.
    r"(press|druk op|use|gebruik) (the |de )?(enter|tab|esc|escape|arrow|pijl)\b.*",
    # What a blog prints around a post: its gadgets (`Pages`, `Blog Archive`) and the comment
    # form under it (`No comments:`, `Post a Comment`, `Geef een reactie`).
    r"pages|blog archive|blogarchief|(older|newer) posts?|(oudere|nieuwere) berichten|"
    r"(no|\d+) comments?|post a comment|leave a (reply|comment)|(geen|\d+) reacties?|"
    r"(geef|plaats|schrijf) een reactie|laat een reactie achter|"
    r"reageer( op (dit|deze|het) (item|bericht|artikel|blog|nieuwsbericht))?|"
    r"(reply|comment) (to|on) this (post|item|article)|"
    r"subscribe to: .*|abonneren op: .*|"
    # … and what it files the post under: `Thema's: Nieuwsblog`, `Tags: jeugd, sport`.
    r"(thema's|categorieën|categories|tags|filed under|posted in|geplaatst in|labels)\s*:.*",
    # An account's links, and what a SharePoint site prints around its ribbon.
    r"sign in|log in|login|inloggen|navigate up|quick launch|skip ribbon commands",
    # A menu of the page's own parts, its links lost (`Snel naar:`, `On this page:`), and the
    # teasers of other posts under it (`Meer berichten`, `More news`).
    CONTENTS_LABEL,
    r"quick links:?|"
    r"meer (berichten|nieuws(berichten)?)|more (posts|news|stories)|(alle|all) (news|nieuws)",
    r"(site ?index|site ?map|sitemap|sitekaart):?",
    # A form's message about itself, printed with the page: `Velden zijn niet correct ingevuld`.
    r"((een of meer|één of meer|sommige|one or more|some) )?(velden|veld|fields?) (zijn|is|are) "
    r"(niet (correct|juist|goed) ingevuld|verplicht|required|invalid|not (filled in )?correct(ly)?"
    r"( filled in)?)\.?",
    # A menu's button to close it, or to open it (a bare `Open` is an opening hour's).
    r"(menu )?sluiten|menu (openen|sluiten)|(close|open) menu|menu (close|open)|close",
    # What an e-mail address became where the site hid it from robots: the address is gone.
    r"\[email\s*protected\]",
    r"zoeken|search|filter(s|en)?|(filter|verfijn) (resultaten|results)",
    # A search box that names the site: `Search gov.ie`, `Zoeken op deze website`.
    r"(zoek(en)?|search)( (op|in|on))? ([\w-]+\.)+[a-z]{2,4}|"
    r"(zoek(en)?|search)( (op|in|on|within))? (this|the|deze|de) (site|website)",
    r"home( ?[>»/›].*)?",
    # A site's copyright line (a year, a legal form, rights); `© Naam` alone is a photo credit.
    r"(©|\(c\)|copyright).*(\d{4}|vzw|rechten|rights).*",
    r"(alle rechten voorbehouden|all rights reserved)\.?",
    r"(privacy(verklaring| policy| statement)?|disclaimer)( ?[|·•-] ?.*)?",
    r"(volg ons|follow us)( op| on)?( facebook| instagram| linkedin| twitter| x)*:?",
    rf"{_SOCIAL}( ?[|·•-] ?{_SOCIAL})*",
    r"(inschrijven|schrijf je in) (op|voor) (onze )?nieuwsbrief.*",
    # Breadcrumbs, buttons and widgets that old sites print around the content.
    r"(u|je|you) (bent|are) hier:?.*|(you are here|kruimelpad|vous êtes ici|sie sind hier)\s*:?.*",
    r"[<«‹]?\s*(lees|read) (meer|verder|more)\s*[>»›]?",
    r"scroll (naar|to) (de )?(boven|top)",
    # … perhaps glued to the next button (`Printervriendelijke versiePDF version`).
    r"print(er)?vriendelijke versie(\s*pdf( version| versie)?)?|printer[- ]?friendly( version)?",
    r"(provider )?image|\[[^\]]*\blogo\b[^\]]*\]",
    # A link's tooltip left as a line, perhaps glued to the icons after it (Joomla's `Let
    # op: opent in een nieuw venster PDFAfdrukkenE-mail`).
    r"(let op: ?)?(\(?(opent|opens) in (een |a )?(nieuw|new) (venster|tabblad|window|tab)\)?).*",
    # What an embedded file or video left: the media's type, `Remote file`, `Remote video`.
    r"remote (file|video)|embedded (media|video)",
    r"(nl|fr|en|de)( ?[/|] ?(nl|fr|en|de))+",
    r"zoek( naar)?:?",
    # A search box's prompt: `Waar ben je naar op zoek?`, `What are you looking for?`.
    r"(waar ben je naar op zoek|waarnaar ben je op zoek|wat zoek je|what are you looking for|"
    r"waarmee kunnen (we|wij) (je|u) (van dienst zijn|helpen)|how can we help( you)?)\??",
    # The buttons of a search box or a menu: `Sluit zoekveld`, `Close search`.
    r"((sluit|open|toon|verberg) )?(het )?(zoekveld|zoekvenster|zoekbalk)|"
    r"(sluit|open) (het )?menu|(close|open|show|hide) (the )?(search|menu)( bar| box| field)?",
    r"\d{5,}",  # a page's number in the CMS, printed alone
    r"\*\|[\w:]+\|\*",  # a mailing's merge tag left unfilled (`*|MC:SUBJECT|*`)
    # The CMS's type of the page, printed alone above it: `Artikel`, `Persbericht`.
    r"artikel|article|nieuwsbericht|news item|persbericht|press release|blogpost|blogbericht|"
    r"reportage|column|opinie|opinion",
    # A blog's archive says what it lists above its name: `Category`, `Tag`.
    r"category|categorie|tag",
    r"[<«‹]?\s*(terug|back) (naar|to) (het |de |the |all |alle )?(latest |laatste )?"
    r"(overzicht|home|vorige|previous|nieuws|news|berichten|posts|blog|agenda|events)"
    r"( pagina| page)?",
    # … or to the page above it, by its name as the menu prints it (`Back to WHAT WE DO`), not
    # a heading that says where a story goes (`Back to School`, `Terug naar Zee`).
    r"[<«‹]?\s*(terug|back) (naar|to) (?-i:[A-ZÀ-Þ0-9][A-ZÀ-Þ0-9&'’-]*(\s+[A-ZÀ-Þ0-9&'’-]+){0,3})",
    r"[<«‹]?\s*(terug|back|vorige|previous)\s*",  # a back button
    r"(gepubliceerd|geplaatst|gepost|laatst (bijgewerkt|gewijzigd)|published|posted|updated|"
    r"publiée?|mise? à jour|veröffentlicht|aktualisiert)( op| on| le| am)?:? .*\d.*",
    # The stamp alone, its date lost in the export: `Bijgewerkt op:`, `Gepubliceerd:`.
    r"(gepubliceerd|geplaatst|gepost|(laatst )?(bijgewerkt|gewijzigd)|published|posted|"
    r"(last )?updated)( op| on)?",
    r"leestijd:? .*\d.*|reading time:? .*\d.*|\d+ min(uten)? (leestijd|lezen|read)",
    # Where a blog filed the post: `Filed under: Nieuws`, `Tags: vrijwilligers, zorg`.
    r"(filed under|posted in|geplaatst in|gepost in|categorie(ën)?|categor(y|ies)|tags|"
    r"trefwoorden):.*",
    # An article's byline, a name of two words or more and nothing else: `Door Erik Vanhee`.
    # Also as a blog prints it: `A story by The Yard`, `Een verhaal van An Claes`, `Posted by …`.
    r"((a|an) (story|article|post|blog|report|interview) by|een (verhaal|artikel|interview|blog) "
    r"(van|door)|posted by|gepost door|geplaatst door|geschreven door|tekst door|door|written by|"
    r"by)\s+(?-i:[A-ZÀ-Þ][\w'’.-]*)"
    r"(\s+((van|de|der|den|ten|ter|von|le|la|du)\s+)*(?-i:[A-ZÀ-Þ][\w'’.-]*)){1,3}",
    # … or a blog's author that is a team or a rubric: `By Community building`.
    r"by\s+(?-i:[A-ZÀ-Þ])[\w'’.-]*(\s+[\w'’.-]+){0,2}",
]

CALL_TO_ACTION_PATTERNS = [
    r"\blaat (het|ze|dit|iets)? ?(ons|me|mij) (iets )?weten\b",
    r"\bmeld (het|je|ze|dit) (aan|bij ons)\b",
    r"\bstuur (het|ze|dit|je \w+) (naar|door naar) ons\b",
    r"\bschrijf je (nu )?in\b",
    r"\b(doe|denk) (mee|met ons mee)\b",
    r"\blet us know\b",
    r"\b(please )?r\.?s\.?v\.?p\b",  # reply, say whether you come
    r"\bsign up\b",
    r"\bget in touch\b(?! with [A-Z])",
    # A short line that opens with an imperative invitation (`Ontdek het aanbod`).
    r"^\W*(lees|ontdek|bekijk|klik|maak kennis|stel je kandidaat|word lid|meld je aan|neem deel|"
    r"download|registreer|ga naar|surf naar|read|discover|find out|join|register|"
    r"deel (je|jouw|uw|het|dit)|vertel (het )?ons|steun ons|abonneer je|"
    r"share (your|this|it|the)|tell us|support us|subscribe|get involved|donate|"
    # … to visit, view, apply or fill something in, or to call or write the writer (not the
    # noun a heading may open with: `Bezoek aan de Kamer`, `View of the harbour`).
    r"bezoek(?! (aan|van|door|bij)\b)|view(?! (of|from)\b)|visit(?! (of|to|from|by)\b)|"
    r"apply (now|online|here|for)|fill (in|out)|"
    r"give us a (call|ring)|call us|e-?mail us|bel ons|mail ons|contacteer ons|"
    r"contact (any|other|one|a|an|the|your|our)|come (on down|along|and)|kom (langs|eens)|"
    r"help (ons|us|mee)|help je mee|zie ook|see also|sluit je (nu |dan )?aan|"
    r"drop us (a line|an? e-?mail|a note|a message)|"
    r"please (e-?mail|contact|call|visit|send|complete|fill|register|join|apply|get in touch))\b",
    # … or to hand something in, in one sentence (a procedure's step says more: `Dien je
    # aanvraag acht weken vooraf in. Dan …`).
    r"^\W*((dien|vul) (je|jouw|uw|het|de|een)\b[^.?!]{0,60}\bin|"
    r"vraag (je|jouw|uw|het|de|een)\b[^.?!]{0,60}\baan)\b[^.?!]*[.!]?\s*$",
    # An opening that says what for, then what to do: `For questions, email Tammy …`.
    r"^\W*(for|voor) (more |meer )?(questions|information|info|help|assistance|vragen|"
    r"informatie|hulp)\b[^.?!]{0,40},\s*(please )?(email|e-mail|call|contact|visit|write|"
    r"mail|bel|contacteer|surf|schrijf)\b",
    r"\b(klik|click) (hier|here|om|to)\b",
    # What to do if the reader is asked, in one sentence: `Heb je vragen over X, stuur dan een
    # berichtje naar …`, `If you can spare an hour, … then please contact the secretary …`.
    r"^\W*(heb|wil|ben|zoek|wens|kan) (je|jij|u)\b[^.?!]{0,160},\s*(\w+ )?"
    r"(stuur|neem|contacteer|mail|bel|kom|meld|schrijf|vul|dien|laat)\s+((je|jij|u) )?"
    r"(dan|gerust)\b([^.?!]|\.(?=\w))*[.!]?\s*$",
    r"^\W*if you\b[^.?!]{0,200}\b(then|,)\s*(please )?((contact|e-?mail|call|write to) (us|me|the|"
    r"our|your|one|any|a|an)\b|get in touch|drop us|come along|join|get involved)"
    r"([^.?!]|\.(?=\w))*[.!]?\s*$",
    r"^\W*wil je (graag )?(meer )?(weten|info|informatie)\b",
    # A question to the reader, then what to do about it: `Interesse? Neem contact op …`.
    # … or an arrow to the link that answers it: `De sector leren kennen? -> dit filmpje!`.
    r"\?\s*(->|→|»|>>)|"
    r"\?\s+(bekijk|ontdek|lees|neem|contacteer|mail|bel|schrijf|stuur|surf|kom|vraag|dien|vul|"
    r"meld|have a look|take a look|contact|call|email|write|visit|apply|register|join)\b",
]

# `Contact: Naam, functie, e-mail, tel.`: the fields after the label, comma by comma.
FIELDS_RE = re.compile(r"\s*(?P<label>contact(?:persoon| person)?\s*:)\s*(?P<fields>.+)", re.I)

CONTACT_PATTERNS = [
    r"\bget in touch with [\w'’-]+(?: [\w'’-]+)?",
    r"\bneem (gerust )?contact op( met [\w'’-]+(?: [\w'’-]+)?)?",
    r"\bcontacteer( [\w'’-]+)?",
    r"\bcontact(eer)? (us|me|ons)\b",
    r"\bcontact( person| persoon)?:",
]


def _compile(patterns: Iterable[str]) -> list[re.Pattern[str]]:
    return [re.compile(p, re.IGNORECASE | re.UNICODE) for p in patterns]


def _any(patterns: Iterable[str]) -> re.Pattern[str]:
    """One pattern for many (`fullmatch` of it is `any(fullmatch)` of them), matched at C speed."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE | re.UNICODE)


SKIP_LINK_RE = _any([SKIP_LINKS])


class DefaultDetector(Detector):
    """Dutch and English phrasing seen in Flemish socio-cultural dossier exports."""

    debris = _any(DEBRIS_PATTERNS)
    calls_to_action = _any(CALL_TO_ACTION_PATTERNS)
    contacts = _compile(CONTACT_PATTERNS)

    def is_debris(self, text: str) -> bool:
        # A link's arrows are no words: `Back to top >>` is `Back to top`.
        stripped = text.strip().strip(" <>«»‹›→←").rstrip(".:").strip()
        # Debris is short: a long paragraph that mentions cookies is content.
        if len(stripped) > 160:
            return False
        return self.debris.fullmatch(stripped) is not None

    def call_to_action(self, text: str, lines: Lines) -> CallToAction | None:
        if self.calls_to_action.search(text):
            return CallToAction(text=text, lines=lines)
        return None

    def contact(self, text: str, lines: Lines) -> Contact | None:
        if fields := _contact_fields(text, lines):
            return fields
        if held := ROLE_HELD_RE.fullmatch(text) or HOLDER_RE.fullmatch(text) or _officer(text):
            return Contact(name=held["name"], lines=lines, role=held["role"])
        email = EMAIL_RE.search(text)
        # Addresses and numbers move to their own fields: blank out exactly the spans
        # found (the same text may occur twice), so every other word stays.
        rest = _blank(text, email)
        phone = PHONE_RE.search(rest)
        rest = _blank(rest, phone)
        action = next((m for p in self.contacts if (m := p.search(text))), None)
        role = ""
        if not action and not (email and _looks_like_a_name(rest)):
            return None
        if action:
            name, label = rest[: action.start()], rest[action.start() :]
            if not _could_be_a_name(name):
                return None  # `Wil je meer weten, contacteer dan …`: an invitation, no person
        else:
            # No phrase to split on: the text beside the address is the name, less the role
            # before it and a field's label after it (`Voorzitter: An Peeters – E an@…`);
            # whatever the fields leave out, the builder keeps for the report.
            name, label = rest, ""
            if lead := ROLE_LEAD_RE.match(name):
                role, name = lead["role"], name[lead.end() :]
            name = FIELD_LABEL_RE.sub("", name)
        return Contact(
            name=" ".join(name.split()).strip(" ,;:-–"),
            lines=lines,
            role=role,
            action_label=" ".join(label.split()).strip(" ,;:-–"),
            email=email.group(0) if email else "",
            phone=phone.group(0).strip() if phone else "",
        )


def _contact_fields(text: str, lines: Lines) -> Contact | None:
    """`Contact: Tom Claes, jeugdconsulent, tom@x.be, 050 12 34 56` read field by field."""
    found = FIELDS_RE.fullmatch(text)
    if found is None:
        return None
    parts = [part.strip() for part in found["fields"].split(",") if part.strip()]
    contact = Contact(name="", lines=lines, action_label=found["label"].rstrip(":").strip())
    rest = []
    for part in parts:
        if not contact.email and EMAIL_RE.fullmatch(part):
            contact.email = part
        elif not contact.phone and PHONE_RE.fullmatch(part):
            contact.phone = part
        else:
            rest.append(part)
    if not rest or not _looks_like_a_name(rest[0]):
        return None
    contact.name, contact.role = rest[0], ", ".join(rest[1:])
    return contact


# A role before the name in a contact line: `Voorzitter: `, `Contactpersoon jeugd: `.
ROLE_LEAD_RE = re.compile(r"\s*(?P<role>[A-ZÀ-Þ][\w'’-]*(?: [\w'’-]+)?)\s*:\s+(?=[A-ZÀ-Þ])")
# The roles a council or an association has one of (`Voorzitter`, `Bevoegde schepen`,
# `Council Vice Chair`, `Parish Clerk`), and a person's name (`Marie van den Berg`).
_ROLE = (
    r"(?i:(?:(?:ad interim|bevoegde|plaatsvervangend|dagelijks|algemeen|council|parish|town|deputy|"
    r"assistant|vice|minutes|correspondence|membership|musical) ){0,2}"
    r"(?:(?:onder|vice[- ]?)?voorzit(?:ter|ster)|secretaris|penningmeester|"
    r"director|directeur|dirigent|conductor|choreographer|sec|secretariaat|"
    # … and whoever keeps something (`Penningmeester`, `Materiaalmeester`, `Zaalmeester`).
    r"\w*meester|"
    r"co[öo]rdinator|contactpersoon|verantwoordelijke|schepen|burgemeester|"
    r"(?:vice[- ]?)?chair(?:person|man|woman)?|secretary|treasurer|coordinator|contact person|"
    r"clerk|councillor|mayor|(?:bestuurs|committee |board )?(?:lid|member)))"
)
ROLE_RE = re.compile(rf"\s*{_ROLE}\s*")
_PERSON = (
    r"[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:(?:van|de|der|den|ten|ter|le|la|du|von)\s+)*"
    r"[A-ZÀ-Þ][\w'’.-]*){1,3}"
)
# Who holds which role: `Voorzitter: Jan Smis`, `Chairman – Phil Cooke`, `Tony Cross –
# Council Chairman`.
ROLE_HELD_RE = re.compile(rf"\s*(?P<role>{_ROLE})(?:\s*:\s*|\s+[–—-]\s+)(?P<name>{_PERSON})\s*")
# … also with no mark between, as a committee's officers are listed (`Treasurer Dave Brolly`),
# where the words after the role name a person, not the body it serves (`Secretaris
# Cultuurraad Asse`).
ROLE_THEN_NAME_RE = re.compile(rf"\s*(?P<role>{_ROLE})\s+(?P<name>{_PERSON})\s*")
BODY_NAME_RE = re.compile(
    r"\w*(?:raad|vereniging|kring|vzw|club|koor|fonds|comité|huis|centrum|dienst|gemeente|"
    r"harmonie|fanfare|orkest|band|choir|orchestra|"
    r"council|society|association|trust|group|committee|board|centre|center)\b",
    re.IGNORECASE,
)
HOLDER_RE = re.compile(rf"\s*(?P<name>{_PERSON})\s+[–—-]\s+(?P<role>{_ROLE})\s*")
# … or the role after a comma or in brackets, as a board's members are listed (`Hans van
# Leeuwen, voorzitter`, `Ann Claes (secretaris)`).
NAMED_ROLE_RE = re.compile(
    rf"\s*(?P<name>{_PERSON})\s*(?:,\s*(?P<role>{_ROLE})|\(\s*(?P<bracketed>{_ROLE})\s*\))\s*"
)


def _officer(text: str) -> dict[str, str] | None:
    """A person and the role they hold, the name not a body's (`Secretaris Cultuurraad Asse`
    names the council the secretary serves): `Treasurer Dave Brolly`, `An Peeters, voorzitter`."""
    if held := ROLE_THEN_NAME_RE.fullmatch(text):
        found = {"name": held["name"], "role": held["role"]}
    elif held := NAMED_ROLE_RE.fullmatch(text):
        found = {"name": held["name"], "role": held["role"] or held["bracketed"]}
    else:
        return None
    return None if BODY_NAME_RE.search(found["name"]) else found


# A field's label left after the name once its address is taken: `– E`, `- Tel.`, `e-mail:`.
FIELD_LABEL_RE = re.compile(r"\s*[–—-]?\s*\b(?:e|t|m|tel|gsm|e-?mail|mail)\b\.?\s*:?\s*$", re.I)

# Small words inside a name: `Marie van den Berg`, `Jan De Smet`.
NAME_PARTICLES = frozenset(
    ["van", "de", "der", "den", "ten", "ter", "te", "le", "la", "du", "di", "da", "von", "vd"]
)


def _could_be_a_name(text: str) -> bool:
    """Nothing, or a few capitalised words (particles aside), perhaps a role after a comma:
    what precedes `Neem contact op` (`Sofie Claes, educatief medewerker`)."""
    name, *role = re.split(r"[,:]", text, maxsplit=1)
    if role and len(role[0].split()) > 5:
        return False
    tokens = [token.strip(",;:-–()") for token in name.split()]
    tokens = [token for token in tokens if token]
    return len(tokens) <= 6 and all(
        token[0].isupper() or token.casefold() in NAME_PARTICLES or not token[0].isalpha()
        for token in tokens
    )


def _looks_like_a_name(text: str) -> bool:
    """What stands beside an address in a contact line: a name, maybe a role; no sentence.

    So that "Laat het ons weten via info@…" is a call to action, not a person.
    """
    return len(text.split()) <= 8 and not re.search(r"[?!]|\.(\s|$)", text.strip())


def _blank(text: str, match: re.Match[str] | None) -> str:
    """``text`` with the span of ``match`` replaced by spaces (positions stay valid)."""
    if match is None:
        return text
    return text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]


@dataclass
class Detectors:
    """An ordered bundle of detectors; parsers call this, never a single detector."""

    detectors: list[Detector] = field(default_factory=lambda: [DefaultDetector()])

    def is_debris(self, text: str) -> bool:
        return any(d.is_debris(text) for d in self.detectors)

    def call_to_action(self, text: str, lines: Lines) -> CallToAction | None:
        return next((r for d in self.detectors if (r := d.call_to_action(text, lines))), None)

    def contact(self, text: str, lines: Lines) -> Contact | None:
        return next((r for d in self.detectors if (r := d.contact(text, lines))), None)
