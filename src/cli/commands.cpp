#include "cli/commands.h"

#include <CLI/CLI.hpp>

#include "cli/admin_commands.h"
#include "cli/serve_command.h"

namespace salesdesk::cli {

int Main(int argc, char** argv) {
  CLI::App app{"Salesdesk - the sales department's operating system"};
  app.require_subcommand(1);
  AddServeCommand(app);
  AddAdminCommands(app);
  AddDemoCommand(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  return 0;
}

}  // namespace salesdesk::cli
