"""Test documents for the patterns real council documents use, and the principles a reader must
find in them (label, title). Written for these tests in the style of the documents councils
publish; the format tests render the same documents as Word and PDF files."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Pattern:
    name: str
    text: str
    principles: list[tuple[str, str]]  # (label, title)
    reason: str  # the chosen candidate's reason code ("" when none is chosen)
    title: str = ""  # the document title, when the pattern is about it


MIXED_LEVELS = Pattern(
    "mixed heading levels",
    "# Beleidskader Sociaal Domein 2025-2028\n\n"
    "## Inleiding\n\n"
    "Het college legt hierbij het beleidskader voor. Het kader kent zes thema's die richting geven aan de inkoop.\n\n"
    "#### **1. Preventie en vroegsignalering**\n\n"
    "We investeren in het voorveld, zodat problemen vroeg worden gezien en klein blijven.\n\n"
    "## **2. Zorg dichtbij huis**\n\n"
    "Ondersteuning wordt in de wijk georganiseerd, in de buurt van school en gezin.\n\n"
    "### **3. Eigen kracht en netwerk**\n\n"
    "We gaan uit van wat inwoners zelf en met hun omgeving kunnen.\n\n"
    "#### **4. Passende ondersteuning**\n\n"
    "De hulp past bij de vraag en duurt niet langer dan nodig.\n\n"
    "## **5. Samenwerking met partners**\n\n"
    "Aanbieders, scholen en huisartsen werken samen rond het gezin.\n\n"
    "### **6. Sturen op resultaat**\n\n"
    "We maken afspraken over wat de hulp oplevert en volgen die jaarlijks.\n\n"
    "## Bijlage 1: Planning\n\n"
    "1. Vaststelling door de raad\n2. Start van de aanbesteding\n3. Ingang van de nieuwe contracten\n",
    [
        ("1", "Preventie en vroegsignalering"),
        ("2", "Zorg dichtbij huis"),
        ("3", "Eigen kracht en netwerk"),
        ("4", "Passende ondersteuning"),
        ("5", "Samenwerking met partners"),
        ("6", "Sturen op resultaat"),
    ],
    "longest_run",
)

CHAPTERS_AND_CONTENTS = Pattern(
    "chapters and a table of contents",
    "Raadsvoorstel inkoop jeugdhulp 2026\n\n"
    "Inhoudsopgave\n\n"
    "1. Inleiding ........................ 2\n"
    "2. Achtergrond ...................... 3\n"
    "3. Uitgangspunten ................... 4\n"
    "4. Financiën ........................ 6\n\n"
    "1. Inleiding\n\n"
    "Het college vraagt de raad in te stemmen met het kader voor de inkoop van jeugdhulp vanaf 2026.\n\n"
    "2. Achtergrond\n\n"
    "De huidige contracten lopen op 31 december 2025 af. De regio koopt opnieuw in.\n\n"
    "3. Uitgangspunten\n\n"
    "Bij de inkoop hanteren wij de volgende uitgangspunten:\n\n"
    "1. Kwaliteit gaat voor prijs\n"
    "2. Zorg zo dicht mogelijk bij huis\n"
    "3. Minder administratieve lasten\n"
    "4. Langdurige samenwerking met aanbieders\n\n"
    "4. Financiën\n\n"
    "Het budget voor jeugdhulp is 48 miljoen euro per jaar.\n",
    [
        ("1", "Kwaliteit gaat voor prijs"),
        ("2", "Zorg zo dicht mogelijk bij huis"),
        ("3", "Minder administratieve lasten"),
        ("4", "Langdurige samenwerking met aanbieders"),
    ],
    "named_principles",
)

CHAPTERS_ONLY = Pattern(
    "chapters only",
    "Notitie evaluatie jeugdhulp\n\n"
    "1. Inleiding\n\nDeze notitie blikt terug op de eerste twee jaar van de nieuwe contracten.\n\n"
    "2. Achtergrond\n\nIn 2023 zijn de contracten ingegaan na een openbare aanbesteding.\n\n"
    "3. Bevindingen\n\nDe wachttijden zijn korter geworden, de kosten zijn gestegen.\n\n"
    "4. Conclusie\n\nHet kader werkt, maar de kosten vragen aandacht.\n",
    [],
    "",
)

BULLETS_LEAD_IN = Pattern(
    "bullets after a lead-in",
    "Kadernota Wmo 2026\n\n"
    "Inwoners moeten kunnen rekenen op ondersteuning die past bij hun leven. We doen dit langs vier lijnen:\n\n"
    "- Ondersteuning begint bij de vraag van de inwoner\n"
    "- Algemene voorzieningen gaan voor maatwerk\n"
    "- Mantelzorgers worden ontlast\n"
    "- De toegang is eenvoudig en snel\n\n"
    "Financiën\n\nDe uitvoering past binnen de begroting.\n",
    [
        ("1", "Ondersteuning begint bij de vraag van de inwoner"),
        ("2", "Algemene voorzieningen gaan voor maatwerk"),
        ("3", "Mantelzorgers worden ontlast"),
        ("4", "De toegang is eenvoudig en snel"),
    ],
    "lead_in",
)

BULLETS_MEEGEVEN = Pattern(
    "bullets after a council's lead-in",
    "Zienswijze op de regionale inkoopstrategie\n\n"
    "De raad heeft de strategie besproken in de commissie van 4 februari.\n\n"
    "De raad geeft het college het volgende mee:\n\n"
    "▪ Houd de toegang tot jeugdhulp lokaal.\n"
    "▪ Betrek ervaringsdeskundigen bij de selectie van aanbieders.\n"
    "▪ Rapporteer twee keer per jaar over de wachttijden.\n\n"
    "Met vriendelijke groet,\n\nde griffier\n",
    [
        ("1", "Houd de toegang tot jeugdhulp lokaal."),
        ("2", "Betrek ervaringsdeskundigen bij de selectie van aanbieders."),
        ("3", "Rapporteer twee keer per jaar over de wachttijden."),
    ],
    "dictum",
)

BULLETS_SPEERPUNTEN = Pattern(
    "bullets under a heading naming the list",
    "Uitvoeringsplan Jeugd 2025\n\n"
    "Aanleiding\n\nDe raad vroeg om een plan met duidelijke keuzes.\n\n"
    "Speerpunten\n\n"
    "– Meer hulp in het onderwijs\n"
    "– Kortere wachttijden voor specialistische hulp\n"
    "– Betere aansluiting van 18- naar 18+\n\n"
    "Planning\n\nHet plan loopt tot eind 2025.\n",
    [
        ("1", "Meer hulp in het onderwijs"),
        ("2", "Kortere wachttijden voor specialistische hulp"),
        ("3", "Betere aansluiting van 18- naar 18+"),
    ],
    "named_list",
)

BULLETS_VOOROP = Pattern(
    "bullets after 'daarbij staan voorop'",
    "Visie op de inkoop van Wmo-ondersteuning\n\n"
    "De gemeente koopt vanaf 2027 opnieuw in. Daarbij staan voorop:\n\n"
    "• Inwoners houden regie over hun ondersteuning\n"
    "• Aanbieders werken samen in de wijk\n"
    "• Kosten blijven voorspelbaar\n\n"
    "Vervolg\n\nHet college komt in het voorjaar met een uitwerking.\n",
    [
        ("1", "Inwoners houden regie over hun ondersteuning"),
        ("2", "Aanbieders werken samen in de wijk"),
        ("3", "Kosten blijven voorspelbaar"),
    ],
    "lead_in",
)

BULLETS_AANBEVELINGEN = Pattern(
    "bullets under 'Aanbevelingen'",
    "Rapport rekenkamercommissie Jeugdhulp\n\n"
    "Samenvatting\n\nDe commissie onderzocht de sturing op jeugdhulp in 2023 en 2024.\n\n"
    "Aanbevelingen\n\n"
    "- Leg vast welke resultaten de raad wil zien\n"
    "- Laat het college twee keer per jaar rapporteren\n"
    "- Betrek jongeren bij de evaluatie\n\n"
    "Bestuurlijke reactie\n\nHet college neemt de aanbevelingen over.\n",
    [
        ("1", "Leg vast welke resultaten de raad wil zien"),
        ("2", "Laat het college twee keer per jaar rapporteren"),
        ("3", "Betrek jongeren bij de evaluatie"),
    ],
    "named_list",
)

BULLETS_THEMAS = Pattern(
    "bullets under 'Thema's'",
    "Koersdocument Sociaal Domein\n\n"
    "Inleiding\n\nDit document geeft richting aan de komende vier jaar.\n\n"
    "Thema's\n\n- Bestaanszekerheid\n- Gezond opgroeien\n- Meedoen naar vermogen\n\n"
    "Uitvoering\n\nPer thema volgt een uitvoeringsagenda.\n",
    [("1", "Bestaanszekerheid"), ("2", "Gezond opgroeien"), ("3", "Meedoen naar vermogen")],
    "named_list",
)

BULLETS_DOELEN = Pattern(
    "bullets under 'Doelen'",
    "Uitvoeringsagenda Jeugd 2026\n\n"
    "Aanleiding\n\nDe raad stelde in 2025 het kader vast.\n\n"
    "Doelen\n\n"
    "* Minder kinderen op een wachtlijst\n"
    "* Meer hulp via de school\n"
    "* Een sluitende aanpak voor 18-/18+\n\n"
    "Middelen\n\nDe agenda past binnen de begroting.\n",
    [
        ("1", "Minder kinderen op een wachtlijst"),
        ("2", "Meer hulp via de school"),
        ("3", "Een sluitende aanpak voor 18-/18+"),
    ],
    "named_list",
)

# Bullet glyphs as PDF text gives them (symbol fonts in Unicode's private use area, glued or not).
GLYPHS = ["\uf0b7", "\uf0b7 ", "\uf0a7 ", "\uf076 ", "\uf0d8 ", "• ", "▪ ", "◦ ", "o ", "– ", "- ", "* "]
GLYPH_ITEMS = [
    "Kwaliteit is het eerste criterium bij de selectie",
    "Aanbieders werken met vaste contactpersonen",
    "Het aantal aanbieders wordt beperkt",
]


def glyph_pattern(glyph: str) -> Pattern:
    return Pattern(
        f"bullet glyph {glyph.strip()!r}",
        "Inkoopkader Beschermd Wonen\n\nKaders\n\n"
        + "".join(f"{glyph}{item}\n" for item in GLYPH_ITEMS)
        + "\nProces\n\nDe aanbesteding start in het voorjaar.\n",
        [(str(n), item) for n, item in enumerate(GLYPH_ITEMS, start=1)],
        "named_list",
    )


MOTIE = Pattern(
    "a motion with two lists",
    "Motie Jeugdhulp dichtbij huis\n\n"
    "De gemeenteraad van Voorbeeldstad, in vergadering bijeen op 12 maart 2025, behandelend het inkoopkader "
    "jeugdhulp,\n\n"
    "constaterende dat:\n\n"
    "- de wachtlijsten voor jeugdhulp in de regio oplopen;\n"
    "- gezinnen ver moeten reizen voor gespecialiseerde hulp;\n\n"
    "overwegende dat:\n\n"
    "- hulp dichtbij huis beter werkt;\n"
    "- de raad het kader mede vaststelt;\n\n"
    "spreekt uit:\n\n"
    "1. Jeugdhulp wordt zo dicht mogelijk bij huis geboden.\n"
    "2. Wachttijden langer dan acht weken zijn onaanvaardbaar.\n\n"
    "verzoekt het college:\n\n"
    "1. In het inkoopkader een maximale reistijd op te nemen.\n"
    "2. De raad elk halfjaar te informeren over de wachttijden.\n"
    "3. Met de regio afspraken te maken over de spreiding van aanbieders.\n\n"
    "en gaat over tot de orde van de dag.\n\n"
    "Ingediend door de fractie van GroenLinks\n",
    [
        ("A.1", "Jeugdhulp wordt zo dicht mogelijk bij huis geboden."),
        ("A.2", "Wachttijden langer dan acht weken zijn onaanvaardbaar."),
        ("B.1", "In het inkoopkader een maximale reistijd op te nemen."),
        ("B.2", "De raad elk halfjaar te informeren over de wachttijden."),
        ("B.3", "Met de regio afspraken te maken over de spreiding van aanbieders."),
    ],
    "several_lists",
)

ROMAN_GROUPS = Pattern(
    "lists under numbered headings",
    "# Raadsvoorstel Inkoopkader Wmo\n\n"
    "## I. Kaders voor de toegang\n\n"
    "1. De toegang blijft in de wijk.\n"
    "2. De inwoner houdt keuzevrijheid.\n\n"
    "## II. Kaders voor de zorg\n\n"
    "1. Aanbieders leveren aantoonbare kwaliteit.\n"
    "2. De gemeente stuurt op resultaat.\n"
    "3. Administratie blijft eenvoudig.\n\n"
    "## III. Vervolg\n\n"
    "Na vaststelling start de aanbesteding.\n",
    [
        ("I.1", "De toegang blijft in de wijk."),
        ("I.2", "De inwoner houdt keuzevrijheid."),
        ("II.1", "Aanbieders leveren aantoonbare kwaliteit."),
        ("II.2", "De gemeente stuurt op resultaat."),
        ("II.3", "Administratie blijft eenvoudig."),
    ],
    "several_lists",
)

FLATTENED = Pattern(
    "a list run together in one paragraph",
    "Besluit inkoopkader jeugdhulp\n\n"
    "De raad van de gemeente Voorbeeldstad, gelezen het voorstel van het college van 3 maart 2025,\n\n"
    "besluit: 1. Het inkoopkader jeugdhulp 2026 vast te stellen. 2. De kosten te dekken uit de\n"
    "begroting 2026. 3. Het college te vragen de raad jaarlijks te informeren over de uitvoering.\n\n"
    "Aldus vastgesteld in de openbare vergadering van 20 maart 2025.\n",
    [
        ("1", "Het inkoopkader jeugdhulp 2026 vast te stellen."),
        ("2", "De kosten te dekken uit de begroting 2026."),
        ("3", "Het college te vragen de raad jaarlijks te informeren over de uitvoering."),
    ],
    "dictum",
)

LETTERHEAD = Pattern(
    "a letterhead above the title",
    "Kenmerk UIT / 2004368 Datum 12 januari 2025\n\n"
    "Postbus 100, 3300 AA Voorbeeldstad\n\n"
    "Inkoopkader Wmo en Jeugd 2026\n\n"
    "Uitgangspunten\n\n"
    "1. De inwoner staat centraal\n2. Zorg dichtbij huis\n3. Sturen op resultaat\n",
    [("1", "De inwoner staat centraal"), ("2", "Zorg dichtbij huis"), ("3", "Sturen op resultaat")],
    "named_principles",
    title="Inkoopkader Wmo en Jeugd 2026",
)

LONG_LIST = Pattern(
    "numbering past 999",
    "Register van maatregelen\n\nDe maatregelen zijn:\n\n"
    + "".join(f"{n}. Maatregel voor onderdeel {n} van het register\n" for n in range(1, 1003)),
    [(str(n), f"Maatregel voor onderdeel {n} van het register") for n in range(1, 1003)],
    "colon_lead_in",
)

NESTED_DECISIONS = Pattern(
    "decisions with lettered sub-items",
    "Raadsvoorstel jeugdhulp\n\n"
    "Beslispunten\n\n"
    "1. In te stemmen met het inkoopkader jeugdhulp, met dien verstande dat\n"
    "a. de toegang lokaal blijft;\n"
    "b. de raad jaarlijks wordt geïnformeerd.\n"
    "2. De kosten te dekken uit de begroting.\n"
    "3. Het college op te dragen de regio te informeren.\n\n"
    "Toelichting\n\nHet kader is in de regio voorbereid.\n",
    [
        ("1", "In te stemmen met het inkoopkader jeugdhulp, met dien verstande dat a. de toegang lokaal blijft"),
        ("2", "De kosten te dekken uit de begroting."),
        ("3", "Het college op te dragen de regio te informeren."),
    ],
    "named_list",
)

OFFICIAL_BULLET_NUMBERS = Pattern(
    "the '• 1.' layout of official publications",
    "Gemeenteblad\n\nDe raad stelt de volgende uitgangspunten vast:\n\n"
    "• 1. Jeugdigen groeien gezond en veilig op.\n"
    "• 2. Ouders zijn eerst verantwoordelijk.\n"
    "• 3. Hulp is snel beschikbaar.\n",
    [
        ("1", "Jeugdigen groeien gezond en veilig op."),
        ("2", "Ouders zijn eerst verantwoordelijk."),
        ("3", "Hulp is snel beschikbaar."),
    ],
    "named_principles",
)

SUB_QUESTIONS = Pattern(
    "questions with lettered sub-questions",
    "Schriftelijke vragen over de wachttijden in de jeugdhulp\n\n"
    "1. Hoe lang zijn de wachttijden nu?\n"
    "a) voor ambulante hulp?\n"
    "b) voor verblijf?\n"
    "2. Welke afspraken zijn er met de aanbieders gemaakt?\n"
    "3. Wanneer informeert het college de raad?\n",
    [
        ("1", "Hoe lang zijn de wachttijden nu?"),
        ("2", "Welke afspraken zijn er met de aanbieders gemaakt?"),
        ("3", "Wanneer informeert het college de raad?"),
    ],
    "longest_run",
)

PROSE = Pattern(
    "a document without a list",
    "Brief over de voortgang van de inkoop\n\n"
    "Geachte raad,\n\n"
    "Met deze brief informeren wij u over de voortgang. De aanbesteding verloopt volgens plan: "
    "er zijn 42 inschrijvingen ontvangen. In mei volgt de gunning.\n\n"
    "Wij letten daarbij op:\n\n- kwaliteit;\n- prijs.\n\n"
    "Met vriendelijke groet,\n\nhet college\n",
    [],
    "",
)

# A short list named as the principles, then a longer list under a heading of its own that names
# it as something else: the risks, the planning. The longer list is not the principles.
SHORT_NAMED_BESIDE_RISKS = Pattern(
    "four named principles beside eleven risks",
    "Zienswijze inkoopkader jeugdhulp\n\n"
    "Uitgangspunten\n\n"
    "Het algemeen bestuur heeft vier uitgangspunten vastgesteld:\n\n"
    "1. Beter inzetten eigen kracht en netwerk gezin\nWij kijken eerst naar wat het gezin zelf kan.\n\n"
    "2. Normaliseren en de-medicaliseren\nNiet elke zorg is een probleem.\n\n"
    "3. Grip op het aantal aanbieders\nWij contracteren minder aanbieders.\n\n"
    "4. Lokaal waar het kan, regionaal waar nodig\nJeugdhulp dicht bij huis.\n\n"
    "Aandachtspunten en risico's\n\n"
    "Wij houden rekening met de volgende risico's:\n\n"
    + "".join(f"{n}. Risico nummer {n} doet zich voor in de regio\n" for n in range(1, 12)),
    [
        ("1", "Beter inzetten eigen kracht en netwerk gezin"),
        ("2", "Normaliseren en de-medicaliseren"),
        ("3", "Grip op het aantal aanbieders"),
        ("4", "Lokaal waar het kan, regionaal waar nodig"),
    ],
    "named_principles",
)

BULLETS_BESIDE_STEPS = Pattern(
    "five bulleted principles beside twelve numbered steps",
    "Zienswijze inkoopkader jeugdhulp\n\n"
    "Uitgangspunten\n\n"
    "De volgende uitgangspunten zijn opgesteld:\n\n"
    "• Beter inzetten eigen kracht en netwerk gezin\n"
    "• Normaliseren en de-medicaliseren\n"
    "• Grip op het aantal aanbieders\n"
    "• Lokaal waar het kan, regionaal waar nodig\n"
    "• Jeugdhulp om de jeugdigen heen organiseren\n\n"
    "Tijdpad\n\n"
    "Het inkoopproces kent de volgende stappen:\n\n"
    + "".join(f"{n}. Stap {n} van het inkoopproces wordt gezet\n" for n in range(1, 13)),
    [
        ("1", "Beter inzetten eigen kracht en netwerk gezin"),
        ("2", "Normaliseren en de-medicaliseren"),
        ("3", "Grip op het aantal aanbieders"),
        ("4", "Lokaal waar het kan, regionaal waar nodig"),
        ("5", "Jeugdhulp om de jeugdigen heen organiseren"),
    ],
    "named_principles",
)

# Outline-numbered titles of a chapter, some too long for their line (as text from a PDF gives
# them): "3.1 ... netwerk" / "gezin" is one title, numbered as the one-line titles are.
WRAPPED_OUTLINE_TITLES = Pattern(
    "outline-numbered titles that wrap",
    "3 Uitgangspunten\n\n"
    "In dit hoofdstuk beschrijven wij de uitgangspunten voor de inkoop.\n\n"
    "3.1 Beter inzetten eigen kracht en netwerk\ngezin\n\n"
    "Wij kijken eerst naar wat het gezin zelf kan en wie in de\nomgeving kan helpen.\n\n"
    "3.2 Normaliseren en de-medicaliseren\n\n"
    "Opgroeien gaat niet altijd vanzelf.\n\n"
    "3.3 Grip op het aantal aanbieders met behoud\nkeuzevrijheid\n\n"
    "Wij contracteren minder aanbieders dan nu.\n\n"
    "4 Vervolg\n\nDe inkoopstrategie volgt in het voorjaar.\n",
    [
        ("3.1", "Beter inzetten eigen kracht en netwerk gezin"),
        ("3.2", "Normaliseren en de-medicaliseren"),
        ("3.3", "Grip op het aantal aanbieders met behoud keuzevrijheid"),
    ],
    "named_principles",
)

# A heading that is only the point's label, its title in bold in the paragraph under it (Word:
# "Uitgangspunt 1" in Heading 2, the title in the body's type made bold).
LABEL_OVER_TITLE = Pattern(
    "label headings over bold titles",
    "# Inkoopkader jeugdhulp\n\nDe uitgangspunten van het kader zijn de volgende.\n\n"
    "## Uitgangspunt 1\n\n**Beter inzetten eigen kracht en netwerk gezin**\n\nWij kijken eerst naar het gezin.\n\n"
    "## Uitgangspunt 2\n\n**Normaliseren en de-medicaliseren**\n\nOpgroeien gaat niet altijd vanzelf.\n\n"
    "## Uitgangspunt 3\n\n**Lokaal waar het kan, regionaal waar nodig**\n\nJeugdhulp dichtbij huis.\n",
    [
        ("1", "Beter inzetten eigen kracht en netwerk gezin"),
        ("2", "Normaliseren en de-medicaliseren"),
        ("3", "Lokaal waar het kan, regionaal waar nodig"),
    ],
    "named_principles",
)

# Points coded with a letter before their number, "U1" (uitgangspunt) or "P1" (principe).
CODED_NUMBERS = Pattern(
    "points coded U1, U2, ...",
    "Inkoopkader jeugdhulp\n\nDe volgende uitgangspunten zijn opgesteld:\n\n"
    "U1 Beter inzetten eigen kracht en netwerk gezin\nWij kijken eerst naar het gezin.\n\n"
    "U2 Normaliseren en de-medicaliseren\nOpgroeien gaat niet altijd vanzelf.\n\n"
    "U3 Lokaal waar het kan, regionaal waar nodig\nJeugdhulp dichtbij huis.\n",
    [
        ("1", "Beter inzetten eigen kracht en netwerk gezin"),
        ("2", "Normaliseren en de-medicaliseren"),
        ("3", "Lokaal waar het kan, regionaal waar nodig"),
    ],
    "named_principles",
)

# A designed brochure's big numbers, each alone on its line ("01"), the point's title under it;
# copied out of it as text. (Page numbers alone on a line are not written "01", and stay page
# numbers: tests/domain/test_reading_patterns.py.)
BIG_NUMBERS = Pattern(
    "big numbers 01, 02, ... over their titles",
    "Inkoopkader jeugdhulp\n\nOnze uitgangspunten\n\n"
    + "".join(
        f"{n:02d}\n{title}\nDe toelichting bij dit uitgangspunt.\n\n"
        for n, title in enumerate(
            ["Beter inzetten eigen kracht", "Normaliseren en de-medicaliseren", "Lokaal waar het kan"]
            + [f"Uitgangspunt over onderwerp {c}" for c in "ABCDEFGHIJ"],
            start=1,
        )
    ),
    [("1", "Beter inzetten eigen kracht"), ("2", "Normaliseren en de-medicaliseren"), ("3", "Lokaal waar het kan")]
    + [(str(n), f"Uitgangspunt over onderwerp {c}") for n, c in enumerate("ABCDEFGHIJ", start=4)],
    "named_principles",
)

# Points as headings numbered in Roman numerals ("## IV. Lokaal waar het kan"; Word numbers its
# Heading 2 so), some with a numbered list of their own under them.
ROMAN_HEADINGS = Pattern(
    "points as Roman-numbered headings",
    "# Inkoopkader jeugdhulp\n\n## Uitgangspunten\n\nDe volgende uitgangspunten zijn opgesteld:\n\n"
    "### I. Beter inzetten eigen kracht en netwerk gezin\n\nWij kijken eerst naar het gezin.\n\n"
    "Dit betekent concreet:\n\n1. Wij nemen dit op in de contracten.\n2. Wij monitoren dit jaarlijks.\n\n"
    "### II. Normaliseren en de-medicaliseren\n\nOpgroeien gaat niet altijd vanzelf.\n\n"
    "### III. Grip op het aantal aanbieders\n\nWij contracteren minder aanbieders.\n\n"
    "### IV. Lokaal waar het kan\n\nJeugdhulp dichtbij huis.\n",
    [
        ("I", "Beter inzetten eigen kracht en netwerk gezin"),
        ("II", "Normaliseren en de-medicaliseren"),
        ("III", "Grip op het aantal aanbieders"),
        ("IV", "Lokaal waar het kan"),
    ],
    "named_principles",
)

# An English framework (a region's, or this program's own English draft read back): "Principle 1:".
ENGLISH_LABELS = Pattern(
    "English principles labelled 'Principle 1:'",
    "Youth Care Procurement Framework\n\n1 Introduction\n\nThis framework sets out the principles.\n\n"
    "2 Procurement principles\n\nThe municipalities have agreed on the following principles:\n\n"
    "Principle 1: Own strength and social network first\nWe apply this in every contract.\n\n"
    "Principle 2: Normalise and de-medicalise\nWe apply this in every contract.\n\n"
    "Principle 3: One family, one plan\nWe apply this in every contract.\n\n"
    "3 Next steps\n\nThe strategy follows in spring.\n",
    [
        ("1", "Own strength and social network first"),
        ("2", "Normalise and de-medicalise"),
        ("3", "One family, one plan"),
    ],
    "named_principles",
)

# A council proposal whose first decision adopts the framework "with the following principles:",
# lettered under it: those are the principles, not the three decisions. (Not among PATTERNS: the
# Word and PDF files the format tests build from a pattern write lettered items as bullets.)
LETTERED_UNDER_A_DECISION = Pattern(
    "principles lettered under the first decision",
    "Raadsvoorstel\n\nVoorgesteld besluit\n\nDe raad wordt voorgesteld te besluiten:\n\n"
    "1. Het inkoopkader jeugdhulp vast te stellen met de volgende uitgangspunten:\n"
    "   a. Beter inzetten eigen kracht en netwerk gezin;\n"
    "   b. Normaliseren en de-medicaliseren;\n"
    "   c. Lokaal waar het kan, regionaal waar nodig;\n"
    "2. Het college op te dragen de uitgangspunten uit te werken;\n"
    "3. De kosten te dekken uit de begroting.\n\n"
    "Inleiding\n\nHet huidige kader loopt af.\n",
    [
        ("a", "Beter inzetten eigen kracht en netwerk gezin"),
        ("b", "Normaliseren en de-medicaliseren"),
        ("c", "Lokaal waar het kan, regionaal waar nodig"),
    ],
    "named_principles",
)

PATTERNS = [
    MIXED_LEVELS,
    CHAPTERS_AND_CONTENTS,
    CHAPTERS_ONLY,
    BULLETS_LEAD_IN,
    BULLETS_MEEGEVEN,
    BULLETS_SPEERPUNTEN,
    BULLETS_VOOROP,
    BULLETS_AANBEVELINGEN,
    BULLETS_THEMAS,
    BULLETS_DOELEN,
    *[glyph_pattern(g) for g in GLYPHS],
    MOTIE,
    ROMAN_GROUPS,
    FLATTENED,
    LETTERHEAD,
    LONG_LIST,
    NESTED_DECISIONS,
    OFFICIAL_BULLET_NUMBERS,
    SUB_QUESTIONS,
    SHORT_NAMED_BESIDE_RISKS,
    BULLETS_BESIDE_STEPS,
    WRAPPED_OUTLINE_TITLES,
    LABEL_OVER_TITLE,
    CODED_NUMBERS,
    BIG_NUMBERS,
    ROMAN_HEADINGS,
    ENGLISH_LABELS,
    PROSE,
]
