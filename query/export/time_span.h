// When a node or an edge is on an export's timeline (GEXF start/end for
// Gephi's timeline, the HTML page's time slider).
//
// kg's dates keep their precision ("2019", "2019-09", "2019-09-01"); a
// timeline needs days. A span widens each date to the days it covers: a
// start to its first day, an end to its last ("2019" spans 2019-01-01 ..
// 2019-12-31).
//
// Edge rule: an edge's time is the first of these that it has:
//   - its date (an appointment, a law stage): the days that date covers;
//   - its start..end (a tenure): from start's first day to end's last day.
//     Without an end the span is open (the tenure goes on); without a start
//     it begins at as_of when that is given (the earliest day the fact is
//     known to hold) and is unbounded before otherwise;
//   - its as_of (a title seen in passing): the days that date covers.
// An edge with none of them is undated: on the timeline throughout.
//
// Node rule: a node's span covers its edges in the subgraph: from the
// earliest first day to the latest last day of its incident edges, where an
// undated edge counts as unbounded both ways (so a node with one undated edge
// is always there) and a node with no edge is undated. No edge is ever on the
// timeline without its two ends.
#ifndef KG_QUERY_EXPORT_TIME_SPAN_H_
#define KG_QUERY_EXPORT_TIME_SPAN_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "graph/fact.h"
#include "graph/store.h"
#include "query/export/subgraph.h"

namespace kg {

// Days since 1970-01-01, inclusive at both ends. A missing bound is
// unbounded on that side; a span with neither is undated.
struct TimeSpan {
  std::optional<int64_t> first_day;  // none: unbounded before
  std::optional<int64_t> last_day;   // none: open-ended

  bool dated() const { return first_day.has_value() || last_day.has_value(); }

  friend bool operator==(const TimeSpan&, const TimeSpan&) = default;
};

TimeSpan EdgeTimeSpan(const FactTime& time);

// The span of every node of `graph` (undated ones included), by node id.
std::map<NodeId, TimeSpan> NodeTimeSpans(const Subgraph& graph);

// "2019-09-01" for a day number.
std::string IsoDay(int64_t day);

}  // namespace kg

#endif  // KG_QUERY_EXPORT_TIME_SPAN_H_
