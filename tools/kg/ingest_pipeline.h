// IngestPipeline: `kg ingest`'s engine. Articles go in in input order;
// extraction runs on a pool of threads; one writer (the caller's thread)
// applies the results to the store in input order, so the store is the
// same, byte for byte in every record and id, as a run with one job.
//
//   IngestPipeline pipeline(extractor, store, jobs, [](const Written& w) { ... });
//   for (Article a : articles) KG_RETURN_IF_ERROR(pipeline.Submit(std::move(a)));
//   KG_RETURN_IF_ERROR(pipeline.Finish());
//
// What makes the parallel run equal the serial one:
// - Writes happen in input order, on one thread.
// - Extraction asks the graph who held a post at a date (HolderLookup), and
//   the answer depends on the articles written before. A worker answers
//   as the writer's lookup would when it asks (tools/kg/store_holder_lookup.h:
//   its kept tenures, else the store) and records every question and
//   answer; before writing the article, the writer asks the same questions
//   of its own lookup (the one a serial run uses, with the same memo). When
//   every answer agrees, the worker's facts are exactly the serial run's
//   (extraction is deterministic given the answers); otherwise the writer
//   extracts the article again itself.
// - An article whose id the store holds with the same content hash is
//   skipped before extraction (it would change nothing), in both modes.
//
// Memory is bounded: at most `4 * jobs` articles are in flight.
//
// The writer is the one thread every article passes through, so the workers
// run nicer than it (ingest_pipeline.cc): `jobs` workers and the writer are
// one thread more than `jobs` cores.
//
// Not thread-safe: Submit and Finish are called from one thread, which is
// the writer.
#ifndef KG_TOOLS_KG_INGEST_PIPELINE_H_
#define KG_TOOLS_KG_INGEST_PIPELINE_H_

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "absl/status/status.h"
#include "graph/store.h"
#include "ingest/article_extractor.h"
#include "ingest/reading/article.h"
#include "tools/kg/store_holder_lookup.h"

namespace kg {

class IngestPipeline {
 public:
  // What happened to one article, reported in input order.
  struct Written {
    const Article& article;
    Store::WriteOutcome outcome;
    size_t facts;  // 0 for an article skipped as unchanged
  };
  using OnWritten = std::function<void(const Written&)>;

  // `jobs` <= 1 runs everything on the caller's thread. `extractor` and
  // `store` must outlive the pipeline.
  IngestPipeline(const ArticleExtractor& extractor, Store& store, int jobs, OnWritten on_written);
  ~IngestPipeline();
  IngestPipeline(const IngestPipeline&) = delete;
  IngestPipeline& operator=(const IngestPipeline&) = delete;

  // Queues one article; may write earlier ones. A store error is returned
  // (with the article's file:line) and ends the pipeline.
  absl::Status Submit(Article article);
  // Writes everything still in flight.
  absl::Status Finish();

  // Articles the writer had to extract again because a holder the worker
  // was told differed from the serial answer.
  uint64_t reextracted() const { return reextracted_; }

 private:
  struct Task;
  class RecordingLookup;

  void WorkerLoop();
  absl::Status WriteFront();
  absl::Status Write(Task& task);
  bool SkipUnchanged(const Article& article);

  const ArticleExtractor& extractor_;
  Store& store_;
  OnWritten on_written_;
  // The serial run's lookup: its memo of (post, date) answers is part of
  // what extraction sees, so only the writer uses it.
  StoreHolderLookup holders_;
  size_t window_;

  std::mutex mutex_;
  std::condition_variable work_ready_;
  std::condition_variable task_done_;
  std::deque<std::shared_ptr<Task>> queue_;      // waiting for a worker
  std::deque<std::shared_ptr<Task>> in_flight_;  // in input order, for the writer
  std::multiset<std::string> in_flight_ids_;
  bool stopping_ = false;
  std::vector<std::thread> workers_;
  uint64_t reextracted_ = 0;
};

}  // namespace kg

#endif  // KG_TOOLS_KG_INGEST_PIPELINE_H_
