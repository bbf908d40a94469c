package io.tokenledger.app.rules;

import io.tokenledger.app.task.WorkspaceCalls;
import io.tokenledger.engine.mapping.MappingResult;
import io.tokenledger.engine.mapping.MappingRule;
import io.tokenledger.engine.mapping.MappingService;
import io.tokenledger.engine.mapping.MappingTarget;
import io.tokenledger.engine.mapping.MatchKind;
import io.tokenledger.engine.mapping.RulePreview;
import io.tokenledger.engine.mapping.SourceKey;
import io.tokenledger.engine.mapping.UnmappedTotal;
import io.tokenledger.engine.workspace.Workspace;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the Rules page: the mapping rules in the order they apply, a form for a new
 * rule with a preview of what it would match (rows and cost, and what it alone would decide), the
 * unmapped totals, and edits (add, delete, move up or down, enable) that re-apply the rules at
 * once. Engine calls run on the background executor, results come back through the UI executor.
 * Imports nothing from javafx.scene.
 */
public final class RulesViewModel {

  private final MappingService mapping;
  private final WorkspaceCalls calls;

  // Properties
  private final ObservableList<MappingRule> rules = FXCollections.observableArrayList();
  private final ObservableList<UnmappedTotal> unmapped = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper unmappedSummary =
      new ReadOnlyStringWrapper(this, "unmappedSummary", "");
  private final ReadOnlyObjectWrapper<RulePreview> preview =
      new ReadOnlyObjectWrapper<>(this, "preview");
  private final ReadOnlyStringWrapper previewText =
      new ReadOnlyStringWrapper(this, "previewText", "");

  // The new-rule form
  private final StringProperty sourceKey = new SimpleStringProperty(this, "sourceKey", "api_key");
  private final ObjectProperty<MatchKind> matchKind =
      new SimpleObjectProperty<>(this, "matchKind", MatchKind.EQUALS);
  private final StringProperty matchValue = new SimpleStringProperty(this, "matchValue", "");
  private final ObjectProperty<MappingTarget> target =
      new SimpleObjectProperty<>(this, "target", MappingTarget.CLIENT);
  private final StringProperty targetValue = new SimpleStringProperty(this, "targetValue", "");

  public RulesViewModel(
      MappingService mapping, Supplier<Workspace> workspace, Executor background, Executor ui) {
    this.mapping = mapping;
    this.calls = new WorkspaceCalls(workspace, background, ui);
  }

  // ---- Properties ------------------------------------------------------------------------------

  public ObservableList<MappingRule> rules() {
    return rules;
  }

  public ObservableList<UnmappedTotal> unmapped() {
    return unmapped;
  }

