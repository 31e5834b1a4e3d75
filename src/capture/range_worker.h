// A thread that does part of a batch's work while the thread that hands it the part does the
// rest: a stream's batch of records read or emitted on two threads (the mbox reader, WhatsApp's
// second half of a batch).
#pragma once

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>

namespace ariadne::capture {

class RangeWorker {
 public:
  // `work(from, to)` does items [from, to) of the current batch.
  explicit RangeWorker(std::function<void(size_t, size_t)> work)
      : work_(std::move(work)), thread_([this] { Run(); }) {}
  RangeWorker(const RangeWorker&) = delete;
  RangeWorker& operator=(const RangeWorker&) = delete;
  ~RangeWorker() {
    {
      std::lock_guard lock(mu_);
      stop_ = true;
    }
    changed_.notify_all();
    thread_.join();
  }

  // Starts items [from, to).
  void Start(size_t from, size_t to) {
    {
      std::lock_guard lock(mu_);
      from_ = from;
      to_ = to;
      busy_ = true;
    }
    changed_.notify_all();
  }

  // Waits until they are done; rethrows what the work threw.
  void Wait() {
    std::unique_lock lock(mu_);
    changed_.wait(lock, [&] { return !busy_; });
    if (failed_) std::rethrow_exception(std::exchange(failed_, nullptr));
  }

 private:
  void Run() {
    std::unique_lock lock(mu_);
    for (;;) {
      changed_.wait(lock, [&] { return busy_ || stop_; });
      if (stop_) return;
      lock.unlock();
      std::exception_ptr failed;
      try {
        work_(from_, to_);
      } catch (...) {
        failed = std::current_exception();
      }
      lock.lock();
      failed_ = failed;
      busy_ = false;
      changed_.notify_all();
    }
  }

  const std::function<void(size_t, size_t)> work_;
  std::mutex mu_;
  std::condition_variable changed_;
  size_t from_ = 0;
  size_t to_ = 0;
  bool busy_ = false;
  bool stop_ = false;
  std::exception_ptr failed_;
  std::thread thread_;  // started last, once every member is ready
};

}  // namespace ariadne::capture
