package io.tokenledger.app.showback;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.app.AppServices;
import io.tokenledger.app.task.SynchronousTaskExecutor;
import io.tokenledger.app.testing.ShowbackRows;
import io.tokenledger.app.testing.StubDialogService;
import io.tokenledger.app.testing.TestServices;
import io.tokenledger.app.workspace.CurrentWorkspace;
import io.tokenledger.engine.showback.PoiShowbackService;
import io.tokenledger.engine.showback.ShowbackGrouping;
import io.tokenledger.engine.showback.ShowbackPack;
import io.tokenledger.engine.showback.ShowbackRequest;
import io.tokenledger.engine.showback.ShowbackSection;
import io.tokenledger.engine.showback.ShowbackService;
import io.tokenledger.engine.showback.ShowbackSummary;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShowbackViewModelTest {

  @TempDir Path folder;

  private final AppServices services = TestServices.create();
  private final CurrentWorkspace current = new CurrentWorkspace();
  private final StubDialogService dialogs = new StubDialogService();
  private final List<Path> opened = new ArrayList<>();
  private Workspace workspace;

  @BeforeEach
  void openWorkspace() throws Exception {
    workspace = services.workspaceStore().inMemory();
    current.replace(workspace);
  }

  @AfterEach
  void closeWorkspace() {
    workspace.close();
  }

  @Test
  void thePreviewShowsTheLatestMonthsSummaryOnceThereIsCost() throws Exception {
    ShowbackViewModel viewModel = viewModel(new PoiShowbackService());
    assertThat(viewModel.previewProperty().get()).isNull();
    assertThat(viewModel.previewStatusProperty().get()).startsWith("No allocated cost yet");

    fillWorkspace();
    current.dataChanged();

    assertThat(viewModel.periods()).containsExactly(YearMonth.of(2026, 9), YearMonth.of(2026, 10));
    assertThat(viewModel.periodProperty().get()).isEqualTo(YearMonth.of(2026, 10));
    ShowbackSummary summary = viewModel.previewProperty().get();
    assertThat(summary.billed()).isEqualByComparingTo("99.99");
    assertThat(summary.unallocated()).isEqualByComparingTo("9.99");
    assertThat(summary.previousBilled()).isEqualByComparingTo("12.00");
    assertThat(viewModel.audiences()).containsExactly("Acme Corp", "Globex", "(unallocated)");
    assertThat(viewModel.previewStatusProperty().get()).isEmpty();
  }

  @Test
  void choosingAudiencesOrAnotherMonthRecomputesThePreview() throws Exception {
    fillWorkspace();
    ShowbackViewModel viewModel = viewModel(new PoiShowbackService());

    viewModel.chosenAudiences().setAll("Globex");
    assertThat(viewModel.previewProperty().get().billed()).isEqualByComparingTo("30.00");

    viewModel.periodProperty().set(YearMonth.of(2026, 9));
    assertThat(viewModel.previewProperty().get().billed()).isEqualByComparingTo("12.00");
    viewModel.chosenAudiences().setAll("Acme Corp");
    assertThat(viewModel.previewProperty().get().billed()).isEqualByComparingTo("0.00");

    viewModel.groupingProperty().set(ShowbackGrouping.FEATURE);
    assertThat(viewModel.chosenAudiences()).isEmpty();
    assertThat(viewModel.previewProperty().get().billed()).isEqualByComparingTo("12.00");
    assertThat(viewModel.audiences()).containsExactly("chat");
  }

  @Test
  void exportWritesThePackWhereTheUserChoseAndOffersToOpenIt() throws Exception {
    fillWorkspace();
    ShowbackViewModel viewModel = viewModel(new PoiShowbackService());
    viewModel.sectionProperty(ShowbackSection.RATE_CARD).set(false);
    dialogs.willChoose(folder.resolve("october"));

    viewModel.export();

    Path file = folder.resolve("october.xlsx");
    assertThat(file).exists();
    assertThat(viewModel.lastExportProperty().get()).isEqualTo(file.toAbsolutePath());
    assertThat(viewModel.exportStatusProperty().get())
        .startsWith("Wrote october.xlsx: ")
        .endsWith(" sheets, 3 detail rows.");
    assertThat(viewModel.currentExportProperty().get()).isNull();
    assertThat(viewModel.request().includes(ShowbackSection.RATE_CARD)).isFalse();

    viewModel.openExport();
    assertThat(opened).containsExactly(file.toAbsolutePath());
    assertThat(dialogs.errors()).isEmpty();
  }

  @Test
  void aSplitExportWritesOneFilePerAudience() throws Exception {
    fillWorkspace();
    ShowbackViewModel viewModel = viewModel(new PoiShowbackService());
    viewModel.splitProperty().set(true);
    dialogs.willChoose(folder.resolve("pack.xlsx"));

    viewModel.export();

    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "pack-acme-corp.xlsx", "pack-globex.xlsx", "pack-unallocated.xlsx");
    }
    assertThat(viewModel.exportStatusProperty().get()).startsWith("Wrote 3 packs to ");
  }

  @Test
  void cancellingAnExportWritesNothingAndSaysSo() throws Exception {
    fillWorkspace();
    List<ShowbackViewModel> holder = new ArrayList<>();
    ShowbackService cancelling =
        new DelegatingService(new PoiShowbackService()) {
          @Override
          public ShowbackPack export(
              Workspace ws,
              ShowbackRequest request,
              Path out,
              ProgressListener progress,
              Cancellation cancellation) {
            return super.export(
                ws,
                request,
                out,
                (done, total, message) -> {
                  if (message.startsWith("Writing detail")) {
                    holder.get(0).cancelExport(); // the user presses Cancel mid-way
                  }
                },
                cancellation);
          }
        };
    ShowbackViewModel viewModel = viewModel(cancelling);
    holder.add(viewModel);
    dialogs.willChoose(folder.resolve("pack.xlsx"));

    viewModel.export();

    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).isEmpty();
    }
    assertThat(viewModel.exportStatusProperty().get())
        .isEqualTo("Export cancelled: nothing was written.");
    assertThat(viewModel.lastExportProperty().get()).isNull();
    assertThat(dialogs.errors()).isEmpty();
  }

  @Test
  void aMissingExchangeRateIsShownInThePreviewAndStopsTheExport() throws Exception {
    fillWorkspace();
    ShowbackViewModel viewModel = viewModel(new PoiShowbackService());

    viewModel.currencyProperty().set("EUR");

    assertThat(viewModel.previewProperty().get()).isNull();
    assertThat(viewModel.previewStatusProperty().get())
        .startsWith("No FX rate to EUR for USD 2026-09, USD 2026-10");
    dialogs.willChoose(folder.resolve("pack.xlsx"));
    viewModel.export();
    assertThat(dialogs.errors()).singleElement().asString().contains("No FX rate to EUR");
    assertThat(folder.resolve("pack.xlsx")).doesNotExist();
  }

  private ShowbackViewModel viewModel(ShowbackService service) {
    return new ShowbackViewModel(
        service,
        services.allocationService(),
        current,
        new SynchronousTaskExecutor(),
        dialogs,
        opened::add,
        "TokenLedger test");
  }

  private void fillWorkspace() throws Exception {
    ShowbackRows.insert(workspace);
  }

  /** Passes every call to a real service; tests override one method to step in. */
  private static class DelegatingService implements ShowbackService {
    private final ShowbackService delegate;

    DelegatingService(ShowbackService delegate) {
      this.delegate = delegate;
    }

    @Override
    public List<YearMonth> periods(Workspace ws) {
      return delegate.periods(ws);
    }

    @Override
    public List<String> audiences(Workspace ws, YearMonth period, ShowbackGrouping by) {
      return delegate.audiences(ws, period, by);
    }

    @Override
    public ShowbackSummary preview(Workspace ws, ShowbackRequest request) {
      return delegate.preview(ws, request);
    }

    @Override
    public ShowbackPack export(
        Workspace ws,
        ShowbackRequest request,
        Path out,
        ProgressListener progress,
        Cancellation cancellation) {
      return delegate.export(ws, request, out, progress, cancellation);
    }
  }
}
