package io.tokenledger.engine.showback;

import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.Workspace;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

/**
 * Makes showback packs: Excel workbooks finance can open, check and forward, with a summary, a
 * sheet per client, team or feature, unit economics, asymmetry, the rate card, the methodology and
 * the allocated rows behind every figure. The allocation must be current (see {@code
 * AllocationService.refresh}).
 */
public interface ShowbackService {

  /** The groups that have cost in the month, largest first: the audiences a pack can be for. */
  List<String> audiences(Workspace workspace, YearMonth period, ShowbackGrouping by);

  /**
   * The numbers the pack's summary would show, without writing it.
   *
   * @throws io.tokenledger.engine.explore.MissingFxRateException when an amount has no rate to the
   *     reporting currency
   */
  ShowbackSummary preview(Workspace workspace, ShowbackRequest request);

  /**
   * Writes the pack to {@code out} (replacing it). Nothing is left at {@code out} when it fails or
   * is cancelled.
   */
  ShowbackPack export(
      Workspace workspace,
      ShowbackRequest request,
      Path out,
      ProgressListener progress,
      Cancellation cancellation);
}
