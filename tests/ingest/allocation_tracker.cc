// The replacement operators live in their own file: where GCC sees them
// inline next to their callers it warns about new/free mismatches.
//
// Under AddressSanitizer the operators are not replaced: ASan keeps its own
// (which check that new[] memory is freed by delete[], and so on) and reports
// every allocation to a hook, which records the size instead.
#include "tests/ingest/allocation_tracker.h"

#include <atomic>
#include <cstdlib>
#include <new>

#if defined(__SANITIZE_ADDRESS__)
#define KG_TRACK_WITH_SANITIZER_HOOKS 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KG_TRACK_WITH_SANITIZER_HOOKS 1
#endif
#endif

#if defined(KG_TRACK_WITH_SANITIZER_HOOKS)
// From <sanitizer/allocator_interface.h>, which GCC 12 does not install.
extern "C" int __sanitizer_install_malloc_and_free_hooks(void (*malloc_hook)(const volatile void*,
                                                                             size_t),
                                                         void (*free_hook)(const volatile void*));
#endif

namespace {
std::atomic<size_t> largest_allocation{0};
std::atomic<bool> tracking{false};

void Record(size_t size) {
  if (!tracking.load(std::memory_order_relaxed)) return;
  size_t seen = largest_allocation.load(std::memory_order_relaxed);
  while (size > seen && !largest_allocation.compare_exchange_weak(seen, size)) {
  }
}
}  // namespace

#if defined(KG_TRACK_WITH_SANITIZER_HOOKS)

namespace {
void OnMalloc(const volatile void*, size_t size) { Record(size); }
void OnFree(const volatile void*) {}
[[maybe_unused]] const int installed = __sanitizer_install_malloc_and_free_hooks(OnMalloc, OnFree);
}  // namespace

#else

namespace {
// Each form of new is paired with its own delete, so that the pairs stay
// distinct allocation functions as the standard has them.
void* Allocate(size_t size) {
  Record(size);
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
}  // namespace

void* operator new(size_t size) { return Allocate(size); }
void* operator new[](size_t size) { return Allocate(size); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, size_t) noexcept { std::free(p); }
void operator delete[](void* p, size_t) noexcept { std::free(p); }

#endif

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
