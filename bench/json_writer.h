// Minimal append-only JSON writer for the benchmark generator (commas handled by a nesting stack).
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace catchall::bench {

class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(out) {}

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }

  void Key(std::string_view key) {
    Separate();
    Quoted(key);
    out_->push_back(':');
    after_key_ = true;
  }
  void String(std::string_view value) {
    Separate();
    Quoted(value);
  }
  void Int(int64_t value) {
    Separate();
    out_->append(std::to_string(value));
  }
  void Fixed(double value, int decimals) {
    Separate();
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    out_->append(buffer);
  }
  void Bool(bool value) {
    Separate();
    out_->append(value ? "true" : "false");
  }
  void Null() {
    Separate();
    out_->append("null");
  }

  // Convenience: "key":"value", "key":null when value is empty.
  void Field(std::string_view key, std::string_view value) {
    Key(key);
    String(value);
  }
  void FieldOrNull(std::string_view key, std::string_view value) {
    Key(key);
    if (value.empty()) {
      Null();
    } else {
      String(value);
    }
  }
  void Field(std::string_view key, int64_t value) {
    Key(key);
    Int(value);
  }

 private:
  void Open(char bracket) {
    Separate();
    out_->push_back(bracket);
    first_.push_back(true);
  }
  void Close(char bracket) {
    out_->push_back(bracket);
    first_.pop_back();
  }
  // A value right after its key takes no comma; otherwise every element but the first does.
  void Separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (first_.empty()) return;
    if (!first_.back()) out_->push_back(',');
    first_.back() = false;
  }
  void Quoted(std::string_view text) {
    out_->push_back('"');
    for (char c : text) {
      auto byte = static_cast<unsigned char>(c);
      if (c == '"' || c == '\\') {
        out_->push_back('\\');
        out_->push_back(c);
      } else if (byte < 0x20) {
        char buffer[8];
        std::snprintf(buffer, sizeof buffer, "\\u%04x", byte);
        out_->append(buffer);
      } else {
        out_->push_back(c);
      }
    }
    out_->push_back('"');
  }

  std::string* out_;
  std::vector<bool> first_;
  bool after_key_ = false;
};

}  // namespace catchall::bench
