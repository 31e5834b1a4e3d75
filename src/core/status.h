// Expected failures as values (STYLE.md rule 5). GCC 12 has no std::expected, so Ariadne carries
// its own small Status and Result<T>. Exceptions are reserved for aborting a whole command.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace ariadne {

// What kind of failure happened. Each kind maps to one documented process exit code (see
// exit_code.h).
enum class ErrorKind {
  kOk = 0,
  kNotFound,      // the thing asked for does not exist (a case, a document, a file)
  kInvalidInput,  // the input is malformed: bad JSON, broken CSV quoting, invalid UTF-8, bad
                  // options
  kIo,            // the operating system refused: cannot open, read, write, rename
  kCorrupt,       // stored data fails its own checks (hash mismatch, bad schema version)
  kConflict,      // the operation contradicts existing state (case already exists)
  kInternal,      // a bug: should never happen
};

// The outcome of an operation that returns nothing else. Cheap to copy when ok.
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(ErrorKind kind, std::string message) : kind_(kind), message_(std::move(message)) {}

  static Status Ok() { return {}; }
  bool ok() const { return kind_ == ErrorKind::kOk; }
  ErrorKind kind() const { return kind_; }
  // A sentence for a person: what failed, on which input, and what to do.
  const std::string& message() const { return message_; }

 private:
  ErrorKind kind_ = ErrorKind::kOk;
  std::string message_;
};

inline Status NotFound(std::string m) {
  return {ErrorKind::kNotFound, std::move(m)};
}
inline Status InvalidInput(std::string m) {
  return {ErrorKind::kInvalidInput, std::move(m)};
}
inline Status IoError(std::string m) {
  return {ErrorKind::kIo, std::move(m)};
}
inline Status Corrupt(std::string m) {
  return {ErrorKind::kCorrupt, std::move(m)};
}
inline Status Conflict(std::string m) {
  return {ErrorKind::kConflict, std::move(m)};
}
inline Status Internal(std::string m) {
  return {ErrorKind::kInternal, std::move(m)};
}

// Either a value or the Status explaining why there is none.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value)
      : state_(std::move(value)) {}  // NOLINT(google-explicit-constructor): value-or-error
  Result(Status status) : state_(std::move(status)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return std::holds_alternative<T>(state_); }
  // The error; Status::Ok() when there is a value.
  Status status() const { return ok() ? Status::Ok() : std::get<Status>(state_); }
  T& value() & { return std::get<T>(state_); }
  const T& value() const& { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> state_;
};

}  // namespace ariadne

// Returns early from the enclosing function when `expr` (a Status) is not ok.
#define ARIADNE_RETURN_IF_ERROR(expr)        \
  do {                                       \
    ::ariadne::Status ariadne_s_ = (expr);   \
    if (!ariadne_s_.ok()) return ariadne_s_; \
  } while (false)
