package io.tokenledger.importers.revenue;

import io.tokenledger.importers.sheet.SheetTemplate;
import io.tokenledger.importers.sheet.TemplateKind;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A saved column mapping for one revenue sheet shape. Files whose header has the same signature are
 * imported with it without asking.
 *
 * @param name the user's name for it, unique among revenue templates
 * @param header the header names of the sheet it was made from, as written
 * @param mapping the column mapping
 * @param updatedAt when it was last saved, or null before it is
 */
public record RevenueTemplate(
    String name, List<String> header, RevenueMapping mapping, OffsetDateTime updatedAt)
    implements SheetTemplate<RevenueMapping> {

  /** Revenue templates, kept in {@code revenue_templates} (migration V009). */
  public static final TemplateKind<RevenueTemplate, RevenueMapping> KIND =
      new TemplateKind<>(
          "revenue_templates", "revenue template", RevenueMapping.class, RevenueTemplate::new);

  public RevenueTemplate {
    header = List.copyOf(header);
  }
}
