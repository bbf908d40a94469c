package io.tokenledger.engine.showback;

import io.tokenledger.engine.showback.ShowbackQueries.DaySpend;
import io.tokenledger.engine.showback.ShowbackQueries.GroupLine;
import io.tokenledger.engine.showback.ShowbackQueries.Totals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The Summary sheet: the month's totals beside the previous month's, the groups largest first, the
 * daily trend, and the charts (spend by group, daily spend, and revenue share vs spend share when
 * revenue exists). Where the pack has Detail rows, a "Recomputed from Detail" column holds live
 * SUMIFS formulas over them.
 */
final class SummarySheet {

  /** Groups listed one by one; the rest are one "All other" line. */
  static final int TOP_GROUPS = 15;

  /** Groups shown as their own series in the daily trend. */
  static final int TREND_GROUPS = 5;

  static final int KPI_HEADER_ROW = 3;
  static final int BILLED_ROW = 6;
  static final int GROUP_HEADER_ROW = 18;
  static final int CHART_COLUMN = 8;

  private final PackContext context;
  private final SheetWriter out;
  private final PackData data;

  /** Rows of the groups table, for the chart. */
  int firstGroupRow;

  int lastRankedGroupRow;
  int trendHeaderRow;
  int trendLastRow;
  int trendSeries;

  SummarySheet(PackContext context, XSSFSheet sheet) {
    this.context = context;
    this.out = new SheetWriter(sheet, context.styles);
    this.data = context.data;
  }

  void build(String generatedAt) {
    PackStyles s = context.styles;
    ShowbackRequest request = context.request();
    out.note(0, 0, "Showback pack · " + context.periodName(), s.title);
    out.note(
        1,
        0,
        "By "
            + request.by().id()
            + " · "
            + audienceText(request)
            + " · amounts in "
            + request.currency()
            + " · generated "
            + generatedAt
            + " by "
            + request.generator(),
        s.subtitle);
    keyFigures();
    groupTable();
    trendTable();
    out.applyWidths();
    out.sheet.setColumnWidth(0, 30 * 256);
    out.sheet.createFreezePane(0, 2);
    SheetWriter.printLandscape(out.sheet);
  }

  private static String audienceText(ShowbackRequest request) {
    if (request.audiences().isEmpty()) {
      return "all " + request.by().plural();
    }
    List<String> names = new ArrayList<>(request.audiences());
    names.sort(String::compareTo);
    return "for " + String.join(", ", names);
  }

  private void keyFigures() {
    PackStyles s = context.styles;
    out.headers(
        KPI_HEADER_ROW,
        0,
        "Key figures",
        "This period",
        "Previous period",
        "Change",
        "Change %",
        context.audited() ? "Recomputed from Detail" : "",
        context.audited() ? "Rounding carried" : "");
    int row = KPI_HEADER_ROW + 1;
    out.text(row, 0, "Period", s.bold);
    out.date(row, 1, context.request().period().atDay(1), s.month);
    out.date(row, 2, context.request().period().minusMonths(1).atDay(1), s.month);
    row++;
    out.text(row, 0, "Reporting currency", s.bold);
    out.text(row, 1, context.request().currency());
    row++;
    Totals now = data.current;
    Totals before = data.previous;
    moneyFigure(
        row++,
        "Total billed",
        data.billed,
        data.previousBilled,
        now.billed(),
        context.audited() ? context.detail.sum(DetailRefs.BILLED) : null);
    moneyFigure(
        row++,
        "Allocated",
        data.allocated,
        data.previousAllocated,
        now.allocated(),
        context.audited()
            ? context.detail.sumIfs(
                DetailRefs.BILLED, List.of(DetailRefs.where(DetailRefs.METHOD, "<>unallocated")))
            : null);
    moneyFigure(
        row++,
        "Unallocated",
        data.unallocated,
        data.previousUnallocated,
        now.unallocated(),
        context.audited()
            ? context.detail.sumIfs(
                DetailRefs.BILLED, List.of(DetailRefs.where(DetailRefs.METHOD, "unallocated")))
            : null);
    countFigure(row, "Tokens", now.tokens(), before.tokens());
    if (context.audited()) {
      out.formula(
          row, 5, context.detail.sum(DetailRefs.TOKENS), now.tokens(), context.styles.count);
    }
    row++;
    countFigure(row++, "Requests", now.requests(), before.requests());
    countFigure(row++, "Tasks", now.tasks(), before.tasks());
    unitFigure(
        row++,
        "Cost per 1M tokens",
        Presented.perMillion(now.billed(), now.tokens()),
        Presented.perMillion(before.billed(), before.tokens()));
    unitFigure(
        row++,
        "Cost per request",
        Presented.per(now.billed(), now.requests()),
        Presented.per(before.billed(), before.requests()));
    unitFigure(
        row++,
        "Cost per task",
        Presented.per(now.billed(), now.tasks()),
        Presented.per(before.billed(), before.tasks()));
    out.text(row, 0, capitalised(context.request().by().plural()) + " with cost", s.bold);
    out.number(row, 1, data.groupsWithCost().size(), s.count);
  }

