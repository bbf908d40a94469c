package io.tokenledger.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tokenledger.engine.sources.ImportLogQueries;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.CancelledException;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.importers.generic.GenericUsageCsvImporter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBPreparedStatement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultImportServiceTest {

  private static final String GOOD =
      "timestamp,provider,model,in_uncached,out_text,cost\n"
          + "2026-10-01T10:00:00Z,openai,gpt-4o,100,20,0.50\n"
          + "2026-10-01T11:00:00Z,openai,gpt-4o,200,40,0.25\n";

  @TempDir Path dir;

  private final Workspace workspace = new DuckDbWorkspaceStore("test").inMemory();
  private final DefaultImportService imports = new DefaultImportService(ImporterRegistry.builtIn());

  @AfterEach
  void close() {
    workspace.close();
  }

  @Test
  void theSameContentTwiceIsRecognisedAndChangesNothing() throws Exception {
    Path first = write("events.csv", GOOD);
    Path renamedCopy = write("copy-of-events.csv", GOOD);
    ImportReport imported = importFile(first);
    WorkspaceSnapshot after = WorkspaceSnapshot.of(workspace);

    ImportReport again = importFile(renamedCopy);

    assertThat(imported.status()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(again.status()).isEqualTo(ImportStatus.ALREADY_IMPORTED);
    assertThat(again.message())
        .isEqualTo(
            "copy-of-events.csv: already imported as events.csv (import "
                + imported.importId()
                + ", 2 rows); use replace to import it again");
    assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(after);
  }

  @Test
  void aFileOfTheSameSizeButOtherContentIsImportedAndLoggedWithItsOwnHash() throws Exception {
    Path first = write("events.csv", GOOD);
    Path sameSize = write("other-events.csv", GOOD.replace("0.50", "0.70"));
    Path otherSize = write("more-events.csv", GOOD.replace("0.50", "0.750"));
    assertThat(Files.size(sameSize)).isEqualTo(Files.size(first));

    ImportReport one = importFile(first);
    ImportReport two = importFile(sameSize);
    ImportReport three = importFile(otherSize);

    assertThat(List.of(one.status(), two.status(), three.status()))
        .containsOnly(ImportStatus.IMPORTED);
    try (Connection c = workspace.newConnection()) {
      assertThat(new ImportLogQueries(c).list())
          .extracting(r -> r.contentSha256())
          .containsExactly(sha256(first), sha256(sameSize), sha256(otherSize));
    }
    assertThat(count("usage_events")).isEqualTo(6);
    // content imported before is recognised whichever way its size was first met
    assertThat(importFile(write("copy-of-more-events.csv", Files.readString(otherSize))).status())
        .isEqualTo(ImportStatus.ALREADY_IMPORTED);
  }

  @Test
  void replaceSwapsThePreviousImportForTheNewOne() throws Exception {
    Path file = write("events.csv", GOOD);
    ImportReport first = importFile(file);

    ImportReport replaced =
        imports.importFile(
            workspace,
            file,
            ImportOptions.defaults().withReplace(true),
            ProgressListener.NONE,
            Cancellation.none());

    assertThat(replaced.status()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(replaced.importId()).isNotEqualTo(first.importId());
    try (Connection c = workspace.newConnection()) {
      assertThat(new ImportLogQueries(c).list())
          .singleElement()
          .satisfies(r -> assertThat(r.importId()).isEqualTo(replaced.importId()));
    }
    assertThat(count("usage_events")).isEqualTo(2);
  }

  @Test
  void aBadRowInTheMiddleImportsNothingAndNamesTheLine() throws Exception {
    importFile(write("earlier.csv", GOOD));
    WorkspaceSnapshot before = WorkspaceSnapshot.of(workspace);
    StringBuilder body = new StringBuilder("timestamp,provider,model,in_uncached,out_text,cost\n");
    for (int i = 0; i < 500; i++) {
      String cost = i == 250 ? "1O.00" : "0.01";
      body.append("2026-10-02T10:00:00Z,anthropic,claude-haiku-4-5,1,1,").append(cost).append('\n');
    }

    ImportReport report = importFile(write("big.csv", body.toString()));

    assertThat(report.status()).isEqualTo(ImportStatus.REJECTED);
    assertThat(report.rowsImported()).isZero();
    assertThat(report.message())
        .contains("1 invalid row(s); nothing was imported")
        .contains("big.csv:252: column 'cost'");
    assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
  }

  @Test
  void cancellingAnImportLeavesTheWorkspaceAsItWas() throws Exception {
    importFile(write("earlier.csv", GOOD));
    WorkspaceSnapshot before = WorkspaceSnapshot.of(workspace);
    Cancellation cancellation = new Cancellation();
    Importer cancelledHalfway =
        new FakeImporter(
            context -> {
              try (Statement s = context.connection().createStatement()) {
                s.execute(
                    "INSERT INTO usage_events (import_id, source_line, event_time, provider,"
                        + " model_raw) VALUES ("
                        + context.importId()
                        + ", 2, now(), 'openai', 'gpt-4o')");
              }
              cancellation.cancel();
              context.cancellation().throwIfCancelled();
              return new ImportOutcome(1, "usage_events", null);
            });
    DefaultImportService service =
        new DefaultImportService(new ImporterRegistry(List.of(cancelledHalfway)));

    ImportReport report =
        service.importFile(
            workspace,
            write("x.fake", "anything"),
            ImportOptions.defaults(),
            ProgressListener.NONE,
            cancellation);

    assertThat(report.status()).isEqualTo(ImportStatus.CANCELLED);
    assertThat(report.message()).isEqualTo("x.fake: import cancelled; nothing changed");
    assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
  }

  @Test
  void anImporterThatFailsHalfwayLeavesNothingBehind() throws Exception {
    WorkspaceSnapshot before = WorkspaceSnapshot.of(workspace);
    Importer crashing =
        new FakeImporter(
            context -> {
              try (Statement s = context.connection().createStatement()) {
                s.execute(
                    "INSERT INTO usage_events (import_id, source_line, event_time, provider,"
                        + " model_raw) VALUES (1, 2, now(), 'openai', 'gpt-4o')");
                s.execute("SELECT * FROM no_such_table");
              }
              return new ImportOutcome(1, "usage_events", null);
            });

    ImportReport report =
        new DefaultImportService(new ImporterRegistry(List.of(crashing)))
            .importFile(
                workspace,
                write("x.fake", "anything"),
                ImportOptions.defaults(),
                ProgressListener.NONE,
                Cancellation.none());

    assertThat(report.status()).isEqualTo(ImportStatus.FAILED);
    assertThat(report.message()).startsWith("x.fake: import failed, nothing changed: ");
    assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
  }

  @Test
  void cancelInterruptsARunningDuckDbStatement() throws Exception {
    Cancellation cancellation = new Cancellation();
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    try (Connection c = workspace.newConnection();
        DuckDBPreparedStatement slow =
            c.prepareStatement("SELECT sum(range) FROM range(1000000000000)")
                .unwrap(DuckDBPreparedStatement.class)) {
      ImportContext context =
          new ImportContext(
              c,
              1,
              FileSample.of(Path.of("slow.csv"), new byte[0]),
              ImportOptions.defaults(),
              ProgressListener.NONE,
              cancellation);
      timer.schedule(cancellation::cancel, 300, TimeUnit.MILLISECONDS);
      Instant start = Instant.now();

      assertThatThrownBy(() -> context.executeWithProgress(slow, "slow"))
          .isInstanceOf(CancelledException.class);
      assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(20));
    } finally {
      timer.shutdownNow();
    }
  }

  @Test
  void badInputsGetAClearMessageAndChangeNothing() throws Exception {
    WorkspaceSnapshot before = WorkspaceSnapshot.of(workspace);
    Path empty = write("empty.csv", "");
    Path binary = dir.resolve("photo.csv");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
    Path unknown = write("notes.csv", "name,colour\nbob,red\n");
    Path folder = Files.createDirectory(dir.resolve("folder"));

    assertThat(importFile(dir.resolve("missing.csv")).message())
        .isEqualTo(dir.resolve("missing.csv") + ": no such file");
    assertThat(importFile(empty).message()).isEqualTo("empty.csv: the file is empty");
    assertThat(importFile(binary).message())
        .startsWith("photo.csv: format not recognised (binary content); supported formats: ");
    assertThat(importFile(unknown).message())
        .startsWith(
            "notes.csv: format not recognised (first line: name,colour); supported formats: ")
        .contains(GenericUsageCsvImporter.FORMAT_ID);
    assertThat(importFile(folder).message()).startsWith("folder: format not recognised");
    assertThat(
            imports
                .importFile(
                    workspace,
                    unknown,
                    ImportOptions.defaults().withFormat("nonsense"),
                    ProgressListener.NONE,
                    Cancellation.none())
                .message())
        .startsWith("Unknown format 'nonsense'; known formats: ");
    assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
  }

  @Test
  void theImportLogRecordsFormatRowsAndContentHash() throws Exception {
    Path file = write("events.csv", GOOD);

    ImportReport report = importFile(file);

    try (Connection c = workspace.newConnection()) {
      assertThat(new ImportLogQueries(c).list())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.fileName()).isEqualTo("events.csv");
                assertThat(r.format()).isEqualTo("generic-usage-csv");
                assertThat(r.rowsImported()).isEqualTo(2);
                assertThat(r.rowsRejected()).isZero();
                assertThat(r.fileSize()).isEqualTo(Files.size(file));
                assertThat(r.contentSha256()).isEqualTo(sha256(file)).hasSize(64);
                assertThat(r.importId()).isEqualTo(report.importId());
              });
    }
  }

  private ImportReport importFile(Path file) {
    return imports.importFile(
        workspace, file, ImportOptions.defaults(), ProgressListener.NONE, Cancellation.none());
  }

  private Path write(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private long count(String table) throws SQLException {
    try (Connection c = workspace.newConnection();
        Statement s = c.createStatement();
        var rows = s.executeQuery("SELECT count(*) FROM " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** An importer that reads any file by running the given work. */
  private record FakeImporter(Work work) implements Importer {
    interface Work {
      ImportOutcome run(ImportContext context) throws SQLException;
    }

    @Override
    public String formatId() {
      return "fake";
    }

    @Override
    public String displayName() {
      return "Fake";
    }

    @Override
    public int sniff(FileSample sample) {
      return 1;
    }

    @Override
    public ImportOutcome importInto(ImportContext context) throws SQLException {
      return work.run(context);
    }
  }

  /** The file's SHA-256 as the import service works it out. */
  private static String sha256(Path file) throws Exception {
    try (ContentHash hash = ContentHash.start(file, Cancellation.none())) {
      return hash.get();
    }
  }
}
