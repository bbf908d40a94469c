package io.tokenledger.sampledata.cloud;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenledger.sampledata.DemoFormats;
import io.tokenledger.sampledata.GeneratedFile;
import io.tokenledger.sampledata.company.Company;
import io.tokenledger.sampledata.company.Rng;
import io.tokenledger.sampledata.files.CsvFile;
import io.tokenledger.sampledata.files.Money;
import io.tokenledger.sampledata.files.MonthlyFiles;
import io.tokenledger.sampledata.files.Times;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The AWS side of the cloud bill as an AWS Data Exports CUR 2.0 export (daily granularity, with
 * resource ids), one CSV per billing period under {@code data/BILLING_PERIOD=YYYY-MM/} as S3 holds
 * it (decompressed). Map columns ({@code product}, {@code resource_tags}, ...) hold JSON objects;
 * Bedrock token lines carry their usage in the pricing unit ({@code 1K tokens} or {@code 1M
 * tokens}) and are billed by AWS Marketplace.
 */
public final class CurWriter implements CloudChargeSink {

  static final String EXPORT_NAME = "lumora-cur2";
  public static final String PAYER_ACCOUNT = "210987654321";
  public static final String PAYER_NAME = "Lumora Labs";

  static final List<String> HEADER =
      List.of(
          "bill_bill_type",
          "bill_billing_entity",
          "bill_billing_period_end_date",
          "bill_billing_period_start_date",
          "bill_invoice_id",
          "bill_invoicing_entity",
          "bill_payer_account_id",
          "bill_payer_account_name",
          "cost_category",
          "discount",
          "identity_line_item_id",
          "identity_time_interval",
          "line_item_availability_zone",
          "line_item_blended_cost",
          "line_item_blended_rate",
          "line_item_currency_code",
          "line_item_legal_entity",
          "line_item_line_item_description",
          "line_item_line_item_type",
          "line_item_net_unblended_cost",
          "line_item_net_unblended_rate",
          "line_item_normalization_factor",
          "line_item_normalized_usage_amount",
          "line_item_operation",
          "line_item_product_code",
          "line_item_resource_id",
          "line_item_tax_type",
          "line_item_unblended_cost",
          "line_item_unblended_rate",
          "line_item_usage_account_id",
          "line_item_usage_account_name",
          "line_item_usage_amount",
          "line_item_usage_end_date",
          "line_item_usage_start_date",
          "line_item_usage_type",
          "pricing_currency",
          "pricing_public_on_demand_cost",
          "pricing_public_on_demand_rate",
          "pricing_purchase_option",
          "pricing_rate_code",
          "pricing_term",
          "pricing_unit",
          "product",
          "product_fee_code",
          "product_from_location",
          "product_instance_family",
          "product_instance_type",
          "product_location",
          "product_location_type",
          "product_operation",
          "product_pricing_unit",
          "product_product_family",
          "product_product_name",
          "product_region_code",
          "product_servicecode",
          "product_sku",
          "product_usagetype",
          "resource_tags");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Company company;
  private final MonthlyFiles<CsvFile> files;
  private CsvFile csv;

  public CurWriter(Path outDir, Company company) {
    this.company = company;
    Path dir = outDir.resolve("aws").resolve("cur2").resolve(EXPORT_NAME).resolve("data");
    this.files =
        new MonthlyFiles<>(
            DemoFormats.AWS_CUR2,
            month -> dir.resolve("BILLING_PERIOD=" + month).resolve(EXPORT_NAME + "-00001.csv"),
            path -> CsvFile.create(path, HEADER));
  }

