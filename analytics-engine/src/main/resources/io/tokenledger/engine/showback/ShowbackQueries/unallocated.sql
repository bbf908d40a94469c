-- What stayed unallocated in the month and why, per provider and reason.
SELECT provider, coalesce(reason, '(no reason recorded)') AS reason,
       count(DISTINCT pool_id) AS pools, sum(billed) AS billed
FROM showback_rows
WHERE is_current AND method = 'unallocated'
GROUP BY ALL
ORDER BY billed DESC, provider, reason
