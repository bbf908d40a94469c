package io.tokenledger.engine.clients;

/**
 * How a client of the revenue sheet was found on the usage side.
 *
 * @param revenueClient the client's name on the revenue sheet
 * @param revenueClientId its id on the sheet, or null
 * @param client the usage side's client, or null when unmatched
 * @param matchedBy {@code name}, {@code id}, {@code rule #N: ...} or null when unmatched
 */
public record ClientMatch(
    String revenueClient, String revenueClientId, String client, String matchedBy) {

  public boolean matched() {
    return client != null;
  }
}
