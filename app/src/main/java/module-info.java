/** TokenLedger's desktop app and command line: the composition root. */
open module io.tokenledger.app {
  requires io.tokenledger.engine;
  requires io.tokenledger.importers;
  requires io.tokenledger.sampledata;
  requires info.picocli;
  requires javafx.controls;
  requires org.controlsfx.controls;
  requires atlantafx.base;
  requires org.kordamp.ikonli.core;
  requires org.kordamp.ikonli.javafx;
  requires org.kordamp.ikonli.material2;
  requires duckdb.jdbc;
  requires com.fasterxml.jackson.databind;
  requires java.desktop; // ImageIO writes the --screenshot PNG

  exports io.tokenledger.app;
}
