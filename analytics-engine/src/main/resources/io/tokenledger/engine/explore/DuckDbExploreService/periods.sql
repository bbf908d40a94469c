-- The months that hold data, oldest first, for the period selector. Written with the same
-- expressions as the month dimension, so that a month picked here selects what the pivot shows
-- under that month.
SELECT month FROM (
    SELECT strftime(a.day, '%Y-%m') AS month FROM allocations a
    UNION
    SELECT strftime(c.ChargePeriodStart, '%Y-%m') FROM cost_lines c
    UNION
    SELECT strftime(u.event_time, '%Y-%m') FROM usage_events u
)
WHERE month IS NOT NULL
ORDER BY month
