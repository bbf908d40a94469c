package io.tokenledger.engine.state;

/**
 * What the Sources page shows beyond the import log itself, which is data.
 *
 * @param selectedImportId the import selected in the log, or null
 */
public record SourcesViewState(Integer selectedImportId) {

  public static final SourcesViewState DEFAULT = new SourcesViewState(null);
}
