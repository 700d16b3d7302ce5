#!/usr/bin/env python3
"""Writes the planted network fixtures of this directory (deterministic).

    python3 tests/network/data/gen_planted.py

One planted collaboration structure (see PLANTED.md) written three times: planted_scopus.csv,
planted_wos.txt, planted_openalex.jsonl. Every format has its own record ids, author ids and
DOIs (10.5555/planted.<fmt>.<record>), so each file stands alone and the three can be screened
together without a citation of one file pointing into another. Names are fictional; institution
names are spellings data/institutions.yaml resolves.
"""
import csv
import io
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# --- institutions: registry id -> how each format prints the address -------------------------
# scopus/openalex: full names; wos: WoS abbreviations. oa: OpenAlex institution object.
INST = {
    "cn-nenu": dict(
        full="School of Physics, Northeast Normal University, Changchun 130024, China",
        wos="NE Normal Univ, Sch Phys, Changchun 130024, Peoples R China.",
        oa=("I229152653", "Northeast Normal University", "CN", "education")),
    "kp-kim-il-sung-university": dict(
        full="Faculty of Physics, Kim Il Sung University, Pyongyang, DPR Korea",
        wos="Kim Il Sung Univ, Fac Phys, Pyongyang, North Korea.",
        oa=("I796787365", "Kim Il Sung University", "KP", "education")),
    "cn-hit": dict(
        full="School of Astronautics, Harbin Institute of Technology, Harbin 150001, China",
        wos="Harbin Inst Technol, Sch Astronaut, Harbin 150001, Peoples R China.",
        oa=("I332654207", "Harbin Institute of Technology", "CN", "education")),
    "kp-kim-chaek-university-of-technology": dict(
        full="Faculty of Mechanical Science and Technology, Kim Chaek University of Technology, "
             "Pyongyang, DPR Korea",
        wos="Kim Chaek Univ Technol, Fac Mech Sci & Technol, Pyongyang, North Korea.",
        oa=("I605775874", "Kim Chaek University of Technology", "KP", "education")),
    "jp-tohoku": dict(
        full="Department of Materials Science, Tohoku University, Sendai 980-8579, Japan",
        wos="Tohoku Univ, Dept Mat Sci, Sendai, Miyagi 9808579, Japan.",
        oa=("I4210129001", "Tohoku University", "JP", "education")),
    "cn-hlju": dict(
        full="School of Mathematical Sciences, Heilongjiang University, Harbin 150080, China",
        wos="Heilongjiang Univ, Sch Math Sci, Harbin 150080, Peoples R China.",
        oa=("I4210129002", "Heilongjiang University", "CN", "education")),
    "kp-state-academy-of-sciences": dict(
        full="Department of Mathematics, State Academy of Sciences, Pyongyang, DPR Korea",
        wos="State Acad Sci, Dept Math, Pyongyang, North Korea.",
        oa=("I858469873", "State Academy of Sciences", "KP", "government")),
    "de-tum": dict(
        full="Department of Materials Engineering, Technical University of Munich, "
             "85748 Garching, Germany",
        wos="Tech Univ Munich, Dept Mat Engn, D-85748 Garching, Germany.",
        oa=("I4210129003", "Technical University of Munich", "DE", "education")),
    "de-kit": dict(
        full="Institute for Applied Materials, Karlsruhe Institute of Technology, "
             "76131 Karlsruhe, Germany",
        wos="Karlsruhe Inst Technol, Inst Appl Mat, D-76131 Karlsruhe, Germany.",
        oa=("I4210129004", "Karlsruhe Institute of Technology", "DE", "education")),
    "cn-beihang": dict(
        full="School of Materials Science and Engineering, Beihang University, "
             "Beijing 100191, China",
        wos="Beihang Univ, Sch Mat Sci & Engn, Beijing 100191, Peoples R China.",
        oa=("I896567214", "Beihang University", "CN", "education")),
    "jp-osaka": dict(
        full="Graduate School of Engineering, Osaka University, Suita 565-0871, Japan",
        wos="Osaka Univ, Grad Sch Engn, Suita, Osaka 5650871, Japan.",
        oa=("I4210129005", "Osaka University", "JP", "education")),
}

