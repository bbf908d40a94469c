SELECT (SELECT count(*) FROM import_log)   AS sources,
       (SELECT count(*) FROM cost_lines)   AS cost_lines,
       (SELECT count(*) FROM usage_events) AS usage_events,
       (SELECT count(*) FROM usage_events WHERE model IS NULL) AS unresolved_model_events
