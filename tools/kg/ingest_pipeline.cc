#include "tools/kg/ingest_pipeline.h"

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <string_view>
#include <utility>

#include "graph/status_macros.h"

namespace kg {
namespace {

// How much nicer than the writer the workers are. The writer is the one
// thread every article passes through; when the workers and it compete for
// the cores (as many workers as cores, and the writer besides), an equal
// share would slow it by a third and starve the workers behind it. At +10
// the scheduler gives it about nine tenths of a core it shares with a worker.
constexpr int kWorkerNiceness = 10;

// Lowers the calling thread's priority by kWorkerNiceness; on Linux a
// thread has a nice value of its own. Best effort: a thread that cannot be
// made nicer still works.
void MakeThisThreadNicer() {
  errno = 0;
  const int now = getpriority(PRIO_PROCESS, 0);
  if (errno != 0) return;
  setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), std::min(now + kWorkerNiceness, 19));
}

}  // namespace

// A worker's HolderLookup: answers as the writer's lookup would (from its
// memory and kept tenures when it has them, else from the store), and keeps
// every question and answer for the writer to check. Kept tenures may be
// stale, and the writer may write other articles before this one: a guess,
// right as a rule, that the writer's check makes safe.
class IngestPipeline::RecordingLookup : public HolderLookup {
 public:
  struct Question {
    std::string office;
    Date date;
    std::string answer;
  };

  RecordingLookup(const Store& store, const StoreHolderLookup& writer)
      : store_(store), writer_(writer) {}

  std::string HolderAt(std::string_view office, Date date) const override {
    std::optional<std::string> kept = writer_.CachedHolderAt(office, date);
    std::string answer = kept.has_value() ? *std::move(kept) : store_.HolderAt(office, date);
    questions_.push_back({std::string(office), date, answer});
    return answer;
  }

  std::vector<Question>& questions() const { return questions_; }

 private:
  StoreHolderLookup store_;
  const StoreHolderLookup& writer_;
  mutable std::vector<Question> questions_;
};

struct IngestPipeline::Task {
  explicit Task(Article a) : article(std::move(a)) {}
  Article article;
  // Set by the worker, read by the writer once `done`.
  ArticleFacts facts;
  std::vector<RecordingLookup::Question> questions;
  bool done = false;
  bool skipped = false;  // unchanged in the store: nothing to extract or write
};

IngestPipeline::IngestPipeline(const ArticleExtractor& extractor, Store& store, int jobs,
                               OnWritten on_written)
    : extractor_(extractor),
      store_(store),
      on_written_(std::move(on_written)),
      holders_(store),
      window_(jobs > 1 ? static_cast<size_t>(4 * jobs) : 0) {
  if (jobs <= 1) return;
  for (int i = 0; i < jobs; ++i) workers_.emplace_back([this] { WorkerLoop(); });
}

IngestPipeline::~IngestPipeline() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
    queue_.clear();
  }
  work_ready_.notify_all();
  for (std::thread& worker : workers_) worker.join();
}

void IngestPipeline::WorkerLoop() {
  MakeThisThreadNicer();
  for (;;) {
    std::shared_ptr<Task> task;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      work_ready_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;
      task = std::move(queue_.front());
      queue_.pop_front();
    }
    RecordingLookup lookup(store_, holders_);
    ArticleFacts facts = extractor_.Extract(task->article, &lookup);
    {
      std::lock_guard<std::mutex> lock(mutex_);
      task->facts = std::move(facts);
      task->questions = std::move(lookup.questions());
      task->done = true;
    }
    task_done_.notify_all();
  }
}

bool IngestPipeline::SkipUnchanged(const Article& article) {
  absl::StatusOr<std::optional<ArticleRecord>> stored = store_.GetArticle(article.id);
  // A read error is left for WriteArticle to meet and report.
  return stored.ok() && stored->has_value() &&
         (*stored)->content_hash == extractor_.ContentHash(article);
}

absl::Status IngestPipeline::Write(Task& task) {
  const Article& article = task.article;
  if (task.skipped) {
    on_written_({article, Store::WriteOutcome::kUnchanged, 0});
    return absl::OkStatus();
  }
  if (!task.done) {
    // Serial mode: extract here, with the serial lookup.
    task.facts = extractor_.Extract(article, &holders_);
  } else {
    // The worker's answers must be the ones a serial run gets now.
    for (const RecordingLookup::Question& question : task.questions) {
      if (holders_.HolderAt(question.office, question.date) != question.answer) {
        ++reextracted_;
        task.facts = extractor_.Extract(article, &holders_);
        break;
      }
    }
  }
  Store::WriteChanges changes;
  absl::StatusOr<Store::WriteOutcome> outcome = store_.WriteArticle(task.facts, &changes);
  if (!outcome.ok()) {
    return absl::Status(outcome.status().code(), article.origin_file + ":" +
                                                     std::to_string(article.origin_line) + ": " +
                                                     std::string(outcome.status().message()));
  }
  holders_.NoteWrite(changes);
  on_written_({article, *outcome, task.facts.facts.size()});
  return absl::OkStatus();
}

absl::Status IngestPipeline::WriteFront() {
  std::shared_ptr<Task> task = in_flight_.front();
  {
    std::unique_lock<std::mutex> lock(mutex_);
    task_done_.wait(lock, [&] { return task->done || task->skipped; });
  }
  in_flight_.pop_front();
  in_flight_ids_.erase(in_flight_ids_.find(task->article.id));
  return Write(*task);
}

absl::Status IngestPipeline::Submit(Article article) {
  auto task = std::make_shared<Task>(std::move(article));
  // Only when no earlier version of the article is still in flight is the
  // store's record the one this article would meet.
  if (!in_flight_ids_.contains(task->article.id)) task->skipped = SkipUnchanged(task->article);
  if (workers_.empty()) return Write(*task);
  in_flight_.push_back(task);
  in_flight_ids_.insert(task->article.id);
  if (!task->skipped) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      queue_.push_back(task);
    }
    work_ready_.notify_one();
  }
  // Write the front when it is done, one article per article read unless
  // the window is full: a run of finished articles written before reading
  // the next one would leave the workers without work. Wait only when the
  // window is full.
  bool wrote = false;
  while (!in_flight_.empty()) {
    bool ready;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      ready = in_flight_.front()->done || in_flight_.front()->skipped;
    }
    if ((!ready || wrote) && in_flight_.size() < window_) break;
    KG_RETURN_IF_ERROR(WriteFront());
    wrote = true;
  }
  return absl::OkStatus();
}

absl::Status IngestPipeline::Finish() {
  while (!in_flight_.empty()) KG_RETURN_IF_ERROR(WriteFront());
  return absl::OkStatus();
}

}  // namespace kg
