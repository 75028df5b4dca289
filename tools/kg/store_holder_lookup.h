// StoreHolderLookup: the graph's answer to "who held this post on this
// date", for `kg ingest` (ingest/discourse/holder_lookup.h): the one holder
// questions::HoldersQuery finds at the date, remembered per post and date.
//
//   StoreHolderLookup holders(store);
//   extractor.Extract(article, &holders);
//   Store::WriteChanges changes;
//   store.WriteArticle(facts, &changes);
//   holders.NoteWrite(changes);   // after every write the lookup did not see
//
// A post's reports and tenures are read once and kept, so that asking about
// a post costs its tenures' search, not a read of every report on it (the
// head of state's post is mentioned by most articles). The reports are the
// ones tenure dates need (questions::DatedReportsOnPost: no sentences, one
// sighting per edge and day), so that they grow with the days, not with the
// articles. A write's changes to the post's edges become reports in memory.
// A sighting of a person that moves no tenure's start (one of their tenures
// covers its day, or it extends their latest run of sightings:
// questions/tenure.h, rules 4 and 5) is taken into the kept tenures; any
// other new report makes them stale, built again from the kept reports
// when HolderAt next needs them. What the kept reports cannot follow (an
// edge removed or turned from a sighting into a tenure, a change to the
// post's name or attributes, a holder's new name) has them read again. HolderAt's answers are
// therefore the ones a fresh HoldersQuery gives.
//
// Thread safety: HolderAt and NoteWrite are for one thread (the writer's).
// CachedHolderAt may be called from any thread at the same time, and does
// the writer's rebuilds of stale tenures for it where it can.
#ifndef KG_TOOLS_KG_STORE_HOLDER_LOOKUP_H_
#define KG_TOOLS_KG_STORE_HOLDER_LOOKUP_H_

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "graph/store.h"
#include "ingest/discourse/holder_lookup.h"
#include "query/questions/tenure.h"

namespace kg {

class StoreHolderLookup : public HolderLookup {
 public:
  // `store` must outlive the lookup.
  explicit StoreHolderLookup(const Store& store) : store_(store) {}

  // The first answer given for (office, date) is the answer for the rest of
  // the lookup's life: a serial ingest's extraction saw it.
  std::string HolderAt(std::string_view office, Date date) const override;

  // HolderAt's answer as far as the lookup can say without reading the
  // store: remembered, or from the post's kept tenures, built again from the
  // kept reports when a write made them stale (and kept, unless a write came
  // in the meantime), or stale when the reports must be read again. A guess
  // for a caller that checks it with HolderAt before it counts, since the
  // writer may write more in the meantime; nullopt when no tenures of the
  // post were ever built. Remembers no answer.
  std::optional<std::string> CachedHolderAt(std::string_view office, Date date) const;

  // Tells the lookup what a write it did not make changed (see above).
  void NoteWrite(const Store::WriteChanges& changes);

  // Times a post's tenures were built, from the store or from the kept
  // reports: a measure of how often writes made them stale.
  uint64_t builds() const { return builds_; }
  // Times a post's reports were read from the store.
  uint64_t reads() const { return reads_; }

 private:
  // One post's reports (without sentences) and tenures as HoldersQuery
  // builds them.
  struct Post {
    NodeId id = 0;
    bool single_holder = false;
    std::vector<questions::PostReport> reports;
    std::set<NodeId> persons;  // of the reports
    // The (edge, day) of every sighting report: the reports keep one per
    // day (questions::DatedReportsOnPost), not one per article.
    std::set<std::pair<EdgeId, Date>> sighted;
    std::vector<questions::PostTenure> tenures;
    // What a write made out of date: the tenures (built again from the
    // reports), or the reports too (read again from the store).
    enum class Stale { kNo, kTenures, kReports };
    Stale stale = Stale::kNo;
    // Changes with every change to the reports: tenures built from a copy
    // of them are kept only if it has not changed since the copy.
    uint64_t version = 0;
  };

  // The post's tenures, up to date; nullptr when the store knows no office
  // by exactly this name, or could not say.
  const Post* Tenures(std::string_view office) const;
  // Reads the post's reports from the store and builds its tenures.
  bool Build(std::string_view office, Post* post) const;
  // Takes in what a write changed; marks the post stale where it must.
  void TakeIn(const Store::WriteChanges& changes, Post* post) const;
  // Whether the sighting `seen` leaves the post's tenures' dates as they
  // are; if so, takes it into them.
  static bool AbsorbSighting(const questions::PostReport& seen, Post* post);

  const Store& store_;
  // Held to change anything below, and by CachedHolderAt on other threads
  // to read it or to bring a post's tenures up to date. The writer's thread,
  // the only one that changes the posts' reports, reads those without it.
  mutable std::mutex mutex_;
  // The answers given, by (office, date), with the offices' and holders'
  // names kept once: a long ingest asks about a few hundred offices on
  // thousands of days.
  struct AnswerKey {
    uint32_t office = 0;  // index in office_names_
    int32_t year = 0;
    int8_t month = 0;
    int8_t day = 0;
    static AnswerKey Of(uint32_t office, const Date& date) {
      return {office, date.year(), static_cast<int8_t>(date.month()),
              static_cast<int8_t>(date.day())};
    }
    friend bool operator==(const AnswerKey&, const AnswerKey&) = default;
    template <typename H>
    friend H AbslHashValue(H h, const AnswerKey& k) {
      return H::combine(std::move(h), k.office, k.year, k.month, k.day);
    }
  };
  // The key for (office, date), if the office was ever asked about.
  std::optional<AnswerKey> KeyOf(std::string_view office, const Date& date) const;
  mutable absl::flat_hash_map<std::string, uint32_t> office_ids_;
  mutable absl::flat_hash_map<AnswerKey, uint32_t> answers_;  // to an index in holder_names_
  mutable std::vector<std::string> holder_names_;
  mutable absl::flat_hash_map<std::string, uint32_t> holder_ids_;
  mutable std::map<std::string, Post, std::less<>> posts_;
  mutable uint64_t versions_ = 0;  // the last Post::version given
  mutable uint64_t builds_ = 0;
  mutable uint64_t reads_ = 0;
};

}  // namespace kg

#endif  // KG_TOOLS_KG_STORE_HOLDER_LOOKUP_H_
