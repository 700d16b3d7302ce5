"""Building blocks shared by gen_samples.py and gen_eval.py: affiliation strings in each
format's style, authors, titles, and the OpenAlex institution objects."""
import hashlib

import catalog as C

STREETS = {
    "kisu": "Ryongnam-dong, Taesong District", "kcut": "Kyogu-dong, Central District",
    "sas": "Unjong District", "pust": "Rakrang District", "pmc": "Tongdaewon District",
}


def stable_int(text, mod):
    return int(hashlib.sha1(text.encode()).hexdigest(), 16) % mod


def oa_institution(i, country_code=None, name=None):
    """The OpenAlex institution object of catalog entry i (id synthetic, ror omitted)."""
    key = i["key"] if isinstance(i, dict) else i
    entry = C.ALL.get(key) if isinstance(i, str) else i
    disp = name or entry["oa_name"]
    iid = "https://openalex.org/I%d" % (100000000 + stable_int(disp, 899999999))
    return {"id": iid, "display_name": disp, "ror": None,
            # "" means: OpenAlex has no country for it (null in the API).
            "country_code": entry["cc"] if country_code is None else (country_code or None),
            "type": entry["type"], "lineage": [iid]}


def country_word(cc, fmt, rng):
    return rng.choice(C.COUNTRY[cc][fmt])


def render(i, fmt, rng, mode="std", dept=True):
    """Affiliation text for institution i in the style of `fmt`.

    mode: std | city_only (DPRK: city, optionally 'Korea', no country) | no_country |
          rr (Revised-Romanised DPRK city) | street | hangul | han | kr_plain ('Korea')
    """
    d = rng.choice(i["depts"]) if (dept and i["depts"]) else None
    city = i["wos_city"] if fmt == "wos" else i["city"]
    if mode == "rr":
        city = dict(C.DPRK_CITIES).get(city, city)
    if mode == "hangul" and i.get("hangul"):
        return "%s, 평양, 조선민주주의인민공화국" % i["hangul"] if rng.random() < 0.5 else \
            "%s, 평양" % i["hangul"]
    if mode == "han" and i.get("han"):
        if i["cc"] == "KP":
            return rng.choice(["%s, 平壤, 朝鲜" % i["han"], "朝鲜 平壤 %s" % i["han"]])
        return "%s, 延边朝鲜族自治州延吉市 %s, 中国" % (i["han"], i["postal"] or "")
    name = rng.choice(i["wos"] if fmt == "wos" else i["names"])
    if i["cc"] == "US":
        if fmt == "wos":
            return "%s, %s, %s, %s %s USA" % (name, d[1], city, i["us_state"], i["postal"]) \
                if d else "%s, %s, %s %s USA" % (name, city, i["us_state"], i["postal"])
        parts = ([d[0]] if d else []) + [name, city, i["us_state"]]
        tail = None if mode == "no_country" else country_word("US", fmt, rng)
        return ", ".join(parts + ([tail] if tail else []))
    if fmt == "wos":
        parts = [name] + ([d[1]] if d else [])
    else:
        parts = ([d[0]] if d else []) + [name]
    if mode == "street" and i["key"] in STREETS:
        parts.append(STREETS[i["key"]])
    with_postal = i["cc"] not in ("KP",) and i.get("postal") and (fmt == "wos" or
                                                                  rng.random() < 0.4)
    parts.append("%s %s" % (city, i["postal"]) if with_postal else city)
    if mode == "no_country":
        pass
    elif mode == "city_only":
        if rng.random() < 0.6:
            parts.append("Korea")
    elif mode == "kr_plain":
        parts.append("Korea")
    else:
        parts.append(country_word(i["cc"], fmt, rng))
    text = ", ".join(parts)
    return text + "." if fmt == "wos" else text


def render_city(city, fmt, rng, mode="std"):
    """A DPRK affiliation known only by its city: 'Institute of X, <city>, <country>'."""
    d = rng.choice(C.GENERIC_DEPTS)
    c = dict(C.DPRK_CITIES)[city] if mode == "rr" else city
    parts = [d[1] if fmt == "wos" else d[0], c]
    if mode == "city_only":
        if rng.random() < 0.5:
            parts.append("Korea")
    else:
        parts.append(country_word("KP", fmt, rng))
    text = ", ".join(parts)
    return text + "." if fmt == "wos" else text


def person(cc, rng, yanbian=False, taken=None):
    """A plausible name for an author in country cc, not already in `taken` (a set)."""
    for _ in range(50):
        name = _person(cc, rng, yanbian)
        if taken is None or name not in taken:
            break
    if taken is not None:
        taken.add(name)
    return name


def _person(cc, rng, yanbian):
    if cc == "KP":
        return rng.choice(C.DPRK_SURNAMES), rng.choice(C.DPRK_GIVEN)
    if cc == "KR":
        return rng.choice(C.ROK_SURNAMES), rng.choice(C.ROK_GIVEN)
    if cc == "CN":
        sur = rng.choice(C.YB_SURNAMES if yanbian else C.CN_SURNAMES)
        return sur, rng.choice(C.CN_GIVEN)
    return rng.choice(C.OTHER_NAMES.get(cc, C.OTHER_NAMES["US"]))


# Invented mail domains (no real mailbox): the country suffix keeps the shape of real ones.
EMAIL_DOMAIN = {"kisu": "example.edu.kp", "kcut": "example.net.kp", "sas": "example.net.kp",
                "hit": "example.edu.cn", "ybu": "example.edu.cn", "jlu": "example.edu.cn",
                "ku": "example.ac.kr", "kaist": "example.ac.kr", "snu": "example.ac.kr",
                "buaa": "example.edu.cn"}

