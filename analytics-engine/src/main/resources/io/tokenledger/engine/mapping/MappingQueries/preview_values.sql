-- The values one rule would set, most frequent first.
SELECT {value} AS value, count(*) AS rows
FROM {table}
WHERE {condition}
GROUP BY 1
ORDER BY 2 DESC, 1
LIMIT 20
