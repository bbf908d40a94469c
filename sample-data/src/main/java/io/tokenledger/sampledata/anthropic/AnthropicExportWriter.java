package io.tokenledger.sampledata.anthropic;

import com.fasterxml.jackson.core.JsonGenerator;
import io.tokenledger.sampledata.DemoFormats;
import io.tokenledger.sampledata.GeneratedFile;
import io.tokenledger.sampledata.company.Company;
import io.tokenledger.sampledata.company.Credential;
import io.tokenledger.sampledata.company.DaySink;
import io.tokenledger.sampledata.company.ModelSpec;
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
 * Anthropic's view of the company's direct Claude calls: the Admin API usage report and cost report
 * (1-day buckets, saved page by page) and the Console's usage and cost CSV downloads. Token buckets
 * are disjoint; the cost report's {@code amount} is cents as a decimal string, the Console cost CSV
 * is dollars; the Console shows display model names, key and workspace names and the {@code ≤ 200k}
 * context label; the Default workspace has a null id in the API.
 */
public final class AnthropicExportWriter implements DaySink {

  static final int PAGE_DAYS = 31;
  static final String CONTEXT_API = "0-200k";
  static final String CONTEXT_CONSOLE = "\u2264 200k";

  static final List<String> CONSOLE_USAGE_HEADER =
      List.of(
          "usage_date_utc",
          "model_version",
          "api_key",
          "workspace",
          "usage_type",
          "context_window",
          "usage_input_tokens_no_cache",
          "usage_input_tokens_cache_write_5m",
          "usage_input_tokens_cache_write_1h",
          "usage_input_tokens_cache_read",
          "usage_output_tokens",
          "web_search_count",
          "inference_geo",
          "speed");

  static final List<String> CONSOLE_COST_HEADER =
      List.of(
          "usage_date_utc",
          "model",
          "workspace",
          "api_key",
          "usage_type",
          "context_window",
          "token_type",
          "cost_usd",
          "list_price_usd",
          "cost_type",
          "inference_geo",
          "speed",
          "api_key_id",
          "api_key_status");

  /** A billed token type: its cost report name, Console name, report description suffix. */
  private enum TokenType {
    UNCACHED(TokenBucket.IN_UNCACHED, "uncached_input_tokens", "input_no_cache", "Input Tokens"),
    CACHE_READ(
        TokenBucket.IN_CACHE_READ,
        "cache_read_input_tokens",
        "input_cache_read",
        "Cache Read Input Tokens"),
    CACHE_WRITE_5M(
        TokenBucket.IN_CACHE_WRITE_5M,
        "cache_creation.ephemeral_5m_input_tokens",
        "input_cache_write_5m",
        "5m Cache Write Input Tokens"),
    CACHE_WRITE_1H(
        TokenBucket.IN_CACHE_WRITE_1H,
        "cache_creation.ephemeral_1h_input_tokens",
        "input_cache_write_1h",
        "1h Cache Write Input Tokens"),
    OUTPUT(null, "output_tokens", "output", "Output Tokens");

    final TokenBucket bucket;
    final String reportName;
    final String consoleName;
    final String description;

    TokenType(TokenBucket bucket, String reportName, String consoleName, String description) {
      this.bucket = bucket;
      this.reportName = reportName;
      this.consoleName = consoleName;
      this.description = description;
    }

    long tokens(TokenTotals totals) {
      return bucket == null ? totals.output() : totals.get(bucket);
    }

    BigDecimal price(ModelSpec model) {
      return model.prices().of(bucket == null ? TokenBucket.OUT_TEXT : bucket);
    }
  }

  private record Key(Credential credential, ModelSpec model) {}

  private record Bucket(long start, Map<Key, TokenTotals> usage) {}

  private record CostLine(String workspace, ModelSpec model, TokenType type, BigDecimal amount) {}

  private static final Comparator<Key> ORDER =
      Comparator.comparing((Key k) -> k.credential.projectName())
          .thenComparing(k -> k.credential.keyId())
          .thenComparing(k -> k.model.id());

  private final Company company;
  private final Path dir;
  private final CsvFile usageCsv;
  private final CsvFile costCsv;
  private final List<Bucket> page = new ArrayList<>();
  private final List<GeneratedFile> files = new ArrayList<>();
  private int pageNumber;

