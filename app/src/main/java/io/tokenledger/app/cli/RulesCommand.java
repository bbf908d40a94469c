package io.tokenledger.app.cli;

import io.tokenledger.engine.mapping.DefaultMappingService;
import io.tokenledger.engine.mapping.MappingResult;
import io.tokenledger.engine.mapping.MappingRule;
import io.tokenledger.engine.mapping.MappingService;
import io.tokenledger.engine.mapping.MappingTarget;
import io.tokenledger.engine.mapping.MatchKind;
import io.tokenledger.engine.mapping.RulePreview;
import io.tokenledger.engine.mapping.SourceKey;
import io.tokenledger.engine.mapping.UnmappedTotal;
import io.tokenledger.engine.workspace.Workspace;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tokenledger rules}: mapping rules that turn API keys, projects, tags and trace attributes
 * into client, feature, team and environment. Every change is applied at once, and the unmapped
 * totals are printed after it.
 */
@Command(
    name = "rules",
    description = "Mapping rules: raw keys to client, feature, team and env, first match wins.",
    subcommands = {
      RulesCommand.ListRules.class,
      RulesCommand.AddRule.class,
      RulesCommand.PreviewRule.class,
      RulesCommand.DeleteRule.class,
      RulesCommand.Reorder.class,
      RulesCommand.Apply.class
    })
final class RulesCommand implements Runnable {

  @ParentCommand TokenLedgerCommand root;
  @Spec CommandSpec spec;

