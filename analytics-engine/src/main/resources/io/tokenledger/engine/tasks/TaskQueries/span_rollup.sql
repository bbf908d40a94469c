-- Every span of one trace with what ran below it (itself included): model calls, tokens and cost,
-- however deep. Spans of imports that were replaced are left out; a span imported twice counts once.
WITH RECURSIVE spans AS (
    SELECT span_id, arg_min(parent_id, import_id) AS parent_id, arg_min(name, import_id) AS name,
           arg_min(kind, import_id) AS kind, min(start_time) AS start_time
    FROM trace_spans
    WHERE trace_id = ? AND import_id IN (SELECT import_id FROM import_log)
    GROUP BY span_id
),
ancestry(span_id, ancestor, depth) AS (
    SELECT span_id, span_id, 0 FROM spans
    UNION ALL
    SELECT a.span_id, s.parent_id, a.depth + 1
    FROM ancestry a JOIN spans s ON s.span_id = a.ancestor
    WHERE s.parent_id IS NOT NULL AND s.parent_id IN (SELECT span_id FROM spans) AND a.depth < 200
),
calls AS (
    SELECT event_id, cost,
           in_uncached + in_cache_read + in_cache_write_5m + in_cache_write_1h + out_text + out_reasoning AS tokens
    FROM usage_events
    WHERE trace_id = ?
),
below AS (
    SELECT a.ancestor AS span_id, count(*) AS invocations, sum(c.tokens) AS tokens, sum(c.cost) AS cost,
           count(*) FILTER (WHERE c.cost IS NULL) AS unpriced
    FROM ancestry a JOIN calls c ON c.event_id = a.span_id
    GROUP BY a.ancestor
),
depths AS (
    SELECT span_id, max(depth) AS depth FROM ancestry GROUP BY span_id
)
SELECT s.span_id, s.parent_id, s.name, s.kind, d.depth,
       coalesce(b.invocations, 0) AS invocations, coalesce(b.tokens, 0) AS tokens,
       CAST(coalesce(b.cost, 0) AS DECIMAL(38,10)) AS cost, coalesce(b.unpriced, 0) AS unpriced_invocations
FROM spans s
JOIN depths d USING (span_id)
LEFT JOIN below b USING (span_id)
ORDER BY d.depth, s.start_time, s.span_id
