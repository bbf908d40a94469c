package io.tokenledger.engine.focus.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenledger.engine.focus.ScratchDatabase;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The requirements model run against small files made to pass or break chosen rules. */
class FocusValidatorTest {

  private static final FocusValidator VALIDATOR = FocusValidator.bundled();

  @TempDir Path dir;

  /** A clean 1.2 usage row with the mandatory columns and the common conditional ones. */
  private static Map<String, String> row() {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("BilledCost", "12.5");
    row.put("BillingAccountId", "acct-1");
    row.put("BillingAccountName", "Main account");
    row.put("BillingCurrency", "USD");
    row.put("BillingPeriodEnd", "2025-02-01T00:00:00Z");
    row.put("BillingPeriodStart", "2025-01-01T00:00:00Z");
    row.put("ChargeCategory", "Usage");
    row.put("ChargeClass", "");
    row.put("ChargeDescription", "Input tokens");
    row.put("ChargeFrequency", "Usage-Based");
    row.put("ChargePeriodEnd", "2025-01-02T00:00:00Z");
    row.put("ChargePeriodStart", "2025-01-01T00:00:00Z");
    row.put("ConsumedQuantity", "5000000");
    row.put("ConsumedUnit", "Tokens");
    row.put("ContractedCost", "12.5");
    row.put("ContractedUnitPrice", "2.5");
    row.put("EffectiveCost", "12.5");
    row.put("InvoiceId", "inv-1");
    row.put("InvoiceIssuerName", "Anthropic");
    row.put("ListCost", "15");
    row.put("ListUnitPrice", "3");
    row.put("PricingCategory", "Standard");
    row.put("PricingQuantity", "5");
    row.put("PricingUnit", "1000000 Tokens");
    row.put("ProviderName", "Anthropic");
    row.put("PublisherName", "Anthropic");
    row.put("ServiceCategory", "AI and Machine Learning");
    row.put("ServiceName", "Claude API");
    row.put("ServiceSubcategory", "Generative AI");
    row.put("SkuId", "sonnet-input");
    row.put("SkuMeter", "Input Tokens");
    row.put("SkuPriceId", "sonnet-input-ondemand");
    row.put("SkuPriceDetails", "{\"ModelId\":\"claude-sonnet-4-5\",\"TokenDirection\":\"Input\"}");
    row.put("Tags", "{\"team\":\"search\"}");
    row.put("CapacityReservationId", "");
    row.put("CapacityReservationStatus", "");
    row.put("ResourceId", "");
    row.put("ResourceType", "");
    return row;
  }

