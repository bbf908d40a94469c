package io.tokenledger.engine.focus;

/** The FOCUS datasets: every version has Cost and Usage; 1.3 adds Contract Commitment. */
public enum FocusDataset {
  COST_AND_USAGE("CostAndUsage"),
  CONTRACT_COMMITMENT("ContractCommitment");

  private final String id;

  FocusDataset(String id) {
    this.id = id;
  }

  /** The dataset's name in the specification, such as {@code CostAndUsage}. */
  public String id() {
    return id;
  }
}