  public AnthropicExportWriter(Path outDir, Company company) throws IOException {
    this.company = company;
    this.dir = outDir.resolve("anthropic");
    String range = company.start() + "_" + company.end().minusDays(1);
    this.usageCsv =
        CsvFile.create(dir.resolve("console_usage_" + range + ".csv"), CONSOLE_USAGE_HEADER);
    this.costCsv =
        CsvFile.create(dir.resolve("console_cost_" + range + ".csv"), CONSOLE_COST_HEADER);
  }

  @Override
  public void day(LocalDate day, List<Task> tasks) throws IOException {
    Map<Key, TokenTotals> usage =
        TokenTotals.byKey(
            tasks, Provider.ANTHROPIC, call -> new Key(call.credential(), call.model()), ORDER);
    long start = day.atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1_000_000L;
    Bucket bucket = new Bucket(start, usage);
    writeConsoleRows(day, bucket);
    page.add(bucket);
    boolean lastDay = day.plusDays(1).equals(company.end());
    if (page.size() == PAGE_DAYS || lastDay) {
      writePages(lastDay);
    }
  }

  private void writeConsoleRows(LocalDate day, Bucket bucket) throws IOException {
    String date = day.toString();
    for (Map.Entry<Key, TokenTotals> entry : bucket.usage.entrySet()) {
      Key key = entry.getKey();
      TokenTotals t = entry.getValue();
      usageCsv
          .raw(date)
          .text(key.model.displayName())
          .text(key.credential.keyName())
          .text(key.credential.projectName())
          .raw("standard")
          .text(CONTEXT_CONSOLE)
          .number(t.get(TokenBucket.IN_UNCACHED))
          .number(t.get(TokenBucket.IN_CACHE_WRITE_5M))
          .number(t.get(TokenBucket.IN_CACHE_WRITE_1H))
          .number(t.get(TokenBucket.IN_CACHE_READ))
          .number(t.output())
          .number(0)
          .raw("global")
          .raw("standard");
      usageCsv.endRow();
    }
    for (Map.Entry<Key, TokenTotals> entry : bucket.usage.entrySet()) {
      Key key = entry.getKey();
      for (TokenType type : TokenType.values()) {
        long tokens = type.tokens(entry.getValue());
        if (tokens == 0) {
          continue;
        }
        String cost = Money.plain(type.price(key.model).multiply(BigDecimal.valueOf(tokens)));
        costCsv
            .raw(date)
            .text(key.model.displayName())
            .text(key.credential.projectName())
            .text(key.credential.keyName())
            .raw("standard")
            .text(CONTEXT_CONSOLE)
            .raw(type.consoleName)
            .raw(cost)
            .raw(cost)
            .raw("tokens")
            .raw("global")
            .raw("standard")
            .raw(key.credential.keyId())
            .raw("active");
        costCsv.endRow();
      }
    }
  }

