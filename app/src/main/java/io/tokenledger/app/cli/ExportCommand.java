package io.tokenledger.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tokenledger export}: files for others to read (showback packs, and more to come). */
@Command(
    name = "export",
    description = "Export files from a workspace: showback packs in Excel.",
    subcommands = {ExportShowbackCommand.class})
final class ExportCommand implements Runnable {

  @ParentCommand TokenLedgerCommand root;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Say what to export, e.g. 'export showback'");
  }
}
