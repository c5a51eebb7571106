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
  ``Hong Kong`` HK.
"""

from __future__ import annotations

import re

NATIONALITY_CODES: dict[str, str] = {
    # United States
    "u.s.": "US",
    "u.s.a.": "US",
    "usa": "US",
    "united states": "US",
    "the united states": "US",
    "united states of america": "US",
    "america": "US",
    "american": "US",
    "americans": "US",
    "washington": "US",
    "washington, dc": "US",
    "washington dc": "US",
    "washington, d.c.": "US",
    "new york": "US",
    # China
    "china": "CN",
    "chinese": "CN",
    "prc": "CN",
    "people's republic of china": "CN",
    "mainland china": "CN",
    "beijing": "CN",
    "shanghai": "CN",
    "sino": "CN",
    # Taiwan, Hong Kong
    "taiwan": "TW",
    "taiwanese": "TW",
    "taipei": "TW",
    "hong kong": "HK",
    # Koreas
    "south korea": "KR",
    "south korean": "KR",
    "south koreans": "KR",
    "republic of korea": "KR",
    "rok": "KR",
    "korea": "KR",
    "korean": "KR",
    "koreans": "KR",
    "seoul": "KR",
    "north korea": "KP",
    "north korean": "KP",
    "north koreans": "KP",
    "dprk": "KP",
    "pyongyang": "KP",
    # Japan
    "japan": "JP",
    "japanese": "JP",
    "tokyo": "JP",
    # Russia
    "russia": "RU",
    "russian": "RU",
    "russians": "RU",
    "russian federation": "RU",
    "moscow": "RU",
    # India and South Asia
    "india": "IN",
    "indian": "IN",
    "indians": "IN",
    "new delhi": "IN",
    "delhi": "IN",
    "pakistan": "PK",
    "pakistani": "PK",
    "islamabad": "PK",
    "bangladesh": "BD",
    "bangladeshi": "BD",
    "sri lanka": "LK",
    "sri lankan": "LK",
    "nepal": "NP",
    "nepalese": "NP",
    "afghanistan": "AF",
    "afghan": "AF",
    # Europe
    "united kingdom": "GB",
    "uk": "GB",
    "u.k.": "GB",
    "britain": "GB",
    "great britain": "GB",
    "british": "GB",
    "england": "GB",
    "london": "GB",
    "france": "FR",
    "french": "FR",
    "paris": "FR",
    "germany": "DE",
    "german": "DE",
    "berlin": "DE",
    "italy": "IT",
    "italian": "IT",
    "rome": "IT",
    "spain": "ES",
    "spanish": "ES",
    "madrid": "ES",
    "netherlands": "NL",
    "dutch": "NL",
    "the hague": "NL",
    "amsterdam": "NL",
    "belgium": "BE",
    "belgian": "BE",
    "brussels": "BE",
    "norway": "NO",
    "norwegian": "NO",
    "oslo": "NO",
    "sweden": "SE",
    "swedish": "SE",
    "stockholm": "SE",
    "finland": "FI",
    "finnish": "FI",
    "helsinki": "FI",
    "denmark": "DK",
    "danish": "DK",
    "copenhagen": "DK",
    "switzerland": "CH",
    "swiss": "CH",
    "geneva": "CH",
    "austria": "AT",
    "austrian": "AT",
    "vienna": "AT",
    "poland": "PL",
    "polish": "PL",
    "warsaw": "PL",
    "ukraine": "UA",
    "ukrainian": "UA",
    "kyiv": "UA",
    "kiev": "UA",
    "turkey": "TR",
    "turkish": "TR",
    "ankara": "TR",
    "greece": "GR",
    "greek": "GR",
    "ireland": "IE",
    "irish": "IE",
    # Asia-Pacific
    "australia": "AU",
    "australian": "AU",
    "canberra": "AU",
    "new zealand": "NZ",
    "singapore": "SG",
    "singaporean": "SG",
    "indonesia": "ID",
    "indonesian": "ID",
    "jakarta": "ID",
    "vietnam": "VN",
    "vietnamese": "VN",
    "hanoi": "VN",
    "philippines": "PH",
    "philippine": "PH",
    "filipino": "PH",
    "manila": "PH",
    "thailand": "TH",
    "thai": "TH",
    "bangkok": "TH",
    "malaysia": "MY",
    "malaysian": "MY",
    "kuala lumpur": "MY",
    "myanmar": "MM",
    "burmese": "MM",
    "cambodia": "KH",
    "cambodian": "KH",
    "laos": "LA",
    "mongolia": "MN",
    "mongolian": "MN",
    "ulaanbaatar": "MN",
    "kazakhstan": "KZ",
    "kazakh": "KZ",
    "uzbekistan": "UZ",
    "uzbek": "UZ",
    # Middle East and Africa
    "iran": "IR",
    "iranian": "IR",
    "tehran": "IR",
    "israel": "IL",
    "israeli": "IL",
    "saudi arabia": "SA",
    "saudi": "SA",
    "riyadh": "SA",
    "egypt": "EG",
    "egyptian": "EG",
    "cairo": "EG",
    "iraq": "IQ",
    "iraqi": "IQ",
    "syria": "SY",
    "syrian": "SY",
    "united arab emirates": "AE",
    "uae": "AE",
    "emirati": "AE",
    "qatar": "QA",
    "south africa": "ZA",
    "south african": "ZA",
    "nigeria": "NG",
    "nigerian": "NG",
    "kenya": "KE",
    "kenyan": "KE",
    "ethiopia": "ET",
    "ethiopian": "ET",
    # Americas
    "canada": "CA",
    "canadian": "CA",
    "ottawa": "CA",
    "mexico": "MX",
    "mexican": "MX",
    "brazil": "BR",
    "brazilian": "BR",
    "argentina": "AR",
    "argentine": "AR",
    "chile": "CL",
    "chilean": "CL",
}
"""Lower-case place name, demonym or nationality adjective -> ISO 3166-1 alpha-2 code."""

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


def country_code(word: str) -> str | None:
    """ISO code of a place or nationality word (``"U.S."`` -> ``"US"``), or None when unknown."""
    stripped = word.strip()
    if stripped in CASE_SENSITIVE_CODES:
        return CASE_SENSITIVE_CODES[stripped]
    return NATIONALITY_CODES.get(normalize_place(word))
