#!/usr/bin/env sh
# FOCUS import benchmark (docs/benchmarks.md): TokenLedger's import of a generated FOCUS 1.2 CSV
# against DuckDB's own CREATE TABLE AS SELECT * FROM read_csv(...) of the same file.
#   bench/focus-import.sh [ROWS] [RUNS] [DIR]     defaults: 5000000 3 importers/target/bench
# The CSV is generated once per row count (seed 42) and reused by later runs.
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
cp_file="$here/importers/target/bench.classpath"
mvn -B -o -q -pl importers -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test -Dspotless.check.skip=true >&2
exec java ${BENCH_JAVA_OPTS:--Xmx4g} \
  -cp "$here/importers/target/test-classes:$here/importers/target/classes:$(cat "$cp_file")" \
  io.tokenledger.importers.focus.FocusImportBenchmark "${1:-5000000}" "${2:-3}" "${3:-$here/importers/target/bench}"
