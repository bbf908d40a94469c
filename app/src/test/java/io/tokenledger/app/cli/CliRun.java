package io.tokenledger.app.cli;

import io.tokenledger.app.AppServices;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One in-process run of the command line, as a shell would see it: the exit code and what it
 * printed on each stream. A class with fields rather than a record, so the tests read {@code
 * result.out} the way they read a shell transcript.
 */
final class CliRun {

  final int code;
  final String out;
  final String err;

  private CliRun(int code, String out, String err) {
    this.code = code;
    this.out = out;
    this.err = err;
  }

  /** Runs {@code tokenledger args...} against {@code services}. */
  static CliRun run(AppServices services, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        TokenLedgerCommand.run(
            services, args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CliRun(code, out.toString(), err.toString());
  }
}
