-- The currencies and months of the period's cost that have no rate to the reporting currency.
SELECT DISTINCT currency || ' ' || strftime(day, '%Y-%m') AS missing
FROM tl_client_spend
WHERE fx_rate IS NULL
ORDER BY 1
