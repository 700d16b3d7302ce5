"""Writers for the three export formats, from one neutral paper dict.

paper = {
  "eid": "2-s2.0-85...", "ut": "WOS:000...", "oaid": "W...",   # the one for its format
  "title", "abstract", "keywords": [...], "year", "month" (or None), "day" (or None),
  "doi", "source", "volume", "issue", "first_page", "last_page", "doctype",
  "authors": [{"sur", "given", "affs": [aff index...], "sid" (Scopus id), "orcid" (or None)}],
  "affs": [{"text": raw affiliation as printed in this format,
            "oa_insts": [institution dicts] (OpenAlex only), "oa_raw": bool}],
  "funding": [(funder, acronym or None, award or None)], "fund_text": str,
  "corresponding": author index, "email": str,
  "oa_date": optional OpenAlex publication_date as printed ("2016", "2016-11", "2016-11-30"),
  "wos_upper": bool (old WoS records in upper case without [author] brackets),
}
"""
import csv
import io
import json

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

MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def initials(given, dots=True, hyphen_sep="-"):
    parts = given.replace("-", " ").split()
    if dots:
        return "".join(p[0] + "." for p in parts)
    return "".join(p[0] for p in parts)


def scopus_short(a):
    return "%s %s" % (a["sur"], initials(a["given"]))


def scopus_row(p):
    authors = p["authors"]
    aff_order = []
    for a in authors:
        for i in a["affs"]:
            if i not in aff_order:
                aff_order.append(i)
    with_affs = []
    for a in authors:
        texts = [p["affs"][i]["text"] for i in a["affs"]]
        with_affs.append(scopus_short(a) + (", " + "; ".join(texts) if texts else ""))
    fund_details = "; ".join(
        ", ".join([f] + ([acr] if acr else []) + (["(%s)" % aw] if aw else []))
        for f, acr, aw in p["funding"])
    corr = authors[p.get("corresponding", 0)]
    corr_aff = p["affs"][corr["affs"][0]]["text"] if corr["affs"] else ""
    pages = ""
    if p.get("first_page"):
        pages = str(int(p["last_page"]) - int(p["first_page"]) + 1)
    row = {
        "Authors": "; ".join(scopus_short(a) for a in authors),
        "Author full names": "; ".join(
            "%s, %s (%s)" % (a["sur"], a["given"], a["sid"]) for a in authors),
        "Author(s) ID": "; ".join(a["sid"] for a in authors),
        "Title": p["title"], "Year": str(p["year"]), "Source title": p["source"],
        "Volume": p.get("volume", ""), "Issue": p.get("issue", ""),
        "Art. No.": p.get("art_no", ""),
        "Page start": p.get("first_page", ""), "Page end": p.get("last_page", ""),
        "Page count": pages, "Cited by": str(p.get("cited", 0)), "DOI": p.get("doi") or "",
        "Link": "https://www.scopus.com/inward/record.uri?eid=%s&doi=%s&partnerID=40&md5=%s" % (
            p["eid"], (p.get("doi") or "").replace("/", "%2f"), p["md5"]),
        "Affiliations": "; ".join(p["affs"][i]["text"] for i in aff_order),
        "Authors with affiliations": "; ".join(with_affs),
        "Abstract": p["abstract"] + " © %d Elsevier Ltd" % p["year"],
        "Author Keywords": "; ".join(p["keywords"]),
        "Index Keywords": "; ".join(p.get("index_keywords", [])),
        "Funding Details": fund_details, "Funding Texts": p.get("fund_text", ""),
        "References": "; ".join(p.get("references", [])),
        "Correspondence Address": "%s %s; %s; email: %s" % (
            initials(corr["given"]), corr["sur"], corr_aff, p.get("email", "")),
        "Publisher": p.get("publisher", "Elsevier Ltd"), "ISSN": p.get("issn", ""),
        "Language of Original Document": "English",
        "Abbreviated Source Title": p.get("abbrev", p["source"]),
        "Document Type": p.get("doctype", "Article"), "Publication Stage": "Final",
        "Open Access": p.get("open_access", ""), "Source": "Scopus", "EID": p["eid"],
    }
    return [row.get(h, "") for h in SCOPUS_HEADER]


def write_scopus(path, papers):
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\n")
    w.writerow(SCOPUS_HEADER)
    for p in papers:
        w.writerow(scopus_row(p))
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


