package io.tokenledger.importers.sheet;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One kind of sheet template: the workspace table that keeps them (from this fixed catalog, never
 * from user input), the mapping's type (stored as JSON) and how a template is made from its stored
 * parts.
 *
 * @param table the table name, a constant of the kind
 * @param label what the user calls these templates, for messages ("invoice template")
 * @param mappingType the mapping record, read from and written to JSON
 * @param factory makes a template from name, header, mapping and last save time
 */
public record TemplateKind<T extends SheetTemplate<M>, M>(
    String table, String label, Class<M> mappingType, Factory<T, M> factory) {

  /** Makes a template from its stored parts. */
  @FunctionalInterface
  public interface Factory<T, M> {
    T create(String name, List<String> header, M mapping, OffsetDateTime updatedAt);
  }
}
