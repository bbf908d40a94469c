package io.tokenledger.engine.clients;

import io.tokenledger.engine.workspace.Workspace;

/**
 * The Clients analysis: revenue per client against its allocated LLM spend, margin after AI cost,
 * concentration, and the drill into one client. Amounts convert into the request's currency through
 * the FX table of their month; a missing rate fails with {@link
 * io.tokenledger.engine.explore.MissingFxRateException} naming the currency and month. Every method
 * reads the workspace: call it off the FX thread.
 */
public interface ClientsService {

  /** Every client's figures for the period, exact (round with {@link ClientsRounding}). */
  ClientsReport report(Workspace workspace, ClientsRequest request);

  /** Where one client's spend goes in the period, by feature and by model. */
  ClientDrill drill(Workspace workspace, ClientsRequest request, String client);

  /** Revenue sheet clients against usage clients, by name, id and mapping rules. */
  ClientMatching matching(Workspace workspace);
}