# --- authors ---------------------------------------------------------------------------------
# key: (surname, given names, registry id of the one institution, ORCID or None)
AUTH = {
    "B1": ("Wen", "Shaoqing", "cn-nenu", None),
    "D1": ("Ri", "Chol Jin", "kp-kim-il-sung-university", None),
    "H1": ("Tan", "Lihua", "cn-hit", None),
    "B2": ("Guan", "Yurong", "cn-hit", "0000-0002-7415-3902"),
    "D2": ("Paek", "Un Gyong", "kp-kim-chaek-university-of-technology", None),
    "H2": ("Mo", "Jianguo", "cn-hit", None),
    "P1": ("Sato", "Haruki", "jp-tohoku", None),
    "P2": ("Qiao", "Minghui", "cn-hlju", None),
    "P3": ("Jong", "Song Hui", "kp-state-academy-of-sciences", None),
    "Q1": ("Brandt", "Lukas", "de-tum", None),
    "Q2": ("Vogel", "Annika", "de-kit", None),
    "M1a": ("Xue", "Pengfei", "cn-beihang", None),
    "M1b": ("Lou", "Yanan", "cn-beihang", None),
    "N1a": ("Mori", "Kenta", "jp-osaka", None),
    "N1b": ("Fujii", "Aya", "jp-osaka", None),
}
AUTHOR_ORDER = list(AUTH)
SCOPUS_AUTHOR_ID = {k: "579000001%02d" % (i + 1) for i, k in enumerate(AUTHOR_ORDER)}
OPENALEX_AUTHOR_ID = {k: "A59000001%02d" % (i + 1) for i, k in enumerate(AUTHOR_ORDER)}

# --- records ---------------------------------------------------------------------------------
# refs: keys of in-set records cited (by DOI / OpenAlex id) and outside works ("X<n>").
OUTSIDE = {
    "X1": ("Hartley N", 2015, "Phonon transport across polymer interfaces", "J APPL PHYS", 118,
           "10.5555/planted.outside.x1"),
    "X2": ("Okafor C", 2016, "Thermal fatigue of fibre laminates", "COMPOS PART A-APPL S", 84,
           "10.5555/planted.outside.x2"),
    "X3": ("Lindqvist E", 2014, "Piezoelectric shunt damping of thin plates", "SMART MATER STRUCT",
           23, "10.5555/planted.outside.x3"),
    "X4": ("Moreau P", 2013, "Solute segregation at grain boundaries", "ACTA MATER", 61,
           "10.5555/planted.outside.x4"),
    "X5": ("Ivanova T", 2017, "Continuous time random walks in porous media", "PHYS REV E", 95,
           "10.5555/planted.outside.x5"),
    "X6": ("Baker R", 2012, "Reaction wheel jitter in small satellites", "J GUID CONTROL DYNAM",
           35, "10.5555/planted.outside.x6"),
    "X7": ("Nakamura Y", 2018, "Hydrogen trapping in face-centred cubic alloys", "SCRIPTA MATER",
           150, "10.5555/planted.outside.x7"),
    "X8": ("Singh A", 2016, "Interatomic potentials from neural networks", "PHYS REV B", 94,
           "10.5555/planted.outside.x8"),
    "X9": ("Costa M", 2019, "Ablative thermal protection systems", "AEROSP SCI TECHNOL", 91,
           "10.5555/planted.outside.x9"),
    "X10": ("Dubois L", 2017, "Hexagonal boron nitride dispersions", "CARBON", 120,
            "10.5555/planted.outside.x10"),
}

