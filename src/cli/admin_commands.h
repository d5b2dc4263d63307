#pragma once

#include <CLI/CLI.hpp>

namespace salesdesk::cli {
// migrate, user add, user set-password, token create, backup.
void AddAdminCommands(CLI::App& app);
// demo: generates the demo company.
void AddDemoCommand(CLI::App& app);
}  // namespace salesdesk::cli
