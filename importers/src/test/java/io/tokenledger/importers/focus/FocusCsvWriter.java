package io.tokenledger.importers.focus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes small FOCUS CSV files for tests: the mandatory 1.0 columns with plausible values, plus the
 * columns and rows a test sets, with a choice of line ends, BOM and final newline.
 */
final class FocusCsvWriter {

  private final Map<String, String> defaults = new LinkedHashMap<>();
  private final List<Map<String, String>> rows = new ArrayList<>();
  private String lineEnd = "\n";
  private boolean bom;
  private boolean finalNewline = true;

  FocusCsvWriter() {
    defaults.put("BilledCost", "1.00");
    defaults.put("BillingAccountId", "acct-1");
    defaults.put("BillingAccountName", "Test account");
    defaults.put("BillingCurrency", "USD");
    defaults.put("BillingPeriodEnd", "2025-02-01T00:00:00Z");
    defaults.put("BillingPeriodStart", "2025-01-01T00:00:00Z");
    defaults.put("ChargeCategory", "Usage");
    defaults.put("ChargeClass", "");
    defaults.put("ChargeDescription", "Test charge");
    defaults.put("ChargePeriodEnd", "2025-01-02T00:00:00Z");
    defaults.put("ChargePeriodStart", "2025-01-01T00:00:00Z");
    defaults.put("ContractedCost", "1.00");
    defaults.put("EffectiveCost", "1.00");
    defaults.put("InvoiceIssuerName", "Anthropic");
    defaults.put("ListCost", "1.00");
    defaults.put("PricingQuantity", "1");
    defaults.put("PricingUnit", "Requests");
    defaults.put("ProviderName", "Anthropic");
    defaults.put("PublisherName", "Anthropic");
    defaults.put("ServiceCategory", "AI and Machine Learning");
    defaults.put("ServiceName", "Claude API");
  }

  /** Adds a column (or changes the default of one) for every row. */
  FocusCsvWriter column(String name, String defaultValue) {
    defaults.put(name, defaultValue);
    return this;
  }

  /** Drops a column from the file. */
  FocusCsvWriter without(String name) {
    defaults.remove(name);
    return this;
  }

  /** Adds a row: pairs of column name and value; other columns take their defaults. */
  FocusCsvWriter row(String... pairs) {
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      row.put(pairs[i], pairs[i + 1]);
    }
    rows.add(row);
    return this;
  }

  FocusCsvWriter crlf() {
    lineEnd = "\r\n";
    return this;
  }

  FocusCsvWriter bom() {
    bom = true;
    return this;
  }

  FocusCsvWriter noFinalNewline() {
    finalNewline = false;
    return this;
  }

  /** The file's text; header names may be renamed with {@code header(from, to)} afterwards. */
  String text() {
    StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
    text.append(String.join(",", defaults.keySet()));
    for (Map<String, String> row : rows) {
      text.append(lineEnd);
      List<String> values = new ArrayList<>();
      for (Map.Entry<String, String> column : defaults.entrySet()) {
        values.add(quote(row.getOrDefault(column.getKey(), column.getValue())));
      }
      text.append(String.join(",", values));
    }
    if (finalNewline) {
      text.append(lineEnd);
    }
    return text.toString();
  }

  Path write(Path file) throws IOException {
    Files.writeString(file, text(), StandardCharsets.UTF_8);
    return file;
  }

  private static String quote(String value) {
    if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }
}
