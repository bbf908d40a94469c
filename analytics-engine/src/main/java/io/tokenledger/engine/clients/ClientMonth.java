package io.tokenledger.engine.clients;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One client's revenue and spend in one month of the period, in the reporting currency. */
public record ClientMonth(String client, YearMonth month, BigDecimal revenue, BigDecimal spend) {}
