#!/usr/bin/env python3
"""Renders the blind hold-out set (tests/eval/gen/holdout.yaml) into the three export formats.

    python3 tests/eval/gen/gen_holdout.py     # writes tests/eval/holdout/holdout_*.{csv,txt,jsonl}
                                              #   and tests/eval/holdout/labels.tsv

Deterministic (fixed seed). Every record is rendered once per format through emit.py.
The records and their labels were written by hand without looking at the taxonomy or the
classifier: the set is for MEASURING category and tier assignment only, never for tuning
(see tests/eval/holdout/README.md).

Id ranges (chosen not to collide with samples 851/0004/W42, eval 852/0007/W43, topics
853/0008/W44): Scopus EID 2-s2.0-857NNNNNNNN, WoS UT WOS:0009NNNNNNNN, OpenAlex W45NNNNNNNN.
"""
import datetime
import os
import random
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as M  # noqa: E402
import emit  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "holdout")
SEED = 20250117
FILES = {"scopus": "holdout_scopus.csv", "wos": "holdout_wos.txt",
         "openalex": "holdout_openalex.jsonl"}
CATEGORIES = {"nuclear", "aerospace", "advanced_manufacturing", "medical", "advanced_physics",
              "computer_simulation", "geospatial_navigation", "advanced_materials",
              "chemical_engineering", "mechanical_engineering", "electrical_engineering",
              "industrial_engineering"}
TIERS = {"clear", "pre_2321", "committee_exemption_required", "medical_exempt",
         "state_determination_required"}
CUTOFF = datetime.date(2016, 11, 30)  # UNSCR 2321

# Country words per format. Only unambiguous spellings: the hold-out set measures
# classification, not address resolution.
COUNTRY = {
    "KP": {"scopus": ["Democratic People's Republic of Korea", "North Korea", "DPR Korea"],
           "wos": ["North Korea"],
           "openalex": ["DPR Korea", "Democratic People's Republic of Korea", "D.P.R. Korea",
                        "DPRK", "North Korea"]},
    "CN": {"scopus": ["China"], "wos": ["Peoples R China"],
           "openalex": ["China", "P.R. China", "People's Republic of China"]},
    "KR": {"scopus": ["South Korea"], "wos": ["South Korea"],
           "openalex": ["Republic of Korea", "South Korea"]},
    "RU": {"scopus": ["Russian Federation"], "wos": ["Russia"],
           "openalex": ["Russia", "Russian Federation"]},
    "JP": {"scopus": ["Japan"], "wos": ["Japan"], "openalex": ["Japan"]},
    "DE": {"scopus": ["Germany"], "wos": ["Germany"], "openalex": ["Germany"]},
    "SE": {"scopus": ["Sweden"], "wos": ["Sweden"], "openalex": ["Sweden"]},
    "IN": {"scopus": ["India"], "wos": ["India"], "openalex": ["India"]},
    "MY": {"scopus": ["Malaysia"], "wos": ["Malaysia"], "openalex": ["Malaysia"]},
}
POSTAL_FIRST = {"DE", "SE"}  # "01062 Dresden, Germany"


def I(cc, name, wos, city, postal=None, kind="education", wos_city=None, oa_name=None):
    return {"cc": cc, "name": name, "wos": wos, "city": city, "postal": postal, "type": kind,
            "wos_city": wos_city or city, "oa_name": oa_name or name}


