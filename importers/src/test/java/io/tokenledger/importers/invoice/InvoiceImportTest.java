package io.tokenledger.importers.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.tokenledger.importers.ImportException;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImportStatus;
import io.tokenledger.importers.RejectedRow;
import io.tokenledger.importers.models.ImportFixture;
import io.tokenledger.importers.sheet.SheetLayout;
import io.tokenledger.importers.sheet.SheetRows;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvoiceImportTest {

  private static final InvoiceMapping ACME =
      new InvoiceMapping(
          "Invoice Date",
          "Amount",
          "Currency",
          "Description",
          "Model",
          "Qty",
          "Unit",
          "USD",
          "anthropic",
          null,
          null,
          null);

  private final ImportFixture fixture = new ImportFixture();
  private final InvoiceTemplateService templates = new DefaultInvoiceTemplateService();

  @TempDir Path temp;

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void aSheetOfAnUnknownShapeAsksForAMappingFirst() {
    ImportReport report =
        fixture.importFile(ImportFixture.resource(getClass(), "acme_ai_invoice_2026-10.csv"));

    assertThat(report.status()).isEqualTo(ImportStatus.FAILED);
    assertThat(report.formatId()).isEqualTo(InvoiceImporter.FORMAT_ID);
    assertThat(report.message()).contains("no invoice template matches its columns");
  }

  @Test
  void aSavedTemplateIsReappliedToTheNextFileOfTheSameShape() {
    Path october = ImportFixture.resource(getClass(), "acme_ai_invoice_2026-10.csv");
    SheetRows sheet = templates.readSheet(october, 3);
    assertThat(sheet.header())
        .containsExactly(
            "Invoice Date", "Description", "Model", "Qty", "Unit", "Amount", "Currency");
    assertThat(sheet.rows()).hasSize(3);
    templates.save(fixture.workspace(), "Acme AI", sheet.header(), ACME);

    ImportReport report = fixture.importFile(october);

    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(report.warnings()).contains("read with invoice template 'Acme AI'");
    assertThat(
            fixture.rows(
                "SELECT BilledCost, BillingCurrency, model, token_bucket, tokens, ChargeCategory"
                    + " FROM cost_lines ORDER BY source_line"))
        .containsExactly(
            Arrays.asList(
                "1234.5000000000", "USD", "claude-sonnet-4-5", "in_uncached", "120000000", "Usage"),
            Arrays.asList(
                "48.0000000000", "USD", "claude-sonnet-4-5", "out_text", "3200000", "Usage"),
            Arrays.asList(
                "3.0000000000", "USD", "claude-sonnet-4-5", "in_cache_write_1h", "500000", "Usage"),
            Arrays.asList("-12.0000000000", "USD", null, null, null, "Credit"),
            Arrays.asList("1234.5600000000", "EUR", null, null, null, "Usage"),
            Arrays.asList("0.1000000000", "USD", null, "in_cache_read", "2000", "Usage"));
    assertThat(report.warnings()).anyMatch(w -> w.contains("'Acme Turbo 9' (1 rows)"));
    assertThat(
            fixture.decimal("SELECT sum(BilledCost) FROM cost_lines WHERE BillingCurrency = 'USD'"))
        .isEqualByComparingTo(
            new BigDecimal("1234.50")
                .add(new BigDecimal("48.00"))
                .add(new BigDecimal("3.00"))
                .subtract(new BigDecimal("12.00"))
                .add(new BigDecimal("0.10")));
    assertThat(templates.list(fixture.workspace()))
        .extracting(InvoiceTemplate::name)
        .containsExactly("Acme AI");
  }

  @Test
  void badAmountsAndDatesAreRejectedUnderTheSheetsOwnColumnNames() {
    Path october = ImportFixture.resource(getClass(), "acme_ai_invoice_2026-10.csv");
    templates.save(fixture.workspace(), "Acme AI", templates.readSheet(october, 0).header(), ACME);

    ImportReport report =
        fixture.importFile(ImportFixture.resource(getClass(), "acme_ai_invoice_2026-11.csv"));

    assertThat(report.status()).isEqualTo(ImportStatus.REJECTED);
    assertThat(report.rejects())
        .extracting(RejectedRow::line, RejectedRow::column)
        .containsExactly(tuple(3L, "Amount"), tuple(4L, "Invoice Date"));
  }

  @Test
  void previewShowsTheLinesAndProblemsWithoutWritingTheWorkspace() {
    Path november = ImportFixture.resource(getClass(), "acme_ai_invoice_2026-11.csv");

    InvoicePreview preview = templates.preview(november, ACME, 10);

    assertThat(preview.lines())
        .extracting(InvoiceLinePreview::line, InvoiceLinePreview::date, InvoiceLinePreview::model)
        .containsExactly(tuple(2L, LocalDate.of(2026, 11, 30), "claude-sonnet-4-5"));
    assertThat(preview.lines().get(0).amount()).isEqualByComparingTo("1000.00");
    assertThat(preview.rejects()).extracting(RejectedRow::line).containsExactly(3L, 4L);
    assertThat(fixture.count("SELECT count(*) FROM cost_lines")).isZero();
    assertThat(templates.list(fixture.workspace())).isEmpty();
  }

  @Test
  void xlsxSheetsAreReadWithPoiAndMatchTheirTemplateByHeader() throws IOException {
    Path xlsx = temp.resolve("vendor-invoice.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(xlsx)) {
      Sheet sheet = workbook.createSheet("Invoice");
      CellStyle dateStyle = workbook.createCellStyle();
      dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d/m/yy"));
      Row header = sheet.createRow(0);
      List<String> names = List.of("Billing date", "Item", "Total (EUR)");
      for (int c = 0; c < names.size(); c++) {
        header.createCell(c).setCellValue(names.get(c));
      }
      Object[][] rows = {
        {LocalDate.of(2026, 10, 3), "GPU cluster", 1500.25},
        {LocalDate.of(2026, 10, 4), "gpt-4o-mini-2024-07-18 output", 19.9}
      };
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r + 1);
        row.createCell(0).setCellValue((LocalDate) rows[r][0]);
        row.getCell(0).setCellStyle(dateStyle);
        row.createCell(1).setCellValue((String) rows[r][1]);
        row.createCell(2).setCellValue((Double) rows[r][2]);
      }
      workbook.write(out);
    }
    SheetRows sheet = templates.readSheet(xlsx, 5);
    templates.save(
        fixture.workspace(),
        "GPU vendor",
        sheet.header(),
        new InvoiceMapping(
            "Billing date",
            "Total (EUR)",
            null,
            "Item",
            null,
            null,
            null,
            "EUR",
            "gpu-cloud",
            null,
            null,
            null));
    assertThat(templates.matching(fixture.workspace(), xlsx))
        .map(InvoiceTemplate::name)
        .contains("GPU vendor");

    ImportReport report = fixture.importFile(xlsx);

    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(report.formatId()).isEqualTo(InvoiceImporter.FORMAT_ID);
    assertThat(
            fixture.rows(
                "SELECT CAST(ChargePeriodStart AS VARCHAR), BilledCost, BillingCurrency, provider"
                    + " FROM cost_lines ORDER BY source_line"))
        .containsExactly(
            Arrays.asList("2026-10-03 00:00:00+00", "1500.2500000000", "EUR", "gpu-cloud"),
            Arrays.asList("2026-10-04 00:00:00+00", "19.9000000000", "EUR", "gpu-cloud"));
  }

  @Test
  void aMappingNamingAColumnTheSheetDoesNotHaveIsRefused() {
    Path october = ImportFixture.resource(getClass(), "acme_ai_invoice_2026-10.csv");
    List<String> header = templates.readSheet(october, 0).header();
    InvoiceMapping wrong =
        new InvoiceMapping(
            "Date", "Amount", null, null, null, null, null, null, "x", null, null, null);

    assertThatThrownBy(() -> templates.save(fixture.workspace(), "Wrong", header, wrong))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("date column 'Date' is not in the sheet")
        .hasMessageContaining("no default currency");
  }

  @Test
  void aTableBelowALetterheadOnASecondSheetIsFoundByItsSheetAndHeaderRow() throws IOException {
    Path march = letterheadWorkbook("vendor-2026-03.xlsx", "INV-0301", 120.5, 7.25);
    SheetLayout layout = new SheetLayout("Lines", 3);
    SheetRows sheet = templates.readSheet(march, layout, 5);
    assertThat(sheet.sheets()).containsExactly("Cover", "Lines");
    assertThat(sheet.header()).containsExactly("Day", "Service", "Net");
    InvoiceMapping mapping =
        new InvoiceMapping(
            "Day", "Net", null, "Service", null, null, null, "GBP", "vendor", null, "Lines", 3);
    InvoicePreview preview = templates.preview(march, mapping, 10);
    assertThat(preview.totals()).containsOnlyKeys("GBP");
    assertThat(preview.totals().get("GBP")).isEqualByComparingTo("127.75");
    templates.save(fixture.workspace(), "Vendor", sheet.header(), mapping);

    // The next month's letterhead has another invoice number: the table is what matches.
    Path april = letterheadWorkbook("vendor-2026-04.xlsx", "INV-0402", 99.99, 0.01);
    assertThat(templates.matching(fixture.workspace(), april))
        .map(InvoiceTemplate::name)
        .contains("Vendor");
    ImportReport report = fixture.importFile(april);

    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    // Lines keep the sheet's own row numbers: the header is row 3, the first line row 4.
    assertThat(
            fixture.rows(
                "SELECT source_line, BilledCost, BillingCurrency FROM cost_lines"
                    + " ORDER BY source_line"))
        .containsExactly(
            Arrays.asList("4", "99.9900000000", "GBP"), Arrays.asList("5", "0.0100000000", "GBP"));
  }

  private Path letterheadWorkbook(String name, String invoiceNumber, double first, double second)
      throws IOException {
    Path xlsx = temp.resolve(name);
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(xlsx)) {
      workbook.createSheet("Cover").createRow(0).createCell(0).setCellValue("Thank you");
      Sheet lines = workbook.createSheet("Lines");
      lines.createRow(0).createCell(0).setCellValue("Invoice " + invoiceNumber);
      lines.createRow(1).createCell(0).setCellValue("Vendor Ltd, 1 High Street");
      Row header = lines.createRow(2);
      header.createCell(0).setCellValue("Day");
      header.createCell(1).setCellValue("Service");
      header.createCell(2).setCellValue("Net");
      double[] amounts = {first, second};
      for (int r = 0; r < amounts.length; r++) {
        Row row = lines.createRow(3 + r);
        row.createCell(0).setCellValue("2026-04-0" + (r + 1));
        row.createCell(1).setCellValue("API usage");
        row.createCell(2).setCellValue(amounts[r]);
      }
      workbook.write(out);
    }
    return xlsx;
  }
}
