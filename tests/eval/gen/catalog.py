"""Institutions, places and names used by the sample and evaluation generators.

Every institution here is a real one (names as they appear in publications); the departments are
typical of the institution's papers. Identifiers (OpenAlex ids) made from these are synthetic.
"""

# Country-name spellings per format. Scopus normalises to English short names; WoS uses its own
# abbreviations; OpenAlex raw strings are whatever the paper printed.
COUNTRY = {
    "KP": {
        "scopus": ["North Korea", "Democratic People's Republic of Korea", "DPR Korea",
                   "D.P.R. Korea", "D.P.R. of Korea", "Korea, DPR", "DPRK",
                   "Korea, Democratic People's Republic of"],
        "wos": ["North Korea", "North Korea", "North Korea", "Dem Peoples R Korea"],
        "openalex": ["DPR Korea", "D.P.R. Korea", "D.P.R. of Korea",
                     "Democratic People's Republic of Korea", "DPRK", "Korea, DPR",
                     "North Korea", "DPR of Korea", "D. P. R. Korea", "Korea (North)",
                     "Korea DPR", "Korea, Democratic People's Republic of",
                     "Democratic Peoples Republic of Korea"],
    },
    "KR": {
        "scopus": ["South Korea", "South Korea", "Republic of Korea", "Korea, Republic of"],
        "wos": ["South Korea"],
        "openalex": ["Republic of Korea", "South Korea", "Korea", "Korea (South)", "ROK",
                     "Korea, Republic of"],
    },
    "CN": {
        "scopus": ["China"],
        "wos": ["Peoples R China"],
        "openalex": ["China", "P.R. China", "PR China", "People's Republic of China"],
    },
    "RU": {"scopus": ["Russian Federation"], "wos": ["Russia"],
           "openalex": ["Russia", "Russian Federation"]},
    "DE": {"scopus": ["Germany"], "wos": ["Germany"], "openalex": ["Germany"]},
    "SE": {"scopus": ["Sweden"], "wos": ["Sweden"], "openalex": ["Sweden"]},
    "IN": {"scopus": ["India"], "wos": ["India"], "openalex": ["India"]},
    "US": {"scopus": ["United States"], "wos": ["USA"], "openalex": ["USA", "United States"]},
    "ES": {"scopus": ["Spain"], "wos": ["Spain"], "openalex": ["Spain"]},
    "MY": {"scopus": ["Malaysia"], "wos": ["Malaysia"], "openalex": ["Malaysia"]},
    "CZ": {"scopus": ["Czech Republic"], "wos": ["Czech Republic"],
           "openalex": ["Czech Republic"]},
    "MN": {"scopus": ["Mongolia"], "wos": ["Mongolia"], "openalex": ["Mongolia"]},
    "JP": {"scopus": ["Japan"], "wos": ["Japan"], "openalex": ["Japan"]},
    "GB": {"scopus": ["United Kingdom"], "wos": ["England"], "openalex": ["UK"]},
    "GE": {"scopus": ["Georgia"], "wos": ["Georgia"], "openalex": ["Georgia"]},
}


def inst(key, cc, names, wos, city, wos_city=None, depts=(), hangul=None, han=None,
         ror_type="education", postal=None, us_state=None, oa_name=None):
    """One institution. names: full-name spellings; wos: WoS abbreviations."""
    return {
        "key": key, "cc": cc, "names": list(names), "wos": list(wos), "city": city,
        "wos_city": wos_city or city, "depts": list(depts), "hangul": hangul, "han": han,
        "type": ror_type, "postal": postal, "us_state": us_state,
        "oa_name": oa_name or names[0],
    }


# (full department name, WoS abbreviation)
D_MATH = ("Faculty of Mathematics", "Fac Math")
D_PHYS = ("Faculty of Physics", "Fac Phys")
D_CHEM = ("Faculty of Chemistry", "Fac Chem")
D_MAT = ("Faculty of Materials Science", "Fac Mat Sci")
D_MECH = ("Faculty of Mechanical Science and Technology", "Fac Mech Sci & Technol")
D_LIFE = ("Faculty of Life Science", "Fac Life Sci")
D_EARTH = ("Faculty of Earth and Environmental Science", "Fac Earth & Environm Sci")
D_EE = ("Department of Electronics", "Dept Elect")
D_CS = ("Faculty of Computer Science", "Fac Comp Sci")
D_EDU = ("Faculty of Education", "Fac Educ")
D_NUC = ("Department of Nuclear Medicine", "Dept Nucl Med")

