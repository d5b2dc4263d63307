# Writes a C++ source holding each migration file as a raw string, in version order.
# FILES is "|"-separated (a ";" would split the build command).
string(REPLACE "|" ";" FILES "${FILES}")
set(CONTENT "// Generated from src/storage/migrations/${DIALECT}; do not edit.\n#include \"storage/common/migration.h\"\n\nnamespace salesdesk::storage {\n\nconst std::vector<Migration>& ${DIALECT}_migrations() {\n  static const std::vector<Migration> kMigrations = {\n")
foreach(F ${FILES})
  get_filename_component(NAME ${F} NAME_WE)
  string(REGEX MATCH "^[0-9]+" VERSION ${NAME})
  file(READ ${F} SQL)
  string(APPEND CONTENT "      {${VERSION}, \"${NAME}\", R\"__sql__(${SQL})__sql__\"},\n")
endforeach()
string(APPEND CONTENT "  };\n  return kMigrations;\n}\n\n}  // namespace salesdesk::storage\n")
file(WRITE ${OUT} "${CONTENT}")
