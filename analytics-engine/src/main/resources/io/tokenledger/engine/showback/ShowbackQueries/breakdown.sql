-- Per group: cost, tokens, requests and tasks by the sub-dimension (feature, or client for a
-- feature pack) and by sub-dimension and model. Distinct counts cannot be summed from the finer
-- lines, so both levels come from GROUPING SETS over the same rows.
SELECT grp, sub, model, GROUPING(model) AS subtotal,
       sum(billed) AS billed,
       coalesce(sum(tokens), 0) AS tokens,
       count(DISTINCT request_key) AS requests,
       count(DISTINCT trace_id)
         + count(DISTINCT request_key) FILTER (WHERE trace_id IS NULL) AS tasks
FROM showback_rows
WHERE is_current
GROUP BY GROUPING SETS ((grp, sub, model), (grp, sub))
ORDER BY grp, sub, model
