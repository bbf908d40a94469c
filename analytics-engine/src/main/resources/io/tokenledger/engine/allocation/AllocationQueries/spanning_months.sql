-- The months of the pools whose charge period reaches into the run's months (a pool starting on
-- 15 July reaches into August): new usage in August changes that July pool too. The run's own
-- months are included.
SELECT DISTINCT CAST(date_trunc('month', period_start) AS DATE)
FROM allocation_pools
WHERE {overlapping}
