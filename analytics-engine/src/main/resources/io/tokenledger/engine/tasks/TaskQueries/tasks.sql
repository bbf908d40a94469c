-- One row per task. A task is a trace: everything one root span set off, however deep
-- the fan-out went; a call without a trace is a task of its own. Its cost is the sum of the
-- recomputed cost of every model call in it (unpriced calls are counted apart, never as $0). Its
-- client, feature, team and env are those of its first call that has one. Parameters: start of
-- period (inclusive) and end (exclusive), each NULL for open; a task belongs to the period it
-- started in.
CREATE OR REPLACE TEMP TABLE tl_tasks AS
WITH calls AS (
    SELECT coalesce(trace_id, 'call:' || coalesce(event_id, import_id || ':' || source_line)) AS task_id,
           trace_id, event_time, client, feature, team, env, cost, source_cost, cost_currency,
           in_uncached + in_cache_read + in_cache_write_5m + in_cache_write_1h + out_text + out_reasoning AS tokens
    FROM usage_events
),
tasks AS (
    SELECT task_id, any_value(trace_id) AS trace_id, min(event_time) AS start_time,
           count(*) AS invocations, sum(tokens) AS tokens,
           sum(cost) AS cost, count(*) FILTER (WHERE cost IS NULL) AS unpriced_invocations,
           sum(source_cost) AS source_cost,
           count(DISTINCT cost_currency) AS currencies, min(cost_currency) AS currency,
           arg_min(client, event_time) FILTER (WHERE client IS NOT NULL) AS client,
           arg_min(feature, event_time) FILTER (WHERE feature IS NOT NULL) AS feature,
           arg_min(team, event_time) FILTER (WHERE team IS NOT NULL) AS team,
           arg_min(env, event_time) FILTER (WHERE env IS NOT NULL) AS env
    FROM calls
    GROUP BY task_id
),
roots AS (
    SELECT trace_id, arg_min(name, start_time) AS name
    FROM trace_spans
    WHERE parent_id IS NULL AND import_id IN (SELECT import_id FROM import_log)
    GROUP BY trace_id
)
SELECT t.*, r.name
FROM tasks t
LEFT JOIN roots r ON r.trace_id = t.trace_id
WHERE (CAST(? AS TIMESTAMPTZ) IS NULL OR t.start_time >= CAST(? AS TIMESTAMPTZ))
  AND (CAST(? AS TIMESTAMPTZ) IS NULL OR t.start_time < CAST(? AS TIMESTAMPTZ))
