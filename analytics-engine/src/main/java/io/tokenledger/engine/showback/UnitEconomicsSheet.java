package io.tokenledger.engine.showback;

import io.tokenledger.engine.showback.ShowbackQueries.UsageCost;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Unit economics: cost per task, per request and per 1M tokens by feature and model, over the whole
 * pack. The cost column is apportioned to the summary's total billed (feature first, then models
 * within it), so it adds up to the summary.
 */
final class UnitEconomicsSheet {

  static final int HEADER_ROW = 3;

  private final PackContext context;

  UnitEconomicsSheet(PackContext context) {
    this.context = context;
  }

  void build(XSSFSheet sheet) {
    PackData data = context.data;
    PackStyles s = context.styles;
    SheetWriter out = new SheetWriter(sheet, s);
    out.note(0, 0, "Unit economics · " + context.periodName(), s.title);
    out.note(
        1,
        0,
        "Cost per task, per request and per 1M tokens by feature and model · amounts in "
            + context.request().currency(),
        s.subtitle);
    out.headers(
        HEADER_ROW,
        0,
        GroupSheets.headers(
            List.of("Feature", "Model", context.money("Billed"), "Share"),
            context.audited() ? "Recomputed from Detail" : ""));
    List<UsageCost> features = new ArrayList<>();
    Map<String, List<UsageCost>> models = new LinkedHashMap<>();
    for (UsageCost cost : data.unitEconomics) {
      if (cost.model() == null) {
        features.add(cost);
      } else {
        models.computeIfAbsent(cost.sub(), k -> new ArrayList<>()).add(cost);
      }
    }
    features.sort(Comparator.comparing(UsageCost::billed).reversed().thenComparing(UsageCost::sub));
    List<BigDecimal> featureBilled =
        Presented.parts(features.stream().map(UsageCost::billed).toList(), data.billed);
    List<UsageCost> lines = new ArrayList<>();
    List<BigDecimal> presented = new ArrayList<>();
    for (int i = 0; i < features.size(); i++) {
      List<UsageCost> mine = new ArrayList<>(models.getOrDefault(features.get(i).sub(), List.of()));
      mine.sort(Comparator.comparing(UsageCost::billed).reversed().thenComparing(UsageCost::model));
      lines.addAll(mine);
      presented.addAll(
          Presented.parts(mine.stream().map(UsageCost::billed).toList(), featureBilled.get(i)));
    }
    List<BigDecimal> shares = Presented.shares(lines.stream().map(UsageCost::billed).toList());
    int row = HEADER_ROW + 1;
    for (int i = 0; i < lines.size(); i++) {
      UsageCost cost = lines.get(i);
      out.text(row, 0, cost.sub());
      out.text(row, 1, cost.model());
      out.number(row, 2, presented.get(i), s.money);
      out.number(row, 3, shares.get(i), s.percent);
      context.usageFigures(out, row, 4, cost);
      if (context.audited()) {
        out.formula(
            row,
            10,
            context.detail.sumIfs(
                DetailRefs.BILLED,
                List.of(
                    DetailRefs.equalTo(DetailRefs.FEATURE, cost.sub(), "$A" + (row + 1)),
                    DetailRefs.equalTo(DetailRefs.MODEL, cost.model(), "$B" + (row + 1)))),
            cost.billed().doubleValue(),
            s.audit);
      }
      row++;
    }
    int last = row - 1;
    ShowbackQueries.Totals now = data.current;
    out.text(row, 0, "Total", s.totalText);
    out.number(row, 2, data.billed, s.moneyTotal);
    out.number(row, 3, lines.isEmpty() ? null : BigDecimal.ONE, s.percentTotal);
    out.number(row, 4, now.tokens(), s.countTotal);
    out.number(row, 5, now.requests(), s.countTotal);
    out.number(row, 6, now.tasks(), s.countTotal);
    out.number(row, 7, Presented.perMillion(now.billed(), now.tokens()), s.unitCost);
    out.number(row, 8, Presented.per(now.billed(), now.requests()), s.unitCost);
    out.number(row, 9, Presented.per(now.billed(), now.tasks()), s.unitCost);
    if (context.audited()) {
      out.formula(
          row,
          10,
          "SUM(K" + (HEADER_ROW + 2) + ":K" + Math.max(HEADER_ROW + 2, row) + ")",
          now.billed().doubleValue(),
          s.audit);
    }
    out.applyWidths();
    sheet.createFreezePane(0, HEADER_ROW + 1);
    if (last > HEADER_ROW) {
      sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, last, 0, context.audited() ? 10 : 9));
    }
    SheetWriter.printLandscape(sheet);
  }
}
