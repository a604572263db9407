#!/usr/bin/env bash
# Rewrites the committed example report of the seed corpus. Tests/MizanTests/CommittedReportTests
# checks that the library regenerates it byte for byte; run this after a deliberate change.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product mizan
.build/release/mizan evaluate --confidence --report Reports/asean-2025-07 -q > /dev/null
echo "wrote Reports/asean-2025-07"
