-- What one rule matches in a table: all rows it matches, and those it would decide (no earlier
-- rule of the same target matches them), with their cost. The cost and currency are fixed column
-- expressions for the table; the condition and the earlier rules are built from the rule catalog.
SELECT count(*) FILTER (WHERE {condition}) AS matched,
       CAST(coalesce(sum({cost}) FILTER (WHERE {condition}), 0) AS DECIMAL(38,10)) AS matched_cost,
       count(*) FILTER (WHERE {condition} AND NOT ({earlier})) AS decided,
       CAST(coalesce(sum({cost}) FILTER (WHERE {condition} AND NOT ({earlier})), 0) AS DECIMAL(38,10)) AS decided_cost,
       count(DISTINCT {currency}) FILTER (WHERE {condition}) AS currencies
FROM {table}
