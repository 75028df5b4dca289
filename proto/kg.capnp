# kg's stored records. Values in RocksDB are single-segment flat arrays of these
# structs (see graph/records.h). Fields are only ever added, never renumbered;
# a change that old readers cannot ignore bumps the schema version in
# graph/store.cc instead.
@0xed9fc64265f122c4;

$import "/capnp/c++.capnp".namespace("kg::proto");

enum NodeKind {
  unknown @0;
  person @1;
  office @2;
  organization @3;
  law @4;
  event @5;
  country @6;
  place @7;
}

enum Relation {
  unknown @0;
  appointedTo @1;
  dismissedFrom @2;
  held @3;
  memberOf @4;
  partOf @5;
  draftedBy @6;
  submittedTo @7;
  consideredBy @8;
  approvedBy @9;
  adoptedBy @10;
  returnedBy @11;
  signedBy @12;
  enteredIntoForce @13;
  partnerOf @14;
  participantIn @15;
  locatedIn @16;
  bornIn @17;
  nominatedFor @18;
}

# A calendar date at the precision the text gave: year only, year and month,
# or a full date. Zero means "not given" for each part; year 0 means no date.
struct Date {
  year @0 :Int16;
  month @1 :UInt8;
  day @2 :UInt8;
}

struct Attribute {
  key @0 :Text;
  value @1 :Text;
}

struct Node {
  id @0 :UInt64;
  kind @1 :NodeKind;
  name @2 :Text;
  aliases @3 :List(Text);
  attributes @4 :List(Attribute);
}

# The time and qualifiers of one fact. An edge's time is the merge of its
# observations' times.
struct FactTime {
  date @0 :Date;
  start @1 :Date;
  end @2 :Date;
  asOf @3 :Date;
  endInferred @4 :Bool;
}

# How many observations back an edge's merge, and how many attain each merged
# value (the most precise date, the latest asOf, the smallest text), so that
# retracting one observation rarely needs to read the others.
struct EdgeSupport {
  observations @0 :UInt32;
  date @1 :UInt32;
  start @2 :UInt32;
  end @3 :UInt32;
  asOf @4 :UInt32;
  statedEnds @5 :UInt32;   # observations that state the end (not inferred)
  stage @6 :UInt32;
  by @7 :UInt32;
  level @8 :UInt32;
}

struct Edge {
  id @0 :UInt64;
  src @1 :UInt64;
  dst @2 :UInt64;
  relation @3 :Relation;
  time @4 :FactTime;
  stage @5 :Text;
  by @6 :Text;
  level @7 :Text;
  # Ids of the articles that reported it, sorted; empty when more than 16 did
  # (graph/edge_merge.h), and then read from the keys of its observations, so
  # that an edge every article reports is not rewritten whole each time.
  sources @8 :List(Text);
  support @9 :EdgeSupport;
  # The names of its ends (a node's name never changes), so that a walk
  # printing the far end's name reads no node record. Empty in edges written
  # before kg kept them: read the nodes then.
  srcName @10 :Text;
  dstName @11 :Text;
}

# One article's report of one edge, with the sentence that stated it.
struct Observation {
  articleId @0 :Text;
  articleDate @1 :Date;
  sentence @2 :Text;
  spanBegin @3 :UInt32;    # byte span of the sentence in the article text
  spanEnd @4 :UInt32;
  time @5 :FactTime;
  stage @6 :Text;
  by @7 :Text;
  level @8 :Text;
}

# Where an edge is stored: the fields of its `out` key.
struct EdgeRef {
  src @0 :UInt64;
  relation @1 :Relation;
  dst @2 :UInt64;
  id @3 :UInt64;
}

struct Article {
  id @0 :Text;
  date @1 :Date;
  title @2 :Text;
  url @3 :Text;
  contentHash @4 :UInt64;
  edgeIds @5 :List(UInt64);   # superseded by `edges` (an id alone does not locate an edge); not written
  nodeIds @6 :List(UInt64);   # nodes this article mentioned
  edges @7 :List(EdgeRef);    # edges this article observed, so a new version can retract them
}

# --- Derived facts (graph/store.h), kept by the layers above.

# One sentence behind a stored tenure: the observation of `edge` by
# `articleId` (the sentence itself is read from there).
struct EvidenceRef {
  edge @0 :UInt64;
  articleId @1 :Text;
}

# One tenure of a post (query/questions/tenure.h's PostTenure), as
# `kg holders` builds it: persons by id, so that a rename needs no rewrite.
struct StoredTenure {
  start @0 :Date;
  end @1 :Date;
  startBy @2 :Date;
  endBy @3 :Date;
  endInferred @4 :Bool;
  acting @5 :Bool;
  successor @6 :UInt64;      # node id; 0 for none
  seenOnly @7 :Bool;
  appointed @8 :Bool;
  appointedBy @9 :Text;
  dismissed @10 :Bool;
  dismissedBy @11 :Text;
  edges @12 :List(UInt64);
  evidence @13 :List(EvidenceRef);
  # The distinct articles of `evidence`, and the first of them in id order
  # (as many as kStoredFirstSources): what a table shows of a tenure seen in
  # thousands of articles, read without its evidence. 0 in a store written
  # before they were kept, whose readers count the evidence instead.
  sourceCount @14 :UInt32;
  firstSources @15 :List(Text);
}

# One person's tenures of one post, in the order kg holders lists them.
struct StoredTenures {
  tenures @0 :List(StoredTenure);
}