REC = [
    dict(key="R1", authors=["B1", "D1"], year=2018, month=5, day=14,
         title="Thermal conductivity of boron nitride nanosheet epoxy composites",
         source="Composites Science and Technology", abbrev="Compos. Sci. Technol.",
         volume="162", first_page="101", last_page="109",
         keywords=["boron nitride", "thermal conductivity", "epoxy composite"],
         abstract="Boron nitride nanosheets were dispersed in epoxy and the through-plane thermal "
                  "conductivity was measured by laser flash analysis.",
         refs=["X1", "X10"]),
    dict(key="R2", authors=["B1", "H1"], year=2019, month=2, day=3,
         title="Interfacial stress in carbon fibre reinforced laminates under thermal cycling",
         source="Composite Structures", abbrev="Compos. Struct.",
         volume="210", first_page="455", last_page="463",
         keywords=["thermal cycling", "laminate", "interfacial stress"],
         abstract="Interfacial stresses of carbon fibre laminates under repeated thermal cycling "
                  "were computed and compared with digital image correlation measurements.",
         refs=["X2"]),
    dict(key="R3", authors=["B2", "D2"], year=2018, month=9, day=20,
         title="Vibration suppression of flexible spacecraft appendages with piezoelectric "
               "actuators",
         source="Aerospace Science and Technology", abbrev="Aerosp. Sci. Technol.",
         volume="80", first_page="312", last_page="321",
         keywords=["vibration suppression", "piezoelectric actuator", "flexible appendage"],
         abstract="An active vibration controller with piezoelectric patches is designed for a "
                  "flexible solar array and verified on a ground test bed.",
         refs=["X3"]),
    dict(key="R4", authors=["P1", "P2"], year=2017, month=6, day=1,
         title="Grain boundary segregation in magnesium alloys studied by atom probe tomography",
         source="Acta Materialia", abbrev="Acta Mater.",
         volume="131", first_page="77", last_page="86",
         keywords=["magnesium alloy", "grain boundary", "atom probe tomography"],
         abstract="Solute segregation at grain boundaries of dilute magnesium alloys was "
                  "quantified by atom probe tomography and compared with a statistical model.",
         refs=["X4"]),
    dict(key="R5", authors=["P2", "P3"], year=2019, month=11, day=8,
         title="Fractional-order models of anomalous diffusion in porous media",
         source="Applied Mathematical Modelling", abbrev="Appl. Math. Model.",
         volume="75", first_page="640", last_page="652",
         keywords=["fractional derivative", "anomalous diffusion", "porous media"],
         abstract="A time-fractional diffusion model is proposed for solute transport in porous "
                  "media and its numerical solution is analysed.",
         refs=["X5"]),
    dict(key="R6", authors=["B2", "H2"], year=2020, month=3, day=16,
         title="Attitude control of small satellites with reaction wheel disturbances",
         source="Acta Astronautica", abbrev="Acta Astronaut.",
         volume="168", first_page="23", last_page="31",
         keywords=["attitude control", "reaction wheel", "small satellite"],
         abstract="A disturbance observer compensates reaction wheel jitter in the attitude "
                  "control loop of a small satellite.",
         refs=["X6"]),
    dict(key="R7", authors=["P1", "Q1"], year=2020, month=7, day=22,
         title="Hydrogen embrittlement of CoCrFeMnNi high-entropy alloys",
         source="Scripta Materialia", abbrev="Scripta Mater.",
         volume="184", first_page="1", last_page="6",
         keywords=["hydrogen embrittlement", "high-entropy alloy", "fracture"],
         abstract="Hydrogen-charged CoCrFeMnNi specimens were tested in slow strain rate tension "
                  "and the fracture surfaces examined.",
         refs=["X7"]),
    dict(key="C2", authors=["Q1", "Q2"], year=2019, month=4, day=10,
         title="Machine learning potentials for dislocation dynamics in tungsten",
         source="Computational Materials Science", abbrev="Comput. Mater. Sci.",
         volume="163", first_page="210", last_page="219",
         keywords=["machine learning potential", "dislocation", "tungsten"],
         abstract="A neural network interatomic potential for tungsten reproduces screw "
                  "dislocation core structures and Peierls barriers.",
         refs=["X8"]),
    dict(key="M1", authors=["M1a", "M1b"], year=2021, month=8, day=5,
         title="Thermal management materials for hypersonic vehicle structures",
         source="Chinese Journal of Aeronautics", abbrev="Chin. J. Aeronaut.",
         volume="34", first_page="1", last_page="18",
         keywords=["thermal protection", "hypersonic vehicle", "composite"],
         abstract="Thermal protection and heat spreading materials for hypersonic vehicle "
                  "structures are reviewed, from ceramic composites to filled polymers.",
         refs=["R1", "C2", "X9"]),
    dict(key="N1", authors=["N1a", "N1b"], year=2021, month=10, day=12,
         title="Boron nitride fillers for polymer heat spreaders in power electronics",
         source="Polymer", abbrev="Polymer",
         volume="230", first_page="124", last_page="131",
         keywords=["boron nitride", "heat spreader", "polymer composite"],
         abstract="Polymer heat spreaders filled with boron nitride platelets are characterised "
                  "for power electronic modules.",
         refs=["R1", "X10"]),
]
REC_BY_KEY = {r["key"]: r for r in REC}
ORDER = [r["key"] for r in REC]


