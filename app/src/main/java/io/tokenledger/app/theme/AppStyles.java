package io.tokenledger.app.theme;

/**
 * The style classes of TokenLedger's own stylesheet ({@code app.css}), as constants so that a typo
 * is a compile error rather than a silently unstyled node. AtlantaFX's own classes come from {@code
 * atlantafx.base.theme.Styles}.
 */
public final class AppStyles {

  public static final String MAIN_WINDOW = "tl-main-window";
  public static final String SIDEBAR = "tl-sidebar";
  public static final String SIDEBAR_SECTION_START = "tl-sidebar-section-start";
  public static final String TOP_BAR = "tl-top-bar";
  public static final String TOP_BAR_TITLE = "tl-top-bar-title";
  public static final String PAGE = "tl-page";
  public static final String PAGE_HEADER = "tl-page-header";
  public static final String PAGE_TITLE = "tl-page-title";
  public static final String PAGE_SUBTITLE = "tl-page-subtitle";
  public static final String PLACEHOLDER = "tl-placeholder";
  public static final String PLACEHOLDER_ICON = "tl-placeholder-icon";
  public static final String OVERLAY = "tl-overlay";
  public static final String STATUS_BAR = "tl-status-bar";
  public static final String STATUS_HEALTH = "tl-status-health";
  public static final String TASK_ROW = "tl-task-row";
  public static final String TASK_LIST = "tl-task-list";
  public static final String DROP_ZONE = "tl-drop-zone";
  public static final String SECTION_TITLE = "tl-section-title";
  public static final String NUMBER_CELL = "tl-number";
  public static final String MONO_CELL = "tl-mono";
  public static final String STATUS_BADGE = "tl-status-badge";
  public static final String REPORT_MESSAGE = "tl-report-message";
  public static final String CONTEXT_BAR = "tl-context-bar";
  public static final String EXPLORE_FIELDS = "tl-explore-fields";
  public static final String FIELD_TITLE = "tl-field-title";
  public static final String FILTER_CHIP = "tl-filter-chip";
  public static final String PIVOT_TABLE = "tl-pivot";
  public static final String PIVOT_CHART = "tl-chart";
  public static final String NOTICE = "tl-notice";
  public static final String CHART_NOTE = "tl-chart-note";
  public static final String DRILL_PANE = "tl-drill";

  /** Pseudo-class names; the PseudoClass objects live beside the nodes that set them. */
  public static final String DROP_TARGET_PSEUDO_CLASS = "drop-target";

  public static final String DARK_PSEUDO_CLASS = "dark";

  /** Pivot lines: a group's subtotal, and the grand total. */
  public static final String SUBTOTAL_PSEUDO_CLASS = "subtotal";

  public static final String GRAND_TOTAL_PSEUDO_CLASS = "grand-total";

  /** A notice that reports a problem (a missing FX rate), not just an empty state. */
  public static final String PROBLEM_PSEUDO_CLASS = "problem";

  private AppStyles() {}
}
