package io.tokenledger.engine.showback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.tokenledger.engine.explore.MissingFxRateException;
import io.tokenledger.engine.reconcile.DuckDbReconcileService;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.CancelledException;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PoiShowbackServiceTest {

  private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

  private final Workspace workspace = new DuckDbWorkspaceStore("test").inMemory();
  private final PoiShowbackService showback = new PoiShowbackService();

  @TempDir Path dir;

  @AfterEach
  void close() {
    workspace.close();
  }

  @Test
  void summaryTotalsEqualTheWorkspaceTotalsToTheCent() throws Exception {
    ShowbackFixture.fill(workspace, true);
    Path file = export(ShowbackRequest.of(OCTOBER, ShowbackGrouping.CLIENT));

    // independently: every cost line of October, converted at the month's rate, is allocated or
    // unallocated exactly once
    BigDecimal billed =
        sql(
            "SELECT sum(c.BilledCost * CASE WHEN c.BillingCurrency = 'USD' THEN 1 ELSE r.rate END)"
                + " FROM cost_lines c LEFT JOIN fx_rates r ON r.from_currency = c.BillingCurrency"
                + " AND r.period = DATE '2026-10-01' WHERE c.ChargePeriodStart >= '2026-10-01'"
                + " AND c.ChargePeriodStart < '2026-11-01'");
    BigDecimal unallocated =
        sql("SELECT sum(BilledCost) FROM cost_lines WHERE model = 'o3'"); // nobody used o3
    BigDecimal previous =
        sql("SELECT sum(BilledCost) FROM cost_lines WHERE ChargePeriodStart < '2026-10-01'");
    assertThat(billed).isEqualByComparingTo("189.77");

    try (XSSFWorkbook book = open(file)) {
      XSSFSheet summary = book.getSheet("Summary");
      Row total = rowLabelled(summary, "Total billed");
      assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(cents(billed));
      assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(cents(previous));
      assertThat(rowLabelled(summary, "Unallocated").getCell(1).getNumericCellValue())
          .isEqualTo(cents(unallocated));
      assertThat(rowLabelled(summary, "Allocated").getCell(1).getNumericCellValue())
          .isEqualTo(cents(billed.subtract(unallocated)));
      assertThat(rowLabelled(summary, "Tokens").getCell(1).getNumericCellValue())
          .isEqualTo(300 + 100 + 100 + 21 + 999 + 1);
      assertThat(rowLabelled(summary, "Period").getCell(1).getLocalDateTimeCellValue())
          .isEqualTo(LocalDate.of(2026, 10, 1).atStartOfDay());
      assertThat(rowLabelled(summary, "Period").getCell(1).getCellStyle().getDataFormatString())
          .isEqualTo("mmmm yyyy");

      List<Row> groups = groupRows(summary);
      assertThat(groups)
          .extracting(r -> r.getCell(0).getStringCellValue())
          .containsExactly("acme", "globex", ShowbackFixture.INJECTED, "initech", "(unallocated)");
      // acme: 60 (gpt-4o) + 3.3333333334 (claude) + 0.022 (mistral) + 12.50 (EC2)
      assertThat(groups.get(0).getCell(1).getNumericCellValue()).isEqualTo(75.86);
      assertThat(sum(groups, 1)).isEqualTo(cents(billed));
      assertThat(sum(groups, 2)).isEqualTo(1.0, within(1e-9));
      Row groupTotal = rowLabelled(summary, "Total");
      assertThat(groupTotal.getCell(1).getNumericCellValue()).isEqualTo(cents(billed));
    }
  }

  @Test
  void everySheetAddsUpToTheSummary() throws Exception {
    ShowbackFixture.fill(workspace, true);
    Path file = export(ShowbackRequest.of(OCTOBER, ShowbackGrouping.CLIENT));

    try (XSSFWorkbook book = open(file)) {
      XSSFSheet summary = book.getSheet("Summary");
      double total = rowLabelled(summary, "Total billed").getCell(1).getNumericCellValue();
      double sheetTotals = 0;
      for (Row group : groupRows(summary)) {
        String sheetName = group.getCell(11).getStringCellValue();
        XSSFSheet sheet = book.getSheet(sheetName);
        assertThat(sheet).as(sheetName).isNotNull();
        double billed = sheet.getRow(4).getCell(1).getNumericCellValue();
        assertThat(billed).as(sheetName).isEqualTo(group.getCell(1).getNumericCellValue());
        // each table on the group sheet adds up to the sheet's billed figure
        List<Double> tableTotals = totalsOf(sheet);
        assertThat(tableTotals)
            .as(sheetName)
            .hasSize(3)
            .allSatisfy(t -> assertThat(t).isEqualTo(billed));
        sheetTotals += billed;
      }
      assertThat(round(sheetTotals)).isEqualTo(total);

      XSSFSheet units = book.getSheet("Unit economics");
      assertThat(lastTotal(units, 2)).isEqualTo(total);
      assertThat(round(sumAbove(units, 2))).isEqualTo(total);

      XSSFSheet asymmetry = book.getSheet("Asymmetry");
      Row acme = rowLabelled(asymmetry, "acme");
      assertThat(acme.getCell(1).getNumericCellValue()).isEqualTo(1000.0);
      assertThat(acme.getCell(3).getNumericCellValue()).isEqualTo(75.86);
      assertThat(acme.getCell(5).getNumericCellValue()).isEqualTo(924.14);
      assertThat(lastTotal(asymmetry, 3)).isEqualTo(total);
      assertThat(lastTotal(asymmetry, 1)).isEqualTo(1250.0);
      assertThat(rowLabelled(asymmetry, "umbrella").getCell(3).getNumericCellValue())
          .isEqualTo(0.0);

      XSSFSheet rateCard = book.getSheet("Rate card");
      // the 2025 price ended before October: only the two prices in force are listed
      assertThat(rowLabelled(rateCard, "openai").getCell(5).getNumericCellValue()).isEqualTo(2.5);
      assertThat(rateCard.getRow(5).getCell(5).getNumericCellValue()).isEqualTo(10.0);
      assertThat((Object) rateCard.getRow(6)).isNull();

      XSSFSheet methodology = book.getSheet("Methodology");
      Row reason = rowContaining(methodology, 1, "no usage of o3");
      assertThat(reason.getCell(3).getNumericCellValue()).isEqualTo(7.77);
      Row source = rowContaining(methodology, 6, "sha1");
      assertThat(source.getCell(3).getStringCellValue()).isEqualTo("bill");
      assertThat(source.getCell(7).getCellStyle().getDataFormatString())
          .isEqualTo("yyyy-mm-dd hh:mm:ss");
      assertThat(rowContaining(methodology, 1, "claude-haiku-4-5")).isNotNull();
    }
  }

  @Test
  void auditFormulasOverDetailEvaluateToTheStoredValues() throws Exception {
    ShowbackFixture.fill(workspace, true);
    Path file = export(ShowbackRequest.of(OCTOBER, ShowbackGrouping.CLIENT));

    try (XSSFWorkbook book = open(file)) {
      XSSFSheet detail = book.getSheet("Detail");
      long allocations =
          sql("SELECT count(*) FROM allocations WHERE day >= '2026-10-01'"
                  + " AND day < '2026-11-01'")
              .longValue();
      assertThat(detail.getLastRowNum()).isEqualTo((int) allocations);
      assertThat(detail.getRow(1).getCell(0).getCellStyle().getDataFormatString())
          .isEqualTo("yyyy-mm-dd");
      assertThat(detail.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(detail.getCTWorksheet().getAutoFilter().getRef())
          .isEqualTo("A1:U" + (allocations + 1));

      XSSFFormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
      int formulas = 0;
      for (XSSFSheet sheet : sheets(book)) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.FORMULA) {
              double stored = cell.getNumericCellValue();
              CellValue evaluated = evaluator.evaluate(cell);
              assertThat(evaluated.getNumberValue())
                  .as(
                      sheet.getSheetName()
                          + "!"
                          + new CellReference(cell).formatAsString()
                          + " "
                          + cell.getCellFormula())
                  .isCloseTo(stored, within(1e-6));
              formulas++;
            }
          }
        }
      }
      assertThat(formulas).isGreaterThan(30);
      Row total = rowLabelled(book.getSheet("Summary"), "Total billed");
      assertThat(total.getCell(5).getCellFormula())
          .isEqualTo("SUM('Detail'!$O$2:$O$" + (allocations + 1) + ")");
      assertThat(evaluator.evaluate(total.getCell(5)).getNumberValue())
          .isCloseTo(189.77, within(1e-9));
    }
  }

  @Test
  void detailOverflowingASheetContinuesOnTheNextAndTheFormulasSpanBoth() throws Exception {
    ShowbackFixture.fill(workspace, false);
    PoiShowbackService small = new PoiShowbackService(new DuckDbReconcileService(), 5);
    Path file = dir.resolve("split.xlsx");
    ShowbackPack pack =
        small.export(
            workspace,
            ShowbackRequest.of(OCTOBER, ShowbackGrouping.FEATURE),
            file,
            ProgressListener.NONE,
            Cancellation.none());

    assertThat(pack.sheets())
        .contains("Detail", "Detail 2", "Detail 3")
        .doesNotContain("Asymmetry");
    try (XSSFWorkbook book = open(file)) {
      XSSFFormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
      Cell audit = rowLabelled(book.getSheet("Summary"), "Total billed").getCell(5);
      assertThat(audit.getCellFormula()).contains("'Detail 3'!$O$2");
      assertThat(evaluator.evaluate(audit).getNumberValue()).isCloseTo(189.77, within(1e-9));
      assertThat(book.getSheet("Detail").getLastRowNum()).isEqualTo(5);
    }
  }

  @Test
  void chartsAreBoundToTheirTablesWithExplicitColours() throws Exception {
    ShowbackFixture.fill(workspace, true);
    Path file = export(ShowbackRequest.of(OCTOBER, ShowbackGrouping.CLIENT));

    try (XSSFWorkbook book = open(file)) {
      XSSFSheet summary = book.getSheet("Summary");
      List<XSSFChart> charts = summary.getDrawingPatriarch().getCharts();
      assertThat(charts).hasSize(3);
      int firstGroup = groupRows(summary).get(0).getRowNum() + 1;
      int lastGroup = firstGroup + 4;
      XDDFChartData.Series spend = charts.get(0).getChartSeries().get(0).getSeries(0);
      assertThat(spend.getValuesData().getDataRangeReference())
          .isEqualTo("Summary!$B$" + firstGroup + ":$B$" + lastGroup);
      assertThat(spend.getCategoryData().getDataRangeReference())
          .isEqualTo("Summary!$A$" + firstGroup + ":$A$" + lastGroup);
      XDDFChartData trend = charts.get(1).getChartSeries().get(0);
      assertThat(trend.getSeriesCount()).isEqualTo(5);
      assertThat(trend.getSeries(0).getValuesData().getPointCount()).isEqualTo(31);
      XDDFChartData shares = charts.get(2).getChartSeries().get(0);
      assertThat(shares.getSeries(0).getValuesData().getDataRangeReference())
          .startsWith("Asymmetry!$C$5:$C$");
      for (XSSFChart chart : charts) {
        for (XDDFChartData data : chart.getChartSeries()) {
          for (int i = 0; i < data.getSeriesCount(); i++) {
            assertThat(data.getSeries(i).getShapeProperties().getFillProperties())
                .as(chart.getTitleText() + " series " + i)
                .isNotNull();
          }
        }
      }
      XSSFSheet acme = book.getSheet("acme");
      XSSFDrawing drawing = acme.getDrawingPatriarch();
      assertThat(drawing.getCharts()).hasSize(1);
    }
  }

  @Test
  void theSummaryHasNoRevenueChartOrAsymmetrySheetWithoutRevenue() throws Exception {
    ShowbackFixture.fill(workspace, false);
    Path file = export(ShowbackRequest.of(OCTOBER, ShowbackGrouping.TEAM));

    try (XSSFWorkbook book = open(file)) {
      assertThat(book.getSheet("Asymmetry")).isNull();
      assertThat(book.getSheet("Summary").getDrawingPatriarch().getCharts()).hasSize(2);
      // no team is mapped: the allocated cost is unmapped, the shared cost is labelled as such
      assertThat(groupRows(book.getSheet("Summary")))
          .extracting(r -> r.getCell(0).getStringCellValue())
          .containsExactly("(unmapped)", "(shared)", "(unallocated)");
    }
  }

  @Test
  void importedTextThatLooksLikeAFormulaArrivesAsText() throws Exception {
    ShowbackFixture.fill(workspace, true);
    Path file = export(ShowbackRequest.of(OCTOBER, ShowbackGrouping.CLIENT));

    try (XSSFWorkbook book = open(file)) {
      Row injected = rowLabelled(book.getSheet("Summary"), ShowbackFixture.INJECTED);
      assertThat(injected.getCell(0).getCellType()).isEqualTo(CellType.STRING);
      assertThat(injected.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
      String sheetName = injected.getCell(11).getStringCellValue();
      assertThat(sheetName).isEqualTo("=HYPERLINK(\"http___x\",\"y\")");
      Cell title = book.getSheet(sheetName).getRow(0).getCell(0);
      assertThat(title.getCellType()).isEqualTo(CellType.STRING);
      assertThat(title.getStringCellValue()).isEqualTo(ShowbackFixture.INJECTED);

      int detailCells = 0;
      for (XSSFSheet sheet : sheets(book)) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.FORMULA) {
              assertThat(cell.getCellFormula()).doesNotContainIgnoringCase("HYPERLINK(\"http");
            }
            if (cell.getCellType() == CellType.STRING
                && cell.getStringCellValue().equals(ShowbackFixture.INJECTED)) {
              assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
              if (sheet.getSheetName().equals("Detail")) {
                detailCells++;
              }
            }
          }
        }
        for (Hyperlink link : sheet.getHyperlinkList()) {
          assertThat(link.getType()).isEqualTo(HyperlinkType.DOCUMENT);
        }
      }
      assertThat(detailCells).isEqualTo(2); // its gpt-4o usage and its share of EC2
      assertThat(book.getExternalLinksTable()).isEmpty();
    }
  }

  @Test
  void sheetNamesAreValidUniqueAndThePropertiesNameThePack() throws Exception {
    ShowbackFixture.fill(workspace, true);
    try (Connection connection = workspace.newConnection();
        Statement s = connection.createStatement()) {
      s.execute("UPDATE allocations SET client = 'Summary' WHERE client = 'initech'");
      s.execute(
          "UPDATE allocations SET client = 'A very long client name: with [brackets] and more'"
              + " WHERE client = 'globex'");
    }
    Path file =
        export(ShowbackRequest.of(OCTOBER, ShowbackGrouping.CLIENT).withGenerator("TokenLedger 9"));

    try (XSSFWorkbook book = open(file)) {
      List<String> names = new ArrayList<>();
      for (int i = 0; i < book.getNumberOfSheets(); i++) {
        names.add(book.getSheetName(i));
      }
      assertThat(names)
          .contains("Summary", "Summary (2)", "A very long client name_ with _")
          .allSatisfy(n -> assertThat(n.length()).isLessThanOrEqualTo(31))
          .allSatisfy(n -> assertThat(n).doesNotContainPattern("[\\[\\]:*?/\\\\]"))
          .doesNotHaveDuplicates();
      assertThat(names.get(0)).isEqualTo("Summary");
      assertThat(names.get(names.size() - 1)).isEqualTo("Detail");
      assertThat(book.getProperties().getCoreProperties().getTitle())
          .isEqualTo("Showback pack 2026-10 by client");
      assertThat(book.getProperties().getCoreProperties().getCreator()).isEqualTo("TokenLedger 9");
      assertThat(book.getProperties().getCustomProperties().getProperty("Period").getLpwstr())
          .isEqualTo("2026-10");
      assertThat(book.getProperties().getCustomProperties().getProperty("Generated by").getLpwstr())
          .isEqualTo("TokenLedger 9");
    }
  }

  @Test
  void aPackForOneAudienceHoldsOnlyItsCost() throws Exception {
    ShowbackFixture.fill(workspace, true);
    Path file =
        export(
            ShowbackRequest.of(OCTOBER, ShowbackGrouping.CLIENT).withAudiences(Set.of("globex")));
    BigDecimal globex =
        sql(
            "SELECT sum(billed * CASE WHEN currency = 'EUR' THEN 1.1 ELSE 1 END) FROM allocations"
                + " WHERE client = 'globex' AND day >= '2026-10-01'");

    try (XSSFWorkbook book = open(file)) {
      XSSFSheet summary = book.getSheet("Summary");
      assertThat(rowLabelled(summary, "Total billed").getCell(1).getNumericCellValue())
          .isEqualTo(cents(globex));
      assertThat(rowLabelled(summary, "Unallocated").getCell(1).getNumericCellValue())
          .isEqualTo(0.0);
      assertThat(groupRows(summary)).hasSize(1);
      assertThat(book.getSheet("acme")).isNull();
      assertThat(rowLabelled(book.getSheet("Asymmetry"), "globex").getCell(1).getNumericCellValue())
          .isEqualTo(200.0);
      assertThat(rowLabelled(book.getSheet("Asymmetry"), "acme")).isNull();
    }
  }

  @Test
  void thePreviewShowsTheSummarysNumbers() throws Exception {
    ShowbackFixture.fill(workspace, true);
    ShowbackSummary preview =
        showback.preview(workspace, ShowbackRequest.of(OCTOBER, ShowbackGrouping.CLIENT));

    assertThat(preview.billed()).isEqualByComparingTo("189.77");
    assertThat(preview.unallocated()).isEqualByComparingTo("7.77");
    assertThat(preview.allocated()).isEqualByComparingTo("182.00");
    assertThat(preview.previousBilled()).isEqualByComparingTo("40.00");
    assertThat(preview.groups().get(0).group()).isEqualTo("acme");
    assertThat(preview.groups().get(0).billed()).isEqualByComparingTo("75.86");
    assertThat(
            preview.groups().stream()
                .map(GroupSpend::billed)
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("189.77");
    assertThat(preview.hasRevenue()).isTrue();
    assertThat(showback.audiences(workspace, OCTOBER, ShowbackGrouping.CLIENT))
        .containsExactly("acme", "globex", ShowbackFixture.INJECTED, "initech", "(unallocated)");
  }

  @Test
  void aMissingFxRateStopsTheExportAndLeavesNoFile() throws Exception {
    ShowbackFixture.fill(workspace, false);
    try (Connection connection = workspace.newConnection();
        Statement s = connection.createStatement()) {
      s.execute("DELETE FROM fx_rates");
    }
    Path file = dir.resolve("pack.xlsx");

    assertThatThrownBy(
            () ->
                showback.export(
                    workspace,
                    ShowbackRequest.of(OCTOBER, ShowbackGrouping.CLIENT),
                    file,
                    ProgressListener.NONE,
                    Cancellation.none()))
        .isInstanceOf(MissingFxRateException.class)
        .hasMessageContaining("EUR 2026-10");
    assertThat(file).doesNotExist();
  }

  @Test
  void cancellingWhileDetailStreamsLeavesNoFile() throws Exception {
    ShowbackFixture.fill(workspace, false);
    Path file = dir.resolve("pack.xlsx");
    Cancellation cancellation = new Cancellation();
    List<String> steps = new ArrayList<>();

    assertThatThrownBy(
            () ->
                showback.export(
                    workspace,
                    ShowbackRequest.of(OCTOBER, ShowbackGrouping.CLIENT),
                    file,
                    (done, total, message) -> {
                      steps.add(message);
                      if (message.startsWith("Writing detail")) {
                        cancellation.cancel();
                      }
                    },
                    cancellation))
        .isInstanceOf(CancelledException.class);
    assertThat(steps).contains("Writing detail rows");
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void withoutTheDetailSectionThereAreNoAuditFormulas() throws Exception {
    ShowbackFixture.fill(workspace, false);
    Path file =
        export(
            ShowbackRequest.of(OCTOBER, ShowbackGrouping.CLIENT)
                .withSections(EnumSet.of(ShowbackSection.SUMMARY, ShowbackSection.GROUP_SHEETS)));

    try (XSSFWorkbook book = open(file)) {
      assertThat(book.getSheet("Detail")).isNull();
      assertThat(book.getSheet("Rate card")).isNull();
      for (XSSFSheet sheet : sheets(book)) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
          }
        }
      }
    }
  }

  // --- helpers

  private Path export(ShowbackRequest request) {
    Path file = dir.resolve("pack.xlsx");
    ShowbackPack pack =
        showback.export(workspace, request, file, ProgressListener.NONE, Cancellation.none());
    assertThat(pack.file()).isEqualTo(file.toAbsolutePath());
    return file;
  }

  static XSSFWorkbook open(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  private BigDecimal sql(String query) throws Exception {
    try (Connection connection = workspace.newConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      rows.next();
      return rows.getBigDecimal(1);
    }
  }

  private static double cents(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP).doubleValue();
  }

  private static double round(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
  }

  /** The sum of a column over rows, rounded to the cent as a reader adding them up would. */
  private static double sum(List<Row> rows, int column) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Row row : rows) {
      sum = sum.add(BigDecimal.valueOf(row.getCell(column).getNumericCellValue()));
    }
    return sum.doubleValue();
  }

  private static List<XSSFSheet> sheets(XSSFWorkbook book) {
    List<XSSFSheet> sheets = new ArrayList<>();
    for (int i = 0; i < book.getNumberOfSheets(); i++) {
      sheets.add(book.getSheetAt(i));
    }
    return sheets;
  }

  /** The first row whose first cell is exactly {@code label}, or null. */
  static Row rowLabelled(XSSFSheet sheet, String label) {
    for (Row row : sheet) {
      Cell first = row.getCell(0);
      if (first != null
          && first.getCellType() == CellType.STRING
          && first.getStringCellValue().equals(label)) {
        return row;
      }
    }
    return null;
  }

  private static Row rowContaining(XSSFSheet sheet, int column, String text) {
    for (Row row : sheet) {
      Cell cell = row.getCell(column);
      if (cell != null
          && cell.getCellType() == CellType.STRING
          && cell.getStringCellValue().contains(text)) {
        return row;
      }
    }
    return null;
  }

  /** The summary's group lines: between the group table's header and its Total line. */
  static List<Row> groupRows(XSSFSheet summary) {
    List<Row> rows = new ArrayList<>();
    for (int r = SummarySheet.GROUP_HEADER_ROW + 1; ; r++) {
      Row row = summary.getRow(r);
      if (row.getCell(0).getStringCellValue().equals("Total")) {
        return rows;
      }
      rows.add(row);
    }
  }

  /** The billed figure of every "Total" line below the key figures of a group sheet. */
  private static List<Double> totalsOf(XSSFSheet sheet) {
    List<Double> totals = new ArrayList<>();
    for (Row row : sheet) {
      Cell first = row.getCell(0);
      if (first != null
          && first.getCellType() == CellType.STRING
          && first.getStringCellValue().equals("Total")) {
        // billed is the first money column: B for the feature table, C for feature x model and for
        // buckets (whose B is tokens)
        int column = totals.size() == 0 ? 1 : 2;
        double sumAbove = 0;
        for (int r = row.getRowNum() - 1; ; r--) {
          Cell cell = sheet.getRow(r).getCell(column);
          if (cell == null || cell.getCellType() != CellType.NUMERIC) {
            break;
          }
          sumAbove += cell.getNumericCellValue();
        }
        assertThat(round(sumAbove))
            .as(sheet.getSheetName() + " row " + row.getRowNum())
            .isEqualTo(row.getCell(column).getNumericCellValue());
        totals.add(row.getCell(column).getNumericCellValue());
      }
    }
    return totals;
  }

  private static double lastTotal(XSSFSheet sheet, int column) {
    return rowLabelled(sheet, "Total").getCell(column).getNumericCellValue();
  }

  private static double sumAbove(XSSFSheet sheet, int column) {
    Row total = rowLabelled(sheet, "Total");
    double sum = 0;
    for (int r = total.getRowNum() - 1; r > 3; r--) {
      sum += sheet.getRow(r).getCell(column).getNumericCellValue();
    }
    return sum;
  }
}
