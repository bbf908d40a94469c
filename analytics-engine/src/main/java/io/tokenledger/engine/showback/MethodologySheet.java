package io.tokenledger.engine.showback;

import io.tokenledger.engine.reconcile.ReconciliationLine;
import io.tokenledger.engine.showback.ShowbackQueries.MethodUse;
import io.tokenledger.engine.showback.ShowbackQueries.SourceFile;
import io.tokenledger.engine.showback.ShowbackQueries.UnallocatedCost;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Methodology: how the dollars were allocated, what is unallocated and why, the files the numbers
 * come from (names, hashes, import dates) and the reconciliation of the invoice against the usage
 * exports and the traces, so a reader can check the pack without the workspace.
 */
final class MethodologySheet {

  private static final int TEXT_COLUMNS = 10;
  private final java.util.Map<Integer, Integer> paragraphs = new java.util.LinkedHashMap<>();

  private final PackContext context;
  private SheetWriter out;

  MethodologySheet(PackContext context) {
    this.context = context;
  }

  void build(XSSFSheet sheet) {
    PackData data = context.data;
    PackStyles s = context.styles;
    out = new SheetWriter(sheet, s);
    ShowbackRequest request = context.request();
    out.note(0, 0, "Methodology · " + context.periodName(), s.title);
    int row = 2;
    row = heading(row, "How the dollars were allocated");
    row =
        paragraph(
            row,
            "Every billed line of the month (invoices, provider cost exports, FOCUS files) is"
                + " allocated once. Lines with a model and a token bucket form a pool per provider,"
                + " model, bucket and charge period; the pool is spread over that period's usage"
                + " events in proportion to their tokens in the same bucket (reasoning tokens share"
                + " the output line when the bill does not split them). Lines without a model"
                + " (platform fees, support, GPU clusters) are shared costs, split per month by the"
                + " method chosen for them (even, proportional or fixed; see the Rate card). What"
                + " cannot be attributed stays in an explicit Unallocated bucket. Allocated +"
                + " unallocated = billed, to the cent, for every provider and period.");
    row =
        paragraph(
            row,
            "Groups: each amount belongs to the "
                + request.by().id()
                + " of the usage event it was spread to. '(unmapped)' is cost of usage no mapping"
                + " rule named a "
                + request.by().id()
                + " for; '(shared)' is shared cost split by another dimension; '(unallocated)' is"
                + " cost not attributed to anyone.");
    row =
        paragraph(
            row,
            "Units: tokens are those of the usage events that received cost; requests are the"
                + " distinct usage events; tasks are distinct traces (an event without a trace is a"
                + " task of its own). Cost per 1M tokens, per request and per task divide all billed"
                + " cost of the line, shared and unallocated included, by these units.");
    row =
        paragraph(
            row,
            "Currency: amounts are reported in "
                + request.currency()
                + "; amounts billed in another currency are converted at the FX rate of their month"
                + " (the Detail sheet shows the rate of every row). A missing rate stops the export"
                + " rather than mixing currencies.");
    row =
        paragraph(
            row,
            "Rounding: the workspace and the Detail sheet keep amounts exact (10 decimals). For"
                + " presentation they are rounded once, to the cent, with the remainder carried"
                + " (largest remainder): every table adds up to its total and every sheet's total"
                + " is the Summary's figure. The 'Recomputed from Detail' columns are live SUMIFS"
                + " formulas over the Detail rows; they show exact sums, so they can differ from"
                + " the rounded figure beside them by less than a cent.");
    row++;

    row = heading(row, "What is unallocated and why");
    out.headers(row++, 0, "Provider", "Reason", "Pools", context.money("Billed"));
    List<UnallocatedCost> unallocated = data.unallocatedCosts;
    List<BigDecimal> amounts =
        Presented.parts(
            unallocated.stream().map(UnallocatedCost::billed).toList(), data.unallocated);
    for (int i = 0; i < unallocated.size(); i++) {
      UnallocatedCost cost = unallocated.get(i);
      out.text(row, 0, cost.provider());
      out.note(row, 1, cost.reason(), s.text);
      out.number(row, 2, cost.pools(), s.count);
      out.number(row, 3, amounts.get(i), s.money);
      row++;
    }
    out.text(row, 0, "Total unallocated", s.totalText);
    out.number(row, 3, data.unallocated, s.moneyTotal);
    row += 3;

    row = heading(row, "Allocation methods used");
    out.headers(row++, 0, "Method", "How it works", "Pools", context.money("Billed"));
    List<BigDecimal> methodBilled =
        Presented.parts(data.methods.stream().map(MethodUse::billed).toList(), data.billed);
    for (int i = 0; i < data.methods.size(); i++) {
      MethodUse method = data.methods.get(i);
      out.text(row, 0, method.method());
      out.note(row, 1, RateCardSheet.METHODS.getOrDefault(method.method(), ""), s.text);
      out.number(row, 2, method.pools(), s.count);
      out.number(row, 3, methodBilled.get(i), s.money);
      row++;
    }
    out.text(row, 0, "Total billed", s.totalText);
    out.number(row, 3, data.billed, s.moneyTotal);
    row += 3;

    row = heading(row, "Data sources");
    out.headers(
        row++,
        0,
        "Import",
        "File",
        "Format",
        "Kind",
        "Rows imported",
        "Rows rejected",
        "SHA-256",
        "Imported at (UTC)");
    for (SourceFile file : data.sources) {
      out.number(row, 0, file.importId(), s.count);
      out.text(row, 1, file.fileName());
      out.text(row, 2, file.format());
      out.text(row, 3, file.kind());
      out.number(row, 4, file.rowsImported(), s.count);
      out.number(row, 5, file.rowsRejected(), s.count);
      out.text(row, 6, file.sha256());
      out.dateTime(
          row,
          7,
          file.importedAt() == null
              ? null
              : file.importedAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
      row++;
    }
    row += 2;

    row = heading(row, "Reconciliation: invoice vs usage export vs traces");
    row =
        paragraph(
            row,
            "Per provider and model for the month, in the invoice's currency: the invoice, the"
                + " provider's usage export and the traces side by side, with the likely causes of"
                + " any gap. An empty side means no such data, not zero.");
    out.headers(
        row++,
        0,
        "Provider",
        "Model",
        "Period",
        "Currency",
        "Invoice cost",
        "Invoice tokens",
        "Usage tokens",
        "Trace tokens",
        "Trace cost",
        "Cost gap",
        "Gap %",
        "Causes");
    for (ReconciliationLine line : data.reconciliation) {
      out.text(row, 0, line.provider());
      out.text(row, 1, line.model());
      out.text(row, 2, line.period());
      out.text(row, 3, line.currency());
      out.number(row, 4, round(line.invoiceCost()), s.money);
      count(row, 5, line.invoiceTokens());
      count(row, 6, line.usageTokens());
      count(row, 7, line.traceTokens());
      out.number(row, 8, round(line.traceCost()), s.money);
      out.number(row, 9, round(line.costGap()), s.money);
      out.number(row, 10, line.costGapShare(), s.percent);
      out.note(row, 11, String.join("; ", line.causes()), s.text);
      row++;
    }
    if (data.reconciliation.isEmpty()) {
      out.text(row, 0, "Nothing to reconcile for the month.", s.text);
    }
    out.applyWidths();
    sheet.setColumnWidth(0, Math.max(sheet.getColumnWidth(0), 18 * 256));
    sheet.setColumnWidth(1, Math.max(sheet.getColumnWidth(1), 30 * 256));
    sheet.setColumnWidth(11, 60 * 256);
    fitParagraphs(sheet);
    SheetWriter.printLandscape(sheet);
  }

  private void count(int row, int column, Long value) {
    if (value != null) {
      out.number(row, column, value, context.styles.count);
    }
  }

  private static BigDecimal round(BigDecimal value) {
    return value == null ? null : Presented.cents(value);
  }

  private int heading(int row, String text) {
    out.text(row, 0, text, context.styles.section);
    return row + 1;
  }

  /** A paragraph over the first columns; its height is set once the column widths are known. */
  private int paragraph(int row, String text) {
    out.note(row, 0, text, context.styles.wrap);
    out.sheet.addMergedRegion(new CellRangeAddress(row, row, 0, TEXT_COLUMNS - 1));
    paragraphs.put(row, text.length());
    return row + 1;
  }

  /** Spreadsheets do not grow merged rows for wrapped text: give each paragraph its lines. */
  private void fitParagraphs(XSSFSheet sheet) {
    int characters = 0;
    for (int column = 0; column < TEXT_COLUMNS; column++) {
      characters += sheet.getColumnWidth(column) / 256;
    }
    int perLine = Math.max(40, characters * 9 / 10);
    paragraphs.forEach(
        (row, length) -> {
          int lines = Math.max(1, (length + perLine - 1) / perLine);
          out.row(row).setHeightInPoints(lines * 15f + 3);
        });
  }
}