  final MappingService mapping = new DefaultMappingService();

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "Give a rules command: " + String.join(", ", spec.subcommands().keySet()));
  }

  /**
   * Makes {@code change} to the rules, then applies every enabled rule to all rows: each edit of
   * the rules is applied at once, so that what is left unmapped can be printed after it.
   */
  MappingResult changeAndApply(Path file, Consumer<Workspace> change) {
    return root.withWorkspace(
        file,
        ws -> {
          change.accept(ws);
          return mapping.apply(ws);
        });
  }

  static String money(BigDecimal amount) {
    return amount == null ? "" : amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }

  static void printUnmapped(PrintWriter out, List<UnmappedTotal> unmapped) {
    TextTable table =
        new TextTable("unmapped", "usage_events", "usage_cost", "cost_lines", "billed_cost");
    for (UnmappedTotal u : unmapped) {
      table.row(
          u.target().column(),
          Long.toString(u.usageEvents()),
          u.usageMixedCurrencies()
              ? "mixed currencies"
              : money(u.usageCost()) + " " + nullToEmpty(u.usageCurrency()),
          Long.toString(u.costLines()),
          u.billedMixedCurrencies()
              ? "mixed currencies"
              : money(u.billedCost()) + " " + nullToEmpty(u.billedCurrency()));
    }
    out.print(table.toText());
    out.flush();
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  /** The options that describe one rule, shared by add and preview. */
  static final class RuleOptions {
    @Option(
        names = "--key",
        required = true,
        description =
            "What to look at: api_key, project, workspace, user, provider, model, tags, tag:<k>, attr:<k>.")
    String key;

    @Option(
        names = "--match",
        defaultValue = "equals",
        description = "equals, glob, regex or copy.")
    String match;

    @Option(names = "--value", description = "The value, glob or regex to match (not for copy).")
    String value;

    @Option(names = "--target", required = true, description = "client, feature, team or env.")
    String target;

    @Option(
        names = "--set",
        description = "The value to set (default for copy/regex: the matched value).")
    String set;

    @Option(
        names = "--priority",
        defaultValue = "0",
        description = "Smaller first; 0 puts the rule last.")
    int priority;

    @Option(names = "--note")
    String note;

    MappingRule rule() {
      return new MappingRule(
          0,
          priority,
          SourceKey.parse(key),
          MatchKind.byId(match)
              .orElseThrow(() -> new IllegalArgumentException("unknown match " + match)),
          value,
          MappingTarget.byColumn(target)
              .orElseThrow(() -> new IllegalArgumentException("unknown target " + target)),
          set,
          true,
          note);
    }
  }

  /** {@code rules list}. */
  @Command(name = "list", description = "List the rules in the order they apply.")
  static final class ListRules implements Callable<Integer> {
    @ParentCommand RulesCommand rules;
    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspace;

    @Mixin TableFormatOption format;

    @Override
    public Integer call() {
      List<MappingRule> all = rules.root.withWorkspace(workspace.file, rules.mapping::rules);
      TextTable table = new TextTable("id", "priority", "enabled", "rule");
      for (MappingRule r : all) {
        table.row(
            Integer.toString(r.id()),
            Integer.toString(r.priority()),
            Boolean.toString(r.enabled()),
            r.describe());
      }
      format.print(spec.commandLine().getOut(), table);
      return 0;
    }
  }

  /** {@code rules add}. */
  @Command(name = "add", description = "Add a rule and apply all rules.")
  static final class AddRule implements Callable<Integer> {
    @ParentCommand RulesCommand rules;
    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspace;

    @CommandLine.ArgGroup(exclusive = false, multiplicity = "1")
    RuleOptions options;

    @Override
    public Integer call() {
      MappingRule rule = options.rule();
      PrintWriter out = spec.commandLine().getOut();
      MappingResult result =
          rules.changeAndApply(
              workspace.file,
              ws -> {
                MappingRule stored = rules.mapping.add(ws, rule);
                out.printf(
                    "Added rule %d (priority %d): %s%n",
                    stored.id(), stored.priority(), stored.describe());
              });
      printUnmapped(out, result.unmapped());
      return 0;
    }
  }

  /** {@code rules preview}. */
  @Command(name = "preview", description = "Show what a rule would match, without saving it.")
  static final class PreviewRule implements Callable<Integer> {
    @ParentCommand RulesCommand rules;
    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspace;

    @CommandLine.ArgGroup(exclusive = false, multiplicity = "1")
    RuleOptions options;

    @Override
    public Integer call() {
      MappingRule rule = options.rule();
      RulePreview preview =
          rules.root.withWorkspace(workspace.file, ws -> rules.mapping.preview(ws, rule));
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          "%s%n  usage events: %d matched (cost %s), %d decided by it (cost %s)%n"
              + "  cost lines:   %d matched (billed %s), %d decided by it (billed %s)%s%n",
          rule.describe(),
          preview.matchedEvents(),
          money(preview.matchedEventCost()),
          preview.decidedEvents(),
          money(preview.decidedEventCost()),
          preview.matchedCostLines(),
          money(preview.matchedBilledCost()),
          preview.decidedCostLines(),
          money(preview.decidedBilledCost()),
          preview.mixedCurrencies() ? "\n  (amounts mix currencies)" : "");
      for (RulePreview.ValueCount value : preview.values()) {
        out.printf("  %s: %d row(s)%n", value.value(), value.rows());
      }
      out.flush();
      return 0;
    }
  }

  /** {@code rules delete}. */
  @Command(name = "delete", description = "Delete a rule and apply the rest.")
  static final class DeleteRule implements Callable<Integer> {
    @ParentCommand RulesCommand rules;
    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspace;

    @Parameters(paramLabel = "ID")
    int id;

    @Override
    public Integer call() {
      MappingResult result =
          rules.changeAndApply(workspace.file, ws -> rules.mapping.delete(ws, id));
      spec.commandLine().getOut().printf("Deleted rule %d%n", id);
      printUnmapped(spec.commandLine().getOut(), result.unmapped());
      return 0;
    }
  }

  /** {@code rules reorder}. */
  @Command(name = "reorder", description = "Put the rules in the given order (ids) and apply them.")
  static final class Reorder implements Callable<Integer> {
    @ParentCommand RulesCommand rules;
    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspace;

    @Parameters(arity = "1..*", paramLabel = "ID")
    List<Integer> ids;

    @Override
    public Integer call() {
      MappingResult result =
          rules.changeAndApply(workspace.file, ws -> rules.mapping.reorder(ws, ids));
      printUnmapped(spec.commandLine().getOut(), result.unmapped());
      return 0;
    }
  }

  /** {@code rules apply}. */
  @Command(
      name = "apply",
      description =
          "Apply every enabled rule to all rows (imports map their own rows as they land).")
  static final class Apply implements Callable<Integer> {
    @ParentCommand RulesCommand rules;
    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspace;

    @Override
    public Integer call() {
      MappingResult result = rules.root.withWorkspace(workspace.file, rules.mapping::apply);
      spec.commandLine()
          .getOut()
          .printf(
              "Applied %d rule(s) to %d usage event(s) and %d cost line(s)%n",
              result.rules(), result.usageEvents(), result.costLines());
      printUnmapped(spec.commandLine().getOut(), result.unmapped());
      return 0;
    }
  }
}
