package io.tokenledger.engine.explore;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The fixed catalog of dimensions a pivot can group and filter by; one vocabulary for the UI, the
 * command line and the README. Each dimension has an SQL expression over the allocations ({@code
 * a}) and over the usage events ({@code u}); user input only ever chooses among them. Every value
 * is text, so that filters and the output treat all dimensions alike; missing values get a label
 * ({@code (unmapped)}, {@code (unallocated)}) so that parts still add up to the whole. The third
 * expression reads the pivot summary, which stores those labels already applied.
 */
public enum Dimension {
  PROVIDER("Provider", "provider", "a.provider", "u.provider", "f.provider"),
  MODEL(
      "Model",
      "model",
      "coalesce(a.model, '(none)')",
      // The allocation's model key: dated snapshots shown under their alias, like the bills.
      "regexp_replace(coalesce(u.model, lower(trim(u.model_raw))), '-(\\d{8}|\\d{4}-\\d{2}-\\d{2})$', '')",
      "f.model"),
  TOKEN_BUCKET(
      "Token bucket",
      "token_bucket",
      "coalesce(a.token_bucket, '(none)')",
      "u.token_bucket",
      "f.token_bucket"),
  SERVICE_TIER(
      "Service tier",
      "service_tier",
      "coalesce(a.service_tier, '(none)')",
      "u.service_tier",
      "f.service_tier"),
  CLIENT("Client", "client", mapped("client"), "coalesce(u.client, '(unmapped)')", "f.client"),
  FEATURE(
      "Feature", "feature", mapped("feature"), "coalesce(u.feature, '(unmapped)')", "f.feature"),
  TEAM("Team", "team", mapped("team"), "coalesce(u.team, '(unmapped)')", "f.team"),
  ENV("Environment", "env", mapped("env"), "coalesce(u.env, '(unmapped)')", "f.env"),
  DAY(
      "Day",
      "day",
      "strftime(a.day, '%Y-%m-%d')",
      "strftime(u.event_time, '%Y-%m-%d')",
      "strftime(f.period, '%Y-%m-%d')"),
  WEEK(
      "Week",
      "week",
      "strftime(date_trunc('week', a.day), '%Y-%m-%d')",
      "strftime(date_trunc('week', u.event_time), '%Y-%m-%d')",
      "strftime(date_trunc('week', f.period), '%Y-%m-%d')"),
  MONTH(
      "Month",
      "month",
      "strftime(a.day, '%Y-%m')",
      "strftime(u.event_time, '%Y-%m')",
      "strftime(f.period, '%Y-%m')");

  private final String label;
  private final String id;
  private final String allocationExpression;
  private final String usageExpression;
  private final String summaryExpression;

  Dimension(
      String label,
      String id,
      String allocationExpression,
      String usageExpression,
      String summaryExpression) {
    this.label = label;
    this.id = id;
    this.allocationExpression = allocationExpression;
    this.usageExpression = usageExpression;
    this.summaryExpression = summaryExpression;
  }

  private static String mapped(String column) {
    return "coalesce(a."
        + column
        + ", CASE WHEN a.method = 'unallocated' THEN '(unallocated)' ELSE '(unmapped)' END)";
  }

  /** The name used on the command line and in saved views: {@code client}, {@code month}. */
  public String id() {
    return id;
  }

  /** The name a person reads: {@code Token bucket}. */
  public String label() {
    return label;
  }

  String allocationExpression() {
    return allocationExpression;
  }

  String usageExpression() {
    return usageExpression;
  }

  /** Over the pivot summary ({@code f}, {@link PivotSummary}), which stores the values shown. */
  String summaryExpression() {
    return summaryExpression;
  }

  /** True for day, week and month: values sort as time, not by size. */
  public boolean isTime() {
    return this == DAY || this == WEEK || this == MONTH;
  }

  public static Optional<Dimension> byId(String id) {
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(d -> d.id.equals(wanted)).findFirst();
  }
}
