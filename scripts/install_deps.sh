#!/usr/bin/env bash
# Installs the Debian packages Salesdesk needs to build, run and test. Idempotent and quick
# when nothing is missing (dpkg-query first; apt-get only for what is absent).
set -euo pipefail

BUILD_PKGS=(build-essential cmake ninja-build pkg-config git
  libboost1.81-dev libboost-json1.81-dev libsqlite3-dev libpq-dev libsodium-dev
  libspdlog-dev libfmt-dev libcli11-dev libhowardhinnant-date-dev
  libcairo2-dev libpango1.0-dev fonts-dejavu-core fonts-wqy-microhei zlib1g-dev
  libxlsxwriter-dev libminizip-dev libexpat1-dev libcurl4-openssl-dev)
TEST_PKGS=(googletest libgtest-dev libgmock-dev libbenchmark-dev postgresql-15 postgresql-client-15
  clang-format poppler-utils python3-aiosmtpd)

want=("${BUILD_PKGS[@]}")
if [[ "${1:-}" == "--test" ]]; then want+=("${TEST_PKGS[@]}"); fi

missing=()
for p in "${want[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

# The web app needs Node (18 or newer) and npm. Checked by command, since Node may come from
# elsewhere than Debian's packages.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
# Browser tests drive Debian's Chromium.
if [[ "${1:-}" == "--test" ]] && ! command -v chromium >/dev/null 2>&1; then missing+=(chromium); fi

if ((${#missing[@]})); then
  echo "Installing missing packages: ${missing[*]}"
  if [[ $(id -u) -ne 0 ]]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
