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
// A post's tenures are built once and kept until a write could change them,
// so that asking about a post costs its tenures' search, not a read of every
// report on it (the head of state's post is mentioned by most articles and
// has as many reports). A write that only adds a sighting of a person that
// moves no tenure's start (one of their tenures covers its day, or it
// extends their latest run of sightings: questions/tenure.h, rules 4 and 5)
// is taken into the kept tenures; every other change to the post's edges,
// to the post's node or to a holder's node marks them stale, to be built
// again when HolderAt next needs them. HolderAt's answers are therefore the
// ones a fresh HoldersQuery gives.
//
// Thread safety: HolderAt and NoteWrite are for one thread (the writer's).
// CachedHolderAt may be called from any thread at the same time.
#ifndef KG_TOOLS_KG_STORE_HOLDER_LOOKUP_H_
#define KG_TOOLS_KG_STORE_HOLDER_LOOKUP_H_

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

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
  // store: remembered, or from the post's kept tenures, even stale ones (a
  // guess for a caller that checks it with HolderAt before it counts);
  // nullopt when no tenures of the post were ever built. Remembers nothing.
  std::optional<std::string> CachedHolderAt(std::string_view office, Date date) const;

  // Tells the lookup what a write it did not make changed (see above).
  void NoteWrite(const Store::WriteChanges& changes);

  // Times a post's tenures were built from the store: a measure of how often
  // writes made them stale.
  uint64_t builds() const { return builds_; }

 private:
  // One post's tenures as HoldersQuery built them.
  struct Post {
    NodeId id = 0;
    std::vector<questions::PostTenure> tenures;
    // A write changed the post in a way these tenures do not show: built
    // again before HolderAt uses them.
    bool stale = false;
  };

  // The post's kept tenures, built when there are none; nullptr when the
  // store knows no office by exactly this name, or could not say.
  const Post* Tenures(std::string_view office) const;
  // Whether `post`'s tenures can take `change` in without a rebuild (a
  // sighting that moves no start); if so, takes it in.
  static bool AbsorbSighting(Post* post, const Store::WriteChanges::Edge& change);
  // Whether `post`'s tenures can take in every change a write made; false
  // when they must be built again.
  static bool TakesIn(Post* post, const Store::WriteChanges& changes);

  const Store& store_;
  mutable std::map<std::pair<std::string, std::string>, std::string> answers_;
  // Guards posts_: CachedHolderAt reads it from other threads.
  mutable std::mutex posts_mutex_;
  mutable std::map<std::string, Post, std::less<>> posts_;
  mutable uint64_t builds_ = 0;
};

}  // namespace kg

#endif  // KG_TOOLS_KG_STORE_HOLDER_LOOKUP_H_
