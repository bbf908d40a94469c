package io.tokenledger.app.invoice;

import io.tokenledger.app.dialog.ErrorMessages;
import io.tokenledger.app.task.BackgroundTask;
import io.tokenledger.app.task.LatestTaskScheduler;
import io.tokenledger.app.task.TaskExecutor;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.importers.RejectedRow;
import io.tokenledger.importers.invoice.InvoiceLinePreview;
import io.tokenledger.importers.invoice.InvoiceMapping;
import io.tokenledger.importers.invoice.InvoicePreview;
import io.tokenledger.importers.invoice.InvoiceTemplate;
import io.tokenledger.importers.invoice.InvoiceTemplateService;
import io.tokenledger.importers.sheet.SheetLayout;
import io.tokenledger.importers.sheet.SheetRows;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The invoice mapping step for one sheet no importer knows: the sheet's header and first rows, the
 * column chosen for each role (guessed from the header names), the XLSX sheet and header row, and a
 * live preview of the cost lines the import would add with their totals, its rejected rows (line
 * and column) and warnings. Saving stores the mapping as a named template of the workspace; the
 * caller then imports the file, and every later file of that shape imports without this step. Sheet
 * reads, previews and saves run on background tasks, the latest one winning.
 */
public final class InvoiceMappingViewModel {

  /** Rows of the sheet shown for the user to recognise its columns. */
  public static final int SAMPLE_ROWS = 8;

  /** Lines shown in the preview; totals cover every line. */
  public static final int PREVIEW_LINES = 50;

  /** What the mapping step tells whoever opened it. */
  public interface Outcome {
    /** The template was saved: import the file with it. */
    void saved(InvoiceTemplate template);

    /** The user closed the step without saving. */
    void cancelled();
  }

  private final Path file;
  private final Workspace workspace;
  private final InvoiceTemplateService templates;
  private final TaskExecutor executor;
  private final Outcome outcome;
  private final LatestTaskScheduler sheetReads;
  private final LatestTaskScheduler previews;
  private boolean finished;
  private boolean applying;

  // Properties
  private final ObservableList<String> sheets = FXCollections.observableArrayList();
  private final ObjectProperty<String> sheet = new SimpleObjectProperty<>(this, "sheet");
  private final IntegerProperty headerRow = new SimpleIntegerProperty(this, "headerRow", 1);
  private final ObservableList<String> header = FXCollections.observableArrayList();
  private final ObservableList<List<String>> sampleRows = FXCollections.observableArrayList();
  private final Map<InvoiceColumnRole, ObjectProperty<String>> columns =
      new EnumMap<>(InvoiceColumnRole.class);
  private final StringProperty defaultCurrency =
      new SimpleStringProperty(this, "defaultCurrency", "USD");
  private final StringProperty provider = new SimpleStringProperty(this, "provider", "");
  private final StringProperty dateFormat = new SimpleStringProperty(this, "dateFormat", "");
  private final StringProperty templateName = new SimpleStringProperty(this, "templateName", "");
  private final ObservableList<InvoiceLinePreview> lines = FXCollections.observableArrayList();
  private final ObservableList<RejectedRow> rejects = FXCollections.observableArrayList();
  private final ObservableList<String> warnings = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper(this, "totals", "");
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final ReadOnlyBooleanWrapper previewed = new ReadOnlyBooleanWrapper(this, "previewed");
  private final BooleanBinding canSave;

  /**
   * @param sheet the sheet as first read (first sheet, header on row 1)
   * @param existing a template to start from (when the user asked to map a sheet that has one)
   */
  public InvoiceMappingViewModel(
      Path file,
      SheetRows sheet,
      Optional<InvoiceTemplate> existing,
      Workspace workspace,
      InvoiceTemplateService templates,
      TaskExecutor executor,
      Outcome outcome) {
    this.file = file;
    this.workspace = workspace;
    this.templates = templates;
    this.executor = executor;
    this.outcome = outcome;
    this.sheetReads = new LatestTaskScheduler(executor);
    this.previews = new LatestTaskScheduler(executor);
    for (InvoiceColumnRole role : InvoiceColumnRole.values()) {
      ObjectProperty<String> column = new SimpleObjectProperty<>(this, role.name());
      column.addListener((obs, was, now) -> mappingChanged());
      columns.put(role, column);
    }
    defaultCurrency.addListener((obs, was, now) -> mappingChanged());
    provider.addListener((obs, was, now) -> mappingChanged());
    dateFormat.addListener((obs, was, now) -> mappingChanged());
    this.canSave =
        Bindings.createBooleanBinding(
            () ->
                previewed.get()
                    && !busy.get()
                    && problem.get().isEmpty()
                    && !templateName.get().isBlank(),
            previewed,
            busy,
            problem,
            templateName);

    sheets.setAll(sheet.sheets());
    applying = true;
    this.sheet.set(sheet.sheets().isEmpty() ? null : sheet.sheets().get(0));
    existing.ifPresentOrElse(this::startFrom, () -> templateName.set(suggestedName(file)));
    applying = false;
    this.sheet.addListener((obs, was, now) -> layoutChanged());
    headerRow.addListener((obs, was, now) -> layoutChanged());
    if (existing.isPresent() && !existing.get().mapping().layout().isDefault()) {
      layoutChanged();
    } else {
      showSheet(sheet, existing.isEmpty());
    }
  }

