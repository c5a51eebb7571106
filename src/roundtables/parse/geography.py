"""Places and nationalities -> ISO 3166-1 alpha-2 codes, as data.

One table serves the structure reader (``represented``: "from Beijing, Seoul,
and Washington") and the claim extractor (a speaker's nationality: "one U.S.
participant"). Keys are lower case; look words up with :func:`country_code`,
which folds case and curly apostrophes.

Decisions:
- A capital or a city stands for its country (``Washington`` -> US,
  ``Beijing`` -> CN), because these texts name delegations by city.
- Regions and blocs with no ISO 3166-1 code (``European``, ``Asian``,
  ``Western``, ``EU``) are deliberately absent, so they yield no code.
- ``Korean`` alone means South Korean (ROK) in this genre; ``North Korean``
  and ``Pyongyang`` are KP. Multi-word keys are matched before single words
  (see :data:`MAX_KEY_WORDS`) so ``North Korean`` never reads as ``Korean``.
- ``Sino-`` compounds and ``Chinese`` are CN; ``Taiwan``/``Taiwanese`` TW;
  ``Hong Kong`` HK; ``mainland`` alone is no place.
- The table is :data:`COUNTRIES`, one row a country; :data:`NATIONALITY_CODES`
  is derived from it and adds the plural of each demonym (``Filipinos``).
  Place words that are also common personal names stay out, because a
  place word cannot be part of a person's name.
"""

from __future__ import annotations

import re
from functools import lru_cache

