package io.tokenledger.importers.focus;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.importers.ImportOptions;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImportStatus;
import io.tokenledger.importers.RejectedRow;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ways real FOCUS files stray from the specification, each read or rejected as it should be.
 */
class FocusMessyFilesTest {

  @TempDir Path dir;
  private Workspace workspace;

  @BeforeEach
  void open() {
    workspace = new DuckDbWorkspaceStore("test").inMemory();
  }

  @AfterEach
  void close() {
    workspace.close();
  }

  private ImportReport imported(FocusCsvWriter file) throws Exception {
    ImportReport report =
        FocusTestSupport.importFile(workspace, file.write(dir.resolve("focus.csv")));
    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    return report;
  }

  private List<Map<String, Object>> rows(String sql) throws Exception {
    return FocusTestSupport.query(workspace, sql + " FROM cost_lines ORDER BY source_line");
  }

  @Test
  void literalNullTextIsReadAsAnEmptyValue() throws Exception {
    imported(
        new FocusCsvWriter()
            .column("ResourceId", "r-1")
            .row("ResourceId", "NULL", "ChargeClass", "null")
            .row("ResourceId", "null", "EffectiveCost", "NULL")
            .row());
    assertThat(rows("SELECT ResourceId, ChargeClass, EffectiveCost"))
        .extracting(
            r -> r.get("ResourceId"), r -> r.get("ChargeClass"), r -> r.get("EffectiveCost"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(null, null, new BigDecimal("1.0000000000")),
            org.assertj.core.groups.Tuple.tuple(null, null, null),
            org.assertj.core.groups.Tuple.tuple("r-1", null, new BigDecimal("1.0000000000")));
  }

  @Test
  void timestampsWithOrWithoutTAndZAreReadAsUtc() throws Exception {
    imported(
        new FocusCsvWriter()
            .row("ChargePeriodStart", "2025-01-01T05:00:00Z")
            .row("ChargePeriodStart", "2025-01-01 05:00:00")
            .row("ChargePeriodStart", "2025-01-01T07:00:00+02:00")
            .row("ChargePeriodStart", "2025-01-01T05:00:00.000Z")
            .row("ChargePeriodStart", "2025-01-01"));
    long five = Instant.parse("2025-01-01T05:00:00Z").getEpochSecond();
    long midnight = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
    assertThat(rows("SELECT CAST(epoch(ChargePeriodStart) AS BIGINT) AS s"))
        .extracting(r -> r.get("s"))
        .containsExactly(five, five, five, five, midnight);
  }

  @Test
  void anImpossibleTimestampRejectsTheFileNamingLineAndColumn() throws Exception {
    Path file =
        new FocusCsvWriter()
            .row()
            .row("ChargePeriodEnd", "2023-02-01T30:00:00Z")
            .row()
            .write(dir.resolve("scenario.csv"));
    ImportReport report = FocusTestSupport.importFile(workspace, file);
    assertThat(report.status()).isEqualTo(ImportStatus.REJECTED);
    assertThat(report.rejects()).hasSize(1);
    RejectedRow reject = report.rejects().get(0);
    assertThat(reject.file()).isEqualTo("scenario.csv");
    assertThat(reject.line()).isEqualTo(3);
    assertThat(reject.column()).isEqualTo("ChargePeriodEnd");
    assertThat(reject.reason()).contains("2023-02-01T30:00:00Z");
    assertThat(FocusTestSupport.single(workspace, "SELECT count(*) FROM cost_lines")).isEqualTo(0L);
  }

  @Test
  void anAmountBeyondTheColumnsRangeIsRejectedAsOutOfRangeNamingLineAndColumn() throws Exception {
    Path file =
        new FocusCsvWriter()
            .row()
            .row()
            .row("ListCost", "1" + "0".repeat(28) + ".5")
            .write(dir.resolve("huge.csv"));
    ImportReport report = FocusTestSupport.importFile(workspace, file);
    assertThat(report.status()).isEqualTo(ImportStatus.REJECTED);
    assertThat(report.rejects())
        .extracting(RejectedRow::file, RejectedRow::line, RejectedRow::column)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("huge.csv", 4L, "ListCost"));
    assertThat(report.rejects().get(0).reason())
        .contains("out of range")
        .contains("28 digits before the decimal point");
  }

