-- One client's spend by feature and by model ({dimension} is 'feature' or 'model', from the fixed
-- catalog of the drill), largest first. Parameter: the client.
SELECT {dimension} AS value,
       CAST(sum(spend) AS DECIMAL(38, 10)) AS spend,
       CAST(coalesce(sum(tokens), 0) AS BIGINT) AS tokens,
       count(DISTINCT task) AS tasks
FROM tl_client_spend
WHERE method <> 'unallocated' AND client = ?
GROUP BY 1
ORDER BY spend DESC, value
