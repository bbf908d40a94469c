package io.tokenledger.engine.showback;

import io.tokenledger.engine.scenarios.DuckDbScenarioService;
import io.tokenledger.engine.scenarios.LeverSaving;
import io.tokenledger.engine.scenarios.LeverSpec;
import io.tokenledger.engine.scenarios.SavedScenario;
import io.tokenledger.engine.scenarios.ScenarioResult;
import io.tokenledger.engine.scenarios.ScenarioService;
import io.tokenledger.engine.workspace.Workspace;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The Scenarios sheet: every scenario saved in the workspace with its baseline month, the cost
 * before and after each lever in the order they apply, and the total (baseline, scenario cost,
 * saving), in cents, as the Scenarios page and {@code query scenario} show them. Each scenario has
 * its own baseline month, which need not be the pack's.
 */
final class ScenariosSheet {

  static final int HEADER_ROW = 3;

  /** The scenarios to write, or why they could not be computed. */
  record Content(List<ScenarioResult> results, String problem) {

    static final Content NONE = new Content(List.of(), null);

    boolean isEmpty() {
      return results.isEmpty() && problem == null;
    }

    /** Runs every saved scenario of {@code workspace} in {@code currency}. */
    static Content read(Workspace workspace, String currency) {
      ScenarioService service = new DuckDbScenarioService();
      List<SavedScenario> saved = service.list(workspace);
      if (saved.isEmpty()) {
        return NONE;
      }
      try {
        return new Content(
            service.runAll(workspace, saved, currency).stream()
                .map(ScenarioResult::toCents)
                .toList(),
            null);
      } catch (IllegalStateException e) {
        // A scenario that needs a missing price must not stop the pack: the sheet says why.
        return new Content(List.of(), e.getMessage());
      }
    }
  }

  private final PackContext context;
  private final Content content;

  ScenariosSheet(PackContext context, Content content) {
    this.context = context;
    this.content = content;
  }

  void build(XSSFSheet sheet) {
    PackStyles s = context.styles;
    SheetWriter out = new SheetWriter(sheet, s);
    out.note(0, 0, "Scenarios", s.title);
    out.note(
        1,
        0,
        "Each saved scenario re-runs its baseline month's priced usage under its levers. Levers"
            + " apply in the order grow, route, cache, batch, price; each saves the cost before it"
            + " minus the cost after it, so the savings add up to the total.",
        s.subtitle);
    out.headers(
        HEADER_ROW,
        0,
        "Scenario",
        "Baseline month",
        "Step",
        "Lever",
        context.money("Cost before"),
        context.money("Cost after"),
        context.money("Saving"));
    int row = HEADER_ROW + 1;
    if (content.problem() != null) {
      out.text(row++, 0, "The scenarios could not be computed: " + content.problem(), s.text);
    }
    for (ScenarioResult result : content.results()) {
      int step = 0;
      for (LeverSaving saving : result.savings()) {
        out.text(row, 0, result.scenario().name());
        out.text(row, 1, result.scenario().baseline().toString());
        out.number(row, 2, ++step, s.count);
        out.text(row, 3, LeverSpec.format(saving.lever()));
        out.number(row, 4, saving.costBefore(), s.money);
        out.number(row, 5, saving.costAfter(), s.money);
        out.number(row, 6, saving.saving(), s.money);
        row++;
      }
      out.text(row, 0, result.scenario().name(), s.totalText);
      out.text(row, 1, result.scenario().baseline().toString(), s.totalText);
      out.text(row, 2, "Total", s.totalText);
      out.text(row, 3, "Baseline → scenario", s.totalText);
      out.number(row, 4, result.baselineCost(), s.moneyTotal);
      out.number(row, 5, result.scenarioCost(), s.moneyTotal);
      out.number(row, 6, result.saving(), s.moneyTotal);
      row++;
    }
    if (row > HEADER_ROW + 1) {
      sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, row - 1, 0, 6));
    }
    sheet.createFreezePane(0, HEADER_ROW + 1);
    out.applyWidths();
  }
}
