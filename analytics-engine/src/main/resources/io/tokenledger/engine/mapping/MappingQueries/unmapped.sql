-- Rows and cost without a value, per dimension: usage events at their recomputed cost, cost lines
-- at their billed cost. Currencies are counted so that a mixed total is never shown as one.
WITH usage AS (
    SELECT 'client' AS target, count(*) FILTER (WHERE client IS NULL) AS rows,
           sum(cost) FILTER (WHERE client IS NULL) AS cost,
           count(DISTINCT cost_currency) FILTER (WHERE client IS NULL) AS currencies,
           min(cost_currency) FILTER (WHERE client IS NULL) AS currency FROM usage_events
    UNION ALL
    SELECT 'feature', count(*) FILTER (WHERE feature IS NULL), sum(cost) FILTER (WHERE feature IS NULL),
           count(DISTINCT cost_currency) FILTER (WHERE feature IS NULL),
           min(cost_currency) FILTER (WHERE feature IS NULL) FROM usage_events
    UNION ALL
    SELECT 'team', count(*) FILTER (WHERE team IS NULL), sum(cost) FILTER (WHERE team IS NULL),
           count(DISTINCT cost_currency) FILTER (WHERE team IS NULL),
           min(cost_currency) FILTER (WHERE team IS NULL) FROM usage_events
    UNION ALL
    SELECT 'env', count(*) FILTER (WHERE env IS NULL), sum(cost) FILTER (WHERE env IS NULL),
           count(DISTINCT cost_currency) FILTER (WHERE env IS NULL),
           min(cost_currency) FILTER (WHERE env IS NULL) FROM usage_events
),
lines AS (
    SELECT 'client' AS target, count(*) FILTER (WHERE client IS NULL) AS rows,
           sum(BilledCost) FILTER (WHERE client IS NULL) AS cost,
           count(DISTINCT BillingCurrency) FILTER (WHERE client IS NULL) AS currencies,
           min(BillingCurrency) FILTER (WHERE client IS NULL) AS currency FROM cost_lines
    UNION ALL
    SELECT 'feature', count(*) FILTER (WHERE feature IS NULL), sum(BilledCost) FILTER (WHERE feature IS NULL),
           count(DISTINCT BillingCurrency) FILTER (WHERE feature IS NULL),
           min(BillingCurrency) FILTER (WHERE feature IS NULL) FROM cost_lines
    UNION ALL
    SELECT 'team', count(*) FILTER (WHERE team IS NULL), sum(BilledCost) FILTER (WHERE team IS NULL),
           count(DISTINCT BillingCurrency) FILTER (WHERE team IS NULL),
           min(BillingCurrency) FILTER (WHERE team IS NULL) FROM cost_lines
    UNION ALL
    SELECT 'env', count(*) FILTER (WHERE env IS NULL), sum(BilledCost) FILTER (WHERE env IS NULL),
           count(DISTINCT BillingCurrency) FILTER (WHERE env IS NULL),
           min(BillingCurrency) FILTER (WHERE env IS NULL) FROM cost_lines
)
SELECT u.target, u.rows AS usage_events, CAST(coalesce(u.cost, 0) AS DECIMAL(38,10)) AS usage_cost,
       u.currencies AS usage_currencies, u.currency AS usage_currency,
       l.rows AS cost_lines, CAST(coalesce(l.cost, 0) AS DECIMAL(38,10)) AS billed_cost,
       l.currencies AS billed_currencies, l.currency AS billed_currency
FROM usage u JOIN lines l USING (target)
