#!/usr/bin/env sh
# Splits the FOCUS import's cost against DuckDB's raw CTAS (docs/benchmarks.md).
#   bench/focus-floor/focus-floor.sh CSV [ROUNDS]
# CSV: a file bench/focus-import.sh generated (e.g. importers/target/bench/focus-500000.csv).
# The statement files here are snapshots for that generator's 59 columns.
# DUCKDB_VERSION=2.0.0.1 runs it on another DuckDB JDBC jar from the local Maven repository.
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
csv=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
head -2 "$csv" > "$work/one-row.csv"
# A workspace whose cost_lines holds one row (FocusFloor makes an emptied copy).
"$root/tokenledger" import -w "$work/one.tlw" "$work/one-row.csv" > /dev/null
duckdb_jar=$(ls "$HOME"/.m2/repository/org/duckdb/duckdb_jdbc/*/duckdb_jdbc-*.jar | grep "/${DUCKDB_VERSION:-$(sed -n 's:.*<duckdb.version>\(.*\)</duckdb.version>.*:\1:p' "$root/pom.xml")}/")
java -Xmx4g -cp "$duckdb_jar" "$here/FocusFloor.java" "$work" "$csv" "${2:-5}" "$here" \
  "$root/importers/src/main/resources/io/tokenledger/importers/focus/FocusImporter/macros.sql"
