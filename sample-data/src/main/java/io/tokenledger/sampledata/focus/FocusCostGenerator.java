package io.tokenledger.sampledata.focus;

import io.tokenledger.sampledata.GeneratedFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a FOCUS 1.2 Cost and Usage CSV for the demo company: LLM token lines (Anthropic, OpenAI
 * and Google models, one row per model, token bucket, client and hour, with SkuPriceDetails naming
 * the model and token direction) and ordinary cloud lines (virtual machines, object storage), a few
 * tax lines, tags for client, feature, team and environment, and two provider columns (x_). Seeded
 * and deterministic; any number of rows. Amounts are exact decimals (quantity x unit price computed
 * in integers), so every row satisfies the FOCUS requirements model.
 */
public final class FocusCostGenerator {

  public static final String FORMAT = "focus";

  /** The FOCUS 1.2 Cost and Usage columns in specification order, then the provider's own. */
  static final List<String> COLUMNS =
      List.of(
          "AvailabilityZone",
          "BilledCost",
          "BillingAccountId",
          "BillingAccountName",
          "BillingAccountType",
          "BillingCurrency",
          "BillingPeriodEnd",
          "BillingPeriodStart",
          "CapacityReservationId",
          "CapacityReservationStatus",
          "ChargeCategory",
          "ChargeClass",
          "ChargeDescription",
          "ChargeFrequency",
          "ChargePeriodEnd",
          "ChargePeriodStart",
          "CommitmentDiscountCategory",
          "CommitmentDiscountId",
          "CommitmentDiscountName",
          "CommitmentDiscountQuantity",
          "CommitmentDiscountStatus",
          "CommitmentDiscountType",
          "CommitmentDiscountUnit",
          "ConsumedQuantity",
          "ConsumedUnit",
          "ContractedCost",
          "ContractedUnitPrice",
          "EffectiveCost",
          "InvoiceId",
          "InvoiceIssuerName",
          "ListCost",
          "ListUnitPrice",
          "PricingCategory",
          "PricingCurrency",
          "PricingCurrencyContractedUnitPrice",
          "PricingCurrencyEffectiveCost",
          "PricingCurrencyListUnitPrice",
          "PricingQuantity",
          "PricingUnit",
          "ProviderName",
          "PublisherName",
          "RegionId",
          "RegionName",
          "ResourceId",
          "ResourceName",
          "ResourceType",
          "ServiceCategory",
          "ServiceName",
          "ServiceSubcategory",
          "SkuId",
          "SkuMeter",
          "SkuPriceDetails",
          "SkuPriceId",
          "SubAccountId",
          "SubAccountName",
          "SubAccountType",
          "Tags",
          "x_CostCenter",
          "x_UsageType");

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

  /** A vendor as it appears on its own invoice. */
  record Vendor(
      String name,
      String key,
      String account,
      String region,
      String regionName,
      int discountPercent) {}

  /**
   * One priced SKU. Unit prices are in 1/10,000 of a dollar per pricing unit.
   *
   * @param tokenDirection Input or Output for token SKUs, else null
   * @param cacheAction Uncached, Read or Write for input tokens, else null
   */
  record Sku(
      Vendor vendor,
      String service,
      String category,
      String subcategory,
      String model,
      String tokenDirection,
      String cacheAction,
      String meter,
      String skuId,
      long listPrice,
      String pricingUnit,
      String consumedUnit,
      long unitsPerPricingUnit,
      long minQuantity,
      long maxQuantity,
      String usageType) {

    boolean tokens() {
      return tokenDirection != null;
    }
  }

  static final Vendor ANTHROPIC =
      new Vendor(
          "Anthropic",
          "anthropic",
          "acct-anthropic-1001",
          "us-east-1",
          "US East (N. Virginia)",
          10);
  static final Vendor OPENAI =
      new Vendor("OpenAI", "openai", "acct-openai-2002", "us-east-1", "US East (N. Virginia)", 0);
  static final Vendor GOOGLE =
      new Vendor("Google Cloud", "gcp", "acct-gcp-3003", "us-central1", "Iowa", 5);
  static final Vendor AWS =
      new Vendor(
          "Amazon Web Services", "aws", "acct-aws-4004", "us-east-1", "US East (N. Virginia)", 0);

