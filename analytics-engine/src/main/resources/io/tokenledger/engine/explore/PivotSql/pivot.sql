-- The pivot: allocated cost and usage grouped by the same dimensions, with every subtotal level
-- (GROUPING SETS) and joined on the dimension values. Placeholders in braces are built from the
-- fixed Dimension/Measure catalogs; every value is a numbered parameter. Sums are taken once at
-- the finest level and rolled up from there; distinct counts (tasks) need their own pass over the
-- events and run only when asked for.
WITH
allocation_facts AS (
    SELECT {cost_dimensions}, a.currency, date_trunc('month', a.day) AS fx_month,
           sum(a.billed) AS billed,
           sum(a.effective) AS effective,
           coalesce(sum(a.billed) FILTER (WHERE a.method <> 'unallocated'), 0) AS allocated,
           coalesce(sum(a.billed) FILTER (WHERE a.method = 'unallocated'), 0) AS unallocated
    FROM allocations a
    WHERE {cost_where}
    GROUP BY ALL
),
rates AS (
    SELECT period, from_currency, CAST(rate AS DECIMAL(18, 12)) AS rate
    FROM fx_rates WHERE to_currency = {currency}
),
converted AS (
    SELECT {dimension_columns},
           {converted_amounts}
    FROM allocation_facts f
    LEFT JOIN rates r ON r.period = f.fx_month AND r.from_currency = f.currency
),
cost AS (
    SELECT {dimension_columns}, GROUPING({dimension_columns}) AS g,
           CAST(sum(billed) AS DECIMAL(38, 10)) AS billed,
           CAST(sum(effective) AS DECIMAL(38, 10)) AS effective,
           CAST(sum(allocated) AS DECIMAL(38, 10)) AS allocated,
           CAST(sum(unallocated) AS DECIMAL(38, 10)) AS unallocated
    FROM converted
    GROUP BY GROUPING SETS ({grouping_sets})
),
usage_rows AS (
    SELECT {usage_dimensions}, {usage_tokens} AS tokens, u.requests AS requests, u.trace_id,
           u.import_id, u.source_line
    FROM {usage_source} u
    WHERE {usage_where}
),
usage_detail AS (
    SELECT {dimension_columns}, sum(tokens) AS tokens, sum(requests) AS requests
    FROM usage_rows
    GROUP BY ALL
),
usage_sums AS (
    SELECT {dimension_columns}, GROUPING({dimension_columns}) AS g,
           sum(tokens) AS tokens, sum(requests) AS requests
    FROM usage_detail
    GROUP BY GROUPING SETS ({grouping_sets})
),
usage_distinct AS (
    SELECT {dimension_columns}, GROUPING({dimension_columns}) AS g,
           {distinct_tasks} AS tasks, {distinct_requests} AS requests
    FROM usage_rows
    WHERE {distinct_enabled}
    GROUP BY GROUPING SETS ({grouping_sets})
),
usage AS (
    SELECT s.* EXCLUDE (requests), {requests_choice} AS requests, d.tasks
    FROM usage_sums s
    LEFT JOIN usage_distinct d ON d.g = s.g {join_distinct_on_dimensions}
)
SELECT coalesce(c.g, s.g) AS g, {joined_dimensions},
       c.billed, c.effective, c.allocated, c.unallocated, s.tokens, s.requests, s.tasks
FROM cost c
FULL JOIN usage s ON c.g = s.g {join_on_dimensions}
