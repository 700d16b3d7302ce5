#include "ties/ties.h"

#include <algorithm>

#include "text/normalize.h"

namespace catchall {
namespace {

bool IsPartner(const NetworkInstitution& institution) {
  return institution.concern || institution.dprk;
}

// Does `institution` belong to the organisation asked for? Same rules as network --from: the
// registry id, the exact name, or the name's words.
class OrgMatcher {
 public:
  explicit OrgMatcher(const std::string& org)
      : org_(org),
        key_(org.starts_with("inst:") ? org : "inst:" + org),
        words_(NormalizeText(org)) {}
  bool Exact(const NetworkInstitution& institution) const {
    return institution.key == key_ || NormalizeText(institution.name) == words_;
  }
  bool Contains(const NetworkInstitution& institution) const {
    const std::string name = " " + NormalizeText(institution.name) + " ";
    return !words_.empty() && name.find(" " + words_ + " ") != std::string::npos;
  }
  bool empty() const { return org_.empty(); }

 private:
  std::string org_, key_, words_;
};

void Count(TieCount& count, const std::string& label, uint32_t record,
           const std::vector<uint32_t>& org_authors, const std::string& partner) {
  if (count.label.empty()) count.label = label;
  count.records.insert(record);
  count.org_researchers.insert(org_authors.begin(), org_authors.end());
  count.partners.insert(partner);
}

}  // namespace

std::vector<std::string> PartnerLists(const NetworkInstitution& partner) {
  std::vector<std::string> out;
  for (const std::string& tag : partner.tags) {
    if (tag.starts_with("list:")) {
      out.push_back(tag.substr(5));
    } else if (IsConcernTag(tag)) {
      out.push_back("registry:" + tag);
    }
  }
  if (partner.dprk && out.empty()) out.push_back("registry:dprk");
  return out;
}

Result<TiesResult> FindTies(const std::vector<TiesRecord>& records, const std::string& org) {
  TiesResult result;
  result.org = org;
  const OrgMatcher matcher(org);
  // Exact matches win over word matches, as for network --from.
  bool any_exact = false;
  for (const TiesRecord& record : records) {
    for (const auto& institution : record.network.institutions) {
      any_exact = any_exact || (!matcher.empty() && matcher.Exact(*institution));
    }
  }
  auto is_org = [&](const NetworkInstitution& institution) {
    if (matcher.empty()) return !IsPartner(institution);
    return any_exact ? matcher.Exact(institution) : matcher.Contains(institution);
  };
  std::vector<NetworkRecord> network;
  network.reserve(records.size());
  for (const TiesRecord& record : records) network.push_back(record.network);
  result.authors = AssignAuthors(network);
  std::set<uint32_t> org_researchers;
  for (size_t r = 0; r < records.size(); ++r) {
    const NetworkRecord& record = records[r].network;
    std::vector<uint32_t> org_institutions;
    for (size_t i = 0; i < record.institutions.size(); ++i) {
      const NetworkInstitution& institution = *record.institutions[i];
      if (!is_org(institution)) continue;
      org_institutions.push_back(static_cast<uint32_t>(i));
      result.org_institution_keys.insert(institution.key);
      result.org_institution_names[institution.key] = institution.name;
    }
    if (org_institutions.empty()) continue;
    ++result.org_records;
    auto authors_at = [&](auto accept) {
      std::vector<uint32_t> out;
      for (size_t s = 0; s < record.authors.size(); ++s) {
        const auto& at = record.authors[s].institutions;
        if (std::any_of(at.begin(), at.end(), accept)) {
          out.push_back(result.authors.cluster_of[r][s]);
        }
      }
      std::sort(out.begin(), out.end());
      out.erase(std::unique(out.begin(), out.end()), out.end());
      return out;
    };
    const auto org_authors = authors_at([&](uint32_t i) {
      return std::find(org_institutions.begin(), org_institutions.end(), i) !=
             org_institutions.end();
    });
    org_researchers.insert(org_authors.begin(), org_authors.end());
    for (size_t p = 0; p < record.institutions.size(); ++p) {
      const NetworkInstitution& partner = *record.institutions[p];
      if (!IsPartner(partner) || is_org(partner)) continue;
      Tie tie{static_cast<uint32_t>(r), static_cast<uint32_t>(p), org_institutions, org_authors,
              authors_at([&](uint32_t i) { return i == p; })};
      const auto index = static_cast<uint32_t>(r);
      result.records_with_ties.insert(index);
      result.researchers_with_ties.insert(org_authors.begin(), org_authors.end());
      Count(result.by_partner[partner.key], partner.name, index, org_authors, partner.key);
      const std::string risk = partner.risk_level.empty() ? "unrated" : partner.risk_level;
      Count(result.by_risk[risk], risk, index, org_authors, partner.key);
      for (const std::string& list : PartnerLists(partner)) {
        Count(result.by_list[list], list, index, org_authors, partner.key);
      }
      const std::string year =
          record.record.year > 0 ? std::to_string(record.record.year) : "unknown";
      Count(result.by_year[year], year, index, org_authors, partner.key);
      const auto& categories = records[r].categories;
      if (categories.empty()) {
        Count(result.by_category["uncategorised"], "uncategorised", index, org_authors,
              partner.key);
      }
      for (const std::string& category : categories) {
        Count(result.by_category[category], category, index, org_authors, partner.key);
      }
      result.ties.push_back(std::move(tie));
    }
  }
  result.org_researchers = org_researchers.size();
  if (!matcher.empty() && result.org_institution_keys.empty()) {
    return Error{"no institution of the records is named '" + org +
                     "' (give a registry id, the institution's name or a part of it)",
                 {}};
  }
  return result;
}

}  // namespace catchall