# Real institutions (names as printed in papers). OpenAlex ids made from them are synthetic.
INSTITUTIONS = {
    # DPRK
    "kisu": I("KP", "Kim Il Sung University", "Kim Il Sung Univ", "Pyongyang"),
    "kcut": I("KP", "Kim Chaek University of Technology", "Kim Chaek Univ Technol", "Pyongyang"),
    "sas": I("KP", "State Academy of Sciences", "State Acad Sci", "Pyongyang", kind="government"),
    "pust": I("KP", "Pyongyang University of Science and Technology",
              "Pyongyang Univ Sci & Technol", "Pyongyang"),
    "huci": I("KP", "Hamhung University of Chemical Industry", "Hamhung Univ Chem Ind",
              "Hamhung"),
    "pume": I("KP", "Pyongyang University of Mechanical Engineering",
              "Pyongyang Univ Mech Engn", "Pyongyang"),
    "pmc": I("KP", "Pyongyang Medical College, Kim Il Sung University",
             "Kim Il Sung Univ, Pyongyang Med Coll", "Pyongyang",
             oa_name="Kim Il Sung University"),
    "akm": I("KP", "Academy of Koryo Medicine", "Acad Koryo Med", "Pyongyang", kind="facility"),
    "pmh": I("KP", "Pyongyang Maternity Hospital", "Pyongyang Matern Hosp", "Pyongyang",
             kind="healthcare"),
    "aas": I("KP", "Academy of Agricultural Sciences", "Acad Agr Sci", "Pyongyang",
             kind="government"),
    "kyus": I("KP", "Kye Ung Sang University of Agriculture", "Kye Ung Sang Univ Agr",
              "Sariwon"),
    # China
    "hit": I("CN", "Harbin Institute of Technology", "Harbin Inst Technol", "Harbin", "150001"),
    "heu": I("CN", "Harbin Engineering University", "Harbin Engn Univ", "Harbin", "150001"),
    "hrbust": I("CN", "Harbin University of Science and Technology",
                "Harbin Univ Sci & Technol", "Harbin", "150080"),
    "hmu": I("CN", "Harbin Medical University", "Harbin Med Univ", "Harbin", "150081"),
    "nefu": I("CN", "Northeast Forestry University", "Northeast Forestry Univ", "Harbin",
              "150040"),
    "buaa": I("CN", "Beihang University", "Beihang Univ", "Beijing", "100191"),
    "bit": I("CN", "Beijing Institute of Technology", "Beijing Inst Technol", "Beijing",
             "100081"),
    "tsinghua": I("CN", "Tsinghua University", "Tsinghua Univ", "Beijing", "100084"),
    "ncepu": I("CN", "North China Electric Power University", "North China Elect Power Univ",
               "Beijing", "102206"),
    "ustb": I("CN", "University of Science and Technology Beijing",
              "Univ Sci & Technol Beijing", "Beijing", "100083"),
    "ciae": I("CN", "China Institute of Atomic Energy", "China Inst Atom Energy", "Beijing",
              "102413", kind="facility"),
    "cenc": I("CN", "China Earthquake Networks Center", "China Earthquake Networks Ctr",
              "Beijing", "100045", kind="government"),
    "nwpu": I("CN", "Northwestern Polytechnical University", "Northwestern Polytech Univ",
              "Xi'an", "710072", wos_city="Xian"),
    "xjtu": I("CN", "Xi'an Jiaotong University", "Xi An Jiao Tong Univ", "Xi'an", "710049",
              wos_city="Xian"),
    "fmmu": I("CN", "Air Force Medical University", "Air Force Med Univ", "Xi'an", "710032",
              wos_city="Xian"),
    "nuaa": I("CN", "Nanjing University of Aeronautics and Astronautics",
              "Nanjing Univ Aeronaut & Astronaut", "Nanjing", "210016"),
    "njust": I("CN", "Nanjing University of Science and Technology",
               "Nanjing Univ Sci & Technol", "Nanjing", "210094"),
    "nudt": I("CN", "National University of Defense Technology", "Natl Univ Def Technol",
              "Changsha", "410073"),
    "ybu": I("CN", "Yanbian University", "Yanbian Univ", "Yanji", "133002"),
    "ybuh": I("CN", "Affiliated Hospital of Yanbian University", "Yanbian Univ, Affiliated Hosp",
              "Yanji", "133000", kind="healthcare"),
    "jlu": I("CN", "Jilin University", "Jilin Univ", "Changchun", "130012"),
    "jlu1h": I("CN", "The First Hospital of Jilin University", "Jilin Univ, Hosp 1",
               "Changchun", "130021", kind="healthcare"),
    "jlau": I("CN", "Jilin Agricultural University", "Jilin Agr Univ", "Changchun", "130118"),
    "nenu": I("CN", "Northeast Normal University", "Northeast Normal Univ", "Changchun",
              "130024"),
    "dlut": I("CN", "Dalian University of Technology", "Dalian Univ Technol", "Dalian",
              "116024"),
    "dmu": I("CN", "Dalian Medical University", "Dalian Med Univ", "Dalian", "116044"),
    "dicp": I("CN", "Dalian Institute of Chemical Physics, Chinese Academy of Sciences",
              "Chinese Acad Sci, Dalian Inst Chem Phys", "Dalian", "116023", kind="facility"),
    "neu": I("CN", "Northeastern University", "Northeastern Univ", "Shenyang", "110819"),
    "imr": I("CN", "Institute of Metal Research, Chinese Academy of Sciences",
             "Chinese Acad Sci, Inst Met Res", "Shenyang", "110016", kind="facility"),
    "lnu": I("CN", "Liaoning University", "Liaoning Univ", "Shenyang", "110036"),
    "sau": I("CN", "Shenyang Aerospace University", "Shenyang Aerosp Univ", "Shenyang",
             "110136"),
    "sut": I("CN", "Shenyang University of Technology", "Shenyang Univ Technol", "Shenyang",
             "110870"),
    "suct": I("CN", "Shenyang University of Chemical Technology", "Shenyang Univ Chem Technol",
              "Shenyang", "110142"),
    "syphu": I("CN", "Shenyang Pharmaceutical University", "Shenyang Pharmaceut Univ",
               "Shenyang", "110016"),
    "cmu": I("CN", "China Medical University", "China Med Univ", "Shenyang", "110122"),
    "zju": I("CN", "Zhejiang University", "Zhejiang Univ", "Hangzhou", "310027"),
    "sjtu": I("CN", "Shanghai Jiao Tong University", "Shanghai Jiao Tong Univ", "Shanghai",
              "200240"),
    "sinap": I("CN", "Shanghai Institute of Applied Physics, Chinese Academy of Sciences",
               "Chinese Acad Sci, Shanghai Inst Appl Phys", "Shanghai", "201800",
               kind="facility"),
    "ustc": I("CN", "University of Science and Technology of China", "Univ Sci & Technol China",
              "Hefei", "230026"),
    "asipp": I("CN", "Institute of Plasma Physics, Chinese Academy of Sciences",
               "Chinese Acad Sci, Inst Plasma Phys", "Hefei", "230031", kind="facility"),
    "swust": I("CN", "Southwest University of Science and Technology",
               "Southwest Univ Sci & Technol", "Mianyang", "621010"),
    "lzu": I("CN", "Lanzhou University", "Lanzhou Univ", "Lanzhou", "730000"),
    "cauc": I("CN", "Civil Aviation University of China", "Civil Aviat Univ China", "Tianjin",
              "300300"),
    "whu": I("CN", "Wuhan University", "Wuhan Univ", "Wuhan", "430079"),
    "cug": I("CN", "China University of Geosciences", "China Univ Geosci", "Wuhan", "430074"),
    # Russia
    "mephi": I("RU", "National Research Nuclear University MEPhI", "Natl Res Nucl Univ MEPhI",
               "Moscow", "115409"),
    "mai": I("RU", "Moscow Aviation Institute", "Moscow Aviat Inst", "Moscow", "125993"),
    "bmstu": I("RU", "Bauman Moscow State Technical University", "Bauman Moscow State Tech Univ",
               "Moscow", "105005"),
    "msu": I("RU", "Lomonosov Moscow State University", "Lomonosov Moscow State Univ", "Moscow",
             "119991"),
    "jinr": I("RU", "Joint Institute for Nuclear Research", "Joint Inst Nucl Res", "Dubna",
              "141980", kind="facility"),
    "tpu": I("RU", "Tomsk Polytechnic University", "Tomsk Polytech Univ", "Tomsk", "634050"),
    "fefu": I("RU", "Far Eastern Federal University", "Far Eastern Fed Univ", "Vladivostok",
              "690922"),
    "nsu": I("RU", "Novosibirsk State University", "Novosibirsk State Univ", "Novosibirsk",
             "630090"),
    # Others
    "tohoku": I("JP", "Tohoku University", "Tohoku Univ", "Sendai", "980-8577"),
    "tud": I("DE", "Technische Universität Dresden", "Tech Univ Dresden", "Dresden", "01062"),
    "mpipks": I("DE", "Max Planck Institute for the Physics of Complex Systems",
                "Max Planck Inst Phys Komplexer Syst", "Dresden", "01187", kind="facility"),
    "uu": I("SE", "Uppsala University", "Uppsala Univ", "Uppsala", "75121"),
    "ju": I("IN", "Jadavpur University", "Jadavpur Univ", "Kolkata", "700032"),
    "um": I("MY", "Universiti Malaya", "Univ Malaya", "Kuala Lumpur", "50603"),
    # Republic of Korea
    "kaist": I("KR", "Korea Advanced Institute of Science and Technology",
               "Korea Adv Inst Sci & Technol", "Daejeon", "34141"),
    "snu": I("KR", "Seoul National University", "Seoul Natl Univ", "Seoul", "08826"),
    "postech": I("KR", "Pohang University of Science and Technology", "Pohang Univ Sci & Technol",
                 "Pohang", "37673"),
}


