-- Every span with an id becomes a trace_spans row; the attributes of model calls live in
-- usage_events, so they are not stored twice.
INSERT INTO trace_spans (import_id, source_line, span_id, trace_id, parent_id, name, kind, start_time,
                         end_time, status, invocation, attributes)
SELECT ?, s.source_line, s.span_id, s.trace_id, s.parent_id, s.name, s.kind, s.start_time,
       s.end_time, s.status, s.invocation AND w.span_id IS NULL,
       CASE WHEN s.invocation AND w.span_id IS NULL THEN NULL ELSE s.attributes END
FROM trace_stage s
LEFT JOIN trace_wrappers w ON w.span_id = s.span_id AND w.trace_id IS NOT DISTINCT FROM s.trace_id
WHERE s.span_id IS NOT NULL
