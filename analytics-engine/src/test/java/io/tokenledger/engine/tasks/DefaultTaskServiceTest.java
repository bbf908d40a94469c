package io.tokenledger.engine.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A trace whose calls sit at different depths (root -> agent -> tool -> llm), a second trace and a
 * call without a trace; costs as the price book would have written them.
 */
class DefaultTaskServiceTest {

  private Workspace workspace;
  private final TaskService tasks = new DefaultTaskService();

  @BeforeEach
  void seed() throws SQLException {
    workspace = new DuckDbWorkspaceStore("test").inMemory();
    execute(
        "INSERT INTO import_log VALUES (1, 'a.json', '/a.json', 1, 'h1', 'otlp-json', NULL,"
            + " now(), 5, 0, 'usage_events', '[]', 'trace')");
    execute(
        "INSERT INTO trace_spans VALUES"
            + " (1, 1, 'r', 'T1', NULL, 'POST /ask', 'SERVER', TIMESTAMPTZ '2026-03-01 10:00:00+00', NULL, 'ok', false, NULL),"
            + " (1, 2, 'a', 'T1', 'r', 'planner', 'AGENT', TIMESTAMPTZ '2026-03-01 10:00:01+00', NULL, 'ok', false, NULL),"
            + " (1, 3, 't', 'T1', 'a', 'search', 'TOOL', TIMESTAMPTZ '2026-03-01 10:00:02+00', NULL, 'ok', false, NULL),"
            + " (1, 4, 'l1', 'T1', 't', 'chat', 'CLIENT', TIMESTAMPTZ '2026-03-01 10:00:03+00', NULL, 'ok', true, NULL),"
            + " (1, 5, 'l2', 'T1', 'a', 'chat', 'CLIENT', TIMESTAMPTZ '2026-03-01 10:00:04+00', NULL, 'ok', true, NULL),"
            + " (1, 6, 'l3', 'T1', 'r', 'chat', 'CLIENT', TIMESTAMPTZ '2026-03-01 10:00:05+00', NULL, 'ok', true, NULL),"
            + " (1, 7, 'r2', 'T2', NULL, 'POST /chat', 'SERVER', TIMESTAMPTZ '2026-03-02 09:00:00+00', NULL, 'ok', false, NULL),"
            + " (1, 8, 'l4', 'T2', 'r2', 'chat', 'CLIENT', TIMESTAMPTZ '2026-03-02 09:00:01+00', NULL, 'ok', true, NULL),"
            // a span of an import that was replaced: no longer in import_log
            + " (9, 1, 'ghost', 'T1', 'r', 'old', 'CLIENT', TIMESTAMPTZ '2026-03-01 10:00:00+00', NULL, 'ok', false, NULL)");
    call("l1", "T1", "t", "2026-03-01 10:00:03", 100, "0.10", "acme", "rag");
    call("l2", "T1", "a", "2026-03-01 10:00:04", 200, "0.20", null, "rag");
    call("l3", "T1", "r", "2026-03-01 10:00:05", 50, null, "acme", null);
    call("l4", "T2", "r2", "2026-03-02 09:00:01", 40, "0.05", "globex", "chat");
    call("l5", null, null, "2026-03-03 08:00:00", 10, "0.01", "globex", "chat");
  }

  @AfterEach
  void close() {
    workspace.close();
  }

  @Test
  void aTaskCostsEveryInvocationBelowItsRootHoweverDeep() {
    Map<String, TaskCost> byId =
        tasks.tasks(workspace, TaskPeriod.all(), 10).stream()
            .collect(Collectors.toMap(TaskCost::taskId, Function.identity()));

    assertThat(byId).containsOnlyKeys("T1", "T2", "call:l5");
    TaskCost t1 = byId.get("T1");
    assertThat(t1.name()).isEqualTo("POST /ask");
    assertThat(t1.invocations()).isEqualTo(3);
    assertThat(t1.tokens()).isEqualTo(350);
    assertThat(t1.cost()).isEqualByComparingTo("0.30");
    assertThat(t1.unpricedInvocations()).isEqualTo(1);
    assertThat(t1.client()).isEqualTo("acme");
    assertThat(t1.feature()).isEqualTo("rag");
    assertThat(byId.get("call:l5").cost()).isEqualByComparingTo("0.01");
  }

