// Built-in tables for gen_openalex: real institution names (many countries), journals, funders,
// concepts, topics, personal names and abstract vocabulary. Identifiers (OpenAlex ids, ROR ids)
// are derived from the names by the generator; only the names are real.
#pragma once

#include <array>
#include <string_view>

namespace catchall::bench {

struct InstitutionRow {
  std::string_view name;
  std::string_view country_code;
  std::string_view city;
  std::string_view type;  // OpenAlex institution type
};

// Ordinary (non-DPRK) institutions. Many South Korean ones so that "Korea" is frequent, and the
// usual confusables (Korea University, KAIST, Yanbian University in Yanji, Georgia Tech,
// Tbilisi State University).
inline constexpr std::array kInstitutions = {
    // South Korea
    InstitutionRow{"Seoul National University", "KR", "Seoul", "education"},
    InstitutionRow{"Korea Advanced Institute of Science and Technology", "KR", "Daejeon",
                   "education"},
    InstitutionRow{"Korea University", "KR", "Seoul", "education"},
    InstitutionRow{"Yonsei University", "KR", "Seoul", "education"},
    InstitutionRow{"Pohang University of Science and Technology", "KR", "Pohang", "education"},
    InstitutionRow{"Sungkyunkwan University", "KR", "Suwon", "education"},
    InstitutionRow{"Hanyang University", "KR", "Seoul", "education"},
    InstitutionRow{"Kyung Hee University", "KR", "Seoul", "education"},
    InstitutionRow{"Pusan National University", "KR", "Busan", "education"},
    InstitutionRow{"Kyungpook National University", "KR", "Daegu", "education"},
    InstitutionRow{"Chonnam National University", "KR", "Gwangju", "education"},
    InstitutionRow{"Chungnam National University", "KR", "Daejeon", "education"},
    InstitutionRow{"Ulsan National Institute of Science and Technology", "KR", "Ulsan",
                   "education"},
    InstitutionRow{"Gwangju Institute of Science and Technology", "KR", "Gwangju", "education"},
    InstitutionRow{"Ewha Womans University", "KR", "Seoul", "education"},
    InstitutionRow{"Korea Institute of Science and Technology", "KR", "Seoul", "facility"},
    InstitutionRow{"Korea Atomic Energy Research Institute", "KR", "Daejeon", "facility"},
    InstitutionRow{"Korea Research Institute of Standards and Science", "KR", "Daejeon",
                   "facility"},
    InstitutionRow{"Electronics and Telecommunications Research Institute", "KR", "Daejeon",
                   "facility"},
    InstitutionRow{"Inha University", "KR", "Incheon", "education"},
    InstitutionRow{"Chung-Ang University", "KR", "Seoul", "education"},
    InstitutionRow{"Sogang University", "KR", "Seoul", "education"},
    InstitutionRow{"Konkuk University", "KR", "Seoul", "education"},
    InstitutionRow{"Kangwon National University", "KR", "Chuncheon", "education"},
    InstitutionRow{"Jeonbuk National University", "KR", "Jeonju", "education"},
    InstitutionRow{"Daegu Gyeongbuk Institute of Science and Technology", "KR", "Daegu",
                   "education"},
    InstitutionRow{"Samsung Medical Center", "KR", "Seoul", "healthcare"},
    InstitutionRow{"Asan Medical Center", "KR", "Seoul", "healthcare"},
    InstitutionRow{"Samsung (South Korea)", "KR", "Suwon", "company"},
    InstitutionRow{"Pukyong National University", "KR", "Busan", "education"},
    // China
    InstitutionRow{"Tsinghua University", "CN", "Beijing", "education"},
    InstitutionRow{"Peking University", "CN", "Beijing", "education"},
    InstitutionRow{"Zhejiang University", "CN", "Hangzhou", "education"},
    InstitutionRow{"Shanghai Jiao Tong University", "CN", "Shanghai", "education"},
    InstitutionRow{"Fudan University", "CN", "Shanghai", "education"},
    InstitutionRow{"University of Science and Technology of China", "CN", "Hefei", "education"},
    InstitutionRow{"Harbin Institute of Technology", "CN", "Harbin", "education"},
    InstitutionRow{"Beihang University", "CN", "Beijing", "education"},
    InstitutionRow{"Nanjing University", "CN", "Nanjing", "education"},
    InstitutionRow{"Wuhan University", "CN", "Wuhan", "education"},
    InstitutionRow{"Sun Yat-sen University", "CN", "Guangzhou", "education"},
    InstitutionRow{"Huazhong University of Science and Technology", "CN", "Wuhan", "education"},
    InstitutionRow{"Xi'an Jiaotong University", "CN", "Xi'an", "education"},
    InstitutionRow{"Chinese Academy of Sciences", "CN", "Beijing", "government"},
    InstitutionRow{"Jilin University", "CN", "Changchun", "education"},
    InstitutionRow{"Yanbian University", "CN", "Yanji", "education"},
    InstitutionRow{"Northeastern University", "CN", "Shenyang", "education"},
    InstitutionRow{"Dalian University of Technology", "CN", "Dalian", "education"},
    InstitutionRow{"Northwestern Polytechnical University", "CN", "Xi'an", "education"},
    InstitutionRow{"Sichuan University", "CN", "Chengdu", "education"},
    InstitutionRow{"Shandong University", "CN", "Jinan", "education"},
    InstitutionRow{"Tianjin University", "CN", "Tianjin", "education"},
    InstitutionRow{"Nankai University", "CN", "Tianjin", "education"},
    InstitutionRow{"Central South University", "CN", "Changsha", "education"},
    InstitutionRow{"Harbin Engineering University", "CN", "Harbin", "education"},
    InstitutionRow{"Beijing Institute of Technology", "CN", "Beijing", "education"},
    InstitutionRow{"Nanjing University of Aeronautics and Astronautics", "CN", "Nanjing",
                   "education"},
    InstitutionRow{"Northeast Normal University", "CN", "Changchun", "education"},
    InstitutionRow{"Liaoning University", "CN", "Shenyang", "education"},
    InstitutionRow{"China University of Petroleum, Beijing", "CN", "Beijing", "education"},
    // Japan
    InstitutionRow{"The University of Tokyo", "JP", "Tokyo", "education"},
    InstitutionRow{"Kyoto University", "JP", "Kyoto", "education"},
    InstitutionRow{"Osaka University", "JP", "Suita", "education"},
    InstitutionRow{"Tohoku University", "JP", "Sendai", "education"},
    InstitutionRow{"Nagoya University", "JP", "Nagoya", "education"},
    InstitutionRow{"Kyushu University", "JP", "Fukuoka", "education"},
    InstitutionRow{"Hokkaido University", "JP", "Sapporo", "education"},
    InstitutionRow{"Tokyo Institute of Technology", "JP", "Tokyo", "education"},
    InstitutionRow{"Keio University", "JP", "Tokyo", "education"},
    InstitutionRow{"Waseda University", "JP", "Tokyo", "education"},
    InstitutionRow{"RIKEN", "JP", "Wako", "facility"},
    InstitutionRow{"University of Tsukuba", "JP", "Tsukuba", "education"},
    // United States
    InstitutionRow{"Harvard University", "US", "Cambridge, MA", "education"},
    InstitutionRow{"Massachusetts Institute of Technology", "US", "Cambridge, MA", "education"},
    InstitutionRow{"Stanford University", "US", "Stanford, CA", "education"},
    InstitutionRow{"University of California, Berkeley", "US", "Berkeley, CA", "education"},
    InstitutionRow{"Georgia Institute of Technology", "US", "Atlanta, GA", "education"},
    InstitutionRow{"University of Michigan", "US", "Ann Arbor, MI", "education"},
    InstitutionRow{"Johns Hopkins University", "US", "Baltimore, MD", "education"},
    InstitutionRow{"Columbia University", "US", "New York, NY", "education"},
    InstitutionRow{"University of Washington", "US", "Seattle, WA", "education"},
    InstitutionRow{"The University of Texas at Austin", "US", "Austin, TX", "education"},
    InstitutionRow{"Cornell University", "US", "Ithaca, NY", "education"},
    InstitutionRow{"University of Illinois Urbana-Champaign", "US", "Urbana, IL", "education"},
    InstitutionRow{"Mayo Clinic", "US", "Rochester, MN", "healthcare"},
    InstitutionRow{"National Institutes of Health", "US", "Bethesda, MD", "government"},
    // Europe
    InstitutionRow{"University of Oxford", "GB", "Oxford", "education"},
    InstitutionRow{"University of Cambridge", "GB", "Cambridge", "education"},
    InstitutionRow{"Imperial College London", "GB", "London", "education"},
    InstitutionRow{"ETH Zurich", "CH", "Zürich", "education"},
    InstitutionRow{"École Polytechnique Fédérale de Lausanne", "CH", "Lausanne", "education"},
    InstitutionRow{"Max Planck Society", "DE", "Munich", "nonprofit"},
    InstitutionRow{"Technical University of Munich", "DE", "Munich", "education"},
    InstitutionRow{"Heidelberg University", "DE", "Heidelberg", "education"},
    InstitutionRow{"Sorbonne Université", "FR", "Paris", "education"},
    InstitutionRow{"Centre National de la Recherche Scientifique", "FR", "Paris", "government"},
    InstitutionRow{"Université Paris-Saclay", "FR", "Gif-sur-Yvette", "education"},
    InstitutionRow{"University of Amsterdam", "NL", "Amsterdam", "education"},
    InstitutionRow{"Delft University of Technology", "NL", "Delft", "education"},
    InstitutionRow{"KU Leuven", "BE", "Leuven", "education"},
    InstitutionRow{"Karolinska Institutet", "SE", "Stockholm", "education"},
    InstitutionRow{"University of Copenhagen", "DK", "Copenhagen", "education"},
    InstitutionRow{"University of Helsinki", "FI", "Helsinki", "education"},
    InstitutionRow{"Sapienza University of Rome", "IT", "Rome", "education"},
    InstitutionRow{"Politecnico di Milano", "IT", "Milan", "education"},
    InstitutionRow{"University of Barcelona", "ES", "Barcelona", "education"},
    InstitutionRow{"Complutense University of Madrid", "ES", "Madrid", "education"},
    InstitutionRow{"University of Vienna", "AT", "Vienna", "education"},
    InstitutionRow{"Charles University", "CZ", "Prague", "education"},
    InstitutionRow{"University of Warsaw", "PL", "Warsaw", "education"},
    InstitutionRow{"Lomonosov Moscow State University", "RU", "Moscow", "education"},
    InstitutionRow{"Novosibirsk State University", "RU", "Novosibirsk", "education"},
    InstitutionRow{"Ivane Javakhishvili Tbilisi State University", "GE", "Tbilisi", "education"},
    // Elsewhere
    InstitutionRow{"Indian Institute of Science Bangalore", "IN", "Bengaluru", "education"},
    InstitutionRow{"Indian Institute of Technology Bombay", "IN", "Mumbai", "education"},
    InstitutionRow{"University of Toronto", "CA", "Toronto", "education"},
    InstitutionRow{"McGill University", "CA", "Montreal", "education"},
    InstitutionRow{"The University of Melbourne", "AU", "Melbourne", "education"},
    InstitutionRow{"The University of Sydney", "AU", "Sydney", "education"},
    InstitutionRow{"National University of Singapore", "SG", "Singapore", "education"},
    InstitutionRow{"Universidade de São Paulo", "BR", "São Paulo", "education"},
    InstitutionRow{"University of Cape Town", "ZA", "Cape Town", "education"},
    InstitutionRow{"Cairo University", "EG", "Giza", "education"},
    InstitutionRow{"University of Tehran", "IR", "Tehran", "education"},
    InstitutionRow{"King Abdulaziz University", "SA", "Jeddah", "education"},
    InstitutionRow{"Universiti Malaya", "MY", "Kuala Lumpur", "education"},
    InstitutionRow{"Chulalongkorn University", "TH", "Bangkok", "education"},
    InstitutionRow{"Vietnam National University, Hanoi", "VN", "Hanoi", "education"},
    InstitutionRow{"Mongolian University of Science and Technology", "MN", "Ulaanbaatar",
                   "education"},
    InstitutionRow{"Quaid-i-Azam University", "PK", "Islamabad", "education"},
    InstitutionRow{"Istanbul Technical University", "TR", "Istanbul", "education"},
};

// DPRK institutions as OpenAlex lists them (country_code "KP").
inline constexpr std::array kDprkInstitutions = {
    InstitutionRow{"Kim Il Sung University", "KP", "Pyongyang", "education"},
    InstitutionRow{"State Academy of Sciences", "KP", "Pyongyang", "government"},
    InstitutionRow{"Kim Chaek University of Technology", "KP", "Pyongyang", "education"},
};

// Sub-units prefixed to DPRK institution names in raw affiliation strings.
inline constexpr std::array<std::string_view, 10> kDprkUnits = {"Faculty of Physics",
                                                                "Institute of Mathematics",
                                                                "Faculty of Materials Science",
                                                                "School of Mechanical Engineering",
                                                                "Faculty of Mathematics",
                                                                "Institute of Chemistry",
                                                                "Faculty of Electronics",
                                                                "School of Computer Science",
                                                                "Institute of Thermal Engineering",
                                                                "Faculty of Life Science"};

// The ways DPRK affiliations end on papers (see DOMAIN.md section 4).
inline constexpr std::array<std::string_view, 7> kDprkCountryNames = {
    "Democratic People's Republic of Korea",
    "DPR Korea",
    "D.P.R. Korea",
    "D.P.R. of Korea",
    "Korea, DPR",
    "DPRK",
    "Democratic People's Republic of Korea"};

struct CountryNameRow {
  std::string_view code;
  std::string_view name;  // how addresses spell the country
};

// Several rows per code give the spelling variants found in raw affiliation strings.
inline constexpr std::array kCountryNames = {
    CountryNameRow{"KR", "Republic of Korea"},
    CountryNameRow{"KR", "South Korea"},
    CountryNameRow{"KR", "Korea"},
    CountryNameRow{"KR", "Korea, Republic of"},
    CountryNameRow{"CN", "China"},
    CountryNameRow{"CN", "People's Republic of China"},
    CountryNameRow{"CN", "P.R. China"},
    CountryNameRow{"JP", "Japan"},
    CountryNameRow{"US", "USA"},
    CountryNameRow{"US", "United States"},
    CountryNameRow{"GB", "UK"},
    CountryNameRow{"GB", "United Kingdom"},
    CountryNameRow{"CH", "Switzerland"},
    CountryNameRow{"DE", "Germany"},
    CountryNameRow{"FR", "France"},
    CountryNameRow{"NL", "The Netherlands"},
    CountryNameRow{"BE", "Belgium"},
    CountryNameRow{"SE", "Sweden"},
    CountryNameRow{"DK", "Denmark"},
    CountryNameRow{"FI", "Finland"},
    CountryNameRow{"IT", "Italy"},
    CountryNameRow{"ES", "Spain"},
    CountryNameRow{"AT", "Austria"},
    CountryNameRow{"CZ", "Czech Republic"},
    CountryNameRow{"PL", "Poland"},
    CountryNameRow{"RU", "Russia"},
    CountryNameRow{"RU", "Russian Federation"},
    CountryNameRow{"GE", "Georgia"},
    CountryNameRow{"IN", "India"},
    CountryNameRow{"CA", "Canada"},
    CountryNameRow{"AU", "Australia"},
    CountryNameRow{"SG", "Singapore"},
    CountryNameRow{"BR", "Brazil"},
    CountryNameRow{"ZA", "South Africa"},
    CountryNameRow{"EG", "Egypt"},
    CountryNameRow{"IR", "Iran"},
    CountryNameRow{"SA", "Saudi Arabia"},
    CountryNameRow{"MY", "Malaysia"},
    CountryNameRow{"TH", "Thailand"},
    CountryNameRow{"VN", "Vietnam"},
    CountryNameRow{"MN", "Mongolia"},
    CountryNameRow{"PK", "Pakistan"},
    CountryNameRow{"TR", "Turkey"},
};

inline constexpr std::array<std::string_view, 16> kDepartments = {
    "Department of Physics",
    "School of Materials Science and Engineering",
    "Department of Chemistry",
    "Department of Mechanical Engineering",
    "Department of Computer Science and Engineering",
    "School of Electrical Engineering",
    "Department of Mathematics",
    "College of Medicine",
    "Department of Chemical and Biomolecular Engineering",
    "Graduate School of Engineering",
    "State Key Laboratory of Advanced Welding and Joining",
    "Department of Civil and Environmental Engineering",
    "Institute of Physics",
    "Department of Energy Science",
    "School of Aerospace Engineering",
    "Department of Biological Sciences"};

struct JournalRow {
  std::string_view name;
  std::string_view publisher;
  std::string_view doi_prefix;
};

inline constexpr std::array kJournals = {
    JournalRow{"Physical Review B", "American Physical Society", "10.1103"},
    JournalRow{"Journal of Alloys and Compounds", "Elsevier BV", "10.1016"},
    JournalRow{"Applied Physics Letters", "AIP Publishing", "10.1063"},
    JournalRow{"Scientific Reports", "Nature Portfolio", "10.1038"},
    JournalRow{"PLoS ONE", "Public Library of Science", "10.1371"},
    JournalRow{"Composite Structures", "Elsevier BV", "10.1016"},
    JournalRow{"Engineering Fracture Mechanics", "Elsevier BV", "10.1016"},
    JournalRow{"Journal of Applied Physics", "AIP Publishing", "10.1063"},
    JournalRow{"Nature Communications", "Nature Portfolio", "10.1038"},
    JournalRow{"IEEE Access", "Institute of Electrical and Electronics Engineers", "10.1109"},
    JournalRow{"Chemical Engineering Journal", "Elsevier BV", "10.1016"},
    JournalRow{"Applied Mathematics and Computation", "Elsevier BV", "10.1016"},
    JournalRow{"Optics Express", "Optica Publishing Group", "10.1364"},
    JournalRow{"RSC Advances", "Royal Society of Chemistry", "10.1039"},
    JournalRow{"Journal of Molecular Structure", "Elsevier BV", "10.1016"},
    JournalRow{"Results in Physics", "Elsevier BV", "10.1016"},
    JournalRow{"AIP Advances", "AIP Publishing", "10.1063"},
    JournalRow{"Sensors", "Multidisciplinary Digital Publishing Institute", "10.3390"},
    JournalRow{"Energies", "Multidisciplinary Digital Publishing Institute", "10.3390"},
    JournalRow{"Advanced Materials", "Wiley", "10.1002"},
};

struct FunderRow {
  std::string_view name;
  std::string_view country_code;
};

inline constexpr std::array kFunders = {
    FunderRow{"National Natural Science Foundation of China", "CN"},
    FunderRow{"National Key Research and Development Program of China", "CN"},
    FunderRow{"National Research Foundation of Korea", "KR"},
    FunderRow{"Ministry of Science and ICT, South Korea", "KR"},
    FunderRow{"Japan Society for the Promotion of Science", "JP"},
    FunderRow{"National Science Foundation", "US"},
    FunderRow{"National Institutes of Health", "US"},
    FunderRow{"European Research Council", "BE"},
    FunderRow{"Deutsche Forschungsgemeinschaft", "DE"},
    FunderRow{"Russian Foundation for Basic Research", "RU"},
    FunderRow{"Engineering and Physical Sciences Research Council", "GB"},
    FunderRow{"Agence Nationale de la Recherche", "FR"},
};

struct ConceptRow {
  std::string_view name;
  int level;
};

inline constexpr std::array kConcepts = {
    ConceptRow{"Physics", 0},
    ConceptRow{"Materials science", 0},
    ConceptRow{"Chemistry", 0},
    ConceptRow{"Computer science", 0},
    ConceptRow{"Mathematics", 0},
    ConceptRow{"Medicine", 0},
    ConceptRow{"Engineering", 0},
    ConceptRow{"Biology", 0},
    ConceptRow{"Condensed matter physics", 1},
    ConceptRow{"Quantum mechanics", 1},
    ConceptRow{"Optics", 1},
    ConceptRow{"Composite material", 1},
    ConceptRow{"Nanotechnology", 1},
    ConceptRow{"Organic chemistry", 1},
    ConceptRow{"Artificial intelligence", 1},
    ConceptRow{"Thermodynamics", 1},
    ConceptRow{"Metallurgy", 1},
    ConceptRow{"Structural engineering", 1},
    ConceptRow{"Mechanical engineering", 1},
    ConceptRow{"Electrical engineering", 1},
    ConceptRow{"Internal medicine", 1},
    ConceptRow{"Applied mathematics", 1},
    ConceptRow{"Mathematical analysis", 1},
    ConceptRow{"Machine learning", 2},
    ConceptRow{"Fracture mechanics", 2},
    ConceptRow{"Finite element method", 2},
    ConceptRow{"Crystallography", 2},
    ConceptRow{"Control theory (sociology)", 2},
    ConceptRow{"Aerospace engineering", 2},
    ConceptRow{"Nuclear physics", 2},
    ConceptRow{"Catalysis", 2},
    ConceptRow{"Graphene", 3},
    ConceptRow{"Perovskite (structure)", 3},
    ConceptRow{"Convolutional neural network", 3},
    ConceptRow{"Nonlinear system", 2},
    ConceptRow{"Microstructure", 2},
};

struct TopicRow {
  std::string_view name;
  std::string_view subfield;
  std::string_view field;
  std::string_view domain;
};

inline constexpr std::array kTopics = {
    TopicRow{"Advanced Condensed Matter Physics", "Condensed Matter Physics",
             "Physics and Astronomy", "Physical Sciences"},
    TopicRow{"Composite Material Mechanics", "Mechanics of Materials", "Engineering",
             "Physical Sciences"},
    TopicRow{"Fatigue and fracture mechanics", "Mechanics of Materials", "Engineering",
             "Physical Sciences"},
    TopicRow{"Graphene research and applications", "Materials Chemistry", "Materials Science",
             "Physical Sciences"},
    TopicRow{"Perovskite Materials and Applications", "Electronic, Optical and Magnetic Materials",
             "Materials Science", "Physical Sciences"},
    TopicRow{"Advanced Neural Network Applications", "Artificial Intelligence", "Computer Science",
             "Physical Sciences"},
    TopicRow{"Nonlinear Differential Equations Analysis", "Applied Mathematics", "Mathematics",
             "Physical Sciences"},
    TopicRow{"Catalytic Processes in Materials Science", "Catalysis", "Chemical Engineering",
             "Physical Sciences"},
    TopicRow{"Photonic and Optical Devices", "Atomic and Molecular Physics, and Optics",
             "Physics and Astronomy", "Physical Sciences"},
    TopicRow{"Cancer Immunotherapy and Biomarkers", "Oncology", "Medicine", "Health Sciences"},
    TopicRow{"Microstructure and mechanical properties", "Mechanics of Materials", "Engineering",
             "Physical Sciences"},
    TopicRow{"Nuclear Physics and Applications", "Nuclear and High Energy Physics",
             "Physics and Astronomy", "Physical Sciences"},
};

// Given names and family names by naming tradition.
inline constexpr std::array<std::string_view, 16> kKoreanGiven = {
    "Min-jun",  "Ji-hoon",  "Seo-yeon", "Hyun-woo", "Ji-won",  "Dong-hyun",
    "Eun-ji",   "Sung-min", "Young-ho", "Jae-won",  "Hye-jin", "Sang-hoon",
    "Yoon-seo", "Jin-ho",   "Soo-jin",  "Kyung-tae"};
inline constexpr std::array<std::string_view, 12> kKoreanFamily = {
    "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh"};
inline constexpr std::array<std::string_view, 16> kChineseGiven = {
    "Wei",  "Jing", "Li",     "Hao",      "Xiaoming", "Yang", "Lei",   "Jun",
    "Ying", "Tao",  "Xiaoli", "Zhiqiang", "Min",      "Feng", "Yuxin", "Chen"};
inline constexpr std::array<std::string_view, 14> kChineseFamily = {
    "Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Zhao",
    "Huang", "Zhou", "Wu", "Xu",  "Sun",  "Ma",   "Zhu"};
inline constexpr std::array<std::string_view, 10> kJapaneseGiven = {
    "Hiroshi", "Takashi", "Yuki", "Kenji", "Akiko", "Satoshi", "Naoko", "Daisuke", "Yusuke", "Emi"};
inline constexpr std::array<std::string_view, 10> kJapaneseFamily = {
    "Tanaka",   "Suzuki",   "Takahashi", "Watanabe", "Ito",
    "Yamamoto", "Nakamura", "Kobayashi", "Sato",     "Kato"};
inline constexpr std::array<std::string_view, 16> kWesternGiven = {
    "John",  "Maria", "David",  "Anna",      "Michael", "Sophie", "Thomas", "Elena",
    "James", "Laura", "Pierre", "Katarzyna", "Lars",    "Giulia", "Sergei", "Priya"};
inline constexpr std::array<std::string_view, 16> kWesternFamily = {
    "Smith",  "Müller",    "García",   "Rossi", "Johnson", "Dubois",   "Novak",  "Jansen",
    "Ivanov", "Andersson", "Kowalski", "Brown", "Fischer", "O'Connor", "Sharma", "Silva"};
// McCune-Reischauer spellings as DPRK authors write them.
inline constexpr std::array<std::string_view, 14> kDprkGiven = {
    "Chol Su",  "Kwang Il", "Song Chol", "Myong Nam", "Un Gyong", "Hyok",    "Yong Ho",
    "Kum Chol", "Jin Hyok", "Chol Jun",  "Nam Hyok",  "Il Nam",   "Song Il", "Hyon Chol"};
inline constexpr std::array<std::string_view, 10> kDprkFamily = {
    "Kim", "Ri", "Pak", "Choe", "Jong", "Han", "O", "Ryu", "Jo", "Hwang"};

// Abstract vocabulary, most frequent first (sampled with a skew towards the front).
inline constexpr std::array<std::string_view, 120> kAbstractWords = {"the",
                                                                     "of",
                                                                     "and",
                                                                     "in",
                                                                     "to",
                                                                     "a",
                                                                     "is",
                                                                     "for",
                                                                     "with",
                                                                     "by",
                                                                     "we",
                                                                     "on",
                                                                     "that",
                                                                     "this",
                                                                     "are",
                                                                     "as",
                                                                     "from",
                                                                     "was",
                                                                     "be",
                                                                     "an",
                                                                     "which",
                                                                     "were",
                                                                     "results",
                                                                     "model",
                                                                     "method",
                                                                     "proposed",
                                                                     "based",
                                                                     "using",
                                                                     "study",
                                                                     "show",
                                                                     "can",
                                                                     "high",
                                                                     "two",
                                                                     "performance",
                                                                     "data",
                                                                     "also",
                                                                     "between",
                                                                     "than",
                                                                     "effect",
                                                                     "analysis",
                                                                     "temperature",
                                                                     "structure",
                                                                     "properties",
                                                                     "new",
                                                                     "our",
                                                                     "these",
                                                                     "significantly",
                                                                     "compared",
                                                                     "obtained",
                                                                     "experimental",
                                                                     "its",
                                                                     "has",
                                                                     "been",
                                                                     "different",
                                                                     "system",
                                                                     "approach",
                                                                     "numerical",
                                                                     "surface",
                                                                     "energy",
                                                                     "process",
                                                                     "paper",
                                                                     "strength",
                                                                     "crack",
                                                                     "composite",
                                                                     "materials",
                                                                     "electronic",
                                                                     "phase",
                                                                     "network",
                                                                     "algorithm",
                                                                     "solution",
                                                                     "equation",
                                                                     "boundary",
                                                                     "stability",
                                                                     "conditions",
                                                                     "mechanical",
                                                                     "thermal",
                                                                     "optical",
                                                                     "layer",
                                                                     "samples",
                                                                     "observed",
                                                                     "increase",
                                                                     "decrease",
                                                                     "presented",
                                                                     "derived",
                                                                     "existence",
                                                                     "nonlinear",
                                                                     "fracture",
                                                                     "simulation",
                                                                     "accuracy",
                                                                     "efficient",
                                                                     "framework",
                                                                     "demonstrate",
                                                                     "propose",
                                                                     "investigate",
                                                                     "significant",
                                                                     "correlation",
                                                                     "synthesized",
                                                                     "characterized",
                                                                     "microstructure",
                                                                     "alloy",
                                                                     "graphene",
                                                                     "nanoparticles",
                                                                     "catalyst",
                                                                     "reaction",
                                                                     "patients",
                                                                     "clinical",
                                                                     "treatment",
                                                                     "cells",
                                                                     "expression",
                                                                     "signal",
                                                                     "frequency",
                                                                     "magnetic",
                                                                     "quantum",
                                                                     "spin",
                                                                     "lattice",
                                                                     "density",
                                                                     "functional",
                                                                     "theory",
                                                                     "calculations",
                                                                     "first-principles"};

inline constexpr std::array<std::string_view, 24> kTitleSubjects = {
    "fracture behaviour of fibre-reinforced composites",
    "crack propagation in functionally graded plates",
    "first-principles study of α-Fe2O3 surfaces",
    "existence of solutions for nonlinear fractional differential equations",
    "graphene-based nanocomposites for energy storage",
    "deep convolutional networks for image segmentation",
    "thermal conductivity of perovskite thin films",
    "spin transport in two-dimensional magnets",
    "microstructure and mechanical properties of Ti–6Al–4V alloys",
    "catalytic oxidation of CO over Pt/CeO2",
    "quantum phase transitions in frustrated lattices",
    "clinical outcomes of immunotherapy in lung cancer",
    "finite element analysis of laminated shells",
    "stability of Hopf bifurcations in delayed neural networks",
    "optical solitons in nonlinear fibres",
    "hydrogen evolution on MoS2 nanosheets",
    "wear resistance of laser-clad coatings",
    "boundary value problems on time scales",
    "machine learning prediction of alloy hardness",
    "synthesis of ZnO nanoparticles by sol–gel route",
    "dynamic response of sandwich beams under impact",
    "Ångström-scale imaging of lattice defects",
    "heat transfer in porous media with nanofluids",
    "electronic structure of doped silicon carbide"};

inline constexpr std::array<std::string_view, 10> kTitlePrefixes = {"On the ",
                                                                    "A study of ",
                                                                    "Numerical investigation of ",
                                                                    "Experimental analysis of ",
                                                                    "Improved model for ",
                                                                    "Effect of temperature on ",
                                                                    "A novel approach to ",
                                                                    "Characterisation of ",
                                                                    "Theoretical analysis of ",
                                                                    ""};

}  // namespace catchall::bench
