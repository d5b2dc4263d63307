#!/usr/bin/env bash
# clang-format check of the C++ files changed in the last commit (CI) or against main's merge
# base; the whole tree with --all. Installs clang-format when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null || scripts/install_deps.sh --test
if [[ "${1:-}" == "--all" ]]; then
  mapfile -t files < <(git ls-files '*.cpp' '*.h')
else
  base=$(git rev-parse HEAD~1 2>/dev/null || git hash-object -t tree /dev/null)
  mapfile -t files < <(git diff --name-only --diff-filter=ACMR "$base" -- '*.cpp' '*.h')
fi
((${#files[@]})) || { echo "format check: no C++ files changed"; exit 0; }
if ! clang-format --dry-run --Werror "${files[@]}" 2>/tmp/format-check.log; then
  echo "format check failed; run: clang-format -i <file>" >&2
  grep -E "^[^ ].*error:" /tmp/format-check.log | cut -d: -f1 | sort -u >&2
  exit 1
fi
echo "format check: ${#files[@]} files ok"
