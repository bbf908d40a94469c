package io.tokenledger.app.context;

/** What the figures of the chosen period are compared with. */
public enum Comparison {
  NONE,
  /** The period just before the chosen one, of the same length ({@link Period#previous()}). */
  PREVIOUS_PERIOD
}
