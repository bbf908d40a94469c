package io.tokenledger.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --workspace FILE} option every workspace command takes. */
final class WorkspaceOption {

  @Option(
      names = {"-w", "--workspace"},
      required = true,
      paramLabel = "FILE",
      description = "The workspace file (.tlw).")
  Path file;
}
