-- The costliest tasks first.
SELECT task_id, name, start_time, invocations, tokens, CAST(cost AS DECIMAL(38,10)) AS cost,
       unpriced_invocations, CAST(source_cost AS DECIMAL(38,10)) AS source_cost,
       CASE WHEN currencies > 1 THEN NULL ELSE currency END AS currency,
       client, feature, team, env
FROM tl_tasks
ORDER BY cost DESC NULLS LAST, start_time, task_id
LIMIT ?
