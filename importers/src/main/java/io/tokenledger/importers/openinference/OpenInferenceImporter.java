package io.tokenledger.importers.openinference;

import io.tokenledger.engine.sources.SourceKind;
import io.tokenledger.engine.sql.SqlFile;
import io.tokenledger.importers.FileSample;
import io.tokenledger.importers.ImportContext;
import io.tokenledger.importers.ImportOutcome;
import io.tokenledger.importers.Importer;
import io.tokenledger.importers.traces.SpanAttributes;
import io.tokenledger.importers.traces.TraceDocuments;
import io.tokenledger.importers.traces.TraceStage;
import java.sql.SQLException;

/**
 * Imports OpenInference spans as Arize Phoenix exports them: its REST API's span pages ({@code
 * {data: [...]}}), JSON lines, and the spans dataframe written as CSV or JSON ({@code
 * context.span_id}, {@code attributes.llm.token_count.prompt}, ...). OpenInference spans sent over
 * OTLP are read by the OTLP importer; both end in the same attribute reader ({@link
 * SpanAttributes}), so {@code llm.token_count.*} means the same whichever way it came.
 */
public final class OpenInferenceImporter implements Importer {

  public static final String FORMAT_ID = "openinference";

  /** Request-level telemetry: the trace side of reconciliation, and the allocation's basis. */
  @Override
  public SourceKind sourceKind() {
    return SourceKind.TRACE;
  }

  @Override
  public String formatId() {
    return FORMAT_ID;
  }

  @Override
  public String displayName() {
    return "OpenInference spans (Phoenix)";
  }

  @Override
  public int sniff(FileSample sample) {
    return TraceDocuments.sniff(
        sample,
        75,
        header -> header.hasAll("context.span_id", "span_kind"),
        text ->
            !TraceDocuments.hasKeys(text, "resourceSpans")
                && TraceDocuments.hasKeys(text, "span_kind")
                && TraceDocuments.hasAnyKey(text, "context", "context.span_id"));
  }

  @Override
  public ImportOutcome importInto(ImportContext context) throws SQLException {
    return TraceDocuments.importDocuments(
        context,
        "openinference_docs",
        true,
        stage -> {
          TraceStage.executeScript(stage.connection(), SqlFile.load(getClass(), "to_spans"));
          stage.cancellation().throwIfCancelled();
          SpanAttributes.stage(stage, "SELECT * FROM openinference_spans", false);
          TraceStage.dropTemp(stage.connection(), "openinference_spans");
        });
  }
}
