package io.tokenledger.importers.sheet;

import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.importers.ImportException;
import java.util.List;
import java.util.Optional;

/**
 * What the template services of every mapped sheet kind (invoice, revenue) do the same way: list,
 * find and delete a workspace's templates of that kind, and save one after checking its name and
 * its mapping against the sheet's header. Each kind adds how a sheet is read and matched.
 *
 * @param <T> the kind's template
 * @param <M> the kind's mapping
 */
public abstract class AbstractSheetTemplateService<T extends SheetTemplate<M>, M> {

  private final TemplateKind<T, M> kind;
  private final SheetTemplateStore<T, M> templates;

  protected AbstractSheetTemplateService(TemplateKind<T, M> kind) {
    this.kind = kind;
    this.templates = new SheetTemplateStore<>(kind);
  }

  /** The store of this kind's templates, for the lookups a kind adds. */
  protected final SheetTemplateStore<T, M> templates() {
    return templates;
  }

  /** The workspace's templates, by name. */
  public List<T> list(Workspace workspace) {
    return templates.list(workspace);
  }

  public Optional<T> find(Workspace workspace, String name) {
    return templates.find(workspace, name);
  }

  /**
   * Saves (or replaces) a template for the shape of {@code header}; the mapping is checked against
   * the header first.
   */
  public T save(Workspace workspace, String name, List<String> header, M mapping) {
    if (name == null || name.isBlank()) {
      String label = kind.label();
      String article = label.matches("(?i)[aeiou].*") ? "An " : "A ";
      throw new ImportException(article + label + " needs a name");
    }
    checkMapping(name, mapping, header);
    return templates.save(workspace, kind.factory().create(name.strip(), header, mapping, null));
  }

  public boolean delete(Workspace workspace, String name) {
    return templates.delete(workspace, name);
  }

  /** Refuses a mapping that does not fit {@code header}; {@code name} heads the message. */
  protected abstract void checkMapping(String name, M mapping, List<String> header);
}
