package io.tokenledger.app.invoice;

import io.tokenledger.app.dialog.DialogService;
import io.tokenledger.app.dialog.ErrorMessages;
import io.tokenledger.app.task.BackgroundTask;
import io.tokenledger.app.task.LatestTaskScheduler;
import io.tokenledger.app.task.TaskExecutor;
import io.tokenledger.app.workspace.CurrentWorkspace;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.importers.invoice.InvoiceTemplate;
import io.tokenledger.importers.invoice.InvoiceTemplateService;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open workspace's invoice templates, to see which sheet shapes import by themselves and to
 * delete one (the next file of that shape then asks for its mapping again). Reads and deletes run
 * on background tasks.
 */
public final class InvoiceTemplatesViewModel {

  private final InvoiceTemplateService templates;
  private final CurrentWorkspace current;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final LatestTaskScheduler reads;

  // Properties
  private final ObservableList<InvoiceTemplate> list = FXCollections.observableArrayList();
  private final ObjectProperty<InvoiceTemplate> selected =
      new SimpleObjectProperty<>(this, "selected");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

  public InvoiceTemplatesViewModel(
      InvoiceTemplateService templates,
      CurrentWorkspace current,
      TaskExecutor executor,
      DialogService dialogs) {
    this.templates = templates;
    this.current = current;
    this.executor = executor;
    this.dialogs = dialogs;
    this.reads = new LatestTaskScheduler(executor);
  }

  /** The templates, by name. */
  public ObservableList<InvoiceTemplate> templates() {
    return list;
  }

  public ObjectProperty<InvoiceTemplate> selectedProperty() {
    return selected;
  }

  /** Empty when the list is shown; else why not ("Loading…", an error). */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  // Commands

  /** Reads the templates again. */
  public void refresh() {
    Workspace workspace = current.get().orElse(null);
    if (workspace == null) {
      reads.cancel();
      list.clear();
      status.set("No workspace open");
      return;
    }
    status.set("Loading…");
    reads.schedule(
        "Reading invoice templates",
        (progress, cancellation) -> templates.list(workspace),
        read -> {
          list.setAll(read);
          status.set(read.isEmpty() ? "No invoice templates yet." : "");
        },
        error -> status.set("Cannot read the templates: " + ErrorMessages.userMessage(error)));
  }

  /** Deletes the selected template, after asking. */
  public void deleteSelected() {
    InvoiceTemplate template = selected.get();
    Workspace workspace = current.get().orElse(null);
    if (template == null || workspace == null) {
      return;
    }
    if (!dialogs.confirm(
        "Delete invoice template",
        "Delete the template '"
            + template.name()
            + "'? Sheets with its columns will ask for a mapping again. Imported lines stay.",
        "Delete")) {
      return;
    }
    executor.execute(
        BackgroundTask.of(
                "Deleting invoice template " + template.name(),
                (progress, cancellation) -> templates.delete(workspace, template.name()))
            .quiet()
            .onSuccess(deleted -> refresh())
            .onFailure(error -> dialogs.showError("Cannot delete the template", error)));
  }
}
