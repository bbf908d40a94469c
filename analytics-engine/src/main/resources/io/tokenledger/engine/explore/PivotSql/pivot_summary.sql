-- The pivot read from the summary (PivotSummary, pivot_facts): one scan that groups cost and usage
-- rows together (a group's cost measures are NULL when it has only usage rows, and the other way
-- round, as in the FULL JOIN of pivot.sql), amounts converted per currency and month, then every
-- subtotal level (GROUPING SETS) of a result that has already few rows. Same placeholders as
-- pivot.sql; the sums are exact, so the numbers equal pivot.sql's to the last digit.
WITH
facts AS (
    SELECT {summary_dimensions}, f.currency, date_trunc('month', f.period) AS fx_month,
           sum(f.billed) AS billed, sum(f.effective) AS effective, sum(f.allocated) AS allocated,
           sum(f.unallocated) AS unallocated, sum(f.tokens) AS tokens, sum(f.requests) AS requests
    FROM pivot_facts f
    WHERE {summary_where}
    GROUP BY ALL
),
rates AS (
    SELECT period, from_currency, CAST(rate AS DECIMAL(18, 12)) AS rate
    FROM fx_rates WHERE to_currency = {currency}
),
converted AS (
    SELECT {dimension_columns},
           {converted_amounts},
           f.tokens, f.requests
    FROM facts f
    LEFT JOIN rates r ON r.period = f.fx_month AND r.from_currency = f.currency
)
SELECT GROUPING({dimension_columns}) AS g, {dimension_columns},
       CAST(sum(billed) AS DECIMAL(38, 10)) AS billed,
       CAST(sum(effective) AS DECIMAL(38, 10)) AS effective,
       CAST(sum(allocated) AS DECIMAL(38, 10)) AS allocated,
       CAST(sum(unallocated) AS DECIMAL(38, 10)) AS unallocated,
       sum(tokens) AS tokens, sum(requests) AS requests, CAST(NULL AS BIGINT) AS tasks
FROM converted
GROUP BY GROUPING SETS ({grouping_sets})
