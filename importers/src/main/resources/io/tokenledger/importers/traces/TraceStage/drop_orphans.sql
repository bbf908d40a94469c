-- Spans of imports that were replaced or removed: the import framework removes their usage events
-- but knows nothing of trace_spans, so every trace import sweeps them up first.
DELETE FROM trace_spans WHERE import_id NOT IN (SELECT import_id FROM import_log)
