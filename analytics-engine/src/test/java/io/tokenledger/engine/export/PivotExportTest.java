package io.tokenledger.engine.export;

import static io.tokenledger.engine.testing.LedgerFixture.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tokenledger.engine.allocation.DuckDbAllocationService;
import io.tokenledger.engine.explore.Dimension;
import io.tokenledger.engine.explore.DuckDbExploreService;
import io.tokenledger.engine.explore.Measure;
import io.tokenledger.engine.explore.PivotRequest;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.testing.LedgerFixture;
import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export what you see: the files hold the lines shown, and their parts add up. */
class PivotExportTest {

  private static final Instant EXPORTED = Instant.parse("2026-11-02T10:15:30Z");

  @TempDir Path folder;

  private final Workspace workspace = new DuckDbWorkspaceStore("test").inMemory();
  private final DuckDbExploreService explore = new DuckDbExploreService();
  private LedgerFixture ledger;

  @BeforeEach
  void ledger() throws Exception {
    ledger = new LedgerFixture(workspace, 1);
    // $10.00 over three equal events: 3.333... each, so the cents only add up when apportioned.
    ledger.costLine(
        "openai", "gpt-4o", "in_uncached", day(10, 5), day(10, 6), "10.00", "USD", "API");
    ledger.costLine("openai", "gpt-4o", "out_text", day(9, 7), day(9, 8), "2.00", "USD", "API");
    ledger.costLine(
        "anthropic", "claude-haiku-4-5", "out_text", day(10, 5), day(10, 6), "5.00", "USD", "API");
    ledger.event("openai", "gpt-4o", day(10, 5).plusHours(1), "acme", "chat", 100, 0, 0);
    ledger.event("openai", "gpt-4o", day(10, 5).plusHours(2), "acme", "rag", 100, 0, 0);
    ledger.event("openai", "gpt-4o", day(10, 5).plusHours(3), "globex", "chat", 100, 0, 0);
    ledger.event("openai", "gpt-4o", day(9, 7).plusHours(1), "acme", "chat", 0, 50, 0);
    ledger.event(
        "anthropic",
        "claude-haiku-4-5",
        day(10, 5).plusHours(4),
        "=HYPERLINK(\"http://evil.example\",\"click\")",
        "@SUM(A1)",
        0,
        30,
        0);
    new DuckDbAllocationService().run(workspace, ProgressListener.NONE, Cancellation.none());
  }

  @AfterEach
  void close() throws Exception {
    ledger.close();
    workspace.close();
  }

