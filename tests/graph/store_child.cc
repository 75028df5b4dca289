// A separate process for the store durability tests (store_durability_test.cc)
// to kill, race and crash: a fresh exec, because a fork of the test process
// (which has RocksDB's threads running) may deadlock in the child.
//
//   kg_store_child create PATH          Store::Open(PATH); exit 0 or 1
//   kg_store_child hold PATH            open, write "y" (or "n") to stdout, exit
//                                       when stdin closes
//   kg_store_child report PATH FILE     open; write "ok" or the error to FILE
//   kg_store_child write PATH N         write N numbered articles, then _exit
//                                       without closing (the log is not flushed)
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "tests/graph/store_test_util.h"

int main(int argc, char** argv) {
  if (argc < 3) return 2;
  const std::string command = argv[1];
  const std::string path = argv[2];
  absl::StatusOr<std::unique_ptr<kg::Store>> store = kg::Store::Open(path);
  if (command == "create") return store.ok() ? 0 : 1;
  if (command == "hold") {
    const char said = store.ok() ? 'y' : 'n';
    if (write(STDOUT_FILENO, &said, 1) != 1) return 2;
    char byte;
    while (read(STDIN_FILENO, &byte, 1) > 0) {
    }
    return 0;
  }
  if (command == "report" && argc == 4) {
    std::ofstream(argv[3]) << (store.ok() ? std::string("ok")
                                          : std::string(store.status().message()));
    return 0;
  }
  if (command == "write" && argc == 4) {
    if (!store.ok()) return 1;
    for (int n = 1; n <= std::stoi(argv[3]); ++n) {
      if (!(*store)->WriteArticle(kg::testing::NumberedArticle(n)).ok()) return 1;
    }
    std::fflush(nullptr);
    _exit(0);
  }
  return 2;
}
