package io.tokenledger.app.cli;

import io.tokenledger.engine.pricing.CatalogImport;
import io.tokenledger.engine.pricing.CatalogImported;
import io.tokenledger.engine.pricing.DefaultPricingService;
import io.tokenledger.engine.pricing.Discount;
import io.tokenledger.engine.pricing.PriceCatalogFormat;
import io.tokenledger.engine.pricing.PriceEntry;
import io.tokenledger.engine.pricing.PricingService;
import io.tokenledger.engine.pricing.PricingSummary;
import io.tokenledger.engine.pricing.RepricedModel;
import io.tokenledger.engine.pricing.TokenBucket;
import io.tokenledger.engine.pricing.UnpricedModel;
import io.tokenledger.engine.pricing.UserPrice;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tokenledger prices}: the price book. Import a LiteLLM or Langfuse catalog, list prices,
 * set negotiated prices and discounts, reprice the usage (as of a day, if asked) and list the
 * models that have no price.
 */
@Command(
    name = "prices",
    description =
        "The price book: catalogs, negotiated prices, discounts, repricing, unpriced models.",
    subcommands = {
      PricesCommand.ImportCatalog.class,
      PricesCommand.ListPrices.class,
      PricesCommand.SetPrice.class,
      PricesCommand.AddDiscount.class,
      PricesCommand.Apply.class,
      PricesCommand.Unpriced.class,
      PricesCommand.Compare.class
    })
final class PricesCommand implements Runnable {

  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  @ParentCommand TokenLedgerCommand root;
  @Spec CommandSpec spec;

