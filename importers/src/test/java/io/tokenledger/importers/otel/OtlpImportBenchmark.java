package io.tokenledger.importers.otel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.engine.workspace.WorkspaceOptions;
import io.tokenledger.importers.DefaultImportService;
import io.tokenledger.importers.ImportOptions;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImportStatus;
import io.tokenledger.importers.ImporterRegistry;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OTLP import benchmark of docs/benchmarks.md: a generated file of GenAI spans (JSON lines, 100
 * spans per resourceSpans document: a SERVER root and four chat calls per trace) imported through
 * the real import service, against DuckDB's raw {@code read_json} of the same file into a table.
 * Runs only when asked for:
 *
 * <pre>
 * mvn -B -o -q -pl importers -am verify -Dspotless.check.skip=true -Dtest=OtlpImportBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dtokenledger.benchmark=true [-Dtokenledger.benchmark.spans=1000000]
 * </pre>
 */
class OtlpImportBenchmark {

  private static final String[] MODELS = {
    "gpt-4o", "gpt-4o-mini", "claude-sonnet-4-5", "gemini-2.5-flash"
  };
  private static final String[] TENANTS = {"acme", "globex", "initech", "umbrella"};

  @TempDir Path dir;

  @Test
  void importIsWithinOneAndAHalfTimesARawReadJson() throws Exception {
    assumeTrue(Boolean.getBoolean("tokenledger.benchmark"), "benchmark not requested");
    int spans = Integer.getInteger("tokenledger.benchmark.spans", 1_000_000);
    int rounds = Integer.getInteger("tokenledger.benchmark.rounds", 2);
    Path file = dir.resolve("spans.jsonl");
    long generated = System.nanoTime();
    long calls = generate(file, spans);
    System.out.printf(
        "generated %,d spans (%,d model calls), %,d MB in %.1f s%n",
        spans, calls, Files.size(file) >> 20, (System.nanoTime() - generated) / 1e9);

    double bestRaw = Double.MAX_VALUE;
    double bestTyped = Double.MAX_VALUE;
    double bestImport = Double.MAX_VALUE;
    for (int round = 1; round <= rounds; round++) {
      double raw = rawReadJson(file, dir.resolve("raw-" + round + ".duckdb"), "");
      double typed =
          rawReadJson(
              file,
              dir.resolve("typed-" + round + ".duckdb"),
              ", columns = {resourceSpans: '" + OtlpJsonImporter.RESOURCE_SPANS + "'}");
      double imported =
          importThroughTheService(file, dir.resolve("ws-" + round + ".tlw"), calls, spans);
      System.out.printf(
          "round %d: raw read_json %.1f s, with the importer's types %.1f s, import %.1f s (%.2fx)%n",
          round, raw, typed, imported, imported / raw);
      bestRaw = Math.min(bestRaw, raw);
      bestTyped = Math.min(bestTyped, typed);
      bestImport = Math.min(bestImport, imported);
    }
    System.out.printf("best raw read_json with the importer's types: %.1f s%n", bestTyped);
    double ratio = bestImport / bestRaw;
    System.out.printf(
        "best: raw read_json %.1f s (%,.0f spans/s), import %.1f s (%,.0f spans/s), ratio %.2fx%n",
        bestRaw, spans / bestRaw, bestImport, spans / bestImport, ratio);
    assertThat(ratio).isLessThanOrEqualTo(1.5);
  }