  // Properties

  public Path file() {
    return file;
  }

  /** The workbook's sheets; empty for a CSV file. */
  public ObservableList<String> sheets() {
    return sheets;
  }

  /** The XLSX sheet read; null for a CSV file. */
  public ObjectProperty<String> sheetProperty() {
    return sheet;
  }

  /** The 1-based row the header is on. */
  public IntegerProperty headerRowProperty() {
    return headerRow;
  }

  /** The header names of the sheet as read with the chosen sheet and header row. */
  public ObservableList<String> header() {
    return header;
  }

  /** The first rows under the header, each as wide as the header. */
  public ObservableList<List<String>> sampleRows() {
    return sampleRows;
  }

  /** The header name chosen for a role, or null when the sheet has no such column. */
  public ObjectProperty<String> columnProperty(InvoiceColumnRole role) {
    return columns.get(role);
  }

  /** Used when there is no currency column, or a cell of it is empty. */
  public StringProperty defaultCurrencyProperty() {
    return defaultCurrency;
  }

  /** The vendor the invoice is from ({@code openai}, {@code anthropic}, ...); optional. */
  public StringProperty providerProperty() {
    return provider;
  }

  /** A strptime format for ambiguous dates such as {@code %d/%m/%Y}; empty to detect. */
  public StringProperty dateFormatProperty() {
    return dateFormat;
  }

  /** The name the template is saved under. */
  public StringProperty templateNameProperty() {
    return templateName;
  }

  /** The first cost lines the import would add. */
  public ObservableList<InvoiceLinePreview> lines() {
    return lines;
  }

  /** The rows the import would reject, with line, column and reason. */
  public ObservableList<RejectedRow> rejects() {
    return rejects;
  }

  public ObservableList<String> warnings() {
    return warnings;
  }

  /** "12 lines · USD 1,234.56": how much the import adds, per currency, over every line. */
  public ReadOnlyStringProperty totalsProperty() {
    return totals.getReadOnlyProperty();
  }

  /** Why the mapping cannot be saved yet, or empty. */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  /** True while the sheet is read, a preview computed or the template saved. */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** True when the mapping can be saved: it previews without a problem and has a name. */
  public BooleanBinding canSaveProperty() {
    return canSave;
  }

  /** The mapping the choices make. */
  public InvoiceMapping mapping() {
    return new InvoiceMapping(
        column(InvoiceColumnRole.DATE),
        column(InvoiceColumnRole.AMOUNT),
        column(InvoiceColumnRole.CURRENCY),
        column(InvoiceColumnRole.DESCRIPTION),
        column(InvoiceColumnRole.MODEL),
        column(InvoiceColumnRole.QUANTITY),
        column(InvoiceColumnRole.UNIT),
        blankToNull(defaultCurrency.get()),
        blankToNull(provider.get()),
        blankToNull(dateFormat.get()),
        sheets.isEmpty() ? null : sheet.get(),
        headerRow.get() == 1 ? null : headerRow.get());
  }

  // Commands

  /** Saves the mapping as a template; the outcome is told once it is stored. */
  public void save() {
    if (!canSave.get() || finished) {
      return;
    }
    String name = templateName.get().strip();
    List<String> names = List.copyOf(header);
    InvoiceMapping mapping = mapping();
    busy.set(true);
    executor.execute(
        BackgroundTask.of(
                "Saving invoice template " + name,
                (progress, cancellation) -> templates.save(workspace, name, names, mapping))
            .quiet()
            .onSuccess(
                template -> {
                  busy.set(false);
                  finished = true;
                  outcome.saved(template);
                })
            .onFailure(
                error -> {
                  busy.set(false);
                  problem.set(ErrorMessages.userMessage(error));
                }));
  }

  /** Leaves the step without saving. */
  public void cancel() {
    if (finished) {
      return;
    }
    finished = true;
    sheetReads.cancel();
    previews.cancel();
    outcome.cancelled();
  }

  private void startFrom(InvoiceTemplate template) {
    InvoiceMapping mapping = template.mapping();
    templateName.set(template.name());
    SheetLayout layout = mapping.layout();
    if (layout.sheet() != null && sheets.contains(layout.sheet())) {
      sheet.set(layout.sheet());
    }
    headerRow.set(layout.headerRow());
    defaultCurrency.set(mapping.defaultCurrency() == null ? "" : mapping.defaultCurrency());
    provider.set(mapping.provider() == null ? "" : mapping.provider());
    dateFormat.set(mapping.dateFormat() == null ? "" : mapping.dateFormat());
    Map<String, String> byField = mapping.columns();
    for (InvoiceColumnRole role : InvoiceColumnRole.values()) {
      columns.get(role).set(byField.get(role.name().toLowerCase(Locale.ROOT)));
    }
  }

