// SPDX-License-Identifier: MIT
#include "common/pool.hpp"

namespace jianbao::tools {

namespace {

// Outstanding jobs per worker, and input bytes in flight. Small bulletins need many in flight:
// with a few, the workers wait on the oldest job's delivery and sit idle (CPU use of two
// workers rose from 1.65 to 1.9 cores going from 6 jobs to 64).
constexpr std::size_t jobs_per_worker = 32;
constexpr std::size_t byte_budget = std::size_t{32} << 20;

}  // namespace

OrderedPool::OrderedPool(unsigned workers)
    : limit_(jobs_per_worker * static_cast<std::size_t>(workers) + 2) {
  for (unsigned i = 0; i < workers; ++i) threads_.emplace_back([this] { work(); });
}

OrderedPool::~OrderedPool() {
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    queue_.clear();
    stopping_ = true;
  }
  work_ready_.notify_all();
  for (std::thread& thread : threads_) thread.join();
}

void OrderedPool::submit(Job job, const Deliver& deliver, std::size_t bytes) {
  if (threads_.empty()) {
    Rendered result = job();
    deliver(std::move(result));
    return;
  }
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    queue_.emplace_back(submitted_++, std::move(job));
    bytes_.push_back(bytes);
    bytes_outstanding_ += bytes;
  }
  work_ready_.notify_one();
  deliver_ready(deliver, limit_);
}

void OrderedPool::drain(const Deliver& deliver) {
  deliver_ready(deliver, 0);
}

void OrderedPool::deliver_ready(const Deliver& deliver, std::size_t max_outstanding) {
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    const auto next = done_.find(delivered_);
    if (next != done_.end()) {
      Rendered result = std::move(next->second);
      done_.erase(next);
      ++delivered_;
      bytes_outstanding_ -= bytes_.front();
      bytes_.pop_front();
      lock.unlock();
      deliver(std::move(result));  // may throw (a broken pipe): the lock is not held
      lock.lock();
      continue;
    }
    const std::size_t outstanding = submitted_ - delivered_;
    if (outstanding <= max_outstanding && (bytes_outstanding_ <= byte_budget || outstanding <= 1))
      return;
    if (!queue_.empty()) {
      // Rather than wait, the submitting thread takes a job itself: on a machine with as many
      // cores as workers it would otherwise sit idle while they run.
      std::pair<std::size_t, Job> job = std::move(queue_.front());
      queue_.pop_front();
      lock.unlock();
      Rendered result = run_job(job.second);
      lock.lock();
      done_.emplace(job.first, std::move(result));
      continue;
    }
    result_ready_.wait(lock);
  }
}

Rendered OrderedPool::run_job(Job& job) {
  try {
    return job();
  } catch (...) {
    Rendered failed;
    failed.error = std::current_exception();
    return failed;
  }
}

void OrderedPool::work() {
  for (;;) {
    std::pair<std::size_t, Job> job;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      work_ready_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;
      job = std::move(queue_.front());
      queue_.pop_front();
    }
    Rendered result = run_job(job.second);
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      done_.emplace(job.first, std::move(result));
    }
    result_ready_.notify_all();
  }
}

}  // namespace jianbao::tools