def J(name, abbrev, wc, field, publisher="Elsevier Ltd", art_no=False):
    return {"name": name, "abbrev": abbrev, "wc": wc, "field": field, "publisher": publisher,
            "art_no": art_no}


# Real journals: (name, abbreviation, WoS categories, OpenAlex field, publisher).
JOURNALS = {
    "ane": J("Annals of Nuclear Energy", "Ann. Nucl. Energy", "Nuclear Science & Technology",
             "Energy"),
    "ned": J("Nuclear Engineering and Design", "Nucl. Eng. Des.",
             "Nuclear Science & Technology", "Energy", "Elsevier B.V."),
    "pne": J("Progress in Nuclear Energy", "Prog. Nucl. Energy", "Nuclear Science & Technology",
             "Energy"),
    "net": J("Nuclear Engineering and Technology", "Nucl. Eng. Technol.",
             "Nuclear Science & Technology", "Energy", "Korean Nuclear Society"),
    "jnm": J("Journal of Nuclear Materials", "J. Nucl. Mater.",
             "Materials Science, Multidisciplinary; Nuclear Science & Technology",
             "Materials Science", "Elsevier B.V."),
    "fed": J("Fusion Engineering and Design", "Fusion Eng. Des.", "Nuclear Science & Technology",
             "Energy"),
    "nima": J("Nuclear Instruments and Methods in Physics Research, Section A: Accelerators, "
              "Spectrometers, Detectors and Associated Equipment",
              "Nucl. Instrum. Methods Phys. Res. Sect. A",
              "Instruments & Instrumentation; Nuclear Science & Technology; Physics, Nuclear; "
              "Physics, Particles & Fields", "Physics and Astronomy", "Elsevier B.V."),
    "rpc": J("Radiation Physics and Chemistry", "Radiat. Phys. Chem.",
             "Chemistry, Physical; Nuclear Science & Technology; Physics, Atomic, Molecular & "
             "Chemical", "Physics and Astronomy"),
    "arc": J("European Physical Journal A", "Eur. Phys. J. A", "Physics, Nuclear",
             "Physics and Astronomy", "Springer Science and Business Media Deutschland GmbH",
             art_no=True),
    "ari": J("Applied Radiation and Isotopes", "Appl. Radiat. Isot.",
             "Chemistry, Inorganic & Nuclear; Nuclear Science & Technology; Radiology, Nuclear "
             "Medicine & Medical Imaging", "Physics and Astronomy", art_no=True),
    "nst": J("Nuclear Science and Techniques", "Nucl. Sci. Tech.",
             "Nuclear Science & Technology; Physics, Nuclear", "Physics and Astronomy",
             "Springer", art_no=True),
    "cej": J("Chemical Engineering Journal", "Chem. Eng. J.",
             "Engineering, Environmental; Engineering, Chemical", "Chemical Engineering",
             "Elsevier B.V.", art_no=True),
    "electrochimica": J("Electrochimica Acta", "Electrochim. Acta", "Electrochemistry",
                        "Chemistry", art_no=True),
    "vacuum": J("Vacuum", "Vacuum",
                "Materials Science, Multidisciplinary; Physics, Applied", "Physics and Astronomy",
                art_no=True),
    "ress": J("Reliability Engineering and System Safety", "Reliab. Eng. Syst. Saf.",
              "Engineering, Industrial; Operations Research & Management Science", "Engineering",
              art_no=True),
    "ate": J("Applied Thermal Engineering", "Appl. Therm. Eng.",
             "Thermodynamics; Energy & Fuels; Engineering, Mechanical; Mechanics", "Engineering",
             art_no=True),
    "ast": J("Aerospace Science and Technology", "Aerosp. Sci. Technol.",
             "Engineering, Aerospace", "Engineering", "Elsevier Masson s.r.l.", art_no=True),
    "cja": J("Chinese Journal of Aeronautics", "Chin. J. Aeronaut.", "Engineering, Aerospace",
             "Engineering", "Elsevier B.V."),
    "jpp": J("Journal of Propulsion and Power", "J. Propul. Power", "Engineering, Aerospace",
             "Engineering", "American Institute of Aeronautics and Astronautics Inc."),
    "isa": J("ISA Transactions", "ISA Trans.",
             "Automation & Control Systems; Engineering, Multidisciplinary; Instruments & "
             "Instrumentation", "Engineering", "ISA - Instrumentation, Systems, and Automation "
             "Society"),
    "pep": J("Propellants, Explosives, Pyrotechnics", "Propellants Explos. Pyrotech.",
             "Chemistry, Applied; Engineering, Chemical", "Chemical Engineering",
             "Wiley-VCH Verlag"),
    "ijfatigue": J("International Journal of Fatigue", "Int. J. Fatigue",
                   "Engineering, Mechanical; Materials Science, Multidisciplinary", "Engineering"),
    "asr": J("Advances in Space Research", "Adv. Space Res.",
             "Engineering, Aerospace; Astronomy & Astrophysics; Geosciences, Multidisciplinary; "
             "Meteorology & Atmospheric Sciences", "Earth and Planetary Sciences"),
    "jfs": J("Journal of Fluids and Structures", "J. Fluids Struct.",
             "Engineering, Mechanical; Mechanics", "Engineering", "Academic Press",
             art_no=True),
    "actaastro": J("Acta Astronautica", "Acta Astronaut.", "Engineering, Aerospace",
                   "Engineering"),
    "pssst": J("Plasma Sources Science and Technology", "Plasma Sources Sci. Technol.",
               "Physics, Fluids & Plasmas", "Physics and Astronomy", "IOP Publishing Ltd",
               art_no=True),
    "jsv": J("Journal of Sound and Vibration", "J. Sound Vib.",
             "Acoustics; Engineering, Mechanical; Mechanics", "Engineering", "Academic Press",
             art_no=True),
    "taes": J("IEEE Transactions on Aerospace and Electronic Systems",
              "IEEE Trans. Aerosp. Electron. Syst.",
              "Engineering, Aerospace; Engineering, Electrical & Electronic; Telecommunications",
              "Engineering", "Institute of Electrical and Electronics Engineers Inc."),
    "addma": J("Additive Manufacturing", "Addit. Manuf.",
               "Engineering, Manufacturing; Materials Science, Multidisciplinary", "Engineering",
               "Elsevier B.V.", art_no=True),
    "jmpt": J("Journal of Materials Processing Technology", "J. Mater. Process. Technol.",
              "Engineering, Industrial; Engineering, Manufacturing; Materials Science, "
              "Multidisciplinary", "Engineering", art_no=True),
    "wear": J("Wear", "Wear", "Engineering, Mechanical; Materials Science, Multidisciplinary",
              "Materials Science", "Elsevier B.V.", art_no=True),
    "ijamt": J("International Journal of Advanced Manufacturing Technology",
               "Int J Adv Manuf Technol", "Automation & Control Systems; Engineering, "
               "Manufacturing", "Engineering", "Springer London"),
    "chinafoundry": J("China Foundry", "China Foundry", "Metallurgy & Metallurgical Engineering",
                      "Materials Science", "Springer"),
    "surfcoat": J("Surface and Coatings Technology", "Surf. Coat. Technol.",
                  "Materials Science, Coatings & Films; Physics, Applied", "Materials Science",
                  "Elsevier B.V.", art_no=True),
    "mmp": J("Materials and Manufacturing Processes", "Mater. Manuf. Process.",
             "Engineering, Manufacturing; Materials Science, Multidisciplinary", "Engineering",
             "Taylor and Francis Inc."),
    "jisri": J("Journal of Iron and Steel Research International",
               "J. Iron Steel Res. Int.", "Metallurgy & Metallurgical Engineering",
               "Materials Science", "Springer"),
    "ijrmhm": J("International Journal of Refractory Metals and Hard Materials",
                "Int. J. Refract. Met. Hard Mater.",
                "Materials Science, Multidisciplinary; Metallurgy & Metallurgical Engineering",
                "Materials Science", art_no=True),
    "jmp": J("Journal of Manufacturing Processes", "J. Manuf. Process.",
             "Engineering, Manufacturing", "Engineering"),
    "jms": J("Journal of Manufacturing Systems", "J. Manuf. Syst.",
             "Engineering, Industrial; Engineering, Manufacturing; Operations Research & "
             "Management Science", "Engineering"),
    "cie": J("Computers and Industrial Engineering", "Comput. Ind. Eng.",
             "Computer Science, Interdisciplinary Applications; Engineering, Industrial",
             "Engineering", art_no=True),
    "ceramint": J("Ceramics International", "Ceram. Int.", "Materials Science, Ceramics",
                  "Materials Science"),
    "optlt": J("Optics and Laser Technology", "Opt. Laser Technol.", "Optics; Physics, Applied",
               "Physics and Astronomy", art_no=True),
    "ijmtm": J("International Journal of Machine Tools and Manufacture",
               "Int. J. Mach. Tools Manuf.",
               "Engineering, Manufacturing; Engineering, Mechanical", "Engineering",
               art_no=True),
    "jmse": J("Journal of Materials Science: Materials in Electronics",
              "J. Mater. Sci. Mater. Electron.",
              "Engineering, Electrical & Electronic; Materials Science, Multidisciplinary; "
              "Physics, Applied; Physics, Condensed Matter", "Materials Science", "Springer"),
    "jethno": J("Journal of Ethnopharmacology", "J. Ethnopharmacol.",
                "Plant Sciences; Chemistry, Medicinal; Integrative & Complementary Medicine; "
                "Pharmacology & Pharmacy", "Pharmacology, Toxicology and Pharmaceutics",
                "Elsevier Ireland Ltd", art_no=True),
    "biopharm": J("Biomedicine and Pharmacotherapy", "Biomed. Pharmacother.",
                  "Medicine, Research & Experimental; Pharmacology & Pharmacy",
                  "Pharmacology, Toxicology and Pharmaceutics", "Elsevier Masson s.r.l."),
    "ijtld": J("International Journal of Tuberculosis and Lung Disease",
               "Int. J. Tuberc. Lung Dis.", "Infectious Diseases; Respiratory System",
               "Medicine", "International Union Against Tuberculosis and Lung Disease"),
    "cmpb": J("Computer Methods and Programs in Biomedicine", "Comput. Methods Programs Biomed.",
              "Computer Science, Interdisciplinary Applications; Computer Science, Theory & "
              "Methods; Engineering, Biomedical; Medical Informatics", "Computer Science",
              "Elsevier Ireland Ltd", art_no=True),
    "nmc": J("Nuclear Medicine Communications", "Nucl. Med. Commun.",
             "Radiology, Nuclear Medicine & Medical Imaging", "Medicine",
             "Lippincott Williams and Wilkins"),
    "radonc": J("Radiation Oncology", "Radiat. Oncol.",
                "Oncology; Radiology, Nuclear Medicine & Medical Imaging", "Medicine",
                "BioMed Central Ltd.", art_no=True),
    "bmcph": J("BMC Public Health", "BMC Public Health",
               "Public, Environmental & Occupational Health", "Medicine", "BioMed Central Ltd.",
               art_no=True),
    "ejmc": J("European Journal of Medicinal Chemistry", "Eur. J. Med. Chem.",
              "Chemistry, Medicinal", "Pharmacology, Toxicology and Pharmaceutics",
              "Elsevier Masson s.r.l.", art_no=True),
    "bspc": J("Biomedical Signal Processing and Control", "Biomed. Signal Process. Control",
              "Engineering, Biomedical", "Engineering", art_no=True),
    "pedsurg": J("Journal of Pediatric Surgery", "J. Pediatr. Surg.", "Pediatrics; Surgery",
                 "Medicine", "W.B. Saunders"),
    "ctm": J("Complementary Therapies in Medicine", "Complement. Ther. Med.",
             "Integrative & Complementary Medicine", "Medicine", "Churchill Livingstone",
             art_no=True),
    "mse-c": J("Materials Science and Engineering C", "Mater. Sci. Eng. C",
               "Materials Science, Biomaterials", "Materials Science", art_no=True),
    "eurjped": J("European Journal of Pediatrics", "Eur. J. Pediatr.", "Pediatrics", "Medicine",
                 "Springer Verlag"),
    "phytochem": J("Phytochemistry", "Phytochemistry",
                   "Biochemistry & Molecular Biology; Plant Sciences",
                   "Biochemistry, Genetics and Molecular Biology", art_no=True),
    "ieeesens": J("IEEE Sensors Journal", "IEEE Sens. J.",
                  "Engineering, Electrical & Electronic; Instruments & Instrumentation; "
                  "Physics, Applied", "Engineering",
                  "Institute of Electrical and Electronics Engineers Inc."),
    "jmedvirol": J("Journal of Medical Virology", "J. Med. Virol.", "Virology", "Medicine",
                   "John Wiley and Sons Inc"),
    "bmcpreg": J("BMC Pregnancy and Childbirth", "BMC Pregnancy Childbirth",
                 "Obstetrics & Gynecology", "Medicine", "BioMed Central Ltd.", art_no=True),
    "cdoe": J("Community Dentistry and Oral Epidemiology", "Community Dent. Oral Epidemiol.",
              "Dentistry, Oral Surgery & Medicine; Public, Environmental & Occupational Health",
              "Dentistry", "Blackwell Munksgaard"),
    "ejps": J("European Journal of Pharmaceutical Sciences", "Eur. J. Pharm. Sci.",
              "Pharmacology & Pharmacy", "Pharmacology, Toxicology and Pharmaceutics",
              "Elsevier B.V.", art_no=True),
    "jpd": J("Journal of Prosthetic Dentistry", "J. Prosthet. Dent.",
             "Dentistry, Oral Surgery & Medicine", "Dentistry", "Mosby Inc."),
    "vaccine": J("Vaccine", "Vaccine",
                 "Immunology; Medicine, Research & Experimental", "Immunology and Microbiology"),
    "ijpvp": J("International Journal of Pressure Vessels and Piping",
               "Int. J. Pressure Vessels Pip.",
               "Engineering, Multidisciplinary; Engineering, Mechanical", "Engineering",
               art_no=True),
    "compb": J("Composites Part B: Engineering", "Compos. Part B Eng.",
               "Engineering, Multidisciplinary; Materials Science, Composites", "Engineering",
               art_no=True),
    "compstruct": J("Composite Structures", "Compos. Struct.",
                    "Materials Science, Composites; Mechanics", "Engineering", art_no=True),
    "biomat": J("Biomaterials", "Biomaterials",
                "Engineering, Biomedical; Materials Science, Biomaterials", "Materials Science",
                art_no=True),
    "matdes": J("Materials and Design", "Mater. Des.", "Materials Science, Multidisciplinary",
                "Materials Science", art_no=True),
    "jcr": J("Journal of Controlled Release", "J. Control. Release",
             "Chemistry, Multidisciplinary; Pharmacology & Pharmacy",
             "Pharmacology, Toxicology and Pharmaceutics", "Elsevier B.V."),
    "asemh": J("Aerospace Medicine and Human Performance", "Aerosp. Med. Hum. Perform.",
               "Public, Environmental & Occupational Health; Medicine, General & Internal",
               "Medicine", "Aerospace Medical Association"),
    "nanoenergy": J("Nano Energy", "Nano Energy",
                    "Chemistry, Physical; Nanoscience & Nanotechnology; Materials Science, "
                    "Multidisciplinary; Physics, Applied", "Materials Science", art_no=True),
    "prb": J("Physical Review B", "Phys. Rev. B",
             "Materials Science, Multidisciplinary; Physics, Applied; Physics, Condensed Matter",
             "Physics and Astronomy", "American Physical Society", art_no=True),
    "jde": J("Journal of Differential Equations", "J. Differ. Equ.", "Mathematics",
             "Mathematics", "Academic Press Inc."),
    "sp": J("Signal Processing", "Signal Process.", "Engineering, Electrical & Electronic",
            "Computer Science", "Elsevier B.V."),
    "jcat": J("Journal of Catalysis", "J. Catal.", "Chemistry, Physical; Engineering, Chemical",
              "Chemical Engineering", "Academic Press Inc."),
    "pr": J("Pattern Recognition", "Pattern Recogn.",
            "Computer Science, Artificial Intelligence; Engineering, Electrical & Electronic",
            "Computer Science", art_no=True),
    "patrecog": J("Pattern Recognition", "Pattern Recogn.",
                  "Computer Science, Artificial Intelligence; Engineering, Electrical & "
                  "Electronic", "Computer Science"),
    "tpel": J("IEEE Transactions on Power Electronics", "IEEE Trans. Power Electron.",
              "Engineering, Electrical & Electronic", "Engineering",
              "Institute of Electrical and Electronics Engineers Inc."),
    "renew": J("Renewable Energy", "Renew. Energy",
               "Green & Sustainable Science & Technology; Energy & Fuels", "Energy"),
    "rse": J("Remote Sensing of Environment", "Remote Sens. Environ.",
             "Environmental Sciences; Remote Sensing; Imaging Science & Photographic Technology",
             "Environmental Science", "Elsevier Inc.", art_no=True),
    "forests": J("Forests", "Forests", "Forestry", "Agricultural and Biological Sciences",
                 "MDPI AG", art_no=True),
    "lithos": J("Lithos", "Lithos", "Geochemistry & Geophysics; Mineralogy",
                "Earth and Planetary Sciences", "Elsevier B.V."),
    "chinaecrev": J("China Economic Review", "China Econ. Rev.", "Economics",
                    "Economics, Econometrics and Finance", "Elsevier Inc."),
    "memsci": J("Journal of Membrane Science", "J. Membr. Sci.",
                "Engineering, Chemical; Polymer Science", "Chemical Engineering",
                "Elsevier B.V.", art_no=True),
    "fuel": J("Fuel", "Fuel", "Energy & Fuels; Engineering, Chemical", "Chemical Engineering"),
    "pra": J("Physical Review A", "Phys. Rev. A",
             "Optics; Physics, Atomic, Molecular & Chemical", "Physics and Astronomy",
             "American Physical Society", art_no=True),
    "mtap": J("Multimedia Tools and Applications", "Multimedia Tools Appl",
              "Computer Science, Information Systems; Computer Science, Software Engineering; "
              "Computer Science, Theory & Methods; Engineering, Electrical & Electronic",
              "Computer Science", "Springer"),
    "tie": J("IEEE Transactions on Industrial Electronics", "IEEE Trans. Ind. Electron.",
             "Automation & Control Systems; Engineering, Electrical & Electronic; Instruments "
             "& Instrumentation", "Engineering",
             "Institute of Electrical and Electronics Engineers Inc."),
    "mssp": J("Mechanical Systems and Signal Processing", "Mech. Syst. Signal Process.",
              "Engineering, Mechanical", "Engineering", "Academic Press", art_no=True),
    "fcr": J("Field Crops Research", "Field Crops Res.", "Agronomy",
             "Agricultural and Biological Sciences", "Elsevier B.V."),
    "jps": J("Journal of Power Sources", "J. Power Sources",
             "Chemistry, Physical; Electrochemistry; Energy & Fuels; Materials Science, "
             "Multidisciplinary", "Energy", "Elsevier B.V.", art_no=True),
    "geomorph": J("Geomorphology", "Geomorphology",
                  "Geography, Physical; Geosciences, Multidisciplinary",
                  "Earth and Planetary Sciences", "Elsevier B.V.", art_no=True),
    "foodmicro": J("International Journal of Food Microbiology", "Int. J. Food Microbiol.",
                   "Food Science & Technology; Microbiology",
                   "Agricultural and Biological Sciences", "Elsevier B.V.", art_no=True),
    "oceaneng": J("Ocean Engineering", "Ocean Eng.",
                  "Engineering, Marine; Engineering, Civil; Engineering, Ocean; Oceanography",
                  "Engineering", art_no=True),
    "iecr": J("Industrial and Engineering Chemistry Research", "Ind. Eng. Chem. Res.",
              "Engineering, Chemical", "Chemical Engineering", "American Chemical Society"),
    "ijpe": J("International Journal of Production Economics", "Int. J. Prod. Econ.",
              "Engineering, Industrial; Engineering, Manufacturing; Operations Research & "
              "Management Science", "Business, Management and Accounting", "Elsevier B.V."),
    "remotesens": J("Remote Sensing", "Remote Sens.",
                    "Environmental Sciences; Geosciences, Multidisciplinary; Remote Sensing; "
                    "Imaging Science & Photographic Technology", "Earth and Planetary Sciences",
                    "MDPI AG", art_no=True),
    "fpta": J("Fixed Point Theory and Applications", "Fixed Point Theory Appl.",
              "Mathematics, Applied; Mathematics", "Mathematics", "Springer", art_no=True),
    "optcomm": J("Optics Communications", "Opt. Commun.", "Optics", "Physics and Astronomy",
                 "Elsevier B.V."),
    "powtech": J("Powder Technology", "Powder Technol.", "Engineering, Chemical",
                 "Chemical Engineering", "Elsevier B.V."),
    "ijepes": J("International Journal of Electrical Power and Energy Systems",
                "Int. J. Electr. Power Energy Syst.", "Engineering, Electrical & Electronic",
                "Engineering"),
    "jmmm": J("Journal of Magnetism and Magnetic Materials", "J. Magn. Magn. Mater.",
              "Materials Science, Multidisciplinary; Physics, Condensed Matter",
              "Materials Science", "Elsevier B.V."),
    "oregeorev": J("Ore Geology Reviews", "Ore Geol. Rev.",
                   "Geology; Mineralogy; Mining & Mineral Processing",
                   "Earth and Planetary Sciences", "Elsevier B.V."),
    "mmt": J("Mechanism and Machine Theory", "Mech. Mach. Theory", "Engineering, Mechanical",
             "Engineering"),
    "msea": J("Materials Science and Engineering A", "Mater. Sci. Eng. A",
              "Nanoscience & Nanotechnology; Materials Science, Multidisciplinary; Metallurgy & "
              "Metallurgical Engineering", "Materials Science"),
    "ipm": J("Information Processing and Management", "Inf. Process. Manage.",
             "Computer Science, Information Systems; Information Science & Library Science",
             "Computer Science"),
    "japs": J("Journal of Applied Polymer Science", "J. Appl. Polym. Sci.", "Polymer Science",
              "Materials Science", "John Wiley and Sons Inc"),
    "gene": J("Gene", "Gene", "Genetics & Heredity",
              "Biochemistry, Genetics and Molecular Biology", "Elsevier B.V."),
    "actamat": J("Acta Materialia", "Acta Mater.",
                 "Materials Science, Multidisciplinary; Metallurgy & Metallurgical Engineering",
                 "Materials Science", "Acta Materialia Inc", art_no=True),
    "gastriccancer": J("Gastric Cancer", "Gastric Cancer",
                       "Oncology; Gastroenterology & Hepatology", "Medicine",
                       "Springer Japan"),
    "tkde": J("IEEE Transactions on Knowledge and Data Engineering",
              "IEEE Trans. Knowl. Data Eng.",
              "Computer Science, Artificial Intelligence; Computer Science, Information Systems; "
              "Engineering, Electrical & Electronic", "Computer Science",
              "IEEE Computer Society"),
    "nf": J("Nuclear Fusion", "Nucl. Fusion", "Physics, Fluids & Plasmas",
            "Physics and Astronomy", "IOP Publishing Ltd", art_no=True),
    "gpssol": J("GPS Solutions", "GPS Solut.", "Remote Sensing", "Earth and Planetary Sciences",
                "Springer Science and Business Media Deutschland GmbH", art_no=True),
    "grl": J("Geophysical Research Letters", "Geophys. Res. Lett.",
             "Geosciences, Multidisciplinary", "Earth and Planetary Sciences",
             "Blackwell Publishing Ltd"),
    "jterra": J("Journal of Terramechanics", "J. Terramech.", "Engineering, Environmental",
                "Engineering"),
    "optlett": J("Optics Letters", "Opt. Lett.", "Optics", "Physics and Astronomy",
                 "Optica Publishing Group (formerly OSA)"),
    "spa": J("Stochastic Processes and their Applications", "Stoch. Process. Appl.",
             "Statistics & Probability", "Mathematics", "Elsevier B.V."),
    "nutrients": J("Nutrients", "Nutrients", "Nutrition & Dietetics", "Nursing", "MDPI AG",
                   art_no=True),
    "jgcd": J("Journal of Guidance, Control, and Dynamics", "J. Guid. Control Dyn.",
              "Engineering, Aerospace; Instruments & Instrumentation", "Engineering",
              "American Institute of Aeronautics and Astronautics Inc."),
    "ted": J("IEEE Transactions on Electron Devices", "IEEE Trans. Electron Devices",
             "Engineering, Electrical & Electronic; Physics, Applied", "Engineering",
             "Institute of Electrical and Electronics Engineers Inc."),
    "jae": J("Journal of Asian Economics", "J. Asian Econ.", "Economics",
             "Economics, Econometrics and Finance", "Elsevier Inc.", art_no=True),
    "ral": J("IEEE Robotics and Automation Letters", "IEEE Robot. Autom. Lett.", "Robotics",
             "Computer Science", "Institute of Electrical and Electronics Engineers Inc."),
}

