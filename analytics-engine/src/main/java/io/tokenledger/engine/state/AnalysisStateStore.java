package io.tokenledger.engine.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tokenledger.engine.sql.SqlFile;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.engine.workspace.WorkspaceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Keeps the {@link AnalysisState} of a workspace as a JSON document in its {@code analysis_state}
 * table (row {@code current}), with the format version beside it. An older document is migrated
 * step by step when read ({@link #MIGRATIONS}: the one from version {@code n} turns it into version
 * {@code n + 1}); a newer one is refused with a message saying to update TokenLedger, so it is
 * never overwritten by a version that does not understand it.
 *
 * <p>Version history: 1 was the first layout (a currency, one month, one flat Explore view and its
 * named copies); 2 is the current one (a period with comparison, the view of each page, saved
 * views, scenarios, budgets, showback settings).
 */
public final class AnalysisStateStore {

  /** The format version this TokenLedger writes. */
  public static final int VERSION = 2;

  /** The row of the workspace's own state. */
  public static final String CURRENT = "current";

  /** Migration {@code i} turns a version {@code i + 1} document into version {@code i + 2}. */
  private static final List<UnaryOperator<ObjectNode>> MIGRATIONS =
      List.of(AnalysisStateStore::version1To2);

  /** The state of {@code workspace}, or the default state when none was saved yet. */
  public AnalysisState load(Workspace workspace) {
    try (Connection connection = workspace.newConnection()) {
      return load(connection, "The analysis in " + workspace.displayName());
    } catch (SQLException e) {
      throw new WorkspaceException(
          "Cannot read the analysis of " + workspace.displayName() + ": " + e.getMessage(), e);
    }
  }

  /** Writes {@code state} as the workspace's current state, in the current format. */
  public void save(Workspace workspace, AnalysisState state) {
    try (Connection connection = workspace.newConnection()) {
      save(connection, state);
    } catch (SQLException e) {
      throw new WorkspaceException(
          "Cannot write the analysis of " + workspace.displayName() + ": " + e.getMessage(), e);
    }
  }

  AnalysisState load(Connection connection, String what) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(SqlFile.load(AnalysisStateStore.class, "load"))) {
      statement.setString(1, CURRENT);
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          return AnalysisState.DEFAULT;
        }
        return fromJson(row.getString(2), row.getInt(1), what);
      }
    }
  }

  void save(Connection connection, AnalysisState state) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(SqlFile.load(AnalysisStateStore.class, "save"))) {
      statement.setString(1, CURRENT);
      statement.setInt(2, VERSION);
      statement.setString(3, toJson(state));
      statement.executeUpdate();
    }
  }

  /** The document of {@code state} in the current format. */
  public static String toJson(AnalysisState state) {
    try {
      return StateJson.MAPPER.writeValueAsString(state);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the analysis state as JSON", e);
    }
  }

  /**
   * Reads a document written in format {@code version}, migrating an older one.
   *
   * @param what names the document in messages ("The analysis in acme.tlw")
   * @throws WorkspaceException for a newer format or a document that cannot be read
   */
  public static AnalysisState fromJson(String json, int version, String what) {
    try {
      return toState(StateJson.MAPPER.readTree(json), version, what);
    } catch (JsonProcessingException e) {
      throw new WorkspaceException(what + " cannot be read: " + e.getOriginalMessage(), e);
    }
  }

  static AnalysisState toState(JsonNode document, int version, String what) {
    if (version > VERSION) {
      throw new WorkspaceException(
          what
              + " was saved by a newer TokenLedger (analysis format "
              + version
              + "; this version reads up to "
              + VERSION
              + "): update TokenLedger to open it");
    }
    if (version < 1 || !(document instanceof ObjectNode)) {
      throw new WorkspaceException(what + " cannot be read: it is not an analysis document");
    }
    try {
      return StateJson.MAPPER.treeToValue(
          migrate((ObjectNode) document, version), AnalysisState.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      String message =
          e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
      throw new WorkspaceException(what + " cannot be read: " + message, e);
    }
  }

  /** Brings a document of format {@code version} to the current format. */
  static ObjectNode migrate(ObjectNode document, int version) {
    ObjectNode current = document.deepCopy();
    for (int v = version; v < VERSION; v++) {
      current = MIGRATIONS.get(v - 1).apply(current);
    }
    return current;
  }

  /**
   * Version 1 to 2: {@code currency} becomes {@code reportingCurrency}; the single {@code month}
   * becomes a period (all time when absent) with no comparison; the flat {@code explore} view moves
   * under {@code pages}, its {@code top} becomes {@code topN} and it gains a bar chart; {@code
   * views} become {@code savedViews}; scenarios, budgets and showback settings start empty.
   */
  private static ObjectNode version1To2(ObjectNode v1) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode v2 = nodes.objectNode();
    v2.set("reportingCurrency", v1.path("currency").isTextual() ? v1.get("currency") : null);

    ObjectNode period = v2.putObject("period");
    if (v1.path("month").isTextual()) {
      YearMonth month = YearMonth.parse(v1.get("month").asText());
      period.put("from", month.atDay(1).toString());
      period.put("until", month.plusMonths(1).atDay(1).toString());
    }
    period.put("comparison", "none");

    ObjectNode pages = v2.putObject("pages");
    pages.putNull("selectedPage");
    pages.putObject("sources");
    if (v1.path("explore").isObject()) {
      pages.set("explore", exploreVersion1To2((ObjectNode) v1.get("explore")));
    }

    ArrayNode views = v2.putArray("savedViews");
    for (JsonNode view : v1.path("views")) {
      ObjectNode saved = views.addObject();
      saved.set("name", view.get("name"));
      if (view.path("explore").isObject()) {
        saved.set("view", exploreVersion1To2((ObjectNode) view.get("explore")));
      }
    }
    v2.putArray("scenarios");
    v2.putArray("budgets");
    return v2;
  }

  private static ObjectNode exploreVersion1To2(ObjectNode v1) {
    ObjectNode v2 = v1.deepCopy();
    v2.remove("top");
    v2.put("topN", v1.path("top").asInt(0));
    v2.put("chartType", "bar");
    return v2;
  }
}
