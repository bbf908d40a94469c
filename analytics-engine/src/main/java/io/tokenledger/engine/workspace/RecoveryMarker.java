package io.tokenledger.engine.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The small JSON file beside a recovery copy: which file the work belongs to and when it was
 * written, so the next start can tell a crash's leftovers from work saved since.
 *
 * @param target the workspace file, or null for a workspace never saved
 * @param name what the window called it ({@code acme.tlw}, {@code Untitled})
 * @param savedAt when the recovery copy was written
 */
record RecoveryMarker(Path target, String name, Instant savedAt) {

  private static final ObjectMapper JSON = new ObjectMapper();

  String toJson() {
    ObjectNode node = JSON.createObjectNode();
    node.put("format", "tokenledger-recovery");
    node.put("target", target == null ? null : target.toString());
    node.put("name", name);
    node.put("savedAt", savedAt.toString());
    return node.toPrettyString();
  }

  static RecoveryMarker fromJson(String json) throws IOException {
    JsonNode node = JSON.readTree(json);
    JsonNode target = node.get("target");
    JsonNode name = node.get("name");
    JsonNode savedAt = node.get("savedAt");
    if (name == null || savedAt == null) {
      throw new IOException("not a recovery marker");
    }
    try {
      return new RecoveryMarker(
          target == null || target.isNull() ? null : Path.of(target.asText()),
          name.asText(),
          Instant.parse(savedAt.asText()));
    } catch (RuntimeException e) {
      throw new IOException("not a recovery marker: " + e.getMessage(), e);
    }
  }
}
