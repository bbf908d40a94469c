package io.tokenledger.engine.showback;

import io.tokenledger.engine.showback.ShowbackQueries.BucketCost;
import io.tokenledger.engine.showback.ShowbackQueries.GroupLine;
import io.tokenledger.engine.showback.ShowbackQueries.UsageCost;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * One sheet per client, team or feature: its key figures, its spend by feature (or client) and by
 * feature and model, its tokens by bucket, and a chart. Each table is apportioned to the group's
 * figure on the Summary, so the sheet's totals are the summary's numbers.
 */
final class GroupSheets {

  private static final int KEY_HEADER_ROW = 3;
  private static final int CHART_COLUMN = 11;

  private final PackContext context;

  GroupSheets(PackContext context) {
    this.context = context;
  }

  void build(XSSFSheet sheet, int groupIndex) {
    PackData data = context.data;
    GroupLine line = data.groups.get(groupIndex);
    String group = line.group();
    SheetWriter out = new SheetWriter(sheet, context.styles);
    PackStyles s = context.styles;
    ShowbackGrouping by = context.request().by();
    BigDecimal billed = data.groupBilled.get(groupIndex);
    out.note(0, 0, group, s.title);
    BigDecimal share = data.groupShares.get(groupIndex);
    out.note(
        1,
        0,
        by.label()
            + " · "
            + context.periodName()
            + " · amounts in "
            + context.request().currency()
            + (share == null
                ? ""
                : " · "
                    + share.movePointRight(2).stripTrailingZeros().toPlainString()
                    + "% of the pack's billed cost"),
        s.subtitle);
    String groupCell = "$A$1";
    DetailRefs.Criterion inGroup = DetailRefs.equalTo(DetailRefs.groupColumn(by), group, groupCell);

    out.headers(
        KEY_HEADER_ROW,
        0,
        "Key figures",
        "This period",
        "Previous period",
        context.audited() ? "Recomputed from Detail" : "");
    int row = KEY_HEADER_ROW + 1;
    out.text(row, 0, context.money("Billed"), s.bold);
    out.number(row, 1, billed, s.moneyBold);
    out.number(row, 2, data.groupPrevious.get(groupIndex), s.money);
    if (context.audited()) {
      out.formula(
          row,
          3,
          context.detail.sumIfs(DetailRefs.BILLED, List.of(inGroup)),
          line.billed().doubleValue(),
          s.audit);
    }
    row++;
    out.text(row, 0, "Share of the pack", s.bold);
    out.number(row, 1, share, s.percent);
    row++;
    out.text(row, 0, "Change vs previous period", s.bold);
    out.number(row, 1, Presented.change(line.billed(), line.previous()), s.percent);
    row++;
    out.text(row, 0, "Tokens", s.bold);
    out.number(row, 1, line.tokens(), s.count);
    if (context.audited()) {
      out.formula(
          row,
          3,
          context.detail.sumIfs(DetailRefs.TOKENS, List.of(inGroup)),
          line.tokens(),
          s.count);
    }
    row++;
    out.text(row, 0, "Requests", s.bold);
    out.number(row, 1, line.requests(), s.count);
    row++;
    out.text(row, 0, "Tasks", s.bold);
    out.number(row, 1, line.tasks(), s.count);
    row++;
    out.text(row, 0, "Cost per 1M tokens", s.bold);
    out.number(row, 1, Presented.perMillion(line.billed(), line.tokens()), s.unitCost);
    row++;
    out.text(row, 0, "Cost per request", s.bold);
    out.number(row, 1, Presented.per(line.billed(), line.requests()), s.unitCost);
    row++;
    out.text(row, 0, "Cost per task", s.bold);
    out.number(row, 1, Presented.per(line.billed(), line.tasks()), s.unitCost);
    row += 2;

    List<UsageCost> subs = new ArrayList<>();
    Map<String, List<UsageCost>> models = new LinkedHashMap<>();
    for (UsageCost cost : data.breakdown) {
      if (!group.equals(cost.group())) {
        continue;
      }
      if (cost.model() == null) {
        subs.add(cost);
      } else {
        models.computeIfAbsent(cost.sub(), k -> new ArrayList<>()).add(cost);
      }
    }
    subs.sort(Comparator.comparing(UsageCost::billed).reversed().thenComparing(UsageCost::sub));
    List<BigDecimal> subBilled =
        Presented.parts(subs.stream().map(UsageCost::billed).toList(), billed);
    List<BigDecimal> subShares = Presented.shares(subs.stream().map(UsageCost::billed).toList());

    // spend by sub-dimension (the chart's data)
    out.text(row++, 0, "Spend by " + by.subColumn(), s.section);
    out.headers(
        row,
        0,
        headers(
            List.of(by.subLabel(), context.money("Billed"), "Share"),
            context.audited() ? "Recomputed from Detail" : ""));
    int subHeader = row++;
    for (int i = 0; i < subs.size(); i++) {
      UsageCost cost = subs.get(i);
      out.text(row, 0, cost.sub());
      out.number(row, 1, subBilled.get(i), s.money);
      out.number(row, 2, subShares.get(i), s.percent);
      int audit = context.usageFigures(out, row, 3, cost);
      if (context.audited()) {
        out.formula(
            row,
            audit,
            context.detail.sumIfs(
                DetailRefs.BILLED,
                List.of(
                    inGroup,
                    DetailRefs.equalTo(DetailRefs.subColumn(by), cost.sub(), "$A" + (row + 1)))),
            cost.billed().doubleValue(),
            s.audit);
      }
      row++;
    }
    int subLast = row - 1;
    totalRow(out, row, subHeader + 1, billed, line, 1, 3, 9);
    out.number(row, 2, subs.isEmpty() || share == null ? null : BigDecimal.ONE, s.percentTotal);
    row += 3;

    // spend by sub-dimension and model
    out.text(row - 1, 0, "Spend by " + by.subColumn() + " and model", s.section);
    out.headers(
        row,
        0,
        headers(
            List.of(by.subLabel(), "Model", context.money("Billed")),
            context.audited() ? "Recomputed from Detail" : ""));
    int modelHeader = row++;
    for (int i = 0; i < subs.size(); i++) {
      List<UsageCost> lines = new ArrayList<>(models.getOrDefault(subs.get(i).sub(), List.of()));
      lines.sort(
          Comparator.comparing(UsageCost::billed).reversed().thenComparing(UsageCost::model));
      List<BigDecimal> presented =
          Presented.parts(lines.stream().map(UsageCost::billed).toList(), subBilled.get(i));
      for (int k = 0; k < lines.size(); k++) {
        UsageCost cost = lines.get(k);
        out.text(row, 0, cost.sub());
        out.text(row, 1, cost.model());
        out.number(row, 2, presented.get(k), s.money);
        int audit = context.usageFigures(out, row, 3, cost);
        if (context.audited()) {
          out.formula(
              row,
              audit,
              context.detail.sumIfs(
                  DetailRefs.BILLED,
                  List.of(
                      inGroup,
                      DetailRefs.equalTo(DetailRefs.subColumn(by), cost.sub(), "$A" + (row + 1)),
                      DetailRefs.equalTo(DetailRefs.MODEL, cost.model(), "$B" + (row + 1)))),
              cost.billed().doubleValue(),
              s.audit);
        }
        row++;
      }
    }
    int modelLast = row - 1;
    totalRow(out, row, modelHeader + 1, billed, line, 2, 3, 9);
    if (modelLast > modelHeader) {
      sheet.setAutoFilter(new CellRangeAddress(modelHeader, modelLast, 0, 9));
    }
    row += 3;

    // tokens by bucket
    out.text(row - 1, 0, "Tokens by bucket", s.section);
    out.headers(
        row,
        0,
        "Token bucket",
        "Tokens",
        context.money("Billed"),
        "Cost per 1M tokens",
        context.audited() ? "Recomputed from Detail" : "");
    row++;
    List<BucketCost> buckets =
        data.buckets.stream()
            .filter(b -> group.equals(b.group()))
            .sorted(Comparator.comparing(BucketCost::billed).reversed())
            .toList();
    List<BigDecimal> bucketBilled =
        Presented.parts(buckets.stream().map(BucketCost::billed).toList(), billed);
    for (int i = 0; i < buckets.size(); i++) {
      BucketCost bucket = buckets.get(i);
      out.text(row, 0, bucket.bucket());
      out.number(row, 1, bucket.tokens(), s.count);
      out.number(row, 2, bucketBilled.get(i), s.money);
      out.number(row, 3, Presented.perMillion(bucket.billed(), bucket.tokens()), s.unitCost);
      if (context.audited()) {
        out.formula(
            row,
            4,
            context.detail.sumIfs(
                DetailRefs.BILLED,
                List.of(
                    inGroup,
                    DetailRefs.equalTo(DetailRefs.BUCKET, bucket.bucket(), "$A" + (row + 1)))),
            bucket.billed().doubleValue(),
            s.audit);
      }
      row++;
    }
    out.text(row, 0, "Total", s.totalText);
    out.number(row, 1, line.tokens(), s.countTotal);
    out.number(row, 2, billed, s.moneyTotal);
    out.number(row, 3, Presented.perMillion(line.billed(), line.tokens()), s.unitCost);

    out.applyWidths();
    out.sheet.setColumnWidth(0, Math.max(out.sheet.getColumnWidth(0), 26 * 256));
    sheet.createFreezePane(0, 2);
    SheetWriter.printLandscape(sheet);
    if (!subs.isEmpty()) {
      PackCharts.bars(
          sheet,
          new PackCharts.Placement(
              CHART_COLUMN, KEY_HEADER_ROW, CHART_COLUMN + 8, KEY_HEADER_ROW + 18),
          "Spend by " + by.subColumn() + " (" + context.request().currency() + ")",
          sheet,
          new CellRangeAddress(subHeader + 1, subLast, 0, 0),
          List.of(
              new PackCharts.Series(
                  context.money("Billed"),
                  new CellReference(sheet.getSheetName(), subHeader, 1, true, true),
                  new CellRangeAddress(subHeader + 1, subLast, 1, 1))),
          PackCharts.Layout.RANKING,
          PackStyles.COUNT);
    }
  }

  /** A table's headers: its own first columns, the usage figures, then the audit column. */
  static String[] headers(List<String> first, String audit) {
    List<String> all = new ArrayList<>(first);
    all.addAll(List.of(PackContext.USAGE_HEADERS));
    all.add(audit);
    return all.toArray(String[]::new);
  }

  /** A table's total line: the group's figures, with the audit sum of the lines above. */
  private void totalRow(
      SheetWriter out,
      int row,
      int firstRow,
      BigDecimal billed,
      GroupLine line,
      int billedColumn,
      int tokensColumn,
      int auditColumn) {
    PackStyles s = context.styles;
    out.text(row, 0, "Total", s.totalText);
    out.number(row, billedColumn, billed, s.moneyTotal);
    out.number(row, tokensColumn, line.tokens(), s.countTotal);
    if (context.audited()) {
      String letter = CellReference.convertNumToColString(auditColumn);
      out.formula(
          row,
          auditColumn,
          "SUM(" + letter + (firstRow + 1) + ":" + letter + Math.max(firstRow + 1, row) + ")",
          line.billed().doubleValue(),
          s.audit);
    }
  }
}
