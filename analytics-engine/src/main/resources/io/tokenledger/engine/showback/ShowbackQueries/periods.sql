-- The months that have allocated (or unallocated) cost, oldest first.
SELECT DISTINCT CAST(date_trunc('month', day) AS DATE) AS month
FROM allocations
ORDER BY month