# WoS-style abbreviations of words in department names (unknown words are kept as they are).
WOS_WORDS = {
    "faculty": "Fac", "department": "Dept", "school": "Sch", "college": "Coll",
    "institute": "Inst", "laboratory": "Lab", "center": "Ctr", "centre": "Ctr",
    "engineering": "Engn", "science": "Sci", "sciences": "Sci", "technology": "Technol",
    "technologies": "Technol", "and": "&", "materials": "Mat", "material": "Mat",
    "mechanical": "Mech", "mechanics": "Mech", "electrical": "Elect", "electronic": "Elect",
    "electronics": "Elect", "physics": "Phys", "physical": "Phys", "chemistry": "Chem",
    "chemical": "Chem", "mathematics": "Math", "mathematical": "Math", "applied": "Appl",
    "computer": "Comp", "information": "Informat", "automation": "Automat",
    "aeronautics": "Aeronaut", "aeronautic": "Aeronaut", "aeronautical": "Aeronaut",
    "astronautics": "Astronaut", "aerospace": "Aerosp", "nuclear": "Nucl", "medicine": "Med",
    "medical": "Med", "environmental": "Environm", "environment": "Environm",
    "research": "Res", "national": "Natl", "international": "Int", "metallurgy": "Met",
    "metal": "Met", "manufacturing": "Mfg", "hospital": "Hosp", "pharmacy": "Pharm",
    "pharmaceutical": "Pharmaceut", "pharmaceutics": "Pharmaceut", "agriculture": "Agr",
    "agricultural": "Agr", "biology": "Biol", "biological": "Biol", "biomedical": "Biomed",
    "biomedicine": "Biomed", "geosciences": "Geosci", "geology": "Geol", "geography": "Geog",
    "economics": "Econ", "industrial": "Ind", "industry": "Ind", "ministry": "Minist",
    "education": "Educ", "systems": "Syst", "system": "Syst", "structural": "Struct",
    "structures": "Struct", "analysis": "Anal", "optoelectronics": "Optoelect",
    "precision": "Precis", "advanced": "Adv", "robotics": "Robot", "simulation": "Simulat",
    "inorganic": "Inorgan", "natural": "Nat", "products": "Prod", "oncology": "Oncol",
    "radiation": "Radiat", "surgery": "Surg", "surgical": "Surg", "paediatric": "Paediat",
    "pediatric": "Pediat", "pediatrics": "Pediat", "obstetrics": "Obstet",
    "gynecology": "Gynecol", "respiratory": "Resp", "infectious": "Infect", "diseases": "Dis",
    "preventive": "Prevent", "public": "Publ", "health": "Hlth", "hygiene": "Hyg",
    "nutrition": "Nutr", "epidemiology": "Epidemiol", "stomatology": "Stomatol",
    "orthopaedic": "Orthopaed", "orthopedics": "Orthoped", "physiology": "Physiol",
    "gastroenterology": "Gastroenterol", "endocrinology": "Endocrinol",
    "neonatology": "Neonatol", "radiology": "Radiol", "clinical": "Clin",
    "pathogenic": "Pathogen", "meteorology": "Meteorol", "genetics": "Genet",
    "seismic": "Seism", "experimental": "Expt", "division": "Div", "theoretical": "Theoret",
    "statistics": "Stat", "instrumentation": "Instrumentat", "mechatronic": "Mechatron",
    "communication": "Commun", "modification": "Modificat", "aeromechanics": "Aeromech",
    "polytechnic": "Polytech", "psychology": "Psychol", "intelligent": "Intelligent",
    "management": "Management", "thermal": "Thermal", "affiliated": "Affiliated",
    "key": "Key", "state": "State", "fundamental": "Fundamental", "polymer": "Polymer",
    "shipbuilding": "Shipbuilding", "ocean": "Ocean", "sericulture": "Sericulture",
}
DROP = {"of", "for", "the", "in", "on", "by", "a"}


