"""What importing the seed dossier must give, written down once for every test that checks it.

Transcribed by hand from ``shared/seed/EXPECTED.md`` and the seed file
``shared/seed/lokale-verkiezingen-2024.txt`` — not from the importer's output, so a test
comparing against these values checks the importer, not itself.
"""

TITLE = "Lokale verkiezingen - onze sectoren in actie"
DOSSIER_LABEL = "Oriëntatiekader lokale verkiezingen 2024"
HEADER_IMAGE_ALT = "header handjes"

# The ten plain heading lines, in order: ten sections with these headings.
HEADINGS = [
    "Sectoren in actie",
    "Ondersteuningsnoden SCW en AK: bezorgdheden en aanpak",
    "Lokaal debat stimuleren",
    "Adviesraden steunen om een prikkelende rol op te nemen",
    "De kracht van kunst",
    "Op naar een duurzame toekomst",
    "Kansengroepen bereiken & sociale thema’s op de politieke agenda",
    "Een vuist tegen polarisatie of extreem-rechts",
    "Uitdagingen voor Brussel of centrumsteden",
    "Maar even goed 'dorpen'",
]
# The cards of each section, in the order of HEADINGS; the last two sections are empty.
CARDS_PER_SECTION = [4, 7, 4, 9, 4, 2, 11, 4, 0, 0]
# The 45 lines starting with "•".
CARDS = 45

CONTACT_NAME = "Elke Verhaeghe"
CONTACT_ACTION = "Neem contact op met Elke"
