-- How the month's cost was allocated: per allocation method, its pools, lines and cost.
SELECT method, count(DISTINCT pool_id) AS pools, count(*) AS lines, sum(billed) AS billed
FROM showback_rows
WHERE is_current
GROUP BY method
ORDER BY billed DESC, method
