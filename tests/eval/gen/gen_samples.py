#!/usr/bin/env python3
"""Regenerates the demo inputs in samples/ (deterministic).

    python3 tests/eval/gen/gen_samples.py

The same 30 papers are written as a Scopus CSV export, a Web of Science field-tagged export and
OpenAlex works (JSON lines), each in that database's own spelling of the addresses, the way one
paper looks when exported from the three databases. Record identifiers are synthetic; DOIs use
Crossref's test prefix 10.5555. The records are NOT part of the evaluation set (tests/eval/).
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import catalog as C  # noqa: E402
import common as M  # noqa: E402
import emit  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(
    __file__)))))
SAMPLES = os.path.join(ROOT, "samples")


def A(key, dept=0, kp=None, city_only=False, oa=None, n=2, hangul=False, city=None,
      no_country=False, text=None, name=0):
    """One affiliation of a sample paper.

    key: catalog institution, or None with city= for a DPRK address known only by its city.
    kp: how Scopus/OpenAlex spell the DPRK (WoS always prints "North Korea").
    city_only: the address ends with the city (and "Korea"), no country.
    oa: OpenAlex quirk: "raw-only" (no institution linked), "KR"/"KP" (wrong country_code).
    name: which of the catalog's spellings of the institution Scopus/OpenAlex print.
    text: {"scopus":..., "wos":..., "openalex":...} literal strings (overrides the rest).
    """
    return dict(key=key, dept=dept, kp=kp, city_only=city_only, oa=oa, n=n, hangul=hangul,
                city=city, no_country=no_country, text=text, name=name)


def aff_text(spec, fmt):
    if spec["text"]:
        return spec["text"][fmt]
    if spec["key"] is None:  # generic DPRK institute in a city
        dept = C.GENERIC_DEPTS[spec["dept"]]
        parts = [dept[1] if fmt == "wos" else dept[0], spec["city"]]
    else:
        i = C.ALL[spec["key"]]
        if spec["hangul"] and fmt == "openalex":
            return "%s, 평양" % i["hangul"]
        d = i["depts"][spec["dept"]] if i["depts"] else None
        city = i["wos_city"] if fmt == "wos" else i["city"]
        if i["postal"] and (fmt == "wos" or i["cc"] == "CN"):
            city = "%s %s" % (city, i["postal"])
        if fmt == "wos":
            parts = [i["wos"][0]] + ([d[1]] if d else []) + [city]
        else:
            parts = ([d[0]] if d else []) + [i["names"][spec["name"]]] + [city]
        if i["cc"] == "US":
            if fmt == "wos":
                return "%s, %s, %s, %s %s USA." % (i["wos"][0], d[1], i["wos_city"],
                                                   i["us_state"], i["postal"])
            parts = parts[:-1] + [i["city"], i["us_state"]]
        cc = i["cc"]
        if cc != "KP" and not spec["no_country"]:
            parts.append(C.COUNTRY[cc][fmt][0])
        if cc != "KP":
            text = ", ".join(parts)
            return text + "." if fmt == "wos" else text
    if spec["city_only"]:
        parts.append("Korea")
    elif fmt == "wos":
        parts.append("North Korea")
    else:
        parts.append(spec["kp"] or "DPR Korea")
    text = ", ".join(parts)
    return text + "." if fmt == "wos" else text


def country_of(spec):
    if spec["text"]:
        return spec["text"]["cc"]
    return "KP" if spec["key"] is None else C.ALL[spec["key"]]["cc"]


def oa_insts(spec):
    if spec["key"] is None or spec["oa"] == "raw-only":
        return []
    i = C.ALL[spec["key"]]
    if spec["oa"] in ("KR", "KP"):
        return [M.oa_institution(i, spec["oa"])]
    return [M.oa_institution(i)]


NSFC = ("National Natural Science Foundation of China", "NSFC")
KEY_RD = ("National Key Research and Development Program of China", None)
CENTRAL = ("Fundamental Research Funds for the Central Universities", None)

# Topics of the papers added for the tier demo (the shape of common.TOPICS_DPRK, kept here so
# that the evaluation set, which draws from that list, does not change).
TIER_TOPICS = [
    ("Neutronic analysis of a small pressurized water reactor core loaded with {m} fuel",
     "A three-dimensional neutron transport model of a small pressurized water reactor core "
     "loaded with {m} fuel is built with the Monte Carlo code MCNP. The effective multiplication "
     "factor, power peaking and burnup over one cycle are compared with a diffusion calculation.",
     ["pressurized water reactor", "neutronics", "burnup"], "Annals of Nuclear Energy",
     "Ann. Nucl. Energy", "03064549", "Nuclear Science and Technology", []),
    ("Aerodynamic shape optimization of a {m} for a hypersonic glide vehicle",
     "The aerodynamic shape of a {m} for a hypersonic glide vehicle is optimised with a "
     "surrogate model and computational fluid dynamics at Mach 6 to 10. The optimised shape "
     "raises the lift-to-drag ratio by 12% while keeping the heat flux on the leading edge "
     "within the limits of the thermal protection system.",
     ["hypersonic vehicle", "aerodynamic optimization", "thermal protection"],
     "Aerospace Science and Technology", "Aerosp. Sci. Technol.", "12709638",
     "Aerospace Engineering", []),
    ("Selective laser melting of {m}: process parameters, densification and tensile properties",
     "Cubic and tensile specimens of {m} were produced by selective laser melting at laser "
     "powers of 150-300 W and scanning speeds of 600-1400 mm/s. Relative density, melt pool "
     "morphology and tensile properties were measured and a process window for parts above "
     "99.5% density is given.",
     ["additive manufacturing", "selective laser melting", "process parameters"],
     "Journal of Materials Processing Technology", "J. Mater. Process. Technol.", "09240136",
     "Industrial and Manufacturing Engineering", []),
]

NRF = ("National Research Foundation of Korea", "NRF")

# (topic index into common.TOPICS_DPRK or "rok:N", filler, year, month, day, affiliations,
#  funding [(funder, acronym, award)])
PAPERS = [
    (0, "carbon fibre", 2017, 3, 14,
     [A("kisu", 3, kp="DPR Korea", name=2), A("hit", 2, n=3)], [NSFC + ("11872160",)]),
    (1, "graphene", 2018, 6, 2,
     [A("kcut", 1, kp="D.P.R. Korea"), A("hit", 1)], [NSFC + ("51773049",)]),
    (2, "integral", 2016, 12, 20,
     [A("kisu", 0, kp="D.P.R. of Korea", oa="KR"), A("nenu", 0)], [NSFC + ("11671071",)]),
    (3, "ZnO", 2019, 4, 11,
     [A("sas", 1, kp="Democratic People's Republic of Korea"), A("jlu", 1)],
     [NSFC + ("21875089",)]),
    (4, "sestamibi", 2020, 9, 30,
     [A("pmc", 0, kp="Korea, DPR"), A("ybu", 1, n=3)], []),
    (5, "mathematics", 2021, 2, 8,
     [A("khjue", 0, kp="DPRK"), A("nenu", 1)], []),
    (6, "speech", 2018, 11, 19,
     [A("pust", 1, city_only=True, oa="raw-only"), A("uu", 0)],
     [("Swedish Research Council", None, "2016-04213")]),
    (3, "Fe3O4", 2019, 7, 1,
     [A("unisci", 1, kp="North Korea"), A("nsu", 0)],
     [("Russian Foundation for Basic Research", "RFBR", "18-52-51012")]),
    (1, "aramid fibre", 2017, 1, 25,
     [A("huci", 0, kp="DPR Korea"), A("tud", 0)], []),
    (6, "traffic sign", 2022, 5, 17,
     [A("pume", 0, kp="DPR Korea"), A("iitd", 0)], []),
    (0, "cross-ply", 2023, 8, 3,
     [A("kisu", 3, kp="DPR Korea", hangul=True), A("buaa", 0)], [NSFC + ("12172023",)]),
    (7, "plate-fin", 2020, 10, 12,
     [A(None, 0, city="Chongjin", kp="DPR Korea"), A("neu", 0, no_country=True)], []),
    (5, "chemistry", 2021, 3, 29,
     [A("kyus", 0, kp="DPR Korea"), A("wonsan-agr", 0, kp="Democratic People's Republic of "
                                                           "Korea")], []),
    (7, "spiral", 2022, 11, 7,
     [A(None, 2, city="Nampo", kp="DPRK"), A(None, 3, city="Kimchaek", kp="D.P.R. Korea")], []),
    (3, "CeO2", 2015, 5, 20,
     [A(None, 6, city="Sinuiju", kp="DPR Korea"), A(None, 5, city="Kaesong", kp="DPR Korea")],
     []),
    (2, "nonlocal", 2016, 12, 5,
     [A("sas", 0, kp="Korea, DPR"), A("kisu", 7, kp="Korea, DPR", oa="raw-only", name=1)], []),
    (1, "nano-silica", 2019, 9, 9,
     [A("ku", 0, oa="KP"), A("kaist", 0)], [NRF + ("2019R1A2C1004593",)]),
    ("rok:0", "", 2020, 6, 15, [A("snu", 1), A("postech", 0)], [NRF + ("2020R1C1C1008512",)]),
    (6, "handwritten character", 2018, 4, 23, [A("ptu", 0), A("snu-pc", 0)], []),
    ("rok:1", "", 2021, 1, 18, [A("unks", 0), A("kinu", 0)], []),
    (3, "TiO2", 2022, 12, 1, [A("ybu", 2, n=3)], [NSFC + ("21961036",)]),
    (1, "carbon nanotube", 2017, 10, 30, [A("gatech", 0), A("uga", 0)], []),
    (4, "MIBI", 2023, 2, 14,
     [A(None, text={"cc": "ES", "scopus": "Department of History, Universitat de Barcelona, "
                                          "Carrer del Palau 3, 08002 Barcelona, Spain",
                    "wos": "Univ Barcelona, Dept Hist, Carrer Palau 3, Barcelona 08002, "
                           "Spain.",
                    "openalex": "Department of History, Universitat de Barcelona, Carrer del "
                                "Palau 3, 08002 Barcelona, Spain"}), A("oxford", 0)], []),
    (6, "face", 2018, 8, 8, [A("tsinghua", 0), A("tokyo", 0)], [NSFC + ("61772287",)]),
    (1, "graphene", 2019, 12, 10, [A("yonsei", 0), A("ybu", 2)], [NRF + ("2018R1D1A1B07050",)]),
    (0, "glass fibre", 2018, 3, 5,
     [A("kcut", 0, kp="DPR Korea"), A("ku", 0)], []),
    # Appended after the first 26 so that their identifiers and random draws stay as they were.
    ("tier:0", "uranium-zirconium hydride", 2019, 5, 21,
     [A("kisu", 1, kp="DPR Korea"), A("heu", 1)], [NSFC + ("11875122",)]),
    ("tier:1", "waverider forebody", 2018, 9, 3,
     [A("kcut", 0, kp="Democratic People's Republic of Korea"), A("nwpu", 0)],
     [NSFC + ("11672244",), CENTRAL + ("3102018ZY002",)]),
    ("tier:2", "Ti-6Al-4V alloy", 2021, 6, 16,
     [A("kcut", 1, kp="DPR Korea"), A("hit", 1)], [KEY_RD + ("2018YFB1106300",)]),
    (0, "basalt fibre", 2014, 7, 9,
     [A("kisu", 3, kp="DPR Korea"), A("jlu", 1)], [NSFC + ("11372125",)]),
]


def build(n, spec, rng):
    topic, filler, year, month, day, affs, funding = spec
    if isinstance(topic, str) and topic.startswith("tier:"):
        t = TIER_TOPICS[int(topic.split(":")[1])]
    elif isinstance(topic, str):
        t = M.TOPICS_ROK[int(topic.split(":")[1])]
    else:
        t = M.TOPICS_DPRK[topic]
    t_title, t_abs = t[0].replace("{m}", filler), t[1].replace("{m}", filler)
    authors, aff_rows, taken = [], [], set()
    for idx, a in enumerate(affs):
        cc = country_of(a)
        aff_rows.append({"cc": cc, "spec": a})
        yb = a["key"] == "ybu"
        for _ in range(a["n"]):
            sur, given = M.person(cc, rng, yb, taken)
            authors.append({"sur": sur, "given": given, "affs": [idx],
                            "sid": str(57190000000 + rng.randrange(10 ** 8)),
                            "oa_author": 5100000000 + rng.randrange(10 ** 8),
                            "orcid": None, "sur_first": cc in ("KP", "CN")})
    corr = 0 if n % 3 == 0 else len(authors) - 1
    corr_key = affs[authors[corr]["affs"][0]]["key"]
    email = "%s.%s@%s" % (authors[corr]["given"].split()[0].split("-")[0].lower(),
                          authors[corr]["sur"].lower(),
                          M.EMAIL_DOMAIN.get(corr_key, "example.org"))
    paper = {
        "eid": "2-s2.0-851%08d" % (41200 + n * 37), "ut": "WOS:0004%08d" % (51000 + n * 53),
        "oaid": "W42%08d" % (77000 + n * 71),
        "md5": "%032x" % M.stable_int("sample%d" % n, 1 << 128),
        "title": t_title, "abstract": t_abs, "keywords": t[2], "year": year, "month": month,
        "day": day, "doi": "10.5555/catchall.sample.%02d" % n, "source": t[3], "abbrev": t[4],
        "issn": t[5], "wc": t[6], "volume": str(100 + n * 3), "issue": str(1 + n % 12),
        "first_page": str(1000 + n * 17), "last_page": str(1011 + n * 17), "authors": authors,
        "funding": list(funding),
        "fund_text": "; ".join("This work was supported by the %s (Grant No. %s)." % (f, aw)
                               for f, _, aw in funding),
        "corresponding": corr, "email": email, "cited": rng.randint(0, 30),
        "topic_id": 10000 + M.stable_int(t[3], 9000), "topic": t[2][0].capitalize(),
        "field_id": 17 + M.stable_int(t[6], 20), "field": t[6],
        "source_id": 4210000000 + M.stable_int(t[3], 999999),
        "issn_l": t[5][:4] + "-" + t[5][4:], "ref_ids": [4200000000 + rng.randrange(10 ** 8)
                                                          for _ in range(4)],
    }
    return paper, aff_rows


def for_format(paper, aff_rows, fmt):
    p = dict(paper)
    p["affs"] = [{"text": aff_text(r["spec"], fmt), "cc": r["cc"],
                  "oa_insts": oa_insts(r["spec"]), "oa_raw": True} for r in aff_rows]
    return p


def renumbered(paper, k):
    p = dict(paper)
    p["eid"] = "2-s2.0-851999%05d" % k
    p["ut"] = "WOS:0004999%05d" % k
    p["oaid"] = "W42999%05d" % k
    return p


def make_bad_inputs(built):
    """Deliberately broken files: each must end up in rejects.jsonl with file and line."""
    bad = os.path.join(SAMPLES, "bad_inputs")
    os.makedirs(bad, exist_ok=True)
    good = [(renumbered(p, k), r) for k, (p, r) in enumerate(built[:3], start=1)]

    # CSV: two good records, then one whose Title opens a quote that never closes.
    path = os.path.join(bad, "scopus_unbalanced_quote.csv")
    emit.write_scopus(path, [for_format(p, r, "scopus") for p, r in good[:2]])
    row = emit.scopus_row(for_format(good[2][0], good[2][1], "scopus"))
    line = ",".join('"%s"' % v.replace('"', '""') for v in row)
    line = line.replace('"%s"' % row[3], '"%s' % row[3], 1)  # Title loses its closing quote
    with open(path, "a", encoding="utf-8", newline="") as f:
        f.write(line + "\n")

    # WoS: the second of three records has no ER line before the next PT.
    recs = [emit.wos_record(for_format(p, r, "wos")) for p, r in good]
    recs[1] = recs[1].replace("\nER\n", "\n")
    with open(os.path.join(bad, "wos_missing_er.txt"), "w", encoding="utf-8") as f:
        f.write("FN Clarivate Analytics Web of Science\nVR 1.0\n" + "\n".join(recs) + "\nEF\n")

    # WoS exported in Latin-1 (invalid UTF-8 bytes), one record with a German address.
    p, r = built[8]  # the Hamhung / TU Dresden paper
    text = emit.wos_record(for_format(renumbered(p, 9), r, "wos"))
    text = text.replace("Tech Univ Dresden", "Technische Universität Dresden")
    with open(os.path.join(bad, "wos_latin1.txt"), "wb") as f:
        f.write(("FN Clarivate Analytics Web of Science\nVR 1.0\n" + text + "\nEF\n")
                .encode("latin-1", errors="replace"))

    # JSON lines: an array, a number and a truncated object between two good works.
    works = [emit.openalex_work(for_format(p, r, "openalex")) for p, r in good[:2]]
    lines = [json.dumps(works[0], ensure_ascii=False), '["not", "a", "work"]', "42",
             '{"id": "https://openalex.org/W4299900099", "title": "Truncated',
             json.dumps(works[1], ensure_ascii=False)]
    with open(os.path.join(bad, "openalex_not_objects.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

    open(os.path.join(bad, "empty.jsonl"), "w").close()


def main():
    rng = random.Random(7)
    built = [build(n, spec, rng) for n, spec in enumerate(PAPERS, start=1)]
    emit.write_scopus(os.path.join(SAMPLES, "scopus_dprk_sample.csv"),
                      [for_format(p, r, "scopus") for p, r in built])
    emit.write_wos(os.path.join(SAMPLES, "wos_dprk_sample.txt"),
                   [for_format(p, r, "wos") for p, r in built])
    emit.write_openalex(os.path.join(SAMPLES, "openalex_dprk_sample.jsonl"),
                        [for_format(p, r, "openalex") for p, r in built])
    make_bad_inputs(built)
    with open(os.path.join(SAMPLES, "expected.tsv"), "w", encoding="utf-8") as f:
        f.write("doi\tyear\tcountries\tdprk_tie\tdprk_coauthored\n")
        for p, rows in built:
            ccs = sorted({r["cc"] for r in rows})
            tie = "KP" in ccs
            f.write("%s\t%d\t%s\t%d\t%d\n" % (p["doi"], p["year"], ",".join(ccs), tie,
                                              tie and len(ccs) > 1))
    print("wrote %d papers x 3 formats" % len(built))


if __name__ == "__main__":
    main()