  @Override
  public void charges(LocalDate day, List<CloudCharge> charges) throws IOException {
    YearMonth current = YearMonth.from(day);
    csv = files.of(day);
    long periodStart = current.atDay(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1_000_000L;
    long periodEnd =
        current.plusMonths(1).atDay(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1_000_000L;
    for (CloudCharge charge : charges) {
      if (!charge.cloud().equals("aws")) {
        continue;
      }
      write(charge, current, periodStart, periodEnd);
    }
  }

  private void write(CloudCharge c, YearMonth period, long periodStart, long periodEnd)
      throws IOException {
    boolean marketplace = "AWS Marketplace".equals(c.billingEntity());
    String cost = Money.plain(c.cost());
    String rate = Money.plain(c.unitPrice());
    String start = Times.curTimestamp(c.usageStartMicros());
    String end = Times.curTimestamp(c.usageEndMicros());
    boolean instance = c.usageType().contains("BoxUsage:");
    String instanceType = instance ? c.usageType().substring(c.usageType().indexOf(':') + 1) : null;
    csv.raw("Anniversary")
        .text(c.billingEntity())
        .raw(Times.curTimestamp(periodEnd))
        .raw(Times.curTimestamp(periodStart))
        .raw(invoiceId(period, marketplace))
        .text("Amazon Web Services, Inc.")
        .raw(PAYER_ACCOUNT)
        .text(PAYER_NAME)
        .raw("{}")
        .raw("{}")
        .raw(lineItemId(c))
        .raw(start + "/" + end)
        .raw(instance ? "us-east-1a" : null)
        .raw(cost)
        .raw(rate)
        .raw("USD")
        .text(marketplace ? "Anthropic, PBC" : "Amazon Web Services, Inc.")
        .text(c.description())
        .raw("Usage")
        .raw(cost)
        .raw(rate)
        .raw(instance ? "8" : "0")
        .raw(instance ? Money.plain(c.consumedQuantity().multiply(BigDecimal.valueOf(8))) : "0")
        .text(c.operation())
        .raw(c.serviceCode())
        .text(c.resourceId())
        .empty()
        .raw(cost)
        .raw(rate)
        .raw(c.accountId())
        .text(c.accountName())
        .raw(Money.plain(c.pricingQuantity()))
        .raw(end)
        .raw(start)
        .text(c.usageType())
        .raw("USD")
        .raw(cost)
        .raw(rate)
        .raw("OnDemand")
        .raw(c.skuId() + "." + rateCode(c.usageType()))
        .raw("OnDemand")
        .text(c.pricingUnit())
        .text(json(productMap(c)))
        .empty()
        .text("External")
        .raw(instance ? "General purpose" : null)
        .raw(instanceType)
        .text("US East (N. Virginia)")
        .text("AWS Region")
        .text(c.operation())
        .text(c.pricingUnit())
        .text(c.productFamily())
        .text(c.productName())
        .raw(c.region())
        .raw(c.serviceCode())
        .raw(c.skuId())
        .text(c.usageType())
        .text(json(c.tags()));
    csv.endRow();
    files.counted(1);
  }

  private static Map<String, String> productMap(CloudCharge c) {
    Map<String, String> product = new LinkedHashMap<>();
    product.put("product_name", c.productName());
    product.put("region", c.region());
    product.put("servicename", c.serviceName());
    if (c.model() != null) {
      product.put("model", c.model().displayName().replace(" (Amazon Bedrock Edition)", ""));
      product.put("provider", "Anthropic");
    }
    return product;
  }

  private static String json(Map<String, String> map) {
    try {
      return JSON.writeValueAsString(map);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String invoiceId(YearMonth period, boolean marketplace) {
    return Long.toString(
        2_600_000_000L
            + Math.floorMod(
                Rng.of(
                        company.seed(),
                        Rng.key("invoice"),
                        period.getYear() * 12L + period.getMonthValue(),
                        marketplace ? 1 : 0)
                    .nextLong(),
                99_999_999L));
  }

  private static String rateCode(String usageType) {
    return Rng.of(0, Rng.key("rate" + usageType)).base62(10).toUpperCase(Locale.ROOT);
  }

  private String lineItemId(CloudCharge c) {
    return Rng.of(
            company.seed(),
            Rng.key(c.usageType()),
            Rng.key(String.valueOf(c.resourceId())),
            c.usageStartMicros())
        .base62(52)
        .toLowerCase(Locale.ROOT);
  }

  @Override
  public List<GeneratedFile> finish() throws IOException {
    return files.finish();
  }
}
