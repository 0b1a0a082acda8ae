#!/usr/bin/env python3
"""Write Sources/CorroborateText/Resources/entities-place-containment.tsv: for each place of the gazetteer
(entities-places.txt and entities-place-aliases.tsv), its level and the place that contains it.

Usage: python3 scripts/place_containment.py > Sources/CorroborateText/Resources/entities-place-containment.tsv

Sources: countries are matched by name against Debian's iso-codes (/usr/share/iso-codes/json/iso_3166-1.json);
first-level subdivisions (US states, Canadian provinces, ...) against iso_3166-2.json, which gives their country;
cities and the subdivisions iso-codes spells differently are written below by hand, and each hand-written city that
is a tzdata zone (/usr/share/zoneinfo/zone1970.tab, e.g. Europe/Paris) is checked against that zone's country code.
Places whose level or country is ambiguous or disputed (Georgia, Korea, America, Jerusalem, Kashmir, continents,
areas such as the Middle East or the Balkans) get the level `area` and no container: they are never compared.
"""
import json
import sys

RES = "Sources/CorroborateText/Resources"
ISO1 = "/usr/share/iso-codes/json/iso_3166-1.json"
ISO2 = "/usr/share/iso-codes/json/iso_3166-2.json"
TZ = "/usr/share/zoneinfo/zone1970.tab"

# Names of the gazetteer for a country iso-codes names otherwise, or a constituent country.
COUNTRY_NAMES = {
    "Bolivia": "BO", "Bosnia": "BA", "Brunei": "BN", "Congo": "CG", "Czech Republic": "CZ", "Iran": "IR",
    "Ivory Coast": "CI", "Kosovo": "XK", "Laos": "LA", "Macedonia": "MK", "Moldova": "MD", "North Korea": "KP",
    "South Korea": "KR", "Palestine": "PS", "Russia": "RU", "Syria": "SY", "Taiwan": "TW", "Tanzania": "TZ",
    "Trinidad": "TT", "Venezuela": "VE", "Vietnam": "VN", "Vatican": "VA", "Türkiye": "TR", "Turkey": "TR",
    "Holland": "NL", "Netherlands": "NL", "Burma": "MM", "Myanmar": "MM", "Britain": "GB", "Great Britain": "GB",
    "UK": "GB", "U.K.": "GB", "United Kingdom": "GB", "United States": "US", "U.S.": "US", "US": "US", "USA": "US",
    "U.S.A.": "US", "United States of America": "US", "UAE": "AE", "U.A.E.": "AE", "Micronesia": "FM",
}
# The canonical name written for a country code (aliases point to it).
CANONICAL = {"GB": "United Kingdom", "US": "United States", "NL": "Netherlands", "MM": "Myanmar", "TR": "Türkiye",
             "AE": "United Arab Emirates", "MK": "North Macedonia", "XK": "Kosovo", "BA": "Bosnia"}
