package io.tokenledger.engine.showback;

import io.tokenledger.engine.showback.ShowbackQueries.ClientRevenue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Asymmetry, when revenue exists for the month: each client's share of revenue beside its share of
 * LLM spend, its margin after AI cost, and the chart of the two shares. Spend is the summary's
 * figure per client (apportioned the same way), revenue is apportioned to its own rounded total.
 */
final class AsymmetrySheet {

  static final int HEADER_ROW = 3;
  static final int CHART_CLIENTS = 10;

  private final PackContext context;
  int firstRow;
  int lastChartRow;

  AsymmetrySheet(PackContext context) {
    this.context = context;
  }

  void build(XSSFSheet sheet) {
    PackData data = context.data;
    PackStyles s = context.styles;
    SheetWriter out = new SheetWriter(sheet, s);
    List<ClientRevenue> clients = data.revenue;
    BigDecimal revenueTotal =
        Presented.cents(
            clients.stream()
                .map(c -> c.revenue() == null ? BigDecimal.ZERO : c.revenue())
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    List<BigDecimal> revenue =
        Presented.parts(
            clients.stream().map(c -> c.revenue() == null ? BigDecimal.ZERO : c.revenue()).toList(),
            revenueTotal);
    List<BigDecimal> spend =
        context.request().by() == ShowbackGrouping.CLIENT
            ? clients.stream().map(c -> data.billedOf(c.client())).toList()
            : Presented.parts(
                clients.stream().map(c -> c.spend() == null ? BigDecimal.ZERO : c.spend()).toList(),
                data.billed);
    List<BigDecimal> revenueShares = Presented.shares(revenue);
    List<BigDecimal> spendShares = Presented.shares(spend);

    out.note(0, 0, "Revenue vs LLM spend · " + context.periodName(), s.title);
    out.note(1, 0, headline(clients, revenueShares, spendShares, revenue, spend), s.subtitle);
    out.headers(
        HEADER_ROW,
        0,
        "Client",
        context.money("Revenue"),
        "Revenue share",
        context.money("LLM spend"),
        "Spend share",
        context.money("Margin after AI cost"),
        "Margin %",
        "Spend share ÷ revenue share");
    int row = HEADER_ROW + 1;
    firstRow = row;
    for (int i = 0; i < clients.size(); i++) {
      out.text(row, 0, clients.get(i).client());
      out.number(row, 1, revenue.get(i), s.money);
      out.number(row, 2, revenueShares.get(i), s.percent);
      out.number(row, 3, spend.get(i), s.money);
      out.number(row, 4, spendShares.get(i), s.percent);
      BigDecimal margin = revenue.get(i).subtract(spend.get(i));
      out.number(row, 5, margin, s.money);
      out.number(row, 6, ratio(margin, revenue.get(i)), s.percent);
      out.number(row, 7, ratio(spendShares.get(i), revenueShares.get(i)), s.unitCost);
      row++;
    }
    lastChartRow = Math.min(row - 1, firstRow + CHART_CLIENTS - 1);
    BigDecimal spendTotal = Presented.sum(spend);
    out.text(row, 0, "Total", s.totalText);
    out.number(row, 1, revenueTotal, s.moneyTotal);
    out.number(row, 2, revenueTotal.signum() == 0 ? null : BigDecimal.ONE, s.percentTotal);
    out.number(row, 3, spendTotal, s.moneyTotal);
    out.number(row, 4, spendTotal.signum() == 0 ? null : BigDecimal.ONE, s.percentTotal);
    out.number(row, 5, revenueTotal.subtract(spendTotal), s.moneyTotal);
    out.number(row, 6, ratio(revenueTotal.subtract(spendTotal), revenueTotal), s.percentTotal);
    out.applyWidths();
    sheet.createFreezePane(0, HEADER_ROW + 1);
    if (row - 1 > HEADER_ROW) {
      sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, row - 1, 0, 7));
    }
    SheetWriter.printLandscape(sheet);
    if (lastChartRow >= firstRow) {
      shareChart(
          sheet,
          new PackCharts.Placement(9, HEADER_ROW, 18, HEADER_ROW + 20),
          sheet,
          firstRow,
          lastChartRow);
    }
  }

  /** "Northwind: 12.0% of revenue, 78.0% of LLM spend, margin -41.0%" for the most asymmetric. */
  private static String headline(
      List<ClientRevenue> clients,
      List<BigDecimal> revenueShares,
      List<BigDecimal> spendShares,
      List<BigDecimal> revenue,
      List<BigDecimal> spend) {
    int worst = -1;
    BigDecimal widest = BigDecimal.ZERO;
    for (int i = 0; i < clients.size(); i++) {
      if (revenueShares.get(i) == null || spendShares.get(i) == null) {
        continue;
      }
      BigDecimal gap = spendShares.get(i).subtract(revenueShares.get(i));
      if (gap.compareTo(widest) > 0) {
        widest = gap;
        worst = i;
      }
    }
    if (worst < 0) {
      return "No client takes a larger share of LLM spend than of revenue.";
    }
    BigDecimal margin = ratio(revenue.get(worst).subtract(spend.get(worst)), revenue.get(worst));
    return clients.get(worst).client()
        + ": "
        + percent(revenueShares.get(worst))
        + " of revenue, "
        + percent(spendShares.get(worst))
        + " of LLM spend"
        + (margin == null ? "" : ", margin " + percent(margin));
  }

  private static String percent(BigDecimal share) {
    return share.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString()
        + "%";
  }

  private static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
    return part == null || whole == null || whole.signum() == 0
        ? null
        : part.divide(whole, MathContext.DECIMAL64);
  }

  /** The clustered chart of revenue share vs spend share, on any sheet, from this sheet's table. */
  static void shareChart(
      XSSFSheet host, PackCharts.Placement at, XSSFSheet source, int firstRow, int lastRow) {
    String name = source.getSheetName();
    PackCharts.bars(
        host,
        at,
        "Revenue share vs spend share",
        source,
        new CellRangeAddress(firstRow, lastRow, 0, 0),
        List.of(
            new PackCharts.Series(
                "Revenue share",
                new CellReference(name, HEADER_ROW, 2, true, true),
                new CellRangeAddress(firstRow, lastRow, 2, 2)),
            new PackCharts.Series(
                "Spend share",
                new CellReference(name, HEADER_ROW, 4, true, true),
                new CellRangeAddress(firstRow, lastRow, 4, 4))),
        PackCharts.Layout.CLUSTERED_COLUMNS,
        "0%");
  }
}
