package io.tokenledger.engine.showback;

import static io.tokenledger.engine.testing.LedgerFixture.day;

import io.tokenledger.engine.allocation.DuckDbAllocationService;
import io.tokenledger.engine.allocation.SharedCostSplit;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.testing.LedgerFixture;
import io.tokenledger.engine.workspace.Workspace;
import java.sql.SQLException;

/**
 * A small company's October 2026 (and a bit of September) in a test workspace: usage pools spread
 * over clients, a pool in euros, a shared cost split evenly, a pool nobody used (unallocated),
 * revenue, prices, and a client whose name is a formula.
 */
final class ShowbackFixture {

  static final String INJECTED = "=HYPERLINK(\"http://x\",\"y\")";

  private ShowbackFixture() {}

  static void fill(Workspace workspace, boolean withRevenue) throws SQLException {
    try (LedgerFixture bill = new LedgerFixture(workspace, 1, "bill");
        LedgerFixture usage = new LedgerFixture(workspace, 2, "usage")) {
      bill.costLine(
          "openai", "gpt-4o", "in_uncached", day(10, 1), day(10, 2), "100.00", "USD", "API");
      usage.event("openai", "gpt-4o", day(10, 1).plusHours(1), "acme", "chat", 300, 0, 0);
      usage.event("openai", "gpt-4o", day(10, 1).plusHours(2), "globex", "rag", 100, 0, 0);
      usage.event("openai", "gpt-4o", day(10, 1).plusHours(3), INJECTED, "chat", 100, 0, 0);

      bill.costLine(
          "anthropic",
          "claude-haiku-4-5",
          "out_text",
          day(10, 2),
          day(10, 3),
          "10.00",
          "USD",
          "API");
      for (String client : new String[] {"acme", "globex", "initech"}) {
        usage.event(
            "anthropic", "claude-haiku-4-5", day(10, 2).plusHours(5), client, "agent", 0, 7, 0);
      }

      bill.costLine(
          "mistral", "mistral-large", "in_uncached", day(10, 3), day(10, 4), "20.00", "EUR", "API");
      usage.event("mistral", "mistral-large", day(10, 3).plusHours(4), "globex", "rag", 999, 0, 0);
      usage.event("mistral", "mistral-large", day(10, 3).plusHours(6), "acme", "rag", 1, 0, 0);

      // billed, never used: stays unallocated
      bill.costLine("openai", "o3", "out_text", day(10, 5), day(10, 6), "7.77", "USD", "API");
      // shared cost, split evenly over the month's active clients
      bill.costLine("aws", null, null, day(10, 1), day(11, 1), "50.00", "USD", "Amazon EC2");

      // September, for the change
      bill.costLine(
          "openai", "gpt-4o", "in_uncached", day(9, 15), day(9, 16), "40.00", "USD", "API");
      usage.event("openai", "gpt-4o", day(9, 15).plusHours(1), "acme", "chat", 10, 0, 0);

      bill.execute("INSERT INTO fx_rates VALUES (DATE '2026-10-01', 'EUR', 'USD', 1.1)");
      bill.execute(
          "INSERT INTO price_book (provider, model, token_bucket, unit_price, effective_from,"
              + " source) VALUES ('openai', 'gpt-4o', 'in_uncached', 0.0000025,"
              + " DATE '2026-01-01', 'litellm'),"
              + " ('openai', 'gpt-4o', 'out_text', 0.00001, DATE '2026-01-01', 'litellm'),"
              + " ('openai', 'gpt-4o', 'out_text', 0.00002, DATE '2025-01-01', 'old')");
      bill.execute("UPDATE price_book SET effective_to = DATE '2026-01-01' WHERE source = 'old'");
      if (withRevenue) {
        bill.execute(
            "INSERT INTO revenue (import_id, source_line, client, period_start, period_end,"
                + " amount, currency) VALUES (1, 1, 'acme', DATE '2026-10-01', DATE '2026-10-31',"
                + " 1000, 'USD'), (1, 2, 'globex', DATE '2026-10-01', DATE '2026-10-31', 200,"
                + " 'USD'), (1, 3, 'umbrella', DATE '2026-10-01', DATE '2026-10-31', 50, 'USD')");
      }
    }
    DuckDbAllocationService allocation = new DuckDbAllocationService();
    allocation.setSplit(workspace, SharedCostSplit.even("aws/Amazon EC2"));
    allocation.run(workspace, ProgressListener.NONE, Cancellation.none());
  }
}