# Regions (first-level subdivisions or historic parts) iso-codes spells differently, with their country code.
REGIONS = {
    "England": "GB", "Scotland": "GB", "Wales": "GB", "Northern Ireland": "GB", "Crimea": "UA", "Donetsk": "UA",
    "Luhansk": "UA", "Kursk": "RU", "Chechnya": "RU", "Tibet": "CN", "Bavaria": "DE", "Catalonia": "ES",
    "Gaza": "PS", "West Bank": "PS", "Quebec": "CA", "Hong Kong": "CN", "Florida": "US", "Maryland": "US",
    "Montana": "US",
}
AREAS = {
    "America", "Korea", "Georgia", "Europe", "Africa", "Asia", "Latin America", "South America", "North America",
    "Central America", "Scandinavia", "Antarctica", "Arctic", "Middle East", "Balkans", "Caucasus", "Siberia",
    "Donbas", "Kashmir", "Darfur", "Jerusalem", "Silicon Valley", "Hollywood",
}
# Cities: name -> the region or country that contains them (a region must be a place of this table).
CITIES = {
    "Washington": "United States", "Washington D.C.": "United States", "Washington, D.C.": "United States",
    "Moscow": "Russia", "Kyiv": "Ukraine", "Kiev": "Ukraine", "Beijing": "China", "London": "England",
    "Paris": "France", "Berlin": "Germany", "Brussels": "Belgium", "Tokyo": "Japan", "Delhi": "India",
    "New Delhi": "India", "Mumbai": "India", "Istanbul": "Türkiye", "Ankara": "Türkiye", "Tehran": "Iran",
    "Tel Aviv": "Israel", "Cairo": "Egypt", "Warsaw": "Poland", "Minsk": "Belarus", "Vienna": "Austria",
    "Rome": "Italy", "Madrid": "Spain", "Geneva": "Switzerland", "Seoul": "South Korea", "Kharkiv": "Ukraine",
    "Odesa": "Ukraine", "Odessa": "Ukraine", "Mar-a-Lago": "Palm Beach", "Palm Beach": "Florida",
    "Chicago": "Illinois", "Los Angeles": "California", "Boston": "Massachusetts", "Philadelphia": "Pennsylvania",
    "Atlanta": "United States", "Abu Dhabi": "United Arab Emirates", "Abuja": "Nigeria", "Accra": "Ghana",
    "Addis Ababa": "Ethiopia", "Algiers": "Algeria", "Amman": "Jordan", "Amsterdam": "Netherlands",
    "Athens": "Greece", "Auckland": "New Zealand", "Baghdad": "Iraq", "Baku": "Azerbaijan", "Bangkok": "Thailand",
    "Barcelona": "Catalonia", "Basra": "Iraq", "Beirut": "Lebanon", "Belgrade": "Serbia", "Bern": "Switzerland",
    "Bogota": "Colombia", "Bratislava": "Slovakia", "Brisbane": "Queensland", "Bucharest": "Romania",
    "Budapest": "Hungary", "Buenos Aires": "Argentina", "Calcutta": "India", "Kolkata": "India",
    "Canberra": "Australia", "Cape Town": "South Africa", "Caracas": "Venezuela", "Casablanca": "Morocco",
    "Chennai": "India", "Colombo": "Sri Lanka", "Copenhagen": "Denmark", "Dakar": "Senegal",
    "Damascus": "Syria", "Dhaka": "Bangladesh", "Doha": "Qatar", "Dubai": "United Arab Emirates",
    "Dublin": "Ireland", "Durban": "South Africa", "Edinburgh": "Scotland", "Frankfurt": "Germany",
    "Glasgow": "Scotland", "Hamburg": "Germany", "Hanoi": "Vietnam", "Havana": "Cuba", "Helsinki": "Finland",
    "Ho Chi Minh City": "Vietnam", "Islamabad": "Pakistan", "Jakarta": "Indonesia", "Jeddah": "Saudi Arabia",
    "Johannesburg": "South Africa", "Kabul": "Afghanistan", "Karachi": "Pakistan", "Kathmandu": "Nepal",
    "Khartoum": "Sudan", "Kinshasa": "Congo", "Kuala Lumpur": "Malaysia", "Lagos": "Nigeria", "Lahore": "Pakistan",
    "Lima": "Peru", "Lisbon": "Portugal", "Ljubljana": "Slovenia", "Luanda": "Angola", "Lyon": "France",
    "Manila": "Philippines", "Marseille": "France", "Melbourne": "Australia", "Mexico City": "Mexico",
    "Milan": "Italy", "Mogadishu": "Somalia", "Montreal": "Quebec", "Munich": "Bavaria", "Nairobi": "Kenya",
    "Naples": "Italy", "Nicosia": "Cyprus", "Osaka": "Japan", "Oslo": "Norway", "Ottawa": "Ontario",
    "Perth": "Australia", "Prague": "Czech Republic", "Pretoria": "South Africa", "Pyongyang": "North Korea",
    "Quito": "Ecuador", "Rabat": "Morocco", "Riga": "Latvia", "Rio de Janeiro": "Brazil", "Riyadh": "Saudi Arabia",
    "Saint Petersburg": "Russia", "St. Petersburg": "Russia", "Santiago": "Chile", "Sao Paulo": "Brazil",
    "Sarajevo": "Bosnia", "Shanghai": "China", "Sochi": "Russia", "Sofia": "Bulgaria", "Stockholm": "Sweden",
    "Sydney": "Australia", "Taipei": "Taiwan", "Tallinn": "Estonia", "Tashkent": "Uzbekistan", "Tbilisi": "Georgia",
    "Tirana": "Albania", "Toronto": "Ontario", "Tripoli": "Libya", "Tunis": "Tunisia", "Vancouver": "British Columbia",
    "Vilnius": "Lithuania", "Yerevan": "Armenia", "Zagreb": "Croatia", "Zurich": "Switzerland", "Mosul": "Iraq",
    "Fallujah": "Iraq", "Ramallah": "West Bank", "Sevastopol": "Crimea", "Mariupol": "Donetsk",
    "Zaporizhzhia": "Ukraine", "Kherson": "Ukraine", "Dnipro": "Ukraine", "Bakhmut": "Donetsk", "Avdiivka": "Donetsk",
    "Aleppo": "Syria", "Kandahar": "Afghanistan", "Peshawar": "Pakistan", "Rawalpindi": "Pakistan",
    "Bangalore": "India", "Bengaluru": "India", "Hyderabad": "area", "New York City": "New York",
    "San Francisco": "California", "San Diego": "California", "Seattle": "United States", "Houston": "Texas",
    "Dallas": "Texas", "Denver": "Colorado", "Detroit": "Michigan", "Miami": "Florida", "Baltimore": "Maryland",
    "Las Vegas": "Nevada", "Phoenix": "Arizona", "Pittsburgh": "Pennsylvania", "Cleveland": "Ohio",
    "New Orleans": "Louisiana", "Minneapolis": "Minnesota", "Manhattan": "New York City",
    "Brooklyn": "New York City",
}
# Tbilisi's country (Georgia) is an area here (a US state too); its city row names the country by code instead.
CITY_COUNTRY_OVERRIDE = {"Tbilisi": "GE", "Hyderabad": None}
# Places within a city ("Manhattan", "Mar-a-Lago") are listed as cities too: a city contains them.


