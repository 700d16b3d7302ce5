#include "fetch/harvest_state.h"

#include <ctime>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <system_error>

#include "base/clock.h"
#include "io/atomic_file.h"
#include "fetch/harvest_output.h"

namespace catchall {
namespace {

using Json = nlohmann::ordered_json;

// Reads a member of the expected JSON type into `out`; false when missing or of another type.
bool Read(const Json& json, const char* key, std::string& out) {
  const auto it = json.find(key);
  if (it == json.end() || !it->is_string()) return false;
  out = it->get<std::string>();
  return true;
}
bool Read(const Json& json, const char* key, uint64_t& out) {
  const auto it = json.find(key);
  if (it == json.end() || !it->is_number_unsigned()) return false;
  out = it->get<uint64_t>();
  return true;
}
bool Read(const Json& json, const char* key, bool& out) {
  const auto it = json.find(key);
  if (it == json.end() || !it->is_boolean()) return false;
  out = it->get<bool>();
  return true;
}

Result<HarvestState> Decode(const Json& json, const std::string& path) {
  const auto bad = [&](const std::string& why) {
    return Error{
        "not a usable harvest state file (" + why + "); delete it or use --restart to start over",
        {path, 0}};
  };
  if (!json.is_object()) return bad("not a JSON object");
  uint64_t format = 0;
  if (!Read(json, "format", format) || format != HarvestState::kFormat) {
    return bad("unknown format version");
  }
  HarvestState state;
  uint64_t per_page = 0;
  const bool complete_fields =
      Read(json, "source", state.source) && Read(json, "filter", state.filter) &&
      Read(json, "base_url", state.base_url) && Read(json, "per_page", per_page) &&
      Read(json, "next_cursor", state.next_cursor) && Read(json, "records", state.records) &&
      Read(json, "pages", state.pages) && Read(json, "output_bytes", state.output_bytes) &&
      Read(json, "complete", state.complete);
  if (!complete_fields) return bad("a field is missing or of the wrong type");
  if (state.source != "openalex") return bad("source is not openalex");
  if (!state.complete && state.next_cursor.empty()) return bad("no cursor to resume from");
  state.per_page = static_cast<unsigned>(per_page);
  uint64_t count = 0;
  if (Read(json, "count", count)) state.count = count;
  Read(json, "updated_at", state.updated_at);
  return state;
}

}  // namespace

std::string StatePathFor(const std::string& output_path) { return output_path + ".state.json"; }

Result<std::optional<HarvestState>> LoadHarvestState(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    if (ec) return Error{"cannot check: " + ec.message(), {path, 0}};
    return std::optional<HarvestState>();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{"cannot read the harvest state file", {path, 0}};
  std::stringstream text;
  text << in.rdbuf();
  const Json json = Json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
  auto state = Decode(json, path);
  if (!state.ok()) return state.error();
  return std::optional<HarvestState>(std::move(state).value());
}

Status SaveHarvestState(const std::string& path, HarvestState& state) {
  state.updated_at = UtcNowIso();
  Json json;
  json["format"] = HarvestState::kFormat;
  json["source"] = state.source;
  json["filter"] = state.filter;
  json["base_url"] = state.base_url;
  json["per_page"] = state.per_page;
  json["next_cursor"] = state.next_cursor;
  json["records"] = state.records;
  json["pages"] = state.pages;
  json["output_bytes"] = state.output_bytes;
  json["count"] = state.count ? Json(*state.count) : Json(nullptr);
  json["complete"] = state.complete;
  json["updated_at"] = state.updated_at;
  const std::string text =
      json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  return WriteFileAtomically(path, text);
}

}  // namespace catchall