DPRK = [
    inst("kisu", "KP", ["Kim Il Sung University", "Kim Il-sung University",
                        "Kimilsung University", "Kim Il Sung University"],
         ["Kim Il Sung Univ", "Kim Il Sung Univ", "Kim Il-sung Univ"], "Pyongyang",
         depts=[D_MATH, D_PHYS, D_CHEM, D_MAT, D_LIFE, D_EARTH, D_CS,
                ("Faculty of Applied Mathematics", "Fac Appl Math")],
         hangul="김일성종합대학", han="金日成综合大学"),
    inst("kcut", "KP", ["Kim Chaek University of Technology"], ["Kim Chaek Univ Technol"],
         "Pyongyang", depts=[D_MECH, D_MAT, D_EE, ("Faculty of Metal Engineering", "Fac Met Engn"),
                             ("Faculty of Applied Physics", "Fac Appl Phys")],
         hangul="김책공업종합대학", han="金策工业综合大学"),
    inst("sas", "KP", ["State Academy of Sciences"], ["State Acad Sci"], "Pyongyang",
         depts=[("Institute of Mathematics", "Inst Math"), ("Institute of Physics", "Inst Phys"),
                ("Institute of Chemistry", "Inst Chem"),
                ("Institute of Thermal Engineering", "Inst Thermal Engn"),
                ("Institute of Nanoscience and Nanotechnology", "Inst Nanosci & Nanotechnol")],
         hangul="국가과학원", ror_type="government"),
    inst("pust", "KP", ["Pyongyang University of Science and Technology"],
         ["Pyongyang Univ Sci & Technol"], "Pyongyang",
         depts=[("School of Agriculture and Life Sciences", "Sch Agr & Life Sci"),
                ("Department of Computer Science", "Dept Comp Sci"),
                ("Department of Electrical and Computer Engineering", "Dept Elect & Comp Engn")]),
    inst("unisci", "KP", ["University of Sciences"], ["Univ Sci"], "Pyongsong",
         depts=[("Department of Mathematics", "Dept Math"), ("Department of Physics", "Dept Phys"),
                ("Department of Chemistry", "Dept Chem")]),
    inst("huci", "KP", ["Hamhung University of Chemical Industry"], ["Hamhung Univ Chem Ind"],
         "Hamhung", depts=[("Department of Polymer Engineering", "Dept Polymer Engn"),
                           ("Department of Inorganic Chemistry", "Dept Inorgan Chem")]),
    inst("pume", "KP", ["Pyongyang University of Mechanical Engineering"],
         ["Pyongyang Univ Mech Engn"], "Pyongyang",
         depts=[("Department of Automation", "Dept Automat"),
                ("Department of Machine Design", "Dept Machine Design")]),
    inst("khjue", "KP", ["Kim Hyong Jik University of Education"], ["Kim Hyong Jik Univ Educ"],
         "Pyongyang", depts=[D_EDU, D_MATH, ("Faculty of Physics Education", "Fac Phys Educ")]),
    inst("pmc", "KP", ["Pyongyang Medical College"], ["Pyongyang Med Coll"], "Pyongyang",
         depts=[D_NUC, ("Department of Internal Medicine", "Dept Internal Med")],
         ror_type="education"),
    inst("kcc", "KP", ["Korea Computer Center"], ["Korea Comp Ctr"], "Pyongyang",
         depts=[("Artificial Intelligence Research Institute", "Artificial Intelligence Res Inst")],
         hangul="조선콤퓨터쎈터", ror_type="company"),
    inst("hamhung-sas", "KP", ["Hamhung Branch of State Academy of Sciences"],
         ["State Acad Sci, Hamhung Branch"], "Hamhung",
         depts=[("Institute of Analytical Chemistry", "Inst Analyt Chem")], ror_type="government"),
    inst("kyus", "KP", ["Kye Ung Sang University of Agriculture"],
         ["Kye Ung Sang Univ Agr"], "Sariwon",
         depts=[("Faculty of Agronomy", "Fac Agron")]),
    inst("wonsan-agr", "KP", ["Wonsan University of Agriculture"], ["Wonsan Univ Agr"], "Wonsan",
         depts=[("Department of Animal Science", "Dept Anim Sci")]),
]

