package io.tokenledger.importers.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.importers.DefaultImportService;
import io.tokenledger.importers.FileSample;
import io.tokenledger.importers.ImportOptions;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImportStatus;
import io.tokenledger.importers.ImporterRegistry;
import io.tokenledger.importers.RejectedRow;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenericUsageCsvImporterTest {

  private static final String HEADER =
      "timestamp,provider,model,request_id,in_uncached,in_cache_read,in_cache_write_5m,out_text,"
          + "out_reasoning,cost,currency,client,feature";

  @TempDir Path dir;

  private final Workspace workspace = new DuckDbWorkspaceStore("test").inMemory();
  private final DefaultImportService imports = new DefaultImportService(ImporterRegistry.builtIn());

  @AfterEach
  void close() {
    workspace.close();
  }

  @Test
  void rowsLandAsUsageEventsWithDisjointBucketsExactCostsAndLineage() throws Exception {
    Path file =
        write(
            "usage.csv",
            HEADER,
            "2026-10-01T10:00:00Z,OpenAI,gpt-4o,r1,400,600,0,120,0,0.0012345678,USD,acme,chat",
            "2026-10-01 11:30:00,anthropic,claude-sonnet-4-5,r2,10,0,2000,300,55,0.0300000001,,globex,rag",
            "2026-10-02T00:15:00+02:00,openai,gpt-4o-mini,r3,7,0,0,3,0,,,acme,");

    ImportReport report = importFile(file);

    assertThat(report.status()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(report.rowsImported()).isEqualTo(3);
    assertThat(report.formatId()).isEqualTo("generic-usage-csv");
    assertThat(
            query(
                "SELECT string_agg(source_line || '|' || provider || '|' || model_raw || '|'"
                    + " || strftime(event_time, '%Y-%m-%dT%H:%M:%SZ') || '|' || in_uncached || '|'"
                    + " || in_cache_read || '|' || in_cache_write_5m || '|' || out_text || '|'"
                    + " || out_reasoning || '|' || coalesce(source_currency, '-') || '|'"
                    + " || coalesce(feature, '-'), ';' ORDER BY source_line) FROM usage_events"))
        .isEqualTo(
            "2|openai|gpt-4o|2026-10-01T10:00:00Z|400|600|0|120|0|USD|chat;"
                + "3|anthropic|claude-sonnet-4-5|2026-10-01T11:30:00Z|10|0|2000|300|55|USD|rag;"
                + "4|openai|gpt-4o-mini|2026-10-01T22:15:00Z|7|0|0|3|0|-|-");
    BigDecimal expected = new BigDecimal("0.0012345678").add(new BigDecimal("0.0300000001"));
    assertThat(new BigDecimal(query("SELECT sum(source_cost)::VARCHAR FROM usage_events")))
        .isEqualByComparingTo(expected);
    assertThat(query("SELECT count(DISTINCT import_id) || '/' || max(import_id) FROM usage_events"))
        .isEqualTo("1/" + report.importId());
  }

  @Test
  void aUtf8ByteOrderMarkAndCrlfLineEndsAreRead() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    String body =
        "timestamp,provider,model,in_uncached,out_text\r\n"
            + "2026-10-01T10:00:00Z,openai,gpt-4o,5,6\r\n"
            + "2026-10-01T10:01:00Z,openai,gpt-4o,7,8";
    Path file = dir.resolve("bom.csv");
    Files.write(file, concat(bom, body.getBytes(StandardCharsets.UTF_8)));

    ImportReport report = importFile(file);

    assertThat(report.status()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(query("SELECT sum(in_uncached) || '/' || sum(out_text) FROM usage_events"))
        .isEqualTo("12/14");
  }

  @Test
  void aNonNumericTokenCountRejectsTheFileNamingLineAndColumn() throws Exception {
    Path file =
        write(
            "bad-tokens.csv",
            "timestamp,provider,model,in_uncached,out_text",
            "2026-10-01T10:00:00Z,openai,gpt-4o,5,6",
            "2026-10-01T10:00:00Z,openai,gpt-4o,five,6",
            "2026-10-01T10:00:00Z,openai,gpt-4o,5,6");

    ImportReport report = importFile(file);

    assertThat(report.status()).isEqualTo(ImportStatus.REJECTED);
    assertThat(report.rejects())
        .extracting(RejectedRow::line, RejectedRow::column)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "in_uncached"));
    assertThat(report.rejects().get(0).reason()).contains("\"five\"");
    assertThat(query("SELECT count(*) FROM usage_events")).isEqualTo("0");
  }

  @Test
  void aNonNumericCostIsRejectedWithItsColumn() throws Exception {
    Path file =
        write(
            "bad-cost.csv",
            "timestamp,provider,model,out_text,cost",
            "2026-10-01T10:00:00Z,openai,gpt-4o,6,$1.20");

    ImportReport report = importFile(file);

    assertThat(report.rejects())
        .singleElement()
        .hasToString(
            "bad-cost.csv:2: column 'cost': could not convert string \"$1.20\" to a number");
  }

  @Test
  void aTruncatedLastLineIsRejectedWithItsLine() throws Exception {
    Path file = dir.resolve("truncated.csv");
    Files.writeString(
        file,
        "timestamp,provider,model,in_uncached,out_text\n"
            + "2026-10-01T10:00:00Z,openai,gpt-4o,5,6\n"
            + "2026-10-01T10:00:00Z,openai,gp");

    ImportReport report = importFile(file);

    assertThat(report.status()).isEqualTo(ImportStatus.REJECTED);
    assertThat(report.rejects())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.line()).isEqualTo(3);
              assertThat(r.reason()).contains("too few values");
            });
  }

  @Test
  void missingRequiredValuesAndNegativeCountsAreRejectedByRule() throws Exception {
    Path file =
        write(
            "rules.csv",
            "timestamp,provider,model,in_uncached,out_text",
            "2026-10-01T10:00:00Z,openai,gpt-4o,5,6",
            "2026-10-01T10:00:00Z,,gpt-4o,5,6",
            "2026-10-01T10:00:00Z,openai,gpt-4o,-5,6");

    ImportReport report = importFile(file);

    assertThat(report.rejects())
        .extracting(RejectedRow::toString)
        .containsExactly(
            "rules.csv:3: column 'provider': a provider is required",
            "rules.csv:4: column 'in_uncached': token counts cannot be negative (-5)");
  }

  @Test
  void skipBadRowsImportsTheValidRowsAndRecordsTheRejects() throws Exception {
    Path file =
        write(
            "partial.csv",
            "timestamp,provider,model,in_uncached,out_text",
            "2026-10-01T10:00:00Z,openai,gpt-4o,5,6",
            "2026-10-01T10:00:00Z,openai,gpt-4o,x,6",
            "2026-10-01T10:00:00Z,openai,gpt-4o,-1,6",
            "2026-10-01T10:00:00Z,openai,gpt-4o,7,8");

    ImportReport report =
        imports.importFile(
            workspace,
            file,
            new ImportOptions(null, false, true),
            ProgressListener.NONE,
            Cancellation.none());

    assertThat(report.status()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(report.rowsImported()).isEqualTo(2);
    assertThat(report.rowsRejected()).isEqualTo(2);
    assertThat(
            query(
                "SELECT string_agg(source_line::VARCHAR, ',' ORDER BY source_line) FROM usage_events"))
        .as("lines after a skipped row keep their true numbers")
        .isEqualTo("2,5");
    assertThat(
            query(
                "SELECT string_agg(line || ':' || column_name, ',' ORDER BY line) FROM import_rejects"))
        .isEqualTo("3:in_uncached,4:in_uncached");
  }

  @Test
  void aWrongHeaderNamesTheUnknownColumn() throws Exception {
    Path file =
        write(
            "header.csv",
            "timestamp,provider,model,in_uncached,out_text,colour",
            "2026-10-01T10:00:00Z,openai,gpt-4o,5,6,red");

    ImportReport report =
        imports.importFile(
            workspace,
            file,
            ImportOptions.defaults().withFormat("generic-usage-csv"),
            ProgressListener.NONE,
            Cancellation.none());

    assertThat(report.status()).isEqualTo(ImportStatus.FAILED);
    assertThat(report.message())
        .startsWith("header.csv:1: column 6 'colour' is not a column of the generic usage CSV");
  }

  @Test
  void sniffingNeedsTheRequiredColumnsAndATokenBucket() {
    GenericUsageCsvImporter importer = new GenericUsageCsvImporter();
    assertThat(importer.sniff(sample("a.csv", "timestamp,provider,model,out_text\n"))).isPositive();
    assertThat(importer.sniff(sample("a.csv", "Timestamp,Provider,Model,IN_UNCACHED\n")))
        .isPositive();
    assertThat(importer.sniff(sample("a.csv", "timestamp,provider,model\n"))).isZero();
    assertThat(importer.sniff(sample("a.txt", "timestamp,provider,model,out_text\n"))).isZero();
    assertThat(importer.sniff(sample("a.csv", "BilledCost,ChargePeriodStart\n"))).isZero();
  }

  private static FileSample sample(String name, String text) {
    return FileSample.of(Path.of(name), text.getBytes(StandardCharsets.UTF_8));
  }

  private ImportReport importFile(Path file) {
    return imports.importFile(
        workspace, file, ImportOptions.defaults(), ProgressListener.NONE, Cancellation.none());
  }

  private Path write(String name, String... lines) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, List.of(lines), StandardCharsets.UTF_8);
    return file;
  }

  private String query(String sql) throws Exception {
    try (Connection c = workspace.newConnection();
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] joined = new byte[a.length + b.length];
    System.arraycopy(a, 0, joined, 0, a.length);
    System.arraycopy(b, 0, joined, a.length, b.length);
    return joined;
  }
}
