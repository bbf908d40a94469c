package io.tokenledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.app.AppServices;
import io.tokenledger.app.testing.ExploreData;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.engine.workspace.WorkspaceOptions;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tokenledger export view}: the pivot with subtotals and totals, to CSV and XLSX. */
class ExportViewCommandTest {

  @TempDir Path dir;

  private final AppServices services = AppServices.createDefault();
  private Path workspace;

  @BeforeEach
  void ledger() throws Exception {
    workspace = dir.resolve("w.tlw");
    assertThat(run("import", "-w", workspace.toString(), ExploreData.usageCsv(dir).toString()).code)
        .isZero();
    try (Workspace ws = services.workspaceStore().open(workspace, WorkspaceOptions.defaults())) {
      ExploreData.writeBills(ws);
    }
  }

  @Test
  void csvHoldsTheHeaderBlockTheLinesTheSubtotalsAndTheGrandTotal() throws Exception {
    Path out = dir.resolve("pivot.csv");

    CliRun result =
        run(
            "export",
            "view",
            "-w",
            workspace.toString(),
            "--rows",
            "client,feature",
            "--measures",
            "allocated_cost,tokens",
            "--period",
            "2026-10",
            "--filter",
            "provider=openai",
            "--out",
            out.toString());

    assertThat(result.err).isEmpty();
    assertThat(result.code).isZero();
    assertThat(result.out.strip())
        .isEqualTo("wrote " + out + ": 3 lines, 2 subtotals and the grand total, in USD");
    List<String> lines = Files.readAllLines(out);
    assertThat(lines)
        .contains("Period,2026-10", "Filters,Provider = openai", "Rows,\"Client, Feature\"");
    int header = lines.indexOf("Client,Feature,Allocated cost (USD),Tokens,% of total");
    assertThat(header).isPositive();
    // Independent: October's $11.00 of openai over tokens: acme 2200 + 1100, globex 1100 of
    // in/out in the same ratio, so acme 3/4 and globex 1/4.
    assertThat(lines.subList(header + 1, lines.size()))
        .containsExactly(
            "acme,chat,5.50,2200,50.0",
            "acme,search,2.75,1100,25.0",
            "acme Total,,8.25,3300,75.0",
            "globex,chat,2.75,1100,25.0",
            "globex Total,,2.75,1100,25.0",
            "Grand total,,11.00,4400,100.0");
    assertThat(dir.resolve("pivot.partial.csv")).doesNotExist();
  }

  @Test
  void xlsxTotalEqualsTheBillsAndTheComparisonAddsTheChange() throws Exception {
    Path out = dir.resolve("pivot.xlsx");

    CliRun result =
        run(
            "export",
            "view",
            "-w",
            workspace.toString(),
            "--rows",
            "provider",
            "--measures",
            "billed_cost",
            "--period",
            "2026-10",
            "--compare",
            "--out",
            out.toString());

    assertThat(result.code).isZero();
    try (InputStream in = Files.newInputStream(out);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      Sheet sheet = workbook.getSheet("Pivot");
      Row header = null;
      Row total = null;
      for (Row row : sheet) {
        String first = row.getCell(0) == null ? "" : row.getCell(0).toString();
        if (first.equals("Provider")) {
          header = row;
        } else if (first.equals("Grand total")) {
          total = row;
        }
      }
      assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Change vs Sep 2026 (USD)");
      // Independent: October's bills are 10 + 1 + 3 + 1 + 7 = 22.00; September's 4.80.
      assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(22.00);
      assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(17.20);
    }
  }

  @Test
  void anUnknownFileTypeIsAUsageError() {
    CliRun result =
        run(
            "export",
            "view",
            "-w",
            workspace.toString(),
            "--rows",
            "client",
            "--measures",
            "tokens",
            "--out",
            dir.resolve("pivot.pdf").toString());

    assertThat(result.code).isEqualTo(2);
    assertThat(result.err).contains("Cannot tell the format of pivot.pdf: name it .csv or .xlsx");
  }

  @Test
  void compareNeedsAPeriod() {
    CliRun result =
        run(
            "export",
            "view",
            "-w",
            workspace.toString(),
            "--rows",
            "client",
            "--measures",
            "tokens",
            "--compare",
            "--out",
            dir.resolve("pivot.csv").toString());

    assertThat(result.code).isEqualTo(2);
    assertThat(result.err).contains("--compare needs a period");
  }

  private CliRun run(String... args) {
    return CliRun.run(services, args);
  }
}