  static final List<Sku> TOKEN_SKUS =
      List.of(
          tokens(ANTHROPIC, "Claude API", "claude-sonnet-4-5", "Input", "Uncached", 30000),
          tokens(ANTHROPIC, "Claude API", "claude-sonnet-4-5", "Input", "Read", 3000),
          tokens(ANTHROPIC, "Claude API", "claude-sonnet-4-5", "Input", "Write", 37500),
          tokens(ANTHROPIC, "Claude API", "claude-sonnet-4-5", "Output", null, 150000),
          tokens(ANTHROPIC, "Claude API", "claude-haiku-4-5", "Input", "Uncached", 10000),
          tokens(ANTHROPIC, "Claude API", "claude-haiku-4-5", "Input", "Read", 1000),
          tokens(ANTHROPIC, "Claude API", "claude-haiku-4-5", "Output", null, 50000),
          tokens(OPENAI, "OpenAI API", "gpt-4o", "Input", "Uncached", 25000),
          tokens(OPENAI, "OpenAI API", "gpt-4o", "Input", "Read", 12500),
          tokens(OPENAI, "OpenAI API", "gpt-4o", "Output", null, 100000),
          tokens(OPENAI, "OpenAI API", "gpt-4o-mini", "Input", "Uncached", 1500),
          tokens(OPENAI, "OpenAI API", "gpt-4o-mini", "Output", null, 6000),
          tokens(GOOGLE, "Vertex AI", "gemini-2.5-flash", "Input", "Uncached", 3000),
          tokens(GOOGLE, "Vertex AI", "gemini-2.5-flash", "Output", null, 25000));

  static final List<Sku> CLOUD_SKUS =
      List.of(
          cloud(
              AWS,
              "Amazon EC2",
              "Compute",
              "Virtual Machines",
              "m5.large instance hours",
              "ec2-m5-large",
              960,
              "Hours",
              1,
              "USE1-BoxUsage:m5.large"),
          cloud(
              AWS,
              "Amazon EC2",
              "Compute",
              "Virtual Machines",
              "g5.xlarge instance hours",
              "ec2-g5-xlarge",
              10060,
              "Hours",
              1,
              "USE1-BoxUsage:g5.xlarge"),
          cloud(
              AWS,
              "Amazon S3",
              "Storage",
              "Object Storage",
              "Standard storage",
              "s3-standard-storage",
              230,
              "GB-Months",
              500,
              "USE1-TimedStorage-ByteHrs"),
          cloud(
              GOOGLE,
              "Compute Engine",
              "Compute",
              "Virtual Machines",
              "N2 standard core hours",
              "gce-n2-core",
              316,
              "Hours",
              8,
              "N2-Core-us-central1"));

  static final List<String> CLIENTS =
      List.of("acme", "globex", "initech", "umbrella", "stark", "wayne");
  static final List<String> FEATURES = List.of("search", "chat", "summarise", "agent");
  static final List<String> TEAMS = List.of("platform", "growth", "data");

  private FocusCostGenerator() {}

  /** A cloud SKU priced per unit consumed, 1 to {@code max} units a line. */
  private static Sku cloud(
      Vendor vendor,
      String service,
      String category,
      String subcategory,
      String meter,
      String skuId,
      long listPrice,
      String unit,
      long max,
      String usageType) {
    return new Sku(
        vendor,
        service,
        category,
        subcategory,
        null,
        null,
        null,
        meter,
        skuId,
        listPrice,
        unit,
        unit,
        1,
        1,
        max,
        usageType);
  }

  private static Sku tokens(
      Vendor vendor, String service, String model, String direction, String cache, long listPrice) {
    String bucket =
        "Output".equals(direction)
            ? "output"
            : "Read".equals(cache) ? "cache-read" : "Write".equals(cache) ? "cache-write" : "input";
    String meter =
        "Output".equals(direction)
            ? "Output Tokens"
            : "Read".equals(cache)
                ? "Cache Read Input Tokens"
                : "Write".equals(cache) ? "Cache Write Input Tokens" : "Input Tokens";
    long max =
        "Output".equals(direction) ? 2_000_000 : "Read".equals(cache) ? 20_000_000 : 8_000_000;
    return new Sku(
        vendor,
        service,
        "AI and Machine Learning",
        "Generative AI",
        model,
        direction,
        cache,
        meter,
        model + "-" + bucket,
        listPrice,
        "1000000 Tokens",
        "Tokens",
        1_000_000,
        1_000,
        max,
        model + "-" + bucket + "-tokens");
  }

