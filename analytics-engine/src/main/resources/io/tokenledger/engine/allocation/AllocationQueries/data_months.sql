-- Every month (UTC) with cost lines or usage events: a run over every month spreads them one by
-- one (months with usage but no cost still get their usage basis chosen).
SELECT DISTINCT CAST(date_trunc('month', ChargePeriodStart) AS DATE) AS month FROM cost_lines
UNION
SELECT DISTINCT CAST(date_trunc('month', event_time) AS DATE) FROM usage_events
ORDER BY month
