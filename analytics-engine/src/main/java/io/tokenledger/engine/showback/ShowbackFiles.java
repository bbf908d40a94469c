package io.tokenledger.engine.showback;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * File names of the packs of a split export: one per audience, named after the chosen file and the
 * audience ({@code pack.xlsx} and "Acme Corp" give {@code pack-acme-corp.xlsx}). An audience's name
 * is data, so it is reduced to letters, digits and dashes; clashes get a number.
 */
public final class ShowbackFiles {

  private ShowbackFiles() {}

  /**
   * The file for {@code audience} beside {@code out}.
   *
   * @param taken lower-case names already given in this export; the new one is added
   */
  public static Path forAudience(Path out, String audience, Set<String> taken) {
    String name = out.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String extension = dot > 0 ? name.substring(dot) : ".xlsx";
    String slug =
        audience.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    if (slug.isEmpty()) {
      slug = "audience";
    }
    String candidate = stem + "-" + slug + extension;
    for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
      candidate = stem + "-" + slug + "-" + n + extension;
    }
    return out.resolveSibling(candidate);
  }
}
