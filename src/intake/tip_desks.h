// The tip desks of the cases a server serves: one TipDesk per case folder, opened on first use and
// shared by every thread (a server keeps one TipDesks for its public and analyst routes). The
// texts of the public pages are loaded once, when it is made.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>

#include "intake/tip_desk.h"

namespace ariadne::intake {

class TipDesks {
 public:
  // Loads the texts found by FindIntakeTextsDirectory.
  explicit TipDesks(TipDeskOptions options);

  // The desk of the case in `case_dir`; the error of the texts or of opening the case otherwise.
  // Thread-safe; the desk lives as long as this object.
  Result<TipDesk*> For(const std::filesystem::path& case_dir);
  // The texts, or nullptr (then texts_status() says why).
  const IntakeTexts* texts() const { return texts_.ok() ? &*texts_ : nullptr; }
  Status texts_status() const { return texts_.status(); }

 private:
  TipDeskOptions options_;
  Result<IntakeTexts> texts_;
  std::mutex mu_;
  std::map<std::filesystem::path, std::unique_ptr<TipDesk>> desks_;
};

}  // namespace ariadne::intake
