package io.tokenledger.engine.mapping;

import io.tokenledger.engine.explore.PivotSummary;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.engine.workspace.WorkspaceWork;
import java.util.List;

/**
 * Mapping rules on a workspace's DuckDB database. Stateless: each call takes the workspace and its
 * own connection (any worker thread); each write is one transaction, so a failed apply leaves the
 * dimensions as they were.
 */
public final class DefaultMappingService implements MappingService {

  @Override
  public List<MappingRule> rules(Workspace workspace) {
    return WorkspaceWork.read(
        workspace, "Mapping rules", connection -> new MappingQueries(connection).rules());
  }

  @Override
  public MappingRule add(Workspace workspace, MappingRule rule) {
    return WorkspaceWork.write(
        workspace, "Mapping rules", connection -> new MappingQueries(connection).insert(rule));
  }

  @Override
  public void update(Workspace workspace, MappingRule rule) {
    WorkspaceWork.write(
        workspace,
        "Mapping rules",
        connection -> {
          new MappingQueries(connection).update(rule);
          return null;
        });
  }

  @Override
  public void delete(Workspace workspace, int ruleId) {
    WorkspaceWork.write(
        workspace,
        "Mapping rules",
        connection -> {
          new MappingQueries(connection).delete(ruleId);
          return null;
        });
  }

  @Override
  public void reorder(Workspace workspace, List<Integer> ruleIds) {
    WorkspaceWork.write(
        workspace,
        "Mapping rules",
        connection -> {
          new MappingQueries(connection).reorder(ruleIds);
          return null;
        });
  }

  @Override
  public RulePreview preview(Workspace workspace, MappingRule rule) {
    return WorkspaceWork.read(
        workspace,
        "Mapping rules",
        connection -> {
          MappingQueries queries = new MappingQueries(connection);
          return queries.preview(rule, queries.rules());
        });
  }

  @Override
  public List<UnmappedTotal> unmapped(Workspace workspace) {
    return WorkspaceWork.read(
        workspace, "Mapping rules", connection -> new MappingQueries(connection).unmapped());
  }

  @Override
  public MappingResult apply(Workspace workspace) {
    return WorkspaceWork.write(
        workspace,
        "Mapping rules",
        connection -> {
          MappingQueries queries = new MappingQueries(connection);
          List<MappingRule> rules = queries.rules();
          long[] rows = queries.apply(rules);
          // The usage events' dimensions changed: the pivot reads them again until re-allocation.
          PivotSummary.invalidate(connection);
          int enabled = (int) rules.stream().filter(MappingRule::enabled).count();
          return new MappingResult(enabled, rows[0], rows[1], queries.unmapped());
        });
  }
}