# Places with nothing but a city (used for "Institute of X, <city>, <country>" forms). Each city
# has (McCune-Reischauer, Revised Romanisation).
DPRK_CITIES = [("Pyongyang", "Pyeongyang"), ("Hamhung", "Hamheung"), ("Chongjin", "Cheongjin"),
               ("Sariwon", "Sariwon"), ("Wonsan", "Wonsan"), ("Kimchaek", "Gimchaek"),
               ("Pyongsong", "Pyeongseong"), ("Nampo", "Nampo"), ("Sinuiju", "Sinuiju"),
               ("Kaesong", "Gaeseong")]
GENERIC_DEPTS = [("Institute of Metal Engineering", "Inst Met Engn"),
                 ("Department of Mining Engineering", "Dept Min Engn"),
                 ("Institute of Ship Engineering", "Inst Ship Engn"),
                 ("Department of Physics", "Dept Phys"),
                 ("Institute of Applied Chemistry", "Inst Appl Chem"),
                 ("Department of Mathematics", "Dept Math"),
                 ("Institute of Light Industry", "Inst Light Ind")]

CHINA = [
    inst("hit", "CN", ["Harbin Institute of Technology"], ["Harbin Inst Technol"], "Harbin",
         depts=[("School of Astronautics", "Sch Astronaut"),
                ("School of Materials Science and Engineering", "Sch Mat Sci & Engn"),
                ("Center for Composite Materials and Structures", "Ctr Composite Mat & Struct")],
         postal="150001"),
    inst("heu", "CN", ["Harbin Engineering University"], ["Harbin Engn Univ"], "Harbin",
         depts=[("College of Shipbuilding Engineering", "Coll Shipbuilding Engn"),
                ("College of Nuclear Science and Technology", "Coll Nucl Sci & Technol")],
         postal="150001"),
    inst("buaa", "CN", ["Beihang University"], ["Beihang Univ"], "Beijing",
         depts=[("School of Aeronautic Science and Engineering", "Sch Aeronaut Sci & Engn"),
                ("School of Mathematical Sciences", "Sch Math Sci")], postal="100191"),
    inst("bit", "CN", ["Beijing Institute of Technology"], ["Beijing Inst Technol"], "Beijing",
         depts=[("School of Mechatronical Engineering", "Sch Mechatron Engn"),
                ("School of Mathematics and Statistics", "Sch Math & Stat")], postal="100081"),
    inst("nwpu", "CN", ["Northwestern Polytechnical University"], ["Northwestern Polytech Univ"],
         "Xi'an", wos_city="Xian", depts=[("School of Aeronautics", "Sch Aeronaut")],
         postal="710072"),
    inst("nuaa", "CN", ["Nanjing University of Aeronautics and Astronautics"],
         ["Nanjing Univ Aeronaut & Astronaut"], "Nanjing",
         depts=[("State Key Laboratory of Mechanics and Control of Mechanical Structures",
                 "State Key Lab Mech & Control Mech Struct")], postal="210016"),
    inst("njust", "CN", ["Nanjing University of Science and Technology"],
         ["Nanjing Univ Sci & Technol"], "Nanjing",
         depts=[("School of Chemical Engineering", "Sch Chem Engn")], postal="210094"),
    inst("nudt", "CN", ["National University of Defense Technology"], ["Natl Univ Def Technol"],
         "Changsha", depts=[("College of Science", "Coll Sci")], postal="410073"),
    inst("ybu", "CN", ["Yanbian University"], ["Yanbian Univ"], "Yanji",
         depts=[("Department of Mathematics", "Dept Math"), ("College of Pharmacy", "Coll Pharm"),
                ("Department of Chemistry", "Dept Chem")],
         han="延边大学", postal="133002"),
    inst("jlu", "CN", ["Jilin University"], ["Jilin Univ"], "Changchun",
         depts=[("College of Materials Science and Engineering", "Coll Mat Sci & Engn"),
                ("College of Physics", "Coll Phys")], postal="130012"),
    inst("nenu", "CN", ["Northeast Normal University"], ["NE Normal Univ"], "Changchun",
         depts=[("School of Mathematics and Statistics", "Sch Math & Stat"),
                ("Faculty of Education", "Fac Educ")], postal="130024"),
    inst("dlut", "CN", ["Dalian University of Technology"], ["Dalian Univ Technol"], "Dalian",
         depts=[("School of Chemical Engineering", "Sch Chem Engn")], postal="116024"),
    inst("neu", "CN", ["Northeastern University"], ["Northeastern Univ"], "Shenyang",
         depts=[("School of Metallurgy", "Sch Met")], postal="110819"),
    inst("imr", "CN", ["Institute of Metal Research, Chinese Academy of Sciences"],
         ["Chinese Acad Sci, Inst Met Res"], "Shenyang", postal="110016",
         ror_type="facility"),
    inst("tsinghua", "CN", ["Tsinghua University"], ["Tsinghua Univ"], "Beijing",
         depts=[("Department of Engineering Physics", "Dept Engn Phys")], postal="100084"),
    inst("zju", "CN", ["Zhejiang University"], ["Zhejiang Univ"], "Hangzhou",
         depts=[("College of Computer Science", "Coll Comp Sci")], postal="310027"),
    inst("lnu", "CN", ["Liaoning University"], ["Liaoning Univ"], "Shenyang",
         depts=[("School of Mathematics", "Sch Math")], postal="110036"),
]

