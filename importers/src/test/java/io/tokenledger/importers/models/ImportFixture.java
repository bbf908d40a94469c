package io.tokenledger.importers.models;

import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.importers.DefaultImportService;
import io.tokenledger.importers.ImportOptions;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImporterRegistry;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** An in-memory workspace that tests import into and query, closed after each test. */
public final class ImportFixture implements AutoCloseable {

  private final Workspace workspace = new DuckDbWorkspaceStore("test").inMemory();

  public Workspace workspace() {
    return workspace;
  }

  public ImportReport importFile(Path file) {
    return importFile(file, ImportOptions.defaults());
  }

  public ImportReport importFile(Path file, ImportOptions options) {
    return new DefaultImportService(ImporterRegistry.builtIn())
        .importFile(workspace, file, options, ProgressListener.NONE, Cancellation.none());
  }

  /** A test resource beside {@code owner}'s package, as a path. */
  public static Path resource(Class<?> owner, String name) {
    try {
      var url = owner.getResource(name);
      if (url == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The single value of a query, as text; null stays null. */
  public String text(String sql, Object... params) {
    List<List<String>> rows = rows(sql, params);
    return rows.isEmpty() ? null : rows.get(0).get(0);
  }

  public BigDecimal decimal(String sql, Object... params) {
    String value = text(sql, params);
    return value == null ? null : new BigDecimal(value);
  }

  public long count(String sql, Object... params) {
    return Long.parseLong(text(sql, params));
  }

  public List<List<String>> rows(String sql, Object... params) {
    try (Connection connection = workspace.newConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        statement.setObject(i + 1, params[i]);
      }
      List<List<String>> rows = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
          List<String> row = new ArrayList<>();
          for (int c = 1; c <= columns; c++) {
            row.add(result.getString(c));
          }
          rows.add(row);
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    workspace.close();
  }
}
