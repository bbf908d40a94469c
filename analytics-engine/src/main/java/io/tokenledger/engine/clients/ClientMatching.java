package io.tokenledger.engine.clients;

import java.util.List;

/**
 * Revenue clients against usage clients: every revenue client with how it matched, and what is left
 * unmatched on either side (revenue with no usage; usage with no revenue).
 */
public record ClientMatching(
    List<ClientMatch> matches, List<String> revenueOnly, List<String> usageOnly) {

  public ClientMatching {
    matches = List.copyOf(matches);
    revenueOnly = List.copyOf(revenueOnly);
    usageOnly = List.copyOf(usageOnly);
  }
}
