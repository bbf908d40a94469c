package io.tokenledger.sampledata.cloud;

import io.tokenledger.sampledata.GeneratedFile;
import io.tokenledger.sampledata.company.Company;
import io.tokenledger.sampledata.company.DaySink;
import io.tokenledger.sampledata.company.Feature;
import io.tokenledger.sampledata.company.Invocation;
import io.tokenledger.sampledata.company.ModelSpec;
import io.tokenledger.sampledata.company.Models;
import io.tokenledger.sampledata.company.Provider;
import io.tokenledger.sampledata.company.Rng;
import io.tokenledger.sampledata.company.Span;
import io.tokenledger.sampledata.company.Task;
import io.tokenledger.sampledata.company.TokenBucket;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The company's cloud bill, a day at a time: Bedrock token lines (AWS Marketplace, per model, token
 * type and application inference profile), the rented GPU instances of the self-hosted endpoint,
 * the ordinary AWS lines around them (app servers, database, storage, transfer), Vertex AI Gemini
 * token lines per hour and label set, and a few ordinary Google Cloud lines. The token lines are
 * the exact sums of the Bedrock and Vertex calls in the request stream.
 *
 * <p>Each {@link CloudChargeSink} renders the same charges. <b>Hook:</b> the FOCUS 1.2 file of the
 * cloud bill ({@code io.tokenledger.sampledata.focus}) is one more sink in the list that {@code
 * DemoCompany} passes here.
 */
public final class CloudBill implements DaySink {

  public static final String AWS_ACCOUNT = "345678901234";
  public static final String AWS_ACCOUNT_NAME = "lumora-prod";
  public static final String GCP_PROJECT = "lumora-prod-ml";

  /** On-demand price of the self-hosted endpoint's instances (1 NVIDIA L4 each). */
  public static final BigDecimal GPU_INSTANCE_HOURLY = new BigDecimal("0.8048");

  public static final String GPU_INSTANCE_TYPE = "g6.xlarge";

  /** Share of May's Vertex AI cost a promotional credit gives back. */
  static final BigDecimal VERTEX_PROMO_SHARE = new BigDecimal("0.25");

  static final YearMonth VERTEX_PROMO_MONTH = YearMonth.of(2026, 5);

  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
  private static final long HOUR = 3_600_000_000L;

  private final Company company;
  private final List<CloudChargeSink> sinks;
  private final List<String> gpuInstances;
  private BigDecimal vertexCredits = BigDecimal.ZERO;

  public CloudBill(Company company, List<CloudChargeSink> sinks) {
    this.company = company;
    this.sinks = List.copyOf(sinks);
    this.gpuInstances = gpuInstances(company);
  }

