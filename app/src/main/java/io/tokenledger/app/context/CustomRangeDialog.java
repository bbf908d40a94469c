package io.tokenledger.app.context;

import java.time.LocalDate;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks for the first and last day of a custom period (both included). */
final class CustomRangeDialog extends Dialog<Period> {

  CustomRangeDialog(LocalDate first, LocalDate last, Window owner) {
    setTitle("Custom period");
    setHeaderText("Show the days from the first to the last, both included.");
    if (owner != null) {
      initOwner(owner);
    }
    DatePicker from = new DatePicker(first);
    from.setId("period-first-day");
    DatePicker to = new DatePicker(last);
    to.setId("period-last-day");
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(8);
    grid.setPadding(new Insets(8));
    Label fromLabel = new Label("_First day");
    fromLabel.setLabelFor(from);
    fromLabel.setMnemonicParsing(true);
    Label toLabel = new Label("_Last day");
    toLabel.setLabelFor(to);
    toLabel.setMnemonicParsing(true);
    grid.addRow(0, fromLabel, from);
    grid.addRow(1, toLabel, to);
    getDialogPane().setContent(grid);
    getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    getDialogPane()
        .lookupButton(ButtonType.OK)
        .disableProperty()
        .bind(
            javafx.beans.binding.Bindings.createBooleanBinding(
                () ->
                    from.getValue() == null
                        || to.getValue() == null
                        || to.getValue().isBefore(from.getValue()),
                from.valueProperty(),
                to.valueProperty()));
    setResultConverter(
        button -> button == ButtonType.OK ? Period.days(from.getValue(), to.getValue()) : null);
  }
}
