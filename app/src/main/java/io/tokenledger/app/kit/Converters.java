package io.tokenledger.app.kit;

import java.util.function.Function;
import javafx.util.StringConverter;

/** String converters for choice controls that show a label and are never typed into. */
public final class Converters {

  private Converters() {}

  /** Shows {@code text} of each item (nothing for null); typing a value is not supported. */
  public static <T> StringConverter<T> showing(Function<T, String> text) {
    return new StringConverter<>() {
      @Override
      public String toString(T value) {
        return value == null ? "" : text.apply(value);
      }

      @Override
      public T fromString(String string) {
        throw new UnsupportedOperationException("a choice, not typed");
      }
    };
  }
}
