-- Every allocated (and unallocated) amount of the period in the reporting currency, through the FX
-- rate of its month (fx_rate NULL when there is none; the caller refuses). Spend without a client
-- is '(unmapped)'. Tokens count once, on the token-weighted rows (shared splits carry none); a
-- task is a trace, or the usage event itself when it has no trace, as in the pivot.
CREATE OR REPLACE TEMP VIEW tl_client_spend AS
SELECT coalesce(a.client, '(unmapped)') AS client, a.day,
       CAST(date_trunc('month', a.day) AS DATE) AS month,
       coalesce(a.feature, '(none)') AS feature, coalesce(a.model, '(none)') AS model,
       a.method, a.currency,
       CASE WHEN a.method = 'tokens' THEN a.tokens END AS tokens,
       CASE WHEN a.method = 'tokens'
            THEN coalesce(a.trace_id, a.usage_import_id || ':' || a.usage_source_line) END AS task,
       CASE WHEN a.currency = s.currency THEN CAST(1 AS DECIMAL(18, 12))
            ELSE CAST(r.rate AS DECIMAL(18, 12)) END AS fx_rate,
       CAST(a.billed * fx_rate AS DECIMAL(38, 10)) AS spend
FROM allocations a
CROSS JOIN tl_clients_scope s
LEFT JOIN fx_rates r
  ON r.period = date_trunc('month', a.day) AND r.from_currency = a.currency
 AND r.to_currency = s.currency
WHERE (s.period_start IS NULL OR a.day >= s.period_start)
  AND (s.period_end IS NULL OR a.day < s.period_end)
