package io.tokenledger.app.kit;

import io.tokenledger.app.format.Formats;
import io.tokenledger.app.theme.AppStyles;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/**
 * Read-only table columns over records: text columns, and count columns that sort as numbers, show
 * the locale's grouping and are right-aligned (the {@code tl-number} style class).
 */
public final class TableColumns {

  private TableColumns() {}

  public static <S> TableColumn<S, String> text(String title, Function<S, String> value) {
    TableColumn<S, String> column = new TableColumn<>(title);
    column.setCellValueFactory(
        cell -> new ReadOnlyStringWrapper(nullToEmpty(value.apply(cell.getValue()))));
    column.setCellFactory(col -> new TextCell<>());
    return column;
  }

  /** A text column in a fixed-width font, for hashes and ids. */
  public static <S> TableColumn<S, String> mono(String title, Function<S, String> value) {
    TableColumn<S, String> column = text(title, value);
    column.getStyleClass().add(AppStyles.MONO_CELL);
    return column;
  }

  public static <S> TableColumn<S, Long> count(String title, ToLongFunction<S> value) {
    return number(title, value, Formats::count);
  }

  /** A right-aligned line number; 0 (the file as a whole) shows as a dash. */
  public static <S> TableColumn<S, Long> lineNumber(String title, ToLongFunction<S> value) {
    return number(title, value, line -> line == 0 ? "—" : Formats.count(line));
  }

  private static <S> TableColumn<S, Long> number(
      String title, ToLongFunction<S> value, LongFunction<String> format) {
    TableColumn<S, Long> column = new TableColumn<>(title);
    column.setCellValueFactory(
        cell -> new ReadOnlyObjectWrapper<>(value.applyAsLong(cell.getValue())));
    column.setCellFactory(
        col ->
            new TableCell<>() {
              @Override
              protected void updateItem(Long item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
              }
            });
    column.getStyleClass().add(AppStyles.NUMBER_CELL);
    return column;
  }

  /** Shows the text, and the whole of it in a tooltip, since long reasons and paths get cut. */
  private static final class TextCell<S> extends TableCell<S, String> {
    @Override
    protected void updateItem(String item, boolean empty) {
      super.updateItem(item, empty);
      boolean blank = empty || item == null || item.isEmpty();
      setText(blank ? null : item);
      setTooltip(blank ? null : new Tooltip(item));
    }
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
