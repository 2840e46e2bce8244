// SPDX-License-Identifier: MIT
// Work on worker threads, results handed back in submission order: output stays in input order.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "jianbao/diagnostic.hpp"

namespace jianbao::tools {

/// What a job produced: text to write, and the diagnostics to report before it.
struct Rendered {
  std::string source;
  Diagnostics diagnostics;
  std::string text;
  std::exception_ptr error;    ///< rethrown on the calling thread
  std::function<void()> then;  ///< run on the calling thread once the text is written
  std::string marker;          ///< PerInput::marker of the input the text belongs to
};

class OrderedPool {
 public:
  using Job = std::function<Rendered()>;
  using Deliver = std::function<void(Rendered&&)>;

  /// `workers` threads; 0 runs every job on the calling thread at submit.
  explicit OrderedPool(unsigned workers);
  /// Drops queued jobs and joins the threads (after a broken pipe, nothing more is wanted).
  ~OrderedPool();
  OrderedPool(const OrderedPool&) = delete;
  OrderedPool& operator=(const OrderedPool&) = delete;

  /// Queues a job, then delivers, on this thread and in order, every result that is ready;
  /// waits while too many jobs, or too many `bytes` of input, are outstanding, so memory
  /// stays bounded (by one job, when that alone is over the budget).
  void submit(Job job, const Deliver& deliver, std::size_t bytes = 0);
  /// Waits for every job and delivers the rest.
  void drain(const Deliver& deliver);

 private:
  void deliver_ready(const Deliver& deliver, std::size_t max_outstanding);
  void work();
  static Rendered run_job(Job& job);

  std::mutex mutex_;
  std::condition_variable work_ready_;
  std::condition_variable result_ready_;
  std::deque<std::pair<std::size_t, Job>> queue_;
  std::map<std::size_t, Rendered> done_;
  std::deque<std::size_t> bytes_;  // input bytes of each job not yet delivered, in order
  std::size_t bytes_outstanding_ = 0;
  std::size_t submitted_ = 0;
  std::size_t delivered_ = 0;
  std::size_t limit_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace jianbao::tools
