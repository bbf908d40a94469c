package io.tokenledger.app.cli;

import io.tokenledger.engine.scenarios.Lever;
import io.tokenledger.engine.scenarios.LeverSpec;
import io.tokenledger.engine.scenarios.SavedScenario;
import io.tokenledger.engine.workspace.Workspace;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tokenledger scenario save|delete}: keeps what-if scenarios in a workspace from the command
 * line, with the same lever text the Scenarios page's lever editor reads. {@code query scenario}
 * prints their numbers.
 */
@Command(
    name = "scenario",
    description = "Save or delete what-if scenarios ('query scenario NAME' prints their numbers).",
    subcommands = {ScenarioCommand.Save.class, ScenarioCommand.Delete.class})
final class ScenarioCommand implements Callable<Integer> {

  @ParentCommand TokenLedgerCommand root;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Give save or delete");
  }

  /** {@code scenario save NAME --baseline YYYY-MM --lever TEXT...}. */
  @Command(
      name = "save",
      description = {
        "Save a scenario (replacing one of the same name).",
        "Levers: grow [client=C] [feature=F] [tasks=PCT] [steps=PCT] [tokens=PCT];",
        "  route [client=C] [feature=F] from=MODEL to=MODEL [note=TEXT];",
        "  cache [client=C] [feature=F] rate=SHARE;  batch [client=C] [feature=F] share=SHARE;",
        "  price [provider=P] [model=M] percent=PCT.  They apply in that order (grow, route, cache,"
            + " batch, price)."
      })
  static final class Save implements Callable<Integer> {

    @ParentCommand ScenarioCommand parent;
    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspace;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(
        names = "--baseline",
        required = true,
        paramLabel = "YYYY-MM",
        description = "The month whose usage the scenario re-runs.")
    YearMonth baseline;

    @Option(names = "--description", description = "What the scenario asks.")
    String description;

    @Option(
        names = "--lever",
        paramLabel = "TEXT",
        description =
            "A lever, e.g. \"route feature=doc-summarizer from=claude-opus-4-6 to=claude-haiku-4-5-20251001\".")
    List<String> levers = new ArrayList<>();

    @Override
    public Integer call() {
      List<Lever> parsed = new ArrayList<>();
      for (String text : levers) {
        try {
          parsed.add(LeverSpec.parse(text));
        } catch (IllegalArgumentException e) {
          throw new CommandLine.ParameterException(
              spec.commandLine(), "--lever \"" + text + "\": " + e.getMessage());
        }
      }
      SavedScenario scenario = new SavedScenario(name, baseline, description, parsed);
      try (Workspace ws = parent.root.open(workspace.file)) {
        parent.root.services.scenarioService().save(ws, scenario);
      }
      spec.commandLine()
          .getOut()
          .println(
              "Saved scenario "
                  + scenario.name()
                  + " ("
                  + scenario.levers().size()
                  + " lever"
                  + (scenario.levers().size() == 1 ? "" : "s")
                  + ", baseline "
                  + scenario.baseline()
                  + ")");
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  /** {@code scenario delete NAME}. */
  @Command(name = "delete", description = "Delete a saved scenario.")
  static final class Delete implements Callable<Integer> {

    @ParentCommand ScenarioCommand parent;
    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspace;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      boolean deleted;
      try (Workspace ws = parent.root.open(workspace.file)) {
        deleted = parent.root.services.scenarioService().delete(ws, name);
      }
      if (!deleted) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "No scenario named '" + name + "'");
      }
      spec.commandLine().getOut().println("Deleted scenario " + name);
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
