package io.tokenledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.app.AppServices;
import io.tokenledger.app.demo.DemoBuilder;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.sampledata.DemoOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scenario save}, {@code query scenario} and {@code query explain} on the demo workspace
 * (scale 0.1) priced with the shipped LiteLLM catalog. The planted routing opportunity
 * (doc-summarizer on claude-opus-4-6) is computed again here by hand: the same basis events' tokens
 * per bucket, priced in plain SQL at each model's price book entries.
 */
class ScenarioCommandTest {

  @TempDir static Path dir;

  private static final AppServices SERVICES = AppServices.createDefault();
  private static Path workspace;

  @BeforeAll
  static void buildDemo() throws Exception {
    workspace = dir.resolve("demo.tlw");
    new DemoBuilder(SERVICES)
        .build(
            workspace, DemoOptions.DEFAULT_SEED, 0.1, ProgressListener.NONE, Cancellation.none());
    Result catalog = run("prices", "import", "-w", workspace.toString(), "--shipped", "litellm");
    assertThat(catalog.code).as(catalog.err).isZero();
  }

  @Test
  void theRoutingScenariosSavingEqualsTheSameTokensPricedByHand() throws Exception {
    Result saved =
        run(
            "scenario",
            "save",
            "Haiku summaries",
            "-w",
            workspace.toString(),
            "--baseline",
            "2026-10",
            "--lever",
            "route feature=doc-summarizer from=claude-opus-4-6 to=claude-haiku-4-5-20251001"
                + " note=short documents only");
    Result shown =
        run("query", "scenario", "Haiku summaries", "-w", workspace.toString(), "--format", "csv");

    assertThat(saved.code).as(saved.err).isZero();
    assertThat(saved.out).contains("Saved scenario Haiku summaries (1 lever, baseline 2026-10)");
    assertThat(shown.code).as(shown.err).isZero();
    BigDecimal opus = handPriced("claude-opus-4-6");
    BigDecimal haiku = handPriced("claude-haiku-4-5-20251001");
    assertThat(opus).isGreaterThan(haiku.multiply(BigDecimal.valueOf(4)));
    String saving =
        opus.subtract(haiku).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    List<String> lines = shown.out.lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "section,name,baseline,scenario,saving,revenue,baseline_margin_pct,scenario_margin_pct");
    assertThat(lines.get(1))
        .startsWith("total,Haiku summaries (2026-10),")
        .endsWith("," + saving + ",,,");
    assertThat(lines.get(2))
        .startsWith(
            "lever,route feature=doc-summarizer from=claude-opus-4-6 to=claude-haiku-4-5-20251001"
                + " note=short documents only,")
        .endsWith("," + saving + ",,,");
    assertThat(lines)
        .anySatisfy(
            l ->
                assertThat(l).startsWith("feature,doc-summarizer,").endsWith("," + saving + ",,,"));
  }

  @Test
  void severalScenariosCompareSideBySideAndListWithTheirLevers() {
    run(
        "scenario",
        "save",
        "Batch triage",
        "-w",
        workspace.toString(),
        "--baseline",
        "2026-10",
        "--lever",
        "batch feature=ticket-triage share=1");
    run(
        "scenario",
        "save",
        "Growth",
        "-w",
        workspace.toString(),
        "--baseline",
        "2026-10",
        "--lever",
        "grow tasks=20 tokens=10",
        "--lever",
        "price provider=anthropic percent=-5");

    Result compared =
        run(
            "query",
            "scenario",
            "Batch triage",
            "Growth",
            "-w",
            workspace.toString(),
            "--format",
            "csv");
    Result listed =
        run("query", "scenario", "--list", "-w", workspace.toString(), "--format", "csv");

    assertThat(compared.code).as(compared.err).isZero();
    List<String> lines = compared.out.lines().toList();
    assertThat(lines.get(0))
        .isEqualTo("scenario,baseline_month,baseline,scenario,saving,saving_pct,levers");
    assertThat(lines.get(1)).startsWith("Batch triage,2026-10,");
    assertThat(lines.get(2)).startsWith("Growth,2026-10,").contains(",-");
    assertThat(listed.out)
        .contains("Batch triage,2026-10,batch feature=ticket-triage share=1,")
        .contains("Growth,2026-10,grow tasks=20 tokens=10,")
        .contains("Growth,2026-10,price provider=anthropic percent=-5,");
  }

  @Test
  void explainPartsAddUpToTheChangeInEveryRow() {
    Result explained =
        run(
            "query",
            "explain",
            "-w",
            workspace.toString(),
            "--from",
            "2026-09",
            "--to",
            "2026-10",
            "--by",
            "feature",
            "--format",
            "csv");

    assertThat(explained.code).as(explained.err).isZero();
    List<String> lines = explained.out.lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "feature,cost_2026-09,volume,mix,tokens_per_request,cache_rate,price,cost_2026-10,change");
    assertThat(lines).hasSizeGreaterThan(3);
    assertThat(lines.get(lines.size() - 1)).startsWith("Total,");
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      BigDecimal parts = BigDecimal.ZERO;
      for (int i = 2; i <= 6; i++) {
        parts = parts.add(new BigDecimal(cells[i]));
      }
      assertThat(parts).as(line).isEqualByComparingTo(new BigDecimal(cells[8]));
      assertThat(new BigDecimal(cells[7]).subtract(new BigDecimal(cells[1])))
          .isEqualByComparingTo(new BigDecimal(cells[8]));
    }
  }

  @Test
  void anUnknownScenarioIsAnErrorNamingTheSavedOnes() {
    Result shown = run("query", "scenario", "Nope", "-w", workspace.toString());

    assertThat(shown.code).isNotZero();
    assertThat(shown.err).contains("No scenario named 'Nope'");
  }

  /**
   * What October's basis doc-summarizer events on claude-opus-4-6 cost at {@code model}'s standard
   * base prices: every bucket's tokens times its price (reasoning at the output price).
   */
  private static BigDecimal handPriced(String model) throws Exception {
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + workspace, readOnly);
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "WITH tokens AS (SELECT sum(in_uncached) AS in_uncached, sum(in_cache_read) AS in_cache_read,"
                    + " sum(in_cache_write_5m) AS in_cache_write_5m, sum(in_cache_write_1h) AS in_cache_write_1h,"
                    + " sum(out_text) + sum(out_reasoning) AS out_text FROM usage_events"
                    + " WHERE in_basis AND feature = 'doc-summarizer' AND model = 'claude-opus-4-6'"
                    + " AND event_time >= TIMESTAMPTZ '2026-10-01 00:00:00+00'"
                    + " AND event_time < TIMESTAMPTZ '2026-11-01 00:00:00+00'),"
                    + " buckets AS (UNPIVOT tokens ON COLUMNS(*) INTO NAME bucket VALUE n)"
                    + " SELECT sum(b.n * p.unit_price) FROM buckets b JOIN price_book p"
                    + " ON p.token_bucket = b.bucket AND p.model = '"
                    + model
                    + "' AND p.service_tier = 'standard' AND p.above_prompt_tokens = 0"
                    + " AND p.source = 'litellm' WHERE b.n > 0")) {
      row.next();
      return row.getBigDecimal(1);
    }
  }

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        TokenLedgerCommand.run(
            SERVICES, args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  private record Result(int code, String out, String err) {}
}
