package io.tokenledger.engine.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * Rounded pivots must add up both ways: down every column (subtotals and the grand total equal the
 * lines under them) and across every row (a line's total equals its cells), with every value within
 * a cent of the exact one. Random pivots of two row levels and a column dimension, amounts with ten
 * decimals of either sign and missing cells; the sums are computed here, independently.
 */
class PivotRoundingTest {

  private static final BigDecimal CENT = new BigDecimal("0.01");

  @RepeatedTest(200)
  void roundedLinesAddUpAcrossAndDownToTheCent(RepetitionInfo repetition) {
    PivotResult exact = randomPivot(new Random(repetition.getCurrentRepetition()));

    PivotResult shown = PivotRounding.toCents(exact);

    List<PivotRow> lines = new ArrayList<>(shown.rows());
    lines.add(shown.grandTotal());
    for (PivotRow line : lines) {
      BigDecimal across =
          shown.columnValues().stream()
              .map(c -> line.cell(c).get(Measure.BILLED_COST))
              .filter(v -> v != null)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(across)
          .as("across %s", line.keys())
          .isEqualTo(line.total().get(Measure.BILLED_COST));
      for (String column : withTotal(shown.columnValues())) {
        List<PivotRow> children =
            shown.rows().stream()
                .filter(
                    r ->
                        r.depth() == line.depth() + 1
                            && r.keys().subList(0, line.depth()).equals(line.keys()))
                .toList();
        if (!children.isEmpty()) {
          BigDecimal down =
              children.stream()
                  .map(r -> value(r, column, Measure.BILLED_COST))
                  .filter(v -> v != null)
                  .reduce(BigDecimal.ZERO, BigDecimal::add);
          assertThat(down)
              .as("down %s in %s", line.keys(), column)
              .isEqualByComparingTo(orZero(value(line, column, Measure.BILLED_COST)));
        }
      }
    }
    assertThat(shown.grandTotal().total().get(Measure.BILLED_COST))
        .isEqualTo(
            exact.grandTotal().total().get(Measure.BILLED_COST).setScale(2, RoundingMode.HALF_UP));
    for (int k = 0; k < shown.rows().size(); k++) {
      PivotRow before = exact.rows().get(k);
      PivotRow after = shown.rows().get(k);
      for (String column : withTotal(shown.columnValues())) {
        BigDecimal exactValue = value(before, column, Measure.BILLED_COST);
        BigDecimal shownValue = value(after, column, Measure.BILLED_COST);
        if (exactValue == null) {
          assertThat(shownValue).isNull();
        } else {
          assertThat(shownValue.subtract(exactValue).abs()).isLessThan(CENT);
          assertThat(shownValue.scale()).isEqualTo(2);
        }
      }
    }
  }

  @Test
  void aRowOfThreeThirdsShowsItsCentsWhereTheColumnsAddUp() {
    // Two clients, each one third of a cent over three months: per column rounding alone showed
    // 0.34 + 0.33 + 0.33 per row and 0.67 per column total, a row total of 1.00 beside 1.01 or
    // 0.99.
    BigDecimal third = new BigDecimal("0.3333333333");
    Map<String, MeasureValues> cells = new HashMap<>();
    for (String month : List.of("2026-08", "2026-09", "2026-10")) {
      cells.put(month, money(third));
    }
    PivotRequest request =
        PivotRequest.of(List.of(Dimension.CLIENT), List.of(Measure.BILLED_COST))
            .withColumn(Dimension.MONTH);
    PivotRow acme = new PivotRow(List.of("acme"), cells, money(new BigDecimal("0.9999999999")));
    PivotRow globex = new PivotRow(List.of("globex"), cells, money(new BigDecimal("0.9999999999")));
    Map<String, MeasureValues> twice = new HashMap<>();
    for (String month : List.of("2026-08", "2026-09", "2026-10")) {
      twice.put(month, money(third.add(third)));
    }
    PivotRow grand = new PivotRow(List.of(), twice, money(new BigDecimal("1.9999999998")));
    PivotResult exact =
        new PivotResult(
            request, List.of("2026-08", "2026-09", "2026-10"), List.of(acme, globex), grand);

    PivotResult shown = PivotRounding.toCents(exact);

    for (PivotRow line : shown.rows()) {
      assertThat(line.total().get(Measure.BILLED_COST)).isEqualTo(new BigDecimal("1.00"));
      assertThat(
              shown.columnValues().stream()
                  .map(c -> line.cell(c).get(Measure.BILLED_COST))
                  .reduce(BigDecimal.ZERO, BigDecimal::add))
          .isEqualTo(new BigDecimal("1.00"));
    }
    assertThat(shown.grandTotal().total().get(Measure.BILLED_COST))
        .isEqualTo(new BigDecimal("2.00"));
  }

  private static PivotResult randomPivot(Random random) {
    int columnCount = 1 + random.nextInt(6);
    List<String> columns = new ArrayList<>();
    for (int c = 0; c < columnCount; c++) {
      columns.add("m" + c);
    }
    List<PivotRow> rows = new ArrayList<>();
    Map<String, BigDecimal> grandCells = new HashMap<>();
    int groups = 1 + random.nextInt(5);
    for (int g = 0; g < groups; g++) {
      Map<String, BigDecimal> groupCells = new HashMap<>();
      int members = 1 + random.nextInt(6);
      for (int m = 0; m < members; m++) {
        Map<String, BigDecimal> cells = new HashMap<>();
        for (String column : columns) {
          if (random.nextInt(5) > 0) {
            cells.put(
                column, BigDecimal.valueOf(random.nextLong(-3_000_000_000L, 90_000_000_000L), 10));
          }
        }
        if (cells.isEmpty()) {
          continue;
        }
        rows.add(line(List.of("g" + g, "x" + m), cells));
        cells.forEach((c, v) -> groupCells.merge(c, v, BigDecimal::add));
      }
      if (!groupCells.isEmpty()) {
        rows.add(line(List.of("g" + g), groupCells));
        groupCells.forEach((c, v) -> grandCells.merge(c, v, BigDecimal::add));
      }
    }
    PivotRequest request =
        PivotRequest.of(List.of(Dimension.CLIENT, Dimension.FEATURE), List.of(Measure.BILLED_COST))
            .withColumn(Dimension.MONTH);
    return new PivotResult(request, columns, rows, line(List.of(), grandCells));
  }

  private static PivotRow line(List<String> keys, Map<String, BigDecimal> cells) {
    Map<String, MeasureValues> byColumn = new HashMap<>();
    cells.forEach((c, v) -> byColumn.put(c, money(v)));
    BigDecimal total = cells.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return new PivotRow(keys, byColumn, money(total));
  }

  private static MeasureValues money(BigDecimal value) {
    return new MeasureValues(Map.of(Measure.BILLED_COST, value));
  }

  private static List<String> withTotal(List<String> columns) {
    List<String> all = new ArrayList<>(columns);
    all.add(null);
    return all;
  }

  private static BigDecimal value(PivotRow row, String column, Measure measure) {
    return (column == null ? row.total() : row.cell(column)).get(measure);
  }

  private static BigDecimal orZero(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }
}