def wos_words(text):
    out = []
    for w in text.replace(",", " ").split():
        lw = w.lower()
        if lw in DROP:
            continue
        out.append(WOS_WORDS.get(lw, w))
    return " ".join(out)


def wos_dept(dept, inst):
    """'Department of X, The Second Hospital' -> 'Second Hosp, Dept X' (larger unit first)."""
    units = ("Hospital", "School", "College", "Center", "Centre", "Institute", "Division",
             "Faculty", "Department")
    raw = [x.replace(" of " + inst["name"], "").replace(inst["name"], "").strip()
           for x in dept.split(", ")]
    raw = [x for x in raw if x]
    if len(raw) > 1 and not any(u in x for x in raw[1:] for u in units):
        raw = [" ".join(raw)]  # a comma inside one unit's name ("... by Laser, Ion and ...")
    return [wos_words(x) for x in reversed(raw)]


def place(inst, fmt, rng):
    """'Harbin 150001, China' / 'Harbin, 150001, China' / '01062 Dresden, Germany'."""
    city = inst["wos_city"] if fmt == "wos" else inst["city"]
    country = rng.choice(COUNTRY[inst["cc"]][fmt])
    pc = inst["postal"]
    if pc and fmt == "wos":
        pc = pc.replace("-", "").replace(" ", "")
    if not pc:
        return "%s, %s" % (city, country)
    if inst["cc"] in POSTAL_FIRST:
        return "%s %s, %s" % (pc, city, country)
    if fmt == "scopus":
        return "%s, %s, %s" % (city, pc, country)
    return "%s %s, %s" % (city, pc, country)


