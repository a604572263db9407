#!/bin/sh
# Builds MizanText, MizanAlign and bench/AlignBench with -O (outside SwiftPM, so no benchmark
# target is added to Package.swift) and times a 10,000 × 10,000 alignment.
# Usage: bench/align.sh [LINES]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${TMPDIR:-/tmp}/mizan-align-bench
mkdir -p "$build"
swiftc -O -wmo -parse-as-library -module-name MizanText -emit-module -emit-module-path "$build/MizanText.swiftmodule" \
  -emit-object -o "$build/MizanText.o" $(find "$root/Sources/MizanText" -name '*.swift')
swiftc -O -wmo -parse-as-library -module-name MizanAlign -I "$build" -emit-module -emit-module-path "$build/MizanAlign.swiftmodule" \
  -emit-object -o "$build/MizanAlign.o" $(find "$root/Sources/MizanAlign" -name '*.swift')
swiftc -O -I "$build" "$root/bench/AlignBench/main.swift" "$build/MizanText.o" "$build/MizanAlign.o" -o "$build/align-bench"
"$build/align-bench" "$root/Corpora/asean-2025-07" "${1:-10000}"
