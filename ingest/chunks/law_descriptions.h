// Laws named by what they do: "a draft law prohibiting the circulation of
// e-cigarettes", "the bill banning imports of X (Y)", "constitutional
// amendments transferring some powers from the president to the
// government". A phrase headed by a law noun (law, bill, amendments,
// legislation) followed by a gerund and its objects is a law of that name,
// kept as written (without the determiner), whatever the verb: the chunker's
// word classes say it is a gerund, no list of verbs does.
//
//   if (DescribeLaws(chunks, text, &sentence)) sentence.Relayout();
//
// The description ends before an adjunct: a comma, a clause break, a time, a
// verb group or a preposition that opens one ("in the second reading", "at
// a meeting", "by the Senate"). A law the recognizers already named ("the
// law on X") is left alone. Later anaphors ("the bill", "the document")
// resolve to the described law as to a named one (ArticleContext).
#ifndef KG_INGEST_CHUNKS_LAW_DESCRIPTIONS_H_
#define KG_INGEST_CHUNKS_LAW_DESCRIPTIONS_H_

#include <string_view>
#include <vector>

#include "ingest/chunks/chunker.h"
#include "ingest/recognize/sentence_analyzer.h"

namespace kg {

// Replaces the mentions inside each described law by one law mention.
// Returns true when `sentence.mentions` changed (the caller relays it out).
bool DescribeLaws(const std::vector<Chunk>& chunks, std::string_view text,
                  AnalyzedSentence* sentence);

}  // namespace kg

#endif  // KG_INGEST_CHUNKS_LAW_DESCRIPTIONS_H_
