package io.tokenledger.importers.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.tokenledger.importers.ImportException;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImportStatus;
import io.tokenledger.importers.RejectedRow;
import io.tokenledger.importers.models.ImportFixture;
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
    SheetPreview sheet = templates.readSheet(october, 3);
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
    SheetPreview sheet = templates.readSheet(xlsx, 5);
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
        new InvoiceMapping("Date", "Amount", null, null, null, null, null, null, "x", null);

    assertThatThrownBy(() -> templates.save(fixture.workspace(), "Wrong", header, wrong))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("date column 'Date' is not in the sheet")
        .hasMessageContaining("no default currency");
  }
}