  @Test
  void costPerTaskIsQueryablePerFeatureAndClient() {
    List<TaskGroupCost> features =
        tasks.byDimension(workspace, TaskPeriod.all(), TaskDimension.FEATURE);
    List<TaskGroupCost> clients =
        tasks.byDimension(workspace, TaskPeriod.all(), TaskDimension.CLIENT);

    assertThat(features).extracting(TaskGroupCost::value).containsExactly("rag", "chat");
    assertThat(features.get(0).tasks()).isEqualTo(1);
    assertThat(features.get(0).cost()).isEqualByComparingTo("0.30");
    assertThat(features.get(0).tasksWithUnpriced()).isEqualTo(1);
    assertThat(features.get(1).tasks()).isEqualTo(2);
    assertThat(features.get(1).invocations()).isEqualTo(2);
    assertThat(features.get(1).costPerTask()).isEqualByComparingTo("0.03");
    assertThat(clients).extracting(TaskGroupCost::value).containsExactly("acme", "globex");
    assertThat(clients.get(1).tokens()).isEqualTo(50);
  }

  @Test
  void aPeriodKeepsTheTasksThatStartedInIt() {
    List<TaskCost> march2 =
        tasks.tasks(
            workspace,
            new TaskPeriod(
                OffsetDateTime.parse("2026-03-02T00:00:00Z"),
                OffsetDateTime.parse("2026-03-03T00:00:00Z")),
            10);

    assertThat(march2).extracting(TaskCost::taskId).containsExactly("T2");
  }

  @Test
  void theSpanDrillDownRollsUpEachSubtree() {
    Map<String, SpanRollup> spans =
        tasks.spans(workspace, "T1").stream()
            .collect(Collectors.toMap(SpanRollup::spanId, Function.identity()));

    assertThat(spans).containsOnlyKeys("r", "a", "t", "l1", "l2", "l3");
    assertThat(spans.get("r").invocations()).isEqualTo(3);
    assertThat(spans.get("r").tokens()).isEqualTo(350);
    assertThat(spans.get("r").cost()).isEqualByComparingTo("0.30");
    assertThat(spans.get("r").unpricedInvocations()).isEqualTo(1);
    assertThat(spans.get("a").invocations()).isEqualTo(2);
    assertThat(spans.get("a").cost()).isEqualByComparingTo("0.30");
    assertThat(spans.get("t").tokens()).isEqualTo(100);
    assertThat(spans.get("l1").depth()).isEqualTo(3);
    assertThat(spans.get("r").depth()).isZero();
  }

  private void call(
      String id,
      String trace,
      String parent,
      String time,
      long tokens,
      String cost,
      String client,
      String feature)
      throws SQLException {
    execute(
        "INSERT INTO usage_events (import_id, source_line, event_id, trace_id, parent_id, event_time,"
            + " provider, model_raw, in_uncached, cost, cost_currency, client, feature) VALUES (1, "
            + id.hashCode()
            + ", "
            + literal(id)
            + ", "
            + literal(trace)
            + ", "
            + literal(parent)
            + ", TIMESTAMPTZ '"
            + time
            + "+00', 'openai', 'gpt-4o', "
            + tokens
            + ", "
            + (cost == null ? "NULL" : cost)
            + ", 'USD', "
            + literal(client)
            + ", "
            + literal(feature)
            + ")");
  }

  private static String literal(String text) {
    return text == null ? "NULL" : "'" + text + "'";
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = workspace.newConnection();
        Statement statement = c.createStatement()) {
      statement.execute(sql);
    }
  }
}
