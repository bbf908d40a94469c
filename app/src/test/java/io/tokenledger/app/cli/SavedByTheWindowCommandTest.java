package io.tokenledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.app.AppServices;
import io.tokenledger.app.shell.ShellViewModels;
import io.tokenledger.app.task.SynchronousTaskExecutor;
import io.tokenledger.app.testing.StubDialogService;
import io.tokenledger.app.testing.TestServices;
import io.tokenledger.app.workspace.WorkspaceQuery;
import io.tokenledger.engine.sources.ImportLogQueries;
import io.tokenledger.engine.sources.ImportRecord;
import io.tokenledger.engine.state.ExploreViewState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line and the desktop app on the same file: what the window saved, the commands read;
 * what a command imported, the window shows; and a file a window has open is refused by the
 * commands instead of being changed under the window's feet.
 */
class SavedByTheWindowCommandTest {

  private static final String EVENTS =
      "timestamp,provider,model,in_uncached,out_text,cost\n"
          + "2026-10-01T10:00:00Z,openai,gpt-4o,100,20,0.50\n"
          + "2026-10-01T11:00:00Z,openai,gpt-4o,200,40,0.25\n"
          + "2026-10-01T12:00:00Z,anthropic,claude-haiku-4-5,300,60,0.125\n";
  private static final ExploreViewState BY_MODEL =
      new ExploreViewState(List.of("model"), null, List.of("tokens"), Map.of(), 0, "bar");

  @TempDir Path dir;

  private final AppServices services = TestServices.create();
  private final StubDialogService dialogs = new StubDialogService();
  private ShellViewModels window;
  private Path file;
  private Path events;

  @BeforeEach
  void start() throws Exception {
    window = ShellViewModels.create(services, new SynchronousTaskExecutor(), dialogs);
    file = dir.resolve("acme.tlw");
    events = Files.writeString(dir.resolve("events.csv"), EVENTS);
  }

  @AfterEach
  void stop() {
    window.main().closeOnExit();
  }

  @Test
  void sourcesAndQueryReadAWorkspaceSavedByTheWindow() {
    window.main().openOrCreate(file);
    window.sources().importFiles(List.of(events));
    window.main().files().save();
    window.main().closeOnExit();

    CliRun sources = run("sources", "-w", file.toString(), "--format", "csv");
    CliRun query =
        run(
            "query",
            "-w",
            file.toString(),
            "--rows",
            "provider,model",
            "--measures",
            "tokens,requests",
            "--format",
            "csv",
            "--totals");

    assertThat(sources.err).isEmpty();
    assertThat(sources.out.lines().skip(1).findFirst().orElseThrow())
        .startsWith("1,events.csv,generic-usage-csv,,3,0,");
    assertThat(query.err).isEmpty();
    assertThat(query.out)
        .isEqualTo(
            "provider,model,tokens,requests\n"
                + "anthropic,claude-haiku-4-5,360,1\n"
                + "openai,gpt-4o,360,2\n"
                + "Total,,720,3\n");
  }

  @Test
  void commandsRefuseAFileThatAWindowHasOpen() {
    window.main().openOrCreate(file);
    window.sources().importFiles(List.of(events));
    window.main().files().save();

    for (String[] command :
        List.of(
            new String[] {"sources", "-w", file.toString()},
            new String[] {
              "query", "-w", file.toString(), "--rows", "model", "--measures", "tokens"
            },
            new String[] {"import", "-w", file.toString(), events.toString()})) {
      CliRun refused = run(command);

      assertThat(refused.code).as(command[0]).isEqualTo(2);
      assertThat(refused.out).as(command[0]).isEmpty();
      assertThat(refused.err.strip())
          .as(command[0])
          .startsWith("error: ")
          .endsWith(
              "acme.tlw is in use by another TokenLedger window: close it there first, then try"
                  + " again");
    }
  }

  @Test
  void theWindowShowsWhatACommandImportedAndKeepsItsViewsAcrossCommands() throws Exception {
    assertThat(run("import", "-w", file.toString(), events.toString()).code).isZero();
    window.main().openOrCreate(file);
    assertThat(imports()).extracting(ImportRecord::fileName).containsExactly("events.csv");
    window.workspace().updateState(state -> state.withExplore(BY_MODEL));
    window.main().files().save();
    window.main().closeOnExit();

    Path more =
        Files.writeString(dir.resolve("more.csv"), EVENTS.replace("2026-10-01", "2026-10-02"));
    assertThat(run("import", "-w", file.toString(), more.toString()).code).isZero();
    window.main().openOrCreate(file);

    assertThat(imports())
        .extracting(ImportRecord::fileName)
        .containsExactly("events.csv", "more.csv");
    assertThat(window.workspace().state().pages().explore()).isEqualTo(BY_MODEL);
    assertThat(dialogs.errors()).isEmpty();
  }

  private List<ImportRecord> imports() throws Exception {
    return WorkspaceQuery.run(
        window.workspace().get().orElseThrow(),
        connection -> new ImportLogQueries(connection).list());
  }

  private CliRun run(String... args) {
    return CliRun.run(services, args);
  }
}