def scopus_eid(key):
    return "2-s2.0-859000000%02d" % (ORDER.index(key) + 1)


def wos_ut(key):
    return "WOS:0009000000000%02d" % (ORDER.index(key) + 1)


def openalex_id(key):
    return "W59000000%02d" % (ORDER.index(key) + 1)


def doi(fmt, key):
    return "10.5555/planted.%s.%s" % (fmt, key.lower())


def initials(given, dots=True):
    parts = given.replace("-", " ").split()
    return "".join(p[0] + ("." if dots else "") for p in parts)


def author_inst(a):
    return AUTH[a][2]


def rec_insts(r):
    out = []
    for a in r["authors"]:
        if author_inst(a) not in out:
            out.append(author_inst(a))
    return out


# --- Scopus ----------------------------------------------------------------------------------
SCOPUS_HEADER = [
    "Authors", "Author full names", "Author(s) ID", "Title", "Year", "Source title", "Volume",
    "Issue", "Art. No.", "Page start", "Page end", "Page count", "Cited by", "DOI", "Link",
    "Affiliations", "Authors with affiliations", "Abstract", "Author Keywords", "Index Keywords",
    "Molecular Sequence Numbers", "Chemicals/CAS", "Tradenames", "Manufacturers",
    "Funding Details", "Funding Texts", "References", "Correspondence Address", "Editors",
    "Publisher", "Sponsors", "Conference name", "Conference date", "Conference location",
    "Conference code", "ISSN", "ISBN", "CODEN", "PubMed ID", "Language of Original Document",
    "Abbreviated Source Title", "Document Type", "Publication Stage", "Open Access", "Source",
    "EID"]


def scopus_short(a):
    sur, given = AUTH[a][0], AUTH[a][1]
    return "%s %s" % (sur, initials(given))


def scopus_reference(fmt, ref):
    if ref in OUTSIDE:
        au, year, title, journal, vol, d = OUTSIDE[ref]
        sur, ini = au.split(" ")
        return "%s %s., %s, %s, %d, (%d), DOI: %s" % (sur, ".".join(ini), title,
                                                     journal.title(), vol, year, d)
    r = REC_BY_KEY[ref]
    authors = ", ".join(scopus_short(a) for a in r["authors"])
    return "%s, %s, %s, %s, pp. %s-%s, (%d), DOI: %s" % (
        authors, r["title"], r["abbrev"], r["volume"], r["first_page"], r["last_page"],
        r["year"], doi("sc", ref))


def scopus_row(r):
    key = r["key"]
    insts = rec_insts(r)
    eid = scopus_eid(key)
    d = doi("sc", key)
    first = r["authors"][0]
    row = {
        "Authors": "; ".join(scopus_short(a) for a in r["authors"]),
        "Author full names": "; ".join("%s, %s (%s)" % (AUTH[a][0], AUTH[a][1],
                                                         SCOPUS_AUTHOR_ID[a])
                                       for a in r["authors"]),
        "Author(s) ID": "; ".join(SCOPUS_AUTHOR_ID[a] for a in r["authors"]),
        "Title": r["title"], "Year": str(r["year"]), "Source title": r["source"],
        "Volume": r["volume"], "Page start": r["first_page"], "Page end": r["last_page"],
        "Page count": str(int(r["last_page"]) - int(r["first_page"]) + 1),
        "Cited by": "0", "DOI": d,
        "Link": "https://www.scopus.com/inward/record.uri?eid=%s&doi=%s&partnerID=40" % (
            eid, d.replace("/", "%2f")),
        "Affiliations": "; ".join(INST[i]["full"] for i in insts),
        "Authors with affiliations": "; ".join(
            "%s, %s" % (scopus_short(a), INST[author_inst(a)]["full"]) for a in r["authors"]),
        "Abstract": r["abstract"] + " © %d Elsevier Ltd" % r["year"],
        "Author Keywords": "; ".join(r["keywords"]),
        "References": "; ".join(scopus_reference("sc", x) for x in r["refs"]),
        "Correspondence Address": "%s %s; %s; email: %s@example.org" % (
            initials(AUTH[first][1]), AUTH[first][0], INST[author_inst(first)]["full"],
            AUTH[first][0].lower()),
        "Publisher": "Elsevier Ltd", "Language of Original Document": "English",
        "Abbreviated Source Title": r["abbrev"], "Document Type": "Article",
        "Publication Stage": "Final", "Source": "Scopus", "EID": eid,
    }
    return [row.get(h, "") for h in SCOPUS_HEADER]