ROK = [
    inst("ku", "KR", ["Korea University"], ["Korea Univ"], "Seoul",
         depts=[("Department of Materials Science and Engineering", "Dept Mat Sci & Engn"),
                ("Department of North Korean Studies", "Dept North Korean Studies")],
         postal="02841"),
    inst("kaist", "KR", ["Korea Advanced Institute of Science and Technology", "KAIST"],
         ["Korea Adv Inst Sci & Technol", "KAIST"], "Daejeon",
         depts=[("Department of Mechanical Engineering", "Dept Mech Engn"),
                ("Department of Nuclear and Quantum Engineering", "Dept Nucl & Quantum Engn")],
         postal="34141"),
    inst("snu", "KR", ["Seoul National University"], ["Seoul Natl Univ"], "Seoul",
         depts=[("Department of Physics and Astronomy", "Dept Phys & Astron"),
                ("College of Medicine", "Coll Med")], postal="08826"),
    inst("snu-pc", "KR", ["Graduate School of International Agricultural Technology, "
                          "Seoul National University"],
         ["Seoul Natl Univ, Grad Sch Int Agr Technol"], "Pyeongchang", postal="25354"),
    inst("postech", "KR", ["Pohang University of Science and Technology", "POSTECH"],
         ["Pohang Univ Sci & Technol", "POSTECH"], "Pohang",
         depts=[("Department of Chemistry", "Dept Chem")], postal="37673"),
    inst("yonsei", "KR", ["Yonsei University"], ["Yonsei Univ"], "Seoul",
         depts=[("Department of Chemical and Biomolecular Engineering",
                 "Dept Chem & Biomol Engn")], postal="03722"),
    inst("skku", "KR", ["Sungkyunkwan University"], ["Sungkyunkwan Univ"], "Suwon",
         depts=[("School of Mechanical Engineering", "Sch Mech Engn")], postal="16419"),
    inst("knu", "KR", ["Kyungpook National University"], ["Kyungpook Natl Univ"], "Daegu",
         depts=[("Department of Mathematics", "Dept Math")], postal="41566"),
    inst("pnu", "KR", ["Pusan National University"], ["Pusan Natl Univ"], "Busan",
         depts=[("School of Mechanical Engineering", "Sch Mech Engn")], postal="46241"),
    inst("cnu", "KR", ["Chonnam National University"], ["Chonnam Natl Univ"], "Gwangju",
         depts=[("Department of Polymer Engineering", "Dept Polymer Engn")], postal="61186"),
    inst("ptu", "KR", ["Pyeongtaek University", "Pyongtaek University"], ["Pyeongtaek Univ"],
         "Pyeongtaek",
         depts=[("Department of Information and Communication", "Dept Informat & Commun")],
         postal="17869"),
    inst("unks", "KR", ["University of North Korean Studies"], ["Univ North Korean Studies"],
         "Seoul", depts=[("Department of North Korean Economy", "Dept North Korean Econ")],
         postal="03178"),
    inst("kinu", "KR", ["Korea Institute for National Unification"],
         ["Korea Inst Natl Unificat"], "Seoul", ror_type="government", postal="06578"),
    inst("kyungnam", "KR", ["Institute for Far Eastern Studies, Kyungnam University"],
         ["Kyungnam Univ, Inst Far Eastern Studies"], "Seoul", postal="03053"),
    inst("kaeri", "KR", ["Korea Atomic Energy Research Institute"],
         ["Korea Atom Energy Res Inst"], "Daejeon", ror_type="facility", postal="34057"),
    inst("inje", "KR", ["Inje University"], ["Inje Univ"], "Gimhae",
         depts=[("Department of Biomedical Engineering", "Dept Biomed Engn")], postal="50834"),
    inst("gimcheon", "KR", ["Gimcheon University"], ["Gimcheon Univ"], "Gimcheon",
         depts=[("Department of Nursing", "Dept Nursing")], postal="39528"),
    inst("hanyang", "KR", ["Hanyang University"], ["Hanyang Univ"], "Seoul",
         depts=[("Department of Nuclear Engineering", "Dept Nucl Engn")], postal="04763"),
    inst("kumoh", "KR", ["Kumoh National Institute of Technology"], ["Kumoh Natl Inst Technol"],
         "Gumi", depts=[("School of Electronic Engineering", "Sch Elect Engn")], postal="39177"),
    inst("gnu", "KR", ["Gyeongsang National University"], ["Gyeongsang Natl Univ"], "Jinju",
         depts=[("Department of Physics", "Dept Phys")], postal="52828"),
    inst("kist", "KR", ["Korea Institute of Science and Technology"],
         ["Korea Inst Sci & Technol"], "Seoul", ror_type="facility",
         depts=[("Center for Energy Materials Research", "Ctr Energy Mat Res")], postal="02792"),
    inst("kmou", "KR", ["Korea Maritime and Ocean University"], ["Korea Maritime & Ocean Univ"],
         "Busan", depts=[("Division of Marine Engineering", "Div Marine Engn")], postal="49112"),
    inst("koreatech", "KR", ["Korea University of Technology and Education"],
         ["Korea Univ Technol & Educ"], "Cheonan",
         depts=[("School of Mechanical Engineering", "Sch Mech Engn")], postal="31253"),
    inst("kangwon", "KR", ["Kangwon National University"], ["Kangwon Natl Univ"], "Chuncheon",
         depts=[("Department of Forest Management", "Dept Forest Management")],
         postal="24341"),
]

