package io.tokenledger.importers.models;

import io.tokenledger.engine.models.ModelResolver;
import io.tokenledger.engine.models.ResolvedModel;
import io.tokenledger.importers.ImportContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills the canonical {@code model} of the rows one import wrote, from their {@code model_raw},
 * with the engine's {@link ModelResolver} and the workspace's own aliases ({@code model_aliases},
 * source {@code user}). Only the distinct names go through Java; the rows are updated in one
 * statement. A name that does not resolve keeps {@code model} NULL (unpriced) and is named in a
 * warning; the row is never dropped.
 */
public final class ModelTagger {

  /**
   * The {@code model_raw} of rows that total every model because the source was not grouped by
   * model: there is no name to resolve, and the warning says so.
   */
  public static final String ALL_MODELS = "(all models)";

  private static final String MAP_TABLE = "tl_model_map";
  private static final int NAMES_IN_WARNING = 20;

  private ModelTagger() {}

  /** Resolves the models of every row of the context's import in {@code table}. */
  public static void tag(ImportContext context, LedgerTable table) throws SQLException {
    Connection connection = context.connection();
    ModelResolver resolver = ModelResolver.builtIn().withUserAliases(userAliases(connection));
    Map<String, Long> names = distinctNames(context, table);
    List<String> unresolved = new ArrayList<>();
    long unresolvedRows = 0;
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE OR REPLACE TEMP TABLE " + MAP_TABLE + " (model_raw VARCHAR, model VARCHAR)");
    }
    try {
      try (PreparedStatement insert =
          connection.prepareStatement("INSERT INTO " + MAP_TABLE + " VALUES (?, ?)")) {
        for (Map.Entry<String, Long> name : names.entrySet()) {
          if (ALL_MODELS.equals(name.getKey())) {
            context.warn(
                name.getValue()
                    + " row(s) total all models (the export was not grouped by model):"
                    + " their model is unknown");
            continue;
          }
          ResolvedModel resolved = resolver.resolve(name.getKey());
          if (resolved.resolved()) {
            insert.setString(1, name.getKey());
            insert.setString(2, resolved.model());
            insert.addBatch();
          } else {
            unresolved.add("'" + name.getKey() + "' (" + name.getValue() + " rows)");
            unresolvedRows += name.getValue();
          }
        }
        insert.executeBatch();
      }
      try (PreparedStatement update =
          connection.prepareStatement(
              "UPDATE "
                  + table.tableName()
                  + " t SET model = m.model FROM "
                  + MAP_TABLE
                  + " m WHERE t.import_id = ? AND t.model_raw = m.model_raw")) {
        update.setInt(1, context.importId());
        update.executeUpdate();
      }
    } finally {
      StagedImporter.dropQuietly(connection, MAP_TABLE);
    }
    if (!unresolved.isEmpty()) {
      List<String> shown = unresolved.subList(0, Math.min(NAMES_IN_WARNING, unresolved.size()));
      context.warn(
          unresolvedRows
              + " row(s) have a model TokenLedger does not recognise; they are kept as unpriced: "
              + String.join(", ", shown)
              + (unresolved.size() > shown.size()
                  ? " and " + (unresolved.size() - shown.size()) + " more"
                  : "")
              + ". Add an alias to resolve them.");
    }
  }

  private static Map<String, Long> distinctNames(ImportContext context, LedgerTable table)
      throws SQLException {
    Map<String, Long> names = new java.util.LinkedHashMap<>();
    try (PreparedStatement query =
        context
            .connection()
            .prepareStatement(
                "SELECT model_raw, count(*) FROM "
                    + table.tableName()
                    + " WHERE import_id = ? AND nullif(trim(model_raw), '') IS NOT NULL"
                    + " GROUP BY model_raw ORDER BY model_raw")) {
      query.setInt(1, context.importId());
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          names.put(rows.getString(1), rows.getLong(2));
        }
      }
    }
    return names;
  }

  private static Map<String, String> userAliases(Connection connection) throws SQLException {
    Map<String, String> aliases = new HashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT alias, model FROM model_aliases WHERE source = 'user'")) {
      while (rows.next()) {
        aliases.put(rows.getString(1), rows.getString(2));
      }
    }
    return aliases;
  }
}