  private void moneyFigure(
      int row,
      String label,
      BigDecimal now,
      BigDecimal before,
      BigDecimal exact,
      String auditFormula) {
    PackStyles s = context.styles;
    out.text(row, 0, label, s.bold);
    out.number(row, 1, now, s.moneyBold);
    out.number(row, 2, before, s.money);
    out.number(row, 3, now.subtract(before), s.money);
    out.number(row, 4, Presented.change(now, before), s.percent);
    if (auditFormula != null) {
      out.formula(row, 5, auditFormula, exact.doubleValue(), s.audit);
      String presented = new CellReference(row, 1).formatAsString();
      String recomputed = new CellReference(row, 5).formatAsString();
      out.formula(
          row, 6, presented + "-" + recomputed, now.subtract(exact).doubleValue(), s.unitCost);
    }
  }

  private void countFigure(int row, String label, long now, long before) {
    PackStyles s = context.styles;
    out.text(row, 0, label, s.bold);
    out.number(row, 1, now, s.count);
    out.number(row, 2, before, s.count);
    out.number(row, 3, now - before, s.count);
    out.number(
        row, 4, Presented.change(BigDecimal.valueOf(now), BigDecimal.valueOf(before)), s.percent);
  }

  private void unitFigure(int row, String label, BigDecimal now, BigDecimal before) {
    PackStyles s = context.styles;
    out.text(row, 0, label, s.bold);
    out.number(row, 1, now, s.unitCost);
    out.number(row, 2, before, s.unitCost);
    if (now != null && before != null) {
      out.number(row, 3, now.subtract(before), s.unitCost);
      out.number(row, 4, Presented.change(now, before), s.percent);
    }
  }

  private void groupTable() {
    PackStyles s = context.styles;
    ShowbackGrouping by = context.request().by();
    out.text(GROUP_HEADER_ROW - 1, 0, "Spend by " + by.id(), s.section);
    List<String> headers =
        new ArrayList<>(
            List.of(
                by.label(),
                context.money("Billed"),
                "Share",
                context.money("Previous"),
                "Change %",
                "Tokens",
                "Requests",
                "Tasks",
                "Cost per 1M tokens",
                "Cost per task"));
    if (context.audited()) {
      headers.add("Recomputed from Detail");
    }
    headers.add("Sheet");
    out.headers(GROUP_HEADER_ROW, 0, headers.toArray(String[]::new));
    int auditColumn = 10;
    int sheetColumn = context.audited() ? 11 : 10;
    int row = GROUP_HEADER_ROW + 1;
    firstGroupRow = row;
    int shown = Math.min(TOP_GROUPS, data.groups.size());
    if (data.groups.size() == TOP_GROUPS + 1) {
      shown = data.groups.size(); // an "All other" line for one group would just hide its name
    }
    for (int i = 0; i < shown; i++) {
      GroupLine line = data.groups.get(i);
      out.text(row, 0, line.group());
      groupFigures(
          row,
          data.groupBilled.get(i),
          data.groupShares.get(i),
          data.groupPrevious.get(i),
          line.billed(),
          line.previous(),
          line.tokens(),
          line.requests(),
          line.tasks());
      if (context.audited()) {
        String cell = new CellReference(row, 0, true, true).formatAsString();
        out.formula(
            row,
            auditColumn,
            context.detail.sumIfs(
                DetailRefs.BILLED,
                List.of(DetailRefs.equalTo(DetailRefs.groupColumn(by), line.group(), cell))),
            line.billed().doubleValue(),
            s.audit);
      }
      String sheetName = context.groupSheets.get(line.group());
      if (sheetName != null) {
        out.linkToSheet(row, sheetColumn, sheetName, sheetName);
      }
      row++;
    }
    lastRankedGroupRow = row - 1;
    if (shown < data.groups.size()) {
      List<GroupLine> rest = data.groups.subList(shown, data.groups.size());
      out.text(row, 0, "All other " + by.plural() + " (" + rest.size() + ")", s.text);
      groupFigures(
          row,
          Presented.sum(data.groupBilled.subList(shown, data.groups.size())),
          Presented.sum(data.groupShares.subList(shown, data.groups.size())),
          Presented.sum(data.groupPrevious.subList(shown, data.groups.size())),
          rest.stream().map(GroupLine::billed).reduce(BigDecimal.ZERO, BigDecimal::add),
          rest.stream().map(GroupLine::previous).reduce(BigDecimal.ZERO, BigDecimal::add),
          rest.stream().mapToLong(GroupLine::tokens).sum(),
          rest.stream().mapToLong(GroupLine::requests).sum(),
          rest.stream().mapToLong(GroupLine::tasks).sum());
      if (context.audited()) {
        BigDecimal restExact =
            rest.stream().map(GroupLine::billed).reduce(BigDecimal.ZERO, BigDecimal::add);
        out.formula(
            row,
            auditColumn,
            context.detail.sum(DetailRefs.BILLED)
                + "-SUM("
                + range(firstGroupRow, row - 1, auditColumn)
                + ")",
            restExact.doubleValue(),
            s.audit);
      }
      row++;
    }
    out.text(row, 0, "Total", s.totalText);
    Totals now = data.current;
    out.number(row, 1, data.billed, s.moneyTotal);
    out.number(row, 2, data.current.billed().signum() == 0 ? null : BigDecimal.ONE, s.percentTotal);
    out.number(row, 3, data.previousBilled, s.moneyTotal);
    out.number(row, 4, Presented.change(now.billed(), data.previous.billed()), s.percentTotal);
    out.number(row, 5, now.tokens(), s.countTotal);
    out.number(row, 6, now.requests(), s.countTotal);
    out.number(row, 7, now.tasks(), s.countTotal);
    out.number(row, 8, Presented.perMillion(now.billed(), now.tokens()), s.unitCost);
    out.number(row, 9, Presented.per(now.billed(), now.tasks()), s.unitCost);
    if (context.audited()) {
      out.formula(
          row,
          auditColumn,
          "SUM(" + range(firstGroupRow, row - 1, auditColumn) + ")",
          now.billed().doubleValue(),
          s.audit);
    }
    groupTotalRow = row;
  }

