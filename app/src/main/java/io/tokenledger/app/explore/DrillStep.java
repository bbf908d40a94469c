package io.tokenledger.app.explore;

import io.tokenledger.engine.explore.Dimension;

/** One step of a drill path: a dimension narrowed to one value ({@code Client: acme}). */
public record DrillStep(Dimension dimension, String value) {

  public String label() {
    return dimension.label() + ": " + value;
  }
}
