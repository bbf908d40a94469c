package io.tokenledger.sampledata.openai;

import com.fasterxml.jackson.core.JsonGenerator;
import io.tokenledger.sampledata.DemoFormats;
import io.tokenledger.sampledata.GeneratedFile;
import io.tokenledger.sampledata.company.Company;
import io.tokenledger.sampledata.company.DaySink;
import io.tokenledger.sampledata.company.ModelSpec;
import io.tokenledger.sampledata.company.Models;
import io.tokenledger.sampledata.company.Provider;
import io.tokenledger.sampledata.company.Rng;
import io.tokenledger.sampledata.company.Task;
import io.tokenledger.sampledata.company.TokenBucket;
import io.tokenledger.sampledata.company.TokenTotals;
import io.tokenledger.sampledata.files.CsvFile;
import io.tokenledger.sampledata.files.JsonFiles;
import io.tokenledger.sampledata.files.Money;
import io.tokenledger.sampledata.files.Times;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * OpenAI's view of the company's OpenAI calls, as an analyst downloads it: the Usage API
 * (completions) and Costs API responses, saved page by page ({@code bucket_width=1d}, {@code
 * limit=31}), and the dashboard's CSV exports of the whole period. Usage is grouped by project, API
 * key, model, batch and service tier; costs by project and line item. Times are Unix seconds,
 * {@code input_tokens} includes the cached tokens, {@code output_tokens} includes reasoning, and
 * costs are dollars (one page sends them as strings, as the API sometimes does).
 */
public final class OpenAiExportWriter implements DaySink {

  static final int PAGE_DAYS = 31;
  static final String ORGANIZATION_NAME = "Lumora Labs";

  static final List<String> USAGE_CSV_HEADER =
      List.of(
          "start_time",
          "end_time",
          "start_time_iso",
          "end_time_iso",
          "input_tokens",
          "input_cached_tokens",
          "input_cache_write_tokens",
          "input_uncached_tokens",
          "output_tokens",
          "input_text_tokens",
          "output_text_tokens",
          "input_cached_text_tokens",
          "input_audio_tokens",
          "input_cached_audio_tokens",
          "output_audio_tokens",
          "input_image_tokens",
          "input_cached_image_tokens",
          "output_image_tokens",
          "num_model_requests",
          "project_id",
          "user_id",
          "api_key_id",
          "model",
          "batch",
          "service_tier");

  static final List<String> COST_CSV_HEADER =
      List.of(
          "start_time",
          "end_time",
          "start_time_iso",
          "end_time_iso",
          "amount_value",
          "amount_currency",
          "line_item",
          "project_id",
          "organization_id",
          "organization_name");

  /** The page whose costs arrive as JSON strings instead of numbers. */
  static final int STRING_AMOUNT_PAGE = 4;

  private record UsageKey(String project, String apiKey, String model) {}

  private record UsageLine(UsageKey key, TokenTotals totals) {}

  private record CostLine(String project, String lineItem, long quantity, BigDecimal amount) {}

  private record Bucket(long start, long end, List<UsageLine> usage, List<CostLine> costs) {}

  private final Company company;
  private final Path dir;
  private final CsvFile usageCsv;
  private final CsvFile costCsv;
  private final List<Bucket> page = new ArrayList<>();
  private final List<GeneratedFile> files = new ArrayList<>();
  private int pageNumber;

  public OpenAiExportWriter(Path outDir, Company company) throws IOException {
    this.company = company;
    this.dir = outDir.resolve("openai");
    String range = company.start() + "_" + company.end().minusDays(1);
    this.usageCsv =
        CsvFile.create(dir.resolve("completions_usage_" + range + ".csv"), USAGE_CSV_HEADER);
    this.costCsv = CsvFile.create(dir.resolve("cost_" + range + ".csv"), COST_CSV_HEADER);
  }

