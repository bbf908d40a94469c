package io.tokenledger.engine.clients;

import io.tokenledger.engine.workspace.Workspace;
import java.time.YearMonth;
import java.util.List;

/**
 * The workspace's FX table ({@code fx_rates}): one rate per month and currency pair, imported from
 * a file or typed in. Every amount in another currency than the reporting one converts through the
 * rate of its month; a missing one is an error the user sees, never 1.0.
 */
public interface FxRatesService {

  /** Every rate, by month then pair. */
  List<FxRate> list(Workspace workspace);

  /** Adds the rate or replaces the one of the same month and pair. */
  void put(Workspace workspace, FxRate rate);

  boolean delete(Workspace workspace, YearMonth month, String from, String to);
}
