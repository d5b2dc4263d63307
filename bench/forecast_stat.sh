#!/usr/bin/env bash
# W9 (QUALITY.md): the statistical forecast for every rep and for 5,000 products over 36 months of
# a synthetic 10M-line history, as ratios to a columnar scan of the same lines in the same run
# (bench/forecast_stat_bench.cpp). Goal: all reps ≤ 5× the columnar scan; 5,000 products ≤ 1 s.
#   bench/forecast_stat.sh               (builds the release target; RUNS=5 LINES=10000000)
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset release >/dev/null
cmake --build --preset release --target forecast_stat_bench -j "${JOBS:-2}" >/dev/null
build/release/bench/forecast_stat_bench --lines "${LINES:-10000000}" --reps "${REPS:-200}" \
  --products "${PRODUCTS:-5000}" --months "${MONTHS:-36}" --runs "${RUNS:-5}"
