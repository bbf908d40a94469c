package io.tokenledger.app.sources;

import atlantafx.base.theme.Styles;
import io.tokenledger.app.kit.TableColumns;
import io.tokenledger.app.kit.Tables;
import io.tokenledger.app.theme.AppStyles;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImportStatus;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/** This session's imports, newest first: how each ended, with the importer's message. */
final class ImportReportsTable extends TableView<ImportReport> {

  private static final Map<ImportStatus, Ikon> ICONS =
      Map.of(
          ImportStatus.IMPORTED, Material2OutlinedAL.CHECK_CIRCLE,
          ImportStatus.ALREADY_IMPORTED, Material2OutlinedAL.CONTENT_COPY,
          ImportStatus.REJECTED, Material2OutlinedAL.ERROR_OUTLINE,
          ImportStatus.FAILED, Material2OutlinedAL.ERROR_OUTLINE,
          ImportStatus.CANCELLED, Material2OutlinedAL.CANCEL);

  private static final Map<ImportStatus, PseudoClass> STATES =
      Map.of(
          ImportStatus.IMPORTED, Styles.STATE_SUCCESS,
          ImportStatus.ALREADY_IMPORTED, Styles.STATE_ACCENT,
          ImportStatus.REJECTED, Styles.STATE_DANGER,
          ImportStatus.FAILED, Styles.STATE_DANGER,
          ImportStatus.CANCELLED, Styles.STATE_WARNING);

  ImportReportsTable(ObservableList<ImportReport> reports) {
    super(reports);
    Tables.dataTable(
        this,
        "import-reports",
        "Recent imports",
        new Label("The files you import in this session are listed here."));

    TableColumn<ImportReport, ImportStatus> status = new TableColumn<>("Status");
    status.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().status()));
    status.setCellFactory(col -> new StatusCell());
    status.setPrefWidth(160);
    status.setMinWidth(160);
    TableColumn<ImportReport, String> file =
        TableColumns.text("File", r -> r.file().getFileName().toString());
    file.setPrefWidth(160);
    file.setMinWidth(100);
    TableColumn<ImportReport, Long> rows = TableColumns.count("Rows", ImportReport::rowsImported);
    rows.setPrefWidth(70);
    rows.setMinWidth(60);
    TableColumn<ImportReport, Long> rejected =
        TableColumns.count("Rejected", ImportReport::rowsRejected);
    rejected.setPrefWidth(80);
    rejected.setMinWidth(90);
    TableColumn<ImportReport, String> message = TableColumns.text("Message", ImportReport::message);
    message.setPrefWidth(320);
    getColumns().setAll(List.of(status, file, rows, rejected, message));
  }

  /** The status as a coloured icon and word; the colour comes from the theme's state colours. */
  private static final class StatusCell extends TableCell<ImportReport, ImportStatus> {
    private ImportStatus shown;

    StatusCell() {
      getStyleClass().add(AppStyles.STATUS_BADGE);
    }

    @Override
    protected void updateItem(ImportStatus item, boolean empty) {
      super.updateItem(item, empty);
      if (shown != null) {
        pseudoClassStateChanged(STATES.get(shown), false);
      }
      shown = empty ? null : item;
      if (shown == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      setText(ImportStatusText.of(shown));
      setGraphic(new FontIcon(ICONS.get(shown)));
      pseudoClassStateChanged(STATES.get(shown), true);
    }
  }
}
