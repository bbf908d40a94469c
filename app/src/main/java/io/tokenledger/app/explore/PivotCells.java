package io.tokenledger.app.explore;

import io.tokenledger.engine.export.PivotColumn;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How pivot numbers read on screen, in the user's locale: money to the cent with grouping, unit
 * costs with up to six decimals (a cost per request can be a fraction of a cent), counts whole,
 * shares and changes in percent with one decimal. The currency is in the column header, not in
 * every cell.
 */
public final class PivotCells {

  private PivotCells() {}

  /** The text of one cell; empty for no value. */
  public static String format(PivotColumn.Kind kind, BigDecimal value) {
    return format(kind, value, Locale.getDefault(Locale.Category.FORMAT));
  }

  static String format(PivotColumn.Kind kind, BigDecimal value, Locale locale) {
    if (value == null) {
      return "";
    }
    return switch (kind) {
      case MONEY -> decimals(locale, 2, 2).format(value);
      case CHANGE -> signed(decimals(locale, 2, 2).format(value), value);
      case UNIT_COST -> decimals(locale, 2, 6).format(value);
      case COUNT -> decimals(locale, 0, 0).format(value);
      case SHARE -> percent(locale).format(value.movePointLeft(2));
      case CHANGE_PERCENT -> signed(percent(locale).format(value.movePointLeft(2)), value);
    };
  }

  private static NumberFormat decimals(Locale locale, int min, int max) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(min);
    format.setMaximumFractionDigits(max);
    format.setGroupingUsed(true);
    return format;
  }

  private static NumberFormat percent(Locale locale) {
    NumberFormat format = NumberFormat.getPercentInstance(locale);
    format.setMinimumFractionDigits(1);
    format.setMaximumFractionDigits(1);
    return format;
  }

  private static String signed(String text, BigDecimal value) {
    return value.signum() > 0 ? "+" + text : text;
  }
}
