#!/usr/bin/env python3
"""Renders the hand-written topic and tier evaluation set (gen/topics.yaml) into the three
export formats (deterministic; seed fixed).

    python3 tests/eval/gen/gen_topics.py    # writes tests/eval/topics/topics_{scopus.csv,
                                            #   wos.txt,openalex.jsonl} and labels.tsv

topics.yaml is the source of truth: every record's title, abstract, keywords, date, affiliations
(institution key + department), funding, expected categories and expected tier were written by
hand. This script only adds authors, per-format address spellings and synthetic identifiers, and
checks every label against the rules below before writing anything.

Tiers (UNSC resolution 2321, in force 2016-11-30):
  clear                          no DPRK-affiliated author
  pre_2321                       DPRK-foreign co-authored, published before 2016-11-30
  committee_exemption_required   ... on/after 2016-11-30 and nuclear, aerospace or
                                 advanced_manufacturing (medical or not)
  medical_exempt                 ... on/after 2016-11-30, medical and none of those three
  state_determination_required   ... on/after 2016-11-30, any other field
A date that straddles 2016-11-30 at the precision a format prints (Scopus prints only the year;
a 2016 year-only or November-2016 month-only date anywhere) gets the tier of the conservative
(post-2321) reading and `date_ambiguous` in the label note.

Requires PyYAML (Debian: python3-yaml). CI never runs this script; the outputs are committed.
"""
import datetime
import os
import random
import re
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import catalog as C  # noqa: E402
import common as M  # noqa: E402
import emit  # noqa: E402

GEN = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(GEN), "topics")
FILES = {"scopus": "topics_scopus.csv", "wos": "topics_wos.txt",
         "openalex": "topics_openalex.jsonl"}
SEED = 20261122

CATEGORIES = ["advanced_manufacturing", "advanced_materials", "advanced_physics", "aerospace",
              "chemical_engineering", "computer_simulation", "electrical_engineering",
              "geospatial_navigation", "industrial_engineering", "mechanical_engineering",
              "medical", "nuclear"]
COMMITTEE = {"nuclear", "aerospace", "advanced_manufacturing"}
TIERS = ["clear", "pre_2321", "committee_exemption_required", "medical_exempt",
         "state_determination_required"]
CUTOFF = datetime.date(2016, 11, 30)
SCENARIOS = {"kp_cn", "kp_other", "cn_only", "cn_jp", "kr_cn", "cn_other"}


def inst(key, cc, names, wos, city, postal=None, wos_city=None, ror_type="education"):
    return C.inst(key, cc, names, wos, city, wos_city=wos_city, postal=postal,
                  ror_type=ror_type)