  /**
   * Writes {@code options.rows()} rows to {@code file} ({@code .csv} or, with gzip, {@code
   * .csv.gz}).
   */
  public static GeneratedFile write(Path file, FocusGeneratorOptions options) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    try (OutputStream raw = Files.newOutputStream(file);
        OutputStream out = options.gzip() ? new GZIPOutputStream(raw, 1 << 16) : raw;
        Writer writer =
            new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 20)) {
      writer.write(String.join(",", COLUMNS));
      writer.write('\n');
      RowWriter rows = new RowWriter(options);
      StringBuilder line = new StringBuilder(1024);
      for (long i = 0; i < options.rows(); i++) {
        line.setLength(0);
        rows.row(i, line);
        writer.append(line);
      }
    }
    return new GeneratedFile(file, FORMAT, options.rows());
  }

  /** Writes the rows one after the other from one random sequence. */
  private static final class RowWriter {
    private final SplittableRandom random;
    private final FocusGeneratorOptions options;
    private final String billingStart;
    private final String billingEnd;
    private final LocalDateTime monthStart;
    private final int hours;
    private final String[] hourStamps;

    RowWriter(FocusGeneratorOptions options) {
      this.options = options;
      this.random = new SplittableRandom(options.seed());
      this.monthStart = options.month().atDay(1).atStartOfDay();
      this.billingStart = UTC.format(monthStart);
      this.billingEnd = UTC.format(options.month().plusMonths(1).atDay(1).atStartOfDay());
      this.hours = options.month().lengthOfMonth() * 24;
      this.hourStamps = new String[hours + 1];
      for (int h = 0; h <= hours; h++) {
        hourStamps[h] = UTC.format(monthStart.plusHours(h));
      }
    }

    void row(long index, StringBuilder line) {
      int hour = (int) (index * hours / Math.max(1, options.rows()));
      String client = CLIENTS.get(random.nextInt(CLIENTS.size()));
      if (index % 997 == 996) {
        tax(line, hour, client);
        return;
      }
      boolean ai = random.nextInt(10) < 7;
      Sku sku =
          ai
              ? TOKEN_SKUS.get(random.nextInt(TOKEN_SKUS.size()))
              : CLOUD_SKUS.get(random.nextInt(CLOUD_SKUS.size()));
      String feature = FEATURES.get(random.nextInt(FEATURES.size()));
      String team = TEAMS.get(random.nextInt(TEAMS.size()));
      String env = random.nextInt(10) < 8 ? "prod" : "staging";
      long consumed =
          sku.minQuantity() + random.nextLong(sku.maxQuantity() - sku.minQuantity() + 1);
      // Pricing quantity in millionths of the pricing unit: tokens / 1,000,000 for token SKUs.
      long pricingMicros = consumed * 1_000_000 / sku.unitsPerPricingUnit();
      long list = sku.listPrice();
      long contracted = list * (100 - sku.vendor().discountPercent()) / 100;
      // micro-quantity x price in 1/10,000 dollar = cost in 1e-10 dollar: exact.
      long listCost = pricingMicros * list;
      long contractedCost = pricingMicros * contracted;
      Vendor v = sku.vendor();
      accountColumns(
          line,
          "Compute".equals(sku.category()) && v == AWS ? v.region() + "a" : null,
          decimal(contractedCost, 10),
          v);
      cell(line, "Usage");
      cell(line, null);
      cell(line, sku.tokens() ? sku.meter() + " for " + sku.model() : sku.meter());
      cell(line, "Usage-Based");
      cell(line, hourStamps[hour + 1]);
      cell(line, hourStamps[hour]);
      for (int i = 0; i < 7; i++) {
        cell(line, null); // no commitment discounts
      }
      cell(line, Long.toString(consumed));
      cell(line, sku.consumedUnit());
      cell(line, decimal(contractedCost, 10));
      cell(line, decimal(contracted, 4));
      cell(line, decimal(contractedCost, 10));
      cell(line, "INV-" + v.key() + "-" + options.month());
      cell(line, v.name());
      cell(line, decimal(listCost, 10));
      cell(line, decimal(list, 4));
      cell(line, "Standard");
      cell(line, "USD");
      cell(line, decimal(contracted, 4));
      cell(line, decimal(contractedCost, 10));
      cell(line, decimal(list, 4));
      cell(line, decimal(pricingMicros, 6));
      cell(line, sku.pricingUnit());
      cell(line, v.name());
      cell(line, v.name());
      cell(line, v.region());
      cell(line, v.regionName());
      cell(line, "proj-" + client + "-" + feature);
      cell(line, client + " " + feature);
      cell(line, "Project");
      cell(line, sku.category());
      cell(line, sku.service());
      cell(line, sku.subcategory());
      cell(line, sku.skuId());
      cell(line, sku.meter());
      cell(line, sku.tokens() ? priceDetails(sku) : null);
      cell(line, sku.skuId() + "-ondemand");
      cell(line, "ws-" + client);
      cell(line, client + " workspace");
      cell(line, "Workspace");
      cell(
          line,
          "{\"client\":\""
              + client
              + "\",\"feature\":\""
              + feature
              + "\",\"team\":\""
              + team
              + "\",\"env\":\""
              + env
              + "\"}");
      cell(line, "cc-" + (100 + TEAMS.indexOf(team)));
      last(line, sku.usageType());
    }

    /** AvailabilityZone to CapacityReservationStatus: zone, cost, account and billing period. */
    private void accountColumns(StringBuilder line, String zone, String billedCost, Vendor v) {
      cell(line, zone);
      cell(line, billedCost);
      cell(line, v.account());
      cell(line, v.name() + " billing account");
      cell(line, "Organization");
      cell(line, "USD");
      cell(line, billingEnd);
      cell(line, billingStart);
      cell(line, null); // no capacity reservations
      cell(line, null);
    }

    /** A tax line: no SKU, no quantity, no unit price (FOCUS nullability rules for Tax). */
    private void tax(StringBuilder line, int hour, String client) {
      Vendor v = random.nextBoolean() ? ANTHROPIC : AWS;
      long amount = 1 + random.nextLong(5_000_000_000_000L); // up to $500 in 1e-10 dollars
      String cost = decimal(amount, 10);
      accountColumns(line, null, cost, v);
      cell(line, "Tax");
      cell(line, null);
      cell(line, "Sales tax");
      cell(line, "Recurring");
      cell(line, hourStamps[hour + 1]);
      cell(line, hourStamps[hour]);
      for (int i = 0; i < 7; i++) {
        cell(line, null);
      }
      cell(line, null);
      cell(line, null);
      cell(line, cost);
      cell(line, null);
      cell(line, cost);
      cell(line, "INV-" + v.key() + "-" + options.month());
      cell(line, v.name());
      cell(line, cost);
      cell(line, null);
      cell(line, null);
      cell(line, "USD");
      cell(line, null);
      cell(line, cost);
      cell(line, null);
      cell(line, null);
      cell(line, null);
      cell(line, v.name());
      cell(line, v.name());
      cell(line, v.region());
      cell(line, v.regionName());
      cell(line, null);
      cell(line, null);
      cell(line, null);
      cell(line, "Other");
      cell(line, "Tax");
      cell(line, "Other (Other)");
      for (int i = 0; i < 4; i++) {
        cell(line, null); // SkuId, SkuMeter, SkuPriceDetails, SkuPriceId
      }
      cell(line, "ws-" + client);
      cell(line, client + " workspace");
      cell(line, "Workspace");
      cell(line, null);
      cell(line, "cc-100");
      last(line, "Tax");
    }

    private static String priceDetails(Sku sku) {
      StringBuilder json = new StringBuilder(160);
      json.append("{\"ModelDeveloper\":\"")
          .append(sku.vendor().name().equals("Google Cloud") ? "Google" : sku.vendor().name())
          .append("\",\"ModelId\":\"")
          .append(sku.model())
          .append("\",\"TokenDirection\":\"")
          .append(sku.tokenDirection())
          .append('"');
      if (sku.cacheAction() != null) {
        json.append(",\"TokenCacheAction\":\"").append(sku.cacheAction()).append('"');
      }
      return json.append('}').toString();
    }
  }

  private static void cell(StringBuilder line, String value) {
    write(line, value);
    line.append(',');
  }

  private static void last(StringBuilder line, String value) {
    write(line, value);
    line.append('\n');
  }

  private static void write(StringBuilder line, String value) {
    if (value == null) {
      return;
    }
    if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0) {
      line.append('"').append(value.replace("\"", "\"\"")).append('"');
    } else {
      line.append(value);
    }
  }

  /** A non-negative integer scaled by 10^-scale as a plain decimal without trailing zeros. */
  static String decimal(long value, int scale) {
    String digits = Long.toString(value);
    if (scale == 0) {
      return digits;
    }
    if (digits.length() <= scale) {
      digits = "0".repeat(scale - digits.length() + 1) + digits;
    }
    int point = digits.length() - scale;
    int end = digits.length();
    while (end > point && digits.charAt(end - 1) == '0') {
      end--;
    }
    return end == point
        ? digits.substring(0, point)
        : digits.substring(0, point) + "." + digits.substring(point, end);
  }
}
