-- Azure rows that cannot become cost lines: a missing or non-numeric cost or quantity, no
-- currency, an unreadable date (ISO or US MM/DD/YYYY). Negative costs (refunds) are valid.
SELECT source_line, 'CostInBillingCurrency' AS column_name,
       CASE WHEN amount_text IS NULL THEN 'a cost is required'
            ELSE 'not a number: "' || amount_text || '"' END AS reason
FROM tl_provider_stage WHERE TRY_CAST(trim(amount_text) AS DECIMAL(38,10)) IS NULL
UNION ALL
SELECT source_line, 'Quantity', 'not a number: "' || quantity_text || '"'
FROM tl_provider_stage
WHERE nullif(trim(quantity_text), '') IS NOT NULL AND TRY_CAST(trim(quantity_text) AS DECIMAL(38,10)) IS NULL
UNION ALL
SELECT source_line, 'BillingCurrencyCode', 'a currency is required'
FROM tl_provider_stage WHERE nullif(trim(currency), '') IS NULL
UNION ALL
SELECT source_line, 'Date', 'the date is missing or unreadable ("' || coalesce(date_text, '') || '")'
FROM tl_provider_stage
WHERE coalesce(TRY_CAST(trim(date_text) AS DATE), try_strptime(trim(date_text), '%m/%d/%Y')) IS NULL
ORDER BY 1, 2