def wrap(text, width=76):
    """WoS wraps long fields onto continuation lines indented by three spaces."""
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return lines


def tag(out, t, values):
    """Writes a tag with one or more values (each may wrap)."""
    first = True
    for v in values:
        for line in wrap(v) if t in ("TI", "SO", "DE", "ID", "FX", "PA") else [v]:
            out.append(("%s %s" % (t, line)) if first else ("   " + line))
            first = False


def wos_record(p):
    up = p.get("wos_upper", False)
    authors = p["authors"]
    out = ["PT J"]
    au = ["%s, %s" % (a["sur"], initials(a["given"], dots=False)) for a in authors]
    af = ["%s, %s" % (a["sur"], a["given"]) for a in authors]
    if up:
        au = [x.upper() for x in au]
        af = [x.upper() for x in af]
    tag(out, "AU", au)
    if not up:
        tag(out, "AF", af)
    tag(out, "TI", [p["title"].upper() if up else p["title"]])
    tag(out, "SO", [p["source"].upper()])
    tag(out, "LA", ["English"])
    tag(out, "DT", [p.get("doctype", "Article")])
    if p["keywords"] and not up:
        tag(out, "DE", ["; ".join(p["keywords"])])
    if p.get("index_keywords"):
        tag(out, "ID", ["; ".join(k.upper() for k in p["index_keywords"])])
    tag(out, "AB", [p["abstract"]])
    c1 = []
    for i, aff in enumerate(p["affs"]):
        names = [af[j] for j, a in enumerate(authors) if i in a["affs"]]
        text = aff["text"]
        if up:
            c1.append(text.upper())
        else:
            c1.append("[%s] %s" % ("; ".join(names), text))
    tag(out, "C1", c1)
    ci = p.get("corresponding", 0)
    corr = authors[ci]
    if corr["affs"]:
        rp_aff = p["affs"][corr["affs"][0]]["text"]
        label = "(reprint author)" if up or p["year"] < 2018 else "(corresponding author)"
        tag(out, "RP", ["%s %s, %s" % (au[ci], label, rp_aff.upper() if up else rp_aff)])
    if p.get("email"):
        tag(out, "EM", [p["email"]])
    if p["funding"]:
        tag(out, "FU", ["; ".join(f + (" [%s]" % aw if aw else "") for f, _, aw in p["funding"])])
    if p.get("fund_text"):
        tag(out, "FX", [p["fund_text"]])
    tag(out, "NR", [str(len(p.get("references", [])) or 25)])
    tag(out, "TC", [str(p.get("cited", 0))])
    tag(out, "Z9", [str(p.get("cited", 0))])
    tag(out, "PU", [p.get("publisher", "Elsevier Ltd").upper()])
    tag(out, "PI", [p.get("pub_city", "OXFORD")])
    if p.get("issn"):
        tag(out, "SN", [p["issn"][:4] + "-" + p["issn"][4:]])
    tag(out, "J9", [p.get("abbrev", p["source"]).upper().replace(".", "")])
    tag(out, "JI", [p.get("abbrev", p["source"])])
    if p.get("month"):
        pd = MONTHS[p["month"] - 1] + (" %d" % p["day"] if p.get("day") else "")
        tag(out, "PD", [pd])
    tag(out, "PY", [str(p["year"])])
    if p.get("volume"):
        tag(out, "VL", [p["volume"]])
    if p.get("issue"):
        tag(out, "IS", [p["issue"]])
    if p.get("first_page"):
        tag(out, "BP", [p["first_page"]])
        tag(out, "EP", [p["last_page"]])
    elif p.get("art_no"):
        tag(out, "AR", [p["art_no"]])
    if p.get("doi"):
        tag(out, "DI", [p["doi"]])
    tag(out, "WC", [p.get("wc", "Multidisciplinary Sciences")])
    tag(out, "SC", [p.get("wc", "Science & Technology - Other Topics")])
    tag(out, "GA", [p.get("ga", "AB1CD")])
    tag(out, "UT", [p["ut"]])
    tag(out, "DA", ["2024-01-15"])
    out.append("ER")
    return "\n".join(out) + "\n"


def write_wos(path, papers):
    parts = ["\ufeffFN Clarivate Analytics Web of Science\nVR 1.0\n"]
    for p in papers:
        parts.append(wos_record(p) + "\n")
    parts.append("EF\n")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("".join(parts))


