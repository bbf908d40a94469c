package io.tokenledger.engine.mapping;

import io.tokenledger.engine.workspace.Workspace;
import java.util.List;

/**
 * Mapping rules turn raw keys (API key, project, workspace, tag, trace attribute) into client,
 * feature, team and environment, in priority order, first match wins per dimension; what no rule
 * maps stays visible as unmapped. Rules live in the workspace ({@code mapping_rules}); the app
 * calls {@link #apply} after every import and rule edit so the dimensions always reflect them.
 */
public interface MappingService {

  List<MappingRule> rules(Workspace workspace);

  /**
   * Stores a new rule; a priority of 0 puts it after every other rule.
   *
   * @return the rule with its id and priority
   */
  MappingRule add(Workspace workspace, MappingRule rule);

  void update(Workspace workspace, MappingRule rule);

  void delete(Workspace workspace, int ruleId);

  /** Gives the rules priorities 10, 20, 30, ... in the order of {@code ruleIds}. */
  void reorder(Workspace workspace, List<Integer> ruleIds);

  /** What {@code rule} would match (it need not be stored; its priority places it among them). */
  RulePreview preview(Workspace workspace, MappingRule rule);

  /** Rows and cost without a value, per dimension. */
  List<UnmappedTotal> unmapped(Workspace workspace);

  /** Re-applies every enabled rule to usage_events and cost_lines. */
  MappingResult apply(Workspace workspace);
}