def write_scopus(path):
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\n")
    w.writerow(SCOPUS_HEADER)
    for r in REC:
        w.writerow(scopus_row(r))
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# --- Web of Science --------------------------------------------------------------------------
MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def wrap(text, width=76):
    words, lines, cur = text.split(" "), [], ""
    for word in words:
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = (cur + " " + word) if cur else word
    lines.append(cur)
    return lines


def tag(out, t, values):
    first = True
    for v in values:
        for line in wrap(v) if t in ("TI", "SO", "DE", "AB") else [v]:
            out.append(("%s %s" % (t, line)) if first else ("   " + line))
            first = False


def wos_au(a):
    return "%s, %s" % (AUTH[a][0], initials(AUTH[a][1], dots=False))


def wos_af(a):
    return "%s, %s" % (AUTH[a][0], AUTH[a][1])


def wos_reference(ref):
    if ref in OUTSIDE:
        au, year, title, journal, vol, d = OUTSIDE[ref]
        return "%s, %d, %s, V%d, P1, DOI %s" % (au, year, journal, vol, d)
    r = REC_BY_KEY[ref]
    au = "%s %s" % (AUTH[r["authors"][0]][0], initials(AUTH[r["authors"][0]][1], dots=False))
    return "%s, %d, %s, V%s, P%s, DOI %s" % (au, r["year"], r["abbrev"].upper().replace(".", ""),
                                            r["volume"], r["first_page"], doi("wos", ref))


def wos_record(r):
    out = ["PT J"]
    tag(out, "AU", [wos_au(a) for a in r["authors"]])
    tag(out, "AF", [wos_af(a) for a in r["authors"]])
    tag(out, "TI", [r["title"]])
    tag(out, "SO", [r["source"].upper()])
    tag(out, "LA", ["English"])
    tag(out, "DT", ["Article"])
    tag(out, "DE", ["; ".join(r["keywords"])])
    tag(out, "AB", [r["abstract"]])
    c1 = []
    for inst in rec_insts(r):
        names = [wos_af(a) for a in r["authors"] if author_inst(a) == inst]
        c1.append("[%s] %s" % ("; ".join(names), INST[inst]["wos"]))
    tag(out, "C1", c1)
    first = r["authors"][0]
    tag(out, "RP", ["%s (corresponding author), %s" % (wos_au(first),
                                                       INST[author_inst(first)]["wos"])])
    tag(out, "EM", ["%s@example.org" % AUTH[first][0].lower()])
    orcids = ["%s/%s" % (wos_af(a), AUTH[a][3]) for a in r["authors"] if AUTH[a][3]]
    if orcids:
        tag(out, "OI", ["; ".join(orcids)])
    tag(out, "CR", [wos_reference(x) for x in r["refs"]])
    tag(out, "NR", [str(len(r["refs"]))])
    tag(out, "TC", ["0"])
    tag(out, "Z9", ["0"])
    tag(out, "PU", ["ELSEVIER SCI LTD"])
    tag(out, "PI", ["OXFORD"])
    tag(out, "J9", [r["abbrev"].upper().replace(".", "")])
    tag(out, "JI", [r["abbrev"]])
    tag(out, "PD", ["%s %d" % (MONTHS[r["month"] - 1], r["day"])])
    tag(out, "PY", [str(r["year"])])
    tag(out, "VL", [r["volume"]])
    tag(out, "BP", [r["first_page"]])
    tag(out, "EP", [r["last_page"]])
    tag(out, "DI", [doi("wos", r["key"])])
    tag(out, "UT", [wos_ut(r["key"])])
    tag(out, "DA", ["2024-01-15"])
    out.append("ER")
    return "\n".join(out) + "\n"


