-- Cost per day and group in the month, for the trend chart.
SELECT day, grp, sum(billed) AS billed
FROM showback_rows
WHERE is_current
GROUP BY ALL
ORDER BY day, grp
