package io.tokenledger.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tokenledger export}: writes what TokenLedger computes to files for people and other tools.
 * Each kind of export is a subcommand ({@code view}, {@code focus}, {@code showback}).
 */
@Command(
    name = "export",
    description = "Write what TokenLedger computes to files.",
    subcommands = {ExportViewCommand.class, ExportFocusCommand.class, ExportShowbackCommand.class})
final class ExportCommand implements Runnable {

  @ParentCommand TokenLedgerCommand root;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "Give what to export: " + String.join(", ", spec.subcommands().keySet()));
  }
}
