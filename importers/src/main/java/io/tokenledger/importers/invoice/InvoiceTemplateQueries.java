package io.tokenledger.importers.invoice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenledger.engine.sql.SqlFile;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of the invoice template table (migration V004), over one connection. */
final class InvoiceTemplateQueries {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Connection connection;

  InvoiceTemplateQueries(Connection connection) {
    this.connection = connection;
  }

  List<InvoiceTemplate> list() throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql("list"))) {
      return read(query);
    }
  }

  Optional<InvoiceTemplate> find(String name) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql("find"))) {
      query.setString(1, name);
      return read(query).stream().findFirst();
    }
  }

  void save(InvoiceTemplate template) throws SQLException {
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

  boolean delete(String name) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement(sql("delete"))) {
      delete.setString(1, name);
      return delete.executeUpdate() > 0;
    }
  }

  private static List<InvoiceTemplate> read(PreparedStatement query) throws SQLException {
    List<InvoiceTemplate> templates = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        try {
          templates.add(
              new InvoiceTemplate(
                  rows.getString(1),
                  JSON.readValue(rows.getString(2), new TypeReference<List<String>>() {}),
                  JSON.readValue(rows.getString(3), InvoiceMapping.class),
                  rows.getObject(4, OffsetDateTime.class)));
        } catch (JsonProcessingException e) {
          throw new SQLException("invoice template " + rows.getString(1) + " is unreadable", e);
        }
      }
    }
    return templates;
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value + " as JSON", e);
    }
  }

  private static String sql(String name) {
    return SqlFile.load(InvoiceTemplateQueries.class, name);
  }
}
