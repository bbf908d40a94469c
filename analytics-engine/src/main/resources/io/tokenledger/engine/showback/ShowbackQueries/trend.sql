-- Cost per day and group in the month, for the trend chart. Shared costs are monthly amounts dated
-- to the month's first day; they are kept apart so they do not show as a spike on that day.
SELECT day, grp, method IN ('even', 'proportional', 'fixed') AS shared, sum(billed) AS billed
FROM showback_rows
WHERE is_current
GROUP BY ALL
ORDER BY day, grp
