package io.tokenledger.importers.sheet;

import io.tokenledger.engine.sql.SqlFile;
import io.tokenledger.importers.FileSample;
import io.tokenledger.importers.ImportContext;
import io.tokenledger.importers.models.LedgerTable;
import io.tokenledger.importers.models.StagedImporter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * One import of a sheet (CSV, or the CSV copy of an XLSX) with one column mapping: the staged
 * pipeline over the {@code stage.sql}, {@code validate.sql} and {@code insert.sql} beside {@code
 * owner}, the stage filled with the mapping's column positions and the sheet macros created first.
 * Each kind of sheet (invoice, revenue) binds its own stage parameters.
 */
public abstract class MappedSheetImport extends StagedImporter {

  private final String formatId;
  private final Map<String, String> columns;
  private final List<String> header;
  private final Path csv;

  /**
   * @param columns the mapping's columns by field name (the stage's placeholders)
   * @param header the sheet's header
   * @param csv the sheet as CSV
   */
  protected MappedSheetImport(
      LedgerTable target,
      Class<?> owner,
      String formatId,
      Map<String, String> columns,
      List<String> header,
      Path csv) {
    super(target, owner);
    this.formatId = formatId;
    this.columns = columns;
    this.header = header;
    this.csv = csv;
  }

  @Override
  public final String formatId() {
    return formatId;
  }

  @Override
  public String displayName() {
    return formatId;
  }

  @Override
  public final int sniff(FileSample sample) {
    return 0;
  }

  @Override
  protected final String readPath(ImportContext context) {
    return csv.toString();
  }

  @Override
  protected final void beforeStage(ImportContext context) throws SQLException {
    SheetColumns.createMacros(context.connection());
  }

  /** The 1-based row of the sheet's header; the stage reads from the row after it. */
  protected int headerRow() {
    return 1;
  }

  @Override
  protected final String stageSql(ImportContext context) {
    return SheetColumns.fill(SqlFile.load(sqlOwner(), "stage"), columns, header, headerRow());
  }
}