  private void layoutChanged() {
    if (applying) {
      return;
    }
    SheetLayout layout = new SheetLayout(sheets.isEmpty() ? null : sheet.get(), headerRow.get());
    busy.set(true);
    sheetReads.schedule(
        "Reading " + file.getFileName(),
        (progress, cancellation) -> templates.readSheet(file, layout, SAMPLE_ROWS),
        read -> showSheet(read, true),
        error -> {
          busy.set(false);
          header.clear();
          sampleRows.clear();
          clearPreview();
          problem.set(ErrorMessages.userMessage(error));
        });
  }

  /** Shows a sheet as read; keeps the chosen columns it still has and guesses the others. */
  private void showSheet(SheetRows read, boolean guess) {
    applying = true;
    header.setAll(read.header());
    sampleRows.setAll(read.paddedRows());
    Set<String> taken = new HashSet<>();
    for (InvoiceColumnRole role : InvoiceColumnRole.values()) {
      String chosen = columns.get(role).get();
      if (chosen != null && read.header().contains(chosen)) {
        taken.add(chosen);
      } else {
        columns.get(role).set(null);
      }
    }
    if (guess) {
      for (InvoiceColumnRole role : InvoiceColumnRole.values()) {
        if (columns.get(role).get() == null) {
          read.header().stream()
              .filter(name -> !taken.contains(name) && role.suggestedBy(name))
              .findFirst()
              .ifPresent(
                  name -> {
                    columns.get(role).set(name);
                    taken.add(name);
                  });
        }
      }
    }
    applying = false;
    mappingChanged();
  }

  private void mappingChanged() {
    if (applying || finished) {
      return;
    }
    Optional<String> missing = missingRoles();
    if (missing.isPresent()) {
      previews.cancel();
      busy.set(false);
      clearPreview();
      problem.set(missing.get());
      return;
    }
    InvoiceMapping mapping = mapping();
    busy.set(true);
    previews.schedule(
        "Previewing " + file.getFileName(),
        // A stale preview is a whole import going on: cancelling the task stops it in DuckDB.
        (progress, cancellation) -> templates.preview(file, mapping, PREVIEW_LINES, cancellation),
        this::showPreview,
        error -> {
          busy.set(false);
          clearPreview();
          problem.set(ErrorMessages.userMessage(error));
        });
  }

  private Optional<String> missingRoles() {
    if (header.isEmpty()) {
      return Optional.of("The sheet has no header at row " + headerRow.get() + ".");
    }
    List<String> missing = new ArrayList<>();
    for (InvoiceColumnRole role : InvoiceColumnRole.values()) {
      if (role.required() && columns.get(role).get() == null) {
        missing.add(role.label().toLowerCase(Locale.ROOT));
      }
    }
    if (columns.get(InvoiceColumnRole.CURRENCY).get() == null && defaultCurrency.get().isBlank()) {
      missing.add("currency (a column or a default currency)");
    }
    return missing.isEmpty()
        ? Optional.empty()
        : Optional.of("Choose the column for: " + String.join(", ", missing) + ".");
  }

  private void showPreview(InvoicePreview preview) {
    busy.set(false);
    previewed.set(true);
    lines.setAll(preview.lines());
    rejects.setAll(preview.rejects());
    warnings.setAll(preview.warnings());
    totals.set(describeTotals(preview));
    problem.set(
        preview.rejects().isEmpty()
            ? ""
            : preview.rejects().size()
                + (preview.rejects().size() == 1 ? " row cannot" : " rows cannot")
                + " be read with this mapping; first: "
                + preview.rejects().get(0));
  }

  private void clearPreview() {
    previewed.set(false);
    lines.clear();
    rejects.clear();
    warnings.clear();
    totals.set("");
  }

  /** {@code 3 lines · USD 1,234.56 · EUR 10.00}, amounts rounded to the cent for display. */
  static String describeTotals(InvoicePreview preview) {
    String money =
        preview.totals().entrySet().stream()
            .map(
                e ->
                    e.getKey()
                        + " "
                        + String.format(
                            Locale.ROOT, "%,.2f", e.getValue().setScale(2, RoundingMode.HALF_UP)))
            .collect(Collectors.joining(" · "));
    return preview.totalLines()
        + (preview.totalLines() == 1 ? " line" : " lines")
        + (money.isEmpty() ? "" : " · " + money);
  }

  private String column(InvoiceColumnRole role) {
    return columns.get(role).get();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** "acme_ai_invoice_2026-10.csv" suggests "acme ai invoice": the vendor, not the month. */
  static String suggestedName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.indexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String words = stem.replaceAll("[_\\-.]+", " ").replaceAll("\\b\\d[\\d ]*\\b", " ").strip();
    return words.replaceAll("\\s+", " ").isEmpty() ? stem : words.replaceAll("\\s+", " ");
  }
}
