package io.tokenledger.engine.clients;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the Clients analysis covers: a half-open range of days (both null for all time) and the
 * reporting currency every amount converts into.
 *
 * @param from the first day included, or null
 * @param until the first day excluded, or null
 * @param currency ISO code of the reporting currency
 */
public record ClientsRequest(LocalDate from, LocalDate until, String currency) {

  public ClientsRequest {
    Objects.requireNonNull(currency, "currency");
    if ((from == null) != (until == null)) {
      throw new IllegalArgumentException("a period has both ends, or none for all time");
    }
  }

  /** One calendar month. */
  public static ClientsRequest month(java.time.YearMonth month, String currency) {
    return new ClientsRequest(month.atDay(1), month.plusMonths(1).atDay(1), currency);
  }

  public static ClientsRequest allTime(String currency) {
    return new ClientsRequest(null, null, currency);
  }
}
