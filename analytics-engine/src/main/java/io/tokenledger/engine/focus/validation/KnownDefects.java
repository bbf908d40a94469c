package io.tokenledger.engine.focus.validation;

import java.util.Map;
import java.util.Optional;

/**
 * Rules of the bundled model whose encoded check cannot be run as written, with the reason. They
 * are reported as not checkable rather than run to a wrong verdict. (The malformed {@code {"AND":
 * ...}} conditions of CapacityReservationStatus-C-003-C and -004-C are repaired instead, see {@link
 * RuleSqlCompiler#normalise}.)
 */
final class KnownDefects {

  private static final Map<String, String> DEFECTS =
      Map.of(
          "InvoiceId-C-004-C",
          "its condition (the charge has no invoice) is not in the data and the model encodes none,"
              + " so it would demand a null InvoiceId on every row",
          "InvoiceId-C-005-C",
          "its condition (the charge has an invoice) is not in the data and the model encodes none,"
              + " so it would demand an InvoiceId on every row",
          "CommitmentDiscountStatus-C-003-C",
          "the model checks 'not null' where its text says CommitmentDiscountStatus MUST be null",
          "CommitmentDiscountStatus-C-004-C",
          "the model's condition (CommitmentDiscountId is null) contradicts its text (not null and"
              + " ChargeCategory Usage)",
          "CommitmentDiscountStatus-C-005-M",
          "the model's allowed values (Active, Expired, Pending) are not FOCUS's (Used, Unused)");

  private KnownDefects() {}

  static Optional<String> of(String ruleId) {
    return Optional.ofNullable(DEFECTS.get(ruleId));
  }
}
