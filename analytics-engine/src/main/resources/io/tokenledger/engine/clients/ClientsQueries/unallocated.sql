-- Invoiced cost of the period that no client carries.
SELECT CAST(coalesce(sum(spend), 0) AS DECIMAL(38, 10))
FROM tl_client_spend
WHERE method = 'unallocated'
