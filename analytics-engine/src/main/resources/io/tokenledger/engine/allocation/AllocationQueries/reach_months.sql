-- The months the periods of the run's pools reach (in_scope: pools starting in the run's months):
-- their usage events are weighed, and the pivot summary of those days is rebuilt.
SELECT DISTINCT CAST(m.month AS DATE)
FROM allocation_pools p,
     generate_series(date_trunc('month', p.period_start),
                     greatest(p.period_end - INTERVAL 1 MICROSECOND, p.period_start),
                     INTERVAL 1 MONTH) AS m(month)
WHERE in_scope(p.period_start)