  final PricingService pricing = new DefaultPricingService();

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(),
        "Give a prices command: " + String.join(", ", spec.subcommands().keySet()));
  }

  static String perMillion(BigDecimal perToken) {
    return perToken == null
        ? ""
        : perToken
            .multiply(MILLION)
            .setScale(4, RoundingMode.HALF_EVEN)
            .stripTrailingZeros()
            .toPlainString();
  }

  static String money(BigDecimal amount) {
    return amount == null ? "unpriced" : amount.setScale(6, RoundingMode.HALF_EVEN).toPlainString();
  }

  static void printSummary(PrintWriter out, PricingSummary summary) {
    out.printf(
        Locale.ROOT,
        "%d event(s): %d priced, %d unpriced (%.1f%% of tokens priced); recomputed cost %s,"
            + " source-reported %s%n",
        summary.events(),
        summary.pricedEvents(),
        summary.unpricedEvents(),
        summary.pricedTokenShare() * 100,
        money(summary.cost()),
        money(summary.sourceCost()));
    out.flush();
  }

  /** {@code prices import}. */
  @Command(
      name = "import",
      description = {
        "Import a price catalog (LiteLLM or Langfuse JSON, detected) into the price book.",
        "Its prices apply from --from on; the previous catalog of the same kind ends there.",
        "The usage events of those days are repriced in the same step."
      })
  static final class ImportCatalog implements Callable<Integer> {
    @ParentCommand PricesCommand prices;
    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspace;

    @ArgGroup(multiplicity = "1")
    Source source;

    static final class Source {
      @Parameters(paramLabel = "FILE", description = "The catalog file.")
      Path file;

      @Option(
          names = "--shipped",
          paramLabel = "litellm|langfuse",
          description = "Import the catalog that ships with TokenLedger.")
      String shipped;
    }

    @Option(
        names = "--from",
        paramLabel = "DATE",
        description =
            "First day the prices apply (default: all history for a first catalog, else today).")
    LocalDate from;

    @Override
    public Integer call() {
      CatalogImported outcome =
          prices.root.withWorkspace(
              workspace.file,
              ws ->
                  source.file != null
                      ? prices.pricing.importCatalog(ws, source.file, from)
                      : prices.pricing.importShippedCatalog(ws, format(source.shipped), from));
      CatalogImport imported = outcome.catalog();
      spec.commandLine()
          .getOut()
          .printf(
              "Imported %s catalog %s: %d prices for %d models, valid from %s; %s%n",
              imported.source(),
              imported.fileName(),
              imported.prices(),
              imported.models(),
              imported.effectiveFrom(),
              outcome.repriced().describe());
      spec.commandLine().getOut().flush();
      return 0;
    }

    private static PriceCatalogFormat format(String name) {
      return Arrays.stream(PriceCatalogFormat.values())
          .filter(f -> f.source().equalsIgnoreCase(name.strip()))
          .findFirst()
          .orElseThrow(
              () ->
                  new IllegalArgumentException("--shipped takes litellm or langfuse, not " + name));
    }
  }

  /** {@code prices list}. */
  @Command(name = "list", description = "List the prices valid on a day, per 1M tokens.")
  static final class ListPrices implements Callable<Integer> {
    @ParentCommand PricesCommand prices;
    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspace;

    @Option(
        names = "--search",
        paramLabel = "TEXT",
        defaultValue = "",
        description = "Model or provider contains TEXT.")
    String search;

    @Option(names = "--on", paramLabel = "DATE", description = "The day (default: today).")
    LocalDate on;

    @Option(names = "--limit", defaultValue = "200", description = "At most this many rows.")
    int limit;

    @Mixin TableFormatOption format;

    @Override
    public Integer call() {
      List<PriceEntry> entries =
          prices.root.withWorkspace(
              workspace.file, ws -> prices.pricing.searchPrices(ws, search, on, limit));
      TextTable table =
          new TextTable(
              "source",
              "provider",
              "model",
              "tier",
              "above_tokens",
              "currency",
              "input",
              "cached",
              "write_5m",
              "write_1h",
              "output",
              "reasoning");
      for (PriceEntry e : entries) {
        table.row(
            e.source(),
            e.provider(),
            e.model(),
            e.serviceTier(),
            Long.toString(e.abovePromptTokens()),
            e.currency(),
            perMillion(e.unitPrices().get(TokenBucket.IN_UNCACHED)),
            perMillion(e.unitPrices().get(TokenBucket.IN_CACHE_READ)),
            perMillion(e.unitPrices().get(TokenBucket.IN_CACHE_WRITE_5M)),
            perMillion(e.unitPrices().get(TokenBucket.IN_CACHE_WRITE_1H)),
            perMillion(e.unitPrices().get(TokenBucket.OUT_TEXT)),
            perMillion(e.unitPrices().get(TokenBucket.OUT_REASONING)));
      }
      format.print(spec.commandLine().getOut(), table);
      return 0;
    }
  }

  /** {@code prices set}. */
  @Command(
      name = "set",
      description =
          "Set a negotiated price; it wins over every catalog price of that model and bucket.")
  static final class SetPrice implements Callable<Integer> {
    @ParentCommand PricesCommand prices;
    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspace;

    @Option(
        names = "--model",
        required = true,
        description = "The model (price book key or new name).")
    String model;

    @Option(
        names = "--bucket",
        required = true,
        description =
            "in_uncached, in_cache_read, in_cache_write_5m, in_cache_write_1h, out_text or out_reasoning.")
    String bucket;

    @Option(names = "--per-million", required = true, description = "Price per 1M tokens.")
    BigDecimal perMillion;

    @Option(
        names = "--tier",
        defaultValue = "standard",
        description = "standard, batch, flex or priority.")
    String tier;

    @Option(
        names = "--above",
        defaultValue = "0",
        description = "Long-context threshold in prompt tokens.")
    long above;

    @Option(names = "--currency", defaultValue = "USD")
    String currency;

    @Option(names = "--provider")
    String provider;

    @Option(names = "--from", required = true, paramLabel = "DATE")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "First day it no longer applies.")
    LocalDate to;

    @Override
    public Integer call() {
      TokenBucket tokenBucket =
          TokenBucket.byColumn(bucket.strip())
              .orElseThrow(() -> new IllegalArgumentException("unknown bucket " + bucket));
      UserPrice price =
          new UserPrice(
              provider,
              model,
              tokenBucket,
              tier,
              above,
              perMillion.divide(MILLION, 18, RoundingMode.HALF_EVEN),
              currency,
              from,
              to);
      prices.root.withWorkspace(
          workspace.file,
          ws -> {
            prices.pricing.setUserPrice(ws, price);
            return null;
          });
      spec.commandLine()
          .getOut()
          .printf(
              "Set %s %s %s at %s per 1M tokens from %s%n",
              price.model(), bucket, tier, perMillion, from);
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  /** {@code prices discount}. */
  @Command(name = "discount", description = "Add a negotiated discount (percent off unit prices).")
  static final class AddDiscount implements Callable<Integer> {
    @ParentCommand PricesCommand prices;
    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspace;

    @Option(names = "--percent", required = true)
    BigDecimal percent;

    @Option(names = "--provider", description = "Only this provider (default: every provider).")
    String provider;

    @Option(names = "--model", description = "Only this model (default: every model).")
    String model;

    @Option(names = "--from", required = true, paramLabel = "DATE")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE")
    LocalDate to;

    @Option(names = "--note")
    String note;

    @Override
    public Integer call() {
      int id =
          prices.root.withWorkspace(
              workspace.file,
              ws ->
                  prices.pricing.addDiscount(
                      ws, new Discount(0, provider, model, percent, from, to, note)));
      spec.commandLine()
          .getOut()
          .printf("Added discount %d: %s%% off from %s%n", id, percent, from);
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  /** {@code prices apply}. */
  @Command(
      name = "apply",
      description =
          "Recompute every usage event's cost from the price book (imports and catalog imports"
              + " price their own rows; run this after a price edit or to reprice as of a day).")
  static final class Apply implements Callable<Integer> {
    @ParentCommand PricesCommand prices;
    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspace;

    @Option(
        names = "--as-of",
        paramLabel = "DATE",
        description =
            "Reprice every event with the prices valid on DATE (default: each on its own day).")
    LocalDate asOf;

    @Override
    public Integer call() {
      PricingSummary summary =
          prices.root.withWorkspace(workspace.file, ws -> prices.pricing.applyAsOf(ws, asOf));
      printSummary(spec.commandLine().getOut(), summary);
      return 0;
    }
  }

  /** {@code prices unpriced}. */
  @Command(
      name = "unpriced",
      description = "List the model names without a price, with their volume.")
  static final class Unpriced implements Callable<Integer> {
    @ParentCommand PricesCommand prices;
    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspace;

    @Mixin TableFormatOption format;

    @Override
    public Integer call() {
      List<UnpricedModel> models =
          prices.root.withWorkspace(workspace.file, prices.pricing::unpriced);
      TextTable table =
          new TextTable("model", "provider", "events", "tokens", "source_cost", "reason");
      for (UnpricedModel m : models) {
        table.row(
            m.modelRaw(),
            m.provider(),
            Long.toString(m.events()),
            Long.toString(m.tokens()),
            m.sourceCost() == null ? "" : m.sourceCost().toPlainString(),
            m.reason());
      }
      format.print(spec.commandLine().getOut(), table);
      return 0;
    }
  }

  /** {@code prices compare}. */
  @Command(
      name = "compare",
      description = "Compare recorded costs with the prices valid on another day.")
  static final class Compare implements Callable<Integer> {
    @ParentCommand PricesCommand prices;
    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspace;

    @Option(names = "--as-of", required = true, paramLabel = "DATE")
    LocalDate asOf;

    @Mixin TableFormatOption format;

    @Override
    public Integer call() {
      List<RepricedModel> models =
          prices.root.withWorkspace(workspace.file, ws -> prices.pricing.compareAsOf(ws, asOf));
      TextTable table = new TextTable("model", "events", "recorded", "as_of_" + asOf, "difference");
      for (RepricedModel m : models) {
        table.row(
            m.model(),
            Long.toString(m.events()),
            money(m.recordedCost()),
            money(m.repricedCost()),
            money(m.difference()));
      }
      format.print(spec.commandLine().getOut(), table);
      return 0;
    }
  }
}
