package io.tokenledger.importers;

import io.tokenledger.engine.sources.ImportLogQueries;
import io.tokenledger.engine.sources.ImportRecord;
import io.tokenledger.engine.sources.SourceKind;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.CancelledException;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The import framework: checks the file, picks its importer, recognises content imported before,
 * and runs the importer inside one transaction that is committed only when every row was taken,
 * after its rows were priced and mapped ({@link AfterImport}). Whatever goes wrong, the workspace
 * is left as it was and the report says why.
 */
public final class DefaultImportService implements ImportService {

  private final ImporterRegistry registry;

  public DefaultImportService(ImporterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public Optional<Importer> detect(Path file) {
    try {
      return registry.detect(sampleOf(file));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  @Override
  public ImportReport importFile(
      Workspace workspace,
      Path file,
      ImportOptions options,
      ProgressListener progress,
      Cancellation cancellation) {
    Instant started = Instant.now();
    Attempt attempt = new Attempt(file, started);
    try {
      FileSample sample = checkedSample(file);
      Importer importer = chooseImporter(sample, options);
      attempt.importer = importer;
      progress.progress(0, -1, "Reading " + file.getFileName());
      try (ContentHash hash = ContentHash.start(file, cancellation)) {
        return importChecked(
            workspace, sample, importer, hash, options, progress, cancellation, attempt);
      }
    } catch (CancelledException e) {
      return attempt.end(
          ImportStatus.CANCELLED, file.getFileName() + ": import cancelled; nothing changed");
    } catch (ImportException e) {
      return attempt.end(ImportStatus.FAILED, e.getMessage());
    } catch (IOException e) {
      return attempt.end(
          ImportStatus.FAILED, file.getFileName() + ": cannot read the file: " + e.getMessage());
    } catch (SQLException | RuntimeException e) {
      return attempt.end(
          ImportStatus.FAILED,
          file.getFileName() + ": import failed, nothing changed: " + firstLine(e.getMessage()));
    }
  }

  private ImportReport importChecked(
      Workspace workspace,
      FileSample sample,
      Importer importer,
      ContentHash hash,
      ImportOptions options,
      ProgressListener progress,
      Cancellation cancellation,
      Attempt attempt)
      throws SQLException, IOException {
    try (Connection connection = workspace.newConnection()) {
      ImportLogQueries log = new ImportLogQueries(connection);
      // Content imported before has the size it had then: only a source of such a size can be it
      // and waits for its hash; any other is hashed while DuckDB reads it.
      Optional<ImportRecord> previous =
          log.hasSourceOfSize(sample.size()) ? log.findByHash(hash.get()) : Optional.empty();
      if (previous.isPresent() && !options.replace()) {
        ImportRecord before = previous.get();
        return attempt.already(
            before,
            sample.fileName()
                + ": already imported as "
                + before.fileName()
                + " (import "
                + before.importId()
                + ", "
                + before.rowsImported()
                + " rows); use replace to import it again");
      }
      connection.setAutoCommit(false);
      try {
        int importId = log.nextImportId();
        ImportContext context =
            new ImportContext(connection, importId, sample, options, progress, cancellation);
        ImportOutcome outcome = importer.importInto(context);
        cancellation.throwIfCancelled();
        attempt.context = context;
        if (context.rejectCount() > 0 && !options.skipBadRows()) {
          connection.rollback();
          return attempt.end(
              ImportStatus.REJECTED,
              sample.fileName()
                  + ": "
                  + context.rejectCount()
                  + " invalid row(s); nothing was imported. First: "
                  + context.rejects().get(0));
        }
        AfterImport.run(context, outcome.targetTable());
        String sha256 = hash.get();
        if (previous.isPresent()) {
          log.delete(previous.get().importId());
        }
        recordRejects(connection, context);
        ImportRecord record =
            new ImportRecord(
                importId,
                sample.fileName(),
                sample.path().toAbsolutePath().toString(),
                sample.size(),
                sha256,
                importer.formatId(),
                outcome.formatVersion(),
                OffsetDateTime.now(ZoneOffset.UTC),
                outcome.rowsImported(),
                context.rejectCount(),
                outcome.targetTable(),
                context.warnings());
        SourceKind kind =
            importer.sourceKind() != SourceKind.OTHER
                ? importer.sourceKind()
                : SourceKind.forTable(outcome.targetTable());
        log.insert(record, kind);
        connection.commit();
        progress.progress(1, 1, "Imported " + sample.fileName());
        return attempt.imported(record, context);
      } catch (SQLException | IOException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    }
  }

  private static void recordRejects(Connection connection, ImportContext context)
      throws SQLException {
    if (context.rejectCount() == 0) {
      return;
    }
    try (var insert =
        connection.prepareStatement(
            "INSERT INTO import_rejects (import_id, line, column_name, reason) VALUES (?, ?, ?, ?)")) {
      for (RejectedRow reject : context.rejects()) {
        insert.setInt(1, context.importId());
        insert.setLong(2, reject.line());
        insert.setString(3, reject.column());
        insert.setString(4, reject.reason());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private Importer chooseImporter(FileSample sample, ImportOptions options) {
    if (options.formatId() != null) {
      return registry
          .byId(options.formatId())
          .orElseThrow(
              () ->
                  new ImportException(
                      "Unknown format '"
                          + options.formatId()
                          + "'; known formats: "
                          + formatIds()));
    }
    return registry
        .detect(sample)
        .orElseThrow(
            () ->
                new ImportException(
                    sample.fileName()
                        + ": format not recognised"
                        + describeHeader(sample)
                        + "; supported formats: "
                        + formatIds()));
  }

  private String formatIds() {
    return registry.importers().stream().map(Importer::formatId).collect(Collectors.joining(", "));
  }

  private static String describeHeader(FileSample sample) {
    if (sample.looksBinary()) {
      return " (binary content)";
    }
    String line = sample.firstLine();
    return line.isBlank() ? "" : " (first line: " + abbreviate(line, 120) + ")";
  }

  private static FileSample checkedSample(Path file) throws IOException {
    if (!Files.exists(file)) {
      throw new ImportException(file + ": no such file");
    }
    if (Files.isDirectory(file)) {
      return FileSample.ofDirectory(file);
    }
    if (!Files.isReadable(file)) {
      throw new ImportException(file + ": the file cannot be read (permission denied)");
    }
    FileSample sample = FileSample.read(file);
    if (sample.size() == 0) {
      throw new ImportException(file.getFileName() + ": the file is empty");
    }
    return sample;
  }

  private static FileSample sampleOf(Path file) throws IOException {
    return Files.isDirectory(file) ? FileSample.ofDirectory(file) : FileSample.read(file);
  }

  private static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "...";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unexpected error";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** Collects what is known about one import attempt so every ending builds the same report. */
  private static final class Attempt {
    private final Path file;
    private final Instant started;
    private Importer importer;
    private ImportContext context;

    Attempt(Path file, Instant started) {
      this.file = file;
      this.started = started;
    }

    ImportReport end(ImportStatus status, String message) {
      return new ImportReport(
          file,
          status,
          importer == null ? null : importer.formatId(),
          importer == null ? null : importer.displayName(),
          null,
          0,
          0,
          context == null ? 0 : context.rejectCount(),
          context == null ? List.of() : context.rejects(),
          context == null ? List.of() : context.warnings(),
          message,
          Duration.between(started, Instant.now()));
    }

    ImportReport already(ImportRecord before, String message) {
      return new ImportReport(
          file,
          ImportStatus.ALREADY_IMPORTED,
          importer.formatId(),
          importer.displayName(),
          before.formatVersion(),
          before.importId(),
          0,
          0,
          List.of(),
          List.of(),
          message,
          Duration.between(started, Instant.now()));
    }

    ImportReport imported(ImportRecord record, ImportContext importContext) {
      String message =
          record.fileName()
              + ": imported "
              + record.rowsImported()
              + " rows as "
              + importer.displayName()
              + (record.formatVersion() == null ? "" : " " + record.formatVersion())
              + (importContext.rejectCount() > 0
                  ? ", skipped " + importContext.rejectCount() + " invalid row(s)"
                  : "");
      return new ImportReport(
          file,
          ImportStatus.IMPORTED,
          importer.formatId(),
          importer.displayName(),
          record.formatVersion(),
          record.importId(),
          record.rowsImported(),
          importContext.rejectCount(),
          importContext.rejects(),
          importContext.warnings(),
          message,
          Duration.between(started, Instant.now()));
    }
  }
}
