-- Unit costs by feature and model over the whole pack (feature subtotals from the same scan).
SELECT feature, model, GROUPING(model) AS subtotal,
       sum(billed) AS billed,
       coalesce(sum(tokens), 0) AS tokens,
       count(DISTINCT request_key) AS requests,
       count(DISTINCT trace_id)
         + count(DISTINCT request_key) FILTER (WHERE trace_id IS NULL) AS tasks
FROM showback_rows
WHERE is_current
GROUP BY GROUPING SETS ((feature, model), (feature))
ORDER BY feature, model