def inverted_index(text):
    idx = {}
    for pos, word in enumerate(text.split()):
        idx.setdefault(word, []).append(pos)
    return idx


def openalex_work(p):
    authorships = []
    n = len(p["authors"])
    for k, a in enumerate(p["authors"]):
        insts, raws, countries, links = [], [], [], []
        for i in a["affs"]:
            aff = p["affs"][i]
            if aff.get("oa_raw", True):
                raws.append(aff["text"])
                links.append({"raw_affiliation_string": aff["text"],
                              "institution_ids": [x["id"] for x in aff.get("oa_insts", [])]})
            for inst in aff.get("oa_insts", []):
                if inst["id"] not in [x["id"] for x in insts]:
                    insts.append(inst)
                if inst.get("country_code") and inst["country_code"] not in countries:
                    countries.append(inst["country_code"])
        authorships.append({
            "author_position": "first" if k == 0 else ("last" if k == n - 1 else "middle"),
            "author": {"id": "https://openalex.org/A%d" % a["oa_author"],
                       "display_name": "%s %s" % (a["given"], a["sur"]),
                       "orcid": ("https://orcid.org/" + a["orcid"]) if a.get("orcid") else None},
            "institutions": insts,
            "countries": countries,
            "is_corresponding": k == p.get("corresponding", 0),
            "raw_author_name": "%s %s" % (a["sur"], a["given"]) if a.get("sur_first")
            else "%s %s" % (a["given"], a["sur"]),
            "raw_affiliation_strings": raws,
            "affiliations": links,
        })
    all_countries = sorted({c for au in authorships for c in au["countries"]})
    # "oa_date" (optional) is printed as is: "2016" or "2016-11" for a partial date.
    date = p.get("oa_date") or "%04d-%02d-%02d" % (p["year"], p.get("month") or 1,
                                                  p.get("day") or 1)
    doi_url = ("https://doi.org/" + p["doi"]) if p.get("doi") else None
    topic = {"id": "https://openalex.org/T%d" % p["topic_id"], "display_name": p["topic"],
             "score": 0.99,
             "field": {"id": "https://openalex.org/fields/%d" % p["field_id"],
                       "display_name": p["field"]}}
    return {
        "id": "https://openalex.org/" + p["oaid"],
        "doi": doi_url,
        "title": p["title"], "display_name": p["title"],
        "publication_year": p["year"], "publication_date": date,
        "ids": {"openalex": "https://openalex.org/" + p["oaid"], "doi": doi_url},
        "language": "en",
        "primary_location": {
            "is_oa": False, "landing_page_url": doi_url, "pdf_url": None,
            "source": {"id": "https://openalex.org/S%d" % p["source_id"],
                       "display_name": p["source"], "issn_l": p.get("issn_l"),
                       "type": "journal"},
            "version": "publishedVersion"},
        "type": "article", "type_crossref": "journal-article",
        "authorships": authorships,
        "countries_distinct_count": len(all_countries),
        "institutions_distinct_count": len({i["id"] for au in authorships
                                            for i in au["institutions"]}),
        "cited_by_count": p.get("cited", 0),
        "biblio": {"volume": p.get("volume") or None, "issue": p.get("issue") or None,
                   "first_page": p.get("first_page") or None,
                   "last_page": p.get("last_page") or None},
        "primary_topic": topic, "topics": [topic],
        "keywords": [{"id": "https://openalex.org/keywords/" + k.lower().replace(" ", "-"),
                      "display_name": k, "score": 0.5} for k in p["keywords"][:3]],
        "grants": [{"funder": "https://openalex.org/F%d" % (4320300000 + sum(map(ord, f))),
                    "funder_display_name": f, "award_id": aw} for f, _, aw in p["funding"]],
        "referenced_works": ["https://openalex.org/W%d" % r for r in p.get("ref_ids", [])],
        "referenced_works_count": len(p.get("ref_ids", [])),
        "abstract_inverted_index": inverted_index(p["abstract"]) if p["abstract"] else None,
        "updated_date": "2024-02-11T05:21:33.412345",
        "created_date": "2020-01-01",
    }


def write_openalex(path, papers):
    with open(path, "w", encoding="utf-8", newline="") as f:
        for p in papers:
            f.write(json.dumps(openalex_work(p), ensure_ascii=False) + "\n")
