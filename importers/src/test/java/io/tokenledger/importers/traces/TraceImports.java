package io.tokenledger.importers.traces;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.importers.DefaultImportService;
import io.tokenledger.importers.ImportOptions;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImporterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * An in-memory workspace for trace importer tests: imports a file through the real import service
 * and answers small SQL questions about what landed.
 */
public final class TraceImports implements AutoCloseable {

  public static final ObjectMapper JSON = new ObjectMapper();

  private final Workspace workspace = new DuckDbWorkspaceStore("test").inMemory();
  private final DefaultImportService service = new DefaultImportService(ImporterRegistry.builtIn());

  public Workspace workspace() {
    return workspace;
  }

  public ImportReport importFile(Path file) {
    return importFile(file, ImportOptions.defaults());
  }

  public ImportReport importFile(Path file, ImportOptions options) {
    return service.importFile(workspace, file, options, ProgressListener.NONE, Cancellation.none());
  }

  /** The first column of the first row, as text (null for SQL NULL). */
  public String value(String sql, Object... parameters) {
    List<String> rows = column(sql, parameters);
    return rows.isEmpty() ? null : rows.get(0);
  }

  public long number(String sql, Object... parameters) {
    String text = value(sql, parameters);
    return text == null ? 0 : Long.parseLong(text);
  }

  public BigDecimal decimal(String sql, Object... parameters) {
    String text = value(sql, parameters);
    return text == null ? null : new BigDecimal(text);
  }

  /** The first column of every row, as text. */
  public List<String> column(String sql, Object... parameters) {
    try (Connection c = workspace.newConnection();
        PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      List<String> values = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  public static JsonNode readJson(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies a test resource of {@code owner}'s package to {@code dir} and returns the copy. */
  public static Path resource(Class<?> owner, String name, Path dir) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      Files.createDirectories(dir);
      Path file = dir.resolve(name);
      Files.copy(in, file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    workspace.close();
  }
}
