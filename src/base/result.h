// Result<T>: a value or an Error, for failures a user can cause (bad file, bad config, bad
// query). Exceptions are kept for programming errors and out-of-memory only.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace catchall {

// Where an error happened: file and 1-based line (0 when not known).
struct Location {
  std::string file;
  unsigned long long line = 0;
};

struct Error {
  std::string message;
  Location where;

  // "file:line: message", or just the message when no place is known.
  std::string ToString() const;
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : state_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }

  const T& value() const& { return std::get<T>(state_); }
  T& value() & { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }

  const Error& error() const { return std::get<Error>(state_); }

 private:
  std::variant<T, Error> state_;
};

// For operations that return nothing on success.
struct Ok {};
using Status = Result<Ok>;

}  // namespace catchall
