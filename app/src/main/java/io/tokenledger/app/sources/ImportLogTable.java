package io.tokenledger.app.sources;

import atlantafx.base.theme.Styles;
import io.tokenledger.app.format.Formats;
import io.tokenledger.app.kit.TableColumns;
import io.tokenledger.app.kit.Tables;
import io.tokenledger.engine.sources.ImportRecord;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** The import log: one row per imported file with its format, row counts, time and hash. */
final class ImportLogTable extends TableView<ImportRecord> {

  ImportLogTable(ObservableList<ImportRecord> log, Label placeholder) {
    super(log);
    Tables.dataTable(this, "import-log", "Import log", placeholder);
    getStyleClass().add(Styles.STRIPED);

    TableColumn<ImportRecord, Long> id = TableColumns.count("ID", ImportRecord::importId);
    id.setPrefWidth(50);
    id.setMaxWidth(70);
    TableColumn<ImportRecord, String> file = TableColumns.text("File", ImportRecord::fileName);
    file.setPrefWidth(260);
    TableColumn<ImportRecord, String> format = TableColumns.text("Format", ImportRecord::format);
    format.setPrefWidth(150);
    TableColumn<ImportRecord, String> version =
        TableColumns.text("Version", ImportRecord::formatVersion);
    version.setPrefWidth(70);
    TableColumn<ImportRecord, Long> rows = TableColumns.count("Rows", ImportRecord::rowsImported);
    rows.setPrefWidth(90);
    rows.setMinWidth(60);
    TableColumn<ImportRecord, Long> rejected =
        TableColumns.count("Rejected", ImportRecord::rowsRejected);
    rejected.setPrefWidth(80);
    rejected.setMinWidth(90);
    TableColumn<ImportRecord, String> importedAt =
        TableColumns.text("Imported at", r -> Formats.localTime(r.importedAt()));
    importedAt.setPrefWidth(150);
    TableColumn<ImportRecord, String> hash =
        TableColumns.mono("SHA-256", r -> Formats.shortHash(r.contentSha256()));
    hash.setPrefWidth(120);
    getColumns().setAll(List.of(id, file, format, version, rows, rejected, importedAt, hash));

    setRowFactory(
        table ->
            new javafx.scene.control.TableRow<>() {
              @Override
              protected void updateItem(ImportRecord item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(
                    empty || item == null
                        ? null
                        : new Tooltip(item.filePath() + "\nSHA-256 " + item.contentSha256()));
              }
            });
  }
}