  private static double rawReadJson(Path file, Path database, String options) throws Exception {
    Properties config = new Properties();
    config.setProperty("autoinstall_known_extensions", "false");
    config.setProperty("autoload_known_extensions", "false");
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database, config);
        Statement statement = connection.createStatement()) {
      long start = System.nanoTime();
      statement.execute(
          "CREATE TABLE raw AS SELECT * FROM read_json('"
              + file.toString().replace("'", "''")
              + "'"
              + options
              + ")");
      statement.execute("CHECKPOINT");
      return (System.nanoTime() - start) / 1e9;
    }
  }

  private static double importThroughTheService(
      Path file, Path workspaceFile, long calls, int spans) throws Exception {
    DefaultImportService service = new DefaultImportService(ImporterRegistry.builtIn());
    try (Workspace workspace =
        new DuckDbWorkspaceStore("bench").create(workspaceFile, WorkspaceOptions.defaults())) {
      long start = System.nanoTime();
      ImportReport report =
          service.importFile(
              workspace,
              file,
              ImportOptions.defaults(),
              ProgressListener.NONE,
              Cancellation.none());
      workspace.checkpoint();
      double seconds = (System.nanoTime() - start) / 1e9;
      assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
      assertThat(report.rowsImported()).isEqualTo(calls);
      try (Connection c = workspace.newConnection();
          Statement statement = c.createStatement();
          ResultSet rows = statement.executeQuery("SELECT count(*) FROM trace_spans")) {
        rows.next();
        assertThat(rows.getLong(1)).isEqualTo(spans);
      }
      return seconds;
    }
  }

  /** Writes {@code spans} spans as OTLP/JSON lines; returns how many are model calls. */
  static long generate(Path file, int spans) throws IOException {
    Random random = new Random(7);
    long calls = 0;
    try (Writer out =
        new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20)) {
      long time = 1_760_000_000_000_000_000L;
      int written = 0;
      long trace = 0;
      StringBuilder line = new StringBuilder(1 << 16);
      while (written < spans) {
        line.setLength(0);
        line.append("{\"resourceSpans\":[{\"resource\":{\"attributes\":[")
            .append(attribute("service.name", "chat-api"))
            .append(',')
            .append(attribute("deployment.environment.name", "prod"))
            .append(
                "]},\"scopeSpans\":[{\"scope\":{\"name\":\"opentelemetry.instrumentation.openai_v2\"},\"spans\":[");
        for (int t = 0; t < 20 && written < spans; t++) {
          trace++;
          String traceId = String.format("%032X", trace);
          String root = String.format("%016x", trace * 16);
          String tenant = TENANTS[(int) (trace % TENANTS.length)];
          if (t > 0) {
            line.append(',');
          }
          span(line, traceId, root, "", "POST /chat", 2, time, time + 900_000_000L);
          line.append(attribute("http.route", "/chat"))
              .append(',')
              .append(attribute("tenant.id", tenant));
          line.append("],\"status\":{\"code\":1}}");
          written++;
          for (int j = 1; j < 5 && written < spans; j++) {
            String model = MODELS[random.nextInt(MODELS.length)];
            int input = 200 + random.nextInt(5000);
            int output = 10 + random.nextInt(800);
            int cached = random.nextInt(3) == 0 ? random.nextInt(input) : 0;
            long start = time + j * 100_000_000L;
            line.append(',');
            span(
                line,
                traceId,
                String.format("%016x", trace * 16 + j),
                root,
                "chat " + model,
                3,
                start,
                start + 80_000_000L);
            line.append(attribute("gen_ai.operation.name", "chat"))
                .append(',')
                .append(
                    attribute(
                        "gen_ai.provider.name",
                        model.startsWith("gpt")
                            ? "openai"
                            : model.startsWith("claude") ? "anthropic" : "gcp.gemini"))
                .append(',')
                .append(attribute("gen_ai.request.model", model))
                .append(',')
                .append(attribute("gen_ai.response.model", model))
                .append(',')
                .append(attribute("gen_ai.response.id", "resp_" + trace + "_" + j))
                .append(',')
                .append(intAttribute("gen_ai.usage.input_tokens", input))
                .append(',')
                .append(intAttribute("gen_ai.usage.output_tokens", output))
                .append(',')
                .append(intAttribute("gen_ai.usage.cache_read.input_tokens", cached))
                .append(',')
                .append(attribute("tenant.id", tenant))
                .append(',')
                .append(attribute("app.feature", j % 2 == 0 ? "summarize" : "answer"));
            line.append("],\"status\":{\"code\":1}}");
            written++;
            calls++;
          }
          time += 1_000_000_000L;
        }
        line.append("]}]}]}\n");
        out.write(line.toString());
      }
    }
    return calls;
  }

  private static void span(
      StringBuilder line,
      String traceId,
      String spanId,
      String parent,
      String name,
      int kind,
      long start,
      long end) {
    line.append("{\"traceId\":\"")
        .append(traceId)
        .append("\",\"spanId\":\"")
        .append(spanId)
        .append("\",\"parentSpanId\":\"")
        .append(parent)
        .append("\",\"name\":\"")
        .append(name)
        .append("\",\"kind\":")
        .append(kind)
        .append(",\"startTimeUnixNano\":\"")
        .append(start)
        .append("\",\"endTimeUnixNano\":\"")
        .append(end)
        .append("\",\"attributes\":[");
  }

  private static String attribute(String key, String value) {
    return "{\"key\":\"" + key + "\",\"value\":{\"stringValue\":\"" + value + "\"}}";
  }

  private static String intAttribute(String key, long value) {
    return "{\"key\":\"" + key + "\",\"value\":{\"intValue\":\"" + value + "\"}}";
  }
}
