package io.tokenledger.engine.tasks;

/** The dimensions tasks can be grouped by; each is a column of the task roll-up. */
public enum TaskDimension {
  CLIENT("client"),
  FEATURE("feature"),
  TEAM("team"),
  ENV("env");

  private final String column;

  TaskDimension(String column) {
    this.column = column;
  }

  public String column() {
    return column;
  }
}
