package io.tokenledger.importers.revenue;

import io.tokenledger.importers.sheet.SheetColumns;
import io.tokenledger.importers.sheet.SheetMapping;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which column of a revenue sheet holds which field of a revenue line. Column values are header
 * names exactly as the sheet writes them (null when the sheet has no such column).
 *
 * @param client the client's name column (required)
 * @param clientId the client's id column, used to match usage and mapping rules, or null
 * @param periodStart the first day of the period invoiced (required): a date or a month {@code
 *     2026-10}
 * @param periodEnd the last day of the period, included; null for the end of the start's month
 * @param amount the amount column (required), as people write amounts
 * @param currency the currency column, or null to use {@code defaultCurrency}
 * @param defaultCurrency ISO code used when there is no currency column or a cell is empty
 * @param dateFormat a strptime format for ambiguous dates ({@code %d/%m/%Y}), or null to detect
 */
public record RevenueMapping(
    String client,
    String clientId,
    String periodStart,
    String periodEnd,
    String amount,
    String currency,
    String defaultCurrency,
    String dateFormat)
    implements SheetMapping {

  private static final List<String> CLIENT_NAMES =
      List.of("client", "client_name", "customer", "customer_name", "account", "account_name");
  private static final List<String> CLIENT_ID_NAMES =
      List.of("client_id", "customer_id", "account_id", "tenant_id");
  private static final List<String> START_NAMES =
      List.of("period_start", "period", "month", "service_month", "billing_period");
  private static final List<String> END_NAMES = List.of("period_end");
  private static final List<String> AMOUNT_NAMES =
      List.of("amount", "revenue", "net_amount", "amount_net");
  private static final List<String> CURRENCY_NAMES = List.of("currency", "currency_code");

  /** The mapped columns by field name, for checking them against a header. */
  @Override
  public Map<String, String> columns() {
    Map<String, String> columns = new LinkedHashMap<>();
    columns.put("client", client);
    columns.put("client_id", clientId);
    columns.put("period_start", periodStart);
    columns.put("period_end", periodEnd);
    columns.put("amount", amount);
    columns.put("currency", currency);
    return columns;
  }

  /**
   * The mapping of a sheet whose header already uses the usual names (client, period_start or
   * month, amount, currency, ...), so that it imports without a template; empty otherwise.
   */
  public static Optional<RevenueMapping> recognise(List<String> header) {
    String client = first(header, CLIENT_NAMES);
    String start = first(header, START_NAMES);
    String amount = first(header, AMOUNT_NAMES);
    String currency = first(header, CURRENCY_NAMES);
    if (client == null || start == null || amount == null || currency == null) {
      return Optional.empty();
    }
    return Optional.of(
        new RevenueMapping(
            client,
            first(header, CLIENT_ID_NAMES),
            start,
            first(header, END_NAMES),
            amount,
            currency,
            null,
            null));
  }

  private static String first(List<String> header, List<String> names) {
    for (String name : names) {
      int position = SheetColumns.position(header, name);
      if (position >= 0) {
        return header.get(position);
      }
    }
    return null;
  }
}
