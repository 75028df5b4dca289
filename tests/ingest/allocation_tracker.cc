// The replacement operators live in their own file: where GCC sees them
// inline next to their callers it warns about new/free mismatches.
#include "tests/ingest/allocation_tracker.h"

#include <atomic>
#include <cstdlib>
#include <new>

namespace {
std::atomic<size_t> largest_allocation{0};
std::atomic<bool> tracking{false};
}  // namespace

void* operator new(size_t size) {
  if (tracking.load(std::memory_order_relaxed)) {
    size_t seen = largest_allocation.load(std::memory_order_relaxed);
    while (size > seen && !largest_allocation.compare_exchange_weak(seen, size)) {
    }
  }
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
void* operator new[](size_t size) { return operator new(size); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, size_t) noexcept { std::free(p); }
void operator delete[](void* p, size_t) noexcept { std::free(p); }

namespace kg::testing {

void StartTrackingAllocations() {
  largest_allocation = 0;
  tracking = true;
}

size_t StopTrackingAllocations() {
  tracking = false;
  return largest_allocation.load();
}

}  // namespace kg::testing