# Real institutions that catalog.py does not hold (the catalog serves the address tests).
EXTRA = [
    inst("pmu-hamhung", "KP", ["Hamhung University of Medicine"], ["Hamhung Univ Med"],
         "Hamhung"),
    inst("ppu", "KP", ["Pyongyang Pharmaceutical University"], ["Pyongyang Pharmaceut Univ"],
         "Pyongyang"),
    inst("scu", "CN", ["Sichuan University"], ["Sichuan Univ"], "Chengdu", "610065"),
    inst("xjtu", "CN", ["Xi'an Jiaotong University"], ["Xi An Jiao Tong Univ"], "Xi'an",
         "710049", wos_city="Xian"),
    inst("sjtu", "CN", ["Shanghai Jiao Tong University"], ["Shanghai Jiao Tong Univ"],
         "Shanghai", "200240"),
    inst("ustc", "CN", ["University of Science and Technology of China"],
         ["Univ Sci & Technol China"], "Hefei", "230026"),
    inst("ipp", "CN", ["Institute of Plasma Physics, Chinese Academy of Sciences"],
         ["Chinese Acad Sci, Inst Plasma Phys"], "Hefei", "230031", ror_type="facility"),
    inst("ciae", "CN", ["China Institute of Atomic Energy"], ["China Inst Atom Energy"],
         "Beijing", "102413", ror_type="facility"),
    inst("ncepu", "CN", ["North China Electric Power University"],
         ["North China Elect Power Univ"], "Beijing", "102206"),
    inst("hmu", "CN", ["Harbin Medical University"], ["Harbin Med Univ"], "Harbin", "150081"),
    inst("cmu", "CN", ["China Medical University"], ["China Med Univ"], "Shenyang", "110122"),
    inst("jlu-h1", "CN", ["The First Hospital of Jilin University"], ["Jilin Univ, Hosp 1"],
         "Changchun", "130021", ror_type="healthcare"),
    inst("ybu-h", "CN", ["Affiliated Hospital of Yanbian University"], ["Yanbian Univ Hosp"],
         "Yanji", "133000", ror_type="healthcare"),
    inst("spu", "CN", ["Shenyang Pharmaceutical University"], ["Shenyang Pharmaceut Univ"],
         "Shenyang", "110016"),
    inst("hust", "CN", ["Huazhong University of Science and Technology"],
         ["Huazhong Univ Sci & Technol"], "Wuhan", "430074"),
    inst("csu", "CN", ["Central South University"], ["Cent S Univ"], "Changsha", "410083"),
    inst("whu", "CN", ["Wuhan University"], ["Wuhan Univ"], "Wuhan", "430079"),
    inst("sau", "CN", ["Shenyang Aerospace University"], ["Shenyang Aerosp Univ"], "Shenyang",
         "110136"),
    inst("nefu", "CN", ["Northeast Forestry University"], ["NE Forestry Univ"], "Harbin",
         "150040"),
    inst("neau", "CN", ["Northeast Agricultural University"], ["NE Agr Univ"], "Harbin",
         "150030"),
    inst("jlau", "CN", ["Jilin Agricultural University"], ["Jilin Agr Univ"], "Changchun",
         "130118"),
    inst("dlmu", "CN", ["Dalian Maritime University"], ["Dalian Maritime Univ"], "Dalian",
         "116026"),
    inst("ciomp", "CN", ["Changchun Institute of Optics, Fine Mechanics and Physics, Chinese "
                         "Academy of Sciences"],
         ["Chinese Acad Sci, Changchun Inst Opt Fine Mech & Phys"], "Changchun", "130033",
         ror_type="facility"),
    inst("imp", "CN", ["Institute of Modern Physics, Chinese Academy of Sciences"],
         ["Chinese Acad Sci, Inst Modern Phys"], "Lanzhou", "730000", ror_type="facility"),
    inst("lzu", "CN", ["Lanzhou University"], ["Lanzhou Univ"], "Lanzhou", "730000"),
    inst("cust", "CN", ["Changchun University of Science and Technology"],
         ["Changchun Univ Sci & Technol"], "Changchun", "130022"),
    inst("hrbust", "CN", ["Harbin University of Science and Technology"],
         ["Harbin Univ Sci & Technol"], "Harbin", "150080"),
    inst("sut", "CN", ["Shenyang University of Technology"], ["Shenyang Univ Technol"],
         "Shenyang", "110870"),
    inst("dmu", "CN", ["Dalian Medical University"], ["Dalian Med Univ"], "Dalian", "116044"),
    inst("lntcm", "CN", ["Liaoning University of Traditional Chinese Medicine"],
         ["Liaoning Univ Tradit Chinese Med"], "Shenyang", "110847"),
    inst("hljucm", "CN", ["Heilongjiang University of Chinese Medicine"],
         ["Heilongjiang Univ Chinese Med"], "Harbin", "150040"),
    inst("ruc", "CN", ["Renmin University of China"], ["Renmin Univ China"], "Beijing",
         "100872"),
    inst("bnu", "CN", ["Beijing Normal University"], ["Beijing Normal Univ"], "Beijing",
         "100875"),
    inst("fudan", "CN", ["Fudan University"], ["Fudan Univ"], "Shanghai", "200433"),
    inst("nju", "CN", ["Nanjing University"], ["Nanjing Univ"], "Nanjing", "210093"),
    inst("hlju", "CN", ["Heilongjiang University"], ["Heilongjiang Univ"], "Harbin", "150080"),
    inst("tohoku", "JP", ["Tohoku University"], ["Tohoku Univ"], "Sendai", "980-8577"),
    inst("kyoto", "JP", ["Kyoto University"], ["Kyoto Univ"], "Kyoto", "606-8501"),
    inst("osaka", "JP", ["Osaka University"], ["Osaka Univ"], "Suita", "565-0871"),
    inst("jaea", "JP", ["Japan Atomic Energy Agency"], ["Japan Atom Energy Agcy"], "Tokai",
         "319-1195", ror_type="government"),
    inst("jaxa", "JP", ["Japan Aerospace Exploration Agency"], ["Japan Aerosp Explorat Agcy"],
         "Sagamihara", "252-5210", ror_type="government"),
    inst("hokudai", "JP", ["Hokkaido University"], ["Hokkaido Univ"], "Sapporo", "060-8628"),
    inst("kari", "KR", ["Korea Aerospace Research Institute"], ["Korea Aerosp Res Inst"],
         "Daejeon", "34133", ror_type="facility"),
    inst("jinr", "RU", ["Joint Institute for Nuclear Research"], ["Joint Inst Nucl Res"],
         "Dubna", "141980", ror_type="facility"),
    inst("mai", "RU", ["Moscow Aviation Institute"], ["Moscow Aviat Inst"], "Moscow",
         "125993"),
    inst("tpu", "RU", ["Tomsk Polytechnic University"], ["Tomsk Polytech Univ"], "Tomsk",
         "634050"),
    inst("iws", "DE", ["Fraunhofer Institute for Material and Beam Technology IWS"],
         ["Fraunhofer Inst Mat & Beam Technol IWS"], "Dresden", "01277",
         ror_type="facility"),
    inst("usm", "MY", ["Universiti Sains Malaysia"], ["Univ Sains Malaysia"], "Penang",
         "11800"),
    inst("ki", "SE", ["Karolinska Institutet"], ["Karolinska Inst"], "Stockholm", "17177"),
]
INSTS = dict(C.ALL)
INSTS.update({i["key"]: i for i in EXTRA})