  @Test
  void skippingBadRowsImportsTheOthersWithTheirOwnLines() throws Exception {
    Path file =
        new FocusCsvWriter()
            .row("BilledCost", "1")
            .row("BilledCost", "two dollars")
            .row("BilledCost", "3")
            .write(dir.resolve("focus.csv"));
    ImportReport report =
        FocusTestSupport.importFile(workspace, file, new ImportOptions(null, false, true));
    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(report.rowsImported()).isEqualTo(2);
    assertThat(report.rejects())
        .extracting(RejectedRow::line, RejectedRow::column)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "BilledCost"));
    assertThat(rows("SELECT source_line, BilledCost"))
        .extracting(r -> r.get("source_line"), r -> ((BigDecimal) r.get("BilledCost")).intValue())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, 1), org.assertj.core.groups.Tuple.tuple(4L, 3));
  }

  @Test
  void aBomCrlfLineEndsAndNoFinalNewlineAreRead() throws Exception {
    imported(
        new FocusCsvWriter()
            .bom()
            .crlf()
            .noFinalNewline()
            .row("BilledCost", "1.25")
            .row("BilledCost", "2.50")
            .row("BilledCost", "3.75"));
    assertThat(
            (BigDecimal)
                FocusTestSupport.single(workspace, "SELECT sum(BilledCost) FROM cost_lines"))
        .isEqualByComparingTo("7.50");
  }

  @Test
  void usDatesFromSpreadsheetsAreMonthDayYear() throws Exception {
    imported(
        new FocusCsvWriter()
            .row(
                "BillingPeriodStart", "5/1/25",
                "BillingPeriodEnd", "6/1/25",
                "ChargePeriodStart", "5/14/2025",
                "ChargePeriodEnd", "4/1/26"));
    Map<String, Object> row =
        rows("SELECT strftime(timezone('UTC', BillingPeriodStart), '%Y-%m-%d') AS bs,"
                + " strftime(timezone('UTC', BillingPeriodEnd), '%Y-%m-%d') AS be,"
                + " strftime(timezone('UTC', ChargePeriodStart), '%Y-%m-%d') AS cs,"
                + " strftime(timezone('UTC', ChargePeriodEnd), '%Y-%m-%d') AS ce")
            .get(0);
    assertThat(row)
        .containsEntry("bs", "2025-05-01")
        .containsEntry("be", "2025-06-01")
        .containsEntry("cs", "2025-05-14")
        .containsEntry("ce", "2026-04-01");
  }

  @Test
  void spreadsheetMoneyIsReadAsNumbersAndKeptAsWritten() throws Exception {
    imported(
        new FocusCsvWriter()
            .row("BilledCost", "$10,100.00 ", "ListCost", "$20.00 ")
            .row("BilledCost", "(5.00)", "ListCost", "1e-3"));
    assertThat(rows("SELECT BilledCost, ListCost, source_amount"))
        .extracting(r -> r.get("BilledCost"), r -> r.get("ListCost"), r -> r.get("source_amount"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                new BigDecimal("10100.0000000000"), new BigDecimal("20.0000000000"), "$10,100.00 "),
            org.assertj.core.groups.Tuple.tuple(
                new BigDecimal("-5.0000000000"), new BigDecimal("0.0010000000"), "(5.00)"));
  }

  @Test
  void aHeaderInTheWrongCaseIsMatchedAndReported() throws Exception {
    ImportReport report =
        imported(new FocusCsvWriter().column("SkuPriceid", "VM_SMALL_ONDEMAND").row());
    assertThat(rows("SELECT SkuPriceId"))
        .extracting(r -> r.get("SkuPriceId"))
        .containsExactly("VM_SMALL_ONDEMAND");
    assertThat(report.warnings()).contains("header 'SkuPriceid' read as SkuPriceId");
  }

  @Test
  void providerAndOtherExtraColumnsAreKeptQueryableAndReported() throws Exception {
    ImportReport report =
        imported(
            new FocusCsvWriter()
                .column("x_UsageType", "USE1-BoxUsage")
                .column("PrincipalId", "person1@example.com")
                .row());
    Map<String, Object> row =
        rows("SELECT json_extract_string(extra, '$.x_UsageType') AS usage_type,"
                + " json_extract_string(extra, '$.PrincipalId') AS principal")
            .get(0);
    assertThat(row)
        .containsEntry("usage_type", "USE1-BoxUsage")
        .containsEntry("principal", "person1@example.com");
    assertThat(report.warnings())
        .contains("provider columns kept as extra data: x_UsageType")
        .contains(
            "columns that are not FOCUS and lack the x_ prefix, kept as extra data: PrincipalId");
  }

  @Test
  void tagsAreJsonWithQueryableKeys() throws Exception {
    imported(
        new FocusCsvWriter()
            .column("Tags", "{\"team\":\"search\",\"env\":\"prod\"}")
            .row()
            .row("Tags", "\"team\": \"data\", \"env\": \"staging\""));
    assertThat(rows("SELECT Tags->>'team' AS team, Tags->>'env' AS env"))
        .extracting(r -> r.get("team"), r -> r.get("env"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("search", "prod"),
            org.assertj.core.groups.Tuple.tuple("data", "staging"));
  }

  @Test
  void azureUnitsWithAPricingBlockSizeCountTokensFromTheMeter() throws Exception {
    ImportReport report =
        imported(
            new FocusCsvWriter()
                .column("ProviderName", "Microsoft")
                .column("InvoiceIssuerName", "Microsoft")
                .column("ConsumedQuantity", "")
                .column("ConsumedUnit", "Units")
                .column("PricingUnit", "Units")
                .column("SkuMeter", "")
                .column("x_PricingBlockSize", "1000")
                .row(
                    "SkuMeter", "gpt 4o 1120 cached Inp glbl Tokens",
                    "ConsumedQuantity", "250000",
                    "PricingQuantity", "250")
                .row(
                    "SkuMeter", "gpt 4o 1120 Outp glbl Tokens",
                    "PricingQuantity", "3",
                    "x_PricingBlockSize", "1000000")
                .row("SkuMeter", "Standard LRS storage", "PricingQuantity", "10"));
    assertThat(rows("SELECT provider, token_bucket, tokens, model, model_raw"))
        .extracting(
            r -> r.get("provider"),
            r -> r.get("token_bucket"),
            r -> r.get("tokens"),
            r -> r.get("model"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("azure", "in_cache_read", 250_000L, null),
            org.assertj.core.groups.Tuple.tuple("azure", "out_text", 3_000_000L, null),
            org.assertj.core.groups.Tuple.tuple("azure", null, null, null));
    assertThat(report.warnings())
        .contains("2 token lines name no model (SkuPriceDetails.ModelId); kept unpriced");
  }

  @Test
  void aMissingMandatoryColumnRejectsTheFileWithTheList() throws Exception {
    Path file =
        new FocusCsvWriter()
            .without("ServiceName")
            .without("ChargeClass")
            .row()
            .write(dir.resolve("partial.csv"));
    ImportReport report = FocusTestSupport.importFile(workspace, file);
    assertThat(report.status()).isEqualTo(ImportStatus.FAILED);
    assertThat(report.message())
        .isEqualTo(
            "partial.csv: not a complete FOCUS 1.0 Cost and Usage file: mandatory columns"
                + " ChargeClass, ServiceName are missing");
  }

  @Test
  void missingConditionalAndRecommendedColumnsAreWarnings() throws Exception {
    ImportReport report = imported(new FocusCsvWriter().row());
    assertThat(report.formatVersion()).isEqualTo("1.0");
    assertThat(report.warnings())
        .anySatisfy(
            w ->
                assertThat(w)
                    .startsWith("conditional columns missing, imported as empty: ")
                    .contains("ConsumedQuantity", "Tags"))
        .anySatisfy(
            w ->
                assertThat(w)
                    .isEqualTo(
                        "recommended columns missing, imported as empty: AvailabilityZone, ChargeFrequency"));
  }

  @Test
  void rejectedLinesCountBlankLinesAndValuesThatSpanLines() throws Exception {
    FocusCsvWriter writer =
        new FocusCsvWriter()
            .row()
            .row("ChargeDescription", "two\nlines")
            .row("EffectiveCost", "not a number");
    String text = writer.text();
    int firstRowEnd = text.indexOf('\n', text.indexOf('\n') + 1);
    text = text.substring(0, firstRowEnd + 1) + "\n" + text.substring(firstRowEnd + 1);
    Path file = dir.resolve("gaps.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    // line 1 header, 2 first row, 3 blank, 4-5 the two-line value, 6 the bad row
    ImportReport report = FocusTestSupport.importFile(workspace, file);
    assertThat(report.status()).isEqualTo(ImportStatus.REJECTED);
    assertThat(report.rejects())
        .extracting(RejectedRow::line, RejectedRow::column)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(6L, "EffectiveCost"));
  }

  @Test
  void aRowWithTooManyValuesIsRejectedWithItsLine() throws Exception {
    String text = new FocusCsvWriter().row().row().text();
    String[] lines = text.split("\n");
    lines[2] = lines[2] + ",surplus";
    Path file = dir.resolve("shape.csv");
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    ImportReport report = FocusTestSupport.importFile(workspace, file);
    assertThat(report.status()).isEqualTo(ImportStatus.REJECTED);
    assertThat(report.rejects()).extracting(RejectedRow::line).containsExactly(3L);
  }
}
