package io.tokenledger.app.invoice;

import java.util.regex.Pattern;

/**
 * What a column of an invoice sheet can hold, with the header names that suggest it. Date and
 * amount are required; the others are optional.
 */
public enum InvoiceColumnRole {
  DATE("Date", true, "(?i).*\\b(date|day|period|billed)\\b.*"),
  AMOUNT("Amount", true, "(?i).*\\b(amount|total|cost|charge|net|gross)\\b.*"),
  CURRENCY("Currency", false, "(?i)\\s*(currency|curr|ccy|currency code)\\s*"),
  DESCRIPTION("Description", false, "(?i).*\\b(description|item|service|product|memo|line)\\b.*"),
  MODEL("Model", false, "(?i).*\\bmodel\\b.*"),
  QUANTITY("Quantity", false, "(?i).*\\b(qty|quantity|tokens|usage)\\b.*"),
  UNIT("Unit", false, "(?i)\\s*(unit|units|uom|unit of measure)\\s*");

  private final String label;
  private final boolean required;
  private final Pattern suggests;

  InvoiceColumnRole(String label, boolean required, String suggests) {
    this.label = label;
    this.required = required;
    this.suggests = Pattern.compile(suggests);
  }

  /** The role's name as the dialog shows it. */
  public String label() {
    return label;
  }

  public boolean required() {
    return required;
  }

  /** True when a header name looks like this role's column. */
  boolean suggestedBy(String headerName) {
    return headerName != null && suggests.matcher(headerName).matches();
  }
}
