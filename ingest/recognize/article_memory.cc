// ArticleMemory (recognizer.h): what the article named before a sentence.
#include <algorithm>
#include <string_view>

#include "ingest/recognize/recognizer.h"

namespace kg {

std::string_view BodyNoun(std::string_view word) {
  if (word == "oblast" || word == "province") return "region";
  if (word == "town") return "city";
  return word;
}

const NamedBody* ArticleMemory::Body(std::string_view noun) const {
  const auto it = std::find_if(bodies.rbegin(), bodies.rend(),
                               [&](const NamedBody& body) { return body.noun == noun; });
  return it == bodies.rend() ? nullptr : &*it;
}

}  // namespace kg