# Unambiguous country spellings only: this set tests topics, not address resolution.
COUNTRY = {
    "KP": {"scopus": ["Democratic People's Republic of Korea", "DPR Korea", "North Korea"],
           "wos": ["North Korea", "North Korea", "Dem Peoples R Korea"],
           "openalex": ["DPR Korea", "Democratic People's Republic of Korea", "D.P.R. Korea",
                        "DPR of Korea"]},
    "KR": {"scopus": ["South Korea", "Republic of Korea"], "wos": ["South Korea"],
           "openalex": ["Republic of Korea", "South Korea"]},
}

# Department words as Web of Science abbreviates them.
WOS_WORDS = {
    "Department": "Dept", "Faculty": "Fac", "School": "Sch", "College": "Coll",
    "Institute": "Inst", "Laboratory": "Lab", "National": "Natl", "Engineering": "Engn",
    "Science": "Sci", "Sciences": "Sci", "Technology": "Technol", "Nuclear": "Nucl",
    "Physics": "Phys", "Chemistry": "Chem", "Chemical": "Chem", "Mechanical": "Mech",
    "Mechanics": "Mech", "Electrical": "Elect", "Electronic": "Elect", "Electronics": "Elect",
    "Materials": "Mat", "Material": "Mat", "Mathematics": "Math", "Mathematical": "Math",
    "Computer": "Comp", "Information": "Informat", "Medicine": "Med", "Medical": "Med",
    "Aeronautics": "Aeronaut", "Aeronautic": "Aeronaut", "Astronautics": "Astronaut",
    "Aerospace": "Aerosp", "Environmental": "Environm", "Environment": "Environm",
    "Applied": "Appl", "Automation": "Automat", "Research": "Res", "Center": "Ctr",
    "Centre": "Ctr", "Hospital": "Hosp", "Pharmacy": "Pharm", "Pharmaceutical": "Pharmaceut",
    "Radiology": "Radiol", "Oncology": "Oncol", "Surgery": "Surg", "Biology": "Biol",
    "Biological": "Biol", "Agriculture": "Agr", "Agricultural": "Agr", "Economics": "Econ",
    "Manufacturing": "Mfg", "Communication": "Commun", "Communications": "Commun",
    "Radiation": "Radiat", "Technical": "Tech", "Precision": "Precis", "Optics": "Opt",
    "Optical": "Opt", "Geography": "Geog", "Education": "Educ", "Traditional": "Tradit",
    "Energy": "Energy", "Power": "Power", "Metallurgy": "Met", "Metal": "Met",
    "Biomedical": "Biomed", "Clinical": "Clin", "Internal": "Internal", "Public": "Publ",
    "Health": "Hlth", "Statistics": "Stat", "Languages": "Languages", "Foreign": "Foreign",
    "Economic": "Econ", "Management": "Management", "Industrial": "Ind", "Industry": "Ind",
    "Automotive": "Automot", "Transportation": "Transportat", "Instrumentation": "Instrumentat",
    "Instruments": "Instruments", "Thermal": "Thermal", "Marine": "Marine",
    "Geomatics": "Geomat", "Remote": "Remote", "Sensing": "Sensing", "Polymer": "Polymer",
    "Inorganic": "Inorgan", "Analytical": "Analyt", "Control": "Control",
    "Cardiology": "Cardiol", "Ophthalmology": "Ophthalmol", "Orthopaedics": "Orthopaed",
    "Orthopedics": "Orthoped", "Stomatology": "Stomatol", "Pediatrics": "Pediat",
    "Neurology": "Neurol", "Infectious": "Infect", "Diseases": "Dis", "Laboratories": "Labs",
    "Advanced": "Adv", "Intelligent": "Intelligent", "Software": "Software",
}
DROP_WORDS = {"of", "for", "the", "and"}


