package io.tokenledger.engine.state;

import java.util.List;

/**
 * How the showback pack is made. A placeholder until the Showback page lands.
 *
 * @param groupBy one sheet per value of this dimension ({@code client} or {@code team})
 * @param sheets the optional sheets included, by id
 * @param includeDetailRows whether the pack carries the detail rows behind its figures
 */
public record ShowbackSettings(String groupBy, List<String> sheets, boolean includeDetailRows) {

  public static final ShowbackSettings DEFAULT = new ShowbackSettings("client", List.of(), true);

  public ShowbackSettings {
    groupBy = groupBy == null ? "client" : groupBy;
    sheets = sheets == null ? List.of() : List.copyOf(sheets);
  }
}
