package io.tokenledger.app.clients;

import io.tokenledger.app.context.AnalysisContext;
import io.tokenledger.app.context.Period;
import io.tokenledger.app.dialog.DialogService;
import io.tokenledger.app.dialog.ErrorMessages;
import io.tokenledger.app.task.BackgroundTask;
import io.tokenledger.app.task.LatestTaskScheduler;
import io.tokenledger.app.task.TaskExecutor;
import io.tokenledger.app.workspace.AllocationRefresh;
import io.tokenledger.app.workspace.CurrentWorkspace;
import io.tokenledger.engine.allocation.AllocationService;
import io.tokenledger.engine.clients.ClientDrill;
import io.tokenledger.engine.clients.ClientEconomics;
import io.tokenledger.engine.clients.ClientMonth;
import io.tokenledger.engine.clients.ClientsReport;
import io.tokenledger.engine.clients.ClientsRequest;
import io.tokenledger.engine.clients.ClientsRounding;
import io.tokenledger.engine.clients.ClientsService;
import io.tokenledger.engine.clients.Concentration;
import io.tokenledger.engine.clients.FxRate;
import io.tokenledger.engine.clients.FxRatesService;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.Workspace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Clients page's state: each client's revenue against its allocated LLM spend for the period
 * and currency of the top bar (re-read when they or the workspace change; latest request wins), the
 * concentration curves, the sentences, the unmatched clients, the drill into the selected client,
 * and the FX table with its commands. Figures are rounded once, so columns add up.
 */
public final class ClientsViewModel {

  private final ClientsService clients;
  private final FxRatesService fx;
  private final AllocationService allocation;
  private final CurrentWorkspace current;
  private final AnalysisContext context;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final LatestTaskScheduler reads;
  private final LatestTaskScheduler drills;

  // Properties
  private final ObservableList<ClientEconomics> lines = FXCollections.observableArrayList();
  private final ObservableList<String> sentences = FXCollections.observableArrayList();
  private final ObservableList<String> revenueOnly = FXCollections.observableArrayList();
  private final ObservableList<String> usageOnly = FXCollections.observableArrayList();
  private final ObservableList<ClientMonth> selectedTrend = FXCollections.observableArrayList();
  private final ObservableList<FxRate> rates = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<ClientsReport> report =
      new ReadOnlyObjectWrapper<>(this, "report");
  private final ObjectProperty<String> selected = new SimpleObjectProperty<>(this, "selected");
  private final ReadOnlyObjectWrapper<ClientDrill> drill =
      new ReadOnlyObjectWrapper<>(this, "drill");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");

  public ClientsViewModel(
      ClientsService clients,
      FxRatesService fx,
      AllocationService allocation,
      CurrentWorkspace current,
      AnalysisContext context,
      TaskExecutor executor,
      DialogService dialogs) {
    this.clients = clients;
    this.fx = fx;
    this.allocation = allocation;
    this.current = current;
    this.context = context;
    this.executor = executor;
    this.dialogs = dialogs;
    this.reads = new LatestTaskScheduler(executor);
    this.drills = new LatestTaskScheduler(executor);
    current.revisionProperty().addListener((obs, was, now) -> refresh());
    current.workspaceProperty().addListener((obs, was, now) -> refresh());
    context.periodProperty().addListener((obs, was, now) -> refresh());
    context.currencyProperty().addListener((obs, was, now) -> refresh());
    selected.addListener((obs, was, now) -> drillInto(now));
    refresh();
  }

  /** One line per client, largest spend first, rounded so the columns add up. */
  public ObservableList<ClientEconomics> lines() {
    return lines;
  }

  /** "Northwind Traders: 12% of revenue, 78% of LLM spend, margin -40%". */
  public ObservableList<String> sentences() {
    return sentences;
  }

  /** Revenue sheet clients no usage client matched. */
  public ObservableList<String> revenueOnly() {
    return revenueOnly;
  }

  /** Usage clients with no revenue on the sheet. */
  public ObservableList<String> usageOnly() {
    return usageOnly;
  }

  /** The last report (rounded), for the charts; null before one is read. */
  public ReadOnlyObjectProperty<ClientsReport> reportProperty() {
    return report.getReadOnlyProperty();
  }

  /** The client drilled into, or null. */
  public ObjectProperty<String> selectedProperty() {
    return selected;
  }

  /** The selected client's spend by feature and model, or null. */
  public ReadOnlyObjectProperty<ClientDrill> drillProperty() {
    return drill.getReadOnlyProperty();
  }

  /** The selected client's revenue and spend per month. */
  public ObservableList<ClientMonth> selectedTrend() {
    return selectedTrend;
  }

  /** The workspace's FX table. */
  public ObservableList<FxRate> rates() {
    return rates;
  }

