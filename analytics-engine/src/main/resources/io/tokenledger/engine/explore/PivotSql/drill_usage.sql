-- The usage events behind a pivot cell, one page; the total is counted apart (count.sql).
SELECT u.import_id, u.source_line, u.event_time, u.provider, coalesce(u.model, u.model_raw),
       u.service_tier, u.client, u.feature, u.trace_id, {usage_tokens} AS tokens, u.requests
FROM {usage_source} u
WHERE {where}
ORDER BY u.event_time, u.import_id, u.source_line
LIMIT {limit} OFFSET {offset}
