package io.tokenledger.engine.scenarios;

import io.tokenledger.engine.workspace.Workspace;
import java.util.List;
import java.util.Optional;

/**
 * Saved what-if scenarios of a workspace and their results. Every call takes its own connection, so
 * it may run on any worker thread.
 */
public interface ScenarioService {

  /** The saved scenarios, by name. */
  List<SavedScenario> list(Workspace workspace);

  Optional<SavedScenario> find(Workspace workspace, String name);

  /** Saves {@code scenario}, replacing a saved one of the same name. */
  void save(Workspace workspace, SavedScenario scenario);

  /** Renames or otherwise replaces the scenario called {@code oldName} in one transaction. */
  void replace(Workspace workspace, String oldName, SavedScenario scenario);

  /**
   * @return whether there was such a scenario
   */
  boolean delete(Workspace workspace, String name);

  /**
   * Runs {@code scenario} on its baseline month's priced usage, amounts in {@code currency}.
   *
   * @throws CostModelException when a lever needs a price the price book lacks, or revenue needs an
   *     FX rate that is missing
   */
  ScenarioResult run(Workspace workspace, SavedScenario scenario, String currency);

  /** Runs several scenarios on one read of the data, for side-by-side comparison. */
  List<ScenarioResult> runAll(Workspace workspace, List<SavedScenario> scenarios, String currency);
}