  @Override
  public void day(LocalDate day, List<Task> tasks) throws IOException {
    Map<UsageKey, TokenTotals> usage =
        TokenTotals.byKey(
            tasks,
            Provider.OPENAI,
            call ->
                new UsageKey(
                    call.credential().projectId(), call.credential().keyId(), call.model().id()),
            Comparator.comparing(UsageKey::project)
                .thenComparing(UsageKey::apiKey)
                .thenComparing(UsageKey::model));
    List<UsageLine> usageLines = new ArrayList<>();
    Map<String, CostLine> costs = new TreeMap<>();
    for (Map.Entry<UsageKey, TokenTotals> entry : usage.entrySet()) {
      usageLines.add(new UsageLine(entry.getKey(), entry.getValue()));
      ModelSpec model = Models.byId(entry.getKey().model());
      TokenTotals totals = entry.getValue();
      addCost(
          costs,
          entry.getKey().project(),
          model.id() + ", input",
          totals.get(TokenBucket.IN_UNCACHED),
          model.prices().of(TokenBucket.IN_UNCACHED));
      addCost(
          costs,
          entry.getKey().project(),
          model.id() + ", cached input",
          totals.get(TokenBucket.IN_CACHE_READ),
          model.prices().of(TokenBucket.IN_CACHE_READ));
      addCost(
          costs,
          entry.getKey().project(),
          model.id() + ", output",
          totals.output(),
          model.prices().of(TokenBucket.OUT_TEXT));
    }
    long start = day.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    Bucket bucket = new Bucket(start, start + 86_400, usageLines, List.copyOf(costs.values()));
    writeCsvRows(bucket);
    page.add(bucket);
    boolean lastDay = day.plusDays(1).equals(company.end());
    if (page.size() == PAGE_DAYS || lastDay) {
      writePages(lastDay);
    }
  }

  private static void addCost(
      Map<String, CostLine> costs, String project, String lineItem, long tokens, BigDecimal price) {
    if (tokens == 0) {
      return;
    }
    String key = project + '\u0001' + lineItem;
    BigDecimal amount = price.multiply(BigDecimal.valueOf(tokens));
    CostLine old = costs.get(key);
    costs.put(
        key,
        old == null
            ? new CostLine(project, lineItem, tokens, amount)
            : new CostLine(project, lineItem, old.quantity + tokens, old.amount.add(amount)));
  }

  private void writeCsvRows(Bucket bucket) throws IOException {
    String startIso = Times.isoOffset(bucket.start * 1_000_000L);
    String endIso = Times.isoOffset(bucket.end * 1_000_000L);
    for (UsageLine line : bucket.usage) {
      TokenTotals t = line.totals;
      usageCsv.number(bucket.start).number(bucket.end).raw(startIso).raw(endIso);
      usageCsv
          .raw(decimal(t.input()))
          .raw(decimal(t.get(TokenBucket.IN_CACHE_READ)))
          .raw(decimal(0))
          .raw(decimal(t.get(TokenBucket.IN_UNCACHED)))
          .raw(decimal(t.output()))
          .raw(decimal(t.get(TokenBucket.IN_UNCACHED)))
          .raw(decimal(t.output()))
          .raw(decimal(t.get(TokenBucket.IN_CACHE_READ)))
          .raw(decimal(0))
          .raw(decimal(0))
          .raw(decimal(0))
          .raw(decimal(0))
          .raw(decimal(0))
          .raw(decimal(0))
          .raw(decimal(t.requests()));
      usageCsv
          .raw(line.key.project)
          .empty()
          .raw(line.key.apiKey)
          .raw(line.key.model)
          .raw("False")
          .raw("default");
      usageCsv.endRow();
    }
    for (CostLine cost : bucket.costs) {
      costCsv.number(bucket.start).number(bucket.end).raw(startIso).raw(endIso);
      costCsv
          .raw(Money.plain(cost.amount))
          .raw("usd")
          .text(cost.lineItem)
          .raw(cost.project)
          .raw(company.openAiOrgId())
          .text(ORGANIZATION_NAME);
      costCsv.endRow();
    }
  }

  /** The dashboard writes counts as floats. */
  private static String decimal(long value) {
    return value + ".0";
  }

