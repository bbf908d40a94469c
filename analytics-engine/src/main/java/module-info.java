/** TokenLedger's analytics engine: the workspace store, its schema, queries and analyses. */
module io.tokenledger.engine {
  requires transitive java.sql;
  requires duckdb.jdbc;
  requires com.fasterxml.jackson.databind;

  exports io.tokenledger.engine.workspace;
  exports io.tokenledger.engine.sources;
  exports io.tokenledger.engine.task;
  exports io.tokenledger.engine.sql;
  exports io.tokenledger.engine.pricing;
  exports io.tokenledger.engine.mapping;
  exports io.tokenledger.engine.tasks;
}
