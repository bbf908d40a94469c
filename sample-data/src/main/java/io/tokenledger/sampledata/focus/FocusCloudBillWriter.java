package io.tokenledger.sampledata.focus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenledger.sampledata.DemoFormats;
import io.tokenledger.sampledata.GeneratedFile;
import io.tokenledger.sampledata.cloud.CloudCharge;
import io.tokenledger.sampledata.cloud.CloudChargeSink;
import io.tokenledger.sampledata.cloud.CurWriter;
import io.tokenledger.sampledata.cloud.GcpBillingExportWriter;
import io.tokenledger.sampledata.company.Provider;
import io.tokenledger.sampledata.company.TokenBucket;
import io.tokenledger.sampledata.files.CsvFile;
import io.tokenledger.sampledata.files.Money;
import io.tokenledger.sampledata.files.MonthlyFiles;
import io.tokenledger.sampledata.files.Times;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cloud bill as FOCUS 1.2 Cost and Usage CSV, one file per cloud and billing period, as AWS
 * Data Exports' FOCUS export and Google Cloud's FOCUS view give them: the same {@link CloudCharge}s
 * as the CUR 2.0 file and the BigQuery export, so each cloud's charges exist twice on disk (the
 * demo workspace imports one rendering per cloud; sample-data/README.md says which). Token lines
 * carry the AI-draft SkuMeter and SkuPriceDetails (ModelDeveloper, ModelId, TokenDirection,
 * TokenCacheAction). A promotional credit stays on its line as the BigQuery export has it:
 * BilledCost is the gross cost, EffectiveCost the cost net of the credit.
 */
public final class FocusCloudBillWriter implements CloudChargeSink {

  /** The FOCUS 1.2 columns, then the providers' own columns seen in real exports. */
  static final List<String> COLUMNS = columns();

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, MonthlyFiles<CsvFile>> files = new LinkedHashMap<>();

  public FocusCloudBillWriter(Path outDir) {
    for (String cloud : List.of("aws", "gcp")) {
      Path dir = outDir.resolve("focus").resolve(cloud);
      files.put(
          cloud,
          new MonthlyFiles<>(
              DemoFormats.FOCUS_CSV,
              month -> dir.resolve("lumora-" + cloud + "-focus-1.2-" + month + ".csv"),
              path -> CsvFile.create(path, COLUMNS)));
    }
  }

  /** True for a file of the Google Cloud side (the one the demo workspace imports). */
  public static boolean isGoogleCloud(GeneratedFile file) {
    return file.format().equals(DemoFormats.FOCUS_CSV)
        && file.path().getParent().getFileName().toString().equals("gcp");
  }

  private static List<String> columns() {
    List<String> columns =
        new ArrayList<>(
            FocusCostGenerator.COLUMNS.subList(0, FocusCostGenerator.COLUMNS.indexOf("Tags") + 1));
    columns.addAll(List.of("x_ServiceCode", "x_UsageType", "x_Operation"));
    return List.copyOf(columns);
  }

  @Override
  public void charges(LocalDate day, List<CloudCharge> charges) throws IOException {
    YearMonth month = YearMonth.from(day);
    for (CloudCharge charge : charges) {
      MonthlyFiles<CsvFile> cloudFiles = files.get(charge.cloud());
      CsvFile csv = cloudFiles.of(day);
      Map<String, String> row = row(charge, month);
      for (String column : COLUMNS) {
        csv.text(row.get(column));
      }
      csv.endRow();
      cloudFiles.counted(1);
    }
  }

  private static Map<String, String> row(CloudCharge c, YearMonth month) {
    boolean aws = c.cloud().equals("aws");
    boolean tokens = c.bucket() != null;
    String provider = aws ? "AWS" : "Google Cloud";
    Map<String, String> row = new HashMap<>();
    row.put(
        "AvailabilityZone",
        c.usageType() != null && c.usageType().contains("BoxUsage:") ? "us-east-1a" : null);
    row.put("BilledCost", Money.plain(c.cost()));
    row.put(
        "BillingAccountId", aws ? CurWriter.PAYER_ACCOUNT : GcpBillingExportWriter.BILLING_ACCOUNT);
    row.put("BillingAccountName", CurWriter.PAYER_NAME);
    row.put("BillingAccountType", aws ? "Management Account" : "Billing Account");
    row.put("BillingCurrency", "USD");
    row.put("BillingPeriodStart", iso(month.atDay(1)));
    row.put("BillingPeriodEnd", iso(month.plusMonths(1).atDay(1)));
    row.put("ChargeCategory", "Usage");
    row.put("ChargeDescription", c.description());
    row.put("ChargeFrequency", "Usage-Based");
    row.put("ChargePeriodStart", Times.isoSecondsZ(c.usageStartMicros()));
    row.put("ChargePeriodEnd", Times.isoSecondsZ(c.usageEndMicros()));
    row.put("ConsumedQuantity", Money.plain(c.consumedQuantity()));
    row.put("ConsumedUnit", unit(c.consumedUnit()));
    row.put("ContractedCost", Money.plain(c.cost()));
    row.put("ContractedUnitPrice", Money.plain(c.unitPrice()));
    row.put("EffectiveCost", Money.plain(c.cost().add(c.credit())));
    row.put("InvoiceId", "LUMORA-" + c.cloud().toUpperCase(java.util.Locale.ROOT) + "-" + month);
    row.put("InvoiceIssuerName", provider);
    row.put("ListCost", Money.plain(c.cost()));
    row.put("ListUnitPrice", Money.plain(c.unitPrice()));
    row.put("PricingCategory", "Standard");
    row.put("PricingCurrency", "USD");
    row.put("PricingCurrencyContractedUnitPrice", Money.plain(c.unitPrice()));
    row.put("PricingCurrencyEffectiveCost", Money.plain(c.cost().add(c.credit())));
    row.put("PricingCurrencyListUnitPrice", Money.plain(c.unitPrice()));
    row.put("PricingQuantity", Money.plain(c.pricingQuantity()));
    row.put("PricingUnit", unit(c.pricingUnit()));
    row.put("ProviderName", provider);
    row.put("PublisherName", "AWS Marketplace".equals(c.billingEntity()) ? "Anthropic" : provider);
    row.put("RegionId", c.region());
    row.put("RegionName", regionName(c.region()));
    row.put("ResourceId", c.resourceId());
    row.put("ResourceName", c.resourceId());
    row.put("ResourceType", c.resourceId() == null ? null : resourceType(c));
    row.put("ServiceCategory", serviceCategory(c.serviceCode()));
    row.put("ServiceName", c.serviceName());
    row.put("ServiceSubcategory", serviceSubcategory(c.serviceCode()));
    row.put("SkuId", c.skuId());
    row.put("SkuMeter", tokens ? meter(c.bucket()) : aws ? c.usageType() : c.description());
    row.put("SkuPriceDetails", tokens ? priceDetails(c) : null);
    row.put("SkuPriceId", c.skuId() + "-ondemand");
    row.put("SubAccountId", c.accountId());
    row.put("SubAccountName", c.accountName());
    row.put("SubAccountType", aws ? "Account" : "Project");
    row.put("Tags", c.tags().isEmpty() ? null : json(c.tags()));
    row.put("x_ServiceCode", c.serviceCode());
    row.put("x_UsageType", c.usageType());
    row.put("x_Operation", c.operation());
    return row;
  }

