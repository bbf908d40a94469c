package io.tokenledger.app.cli;

import io.tokenledger.app.AppServices;
import io.tokenledger.app.AppVersion;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.engine.workspace.WorkspaceException;
import io.tokenledger.engine.workspace.WorkspaceOptions;
import io.tokenledger.importers.ImportException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/**
 * The command line: the same jobs as the desktop app, headless, for scripts and scheduled packs.
 * Errors print as one line on stderr with a non-zero exit code; {@code --debug} adds the stack
 * trace.
 */
@Command(
    name = "tokenledger",
    mixinStandardHelpOptions = true,
    versionProvider = TokenLedgerCommand.Version.class,
    description = {
      "TokenLedger: AI FinOps workbench.",
      "Without a command it opens the desktop app (the demo workspace on first start)."
    },
    subcommands = {
      ImportCommand.class,
      SourcesCommand.class,
      QueryCommand.class,
      AllocateCommand.class,
      DemoCommand.class,
      ExportCommand.class,
      BenchCommand.class,
      InvoiceTemplateCommand.class,
      RevenueTemplateCommand.class,
      ValidateCommand.class,
      PricesCommand.class,
      RulesCommand.class,
      ScenarioCommand.class,
      CommandLine.HelpCommand.class
    })
public final class TokenLedgerCommand implements Runnable {

  /** Options that belong to the desktop app rather than to a command. */
  private static final Set<String> DESKTOP_OPTIONS =
      Set.of("--workspace", "--smoke", "--screenshot", "--dark", "--debug", "--page");

  @Option(names = "--debug", description = "Print stack traces of errors.")
  boolean debug;

  final AppServices services;

  TokenLedgerCommand(AppServices services) {
    this.services = services;
  }

  /** Opens the workspace {@code file}, runs {@code work} on it and closes it. */
  <T> T withWorkspace(Path file, Function<Workspace, T> work) {
    try (Workspace workspace = open(file)) {
      return work.apply(workspace);
    }
  }

  /** Opens an existing workspace for reading and writing; the caller closes it. */
  Workspace open(Path file) {
    return services.workspaceStore().open(file, WorkspaceOptions.defaults());
  }

  /**
   * Opens an existing workspace read-only, for commands that only report, so that a read does not
   * wait for nor block a writer; the caller closes it.
   */
  Workspace openReadOnly(Path file) {
    return services.workspaceStore().open(file, WorkspaceOptions.defaults().asReadOnly());
  }

  /** Opens a workspace, creating it when the file does not exist yet; the caller closes it. */
  Workspace openOrCreate(Path file) {
    return services.workspaceStore().openOrCreate(file, WorkspaceOptions.defaults());
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        new CommandLine(this), "Give a command, or no arguments to open the desktop app");
  }

  /** True when the arguments ask for the desktop window rather than a command. */
  public static boolean isDesktopLaunch(String[] args) {
    for (String arg : args) {
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      if (name.startsWith("--") && DESKTOP_OPTIONS.contains(name)) {
        continue;
      }
      if (!name.startsWith("-")
          && (isDesktopOptionValue(args, arg)
              || io.tokenledger.app.shell.DesktopOptions.isWorkspaceFile(arg))) {
        continue;
      }
      return false;
    }
    return true;
  }

  private static boolean isDesktopOptionValue(String[] args, String arg) {
    for (int i = 1; i < args.length; i++) {
      if (args[i] == arg
          && (args[i - 1].equals("--workspace")
              || args[i - 1].equals("--screenshot")
              || args[i - 1].equals("--page"))) {
        return true;
      }
    }
    return false;
  }

  /** Runs a command with the default services and returns the exit code. */
  public static int run(String[] args) {
    return run(
        AppServices.createDefault(),
        args,
        new PrintWriter(System.out, true),
        new PrintWriter(System.err, true));
  }

  /** Runs a command with the given services and streams; tests call this. */
  public static int run(AppServices services, String[] args, PrintWriter out, PrintWriter err) {
    TokenLedgerCommand root = new TokenLedgerCommand(services);
    CommandLine commandLine = new CommandLine(root);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(
        (exception, cmd, parseResult) -> {
          cmd.getErr().println("error: " + userMessage(exception));
          if (root.debug) {
            exception.printStackTrace(cmd.getErr());
          }
          return 2;
        });
    return commandLine.execute(args);
  }

  private static String userMessage(Exception exception) {
    if (exception instanceof WorkspaceException
        || exception instanceof ImportException
        || exception instanceof IllegalArgumentException
        || exception instanceof IllegalStateException) {
      return exception.getMessage();
    }
    String message = exception.getMessage();
    return exception.getClass().getSimpleName()
        + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
  }

  /** Reads the version from the build. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "TokenLedger " + AppVersion.get(),
        "Java "
            + System.getProperty("java.version")
            + " ("
            + System.getProperty("java.vendor")
            + ")"
      };
    }
  }
}
