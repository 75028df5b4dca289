#include "ui/api.h"

#include <optional>
#include <sstream>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "graph/status_macros.h"
#include "query/cypher/query.h"
#include "query/cypher/result_writer.h"
#include "query/export/cyjs_writer.h"
#include "query/export/subgraph.h"
#include "query/names/name_resolution.h"
#include "query/questions/answer_writer.h"
#include "query/questions/career.h"
#include "query/questions/holders.h"
#include "query/questions/law.h"
#include "query/questions/tenure_overlay.h"

namespace kg::ui {
namespace {

std::optional<std::string> Param(const ApiParams& params, const std::string& name) {
  auto found = params.find(name);
  if (found == params.end()) return std::nullopt;
  return found->second;
}

absl::StatusOr<std::string> RequiredParam(const ApiParams& params, const std::string& name) {
  std::optional<std::string> value = Param(params, name);
  if (!value.has_value() || value->empty()) {
    return absl::InvalidArgumentError(absl::StrCat("give ?", name, "="));
  }
  return *value;
}

void NodeJson(std::ostream& out, const NodeRecord& node) {
  out << "{\"id\": \"" << node.id << "\", \"kind\": ";
  cypher::WriteJsonString(out, NodeKindName(node.kind));
  out << ", \"name\": ";
  cypher::WriteJsonString(out, node.name);
  out << "}";
}

void NodeListJson(std::ostream& out, const std::vector<NodeRecord>& nodes) {
  out << "[";
  for (size_t i = 0; i < nodes.size(); ++i) {
    if (i > 0) out << ", ";
    NodeJson(out, nodes[i]);
  }
  out << "]";
}

int HttpStatus(const absl::Status& status) {
  switch (status.code()) {
    case absl::StatusCode::kInvalidArgument:
    case absl::StatusCode::kOutOfRange:
      return 400;
    case absl::StatusCode::kNotFound:
      return 404;
    case absl::StatusCode::kFailedPrecondition:
      return 409;
    default:
      return 500;
  }
}

// The error as JSON; for an ambiguous name, the candidates too, looked up
// again with the same resolver (a name of `kind`).
ApiResponse Error(const Store& store, const absl::Status& status,
                  const std::optional<std::string>& name, std::optional<NodeKind> kind) {
  ApiResponse response;
  response.status = HttpStatus(status);
  std::ostringstream out;
  out << "{\"error\": ";
  cypher::WriteJsonString(out, std::string(status.message()));
  out << ", \"status\": " << response.status;
  if (response.status == 409 && name.has_value()) {
    absl::StatusOr<std::vector<NodeRecord>> candidates = FindNameCandidates(store, *name, kind);
    if (candidates.ok()) {
      out << ", \"candidates\": ";
      NodeListJson(out, *candidates);
    }
  }
  out << "}\n";
  response.body = out.str();
  return response;
}

absl::Status Holders(const Store& store, const ApiParams& params, std::ostream& out) {
  KG_ASSIGN_OR_RETURN(std::string office, RequiredParam(params, "office"));
  questions::HoldersOptions options;
  if (std::optional<std::string> at = Param(params, "at"); at.has_value() && !at->empty()) {
    options.at = Date::Parse(*at);
    if (!options.at.has_value()) {
      return absl::InvalidArgumentError(
          absl::StrCat("--at \"", *at, "\" is not a date: give YYYY, YYYY-MM or YYYY-MM-DD"));
    }
  }
  KG_ASSIGN_OR_RETURN(questions::HoldersAnswer answer,
                      questions::HoldersQuery(store, office, options));
  questions::WriteHolders(answer, cypher::ResultFormat::kJson, out);
  return absl::OkStatus();
}

absl::Status Career(const Store& store, const ApiParams& params, std::ostream& out) {
  KG_ASSIGN_OR_RETURN(std::string person, RequiredParam(params, "person"));
  KG_ASSIGN_OR_RETURN(questions::CareerAnswer answer, questions::CareerQuery(store, person));
  questions::WriteCareer(answer, cypher::ResultFormat::kJson, out);
  return absl::OkStatus();
}

absl::Status Law(const Store& store, const ApiParams& params, std::ostream& out) {
  KG_ASSIGN_OR_RETURN(std::string law, RequiredParam(params, "law"));
  KG_ASSIGN_OR_RETURN(questions::LawAnswer answer, questions::LawQuery(store, law));
  questions::WriteLaw(answer, cypher::ResultFormat::kJson, out);
  return absl::OkStatus();
}

absl::Status Around(const Store& store, const ApiParams& params, std::ostream& out) {
  KG_ASSIGN_OR_RETURN(std::string name, RequiredParam(params, "name"));
  AroundOptions options;
  if (std::optional<std::string> depth = Param(params, "depth"); depth.has_value()) {
    if (!absl::SimpleAtoi(*depth, &options.depth)) {
      return absl::InvalidArgumentError(absl::StrCat("depth \"", *depth, "\" is not a number"));
    }
  }
  KG_ASSIGN_OR_RETURN(Subgraph graph, SubgraphAround(store, name, options));
  KG_RETURN_IF_ERROR(questions::AddTenureConclusions(store, &graph));
  return WriteCytoscapeJson(graph, out);
}

absl::Status Query(const Store& store, const ApiParams& params, std::ostream& out) {
  KG_ASSIGN_OR_RETURN(std::string text, RequiredParam(params, "q"));
  KG_ASSIGN_OR_RETURN(cypher::PreparedQuery query,
                      cypher::PreparedQuery::Prepare(text, {}, cypher::ExecutionOptions{}));
  std::unique_ptr<cypher::ResultWriter> writer =
      cypher::MakeResultWriter(cypher::ResultFormat::kJson, out);
  writer->Begin(query.columns());
  size_t rows = 0;
  KG_RETURN_IF_ERROR(query.Stream(store, [&](const cypher::Row& row) {
    if (++rows > kMaxQueryRows) return false;
    writer->Add(row);
    return true;
  }));
  if (rows > kMaxQueryRows) {
    return absl::InvalidArgumentError(
        absl::StrCat("the query returns more than ", kMaxQueryRows, " rows: add a LIMIT"));
  }
  writer->End();
  return absl::OkStatus();
}

absl::Status Search(const Store& store, const ApiParams& params, std::ostream& out) {
  KG_ASSIGN_OR_RETURN(std::string q, RequiredParam(params, "q"));
  KG_ASSIGN_OR_RETURN(std::vector<NodeRecord> matches, FindNameCandidates(store, q, std::nullopt));
  out << "{\"q\": ";
  cypher::WriteJsonString(out, q);
  out << ", \"matches\": ";
  NodeListJson(out, matches);
  out << "}\n";
  return absl::OkStatus();
}

struct Endpoint {
  const char* name;
  absl::Status (*run)(const Store&, const ApiParams&, std::ostream&);
  const char* name_param;  // the parameter naming a node, for 409's candidates
  std::optional<NodeKind> kind;
};

}  // namespace

ApiResponse HandleApi(const Store& store, const std::string& endpoint, const ApiParams& params) {
  static const Endpoint kEndpoints[] = {
      {"holders", Holders, "office", NodeKind::kOffice},
      {"career", Career, "person", NodeKind::kPerson},
      {"law", Law, "law", NodeKind::kLaw},
      {"around", Around, "name", std::nullopt},
      {"query", Query, nullptr, std::nullopt},
      {"search", Search, "q", std::nullopt},
  };
  for (const Endpoint& e : kEndpoints) {
    if (endpoint != e.name) continue;
    std::ostringstream out;
    const absl::Status status = e.run(store, params, out);
    if (!status.ok()) {
      return Error(store, status,
                   e.name_param == nullptr ? std::nullopt : Param(params, e.name_param), e.kind);
    }
    return {200, out.str()};
  }
  return Error(store, absl::NotFoundError(absl::StrCat("no API endpoint /api/", endpoint)),
               std::nullopt, std::nullopt);
}

}  // namespace kg::ui
