package io.tokenledger.app;

import io.tokenledger.app.cli.TokenLedgerCommand;

/**
 * The one entry point: with no arguments (or only desktop options) it opens the desktop window,
 * with a subcommand it runs headless. It does not extend {@code Application} so that it starts from
 * a plain class path too.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // POI logs through Log4j's API without a backend; the simple one keeps it from complaining.
    System.setProperty(
        "log4j2.loggerContextFactory",
        System.getProperty(
            "log4j2.loggerContextFactory",
            "org.apache.logging.log4j.simple.SimpleLoggerContextFactory"));
    if (TokenLedgerCommand.isDesktopLaunch(args)) {
      io.tokenledger.app.shell.DesktopApp.launchDesktop(args);
      return;
    }
    System.exit(TokenLedgerCommand.run(args));
  }
}