OTHER = [
    inst("nsu", "RU", ["Novosibirsk State University"], ["Novosibirsk State Univ"],
         "Novosibirsk", depts=[("Department of Physics", "Dept Phys")], postal="630090"),
    inst("msu", "RU", ["Lomonosov Moscow State University"], ["Lomonosov Moscow State Univ"],
         "Moscow", depts=[("Faculty of Chemistry", "Fac Chem")], postal="119991"),
    inst("fefu", "RU", ["Far Eastern Federal University"], ["Far Eastern Fed Univ"],
         "Vladivostok", depts=[("School of Engineering", "Sch Engn")], postal="690922"),
    inst("tud", "DE", ["Technische Universität Dresden"], ["Tech Univ Dresden"], "Dresden",
         depts=[("Institute of Solid State Physics", "Inst Solid State Phys")], postal="01062"),
    inst("fub", "DE", ["Freie Universität Berlin"], ["Free Univ Berlin"], "Berlin",
         depts=[("Institute of Mathematics", "Inst Math")], postal="14195"),
    inst("uu", "SE", ["Uppsala University"], ["Uppsala Univ"], "Uppsala",
         depts=[("Department of Engineering Sciences", "Dept Engn Sci")], postal="75121"),
    inst("kth", "SE", ["KTH Royal Institute of Technology"], ["KTH Royal Inst Technol"],
         "Stockholm", depts=[("Department of Mathematics", "Dept Math")], postal="10044"),
    inst("iitd", "IN", ["Indian Institute of Technology Delhi"], ["Indian Inst Technol Delhi"],
         "New Delhi", depts=[("Department of Mathematics", "Dept Math")], postal="110016"),
    inst("ju", "IN", ["Jadavpur University"], ["Jadavpur Univ"], "Kolkata",
         depts=[("Department of Mathematics", "Dept Math")], postal="700032"),
    inst("um", "MY", ["Universiti Malaya"], ["Univ Malaya"], "Kuala Lumpur",
         depts=[("Department of Mechanical Engineering", "Dept Mech Engn")], postal="50603"),
    inst("cuni", "CZ", ["Charles University"], ["Charles Univ Prague"], "Prague",
         depts=[("Faculty of Mathematics and Physics", "Fac Math & Phys")]),
    inst("must", "MN", ["Mongolian University of Science and Technology"],
         ["Mongolian Univ Sci & Technol"], "Ulaanbaatar"),
    inst("gatech", "US", ["Georgia Institute of Technology"], ["Georgia Inst Technol"],
         "Atlanta", depts=[("School of Materials Science and Engineering",
                            "Sch Mat Sci & Engn")], postal="30332", us_state="GA"),
    inst("uga", "US", ["University of Georgia"], ["Univ Georgia"], "Athens",
         depts=[("Department of Chemistry", "Dept Chem")], postal="30602", us_state="GA"),
    inst("neu-us", "US", ["Northeastern University"], ["Northeastern Univ"], "Boston",
         depts=[("Department of Physics", "Dept Phys")], postal="02115", us_state="MA"),
    inst("tokyo", "JP", ["The University of Tokyo"], ["Univ Tokyo"], "Tokyo",
         depts=[("Department of Physics", "Dept Phys")], postal="113-0033"),
    inst("tsu", "GE", ["Ivane Javakhishvili Tbilisi State University"], ["Tbilisi State Univ"],
         "Tbilisi", depts=[("Faculty of Exact and Natural Sciences", "Fac Exact & Nat Sci")],
         postal="0179"),
    inst("ub", "ES", ["Universitat de Barcelona"], ["Univ Barcelona"], "Barcelona",
         depts=[("Departament de Física Quàntica i Astrofísica", "Dept Fis Quant & Astrofis")],
         postal="08028"),
    inst("oxford", "GB", ["University of Oxford"], ["Univ Oxford"], "Oxford",
         depts=[("Department of Materials", "Dept Mat")]),
]

