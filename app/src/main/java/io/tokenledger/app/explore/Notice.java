package io.tokenledger.app.explore;

/** What the Explore page says instead of (or above) a pivot: an empty state or a problem. */
public record Notice(Kind kind, String text) {

  /** Why there is something to say; views pick an icon and colour by it. */
  public enum Kind {
    /** No workspace is open. */
    NO_WORKSPACE,
    /** The choices do not make a pivot yet (no measure, no dimension). */
    CHOOSE,
    /** The workspace holds no cost and no usage. */
    EMPTY_WORKSPACE,
    /** Nothing matches the period and filters. */
    NO_ROWS,
    /** An amount cannot be converted to the reporting currency. */
    MISSING_RATE,
    /** The query failed. */
    ERROR;

    /** True for the kinds that mean something went wrong, not just "nothing to show". */
    public boolean isProblem() {
      return this == MISSING_RATE || this == ERROR;
    }
  }
}
