#include "tools/kg/store_holder_lookup.h"

#include <algorithm>

#include "absl/strings/string_view.h"
#include "query/names/name_resolution.h"
#include "query/questions/holders.h"
#include "query/questions/post_reports.h"

namespace kg {
namespace {

using questions::Lower;
using questions::PostTenure;
using questions::Upper;

// The holder on `date` by the post's tenures: the last tenure begun by then
// counts when it had not ended by then, or when it is only a sighting that
// nobody succeeded since (a President seen in March is still President in
// April, unless the graph knows of another).
std::string HolderIn(const std::vector<PostTenure>& tenures, const Date& date) {
  const PostTenure* last = nullptr;
  for (const PostTenure& row : tenures) {
    if (row.start.empty() || row.start.FirstDay() > date.LastDay()) continue;
    if (last == nullptr || row.start > last->start) last = &row;
  }
  if (last != nullptr &&
      (last->end.empty() || last->end.LastDay() >= date.FirstDay() || last->seen_only)) {
    return last->person;
  }
  return "";
}

// A title seen in passing: the report a sighting makes (post_reports.cc).
bool IsSightingTime(const FactTime& time) {
  return time.date.empty() && time.start.empty() && time.end.empty() && !time.as_of.empty();
}

bool IsStated(const PostTenure& tenure) { return !tenure.seen_only && !tenure.membership; }

// Debian's Abseil has a string_view of its own, which its hash maps take.
absl::string_view AsAbsl(std::string_view text) { return {text.data(), text.size()}; }

}  // namespace

std::optional<StoreHolderLookup::AnswerKey> StoreHolderLookup::KeyOf(std::string_view office,
                                                                    const Date& date) const {
  auto it = office_ids_.find(AsAbsl(office));
  if (it == office_ids_.end()) return std::nullopt;
  return AnswerKey::Of(it->second, date);
}

std::string StoreHolderLookup::HolderAt(std::string_view office, Date date) const {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (std::optional<AnswerKey> key = KeyOf(office, date); key.has_value()) {
      if (auto it = answers_.find(*key); it != answers_.end()) return holder_names_[it->second];
    }
  }
  const Post* post = Tenures(office);
  std::lock_guard<std::mutex> lock(mutex_);
  std::string holder = post == nullptr ? "" : HolderIn(post->tenures, date);
  const uint32_t office_id =
      office_ids_.try_emplace(std::string(office), static_cast<uint32_t>(office_ids_.size()))
          .first->second;
  auto [named, added] =
      holder_ids_.try_emplace(holder, static_cast<uint32_t>(holder_names_.size()));
  if (added) holder_names_.push_back(holder);
  answers_.emplace(AnswerKey::Of(office_id, date), named->second);
  return holder;
}

std::optional<std::string> StoreHolderLookup::CachedHolderAt(std::string_view office,
                                                            Date date) const {
  std::unique_lock<std::mutex> lock(mutex_);
  if (std::optional<AnswerKey> key = KeyOf(office, date); key.has_value()) {
    if (auto it = answers_.find(*key); it != answers_.end()) return holder_names_[it->second];
  }
  auto post = posts_.find(office);
  if (post == posts_.end()) return std::nullopt;
  if (post->second.stale != Post::Stale::kTenures) return HolderIn(post->second.tenures, date);
  // Stale tenures are built again here, from a copy of the kept reports, off
  // the writer's thread: the guess is then the writer's answer unless a
  // write comes between, and unless one did, the writer need not build them.
  const std::vector<questions::PostReport> reports = post->second.reports;
  const bool single_holder = post->second.single_holder;
  const uint64_t version = post->second.version;
  lock.unlock();
  std::vector<PostTenure> tenures = questions::BuildTenures(reports, single_holder);
  std::string holder = HolderIn(tenures, date);
  lock.lock();
  post = posts_.find(office);
  if (post != posts_.end() && post->second.version == version) {
    post->second.tenures = std::move(tenures);
    post->second.stale = Post::Stale::kNo;
    ++builds_;
  }
  return holder;
}

const StoreHolderLookup::Post* StoreHolderLookup::Tenures(std::string_view office) const {
  // Only this thread changes the kept reports (CachedHolderAt may bring
  // tenures up to date from them, under the lock): it reads them without the
  // lock and takes it to write or to read the tenures' state.
  std::unique_lock<std::mutex> lock(mutex_);
  auto it = posts_.find(office);
  if (it != posts_.end() && it->second.stale == Post::Stale::kNo) return &it->second;
  if (it != posts_.end() && it->second.stale == Post::Stale::kTenures) {
    lock.unlock();
    std::vector<PostTenure> tenures =
        questions::BuildTenures(it->second.reports, it->second.single_holder);
    lock.lock();
    ++builds_;
    it->second.tenures = std::move(tenures);
    it->second.stale = Post::Stale::kNo;
    return &it->second;
  }
  lock.unlock();
  Post post;
  if (!Build(office, &post)) return nullptr;
  lock.lock();
  ++builds_;
  post.version = ++versions_;
  return &posts_.insert_or_assign(std::string(office), std::move(post)).first->second;
}

