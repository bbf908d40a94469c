package io.tokenledger.engine.state;

import java.math.BigDecimal;
import java.util.List;

/**
 * A budget or spend cap for one value of a dimension (client Acme, team Search). A placeholder
 * until the Budgets page lands; the amount is exact (written as a string in the document).
 *
 * @param name the name shown
 * @param dimension the dimension id ({@code client}, {@code feature}, {@code team})
 * @param value the dimension's value the budget is for
 * @param amount the budget per period, in {@code currency}
 * @param currency ISO currency code
 * @param period {@code month} or {@code quarter} or {@code year}
 * @param alertPercents the shares of the budget that raise an alert, such as 50, 80, 95
 */
public record Budget(
    String name,
    String dimension,
    String value,
    BigDecimal amount,
    String currency,
    String period,
    List<Integer> alertPercents) {

  public Budget {
    alertPercents = alertPercents == null ? List.of() : List.copyOf(alertPercents);
  }
}
