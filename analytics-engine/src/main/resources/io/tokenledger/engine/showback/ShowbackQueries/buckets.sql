-- Per group: cost and tokens by token bucket.
SELECT grp, token_bucket, sum(billed) AS billed, coalesce(sum(tokens), 0) AS tokens
FROM showback_rows
WHERE is_current
GROUP BY ALL
ORDER BY grp, token_bucket
