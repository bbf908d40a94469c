package io.tokenledger.importers.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.tokenledger.importers.ImportOptions;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImportStatus;
import io.tokenledger.importers.RejectedRow;
import io.tokenledger.importers.models.ImportFixture;
import io.tokenledger.sampledata.DemoCompany;
import io.tokenledger.sampledata.DemoFormats;
import io.tokenledger.sampledata.DemoManifest;
import io.tokenledger.sampledata.DemoOptions;
import io.tokenledger.sampledata.DemoSource;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevenueImportTest {

  @TempDir static Path demo;
  private static DemoManifest manifest;

  @TempDir Path temp;
  private final ImportFixture fixture = new ImportFixture();
  private final RevenueTemplateService templates = new DefaultRevenueTemplateService();

  @BeforeAll
  static void generate() throws Exception {
    manifest =
        DemoCompany.generate(
            demo, new DemoOptions(DemoOptions.DEFAULT_SEED, 1, EnumSet.of(DemoSource.REVENUE)));
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  private static Path demoFile(String format) {
    return manifest.files(format).get(0).path();
  }

  @Test
  void theDemoCsvImportsWithTheBuiltInColumnsAndTotalsToTheCentPerCurrency() throws Exception {
    Path csv = demoFile(DemoFormats.REVENUE_CSV);

    ImportReport report = fixture.importFile(csv);

    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(report.formatId()).isEqualTo(RevenueImporter.FORMAT_ID);
    assertThat(report.warnings()).contains("read with the built-in revenue columns");
    assertThat(report.rowsImported()).isEqualTo(240);
    Map<String, BigDecimal> expected = new HashMap<>();
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        PreparedStatement sum =
            duck.prepareStatement(
                "SELECT currency, sum(CAST(amount AS DECIMAL(38,10))) FROM read_csv(?,"
                    + " all_varchar = true) GROUP BY currency")) {
      sum.setString(1, csv.toString());
      try (ResultSet rows = sum.executeQuery()) {
        while (rows.next()) {
          expected.put(rows.getString(1), rows.getBigDecimal(2));
        }
      }
    }
    assertThat(expected).containsKeys("USD", "EUR");
    for (Map.Entry<String, BigDecimal> currency : expected.entrySet()) {
      assertThat(
              fixture.decimal(
                  "SELECT sum(amount) FROM revenue WHERE currency = ?", currency.getKey()))
          .isEqualByComparingTo(currency.getValue());
    }
    assertThat(
            fixture.rows(
                "SELECT client, client_id, period_start, period_end, currency FROM revenue"
                    + " WHERE client = 'Northwind Traders' ORDER BY period_start LIMIT 1"))
        .containsExactly(
            Arrays.asList(
                "Northwind Traders", "northwind-traders", "2026-05-01", "2026-05-31", "USD"));
  }

  @Test
  void theDemoXlsxImportsTheSameRowsTotallingTheCellsToTheCent() throws Exception {
    Path xlsx = demoFile(DemoFormats.REVENUE_XLSX);
    BigDecimal cells = BigDecimal.ZERO;
    int rows = 0;
    try (InputStream in = Files.newInputStream(xlsx);
        Workbook workbook = WorkbookFactory.create(in)) {
      Sheet sheet = workbook.getSheetAt(0);
      for (Row row : sheet) {
        if (row.getRowNum() > 0) {
          cells = cells.add(BigDecimal.valueOf(row.getCell(6).getNumericCellValue()));
          rows++;
        }
      }
    }

    ImportReport report = fixture.importFile(xlsx);

    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(report.formatId()).isEqualTo(RevenueImporter.FORMAT_ID);
    assertThat(report.rowsImported()).isEqualTo(rows).isEqualTo(240);
    assertThat(fixture.decimal("SELECT sum(amount) FROM revenue"))
        .isEqualByComparingTo(cells.setScale(2, java.math.RoundingMode.HALF_EVEN));
    assertThat(fixture.count("SELECT count(*) FROM revenue WHERE currency = 'EUR'")).isEqualTo(6);
  }

  @Test
  void aBadRowIsRejectedWithItsLineAndColumnAndNothingIsImported() throws Exception {
    Path sheet = temp.resolve("revenue_bad.csv");
    Files.writeString(
        sheet,
        "client,period_start,amount,currency\n"
            + "Acme,2026-10-01,100.00,USD\n"
            + "Globex,2026-10-01,12O.00,USD\n"
            + ",2026-10-01,5,USD\n"
            + "Initech,2026-13-01,5,EURO\n");

    ImportReport report = fixture.importFile(sheet);

    assertThat(report.status()).isEqualTo(ImportStatus.REJECTED);
    assertThat(report.rejects())
        .extracting(RejectedRow::file, RejectedRow::line, RejectedRow::column)
        .containsExactly(
            tuple("revenue_bad.csv", 3L, "amount"),
            tuple("revenue_bad.csv", 4L, "client"),
            tuple("revenue_bad.csv", 5L, "currency"),
            tuple("revenue_bad.csv", 5L, "period_start"));
    assertThat(report.rejects().get(0).reason()).isEqualTo("not an amount: \"12O.00\"");
    assertThat(fixture.count("SELECT count(*) FROM revenue")).isZero();
  }

  @Test
  void aSheetOfAnotherShapeIsMappedOnceAndTheTemplateReapplied() throws Exception {
    Path october = temp.resolve("billing_oct.csv");
    Files.writeString(
        october,
        "Customer Ref,Kunde,Monat,Netto,Waehrung\n"
            + "acme,Acme Corp,2026-10,\"1.234,56\",EUR\n"
            + "globex,Globex,2026-10,99.5,USD\n");
    ImportOptions asRevenue = ImportOptions.defaults().withFormat(RevenueImporter.FORMAT_ID);
    assertThat(fixture.importFile(october, asRevenue).message())
        .contains("no revenue template matches");
    List<String> header = templates.readSheet(october, 0).header();
    templates.save(
        fixture.workspace(),
        "Billing export",
        header,
        new RevenueMapping(
            "Kunde", "Customer Ref", "Monat", null, "Netto", "Waehrung", null, null));

    ImportReport report = fixture.importFile(october, asRevenue);

    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(report.warnings()).contains("read with revenue template 'Billing export'");
    assertThat(
            fixture.rows(
                "SELECT client, client_id, period_start, period_end, amount, currency"
                    + " FROM revenue ORDER BY source_line"))
        .containsExactly(
            Arrays.asList(
                "Acme Corp", "acme", "2026-10-01", "2026-10-31", "1234.5600000000", "EUR"),
            Arrays.asList("Globex", "globex", "2026-10-01", "2026-10-31", "99.5000000000", "USD"));
    assertThat(templates.matching(fixture.workspace(), october)).isPresent();
  }
}
