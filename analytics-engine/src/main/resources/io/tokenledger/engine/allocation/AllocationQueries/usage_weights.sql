-- The share of each usage event's tokens in each usage pool. An event's bucket goes to the pool of
-- the same bucket, or to its parent bucket's pool when the bill has no pool for it (reasoning
-- tokens are billed as output; 1-hour cache writes may be billed with the 5-minute ones).
-- Pools are expanded to the UTC days they cover so that events find theirs by an equality join
-- on the day, not a range comparison against every pool of the model. Only the pools of the run's
-- months (in_scope) are weighed, over the events of the months their periods reach (in_reach).
CREATE OR REPLACE TEMP TABLE alloc_weights AS
WITH pool_targets AS (
    SELECT pool_id, provider, model, token_bucket AS event_bucket, period_start, period_end
    FROM allocation_pools WHERE kind = 'usage' AND in_scope(period_start)
    UNION ALL
    SELECT p.pool_id, p.provider, p.model,
           CASE p.token_bucket WHEN 'out_text' THEN 'out_reasoning' ELSE 'in_cache_write_1h' END,
           p.period_start, p.period_end
    FROM allocation_pools p
    WHERE p.kind = 'usage' AND in_scope(p.period_start)
      AND p.token_bucket IN ('out_text', 'in_cache_write_5m')
      AND NOT EXISTS (
          SELECT 1 FROM allocation_pools q
          WHERE q.kind = 'usage' AND q.provider = p.provider AND q.model = p.model
            AND q.token_bucket = CASE p.token_bucket WHEN 'out_text' THEN 'out_reasoning'
                                                     ELSE 'in_cache_write_1h' END
            AND q.period_start < p.period_end AND q.period_end > p.period_start)
),
pool_days AS (
    SELECT t.*, CAST(d.day AS DATE) AS day
    FROM pool_targets t,
         generate_series(date_trunc('day', t.period_start), t.period_end - INTERVAL 1 MICROSECOND,
                         INTERVAL 1 DAY) AS d(day)
),
events AS (
    UNPIVOT (SELECT import_id, source_line, provider,
                    regexp_replace(coalesce(model, lower(trim(model_raw))),
                                   '-(\d{8}|\d{4}-\d{2}-\d{2})$', '') AS model,
                    service_tier, event_time,
                    CAST(event_time AS DATE) AS day, client, feature, team, env, trace_id,
                    in_uncached, in_cache_read, in_cache_write_5m, in_cache_write_1h, out_text,
                    out_reasoning
             FROM usage_events
             WHERE in_basis AND in_reach(event_time))
    ON in_uncached, in_cache_read, in_cache_write_5m, in_cache_write_1h, out_text, out_reasoning
    INTO NAME token_bucket VALUE tokens
)
SELECT p.pool_id, e.import_id AS usage_import_id, e.source_line AS usage_source_line, e.provider,
       e.model, e.token_bucket, e.service_tier, e.day, e.client, e.feature, e.team, e.env,
       e.trace_id, e.tokens, CAST(e.tokens AS HUGEINT) AS weight
FROM events e
JOIN pool_days p
  ON p.provider = e.provider AND p.model = e.model AND p.event_bucket = e.token_bucket
 AND p.day = e.day
WHERE e.tokens > 0
  AND e.event_time >= p.period_start AND e.event_time < p.period_end
