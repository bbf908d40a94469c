package io.tokenledger.importers.traces;

import io.tokenledger.engine.sources.SourceKind;
import io.tokenledger.engine.sql.SqlFile;
import io.tokenledger.importers.ImportContext;
import io.tokenledger.importers.ImportOutcome;
import io.tokenledger.importers.Importer;
import java.sql.SQLException;

/**
 * The frame every importer of a trace or request-log export as documents shares (Helicone, LiteLLM
 * spend logs, OpenInference, Langfuse, LangSmith): a trace source, read into a temp table of JSON
 * documents and filed through the trace stage by {@link TraceDocuments#importDocuments}. Each
 * format says how it is recognised ({@link #sniff}) and how its documents fill the stage ({@link
 * #stage}), with SQL files beside its own class.
 */
public abstract class TraceDocumentImporter implements Importer {

  private final String formatId;
  private final String displayName;
  private final String documentsTable;
  private final boolean keepSpans;

  /**
   * @param documentsTable the temp table the file is read into, a name chosen in code
   * @param keepSpans true for sources with a span tree, false for request logs
   */
  protected TraceDocumentImporter(
      String formatId, String displayName, String documentsTable, boolean keepSpans) {
    this.formatId = formatId;
    this.displayName = displayName;
    this.documentsTable = documentsTable;
    this.keepSpans = keepSpans;
  }

  /** Request-level telemetry: the trace side of reconciliation, and the allocation's basis. */
  @Override
  public final SourceKind sourceKind() {
    return SourceKind.TRACE;
  }

  @Override
  public final String formatId() {
    return formatId;
  }

  @Override
  public final String displayName() {
    return displayName;
  }

  @Override
  public final ImportOutcome importInto(ImportContext context) throws SQLException {
    return TraceDocuments.importDocuments(context, documentsTable, keepSpans, this::stage);
  }

  /** Fills {@code trace_stage} from the documents table (and may warn through the context). */
  protected abstract void stage(ImportContext context) throws SQLException;

  /** Runs the SQL scripts beside the importer's class, in order. */
  protected final void runScripts(ImportContext context, String... scripts) throws SQLException {
    for (String script : scripts) {
      TraceStage.executeScript(context.connection(), SqlFile.load(getClass(), script));
    }
  }
}
