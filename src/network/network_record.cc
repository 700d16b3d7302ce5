#include "network/network_record.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "analysis/screening.h"
#include "network/author_identity.h"
#include "text/normalize.h"

namespace catchall {
namespace {

// Registry tags of military-linked or designated institutions (data/README.md), and how high a
// risk each stands for: lists that restrict or designate are high, the defence industry medium.
struct ConcernTag {
  const char* tag;
  const char* risk;
};
constexpr ConcernTag kConcernTags[] = {
    {"seven_sons", "high"},
    {"pla", "high"},
    {"dod_1286", "high"},
    {"dod_1260h", "high"},
    {"un_1718", "high"},
    {"ofac_sdn", "high"},
    {"ofac_cons", "high"},
    {"entity_list", "high"},
    {"meu", "high"},
    {"mieu", "high"},
    {"dprk_military", "high"},
    {"defence_industry", "medium"},
    // The risk table grades its entries; the registry keeps the grade as the entry's
    // risk_level, which the resolver does not pass on: an entry only in the table is medium.
    {"risk_table", "medium"}};

const char* RiskOfTag(const std::string& tag) {
  for (const ConcernTag& concern : kConcernTags) {
    if (tag == concern.tag) return concern.risk;
  }
  return "";
}

int RiskRank(const std::string& risk) {
  if (risk == "high") return 3;
  if (risk == "medium") return 2;
  if (risk == "low") return 1;
  return 0;
}

void RaiseRisk(std::string& current, const std::string& candidate) {
  if (RiskRank(candidate) > RiskRank(current)) current = candidate;
}

std::string FirstSegment(const std::string& raw) {
  const auto segments = SplitSegments(raw);
  if (segments.empty()) return raw;
  return raw.substr(segments[0].begin, segments[0].end - segments[0].begin);
}

std::string SourceIdOf(const Author& author, InputFormat format) {
  if (author.source_id.empty()) return "";
  switch (format) {
    case InputFormat::kScopusCsv:
      return "scopus:" + author.source_id;
    case InputFormat::kOpenAlexJsonl: {
      const size_t slash = author.source_id.rfind('/');
      return "openalex:" +
             (slash == std::string::npos ? author.source_id : author.source_id.substr(slash + 1));
    }
    default:
      return std::string(FormatName(format)) + ":" + author.source_id;
  }
}

std::string OpenAlexShortId(const std::string& id) {
  const size_t slash = id.rfind('/');
  return slash == std::string::npos ? id : id.substr(slash + 1);
}

bool IsDoiCharacter(char c) {
  return !std::isspace(static_cast<unsigned char>(c)) && c != ',' && c != ';' && c != '"' &&
         c != '<' && c != '>' && c != ']' && c != '[';
}

void MarkListed(const ListHit& hit, NetworkInstitution& institution) {
  const std::string entry = hit.list + " " + hit.reference + " " + hit.matched_name +
                            (hit.list_version.empty() ? "" : " (" + hit.list_version + ")");
  if (std::find(institution.list_entries.begin(), institution.list_entries.end(), entry) !=
      institution.list_entries.end()) {
    return;
  }
  institution.concern = true;
  institution.list_entries.push_back(entry);
  const std::string tag = "list:" + hit.list;
  if (std::find(institution.tags.begin(), institution.tags.end(), tag) == institution.tags.end()) {
    institution.tags.push_back(tag);
  }
  // A list names the parties it restricts; risk tables grade them (risk_level).
  RaiseRisk(institution.risk_level, hit.risk_level.empty() ? "high" : hit.risk_level);
}

}  // namespace

bool IsConcernTag(const std::string& tag) { return RiskOfTag(tag)[0] != '\0'; }

std::vector<std::string> DoisInText(std::string_view text) {
  std::vector<std::string> out;
  for (size_t at = text.find("10."); at != std::string_view::npos; at = text.find("10.", at + 3)) {
    if (at > 0 && std::isalnum(static_cast<unsigned char>(text[at - 1]))) continue;
    size_t end = at + 3;
    size_t digits = 0;
    while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end]))) {
      ++end;
      ++digits;
    }
    if (digits < 4 || end >= text.size() || text[end] != '/') continue;
    while (end < text.size() && IsDoiCharacter(text[end])) ++end;
    std::string doi(text.substr(at, end - at));
    while (!doi.empty() && (doi.back() == '.' || doi.back() == ')')) doi.pop_back();
    if (doi.size() <= digits + 4) continue;  // nothing after the slash
    std::transform(doi.begin(), doi.end(), doi.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    out.push_back(std::move(doi));
  }
  return out;
}

NetworkRecordBuilder::NetworkRecordBuilder(const AffiliationResolver& resolver,
                                           const ListScreener* lists)
    : resolver_(resolver), lists_(lists) {}

NetworkInstitution NetworkRecordBuilder::InstitutionOf(
    const Affiliation& affiliation, const AffiliationResolution& resolution) const {
  NetworkInstitution out;
  out.country = resolution.country;
  out.dprk = resolution.country == kDprkCountryCode;
  if (resolution.institution) {
    const ResolvedInstitution& institution = *resolution.institution;
    out.key = "inst:" + institution.id;
    out.name = institution.name;
    if (!institution.country.empty()) out.country = institution.country;
    out.dprk = out.country == kDprkCountryCode;
    out.tags = institution.tags;
    for (const std::string& tag : institution.tags) {
      if (!IsConcernTag(tag)) continue;
      out.concern = true;
      RaiseRisk(out.risk_level, RiskOfTag(tag));
    }
    return out;
  }
  // Not in the registry: the first part of the address names the institution ("Jilin Univ,
  // Coll Phys, Changchun 130012, Peoples R China"); with the country, it is the node's identity.
  out.name = FirstSegment(affiliation.raw);
  out.key = "inst:text:" + NormalizeText(out.name) + "|" + out.country;
  return out;
}