  /** "Unmapped client: 12 events, 4.20 USD · ...", always visible on the page. */
  public ReadOnlyStringProperty unmappedSummaryProperty() {
    return unmappedSummary.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<RulePreview> previewProperty() {
    return preview.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty previewTextProperty() {
    return previewText.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return calls.busyProperty();
  }

  public ReadOnlyStringProperty messageProperty() {
    return calls.messageProperty();
  }

  public StringProperty sourceKeyProperty() {
    return sourceKey;
  }

  public ObjectProperty<MatchKind> matchKindProperty() {
    return matchKind;
  }

  public StringProperty matchValueProperty() {
    return matchValue;
  }

  public ObjectProperty<MappingTarget> targetProperty() {
    return target;
  }

  public StringProperty targetValueProperty() {
    return targetValue;
  }

  // ---- Commands --------------------------------------------------------------------------------

  /** Reloads the rules and the unmapped totals. */
  public void refresh() {
    submit(ws -> new Loaded(mapping.rules(ws), mapping.unmapped(ws), null));
  }

  /** Shows what the form's rule would match, without saving it. */
  public void previewForm() {
    MappingRule rule;
    try {
      rule = formRule();
    } catch (IllegalArgumentException e) {
      calls.say(e.getMessage());
      return;
    }
    calls.latest(
        ws -> mapping.preview(ws, rule),
        result -> {
          preview.set(result);
          previewText.set(describe(rule, result));
        });
  }

  /** Adds the form's rule after every other rule and re-applies the rules. */
  public void addFromForm() {
    MappingRule rule;
    try {
      rule = formRule();
    } catch (IllegalArgumentException e) {
      calls.say(e.getMessage());
      return;
    }
    submit(
        ws -> {
          MappingRule stored = mapping.add(ws, rule);
          MappingResult result = mapping.apply(ws);
          return new Loaded(mapping.rules(ws), result.unmapped(), "Added: " + stored.describe());
        });
  }

  public void delete(MappingRule rule) {
    submit(
        ws -> {
          mapping.delete(ws, rule.id());
          MappingResult result = mapping.apply(ws);
          return new Loaded(mapping.rules(ws), result.unmapped(), "Deleted: " + rule.describe());
        });
  }

  public void moveUp(MappingRule rule) {
    move(rule, -1);
  }

  public void moveDown(MappingRule rule) {
    move(rule, 1);
  }

  public void setEnabled(MappingRule rule, boolean enabled) {
    submit(
        ws -> {
          mapping.update(ws, rule.withEnabled(enabled));
          MappingResult result = mapping.apply(ws);
          return new Loaded(
              mapping.rules(ws),
              result.unmapped(),
              (enabled ? "Enabled: " : "Disabled: ") + rule.describe());
        });
  }

  /** Re-applies every rule (after an import, say). */
  public void apply() {
    submit(
        ws -> {
          MappingResult result = mapping.apply(ws);
          return new Loaded(
              mapping.rules(ws),
              result.unmapped(),
              "Applied "
                  + result.rules()
                  + " rule(s) to "
                  + result.usageEvents()
                  + " usage events and "
                  + result.costLines()
                  + " cost lines");
        });
  }

  private void move(MappingRule rule, int step) {
    List<Integer> order = new ArrayList<>(rules.stream().map(MappingRule::id).toList());
    int index = order.indexOf(rule.id());
    int other = index + step;
    if (index < 0 || other < 0 || other >= order.size()) {
      return;
    }
    order.set(index, order.get(other));
    order.set(other, rule.id());
    submit(
        ws -> {
          mapping.reorder(ws, order);
          MappingResult result = mapping.apply(ws);
          return new Loaded(mapping.rules(ws), result.unmapped(), null);
        });
  }

  private MappingRule formRule() {
    return new MappingRule(
        0,
        0,
        SourceKey.parse(sourceKey.get()),
        matchKind.get(),
        matchValue.get(),
        target.get(),
        targetValue.get(),
        true,
        null);
  }

  /** What a change leaves to show. */
  private record Loaded(List<MappingRule> rules, List<UnmappedTotal> unmapped, String message) {}

  private void submit(Function<Workspace, Loaded> work) {
    calls.change(
        work,
        loaded -> {
          rules.setAll(loaded.rules());
          unmapped.setAll(loaded.unmapped());
          unmappedSummary.set(summarise(loaded.unmapped()));
          if (loaded.message() != null) {
            calls.say(loaded.message());
          }
        });
  }

  static String summarise(List<UnmappedTotal> totals) {
    return totals.stream()
        .map(
            t ->
                "Unmapped "
                    + t.target().column()
                    + ": "
                    + t.usageEvents()
                    + " events, "
                    + (t.usageMixedCurrencies()
                        ? "mixed currencies"
                        : t.usageCost().setScale(2, RoundingMode.HALF_EVEN).toPlainString()
                            + (t.usageCurrency() == null ? "" : " " + t.usageCurrency())))
        .collect(Collectors.joining(" · "));
  }

  static String describe(MappingRule rule, RulePreview preview) {
    StringBuilder text = new StringBuilder(rule.describe()).append('\n');
    text.append("Matches ")
        .append(preview.matchedEvents())
        .append(" usage events (")
        .append(preview.matchedEventCost().setScale(2, RoundingMode.HALF_EVEN).toPlainString())
        .append(") and ")
        .append(preview.matchedCostLines())
        .append(" cost lines (")
        .append(preview.matchedBilledCost().setScale(2, RoundingMode.HALF_EVEN).toPlainString())
        .append(")\n");
    text.append("Would decide ")
        .append(preview.decidedEvents())
        .append(" usage events (")
        .append(preview.decidedEventCost().setScale(2, RoundingMode.HALF_EVEN).toPlainString())
        .append(") and ")
        .append(preview.decidedCostLines())
        .append(" cost lines (")
        .append(preview.decidedBilledCost().setScale(2, RoundingMode.HALF_EVEN).toPlainString())
        .append(")");
    if (preview.mixedCurrencies()) {
      text.append(" - amounts in more than one currency");
    }
    for (RulePreview.ValueCount value : preview.values()) {
      text.append("\n  ").append(value.value()).append(": ").append(value.rows()).append(" row(s)");
    }
    return text.toString();
  }
}
