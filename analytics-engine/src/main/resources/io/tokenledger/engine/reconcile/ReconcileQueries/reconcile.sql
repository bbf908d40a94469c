-- Invoice vs the provider's usage export vs traces, per provider, model and period ({period} is
-- 'day' or 'month', chosen from a fixed list in code). Each side is summed on its own and the three
-- are joined on provider, model and period; a side that has nothing there is NULL.
-- The sides: invoice = source kind 'bill'; usage = 'usage' (the provider's own export); traces =
-- 'trace' (the observability stack's estimate, so its missing calls show as a gap). Where several
-- formats of a side record the same calls (a LiteLLM spend log and OTel spans; an OpenAI usage
-- JSON and its dashboard CSV), one format stands for the side per provider, model and period: the
-- one with the most tokens (then requests, then format id), so nothing is counted twice.
-- A source that reports its own cost wins a tie (it is the estimate the invoice is compared with).
-- A dated snapshot and its alias are one model (bills name one, requests the other), as in the
-- allocation: the date suffix is dropped on every side.
-- The company's request ledger ('ledger') is complete, so it would hide every missing trace: it
-- stands on the trace side only where a provider's traces were not being collected at all, i.e.
-- for a provider without traces in the reconciled range, or in the periods before its first or
-- after its last traced period. Inside that window a period without traces is a trace gap.
WITH invoice AS (
    SELECT c.provider, regexp_replace(c.model, '-(\d{8}|\d{4}-\d{2}-\d{2})$', '') AS model,
           strftime(date_trunc('{period}', c.ChargePeriodStart), '{format}') AS period,
           string_agg(DISTINCT c.BillingCurrency, ',') AS currency,
           sum(c.BilledCost) AS cost,
           sum(c.tokens) AS tokens,
           sum(c.tokens) FILTER (WHERE c.token_bucket IN ('in_cache_read', 'in_cache_write_5m', 'in_cache_write_1h')) AS cache_tokens,
           sum(c.tokens) FILTER (WHERE c.token_bucket = 'out_reasoning') AS reasoning_tokens,
           string_agg(DISTINCT c.service_tier, ',') FILTER (WHERE c.service_tier <> 'standard') AS tiers
    FROM cost_lines c
    JOIN import_log l USING (import_id)
    WHERE l.source_kind = 'bill' AND c.model IS NOT NULL AND {invoice_where}
    GROUP BY ALL
),
events AS (
    SELECT l.source_kind, l.format, u.provider,
           regexp_replace(coalesce(u.model, u.model_raw), '-(\d{8}|\d{4}-\d{2}-\d{2})$', '') AS model,
           strftime(date_trunc('{period}', u.event_time), '{format}') AS period,
           sum(u.in_uncached + u.in_cache_read + u.in_cache_write_5m + u.in_cache_write_1h
               + u.out_text + u.out_reasoning) AS tokens,
           sum(u.in_cache_read + u.in_cache_write_5m + u.in_cache_write_1h) AS cache_tokens,
           sum(u.out_reasoning) AS reasoning_tokens,
           sum(u.requests) AS requests,
           sum(u.source_cost) AS cost,
           string_agg(DISTINCT u.service_tier, ',') FILTER (WHERE u.service_tier <> 'standard') AS tiers
    FROM usage_events u
    JOIN import_log l USING (import_id)
    WHERE l.source_kind IN ('usage', 'trace', 'ledger') AND {events_where}
    GROUP BY ALL
),
traced AS (
    SELECT provider, min(period) AS first_period, max(period) AS last_period
    FROM events WHERE source_kind = 'trace' GROUP BY provider
),
sided AS (
    SELECT CASE e.source_kind WHEN 'usage' THEN 'usage' ELSE 'trace' END AS side, e.*
    FROM events e
    LEFT JOIN traced t ON t.provider = e.provider
    WHERE e.source_kind <> 'ledger'
       OR t.provider IS NULL OR e.period < t.first_period OR e.period > t.last_period
),
chosen AS (
    SELECT * EXCLUDE (choice)
    FROM (SELECT *, row_number() OVER (PARTITION BY side, provider, model, period
                                       ORDER BY tokens DESC, cost IS NOT NULL DESC, requests DESC,
                                                format) AS choice
          FROM sided)
    WHERE choice = 1
),
usage_side AS (SELECT * FROM chosen WHERE side = 'usage'),
trace_side AS (SELECT * FROM chosen WHERE side = 'trace'),
invoice_usage AS (
    SELECT coalesce(i.provider, s.provider) AS provider, coalesce(i.model, s.model) AS model,
           coalesce(i.period, s.period) AS period,
           i.currency, i.cost AS invoice_cost, i.tokens AS invoice_tokens,
           i.cache_tokens AS invoice_cache_tokens, i.reasoning_tokens AS invoice_reasoning_tokens,
           i.tiers AS invoice_tiers,
           s.tokens AS usage_tokens, s.requests AS usage_requests, s.cache_tokens AS usage_cache_tokens,
           s.reasoning_tokens AS usage_reasoning_tokens
    FROM invoice i
    FULL JOIN usage_side s ON s.provider = i.provider AND s.model = i.model AND s.period = i.period
)
SELECT coalesce(iu.provider, t.provider) AS provider, coalesce(iu.model, t.model) AS model,
       coalesce(iu.period, t.period) AS period, iu.currency, iu.invoice_cost, iu.invoice_tokens,
       iu.invoice_cache_tokens, iu.invoice_reasoning_tokens, iu.invoice_tiers,
       iu.usage_tokens, iu.usage_requests, iu.usage_cache_tokens, iu.usage_reasoning_tokens,
       t.tokens AS trace_tokens, t.requests AS trace_requests, t.cache_tokens AS trace_cache_tokens,
       t.reasoning_tokens AS trace_reasoning_tokens, t.cost AS trace_cost, t.tiers AS trace_tiers
FROM invoice_usage iu
FULL JOIN trace_side t ON t.provider = iu.provider AND t.model = iu.model AND t.period = iu.period
ORDER BY 3, 1, 2
