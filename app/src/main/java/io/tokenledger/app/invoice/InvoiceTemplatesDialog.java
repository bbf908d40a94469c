package io.tokenledger.app.invoice;

import atlantafx.base.theme.Styles;
import io.tokenledger.app.format.Formats;
import io.tokenledger.app.kit.TableColumns;
import io.tokenledger.app.kit.Tables;
import io.tokenledger.importers.invoice.InvoiceMapping;
import io.tokenledger.importers.invoice.InvoiceTemplate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The workspace's invoice templates: which columns each maps and from which sheet shape, with
 * Delete (also the Delete key) for one that should ask again.
 */
public final class InvoiceTemplatesDialog extends Dialog<Void> {

  public InvoiceTemplatesDialog(InvoiceTemplatesViewModel viewModel) {
    setTitle("Invoice templates");
    setHeaderText(
        "Sheets with these columns import by themselves. Delete a template to map its sheets"
            + " again.");
    setResizable(true);
    getDialogPane().setId("invoice-templates");
    getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);

    Label placeholder = new Label();
    placeholder.textProperty().bind(viewModel.statusProperty());
    TableView<InvoiceTemplate> table =
        Tables.dataTable(
            new TableView<>(viewModel.templates()),
            "invoice-template-list",
            "Invoice templates",
            placeholder);
    table.getStyleClass().add(Styles.STRIPED);
    TableColumn<InvoiceTemplate, String> name = TableColumns.text("Name", InvoiceTemplate::name);
    name.setPrefWidth(160);
    TableColumn<InvoiceTemplate, String> provider =
        TableColumns.text("Provider", t -> orEmpty(t.mapping().provider()));
    provider.setPrefWidth(90);
    TableColumn<InvoiceTemplate, String> mapped =
        TableColumns.text("Date · amount · currency", InvoiceTemplatesDialog::mapped);
    mapped.setPrefWidth(230);
    TableColumn<InvoiceTemplate, String> shape =
        TableColumns.text("Sheet columns", t -> String.join(", ", t.header()));
    shape.setPrefWidth(300);
    TableColumn<InvoiceTemplate, String> updated =
        TableColumns.text(
            "Saved", t -> t.updatedAt() == null ? "" : Formats.localTime(t.updatedAt()));
    updated.setPrefWidth(140);
    table.getColumns().setAll(List.of(name, provider, mapped, shape, updated));
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, was, now) -> viewModel.selectedProperty().set(now));
    table.setOnKeyPressed(
        event -> {
          if (event.getCode() == KeyCode.DELETE) {
            viewModel.deleteSelected();
          }
        });
    VBox.setVgrow(table, Priority.ALWAYS);

    Button delete = new Button("_Delete", new FontIcon(Material2AL.DELETE));
    delete.setId("delete-invoice-template");
    delete.setMnemonicParsing(true);
    delete.disableProperty().bind(Bindings.isNull(viewModel.selectedProperty()));
    delete.setOnAction(event -> viewModel.deleteSelected());

    getDialogPane().setContent(new VBox(8, table, new HBox(8, delete)));
    getDialogPane().setPrefSize(960, 420);
    setOnShown(event -> table.requestFocus());
    viewModel.refresh();
  }

  private static String mapped(InvoiceTemplate template) {
    InvoiceMapping m = template.mapping();
    String where =
        m.layout().isDefault()
            ? ""
            : " ("
                + (m.sheet() == null ? "" : m.sheet() + ", ")
                + "row "
                + m.layout().headerRow()
                + ")";
    return m.date()
        + " · "
        + m.amount()
        + " · "
        + (m.currency() != null ? m.currency() : orEmpty(m.defaultCurrency()))
        + where;
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
