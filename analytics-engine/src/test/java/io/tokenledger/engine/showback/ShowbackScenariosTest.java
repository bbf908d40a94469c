package io.tokenledger.engine.showback;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.engine.pricing.DefaultPricingService;
import io.tokenledger.engine.pricing.PriceCatalogFormat;
import io.tokenledger.engine.scenarios.DuckDbScenarioService;
import io.tokenledger.engine.scenarios.LeverSpec;
import io.tokenledger.engine.scenarios.SavedScenario;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.testing.LedgerFixture;
import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Scenarios sheet of a showback pack over the showback fixture priced with the shipped LiteLLM
 * catalog: gpt-4o (2.5e-06 input, 1e-05 output) routed to gpt-4o-mini (1.5e-07, 6e-07), then
 * OpenAI's prices cut by 10%. Every cell is checked against the tokens priced by hand.
 */
class ShowbackScenariosTest {

  private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

  private final Workspace workspace = new DuckDbWorkspaceStore("test").inMemory();

  @TempDir Path dir;

  @AfterEach
  void close() {
    workspace.close();
  }

  @Test
  void theScenariosSheetListsEachLeversCostBeforeAndAfterAndTheTotal() throws Exception {
    ShowbackFixture.fill(workspace, false);
    new DefaultPricingService().importShippedCatalog(workspace, PriceCatalogFormat.LITELLM, null);
    new DefaultPricingService().apply(workspace);
    new DuckDbScenarioService()
        .save(
            workspace,
            new SavedScenario(
                "Mini for chat",
                OCTOBER,
                "",
                List.of(
                    LeverSpec.parse("price provider=openai percent=-10"),
                    LeverSpec.parse("route from=gpt-4o to=gpt-4o-mini"))));

    BigDecimal baseline;
    BigDecimal gpt4o;
    BigDecimal asMini;
    try (LedgerFixture sql = new LedgerFixture(workspace, 99)) {
      baseline =
          sql.decimal(
              "SELECT sum(cost) FROM usage_events WHERE cost IS NOT NULL"
                  + " AND event_time >= '2026-10-01' AND event_time < '2026-11-01'");
      gpt4o =
          sql.decimal(
              "SELECT sum(cost) FROM usage_events WHERE model = 'gpt-4o'"
                  + " AND event_time >= '2026-10-01' AND event_time < '2026-11-01'");
      asMini =
          sql.decimal(
              "SELECT sum(in_uncached * 0.00000015 + (out_text + out_reasoning) * 0.0000006)"
                  + " FROM usage_events WHERE model = 'gpt-4o'"
                  + " AND event_time >= '2026-10-01' AND event_time < '2026-11-01'");
    }
    BigDecimal afterRoute = baseline.subtract(gpt4o).add(asMini);
    // Every priced event of the month is OpenAI's, so the price cut applies to all of it.
    BigDecimal afterPrice = afterRoute.multiply(new BigDecimal("0.9"));

    Path file = dir.resolve("pack.xlsx");
    new PoiShowbackService()
        .export(
            workspace,
            ShowbackRequest.of(OCTOBER, ShowbackGrouping.CLIENT)
                .withSections(EnumSet.of(ShowbackSection.SUMMARY, ShowbackSection.SCENARIOS)),
            file,
            ProgressListener.NONE,
            Cancellation.none());

    try (XSSFWorkbook book = PoiShowbackServiceTest.open(file)) {
      XSSFSheet sheet = book.getSheet("Scenarios");
      assertThat(sheet).isNotNull();
      assertThat(text(sheet.getRow(3)))
          .containsExactly(
              "Scenario",
              "Baseline month",
              "Step",
              "Lever",
              "Cost before (USD)",
              "Cost after (USD)",
              "Saving (USD)");
      assertThat(text(sheet.getRow(4)))
          .containsExactly(
              "Mini for chat",
              "2026-10",
              "1",
              "route from=gpt-4o to=gpt-4o-mini",
              cents(baseline).toPlainString(),
              cents(afterRoute).toPlainString(),
              cents(baseline).subtract(cents(afterRoute)).toPlainString());
      assertThat(text(sheet.getRow(5)).subList(2, 7))
          .containsExactly(
              "2",
              "price provider=openai percent=-10",
              cents(afterRoute).toPlainString(),
              cents(afterPrice).toPlainString(),
              cents(afterRoute).subtract(cents(afterPrice)).toPlainString());
      assertThat(text(sheet.getRow(6)).subList(2, 7))
          .containsExactly(
              "Total",
              "Baseline → scenario",
              cents(baseline).toPlainString(),
              cents(afterPrice).toPlainString(),
              cents(baseline).subtract(cents(afterPrice)).toPlainString());
      assertThat(sheet.getLastRowNum()).isEqualTo(6);
    }
  }

  @Test
  void withoutSavedScenariosThereIsNoScenariosSheet() throws Exception {
    ShowbackFixture.fill(workspace, false);
    Path file = dir.resolve("pack.xlsx");
    new PoiShowbackService()
        .export(
            workspace,
            ShowbackRequest.of(OCTOBER, ShowbackGrouping.CLIENT),
            file,
            ProgressListener.NONE,
            Cancellation.none());

    try (XSSFWorkbook book = PoiShowbackServiceTest.open(file)) {
      assertThat(book.getSheet("Scenarios")).isNull();
    }
  }

  private static BigDecimal cents(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  /** The cells of a row as text: numbers in plain notation at their cents. */
  private static List<Object> text(Row row) {
    List<Object> cells = new java.util.ArrayList<>();
    for (int c = 0; c < row.getLastCellNum(); c++) {
      var cell = row.getCell(c);
      if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
        BigDecimal value = BigDecimal.valueOf(cell.getNumericCellValue());
        cells.add(
            c == 2
                ? value.stripTrailingZeros().toPlainString()
                : value.setScale(2, RoundingMode.HALF_UP).toPlainString());
      } else {
        cells.add(cell.getStringCellValue());
      }
    }
    return cells;
  }
}
