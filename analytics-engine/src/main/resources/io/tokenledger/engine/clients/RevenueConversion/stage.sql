-- Revenue of the period in the reporting currency: each row converts with the FX rate of the month
-- its period starts in; fx_rate is NULL when there is none (never 1.0: the caller refuses). A row
-- belongs to the period its start falls in. Parameters: the reporting currency twice, then the
-- period's first day and first day after, each twice (NULL for all time).
CREATE OR REPLACE TEMP TABLE tl_revenue_converted AS
SELECT r.import_id, r.source_line, r.client, r.client_id, r.period_start, r.period_end,
       r.currency, r.amount AS amount_native,
       CASE WHEN r.currency = CAST(? AS VARCHAR) THEN CAST(1 AS DECIMAL(18, 12))
            ELSE CAST(x.rate AS DECIMAL(18, 12)) END AS fx_rate,
       CAST(r.amount * fx_rate AS DECIMAL(38, 10)) AS amount
FROM revenue r
LEFT JOIN fx_rates x
  ON x.period = date_trunc('month', r.period_start) AND x.from_currency = r.currency
 AND x.to_currency = CAST(? AS VARCHAR)
WHERE (CAST(? AS DATE) IS NULL OR r.period_start >= CAST(? AS DATE))
  AND (CAST(? AS DATE) IS NULL OR r.period_start < CAST(? AS DATE))