def write_wos(path):
    parts = ["\ufeffFN Clarivate Analytics Web of Science\nVR 1.0\n"]
    for r in REC:
        parts.append(wos_record(r) + "\n")
    parts.append("EF\n")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("".join(parts))


# --- OpenAlex --------------------------------------------------------------------------------
def oa_inst(inst):
    iid, name, cc, typ = INST[inst]["oa"]
    url = "https://openalex.org/" + iid
    return {"id": url, "display_name": name, "ror": None, "country_code": cc, "type": typ,
            "lineage": [url]}


def outside_openalex_id(ref):
    return "https://openalex.org/W48000000%02d" % int(ref[1:])


def openalex_work(r):
    authorships = []
    n = len(r["authors"])
    for k, a in enumerate(r["authors"]):
        sur, given, inst, orcid = AUTH[a]
        raw = INST[inst]["full"]
        obj = oa_inst(inst)
        authorships.append({
            "author_position": "first" if k == 0 else ("last" if k == n - 1 else "middle"),
            "author": {"id": "https://openalex.org/" + OPENALEX_AUTHOR_ID[a],
                       "display_name": "%s %s" % (given, sur),
                       "orcid": ("https://orcid.org/" + orcid) if orcid else None},
            "institutions": [obj],
            "countries": [obj["country_code"]],
            "is_corresponding": k == 0,
            "raw_author_name": "%s %s" % (given, sur),
            "raw_affiliation_strings": [raw],
            "affiliations": [{"raw_affiliation_string": raw, "institution_ids": [obj["id"]]}],
        })
    countries = sorted({c for au in authorships for c in au["countries"]})
    wid = "https://openalex.org/" + openalex_id(r["key"])
    doi_url = "https://doi.org/" + doi("oa", r["key"])
    refs = [outside_openalex_id(x) if x in OUTSIDE else
            "https://openalex.org/" + openalex_id(x) for x in r["refs"]]
    return {
        "id": wid, "doi": doi_url, "title": r["title"], "display_name": r["title"],
        "publication_year": r["year"],
        "publication_date": "%04d-%02d-%02d" % (r["year"], r["month"], r["day"]),
        "ids": {"openalex": wid, "doi": doi_url},
        "language": "en",
        "primary_location": {
            "is_oa": False, "landing_page_url": doi_url, "pdf_url": None,
            "source": {"id": "https://openalex.org/S47000000%02d" % (ORDER.index(r["key"]) + 1),
                       "display_name": r["source"], "issn_l": None, "type": "journal"},
            "version": "publishedVersion"},
        "type": "article", "type_crossref": "journal-article",
        "authorships": authorships,
        "countries_distinct_count": len(countries),
        "institutions_distinct_count": len(rec_insts(r)),
        "cited_by_count": 0,
        "biblio": {"volume": r["volume"], "issue": None, "first_page": r["first_page"],
                   "last_page": r["last_page"]},
        "keywords": [{"id": "https://openalex.org/keywords/" + kw.lower().replace(" ", "-"),
                      "display_name": kw, "score": 0.5} for kw in r["keywords"]],
        "grants": [],
        "referenced_works": refs,
        "referenced_works_count": len(refs),
        "abstract_inverted_index": inverted_index(r["abstract"]),
        "updated_date": "2024-02-11T05:21:33.412345",
        "created_date": "2020-01-01",
    }


def inverted_index(text):
    idx = {}
    for pos, word in enumerate(text.split()):
        idx.setdefault(word, []).append(pos)
    return idx


def write_openalex(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        for r in REC:
            f.write(json.dumps(openalex_work(r), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    write_scopus(os.path.join(HERE, "planted_scopus.csv"))
    write_wos(os.path.join(HERE, "planted_wos.txt"))
    write_openalex(os.path.join(HERE, "planted_openalex.jsonl"))