def main():
    places = [l.strip() for l in open(f"{RES}/entities-places.txt", encoding="utf-8")
              if l.strip() and not l.startswith("#") and not l.startswith("*")]
    aliases = {}
    for line in open(f"{RES}/entities-place-aliases.tsv", encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        canonical, written = line.rstrip("\n").split("\t")
        for alias in written.split("|"):
            aliases[alias] = canonical
    names = list(dict.fromkeys(places + list(aliases) + list(aliases.values())))
    iso1 = json.load(open(ISO1, encoding="utf-8"))["3166-1"]
    by_name = {}
    for c in iso1:
        for key in ("name", "common_name", "official_name"):
            if key in c:
                by_name[c[key]] = c["alpha_2"]
    name_of = {c["alpha_2"]: c.get("common_name", c["name"]) for c in iso1}
    name_of["XK"] = "Kosovo"
    iso2 = json.load(open(ISO2, encoding="utf-8"))["3166-2"]
    subdivisions = {}
    for s in iso2:
        if "parent" not in s:  # first-level subdivisions only
            subdivisions.setdefault(s["name"], set()).add(s["code"][:2])
    zones = {}
    for line in open(TZ, encoding="utf-8"):
        if line.startswith("#"):
            continue
        codes, _, zone = line.split("\t")[:3]
        zones[zone.split("/")[-1].replace("_", " ")] = codes.split(",")
    rows = {}
    country_code = {}

    def country_name(code):
        return CANONICAL.get(code) or next((n for n in names if COUNTRY_NAMES.get(n) == code or by_name.get(n) == code
                                            and n not in aliases), name_of[code])

    for name in names:
        if name in AREAS:
            rows[name] = ("area", "")
            continue
        code = COUNTRY_NAMES.get(name) or by_name.get(name)
        if code and name not in REGIONS and name not in CITIES:
            canonical = country_name(code)
            rows[name] = ("country", "") if canonical == name else ("alias", canonical)
            country_code[canonical] = code
    for name in names:
        if name in rows or name in CITIES:
            continue
        code = REGIONS.get(name)
        if code is None and len(subdivisions.get(name, ())) == 1:
            code = next(iter(subdivisions[name]))
        if code:
            rows[name] = ("region", country_name(code))
    for name, container in CITIES.items():
        if name not in names:
            continue
        if container == "area":
            rows[name] = ("area", "")
            continue
        if name in aliases:
            rows[name] = ("alias", aliases[name])
            continue
        rows[name] = ("city", container)
    # Check cities against tzdata where the city is a zone.
    def country_of(name):
        seen = set()
        while name and name not in seen:
            seen.add(name)
            level, container = rows.get(name, ("", ""))
            if level == "alias":
                name = container
                continue
            if level == "country":
                return country_code.get(name)
            name = container
        return None

    for name in CITIES:
        if name in zones and rows.get(name, ("",))[0] == "city":
            code = CITY_COUNTRY_OVERRIDE.get(name, country_of(name))
            if code not in zones[name]:
                sys.exit(f"{name}: tzdata says {zones[name]}, the table {code}")
    missing = [n for n in names if n not in rows]
    if missing:
        sys.exit(f"no level for: {missing}")
    print("# Place containment: PLACE<TAB>LEVEL<TAB>CONTAINER, one gazetteer place a line (entities-places.txt and")
    print("# entities-place-aliases.tsv). LEVEL: country, region (a first-level subdivision or constituent country),")
    print("# city (or a place within one), alias (CONTAINER is the place it names), area (ambiguous, disputed or a")
    print("# continent: never compared; CONTAINER empty). CONTAINER is the place one level up, itself a row here.")
    print("# Written by scripts/place_containment.py from Debian iso-codes (ISO 3166-1 countries, ISO 3166-2 subdivisions")
    print("# with their country), hand-written city rows checked against tzdata's zone1970.tab country codes.")
    for name in names:
        level, container = rows[name]
        print(f"{name}\t{level}\t{container}" if container else f"{name}\t{level}")


if __name__ == "__main__":
    main()
