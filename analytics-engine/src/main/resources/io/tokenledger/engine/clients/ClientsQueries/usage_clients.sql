-- Every client that carries allocated cost, whatever the period.
SELECT DISTINCT client
FROM allocations
WHERE client IS NOT NULL AND method <> 'unallocated'
ORDER BY client
