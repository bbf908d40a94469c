package io.tokenledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.app.AppServices;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllocateCommandTest {

  private static final String USAGE =
      "timestamp,provider,model,in_uncached,client\n"
          + "2026-09-10T08:00:00Z,openai,gpt-4o,100,acme\n"
          + "2026-10-01T09:00:00Z,openai,gpt-4o,300,acme\n"
          + "2026-10-01T10:00:00Z,openai,gpt-4o,100,globex\n";

  private static final String LATE_USAGE =
      "timestamp,provider,model,in_uncached,client\n"
          + "2026-10-01T11:00:00Z,openai,gpt-4o,100,initech\n";

  /** OpenAI Costs API: $1.00 of gpt-4o input on 10 September, $4.00 on 1 October. */
  private static final String COSTS =
      "{\"object\": \"page\", \"data\": ["
          + bucket(1788998400L, "1.00")
          + ", "
          + bucket(1790812800L, "4.00")
          + "], \"has_more\": false}";

  @TempDir Path dir;

  private final AppServices services = AppServices.createDefault();

  @Test
  void aRunAfterAnImportRebuildsOnlyTheMonthItTouched() throws Exception {
    String workspace = dir.resolve("w.tlw").toString();
    importFile(workspace, "usage.csv", USAGE);
    importFile(workspace, "costs.json", COSTS);

    CliRun first = CliRun.run(services, "allocate", "-w", workspace);
    importFile(workspace, "late.csv", LATE_USAGE);
    CliRun second = CliRun.run(services, "allocate", "-w", workspace, "--steps");
    CliRun clients =
        CliRun.run(
            services,
            "query",
            "-w",
            workspace,
            "--rows",
            "client",
            "--measures",
            "allocated_cost",
            "--format",
            "csv");

    assertThat(first.code).as(first.err).isZero();
    assertThat(first.out)
        .contains("rebuilt every month")
        .contains("billed 5 = allocated 5 + unallocated 0");
    assertThat(second.out).contains("rebuilt 2026-10 in");
    assertThat(second.err).contains("Spreading invoiced cost over usage");
    // October's $4.00 over 300 + 100 + 100 tokens; September's $1.00 all to acme.
    BigDecimal october = new BigDecimal("4.00");
    BigDecimal acme = BigDecimal.ONE.add(share(october, 300, 500));
    assertThat(clients.out)
        .isEqualTo(
            "client,allocated_cost\n"
                + "acme,"
                + acme.toPlainString()
                + "\nglobex,"
                + share(october, 100, 500).toPlainString()
                + "\ninitech,"
                + share(october, 100, 500).toPlainString()
                + "\n");
  }

  @Test
  void chosenMonthsOrEveryMonthAreRebuiltOnRequest() throws Exception {
    String workspace = dir.resolve("w.tlw").toString();
    importFile(workspace, "usage.csv", USAGE);
    importFile(workspace, "costs.json", COSTS);
    CliRun.run(services, "allocate", "-w", workspace);

    CliRun september = CliRun.run(services, "allocate", "-w", workspace, "--month", "2026-09");
    CliRun unchanged = CliRun.run(services, "allocate", "-w", workspace);
    CliRun badMonth = CliRun.run(services, "allocate", "-w", workspace, "--month", "September");

    assertThat(september.out)
        .contains("rebuilt 2026-09 in")
        .contains("billed 5 = allocated 5 + unallocated 0");
    assertThat(unchanged.out).contains("rebuilt every month");
    assertThat(badMonth.code).isNotZero();
    assertThat(badMonth.err).contains("--month").contains("September");
  }

  private void importFile(String workspace, String name, String content) throws Exception {
    Path file = Files.writeString(dir.resolve(name), content);
    CliRun imported = CliRun.run(services, "import", "-w", workspace, file.toString());
    assertThat(imported.code).as(imported.err).isZero();
  }

  private static BigDecimal share(BigDecimal amount, int tokens, int poolTokens) {
    return amount
        .multiply(BigDecimal.valueOf(tokens))
        .divide(BigDecimal.valueOf(poolTokens), 2, RoundingMode.HALF_EVEN);
  }

  private static String bucket(long start, String amount) {
    return "{\"object\": \"bucket\", \"start_time\": "
        + start
        + ", \"end_time\": "
        + (start + 86_400)
        + ", \"results\": [{\"object\": \"organization.costs.result\", \"amount\": {\"value\": \""
        + amount
        + "\", \"currency\": \"usd\"}, \"line_item\": \"gpt-4o-2024-08-06, input\","
        + " \"project_id\": \"proj_a\", \"quantity\": 1000, \"quantity_unit\": \"tokens\"}]}";
  }
}
