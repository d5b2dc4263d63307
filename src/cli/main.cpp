#include "cli/commands.h"

int main(int argc, char** argv) { return salesdesk::cli::Main(argc, argv); }
