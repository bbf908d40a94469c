package io.tokenledger.app.shell;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The pages of the main window, in sidebar order. Ctrl+1..Ctrl+9 and Ctrl+0 reach them in that
 * order; the pages after {@link #SHOWBACK} are the workspace's setup and get a section of their
 * own.
 */
public enum Page {
  SOURCES(
      "Sources", Material2OutlinedAL.FILE_UPLOAD, "Import files and see what the workspace holds"),
  EXPLORE(
      "Explore",
      Material2OutlinedMZ.TABLE_CHART,
      "Pivot cost and tokens by client, feature, team, model and day; drill to the rows"),
  CLIENTS(
      "Clients",
      Material2OutlinedMZ.PEOPLE,
      "Revenue share against spend share per client, and margin after AI cost"),
  SCENARIOS(
      "Scenarios",
      Material2OutlinedMZ.SCIENCE,
      "Re-run history under routing, caching, batch and price levers"),
  RECONCILE(
      "Reconcile",
      Material2OutlinedAL.COMPARE_ARROWS,
      "Invoice against usage exports and traces: the gap per provider, model and day, and its cause"),
  GPU("GPU", Material2OutlinedMZ.MEMORY, "Utilization, idle cost and the self-hosting break-even"),
  BUDGETS(
      "Budgets",
      Material2OutlinedAL.ACCOUNT_BALANCE_WALLET,
      "Budgets and caps with alerts, anomalies and forecasts"),
  SHOWBACK(
      "Showback",
      Material2OutlinedAL.ASSESSMENT,
      "Excel packs per client or team that finance can open, check and forward"),
  PRICES(
      "Prices",
      Material2OutlinedAL.LOCAL_OFFER,
      "The dated price book per provider, model and token bucket; unpriced models"),
  RULES(
      "Rules",
      Material2OutlinedMZ.RULE,
      "Mapping rules that turn API keys, projects and tags into client, feature, team and env");

  private final String title;
  private final Ikon icon;
  private final String purpose;

  Page(String title, Ikon icon, String purpose) {
    this.title = title;
    this.icon = icon;
    this.purpose = purpose;
  }

  public String title() {
    return title;
  }

  public Ikon icon() {
    return icon;
  }

  /** One line saying what the page is for. */
  public String purpose() {
    return purpose;
  }

  /** True for the first page of the setup section, drawn below a separator. */
  public boolean startsSection() {
    return this == PRICES;
  }

  /** The digit of its Ctrl+digit shortcut: 1..9, then 0 for the tenth page. */
  public int shortcutDigit() {
    return (ordinal() + 1) % 10;
  }

  /** The page whose shortcut is Ctrl+{@code digit}. */
  public static java.util.Optional<Page> byShortcutDigit(int digit) {
    for (Page page : values()) {
      if (page.shortcutDigit() == digit) {
        return java.util.Optional.of(page);
      }
    }
    return java.util.Optional.empty();
  }
}
