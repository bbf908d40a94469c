package io.tokenledger.sampledata.files;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streaming JSON writers: API responses pretty-printed as a browser or {@code curl | jq} saves
 * them, JSON-lines exports compact, one document per line. Big decimals are written plain.
 */
public final class JsonFiles {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private JsonFiles() {}

  /** A pretty-printed document (two-space indent, {@code \n} line ends). */
  public static JsonGenerator pretty(Path path) throws IOException {
    JsonGenerator generator = open(path);
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    generator.setPrettyPrinter(printer);
    return generator;
  }

  /** A compact generator for a JSON-lines file: call {@link #newLine} after each document. */
  public static JsonGenerator lines(Path path) throws IOException {
    JsonGenerator generator = open(path);
    generator.setRootValueSeparator(null);
    return generator;
  }

  public static void newLine(JsonGenerator generator) throws IOException {
    generator.writeRaw('\n');
  }

  private static JsonGenerator open(Path path) throws IOException {
    Files.createDirectories(path.toAbsolutePath().getParent());
    OutputStream out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 20);
    return FACTORY.createGenerator(out, JsonEncoding.UTF8);
  }
}
