package io.tokenledger.app.context;

import io.tokenledger.app.kit.Converters;
import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The period, comparison and currency selectors of the top bar, bound to the shared {@link
 * AnalysisContext}. A custom range of days is picked in a small dialog.
 */
public final class ContextBar extends HBox {

  private final AnalysisContext context;

  public ContextBar(AnalysisContext context) {
    super(8);
    this.context = context;
    setAlignment(Pos.CENTER_RIGHT);
    setId("context-bar");

    ComboBox<Period> period = new ComboBox<>(context.periods());
    period.setId("period");
    period.setConverter(Converters.showing(Period::label));
    follow(period, context.periodProperty());
    period.setVisibleRowCount(14);
    Button custom = new Button(null, new FontIcon(Material2OutlinedAL.DATE_RANGE));
    custom.setId("custom-period");
    custom.setTooltip(new Tooltip("Choose a custom range of days"));
    custom.setAccessibleText("Custom range of days");
    custom.setOnAction(event -> chooseDays());

    ComboBox<Comparison> compare = new ComboBox<>();
    compare.getItems().setAll(Comparison.values());
    compare.setId("comparison");
    follow(compare, context.comparisonProperty());
    compare.setCellFactory(list -> new ComparisonCell());
    compare.setButtonCell(new ComparisonCell());
    // A new period renames "vs Sep 2026": redraw the button's text.
    context
        .periodProperty()
        .addListener((obs, was, now) -> compare.setButtonCell(new ComparisonCell()));
    compare
        .disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                () -> context.periodProperty().get().kind() == Period.Kind.ALL_TIME,
                context.periodProperty()));

    ComboBox<String> currency = new ComboBox<>(context.currencies());
    currency.setId("currency");
    follow(currency, context.currencyProperty());

    getChildren()
        .addAll(
            labelled("_Period", period),
            custom,
            labelled("Co_mpare", compare),
            labelled("C_urrency", currency));
  }

  /**
   * Keeps {@code combo} and {@code property} in step. Not a bidirectional binding: replacing a
   * combo's items clears its value for a moment, and that null must not reach the context.
   */
  private static <T> void follow(ComboBox<T> combo, javafx.beans.property.Property<T> property) {
    combo.setValue(property.getValue());
    combo
        .valueProperty()
        .addListener(
            (obs, was, now) -> {
              if (now != null && !now.equals(property.getValue())) {
                property.setValue(now);
              } else if (now == null) {
                combo.setValue(property.getValue());
              }
            });
    property.addListener(
        (obs, was, now) -> {
          if (now != null && !now.equals(combo.getValue())) {
            combo.setValue(now);
          }
        });
  }

  private void chooseDays() {
    Period now = context.periodProperty().get();
    LocalDate first = now.from();
    LocalDate last = now.last();
    if (first == null) {
      LocalDate today = LocalDate.now();
      first = today.withDayOfMonth(1);
      last = today;
    }
    new CustomRangeDialog(first, last, getScene() == null ? null : getScene().getWindow())
        .showAndWait()
        .ifPresent(range -> context.chooseDays(range.from(), range.last()));
  }

  private static HBox labelled(String name, javafx.scene.control.Control control) {
    Label label = new Label(name);
    label.setMnemonicParsing(true);
    label.setLabelFor(control);
    control.setAccessibleText(name.replace("_", ""));
    HBox box = new HBox(6, label, control);
    box.setAlignment(Pos.CENTER_LEFT);
    return box;
  }

  private final class ComparisonCell extends ListCell<Comparison> {
    @Override
    protected void updateItem(Comparison item, boolean empty) {
      super.updateItem(item, empty);
      if (empty || item == null) {
        setText(null);
        return;
      }
      setText(
          item == Comparison.NONE
              ? "No comparison"
              : context
                  .periodProperty()
                  .get()
                  .previous()
                  .map(p -> "vs " + p.label())
                  .orElse("vs previous period"));
    }
  }
}
