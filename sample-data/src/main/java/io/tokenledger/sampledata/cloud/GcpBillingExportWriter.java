package io.tokenledger.sampledata.cloud;

import com.fasterxml.jackson.core.JsonGenerator;
import io.tokenledger.sampledata.DemoFormats;
import io.tokenledger.sampledata.GeneratedFile;
import io.tokenledger.sampledata.company.Company;
import io.tokenledger.sampledata.company.Rng;
import io.tokenledger.sampledata.files.JsonFiles;
import io.tokenledger.sampledata.files.MonthlyFiles;
import io.tokenledger.sampledata.files.Times;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The Google Cloud side of the cloud bill as rows of the standard BigQuery billing export, one
 * newline-delimited JSON file per invoice month (what {@code bq extract --destination_format
 * NEWLINE_DELIMITED_JSON} writes): nested {@code service}, {@code sku}, {@code project}, {@code
 * usage}, repeated {@code labels} and {@code credits}, timestamps as {@code YYYY-MM-DD HH:MM:SS
 * UTC}, {@code invoice.month} as {@code YYYYMM}. Vertex AI Gemini lines carry the request labels.
 */
public final class GcpBillingExportWriter implements CloudChargeSink {

  public static final String BILLING_ACCOUNT = "01A2B3-C4D5E6-F7A8B9";
  static final String PROJECT_NUMBER = "481516234200";

  private final Company company;
  private final MonthlyFiles<JsonGenerator> files;
  private JsonGenerator json;

  public GcpBillingExportWriter(Path outDir, Company company) {
    this.company = company;
    Path dir = outDir.resolve("gcp");
    String table = "gcp_billing_export_v1_" + BILLING_ACCOUNT.replace('-', '_');
    this.files =
        new MonthlyFiles<>(
            DemoFormats.GCP_BILLING_EXPORT,
            month -> dir.resolve(table + "-" + month + ".jsonl"),
            JsonFiles::lines);
  }

  @Override
  public void charges(LocalDate day, List<CloudCharge> charges) throws IOException {
    YearMonth current = YearMonth.from(day);
    json = files.of(day);
    Rng rng = Rng.of(company.seed(), Rng.key("gcp-export-time"), day.toEpochDay());
    for (CloudCharge charge : charges) {
      if (charge.cloud().equals("gcp")) {
        write(charge, current, rng);
      }
    }
  }

  private void write(CloudCharge c, YearMonth invoiceMonth, Rng rng) throws IOException {
    json.writeStartObject();
    json.writeStringField("billing_account_id", BILLING_ACCOUNT);
    json.writeObjectFieldStart("service");
    json.writeStringField("id", c.serviceCode());
    json.writeStringField("description", c.serviceName());
    json.writeEndObject();
    json.writeObjectFieldStart("sku");
    json.writeStringField("id", c.skuId());
    json.writeStringField("description", c.description());
    json.writeEndObject();
    json.writeStringField("usage_start_time", Times.bigQuery(c.usageStartMicros()));
    json.writeStringField("usage_end_time", Times.bigQuery(c.usageEndMicros()));
    json.writeObjectFieldStart("project");
    json.writeStringField("id", c.accountId());
    json.writeStringField("number", PROJECT_NUMBER);
    json.writeStringField("name", c.accountName());
    json.writeArrayFieldStart("labels");
    json.writeStartObject();
    json.writeStringField("key", "cost-center");
    json.writeStringField("value", "ml-platform");
    json.writeEndObject();
    json.writeEndArray();
    json.writeStringField("ancestry_numbers", "/837261554110/" + PROJECT_NUMBER + "/");
    json.writeEndObject();
    json.writeArrayFieldStart("labels");
    for (Map.Entry<String, String> label : c.tags().entrySet()) {
      json.writeStartObject();
      json.writeStringField("key", label.getKey());
      json.writeStringField("value", label.getValue());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("system_labels");
    json.writeEndArray();
    json.writeObjectFieldStart("location");
    json.writeStringField("location", c.region());
    json.writeStringField("country", "US");
    json.writeStringField("region", c.region().equals("us") ? null : c.region());
    json.writeNullField("zone");
    json.writeEndObject();
    long exported = c.usageEndMicros() + rng.between(3_600_000_000L, 9 * 3_600_000_000L);
    json.writeStringField(
        "export_time",
        Times.bigQuery(exported)
            .replace(
                " UTC",
                "."
                    + String.format(
                        java.util.Locale.ROOT, "%06d", Math.floorMod(exported, 1_000_000L))
                    + " UTC"));
    json.writeFieldName("cost");
    json.writeNumber(c.cost().stripTrailingZeros());
    json.writeStringField("currency", "USD");
    json.writeNumberField("currency_conversion_rate", 1.0);
    json.writeObjectFieldStart("usage");
    json.writeFieldName("amount");
    json.writeNumber(c.consumedQuantity().stripTrailingZeros());
    json.writeStringField("unit", c.consumedUnit());
    json.writeFieldName("amount_in_pricing_units");
    json.writeNumber(c.pricingQuantity().stripTrailingZeros());
    json.writeStringField("pricing_unit", c.pricingUnit());
    json.writeEndObject();
    json.writeArrayFieldStart("credits");
    if (c.credit().signum() != 0) {
      json.writeStartObject();
      json.writeStringField("name", "Vertex AI Gemini promotional credit");
      json.writeFieldName("amount");
      json.writeNumber(c.credit().stripTrailingZeros());
      json.writeStringField("full_name", "Vertex AI Gemini promotional credit (launch offer)");
      json.writeStringField("id", "PROMO-" + BILLING_ACCOUNT + "-VTXGEM26");
      json.writeStringField("type", "PROMOTION");
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeObjectFieldStart("invoice");
    json.writeStringField(
        "month",
        String.format(
            java.util.Locale.ROOT,
            "%04d%02d",
            invoiceMonth.getYear(),
            invoiceMonth.getMonthValue()));
    json.writeStringField("publisher_type", "Google");
    json.writeEndObject();
    json.writeStringField("cost_type", "regular");
    json.writeNullField("adjustment_info");
    json.writeFieldName("cost_at_list");
    json.writeNumber(c.cost().stripTrailingZeros());
    json.writeStringField("transaction_type", "GOOGLE");
    json.writeNullField("seller_name");
    json.writeEndObject();
    JsonFiles.newLine(json);
    files.counted(1);
  }

  @Override
  public List<GeneratedFile> finish() throws IOException {
    return files.finish();
  }
}
