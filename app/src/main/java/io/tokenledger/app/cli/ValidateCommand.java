package io.tokenledger.app.cli;

import io.tokenledger.engine.focus.validation.FocusValidationOptions;
import io.tokenledger.engine.focus.validation.FocusValidationReport;
import io.tokenledger.engine.focus.validation.FocusValidator;
import io.tokenledger.engine.focus.validation.RuleResult;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tokenledger validate}: the parent of the conformance checks; {@code validate focus FILE}
 * checks a FOCUS file against the FinOps Foundation's requirements model.
 */
@Command(
    name = "validate",
    description = "Check a file against a specification; give the specification as a subcommand.",
    subcommands = {ValidateCommand.Focus.class})
final class ValidateCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Give what to validate, for example: validate focus FILE");
  }

  /** Prints one line per failed rule, errors first, then the summary. */
  static void printFailures(FocusValidationReport report, PrintWriter out) {
    for (RuleResult failure : report.errors()) {
      out.println("ERROR    " + failure.message());
    }
    for (RuleResult failure : report.warnings()) {
      out.println("WARNING  " + failure.message());
    }
    out.println(
        report.file().getFileName()
            + ": "
            + report.rows()
            + " rows; FOCUS requirements model "
            + report.modelVersion()
            + ": "
            + report.summary());
  }

  /** {@code tokenledger validate focus FILE}. */
  @Command(
      name = "focus",
      description = {
        "Check a FOCUS file (CSV, CSV.gz, Parquet or a folder of parts) against the FinOps",
        "Foundation's FOCUS 1.2 requirements model: one line per failed rule with its id and text.",
        "MUST rules that fail are errors (exit code 1); SHOULD rules are warnings. Rules the model",
        "cannot express (Dynamic rules) are reported as not checkable, never as passed."
      })
  static final class Focus implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The FOCUS file or folder to check.")
    Path file;

    @Option(
        names = "--applicability",
        split = ",",
        paramLabel = "CRITERION",
        description =
            "Capabilities the data generator has (e.g. COMMITMENT_DISCOUNT_SUPPORTED); their"
                + " conditional rules then run.")
    List<String> applicability = List.of();

    @Option(
        names = "--all-applicable",
        description = "Declare every capability: every conditional rule runs.")
    boolean allApplicable;

    @Option(names = "--all", description = "Print every rule's outcome, not only the failures.")
    boolean all;

    @Override
    public Integer call() throws SQLException {
      PrintWriter out = spec.commandLine().getOut();
      if (!Files.exists(file)) {
        spec.commandLine().getErr().println("error: " + file + ": no such file");
        return 2;
      }
      FocusValidationOptions options =
          new FocusValidationOptions(
              Set.copyOf(
                  applicability.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).toList()),
              allApplicable);
      FocusValidationReport report = FocusValidator.bundled().validate(file, options);
      if (all) {
        for (RuleResult result : report.results()) {
          out.println(
              String.format(
                  Locale.ROOT,
                  "%-15s %-8s %s",
                  result.outcome(),
                  result.severity(),
                  result.message()));
        }
      }
      printFailures(report, out);
      out.flush();
      return report.conforms() ? 0 : 1;
    }
  }
}