bool StoreHolderLookup::Build(std::string_view office, Post* post) const {
  // Only an office known by exactly this name: a guess at a near name would
  // attribute a signature to the wrong person. Nothing is kept for a name
  // the store does not know yet. (questions::HoldersQuery, without its
  // sentences.)
  absl::StatusOr<NodeRecord> node = ResolveName(store_, office, NodeKind::kOffice);
  if (!node.ok() || node->name != office) return false;
  absl::StatusOr<std::vector<questions::PostReport>> reports =
      questions::DatedReportsOnPost(store_, node->id);
  if (!reports.ok()) return false;
  ++reads_;
  // Memberships of an office would be an extraction slip; they are no tenure.
  std::erase_if(*reports, [](const questions::PostReport& r) { return r.membership; });
  post->id = node->id;
  post->single_holder = questions::IsSingleHolderOffice(*node);
  post->reports = *std::move(reports);
  post->persons.clear();
  post->sighted.clear();
  for (const questions::PostReport& report : post->reports) {
    post->persons.insert(report.person_id);
    if (report.kind == questions::PostReport::Kind::kSighting) {
      post->sighted.emplace(report.edge, report.start);
    }
  }
  post->tenures = questions::BuildTenures(post->reports, post->single_holder);
  return true;
}

// questions/tenure.h's rules 4 and 5, for one sighting more of a person:
// - a stated tenure of theirs covers its day: it joins that tenure and no
//   date moves;
// - it falls within a run of their sightings: nothing moves either;
// - it comes after their latest run begun by then with no stated tenure's
//   start or end between: the run now ends on it.
// Anything else (an earlier day, a new run, a first sighting) moves a start
// and is left to a rebuild. A later sighting also counts as "seen in the
// post since" for rule 4's last case, which may take an end_by back: a
// person with such a bound is left to a rebuild too.
bool StoreHolderLookup::AbsorbSighting(const questions::PostReport& seen, Post* post) {
  const NodeId person = seen.person_id;
  const Date& day = seen.start;
  if (day.empty()) return false;
  for (const PostTenure& tenure : post->tenures) {
    if (tenure.person_id == person && IsStated(tenure) && tenure.end.empty() &&
        !tenure.end_by.empty()) {
      return false;
    }
  }
  PostTenure* run = nullptr;
  for (PostTenure& tenure : post->tenures) {
    if (tenure.person_id != person) continue;
    if (IsStated(tenure) && questions::TenureCovers(tenure, day)) return true;
    if (tenure.seen_only && !tenure.membership && tenure.start <= day &&
        (run == nullptr || run->start < tenure.start)) {
      run = &tenure;
    }
  }
  if (run == nullptr) return false;
  if (day <= run->end) return true;
  for (const PostTenure& tenure : post->tenures) {
    if (!IsStated(tenure)) continue;
    for (const Date* boundary : {&Lower(tenure), &Upper(tenure)}) {
      if (!boundary->empty() && run->end < *boundary && *boundary <= day) return false;
    }
  }
  run->end = day;
  return true;
}

void StoreHolderLookup::NoteWrite(const Store::WriteChanges& changes) {
  std::lock_guard<std::mutex> lock(mutex_);
  for (auto& [name, post] : posts_) TakeIn(changes, &post);
}

void StoreHolderLookup::TakeIn(const Store::WriteChanges& changes, Post* post) const {
  // The tenures stay, as a guess for CachedHolderAt.
  auto read_again = [this, post] {
    post->version = ++versions_;
    post->stale = Post::Stale::kReports;
    post->reports.clear();
    post->persons.clear();
    post->sighted.clear();
  };
  // The post's attributes say whether it has one holder at a time; of a
  // holder, only the name is in the reports.
  for (NodeId node : changes.nodes) {
    if (node == post->id) return read_again();
  }
  for (NodeId node : changes.renamed) {
    if (post->persons.contains(node)) return read_again();
  }
  for (const Store::WriteChanges::Edge& change : changes.edges) {
    if (post->stale == Post::Stale::kReports) return;
    if (change.ref.dst != post->id || KindOfNodeId(change.ref.src) != NodeKind::kPerson) continue;
    // The reports a holders question reads; memberships it sets aside.
    const Relation relation = change.ref.relation;
    if (relation != Relation::kHeld && relation != Relation::kAppointedTo &&
        relation != Relation::kDismissedFrom) {
      continue;
    }
    // Only an observation added, to an edge that stays what it was, makes
    // reports that can be told from the change alone.
    if (!change.after.has_value() || !change.observation.has_value()) return read_again();
    const bool sighting = questions::IsSightingEdge(*change.after);
    if (change.before.has_value() && IsSightingTime(*change.before) != sighting) {
      return read_again();
    }
    post->version = ++versions_;
    std::vector<questions::PostReport> added;
    questions::AppendEdgeReports(*change.after, change.ref.src, change.after->src_name,
                                 {*change.observation}, /*details=*/false, &added);
    if (sighting) {
      // A day the edge was seen on already changes nothing.
      std::erase_if(added, [post](const questions::PostReport& seen) {
        return !post->sighted.emplace(seen.edge, seen.start).second;
      });
      for (const questions::PostReport& seen : added) {
        if (post->stale == Post::Stale::kNo && !AbsorbSighting(seen, post)) {
          post->stale = Post::Stale::kTenures;
        }
      }
    } else {
      // The edge's one report, replaced; an undated one keeps the earliest
      // article date of all its observations.
      auto old = std::find_if(post->reports.begin(), post->reports.end(),
                              [&](const questions::PostReport& r) { return r.edge == change.ref.id; });
      if (old != post->reports.end()) {
        for (questions::PostReport& report : added) {
          if (!old->bound.empty() && (report.bound.empty() || old->bound < report.bound)) {
            report.bound = old->bound;
          }
        }
        post->reports.erase(old);
      }
      post->stale = Post::Stale::kTenures;
    }
    post->persons.insert(change.ref.src);
    post->reports.insert(post->reports.end(), added.begin(), added.end());
  }
}

}  // namespace kg
