-- The currencies and months of the period's revenue that have no rate to the reporting currency.
SELECT DISTINCT currency || ' ' || strftime(period_start, '%Y-%m') AS missing
FROM tl_revenue_converted
WHERE fx_rate IS NULL
ORDER BY 1
