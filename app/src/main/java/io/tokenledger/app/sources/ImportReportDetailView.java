package io.tokenledger.app.sources;

import atlantafx.base.theme.Styles;
import io.tokenledger.app.kit.TableColumns;
import io.tokenledger.app.kit.Tables;
import io.tokenledger.app.theme.AppStyles;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.RejectedRow;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * What one import said: its message, a "Replace" action when the content was imported before, the
 * rejected rows (file, line, column, reason) and the warnings.
 */
final class ImportReportDetailView extends VBox {

  ImportReportDetailView(SourcesViewModel viewModel) {
    setSpacing(8);
    setId("import-report-detail");

    Label message = new Label();
    message.setId("report-message");
    message.getStyleClass().add(AppStyles.REPORT_MESSAGE);
    message.setWrapText(true);
    message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    message
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> describe(viewModel.selectedReportProperty().get()),
                viewModel.selectedReportProperty()));

    Button replace = new Button("_Replace", new FontIcon(Material2OutlinedAL.FIND_REPLACE));
    replace.setId("replace-import");
    replace.setMnemonicParsing(true);
    replace.setOnAction(event -> viewModel.replaceSelected());
    replace.visibleProperty().bind(viewModel.canReplaceProperty());
    replace.managedProperty().bind(replace.visibleProperty());
    Label replaceHint =
        new Label("Import this file again; its earlier import and rows are removed.");
    replaceHint.getStyleClass().add(Styles.TEXT_MUTED);
    replaceHint.visibleProperty().bind(replace.visibleProperty());
    replaceHint.managedProperty().bind(replace.visibleProperty());
    HBox replaceBar = new HBox(8, replace, replaceHint);
    replaceBar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

    Label rejectsTitle = sectionTitle("Rejected rows");
    TableView<RejectedRow> rejects = rejectsTable(viewModel);
    VBox.setVgrow(rejects, Priority.ALWAYS);

    Label warningsTitle = sectionTitle("Warnings");
    ListView<String> warnings = new ListView<>(viewModel.selectedWarnings());
    warnings.setId("import-warnings");
    warnings.setPrefHeight(80);
    warnings.getStyleClass().add(Styles.DENSE);
    var hasWarnings = Bindings.isNotEmpty(viewModel.selectedWarnings());
    for (var node : List.of(warningsTitle, warnings)) {
      node.visibleProperty().bind(hasWarnings);
      node.managedProperty().bind(hasWarnings);
    }

    getChildren().addAll(message, replaceBar, rejectsTitle, rejects, warningsTitle, warnings);
  }

  private static TableView<RejectedRow> rejectsTable(SourcesViewModel viewModel) {
    TableView<RejectedRow> table =
        Tables.dataTable(
            new TableView<>(viewModel.selectedRejects()),
            "import-rejects",
            "Rejected rows",
            new Label("No rejected rows."));
    table.getStyleClass().add(Styles.STRIPED);
    TableColumn<RejectedRow, String> file = TableColumns.text("File", RejectedRow::file);
    file.setPrefWidth(140);
    TableColumn<RejectedRow, Long> line = TableColumns.lineNumber("Line", RejectedRow::line);
    line.setPrefWidth(60);
    line.setMinWidth(50);
    TableColumn<RejectedRow, String> column = TableColumns.text("Column", RejectedRow::column);
    column.setPrefWidth(110);
    TableColumn<RejectedRow, String> reason = TableColumns.text("Reason", RejectedRow::reason);
    reason.setPrefWidth(320);
    table.getColumns().setAll(List.of(file, line, column, reason));
    return table;
  }

  private static Label sectionTitle(String text) {
    Label label = new Label(text);
    label.getStyleClass().add(AppStyles.SECTION_TITLE);
    return label;
  }

  private static String describe(ImportReport report) {
    if (report == null) {
      return "Select an import to see its rejected rows and warnings.";
    }
    String more =
        report.rowsRejected() > report.rejects().size()
            ? " Showing the first " + report.rejects().size() + " of " + report.rowsRejected() + "."
            : "";
    return ImportStatusText.of(report.status()) + ": " + report.message() + more;
  }
}
