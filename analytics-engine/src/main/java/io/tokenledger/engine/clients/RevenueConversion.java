package io.tokenledger.engine.clients;

import io.tokenledger.engine.explore.MissingFxRateException;
import io.tokenledger.engine.sql.SqlFile;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place revenue converts into a reporting currency, for the Clients analysis and the
 * showback pack alike: {@link #stage} makes the temporary table {@code tl_revenue_converted} of the
 * period's revenue rows with their rate and converted amount on a connection, and refuses with the
 * missing rates (currency and month) when a row has none, so a rate is never silently 1.0.
 */
public final class RevenueConversion {

  /** The temporary table {@link #stage} makes. */
  public static final String TABLE = "tl_revenue_converted";

  private RevenueConversion() {}

  /**
   * Converts the revenue whose period starts in [{@code from}, {@code until}) (all of it when both
   * are null) into {@code currency}.
   *
   * @throws MissingFxRateException naming each currency and month without a rate
   */
  public static void stage(Connection connection, LocalDate from, LocalDate until, String currency)
      throws SQLException {
    try (PreparedStatement stage =
        connection.prepareStatement(SqlFile.load(RevenueConversion.class, "stage"))) {
      stage.setString(1, currency);
      stage.setString(2, currency);
      stage.setObject(3, from);
      stage.setObject(4, from);
      stage.setObject(5, until);
      stage.setObject(6, until);
      stage.execute();
    }
    List<String> missing = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(SqlFile.load(RevenueConversion.class, "missing"))) {
      while (rows.next()) {
        missing.add(rows.getString(1));
      }
    }
    if (!missing.isEmpty()) {
      throw new MissingFxRateException(currency, missing);
    }
  }
}