  private static String iso(LocalDate day) {
    return Times.isoSecondsZ(day.atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1_000_000L);
  }

  /** FOCUS UnitFormat spellings of the vendors' units. */
  static String unit(String vendorUnit) {
    return switch (vendorUnit) {
      case "Tokens", "tokens" -> "Tokens";
      case "1K tokens" -> "1000 Tokens";
      case "1M tokens" -> "1000000 Tokens";
      case "Hrs", "hour" -> "Hours";
      case "GB-Mo" -> "GB-Months";
      case "gibibyte month" -> "GiB-Months";
      case "tebibyte" -> "TiB";
      default -> vendorUnit;
    };
  }

  private static String regionName(String region) {
    return switch (region) {
      case "us-east-1" -> "US East (N. Virginia)";
      case "us-central1" -> "Iowa";
      case "us" -> "United States";
      default -> region;
    };
  }

  private static String resourceType(CloudCharge c) {
    return switch (c.serviceCode()) {
      case "AmazonEC2" -> "Virtual Machine";
      case "AmazonRDS" -> "Database Instance";
      case "AmazonS3" -> "Bucket";
      case "AmazonBedrock" -> "Inference Profile";
      default -> null;
    };
  }

  private static String serviceCategory(String serviceCode) {
    return switch (serviceCode) {
      case "AmazonBedrock", "C7E2-9256-1C43" -> "AI and Machine Learning";
      case "AmazonEC2", "152E-C115-5142" -> "Compute";
      case "AmazonRDS" -> "Databases";
      case "AmazonS3", "95FF-2EF5-5EA1" -> "Storage";
      case "AWSDataTransfer" -> "Networking";
      case "24E6-581D-38E5" -> "Analytics";
      default -> "Other";
    };
  }

  private static String serviceSubcategory(String serviceCode) {
    return switch (serviceCode) {
      case "AmazonBedrock", "C7E2-9256-1C43" -> "Generative AI";
      case "AmazonEC2" -> "Virtual Machines";
      case "152E-C115-5142" -> "Serverless Compute";
      case "AmazonRDS" -> "Relational Databases";
      case "AmazonS3", "95FF-2EF5-5EA1" -> "Object Storage";
      case "AWSDataTransfer" -> "Network Connectivity";
      case "24E6-581D-38E5" -> "Data Processing";
      default -> "Other (Other)";
    };
  }

  /** The AI billing draft's meters (DOMAIN.md 3.3); thinking and the 1-hour write say so. */
  private static String meter(TokenBucket bucket) {
    return switch (bucket) {
      case IN_UNCACHED -> "Input Tokens";
      case IN_CACHE_READ -> "Cache Read Input Tokens";
      case IN_CACHE_WRITE_5M -> "Cache Write Input Tokens";
      case IN_CACHE_WRITE_1H -> "Cache Write Input Tokens (1 Hour)";
      case OUT_TEXT -> "Output Tokens";
      case OUT_REASONING -> "Thinking Output Tokens";
    };
  }

  private static String priceDetails(CloudCharge c) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("ModelDeveloper", c.model().provider() == Provider.VERTEX ? "Google" : "Anthropic");
    details.put("ModelId", c.model().id());
    boolean output = c.bucket() == TokenBucket.OUT_TEXT || c.bucket() == TokenBucket.OUT_REASONING;
    details.put("TokenDirection", output ? "Output" : "Input");
    if (!output) {
      details.put(
          "TokenCacheAction",
          switch (c.bucket()) {
            case IN_CACHE_READ -> "Read";
            case IN_CACHE_WRITE_5M, IN_CACHE_WRITE_1H -> "Write";
            default -> "Uncached";
          });
    }
    return json(details);
  }

  private static String json(Map<String, String> map) {
    try {
      return JSON.writeValueAsString(map);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<GeneratedFile> finish() throws IOException {
    List<GeneratedFile> generated = new ArrayList<>();
    for (MonthlyFiles<CsvFile> cloudFiles : files.values()) {
      generated.addAll(cloudFiles.finish());
    }
    return generated;
  }
}
