#pragma once

namespace salesdesk::cli {
// Parses the command line and runs one command; returns the process exit code.
int Main(int argc, char** argv);
}  // namespace salesdesk::cli
