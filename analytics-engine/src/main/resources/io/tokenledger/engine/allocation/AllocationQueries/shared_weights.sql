-- Recipients of shared pools, by the pool's method: even (one share per client active in the
-- month), proportional (to the client's allocated cost, tokens or requests in the month) or fixed
-- (the shares the user typed). Usage pools must be distributed first: proportional reads them.
CREATE OR REPLACE TEMP TABLE alloc_weights AS
WITH shared AS (
    SELECT p.*, m.basis, m.fixed_shares
    FROM allocation_pools p
    JOIN allocation_methods m ON m.pool_key = p.pool_key
    WHERE p.kind = 'shared' AND in_scope(p.period_start)
),
activity AS (
    SELECT date_trunc('month', day) AS month, currency, client,
           sum(billed) AS cost, sum(tokens) AS tokens, count(DISTINCT (usage_import_id, usage_source_line)) AS requests
    FROM allocations
    WHERE method = 'tokens' AND client IS NOT NULL AND in_scope_day(day)
    GROUP BY ALL
),
by_activity AS (
    SELECT s.pool_id, s.provider, CAST(s.period_start AS DATE) AS day, a.client,
           CASE WHEN s.method = 'even' THEN CAST(1 AS HUGEINT)
                WHEN s.basis = 'tokens' THEN CAST(a.tokens AS HUGEINT)
                WHEN s.basis = 'requests' THEN CAST(a.requests AS HUGEINT)
                ELSE CAST(a.cost * 10000000000 AS HUGEINT) END AS weight
    FROM shared s
    JOIN activity a ON a.month = date_trunc('month', s.period_start) AND a.currency = s.currency
    WHERE s.method IN ('even', 'proportional')
),
by_fixed_share AS (
    SELECT s.pool_id, s.provider, CAST(s.period_start AS DATE) AS day, f.key AS client,
           CAST(round(CAST(f.value AS DECIMAL(18, 9)) * 1000000000) AS HUGEINT) AS weight
    FROM shared s, json_each(s.fixed_shares) AS f
    WHERE s.method = 'fixed'
)
SELECT pool_id, CAST(NULL AS INTEGER) AS usage_import_id, CAST(NULL AS BIGINT) AS usage_source_line,
       provider, CAST(NULL AS VARCHAR) AS model, CAST(NULL AS VARCHAR) AS token_bucket,
       CAST(NULL AS VARCHAR) AS service_tier, day, client, CAST(NULL AS VARCHAR) AS feature,
       CAST(NULL AS VARCHAR) AS team, CAST(NULL AS VARCHAR) AS env, CAST(NULL AS VARCHAR) AS trace_id,
       CAST(NULL AS BIGINT) AS tokens, weight
FROM (SELECT * FROM by_activity UNION ALL SELECT * FROM by_fixed_share)
WHERE weight > 0
