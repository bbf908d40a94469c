package io.tokenledger.sampledata.revenue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The finance team's monthly EUR to USD rates (USD per EUR, four decimals), the same for every
 * seed. The first six months are fixed; later months (larger scales) follow a gentle fixed drift.
 */
public final class FxRates {

  private static final String[] FIRST = {
    "1.1312", "1.1378", "1.1456", "1.1401", "1.1523", "1.1487"
  };

  private FxRates() {}

  /** USD per EUR for each month, in order. */
  public static Map<YearMonth, BigDecimal> eurUsd(List<YearMonth> months) {
    Map<YearMonth, BigDecimal> rates = new LinkedHashMap<>();
    BigDecimal rate = new BigDecimal(FIRST[0]);
    for (int i = 0; i < months.size(); i++) {
      if (i < FIRST.length) {
        rate = new BigDecimal(FIRST[i]);
      } else {
        double drift = 0.006 * StrictMath.sin(i * 0.9);
        rate = rate.multiply(BigDecimal.valueOf(1 + drift)).setScale(4, RoundingMode.HALF_EVEN);
      }
      rates.put(months.get(i), rate);
    }
    return rates;
  }
}
