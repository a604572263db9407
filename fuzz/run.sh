#!/bin/sh
# Builds one libFuzzer binary for TARGET (fuzz/targets/TARGET.swift) with the library modules
# compiled in, and runs it for SECONDS (default 120) on fuzz/corpus/TARGET.
#
#   fuzz/run.sh textfile 300        # one target, five minutes
#   fuzz/run.sh all 180             # every target in turn, three minutes each
#   fuzz/run.sh textfile 0 CRASH    # replay one input (a crash file) against the target
#
# Not part of CI: libFuzzer runs are CPU-heavy. Runs one process (-jobs=1 equivalent).
# Crashes land in fuzz/crashes/TARGET/; turn each into a regression test in Tests/.
set -eu
cd "$(dirname "$0")/.."
TARGET=${1:?usage: fuzz/run.sh TARGET|all [SECONDS] [INPUT]}
SECONDS_TO_RUN=${2:-120}
BUILD=fuzz/.build
SWIFTC=${SWIFTC:-swiftc}
mkdir -p "$BUILD"

if [ "$TARGET" = all ]; then
  for file in ${FUZZ_TARGETS:-fuzz/targets/*.swift}; do
    name=$(basename "$file" .swift)
    "$0" "$name" "$SECONDS_TO_RUN" || echo "fuzz: $name stopped (a crash? see fuzz/crashes/$name)" >&2
  done
  exit 0
fi

# The library modules in dependency order, each compiled once with fuzzer coverage
# (rebuilt when any of its sources is newer than its object).
build_module() {
  module=$1
  object="$BUILD/$module.o"
  if [ -f "$object" ] && [ -z "$(find "Sources/$module" -name '*.swift' -newer "$object")" ]; then return; fi
  echo "fuzz: compiling $module" >&2
  # shellcheck disable=SC2046
  "$SWIFTC" -sanitize=fuzzer -parse-as-library -O -wmo -enable-testing -c \
    -module-name "$module" -I "$BUILD" \
    -emit-module -emit-module-path "$BUILD/$module.swiftmodule" \
    $(find "Sources/$module" -name '*.swift' | sort) -o "$object"
}
for module in MizanText MizanMetrics MizanAlign MizanQuality Mizan MizanReport; do build_module "$module"; done

binary="$BUILD/fuzz-$TARGET"
source="fuzz/targets/$TARGET.swift"
[ -f "$source" ] || { echo "fuzz: no target $source" >&2; exit 2; }
if [ ! -f "$binary" ] || [ -n "$(find "$source" "$BUILD" -name '*.o' -newer "$binary" -o -name "$TARGET.swift" -newer "$binary")" ]; then
  echo "fuzz: linking $binary" >&2
  "$SWIFTC" -sanitize=fuzzer -parse-as-library -O -I "$BUILD" "$source" "$BUILD"/*.o -o "$binary"
fi

corpus="fuzz/corpus/$TARGET"
crashes="fuzz/crashes/$TARGET"
mkdir -p "$corpus" "$crashes"
# Swift's backtracer would catch the trap first; libFuzzer must see it to save the input.
export SWIFT_BACKTRACE=enable=no
if [ $# -ge 3 ]; then exec "$binary" "$3"; fi
# New corpus entries go to a scratch folder, so the committed seeds stay small and reviewed.
scratch="$BUILD/corpus-$TARGET"
mkdir -p "$scratch"
exec "$binary" "$scratch" "$corpus" -max_total_time="$SECONDS_TO_RUN" -max_len=8192 -timeout=20 \
  -rss_limit_mb=4096 -artifact_prefix="$crashes/" -print_final_stats=1