def wos_dept(dept):
    words = []
    for w in dept.replace(",", "").split():
        if w.lower() in DROP_WORDS:
            if w.lower() == "and":
                words.append("&")
            continue
        words.append(WOS_WORDS.get(w, w))
    return " ".join(words)


def country_word(cc, fmt, rng):
    table = COUNTRY.get(cc) or C.COUNTRY[cc]
    return rng.choice(table[fmt])


def render_aff(i, dept, fmt, rng):
    """One affiliation string as `fmt` prints it (department + institution + city + country)."""
    city = i["wos_city"] if fmt == "wos" else i["city"]
    postal = i.get("postal") if i["cc"] != "KP" else None
    if postal and (fmt == "wos" or rng.random() < 0.4):
        city = "%s %s" % (city, postal)
    if fmt == "wos":
        parts = [rng.choice(i["wos"])] + ([wos_dept(dept)] if dept else [])
    else:
        parts = ([dept] if dept else []) + [rng.choice(i["names"])]
    text = ", ".join(parts + [city, country_word(i["cc"], fmt, rng)])
    return text + "." if fmt == "wos" else text


def parse_date(value):
    """'2019', '2019-05' or '2019-05-12' (YAML may give an int or a date) -> (y, m, d)."""
    text = str(value)
    parts = [int(x) for x in text.split("-")]
    return tuple(parts + [None] * (3 - len(parts)))


def date_span(year, month, day):
    if month is None:
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    if day is None:
        nxt = datetime.date(year + (month == 12), month % 12 + 1, 1)
        return datetime.date(year, month, 1), nxt - datetime.timedelta(days=1)
    d = datetime.date(year, month, day)
    return d, d


def timing(year, month, day):
    """pre | post | ambiguous against 2016-11-30 at this precision."""
    first, last = date_span(year, month, day)
    if last < CUTOFF:
        return "pre"
    if first >= CUTOFF:
        return "post"
    return "ambiguous"


def post_tier(categories):
    if categories & COMMITTEE:
        return "committee_exemption_required"
    if "medical" in categories:
        return "medical_exempt"
    return "state_determination_required"


def expected_tier(dprk_foreign, when, categories):
    if not dprk_foreign:
        return "clear"
    return "pre_2321" if when == "pre" else post_tier(categories)


def format_date(fmt, year, month, day):
    """The date at the precision `fmt` prints: Scopus has only the year."""
    if fmt == "scopus":
        return year, None, None
    return year, month, day


class Invalid(Exception):
    pass


KEYS = {"id", "scn", "date", "jr", "title", "abstract", "kw", "ikw", "affs", "n", "fund",
        "fund_text", "cat", "tier", "note"}


