package io.tokenledger.importers.revenue;

import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.importers.ImportException;
import io.tokenledger.importers.Importer;
import io.tokenledger.importers.sheet.SheetCsv;
import io.tokenledger.importers.sheet.SheetRows;
import io.tokenledger.importers.sheet.SheetTemplateStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The revenue templates of a workspace, in its {@code revenue_templates} table (migration V009),
 * kept by the same store as invoice templates.
 */
public final class DefaultRevenueTemplateService implements RevenueTemplateService {

  private final SheetTemplateStore<RevenueTemplate, RevenueMapping> templates =
      new SheetTemplateStore<>(RevenueTemplate.KIND);

  @Override
  public SheetRows readSheet(Path file, int maxRows) {
    return SheetCsv.preview(file, maxRows);
  }

  @Override
  public List<RevenueTemplate> list(Workspace workspace) {
    return templates.list(workspace);
  }

  @Override
  public Optional<RevenueTemplate> find(Workspace workspace, String name) {
    return templates.find(workspace, name);
  }

  @Override
  public Optional<RevenueMapping> matching(Workspace workspace, Path file) {
    SheetRows sheet = readSheet(file, 0);
    return templates
        .findBySignature(workspace, sheet.signature())
        .map(RevenueTemplate::mapping)
        .or(() -> RevenueMapping.recognise(sheet.header()));
  }

  @Override
  public RevenueTemplate save(
      Workspace workspace, String name, List<String> header, RevenueMapping mapping) {
    if (name == null || name.isBlank()) {
      throw new ImportException("A revenue template needs a name");
    }
    RevenueImporter.checkMapping(name, mapping, header);
    return templates.save(workspace, new RevenueTemplate(name.strip(), header, mapping, null));
  }

  @Override
  public boolean delete(Workspace workspace, String name) {
    return templates.delete(workspace, name);
  }

  @Override
  public Importer importerFor(String templateName) {
    return new RevenueImporter(templateName);
  }
}
