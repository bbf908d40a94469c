package io.tokenledger.engine.focus;

/**
 * One column of one FOCUS dataset in one version, as the specification defines it.
 *
 * @param id the column id, such as {@code BilledCost}
 * @param allowsNulls whether the specification lets the column hold nulls
 * @param deprecated whether the version deprecates the column (ProviderName in 1.3)
 */
public record FocusColumn(
    FocusVersion version,
    FocusDataset dataset,
    String id,
    FocusDataType type,
    FocusFeatureLevel level,
    boolean allowsNulls,
    boolean deprecated) {

  public boolean isMandatory() {
    return level == FocusFeatureLevel.MANDATORY;
  }
}