def aff_text(spec, fmt, rng):
    inst = INSTITUTIONS[spec["inst"]]
    dept = spec.get("dept") or ""
    if fmt == "wos":
        return ", ".join([inst["wos"]] + wos_dept(dept, inst) + [place(inst, fmt, rng)]) + "."
    parts = [dept] if dept else []
    if inst["name"] not in dept:
        parts.append(inst["name"])
    return ", ".join(parts + [place(inst, fmt, rng)])


def oa_institution(key):
    inst = INSTITUTIONS[key]
    iid = "https://openalex.org/I%d" % (100000000 + M.stable_int(inst["oa_name"], 899999999))
    return {"id": iid, "display_name": inst["oa_name"], "ror": None, "country_code": inst["cc"],
            "type": inst["type"], "lineage": [iid]}


def parse_date(s):
    parts = [int(x) for x in str(s).split("-")]
    year = parts[0]
    month = parts[1] if len(parts) > 1 else None
    day = parts[2] if len(parts) > 2 else None
    return year, month, day


def expected_tier(rec):
    ccs = {INSTITUTIONS[a["inst"]]["cc"] for a in rec["affs"]}
    if "KP" not in ccs:
        return "clear"
    assert ccs - {"KP"}, rec["id"] + ": DPRK-only record"
    year, month, day = parse_date(rec["date"])
    assert year != 2016, rec["id"] + ": no 2016 dates (Scopus gives the year only)"
    if datetime.date(year, month or 1, day or 1) < CUTOFF:
        return "pre_2321"
    cats = set(rec["categories"])
    if cats & {"nuclear", "aerospace", "advanced_manufacturing"}:
        return "committee_exemption_required"
    if "medical" in cats:
        return "medical_exempt"
    return "state_determination_required"