  private Path write(List<Map<String, String>> rows) throws Exception {
    StringBuilder text = new StringBuilder(String.join(",", rows.get(0).keySet())).append('\n');
    for (Map<String, String> row : rows) {
      List<String> values = new ArrayList<>();
      for (String value : row.values()) {
        values.add(
            value.contains(",") || value.contains("\"")
                ? '"' + value.replace("\"", "\"\"") + '"'
                : value);
      }
      text.append(String.join(",", values)).append('\n');
    }
    Path file = dir.resolve("focus-" + System.nanoTime() + ".csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static RuleResult result(FocusValidationReport report, String id) {
    return report.results().stream().filter(r -> r.ruleId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aCleanFileBreaksNoRuleEvenWithEveryCapabilityDeclared() throws Exception {
    FocusValidationReport report =
        VALIDATOR.validate(write(List.of(row(), row())), FocusValidationOptions.allApplicable());
    assertThat(report.rows()).isEqualTo(2);
    assertThat(report.errors())
        .extracting(RuleResult::message)
        .allMatch(m -> m.contains("MUST be present"), "only presence of columns this file lacks");
    assertThat(report.errors())
        .extracting(RuleResult::ruleId)
        .doesNotContain("BilledCost-C-002-M", "ListUnitPrice-C-010-C", "SkuPriceDetails-C-001-M");
    assertThat(
            VALIDATOR
                .validate(write(List.of(row(), row())), FocusValidationOptions.defaults())
                .errors())
        .isEmpty();
  }

  @Test
  void aMissingMandatoryColumnFailsItsPresenceRule() throws Exception {
    Map<String, String> row = row();
    row.remove("ProviderName");
    FocusValidationReport report =
        VALIDATOR.validate(write(List.of(row)), FocusValidationOptions.defaults());
    assertThat(report.errors())
        .extracting(RuleResult::ruleId)
        .containsExactly("CostAndUsage-D-038-M");
    assertThat(report.conforms()).isFalse();
    assertThat(result(report, "ProviderName-C-003-M").outcome())
        .isEqualTo(RuleOutcome.NOT_APPLICABLE);
  }

  @Test
  void anImpossibleTimestampFailsTypeAndFormatNamingTheRow() throws Exception {
    Map<String, String> bad = row();
    bad.put("ChargePeriodEnd", "2023-02-01T30:00:00Z");
    Map<String, String> naive = row();
    naive.put("ChargePeriodEnd", "2025-01-02 00:00:00");
    FocusValidationReport report =
        VALIDATOR.validate(write(List.of(row(), bad, naive)), FocusValidationOptions.defaults());
    RuleResult type = result(report, "ChargePeriodEnd-C-001-M");
    RuleResult format = result(report, "ChargePeriodEnd-C-002-M");
    assertThat(type.outcome()).isEqualTo(RuleOutcome.FAILED);
    assertThat(type.violations()).isEqualTo(1);
    assertThat(type.firstRow()).isEqualTo(2);
    assertThat(format.violations()).isEqualTo(2);
    assertThat(format.message())
        .isEqualTo(
            "ChargePeriodEnd-C-002-M: ChargePeriodEnd MUST conform to DateTimeFormat requirements."
                + " (2 rows, first at row 2)");
  }

  @Test
  void spreadsheetMoneyIsNeitherDecimalNorNumericFormat() throws Exception {
    Map<String, String> row = row();
    row.put("BilledCost", "$12.50 ");
    FocusValidationReport report =
        VALIDATOR.validate(write(List.of(row)), FocusValidationOptions.defaults());
    assertThat(report.errors())
        .extracting(RuleResult::ruleId)
        .contains("BilledCost-C-001-M", "BilledCost-C-002-M", "BilledCost-C-004-M");
  }

  @Test
  void unitPriceTimesQuantityMustMatchTheCostToTheCent() throws Exception {
    Map<String, String> rounded = row();
    rounded.put("ListUnitPrice", "0.333333");
    rounded.put("PricingQuantity", "3");
    rounded.put("ListCost", "1.00");
    Map<String, String> wrong = row();
    wrong.put("ListCost", "16");
    FocusValidationReport report =
        VALIDATOR.validate(write(List.of(rounded, wrong)), FocusValidationOptions.allApplicable());
    RuleResult product = result(report, "ListUnitPrice-C-010-C");
    assertThat(product.violations()).isEqualTo(1);
    assertThat(product.firstRow()).isEqualTo(2);
  }

  @Test
  void shouldRulesFailAsWarningsNotErrors() throws Exception {
    Map<String, String> row = row();
    row.put("SkuMeter", "");
    FocusValidationReport report =
        VALIDATOR.validate(write(List.of(row)), FocusValidationOptions.allApplicable());
    assertThat(report.warnings()).extracting(RuleResult::ruleId).contains("SkuMeter-C-005-C");
    assertThat(report.errors()).extracting(RuleResult::ruleId).doesNotContain("SkuMeter-C-005-C");
  }

  @Test
  void conditionalRulesRunOnlyWhenTheirCapabilityIsDeclared() throws Exception {
    Map<String, String> row = row();
    row.remove("ListUnitPrice");
    Path file = write(List.of(row));
    assertThat(
            result(
                    VALIDATOR.validate(file, FocusValidationOptions.defaults()),
                    "CostAndUsage-D-004-C")
                .outcome())
        .isEqualTo(RuleOutcome.NOT_APPLICABLE);
    FocusValidationReport declared =
        VALIDATOR.validate(
            file, new FocusValidationOptions(Set.of("PUBLIC_PRICE_LIST_SUPPORTED"), false));
    assertThat(result(declared, "CostAndUsage-D-004-C").outcome()).isEqualTo(RuleOutcome.FAILED);
  }

  @Test
  void theMalformedCapacityReservationConditionIsReadAsAnd() throws Exception {
    Map<String, String> row = row();
    row.put("CapacityReservationStatus", "Used");
    FocusValidationReport report =
        VALIDATOR.validate(
            write(List.of(row)),
            new FocusValidationOptions(Set.of("CAPACITY_RESERVATION_SUPPORTED"), false));
    RuleResult rule = result(report, "CapacityReservationStatus-C-003-C");
    assertThat(rule.outcome()).isEqualTo(RuleOutcome.FAILED);
    assertThat(rule.note()).contains("malformed condition read as AND");
  }

  @Test
  void aConditionThatNamesItsColumnAsCheckConditionIsStillChecked() throws Exception {
    Map<String, String> row = row();
    row.put("ResourceId", "res-1");
    row.put("ResourceType", "");
    FocusValidationReport report =
        VALIDATOR.validate(write(List.of(row)), FocusValidationOptions.allApplicable());
    RuleResult rule = result(report, "ResourceType-C-005-C");
    assertThat(rule.outcome()).isEqualTo(RuleOutcome.FAILED);
    assertThat(rule.note()).isEqualTo("condition's column read from CheckCondition");
  }

  @Test
  void rulesTheModelCannotExpressAreNotCheckableNeverPassed() throws Exception {
    FocusValidationReport report =
        VALIDATOR.validate(write(List.of(row())), FocusValidationOptions.allApplicable());
    JsonNode model;
    try (InputStream in =
        FocusRuleModel.class.getResourceAsStream(
            "/io/tokenledger/engine/focus/validation/model-1.2.json")) {
      model = new ObjectMapper().readTree(in).get("ModelRules");
    }
    List<String> dynamic = new ArrayList<>();
    model
        .fields()
        .forEachRemaining(
            e -> {
              if ("Dynamic".equals(e.getValue().path("Type").asText())) {
                dynamic.add(e.getKey());
              }
            });
    assertThat(dynamic).hasSize(201);
    for (String id : dynamic) {
      assertThat(result(report, id).outcome())
          .as(id)
          .isIn(RuleOutcome.NOT_CHECKABLE, RuleOutcome.NOT_APPLICABLE);
    }
    for (String id :
        List.of("InvoiceId-C-004-C", "InvoiceId-C-005-C", "CommitmentDiscountStatus-C-005-M")) {
      assertThat(result(report, id).outcome()).as(id).isEqualTo(RuleOutcome.NOT_CHECKABLE);
      assertThat(result(report, id).note()).startsWith("model defect: ");
    }
    assertThat(result(report, "InvoiceId-C-003-C").outcome()).isEqualTo(RuleOutcome.NOT_CHECKABLE);
  }

  @Test
  void everyStaticRuleBecomesSqlWhenAllColumnsArePresent() throws Exception {
    FocusValidationReport report =
        VALIDATOR.validate(write(List.of(row())), FocusValidationOptions.allApplicable());
    assertThat(report.results())
        .filteredOn(r -> !r.rule().dynamic() && !r.rule().isComposite())
        .filteredOn(r -> r.outcome() == RuleOutcome.NOT_CHECKABLE)
        .allSatisfy(
            r ->
                assertThat(r.note())
                    .matches("model defect: .*|the unit grammar \\(UnitFormat\\) is prose .*"));
  }

  @Test
  void parquetColumnsAreJudgedByTheirStoredTypes() throws Exception {
    Path csv = write(List.of(row()));
    Path parquet = dir.resolve("typed.parquet");
    try (Connection connection = ScratchDatabase.open();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "COPY (SELECT * REPLACE (CAST(BilledCost AS DECIMAL(18,2)) AS BilledCost,"
              + " CAST(ChargePeriodStart AS TIMESTAMPTZ) AS ChargePeriodStart, 7 AS ChargeCategory)"
              + " FROM read_csv('"
              + csv
              + "', all_varchar = true))"
              + " TO '"
              + parquet
              + "' (FORMAT parquet)");
    }
    FocusValidationReport report = VALIDATOR.validate(parquet, FocusValidationOptions.defaults());
    assertThat(result(report, "BilledCost-C-001-M").outcome()).isEqualTo(RuleOutcome.PASSED);
    assertThat(result(report, "ChargePeriodStart-C-002-M").outcome()).isEqualTo(RuleOutcome.PASSED);
    assertThat(result(report, "ChargeCategory-C-001-M").outcome()).isEqualTo(RuleOutcome.FAILED);
  }
}