  private void writePages(boolean last) throws IOException {
    pageNumber++;
    String range =
        Times.date(page.get(0).start) + "_" + Times.date(page.get(page.size() - 1).start);
    String cursor =
        last
            ? null
            : "page_" + Rng.of(company.seed(), Rng.key("anthropic-page"), pageNumber).base62(32);
    Path usagePath = dir.resolve("usage_report_messages_" + range + ".json");
    long usageResults = 0;
    try (JsonGenerator json = JsonFiles.pretty(usagePath)) {
      json.writeStartObject();
      json.writeArrayFieldStart("data");
      for (Bucket bucket : page) {
        startBucket(json, bucket);
        for (Map.Entry<Key, TokenTotals> entry : bucket.usage.entrySet()) {
          writeUsage(json, entry.getKey(), entry.getValue());
          usageResults++;
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      endPage(json, last, cursor);
    }
    files.add(new GeneratedFile(usagePath, DemoFormats.ANTHROPIC_USAGE_REPORT, usageResults));
    Path costPath = dir.resolve("cost_report_" + range + ".json");
    long costResults = 0;
    try (JsonGenerator json = JsonFiles.pretty(costPath)) {
      json.writeStartObject();
      json.writeArrayFieldStart("data");
      for (Bucket bucket : page) {
        startBucket(json, bucket);
        costResults += writeCosts(json, bucket);
        json.writeEndArray();
        json.writeEndObject();
      }
      endPage(json, last, cursor);
    }
    files.add(new GeneratedFile(costPath, DemoFormats.ANTHROPIC_COST_REPORT, costResults));
    page.clear();
  }

  private static void startBucket(JsonGenerator json, Bucket bucket) throws IOException {
    json.writeStartObject();
    json.writeStringField("starting_at", Times.isoSecondsZ(bucket.start));
    json.writeStringField("ending_at", Times.isoSecondsZ(bucket.start + 86_400_000_000L));
    json.writeArrayFieldStart("results");
  }

  private static void endPage(JsonGenerator json, boolean last, String cursor) throws IOException {
    json.writeEndArray();
    json.writeBooleanField("has_more", !last);
    json.writeStringField("next_page", cursor);
    json.writeEndObject();
  }

  private static void writeUsage(JsonGenerator json, Key key, TokenTotals t) throws IOException {
    json.writeStartObject();
    json.writeNumberField("uncached_input_tokens", t.get(TokenBucket.IN_UNCACHED));
    json.writeObjectFieldStart("cache_creation");
    json.writeNumberField("ephemeral_1h_input_tokens", t.get(TokenBucket.IN_CACHE_WRITE_1H));
    json.writeNumberField("ephemeral_5m_input_tokens", t.get(TokenBucket.IN_CACHE_WRITE_5M));
    json.writeEndObject();
    json.writeNumberField("cache_read_input_tokens", t.get(TokenBucket.IN_CACHE_READ));
    json.writeNumberField("output_tokens", t.output());
    json.writeObjectFieldStart("server_tool_use");
    json.writeNumberField("web_search_requests", 0);
    json.writeEndObject();
    json.writeStringField("api_key_id", key.credential.keyId());
    json.writeStringField("workspace_id", key.credential.projectId());
    json.writeStringField("model", key.model.id());
    json.writeStringField("service_tier", "standard");
    json.writeStringField("context_window", CONTEXT_API);
    json.writeNullField("inference_geo");
    json.writeEndObject();
  }

  /** Cost results of a bucket, grouped by workspace and description (model x token type). */
  private static long writeCosts(JsonGenerator json, Bucket bucket) throws IOException {
    Map<String, CostLine> lines = new TreeMap<>();
    for (Map.Entry<Key, TokenTotals> entry : bucket.usage.entrySet()) {
      Key key = entry.getKey();
      for (TokenType type : TokenType.values()) {
        long tokens = type.tokens(entry.getValue());
        if (tokens == 0) {
          continue;
        }
        BigDecimal amount = type.price(key.model).multiply(BigDecimal.valueOf(tokens));
        String workspace = key.credential.projectId();
        String sortKey =
            (workspace == null ? "" : workspace)
                + '\u0001'
                + key.model.id()
                + '\u0001'
                + type.ordinal();
        CostLine old = lines.get(sortKey);
        lines.put(
            sortKey,
            new CostLine(
                workspace, key.model, type, old == null ? amount : old.amount.add(amount)));
      }
    }
    for (CostLine line : lines.values()) {
      json.writeStartObject();
      json.writeStringField("currency", "USD");
      json.writeStringField("amount", Money.plain(Money.cents(line.amount)));
      json.writeStringField("workspace_id", line.workspace);
      json.writeStringField(
          "description", line.model.displayName() + " Usage - " + line.type.description);
      json.writeStringField("cost_type", "tokens");
      json.writeStringField("context_window", CONTEXT_API);
      json.writeStringField("model", line.model.id());
      json.writeStringField("service_tier", "standard");
      json.writeStringField("token_type", line.type.reportName);
      json.writeNullField("inference_geo");
      json.writeEndObject();
    }
    return lines.size();
  }

  @Override
  public List<GeneratedFile> finish() throws IOException {
    usageCsv.close();
    costCsv.close();
    List<GeneratedFile> all = new ArrayList<>(files);
    all.add(
        new GeneratedFile(
            usageCsv.path(), DemoFormats.ANTHROPIC_CONSOLE_USAGE_CSV, usageCsv.rows()));
    all.add(
        new GeneratedFile(costCsv.path(), DemoFormats.ANTHROPIC_CONSOLE_COST_CSV, costCsv.rows()));
    return all;
  }
}
