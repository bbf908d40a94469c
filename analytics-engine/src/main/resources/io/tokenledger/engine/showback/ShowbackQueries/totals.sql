-- The pack's totals for the month (is_current) and the month before.
SELECT is_current,
       coalesce(sum(billed), 0) AS billed,
       coalesce(sum(billed) FILTER (WHERE method <> 'unallocated'), 0) AS allocated,
       coalesce(sum(billed) FILTER (WHERE method = 'unallocated'), 0) AS unallocated,
       coalesce(sum(tokens), 0) AS tokens,
       count(DISTINCT request_key) AS requests,
       count(DISTINCT trace_id)
         + count(DISTINCT request_key) FILTER (WHERE trace_id IS NULL) AS tasks,
       count(*) AS lines
FROM showback_rows
GROUP BY is_current