  /** The EC2 instance ids of the self-hosted endpoint, one GPU each. */
  public static List<String> gpuInstances(Company company) {
    Rng rng = Rng.of(company.seed(), Rng.key("gpu-instances"));
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < company.gpuCount(); i++) {
      ids.add("i-0" + rng.hex(16));
    }
    return List.copyOf(ids);
  }

  @Override
  public void day(LocalDate day, List<Task> tasks) throws IOException {
    long start = day.atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1_000_000L;
    List<CloudCharge> charges = new ArrayList<>();
    charges.addAll(bedrock(start, tasks));
    charges.addAll(awsInfrastructure(day, start));
    charges.addAll(vertex(day, start, tasks));
    charges.addAll(gcpInfrastructure(day, start));
    List<CloudCharge> view = Collections.unmodifiableList(charges);
    for (CloudChargeSink sink : sinks) {
      sink.charges(day, view);
    }
  }

  private record BedrockKey(String profile, String model, int bucket) {}

  private List<CloudCharge> bedrock(long dayStart, List<Task> tasks) {
    Map<BedrockKey, long[]> tokens =
        new TreeMap<>(
            Comparator.comparing(BedrockKey::model)
                .thenComparing(BedrockKey::profile)
                .thenComparingInt(BedrockKey::bucket));
    Map<String, Task> profileOwner = new TreeMap<>();
    for (Task task : tasks) {
      for (Span span : task.spans()) {
        Invocation call = span.invocation();
        if (call == null || call.failed() || call.model().provider() != Provider.BEDROCK) {
          continue;
        }
        String profile = call.credential().resourceId();
        profileOwner.putIfAbsent(profile, task);
        for (TokenBucket bucket : TokenBucket.values()) {
          long n = call.usage().get(bucket);
          if (n == 0) {
            continue;
          }
          // Claude's output bills as one meter (thinking is not split).
          TokenBucket billed = bucket == TokenBucket.OUT_REASONING ? TokenBucket.OUT_TEXT : bucket;
          tokens
                  .computeIfAbsent(
                      new BedrockKey(profile, call.model().id(), billed.ordinal()),
                      k -> new long[1])[0] +=
              n;
        }
      }
    }
    List<CloudCharge> charges = new ArrayList<>();
    for (Map.Entry<BedrockKey, long[]> entry : tokens.entrySet()) {
      ModelSpec model = Models.byId(entry.getKey().model());
      TokenBucket bucket = TokenBucket.values()[entry.getKey().bucket()];
      long n = entry.getValue()[0];
      boolean perThousand = model == Models.BEDROCK_SONNET_4_6;
      BigDecimal unitSize = perThousand ? THOUSAND : MILLION;
      BigDecimal perToken = model.prices().of(bucket);
      BigDecimal unitPrice = perToken.multiply(unitSize).stripTrailingZeros();
      BigDecimal quantity = BigDecimal.valueOf(n).divide(unitSize);
      String suffix =
          switch (bucket) {
            case IN_UNCACHED -> "input-tokens";
            case OUT_TEXT -> "output-tokens";
            case IN_CACHE_READ -> "cache-read-input-token-count";
            case IN_CACHE_WRITE_5M -> "cache-write-input-token-count";
            case IN_CACHE_WRITE_1H -> "cache-write-input-token-count-1-hour";
            case OUT_REASONING -> throw new IllegalStateException();
          };
      String usageType = "USE1-" + model.billingName() + "-" + suffix;
      String unitText = perThousand ? "1K tokens" : "1M tokens";
      Task owner = profileOwner.get(entry.getKey().profile());
      SortedMap<String, String> tags = new TreeMap<>();
      tags.put("user_env", owner.client().env());
      tags.put("user_feature", owner.feature().id());
      tags.put("user_team", owner.feature().team());
      charges.add(
          new CloudCharge(
              "aws",
              dayStart,
              dayStart + 24 * HOUR,
              AWS_ACCOUNT,
              AWS_ACCOUNT_NAME,
              "AWS Marketplace",
              "AmazonBedrock",
              "Amazon Bedrock",
              Rng.of(0, Rng.key(usageType)).base62(16).toUpperCase(java.util.Locale.ROOT),
              "$"
                  + unitPrice.toPlainString()
                  + " per "
                  + unitText
                  + " ("
                  + suffix.replace('-', ' ')
                  + ") for "
                  + model.displayName()
                  + " in US East (N. Virginia)",
              usageType,
              "InvokeModelInference",
              "Amazon Bedrock",
              model.displayName(),
              "us-east-1",
              entry.getKey().profile(),
              BigDecimal.valueOf(n),
              "Tokens",
              quantity,
              unitText,
              unitPrice,
              perToken.multiply(BigDecimal.valueOf(n)),
              BigDecimal.ZERO,
              Collections.unmodifiableSortedMap(tags),
              model,
              bucket));
    }
    return charges;
  }

  private List<CloudCharge> awsInfrastructure(LocalDate day, long start) {
    List<CloudCharge> charges = new ArrayList<>();
    long end = start + 24 * HOUR;
    for (int i = 0; i < gpuInstances.size(); i++) {
      charges.add(
          instance(
              start,
              end,
              gpuInstances.get(i),
              GPU_INSTANCE_TYPE,
              GPU_INSTANCE_HOURLY,
              "8",
              tags("prod", "voice-notes", "mobile", "voice-llm")));
    }
    Rng rng = Rng.of(company.seed(), Rng.key("aws-infra"), day.toEpochDay());
    for (int i = 0; i < 4; i++) {
      charges.add(
          instance(
              start,
              end,
              "i-0" + Rng.of(company.seed(), Rng.key("app"), i).hex(16),
              "m7i.xlarge",
              new BigDecimal("0.2016"),
              "8",
              tags("prod", "platform", "platform", null)));
    }
    charges.add(
        simple(
            start,
            end,
            "AmazonRDS",
            "Amazon Relational Database Service",
            "USE1-InstanceUsage:db.r6g.large",
            "CreateDBInstance:0014",
            "Database Instance",
            "arn:aws:rds:us-east-1:" + AWS_ACCOUNT + ":db:lumora-prod",
            new BigDecimal("24"),
            "Hrs",
            new BigDecimal("0.225"),
            "USD 0.225 per RDS db.r6g.large Single-AZ instance hour (or partial hour) running PostgreSQL",
            tags("prod", "platform", "platform", null)));
    int daysInMonth = day.lengthOfMonth();
    BigDecimal gigabytes =
        BigDecimal.valueOf(2_400 + 12L * (day.toEpochDay() - company.start().toEpochDay()));
    BigDecimal gbMonths =
        gigabytes.divide(BigDecimal.valueOf(daysInMonth), 7, RoundingMode.HALF_EVEN);
    charges.add(
        simple(
            start,
            end,
            "AmazonS3",
            "Amazon Simple Storage Service",
            "USE1-TimedStorage-ByteHrs",
            "StandardStorage",
            "Storage",
            "lumora-prod-documents",
            gbMonths,
            "GB-Mo",
            new BigDecimal("0.023"),
            "$0.023 per GB - first 50 TB / month of storage used",
            tags("prod", "platform", "documents", null)));
    BigDecimal transfer = BigDecimal.valueOf(rng.between(800, 2_400), 1);
    charges.add(
        simple(
            start,
            end,
            "AWSDataTransfer",
            "AWS Data Transfer",
            "USE1-DataTransfer-Out-Bytes",
            "RunInstances",
            "Data Transfer",
            null,
            transfer,
            "GB",
            new BigDecimal("0.09"),
            "$0.090 per GB - first 10 TB / month data transfer out beyond the global free tier",
            Collections.emptySortedMap()));
    return charges;
  }

  private static SortedMap<String, String> tags(
      String env, String feature, String team, String endpoint) {
    SortedMap<String, String> tags = new TreeMap<>();
    tags.put("user_env", env);
    if (endpoint != null) {
      tags.put("user_endpoint", endpoint);
    }
    tags.put("user_feature", feature);
    tags.put("user_team", team);
    return Collections.unmodifiableSortedMap(tags);
  }

  private CloudCharge instance(
      long start,
      long end,
      String id,
      String type,
      BigDecimal hourly,
      String normalization,
      SortedMap<String, String> tags) {
    String usageType = "USE1-BoxUsage:" + type;
    return new CloudCharge(
        "aws",
        start,
        end,
        AWS_ACCOUNT,
        AWS_ACCOUNT_NAME,
        "AWS",
        "AmazonEC2",
        "Amazon Elastic Compute Cloud",
        Rng.of(0, Rng.key(usageType)).base62(16).toUpperCase(java.util.Locale.ROOT),
        "$" + hourly.toPlainString() + " per On Demand Linux " + type + " Instance Hour",
        usageType,
        "RunInstances",
        "Compute Instance",
        "Amazon Elastic Compute Cloud",
        "us-east-1",
        id,
        BigDecimal.valueOf(24),
        "Hrs",
        BigDecimal.valueOf(24),
        "Hrs",
        hourly,
        hourly.multiply(BigDecimal.valueOf(24)),
        BigDecimal.ZERO,
        tags,
        null,
        null);
  }

  private static CloudCharge simple(
      long start,
      long end,
      String code,
      String name,
      String usageType,
      String operation,
      String family,
      String resource,
      BigDecimal quantity,
      String unit,
      BigDecimal price,
      String description,
      SortedMap<String, String> tags) {
    return new CloudCharge(
        "aws",
        start,
        end,
        AWS_ACCOUNT,
        AWS_ACCOUNT_NAME,
        "AWS",
        code,
        name,
        Rng.of(0, Rng.key(usageType)).base62(16).toUpperCase(java.util.Locale.ROOT),
        description,
        usageType,
        operation,
        family,
        name,
        "us-east-1",
        resource,
        quantity,
        unit,
        quantity,
        unit,
        price,
        quantity.multiply(price),
        BigDecimal.ZERO,
        tags,
        null,
        null);
  }

  private record VertexKey(long hour, String model, int bucket, String feature, String env) {}

  private List<CloudCharge> vertex(LocalDate day, long dayStart, List<Task> tasks) {
    Map<VertexKey, long[]> tokens =
        new TreeMap<>(
            Comparator.comparingLong(VertexKey::hour)
                .thenComparing(VertexKey::model)
                .thenComparingInt(VertexKey::bucket)
                .thenComparing(VertexKey::feature)
                .thenComparing(VertexKey::env));
    for (Task task : tasks) {
      for (Span span : task.spans()) {
        Invocation call = span.invocation();
        if (call == null || call.failed() || call.model().provider() != Provider.VERTEX) {
          continue;
        }
        long hour = call.startMicros() - Math.floorMod(call.startMicros(), HOUR);
        for (TokenBucket bucket : TokenBucket.values()) {
          long n = call.usage().get(bucket);
          if (n != 0) {
            tokens
                    .computeIfAbsent(
                        new VertexKey(
                            hour,
                            call.model().id(),
                            bucket.ordinal(),
                            task.feature().id(),
                            task.client().env()),
                        k -> new long[1])[0] +=
                n;
          }
        }
      }
    }
    boolean promo = YearMonth.from(day).equals(VERTEX_PROMO_MONTH);
    List<CloudCharge> charges = new ArrayList<>();
    for (Map.Entry<VertexKey, long[]> entry : tokens.entrySet()) {
      VertexKey key = entry.getKey();
      ModelSpec model = Models.byId(key.model());
      TokenBucket bucket = TokenBucket.values()[key.bucket()];
      long n = entry.getValue()[0];
      String sku =
          model.billingName()
              + switch (bucket) {
                case IN_UNCACHED -> " Text Input - Predictions";
                case IN_CACHE_READ -> " Input Text Caching - Predictions";
                case OUT_TEXT -> " Text Output - Predictions";
                case OUT_REASONING -> " Thinking Text Output - Predictions";
                default -> throw new IllegalStateException(bucket.toString());
              };
      BigDecimal perToken = model.prices().of(bucket);
      BigDecimal cost = perToken.multiply(BigDecimal.valueOf(n));
      BigDecimal credit =
          promo
              ? cost.multiply(VERTEX_PROMO_SHARE).setScale(10, RoundingMode.HALF_EVEN).negate()
              : BigDecimal.ZERO;
      vertexCredits = vertexCredits.add(credit);
      SortedMap<String, String> labels = new TreeMap<>();
      labels.put("env", key.env());
      labels.put("feature", key.feature());
      labels.put("team", Feature.valueOf(featureName(key.feature())).team());
      charges.add(
          new CloudCharge(
              "gcp",
              key.hour(),
              key.hour() + HOUR,
              GCP_PROJECT,
              GCP_PROJECT,
              null,
              "C7E2-9256-1C43",
              "Vertex AI",
              skuId(sku),
              sku,
              null,
              null,
              null,
              null,
              "us-central1",
              null,
              BigDecimal.valueOf(n),
              "tokens",
              BigDecimal.valueOf(n).divide(MILLION),
              "1M tokens",
              perToken.multiply(MILLION).stripTrailingZeros(),
              cost,
              credit,
              Collections.unmodifiableSortedMap(labels),
              model,
              bucket));
    }
    return charges;
  }

  private static String featureName(String id) {
    for (Feature feature : Feature.values()) {
      if (feature.id().equals(id)) {
        return feature.name();
      }
    }
    throw new IllegalArgumentException(id);
  }

  private List<CloudCharge> gcpInfrastructure(LocalDate day, long start) {
    long end = start + 24 * HOUR;
    Rng rng = Rng.of(company.seed(), Rng.key("gcp-infra"), day.toEpochDay());
    SortedMap<String, String> labels = new TreeMap<>();
    labels.put("env", "prod");
    labels.put("team", "search");
    SortedMap<String, String> fixed = Collections.unmodifiableSortedMap(labels);
    List<CloudCharge> charges = new ArrayList<>();
    BigDecimal storage =
        BigDecimal.valueOf(900 + 5L * (day.toEpochDay() - company.start().toEpochDay()))
            .divide(BigDecimal.valueOf(day.lengthOfMonth()), 7, RoundingMode.HALF_EVEN);
    charges.add(
        gcp(
            start,
            end,
            "95FF-2EF5-5EA1",
            "Cloud Storage",
            "Standard Storage US Multi-region",
            storage,
            "gibibyte month",
            new BigDecimal("0.026"),
            fixed));
    BigDecimal scanned = BigDecimal.valueOf(rng.between(200, 1_400), 3);
    charges.add(
        gcp(
            start,
            end,
            "24E6-581D-38E5",
            "BigQuery",
            "Analysis",
            scanned,
            "tebibyte",
            new BigDecimal("6.25"),
            fixed));
    BigDecimal vcpuHours = BigDecimal.valueOf(rng.between(300, 900), 1);
    charges.add(
        gcp(
            start,
            end,
            "152E-C115-5142",
            "Cloud Run",
            "CPU Allocation Time (tier 1)",
            vcpuHours,
            "hour",
            new BigDecimal("0.0864"),
            fixed));
    return charges;
  }

  private static CloudCharge gcp(
      long start,
      long end,
      String serviceId,
      String service,
      String sku,
      BigDecimal quantity,
      String unit,
      BigDecimal price,
      SortedMap<String, String> labels) {
    return new CloudCharge(
        "gcp",
        start,
        end,
        GCP_PROJECT,
        GCP_PROJECT,
        null,
        serviceId,
        service,
        skuId(service + sku),
        sku,
        null,
        null,
        null,
        null,
        "us",
        null,
        quantity,
        unit,
        quantity,
        unit,
        price,
        quantity.multiply(price),
        BigDecimal.ZERO,
        labels,
        null,
        null);
  }

  /** A stable, seed-independent SKU id in Google's {@code XXXX-XXXX-XXXX} form. */
  static String skuId(String text) {
    String hex = Rng.of(0, Rng.key(text)).hex(12).toUpperCase(java.util.Locale.ROOT);
    return hex.substring(0, 4) + "-" + hex.substring(4, 8) + "-" + hex.substring(8);
  }

  /** The promotional credits on the Vertex AI lines so far (negative). */
  public BigDecimal vertexCredits() {
    return vertexCredits;
  }

  @Override
  public List<GeneratedFile> finish() throws IOException {
    List<GeneratedFile> files = new ArrayList<>();
    for (CloudChargeSink sink : sinks) {
      files.addAll(sink.finish());
    }
    return files;
  }
}