COUNTRIES: tuple[tuple[str, str, str], ...] = (
    (
        "US",
        "u.s.|u.s.a.|usa|united states|the united states|united states of america|america|"
        "washington|washington, dc|washington dc|washington, d.c.|new york|"
        "alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho|"
        "illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|"
        "mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|north carolina|"
        "north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|"
        "tennessee|texas|utah|vermont|virginia|west virginia|wisconsin|wyoming|honolulu|atlanta|boston|"
        "chicago|los angeles|san francisco|seattle",
        "american",
    ),
    ("CN", "china|prc|people's republic of china|mainland china|beijing|shanghai|sino", "chinese"),
    ("TW", "taiwan|taipei", "taiwanese"),
    ("HK", "hong kong", "hong konger"),
    ("MO", "macau|macao", "macanese"),
    ("KR", "south korea|republic of korea|rok|korea|seoul", "south korean|korean"),
    ("KP", "north korea|dprk|democratic people's republic of korea|pyongyang", "north korean"),
    ("JP", "japan|tokyo", "japanese"),
    ("MN", "mongolia|ulaanbaatar|ulan bator", "mongolian"),
    ("RU", "russia|russian federation|moscow", "russian"),
    ("IN", "india|new delhi|delhi|mumbai", "indian"),
    ("PK", "pakistan|islamabad", "pakistani"),
    ("BD", "bangladesh|dhaka", "bangladeshi"),
    ("LK", "sri lanka", "sri lankan"),
    ("NP", "nepal|kathmandu", "nepalese|nepali"),
    ("BT", "bhutan", "bhutanese"),
    ("MV", "maldives", "maldivian"),
    ("AF", "afghanistan|kabul", "afghan"),
    ("KZ", "kazakhstan|astana", "kazakh|kazakhstani"),
    ("UZ", "uzbekistan|tashkent", "uzbek"),
    ("KG", "kyrgyzstan|bishkek", "kyrgyz"),
    ("TJ", "tajikistan|dushanbe", "tajik"),
    ("TM", "turkmenistan|ashgabat", "turkmen"),
    ("AU", "australia|canberra", "australian"),
    ("NZ", "new zealand|auckland", "new zealander"),
    ("SG", "singapore", "singaporean"),
    ("ID", "indonesia|jakarta", "indonesian"),
    ("VN", "vietnam|viet nam|hanoi|ho chi minh city", "vietnamese"),
    ("PH", "philippines|the philippines|manila", "philippine|filipino|filipina"),
    ("TH", "thailand|bangkok", "thai"),
    ("MY", "malaysia|kuala lumpur", "malaysian"),
    ("MM", "myanmar|burma|yangon|naypyidaw", "burmese"),
    ("KH", "cambodia|phnom penh", "cambodian"),
    ("LA", "laos|vientiane", "laotian"),
    ("BN", "brunei", "bruneian"),
    ("TL", "timor-leste|east timor", "timorese"),
    ("PG", "papua new guinea", ""),
    ("FJ", "fiji", "fijian"),
    ("GB", "united kingdom|uk|u.k.|britain|great britain|england|london", "british"),
    ("IE", "ireland|dublin", "irish"),
    ("FR", "france|paris", "french"),
    ("DE", "germany|berlin|munich", "german"),
    ("IT", "italy|rome", "italian"),
    ("ES", "spain|madrid", "spanish"),
    ("PT", "portugal|lisbon", "portuguese"),
    ("NL", "netherlands|the netherlands|the hague|amsterdam", "dutch"),
    ("BE", "belgium|brussels", "belgian"),
    ("LU", "luxembourg", ""),
    ("CH", "switzerland|geneva", "swiss"),
    ("AT", "austria|vienna", "austrian"),
    ("NO", "norway|oslo", "norwegian"),
    ("SE", "sweden|stockholm", "swedish"),
    ("FI", "finland|helsinki", "finnish"),
    ("DK", "denmark|copenhagen", "danish"),
    ("IS", "iceland|reykjavik", "icelandic"),
    ("PL", "poland|warsaw", "polish"),
    ("CZ", "czech republic|czechia|prague", "czech"),
    ("SK", "slovakia|bratislava", "slovak"),
    ("HU", "hungary|budapest", "hungarian"),
    ("RO", "romania|bucharest", "romanian"),
    ("BG", "bulgaria", "bulgarian"),
    ("RS", "serbia|belgrade", "serbian"),
    ("HR", "croatia|zagreb", "croatian"),
    ("GR", "greece|athens", "greek"),
    ("UA", "ukraine|kyiv|kiev", "ukrainian"),
    ("BY", "belarus|minsk", "belarusian"),
    ("LT", "lithuania|vilnius", "lithuanian"),
    ("LV", "latvia|riga", "latvian"),
    ("EE", "estonia|tallinn", "estonian"),
    ("MD", "moldova", "moldovan"),
    ("GE", "tbilisi", "georgian"),
    ("AM", "armenia|yerevan", "armenian"),
    ("AZ", "azerbaijan|baku", "azerbaijani"),
    ("TR", "turkey|türkiye|ankara|istanbul", "turkish"),
    ("IR", "iran|tehran", "iranian"),
    ("IQ", "iraq|baghdad", "iraqi"),
    ("SY", "syria|damascus", "syrian"),
    ("LB", "lebanon|beirut", "lebanese"),
    ("JO", "amman", "jordanian"),
    ("IL", "israel|tel aviv", "israeli"),
    ("PS", "palestine|west bank|gaza", "palestinian"),
    ("SA", "saudi arabia|riyadh", "saudi"),
    ("AE", "united arab emirates|uae|abu dhabi|dubai", "emirati"),
    ("QA", "qatar|doha", "qatari"),
    ("KW", "kuwait", "kuwaiti"),
    ("BH", "bahrain", "bahraini"),
    ("OM", "oman|muscat", "omani"),
    ("YE", "yemen|sanaa", "yemeni"),
    ("EG", "egypt|cairo", "egyptian"),
    ("LY", "libya", "libyan"),
    ("TN", "tunisia|tunis", "tunisian"),
    ("DZ", "algeria|algiers", "algerian"),
    ("MA", "morocco|rabat", "moroccan"),
    ("SD", "sudan|khartoum", "sudanese"),
    ("ET", "ethiopia|addis ababa", "ethiopian"),
    ("KE", "kenya|nairobi", "kenyan"),
    ("TZ", "tanzania", "tanzanian"),
    ("UG", "uganda|kampala", "ugandan"),
    ("NG", "nigeria|abuja|lagos", "nigerian"),
    ("GH", "ghana|accra", "ghanaian"),
    ("SN", "senegal|dakar", "senegalese"),
    ("DJ", "djibouti", "djiboutian"),
    ("AO", "angola|luanda", "angolan"),
    ("ZW", "zimbabwe|harare", "zimbabwean"),
    ("ZA", "south africa|pretoria|johannesburg|cape town", "south african"),
    ("CA", "canada|ottawa|toronto", "canadian"),
    ("MX", "mexico|mexico city", "mexican"),
    ("CU", "cuba|havana", "cuban"),
    ("BR", "brazil|brasilia|brasília|rio de janeiro|são paulo|sao paulo", "brazilian"),
    ("AR", "argentina|buenos aires", "argentine|argentinian"),
    ("CL", "chile", "chilean"),
    ("PE", "peru", "peruvian"),
    ("CO", "colombia|bogota|bogotá", "colombian"),
    ("VE", "venezuela|caracas", "venezuelan"),
    ("EC", "ecuador|quito", "ecuadorian"),
    ("BO", "bolivia", "bolivian"),
    ("UY", "uruguay|montevideo", "uruguayan"),
    ("PY", "paraguay|asunción|asuncion", "paraguayan"),
    ("PA", "", "panamanian"),
)
"""One row a country: its ISO 3166-1 alpha-2 code, the lower-case names of the country and its
capital or main cities, and its demonyms (adjective forms; a plural in ``s`` is derived, so
``Americans``, ``Israelis`` and ``Filipinos`` are known). Capitals that are also common given names
or surnames (``Lima``, ``Sofia``, ``Santiago``, ``Victoria``, ``Wellington``, ``Colombo``) and
country names that are (``Jordan``, ``Georgia``, ``Chad``, ``Panama``) are left out: they would
stop the name reader from reading a person's name."""