  /** "Revenue $96,577.24 · LLM spend $20,878.82 · margin ... · Gini ...". */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /** Empty, or why there are no figures (a missing FX rate names currency and month). */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
  }

  // Commands

  /** Reads the figures, the matching and the FX table again. */
  public void refresh() {
    Workspace workspace = current.get().orElse(null);
    if (workspace == null) {
      reads.cancel();
      clear("No workspace open");
      rates.clear();
      return;
    }
    ClientsRequest request = request();
    loading.set(true);
    reads.schedule(
        "Reading the clients' revenue and spend",
        (progress, cancellation) -> {
          AllocationRefresh.ensureCurrent(
              allocation, workspace, ProgressListener.NONE, cancellation);
          List<FxRate> table = fx.list(workspace);
          try {
            return new Loaded(
                ClientsRounding.toCents(clients.report(workspace, request)), table, null);
          } catch (RuntimeException e) {
            return new Loaded(null, table, e);
          }
        },
        loaded -> {
          rates.setAll(loaded.rates());
          if (loaded.error() != null) {
            clear("");
            problem.set(ErrorMessages.userMessage(loaded.error()));
          } else {
            apply(loaded.report());
          }
          loading.set(false);
        },
        error -> {
          clear("");
          problem.set("Cannot read the clients: " + ErrorMessages.userMessage(error));
          loading.set(false);
        });
  }

  private record Loaded(ClientsReport report, List<FxRate> rates, RuntimeException error) {}

  /**
   * Adds or replaces the rate of a month and pair, from the editor's text.
   *
   * @return an error for the user, or empty when saved
   */
  public String putRate(String month, String from, String to, String rate) {
    FxRate parsed;
    try {
      parsed =
          new FxRate(
              YearMonth.parse(month.strip()),
              from,
              to,
              new BigDecimal(rate.strip().replace(',', '.')));
    } catch (DateTimeParseException e) {
      return "The month must look like 2026-10";
    } catch (NumberFormatException e) {
      return "The rate must be a number such as 1.1487";
    } catch (IllegalArgumentException e) {
      return capitalise(e.getMessage());
    }
    Workspace workspace = current.get().orElse(null);
    if (workspace == null) {
      return "No workspace open";
    }
    executor.execute(
        BackgroundTask.<Void>of(
                "Saving the FX rate",
                (progress, cancellation) -> {
                  fx.put(workspace, parsed);
                  return null;
                })
            .onSuccess(done -> current.dataChanged())
            .onFailure(error -> dialogs.showError("Cannot save the FX rate", error)));
    return "";
  }

  /** Removes a rate from the FX table. */
  public void deleteRate(FxRate rate) {
    Workspace workspace = current.get().orElse(null);
    if (workspace == null || rate == null) {
      return;
    }
    executor.execute(
        BackgroundTask.<Boolean>of(
                "Deleting the FX rate",
                (progress, cancellation) ->
                    fx.delete(workspace, rate.month(), rate.from(), rate.to()))
            .onSuccess(done -> current.dataChanged())
            .onFailure(error -> dialogs.showError("Cannot delete the FX rate", error)));
  }

  private ClientsRequest request() {
    Period period = context.periodProperty().get();
    String currency = context.currencyProperty().get();
    String code = currency == null ? AnalysisContext.DEFAULT_CURRENCY : currency;
    return period == null || period.from() == null
        ? ClientsRequest.allTime(code)
        : new ClientsRequest(period.from(), period.until(), code);
  }

  private void apply(ClientsReport shown) {
    problem.set("");
    report.set(shown);
    lines.setAll(shown.clients());
    sentences.setAll(shown.sentences());
    revenueOnly.setAll(shown.matching().revenueOnly());
    usageOnly.setAll(shown.matching().usageOnly());
    summary.set(describe(shown));
    String wanted = selected.get();
    if (wanted == null && !shown.clients().isEmpty()) {
      selected.set(shown.clients().get(0).client());
    } else {
      drillInto(wanted);
    }
  }

  private void clear(String message) {
    report.set(null);
    lines.clear();
    sentences.clear();
    revenueOnly.clear();
    usageOnly.clear();
    selectedTrend.clear();
    drill.set(null);
    summary.set(message);
    problem.set("");
  }

  private void drillInto(String client) {
    Workspace workspace = current.get().orElse(null);
    ClientsReport shown = report.get();
    if (client == null || workspace == null || shown == null) {
      drill.set(null);
      selectedTrend.clear();
      return;
    }
    selectedTrend.setAll(shown.trend().stream().filter(m -> m.client().equals(client)).toList());
    ClientsRequest request = shown.request();
    drills.schedule(
        "Drilling into " + client,
        (progress, cancellation) -> clients.drill(workspace, request, client),
        drill::set,
        error -> {
          drill.set(null);
          problem.set("Cannot drill into " + client + ": " + ErrorMessages.userMessage(error));
        });
  }

  static String describe(ClientsReport report) {
    String code = report.request().currency();
    return "Revenue "
        + money(report.totalRevenue(), code)
        + " · LLM spend "
        + money(report.totalSpend(), code)
        + " · margin after AI cost "
        + money(report.totalMargin(), code)
        + " · Gini revenue "
        + gini(report.revenueConcentration())
        + ", spend "
        + gini(report.spendConcentration())
        + (report.unallocated().signum() == 0
            ? ""
            : " · unallocated " + money(report.unallocated(), code) + " (in no client)");
  }

  static String money(BigDecimal value, String currency) {
    return value == null
        ? ""
        : String.format(Locale.ROOT, "%,.2f", value.setScale(2, RoundingMode.HALF_UP))
            + " "
            + currency;
  }

  static String percent(BigDecimal share) {
    return share == null
        ? ""
        : share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  static String gini(Concentration concentration) {
    return concentration.gini() == null
        ? "n/a"
        : concentration.gini().setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private static String capitalise(String text) {
    return text == null || text.isEmpty()
        ? "Invalid rate"
        : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
