-- Recorded cost (usage_events.cost, as last applied) against the cost as of another date, per model.
SELECT coalesce(p.priced_model, p.model_raw) AS model, count(*) AS events,
       CAST(sum(u.cost) AS DECIMAL(38,10)) AS recorded_cost,
       CAST(sum(p.cost) AS DECIMAL(38,10)) AS repriced_cost,
       count(*) FILTER (WHERE p.cost IS NULL) AS unpriced_events
FROM tl_priced_events p
JOIN usage_events u ON u.rowid = p.event_row
GROUP BY 1
ORDER BY coalesce(sum(p.cost), 0) DESC, 1
