package io.tokenledger.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.app.AppServices;
import io.tokenledger.app.task.SynchronousTaskExecutor;
import io.tokenledger.app.testing.StubDialogService;
import io.tokenledger.app.testing.TestServices;
import io.tokenledger.app.workspace.CurrentWorkspace;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.engine.workspace.WorkspaceOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainWindowViewModelTest {

  @TempDir Path folder;

  private final AppServices services = TestServices.create();
  private final CurrentWorkspace current = new CurrentWorkspace();
  private final StubDialogService dialogs = new StubDialogService();
  private final MainWindowViewModel viewModel =
      new MainWindowViewModel(services, current, new SynchronousTaskExecutor(), dialogs);

  @AfterEach
  void close() {
    viewModel.closeOnExit();
  }

  @Test
  void aWorkspaceGivenAtStartIsCreatedAndNamedInTheTitle() {
    Path file = folder.resolve("acme.tlw");
    assertThat(viewModel.titleProperty().get()).isEqualTo("TokenLedger");

    viewModel.openAtStartup(Optional.of(file));

    assertThat(Files.exists(file)).isTrue();
    assertThat(viewModel.titleProperty().get()).isEqualTo("TokenLedger — acme.tlw");
    assertThat(viewModel.openingProperty().get()).isFalse();
    assertThat(dialogs.errors()).isEmpty();
  }

  @Test
  void aWorkspaceInUseIsADialogThatSaysSo() {
    Path file = folder.resolve("shared.tlw");
    try (Workspace other = services.workspaceStore().create(file, WorkspaceOptions.defaults())) {
      viewModel.openOrCreate(file);

      assertThat(dialogs.errors())
          .singleElement()
          .asString()
          .startsWith("Cannot open the workspace: ")
          .contains("in use by another TokenLedger window")
          .doesNotContain("Exception");
      assertThat(viewModel.openFailureProperty().get()).contains("in use");
      assertThat(current.get()).isEmpty();
      assertThat(viewModel.titleProperty().get()).isEqualTo("TokenLedger");
    }
  }

  @Test
  void aFileThatIsNotAWorkspaceIsRefusedWithTheReason() throws Exception {
    Path file = Files.writeString(folder.resolve("notes.tlw"), "just some text, long enough");

    viewModel.openOrCreate(file);

    assertThat(dialogs.errors()).singleElement().asString().contains("not a TokenLedger workspace");
    assertThat(Files.readString(file)).isEqualTo("just some text, long enough");
  }

  @Test
  void openingAnotherWorkspaceClosesTheFirst() {
    viewModel.openOrCreate(folder.resolve("one.tlw"));
    Workspace first = current.get().orElseThrow();

    viewModel.openOrCreate(folder.resolve("two.tlw"));

    assertThat(first.isClosed()).isTrue();
    assertThat(viewModel.titleProperty().get()).isEqualTo("TokenLedger — two.tlw");
  }

  @Test
  void openingTheOpenWorkspaceAgainKeepsIt() {
    Path file = folder.resolve("one.tlw");
    viewModel.openOrCreate(file);
    Workspace first = current.get().orElseThrow();

    viewModel.openOrCreate(file);

    assertThat(current.get()).containsSame(first);
    assertThat(first.isClosed()).isFalse();
    assertThat(dialogs.errors()).isEmpty();
  }

  @Test
  void closingOnExitLeavesNoWorkspaceOpen() {
    viewModel.openOrCreate(folder.resolve("one.tlw"));
    Workspace workspace = current.get().orElseThrow();

    viewModel.closeOnExit();

    assertThat(workspace.isClosed()).isTrue();
    assertThat(current.get()).isEmpty();
  }
}