def check_record(r, seen):
    rid = r["id"]
    if set(r) - KEYS:
        raise Invalid("%s: unknown fields %s" % (rid, sorted(set(r) - KEYS)))
    if rid in seen:
        raise Invalid("%s: duplicate id" % rid)
    seen.add(rid)
    if r["scn"] not in SCENARIOS:
        raise Invalid("%s: unknown scenario %s" % (rid, r["scn"]))
    words = len(r["abstract"].split())
    if not 60 <= words <= 200:
        raise Invalid("%s: abstract has %d words" % (rid, words))
    if not 3 <= len(r["kw"]) <= 6:
        raise Invalid("%s: %d keywords" % (rid, len(r["kw"])))
    for c in r["cat"]:
        if c not in CATEGORIES:
            raise Invalid("%s: unknown category %s" % (rid, c))
    if r["tier"] not in TIERS:
        raise Invalid("%s: unknown tier %s" % (rid, r["tier"]))
    for key, _ in r["affs"]:
        if key not in INSTS:
            raise Invalid("%s: unknown institution %s" % (rid, key))
    ccs = {INSTS[k]["cc"] for k, _ in r["affs"]}
    dprk_foreign = "KP" in ccs and len(ccs) > 1
    if r["scn"].startswith("kp") != dprk_foreign:
        raise Invalid("%s: scenario %s but countries %s" % (rid, r["scn"], sorted(ccs)))
    y, m, d = parse_date(r["date"])
    when = timing(y, m, d)
    truth = expected_tier(dprk_foreign, "post" if when == "ambiguous" else when, set(r["cat"]))
    if truth != r["tier"]:
        raise Invalid("%s: tier %s, the rules give %s" % (rid, r["tier"], truth))
    if dprk_foreign and when == "ambiguous" and "date_ambiguous" not in r.get("note", ""):
        raise Invalid("%s: ambiguous date %s not marked date_ambiguous" % (rid, r["date"]))


def make_authors(r, rng, next_id):
    authors, taken = [], set()
    for idx, (key, _) in enumerate(r["affs"]):
        i = INSTS[key]
        count = r.get("n", [None] * len(r["affs"]))[idx] or rng.choice([1, 2, 2, 3])
        for _ in range(count):
            sur, given = M.person(i["cc"], rng, key.startswith("ybu"), taken)
            authors.append({"sur": sur, "given": given, "affs": [idx],
                            "sid": str(57100000000 + next_id()),
                            "oa_author": 5100000000 + next_id(), "orcid": None,
                            "sur_first": i["cc"] in ("KP", "CN")})
    return authors


NSFC_PREFIX = {"Medicine": "81", "Pharmacology, Toxicology and Pharmaceutics": "82",
               "Mathematics": "11", "Physics and Astronomy": "11", "Computer Science": "61",
               "Chemistry": "21", "Chemical Engineering": "22", "Earth and Planetary Sciences":
               "41", "Agricultural and Biological Sciences": "31", "Economics, Econometrics and "
               "Finance": "71", "Social Sciences": "72", "Decision Sciences": "71",
               "Biochemistry, Genetics and Molecular Biology": "31", "Environmental Science": "41"}


def auto_funding(r, journal, rng):
    """Generic Chinese funders for records without hand-written funding (about half)."""
    if not any(INSTS[k]["cc"] == "CN" for k, _ in r["affs"]) or rng.random() < 0.5:
        return []
    prefix = NSFC_PREFIX.get(journal["field"], "51")
    out = [("National Natural Science Foundation of China",
            "%s%d%04d" % (prefix, rng.randint(3, 9), rng.randint(0, 9999)))]
    r2 = rng.random()
    if r2 < 0.35:
        out.append(("Fundamental Research Funds for the Central Universities",
                    "%d%s" % (rng.randint(2017, 2022), rng.choice(["ZD", "JC", "QN"])) +
                    "%03d" % rng.randint(1, 400)))
    elif r2 < 0.55:
        out.append(("China Postdoctoral Science Foundation",
                    "2019M%d" % rng.randint(650000, 659999)))
    return out


ACRONYMS = {"National Natural Science Foundation of China": "NSFC",
            "National Research Foundation of Korea": "NRF",
            "Japan Society for the Promotion of Science": "JSPS",
            "Russian Foundation for Basic Research": "RFBR",
            "Deutsche Forschungsgemeinschaft": "DFG"}


def funding(r, journal, rng):
    given = r.get("fund")
    pairs = [tuple(x) for x in given] if given is not None else auto_funding(r, journal, rng)
    funders = [(f, ACRONYMS.get(f), aw) for f, aw in pairs]
    if r.get("fund_text"):
        return funders, r["fund_text"]
    if not funders:
        return [], ""
    pieces = ["the %s (Grant No. %s)" % (f, aw) if aw else "the %s" % f for f, _, aw in funders]
    text = "This work was supported by " + (
        pieces[0] if len(pieces) == 1 else ", ".join(pieces[:-1]) + " and " + pieces[-1]) + "."
    return funders, text


