#!/usr/bin/env python3
"""Regenerates the labelled evaluation set in tests/eval/ (deterministic; seed fixed).

    python3 tests/eval/gen/gen_eval.py          # writes tests/eval/eval_*.{csv,txt,jsonl}
                                                #   and tests/eval/labels.tsv

The generated files are committed; the C++ test reads them and never runs this script.
Labels follow the definitions of `catchall screen` (docs/output-formats.md):
  dprk_tie        at least one affiliation is in the DPRK
  dprk_coauthored dprk_tie and at least one affiliation outside the DPRK (decidable from the
                  address: institution, city or country)
  has_rok         at least one affiliation is in the Republic of Korea
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import catalog as C  # noqa: E402
import common as M  # noqa: E402
import emit  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PER_FORMAT = None  # set below: the scenarios plus one record per hard string
FILES = {"scopus": "eval_scopus.csv", "wos": "eval_wos.txt", "openalex": "eval_openalex.jsonl"}
# Records per scenario in each format (sums to PER_FORMAT).
SCENARIOS = [("kp_cn", 55), ("kp_other", 20), ("kp_kr", 8), ("kp_only", 30), ("kr_only", 35),
             ("kr_cn", 10), ("cn_only", 12), ("other", 10)]
# Hand-written hard strings (country<TAB>affiliation), each used in every format.
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "hard_cases.tsv"),
          encoding="utf-8") as _f:
    HARD = [line.split("\t", 1) for line in _f.read().splitlines() if line.strip()]
PER_FORMAT = sum(k for _, k in SCENARIOS) + len(HARD)
SEVEN_SONS = ["hit", "heu", "buaa", "bit", "nwpu", "nuaa", "njust"]
CN_NORTHEAST = ["ybu", "jlu", "nenu", "dlut", "neu", "imr", "lnu"]
PYONGYANG_INSTS = ["kisu", "kcut", "sas", "pust", "pume", "khjue", "pmc"]
BIG_CITIES = {"hit", "heu", "buaa", "bit", "jlu", "nenu", "neu", "tsinghua", "msu", "nsu",
              "tud", "fub", "kth", "iitd"}


def aff(text, cc, oa_insts=None, oa_raw=True, note=""):
    return {"text": text, "cc": cc, "oa_insts": oa_insts or [], "oa_raw": oa_raw, "note": note}


def dprk_aff(fmt, rng):
    """One DPRK affiliation in one of the many surface forms, with OpenAlex linking quirks."""
    forms = [("inst", 40), ("inst_city_only", 10), ("street", 8), ("city", 14),
             ("city_only", 9), ("rr", 6), ("hangul", 5 if fmt != "wos" else 0),
             ("han", 4 if fmt == "openalex" else 0), ("mr", 4 if fmt != "wos" else 0),
             ("misassigned_kr", 3), ("typo", 2), ("cyrillic", 1 if fmt == "openalex" else 0),
             ("inst_korea_only", 2), ("bare_inst", 2 if fmt != "wos" else 0)]
    form = rng.choices([f for f, _ in forms], [w for _, w in forms])[0]
    inst = None
    if form in ("inst", "street"):
        inst = C.ALL[rng.choice([i["key"] for i in C.DPRK])]
        text = M.render(inst, fmt, rng, "street" if form == "street" else "std")
    elif form == "inst_city_only":
        inst = C.ALL[rng.choice(PYONGYANG_INSTS)]
        text = M.render(inst, fmt, rng, "city_only")
    elif form in ("city", "city_only"):
        city = rng.choice(C.DPRK_CITIES)[0]
        text = M.render_city(city, fmt, rng, "city_only" if form == "city_only" else "std")
    elif form == "rr":
        if rng.random() < 0.5:
            inst = C.ALL[rng.choice(["huci", "hamhung-sas", "kisu", "kcut"])]
            text = M.render(inst, fmt, rng, "rr")
        else:
            text = M.render_city(rng.choice(["Pyongyang", "Hamhung", "Chongjin", "Kimchaek"]),
                                 fmt, rng, "rr")
    elif form == "hangul":
        inst = C.ALL[rng.choice(["kisu", "kcut", "sas"])]
        text = M.render(inst, fmt, rng, "hangul")
    elif form == "han":
        inst = C.ALL["kisu"] if rng.random() < 0.6 else C.ALL["kcut"]
        text = M.render(inst, fmt, rng, "han")
    elif form == "mr":
        city = rng.choice(C.DPRK_CITIES)[0]
        text = M.render_city(city, fmt, rng, "std").replace(city, C.DPRK_CITIES_MR[city])
    elif form == "misassigned_kr":
        # The database normalised "Korea" to the ROK: institution and city still say DPRK.
        inst = C.ALL[rng.choice(["kisu", "kcut", "pust", "pume", "khjue", "pmc"])]
        text = M.render(inst, fmt, rng, "kr_plain")
        text = text[:-len("Korea")] + "South Korea" if fmt != "wos" else \
            text[:-len("Korea.")] + "South Korea."
    elif form == "typo":
        inst = C.ALL["kisu"]
        d = rng.choice(inst["depts"])
        text = "%s, %s, Pyongyang, %s" % (d[0], rng.choice(C.KISU_TYPOS),
                                          M.country_word("KP", fmt, rng))
        if fmt == "wos":
            text = "%s, %s, Pyongyang, North Korea." % (rng.choice(C.KISU_TYPOS), d[1])
    elif form == "cyrillic":
        inst = C.ALL["kisu"]
        text = rng.choice(["Университет имени Ким Ир Сена, Пхеньян, КНДР",
                           "Физический факультет, Университет имени Ким Ир Сена, Пхеньян, "
                           "Корейская Народно-Демократическая Республика"])
    elif form == "bare_inst":  # department and institution, nothing else
        inst = C.ALL[rng.choice(["kisu", "kcut", "kcc", "huci", "khjue", "pume"])]
        text = "%s, %s" % (rng.choice(inst["depts"])[0], inst["names"][0])
    else:  # inst_korea_only: a DPRK institution, no city, just "Korea"
        inst = C.ALL[rng.choice(["kisu", "kcut", "huci", "pume", "khjue", "pust"])]
        d = rng.choice(inst["depts"])
        text = ("%s, %s, Korea." % (rng.choice(inst["wos"]), d[1])) if fmt == "wos" else \
            "%s, %s, Korea" % (d[0], rng.choice(inst["names"]))
    note = "kp:" + form
    if fmt == "wos" and rng.random() < 0.25 and "North Korea" in text:
        text, note = text.replace("North Korea", "NORTH KOREA"), note + ":upper-country"
    a = aff(text, "KP", note=note)
    if fmt == "openalex":
        r = rng.random()
        if inst is None or r < 0.30:
            note += ":oa-raw-only"
        elif r < 0.40:
            wrong = rng.choice([("KR", None), ("KR", "Korea University of Technology and "
                                                     "Education")])
            a["oa_insts"] = [M.oa_institution(inst, wrong[0], wrong[1])]
            note += ":oa-linked-as-KR"
        elif r < 0.45:
            a["oa_insts"] = [M.oa_institution(inst, "")]
            note += ":oa-country-null"
        elif r < 0.50:
            a["oa_insts"] = [M.oa_institution(inst)]
            a["oa_raw"] = False
            note += ":oa-institution-only"
        else:
            a["oa_insts"] = [M.oa_institution(inst)]
        a["note"] = note
    return a


def foreign_aff(key, fmt, rng, allow_no_country=True):
    i = C.ALL[key]
    mode = "std"
    if allow_no_country and key in BIG_CITIES and rng.random() < 0.15:
        mode = "no_country"
    if key == "ybu" and fmt == "openalex" and rng.random() < 0.3:
        mode = "han"
    a = aff(M.render(i, fmt, rng, mode), i["cc"], note="%s:%s" % (i["cc"].lower(), mode))
    if fmt == "openalex":
        a["oa_insts"] = [M.oa_institution(i)]
    return a


def rok_aff(fmt, rng, key=None):
    key = key or rng.choice([i["key"] for i in C.ROK])
    i = C.ALL[key]
    r = rng.random()
    mode = "kr_plain" if r < 0.15 else "std"
    text = M.render(i, fmt, rng, mode)
    if r >= 0.15 and r < 0.25 and i["city"] in C.ROK_OLD_CITY:
        mode = "old_city"
        text = text.replace(i["city"], C.ROK_OLD_CITY[i["city"]])
    elif r >= 0.25 and r < 0.30 and fmt != "wos":
        mode, text = "hangul", rng.choice(["서울대학교 물리천문학부, 서울, 대한민국",
                                           "고려대학교 신소재공학부, 서울 02841, 한국",
                                           "한국과학기술원 기계공학과, 대전, 대한민국"])
    elif r >= 0.30 and r < 0.33 and i["city"] == "Seoul":
        # A database wrongly printed the DPRK as the country of a Seoul institution.
        mode = "country_says_kp"
        text = M.render(i, fmt, rng, "kr_plain")
        text = text[:-len("Korea")] + "North Korea" if fmt != "wos" else \
            text[:-len("Korea.")] + "North Korea."
    a = aff(text, "KR", note="kr:%s:%s" % (key, mode))
    if fmt == "openalex":
        r = rng.random()
        if r < 0.15:
            a["oa_insts"] = [M.oa_institution(i, "KP")]
            a["note"] += ":oa-linked-as-KP"
        elif r < 0.20:
            a["oa_raw"] = True
            a["note"] += ":oa-raw-only"
        else:
            a["oa_insts"] = [M.oa_institution(i)]
    return a


def other_confusable(fmt, rng):
    choice = rng.choice(["gatech", "uga", "neu-us", "palau", "tokyo", "oxford", "ub", "tsu"])
    if choice == "palau":
        city = "Barcelona"
        if fmt == "wos":
            text = "Univ Barcelona, Dept Hist, Carrer Palau 3, %s 08002, Spain." % city
        else:
            text = "Department of History, Universitat de Barcelona, Carrer del Palau 3, " \
                   "08002 %s, Spain" % city
        a = aff(text, "ES", note="es:street-palau")
        if fmt == "openalex":
            a["oa_insts"] = [M.oa_institution("ub")]
        return a
    return foreign_aff(choice, fmt, rng, allow_no_country=False)


def build_affs(scenario, fmt, rng):
    if scenario == "kp_cn":
        kp = [dprk_aff(fmt, rng) for _ in range(rng.choice([1, 1, 2]))]
        pool = SEVEN_SONS if rng.random() < 0.55 else CN_NORTHEAST + ["tsinghua", "zju", "nudt"]
        cn = [foreign_aff(k, fmt, rng) for k in rng.sample(pool, rng.choice([1, 1, 2]))]
        return (kp + cn) if rng.random() < 0.6 else (cn + kp)
    if scenario == "kp_other":
        kp = [dprk_aff(fmt, rng) for _ in range(rng.choice([1, 2]))]
        key = rng.choice(["nsu", "msu", "fefu", "tud", "fub", "uu", "kth", "iitd", "ju", "um",
                          "cuni", "must", "tokyo"])
        out = kp + [foreign_aff(key, fmt, rng)]
        if rng.random() < 0.2:
            out.append(foreign_aff(rng.choice(SEVEN_SONS), fmt, rng))
        return out
    if scenario == "kp_kr":
        return [dprk_aff(fmt, rng), rok_aff(fmt, rng)]
    if scenario == "kp_only":
        return [dprk_aff(fmt, rng) for _ in range(rng.choice([1, 1, 2, 3]))]
    if scenario == "kr_only":
        keys = rng.sample([i["key"] for i in C.ROK], rng.choice([1, 1, 2]))
        return [rok_aff(fmt, rng, k) for k in keys]
    if scenario == "kr_cn":
        return [rok_aff(fmt, rng), foreign_aff(rng.choice(CN_NORTHEAST + SEVEN_SONS), fmt, rng)]
    if scenario == "cn_only":
        keys = rng.sample(CN_NORTHEAST + SEVEN_SONS, rng.choice([1, 2]))
        return [foreign_aff(k, fmt, rng, allow_no_country=False) for k in keys]
    if scenario.startswith("hard:"):
        cc, text = HARD[int(scenario.split(":")[1])]
        hard = aff(text + ("." if fmt == "wos" and not text.endswith(".") else ""), cc,
                   note="%s:hard" % cc.lower())
        if (cc == "KP" and rng.random() < 0.5) or (cc == "KR" and rng.random() < 0.3):
            return [hard, foreign_aff(rng.choice(SEVEN_SONS + CN_NORTHEAST), fmt, rng)]
        return [hard]
    return [other_confusable(fmt, rng) for _ in range(rng.choice([1, 2]))]


def make_authors(affs, rng, next_id):
    authors, taken = [], set()
    for idx, a in enumerate(affs):
        for _ in range(rng.choice([1, 1, 2, 3])):
            yb = "yanbian" in a["text"].lower() or "延边" in a["text"]
            sur, given = M.person(a["cc"], rng, yb, taken)
            authors.append({"sur": sur, "given": given, "affs": [idx],
                            "sid": str(57000000000 + next_id() % 999999999),
                            "oa_author": 5000000000 + next_id(),
                            "orcid": None, "sur_first": a["cc"] in ("KP", "CN")})
    if len(affs) > 1 and rng.random() < 0.15:
        # One author with two affiliations (Scopus then joins them with "; " too).
        authors[0]["affs"] = [0, 1]
    return authors


def pick_date(rng, old):
    if old:
        return rng.randint(1998, 2007), rng.randint(1, 12), None
    year = rng.choice([2015, 2016, 2016, 2017, 2017, 2018, 2018, 2019, 2019, 2020, 2021, 2022,
                       2023])
    month = 12 if (year == 2016 and rng.random() < 0.4) else rng.randint(1, 12)
    return year, month, rng.randint(1, 28)


def build(fmt, n, scenario, rng, counter):
    affs = build_affs(scenario, fmt, rng)
    topics = M.TOPICS_ROK + M.TOPICS_DPRK[:2] if scenario.startswith("kr") and \
        rng.random() < 0.3 else M.TOPICS_DPRK
    t = rng.choice(topics)
    title, abstract = M.topic_text(t, rng)
    old = fmt == "wos" and rng.random() < 0.12
    year, month, day = pick_date(rng, old)
    authors = make_authors(affs, rng, counter)
    funders = []
    if any(a["cc"] == "CN" for a in affs) and rng.random() < 0.6:
        f = C.FUNDERS["CN"][rng.randrange(len(C.FUNDERS["CN"]))]
        funders.append((f[0], f[1], str(rng.randint(11000000, 52999999))))
    if any(a["cc"] == "KR" for a in affs) and rng.random() < 0.5:
        f = C.FUNDERS["KR"][0]
        funders.append((f[0], f[1], "NRF-%d-%s" % (year - 1, rng.randint(100000, 999999))))
    # 10.5555 is Crossref's test prefix: these DOIs cannot point at real papers.
    doi = "10.5555/catchall.eval.%s.%04d" % (fmt, n)
    p = {
        "eid": "2-s2.0-852%08d" % n, "ut": "WOS:0007%08d" % n, "oaid": "W43%08d" % n,
        "md5": "%032x" % M.stable_int("eval%s%d" % (fmt, n), 1 << 128),
        "title": title, "abstract": abstract, "keywords": t[2], "year": year,
        "month": month if (fmt != "wos" or rng.random() < 0.8) else None,
        "day": day if (fmt != "wos" or rng.random() < 0.5) else None,
        "doi": doi if rng.random() < 0.9 else None, "source": t[3], "abbrev": t[4],
        "issn": t[5], "wc": t[6], "volume": str(rng.randint(10, 400)),
        "issue": str(rng.randint(1, 12)), "first_page": str(100 + n),
        "last_page": str(110 + n), "authors": authors, "affs": affs, "funding": funders,
        "fund_text": ("This work was supported by the " + funders[0][0] +
                      " (Grant No. %s)." % funders[0][2]) if funders else "",
        "corresponding": rng.randrange(len(authors)), "email": "corr%d@example.org" % n,
        "wos_upper": old, "cited": rng.randint(0, 40),
        "topic_id": 10000 + M.stable_int(t[3], 9000), "topic": t[2][0].capitalize(),
        "field_id": 17 + M.stable_int(t[6], 20), "field": t[6],
        "source_id": 4210000000 + M.stable_int(t[3], 999999),
        "issn_l": t[5][:4] + "-" + t[5][4:], "ref_ids": [rng.randint(1000000000, 4300000000)
                                                          for _ in range(rng.randint(0, 6))],
    }
    ccs = {a["cc"] for a in affs}
    tie = int("KP" in ccs)
    label = {"tie": tie, "co": int(tie and len(ccs - {"KP"}) > 0), "rok": int("KR" in ccs),
             "note": scenario + ("/wos-upper" if old else "") + " " +
             ",".join(a["note"] for a in affs)}
    return p, label


def main():
    rows, aff_rows, author_rows = [], [], []
    for fi, fmt in enumerate(["scopus", "wos", "openalex"]):
        rng = random.Random(20240301 + fi)
        counter_state = [fi * 100000]

        def counter():
            counter_state[0] += 1
            return counter_state[0]

        # Every hard string appears once in every format.
        plan = [s for s, k in SCENARIOS for _ in range(k)] + \
            ["hard:%d" % k for k in range(len(HARD))]
        assert len(plan) == PER_FORMAT, len(plan)
        rng.shuffle(plan)
        papers = []
        for n, scenario in enumerate(plan, start=1):
            p, label = build(fmt, n, scenario, rng, counter)
            papers.append(p)
            rid = {"scopus": p["eid"], "wos": p["ut"], "openalex": p["oaid"]}[fmt]
            rows.append((FILES[fmt], rid, label))
            kp_affs = {k for k, a in enumerate(p["affs"]) if a["cc"] == "KP"}
            if kp_affs:
                names = ["%s, %s" % (au["sur"], au["given"]) for au in p["authors"]
                         if kp_affs & set(au["affs"])]
                author_rows.append((FILES[fmt], rid, "no-links" if p["wos_upper"] else "linked",
                                    "; ".join(names)))
            for a in p["affs"]:
                raw = a["text"] if a["oa_raw"] or fmt != "openalex" else \
                    a["oa_insts"][0]["display_name"]
                if p["wos_upper"]:
                    raw = raw.upper()  # as the old-style WoS record prints it
                aff_rows.append((FILES[fmt], rid, a["cc"], a["note"], raw))
        path = os.path.join(HERE, FILES[fmt])
        {"scopus": emit.write_scopus, "wos": emit.write_wos,
         "openalex": emit.write_openalex}[fmt](path, papers)
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="") as f:
        f.write("file\tid\tdprk_tie\tdprk_coauthored\thas_rok\tnote\n")
        for file, rid, lab in rows:
            f.write("%s\t%s\t%d\t%d\t%d\t%s\n" % (file, rid, lab["tie"], lab["co"], lab["rok"],
                                                  lab["note"]))
    with open(os.path.join(HERE, "affiliations.tsv"), "w", encoding="utf-8", newline="") as f:
        f.write("file\tid\tcountry\tnote\traw\n")
        for row in aff_rows:
            f.write("\t".join(row) + "\n")
    with open(os.path.join(HERE, "dprk_authors.tsv"), "w", encoding="utf-8", newline="") as f:
        f.write("file\tid\tlinks\tdprk_authors\n")
        for row in author_rows:
            f.write("\t".join(row) + "\n")
    print("wrote %d labelled records, %d labelled affiliations, %d author lists" % (
        len(rows), len(aff_rows), len(author_rows)))


if __name__ == "__main__":
    main()
