-- Currencies and months in the pack that have no rate to the reporting currency (invariant 2:
-- currencies are never mixed silently).
SELECT DISTINCT currency || ' ' || strftime(day, '%Y-%m') AS missing
FROM showback_rows
WHERE fx_rate IS NULL
ORDER BY 1
