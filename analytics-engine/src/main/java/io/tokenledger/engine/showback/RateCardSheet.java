package io.tokenledger.engine.showback;

import io.tokenledger.engine.showback.ShowbackQueries.MethodUse;
import io.tokenledger.engine.showback.ShowbackQueries.PriceLine;
import io.tokenledger.engine.showback.ShowbackQueries.SplitSetting;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The rate card: the price book rows in force during the month for the models the pack has cost
 * for, the allocation methods that spread the month's cost (with their share of it), and the user's
 * split settings for shared costs.
 */
final class RateCardSheet {

  static final int HEADER_ROW = 3;

  static final Map<String, String> METHODS =
      Map.of(
          "tokens",
          "Invoice lines of a provider, model, token bucket and charge period spread over that"
              + " period's usage events in proportion to their tokens",
          "even",
          "Shared cost split equally among the clients active in the month",
          "proportional",
          "Shared cost split in proportion to each client's allocated cost, tokens or requests in"
              + " the month",
          "fixed",
          "Shared cost split by fixed shares the user set",
          "unallocated",
          "Not attributed: no usage to spread it over, or no split chosen (see Methodology)");

  private final PackContext context;

  RateCardSheet(PackContext context) {
    this.context = context;
  }

  void build(XSSFSheet sheet) {
    PackData data = context.data;
    PackStyles s = context.styles;
    SheetWriter out = new SheetWriter(sheet, s);
    out.note(0, 0, "Rate card · " + context.periodName(), s.title);
    out.note(
        1,
        0,
        "Prices in force during the month for the models in this pack (price book), and how the"
            + " month's cost was allocated",
        s.subtitle);
    out.headers(
        HEADER_ROW,
        0,
        "Provider",
        "Model",
        "Token bucket",
        "Service tier",
        "Above prompt tokens",
        "Price per 1M tokens",
        "Currency",
        "Effective from",
        "Effective to",
        "Source");
    int row = HEADER_ROW + 1;
    for (PriceLine price : data.rateCard) {
      out.text(row, 0, price.provider());
      out.text(row, 1, price.model());
      out.text(row, 2, price.bucket());
      out.text(row, 3, price.tier());
      out.number(row, 4, price.abovePromptTokens(), s.count);
      out.number(row, 5, price.perMillion(), s.unitCost);
      out.text(row, 6, price.currency());
      out.date(row, 7, price.from(), s.date);
      out.date(row, 8, price.to(), s.date);
      out.text(row, 9, price.source());
      row++;
    }
    if (data.rateCard.isEmpty()) {
      out.text(
          row++,
          0,
          "The price book has no prices in force this month for the models in this pack:"
              + " allocation used the invoiced amounts only.",
          s.text);
    } else {
      sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, row - 1, 0, 9));
    }
    row += 2;
    out.text(row++, 0, "Allocation methods", s.section);
    out.headers(
        row++, 0, "Method", "How it works", "Pools", "Lines", context.money("Billed"), "Share");
    List<MethodUse> methods = data.methods;
    List<BigDecimal> billed =
        Presented.parts(methods.stream().map(MethodUse::billed).toList(), data.billed);
    List<BigDecimal> shares = Presented.shares(billed);
    for (int i = 0; i < methods.size(); i++) {
      MethodUse method = methods.get(i);
      out.text(row, 0, method.method());
      out.note(row, 1, METHODS.getOrDefault(method.method(), ""), s.text);
      out.number(row, 2, method.pools(), s.count);
      out.number(row, 3, method.lines(), s.count);
      out.number(row, 4, billed.get(i), s.money);
      out.number(row, 5, shares.get(i), s.percent);
      row++;
    }
    out.text(row, 0, "Total", s.totalText);
    out.number(row, 2, methods.stream().mapToLong(MethodUse::pools).sum(), s.countTotal);
    out.number(row, 3, methods.stream().mapToLong(MethodUse::lines).sum(), s.countTotal);
    out.number(row, 4, data.billed, s.moneyTotal);
    out.number(row, 5, methods.isEmpty() ? null : BigDecimal.ONE, s.percentTotal);
    row += 3;
    out.text(row++, 0, "Shared cost split settings", s.section);
    out.headers(row++, 0, "Pool", "Method", "Split by", "Basis", "Fixed shares", "Note");
    for (SplitSetting split : data.splits) {
      out.text(row, 0, split.poolKey());
      out.text(row, 1, split.method());
      out.text(row, 2, split.dimension());
      out.text(row, 3, split.basis());
      out.text(row, 4, split.fixedShares());
      out.text(row, 5, split.note());
      row++;
    }
    if (data.splits.isEmpty()) {
      out.text(
          row, 0, "No split chosen for any shared cost: shared costs stay unallocated.", s.text);
    }
    out.applyWidths();
    sheet.setColumnWidth(1, Math.max(sheet.getColumnWidth(1), 24 * 256));
    sheet.createFreezePane(0, HEADER_ROW + 1);
    SheetWriter.printLandscape(sheet);
  }
}
