-- Tasks grouped by one dimension, a column name from TaskDimension, never user text.
SELECT {dimension} AS value, count(*) AS tasks, sum(invocations) AS invocations, sum(tokens) AS tokens,
       CAST(coalesce(sum(cost), 0) AS DECIMAL(38,10)) AS cost,
       sum(unpriced_invocations) AS unpriced_invocations,
       count(*) FILTER (WHERE unpriced_invocations > 0) AS tasks_with_unpriced
FROM tl_tasks
GROUP BY {dimension}
ORDER BY sum(cost) DESC NULLS LAST, value NULLS LAST