  private void writePages(boolean last) throws IOException {
    pageNumber++;
    String range =
        Times.date(page.get(0).start * 1_000_000L)
            + "_"
            + Times.date((page.get(page.size() - 1).end - 86_400) * 1_000_000L);
    String cursor =
        last
            ? null
            : "page_" + Rng.of(company.seed(), Rng.key("openai-page"), pageNumber).base62(28);
    Path usagePath = dir.resolve("usage_completions_" + range + ".json");
    try (JsonGenerator json = JsonFiles.pretty(usagePath)) {
      json.writeStartObject();
      json.writeStringField("object", "page");
      json.writeArrayFieldStart("data");
      long results = 0;
      for (Bucket bucket : page) {
        startBucket(json, bucket);
        for (UsageLine line : bucket.usage) {
          writeUsageResult(json, line);
          results++;
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeBooleanField("has_more", !last);
      json.writeStringField("next_page", cursor);
      json.writeEndObject();
      files.add(new GeneratedFile(usagePath, DemoFormats.OPENAI_USAGE_API, results));
    }
    Path costPath = dir.resolve("costs_" + range + ".json");
    boolean strings = pageNumber == STRING_AMOUNT_PAGE;
    try (JsonGenerator json = JsonFiles.pretty(costPath)) {
      json.writeStartObject();
      json.writeStringField("object", "page");
      json.writeArrayFieldStart("data");
      long results = 0;
      for (Bucket bucket : page) {
        startBucket(json, bucket);
        for (CostLine cost : bucket.costs) {
          json.writeStartObject();
          json.writeStringField("object", "organization.costs.result");
          json.writeObjectFieldStart("amount");
          if (strings) {
            json.writeStringField("value", Money.plain(cost.amount));
          } else {
            json.writeFieldName("value");
            json.writeNumber(cost.amount.stripTrailingZeros());
          }
          json.writeStringField("currency", "usd");
          json.writeEndObject();
          json.writeStringField("line_item", cost.lineItem);
          json.writeStringField("project_id", cost.project);
          json.writeNullField("api_key_id");
          json.writeNumberField("quantity", cost.quantity);
          json.writeStringField("quantity_unit", "tokens");
          json.writeEndObject();
          results++;
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeBooleanField("has_more", !last);
      json.writeStringField("next_page", cursor);
      json.writeEndObject();
      files.add(new GeneratedFile(costPath, DemoFormats.OPENAI_COSTS_API, results));
    }
    page.clear();
  }

  private static void startBucket(JsonGenerator json, Bucket bucket) throws IOException {
    json.writeStartObject();
    json.writeStringField("object", "bucket");
    json.writeNumberField("start_time", bucket.start);
    json.writeNumberField("end_time", bucket.end);
    json.writeArrayFieldStart("results");
  }

  private static void writeUsageResult(JsonGenerator json, UsageLine line) throws IOException {
    TokenTotals t = line.totals;
    json.writeStartObject();
    json.writeStringField("object", "organization.usage.completions.result");
    json.writeNumberField("input_tokens", t.input());
    json.writeNumberField("input_cached_tokens", t.get(TokenBucket.IN_CACHE_READ));
    json.writeNumberField("input_cache_write_tokens", 0);
    json.writeNumberField("input_uncached_tokens", t.get(TokenBucket.IN_UNCACHED));
    json.writeNumberField("output_tokens", t.output());
    json.writeNumberField("input_text_tokens", t.get(TokenBucket.IN_UNCACHED));
    json.writeNumberField("output_text_tokens", t.output());
    json.writeNumberField("input_cached_text_tokens", t.get(TokenBucket.IN_CACHE_READ));
    json.writeNumberField("input_audio_tokens", 0);
    json.writeNumberField("input_cached_audio_tokens", 0);
    json.writeNumberField("output_audio_tokens", 0);
    json.writeNumberField("input_image_tokens", 0);
    json.writeNumberField("input_cached_image_tokens", 0);
    json.writeNumberField("output_image_tokens", 0);
    json.writeNumberField("num_model_requests", t.requests());
    json.writeStringField("project_id", line.key.project);
    json.writeNullField("user_id");
    json.writeStringField("api_key_id", line.key.apiKey);
    json.writeStringField("model", line.key.model);
    json.writeBooleanField("batch", false);
    json.writeStringField("service_tier", "default");
    json.writeEndObject();
  }

  @Override
  public List<GeneratedFile> finish() throws IOException {
    usageCsv.close();
    costCsv.close();
    List<GeneratedFile> all = new ArrayList<>(files);
    all.add(new GeneratedFile(usageCsv.path(), DemoFormats.OPENAI_USAGE_CSV, usageCsv.rows()));
    all.add(new GeneratedFile(costCsv.path(), DemoFormats.OPENAI_COSTS_CSV, costCsv.rows()));
    return all;
  }
}
