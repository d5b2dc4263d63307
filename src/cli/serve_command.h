#pragma once

#include <CLI/CLI.hpp>

namespace salesdesk::cli {
void AddServeCommand(CLI::App& app);
}  // namespace salesdesk::cli
