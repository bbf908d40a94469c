-- One line per group (client, team or feature) with this month's and last month's cost, largest
-- first. Groups that only had cost last month are kept (with 0 now) so the previous column still
-- adds up to last month's total.
SELECT grp,
       coalesce(sum(billed) FILTER (WHERE is_current), 0) AS billed,
       coalesce(sum(billed) FILTER (WHERE NOT is_current), 0) AS previous,
       coalesce(sum(tokens) FILTER (WHERE is_current), 0) AS tokens,
       count(DISTINCT request_key) FILTER (WHERE is_current) AS requests,
       (count(DISTINCT trace_id) FILTER (WHERE is_current)
        + count(DISTINCT request_key) FILTER (WHERE is_current AND trace_id IS NULL)) AS tasks,
       count(*) FILTER (WHERE is_current) AS lines
FROM showback_rows
GROUP BY grp
ORDER BY billed DESC, grp
