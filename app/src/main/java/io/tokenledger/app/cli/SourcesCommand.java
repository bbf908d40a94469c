package io.tokenledger.app.cli;

import io.tokenledger.engine.sources.ImportLogQueries;
import io.tokenledger.engine.sources.ImportRecord;
import io.tokenledger.engine.workspace.Workspace;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tokenledger sources}: prints the import log of a workspace. */
@Command(
    name = "sources",
    description = "List the files imported into a workspace (the import log).")
final class SourcesCommand implements Callable<Integer> {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'");

  @ParentCommand TokenLedgerCommand root;
  @Spec CommandSpec spec;
  @Mixin WorkspaceOption workspace;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table or csv (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override
  public Integer call() throws SQLException {
    List<ImportRecord> records;
    try (Workspace ws = root.openReadOnly(workspace.file);
        Connection connection = ws.newConnection()) {
      records = new ImportLogQueries(connection).list();
    }
    PrintWriter out = spec.commandLine().getOut();
    TextTable table =
        new TextTable(
            "id", "file", "format", "version", "rows", "rejected", "imported_at", "sha256");
    for (ImportRecord r : records) {
      table.row(
          Integer.toString(r.importId()),
          r.fileName(),
          r.format(),
          r.formatVersion() == null ? "" : r.formatVersion(),
          Long.toString(r.rowsImported()),
          Long.toString(r.rowsRejected()),
          TIME.format(r.importedAt().withOffsetSameInstant(java.time.ZoneOffset.UTC)),
          format == OutputFormat.csv ? r.contentSha256() : r.contentSha256().substring(0, 12));
    }
    format.print(out, table);
    if (format == OutputFormat.table) {
      out.println(records.size() + " source(s)");
    }
    out.flush();
    return 0;
  }
}
