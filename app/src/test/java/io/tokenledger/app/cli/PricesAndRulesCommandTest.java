package io.tokenledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.app.AppServices;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.engine.workspace.WorkspaceOptions;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PricesAndRulesCommandTest {

  /** gpt-4o: 1000 in x 2.5e-06 + 200 out x 1e-05 = 0.0045; acme-llm has no price. */
  private static final String EVENTS =
      "timestamp,provider,model,in_uncached,out_text,api_key,project\n"
          + "2026-10-01T10:00:00Z,openai,gpt-4o,1000,200,k-1,proj_a\n"
          + "2026-10-01T11:00:00Z,acme,acme-llm,500,50,k-2,proj_b\n";

  @TempDir Path dir;

  private final AppServices services = AppServices.createDefault();
  private Path workspace;

  @BeforeEach
  void importEvents() throws Exception {
    workspace = dir.resolve("w.tlw");
    Path events = Files.writeString(dir.resolve("events.csv"), EVENTS);
    assertThat(run("import", "-w", workspace.toString(), events.toString()).code).isZero();
  }

  @Test
  void aCatalogPricesTheUsageAndTheUnknownModelIsListedUnpriced() {
    CliRun imported = run("prices", "import", "-w", workspace.toString(), "--shipped", "litellm");
    CliRun applied = run("prices", "apply", "-w", workspace.toString());
    CliRun unpriced = run("prices", "unpriced", "-w", workspace.toString(), "--format", "csv");
    CliRun listed =
        run(
            "prices",
            "list",
            "-w",
            workspace.toString(),
            "--search",
            "gpt-4o-mini",
            "--format",
            "csv");

    assertThat(imported.code).as(imported.err).isZero();
    assertThat(imported.out)
        .startsWith("Imported litellm catalog litellm-model_prices_and_context_window.json");
    assertThat(applied.out)
        .contains("2 event(s): 1 priced, 1 unpriced")
        .contains("recomputed cost 0.004500");
    assertThat(unpriced.out.lines().skip(1).findFirst().orElseThrow())
        .startsWith("acme-llm,acme,1,550,");
    assertThat(listed.out).contains("litellm,openai,gpt-4o-mini,standard,0,USD,0.15,0.075,,,0.6,");
  }

  @Test
  void aCatalogImportedAfterTheUsagePricesItWithoutPricesApply() throws Exception {
    String input = "3.3e-06";
    String output = "1.21e-05";
    Path catalog =
        Files.writeString(
            dir.resolve("negotiated-catalog.json"),
            "{\"gpt-4o\": {\"litellm_provider\": \"openai\", \"mode\": \"chat\","
                + " \"input_cost_per_token\": "
                + input
                + ", \"output_cost_per_token\": "
                + output
                + "}}");
    BigDecimal before = gpt4oCost();

    CliRun imported = run("prices", "import", "-w", workspace.toString(), catalog.toString());

    assertThat(imported.code).as(imported.err).isZero();
    assertThat(before).as("no price book when the events came in").isNull();
    assertThat(imported.out)
        .contains(
            "repriced 1 of the 2 usage event(s) of every day (1 newly priced, 0 at a new cost,"
                + " 1 still unpriced)");
    // The events file's gpt-4o row: 1000 input and 200 output tokens at the catalog's prices.
    assertThat(gpt4oCost())
        .isEqualByComparingTo(
            new BigDecimal(input)
                .multiply(BigDecimal.valueOf(1000))
                .add(new BigDecimal(output).multiply(BigDecimal.valueOf(200))));
  }

  private BigDecimal gpt4oCost() throws Exception {
    try (Workspace ws = services.workspaceStore().open(workspace, WorkspaceOptions.defaults());
        Connection c = ws.newConnection();
        Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery("SELECT cost FROM usage_events WHERE model_raw = 'gpt-4o'")) {
      rows.next();
      return rows.getBigDecimal(1);
    }
  }

  @Test
  void aNegotiatedPriceChangesTheCost() {
    run("prices", "import", "-w", workspace.toString(), "--shipped", "litellm");
    CliRun set =
        run(
            "prices",
            "set",
            "-w",
            workspace.toString(),
            "--model",
            "gpt-4o",
            "--bucket",
            "in_uncached",
            "--per-million",
            "2",
            "--from",
            "2026-01-01");
    CliRun applied = run("prices", "apply", "-w", workspace.toString());

    assertThat(set.code).as(set.err).isZero();
    // 1000 x 2e-06 + 200 x 1e-05
    assertThat(applied.out).contains("recomputed cost 0.004000");
  }

  @Test
  void rulesAreAddedPreviewedAndLeaveAnUnmappedTotal() {
    CliRun preview =
        run(
            "rules",
            "preview",
            "-w",
            workspace.toString(),
            "--key",
            "api_key",
            "--value",
            "k-1",
            "--target",
            "client",
            "--set",
            "Acme");
    CliRun added =
        run(
            "rules",
            "add",
            "-w",
            workspace.toString(),
            "--key",
            "project",
            "--match",
            "glob",
            "--value",
            "proj_*",
            "--target",
            "feature",
            "--set",
            "Assistant");
    CliRun listed = run("rules", "list", "-w", workspace.toString(), "--format", "csv");

    assertThat(preview.code).as(preview.err).isZero();
    assertThat(preview.out).contains("usage events: 1 matched").contains("Acme: 1 row(s)");
    assertThat(added.code).as(added.err).isZero();
    assertThat(added.out).contains("Added rule 1 (priority 10)");
    assertThat(added.out.lines().filter(l -> l.startsWith("feature")))
        .singleElement()
        .asString()
        .contains(" 0 ");
    assertThat(added.out.lines().filter(l -> l.startsWith("client")))
        .singleElement()
        .asString()
        .contains(" 2 ");
    assertThat(listed.out).contains("1,10,true,project glob proj_* -> feature Assistant");
  }

  @Test
  void aBadRuleIsOneLineOnStderr() {
    CliRun result =
        run(
            "rules",
            "add",
            "-w",
            workspace.toString(),
            "--key",
            "colour",
            "--value",
            "x",
            "--target",
            "client",
            "--set",
            "y");

    assertThat(result.code).isNotZero();
    assertThat(result.err).contains("unknown source key 'colour'");
  }

  private CliRun run(String... args) {
    return CliRun.run(services, args);
  }
}
