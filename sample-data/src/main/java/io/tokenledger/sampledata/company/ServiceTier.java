package io.tokenledger.sampledata.company;

/** The tier a request was served and billed at. The demo runs everything on the standard tier. */
public enum ServiceTier {
  STANDARD("standard"),
  BATCH("batch");

  private final String id;

  ServiceTier(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
