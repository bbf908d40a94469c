package io.tokenledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.app.AppServices;
import io.tokenledger.sampledata.RealData;
import io.tokenledger.sampledata.focus.FocusCostGenerator;
import io.tokenledger.sampledata.focus.FocusGeneratorOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tokenledger validate focus FILE}: rule id and text per failure, exit code by severity. */
class ValidateCommandTest {

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return TokenLedgerCommand.run(
        AppServices.createDefault(), args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void aFileMissingMandatoryColumnsFailsWithTheRuleIdsAndExitCode1() {
    // A FOCUS working-group draft (CC BY 4.0, FinOps Foundation) without the deprecated columns.
    Path draft = RealData.file("focus/ai-billing-draft/per_token_foundation_model_api.csv");
    assertThat(run("validate", "focus", draft.toString())).isEqualTo(1);
    assertThat(out.toString())
        .contains("ERROR    CostAndUsage-D-038-M: ProviderName MUST be present in a FOCUS dataset.")
        .contains(
            "ERROR    CostAndUsage-D-021-M: PublisherName MUST be present in a FOCUS dataset.")
        .contains("WARNING  CostAndUsage-D-033-O: InvoiceId is RECOMMENDED to be present")
        .contains("2 rows; FOCUS requirements model 1.2: ");
  }

  @Test
  void aConformingFilePassesWithExitCode0EvenWithEveryCapabilityDeclared() throws Exception {
    Path file =
        FocusCostGenerator.write(
                dir.resolve("demo.csv"), FocusGeneratorOptions.defaults().withRows(500))
            .path();
    assertThat(run("validate", "focus", "--all-applicable", file.toString()))
        .as(out.toString())
        .isZero();
    assertThat(out.toString()).contains("500 rows").contains(" 0 failed (0 errors, 0 warnings)");
    assertThat(out.toString()).doesNotContain("ERROR");
  }

  @Test
  void everyRuleCanBeListedWithItsOutcome() throws Exception {
    Path file =
        FocusCostGenerator.write(
                dir.resolve("demo.csv"), FocusGeneratorOptions.defaults().withRows(50))
            .path();
    run(
        "validate",
        "focus",
        "--all",
        "--applicability",
        "commitment_discount_supported",
        file.toString());
    assertThat(out.toString())
        .contains("PASSED          ERROR    BilledCost-C-003-M: BilledCost MUST NOT be null.")
        .contains("NOT_CHECKABLE   ERROR    CommitmentDiscountStatus-C-005-M")
        .contains("NOT_APPLICABLE  ERROR    CostAndUsage-D-004-C");
  }

  @Test
  void aMissingFileIsAnErrorOnStderr() {
    assertThat(run("validate", "focus", dir.resolve("nope.csv").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("nope.csv: no such file");
  }
}
