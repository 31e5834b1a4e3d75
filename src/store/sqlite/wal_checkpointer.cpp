#include "store/wal_checkpointer.h"

#include "store/sqlite/sqlite_db.h"

namespace ariadne::store {

// The thread's connection (a struct, so that the header needs no SQLite type).
struct WalCheckpointerDb {
  std::unique_ptr<sqlite::Db> db;
};

Result<std::unique_ptr<WalCheckpointer>> WalCheckpointer::Start(
    const std::filesystem::path& case_dir) {
  Result<std::unique_ptr<sqlite::Db>> db = sqlite::OpenCaseDb(case_dir);
  if (!db.ok()) return db.status();
  auto owned = std::make_unique<WalCheckpointerDb>(WalCheckpointerDb{std::move(db).value()});
  std::unique_ptr<WalCheckpointer> checkpointer(new WalCheckpointer());
  checkpointer->thread_ =
      std::thread([raw = checkpointer.get(), owned = std::move(owned)]() mutable {
        raw->Run(std::move(owned));
      });
  return checkpointer;
}

WalCheckpointer::~WalCheckpointer() {
  Stop();
}

void WalCheckpointer::Poke() {
  {
    std::lock_guard lock(mu_);
    pending_ = true;
  }
  poked_.notify_all();
}

void WalCheckpointer::Stop() {
  {
    std::lock_guard lock(mu_);
    stop_ = true;
  }
  poked_.notify_all();
  if (thread_.joinable()) thread_.join();
}

int64_t WalCheckpointer::checkpoints() const {
  std::lock_guard lock(mu_);
  return checkpoints_;
}

void WalCheckpointer::Run(std::unique_ptr<WalCheckpointerDb> db) {
  for (;;) {
    {
      std::unique_lock lock(mu_);
      poked_.wait(lock, [&] { return pending_ || stop_; });
      if (stop_) return;
      pending_ = false;
    }
    // PASSIVE: copies what no reader still needs from the log, without waiting for anyone. A
    // failure (a full disk) leaves the pages in the log, where they are as safe.
    if (db->db->Exec("PRAGMA wal_checkpoint(PASSIVE)").ok()) {
      std::lock_guard lock(mu_);
      ++checkpoints_;
    }
  }
}

}  // namespace ariadne::store
