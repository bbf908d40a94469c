-- Billing rows that cannot become cost lines: a missing or non-numeric cost, no currency, an
-- unreadable usage start. Negative costs and credits are valid.
SELECT source_line, 'cost' AS column_name,
       CASE WHEN cost_text IS NULL THEN 'a cost is required'
            ELSE 'not a number: "' || cost_text || '"' END AS reason
FROM tl_provider_stage WHERE TRY_CAST(trim(cost_text) AS DECIMAL(38,10)) IS NULL
UNION ALL
SELECT source_line, 'currency', 'a currency is required'
FROM tl_provider_stage WHERE nullif(trim(currency), '') IS NULL
UNION ALL
SELECT source_line, 'usage_start_time',
       'the usage start time is missing or unreadable ("' || coalesce(start_text, '') || '")'
FROM tl_provider_stage WHERE TRY_CAST(trim(start_text) AS TIMESTAMPTZ) IS NULL
UNION ALL
SELECT source_line, 'usage.amount_in_pricing_units', 'not a number: "' || pricing_amount_text || '"'
FROM tl_provider_stage
WHERE nullif(trim(pricing_amount_text), '') IS NOT NULL
  AND TRY_CAST(trim(pricing_amount_text) AS DECIMAL(38,10)) IS NULL
ORDER BY 1, 2
