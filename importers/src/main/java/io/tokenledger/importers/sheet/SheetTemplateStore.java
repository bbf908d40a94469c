package io.tokenledger.importers.sheet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenledger.engine.sql.SqlFile;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.importers.ImportException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The templates of one kind in a workspace ({@code invoice_templates}, {@code revenue_templates}):
 * list, find by name or by a sheet's header signature, save, delete. The SQL is shared by every
 * kind; only the table name, a constant of the {@link TemplateKind}, differs.
 */
public final class SheetTemplateStore<T extends SheetTemplate<M>, M> {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TemplateKind<T, M> kind;

  public SheetTemplateStore(TemplateKind<T, M> kind) {
    this.kind = kind;
  }

  public List<T> list(Workspace workspace) {
    return with(workspace, connection -> list(connection));
  }

  public Optional<T> find(Workspace workspace, String name) {
    return with(workspace, connection -> find(connection, name));
  }

  public Optional<T> findBySignature(Workspace workspace, String signature) {
    return with(workspace, connection -> findBySignature(connection, signature));
  }

  /** Saves (or replaces) the template and returns it as stored. */
  public T save(Workspace workspace, T template) {
    return with(
        workspace,
        connection -> {
          save(connection, template);
          return find(connection, template.name()).orElseThrow();
        });
  }

  public boolean delete(Workspace workspace, String name) {
    return with(workspace, connection -> delete(connection, name));
  }

  public List<T> list(Connection connection) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql("list"))) {
      return read(query);
    }
  }

  public Optional<T> find(Connection connection, String name) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql("find"))) {
      query.setString(1, name);
      return read(query).stream().findFirst();
    }
  }

  /** The template named {@code name}; none is an ImportException for the user. */
  public T named(Connection connection, String name) throws SQLException {
    return find(connection, name)
        .orElseThrow(() -> new ImportException("No " + kind.label() + " named '" + name + "'"));
  }

  /** The template for a sheet shape; when two were saved for one shape, the latest. */
  public Optional<T> findBySignature(Connection connection, String signature) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql("find_by_signature"))) {
      query.setString(1, signature);
      return read(query).stream().findFirst();
    }
  }

  public void save(Connection connection, T template) throws SQLException {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    try (PreparedStatement upsert = connection.prepareStatement(sql("upsert"))) {
      upsert.setString(1, template.name());
      upsert.setString(2, template.headerSignature());
      upsert.setString(3, json(template.header()));
      upsert.setString(4, json(template.mapping()));
      upsert.setObject(5, now);
      upsert.setObject(6, now);
      upsert.executeUpdate();
    }
  }

  public boolean delete(Connection connection, String name) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement(sql("delete"))) {
      delete.setString(1, name);
      return delete.executeUpdate() > 0;
    }
  }

  private List<T> read(PreparedStatement query) throws SQLException {
    List<T> templates = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        try {
          templates.add(
              kind.factory()
                  .create(
                      rows.getString(1),
                      JSON.readValue(rows.getString(2), new TypeReference<List<String>>() {}),
                      JSON.readValue(rows.getString(3), kind.mappingType()),
                      rows.getObject(4, OffsetDateTime.class)));
        } catch (JsonProcessingException e) {
          throw new SQLException(kind.label() + " " + rows.getString(1) + " is unreadable", e);
        }
      }
    }
    return templates;
  }

  private interface Work<R> {
    R run(Connection connection) throws SQLException;
  }

  private <R> R with(Workspace workspace, Work<R> work) {
    try (Connection connection = workspace.newConnection()) {
      return work.run(connection);
    } catch (SQLException | UncheckedIOException e) {
      throw new ImportException(capitalised(kind.label()) + "s: " + e.getMessage(), e);
    }
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value + " as JSON", e);
    }
  }

  private String sql(String name) {
    return SqlFile.load(SheetTemplateStore.class, name).replace("{table}", kind.table());
  }
}
