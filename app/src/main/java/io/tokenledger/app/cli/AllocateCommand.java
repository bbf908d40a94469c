package io.tokenledger.app.cli;

import io.tokenledger.engine.allocation.AllocationRun;
import io.tokenledger.engine.allocation.AllocationScope;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tokenledger allocate}: brings the allocation up to date (only the months imports touched
 * since the last run, when that is enough), or rebuilds the months asked for, or all of them. Other
 * commands allocate on their own when they need to; this one says what it did.
 */
@Command(
    name = "allocate",
    description =
        "Spread invoiced cost over usage: only the months changed since the last run, the months"
            + " given, or all months.")
final class AllocateCommand implements Callable<Integer> {

  @ParentCommand TokenLedgerCommand root;
  @Spec CommandSpec spec;
  @Mixin WorkspaceOption workspace;

  @Option(
      names = "--month",
      paramLabel = "YYYY-MM",
      split = ",",
      description = "Rebuild these months (UTC, of the cost pools' charge periods) only.")
  List<YearMonth> months;

  @Option(names = "--all", description = "Rebuild every month.")
  boolean all;

  @Option(names = "--steps", description = "Print each step of the run with its time.")
  boolean steps;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ProgressListener progress =
        steps ? new StepTimes(spec.commandLine().getErr()) : ProgressListener.NONE;
    AllocationScope scope =
        all ? AllocationScope.all() : months == null ? null : AllocationScope.months(months);
    AllocationRun run =
        root.withWorkspace(
            workspace.file,
            ws ->
                scope == null
                    ? root.services.allocationService().run(ws, progress, Cancellation.none())
                    : root.services
                        .allocationService()
                        .run(ws, scope, progress, Cancellation.none()));
    out.printf(
        "rebuilt %s in %.1f s%n",
        run.scope().isAll()
            ? "every month"
            : run.scope().months().orElseThrow().isEmpty()
                ? "no month (the imports since the last run hold no cost or usage)"
                : run.scope().toString(),
        run.duration().toMillis() / 1000.0);
    out.printf(
        "workspace: %,d pools, billed %s = allocated %s + unallocated %s%n",
        run.pools(),
        run.billed().stripTrailingZeros().toPlainString(),
        run.allocated().stripTrailingZeros().toPlainString(),
        run.unallocated().stripTrailingZeros().toPlainString());
    out.flush();
    return 0;
  }

  /** Prints each step as it starts, with the time the previous one took. */
  private static final class StepTimes implements ProgressListener {
    private final PrintWriter err;
    private long started = System.nanoTime();
    private String step;

    StepTimes(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void progress(long done, long total, String message) {
      long now = System.nanoTime();
      if (step != null) {
        err.printf("  %-40s %6.2f s%n", step, (now - started) / 1e9);
        err.flush();
      }
      step = message;
      started = now;
    }
  }
}
