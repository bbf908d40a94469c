package io.tokenledger.importers.openinference;

import io.tokenledger.importers.FileSample;
import io.tokenledger.importers.ImportContext;
import io.tokenledger.importers.traces.SpanAttributes;
import io.tokenledger.importers.traces.TraceDocumentImporter;
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
public final class OpenInferenceImporter extends TraceDocumentImporter {

  public static final String FORMAT_ID = "openinference";

  public OpenInferenceImporter() {
    super(FORMAT_ID, "OpenInference spans (Phoenix)", "openinference_docs", true);
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
  protected void stage(ImportContext context) throws SQLException {
    runScripts(context, "to_spans");
    context.cancellation().throwIfCancelled();
    SpanAttributes.stage(context, "SELECT * FROM openinference_spans", false);
    TraceStage.dropTemp(context.connection(), "openinference_spans");
  }
}
