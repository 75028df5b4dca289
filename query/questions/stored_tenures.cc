#include "query/questions/stored_tenures.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <set>
#include <thread>
#include <tuple>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "graph/capnp_value.h"
#include "graph/key_encoding.h"
#include "graph/status_macros.h"
#include "query/questions/holders.h"
#include "query/questions/post_reports.h"

namespace kg::questions {
namespace {

// How many nodes one WriteDerived takes: bounds the batch, not the work.
constexpr size_t kNodesPerWrite = 4096;
// How many of a tenure's sources are kept apart from its evidence, in id
// order: more than a table shows by default (answer_writer.h's max_sources).
constexpr size_t kStoredFirstSources = 16;

capnp::Text::Reader AsText(const std::string& text) {
  return capnp::Text::Reader(text.data(), text.size());
}

std::string Serialize(const std::vector<StoredTenure>& rows) {
  capnp::MallocMessageBuilder message;
  auto list = message.initRoot<proto::StoredTenures>().initTenures(rows.size());
  for (size_t i = 0; i < rows.size(); ++i) {
    const PostTenure& t = rows[i].tenure;
    proto::StoredTenure::Builder out = list[i];
    SetDate(t.start, out.initStart());
    SetDate(t.end, out.initEnd());
    SetDate(t.start_by, out.initStartBy());
    SetDate(t.end_by, out.initEndBy());
    out.setEndInferred(t.end_inferred);
    out.setActing(t.acting);
    out.setSuccessor(t.successor_id);
    out.setSeenOnly(t.seen_only);
    out.setAppointed(t.appointed);
    out.setAppointedBy(AsText(t.appointed_by));
    out.setDismissed(t.dismissed);
    out.setDismissedBy(AsText(t.dismissed_by));
    auto edges = out.initEdges(t.edges.size());
    for (size_t j = 0; j < t.edges.size(); ++j) edges.set(j, t.edges[j]);
    auto evidence = out.initEvidence(rows[i].evidence.size());
    std::vector<std::string> sources;
    for (size_t j = 0; j < rows[i].evidence.size(); ++j) {
      evidence[j].setEdge(rows[i].evidence[j].first);
      evidence[j].setArticleId(AsText(rows[i].evidence[j].second));
      sources.push_back(rows[i].evidence[j].second);
    }
    std::sort(sources.begin(), sources.end());
    sources.erase(std::unique(sources.begin(), sources.end()), sources.end());
    out.setSourceCount(static_cast<uint32_t>(sources.size()));
    auto first = out.initFirstSources(std::min(sources.size(), kStoredFirstSources));
    for (size_t j = 0; j < first.size(); ++j) first.set(j, AsText(sources[j]));
  }
  return CapnpBytes(message);
}

absl::StatusOr<std::vector<StoredTenure>> Parse(NodeId post, NodeId person, std::string_view value,
                                                const StoredTenureLimits& limits) {
  return ParseCapnpValue<std::vector<StoredTenure>, proto::StoredTenures>(
      value, "stored tenure",
      [&](proto::StoredTenures::Reader in) -> absl::StatusOr<std::vector<StoredTenure>> {
        std::vector<StoredTenure> rows;
        for (proto::StoredTenure::Reader t : in.getTenures()) {
          StoredTenure row;
          PostTenure& tenure = row.tenure;
          tenure.person_id = person;
          tenure.post_id = post;
          tenure.start = GetDate(t.getStart());
          tenure.end = GetDate(t.getEnd());
          tenure.start_by = GetDate(t.getStartBy());
          tenure.end_by = GetDate(t.getEndBy());
          tenure.end_inferred = t.getEndInferred();
          tenure.acting = t.getActing();
          tenure.successor_id = t.getSuccessor();
          tenure.seen_only = t.getSeenOnly();
          tenure.appointed = t.getAppointed();
          tenure.appointed_by = t.getAppointedBy();
          tenure.dismissed = t.getDismissed();
          tenure.dismissed_by = t.getDismissedBy();
          for (uint64_t edge : t.getEdges()) tenure.edges.push_back(edge);
          const auto refs = t.getEvidence();
          const auto first = t.getFirstSources();
          const size_t count = t.getSourceCount();
          if (count > 0 && limits.max_sources.has_value() &&
              std::min(*limits.max_sources, count) <= first.size()) {
            // The first sources and their count, without a look at the rest.
            for (size_t j = 0; j < std::min(*limits.max_sources, count); ++j) {
              tenure.sources.emplace_back(first[j]);
            }
            tenure.source_count = count;
          } else {
            for (proto::EvidenceRef::Reader ref : refs) tenure.sources.emplace_back(ref.getArticleId());
            std::sort(tenure.sources.begin(), tenure.sources.end());
            tenure.sources.erase(std::unique(tenure.sources.begin(), tenure.sources.end()),
                                 tenure.sources.end());
            tenure.source_count = tenure.sources.size();
            if (limits.max_sources.has_value() && tenure.sources.size() > *limits.max_sources) {
              tenure.sources.resize(*limits.max_sources);
            }
          }
          const size_t kept = limits.max_evidence.has_value()
                                  ? std::min<size_t>(*limits.max_evidence, refs.size())
                                  : refs.size();
          for (size_t j = 0; j < kept; ++j) {
            row.evidence.emplace_back(refs[j].getEdge(), refs[j].getArticleId());
          }
          rows.push_back(std::move(row));
        }
        return rows;
      });
}

// One observation behind a tenure, as its stored evidence needs it: where
// it is, and its place in NormalizeEvidence's order but for the sentence.
struct ObservationRef {
  Date article_date;
  std::string article_id;
  EdgeId edge = 0;
  Date day;  // a sighting's: the day it saw the title
};

// Observation refs by day, and a day against them (for equal_range).
struct DayOrder {
  bool operator()(const ObservationRef& a, const Date& day) const { return a.day < day; }
  bool operator()(const Date& day, const ObservationRef& a) const { return day < a.day; }
};

// The day a sighting's observation saw the title (post_reports.cc).
const Date& SightingDay(const ObservationRecord& o) {
  return o.time.as_of.empty() ? o.article_date : o.time.as_of;
}

// A tenure's evidence as references, in NormalizeEvidence's order and with
// its repeats dropped (one article's same sentence on two of the edges):
// sorted by article date (undated last) and article, and where one article
// gave several edges' sentences, by sentence, which only then is read.
absl::StatusOr<std::vector<std::pair<EdgeId, std::string>>> EvidenceRefs(
    const Store& store, std::vector<const ObservationRef*> refs) {
  auto place = [](const ObservationRef* r) {
    return std::tie(r->article_date, r->article_id);
  };
  std::sort(refs.begin(), refs.end(), [&](const ObservationRef* a, const ObservationRef* b) {
    if (a->article_date.empty() != b->article_date.empty()) return b->article_date.empty();
    return std::tie(a->article_date, a->article_id, a->edge) <
           std::tie(b->article_date, b->article_id, b->edge);
  });
  std::vector<std::pair<EdgeId, std::string>> out;
  out.reserve(refs.size());
  for (size_t begin = 0; begin < refs.size();) {
    size_t end = begin + 1;
    while (end < refs.size() && place(refs[end]) == place(refs[begin])) ++end;
    if (end - begin == 1) {
      out.emplace_back(refs[begin]->edge, refs[begin]->article_id);
    } else {
      // (sentence, edge), the edges in id order: of equal sentences the
      // first edge's is kept, as the question's search finds it.
      std::vector<std::pair<std::string, EdgeId>> sentences;
      for (size_t k = begin; k < end; ++k) {
        KG_ASSIGN_OR_RETURN(std::optional<ObservationRecord> o,
                            store.GetObservation(refs[k]->edge, refs[k]->article_id));
        if (!o.has_value()) {
          return absl::DataLossError(absl::StrCat("observation of edge ", refs[k]->edge, " by ",
                                                  refs[k]->article_id, " is missing"));
        }
        sentences.emplace_back(o->evidence.sentence, refs[k]->edge);
      }
      std::sort(sentences.begin(), sentences.end());
      for (size_t k = 0; k < sentences.size(); ++k) {
        if (k > 0 && sentences[k].first == sentences[k - 1].first) continue;
        out.emplace_back(sentences[k].second, refs[begin]->article_id);
      }
    }
    begin = end;
  }
  return out;
}

// The derived facts of one stale node: one value per holder for a one-holder
// office, none for anything else.
//
// Built without holding the post's sentences: the head of state's post has
// one observation per article that saw the title, and their sentences were
// most of a large ingest's peak memory. The tenures are BuildTenures' of the
// post's dated reports (one sighting per edge and day: the same tenures but
// for their evidence), each report carrying a marker as its one source, so
// that a tenure's evidence names the reports it took in; each report stands
// for its edge's observations (a sighting's, for those of its day).
absl::StatusOr<std::optional<Store::DerivedFacts>> FactsOf(const Store& store, NodeId id,
                                                           bool* rebuilt) {
  Store::DerivedFacts facts;
  facts.node = id;
  KG_ASSIGN_OR_RETURN(std::optional<NodeRecord> node, store.GetNode(id));
  if (!node.has_value() || !IsSingleHolderOffice(*node)) return facts;
  KG_ASSIGN_OR_RETURN(std::vector<PostReport> reports, DatedReportsOnPost(store, id));
  std::erase_if(reports, [](const PostReport& r) { return r.membership; });
  std::map<EdgeId, std::vector<ObservationRef>> observed;
  for (size_t i = 0; i < reports.size(); ++i) {
    reports[i].sources = {{absl::StrCat(i), Date(), ""}};
    observed.try_emplace(reports[i].edge);
  }
  for (auto& [edge, refs] : observed) {
    KG_RETURN_IF_ERROR(store.ScanObservations(edge, [&](const ObservationRecord& o) {
      refs.push_back({o.article_date, o.article_id, edge, SightingDay(o)});
      return true;
    }));
    // By day, for a sighting report to find its day's (EvidenceRefs orders
    // them again).
    std::stable_sort(refs.begin(), refs.end(),
                     [](const ObservationRef& a, const ObservationRef& b) { return a.day < b.day; });
  }
  std::map<NodeId, std::vector<StoredTenure>> by_person;
  for (const PostTenure& tenure : BuildTenures(reports, /*single_holder=*/true)) {
    std::vector<const ObservationRef*> refs;
    for (const SourceSentence& marker : tenure.evidence) {
      size_t index = 0;
      if (!absl::SimpleAtoi(marker.article_id, &index) || index >= reports.size()) {
        return absl::InternalError("a tenure's evidence is no report of its post");
      }
      const PostReport& report = reports[index];
      const std::vector<ObservationRef>& all = observed[report.edge];
      auto [first, last] = std::pair(all.begin(), all.end());
      if (report.kind == PostReport::Kind::kSighting) {
        std::tie(first, last) = std::equal_range(
            all.begin(), all.end(), report.start, DayOrder());
      }
      for (auto it = first; it != last; ++it) refs.push_back(&*it);
    }
    StoredTenure& row = by_person[tenure.person_id].emplace_back();
    row.tenure = tenure;
    row.tenure.person.clear();
    row.tenure.successor.clear();
    row.tenure.post.clear();
    row.tenure.sources.clear();
    row.tenure.source_count = 0;
    row.tenure.evidence.clear();
    KG_ASSIGN_OR_RETURN(row.evidence, EvidenceRefs(store, std::move(refs)));
  }
  for (const auto& [person, rows] : by_person) {
    facts.facts.emplace_back(NodeKey(person), Serialize(rows));
  }
  *rebuilt = true;
  return facts;
}

}  // namespace

absl::StatusOr<size_t> RefreshStoredTenures(Store& store, int threads) {
  std::vector<NodeId> stale;
  KG_RETURN_IF_ERROR(store.ScanStaleNodes([&](NodeId id) {
    stale.push_back(id);
    return true;
  }));
  size_t rebuilt = 0;
  for (size_t begin = 0; begin < stale.size(); begin += kNodesPerWrite) {
    const size_t end = std::min(stale.size(), begin + kNodesPerWrite);
    // The batch's nodes are read and built on `threads` threads, each taking
    // the next node not taken (the head of state's post alone may take as
    // long as the rest), and written in the order of the scan.
    std::vector<absl::StatusOr<std::optional<Store::DerivedFacts>>> built(end - begin);
    std::vector<char> offices(end - begin, 0);
    std::atomic<size_t> next = begin;
    auto build = [&] {
      for (size_t i; (i = next.fetch_add(1)) < end;) {
        bool office = false;
        built[i - begin] = FactsOf(store, stale[i], &office);
        offices[i - begin] = office;
      }
    };
    std::vector<std::thread> helpers;
    for (int t = 1; t < std::min<int>(threads, end - begin); ++t) helpers.emplace_back(build);
    build();
    for (std::thread& helper : helpers) helper.join();
    std::vector<Store::DerivedFacts> batch;
    for (size_t k = 0; k < built.size(); ++k) {
      KG_RETURN_IF_ERROR(built[k].status());
      if (built[k]->has_value()) batch.push_back(*std::move(*built[k]));
      rebuilt += offices[k];
    }
    KG_RETURN_IF_ERROR(store.WriteDerived(batch));
  }
  return rebuilt;
}

absl::StatusOr<std::optional<std::vector<StoredTenure>>> ReadStoredTenures(
    const Store& store, NodeId post, const StoredTenureLimits& limits) {
  KG_ASSIGN_OR_RETURN(bool fresh, store.DerivedFresh(post));
  if (!fresh) return std::nullopt;
  std::vector<StoredTenure> rows;
  absl::Status parsed;
  KG_RETURN_IF_ERROR(store.ScanDerived(post, [&](std::string_view key, std::string_view value) {
    NodeId person = 0;
    if (!ParseNodeKey(key, &person)) {
      parsed = absl::DataLossError(absl::StrCat("stored tenures of node ", post, ": corrupt key"));
      return false;
    }
    absl::StatusOr<std::vector<StoredTenure>> own = Parse(post, person, value, limits);
    if (!own.ok()) {
      parsed = own.status();
      return false;
    }
    for (StoredTenure& row : *own) rows.push_back(std::move(row));
    return true;
  }));
  KG_RETURN_IF_ERROR(parsed);
  return rows;
}

absl::StatusOr<std::optional<std::vector<StoredTenure>>> ReadStoredTenures(
    const Store& store, NodeId post, NodeId person, const StoredTenureLimits& limits) {
  KG_ASSIGN_OR_RETURN(bool fresh, store.DerivedFresh(post));
  if (!fresh) return std::nullopt;
  KG_ASSIGN_OR_RETURN(std::optional<std::string> value, store.GetDerived(post, NodeKey(person)));
  if (!value.has_value()) return std::vector<StoredTenure>{};
  KG_ASSIGN_OR_RETURN(std::vector<StoredTenure> rows, Parse(post, person, *value, limits));
  return rows;
}

absl::StatusOr<std::vector<PostTenure>> CompleteStoredTenures(
    const Store& store, std::vector<StoredTenure> rows, const NodeRecord& post,
    const NodeRecord* known) {
  std::map<NodeId, std::string> names;
  if (known != nullptr) names[known->id] = known->name;
  auto name_of = [&](NodeId id) -> absl::StatusOr<std::string> {
    if (auto it = names.find(id); it != names.end()) return it->second;
    KG_ASSIGN_OR_RETURN(std::optional<NodeRecord> node, store.GetNode(id));
    if (!node.has_value()) return absl::DataLossError(absl::StrCat("node ", id, " is missing"));
    return names[id] = node->name;
  };
  std::vector<PostTenure> tenures;
  tenures.reserve(rows.size());
  for (StoredTenure& row : rows) {
    PostTenure& tenure = row.tenure;
    KG_ASSIGN_OR_RETURN(tenure.person, name_of(tenure.person_id));
    if (tenure.successor_id != 0) {
      KG_ASSIGN_OR_RETURN(tenure.successor, name_of(tenure.successor_id));
    }
    tenure.post_id = post.id;
    tenure.post = post.name;
    tenure.post_kind = post.kind;
    for (const auto& [edge, article] : row.evidence) {
      KG_ASSIGN_OR_RETURN(std::optional<ObservationRecord> o, store.GetObservation(edge, article));
      if (!o.has_value()) {
        return absl::DataLossError(absl::StrCat("a stored tenure of ", post.name,
                                                " cites an observation of edge ", edge, " by ",
                                                article, " that is not stored"));
      }
      tenure.evidence.push_back({o->article_id, o->article_date, o->evidence.sentence});
    }
    tenures.push_back(std::move(tenure));
  }
  std::stable_sort(tenures.begin(), tenures.end(), TenureBefore);
  return tenures;
}

}  // namespace kg::questions
