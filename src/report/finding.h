// A finding as read back from findings.jsonl (docs/output-formats.md): plain values, no I/O.
// The report reads the files a run wrote, not the engine's internal types, so that it can
// regenerate a report from any earlier run, and so that what it shows is what the file says.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace catchall::report {

// One piece of evidence for an affiliation's country (`decided_by`, `overruled`).
struct PlaceEvidence {
  std::string kind;
  std::string text;
  std::string country;
};

struct InstitutionRef {
  std::string id;
  std::string name;
  std::string type;
  std::string country;
  std::vector<std::string> tags;  // seven_sons, pla, dod_1286, un_1718, ...
};

struct AffiliationItem {
  std::string raw;
  std::string country;
  std::optional<InstitutionRef> institution;
  std::vector<PlaceEvidence> decided_by;
  std::vector<PlaceEvidence> overruled;
  std::vector<std::string> authors;
  std::vector<std::string> warnings;
};

// A taxonomy term found in a field; `offset` is a byte offset into that field's text.
struct TermHit {
  std::string term;
  std::string field;  // title, abstract, author_keywords, index_keywords
  std::string text;
  uint64_t offset = 0;
  double weight = 0;
};

struct CategoryItem {
  std::string id;
  std::string label;
  double score = 0;
  double threshold = 0;
  std::string legal_basis;
  std::vector<std::string> wassenaar;
  std::vector<std::string> mtcr;
  std::vector<TermHit> evidence;
};

struct FunderItem {
  std::string registry_id;
  std::string name;
  std::string country;
  bool government = false;
  std::string matched_text;
  std::vector<std::string> award_ids;
  std::string origin;
};

struct RuleTestItem {
  std::string fact;
  std::string test;
  std::string value;
};

struct RuleHitItem {
  std::string id;
  std::string severity;
  std::string tier;
  std::string status;  // fired | possible
  bool decides_tier = false;
  std::string message;
  std::string reference;
  std::string rule_file;
  uint64_t rule_line = 0;
  std::vector<RuleTestItem> evidence;
};

// A party of the record found on a loaded list (`list_hits`; docs/output-formats.md).
struct ListHitItem {
  std::string subject;  // institution, affiliation, funder, author
  std::string text;     // the record's text that matched
  std::string list;
  std::string list_version;
  std::string entity_id;
  std::string reference;  // the list's own reference number (KPi.001, SDN uid, ...)
  std::string schema;
  std::string name;  // the entry's name that matched
  std::string name_kind;
  double score = 0;
  std::vector<std::string> tags;
  std::string risk_level;
  std::string cleared_by;  // a cleared-party list that clears the hit; empty when open
};

struct SourceRef {
  std::string file;
  uint64_t line = 0;
  uint64_t record = 0;
  std::string format;
};

struct Finding {
  uint64_t jsonl_line = 0;  // 1-based line of findings.jsonl it was read from
  std::string id;
  std::string doi;
  SourceRef source;
  std::string title;
  int64_t year = 0;  // 0: unknown
  std::string date;
  std::string date_precision;
  std::string document_type;
  std::string source_title;
  std::vector<std::string> countries;
  bool dprk_tie = false;
  bool dprk_coauthored = false;
  bool dprk_conflict = false;
  std::vector<std::string> dprk_authors;
  std::vector<AffiliationItem> dprk_affiliations;
  std::vector<AffiliationItem> foreign_affiliations;
  std::vector<AffiliationItem> unresolved_affiliations;
  std::vector<std::string> warnings;
  std::string tier;
  bool tier_certain = true;
  std::string tier_rule;
  std::string tier_message;
  std::vector<std::string> tier_alternatives;
  std::vector<CategoryItem> categories;
  std::vector<CategoryItem> weak_categories;
  std::vector<FunderItem> funders;
  std::vector<std::string> government_funding;
  std::vector<RuleHitItem> rules;
  std::vector<ListHitItem> list_hits;
  std::string abstract;
  std::vector<std::string> author_keywords;
  std::vector<std::string> index_keywords;
  std::string funding_text;
};

}  // namespace catchall::report