def check(records):
    seen = set()
    for r in records:
        assert r["id"] not in seen, r["id"]
        seen.add(r["id"])
        assert r["journal"] in JOURNALS, (r["id"], r["journal"])
        for a in r["affs"]:
            assert a["inst"] in INSTITUTIONS, (r["id"], a["inst"])
        assert set(r["categories"]) <= CATEGORIES, r["id"]
        assert r["tier"] in TIERS, r["id"]
        assert r["tier"] == expected_tier(r), (r["id"], r["tier"], expected_tier(r))
        n = len(r["abstract"].split())
        assert 60 <= n <= 200, (r["id"], n)
        scen = {"clear": "control", "pre_2321": "kp_pre"}.get(r["tier"], "kp_post")
        assert r["scenario"] == scen, (r["id"], r["scenario"])


def build(rec, n, fmt, rng, counter):
    affs, authors, index = [], [], {}
    for ai, spec in enumerate(rec["affs"]):
        text = aff_text(spec, fmt, rng)
        a = {"text": text, "cc": INSTITUTIONS[spec["inst"]]["cc"], "oa_raw": True,
             "oa_insts": [oa_institution(spec["inst"])] if fmt == "openalex" else []}
        affs.append(a)
        for name in spec["authors"]:
            if name in index:  # same author under a second affiliation
                authors[index[name]]["affs"].append(ai)
                continue
            sur, given = [x.strip() for x in name.split(",", 1)]
            k = counter()
            index[name] = len(authors)
            authors.append({"sur": sur, "given": given, "affs": [ai],
                            "sid": str(58000000000 + k), "oa_author": 5900000000 + k,
                            "orcid": None, "sur_first": a["cc"] in ("KP", "CN")})
    year, month, day = parse_date(rec["date"])
    j = JOURNALS[rec["journal"]]
    funding = [tuple(f) for f in rec.get("funding") or []]
    use_art = j["art_no"]
    first = rng.randint(1, 9000)
    doi = "10.5555/catchall.holdout.%s.%s" % (fmt, rec["id"])
    kw = rec["keywords"]
    p = {
        "eid": "2-s2.0-857%08d" % n, "ut": "WOS:0009%08d" % n, "oaid": "W45%08d" % n,
        "md5": "%032x" % M.stable_int("holdout%s%s" % (fmt, rec["id"]), 1 << 128),
        "title": rec["title"], "abstract": " ".join(rec["abstract"].split()), "keywords": kw,
        "index_keywords": rec.get("index_keywords") or [],
        "year": year, "month": month, "day": day, "oa_date": str(rec["date"]),
        "doi": doi, "source": j["name"], "abbrev": j["abbrev"], "wc": j["wc"],
        "publisher": j["publisher"],
        "volume": str(rng.randint(20, 420)), "issue": str(rng.randint(1, 24)),
        "authors": authors, "affs": affs, "funding": funding,
        "fund_text": rec.get("funding_text") or "",
        "corresponding": rng.randrange(len(authors)),
        "email": "corr.%s@example.org" % rec["id"],
        "wos_upper": bool(rec.get("wos_upper")) and fmt == "wos",
        "cited": rng.randint(0, 60),
        "topic_id": 10000 + M.stable_int(kw[0], 9000), "topic": kw[0][:1].upper() + kw[0][1:],
        "field_id": 17 + M.stable_int(j["field"], 20), "field": j["field"],
        "source_id": 4210000000 + M.stable_int(j["name"], 999999),
        "ref_ids": [rng.randint(1000000000, 4300000000) for _ in range(rng.randint(0, 6))],
        "ga": "%s%d%s" % (rng.choice("ABCDEFGHJK"), rng.randint(1, 9),
                          "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3))),
    }
    if use_art:
        p["art_no"] = str(rng.randint(100000, 999999))
    else:
        p["first_page"] = str(first)
        p["last_page"] = str(first + rng.randint(6, 18))
    return p


def main():
    with open(os.path.join(HERE, "holdout.yaml"), encoding="utf-8") as f:
        records = yaml.safe_load(f)
    check(records)
    os.makedirs(OUT, exist_ok=True)
    rows = []
    for fi, fmt in enumerate(["scopus", "wos", "openalex"]):
        rng = random.Random(SEED + fi)
        state = [fi * 100000]

        def counter():
            state[0] += 1
            return state[0]

        papers = []
        for n, rec in enumerate(records, start=1):
            p = build(rec, n, fmt, rng, counter)
            papers.append(p)
            rid = {"scopus": p["eid"], "wos": p["ut"],
                   "openalex": "https://openalex.org/" + p["oaid"]}[fmt]
            note = "%s %s" % (rec["id"], rec["scenario"])
            if rec.get("note"):
                note += ": " + rec["note"]
            rows.append((FILES[fmt], rid, ";".join(sorted(rec["categories"])), rec["tier"],
                         note.replace("\t", " ")))
        {"scopus": emit.write_scopus, "wos": emit.write_wos,
         "openalex": emit.write_openalex}[fmt](os.path.join(OUT, FILES[fmt]), papers)
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8", newline="") as f:
        f.write("file\tid\tcategories\ttier\tnote\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print("wrote %d records x 3 formats, %d label rows" % (len(records), len(rows)))


if __name__ == "__main__":
    main()
