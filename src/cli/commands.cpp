#include "cli/commands.h"

#include <CLI/CLI.hpp>

namespace salesdesk::cli {

int Main(int argc, char** argv) {
  CLI::App app{"Salesdesk — the sales department's operating system"};
  app.require_subcommand(1);
  CLI11_PARSE(app, argc, argv);
  return 0;
}

}  // namespace salesdesk::cli
