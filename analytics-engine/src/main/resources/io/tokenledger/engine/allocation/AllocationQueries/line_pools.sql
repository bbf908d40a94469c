-- Assigns every cost line to its pool. Lines with a model and a token bucket form usage pools
-- (spread over the usage events of that provider, model, bucket and charge period); the others
-- form shared pools per provider, service, month and currency. The pool key is a 64-bit hash of
-- the pool's identity (cheap per line); the readable pool_id is made once per pool. Only the lines
-- of the run's months (in_scope, a macro the run defines) are pooled.
CREATE OR REPLACE TEMP TABLE line_pools AS
WITH lines AS (
    -- A model the catalog does not know (unpriced) still matches usage of the same raw name, and
    -- a dated snapshot matches its alias (bills name one, requests the other).
    SELECT import_id, source_line, provider,
           regexp_replace(coalesce(model, lower(trim(model_raw))), '-(\d{8}|\d{4}-\d{2}-\d{2})$', '') AS model,
           token_bucket,
           BillingCurrency AS currency,
           BilledCost AS billed, coalesce(EffectiveCost, BilledCost) AS effective,
           coalesce(model, model_raw) IS NOT NULL AND token_bucket IS NOT NULL AS is_usage,
           coalesce(nullif(trim(ServiceName), ''), nullif(trim(ChargeDescription), ''), 'Other') AS service,
           ChargePeriodStart, ChargePeriodEnd
    FROM cost_lines
    WHERE in_scope(ChargePeriodStart)
),
keyed AS (
    SELECT *,
           CASE WHEN is_usage THEN 'usage' ELSE 'shared' END AS kind,
           CASE WHEN is_usage THEN ChargePeriodStart
                ELSE date_trunc('month', ChargePeriodStart) END AS period_start,
           CASE WHEN is_usage THEN coalesce(ChargePeriodEnd, ChargePeriodStart + INTERVAL 1 DAY)
                ELSE date_trunc('month', ChargePeriodStart) + INTERVAL 1 MONTH END AS period_end
    FROM lines
)
SELECT *,
       hash(kind, provider, CASE WHEN is_usage THEN model END,
            CASE WHEN is_usage THEN token_bucket ELSE service END,
            period_start, period_end, currency) AS pool_hash
FROM keyed
