-- The keys of the extra data kept at import, in name order.
SELECT DISTINCT unnest(json_keys(extra)) AS key
FROM cost_lines
WHERE extra IS NOT NULL
ORDER BY key