// A hit's text is a comma-separated part of an affiliation or the registry name it resolved to:
// the institutions of those affiliations are on the list.
void NetworkRecordBuilder::AddListHits(const Publication& record, const RecordScreening& screening,
                                       const std::vector<int>& institution_of,
                                       std::vector<NetworkInstitution>& institutions) const {
  for (const ListHit& hit : lists_->Screen(record, screening, {})) {
    if (hit.subject != ListSubject::kInstitution || !hit.cleared_by.empty()) continue;
    for (size_t a = 0; a < record.affiliations.size(); ++a) {
      if (institution_of[a] < 0) continue;
      NetworkInstitution& institution = institutions[institution_of[a]];
      if (record.affiliations[a].raw.find(hit.text) == std::string::npos &&
          institution.name != hit.text) {
        continue;
      }
      MarkListed(hit, institution);
    }
  }
}

NetworkRecord NetworkRecordBuilder::Build(const Publication& record) const {
  NetworkRecord out;
  GraphRecord& r = out.record;
  r.id = record.id;
  r.doi = record.doi;
  r.title = record.title;
  r.year = record.date.year;
  r.file = record.source.file;
  r.line = record.source.line;
  r.format = FormatName(record.format);

  const RecordScreening screening = ScreenRecord(record, resolver_);
  std::vector<int> institution_of(record.affiliations.size(), -1);
  std::vector<NetworkInstitution> institutions;
  auto place = [&](const std::vector<ScreenedAffiliation>& group) {
    for (const ScreenedAffiliation& item : group) {
      NetworkInstitution institution =
          InstitutionOf(record.affiliations[item.index], item.resolution);
      auto same =
          std::find_if(institutions.begin(), institutions.end(),
                       [&](const NetworkInstitution& x) { return x.key == institution.key; });
      if (same == institutions.end()) {
        institutions.push_back(std::move(institution));
        same = institutions.end() - 1;
      }
      institution_of[item.index] = static_cast<int>(same - institutions.begin());
    }
  };
  place(screening.dprk);
  place(screening.foreign);
  place(screening.unresolved);
  if (lists_ != nullptr) AddListHits(record, screening, institution_of, institutions);

  const bool given_first = record.format == InputFormat::kOpenAlexJsonl;
  for (const Author& author : record.authors) {
    NetworkAuthor slot;
    slot.name = author.full_name.empty() ? author.name : author.full_name;
    slot.name_key = AuthorNameKey(slot.name, given_first);
    slot.source_id = SourceIdOf(author, record.format);
    slot.orcid = author.orcid;
    for (uint32_t index : author.affiliations) {
      if (index >= institution_of.size() || institution_of[index] < 0) continue;
      const auto institution = static_cast<uint32_t>(institution_of[index]);
      if (std::find(slot.institutions.begin(), slot.institutions.end(), institution) ==
          slot.institutions.end()) {
        slot.institutions.push_back(institution);
      }
    }
    out.authors.push_back(std::move(slot));
  }
  for (NetworkInstitution& institution : institutions) {
    // Resolution 2321 (para 11) suspends scientific and technical cooperation with the DPRK:
    // any DPRK institution is a high-risk partner.
    if (institution.dprk) institution.risk_level = "high";
    r.dprk = r.dprk || institution.dprk;
    r.concern = r.concern || (institution.concern && !institution.dprk);
    out.institutions.push_back(std::make_shared<const NetworkInstitution>(std::move(institution)));
  }

  if (!record.doi.empty()) out.own_keys.push_back("doi:" + record.doi);
  std::set<std::string> cited;
  if (record.format == InputFormat::kOpenAlexJsonl) {
    out.own_keys.push_back("openalex:" + OpenAlexShortId(record.id));
    for (const std::string& reference : record.references) {
      cited.insert("openalex:" + OpenAlexShortId(reference));
    }
  } else {
    for (const std::string& reference : record.references) {
      for (std::string& doi : DoisInText(reference)) cited.insert("doi:" + doi);
    }
  }
  out.cited_keys.assign(cited.begin(), cited.end());
  return out;
}

void InstitutionPool::Intern(NetworkRecord& record) {
  for (auto& institution : record.institutions) {
    auto [it, added] = pool_.try_emplace(institution->key);
    if (added) {
      it->second = std::make_shared<NetworkInstitution>(*institution);
    } else {
      NetworkInstitution& shared = *it->second;
      for (const std::string& tag : institution->tags) {
        if (std::find(shared.tags.begin(), shared.tags.end(), tag) == shared.tags.end()) {
          shared.tags.push_back(tag);
        }
      }
      for (const std::string& entry : institution->list_entries) {
        if (std::find(shared.list_entries.begin(), shared.list_entries.end(), entry) ==
            shared.list_entries.end()) {
          shared.list_entries.push_back(entry);
        }
      }
      shared.concern = shared.concern || institution->concern;
      RaiseRisk(shared.risk_level, institution->risk_level);
    }
    institution = it->second;
  }
}

}  // namespace catchall
