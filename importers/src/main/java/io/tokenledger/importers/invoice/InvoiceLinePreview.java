package io.tokenledger.importers.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One invoice row read with a mapping, as the import would take it: the parsed values and the
 * resolved model (null when unresolved: the line would be unpriced).
 */
public record InvoiceLinePreview(
    long line,
    LocalDate date,
    BigDecimal amount,
    String currency,
    String description,
    String modelRaw,
    String model,
    String tokenBucket,
    Long tokens) {}