ALL = {i["key"]: i for i in DPRK + CHINA + ROK + OTHER}

# Names. DPRK given names are two syllables, McCune-Reischauer without hyphen, as DPRK authors
# write them; ROK given names in Revised Romanisation with a hyphen.
DPRK_SURNAMES = ["Kim", "Ri", "Pak", "Choe", "Jong", "Han", "Jang", "Kang", "Hong", "Sin", "Ryu",
                 "Yun", "Jo", "O", "Song", "Hwang", "Mun", "Paek", "Ju", "Rim", "Kye", "Ro"]
DPRK_GIVEN = ["Chol Nam", "Kwang Hyok", "Myong Chol", "Un Ha", "Song Il", "Hyon Ju", "Yong Jin",
              "Chung Il", "Kum Song", "Jin Hyok", "Nam Hyok", "Hyang Mi", "Chol Ung", "Il Gwang",
              "Myong Hui", "Su Hyang", "Tok Hun", "Kyong Il", "Ryong Su", "Sun Ok", "Hak Chol",
              "Yong Nam", "Chang Ho", "Kum Chol"]
ROK_SURNAMES = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han",
                "Shin", "Oh", "Seo", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong"]
ROK_GIVEN = ["Min-Jun", "Seo-Yeon", "Ji-Hoon", "Hyun-Woo", "Ji-Won", "Eun-Ji", "Dong-Hyun",
             "Soo-Jin", "Jae-Hyun", "Young-Ho", "Sang-Woo", "Hye-Jin", "Sung-Min", "Ji-Yeon"]
