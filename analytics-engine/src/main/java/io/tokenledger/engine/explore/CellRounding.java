package io.tokenledger.engine.explore;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Rounds the lines of one pivot group (a table of exact amounts, lines by columns) so that every
 * column adds up to the group's rounded cell in that column, every cell stays within one unit of
 * its exact amount, and every line's sum stays within one unit of its exact total (controlled
 * rounding). Each cell is rounded down first; each column's missing units then go to its cells that
 * lost most, as long as the line can take one more; what that greedy pass cannot place is placed
 * along alternating paths (a line that is full gives up a unit in another column, which a line with
 * room takes), as in bipartite matching. Only when the column totals admit no such rounding (they
 * are not roundings of the exact sums) do the last units go where they fit.
 */
final class CellRounding {

  private CellRounding() {}

  /**
   * @param exact amounts per line and column; null cells stay null
   * @param columnTotals the group's rounded cell per column (null for a column without amounts)
   * @param scale decimals of the result (2 for cents)
   */
  static BigDecimal[][] round(BigDecimal[][] exact, BigDecimal[] columnTotals, int scale) {
    Table table = new Table(exact, columnTotals, scale);
    table.greedy();
    for (int c = 0; c < table.columns; c++) {
      while (table.columnNeed[c] > 0 && table.augment(c)) {
        // one more unit placed along an alternating path
      }
    }
    for (int i = 0; i < table.rows; i++) {
      while (table.rowShort[i] > 0 && table.lendTo(i)) {
        // a unit moved to line i from a line above its floor, the columns unchanged
      }
    }
    table.placeTheRest();
    return table.result();
  }

  /** The units being placed: floors, which cells were raised, and what rows and columns need. */
  private static final class Table {
    private final BigDecimal[][] exact;
    private final int rows;
    private final int columns;
    private final int scale;
    private final long[][] units;
    private final boolean[][] raised;
    private final long[] columnNeed;

    /** Raises a line may still take: at most the ceiling of its cells' lost fractions. */
    private final long[] rowRoom;

    /** Raises a line still lacks: at least the floor of its cells' lost fractions. */
    private final long[] rowShort;

    private final List<int[]> cells = new ArrayList<>();

    Table(BigDecimal[][] exact, BigDecimal[] columnTotals, int scale) {
      this.exact = exact;
      this.rows = exact.length;
      this.columns = columnTotals.length;
      this.scale = scale;
      units = new long[rows][columns];
      raised = new boolean[rows][columns];
      columnNeed = new long[columns];
      rowRoom = new long[rows];
      rowShort = new long[rows];
      BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
      for (int c = 0; c < columns; c++) {
        columnNeed[c] = columnTotals[c] == null ? 0 : toUnits(columnTotals[c]);
      }
      BigDecimal[] lost = new BigDecimal[rows];
      for (int i = 0; i < rows; i++) {
        lost[i] = BigDecimal.ZERO;
        for (int c = 0; c < columns; c++) {
          if (exact[i][c] != null) {
            BigDecimal down = exact[i][c].setScale(scale, RoundingMode.FLOOR);
            units[i][c] = toUnits(down);
            columnNeed[c] -= units[i][c];
            lost[i] = lost[i].add(exact[i][c].subtract(down));
            cells.add(new int[] {i, c});
          }
        }
        rowRoom[i] = lost[i].divide(unit).setScale(0, RoundingMode.CEILING).longValueExact();
        rowShort[i] = lost[i].divide(unit).setScale(0, RoundingMode.FLOOR).longValueExact();
      }
      cells.sort(Comparator.comparing((int[] cell) -> lossOf(cell[0], cell[1], unit)).reversed());
    }

    private BigDecimal lossOf(int i, int c, BigDecimal unit) {
      return exact[i][c].subtract(BigDecimal.valueOf(units[i][c]).multiply(unit));
    }

    void greedy() {
      for (int[] cell : cells) {
        int i = cell[0];
        int c = cell[1];
        if (columnNeed[c] > 0 && rowRoom[i] > 0) {
          move(i, c, 1);
        }
      }
    }

