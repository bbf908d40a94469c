package io.tokenledger.app.testing;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Prices usage by hand for scenario tests, in plain SQL beside the code under test: the uncached
 * input and text output tokens of the events in a month, times a model's standard LiteLLM base
 * prices from the price book.
 */
public final class HandPricing {

  private HandPricing() {}

  /**
   * What the events from {@code from} (inclusive) to {@code to} (exclusive), both {@code
   * YYYY-MM-DD}, cost at {@code model}'s prices.
   */
  public static BigDecimal cost(Connection connection, String model, String from, String to)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT sum(u.in_uncached * i.unit_price + u.out_text * o.unit_price)"
                + " FROM usage_events u, price_book i, price_book o"
                + " WHERE u.event_time >= CAST(? AS DATE) AND u.event_time < CAST(? AS DATE)"
                + " AND i.model = ? AND o.model = i.model"
                + " AND i.token_bucket = 'in_uncached' AND o.token_bucket = 'out_text'"
                + " AND i.service_tier = 'standard' AND o.service_tier = 'standard'"
                + " AND i.above_prompt_tokens = 0 AND o.above_prompt_tokens = 0"
                + " AND i.source = 'litellm' AND o.source = 'litellm'")) {
      statement.setString(1, from);
      statement.setString(2, to);
      statement.setString(3, model);
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getBigDecimal(1);
      }
    }
  }
}
