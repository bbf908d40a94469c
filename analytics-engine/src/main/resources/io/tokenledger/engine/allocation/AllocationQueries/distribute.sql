-- Spreads each pool's billed and effective amounts over its weights, exactly: amounts become whole
-- units of 1e-10, each recipient gets floor(amount x weight / total weight), and the units left
-- over go one each to the recipients with the largest remainders. So the parts add up to the pool
-- to the last digit, and a negative pool (a credit) is spread the same way with its sign.
INSERT INTO allocations
WITH weighted AS (
    SELECT w.*, p.method, p.currency, p.billed AS pool_billed, p.effective AS pool_effective,
           CAST(abs(p.billed) * 10000000000 AS HUGEINT) AS billed_units,
           CAST(abs(p.effective) * 10000000000 AS HUGEINT) AS effective_units,
           sum(w.weight) OVER (PARTITION BY w.pool_id) AS total_weight
    FROM alloc_weights w
    JOIN allocation_pools p USING (pool_id)
),
floored AS (
    SELECT *,
           (billed_units * weight) // total_weight AS billed_floor,
           (billed_units * weight) % total_weight AS billed_rest,
           (effective_units * weight) // total_weight AS effective_floor,
           (effective_units * weight) % total_weight AS effective_rest
    FROM weighted
),
ranked AS (
    SELECT *,
           billed_units - sum(billed_floor) OVER (PARTITION BY pool_id) AS billed_left,
           row_number() OVER (PARTITION BY pool_id ORDER BY billed_rest DESC, usage_import_id,
                              usage_source_line, token_bucket, client) AS billed_rank,
           effective_units - sum(effective_floor) OVER (PARTITION BY pool_id) AS effective_left,
           row_number() OVER (PARTITION BY pool_id ORDER BY effective_rest DESC, usage_import_id,
                              usage_source_line, token_bucket, client) AS effective_rank
    FROM floored
)
SELECT pool_id, method, usage_import_id, usage_source_line, provider, model, token_bucket,
       service_tier, day, client, feature, team, env, trace_id, currency, tokens,
       sign(pool_billed)
         * CAST(billed_floor + CASE WHEN billed_rank <= billed_left THEN 1 ELSE 0 END AS DECIMAL(38, 0))
         * CAST('0.0000000001' AS DECIMAL(11, 10)),
       sign(pool_effective)
         * CAST(effective_floor + CASE WHEN effective_rank <= effective_left THEN 1 ELSE 0 END AS DECIMAL(38, 0))
         * CAST('0.0000000001' AS DECIMAL(11, 10)),
       NULL
FROM ranked
