// The Cap'n Proto plumbing of every stored value (proto/kg.capnp): a message
// to bytes, bytes back to a record without ever throwing, and dates. Used by
// graph/records.cc for the store's records and by the layers above for the
// derived facts they keep in the store (query/questions/stored_tenures.cc).
//
//   capnp::MallocMessageBuilder message;
//   ... message.initRoot<proto::Node>() ...
//   std::string value = CapnpBytes(message);
//   absl::StatusOr<NodeRecord> back = ParseCapnpValue<NodeRecord, proto::Node>(
//       value, "node", [](proto::Node::Reader in) -> absl::StatusOr<NodeRecord> { ... });
#ifndef KG_GRAPH_CAPNP_VALUE_H_
#define KG_GRAPH_CAPNP_VALUE_H_

#include <capnp/message.h>
#include <capnp/serialize.h>
#include <kj/array.h>
#include <kj/exception.h>

#include <cstring>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "graph/model.h"
#include "kg.capnp.h"

namespace kg {

// A value is one single-segment flat array.
inline std::string CapnpBytes(capnp::MessageBuilder& message) {
  const kj::Array<capnp::word> words = capnp::messageToFlatArray(message);
  const kj::ArrayPtr<const kj::byte> bytes = words.asBytes();
  return std::string(reinterpret_cast<const char*>(bytes.begin()), bytes.size());
}

// Reads `value` as a message with root `Root` and converts it with `convert`,
// turning every way the bytes can be wrong into DataLoss ("corrupt <what>
// record: ..."). Cap'n Proto reports malformed input by throwing
// kj::Exception; it must not escape the library.
template <typename T, typename Root, typename Convert>
absl::StatusOr<T> ParseCapnpValue(std::string_view value, const char* what, Convert&& convert) {
  if (value.empty() || value.size() % sizeof(capnp::word) != 0) {
    return absl::DataLossError(absl::StrCat("corrupt ", what, " record: ", value.size(),
                                            " bytes is not a whole number of words"));
  }
  // RocksDB gives no alignment guarantee; Cap'n Proto requires word alignment.
  kj::Array<capnp::word> words = kj::heapArray<capnp::word>(value.size() / sizeof(capnp::word));
  std::memcpy(words.begin(), value.data(), value.size());

  absl::StatusOr<T> result = absl::DataLossError("unreachable");
  kj::Maybe<kj::Exception> error = kj::runCatchingExceptions([&] {
    capnp::FlatArrayMessageReader reader(words.asPtr());
    if (reader.getEnd() != words.end()) {
      result = absl::DataLossError(absl::StrCat("corrupt ", what, " record: trailing bytes"));
      return;
    }
    result = convert(reader.template getRoot<Root>());
  });
  KJ_IF_MAYBE (exception, error) {
    return absl::DataLossError(
        absl::StrCat("corrupt ", what, " record: ", exception->getDescription().cStr()));
  }
  if (!result.ok()) {
    return absl::DataLossError(
        absl::StrCat("corrupt ", what, " record: ", result.status().message()));
  }
  return result;
}

inline void SetDate(const Date& date, proto::Date::Builder out) {
  out.setYear(static_cast<int16_t>(date.year()));
  out.setMonth(static_cast<uint8_t>(date.month()));
  out.setDay(static_cast<uint8_t>(date.day()));
}

// Dates are stored as given: the store does not judge what ingest wrote, and
// must always be able to read it back.
inline Date GetDate(proto::Date::Reader in) {
  return Date(in.getYear(), in.getMonth(), in.getDay());
}

}  // namespace kg

#endif  // KG_GRAPH_CAPNP_VALUE_H_
