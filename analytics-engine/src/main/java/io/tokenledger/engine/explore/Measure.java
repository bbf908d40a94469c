package io.tokenledger.engine.explore;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The fixed catalog of pivot measures. Cost measures are sums over the allocation, usage measures
 * sums over the usage events, and unit costs are ratios computed exactly (BigDecimal) from the
 * summed parts, so a subtotal's unit cost is the ratio of its sums, never an average of ratios.
 */
public enum Measure {
  BILLED_COST("Billed cost", "billed_cost", Kind.COST, true),
  EFFECTIVE_COST("Effective cost", "effective_cost", Kind.COST, true),
  ALLOCATED_COST("Allocated cost", "allocated_cost", Kind.COST, true),
  UNALLOCATED_COST("Unallocated cost", "unallocated_cost", Kind.COST, true),
  TOKENS("Tokens", "tokens", Kind.USAGE, false),
  REQUESTS("Requests", "requests", Kind.USAGE, false),
  TASKS("Tasks", "tasks", Kind.USAGE, false),
  COST_PER_1M_TOKENS("Cost per 1M tokens", "cost_per_1m_tokens", Kind.UNIT_COST, true),
  COST_PER_REQUEST("Cost per request", "cost_per_request", Kind.UNIT_COST, true),
  COST_PER_TASK("Cost per task", "cost_per_task", Kind.UNIT_COST, true);

  /** Where a measure's numbers come from. */
  public enum Kind {
    COST,
    USAGE,
    UNIT_COST
  }

  private final String label;
  private final String id;
  private final Kind kind;
  private final boolean money;

  Measure(String label, String id, Kind kind, boolean money) {
    this.label = label;
    this.id = id;
    this.kind = kind;
    this.money = money;
  }

  public String id() {
    return id;
  }

  /** The name a person reads: {@code Cost per 1M tokens}. */
  public String label() {
    return label;
  }

  public Kind kind() {
    return kind;
  }

  /** True when values are amounts in the reporting currency. */
  public boolean isMoney() {
    return money;
  }

  public static Optional<Measure> byId(String id) {
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(m -> m.id.equals(wanted)).findFirst();
  }
}
