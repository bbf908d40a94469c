/** TokenLedger's importers: one per source format, format sniffing, the import framework. */
// Open so that the engine's SqlFile can read the importers' .sql resources; exports still decide
// what other modules may compile against.
open module io.tokenledger.importers {
  requires transitive io.tokenledger.engine;
  requires duckdb.jdbc;
  requires com.fasterxml.jackson.databind;
  requires org.apache.poi.ooxml;

  exports io.tokenledger.importers;
  exports io.tokenledger.importers.invoice;
  exports io.tokenledger.importers.focus;
  exports io.tokenledger.importers.revenue;
  exports io.tokenledger.importers.sheet;
}
