package io.tokenledger.importers.invoice;

import io.tokenledger.importers.sheet.SheetTemplate;
import io.tokenledger.importers.sheet.TemplateKind;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A saved column mapping for one invoice sheet shape. Files whose header has the same signature are
 * imported with it without asking.
 *
 * @param name the user's name for it, unique in the workspace
 * @param header the header names of the sheet it was made from, as written
 * @param mapping the column mapping
 * @param updatedAt when it was last saved, or null before it is
 */
public record InvoiceTemplate(
    String name, List<String> header, InvoiceMapping mapping, OffsetDateTime updatedAt)
    implements SheetTemplate<InvoiceMapping> {

  /** Invoice templates, kept in {@code invoice_templates} (migration V005). */
  public static final TemplateKind<InvoiceTemplate, InvoiceMapping> KIND =
      new TemplateKind<>(
          "invoice_templates", "invoice template", InvoiceMapping.class, InvoiceTemplate::new);

  public InvoiceTemplate {
    header = List.copyOf(header);
  }
}
