// Copies the pages an import commits from case.db's write-ahead log into the database file on a
// thread of its own, with its own connection (issue 6 item 6): SQLite does it on the committing
// thread when the log passes its limit and, for whatever is left, when the last connection closes
// (a twentieth of a chat import's CPU time, all of it on the storing thread, which bounds the
// import). A passive checkpoint never blocks the writer or readers, and changes nothing that a
// reader or a crash recovery sees: a killed import leaves the case as before.
#pragma once

#include <condition_variable>
#include <filesystem>
#include <memory>
#include <mutex>
#include <thread>

#include "core/status.h"

namespace ariadne::store {

struct WalCheckpointerDb;  // the thread's connection

class WalCheckpointer {
 public:
  // Starts the thread; IoError when the case's database cannot be opened.
  static Result<std::unique_ptr<WalCheckpointer>> Start(const std::filesystem::path& case_dir);
  ~WalCheckpointer();  // as Stop()
  WalCheckpointer(const WalCheckpointer&) = delete;
  WalCheckpointer& operator=(const WalCheckpointer&) = delete;

  // A transaction committed: checkpoint what the log holds (returns at once). Thread-safe.
  void Poke();
  // Ends the thread after the checkpoint at hand. A checkpoint that failed loses nothing (the
  // pages stay in the log, which SQLite checkpoints later), so there is no error to return.
  void Stop();
  // How many checkpoints ran (for tests).
  int64_t checkpoints() const;

 private:
  WalCheckpointer() = default;
  void Run(std::unique_ptr<WalCheckpointerDb> db);

  mutable std::mutex mu_;
  std::condition_variable poked_;
  bool pending_ = false;
  bool stop_ = false;
  int64_t checkpoints_ = 0;
  std::thread thread_;
};

}  // namespace ariadne::store