  @Test
  void xlsxHoldsTheShownLinesAndEverySubtotalIsTheSumOfItsLines() throws Exception {
    PivotTable table =
        PivotTable.of(
            explore.pivot(
                workspace,
                PivotRequest.of(
                        List.of(Dimension.PROVIDER, Dimension.CLIENT),
                        List.of(Measure.ALLOCATED_COST, Measure.TOKENS))
                    .withColumn(Dimension.MONTH),
                Cancellation.none()));
    Path file = folder.resolve("pivot.xlsx");

    new PivotExport(table, "acme.tlw", EXPORTED).writeXlsx(file);

    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      Sheet sheet = workbook.getSheet("Pivot");
      int headerRow = rowStartingWith(sheet, "Provider");
      assertThat(texts(sheet.getRow(headerRow)))
          .containsExactly(
              "Provider",
              "Client",
              "2026-09 · Allocated cost (USD)",
              "2026-09 · Tokens",
              "2026-10 · Allocated cost (USD)",
              "2026-10 · Tokens",
              "Total · Allocated cost (USD)",
              "Total · Tokens",
              "Total · % of total");
      PaneInformation pane = sheet.getPaneInformation();
      assertThat(pane.isFreezePane()).isTrue();
      assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) (headerRow + 1));
      assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 2);

      List<List<Object>> shown = new ArrayList<>();
      for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
        shown.add(cells(sheet.getRow(r), 9));
      }
      // Independent: October's $10.00 splits 3.33/3.33/3.34 (largest remainder), acme keeps two
      // of them; September's $2.00 is acme's; anthropic's $5.00 goes to the one event.
      assertThat(shown)
          .containsExactly(
              List.of("openai", "acme", "2.00", "50", "6.67", "200", "8.67", "250", "51.0"),
              List.of("openai", "globex", "", "", "3.33", "100", "3.33", "100", "19.6"),
              List.of("openai Total", "", "2.00", "50", "10.00", "300", "12.00", "350", "70.6"),
              List.of(
                  "anthropic",
                  "=HYPERLINK(\"http://evil.example\",\"click\")",
                  "",
                  "",
                  "5.00",
                  "30",
                  "5.00",
                  "30",
                  "29.4"),
              List.of("anthropic Total", "", "", "", "5.00", "30", "5.00", "30", "29.4"),
              List.of("Grand total", "", "2.00", "50", "15.00", "330", "17.00", "380", "100.0"));
      // Every money and share column: the subtotal is the sum of the detail lines above it, and
      // the grand total the sum of the subtotals.
      for (int c : new int[] {2, 4, 6, 8}) {
        assertThat(sum(shown.subList(0, 2), c)).isEqualByComparingTo(decimal(shown.get(2), c));
        assertThat(sum(shown.subList(3, 4), c)).isEqualByComparingTo(decimal(shown.get(4), c));
        assertThat(sum(List.of(shown.get(2), shown.get(4)), c))
            .isEqualByComparingTo(decimal(shown.get(5), c));
      }
      assertThat(decimal(shown.get(5), 6))
          .isEqualByComparingTo(ledger.decimal("SELECT sum(BilledCost) FROM cost_lines"));

      Row subtotal = sheet.getRow(headerRow + 3);
      assertThat(workbook.getFontAt(subtotal.getCell(0).getCellStyle().getFontIndex()).getBold())
          .isTrue();
      assertThat(workbook.getFontAt(subtotal.getCell(6).getCellStyle().getFontIndex()).getBold())
          .isTrue();
      Row detail = sheet.getRow(headerRow + 1);
      assertThat(workbook.getFontAt(detail.getCell(6).getCellStyle().getFontIndex()).getBold())
          .isFalse();
      assertThat(detail.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
      assertThat(detail.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
      assertThat(detail.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
    }
  }

  @Test
  void textThatWouldStartAFormulaIsWrittenAsLiteralText() throws Exception {
    PivotTable table =
        PivotTable.of(
            explore.pivot(
                workspace,
                PivotRequest.of(
                        List.of(Dimension.CLIENT, Dimension.FEATURE), List.of(Measure.TOKENS))
                    .withFilter(Dimension.PROVIDER, Set.of("anthropic", "-1+1")),
                Cancellation.none()));
    Path xlsx = folder.resolve("hostile.xlsx");
    Path csv = folder.resolve("hostile.csv");
    PivotExport export = new PivotExport(table, "acme.tlw", EXPORTED);

    export.writeXlsx(xlsx);
    export.writeCsv(csv);

    try (InputStream in = Files.newInputStream(xlsx);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      Sheet sheet = workbook.getSheet("Pivot");
      Row line = sheet.getRow(rowStartingWith(sheet, "Client") + 1);
      for (int c = 0; c < 2; c++) {
        Cell cell = line.getCell(c);
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
      }
      assertThat(line.getCell(0).getStringCellValue())
          .isEqualTo("=HYPERLINK(\"http://evil.example\",\"click\")");
      assertThat(line.getCell(1).getStringCellValue()).isEqualTo("@SUM(A1)");
      Cell filters = sheet.getRow(rowStartingWith(sheet, "Filters")).getCell(1);
      assertThat(filters.getStringCellValue()).isEqualTo("Provider = -1+1, anthropic");
      assertThat(filters.getCellType()).isEqualTo(CellType.STRING);
    }
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(lines)
        .contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",'@SUM(A1),30,100.0");
  }

  @Test
  void csvHasTheHeaderBlockThenTheSameLinesAsTheTable() throws Exception {
    PivotTable table =
        PivotTable.of(
            explore.pivot(
                workspace,
                PivotRequest.of(List.of(Dimension.FEATURE), List.of(Measure.ALLOCATED_COST))
                    .withFilter(Dimension.PROVIDER, Set.of("openai"))
                    .withPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1)),
                Cancellation.none()));
    Path csv = folder.resolve("pivot.csv");

    new PivotExport(table, "acme.tlw", EXPORTED).writeCsv(csv);

    assertThat(Files.readString(csv, StandardCharsets.UTF_8))
        .isEqualTo(
            String.join(
                "\r\n",
                "TokenLedger pivot,exported what the Explore view shows",
                "Workspace,acme.tlw",
                "Period,2026-10",
                "Rows,Feature",
                "Columns,(none)",
                "Measures,Allocated cost",
                "Filters,Provider = openai",
                "Currency,USD (amounts rounded to the cent; subtotals equal the lines above them)",
                "Exported at,2026-11-02T10:15:30Z",
                "",
                "Feature,Allocated cost (USD),% of total",
                "chat,6.67,66.7",
                "rag,3.33,33.3",
                "Grand total,10.00,100.0",
                ""));
  }

  @Test
  void theChangeAgainstThePreviousPeriodComparesTheRoundedAmounts() {
    PivotRequest october =
        PivotRequest.of(List.of(Dimension.CLIENT), List.of(Measure.ALLOCATED_COST))
            .withFilter(Dimension.PROVIDER, Set.of("openai"))
            .withPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1));
    PivotRequest september =
        october.withPeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1));

    PivotTable table =
        PivotTable.of(
            explore.pivot(workspace, october, Cancellation.none()),
            explore.pivot(workspace, september, Cancellation.none()),
            "Sep 2026");

    assertThat(table.columns())
        .extracting(PivotColumn::header)
        .containsExactly(
            "Allocated cost (USD)",
            "% of total",
            "Change vs Sep 2026 (USD)",
            "Change vs Sep 2026 %");
    assertThat(table.lines())
        .extracting(l -> l.labels().get(0) + "=" + l.values())
        .containsExactly(
            "acme=[6.67, 66.7, 4.67, 233.5]",
            "globex=[3.33, 33.3, 3.33, null]",
            "Grand total=[10.00, 100.0, 8.00, 400.0]");
  }

  @Test
  void theFormatFollowsTheFileName() {
    assertThat(PivotExport.Format.of(Path.of("a/b.XLSX"))).isEqualTo(PivotExport.Format.XLSX);
    assertThat(PivotExport.Format.of(Path.of("b.csv"))).isEqualTo(PivotExport.Format.CSV);
    assertThatThrownBy(() -> PivotExport.Format.of(Path.of("b.pdf")))
        .hasMessageContaining("name it .csv or .xlsx");
  }

  @Test
  void periodsReadAsAMonthOrAsFirstAndLastDay() {
    assertThat(PivotExport.describePeriod(null, null)).isEqualTo("All time");
    assertThat(PivotExport.describePeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1)))
        .isEqualTo("2026-10");
    assertThat(PivotExport.describePeriod(LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 18)))
        .isEqualTo("2026-10-03 to 2026-10-17");
  }

  private static int rowStartingWith(Sheet sheet, String text) {
    for (Row row : sheet) {
      Cell first = row.getCell(0);
      if (first != null
          && first.getCellType() == CellType.STRING
          && first.getStringCellValue().equals(text)) {
        return row.getRowNum();
      }
    }
    throw new AssertionError("no row starts with " + text);
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    row.forEach(cell -> texts.add(cell.getStringCellValue()));
    return texts;
  }

  /** The row's cells as text; numbers as plain decimals (percent formats as percent numbers). */
  private static List<Object> cells(Row row, int width) {
    List<Object> cells = new ArrayList<>();
    for (int c = 0; c < width; c++) {
      Cell cell = row.getCell(c);
      if (cell == null) {
        cells.add("");
      } else if (cell.getCellType() == CellType.NUMERIC) {
        BigDecimal value = BigDecimal.valueOf(cell.getNumericCellValue());
        String format = cell.getCellStyle().getDataFormatString();
        if (format.contains("%")) {
          cells.add(value.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString());
        } else if (format.contains(".00")) {
          cells.add(value.setScale(2, RoundingMode.HALF_UP).toPlainString());
        } else {
          cells.add(value.setScale(0, RoundingMode.HALF_UP).toPlainString());
        }
      } else {
        cells.add(cell.getStringCellValue());
      }
    }
    return cells;
  }

  private static BigDecimal decimal(List<Object> row, int column) {
    String text = (String) row.get(column);
    return text.isEmpty() ? BigDecimal.ZERO : new BigDecimal(text);
  }

  private static BigDecimal sum(List<List<Object>> rows, int column) {
    return rows.stream().map(r -> decimal(r, column)).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
