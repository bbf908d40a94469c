package io.tokenledger.app.cli;

import io.tokenledger.engine.focus.DuckDbFocusExportService;
import io.tokenledger.engine.focus.FocusExportFormat;
import io.tokenledger.engine.focus.FocusExportRequest;
import io.tokenledger.engine.focus.FocusExportResult;
import io.tokenledger.engine.focus.FocusVersion;
import io.tokenledger.engine.focus.validation.FocusValidationOptions;
import io.tokenledger.engine.focus.validation.FocusValidationReport;
import io.tokenledger.engine.focus.validation.FocusValidator;
import io.tokenledger.engine.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tokenledger export focus}: writes the workspace's cost lines as a FOCUS Cost and Usage
 * file (CSV or Parquet, version 1.0 to 1.3), optionally checked against the FOCUS requirements
 * model.
 */
@Command(
    name = "focus",
    description = {
      "Write the workspace's cost lines as a FOCUS Cost and Usage file: every column of the version,",
      "UTC times as YYYY-MM-DDTHH:mm:ssZ, empty fields for nulls, the x_ columns kept at import.",
      "Once the allocation has run, 1.3 splits each allocated line into its allocated charges."
    })
final class ExportFocusCommand implements Callable<Integer> {

  @ParentCommand ExportCommand parent;
  @Spec CommandSpec spec;
  @Mixin WorkspaceOption workspace;

  @Option(
      names = {"-o", "--out"},
      required = true,
      paramLabel = "FILE",
      description = "The file to write (replaced if it exists).")
  Path out;

  @Option(
      names = "--version",
      paramLabel = "1.2|1.3",
      defaultValue = "1.2",
      converter = VersionConverter.class,
      description = "FOCUS version of the columns (1.0 to 1.3; default: ${DEFAULT-VALUE}).")
  FocusVersion version;

  @Option(
      names = "--format",
      paramLabel = "csv|parquet",
      description = "csv or parquet (default: from the file name, else csv).")
  String format;

  @Option(
      names = "--whole-lines",
      description =
          "Write each cost line whole, without the allocated charges a 1.3 export splits it into"
              + " once the allocation has run.")
  boolean wholeLines;

  @Option(
      names = "--validate",
      description =
          "Check the written file against the FOCUS requirements model and print the verdict.")
  boolean validate;

  @Override
  public Integer call() throws SQLException {
    FocusExportFormat exportFormat = exportFormat();
    PrintWriter stdout = spec.commandLine().getOut();
    FocusExportResult result;
    try (Workspace ws = parent.root.openReadOnly(workspace.file)) {
      result =
          new DuckDbFocusExportService()
              .export(ws, new FocusExportRequest(out, version, exportFormat, !wholeLines));
    }
    stdout.printf(
        Locale.ROOT,
        "Wrote %d %s to %s as FOCUS %s %s (%d columns)%n",
        result.rows(),
        result.allocatedRows() == 0
            ? "cost lines"
            : "rows, " + result.allocatedRows() + " of them allocated charges,",
        out,
        version,
        exportFormat.name(),
        result.columns().size());
    result.warnings().forEach(warning -> stdout.println("  warning: " + warning));
    if (!validate) {
      return 0;
    }
    FocusValidationReport report =
        FocusValidator.bundled().validate(out, FocusValidationOptions.defaults());
    ValidateCommand.printFailures(report, stdout);
    return report.conforms() ? 0 : 1;
  }

  private FocusExportFormat exportFormat() {
    if (format == null) {
      return out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet")
          ? FocusExportFormat.PARQUET
          : FocusExportFormat.CSV;
    }
    try {
      return FocusExportFormat.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--format must be csv or parquet, not '" + format + "'");
    }
  }

  /** Reads {@code 1.2}, {@code v1.3} and the like. */
  static final class VersionConverter implements ITypeConverter<FocusVersion> {
    @Override
    public FocusVersion convert(String value) {
      return FocusVersion.parse(value)
          .orElseThrow(
              () ->
                  new CommandLine.TypeConversionException(
                      "'" + value + "' is not a FOCUS version; use 1.0, 1.1, 1.2 or 1.3"));
    }
  }
}
