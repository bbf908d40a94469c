package io.tokenledger.sampledata.revenue;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One client's invoice for one month.
 *
 * @param clientId the tenant id
 * @param client the client's name
 * @param month the service month
 * @param plan the subscription plan
 * @param seats seats billed
 * @param amount the invoiced amount in {@code currency}
 * @param currency ISO code
 * @param invoiceId the invoice number
 * @param amountUsd the amount converted at the month's rate (what shares are computed on)
 */
public record RevenueLine(
    String clientId,
    String client,
    YearMonth month,
    String plan,
    int seats,
    BigDecimal amount,
    String currency,
    String invoiceId,
    BigDecimal amountUsd) {}