    /**
     * Finds a path column c -> line -> column -> ... -> line with room, raising the cells it enters
     * from a column and lowering the ones it leaves, so every column but c and every line but the
     * last keep their sums.
     */
    boolean augment(int start) {
      int[] rowFrom = new int[rows];
      int[] columnFrom = new int[columns];
      Arrays.fill(rowFrom, -1);
      Arrays.fill(columnFrom, -1);
      boolean[] columnSeen = new boolean[columns];
      Deque<Integer> queue = new ArrayDeque<>();
      queue.add(start);
      columnSeen[start] = true;
      while (!queue.isEmpty()) {
        int c = queue.poll();
        for (int i = 0; i < rows; i++) {
          if (exact[i][c] == null || raised[i][c] || rowFrom[i] >= 0) {
            continue;
          }
          rowFrom[i] = c;
          if (rowRoom[i] > 0) {
            int row = i;
            int column = c;
            while (true) {
              move(row, column, 1);
              if (column == start) {
                return true;
              }
              move(columnFrom[column], column, -1);
              row = columnFrom[column];
              column = rowFrom[row];
            }
          }
          for (int d = 0; d < columns; d++) {
            if (!columnSeen[d] && raised[i][d]) {
              columnSeen[d] = true;
              columnFrom[d] = i;
              queue.add(d);
            }
          }
        }
      }
      return false;
    }

    /**
     * Finds a path line i -> column -> line -> ... -> line with a unit above its floor, raising the
     * cells it enters from a line and lowering the ones it leaves, so every column and every line
     * but the two ends keep their sums.
     */
    boolean lendTo(int start) {
      int[] rowFrom = new int[rows];
      int[] columnFrom = new int[columns];
      Arrays.fill(rowFrom, -1);
      Arrays.fill(columnFrom, -1);
      boolean[] rowSeen = new boolean[rows];
      Deque<Integer> queue = new ArrayDeque<>();
      queue.add(start);
      rowSeen[start] = true;
      while (!queue.isEmpty()) {
        int i = queue.poll();
        for (int c = 0; c < columns; c++) {
          if (exact[i][c] == null || raised[i][c] || columnFrom[c] >= 0) {
            continue;
          }
          columnFrom[c] = i;
          for (int j = 0; j < rows; j++) {
            if (rowSeen[j] || !raised[j][c]) {
              continue;
            }
            rowSeen[j] = true;
            rowFrom[j] = c;
            if (rowShort[j] < 0) {
              int row = j;
              int column = c;
              while (true) {
                move(row, column, -1);
                move(columnFrom[column], column, 1);
                row = columnFrom[column];
                if (row == start) {
                  return true;
                }
                column = rowFrom[row];
              }
            }
            queue.add(j);
          }
        }
      }
      return false;
    }

    /** Last resort for column totals that no one-unit rounding meets: moves the rest anyway. */
    void placeTheRest() {
      for (int c = 0; c < columns; c++) {
        while (columnNeed[c] != 0) {
          long sign = Long.signum(columnNeed[c]);
          int row = firstRow(c);
          if (row < 0) {
            break; // a column total with no line under it: nothing can carry it
          }
          move(row, c, sign);
        }
      }
    }

    private void move(int row, int column, long by) {
      units[row][column] += by;
      raised[row][column] = by > 0;
      columnNeed[column] -= by;
      rowRoom[row] -= by;
      rowShort[row] -= by;
    }

    private int firstRow(int column) {
      for (int i = 0; i < rows; i++) {
        if (exact[i][column] != null) {
          return i;
        }
      }
      return -1;
    }

    BigDecimal[][] result() {
      BigDecimal[][] out = new BigDecimal[rows][columns];
      for (int i = 0; i < rows; i++) {
        for (int c = 0; c < columns; c++) {
          out[i][c] = exact[i][c] == null ? null : BigDecimal.valueOf(units[i][c], scale);
        }
      }
      return out;
    }

    private long toUnits(BigDecimal amount) {
      return amount.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    }
  }
}