_PLURAL_S = ("an", "i", "ino", "ina", "er")
"""Demonym endings whose plural adds ``s``; ``Chinese``, ``Swiss``, ``Thai`` do not change."""


def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    for code, places, demonyms in COUNTRIES:
        words = places.split("|") + demonyms.split("|")
        words += [d + "s" for d in demonyms.split("|") if d.endswith(_PLURAL_S) and d != "thai"]
        for word in filter(None, words):
            if table.setdefault(word, code) != code:
                raise ValueError(f"{word!r} names two countries")
    return table


NATIONALITY_CODES: dict[str, str] = _table()
"""Lower-case place name, demonym or nationality adjective -> ISO 3166-1 alpha-2 code."""

PLACE_NAMES: frozenset[str] = frozenset(
    p for _code, places, _names in COUNTRIES for p in places.split("|") if p
)
"""Names of countries and cities (``shanghai``, ``hawaii``), never adjectives however they end."""
DEMONYMS: frozenset[str] = frozenset(word for _code, _places, names in COUNTRIES for word in names.split("|"))
"""The nationality adjectives of :data:`COUNTRIES` (``Peruvian``, ``Argentine``, ``Slovak``)."""

MAX_KEY_WORDS = max(len(key.split()) for key in NATIONALITY_CODES)
"""The longest key in words; scan longest first so ``North Korean`` beats ``Korean``."""

_FOLD = str.maketrans({"’": "'", "‘": "'", "\u00a0": " "})


def normalize_place(word: str) -> str:
    """The lookup form of ``word``: lower case, straight apostrophes, single spaces, no possessive."""
    text = " ".join(word.translate(_FOLD).split()).lower()
    text = re.sub(r"'s$", "", text)
    return text.strip()


CASE_SENSITIVE_CODES: dict[str, str] = {"US": "US"}
"""Abbreviations that are codes only in capitals (``US`` is not the pronoun ``us``)."""


@lru_cache(maxsize=8192)  # the same words are looked up again and again
def country_code(word: str) -> str | None:
    """ISO code of a place or nationality word (``"U.S."`` -> ``"US"``), or None when unknown."""
    stripped = word.strip()
    if stripped in CASE_SENSITIVE_CODES:
        return CASE_SENSITIVE_CODES[stripped]
    return NATIONALITY_CODES.get(normalize_place(word))