# (title, abstract, keywords, journal, abbreviation, ISSN, WoS category)
TOPICS_DPRK = [
    ("Crack propagation analysis of {m} laminated composite plates using the extended finite "
     "element method",
     "A numerical model based on the extended finite element method is proposed for crack "
     "propagation in {m} laminated composite plates under mixed-mode loading. Stress intensity "
     "factors are computed with the interaction integral and validated against experiments.",
     ["crack propagation", "XFEM", "composite laminate"], "Engineering Fracture Mechanics",
     "Eng. Fract. Mech.", "00137944", "Mechanics", ["carbon fibre", "glass fibre", "basalt fibre", "cross-ply"]),
    ("Mechanical properties of {m} reinforced epoxy composites prepared by vacuum infusion",
     "Carbon fibre and {m} reinforced epoxy composites were prepared by vacuum-assisted resin "
     "infusion. Tensile, flexural and interlaminar shear strengths were measured and the failure "
     "surfaces examined by scanning electron microscopy.",
     ["composite materials", "epoxy", "mechanical properties"], "Composite Structures",
     "Compos. Struct.", "02638223", "Materials Science, Composites", ["graphene", "carbon nanotube", "aramid fibre", "nano-silica"]),
    ("Existence and uniqueness of solutions for nonlinear fractional differential equations with "
     "{m} boundary conditions",
     "We study a class of nonlinear fractional differential equations of Caputo type with {m} "
     "boundary conditions. Existence and uniqueness results are obtained by fixed point theorems "
     "and an example illustrates the main result.",
     ["fractional differential equation", "Caputo derivative", "fixed point theorem"],
     "Fractional Calculus and Applied Analysis", "Fract. Calc. Appl. Anal.", "13110454",
     "Mathematics, Applied", ["integral", "multi-point", "nonlocal", "anti-periodic"]),
    ("Synthesis of {m} nanoparticles by a hydrothermal method and their photocatalytic activity",
     "{m} nanoparticles were synthesised by a hydrothermal route and characterised by XRD, TEM "
     "and UV-vis spectroscopy. The photocatalytic degradation of methylene blue under visible "
     "light was studied.",
     ["nanoparticles", "hydrothermal synthesis", "photocatalysis"], "Journal of Alloys and "
     "Compounds", "J. Alloys Compd.", "09258388", "Materials Science, Multidisciplinary", ["ZnO", "TiO2", "Fe3O4", "CeO2"]),
    ("Diagnostic value of 99mTc-{m} SPECT/CT in patients with differentiated thyroid cancer",
     "We evaluated the diagnostic performance of 99mTc-{m} SPECT/CT in 86 patients with "
     "differentiated thyroid cancer after thyroidectomy. Sensitivity and specificity were "
     "compared with whole-body scintigraphy.",
     ["nuclear medicine", "SPECT/CT", "thyroid cancer"], "Nuclear Medicine Communications",
     "Nucl. Med. Commun.", "01433636", "Radiology, Nuclear Medicine & Medical Imaging", ["MIBI", "sestamibi", "tetrofosmin"]),
    ("A study on improving the teaching of {m} in higher education through problem-based "
     "learning",
     "This paper discusses how problem-based learning can improve the teaching of {m} at "
     "university level. A teaching experiment with two groups of students shows a significant "
     "improvement in examination results.",
     ["pedagogy", "problem-based learning", "higher education"], "Education and Information "
     "Technologies", "Educ. Inf. Technol.", "13602357", "Education & Educational Research", ["mathematics", "physics", "chemistry", "programming"]),
    ("A deep convolutional neural network for {m} recognition",
     "We propose a deep convolutional neural network with an attention module for {m} "
     "recognition. Experiments on public benchmarks show higher accuracy than previous methods.",
     ["deep learning", "convolutional neural network", "pattern recognition"],
     "Multimedia Tools and Applications", "Multimedia Tools Appl.", "13807501",
     "Computer Science, Information Systems", ["handwritten character", "face", "speech", "traffic sign"]),
    ("Numerical simulation of heat transfer in a {m} heat exchanger",
     "Heat transfer and pressure drop in a {m} heat exchanger were simulated with a "
     "three-dimensional CFD model and compared with measurements.",
     ["heat transfer", "CFD", "heat exchanger"], "Applied Thermal Engineering",
     "Appl. Therm. Eng.", "13594311", "Thermodynamics", ["plate-fin", "shell-and-tube", "spiral"]),
]

TOPICS_ROK = [
    ("Food insecurity and health of North Korean defectors in South Korea: a cohort study",
     "We followed 412 North Korean defectors resettled in South Korea and examined the "
     "association between past food insecurity in North Korea and current metabolic health.",
     ["North Korean defectors", "food insecurity", "metabolic syndrome"],
     "BMC Public Health", "BMC Public Health", "14712458", "Public, Environmental & "
     "Occupational Health", [""]),
    ("Economic reform in North Korea under Kim Jong Un: evidence from market prices in "
     "Pyongyang",
     "Using rice and exchange-rate prices collected in Pyongyang and Sinuiju markets, we "
     "assess the extent of marketisation in North Korea after 2012.",
     ["North Korea", "marketisation", "economic reform"], "Asian Survey", "Asian Surv.",
     "00044687", "Area Studies", [""]),
]


def topic_text(t, rng):
    f = rng.choice(t[7])
    return (t[0].replace("{m}", f), t[1].replace("{m}", f))
