package io.tokenledger.engine.scenarios;

import io.tokenledger.engine.costmodel.PricedUsage;
import io.tokenledger.engine.costmodel.PricedUsageQueries;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.engine.workspace.WorkspaceWork;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scenarios kept in the workspace's {@code scenarios} tables, run by {@link ScenarioModel} on the
 * priced usage of their baseline month ({@link PricedUsageQueries}) with the price book's prices.
 */
public final class DuckDbScenarioService implements ScenarioService {

  private static final String WHAT = "Scenarios";

  @Override
  public List<SavedScenario> list(Workspace workspace) {
    return WorkspaceWork.read(workspace, WHAT, c -> new ScenarioQueries(c).scenarios());
  }

  @Override
  public Optional<SavedScenario> find(Workspace workspace, String name) {
    return list(workspace).stream().filter(s -> s.name().equals(name.strip())).findFirst();
  }

  @Override
  public void save(Workspace workspace, SavedScenario scenario) {
    replace(workspace, scenario.name(), scenario);
  }

  @Override
  public void replace(Workspace workspace, String oldName, SavedScenario scenario) {
    WorkspaceWork.write(
        workspace,
        WHAT,
        c -> {
          ScenarioQueries queries = new ScenarioQueries(c);
          queries.delete(oldName == null ? scenario.name() : oldName);
          queries.delete(scenario.name());
          queries.insert(scenario);
          return null;
        });
  }

  @Override
  public boolean delete(Workspace workspace, String name) {
    return WorkspaceWork.write(workspace, WHAT, c -> new ScenarioQueries(c).delete(name) > 0);
  }

  @Override
  public ScenarioResult run(Workspace workspace, SavedScenario scenario, String currency) {
    return runAll(workspace, List.of(scenario), currency).get(0);
  }

  @Override
  public List<ScenarioResult> runAll(
      Workspace workspace, List<SavedScenario> scenarios, String currency) {
    return WorkspaceWork.read(
        workspace,
        WHAT,
        c -> {
          PricedUsageQueries usageQueries = new PricedUsageQueries(c);
          ScenarioQueries queries = new ScenarioQueries(c);
          Map<YearMonth, PricedUsage> usage = new HashMap<>();
          Map<YearMonth, Map<String, BigDecimal>> revenue = new HashMap<>();
          List<ScenarioResult> results = new ArrayList<>();
          for (SavedScenario scenario : scenarios) {
            YearMonth month = scenario.baseline();
            if (!usage.containsKey(month)) {
              PricedUsage read = usageQueries.read(month, month);
              read.requireCurrency(currency, month.toString());
              usage.put(month, read);
              revenue.put(month, queries.revenue(month, currency));
            }
            ScenarioModel model = new ScenarioModel(queries.prices(month, currency));
            results.add(model.run(scenario, usage.get(month), currency, revenue.get(month)));
          }
          return results;
        });
  }
}
