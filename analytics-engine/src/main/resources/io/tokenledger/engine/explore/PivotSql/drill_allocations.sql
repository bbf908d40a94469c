-- The allocated amounts behind a pivot cell, one page. The total is counted apart (count.sql) and
-- cached per drill path: a window count over every matching row made each page pay for all.
SELECT a.pool_id, a.method, a.day, a.provider, a.model, a.token_bucket, a.client, a.feature,
       a.team, a.env, a.trace_id, a.tokens, a.currency, a.billed, a.effective, a.usage_import_id,
       a.usage_source_line, a.reason
FROM allocations a
WHERE {where}
ORDER BY a.day, a.pool_id, a.usage_import_id, a.usage_source_line, a.token_bucket, a.client
LIMIT {limit} OFFSET {offset}
