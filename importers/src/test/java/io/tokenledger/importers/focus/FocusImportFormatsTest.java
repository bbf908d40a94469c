package io.tokenledger.importers.focus;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.engine.focus.ScratchDatabase;
import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImportStatus;
import io.tokenledger.sampledata.focus.FocusCostGenerator;
import io.tokenledger.sampledata.focus.FocusGeneratorOptions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV, CSV.gz, Parquet and a folder of parts import to the same cost lines. */
class FocusImportFormatsTest {

  private static final FocusGeneratorOptions OPTIONS =
      FocusGeneratorOptions.defaults().withRows(2_000);

  @TempDir Path dir;

  private Map<String, BigDecimal[]> imported(Path file, long rows) throws Exception {
    try (Workspace workspace = new DuckDbWorkspaceStore("test").inMemory()) {
      ImportReport report = FocusTestSupport.importFile(workspace, file);
      assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
      assertThat(report.rowsImported()).isEqualTo(rows);
      assertThat(report.formatVersion()).isEqualTo("1.2");
      return FocusTestSupport.totals(workspace);
    }
  }

  private static void assertSameTotals(
      Map<String, BigDecimal[]> actual, Map<String, BigDecimal[]> expected) {
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    expected.forEach(
        (key, sums) -> {
          assertThat(cents(actual.get(key)[0])).as("billed " + key).isEqualTo(cents(sums[0]));
          assertThat(cents(actual.get(key)[1])).as("effective " + key).isEqualTo(cents(sums[1]));
        });
  }

