-- The months (UTC, of a cost line's charge period or a usage event's time) that the imports after
-- import ? brought rows into.
SELECT DISTINCT CAST(date_trunc('month', ChargePeriodStart) AS DATE) AS month
FROM cost_lines WHERE import_id > ?
UNION
SELECT DISTINCT CAST(date_trunc('month', event_time) AS DATE)
FROM usage_events WHERE import_id > ?
