-- Spreads each pool's billed and effective amounts over its weights so that the parts add up to
-- the pool to the last digit (1e-10): each recipient first gets its proportional share rounded to
-- 10 decimals, then what rounding left over (a few units of 1e-10, of either sign) is handed out
-- one unit at a time to the recipients with the largest shares. A negative pool (a credit) is
-- spread the same way. Per-pool sums are hash aggregates joined back, cheaper than window sums.
INSERT INTO allocations
WITH pool_weights AS (
    SELECT pool_id, sum(weight) AS total_weight, count(*) AS recipients
    FROM alloc_weights GROUP BY pool_id
),
shared_out AS (
    SELECT w.*, p.method, p.currency, p.billed AS pool_billed, p.effective AS pool_effective,
           t.recipients,
           CAST(w.weight AS DOUBLE) / CAST(t.total_weight AS DOUBLE) AS share,
           CAST(CAST(p.billed AS DOUBLE) * CAST(w.weight AS DOUBLE) / CAST(t.total_weight AS DOUBLE)
                AS DECIMAL(38, 10)) AS billed_share,
           CAST(CAST(p.effective AS DOUBLE) * CAST(w.weight AS DOUBLE) / CAST(t.total_weight AS DOUBLE)
                AS DECIMAL(38, 10)) AS effective_share
    FROM alloc_weights w
    JOIN pool_weights t USING (pool_id)
    JOIN allocation_pools p USING (pool_id)
),
leftovers AS (
    SELECT pool_id,
           CAST((any_value(pool_billed) - sum(billed_share)) * 10000000000 AS BIGINT) AS billed_left,
           CAST((any_value(pool_effective) - sum(effective_share)) * 10000000000 AS BIGINT) AS effective_left
    FROM shared_out
    GROUP BY pool_id
),
ranked AS (
    SELECT s.*, l.billed_left, l.effective_left,
           row_number() OVER (PARTITION BY s.pool_id ORDER BY s.share DESC, s.usage_import_id,
                              s.usage_source_line, s.token_bucket, s.client) AS recipient_rank
    FROM shared_out s
    JOIN leftovers l USING (pool_id)
)
SELECT pool_id, method, usage_import_id, usage_source_line, provider, model, token_bucket,
       service_tier, day, client, feature, team, env, trace_id, currency, tokens,
       billed_share
         + CAST(sign(billed_left) * (abs(billed_left) // recipients
                + CASE WHEN recipient_rank <= abs(billed_left) % recipients THEN 1 ELSE 0 END)
                AS DECIMAL(18, 0)) * CAST('0.0000000001' AS DECIMAL(11, 10)),
       effective_share
         + CAST(sign(effective_left) * (abs(effective_left) // recipients
                + CASE WHEN recipient_rank <= abs(effective_left) % recipients THEN 1 ELSE 0 END)
                AS DECIMAL(18, 0)) * CAST('0.0000000001' AS DECIMAL(11, 10)),
       NULL
FROM ranked
ORDER BY day -- stored in day order: drill pages and month runs then skip row groups by day
