package io.tokenledger.importers.revenue;

import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.importers.Importer;
import io.tokenledger.importers.sheet.AbstractSheetTemplateService;
import io.tokenledger.importers.sheet.SheetCsv;
import io.tokenledger.importers.sheet.SheetRows;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The revenue templates of a workspace, in its {@code revenue_templates} table (migration V009),
 * saved, listed and deleted the way invoice templates are ({@link AbstractSheetTemplateService}).
 */
public final class DefaultRevenueTemplateService
    extends AbstractSheetTemplateService<RevenueTemplate, RevenueMapping>
    implements RevenueTemplateService {

  public DefaultRevenueTemplateService() {
    super(RevenueTemplate.KIND);
  }

  @Override
  public SheetRows readSheet(Path file, int maxRows) {
    return SheetCsv.preview(file, maxRows);
  }

  @Override
  public Optional<RevenueMapping> matching(Workspace workspace, Path file) {
    SheetRows sheet = readSheet(file, 0);
    return templates()
        .findBySignature(workspace, sheet.signature())
        .map(RevenueTemplate::mapping)
        .or(() -> RevenueMapping.recognise(sheet.header()));
  }

  @Override
  protected void checkMapping(String name, RevenueMapping mapping, List<String> header) {
    RevenueImporter.checkMapping(name, mapping, header);
  }

  @Override
  public Importer importerFor(String templateName) {
    return new RevenueImporter(templateName);
  }
}