def build(r, journals, fmt, n, rng):
    journal = journals[r["jr"]]
    y, m, d = parse_date(r["date"])
    arng = random.Random("authors:" + r["id"])  # the same people in every format
    counter = [M.stable_int(r["id"], 10 ** 6) * 10]

    def next_id():
        counter[0] += 1
        return counter[0]

    authors = make_authors(r, arng, next_id)
    funders, fund_text = funding(r, journal, random.Random("funding:" + r["id"]))
    affs = []
    for key, dept in r["affs"]:
        i = INSTS[key]
        a = {"text": render_aff(i, dept, fmt, rng), "cc": i["cc"], "oa_raw": True,
             "oa_insts": [M.oa_institution(i)] if fmt == "openalex" else []}
        affs.append(a)
    fy, fm, fd = format_date(fmt, y, m, d)
    doi = "10.5555/catchall.topics.%s.%04d" % (fmt, n)
    p = {
        "eid": "2-s2.0-853%08d" % n, "ut": "WOS:0008%08d" % n, "oaid": "W44%08d" % n,
        "md5": "%032x" % M.stable_int("topics%s%d" % (fmt, n), 1 << 128),
        "title": r["title"], "abstract": r["abstract"], "keywords": r["kw"],
        "index_keywords": r.get("ikw", []), "year": fy, "month": fm, "day": fd,
        "oa_date": str(r["date"]), "doi": doi, "source": journal["name"],
        "abbrev": journal["abbrev"], "wc": journal["wc"],
        "publisher": journal.get("publisher", "Elsevier Ltd"),
        "volume": str(arng.randint(10, 400)), "issue": str(arng.randint(1, 12)),
        "first_page": str(1000 + n), "last_page": str(1011 + n), "authors": authors,
        "affs": affs, "funding": funders, "fund_text": fund_text,
        "corresponding": arng.randrange(len(authors)), "email": "corr%d@example.org" % n,
        "cited": arng.randint(0, 60),
        "topic_id": 10000 + M.stable_int(r["kw"][0], 9000), "topic": r["kw"][0][0].upper() +
        r["kw"][0][1:], "field_id": 17 + M.stable_int(journal["field"], 20),
        "field": journal["field"], "source_id": 4210000000 + M.stable_int(journal["name"],
                                                                          999999),
        "ref_ids": [arng.randint(1000000000, 4300000000) for _ in range(arng.randint(0, 6))],
    }
    return p


def label_row(r, fmt, rid):
    y, m, d = parse_date(r["date"])
    ccs = {INSTS[k]["cc"] for k, _ in r["affs"]}
    dprk_foreign = "KP" in ccs and len(ccs) > 1
    when = timing(*format_date(fmt, y, m, d))
    tier = r["tier"]
    notes = ["%s %s/%s date=%s" % (r["id"], r["scn"], timing(y, m, d) if dprk_foreign else
                                   "control", r["date"])]
    if dprk_foreign and when == "ambiguous":
        tier = post_tier(set(r["cat"]))
        notes.append("date_ambiguous" + ("" if timing(y, m, d) == "ambiguous" else
                                         " (Scopus prints only the year)"))
    if r.get("note"):
        notes.append(re.sub(r"\s+", " ", r["note"].replace("date_ambiguous", "").strip(" ;")))
    note = "; ".join(x for x in notes if x)
    return (FILES[fmt], rid, ";".join(sorted(r["cat"])), tier, note)


def main():
    with open(os.path.join(GEN, "topics.yaml"), encoding="utf-8") as f:
        data = yaml.safe_load(f)
    journals, records = data["journals"], data["records"]
    seen = set()
    for r in records:
        if r["jr"] not in journals:
            raise Invalid("%s: unknown journal %s" % (r["id"], r["jr"]))
        check_record(r, seen)
    os.makedirs(OUT, exist_ok=True)
    rows = []
    for fi, fmt in enumerate(["scopus", "wos", "openalex"]):
        rng = random.Random(SEED + fi)
        order = list(records)
        rng.shuffle(order)
        papers = []
        for n, r in enumerate(order, start=1):
            p = build(r, journals, fmt, n, rng)
            papers.append(p)
            rid = {"scopus": p["eid"], "wos": p["ut"], "openalex": p["oaid"]}[fmt]
            rows.append(label_row(r, fmt, rid))
        {"scopus": emit.write_scopus, "wos": emit.write_wos,
         "openalex": emit.write_openalex}[fmt](os.path.join(OUT, FILES[fmt]), papers)
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8", newline="") as f:
        f.write("file\tid\tcategories\ttier\tnote\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print("wrote %d records x 3 formats, %d labels" % (len(records), len(rows)))


if __name__ == "__main__":
    main()
