package io.tokenledger.engine.state;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * The one Jackson setup for analysis documents and exports: dates and times as ISO text, decimals
 * as exact plain text (never a binary float, never in exponent form), unknown fields ignored (a
 * document names its version, and migrations, not leniency, bridge versions).
 */
final class StateJson {

  static final ObjectMapper MAPPER = create();

  private StateJson() {}

  private static ObjectMapper create() {
    SimpleModule time = new SimpleModule("tokenledger-time");
    addIsoText(time, LocalDate.class, LocalDate::parse);
    addIsoText(time, Instant.class, Instant::parse);
    // Money as plain text: exact, never in exponent form, never read back through a double.
    time.addSerializer(
        BigDecimal.class,
        new JsonSerializer<BigDecimal>() {
          @Override
          public void serialize(BigDecimal value, JsonGenerator out, SerializerProvider provider)
              throws IOException {
            out.writeString(value.toPlainString());
          }
        });
    return new ObjectMapper()
        .registerModule(time)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
  }

  private static <T> void addIsoText(
      SimpleModule module, Class<T> type, Function<String, T> parse) {
    module.addSerializer(
        type,
        new JsonSerializer<T>() {
          @Override
          public void serialize(T value, JsonGenerator out, SerializerProvider provider)
              throws IOException {
            out.writeString(value.toString());
          }
        });
    module.addDeserializer(
        type,
        new JsonDeserializer<T>() {
          @Override
          public T deserialize(JsonParser in, DeserializationContext context) throws IOException {
            String text = in.getValueAsString();
            try {
              return text == null || text.isBlank() ? null : parse.apply(text.strip());
            } catch (RuntimeException e) {
              return context.reportInputMismatch(
                  type, "'%s' is not an ISO %s", text, type.getSimpleName());
            }
          }
        });
  }
}
