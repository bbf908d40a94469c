-- Assigns every cost line to its pool. Lines with a model and a token bucket form usage pools
-- (spread over the usage events of that provider, model, bucket and charge period); the others
-- form shared pools per provider, service, month and currency.
CREATE TEMP TABLE line_pools AS
WITH lines AS (
    SELECT import_id, source_line, provider, model, token_bucket, BillingCurrency AS currency,
           BilledCost AS billed, coalesce(EffectiveCost, BilledCost) AS effective,
           model IS NOT NULL AND token_bucket IS NOT NULL AS is_usage,
           CASE WHEN model IS NOT NULL AND token_bucket IS NOT NULL THEN ChargePeriodStart
                ELSE date_trunc('month', ChargePeriodStart) END AS period_start,
           CASE WHEN model IS NOT NULL AND token_bucket IS NOT NULL
                THEN coalesce(ChargePeriodEnd, ChargePeriodStart + INTERVAL 1 DAY)
                ELSE date_trunc('month', ChargePeriodStart) + INTERVAL 1 MONTH END AS period_end,
           coalesce(nullif(trim(ServiceName), ''), nullif(trim(ChargeDescription), ''), 'Other') AS service
    FROM cost_lines
)
SELECT *,
       CASE WHEN is_usage THEN 'usage' ELSE 'shared' END AS kind,
       CASE WHEN is_usage THEN concat_ws('/', provider, model, token_bucket)
            ELSE provider || '/' || service END AS pool_key,
       md5(concat_ws('|', CASE WHEN is_usage THEN 'usage' ELSE 'shared' END, provider,
                     CASE WHEN is_usage THEN model || '|' || token_bucket ELSE service END,
                     period_start::VARCHAR, period_end::VARCHAR, currency)) AS pool_id
FROM lines
