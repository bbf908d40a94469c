/** TokenLedger's analytics engine: the workspace store, its schema, queries and analyses. */
module io.tokenledger.engine {
  requires transitive java.sql;
  requires duckdb.jdbc;
  requires com.fasterxml.jackson.databind;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires org.apache.commons.compress; // a faster deflate level for showback packs

  exports io.tokenledger.engine.workspace;
  exports io.tokenledger.engine.sources;
  exports io.tokenledger.engine.task;
  exports io.tokenledger.engine.sql;
  exports io.tokenledger.engine.focus;
  exports io.tokenledger.engine.focus.validation;
  exports io.tokenledger.engine.allocation;
  exports io.tokenledger.engine.explore;
  exports io.tokenledger.engine.money;
  exports io.tokenledger.engine.export;
  exports io.tokenledger.engine.reconcile;
  exports io.tokenledger.engine.models;
  exports io.tokenledger.engine.state;

  // Jackson reads and writes the analysis state's records by reflection.
  opens io.tokenledger.engine.state to
      com.fasterxml.jackson.databind;

  exports io.tokenledger.engine.showback;
  exports io.tokenledger.engine.pricing;
  exports io.tokenledger.engine.mapping;
  exports io.tokenledger.engine.tasks;
  exports io.tokenledger.engine.clients;
  exports io.tokenledger.engine.costmodel;
  exports io.tokenledger.engine.explain;
  exports io.tokenledger.engine.gpu;
  exports io.tokenledger.engine.scenarios;
}
