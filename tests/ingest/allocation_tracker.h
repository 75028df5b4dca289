// Records the largest single heap allocation made while tracking is on. The
// test binary replaces the global operator new (allocation_tracker.cc) to do
// it. Reading a line into a growing std::string needs one allocation at least
// the line's size, so this catches a reader that loads a 10 MB line whole.
#ifndef KG_TESTS_INGEST_ALLOCATION_TRACKER_H_
#define KG_TESTS_INGEST_ALLOCATION_TRACKER_H_

#include <cstddef>

namespace kg::testing {

// Resets the record and starts tracking.
void StartTrackingAllocations();
// Stops tracking; returns the largest allocation (in bytes) seen since Start.
size_t StopTrackingAllocations();

}  // namespace kg::testing

#endif  // KG_TESTS_INGEST_ALLOCATION_TRACKER_H_
