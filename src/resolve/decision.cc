#include "resolve/decision.h"

#include <algorithm>
#include <map>

namespace catchall::resolve {
namespace {

constexpr const char* kKp = "KP";
constexpr const char* kKr = "KR";

struct TextVerdict {
  std::string country;
  std::vector<std::string> warnings;
  bool weak_only = false;  // rests on ambiguous evidence only
};

bool Any(const std::vector<Evidence>& evs, bool (*pred)(const Evidence&)) {
  return std::any_of(evs.begin(), evs.end(), pred);
}

bool IsDprkPlaceOrInstitution(const Evidence& ev) {
  return ev.dprk_unique && ev.public_view.kind != "country_name";
}

std::string Quoted(const std::vector<Evidence>& evs, const std::string& country) {
  std::string out;
  for (const auto& ev : evs) {
    if (ev.public_view.country != country) continue;
    if (!out.empty()) out += ", ";
    out += "'" + ev.public_view.text + "'";
  }
  return out;
}

// Vote of the evidence weights; ties go to the side that is not KP, then to the leftmost.
std::string Vote(const std::vector<Evidence>& evs, bool* weak_only) {
  std::map<std::string, std::pair<int, size_t>> votes;  // country -> (weight, first order)
  int strongest = 0;
  for (const auto& ev : evs) {
    const std::string& country = ev.bare_korea ? std::string(kKr) : ev.public_view.country;
    if (country.empty()) continue;
    auto [it, fresh] = votes.try_emplace(country, 0, ev.order);
    it->second.first += ev.weight;
    it->second.second = std::min(it->second.second, ev.order);
    if (!ev.weak && !ev.bare_korea) strongest = std::max(strongest, ev.weight);
  }
  std::string best;
  std::pair<int, size_t> best_score{-1, 0};
  for (const auto& [country, score] : votes) {
    const bool better = score.first > best_score.first ||
                        (score.first == best_score.first &&
                         (best == kKp || (country != kKp && score.second < best_score.second)));
    if (best.empty() || better) {
      best = country;
      best_score = score;
    }
  }
  *weak_only = strongest == 0;
  return best;
}

// The Korea rules: text-based KP needs DPRK-unique evidence and, unless the DPRK is named
// explicitly and backed by a DPRK place or institution, no ROK evidence at all.
void ApplyKoreaRules(const std::vector<Evidence>& evs, const Evidence* explicit_tail,
                     TextVerdict& verdict) {
  const bool has_dprk = Any(evs, [](const Evidence& ev) { return ev.dprk_unique; });
  const bool has_dprk_place = Any(evs, IsDprkPlaceOrInstitution);
  const bool has_rok_besides_tail =
      Any(evs, [](const Evidence& ev) { return ev.rok && !ev.strong_tail; });
  const bool has_rok = Any(evs, [](const Evidence& ev) { return ev.rok; });
  const std::string dprk_words = Quoted(evs, kKp);
  const std::string rok_words = Quoted(evs, kKr);
  if (explicit_tail != nullptr && explicit_tail->public_view.country == kKp) {
    if (has_rok_besides_tail && !has_dprk_place) {
      verdict.country = kKr;
      verdict.warnings.push_back("the text names the DPRK (" + dprk_words +
                                 ") but its only other evidence is South Korean (" + rok_words +
                                 "): resolved as KR");
    } else {
      verdict.country = kKp;
    }
    return;
  }
  if (explicit_tail != nullptr && explicit_tail->public_view.country == kKr) {
    if (has_dprk_place && !has_rok_besides_tail) {
      verdict.country = kKp;
      verdict.warnings.push_back(
          "the text says South Korea but names only DPRK places or "
          "institutions (" +
          dprk_words +
          ") and nothing South Korean: "
          "resolved as KP");
    } else {
      verdict.country = kKr;
    }
    return;
  }
  if (has_dprk && !has_rok) {
    verdict.country = kKp;
  } else if (has_rok) {
    verdict.country = kKr;
    if (has_dprk) {
      verdict.warnings.push_back("DPRK evidence (" + dprk_words +
                                 ") overruled by South Korean "
                                 "evidence (" +
                                 rok_words + "): in doubt not KP");
    }
  } else {
    const bool bare_korea = Any(evs, [](const Evidence& ev) { return ev.bare_korea; });
    if (bare_korea) {
      verdict.country = kKr;
      verdict.warnings.emplace_back("ambiguous 'Korea' with no DPRK evidence: resolved as KR");
    } else {
      // Only weak DPRK hints (a name shared with South Korean places): say nothing.
      verdict.country.clear();
      verdict.warnings.push_back("only weak DPRK evidence (" + dprk_words + "): country left open");
    }
  }
}

TextVerdict DecideFromText(const std::vector<Evidence>& evs) {
  TextVerdict verdict;
  if (evs.empty()) return verdict;
  const Evidence* explicit_tail = nullptr;
  for (const auto& ev : evs) {
    if (ev.strong_tail) explicit_tail = &ev;
  }
  if (explicit_tail != nullptr) {
    verdict.country = explicit_tail->public_view.country;
  } else {
    verdict.country = Vote(evs, &verdict.weak_only);
  }
  if (verdict.country == kKp || verdict.country == kKr) {
    ApplyKoreaRules(evs, explicit_tail, verdict);
  } else if (explicit_tail != nullptr) {
    // An explicit third country loses only to a DPRK institution *and* a DPRK place, when
    // nothing else in the text supports it.
    const std::string& stated = explicit_tail->public_view.country;
    const bool dprk_institution = Any(evs, [](const Evidence& ev) {
      return ev.dprk_unique && ev.public_view.kind == "institution";
    });
    const bool dprk_place = Any(evs, [](const Evidence& ev) {
      return ev.dprk_unique && (ev.public_view.kind == "city" || ev.public_view.kind == "region");
    });
    const bool supported = std::any_of(evs.begin(), evs.end(), [&](const Evidence& ev) {
      return !ev.tail && ev.public_view.country == stated;
    });
    const bool rok = Any(evs, [](const Evidence& ev) { return ev.rok; });
    if (dprk_institution && dprk_place && !supported && !rok) {
      verdict.warnings.push_back("the text says " + stated +
                                 " but names a DPRK institution and "
                                 "place (" +
                                 Quoted(evs, kKp) + "): resolved as KP");
      verdict.country = kKp;
    }
  }
  return verdict;
}

std::string SourceLabel(const SourceInstitution& source) {
  const std::string& label = source.display_name.empty() ? source.id : source.display_name;
  return label.empty() ? std::string() : " (" + label + ")";
}

// The sources' country when the text says nothing; KP/KR ties go to KR.
std::string SourceCountry(const std::vector<SourceInstitution>& sources) {
  std::map<std::string, int> counts;
  std::string first;
  for (const auto& source : sources) {
    if (source.country_code.empty()) continue;
    if (first.empty()) first = source.country_code;
    ++counts[source.country_code];
  }
  std::string best = first;
  for (const auto& [code, count] : counts) {
    if (count > counts[best] || (count == counts[best] && best == kKp && code == kKr)) best = code;
  }
  return best;
}

std::string UpperCode(std::string code) {
  for (auto& c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return code;
}

}  // namespace

AffiliationResolution Decide(const ReferenceData& data, std::vector<Evidence> evs,
                             const std::vector<SourceInstitution>& raw_sources) {
  AffiliationResolution out;
  std::vector<SourceInstitution> sources;
  sources.reserve(raw_sources.size());
  for (const auto& source : raw_sources) {
    if (source.country_code.empty()) continue;
    sources.push_back(source);
    sources.back().country_code = UpperCode(source.country_code);
  }

  TextVerdict verdict = DecideFromText(evs);
  const std::string from_sources = SourceCountry(sources);
  std::string country = verdict.country;
  if (country.empty() && !from_sources.empty()) {
    const bool text_has_korea = Any(evs, [](const Evidence& ev) {
      return ev.rok || ev.bare_korea || ev.public_view.country == kKp;
    });
    // KP from the source alone only when the text says nothing Korean either way.
    if (from_sources != kKp || !text_has_korea) {
      country = from_sources;
    }
  } else if (verdict.weak_only && !from_sources.empty() && from_sources != country &&
             from_sources != kKp && from_sources != kKr && country != kKp && country != kKr) {
    // Ambiguous words only ("Cambridge"): the source's linked institution knows better.
    country = from_sources;
    verdict.warnings.emplace_back("the text is ambiguous; the source's country_code decided");
  }
  out.country = country;
  out.warnings = std::move(verdict.warnings);

  // Bare "Korea" agrees with whichever Korea was chosen.
  for (auto& ev : evs) {
    if (ev.bare_korea && (country == kKp || country == kKr)) ev.public_view.country = country;
  }
  for (const auto& ev : evs) {
    if (ev.public_view.country == country) {
      out.decided_by.push_back(ev.public_view);
      if (!out.institution && ev.institution >= 0) {
        const Institution& inst = data.institutions[static_cast<size_t>(ev.institution)];
        out.institution =
            ResolvedInstitution{inst.id, inst.name, inst.country, inst.type, inst.tags};
      }
    }
  }
  for (const auto& ev : evs) {
    if (ev.public_view.country == country) continue;
    // Another reading of words that decided ("Georgia" the state, not the country) is not a
    // conflict.
    const bool same_words = std::any_of(evs.begin(), evs.end(), [&](const Evidence& other) {
      return other.public_view.country == country && other.span_begin == ev.span_begin &&
             other.span_end == ev.span_end;
    });
    if (!same_words && !ev.weak) out.overruled.push_back(ev.public_view);
  }
  for (const auto& source : sources) {
    if (source.country_code.empty()) continue;
    CountryEvidence sev{"source_country_code", source.country_code, source.country_code};
    if (source.country_code == country) {
      out.decided_by.push_back(sev);
      continue;
    }
    out.overruled.push_back(sev);
    std::string text_side =
        country.empty() ? std::string("no country") : country + ": " + Quoted(evs, country);
    out.warnings.push_back("source country_code " + source.country_code + SourceLabel(source) +
                           " disagrees with the affiliation text (" + text_side + ")");
  }
  if (!out.overruled.empty() && !country.empty()) {
    bool text_conflict = false;
    for (const auto& ev : out.overruled) text_conflict |= ev.kind != "source_country_code";
    if (text_conflict) {
      std::string others;
      for (const auto& ev : out.overruled) {
        if (ev.kind == "source_country_code") continue;
        if (!others.empty()) others += ", ";
        others += ev.country + ": '" + ev.text + "'";
      }
      out.warnings.push_back("the text also points elsewhere (" + others + "); chose " + country);
    }
  }
  return out;
}

}  // namespace catchall::resolve