  int groupTotalRow;

  private void groupFigures(
      int row,
      BigDecimal billed,
      BigDecimal share,
      BigDecimal previous,
      BigDecimal exactBilled,
      BigDecimal exactPrevious,
      long tokens,
      long requests,
      long tasks) {
    PackStyles s = context.styles;
    out.number(row, 1, billed, s.money);
    out.number(row, 2, share, s.percent);
    out.number(row, 3, previous, s.money);
    out.number(row, 4, Presented.change(exactBilled, exactPrevious), s.percent);
    out.number(row, 5, tokens, s.count);
    out.number(row, 6, requests, s.count);
    out.number(row, 7, tasks, s.count);
    out.number(row, 8, Presented.perMillion(exactBilled, tokens), s.unitCost);
    out.number(row, 9, Presented.per(exactBilled, tasks), s.unitCost);
  }

  /**
   * Daily cost of the largest groups and of all the others. Each column is apportioned to its total
   * in the groups table, so the columns add up to the summary and each day's total is the sum of
   * its parts.
   */
  private void trendTable() {
    PackStyles s = context.styles;
    ShowbackGrouping by = context.request().by();
    List<Integer> withCost = data.groupsWithCost();
    int named = Math.min(TREND_GROUPS, withCost.size());
    if (withCost.size() == TREND_GROUPS + 1) {
      named = withCost.size();
    }
    List<String> columns = new ArrayList<>();
    List<BigDecimal> columnTotals = new ArrayList<>();
    Map<String, Integer> columnOf = new HashMap<>();
    for (int k = 0; k < named; k++) {
      int index = withCost.get(k);
      String group = data.groups.get(index).group();
      columnOf.put(group, columns.size());
      columns.add(group);
      columnTotals.add(data.groupBilled.get(index));
    }
    boolean other = named < data.groups.size();
    if (other) {
      BigDecimal rest = data.billed.subtract(Presented.sum(columnTotals));
      columns.add("All other " + by.plural());
      columnTotals.add(rest);
    }
    LocalDate first = context.request().period().atDay(1);
    int days = context.request().period().lengthOfMonth();
    boolean shared = data.trend.stream().anyMatch(DaySpend::shared);
    int lines = days + (shared ? 1 : 0);
    BigDecimal[][] exact = new BigDecimal[columns.size()][lines];
    for (BigDecimal[] column : exact) {
      java.util.Arrays.fill(column, BigDecimal.ZERO);
    }
    for (DaySpend spend : data.trend) {
      int line = spend.shared() ? days : spend.day().getDayOfMonth() - 1;
      int column = columnOf.getOrDefault(spend.group(), columns.size() - 1);
      exact[column][line] = exact[column][line].add(spend.billed());
    }
    trendHeaderRow = groupTotalRow + 3;
    out.text(trendHeaderRow - 1, 0, "Daily spend by " + by.id(), s.section);
    List<String> headers = new ArrayList<>();
    headers.add("Day");
    headers.addAll(columns);
    headers.add(context.money("Total"));
    out.headers(trendHeaderRow, 0, headers.toArray(String[]::new));
    List<List<BigDecimal>> presented = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      presented.add(Presented.parts(List.of(exact[c]), columnTotals.get(c)));
    }
    for (int d = 0; d < lines; d++) {
      int row = trendHeaderRow + 1 + d;
      if (d < days) {
        out.date(row, 0, first.plusDays(d), s.shortDate);
      } else {
        out.text(row, 0, "Shared costs (monthly)");
      }
      BigDecimal dayTotal = BigDecimal.ZERO;
      for (int c = 0; c < columns.size(); c++) {
        BigDecimal value = presented.get(c).get(d);
        out.number(row, 1 + c, value, s.money);
        dayTotal = dayTotal.add(value);
      }
      out.number(row, 1 + columns.size(), dayTotal, s.moneyBold);
    }
    trendLastRow = trendHeaderRow + days;
    int totalRow = trendHeaderRow + lines + 1;
    out.text(totalRow, 0, "Total", s.totalText);
    for (int c = 0; c < columns.size(); c++) {
      out.number(totalRow, 1 + c, columnTotals.get(c), s.moneyTotal);
    }
    out.number(totalRow, 1 + columns.size(), data.billed, s.moneyTotal);
    trendSeries = columns.size();
  }

  /** Charts go last: their caches are filled from the cells written above. */
  void charts(XSSFSheet asymmetry, int asymmetryFirstRow, int asymmetryLastRow) {
    XSSFSheet sheet = out.sheet;
    String name = sheet.getSheetName();
    ShowbackGrouping by = context.request().by();
    if (lastRankedGroupRow >= firstGroupRow) {
      PackCharts.bars(
          sheet,
          new PackCharts.Placement(CHART_COLUMN, 1, CHART_COLUMN + 8, GROUP_HEADER_ROW - 2),
          "Spend by " + by.id() + " (" + context.request().currency() + ")",
          sheet,
          new CellRangeAddress(firstGroupRow, lastRankedGroupRow, 0, 0),
          List.of(
              new PackCharts.Series(
                  context.money("Billed"),
                  new CellReference(name, GROUP_HEADER_ROW, 1, true, true),
                  new CellRangeAddress(firstGroupRow, lastRankedGroupRow, 1, 1))),
          PackCharts.Layout.RANKING,
          PackStyles.COUNT);
    }
    int chartTop = trendHeaderRow - 1;
    int chartLeft = Math.max(CHART_COLUMN, trendSeries + 3);
    if (trendSeries > 0) {
      List<PackCharts.Series> series = new ArrayList<>();
      for (int c = 0; c < trendSeries; c++) {
        series.add(
            new PackCharts.Series(
                sheet.getRow(trendHeaderRow).getCell(1 + c).getStringCellValue(),
                new CellReference(name, trendHeaderRow, 1 + c, true, true),
                new CellRangeAddress(trendHeaderRow + 1, trendLastRow, 1 + c, 1 + c)));
      }
      PackCharts.bars(
          sheet,
          new PackCharts.Placement(chartLeft, chartTop, chartLeft + 9, chartTop + 20),
          "Daily spend by " + by.id() + " (" + context.request().currency() + ")",
          sheet,
          new CellRangeAddress(trendHeaderRow + 1, trendLastRow, 0, 0),
          series,
          PackCharts.Layout.STACKED_COLUMNS,
          PackStyles.COUNT);
    }
    if (asymmetry != null && asymmetryLastRow >= asymmetryFirstRow) {
      AsymmetrySheet.shareChart(
          sheet,
          new PackCharts.Placement(chartLeft, chartTop + 22, chartLeft + 9, chartTop + 42),
          asymmetry,
          asymmetryFirstRow,
          asymmetryLastRow);
    }
  }

  private static String range(int firstRow, int lastRow, int column) {
    return new CellReference(firstRow, column).formatAsString()
        + ":"
        + new CellReference(lastRow, column).formatAsString();
  }

  static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  static String now() {
    return ZonedDateTime.now(ZoneOffset.UTC)
            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", java.util.Locale.ROOT))
        + " UTC";
  }
}
