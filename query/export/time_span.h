// When a node or an edge is on an export's timeline (GEXF start/end for
// Gephi's timeline, the HTML page's time slider).
//
// kg's dates keep their precision ("2019", "2019-09", "2019-09-01"); a
// timeline needs days. A span widens each date to the days it covers: a
// start to its first day, an end to its last ("2019" spans 2019-01-01 ..
// 2019-12-31).
//
// Edge rule: an edge's span runs from the first day of the earliest of its
// date, start, end and as_of to the last day of the latest of them, except
// that an edge with a start and no end is open-ended (a tenure with no known
// end goes on). An edge with none of the four is undated: always shown.
//
// Node rule: a node's span runs from the earliest first day to the latest
// last day of its dated incident edges in the subgraph, open-ended when one
// of them is. Undated edges do not count; a node with no dated edge is
// undated. So a node enters the timeline with its first dated fact, and no
// dated edge is ever shown without its two ends.
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

// Days since 1970-01-01, inclusive at both ends.
struct TimeSpan {
  std::optional<int64_t> first_day;  // none: undated
  std::optional<int64_t> last_day;   // none: undated or open-ended

  bool dated() const { return first_day.has_value(); }
};

TimeSpan EdgeTimeSpan(const FactTime& time);

// The span of every node of `graph` (undated ones included), by node id.
std::map<NodeId, TimeSpan> NodeTimeSpans(const Subgraph& graph);

// "2019-09-01" for a day number.
std::string IsoDay(int64_t day);

}  // namespace kg

#endif  // KG_QUERY_EXPORT_TIME_SPAN_H_
