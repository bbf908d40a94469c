package io.tokenledger.app.testing;

import io.tokenledger.engine.workspace.Workspace;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A month of cost for showback tests, stated as canonical rows: $90 of gpt-4o spread 2:1 over Acme
 * Corp and Globex by their tokens, $9.99 of o3 nobody used (unallocated), and $12 in September.
 */
public final class ShowbackRows {

  private ShowbackRows() {}

  public static void insert(Workspace workspace) throws SQLException {
    try (Connection connection = workspace.newConnection();
        Statement s = connection.createStatement()) {
      s.execute(
          "INSERT INTO import_log VALUES (1, 'invoice.csv', '/x/invoice.csv', 10, 'abc',"
              + " 'invoice', NULL, now(), 2, 0, 'cost_lines', '[]', 'bill')");
      s.execute(
          "INSERT INTO cost_lines (import_id, source_line, provider, model, token_bucket,"
              + " ChargePeriodStart, ChargePeriodEnd, BilledCost, BillingCurrency) VALUES"
              + " (1, 2, 'openai', 'gpt-4o', 'in_uncached', TIMESTAMPTZ '2026-10-01 00:00:00+00',"
              + " TIMESTAMPTZ '2026-10-02 00:00:00+00', 90.00, 'USD'),"
              + " (1, 3, 'openai', 'o3', 'out_text', TIMESTAMPTZ '2026-10-01 00:00:00+00',"
              + " TIMESTAMPTZ '2026-10-02 00:00:00+00', 9.99, 'USD'),"
              + " (1, 4, 'openai', 'gpt-4o', 'in_uncached', TIMESTAMPTZ '2026-09-03 00:00:00+00',"
              + " TIMESTAMPTZ '2026-09-04 00:00:00+00', 12.00, 'USD')");
      s.execute(
          "INSERT INTO usage_events (import_id, source_line, event_time, provider, model_raw,"
              + " model, client, feature, in_uncached) VALUES"
              + " (1, 10, TIMESTAMPTZ '2026-10-01 10:00:00+00', 'openai', 'gpt-4o', 'gpt-4o',"
              + " 'Acme Corp', 'chat', 200),"
              + " (1, 11, TIMESTAMPTZ '2026-10-01 11:00:00+00', 'openai', 'gpt-4o', 'gpt-4o',"
              + " 'Globex', 'chat', 100),"
              + " (1, 12, TIMESTAMPTZ '2026-09-03 11:00:00+00', 'openai', 'gpt-4o', 'gpt-4o',"
              + " 'Globex', 'chat', 100)");
    }
  }
}
