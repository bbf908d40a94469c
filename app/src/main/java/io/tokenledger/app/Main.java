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
    if (TokenLedgerCommand.isDesktopLaunch(args)) {
      io.tokenledger.app.shell.DesktopApp.launchDesktop(args);
      return;
    }
    System.exit(TokenLedgerCommand.run(args));
  }
}
