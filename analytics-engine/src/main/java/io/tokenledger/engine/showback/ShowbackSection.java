package io.tokenledger.engine.showback;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The parts of a showback pack a user can leave out. The summary is always there; the others are
 * chosen per pack (a client's pack may leave out the rate card, a pack for a quick look the detail
 * rows). Without {@link #DETAIL} the summary sheets have no audit formulas, since there is nothing
 * to recompute them from.
 */
public enum ShowbackSection {
  SUMMARY("summary", "Summary"),
  GROUP_SHEETS("groups", "One sheet per group"),
  UNIT_ECONOMICS("unit-economics", "Unit economics"),
  ASYMMETRY("asymmetry", "Asymmetry (when revenue exists)"),
  RATE_CARD("rate-card", "Rate card"),
  SCENARIOS("scenarios", "Scenarios (when saved)"),
  METHODOLOGY("methodology", "Methodology"),
  DETAIL("detail", "Detail rows");

  private final String id;
  private final String label;

  ShowbackSection(String id, String label) {
    this.id = id;
    this.label = label;
  }

  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  public static Optional<ShowbackSection> byId(String id) {
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(s -> s.id.equals(wanted)).findFirst();
  }
}
