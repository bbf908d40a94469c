-- The share of each usage event's tokens in each usage pool. An event's bucket matches the pool of
-- the same bucket, or its parent bucket when the bill does not split it (reasoning tokens are
-- billed as output; 1-hour cache writes may be billed with the 5-minute ones).
CREATE TEMP TABLE alloc_weights AS
WITH events AS (
    UNPIVOT (SELECT import_id, source_line, provider, model, service_tier, event_time, client,
                    feature, team, env, trace_id, in_uncached, in_cache_read, in_cache_write_5m,
                    in_cache_write_1h, out_text, out_reasoning
             FROM usage_events
             WHERE model IS NOT NULL)
    ON in_uncached, in_cache_read, in_cache_write_5m, in_cache_write_1h, out_text, out_reasoning
    INTO NAME token_bucket VALUE tokens
),
candidates AS (
    SELECT p.pool_id, e.*, p.token_bucket = e.token_bucket AS exact
    FROM events e
    JOIN allocation_pools p
      ON p.kind = 'usage'
     AND p.provider = e.provider
     AND p.model = e.model
     AND p.token_bucket IN (e.token_bucket,
                            CASE e.token_bucket WHEN 'out_reasoning' THEN 'out_text'
                                                WHEN 'in_cache_write_1h' THEN 'in_cache_write_5m' END)
     AND e.event_time >= p.period_start
     AND e.event_time < p.period_end
    WHERE e.tokens > 0
    QUALIFY row_number() OVER (PARTITION BY e.import_id, e.source_line, e.token_bucket
                               ORDER BY exact DESC, p.pool_id) = 1
)
SELECT pool_id, import_id AS usage_import_id, source_line AS usage_source_line, provider, model,
       token_bucket, service_tier, CAST(event_time AS DATE) AS day, client, feature, team, env,
       trace_id, tokens, CAST(tokens AS HUGEINT) AS weight
FROM candidates
