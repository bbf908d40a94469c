package io.tokenledger.engine.sources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenledger.engine.sql.SqlFile;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads and writes the import log on one connection. */
public final class ImportLogQueries {

  /** Tables whose rows carry an {@code import_id}; removing an import removes its rows here. */
  private static final List<String> IMPORTED_TABLES =
      List.of(
          "cost_lines",
          "usage_events",
          "trace_spans",
          "revenue",
          "import_rejects",
          "gpu_samples",
          "gpu_inventory");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {};

  private final Connection connection;

  public ImportLogQueries(Connection connection) {
    this.connection = connection;
  }

  public List<ImportRecord> list() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(SqlFile.load(getClass(), "list"))) {
      List<ImportRecord> records = new ArrayList<>();
      while (rows.next()) {
        records.add(read(rows));
      }
      return records;
    }
  }

  /** Whether an import in the log read a source of {@code fileSize} bytes (0 for a folder). */
  public boolean hasSourceOfSize(long fileSize) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(SqlFile.load(getClass(), "has_source_of_size"))) {
      statement.setLong(1, fileSize);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getBoolean(1);
      }
    }
  }

  public Optional<ImportRecord> findByHash(String contentSha256) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(SqlFile.load(getClass(), "find_by_hash"))) {
      statement.setString(1, contentSha256);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? Optional.of(read(rows)) : Optional.empty();
      }
    }
  }

  /** The rows an import skipped, in line order, at most {@code limit} of them. */
  public List<LoggedReject> rejects(int importId, int limit) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(SqlFile.load(getClass(), "rejects"))) {
      statement.setInt(1, importId);
      statement.setInt(2, limit);
      List<LoggedReject> rejects = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          rejects.add(new LoggedReject(rows.getLong(1), rows.getString(2), rows.getString(3)));
        }
      }
      return rejects;
    }
  }

  public int nextImportId() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(SqlFile.load(getClass(), "next_import_id"))) {
      rows.next();
      return rows.getInt(1);
    }
  }

  public void insert(ImportRecord record, SourceKind kind) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(SqlFile.load(getClass(), "insert"))) {
      statement.setInt(1, record.importId());
      statement.setString(2, record.fileName());
      statement.setString(3, record.filePath());
      statement.setLong(4, record.fileSize());
      statement.setString(5, record.contentSha256());
      statement.setString(6, record.format());
      statement.setString(7, record.formatVersion());
      statement.setObject(8, record.importedAt());
      statement.setLong(9, record.rowsImported());
      statement.setLong(10, record.rowsRejected());
      statement.setString(11, record.targetTable());
      statement.setString(12, toJson(record.warnings()));
      statement.setString(13, kind.sqlName());
      statement.executeUpdate();
    }
  }

  /** Removes an import and every row it brought in. */
  public void delete(int importId) throws SQLException {
    for (String table : IMPORTED_TABLES) {
      try (PreparedStatement statement =
          connection.prepareStatement("DELETE FROM " + table + " WHERE import_id = ?")) {
        statement.setInt(1, importId);
        statement.executeUpdate();
      }
    }
    try (PreparedStatement statement =
        connection.prepareStatement("DELETE FROM import_log WHERE import_id = ?")) {
      statement.setInt(1, importId);
      statement.executeUpdate();
    }
  }

  public SourceSummary summary() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(SqlFile.load(getClass(), "summary"))) {
      rows.next();
      return new SourceSummary(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4));
    }
  }

  private static ImportRecord read(ResultSet rows) throws SQLException {
    return new ImportRecord(
        rows.getInt("import_id"),
        rows.getString("file_name"),
        rows.getString("file_path"),
        rows.getLong("file_size"),
        rows.getString("content_sha256"),
        rows.getString("format"),
        rows.getString("format_version"),
        rows.getObject("imported_at", OffsetDateTime.class),
        rows.getLong("rows_imported"),
        rows.getLong("rows_rejected"),
        rows.getString("target_table"),
        fromJson(rows.getString("warnings")));
  }

  private static String toJson(List<String> warnings) {
    try {
      return JSON.writeValueAsString(warnings);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> fromJson(String json) {
    if (json == null) {
      return List.of();
    }
    try {
      return JSON.readValue(json, STRING_LIST);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Malformed warnings in the import log: " + json, e);
    }
  }
}
