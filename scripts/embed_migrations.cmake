# Writes a C++ source holding each migration file as a raw string, in version order.
# FILES is "|"-separated (a ";" would split the build command).
string(REPLACE "|" ";" FILES "${FILES}")
set(CONTENT "// Generated from the ${DIALECT} migrations of the platform and the modules; do not edit.\n#include \"storage/common/migration.h\"\n\nnamespace salesdesk::storage {\n\nconst std::vector<Migration>& ${DIALECT}_migrations() {\n  static const std::vector<Migration> kMigrations = {\n")
foreach(F ${FILES})
  get_filename_component(NAME ${F} NAME_WE)
  string(REGEX MATCH "^[0-9]+" VERSION ${NAME})
  # "0010" must become 10, not the octal literal 0010 (= 8); "0008" is no literal at all.
  string(REGEX REPLACE "^0+([0-9])" "\\1" VERSION "${VERSION}")
  file(READ ${F} SQL)
  string(APPEND CONTENT "      {${VERSION}, \"${NAME}\", R\"__sql__(${SQL})__sql__\"},\n")
endforeach()
string(APPEND CONTENT "  };\n  return kMigrations;\n}\n\n}  // namespace salesdesk::storage\n")
file(WRITE ${OUT} "${CONTENT}")