CN_SURNAMES = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu",
               "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Gao", "Lin", "Luo"]
CN_GIVEN = ["Wei", "Na", "Lei", "Yang", "Jing", "Fan", "Min", "Jie", "Tao", "Hao", "Xiaoming",
            "Hongwei", "Jianguo", "Lili", "Yufeng", "Zhiqiang", "Haiyan", "Chunlei", "Xin"]
YB_SURNAMES = ["Jin", "Piao", "Cui", "Li", "Zheng", "Quan", "Jiang"]  # Korean-Chinese in Yanbian
OTHER_NAMES = {
    "RU": [("Ivanov", "Sergei"), ("Petrova", "Anna"), ("Smirnov", "Dmitry"), ("Kuznetsov", "Igor"),
           ("Volkova", "Elena")],
    "DE": [("Müller", "Thomas"), ("Schmidt", "Anna"), ("Weber", "Jürgen"), ("Becker", "Katrin")],
    "SE": [("Andersson", "Erik"), ("Lindqvist", "Maria"), ("Nilsson", "Johan")],
    "IN": [("Sharma", "Rajesh"), ("Gupta", "Priya"), ("Singh", "Amit"), ("Das", "Subrata")],
    "US": [("Smith", "John"), ("Johnson", "Emily"), ("Brown", "Michael"), ("Davis", "Sarah")],
    "MY": [("Abdullah", "Nur Aisyah"), ("Rahman", "Mohd Faizal")],
    "CZ": [("Novák", "Jan"), ("Dvořák", "Petr")],
    "MN": [("Bold", "Batbayar"), ("Ganbaatar", "Enkhjargal")],
    "JP": [("Tanaka", "Hiroshi"), ("Suzuki", "Yuki")],
    "ES": [("García", "Marta"), ("Martínez", "Jordi"), ("Puig", "Núria")],
    "GB": [("Taylor", "James"), ("Wilson", "Claire")],
}

FUNDERS = {
    "CN": [("National Natural Science Foundation of China", "NSFC"),
           ("Natural Science Foundation of Heilongjiang Province", None),
           ("Fundamental Research Funds for the Central Universities", None),
           ("China Postdoctoral Science Foundation", None),
           ("National Key Research and Development Program of China", None)],
    "KR": [("National Research Foundation of Korea", "NRF"),
           ("Ministry of Science and ICT", "MSIT"),
           ("Korea Institute of Energy Technology Evaluation and Planning", "KETEP")],
    "RU": [("Russian Foundation for Basic Research", "RFBR")],
    "DE": [("Deutsche Forschungsgemeinschaft", "DFG")],
    "SE": [("Swedish Research Council", None)],
    "IN": [("Science and Engineering Research Board", "SERB")],
}

# McCune-Reischauer with diacritics, as in library catalogues and some journals.
DPRK_CITIES_MR = {"Pyongyang": "P'yŏngyang", "Hamhung": "Hamhŭng", "Chongjin": "Ch'ŏngjin",
                  "Sariwon": "Sariwŏn", "Wonsan": "Wŏnsan", "Kimchaek": "Kimch'aek",
                  "Pyongsong": "P'yŏngsŏng", "Nampo": "Namp'o", "Sinuiju": "Sinŭiju",
                  "Kaesong": "Kaesŏng"}
# Spellings of ROK cities in older (pre-2000 romanisation) records.
ROK_OLD_CITY = {"Daejeon": "Taejon", "Busan": "Pusan", "Gwangju": "Kwangju", "Daegu": "Taegu",
                "Gumi": "Kumi", "Jinju": "Chinju", "Cheonan": "Chonan",
                "Pyeongtaek": "Pyongtaek", "Pyeongchang": "Pyongchang"}
# Misspellings of Kim Il Sung University seen in bibliographic data.
KISU_TYPOS = ["Kim Il Sung Univeristy", "Kim ll Sung University", "KimIlSung University",
              "Kim Il Sung Univ.", "Kim Il-Sung University"]
