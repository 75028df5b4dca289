// export_fixture: makes the inputs of check_exports.py.
//
//   export_fixture sample DIR   writes the hand-built sample (sample_graph.h)
//                               as DIR/sample.{gexf,graphml,dot,cyjs,html}
//   export_fixture store DB     writes the sample's articles into a new store
//                               at DB, for `kg --db DB export ...`
//
// `sample` checks the writers alone; `store` the whole path through a real
// store and the CLI.
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "query/export/cyjs_writer.h"
#include "query/export/dot_writer.h"
#include "query/export/gexf_writer.h"
#include "query/export/graphml_writer.h"
#include "query/export/html_writer.h"
#include "tests/query/export/sample_graph.h"

namespace {

using Writer = std::function<absl::Status(const kg::Subgraph&, std::ostream&)>;

int WriteSample(const std::string& dir) {
  const kg::Subgraph graph = kg::testing::SampleSubgraph();
  const std::vector<std::pair<std::string, Writer>> formats = {{"gexf", kg::WriteGexf},
                                                               {"graphml", kg::WriteGraphMl},
                                                               {"dot", kg::WriteDot},
                                                               {"cyjs", kg::WriteCytoscapeJson},
                                                               {"html", kg::WriteHtml}};
  for (const auto& [extension, write] : formats) {
    const std::string path = dir + "/sample." + extension;
    std::ofstream out(path, std::ios::binary);
    const absl::Status status = write(graph, out);
    out.close();
    if (!status.ok() || !out) {
      std::cerr << "export_fixture: writing " << path << " failed: " << status << "\n";
      return 1;
    }
  }
  return 0;
}

int WriteStore(const std::string& path) {
  const absl::StatusOr<std::unique_ptr<kg::Store>> store = kg::testing::WriteSampleStore(path);
  if (!store.ok()) {
    std::cerr << "export_fixture: " << store.status() << "\n";
    return 1;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 3 && std::string(argv[1]) == "sample") return WriteSample(argv[2]);
  if (argc == 3 && std::string(argv[1]) == "store") return WriteStore(argv[2]);
  std::cerr << "usage: export_fixture sample DIR | store DB\n";
  return 2;
}
