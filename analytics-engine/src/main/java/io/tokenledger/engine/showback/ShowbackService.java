package io.tokenledger.engine.showback;

import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.Workspace;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes showback packs: Excel workbooks finance can open, check and forward, with a summary, a
 * sheet per client, team or feature, unit economics, asymmetry, the rate card, the methodology and
 * the allocated rows behind every figure. The allocation must be current (see {@code
 * AllocationService.refresh}).
 */
public interface ShowbackService {

  /** The months with allocated cost, oldest first: the periods a pack can be for. */
  List<YearMonth> periods(Workspace workspace);

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

  /**
   * Writes one pack per audience (the request's, or every group with cost), each named after {@code
   * out} and its audience (see {@link ShowbackFiles}), reporting progress over all of them.
   */
  default List<ShowbackPack> exportEach(
      Workspace workspace,
      ShowbackRequest request,
      Path out,
      ProgressListener progress,
      Cancellation cancellation) {
    List<String> chosen =
        request.audiences().isEmpty()
            ? audiences(workspace, request.period(), request.by())
            : request.audiences().stream().sorted().toList();
    Set<String> taken = new HashSet<>();
    List<ShowbackPack> packs = new ArrayList<>();
    for (int i = 0; i < chosen.size(); i++) {
      String audience = chosen.get(i);
      int index = i;
      ProgressListener scaled =
          (done, total, message) ->
              progress.fraction(
                  (index + (total <= 0 ? 0 : (double) done / total)) / chosen.size(),
                  audience + ": " + message);
      packs.add(
          export(
              workspace,
              request.withAudiences(Set.of(audience)),
              ShowbackFiles.forAudience(out, audience, taken),
              scaled,
              cancellation));
    }
    return packs;
  }
}
