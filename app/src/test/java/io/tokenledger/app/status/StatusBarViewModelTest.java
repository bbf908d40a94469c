package io.tokenledger.app.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.app.AppServices;
import io.tokenledger.app.task.SynchronousTaskExecutor;
import io.tokenledger.app.testing.TestServices;
import io.tokenledger.app.testing.UsageCsv;
import io.tokenledger.app.workspace.CurrentWorkspace;
import io.tokenledger.engine.sources.SourceSummary;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.importers.ImportOptions;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusBarViewModelTest {

  @TempDir Path folder;

  private final AppServices services = TestServices.create();
  private final CurrentWorkspace current = new CurrentWorkspace();
  private final StatusBarViewModel viewModel =
      new StatusBarViewModel(current, new SynchronousTaskExecutor());

  @Test
  void withoutAWorkspaceItSaysSo() {
    assertThat(viewModel.healthProperty().get()).isEqualTo("No workspace open");
  }

  @Test
  void healthCountsSourcesAndEventsAfterEveryChange() throws Exception {
    try (Workspace workspace = services.workspaceStore().inMemory()) {
      current.replace(workspace);
      assertThat(viewModel.healthProperty().get())
          .isEqualTo("0 sources · 0 usage events · 0 cost lines");

      services
          .importService()
          .importFile(
              workspace,
              UsageCsv.good(folder, "usage.csv", 3),
              ImportOptions.defaults(),
              ProgressListener.NONE,
              Cancellation.none());
      current.dataChanged();

      assertThat(viewModel.healthProperty().get())
          .isEqualTo("1 source · 3 usage events · 0 cost lines");
      assertThat(viewModel.summaryProperty().get()).isEqualTo(new SourceSummary(1, 0, 3, 0));
    }
  }

  @Test
  void largeCountsAreGroupedAndUnknownModelsMentioned() {
    Locale previous = Locale.getDefault(Locale.Category.FORMAT);
    Locale.setDefault(Locale.Category.FORMAT, Locale.US);
    try {
      assertThat(StatusBarViewModel.describe(new SourceSummary(12, 5_000_000, 1_204, 7)))
          .isEqualTo(
              "12 sources · 1,204 usage events · 5,000,000 cost lines · 7 events with an unknown"
                  + " model");
    } finally {
      Locale.setDefault(Locale.Category.FORMAT, previous);
    }
  }
}
