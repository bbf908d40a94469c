package io.tokenledger.importers.traces;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tokenledger.engine.sources.ImportLogQueries;
import io.tokenledger.importers.ImportOptions;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.sampledata.RealData;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Trace imports name their models like every other importer (the canonical model beside the raw
 * name the source wrote), and their spans belong to the import: replacing or removing the import
 * replaces or removes its spans.
 */
class TraceModelsAndSpansTest {

  private static final Path AGENTS =
      RealData.file("traces/langfuse/openai-agents-2025-09-30.trace.json");

  private final TraceImports imports = new TraceImports();

  @AfterEach
  void close() {
    imports.close();
  }

  @Test
  void traceEventsGetTheCanonicalModelAndKeepTheRawOne() {
    for (String name :
        List.of(
            "langfuse/autogen-2025-06-06.trace.json",
            "langfuse/openai-agents-2025-09-30.trace.json",
            "langfuse/vercel-aisdk-2025-11-17.trace.json",
            "langsmith/langsmith_py_wrap_openai_.json")) {
      assertThat(imports.importFile(RealData.file("traces/" + name)).succeeded()).as(name).isTrue();
    }

    assertThat(
            imports.column(
                "SELECT DISTINCT model_raw || ' -> ' || coalesce(model, 'NULL') FROM usage_events"
                    + " ORDER BY 1"))
        .containsExactly(
            "gpt-4.1-2025-04-14 -> gpt-4.1-2025-04-14",
            "gpt-4o -> gpt-4o",
            "gpt-4o-mini-2024-07-18 -> gpt-4o-mini-2024-07-18",
            "gpt-5 -> gpt-5");
  }

  @Test
  void replacingATraceImportReplacesItsSpans() {
    ImportReport first = imports.importFile(AGENTS);
    long spans = imports.number("SELECT count(*) FROM trace_spans");
    assertThat(spans).isEqualTo(spansIn(AGENTS));

    ImportReport again = imports.importFile(AGENTS, ImportOptions.defaults().withReplace(true));

    assertThat(again.succeeded()).isTrue();
    assertThat(again.importId()).isNotEqualTo(first.importId());
    assertThat(imports.number("SELECT count(*) FROM trace_spans")).isEqualTo(spans);
    assertThat(imports.column("SELECT DISTINCT import_id::VARCHAR FROM trace_spans"))
        .containsExactly(String.valueOf(again.importId()));
  }

  @Test
  void removingATraceImportRemovesItsSpans() throws Exception {
    ImportReport report = imports.importFile(AGENTS);
    assertThat(imports.number("SELECT count(*) FROM trace_spans")).isPositive();

    try (Connection connection = imports.workspace().newConnection()) {
      new ImportLogQueries(connection).delete(report.importId());
    }

    assertThat(imports.number("SELECT count(*) FROM trace_spans")).isZero();
    assertThat(imports.number("SELECT count(*) FROM usage_events")).isZero();
  }

  /** The trace plus its distinct observations (each appears twice in the export). */
  private static long spansIn(Path file) {
    JsonNode document = TraceImports.readJson(file);
    Set<String> ids = new HashSet<>();
    for (JsonNode observation : document.get("observations")) {
      ids.add(observation.get("id").asText());
    }
    for (JsonNode observation : document.at("/trace/observations")) {
      ids.add(observation.get("id").asText());
    }
    return ids.size() + 1;
  }
}