  private static BigDecimal cents(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_EVEN);
  }

  @Test
  void csvAndGzippedCsvGiveTheTotalsTheFileAddsUpTo() throws Exception {
    Path csv = FocusCostGenerator.write(dir.resolve("month.csv"), OPTIONS).path();
    Path gz = FocusCostGenerator.write(dir.resolve("month.csv.gz"), OPTIONS.withGzip(true)).path();
    Map<String, BigDecimal[]> expected = FocusRealDataImportTest.expectedTotals(CsvTable.read(csv));
    assertSameTotals(imported(csv, 2_000), expected);
    assertSameTotals(imported(gz, 2_000), expected);
  }

  @Test
  void parquetWithItsOwnColumnTypesGivesTheSameTotals() throws Exception {
    Path csv = FocusCostGenerator.write(dir.resolve("month.csv"), OPTIONS).path();
    Path parquet = dir.resolve("month.parquet");
    try (Connection connection = ScratchDatabase.open();
        PreparedStatement copy =
            connection.prepareStatement(
                "COPY (SELECT * FROM read_csv(?)) TO '"
                    + parquet.toString().replace("'", "''")
                    + "' (FORMAT parquet)")) {
      copy.setString(1, csv.toString());
      copy.execute();
    }
    assertSameTotals(
        imported(parquet, 2_000), FocusRealDataImportTest.expectedTotals(CsvTable.read(csv)));
  }

  @Test
  void aParquetColumnOfTheWrongTypeIsReportedAndConverted() throws Exception {
    Path csv = FocusCostGenerator.write(dir.resolve("month.csv"), OPTIONS.withRows(100)).path();
    Path parquet = dir.resolve("text-costs.parquet");
    try (Connection connection = ScratchDatabase.open();
        PreparedStatement copy =
            connection.prepareStatement(
                "COPY (SELECT * REPLACE (CAST(BilledCost AS VARCHAR) AS BilledCost) FROM read_csv(?))"
                    + " TO '"
                    + parquet.toString().replace("'", "''")
                    + "' (FORMAT parquet)")) {
      copy.setString(1, csv.toString());
      copy.execute();
    }
    try (Workspace workspace = new DuckDbWorkspaceStore("test").inMemory()) {
      ImportReport report = FocusTestSupport.importFile(workspace, parquet);
      assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
      assertThat(report.warnings())
          .contains(
              "wrong type: BilledCost is VARCHAR in the file where FOCUS has decimal; its values are"
                  + " converted");
      assertSameTotals(
          FocusTestSupport.totals(workspace),
          FocusRealDataImportTest.expectedTotals(CsvTable.read(csv)));
    }
  }

  @Test
  void aFolderOfPartsIsOneSourceWithEachRowsFileKept() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("export"));
    Path first =
        FocusCostGenerator.write(folder.resolve("part-0.csv"), OPTIONS.withRows(700)).path();
    Path second =
        FocusCostGenerator.write(
                folder.resolve("2025-01").resolve("part-1.csv.gz"),
                OPTIONS.withRows(300).withSeed(7).withGzip(true))
            .path();
    Path secondPlain =
        FocusCostGenerator.write(dir.resolve("part-1.csv"), OPTIONS.withRows(300).withSeed(7))
            .path();
    Map<String, BigDecimal[]> expected =
        new HashMap<>(FocusRealDataImportTest.expectedTotals(CsvTable.read(first)));
    FocusRealDataImportTest.expectedTotals(CsvTable.read(secondPlain))
        .forEach(
            (key, sums) ->
                expected.merge(
                    key, sums, (a, b) -> new BigDecimal[] {a[0].add(b[0]), a[1].add(b[1])}));
    try (Workspace workspace = new DuckDbWorkspaceStore("test").inMemory()) {
      ImportReport report = FocusTestSupport.importFile(workspace, folder);
      assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
      assertThat(report.rowsImported()).isEqualTo(1_000);
      assertSameTotals(FocusTestSupport.totals(workspace), expected);
      assertThat(
              FocusTestSupport.query(
                  workspace,
                  "SELECT extra->>'tl_source_file' AS file, count(*) AS n, min(source_line) AS first,"
                      + " max(source_line) AS last FROM cost_lines GROUP BY ALL ORDER BY file"))
          .extracting(r -> r.get("file"), r -> r.get("n"), r -> r.get("first"), r -> r.get("last"))
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  Path.of("2025-01", "part-1.csv.gz").toString(), 300L, 2L, 301L),
              org.assertj.core.groups.Tuple.tuple("part-0.csv", 700L, 2L, 701L));
      assertThat(second).exists();
    }
  }

  @Test
  void theContractCommitmentDatasetGoesToItsOwnTable() throws Exception {
    String text =
        String.join(
            "\n",
            "ContractCommitmentId,ContractCommitmentType,ContractCommitmentCategory,ContractCommitmentCost,"
                + "ContractCommitmentQuantity,ContractCommitmentUnit,ContractCommitmentDescription,"
                + "ContractCommitmentPeriodStart,ContractCommitmentPeriodEnd,ContractId,ContractPeriodStart,"
                + "ContractPeriodEnd,BillingCurrency,x_Region",
            "cc-1,Token Spend Commitment,Spend,500000.00,,,\"Year one, tokens\",2025-05-01T00:00:00Z,"
                + "2026-05-01T00:00:00Z,contract-9,2025-05-01T00:00:00Z,2027-05-01T00:00:00Z,USD,us",
            "cc-2,Reserved Capacity,Usage,,8760,Hours,GPU hours,2025-05-01T00:00:00Z,2026-05-01T00:00:00Z,"
                + "contract-9,2025-05-01T00:00:00Z,2027-05-01T00:00:00Z,USD,eu",
            "");
    Path file = dir.resolve("contract_commitment.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    try (Workspace workspace = new DuckDbWorkspaceStore("test").inMemory()) {
      ImportReport report = FocusTestSupport.importFile(workspace, file);
      assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
      assertThat(report.formatVersion()).isEqualTo("1.3");
      assertThat(report.rowsImported()).isEqualTo(2);
      List<Map<String, Object>> rows =
          FocusTestSupport.query(
              workspace,
              "SELECT source_line, ContractCommitmentId, ContractCommitmentCost, ContractCommitmentQuantity,"
                  + " ContractCommitmentDescription, extra->>'x_Region' AS region,"
                  + " strftime(timezone('UTC', ContractPeriodEnd), '%Y-%m-%d') AS contract_end"
                  + " FROM contract_commitments ORDER BY source_line");
      assertThat(rows)
          .extracting(
              r -> r.get("source_line"),
              r -> r.get("ContractCommitmentId"),
              r -> r.get("ContractCommitmentDescription"),
              r -> r.get("region"),
              r -> r.get("contract_end"))
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  2L, "cc-1", "Year one, tokens", "us", "2027-05-01"),
              org.assertj.core.groups.Tuple.tuple(3L, "cc-2", "GPU hours", "eu", "2027-05-01"));
      assertThat((BigDecimal) rows.get(0).get("ContractCommitmentCost"))
          .isEqualByComparingTo("500000");
      assertThat((BigDecimal) rows.get(1).get("ContractCommitmentQuantity"))
          .isEqualByComparingTo("8760");
      assertThat(FocusTestSupport.single(workspace, "SELECT count(*) FROM cost_lines"))
          .isEqualTo(0L);
    }
  }
}
