package io.tokenledger.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tokenledger export}: the parent of the export formats ({@code export focus ...}); each
 * format is a subcommand of its own.
 */
@Command(
    name = "export",
    description = "Export a workspace's data to a file; give the format as a subcommand.",
    subcommands = {ExportFocusCommand.class})
final class ExportCommand implements Runnable {

  @ParentCommand TokenLedgerCommand root;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "Give what to export, for example: export focus --workspace W --out FILE");
  }
}
