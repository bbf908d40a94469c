package io.tokenledger.importers;

import io.tokenledger.engine.sources.SourceKind;
import java.sql.SQLException;

/**
 * Reads one source format into the workspace's canonical tables. The import framework ({@link
 * DefaultImportService}) gives every importer the same guarantees: one transaction per file,
 * duplicate detection by content hash, rejected rows with line and column, progress and cancel. An
 * importer only reads rows and writes them through {@link ImportContext#connection()}.
 */
public interface Importer {

  /** A stable id used in the import log and on the command line, such as {@code focus}. */
  String formatId();

  /** The name the user sees, such as "FOCUS cost and usage". */
  String displayName();

  /**
   * Which side of the reconciliation the source stands on. By default it follows the table the rows
   * go to (cost lines are bills, usage events are usage exports); trace importers say TRACE.
   */
  default SourceKind sourceKind() {
    return SourceKind.OTHER;
  }

  /**
   * How sure this importer is that it reads the file, from its name and first bytes: 0 means it
   * does not, higher numbers win (a header with every required column beats an extension match).
   */
  int sniff(FileSample sample);

  /**
   * Reads the file into the workspace inside the transaction the context holds. Invalid rows go to
   * {@link ImportContext#reject}; the framework rolls everything back when there are any, unless
   * the user chose to skip bad rows.
   *
   * @throws ImportException when the file as a whole cannot be read; the message is for the user
   */
  ImportOutcome importInto(ImportContext context) throws SQLException;
}
