-- The values of one dimension among the allocated amounts and usage events that the other
-- filters and the period keep, for a filter's list of choices.
SELECT value FROM (
    SELECT {allocation_value} AS value FROM allocations a WHERE {cost_where}
    UNION
    SELECT {usage_value} FROM {usage_source} u WHERE {usage_where}
)
WHERE value IS NOT NULL
ORDER BY value
LIMIT {limit}
