-- pivot_summary.sql when every amount the pivot reads is already in the reporting currency (the
-- usual case): no conversion, so the facts are grouped by the dimensions alone, not also by
-- currency and month, which left ten times as many rows for the subtotal levels to sum.
WITH
facts AS (
    SELECT {summary_dimensions},
           sum(f.billed) AS billed, sum(f.effective) AS effective, sum(f.allocated) AS allocated,
           sum(f.unallocated) AS unallocated, sum(f.tokens) AS tokens, sum(f.requests) AS requests
    FROM pivot_facts f
    WHERE {summary_where} AND (f.currency = {currency} OR f.currency IS NULL)
    GROUP BY ALL
)
SELECT GROUPING({dimension_columns}) AS g, {dimension_columns},
       CAST(sum(billed) AS DECIMAL(38, 10)) AS billed,
       CAST(sum(effective) AS DECIMAL(38, 10)) AS effective,
       CAST(sum(allocated) AS DECIMAL(38, 10)) AS allocated,
       CAST(sum(unallocated) AS DECIMAL(38, 10)) AS unallocated,
       sum(tokens) AS tokens, sum(requests) AS requests, CAST(NULL AS BIGINT) AS tasks
FROM facts
GROUP BY GROUPING SETS ({grouping_sets})
